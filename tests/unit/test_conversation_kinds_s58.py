"""Stop 58, six seams of the conversation, fixed by kind. Real functions and real actions on the
real index, the real self-check files and an app database of their own.

1. A question back at a self-check statement ("klopt dat?", "is dat zo?", "is that right?") was
   scored 4: now it is told only the one answering can say, and gets the statement again
   (bot/selfchecks/not_understood.py `asks_whether_it_holds`); "dat klopt", "klopt wel" still score.
2. A number past the end of the list on screen ("9", "0", "12" after the seven principles) got "a
   number on its own picks nothing": now the list's range, and its buttons again
   (bot/dialogue/choices.py `place_outside`, actions/selfcheck.py `answered_as_number_outside_list`).
3. "in Dutch please" at an open statement, with an answer in Dutch two messages before, only
   switched: now the statement comes again in the language asked for, also after "switch to
   english" or /taal en (actions/language.py `statement_language`).
4. Language names typed with one slip ("nederlans", "engls please", "in het engelsch") were no
   request for a language: now they are, and "engel", "nederlaag", "England" stay themselves
   (bot/dialogue/say_it_in.py `spelled_language_names`).
5. "vertel meer" after an employee's tip gave another tip: now the whole article it came from
   (actions/coaching.py: its note's view "tip"; actions/followup.py `tip_step_shown`).
6. A question sent a third time after an article had been shown is logged as a content gap
   ("not_helpful"), once per run of sends and per message id (actions/advice.py `_say_sent_again`)."""

from __future__ import annotations

import pytest

from actions.advice import ActionAnswerAdvice, ActionKbFallback
from actions.coaching import ActionCoachingTip
from actions.language import ActionSetLanguage, asks_only_for_language, requested_language
from actions.selfcheck import ActionSelfcheckAnswer
from actions.yes_no import ActionAffirm
from bot.channels.terminal.render import choice_hint, render, resolve_choice
from bot.dialogue import payloads
from bot.dialogue.choices import place_outside
from bot.dialogue.say_it_in import asks_to_say_it_in, spelled_language_names
from bot.dialogue.translation_request import asks_to_translate
from bot.i18n import t
from bot.selfchecks.answers import parse_answer, plain_yes_no
from bot.selfchecks.not_understood import asks_whether_it_holds
from bot.settings import get_settings
from bot.storage.insights import InsightsStore
from bot.storage.profiles import ProfileStore
from tests.unit.test_telegram_picking_s57 import ANSWER, CONTINUE, FEEDBACK, OFFER, PRINCIPLES, overview
from tests.unit.turns import at_question_2, new_sender, open_position, statement_text, turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py: own app database

ANGRY = {
    "nl": "Een klant staat tegen me te schreeuwen aan de balie, wat doe ik?",
    "en": "how do I deal with an angry customer at the desk",
}


def _texts(messages: list[dict]) -> list[str]:
    return [str(m.get("text") or "") for m in messages if m.get("text")]


def _notes(messages: list[dict]) -> list[dict]:
    return [m["custom"] for m in messages if (m.get("custom") or {}).get("type") == "source"]


def _scale(messages: list[dict]) -> list[str]:
    return [
        b["title"] for m in messages for b in m.get("buttons") or [] if b["payload"].startswith("/selfcheck")
    ]


# == 1. a question back at a statement ==========================================================

ASKED_BACK = {
    "nl": ["klopt dat?", "klopt dat", "Klopt dat??", "klopt het?", "klopt dat wel?", "klopt da?",
           "klopt da wel", "klopt t?", "klopt toch?", "klopt?", "dat klopt toch?", "is dat zo?", "is da zo?",
           "is dat echt zo?", "is dat waar?", "is 't zo?", "is dat zo bij mij?", "echt?", "o ja?", "serieus?",
           "hmm klopt dat?", "klopt dat ?", "KLOPT DAT?"],
    "en": ["is that right?", "is that right", "is that true?", "is it true?", "is this right?",
           "isn't that right?", "isnt that true?", "really?", "right?", "is that so?", "IS THAT RIGHT??",
           "is that correct"],
}  # fmt: skip
# answers that look like it, and keep their score
STILL_ANSWERS = [
    ("dat klopt", 4), ("klopt wel", 4), ("klopt", 4), ("klopt niet", 2), ("ja klopt", 4),
    ("klopt helemaal", 5), ("da klopt wel ongeveer", 4), ("that's right", 4), ("true", 4),
    ("that's not true", 2), ("thats about right", 4),
]  # fmt: skip
NO_QUESTION_BACK = [
    "klopt het dat ik dit moet doen", "klopt dat met de regels?", "is dat zo erg?",
    "is that right for a customer who shouts?", "dat klopt", "klopt wel", "that's right", "right", "really",
]  # fmt: skip


