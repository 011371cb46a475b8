"""Stop 53, a live tester's four finds, by kind, with the real actions (tests/unit/test_yes_no.py):

1. A yes or no with a remark after it ("ja die hoort er gewoon bij", "ja dat gebeurt echt constant,
   vreselijk", "nah not really my thing") and an effort that is not always a success ("probeer ik wel
   maar lukt niet altijd") are answers to the statement on screen (bot/selfchecks/answers.py
   `said_with_remark`).
2. A check typed at the list of self-checks ("de zeven principes", "de tweede", "the last one")
   starts that check (actions/selfcheck.py `answered_as_menu_choice`); it opened an article.
3. A greeting, a role and a workplace before a request for a self-check ("goedemiddag, ik ben
   teamleider bij het klantcontactcentrum van de gemeente en ik wil graag een zelftest doen") still
   ask for one (bot/selfchecks/asking.py `asks_to_do_a_selfcheck`).
4. A question about a score number after the results ("wat betekent die 2,9 nou, is dat slecht?")
   gets the feedback band it falls in (actions/selfcheck.py `answered_as_score_question`)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import actions.selfcheck
from actions.advice import ActionAnswerAdvice, ActionKbFallback
from actions.selfcheck import ActionSelfcheckAnswer, ActionStartSelfcheck
from actions.yes_no import ActionAffirm
from bot.dialogue import payloads
from bot.i18n import t
from bot.selfchecks.answers import parse_answer, plain_yes_no, said_with_remark
from bot.selfchecks.asking import asks_about_a_score, asks_to_do_a_selfcheck, picked_from_menu
from tests.unit.replies import USER, after, run, said, scale_buttons, start

# -- 1. a yes or no with a remark, an effort -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the tester's, then the kind (Dutch)
        ("ja die hoort er gewoon bij", 4), ("ja dat gebeurt echt constant, vreselijk", 5),
        ("probeer ik wel maar lukt niet altijd", 4), ("ja, klopt wel", 4), ("ja hoor dat doe ik", 4),
        ("nee, dat gebeurt bijna nooit", 2), ("ja, dat hoort bij het werk", 4), ("klopt, die hoort erbij", 4),
        ("ja dat gebeurt de hele tijd", 5), ("ja absoluut, dat is belangrijk", 5),
        ("nee, dat doe ik niet", 2),
        ("ja, soms wel lastig", 3), ("nee hoor, dat gebeurt zelden", 2), ("ja, dat gebeurt regelmatig", 4),
        ("ik probeer het wel", 4), ("ik doe mijn best", 4), ("ik probeer het, maar het lukt meestal niet", 2),
        ("ik probeer het maar het lukt niet", 2), ("ik span me in maar het lukt niet altijd", 4),
        ("ik probeer het soms", 3),
        # Flemish
        ("ja da hoort er gewoon bij", 4), ("jep, da gebeurt hier constant", 5),
        ("nee hoor, da doe ik bijna nooit", 2), ("da probeer ik wel, maar da lukt ni altijd", 4),
        ("nee, da doe ik ni", 2),
        # English
        ("yes that's part of the job", 4), ("yeah happens all the time", 5), ("nah not really my thing", 2),
        ("nope, that hardly ever happens", 2), ("yes, definitely part of the job", 5), ("nah, I don't", 2),
        ("I try to but don't always manage", 4), ("I try", 4), ("I do my best", 4),
        ("I try but it rarely works", 2), ("yeah, it happens constantly", 5),
    ],
)  # fmt: skip
def test_a_yes_or_no_with_a_remark_and_an_effort_are_answers(text: str, value: int) -> None:
    assert parse_answer(text) == value


@pytest.mark.parametrize(
    "text",
    [
        # a question, or asks something of the coach
        "ja, hoe doe ik dat dan", "ja maar wat bedoel je", "ja, kun je dat uitleggen", "yes please",
        "ja graag", "nee, stop", "nope, end the self-check", "no, never mind", "nee, ik heb nu geen tijd",
        "ja, ik heb een vraag over klachten", "yes, can you give me a tip", "ja, en waarom is dat belangrijk",
        "ja die hoort er gewoon bij?", "nee, ga maar door",
        # yes and no at once, or the remark's word against the yes
        "ja, dat doe ik niet", "ja nee", "ja absoluut niet", "nee absoluut", "klopt niet helemaal",
        "ja, ik kom nooit te laat", "nee, dat gebeurt altijd", "klopt het helaas dat ik dit moet doen",
        # "not always" alone or after a no stays unscored (stop 51)
        "nee, dat lukt niet altijd", "niet altijd",
    ],
)  # fmt: skip
def test_questions_requests_and_mixed_remarks_stay_unscored(text: str) -> None:
    assert parse_answer(text) is None


def test_a_remark_is_read_only_with_a_statement_open() -> None:
    assert parse_answer("ja die hoort er gewoon bij", with_condition=False) is None


def test_a_yes_with_a_remark_is_a_yes_to_a_yes_or_no_question() -> None:
    """To "Verder met vraag 3 van 7?" a yes with a remark is a yes (actions/advice.py reads
    `plain_yes_no` first); an effort is no yes to such a question."""
    assert plain_yes_no("ja hoor, die hoort er gewoon bij") == "agree"
    assert plain_yes_no("nee, dat gebeurt bijna nooit") == "disagree"
    assert plain_yes_no("ik probeer het wel") is None
    assert plain_yes_no("ja, dat doe ik niet") is None
    assert said_with_remark("ja dat gebeurt echt constant, vreselijk") == ("agree", True)


def _position() -> int:
    step = actions.selfcheck.service().open_step(USER)
    assert step is not None
    return step.position


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("text", "intent", "lang", "said_back"),
    [
        ("ja die hoort er gewoon bij", "ask_advice", "nl", "Genoteerd: 4 · Eens."),
        ("ja dat gebeurt echt constant, vreselijk", "nlu_fallback", "nl", "Genoteerd: 5 · Helemaal eens."),
        ("probeer ik wel maar lukt niet altijd", "selfcheck_answer", "nl", "Genoteerd: 4 · Eens."),
        ("nee, dat gebeurt bijna nooit", "deny", "nl", "Genoteerd: 2 · Oneens."),
        ("ja hoor dat doe ik", "affirm", "nl", "Genoteerd: 4 · Eens."),
        ("yes that's part of the job", "ask_advice", "en", "Noted: 4 · Agree."),
        ("yeah happens all the time", "affirm", "en", "Noted: 5 · Strongly agree."),
        ("nah not really my thing", "out_of_scope", "en", "Noted: 2 · Disagree."),
        ("I try to but don't always manage", "nlu_fallback", "en", "Noted: 4 · Agree."),
    ],
)
def test_in_the_chat_a_remark_answer_is_recorded_and_said_back(
    text: str, intent: str, lang: str, said_back: str
) -> None:
    question_2 = start(lang)
    action = {
        "ask_advice": ActionAnswerAdvice,
        "nlu_fallback": ActionKbFallback,
        "out_of_scope": ActionKbFallback,
        "selfcheck_answer": ActionSelfcheckAnswer,
        "affirm": ActionAffirm,
        "deny": ActionAffirm,  # the same wrapper runs first for every action
    }[intent]
    dispatcher = CollectingDispatcher()
    asyncio.run(action().run(dispatcher, after(question_2, text, intent, lang), {}))
    assert said_back in said(dispatcher.messages), said(dispatcher.messages)
    assert ("vraag 3 van 7" if lang == "nl" else "question 3 of 7") in said(dispatcher.messages)
    assert _position() == 2


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize("text", ["ja, dat doe ik niet", "ja maar wat bedoel je"])
def test_in_the_chat_an_unclear_remark_scores_nothing(text: str) -> None:
    question_2 = start("nl")
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionAnswerAdvice().run(dispatcher, after(question_2, text, "ask_advice"), {}))
    assert "Genoteerd" not in said(dispatcher.messages) and _position() == 1


@pytest.mark.usefixtures("own_app_db")
def test_a_yes_with_a_remark_to_carry_on_carries_on_and_scores_nothing() -> None:
    """ "Verder met vraag 2 van 7?" (after a question mid-check): "ja hoor, dat is prima zo" is a yes
    to that question, not the statement's answer."""
    start("nl")
    offer = CollectingDispatcher()
    actions.selfcheck.offer_to_continue(offer, after([], "hoe gaat het", "ask_advice"), "nl")
    assert "Verder met vraag 2 van 7" in said(offer.messages)
    dispatcher = CollectingDispatcher()
    tracker = after(offer.messages, "ja hoor, dat is prima zo", "affirm")
    asyncio.run(ActionAffirm().run(dispatcher, tracker, {}))
    assert "Genoteerd" not in said(dispatcher.messages) and _position() == 1
    assert len(scale_buttons(dispatcher.messages)) == 5  # the statement again


