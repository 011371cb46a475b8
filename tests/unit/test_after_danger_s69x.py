"""Re-test of stop 69 (helper X): after a danger line, two faults (actions/after_danger.py).

1. News that the scene is over (help has come, the danger is gone, the person left), then a turn to a new
   question, got the first sentence of the follow-up before the answer, contradicting the asker ("ok de
   politie is er. iets anders: klant wil korting ..." -> "Blijf bij de auto en houd het kind in het oog.").
   Now only the new question is answered (`news_ends_the_scene`); news of a scene going on before a turn
   ("hij ademt weer. btw, ...") still gets that first sentence.
2. A long new story of money, a price or a bill with no turn word and no word of the scene ("de offerte zei
   180 euro ..., klant voelt zich opgelicht") got only the follow-up line. Now it is a new question
   (`tells_a_service_matter`); news of the same scene ("het kind huilt nog", "de rook wordt erger") keeps
   the follow-up.

Real actions on the real index (tests/unit/turns.py); none of these messages is a dev set's sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from actions.after_danger import (
    continues_the_scene,
    news_ends_the_scene,
    tells_a_new_scene,
    tells_a_service_matter,
    tells_news_then_a_new_scene,
)
from bot.content.referrals import load_referrals
from tests.unit.replies import said
from tests.unit.turns import advice_turn

TOPICS = {r.id: r for r in load_referrals(Path(__file__).resolve().parents[2] / "knowledge")}
DANGER_TOPICS = [t for t in TOPICS.values() if t.danger and t.then]

OVER_THEN_A_TURN = [
    "ok de politie is er. iets anders: klant wil korting omdat de auto vuil was",
    "ok brandweer is weg, alles ok. andere vraag: hoe zeg ik nee tegen een klant die korting wil",
    "oke, ze is weg. vraag: hoe ga ik om met een klant die blijft bellen",
    "de ambulance is net aangekomen. los daarvan, hoe reageer ik als een klant zegt dat we te duur zijn",
    "allee, de moeder is er. nog iets anders: ne klant wil zijn geld terug voor een kapotte fiets",
    "the paramedics have arrived. another question: how do I tell a customer the order is late",
    "ok the police are here now. something else: what do I say when a customer jumps the queue",
    "hij is vertrokken, alles is weer rustig. ander onderwerp: hoe zeg ik nee zonder bot te klinken",
]
GOING_ON_THEN_A_TURN = [
    "hij ademt weer. btw, een andere klant vraagt hoeveel een nieuwe ketting kost",
    "de ambulance is er nog niet. andere vraag: hoe zeg ik nee tegen een klant",
    "het kind huilt nog. los daarvan, hoe reageer ik op een klant die voordringt",
    "ze zit nu op een stoel. nog iets anders: hoe ga ik om met een klant die steeds belt",
    "she is still shaking. another question: how do I explain a late delivery",
]
MONEY_STORIES = [
    "de offerte zei 180 euro voor een week maar bij inleveren kwam er 420 uit door extra kilometers en "
    "tanken, klant voelt zich opgelicht",
    "klant heeft 3 nachten geboekt maar de factuur zegt 4 en hij voelt zich afgezet",
    "de rekening klopt niet: 85 euro voor een wasbeurt terwijl er 60 op de prijslijst staat",
    "meneer zegt dat de borg van 300 euro nog steeds niet teruggestort is na drie weken",
    "a guest was charged twice for the minibar and says the invoice is wrong",
    "the quote said 250 but the bill came to 400 because of extra hours, the client feels ripped off",
]
NEWS_OF_THE_SCENE = {
    "child_in_car": ["het kind huilt nog", "de ouder betaalt nog aan de kassa", "het kind is rood en zweet"],
    "fire": ["de rook wordt erger", "iedereen staat buiten bij de verzamelplaats"],
    "emergency": ["hij ligt nog op de grond", "ze bloedt een beetje aan haar hoofd"],
    "lost_child": ["het kind is nog steeds niet gevonden", "de moeder staat te huilen bij de balie"],
}


def test_news_that_the_scene_is_over_before_a_turn_ends_it() -> None:
    assert [t for t in OVER_THEN_A_TURN if not news_ends_the_scene(t)] == []


def test_news_of_a_scene_going_on_before_a_turn_does_not_end_it() -> None:
    assert [t for t in GOING_ON_THEN_A_TURN if news_ends_the_scene(t)] == []
    assert [t for t in GOING_ON_THEN_A_TURN if not tells_news_then_a_new_scene(t)] == []


@pytest.mark.parametrize("topic", DANGER_TOPICS, ids=lambda t: t.id)
def test_after_every_danger_topic_a_money_story_is_a_new_scene(topic) -> None:
    assert [t for t in MONEY_STORIES if not tells_a_service_matter(t, topic)] == []
    assert [t for t in MONEY_STORIES if not tells_a_new_scene(t, topic)] == []


@pytest.mark.parametrize("topic", sorted(NEWS_OF_THE_SCENE))
def test_news_of_the_same_scene_is_no_new_scene(topic: str) -> None:
    if topic not in TOPICS:
        pytest.skip(f"no topic {topic} in knowledge/referrals.yml")
    texts = NEWS_OF_THE_SCENE[topic]
    assert [t for t in texts if not continues_the_scene(t)] == []
    assert [t for t in texts if tells_a_new_scene(t, TOPICS[topic])] == []


CHILD_IN_CAR = (
    "klant heeft zijn kind van een jaar of 3 in de auto laten zitten terwijl hij binnen papieren tekent, "
    "auto staat in de zon"
)
FIRE = "het brandalarm gaat af in de winkel"


def _after(danger: str, topic: str) -> list[dict]:
    if topic not in TOPICS:
        pytest.skip(f"no topic {topic} in knowledge/referrals.yml")
    first, events = advice_turn(danger, "nl", [])
    assert TOPICS[topic].where["nl"][:60] in said(first), said(first)
    return events


def _first_sentence(line: str) -> str:
    return line.split(".")[0]


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("danger", "topic", "text"),
    [
        (CHILD_IN_CAR, "child_in_car", OVER_THEN_A_TURN[0]),
        (FIRE, "fire", OVER_THEN_A_TURN[1]),
        (CHILD_IN_CAR, "child_in_car", OVER_THEN_A_TURN[4]),
    ],
)
def test_after_news_that_the_scene_is_over_only_the_new_question_is_answered(
    danger: str, topic: str, text: str
) -> None:
    events = _after(danger, topic)
    messages, _ = advice_turn(text, "nl", events)
    assert _first_sentence(TOPICS[topic].then["nl"]) not in said(messages), said(messages)
    assert len(said(messages)) > 80, said(messages)


@pytest.mark.usefixtures("own_app_db")
def test_news_of_a_scene_going_on_before_a_turn_still_gets_a_word() -> None:
    events = _after(CHILD_IN_CAR, "child_in_car")
    messages, _ = advice_turn(GOING_ON_THEN_A_TURN[2], "nl", events)
    assert said(messages).startswith(_first_sentence(TOPICS["child_in_car"].then["nl"])), said(messages)


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(("danger", "topic"), [(CHILD_IN_CAR, "child_in_car"), (FIRE, "fire")])
def test_a_money_story_after_a_danger_line_is_answered_as_itself(danger: str, topic: str) -> None:
    events = _after(danger, topic)
    messages, _ = advice_turn(MONEY_STORIES[0], "nl", events)
    assert _first_sentence(TOPICS[topic].then["nl"]) not in said(messages), said(messages)
    # an answer or an offer of its own (buttons), not the follow-up
    assert len(said(messages)) > 80 or any(m.get("buttons") for m in messages), said(messages)


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("danger", "topic", "text"),
    [(CHILD_IN_CAR, "child_in_car", "het kind huilt nog"), (FIRE, "fire", "de rook wordt erger")],
)
def test_news_of_the_same_scene_keeps_the_follow_up(danger: str, topic: str, text: str) -> None:
    events = _after(danger, topic)
    messages, _ = advice_turn(text, "nl", events)
    assert TOPICS[topic].then["nl"] in said(messages), said(messages)
