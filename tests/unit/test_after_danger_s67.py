"""Stop 67 (helper G2), points 2 and 3: right after a danger line (actions/after_danger.py),

- the person's close ones, as the subject of the message ("de moeder vraagt of het kind al gevonden
  is", "the dad is asking if we found her yet", "de oma staat te huilen bij de balie"), and news
  asked of the person ("is het kind al gevonden?") go on with the scene: its `then` line, after
  every danger topic, not an offer, an article about relatives or a distress line;
- a new customer scene with a word of the danger line in it ("pakket" after the line on a
  suspicious package) is new when that word is the served person's own or a new thing ("zijn
  pakket", "een pakket"); "het pakket" of the scene and a served person's own child still go on.

Look-alikes stay: "klant wil een cadeau voor haar moeder" is a service question.

Real actions, the real index and an own app database per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from actions.after_danger import asks_of_the_scene, continues_the_scene, tells_a_new_scene
from bot.content.referrals import load_referrals
from tests.unit.replies import said
from tests.unit.turns import advice_turn

TOPICS = {r.id: r for r in load_referrals(Path(__file__).resolve().parents[2] / "knowledge")}
DANGER_TOPICS = [t for t in TOPICS.values() if t.danger and t.then]

CLOSE_ONES = {
    "nl": [
        "de moeder vraagt of het kind al gevonden is",
        "de vader vraagt of we zijn zoontje al hebben",
        "de oma staat te huilen bij de balie",
        "haar man vraagt of ze al wakker is",
        "de ouders willen weten hoe het gaat",
        "en de moeder is helemaal in paniek",
        "is het kind al gevonden?",
        "mevrouw vraagt of haar kind al gevonden is",
    ],
    "en": [
        "the dad is asking if we found her yet",
        "the mother is crying at the desk",
        "her parents want to know if there is news",
        "his wife is asking how he is doing",
        "any news?",
    ],
}
NOT_CLOSE_ONES = [
    "klant wil een cadeau voor haar moeder",
    "klant vraagt of zijn bestelling al binnen is",
    "is the manager okay with a refund?",
    "a customer wants a gift for his mother",
    "hoe laat is het?",
    "wat is het wifi wachtwoord voor gasten",
]
THEIR_OWN_THING = [
    "klant wil zijn pakket ophalen maar het ligt er niet",
    "een klant klaagt dat zijn pakket te laat is",
    "klant wil een pakket versturen naar het buitenland",
    "a customer is complaining that his parcel is late",
    "a customer wants to send a package abroad",
    "klant wil een andere tas want deze is kapot",
    "mevrouw klaagt dat haar koffer beschadigd is",
]
OF_THE_SCENE = {
    "lost_child": [
        "gast vraagt of we het kind al gevonden hebben",
        "mevrouw vraagt of haar kind al gevonden is",
    ],
    "emergency": [
        "de klant vraagt of de ambulance al onderweg is",
        "klant vraagt of de vrouw weer bij is",
        "a customer is asking if the man is okay",
    ],
    "fire": ["guests are asking if they can go back inside"],
    "hazard": ["klant vraagt of het verdachte pakket al weg is"],
}


@pytest.mark.parametrize("text", [*CLOSE_ONES["nl"], *CLOSE_ONES["en"]])
def test_the_close_ones_and_news_of_the_person_go_on_with_the_scene(text: str) -> None:
    assert continues_the_scene(text) and asks_of_the_scene(text)
    assert not [t.id for t in DANGER_TOPICS if tells_a_new_scene(text, t)]


@pytest.mark.parametrize("text", NOT_CLOSE_ONES)
def test_a_close_one_as_an_object_or_a_question_of_its_own_is_no_news(text: str) -> None:
    assert not asks_of_the_scene(text)


@pytest.mark.parametrize("topic", DANGER_TOPICS, ids=lambda t: t.id)
def test_a_served_persons_own_thing_is_a_new_scene_after_every_danger_topic(topic) -> None:
    assert not [text for text in THEIR_OWN_THING if not tells_a_new_scene(text, topic)]


@pytest.mark.parametrize(("topic", "texts"), OF_THE_SCENE.items())
def test_the_scenes_own_thing_or_person_is_not_new(topic: str, texts: list[str]) -> None:
    assert not [text for text in texts if tells_a_new_scene(text, TOPICS[topic])]


DANGER = {
    "lost_child": {"nl": "er loopt hier een kind alleen rond, hij is zijn ouders kwijt",
                   "en": "a little girl is missing in the store"},
    "emergency": {"nl": "een vrouw is net flauwgevallen in de wachtkamer",
                  "en": "a man just fainted at the checkout"},
    "drowning": {"nl": "help er ligt een kind in het zwembad en hij beweegt niet",
                 "en": "a kid is drowning in the pool!!"},
}  # fmt: skip


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize("danger", DANGER)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_close_ones_after_the_line_get_the_then_line(danger: str, lang: str) -> None:
    first, events = advice_turn(DANGER[danger][lang], lang, [])
    assert TOPICS[danger].where[lang] in said(first), said(first)
    for text in CLOSE_ONES[lang][:3]:
        messages, _ = advice_turn(text, lang, events)
        assert said(messages) == TOPICS[danger].then[lang], (text, said(messages))


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize("text", ["klant klaagt dat zijn pakket te laat is", "klant wil zijn pakket ophalen"])
def test_a_parcel_after_the_suspicious_package_line_is_a_question_of_its_own(text: str) -> None:
    first, events = advice_turn("er ligt een verdacht pakket bij de ingang", "nl", [])
    assert TOPICS["hazard"].where["nl"] in said(first), said(first)
    messages, _ = advice_turn(text, "nl", events)
    assert TOPICS["hazard"].then["nl"] not in said(messages) and said(messages), said(messages)
