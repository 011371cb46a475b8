"""Stop 57, three seams of the conversation the tester found in the terminal chat:

1. a bare request for a language right after an answer ("in Dutch please", "nederlands aub",
   "engels graag") switched the language but left the answer in the old one: now it comes again
   in the new language (actions/language.py `asks_only_for_language`), whatever NLU read;
2. the same message sent a third time got the second reply again: now the coach says it was
   sent again, asks what is missing and offers other articles (actions/advice.py
   `_say_sent_again`);
3. a role said in the chat ("ik ben teamleider", "I'm a manager", "ik werk als
   baliemedewerker") was not kept: now it is stored in the profile, with a short line that says
   so (actions/base.py `role_said_stored`, bot/dialogue/role_statement.py), and later questions
   are searched with it; someone else's role or a supposition is not."""

from __future__ import annotations

import pytest

from actions.advice import ActionAnswerAdvice, ActionKbFallback
from actions.followup import times_sent
from actions.language import ActionSetLanguage, asks_only_for_language, asks_to_say_again_in
from actions.small_talk import ActionSmallTalk
from bot.dialogue import payloads
from bot.dialogue.role_statement import role_said
from bot.i18n import t
from bot.settings import get_settings
from bot.storage.profiles import ProfileStore
from tests.unit.action_helpers import run, tracker
from tests.unit.turns import advice_turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py: own app database

ANGRY = {
    "nl": "Een klant staat tegen me te schreeuwen aan de balie, wat doe ik?",
    "en": "how do I deal with an angry customer at the desk",
}


def _notes(messages: list[dict], kind: str = "source") -> list[dict]:
    return [m["custom"] for m in messages if (m.get("custom") or {}).get("type") == kind]


def _texts(messages: list[dict]) -> list[str]:
    return [str(m.get("text") or "") for m in messages if m.get("text")]


def _profiles() -> ProfileStore:
    return ProfileStore(get_settings().app_db_url)


# --- 1. a bare request for a language, right after an answer ---


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("in Dutch please", "nl"),
        ("in het Nederlands graag", "nl"),
        ("nederlands aub", "nl"),
        ("Nederlands a.u.b.", "nl"),
        ("in t nederlands aub", "nl"),
        ("dutch", "nl"),
        ("ok dutch then", "nl"),
        ("liever in het Nederlands", "nl"),
        ("ik versta geen Engels", "nl"),
        ("NL aub", "nl"),
        ("in English please", "en"),
        ("engels graag", "en"),
        ("english pls", "en"),
        ("Engels!", "en"),
        ("en graag", "en"),
        ("sorry i dont speak dutch", "en"),
        ("english only plz", "en"),
    ],
)
def test_a_bare_request_for_a_language_is_read(text: str, lang: str) -> None:
    assert asks_only_for_language(text) == lang


@pytest.mark.parametrize(
    "text",
    [
        "english please, what are the four levels of the service pyramid",
        "in het Nederlands graag: hoe ga ik om met een boze klant",
        "klant spreekt geen Nederlands, hoe help ik hem",
        "mijn collega spreekt alleen Engels",
        "how do I help a customer who only speaks english",
        "hoe zeg je 'bonnetje' in het Engels",
        "hoe zeg ik dat in het Engels",
        "plain english please",
        "ik wil mijn Engels verbeteren",
        "en?",
        "en dan?",
        # a setting for what comes next only switches (stop 55)
        "kun je in het Engels antwoorden",
        "can you answer in Dutch from now on",
        "switch to english please",
        "english from now on",
        "voortaan in het Nederlands graag",
        payloads.greet(),
    ],
)
def test_anything_more_is_no_bare_request(text: str) -> None:
    assert asks_only_for_language(text) is None


_SWITCHES = [
    ("en", "in Dutch please", "nl"),
    ("en", "in het Nederlands graag", "nl"),
    ("en", "kun je dat in het nederlands zeggen", "nl"),
    ("en", "nederlands aub", "nl"),
    ("en", "dutch", "nl"),
    ("nl", "in English please", "en"),
    ("nl", "can you say that in english", "en"),
    ("nl", "engels graag", "en"),
    ("nl", "english pls", "en"),
]


@pytest.mark.parametrize(("before", "text", "after"), _SWITCHES)
@pytest.mark.parametrize(
    ("action", "intent"),
    [
        (ActionSetLanguage, "set_language"),
        (ActionAnswerAdvice, "ask_advice"),
        (ActionKbFallback, "nlu_fallback"),
    ],
)
def test_the_answer_comes_again_in_the_language_asked(before, text, after, action, intent) -> None:
    first, events = advice_turn(ANGRY[before], before, [])
    (shown,) = _notes(first)
    messages, _ = advice_turn(text, before, events, action, intent)
    once = asks_to_say_again_in(text) is not None  # "can you say that in english": once, no pin (stop 68)
    assert (_texts(messages)[0] == t("language_pinned", after)) != once
    (again,) = _notes(messages)
    assert again["id"] == shown["id"] and again["lang"] == after
    if not once:
        assert _profiles().language("test-user") == after