# -- 2. a check typed at the list of self-checks -------------------------------------------

MANAGERS = ["balanced-attention", "leading-by-example", "measuring-what-matters",
            "seven-principles-in-your-team", "really-listening"]  # fmt: skip


def _menu(text: str, lang: str = "nl") -> list[dict[str, Any]]:
    menu = run(ActionStartSelfcheck(), text, "start_selfcheck", lang)
    shown = [b["payload"] for m in menu for b in m.get("buttons") or []]
    assert shown and all(p.startswith("/start_selfcheck") for p in shown), menu
    return menu


def _at_menu(asked: str, menu: list[dict[str, Any]], text: str, intent: str, lang: str) -> Tracker:
    """`text` typed right after the list the coach showed in reply to `asked`."""
    bots = [{"event": "bot", "text": m.get("text"), "data": {"buttons": m.get("buttons")}} for m in menu]
    events = [{"event": "user", "text": asked}, *bots, {"event": "user", "text": text}]
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": [], "metadata": {}}
    slots = {"language": lang, "pinned_language": None, "tips_given": None}
    return Tracker(USER, slots, latest, events, False, None, {}, "action_listen")


def _open_check() -> str | None:
    step = actions.selfcheck.service().open_step(USER)
    return step.check.id if step is not None else None


ACTIONS = {"ask_advice": ActionAnswerAdvice, "nlu_fallback": ActionKbFallback,
           "start_selfcheck": ActionStartSelfcheck, "selfcheck_answer": ActionSelfcheckAnswer,
           "affirm": ActionAffirm}  # fmt: skip


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("text", "intent", "lang", "check"),
    [
        ("de zeven principes", "ask_advice", "nl", "seven-principles-in-your-team"),
        ("de zeven principes", "nlu_fallback", "nl", "seven-principles-in-your-team"),
        ("doe maar de zeven principes", "start_selfcheck", "nl", "seven-principles-in-your-team"),
        ("zeven principes graag", "affirm", "nl", "seven-principles-in-your-team"),
        ("echt luisteren", "ask_advice", "nl", "really-listening"),
        ("meten wat telt", "ask_advice", "nl", "measuring-what-matters"),
        ("het goede voorbeeld", "ask_advice", "nl", "leading-by-example"),
        ("de tweede", "nlu_fallback", "nl", "leading-by-example"),
        ("2", "selfcheck_answer", "nl", "leading-by-example"),
        ("nummer 4", "selfcheck_answer", "nl", "seven-principles-in-your-team"),
        ("de laatste", "ask_advice", "nl", "really-listening"),
        ("the seven principles", "ask_advice", "en", "seven-principles-in-your-team"),
        ("I'll take the first one", "nlu_fallback", "en", "balanced-attention"),
        ("the one about listening", "ask_advice", "en", "really-listening"),
        ("measuring please", "affirm", "en", "measuring-what-matters"),
    ],
)
def test_a_check_typed_at_the_managers_list_starts_it(text: str, intent: str, lang: str, check: str) -> None:
    asked = (
        "ik ben teamleider en wil graag een zelftest doen"
        if lang == "nl"
        else "I'm a team leader, self-check please"
    )
    menu = _menu(asked, lang)
    assert [payloads.parse(b["payload"]).entity("selfcheck_id") for b in menu[-1]["buttons"]] == MANAGERS
    dispatcher = CollectingDispatcher()
    asyncio.run(ACTIONS[intent]().run(dispatcher, _at_menu(asked, menu, text, intent, lang), {}))
    assert _open_check() == check, said(dispatcher.messages)
    assert ("vraag 1 van" if lang == "nl" else "question 1 of") in said(dispatcher.messages)
    assert scale_buttons(dispatcher.messages)


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("text", "check"),
    [("beloftes", "keeping-promises"), ("de klachten", "handling-complaints"), ("3", None),
     ("persoonlijke service", "personal-service"), ("klanten verrassen graag", "surprising-customers")],
)  # fmt: skip
def test_a_check_typed_at_the_employees_list_starts_it(text: str, check: str | None) -> None:
    menu = _menu("ik wil een zelftest doen")
    ids = [payloads.parse(b["payload"]).entity("selfcheck_id") for b in menu[-1]["buttons"]]
    dispatcher = CollectingDispatcher()
    tracker = _at_menu("ik wil een zelftest doen", menu, text, "ask_advice", "nl")
    asyncio.run(ActionAnswerAdvice().run(dispatcher, tracker, {}))
    assert _open_check() == (check or ids[2]), said(dispatcher.messages)


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    "text", ["wat zijn de zeven principes?", "hoe pas ik de zeven principes toe in mijn team", "team"]
)
def test_a_question_or_a_word_of_several_titles_at_the_list_starts_nothing(text: str) -> None:
    asked = "ik ben teamleider en wil graag een zelftest doen"
    menu = _menu(asked)
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionAnswerAdvice().run(dispatcher, _at_menu(asked, menu, text, "ask_advice", "nl"), {}))
    assert _open_check() is None


