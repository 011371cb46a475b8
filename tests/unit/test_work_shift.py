"""A work shift is no paradigm shift (bot/engine/work_shift.py; tester round of stop 51: "mijn
shift was echt zwaar vandaag" and "how do i start my shift well" were answered, sure, with the
overview of the ten paradigm shifts)."""

from __future__ import annotations

import pytest

from actions import knowledge as kb
from bot.engine.work_shift import as_work_shift

SHIFT_ARTICLES = "overview-shifts"


@pytest.mark.parametrize(
    ("text", "lang", "read"),
    [
        ("mijn shift was echt zwaar vandaag", "nl", "mijn dienst was echt zwaar vandaag"),
        ("tijdens mijn shift werd een klant boos", "nl", "tijdens mijn dienst werd een klant boos"),
        ("ik draai vaak late shifts", "nl", "ik draai vaak late diensten"),
        ("how do i start my shift well", "en", "how do i start my workday well"),
        ("before my shift i always feel stressed", "en", "before my workday i always feel stressed"),
        ("we work night shifts", "en", "we work night workdays"),
    ],
)
def test_a_stretch_of_work_is_read_as_one(text: str, lang: str, read: str) -> None:
    assert as_work_shift(text, lang) == read


@pytest.mark.parametrize(
    "text",
    [
        "wat is de derde shift",  # asks what it is
        "what is the first shift about",
        "welke paradigmashift gaat over vertrouwen",
        "de tien shifts van excelleren in service",
        "a shift in mindset from cost to value",  # no word of work before it
        "de shift van kostenpost naar businesscase",
    ],
)
def test_a_paradigm_shift_keeps_its_word(text: str) -> None:
    assert as_work_shift(text, "nl") == text and as_work_shift(text, "en") == text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("mijn shift was echt zwaar vandaag", "nl"),
        ("de derde shift deze week was zwaar", "nl"),
        ("hoe begin ik mijn shift goed", "nl"),
        ("my shift was terrible today", "en"),
        ("how do i start my shift well", "en"),
    ],
)
def test_a_work_shift_is_not_answered_with_the_paradigm_shifts(searcher, text: str, lang: str) -> None:
    decision, _ = kb.decide_for(text, lang, kb.audience_for("employee", text), searcher)
    assert not (decision.outcome == "answer" and decision.results[0].id.startswith("shift")), decision
    assert not (decision.outcome == "answer" and decision.results[0].id == SHIFT_ARTICLES), decision


@pytest.mark.parametrize(("text", "lang"), [("wat zijn de tien shifts", "nl"), ("what are the shifts", "en")])
def test_the_paradigm_shifts_are_still_found(searcher, text: str, lang: str) -> None:
    decision, _ = kb.decide_for(text, lang, kb.audience_for("employee", text), searcher)
    assert decision.outcome == "answer" and decision.results[0].id == SHIFT_ARTICLES, decision