@pytest.mark.parametrize(
    ("text", "lang"), [("in Dutch please", "nl"), ("engels graag", "en"), ("english", "en")]
)
def test_with_no_answer_before_it_only_switches(text: str, lang: str) -> None:
    for action, intent in ((ActionSetLanguage, "set_language"), (ActionAnswerAdvice, "ask_advice")):
        messages, _ = advice_turn(text, "nl" if lang == "en" else "en", [], action, intent)
        assert _texts(messages) == [t("language_pinned", lang)] and not _notes(messages)


def test_the_language_the_answer_is_in_already_is_only_pinned() -> None:
    _, events = advice_turn(ANGRY["en"], "en", [])
    messages, _ = advice_turn("english please", "en", events, ActionSetLanguage, "set_language")
    assert _texts(messages) == [t("language_pinned", "en")] and not _notes(messages)


def test_a_question_beside_the_request_is_answered_not_the_last_answer_again() -> None:
    _, events = advice_turn(ANGRY["en"], "en", [])
    text = "in het Nederlands graag. wat is de servicepiramide"
    messages, _ = advice_turn(text, "en", events, ActionSetLanguage, "set_language")
    (note,) = _notes(messages)
    assert note["lang"] == "nl" and note["id"] != "angry-customer"


# --- 2. the same message sent a third time ---


def _events_of(*texts: str) -> list[dict]:
    return [{"event": "user", "text": text} for text in texts]


@pytest.mark.parametrize(
    ("texts", "count"),
    [
        (["a", "b"], 1),
        (["x", *[ANGRY["nl"]] * 2, ANGRY["nl"].upper()], 3),
        (["hoe ga ik om met een boze klant", "Hoe ga ik om met een boze klant?"], 2),
        (["same", "other", "same"], 1),
    ],
)
def test_times_sent_counts_the_same_message_in_a_row(texts: list[str], count: int) -> None:
    assert times_sent(tracker(texts[-1], events=_events_of(*texts))) == count


def test_a_pressed_button_is_never_counted() -> None:
    pressed = payloads.advice("angry-customer")
    assert times_sent(tracker(pressed, events=_events_of(pressed, pressed, pressed))) == 0


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_third_send_asks_what_is_missing_with_other_articles(lang: str) -> None:
    first, events = advice_turn(ANGRY[lang], lang, [])
    (shown,) = _notes(first)
    second, events = advice_turn(ANGRY[lang], lang, events)
    assert _notes(second)[0]["id"] == shown["id"]  # a re-send: what was shown, again
    third, events = advice_turn(ANGRY[lang].upper(), lang, events)
    assert not _notes(third)
    said = next(m for m in third if m.get("text") == t("sent_again_other_topics", lang))
    assert said["buttons"] and payloads.advice(shown["id"]) not in {b["payload"] for b in said["buttons"]}
    fourth, _ = advice_turn(ANGRY[lang], lang, events, ActionKbFallback, "nlu_fallback")
    assert t("sent_again_other_topics", lang) in _texts(fourth)


def test_after_another_message_the_count_starts_again() -> None:
    _, events = advice_turn(ANGRY["nl"], "nl", [])
    _, events = advice_turn(ANGRY["nl"], "nl", events)
    _, events = advice_turn("hoe ga ik om met klachten", "nl", events)
    messages, _ = advice_turn(ANGRY["nl"], "nl", events)
    assert _notes(messages) and t("sent_again_other_topics", "nl") not in _texts(messages)


def test_a_question_without_an_answer_sent_a_third_time_asks_to_put_it_otherwise() -> None:
    text = "hoe werkt het ventilatiesysteem"
    events: list[dict] = []
    for _ in range(2):
        messages, events = advice_turn(text, "nl", events)
        assert t("sent_again_no_answer", "nl") not in _texts(messages)
    third, _ = advice_turn(text, "nl", events)
    said = next(m for m in third if m.get("text") == t("sent_again_no_answer", "nl"))
    assert said["buttons"]


def test_a_work_matter_sent_a_third_time_still_says_where_to_go() -> None:
    text = "mijn loonstrook klopt niet"
    events: list[dict] = []
    replies = []
    for _ in range(3):
        messages, events = advice_turn(text, "nl", events)
        replies.append(_texts(messages))
    assert replies[2] == replies[0]


# --- 3. a role said in the chat ---


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("ik ben teamleider", "manager"),
        ("ik ben leidinggevende van een team van 8", "manager"),
        ("k ben teamleider", "manager"),
        ("hoi ik ben Sanne, teamleider bij de Jumbo", "manager"),
        ("ik ben nu afdelingshoofd", "manager"),
        ("ik geef leiding aan 12 mensen", "manager"),
        ("ik ben teamleider, hoe geef ik feedback aan een medewerker die te laat komt", "manager"),
        ("I'm a manager", "manager"),
        ("im the store manager", "manager"),
        ("I manage a team of eight", "manager"),
        ("ik werk als baliemedewerker", "employee"),
        ("ik ben kassière", "employee"),
        ("ik ben gewoon medewerker", "employee"),
        ("ik werk als kassamedewerker bij de Albert Heijn", "employee"),
        ("I work as a receptionist", "employee"),
        ("i'm a cashier at a supermarket", "employee"),
    ],
)
def test_a_role_of_ones_own_is_read(text: str, role: str) -> None:
    assert role_said(text) == role