def test_picked_from_menu_by_kind() -> None:
    titles = [["Beloftes nakomen", "Keeping promises"], ["Echt luisteren", "Really listening"]]
    assert picked_from_menu("beloftes", titles) == 0 and picked_from_menu("listening", titles) == 1
    assert picked_from_menu("de tweede", titles) == 1 and picked_from_menu("the first one", titles) == 0
    assert (
        picked_from_menu("3", titles) is None and picked_from_menu("wat is echt luisteren?", titles) is None
    )
    assert picked_from_menu("echt luisteren naar klanten", titles) is None  # a topic, not the title


# -- 3. a greeting, a role and a workplace before the request -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "goedemiddag, ik ben teamleider bij het klantcontactcentrum van de gemeente en ik wil graag een "
        "zelftest doen",
        "dag, ik ben ploegleider bij de klantendienst van de stad en ik zou graag de zelftest doen",
        "goedemorgen, als teamleider van de klantenservice wil ik graag een zelftest doen",
        "ik ben teamleider bij de klantenservice en wil graag een zelfscan doen",
        "hallo, ik ben leidinggevende in een ziekenhuis en zou graag de vragenlijst invullen",
        "goeiemiddag, ik ben teamleider in de winkel en wil graag een test doen",
        "hoi, ik ben teamleider bij de klantenservice, ik zou graag een quiz doen",
        "Good afternoon, I'm a team leader at the council's customer contact centre and I'd like to do a "
        "self-check",
        "hi, I am a team leader at the customer service desk of a bank and I would like to do the quiz",
    ],
)
def test_a_role_and_workplace_before_the_request_still_ask_for_a_self_check(text: str) -> None:
    assert asks_to_do_a_selfcheck(text)


