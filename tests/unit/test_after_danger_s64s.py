"""Stop 64: a scene follow-up right after a danger line ("is er een dokter in de buurt?", "moet ik
de ambulance bellen?", "hij ademt nog", "wat moet ik nu doen") gets the topic's `then` line
(actions/after_danger.py), not an article, an offer or a refusal; a new question an article
answers is still answered as usual (tests/unit/test_after_danger_s56.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.referrals import load_referrals
from tests.unit.replies import said
from tests.unit.turns import advice_turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py: own app database

TOPICS = {r.id: r for r in load_referrals(Path(__file__).resolve().parents[2] / "knowledge")}
FAINTED_NL = "een vrouw is net flauwgevallen in de wachtkamer"
COLLAPSED_EN = "a man collapsed at the gate"


@pytest.mark.parametrize(
    ("danger", "then", "lang"),
    [
        (FAINTED_NL, "is er een dokter in de buurt?", "nl"),
        (FAINTED_NL, "moet ik de ambulance bellen?", "nl"),
        (FAINTED_NL, "moet ik een ambulance bellen", "nl"),
        (FAINTED_NL, "hij ademt nog", "nl"),
        (FAINTED_NL, "wat moet ik nu doen", "nl"),
        (FAINTED_NL, "is er een arts aanwezig", "nl"),
        (FAINTED_NL, "kan ik iets doen?", "nl"),
        (FAINTED_NL, "moet ik reanimeren", "nl"),
        (FAINTED_NL, "hoe lang duurt het nog?", "nl"),
        (COLLAPSED_EN, "is there a doctor nearby?", "en"),
        (COLLAPSED_EN, "should I call an ambulance?", "en"),
        (COLLAPSED_EN, "he is still breathing", "en"),
        (COLLAPSED_EN, "what should I do now", "en"),
        (COLLAPSED_EN, "can i do anything?", "en"),
    ],
)
def test_a_scene_follow_up_gets_what_to_do_while_it_goes_on(danger: str, then: str, lang: str) -> None:
    first, events = advice_turn(danger, lang, [])
    assert TOPICS["emergency"].where[lang] in said(first)
    messages, _ = advice_turn(then, lang, events)
    assert said(messages) == TOPICS["emergency"].then[lang], then
    assert not any(m.get("buttons") for m in messages)
