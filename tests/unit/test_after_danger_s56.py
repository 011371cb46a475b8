"""Stop 56: a message right after a danger line that tells more of the same situation gets the
topic's `then` line (actions/after_danger.py, knowledge/referrals.yml `then`). After the 112
line, "ze ligt op de grond maar ze praat weer" got a menu with "Omgaan met een boze klant"
(tester round of stop 56). A new question an article answers, or a new danger, is answered as
usual. Also: a message that ends in "is er" ("ok de ambulance is er") crashed the advice action
(bot/selfchecks/asking.py `_asks_whether_there_is_one`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.referrals import ReferralError, load_referrals, parse_referrals
from bot.selfchecks.asking import asks_to_do_a_selfcheck
from tests.unit.replies import said
from tests.unit.turns import advice_turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py: own app database

TOPICS = {r.id: r for r in load_referrals(Path(__file__).resolve().parents[2] / "knowledge")}


@pytest.mark.parametrize(
    ("danger", "then", "lang", "topic"),
    [
        (
            "een vrouw is net flauwgevallen in de wachtkamer",
            "ze ligt op de grond maar ze praat weer",
            "nl",
            "emergency",
        ),
        (
            "een vrouw is net flauwgevallen in de wachtkamer",
            "ze is weer een beetje bij, wat nu",
            "nl",
            "emergency",
        ),
        ("a man collapsed at the gate", "he is breathing and talking again", "en", "emergency"),
        ("the fire alarm just went off", "everyone is outside now", "en", "fire"),
        ("het brandalarm gaat af", "iedereen staat buiten", "nl", "fire"),
        ("we zijn net overvallen", "hij is weg", "nl", "robbery"),
        ("een klant hyperventileert aan de balie", "ze zit nu op een stoel", "nl", "panic_attack"),
        ("er staat een man met een mes aan de kassa", "hij is nu buiten", "nl", "robbery"),
        # stop 58: someone unwell going home (no menu after it) has a `then` line too
        ("mijn collega voelt zich niet lekker, mag ze naar huis?", "ok ze gaat zo", "nl", "colleague_unwell"),
        ("my colleague feels unwell, can he go home?", "ok he's leaving now", "en", "colleague_unwell"),
    ],
)
def test_more_of_the_same_situation_gets_what_to_do_while_it_goes_on(danger, then, lang, topic) -> None:
    first, events = advice_turn(danger, lang, [])
    assert TOPICS[topic].where[lang] in said(first)
    messages, _ = advice_turn(then, lang, events)
    assert said(messages) == TOPICS[topic].then[lang]
    assert not any(m.get("buttons") for m in messages)  # no menu of service topics


@pytest.mark.parametrize(
    ("danger", "then", "lang", "expected"),
    [
        # a question an article answers: the article
        (
            "een vrouw is net flauwgevallen in de wachtkamer",
            "hoe zeg ik nee tegen een klant",
            "nl",
            "saying-no-kindly",
        ),
        ("the fire alarm just went off", "how do i say no to a customer", "en", "saying-no-kindly"),
    ],
)
def test_a_new_question_after_a_danger_line_is_answered_as_usual(danger, then, lang, expected) -> None:
    _, events = advice_turn(danger, lang, [])
    messages, _ = advice_turn(then, lang, events)
    sources = [m["custom"]["id"] for m in messages if (m.get("custom") or {}).get("type") == "source"]
    assert sources == [expected]


def test_a_new_danger_after_a_danger_line_gets_its_own_line() -> None:
    _, events = advice_turn("het brandalarm gaat af", "nl", [])
    messages, _ = advice_turn("er is iemand flauwgevallen bij de uitgang", "nl", events)
    assert TOPICS["emergency"].where["nl"] in said(messages)


def test_without_a_danger_line_before_it_the_message_is_searched() -> None:
    messages, _ = advice_turn("ze ligt op de grond maar ze praat weer", "nl", [])
    assert not any(topic.then["nl"] in said(messages) for topic in TOPICS.values() if topic.then)


def test_every_danger_topic_has_a_then_line_in_both_languages() -> None:
    dangers = [t for t in TOPICS.values() if t.danger]
    assert dangers and all(t.then.get("nl") and t.then.get("en") for t in dangers)


@pytest.mark.parametrize("then", ["then: {nl: iets}", "then: tekst", "then: {nl: '', en: x}"])
def test_a_then_line_without_both_languages_is_reported(then: str) -> None:
    text = "topics:\n  - id: x\n    words: {nl: [a], en: [a]}\n    where: {nl: x, en: y}\n"
    with pytest.raises(ReferralError, match="then"):
        parse_referrals(text + f"    {then}\n")


@pytest.mark.parametrize(
    "text",
    [
        "ok de ambulance is er",
        "de klant is er",
        "zijn er",
        "is there",
        "any",
        "do you have",
        "hebde gij",
        "heb je",
    ],
)
def test_a_message_ending_in_a_have_you_is_no_selfcheck_request_and_no_crash(text: str) -> None:
    assert asks_to_do_a_selfcheck(text) is False


@pytest.mark.parametrize(
    ("danger", "text", "lang"),
    [
        ("ik voel me niet veilig, er staat een man te staren", "amai ge zijt nie veel waard he", "nl"),
        ("a man collapsed at the gate", "you are useless", "en"),
        ("het brandalarm gaat af", "hoe lang duurt dit nog", "nl"),
    ],
)
def test_a_message_of_nothing_in_the_scene_gets_no_then_line(danger: str, text: str, lang: str) -> None:
    """A sneer at the coach right after a danger line is no more of the situation (the live
    check of stop 56: "amai ge zijt nie veel waard he" got the unsafe topic's `then` line)."""
    _, events = advice_turn(danger, lang, [])
    messages, _ = advice_turn(text, lang, events)
    assert not any(topic.then[lang] in said(messages) for topic in TOPICS.values() if topic.then)


@pytest.mark.parametrize(
    ("danger", "then", "lang", "topic"),
    [
        ("mijn collega is duizelig en wil naar huis", "ok ze gaat zo", "nl", "colleague_unwell"),
        ("mijn collega voelt zich niet lekker, mag ze naar huis?", "oké, ze zit", "nl", "colleague_unwell"),
        ("een vrouw is net flauwgevallen in de wachtkamer", "ok ze ligt nu", "nl", "emergency"),
        ("the fire alarm just went off", "ok everyone is outside", "en", "fire"),
    ],
)
def test_more_of_the_scene_read_as_a_yes_gets_the_then_line(danger, then, lang, topic) -> None:
    """Stop 58 live check: "ok ze gaat zo" (NLU: affirm) after a danger line got "Mooi. Stel je
    vraag maar"; it tells more of the scene, so it gets the `then` line as an ask_advice would."""
    from actions.yes_no import ActionAffirm

    _, events = advice_turn(danger, lang, [])
    messages, _ = advice_turn(then, lang, events, action=ActionAffirm, intent="affirm")
    assert said(messages) == TOPICS[topic].then[lang]


@pytest.mark.parametrize(
    ("then", "lang"), [("ok", "nl"), ("ja", "nl"), ("oké", "nl"), ("ok", "en"), ("yes", "en")]
)
def test_a_bare_yes_after_a_danger_line_gets_no_then_line(then: str, lang: str) -> None:
    from actions.yes_no import ActionAffirm

    _, events = advice_turn("mijn collega is duizelig en wil naar huis", lang, [])
    messages, _ = advice_turn(then, lang, events, action=ActionAffirm, intent="affirm")
    assert not any(topic.then[lang] in said(messages) for topic in TOPICS.values() if topic.then)
    assert [m.get("response") for m in messages] == ["utter_affirm"]  # the usual reply


def test_a_yes_with_no_danger_line_before_it_gets_the_usual_reply() -> None:
    from actions.yes_no import ActionAffirm

    messages, _ = advice_turn("ok ze gaat zo", "nl", [], action=ActionAffirm, intent="affirm")
    assert [m.get("response") for m in messages] == ["utter_affirm"]