@pytest.mark.parametrize(
    "text",
    [
        "ik ben teamleider en wil een zelftest voor mijn team maken",
        "ik ben teamleider en wil een vragenlijst voor klanten maken",
        "ik wil een test doen met de nieuwe kassa",
        "ik wil weten hoe lang de zelftest duurt",
        "ik ben teamleider bij de klantenservice en wil geen zelftest",
    ],
)
def test_a_check_for_others_or_about_it_is_still_no_request(text: str) -> None:
    assert not asks_to_do_a_selfcheck(text)


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("text", "intent", "lang"),
    [
        (
            "goedemiddag, ik ben teamleider bij het klantcontactcentrum van de gemeente en ik wil graag "
            "een zelftest doen",
            "ask_advice",
            "nl",
        ),
        ("goedemiddag, ik ben teamleider bij het klantcontactcentrum van de gemeente en ik wil graag "
         "een zelftest doen", "nlu_fallback", "nl"),
        ("dag, ik ben ploegleider bij de klantendienst en ik zou graag de vragenlijst invullen", "greet",
         "nl"),
        ("Good afternoon, I'm a team leader at the council's customer contact centre and I'd like to do a "
         "self-check", "ask_advice", "en"),
    ],
)  # fmt: skip
def test_in_the_chat_the_role_and_request_get_the_managers_checks(text: str, intent: str, lang: str) -> None:
    action = ActionAnswerAdvice if intent == "ask_advice" else ActionKbFallback
    messages = run(action(), text, intent, lang)
    assert t("sc_choose_managers", lang) in said(messages), said(messages)


@pytest.mark.usefixtures("own_app_db")
def test_in_the_chat_a_workplace_without_a_role_gets_the_checks() -> None:
    text = "hoi, ik werk bij het klantcontactcentrum van de gemeente en ik wil graag een zelftest doen"
    messages = run(ActionAnswerAdvice(), text, "ask_advice")
    assert t("sc_choose", "nl") in said(messages), said(messages)


# -- 4. a question about a score number after the results ----------------------------------


def _finish(lang: str = "nl") -> list[dict[str, Any]]:
    """Do keeping-promises to the end ("4" throughout); the coach's last reply (the results)."""
    reply = start(lang)
    for _ in range(6):
        reply = run(ActionSelfcheckAnswer(), "4", "selfcheck_answer", lang)
    assert any((m.get("custom") or {}).get("type") == "selfcheck_result" for m in reply), reply
    return reply


