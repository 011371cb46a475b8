"""Stop 66 (fresh-user tester D, helper S): right after a danger line (actions/after_danger.py).

D  a new scene ("gast wil een andere bungalow want hij vindt het uitzicht niks") right after the
   lost-child line got that topic's `then` line ("Blijf bij het kind ..."). Someone served who wants,
   asks or complains about something, with no word of the danger scene or of the topic's own lines,
   starts a scene of its own after every danger topic (`tells_a_new_scene`); more of the same scene
   ("de moeder vraagt of het kind al gevonden is", "ze ligt op de grond maar ze praat weer") still
   gets the `then` line.
A  the new `drowning` line has a `then` line for what follows it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from actions.after_danger import tells_a_new_scene
from bot.content.referrals import load_referrals
from tests.unit.replies import said
from tests.unit.turns import advice_turn

TOPICS = {r.id: r for r in load_referrals(Path(__file__).resolve().parents[2] / "knowledge")}
DANGER = {
    "lost_child": ("mevrouw haar zoontje is zoek bij de speeltuin", "nl"),
    "drowning": ("help er ligt een kind in het zwembad en hij beweegt niet", "nl"),
    "emergency": ("een meneer is net flauwgevallen bij de kassa", "nl"),
    "fire": ("the fire alarm just went off in the hotel", "en"),
}
NEW_SCENES = {
    "nl": [
        "gast wil een andere bungalow want hij vindt het uitzicht niks",
        "een klant klaagt dat zijn pakket te laat is",
        "klant wil zijn geld terug voor die schoenen want ze knellen",
        "mevrouw vraagt om een andere kamer, die van haar is te klein",
    ],
    "en": [
        "a guest wants a different room because the view is bad",
        "a customer is complaining that his parcel is late",
        "the customer wants a refund for his shoes",
    ],
}
SAME_SCENE = {
    "lost_child": [
        "ze is nog steeds niet terecht",
        "gast vraagt of we het kind al gevonden hebben",
    ],
    "emergency": ["ze ligt op de grond maar ze praat weer", "de klant vraagt of de ambulance al onderweg is"],
    "fire": ["guests are asking if they can go back inside", "everyone is outside now"],
    "drowning": ["de ouders vragen of hun zoontje weer ademt", "hij ademt weer"],
}


@pytest.mark.parametrize("topic", [t for t in TOPICS.values() if t.danger and t.then], ids=lambda t: t.id)
def test_a_service_scene_of_its_own_is_new_after_every_danger_topic(topic) -> None:
    texts = [*NEW_SCENES["nl"], *NEW_SCENES["en"]]
    same = [text for text in texts if not tells_a_new_scene(text, topic)]
    # a word of the topic's own lines ties a message to it ("pakket": a suspicious package)
    assert len(same) <= 1, same


@pytest.mark.parametrize(("topic", "texts"), SAME_SCENE.items())
def test_more_of_the_same_scene_is_not_new(topic: str, texts: list[str]) -> None:
    assert not [text for text in texts if tells_a_new_scene(text, TOPICS[topic])]


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize("danger", DANGER)
@pytest.mark.parametrize("index", [0, 1])
def test_a_new_scene_after_a_danger_line_gets_no_then_line(danger: str, index: int) -> None:
    text, lang = DANGER[danger]
    first, events = advice_turn(text, lang, [])
    assert TOPICS[danger].where[lang] in said(first), said(first)
    messages, _ = advice_turn(NEW_SCENES[lang][index], lang, events)
    assert TOPICS[danger].then[lang] not in said(messages), said(messages)
    assert said(messages), "the new scene gets a reply of its own"


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize("danger", ["lost_child", "drowning"])
def test_more_of_the_scene_after_the_line_still_gets_the_then_line(danger: str) -> None:
    text, lang = DANGER[danger]
    first, events = advice_turn(text, lang, [])
    assert TOPICS[danger].where[lang] in said(first), said(first)
    messages, _ = advice_turn(SAME_SCENE[danger][0], lang, events)
    assert said(messages) == TOPICS[danger].then[lang], said(messages)
