""""nee dat is het niet" / "no that's not it" right after an answer (NLU: deny) asks what is
different, with the article's related topics, as the follow-ups end (actions/yes_no.py
`ActionDeny`). Verifier round of stop 55: it got "Geen probleem. Ik ben er als je me nodig
hebt.", and the situation told next had no question to be read with. Real actions on the
real index, with trackers built from the real replies of each turn."""

from __future__ import annotations

import pytest

from actions.yes_no import ActionDeny
from bot.i18n import t
from tests.unit.turns import advice_turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

FIRST = {"nl": "hoe zeg ik vriendelijk nee tegen een klant", "en": "how do I say no to a customer kindly"}
NOT_IT = {
    "nl": ["nee dat is het niet", "nee, dat bedoel ik niet", "dat is het niet"],
    "en": ["no that's not it", "that's not what I mean"],
}


def _said(messages: list[dict]) -> str:
    return "\n".join(m.get("text") or "" for m in messages)


@pytest.mark.parametrize(("lang", "text"), [(lang, m) for lang, ms in NOT_IT.items() for m in ms])
def test_not_it_after_an_answer_asks_what_is_different(lang: str, text: str) -> None:
    _, events = advice_turn(FIRST[lang], lang, [])
    messages, _ = advice_turn(text, lang, events, ActionDeny, "deny")
    assert t("followup_more", lang) in _said(messages), messages
    assert any(m.get("buttons") for m in messages)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_plain_no_out_of_the_blue_stays_a_no(lang: str) -> None:
    messages, _ = advice_turn(NOT_IT[lang][0], lang, [], ActionDeny, "deny")
    assert t("followup_more", lang) not in _said(messages)


def test_the_situation_told_next_is_answered() -> None:
    _, events = advice_turn(FIRST["nl"], "nl", [])
    _, events = advice_turn(NOT_IT["nl"][0], "nl", events, ActionDeny, "deny")
    messages, _ = advice_turn(
        "ja mijn situatie is anders, het is een zorgverzekeraar en mevrouw krijgt haar fysio niet vergoed",
        "nl",
        events,
    )
    notes = [m["custom"] for m in messages if (m.get("custom") or {}).get("type") in ("source", "offer")]
    assert notes, messages  # an answer or an offer, not "Daar weet ik (nog) geen goed antwoord op"
