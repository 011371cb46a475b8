"""Odd replies a tester found (stop 61), by kind: criticism of the coach ("je bent nutteloos" got
"Ik ben een bot ..."), an option letter under a list ("optie b" got the help text) and a request
for a creative task ("schrijf een gedicht over klanten" got an offer of articles)."""

from __future__ import annotations

import pytest

from actions.feedback import ActionFeedback
from actions.small_talk import ActionSmallTalk
from bot.dialogue import payloads
from bot.dialogue.choices import by_place, letter_place, place_outside
from bot.dialogue.small_talk import asks_for_a_creative_task, criticises_the_coach
from bot.i18n import t
from tests.unit.turns import new_sender, turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

CRITICISM = [
    "je bent nutteloos",
    "je bent echt nutteloos zeg",
    "jij bent zo dom",
    "wat ben jij dom",
    "stomme bot",
    "gij zijt nergens goe voor",  # Flemish
    "ge zijt nuttelos",  # Flemish, typo
    "je snapt er niks van",
    "je helpt me niet",
    "ik heb niks aan jou",
    "je bent waardeloos!!",
    "you're useless",
    "you are so stupid",
    "useless bot",
    "ur usless",  # chat spelling, typo
    "you don't understand anything",
    "this bot sucks",
]


@pytest.mark.parametrize("text", CRITICISM)
def test_criticism_of_the_coach_is_read(text: str) -> None:
    assert criticises_the_coach(text)


@pytest.mark.parametrize(
    "text",
    [
        "mijn collega is nutteloos",
        "de klant zei: je bent nutteloos, wat zeg ik dan",
        "je bent een bot?",
        "ben je een bot",
        "je bent top",
        "you are great",
        "is het dom als ik sorry zeg",
        "my manager says I'm useless with customers",
    ],
)
def test_look_alikes_are_no_criticism(text: str) -> None:
    assert not criticises_the_coach(text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("je bent nutteloos", "nl"), ("gij zijt nergens goe voor", "nl"), ("you're useless", "en")],
)
@pytest.mark.parametrize("intent", ["bot_challenge", "greet"])
def test_criticism_read_as_small_talk_is_taken_kindly(text: str, lang: str, intent: str) -> None:
    msgs, _ = turn(text, lang, [], sender=new_sender("employee"), action=ActionSmallTalk, intent=intent)
    assert msgs[0].get("text") == t("coach_criticised", lang), msgs
    assert msgs[0].get("response") != "utter_iamabot" and msgs[0].get("buttons")


def test_criticism_read_as_feedback_without_an_answer_is_taken_kindly() -> None:
    msgs, _ = turn(
        "you are useless", "en", [], sender=new_sender("employee"), action=ActionFeedback, intent="feedback"
    )
    assert msgs[0].get("text") == t("coach_criticised", "en"), msgs


def test_criticism_right_after_an_answer_is_a_thumbs_down() -> None:
    sender = new_sender("employee")
    _, events = turn("een klant is boos omdat zijn bestelling te laat is", "nl", [], sender=sender)
    msgs, _ = turn(
        "je bent nutteloos", "nl", events, sender=sender, action=ActionSmallTalk, intent="bot_challenge"
    )
    # a 👎, said without "Dank je" to the jab (stop 66)
    assert msgs[0].get("text") == t("feedback_sorry_down", "nl"), msgs


def test_are_you_a_bot_is_still_answered_as_before() -> None:
    msgs, _ = turn(
        "ben jij een bot?",
        "nl",
        [],
        sender=new_sender("employee"),
        action=ActionSmallTalk,
        intent="bot_challenge",
    )
    assert msgs[0].get("response") == "utter_iamabot", msgs


@pytest.mark.parametrize(
    "text",
    [
        "schrijf een gedicht over klanten",
        "maak een liedje over service",
        "schrijf eens een kort gedichtje voor mijn collega",
        "vertel een mop",
        "kun je een grapje maken",
        "geef me een recept voor pannenkoeken",
        "write me a poem about customers",
        "tell me a joke",
        "can you write a song about my team",
        "write a python script",
    ],
)
def test_a_creative_task_is_read(text: str) -> None:
    assert asks_for_a_creative_task(text)


