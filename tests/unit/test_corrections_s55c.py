"""Corrections and requests the tester of stop 55 typed in the terminal chat: a denial of what
the coach took a message to be about ("hahaha nee er is geen overval, gewoon een prijsdiscussie
aan de kassa" got the robbery line again, as "the topic of just now"), a situation told after
"Is jouw situatie anders?" (it got "Daar weet ik (nog) geen goed antwoord op" or a menu), a
request for a self-check as "hebde gij ook zo een test voor mezelf" (refused), and "ik ben
teamleider, dat zei ik toch al" after "Geef jij leiding aan een team?" (a second greeting). Real
actions on the real index; trackers built from the real replies of each turn."""

from __future__ import annotations

import pytest

from actions.advice import ActionAnswerAdvice, ActionKbFallback
from actions.followup import question_asked_before
from actions.selfcheck import ActionStartSelfcheck
from actions.small_talk import ActionSmallTalk
from bot.dialogue.different_situation import denial, situation_details
from bot.i18n import t
from bot.selfchecks.asking import asks_to_do_a_selfcheck
from tests.unit.action_helpers import tracker
from tests.unit.turns import advice_turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py


def _notes(messages: list[dict]) -> list[tuple[str, str | None]]:
    found = (m.get("custom") or {} for m in messages)
    return [(n["id"], n.get("view")) for n in found if n.get("type") == "source"]


def _text(messages: list[dict]) -> str:
    return "\n".join(m.get("text") or "" for m in messages)


# --- 1. a denial of what the message was taken to be about ---------------------------------


@pytest.mark.parametrize(
    ("text", "denied", "told"),
    [
        ("hahaha nee er is geen overval, gewoon een prijsdiscussie aan de kassa", "overval",
         "een prijsdiscussie aan de kassa"),
        ("haha neen gene overval, ne klant die zaagt over de prijs", "overval",
         "ne klant die zaagt over de prijs"),
        ("no, nobody robbed us, just a price discussion at the till", "robbed us",
         "a price discussion at the till"),
        ("no robbery, just a guy arguing about the price", "robbery", "a guy arguing about the price"),
        ("it was not a robbery, it was a customer shouting about the price", "robbery",
         "a customer shouting about the price"),
        ("we zijn niet overvallen, het was een ruzie over de prijs", "overvallen", "een ruzie over de prijs"),
        ("het gaat niet om een overval", "een overval", ""),
        ("nee, gewoon een prijsdiscussie", "", "een prijsdiscussie"),
    ],
)  # fmt: skip
def test_a_denial_is_read_with_what_it_says_instead(text: str, denied: str, told: str) -> None:
    assert denial(text) == (denied, told)


@pytest.mark.parametrize(
    "text",
    ["er is geen koffie meer en de klant is boos", "ik heb geen wachtwoord gekregen", "nee", "no thanks",
     "nee hoor", "geen idee", "de klant zegt: er is geen overval geweest"],
)  # fmt: skip
def test_a_message_that_denies_nothing_said_is_no_denial(text: str) -> None:
    assert denial(text) is None


ROBBED = {"nl": "we zijn net overvallen in de winkel", "en": "we were robbed at the till just now"}


@pytest.mark.parametrize(
    ("lang", "correction"),
    [
        ("nl", "hahaha nee er is geen overval, gewoon een prijsdiscussie aan de kassa"),
        ("nl", "nee er is geen overval maar een klant die zeurt over de prijs aan de kassa"),
        ("nl", "haha neen gene overval, ne klant die zaagt over de prijs"),
        ("en", "no, nobody robbed us, just a price discussion at the till"),
        ("en", "no robbery, just a guy arguing about the price"),
    ],
)
def test_a_denied_robbery_gets_what_the_message_says_it_is(lang: str, correction: str, searcher) -> None:
    first, events = advice_turn(ROBBED[lang], lang, [])
    assert _notes(first) == [("robbery-and-violence", "card")]
    again, _ = advice_turn(correction, lang, events)
    assert _notes(again) == [("price-objection", "card")], _text(again)
    said = _text(again)
    robbery_line = first[0]["text"].split("\n\n")[0]
    assert robbery_line not in said
    assert t("same_topic_again", lang, title="X").split("“")[0] not in said  # never "het onderwerp van net"


@pytest.mark.parametrize(
    ("lang", "denied"), [("nl", "het gaat niet om een overval"), ("en", "it's not about a robbery")]
)
def test_a_denial_alone_asks_what_it_is_about(lang: str, denied: str) -> None:
    _, events = advice_turn(ROBBED[lang], lang, [])
    again, _ = advice_turn(denied, lang, events)
    assert [m.get("text") for m in again] == [t("denial_what_then", lang)]


def test_a_no_that_denies_another_thing_than_the_topic_goes_on_with_it() -> None:
    _, events = advice_turn("een klant staat tegen me te schreeuwen aan de balie, wat doe ik", "nl", [])
    again, _ = advice_turn("nee, er is geen oplossing, de klant blijft boos", "nl", events)
    assert [n[0] for n in _notes(again)] == ["angry-customer"]


# --- 2. a situation told after "Is jouw situatie anders?" ------------------------------------


def test_the_details_told_are_read_without_the_correction() -> None:
    assert (
        situation_details(
            "ja mijn situatie is anders, het is een zorgverzekeraar en mevrouw krijgt haar fysio niet vergoed"
        )
        == "het is een zorgverzekeraar en mevrouw krijgt haar fysio niet vergoed"
    )
    assert situation_details("yes its different, its a hotel and he asks for the key") == (
        "its a hotel and he asks for the key"
    )
    assert situation_details("mijn situatie is anders") == ""