def _after_results(reply: list[dict[str, Any]], text: str, intent: str, lang: str) -> Tracker:
    bots = [
        {
            "event": "bot",
            "text": m.get("text"),
            "data": {"buttons": m.get("buttons"), "custom": m.get("custom")},
        }
        for m in reply
    ]
    events = [{"event": "user", "text": "4"}, *bots, {"event": "user", "text": text}]
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": [], "metadata": {}}
    slots = {"language": lang, "pinned_language": None, "tips_given": None}
    return Tracker(USER, slots, latest, events, False, None, {}, "action_listen")


@pytest.mark.parametrize(
    ("text", "value"),
    [("wat betekent die 2,9 nou, is dat slecht?", 2.9), ("is 2.9 bad", 2.9), ("what does my 3.4 mean", 3.4),
     ("mijn 2,9, is dat erg?", 2.9), ("a 3.4, is that good?", 3.4), ("is een 3 slecht?", 3.0),
     ("wa betekent da 2,9 nu?", 2.9), ("2,9 van de 5, is dat laag?", 2.9), ("is 2.9 out of 5 bad", 2.9)],
)  # fmt: skip
def test_a_question_about_a_score_number_is_read(text: str, value: float) -> None:
    assert asks_about_a_score(text) == value


@pytest.mark.parametrize(
    "text",
    ["wat betekent een NPS van 2,9", "a CSAT of 3.4, is that good?", "ik heb 2 klanten gehad",
     "om 3.30 is het druk", "is 7,5 goed", "3 tips graag"],
)  # fmt: skip
def test_other_numbers_are_no_score_question(text: str) -> None:
    assert asks_about_a_score(text) is None


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("text", "value", "intent", "lang", "band"),
    [
        ("wat betekent die 2,9 nou, is dat slecht?", 2.9, "nlu_fallback", "nl", "midden (van 2,5 tot 3,75)"),
        ("is 2.9 bad", 2.9, "ask_advice", "en", "middle (2.5 up to 3.75)"),
        ("en mijn 2,1, is dat erg?", 2.1, "ask_advice", "nl", "laag (onder 2,5)"),
        ("is a 4.2 good?", 4.2, "affirm", "en", "high (3.75 or more)"),
    ],
)
def test_after_the_results_a_score_number_gets_its_band(
    text: str, value: float, intent: str, lang: str, band: str
) -> None:
    results = _finish(lang)
    check = actions.selfcheck.service().checks()["keeping-promises"]
    feedback = [b for b in check.bands if b.min <= value][-1].feedback[lang]
    dispatcher = CollectingDispatcher()
    asyncio.run(ACTIONS[intent]().run(dispatcher, _after_results(results, text, intent, lang), {}))
    text_said = said(dispatcher.messages)
    assert band in text_said and feedback in text_said, text_said
    assert check.title[lang] in text_said


@pytest.mark.usefixtures("own_app_db")
def test_the_own_overall_score_is_named_as_such() -> None:
    results = _finish("nl")
    custom = [m["custom"] for m in results if (m.get("custom") or {}).get("type") == "selfcheck_result"]
    overall = custom[0]["overall"]
    from bot.i18n import decimal

    score = decimal(overall, "nl")
    dispatcher = CollectingDispatcher()
    tracker = _after_results(results, f"wat betekent mijn {score}?", "ask_advice", "nl")
    asyncio.run(ActionAnswerAdvice().run(dispatcher, tracker, {}))
    assert f"Die {score} is je gemiddelde." in said(dispatcher.messages), said(dispatcher.messages)


@pytest.mark.usefixtures("own_app_db")
def test_a_score_question_long_after_the_results_shows_what_they_mean() -> None:
    _finish("nl")
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionAnswerAdvice().run(dispatcher, after([], "is een 1,2 slecht?", "ask_advice"), {}))
    assert t("sc_results_head", "nl") in said(dispatcher.messages), said(dispatcher.messages)


@pytest.mark.usefixtures("own_app_db")
def test_without_results_a_score_question_is_left_to_the_coach() -> None:
    dispatcher = CollectingDispatcher()
    answered = actions.selfcheck.answered_as_score_question(
        dispatcher, after([], "wat betekent die 2,9 nou, is dat slecht?", "ask_advice")
    )
    assert not answered and not dispatcher.messages
