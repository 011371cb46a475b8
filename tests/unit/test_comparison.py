"""A question that compares two things gets both articles side by side (bot/dialogue/comparison.py,
actions/comparison.py; tester round of stop 51: "klacht vs boze klant", "servicepiramide vs zeven
principes" and "service recovery vs complaint handling" each got one article). Real actions on
the real index."""

from __future__ import annotations

import pytest

from actions.advice import ActionAnswerAdvice
from bot.dialogue.comparison import compared_parts
from bot.i18n import t
from tests.unit.action_helpers import run, tracker

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("klacht vs boze klant", ("klacht", "boze klant")),
        ("servicepiramide vs. zeven principes", ("servicepiramide", "zeven principes")),
        ("wat is het verschil tussen een tevreden klant en een enthousiaste klant?",
         ("tevreden klant", "enthousiaste klant")),
        ("wat is het verschil tussen niveau 3 en 4", ("niveau 3", "niveau 4")),
        ("what's the difference between level 3 and level 4 of the pyramid",
         ("level 3 of the pyramid", "level 4 of the pyramid")),
        ("hoe verschilt service recovery van klachtafhandeling?", ("service recovery", "klachtafhandeling")),
        ("is nps hetzelfde als ces?", ("nps", "ces")),
        ("how does a complaint differ from an angry customer", ("complaint", "angry customer")),
        ("service recovery versus complaint handling", ("service recovery", "complaint handling")),
        ("Difference between coaching and feedback?", ("coaching", "feedback")),
        # verifier round of stop 51: abbreviations, and "A of B, wat is het verschil"
        ("verschil tss niveau 1 en niveau 2 van de piramide",
         ("niveau 1 van de piramide", "niveau 2 van de piramide")),
        ("whats the diff between principle 1 and principle 2", ("principle 1", "principle 2")),
        ("klachtbehandeling of service recovery, wa is het verschil",
         ("klachtbehandeling", "service recovery")),
        ("coaching or feedback - what is the difference?", ("coaching", "feedback")),
    ],
)  # fmt: skip
def test_a_comparison_question_names_its_two_things(text: str, parts: tuple[str, str]) -> None:
    assert compared_parts(text) == parts


@pytest.mark.parametrize(
    "text",
    [
        "ik moet kiezen tussen mijn werk en mijn gezin",
        "de klant wil korting en een gratis product",
        "mijn baas zegt dat er een verschil is tussen ons en de concurrent",
        "hoe ga ik om met een boze klant",
        "vs",
        "klant wil kiezen tussen rood en blauw",
        "what is the difference",
        "the customer versus",
    ],
)
def test_other_messages_compare_nothing(text: str) -> None:
    assert compared_parts(text) is None


def _reply(text: str, lang: str) -> tuple[list[dict], dict | None]:
    messages, _ = run(ActionAnswerAdvice(), tracker(text, slots={"language": lang}))
    note = next((m["custom"] for m in messages if (m.get("custom") or {}).get("type") == "comparison"), None)
    return messages, note


@pytest.mark.parametrize(
    ("text", "lang", "ids"),
    [
        ("klacht vs boze klant", "nl", ["complaint-handling", "angry-customer"]),
        ("wat is het verschil tussen niveau 3 en 4", "nl", ["pyramid-personal", "pyramid-surprise"]),
        ("service recovery vs complaint handling", "en", ["service-recovery", "complaint-handling"]),
        ("what's the difference between level 3 and level 4 of the pyramid", "en",
         ["pyramid-personal", "pyramid-surprise"]),
        ("what is the difference between an angry customer and a customer who crosses the line", "en",
         ["angry-customer", "customer-crossing-the-line"]),
        ("verschil tss niveau 1 en niveau 2 van de piramide", "nl",
         ["pyramid-promise", "pyramid-complaints"]),
        ("whats the diff between principle 1 and principle 2", "en",
         ["principle-outside-in", "principle-customer-intimacy"]),
    ],
)  # fmt: skip
def test_two_things_get_two_articles_side_by_side(searcher, text: str, lang: str, ids: list[str]) -> None:
    messages, note = _reply(text, lang)
    assert note is not None and note["ids"] == ids, messages
    said = messages[0]["text"]
    assert said.startswith(t("comparison", lang, a="", summary_a="", b="", summary_b="").split("\n")[0])
    for aid in ids:
        art = searcher.index.articles[(aid, lang)]
        assert f"“{art.title}”" in said and art.summary in said
    assert [b["title"] for b in messages[0]["buttons"]] == [
        searcher.index.articles[(i, lang)].title for i in ids
    ]


@pytest.mark.parametrize(
    ("text", "lang", "article_id"),
    [
        # one article explains both: the halves alone are unsure or land on it
        ("wat is het verschil tussen een tevreden klant en een enthousiaste klant", "nl", "pyramid"),
        ("is nps the same as ces?", "en", "customer-feedback-metrics"),
    ],
)
def test_a_comparison_one_article_explains_is_answered_with_it(text: str, lang: str, article_id: str) -> None:
    messages, note = _reply(text, lang)
    assert note is None
    source = next(m["custom"] for m in messages if (m.get("custom") or {}).get("type") == "source")
    assert source["id"] == article_id


@pytest.mark.parametrize(
    ("text", "lang", "ids"),
    [
        ("wat is het verschil tussen shift 1 en shift 2", "nl", ["shift-emotion", "shift-relationships"]),
        ("verschil tussen shift 1 en 2", "nl", ["shift-emotion", "shift-relationships"]),
        ("verschil tussen shift nr 5 en shift nr 6", "nl", ["shift-trust", "shift-engagement"]),
        ("what's the difference between shift 7 and shift 8", "en", ["shift-listening", "shift-innovation"]),
        ("compare shift 9 with shift 10", "en", ["shift-customer-journeys", "shift-partners"]),
    ],
)
def test_shifts_named_by_number_are_compared(text: str, lang: str, ids: list[str]) -> None:
    """Stop 54's open list: "verschil tussen shift 1 en shift 2" got the overview of all ten
    shifts; a bare "shift 1" half was read as a work shift (actions/comparison.py `_asked_what`)."""
    messages, note = _reply(text, lang)
    assert note is not None and note["ids"] == ids, messages


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("verschil tussen de vroege shift en de late shift", "nl"),
        ("difference between the first and second shift", "en"),
        ("wat is het verschil tussen mijn shift en die van mijn collega", "nl"),
    ],
)
def test_work_shifts_compared_get_no_paradigm_shifts(text: str, lang: str) -> None:
    """A work shift named by an ordinal or a time of day is no numbered paradigm shift."""
    messages, note = _reply(text, lang)
    shifts = {"shift-emotion", "shift-relationships"}
    assert note is None or not shifts & set(note["ids"]), messages