@pytest.mark.parametrize("text", [text for texts in ASKED_BACK.values() for text in texts])
def test_a_question_back_is_no_answer_and_no_yes(text: str) -> None:
    assert asks_whether_it_holds(text)
    assert parse_answer(text) is None and plain_yes_no(text) is None


@pytest.mark.parametrize(("text", "value"), STILL_ANSWERS)
def test_agreement_that_looks_like_it_keeps_its_score(text: str, value: int) -> None:
    assert not asks_whether_it_holds(text) and parse_answer(text) == value


@pytest.mark.parametrize("text", NO_QUESTION_BACK)
def test_other_messages_are_no_question_back(text: str) -> None:
    assert not asks_whether_it_holds(text)


@pytest.mark.parametrize(
    ("text", "lang", "action", "intent"),
    [
        ("klopt dat?", "nl", ActionSelfcheckAnswer, "selfcheck_answer"),
        ("klopt dat?", "nl", ActionAffirm, "affirm"),
        ("is dat zo?", "nl", ActionAnswerAdvice, "ask_advice"),
        ("klopt da?", "nl", ActionKbFallback, "nlu_fallback"),
        ("is that right?", "en", ActionSelfcheckAnswer, "selfcheck_answer"),
        ("really?", "en", ActionAffirm, "affirm"),
        ("is it true?", "en", ActionAnswerAdvice, "ask_advice"),
    ],
)
def test_a_question_back_at_a_statement_gets_it_explained_and_is_not_scored(
    text, lang, action, intent
) -> None:
    sender = new_sender()
    events = at_question_2(lang, sender)
    messages, _ = turn(text, lang, events, sender, action, intent)
    assert _texts(messages)[0] == t("sc_asked_back", lang, min="1", max="5")
    assert statement_text(lang) in _texts(messages)[1] and len(_scale(messages)) == 5
    assert open_position(sender) == 1  # question 2 is still open: nothing was scored


@pytest.mark.parametrize(("text", "lang"), [("dat klopt", "nl"), ("klopt wel", "nl"), ("that's right", "en")])
def test_agreement_at_a_statement_is_still_recorded(text: str, lang: str) -> None:
    sender = new_sender()
    events = at_question_2(lang, sender)
    turn(text, lang, events, sender, ActionAffirm, "affirm")
    assert open_position(sender) == 2


# == 2. a number past the end of the list on screen =============================================

PAST_THE_END = [
    "9",
    "0",
    "12",
    "99",
    "123",
    "nr 12",
    "nummer 8",
    "#9",
    "9!",
    "(8)",
    "de negende",
    "the tenth",
]
ON_THE_LIST = ["1", "7", "3", "de derde", "nummer 2", "the first one", "de laatste"]
NO_PICK = ["wat is principe 9", "9 klanten wachten", "-1", "principe 3", "3 euro", "hoi"]


@pytest.mark.parametrize("text", PAST_THE_END)
def test_a_place_past_the_end_of_an_overview_is_told_its_range(text: str) -> None:
    assert place_outside(text, [overview(PRINCIPLES), FEEDBACK]) == 7


@pytest.mark.parametrize("text", ON_THE_LIST + NO_PICK)
def test_a_place_on_the_list_or_no_pick_is_not(text: str) -> None:
    assert place_outside(text, [overview(PRINCIPLES), FEEDBACK]) is None


