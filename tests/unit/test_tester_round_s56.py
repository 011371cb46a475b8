"""Faults of the stop-56 tester round, by kind (see the docstring of each test)."""

from __future__ import annotations

import pytest

from actions.advice import ActionOutOfScope
from bot.content.served import tells_a_service_scene
from tests.unit.turns import advice_turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py: own app database

FAMILY_STORY = (
    "ok different one. family of 4 missed their connection to nairobi because our inbound was late, next "
    "flight is tomorrow, the mum is crying and the kids are exhausted. what can i do beyond rebooking them"
)


@pytest.mark.parametrize(
    "text",
    [
        FAMILY_STORY,
        "de moeder huilt aan de balie en de kinderen zijn doodmoe",
        "a family at the desk, the dad is shouting because their room is not ready",
        "het gezin staat al een uur te wachten en de ouders worden boos",
    ],
)
def test_a_family_in_front_of_the_asker_is_a_service_scene(text: str) -> None:
    """A family told as upset in front of the asker is a scene at work: NLU's "off-topic" does not
    make it "outside what I know" (bot/content/served.py `_SCENE`)."""
    assert tells_a_service_scene(text)


@pytest.mark.parametrize("text", ["mijn kind is ziek", "my kids are sick, can i take leave", "ik ben vader"])
def test_ones_own_family_without_a_scene_is_no_service_scene(text: str) -> None:
    assert not tells_a_service_scene(text)


def test_a_long_family_story_read_as_off_topic_is_not_refused_as_outside_the_coachs_work() -> None:
    messages, _ = advice_turn(FAMILY_STORY, "en", [], ActionOutOfScope, "out_of_scope")
    said = "\n".join(str(m.get("text") or "") for m in messages)
    assert "outside what I know" not in said
    assert any((m.get("custom") or {}).get("type") in ("offer", "source") for m in messages)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("wat zeg ik tegen de andere gasten nadat er iemand in het restaurant onwel werd", None),
        ("what do i tell the other passengers after a man collapsed at the gate", None),
        # the danger itself, told in a clause of its own, still gets the 112 line first
        ("iemand is onwel geworden, wat zeg ik tegen de andere gasten", "emergency"),
        ("er is net iemand flauwgevallen en de andere klanten staan te kijken", "emergency"),
    ],
)
def test_asking_about_the_others_after_an_incident_is_no_new_emergency(text: str, topic: str | None) -> None:
    """The 112 line promises "Daarna kun je me vragen hoe je de andere klanten opvangt"; asking
    that, with the incident told in the same clause, got the 112 line again (knowledge/referrals.yml,
    emergency `unless`)."""
    from pathlib import Path

    from bot.content.referrals import load_referrals
    from bot.engine.decision import referral_for

    found = referral_for(text, load_referrals(Path(__file__).resolve().parents[2] / "knowledge"))
    assert (found.id if found else None) == topic


@pytest.mark.parametrize(
    "text",
    ["my mom is angry at me", "mijn moeder is boos op mij", "me vader is kwaad", "our kids are shouting"],
)
def test_the_askers_own_family_upset_is_no_service_scene(text: str) -> None:
    assert not tells_a_service_scene(text)