@pytest.mark.parametrize(
    "text",
    [
        "schrijf een mail aan een boze klant",
        "geef me een zin om nee te zeggen",
        "hoe schrijf ik een excuusmail",
        "vertel me over de servicepiramide",
        "kun je me helpen met een klant",
        "tell me about customer intimacy",
        "give me a tip",
        "een klant vertelde een grap en ik lachte niet",
    ],
)
def test_look_alikes_are_no_creative_task(text: str) -> None:
    assert not asks_for_a_creative_task(text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("schrijf een gedicht over klanten", "nl"), ("tell me a joke", "en"), ("vertel een mop", "nl")],
)
def test_a_creative_task_read_as_small_talk_gets_a_friendly_redirect(text: str, lang: str) -> None:
    msgs, _ = turn(text, lang, [], sender=new_sender("employee"), action=ActionSmallTalk, intent="greet")
    assert msgs[0].get("text") == t("creative_task_redirect", lang) and msgs[0].get("buttons"), msgs


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("schrijf een gedicht over klanten", "nl"),
        ("maak een liedje over service", "nl"),
        ("write me a poem about customers", "en"),
        ("can you write a song about my team", "en"),
    ],
)
def test_a_creative_task_read_as_a_question_gets_the_redirect_too(text: str, lang: str) -> None:
    """NLU may read the poem as a question (ask_advice): no offer of articles then either."""
    msgs, _ = turn(text, lang, [], sender=new_sender("employee"))
    assert msgs[0].get("text") == t("creative_task_redirect", lang) and msgs[0].get("buttons"), msgs
    assert not any((m.get("custom") or {}).get("type") in ("offer", "source") for m in msgs), msgs


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("optie b", 2),
        ("option c", 3),
        ("b", 2),
        ("B)", 2),
        ("(a)", 1),
        ("keuze a", 1),
        ("antwoord b", 2),
        ("optie b graag", 2),
        ("letter c", 3),
    ],
)
def test_an_option_letter_names_a_place(text: str, place: int) -> None:
    assert letter_place(text) == place


@pytest.mark.parametrize("text", ["b2b", "a klant", "optie z", "ab", "de b", "plan b", "wat is optie b?"])
def test_look_alikes_name_no_letter(text: str) -> None:
    assert letter_place(text) is None


MENU = [
    ("Omgaan met een boze klant", payloads.advice("angry-customer")),
    ("Vriendelijk nee zeggen tegen een klant", payloads.advice("saying-no-kindly")),
    ("Als je het probleem zelf niet kunt oplossen", payloads.advice("problem-you-cannot-solve")),
]


@pytest.mark.parametrize(
    ("text", "index"),
    [("optie b", 1), ("b", 1), ("option c", 2), ("de tweede optie", 1), ("the first option", 0)],
)
def test_an_option_letter_picks_from_the_list_on_screen(text: str, index: int) -> None:
    assert by_place(text, [("Gaat het hierover?", MENU)]) == MENU[index][1]


def test_a_letter_past_the_list_says_its_range() -> None:
    assert place_outside("optie e", [("Gaat het hierover?", MENU)]) == 3


def test_with_no_list_a_letter_picks_nothing() -> None:
    assert by_place("optie b", []) is None


def test_optie_b_under_an_offer_opens_its_second_article() -> None:
    sender = new_sender("employee")
    msgs, events = turn("hoe ga ik om met een klant die korting eist", "nl", [], sender=sender)
    offered = next(m["custom"]["ids"] for m in msgs if (m.get("custom") or {}).get("type") == "offer")
    msgs, _ = turn("optie b", "nl", events, sender=sender, intent="help")
    source = next(m["custom"] for m in msgs if (m.get("custom") or {}).get("type") == "source")
    assert source["id"] == offered[1], msgs