def test_any_list_has_its_own_range_and_a_statement_none() -> None:
    assert place_outside("5", [OFFER]) == 3
    assert place_outside("4", [ANSWER, FEEDBACK]) == 2  # an answer's topics, not 👍/👎
    assert place_outside("9", [CONTINUE]) is None  # a statement's answer buttons: 9 is off the scale
    assert place_outside("9", [FEEDBACK]) is None  # 👍/👎 alone: no list
    assert place_outside("9", []) is None


OVERVIEW = {"nl": "wat zijn de zeven principes", "en": "what are the seven principles of service excellence"}


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(
    ("text", "action", "intent"),
    [
        ("9", ActionSelfcheckAnswer, "selfcheck_answer"),
        ("0", ActionAnswerAdvice, "ask_advice"),
        ("12", ActionKbFallback, "nlu_fallback"),
        ("nr 12", ActionKbFallback, "nlu_fallback"),
        ("8", ActionAffirm, "affirm"),
    ],
)
def test_after_an_overview_a_number_past_its_end_asks_for_one_of_its_numbers(
    lang, text, action, intent
) -> None:
    sender = new_sender()
    first, events = turn(OVERVIEW[lang], lang, [], sender)
    assert _notes(first)[0]["id"] == "overview-principles"
    listed = [b["payload"] for b in first[0]["buttons"]]
    messages, events = turn(text, lang, events, sender, action, intent)
    assert _texts(messages) == [t("choice_number_outside", lang, first="1", last="7")]
    assert [b["payload"] for b in messages[0]["buttons"]] == listed  # the list again, to pick from
    again, _ = turn("10", lang, events, sender, ActionSelfcheckAnswer, "selfcheck_answer")
    assert _texts(again) == [t("choice_number_outside", lang, first="1", last="7")]


def test_an_offer_of_three_has_the_range_one_to_three() -> None:
    sender = new_sender()
    events = [
        {"event": "user", "text": "iets over beloftes"},
        {
            "event": "bot",
            "text": OFFER[0],
            "data": {"buttons": [{"title": a, "payload": p} for a, p in OFFER[1]]},
        },
    ]
    messages, _ = turn("5", "nl", events, sender, ActionSelfcheckAnswer, "selfcheck_answer")
    assert _texts(messages) == [t("choice_number_outside", "nl", first="1", last="3")]


def test_a_number_with_no_list_or_at_a_statement_is_as_before() -> None:
    sender = new_sender()
    messages, _ = turn("9", "nl", [], sender, ActionSelfcheckAnswer, "selfcheck_answer")
    assert _texts(messages) == [t("choice_number_unbound", "nl")]
    events = at_question_2("nl", sender)
    messages, _ = turn("9", "nl", events, sender, ActionSelfcheckAnswer, "selfcheck_answer")
    assert _texts(messages)[0] == t("sc_off_scale", "nl", value="9", min="1", max="5")


def test_the_terminal_says_the_range_of_its_own_keys() -> None:
    shown = render([{"text": overview(PRINCIPLES)[0], "buttons": [{"title": a, "payload": p} for a, p in
                                                                   overview(PRINCIPLES)[1]]}])  # fmt: skip
    for typed in ("0", "12", "nr 9"):
        assert resolve_choice(typed, shown.choices) == typed
        assert choice_hint(typed, shown.choices, "en") == t(
            "choice_hint", "en", choices=t("choice_range", "en", first="1", last="7")
        )


# == 3. a language asked for at an open statement ===============================================

SWITCHES = [
    ("en", "in Dutch please", "nl", ActionSetLanguage, "set_language"),
    ("en", "nederlands aub", "nl", ActionAnswerAdvice, "ask_advice"),
    ("en", "dutch", "nl", ActionKbFallback, "nlu_fallback"),
    ("en", "nederlans", "nl", ActionKbFallback, "nlu_fallback"),
    ("nl", "in het Engels aub", "en", ActionSetLanguage, "set_language"),
    ("nl", "engels graag", "en", ActionSelfcheckAnswer, "selfcheck_answer"),
    ("nl", "engls please", "en", ActionKbFallback, "nlu_fallback"),
    ("nl", "switch to english please", "en", ActionSetLanguage, "set_language"),
    ("nl", "kun je in het Engels antwoorden", "en", ActionSetLanguage, "set_language"),
    ("nl", payloads.set_language("en"), "en", ActionSetLanguage, "set_language"),
]