@pytest.mark.parametrize(
    "text",
    [
        "mijn manager is teamleider",
        "mijn collega is kassamedewerker",
        "de klant zei: ik ben de manager",
        "stel dat ik teamleider ben",
        "als ik manager was",
        "what if I were a manager",
        "ik wil teamleider worden",
        "ik was vroeger teamleider",
        "ik ben teamleider geweest",
        "I used to be a manager",
        "ik ben geen manager",
        "I'm not a manager",
        "als een medewerker te laat komt wat doe ik",
        "als een teamleider moet je streng zijn",
        "hoe word ik een goede teamleider",
        "wat doet een teamleider",
        "ik ben de assistent van de manager",
        "de klant wil de manager spreken",
        "ik ben boos",
        payloads.greet(),
    ],
)
def test_someone_elses_role_or_a_supposition_is_no_role(text: str) -> None:
    assert role_said(text) is None


@pytest.mark.parametrize(
    ("statement", "question", "lang", "said"),
    [
        # an introduction: the leaders' welcome says the role was heard
        ("ik ben teamleider", "hoe geef ik feedback", "nl", "nice_to_meet_leader"),
        ("ik ben leidinggevende van een team van 8", "hoe geef ik feedback", "nl", "nice_to_meet_leader"),
        ("I'm a manager", "how do I give feedback", "en", "nice_to_meet_leader"),
        # beside a question: the line, then the answer, already with the role
        ("ik geef leiding aan een team. hoe geef ik feedback", "hoe geef ik feedback", "nl", "role_set"),
        ("as a store manager, how do I give feedback", "how do I give feedback", "en", "role_set"),
    ],
)
def test_a_role_said_is_kept_and_later_questions_use_it(
    statement: str, question: str, lang: str, said: str
) -> None:
    before, _ = advice_turn(question, lang, [])
    assert "coaching-feedback-conversation" not in [n["id"] for n in _notes(before)]  # the default role
    messages, events = advice_turn(statement, lang, [])
    line = t(said, lang, role=t("role_name_manager", lang)) if said == "role_set" else t(said, lang)
    assert _texts(messages)[0] == line
    assert _profiles().profile("test-user").role == "manager"
    answer, _ = advice_turn(question, lang, events)
    assert [n["id"] for n in _notes(answer)] == ["coaching-feedback-conversation"]
    assert not any(text.startswith(("Genoteerd", "Noted")) for text in _texts(answer))  # said once


def test_an_employee_role_said_is_kept_too() -> None:
    _profiles().set_profile("test-user", "manager", None)
    messages, _ = advice_turn("ik werk als baliemedewerker", "nl", [])
    assert _texts(messages)[0] == t("role_set", "nl", role=t("role_name_employee", "nl"))
    assert _profiles().profile("test-user").role == "employee"


def test_a_role_said_with_a_greeting_is_kept() -> None:
    messages, _ = run(ActionSmallTalk(), tracker("hoi, ik ben teamleider", "greet"))
    assert _texts(messages)[0] == t("nice_to_meet_leader", "nl")
    assert _profiles().profile("test-user").role == "manager"


def test_the_default_role_said_again_changes_nothing() -> None:
    messages, _ = advice_turn("goedemiddag, ik ben kassière", "nl", [])
    assert _texts(messages)[0] == t("nice_to_meet", "nl")
    assert _profiles().profile("test-user") is None  # the default role: nothing to keep


@pytest.mark.parametrize("text", ["mijn manager is teamleider", "stel dat ik teamleider ben, wat dan"])
def test_no_role_is_kept_for_someone_else_or_a_supposition(text: str) -> None:
    messages, _ = advice_turn(text, "nl", [])
    assert _profiles().profile("test-user") is None or _profiles().profile("test-user").role == "employee"
    assert not any(line.startswith("Genoteerd") for line in _texts(messages))


def test_a_role_an_administrator_gave_is_not_changed_from_the_chat() -> None:
    _profiles().set_profile("test-user", "employee", "balie")  # as an invite code gives it
    messages, _ = advice_turn("ik ben teamleider", "nl", [])
    # stop 62: the welcome, then that the role counts for this conversation only (one story,
    # tests/unit/test_role_and_talk_s62.py); the profile stays as the administrator set it
    employee = t("role_name_employee", "nl")
    assert _texts(messages)[:2] == [
        t("nice_to_meet_leader", "nl"), t("role_for_conversation_welcomed", "nl", role=employee)
    ]
    assert _profiles().profile("test-user").role == "employee"
    _profiles().set_profile("test-user", "admin", None)
    messages, _ = advice_turn("I'm a manager", "en", [])
    assert _profiles().profile("test-user").role == "admin"
    assert not any("role" in line for line in _texts(messages))
