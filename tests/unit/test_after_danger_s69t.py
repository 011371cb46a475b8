"""Stop 69 (fresh tester D4, helper S5): after a danger line the state stuck. After the fire line the
next three messages (a phone threat, a deposit question, a child in a car) all got "Ga niet terug naar
binnen ..."; "ok de verpleging is erbij. nog iets anders: mensen zitten al een uur te wachten ..." got the
unwell advice again; a service question six minutes after the 113 line got the whole 113 line again; a scam
told after the robbery line got the robbery follow-up. Right after a danger line (actions/after_danger.py):

- a turn to something else ("nog iets anders:", "andere vraag", "los daarvan", "btw ...") starts a new
  question; news before it gets only the first sentence of the follow-up (bot/dialogue/scene_turn.py);
- thanks or an ok, then a question of its own ("ok dank. hoe leg ik uit ...") is a new question;
- someone new who calls ("iemand belde net op en zei ...") is a scene of its own;
- after the line for the asker at risk (113), a new question is answered as itself after one short
  sentence ("Je staat er niet alleen voor."), not the whole line again;
- a new danger gets its own line, not the old follow-up;
- a danger line before a new session, or more than SCENE_MINUTES ago, has no follow-up.

Look-alikes keep the follow-up: news of the same scene ("btw ze ademt nog", "ok dank. wat moet ik nu
doen?", "er is iemand aan het bellen met 112"). Real actions on the real index (tests/unit/turns.py); none
of these messages is a dev set's sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from actions.after_danger import SCENE_MINUTES, continues_the_scene, tells_a_new_scene
from bot.content.referrals import load_referrals
from bot.dialogue.scene_turn import someone_new_calls, thanks_then_a_question, turn_at
from tests.unit.replies import said
from tests.unit.turns import advice_turn, turn

TOPICS = {r.id: r for r in load_referrals(Path(__file__).resolve().parents[2] / "knowledge")}
DANGER_TOPICS = [t for t in TOPICS.values() if t.danger and t.then]

TURNED = [
    "ok de verpleging is erbij. nog iets anders: mensen zitten al een uur te wachten want de arts loopt uit, "
    "ze worden chagrijnig, wat zeg ik tegen ze?",
    "de ambulance is er. andere vraag: hoe zeg ik tegen een klant dat de winkel vandaag eerder sluit",
    "ze is weer bij. los daarvan, hoe ga ik om met een klant die steeds korting wil",
    "het kind is bij zijn moeder. btw, hoe reageer ik als een klant zegt dat we te duur zijn",
    "allee, de ziekenwagen is er. nog iets anders: ne klant wil zijn geld terug voor een kapotte fiets",
    "ok ambu is er. ander onderwerp: hoe zeg ik nee tegen een klant zonder bot te klinken",
    "nog een vraag: hoe ga ik om met een klant die blijft bellen over zijn bestelling",
    "the paramedics are here. another question: how do I tell a customer the order is late",
    "ok she's sitting down now. btw how do I handle a customer who wants a refund without a receipt",
    "everyone is outside. something else: what do I say when a customer jumps the queue",
]
NOT_TURNED = [
    "btw ze ademt nog",
    "trouwens, hij zit nu op een stoel en praat weer",
    "ze doet iets anders dan net, ze trilt",
    "btw is de ambulance er al bijna?",
    "by the way she is breathing again",
]
THANKS_THEN_A_QUESTION = [
    "ok dank. hoe leg ik uit dat de borg pas na 10 werkdagen vrijkomt",
    "top, bedankt! wat zeg ik tegen een klant die zijn bon kwijt is",
    "merci hé. hoe ga ik om met een klant die voor wil dringen",
    "oke dankje, en hoe zeg ik nee tegen een klant die korting wil",
    "ok duidelijk. wat doe ik met een klant die steeds terugkomt met dezelfde klacht",
    "thanks. how do I explain a late delivery to a customer",
    "thx! what do i say to a guest who wants an earlier check-in",
]
THANKS_THEN_THE_SCENE = [
    "ok dank. wat moet ik nu doen?",
    "ok bedankt, hoe lang duurt het nog?",
    "dank je, is de ambulance al onderweg?",
    "thanks. what now?",
]
SOMEONE_NEW_CALLS = [
    'iemand belde net op en zei dat hij "terugkomt met vrienden" als zijn borg niet vandaag terug is',
    "er belde net een man die zegt dat hij zijn pakket nog steeds niet heeft",
    "een oudere mevrouw staat aan de toonbank te bellen met iemand die zegt van de bank te zijn",
    "ne meneer belde daarnet of zijn bestelling klaar is",
    "someone called and said he wants his deposit back today",
    "a guy just phoned asking if we have parking",
]
NO_ONE_NEW_CALLS = [
    "hij belt nu zelf zijn vrouw",
    "moet ik 112 bellen?",
    "er is iemand aan het bellen met 112",
    "someone called an ambulance",
    "ze belt haar man nu",
]


def test_a_turn_to_something_else_is_one_and_news_of_the_scene_is_not() -> None:
    assert [t for t in TURNED if turn_at(t) is None] == []
    assert [t for t in NOT_TURNED if tells_a_new_scene(t, TOPICS["emergency"])] == []


@pytest.mark.parametrize("topic", DANGER_TOPICS, ids=lambda t: t.id)
def test_after_every_danger_topic_a_turn_thanks_or_a_new_caller_start_a_new_scene(topic) -> None:
    new = [*TURNED, *THANKS_THEN_A_QUESTION, *SOMEONE_NEW_CALLS]
    assert [t for t in new if not tells_a_new_scene(t, topic)] == []


def test_thanks_then_a_question_of_the_scene_goes_on_with_it() -> None:
    assert [t for t in THANKS_THEN_A_QUESTION if thanks_then_a_question(t) is None] == []
    topic = TOPICS["emergency"]
    went_on = [t for t in THANKS_THEN_THE_SCENE if continues_the_scene(t) and not tells_a_new_scene(t, topic)]
    assert went_on == THANKS_THEN_THE_SCENE


def test_someone_new_calls_and_look_alikes_do_not() -> None:
    assert [t for t in SOMEONE_NEW_CALLS if not someone_new_calls(t)] == []
    assert [t for t in NO_ONE_NEW_CALLS if someone_new_calls(t)] == []


def _after(danger: str, lang: str, topic: str) -> list[dict]:
    first, events = advice_turn(danger, lang, [])
    assert TOPICS[topic].where[lang] in said(first), said(first)
    return events


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("danger", "topic", "text", "lang"),
    [
        ("meneer in de wachtkamer wordt ineens bleek en zegt dat hij duizelig is", "unwell", TURNED[0], "nl"),
        ("er ligt een oude man op de grond bij de kassa", "emergency", TURNED[5], "nl"),
        ("a man just fainted at the checkout", "emergency", TURNED[7], "en"),
        ("het brandalarm gaat af in de winkel", "fire", THANKS_THEN_A_QUESTION[0], "nl"),
        ("het brandalarm gaat af in de winkel", "fire", SOMEONE_NEW_CALLS[0], "nl"),
        ("er is een kind zoek in de winkel", "lost_child", THANKS_THEN_A_QUESTION[3], "nl"),
    ],
)
def test_a_new_question_after_a_danger_line_is_answered_as_itself(
    danger: str, topic: str, text: str, lang: str
) -> None:
    events = _after(danger, lang, topic)
    messages, _ = advice_turn(text, lang, events)
    assert TOPICS[topic].then[lang] not in said(messages), said(messages)
    # an answer, an offer (buttons) or a refusal of its own
    assert len(said(messages)) > 80 or any(m.get("buttons") for m in messages), said(messages)


@pytest.mark.usefixtures("own_app_db")
def test_the_fire_follow_up_does_not_stick_over_three_new_messages() -> None:
    events = _after("het brandalarm gaat af in de winkel", "nl", "fire")
    for text in [SOMEONE_NEW_CALLS[0], THANKS_THEN_A_QUESTION[0], "everyone is outside"]:
        messages, events = advice_turn(text, "nl", events)
        assert TOPICS["fire"].then["nl"] not in said(messages), (text, said(messages))


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("danger", "told", "text", "new"),
    [
        (
            "er loopt net iemand met een volle tas de deur uit zonder te betalen",
            "robbery",
            "een oudere mevrouw staat aan de toonbank te bellen met iemand die zegt van de politie te "
            "zijn en dat ze haar pinpas aan een koerier moet meegeven",
            "customer_scam",
        ),
        (
            "het brandalarm gaat af in de winkel",
            "fire",
            "klant heeft zijn kind van een jaar of 3 in de auto laten zitten terwijl hij binnen papieren "
            "tekent, auto staat in de zon",
            "child_in_car",
        ),
        ("het brandalarm gaat af in de winkel", "fire", "er ligt een man op de grond bij de ingang",
         "emergency"),
        (
            "meneer in de wachtkamer wordt ineens bleek en zegt dat hij duizelig is",
            "unwell",
            "er staat een man met een mes bij de balie",
            "robbery",
        ),
    ],
)
def test_a_new_danger_after_a_line_gets_its_own_line(danger: str, told: str, text: str, new: str) -> None:
    if new not in TOPICS:
        pytest.skip(f"no topic {new} in knowledge/referrals.yml")
    events = _after(danger, "nl", told)
    messages, _ = advice_turn(text, "nl", events)
    assert TOPICS[told].then["nl"] not in said(messages), said(messages)
    assert TOPICS[new].where["nl"][:60] in said(messages), said(messages)


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    "text",
    [
        "klant wil zijn huurauto een dag langer houden maar de auto is al verhuurd aan iemand anders",
        "hoe zeg ik nee tegen een klant die korting wil",
        "ok dank. hoe leg ik uit dat de borg pas na 10 werkdagen vrijkomt",
    ],
)
def test_after_the_113_line_for_the_asker_a_new_question_gets_one_sentence_and_its_answer(text: str) -> None:
    crisis = TOPICS["crisis"]
    _, events = advice_turn("ik trek het niet meer, soms wil ik er gewoon niet meer zijn", "nl", [])
    messages, _ = advice_turn(text, "nl", events)
    assert crisis.then_self["nl"] not in said(messages), said(messages)
    first = crisis.then_self["nl"].split(".")[0] + "."
    assert said(messages).startswith(first) and len(said(messages)) > len(first) + 40, said(messages)


@pytest.mark.usefixtures("own_app_db")
def test_after_the_113_line_news_of_the_asker_still_gets_the_line() -> None:
    crisis = TOPICS["crisis"]
    _, events = advice_turn("ik trek het niet meer, soms wil ik er gewoon niet meer zijn", "nl", [])
    messages, _ = advice_turn("er is niemand bij me", "nl", events)
    assert crisis.then_self["nl"] in said(messages), said(messages)


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize("text", ["btw ze ademt nog", "ok dank. wat moet ik nu doen?"])
def test_news_of_the_scene_after_a_turn_word_or_thanks_still_gets_the_follow_up(text: str) -> None:
    events = _after("er ligt een oude man op de grond bij de kassa", "nl", "emergency")
    messages, _ = advice_turn(text, "nl", events)
    assert TOPICS["emergency"].then["nl"] in said(messages), said(messages)


def _timed(events: list[dict], when: float) -> list[dict]:
    """`events` with the timestamp `when` on every event that has none."""
    return [{**e, "timestamp": e.get("timestamp", when)} for e in events]


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(("minutes", "goes_on"), [(5, True), (SCENE_MINUTES + 10, False)])
def test_a_danger_line_long_ago_has_no_follow_up(minutes: int, goes_on: bool) -> None:
    start = 1_800_000_000.0
    _, events = turn("er ligt een oude man op de grond bij de kassa", "nl", [], timestamp=start)
    events = _timed(events, start)
    messages, _ = turn("ze ligt op de grond maar ze praat weer", "nl", events, timestamp=start + minutes * 60)
    assert (TOPICS["emergency"].then["nl"] in said(messages)) is goes_on, said(messages)


@pytest.mark.usefixtures("own_app_db")
def test_a_danger_line_before_a_new_session_has_no_follow_up() -> None:
    _, events = advice_turn("er ligt een oude man op de grond bij de kassa", "nl", [])
    events = [*events, {"event": "action", "name": "action_session_start"}, {"event": "session_started"}]
    messages, _ = advice_turn("ze ligt op de grond maar ze praat weer", "nl", events)
    assert TOPICS["emergency"].then["nl"] not in said(messages), said(messages)