@pytest.mark.parametrize(("before", "text", "after", "action", "intent"), SWITCHES)
def test_a_switch_at_an_open_statement_asks_it_again_in_that_language(
    before, text, after, action, intent
) -> None:
    sender = new_sender()
    events = at_question_2(before, sender)
    # Rasa reads a payload's entities with the place of their JSON in it
    found = {"entity": "language", "value": after, "start": text.find("{"), "end": len(text)}
    entities = [found] if payloads.is_payload(text) else None
    messages, _ = turn(text, before, events, sender, action, intent, entities=entities)
    assert _texts(messages)[0] == t("language_pinned", after)
    assert statement_text(after) in _texts(messages)[1] and len(_scale(messages)) == 5
    assert _scale(messages)[3].endswith("Eens" if after == "nl" else "Agree")
    assert open_position(sender) == 1  # nothing scored


@pytest.mark.parametrize(
    ("first", "before", "text", "after"),
    [("nl", "en", "in Dutch please", "nl"), ("en", "nl", "english please", "en")],
)
def test_the_statement_on_screen_decides_not_an_answer_before_it(first, before, text, after) -> None:
    """An answer in Dutch, then the check in English: "in Dutch please" was read as asking for
    the language the last article was in, and the statement did not come again."""
    sender = new_sender()
    _, events = turn(ANGRY[first], first, [], sender)
    events = at_question_2(before, sender, events)
    for action, intent in ((ActionSetLanguage, "set_language"), (ActionAnswerAdvice, "ask_advice")):
        messages, _ = turn(text, before, events, sender, action, intent)
        assert statement_text(after) in "\n".join(_texts(messages)), (action, _texts(messages))


@pytest.mark.parametrize(("lang", "text"), [("nl", "nederlands aub"), ("en", "english please")])
def test_the_language_the_statement_is_in_already_is_only_pinned(lang: str, text: str) -> None:
    sender = new_sender()
    events = at_question_2(lang, sender)
    messages, _ = turn(text, lang, events, sender, ActionSetLanguage, "set_language")
    assert _texts(messages) == [t("language_pinned", lang)]


# == 4. the name of a language typed with one slip ==============================================