def test_the_question_before_skips_asides_button_presses_and_requests_for_words() -> None:
    events = [
        {"event": "user", "text": "hoe leg ik uit dat het niet vergoed wordt zonder dat ze bozer worden"},
        {"event": "user", "text": "3"},
        {"event": "user", "text": "wat zeg ik letterlijk dan"},
        {"event": "user", "text": "ja mijn situatie is anders, het is een zorgverzekeraar"},
    ]
    assert question_asked_before(tracker(events[-1]["text"], events=events)) == events[0]["text"]
    restarted = [events[0], {"event": "user", "text": "/restart"}, *events[1:]]
    assert question_asked_before(tracker(events[-1]["text"], events=restarted)) is None


@pytest.mark.parametrize("action", [ActionAnswerAdvice, ActionKbFallback])
@pytest.mark.parametrize(
    ("lang", "question", "article", "told"),
    [
        ("nl", "hoe zeg ik vriendelijk nee tegen een klant", "saying-no-kindly",
         "ja mijn situatie is anders, het is een zorgverzekeraar en mevrouw krijgt haar fysio niet vergoed "
         "omdat haar aanvullende verzekering op is"),
        ("en", "a guy at the desk says his wife is staying here and asks for her room number and a key, she "
         "isnt answering her phone. do i give it", "sharing-with-relatives",
         "yes its different, its a hotel and he is standing in front of me at 1am asking for the key"),
    ],
)  # fmt: skip
def test_a_situation_told_after_the_example_is_read_with_the_question(
    action, lang: str, question: str, article: str, told: str
) -> None:
    first, events = advice_turn(question, lang, [])
    assert _notes(first) == [(article, "card")]
    example, events = advice_turn(
        "give me an example" if lang == "en" else "wat zeg ik letterlijk dan", lang, events
    )
    assert _notes(example) == [(article, "example")]
    assert t("followup_more", lang) in _text(example)
    reply, _ = advice_turn(told, lang, events, action)
    said = _text(reply)
    assert t("dont_know", lang) not in said and t("offer_question", lang) not in said
    # the same advice said to hold there too: its steps, not the story rejected nor the card again
    assert said.startswith(
        t("situation_same_steps", lang, title=reply[0]["text"].split("‘")[1].split("’")[0])
    )
    assert "•" in said and example[0]["text"].split("\n\n")[1] not in said


# --- 4. asking whether there is a self-check for oneself ------------------------------------


@pytest.mark.parametrize(
    "text",
    ["hebde gij ook zo een test voor mezelf, een zelfscan ofzo", "heb je een zelftest",
     "hebt ge ne zelftest voor mij",
     "is er een vragenlijst voor mezelf", "hebben jullie een quiz voor mij?", "heb je zo n zelfcheck",
     "do you have a self-check for me", "do u have a quiz for me", "is there a test for myself",
     "got any self assessment?"],
)  # fmt: skip
def test_asking_whether_there_is_a_selfcheck_for_oneself_asks_for_one(text: str) -> None:
    assert asks_to_do_a_selfcheck(text)


@pytest.mark.parametrize(
    "text",
    ["is er een zelfscan kassa bij jullie", "heb je een vragenlijst voor klanten",
     "heb je een test voor de nieuwe kassa",
     "is er een test voor mijn team", "heb je een tip voor mij", "is er een probleem met de zelfscan",
     "do you have a questionnaire for customers", "is there a test for the new till",
     "heb je een klant die de test niet snapt"],
)  # fmt: skip
def test_a_test_for_others_a_till_or_another_thing_is_not(text: str) -> None:
    assert not asks_to_do_a_selfcheck(text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("hebde gij ook zo een test voor mezelf, een zelfscan ofzo", "nl"),
        ("do you have a self-check for me", "en"),
    ],
)
def test_the_flemish_question_lists_the_selfchecks(text: str, lang: str) -> None:
    reply, _ = advice_turn(text, lang, [])
    assert [m.get("text") for m in reply] == [t("sc_choose", lang)]
    assert len(reply[0]["buttons"]) >= 5


# --- 5. the role said in answer to "Geef jij leiding aan een team?" -------------------------


@pytest.mark.parametrize(
    ("lang", "asked_for", "role"),
    [
        ("nl", "start de zelfscan voor leidinggevenden", "ik ben teamleider, dat zei ik toch al"),
        ("nl", "start de zelfscan voor leidinggevenden", "ik ben teamleider"),
        ("en", "start the self-check for managers", "I'm a team lead, like I said"),
    ],
)
@pytest.mark.parametrize("action", [ActionSmallTalk, ActionAnswerAdvice])
def test_the_role_said_after_the_question_lists_the_managers_checks(
    lang: str, asked_for: str, role: str, action
) -> None:
    asked, events = advice_turn(asked_for, lang, [], ActionStartSelfcheck, "start_selfcheck")
    assert asked[0]["text"] == t("sc_managers_only", lang)
    reply, _ = advice_turn(role, lang, events, action, "greet")
    assert [m.get("text") for m in reply] == [t("sc_choose_managers", lang)]
    assert t("nice_to_meet_leader", lang) not in _text(reply)


def test_the_role_said_out_of_the_blue_is_still_a_welcome() -> None:
    reply, _ = advice_turn("ik ben teamleider", "nl", [], ActionSmallTalk, "greet")
    assert reply[0]["text"] == t("nice_to_meet_leader", "nl")