SLIPPED = [
    ("nederlans", "nl"), ("nederlans aub", "nl"), ("nederland aub", "nl"), ("Nederland a.u.b.", "nl"),
    ("in het nederland graag", "nl"), ("in t nederlans", "nl"), ("nederlnads pls", "nl"),
    ("dutsh please", "nl"), ("duch", "nl"), ("in het vlaamsch", "nl"), ("engls please", "en"),
    ("in het engelsch", "en"), ("englis", "en"), ("englsh pls", "en"), ("engels aub", "en"),
    ("in het engles aub", "en"), ("engelish please", "en"), ("ok englsih then", "en"),
    ("ik versta geen engls", "nl"),
]  # fmt: skip
# ordinary words one slip from a name, and places: never a request for a language
NOT_A_LANGUAGE = [
    "ik ben geen engel", "engel", "een nederlaag", "nederlaag", "England", "in England please",
    "customer from England is angry, what do I do", "klanten uit Nederland willen korting",
    "wat is de beste service in nederland?", "mijn enkels doen pijn", "iets enges", "ditch the script please",
    "in holland", "the dutch way of service is different",
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang"), SLIPPED)
def test_a_language_name_with_one_slip_asks_for_that_language(text: str, lang: str) -> None:
    assert asks_only_for_language(text) == lang


@pytest.mark.parametrize(
    "text", ["nederlans aub", "engls please", "in het engelsch aub", "ik versta geen engls"]
)
def test_a_slipped_name_in_a_clear_request_pins_it_beside_a_question_too(text: str) -> None:
    assert requested_language(text) is not None
    assert requested_language(f"{text}, hoe ga ik om met een boze klant") == requested_language(text)


@pytest.mark.parametrize("text", NOT_A_LANGUAGE)
def test_ordinary_words_and_places_are_not_read_as_a_language(text: str) -> None:
    assert asks_only_for_language(text) is None and requested_language(text) is None
    if "nederland" not in text.lower():
        assert spelled_language_names(text) == text  # only the language words are ever changed


def test_a_slip_is_read_in_the_other_requests_about_language_too() -> None:
    assert asks_to_say_it_in("hoe zeg ik dat in het engls") == "en"
    assert asks_to_say_it_in("how do I say that in dutsh") == "nl"
    assert asks_to_translate("hoe zeg je 'bonnetje' in het engls")
    assert asks_only_for_language("hoe zeg je 'bonnetje' in het engls") is None


@pytest.mark.parametrize(
    ("before", "text", "after", "action", "intent"),
    [("en", "nederlans aub", "nl", ActionKbFallback, "nlu_fallback"),
     ("en", "in het nederland graag", "nl", ActionAnswerAdvice, "ask_advice"),
     ("nl", "engls please", "en", ActionSetLanguage, "set_language"),
     ("nl", "englis", "en", ActionKbFallback, "nlu_fallback")],
)  # fmt: skip
def test_a_slipped_name_after_an_answer_gives_it_again_in_that_language(
    before, text, after, action, intent
) -> None:
    sender = new_sender()
    first, events = turn(ANGRY[before], before, [], sender)
    (shown,) = _notes(first)
    messages, _ = turn(text, before, events, sender, action, intent)
    assert _texts(messages)[0] == t("language_pinned", after)
    (again,) = _notes(messages)
    assert again["id"] == shown["id"] and again["lang"] == after
    assert ProfileStore(get_settings().app_db_url).language(sender) == after


def test_an_ordinary_word_after_an_answer_switches_nothing() -> None:
    sender = new_sender()
    _, events = turn(ANGRY["en"], "en", [], sender)
    messages, _ = turn("ik ben geen engel", "en", events, sender, ActionKbFallback, "nlu_fallback")
    pinned = {t("language_pinned", "nl"), t("language_pinned", "en")}
    assert not pinned & set(_texts(messages))
    assert ProfileStore(get_settings().app_db_url).language(sender) is None


# == 5. more after an employee's tip ============================================================

TELL_MORE = {
    "nl": ["vertel meer", "vertel eens meer daarover", "meer hierover", "kun je daar meer over vertellen?",
           "ok, vertel meer", "meer uitleg graag"],
    "en": ["tell me more", "tell me more about that", "can you elaborate?", "more info please"],
}  # fmt: skip


def _employee_tip(lang: str, sender: str) -> tuple[dict, list[dict]]:
    messages, events = turn(
        "geef me een tip" if lang == "nl" else "give me a tip", lang, [], sender, ActionCoachingTip,
        "ask_coaching_tip",
    )  # fmt: skip
    assert _texts(messages)[0].startswith(t("employee_tip", lang))
    (note,) = _notes(messages)
    assert note["view"] == "tip"  # the tip records its article, as one step of it
    return note, events


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, text) for lang, texts in TELL_MORE.items() for text in texts]
)
@pytest.mark.parametrize(
    ("action", "intent"),
    [
        (ActionCoachingTip, "ask_coaching_tip"),
        (ActionAnswerAdvice, "ask_advice"),
        (ActionKbFallback, "nlu_fallback"),
    ],
)
def test_more_after_an_employee_tip_shows_the_article_it_came_from(lang, text, action, intent) -> None:
    sender = new_sender("employee")
    tip, events = _employee_tip(lang, sender)
    messages, _ = turn(text, lang, events, sender, action, intent)
    notes = _notes(messages)
    assert [(n["id"], n.get("view")) for n in notes] == [(tip["id"], "card")], _texts(messages)
    assert not any(x.startswith(t("employee_tip", lang)) for x in _texts(messages))


@pytest.mark.parametrize(("lang", "text"), [("nl", "nog een tip"), ("nl", "nog een"), ("en", "another tip")])
def test_another_tip_after_an_employee_tip_is_still_another_tip(lang: str, text: str) -> None:
    sender = new_sender("employee")
    tip, events = _employee_tip(lang, sender)
    messages, _ = turn(text, lang, events, sender, ActionCoachingTip, "ask_coaching_tip")
    assert _texts(messages)[0].startswith(t("employee_tip", lang))
    assert _notes(messages)[0]["id"] != tip["id"]


@pytest.mark.parametrize(("lang", "text"), [("nl", "vertel meer"), ("en", "tell me more")])
def test_more_after_a_leaders_coaching_tip_is_more_of_its_article(lang: str, text: str) -> None:
    """It went round give_tip and the knowledge answer without end (RecursionError)."""
    sender = new_sender("manager")
    asked = "geef me een tip" if lang == "nl" else "give me a tip"
    first, events = turn(asked, lang, [], sender, ActionCoachingTip, "ask_coaching_tip")
    assert _texts(first)[0].startswith(t("tip_title", lang, title=""))
    (tip,) = _notes(first)
    for action, intent in ((ActionCoachingTip, "ask_coaching_tip"), (ActionAnswerAdvice, "ask_advice")):
        messages, _ = turn(text, lang, events, sender, action, intent)
        assert [(n["id"], n.get("view")) for n in _notes(messages)] == [(tip["id"], "example")]


def test_another_tip_after_a_leaders_coaching_tip_is_the_next_tip() -> None:
    sender = new_sender("manager")
    first, events = turn("geef me een tip", "nl", [], sender, ActionCoachingTip, "ask_coaching_tip")
    messages, _ = turn("nog een tip", "nl", events, sender, ActionCoachingTip, "ask_coaching_tip")
    assert _texts(messages)[0].startswith(t("tip_title", "nl", title=""))
    assert _notes(messages)[0]["id"] != _notes(first)[0]["id"]


def test_an_employee_tip_said_again_in_english_is_still_that_tip() -> None:
    sender = new_sender("employee")
    tip, events = _employee_tip("nl", sender)
    messages, _ = turn("in English please", "nl", events, sender, ActionSetLanguage, "set_language")
    assert _texts(messages)[1].startswith(t("employee_tip", "en"))
    assert [(n["id"], n.get("view"), n["lang"]) for n in _notes(messages)] == [(tip["id"], "tip", "en")]


# == 6. the third send after an article: a content gap =========================================


def _gaps(reason: str = "not_helpful") -> list:
    return [g for g in InsightsStore(get_settings().app_db_url).gaps() if g.reason == reason]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_question_sent_a_third_time_after_an_article_is_a_content_gap(lang: str) -> None:
    sender = new_sender()
    events: list[dict] = []
    shown = None
    for n in (1, 2):
        messages, events = turn(ANGRY[lang], lang, events, sender, message_id=f"m{n}")
        shown = shown or _notes(messages)[0]["id"]
        assert not _gaps()
    third, events = turn(ANGRY[lang], lang, events, sender, message_id="m3")
    assert t("sent_again_other_topics", lang) in _texts(third)
    (gap,) = _gaps()
    assert gap.question == ANGRY[lang] and gap.best_article == shown
    # a channel's retry of the third (the same message id) and a fourth send log nothing more
    turn(ANGRY[lang], lang, events[: -len(third)], sender, message_id="m3")
    _, events = turn(ANGRY[lang], lang, events, sender, message_id="m4")
    assert len(_gaps()) == 1


def test_retries_of_one_message_are_no_third_send() -> None:
    sender = new_sender()
    events: list[dict] = []
    for message_id in ("m1", "m1", "m1", "m2"):
        messages, events = turn(ANGRY["nl"], "nl", events, sender, message_id=message_id)
        assert t("sent_again_other_topics", "nl") not in _texts(messages)
    assert not _gaps()


def test_a_question_without_an_article_sent_three_times_stays_an_unanswered_gap() -> None:
    sender = new_sender()
    events: list[dict] = []
    for n in (1, 2, 3):
        _, events = turn("hoe werkt het ventilatiesysteem", "nl", events, sender, message_id=f"v{n}")
    assert not _gaps() and _gaps("no_answer")
