"""Informal answers to a self-check statement, and answers that cannot be read (tester round of
stop 44). Real actions, the real self-check files and a real app database (SQLite), one per
test; the intent is the one the trained NLU gave the tester's message.

Found: "bwa, soms" (NLU: affirm) and "👍" got the same statement again without a word; "nope,
never" (deny) was read as not wanting to go on; "???" (fallback) got "type your question in
words" without the statement; "(3)" was said back as "Genoteerd" while "3" and "3!" were not."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

import actions.selfcheck
from actions.advice import ActionAnswerAdvice, ActionKbFallback
from actions.selfcheck import ActionSelfcheckAnswer, ActionStop
from actions.yes_no import ActionAffirm, ActionDeny
from bot.i18n import t
from bot.selfchecks.answers import parse_answer, plain_yes_no, tries_to_answer
from tests.unit.replies import USER, after, said, scale_buttons, start

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

ACTIONS = {
    "affirm": ActionAffirm,
    "deny": ActionDeny,
    "nlu_fallback": ActionKbFallback,
    "ask_advice": ActionAnswerAdvice,
    "selfcheck_answer": ActionSelfcheckAnswer,
    "stop": ActionStop,
}


def reply(text: str, intent: str, lang: str = "nl") -> list[dict[str, Any]]:
    """The coach's reply to `text` (read by NLU as `intent`) typed right after question 2."""
    question_2 = start(lang)
    dispatcher = CollectingDispatcher()
    asyncio.run(ACTIONS[intent]().run(dispatcher, after(question_2, text, intent, lang), {}))
    return dispatcher.messages


def position() -> int:
    step = actions.selfcheck.service().open_step(USER)
    assert step is not None
    return step.position


# -- the parser (pure) --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("bwa, soms", 3), ("bwa soms", 3), ("mwah, meestal", 4), ("nou, altijd", 5), ("euh, vier", 4),
        ("euh 4", 4), ("tja, oneens", 2), ("hmm, bijna nooit", 2), ("ja nee, soms", 3), ("bwa, eens", 4),
        ("well, sometimes", 3), ("um, never", 1), ("meh, often", 4), ("uhm totally agree", 5),
        ("soms hoor euh", 3), ("allee, meestal", 4), ("goh, zelden", 2), ("bwa", 3),
    ],
)  # fmt: skip
def test_hesitations_around_an_answer_leave_the_answer(text: str, value: int) -> None:
    assert parse_answer(text) == value


# Asides, Flemish words and "not always" around an answer (tester round of stop 50: "ja da doe
# ik bijna altijd", "hmm rarely to be honest" and "amai, moeilijk. euh drie" were read as questions)
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ja da doe ik bijna altijd", 4), ("hmm rarely to be honest", 2), ("amai, moeilijk. euh drie", 3),
        ("meestal denk ik", 4), ("honestly, always", 5), ("eerlijk gezegd nooit", 1), ("ik denk 4", 4),
        ("to be honest I agree", 4), ("good question, sometimes", 3),
        ("oei, zelden", 2), ("volgens mij meestal wel", 4), ("i guess often", 4), ("always lol", 5),
        ("awel ja, altijd", 5), ("yeah mostly", 4), ("idk maybe 3", 3), ("allee, vier zeker", 4),
    ],
)  # fmt: skip
def test_asides_and_flemish_words_around_an_answer_leave_the_answer(text: str, value: int) -> None:
    assert parse_answer(text) == value


@pytest.mark.parametrize("text", ["moeilijk", "amai", "honestly", "wa bedoel je", "hoe bedoel je moeilijk"])
def test_an_aside_alone_or_a_question_is_no_answer(text: str) -> None:
    assert parse_answer(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("nope, never", 1), ("nope never", 1), ("nah, never", 1), ("nee, nooit", 1), ("neen, nooit", 1),
     ("yep, always", 5), ("no, never", 1)],
)  # fmt: skip
def test_a_bare_no_or_yes_beside_a_scale_word_is_that_answer(text: str, value: int) -> None:
    assert parse_answer(text) == value


@pytest.mark.parametrize(("text", "value"), [("👍", 4), ("👍🏽👍", 4), ("✅", 4), ("👎", 2), ("👎🏻", 2)])
def test_a_thumb_is_agreement_or_disagreement(text: str, value: int) -> None:
    assert parse_answer(text) == value
    assert plain_yes_no(text) == ("agree" if value == 4 else "disagree")


@pytest.mark.parametrize(
    "text",
    ["nope, end the self-check", "nee, stop", "stop", "nee ik wil niet verder", "no, never mind", "👍👎",
     "hmm", "euh", "ja nee"],
)  # fmt: skip
def test_stopping_and_bare_hesitations_are_no_answer(text: str) -> None:
    assert parse_answer(text) is None


@pytest.mark.parametrize(
    ("text", "tries"),
    [("ok", True), ("hmm", True), ("eens oneens", True), ("hoe vaak moet dat?", False), ("stop", False),
     ("bedankt", False)],
)  # fmt: skip
def test_words_answers_are_made_of_are_an_attempt_at_one(text: str, tries: bool) -> None:
    assert tries_to_answer(text) is tries


# -- in the chat ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "intent", "said_back"),
    [
        ("bwa, soms", "affirm", "3 · Neutraal"), ("mwah, meestal", "affirm", "4 · Eens"),
        ("nou, altijd", "ask_advice", "5 · Helemaal eens"), ("euh, vier", "selfcheck_answer", "4 · Eens"),
        ("👍", "affirm", "4 · Eens"), ("👎", "nlu_fallback", "2 · Oneens"),
        ("nope, never", "deny", "1 · Helemaal oneens"), ("well, never", "deny", "1 · Helemaal oneens"),
        ("ja da doe ik bijna altijd", "ask_advice", "4 · Eens"), ("hmm rarely to be honest", "nlu_fallback",
        "2 · Oneens"), ("amai, moeilijk. euh drie", "ask_advice", "3 · Neutraal"),
    ],
)  # fmt: skip
def test_an_informal_answer_is_recorded_and_said_back(text: str, intent: str, said_back: str) -> None:
    messages = reply(text, intent)
    assert f"Genoteerd: {said_back}." in said(messages) and "vraag 3 van 7" in said(messages), said(messages)
    assert position() == 2


@pytest.mark.parametrize("text", ["3!", "(3)", "#3", "3?!", "3"])
def test_punctuation_around_a_number_is_the_plain_number(text: str) -> None:
    messages = reply(text, "selfcheck_answer")
    assert "Genoteerd" not in said(messages) and "vraag 3 van 7" in said(messages), said(messages)
    assert position() == 2


@pytest.mark.parametrize(
    ("text", "intent", "lang"),
    [("???", "nlu_fallback", "nl"), ("...", "ask_advice", "nl"), ("🙈", "nlu_fallback", "en"),
     ("hmm", "affirm", "nl"), ("ok", "nlu_fallback", "nl"), ("euh", "ask_advice", "nl"),
     ("klopt niet helemaal", "affirm", "nl"), ("um", "affirm", "en")],
)  # fmt: skip
def test_an_answer_not_understood_is_told_so_with_the_statement_and_scale(
    text: str, intent: str, lang: str
) -> None:
    messages = reply(text, intent, lang)
    assert messages[0]["text"] == t("sc_not_understood", lang, min="1", max="5"), said(messages)
    assert ("vraag 2 van 7" if lang == "nl" else "question 2 of 7") in said(messages)
    assert len(scale_buttons(messages)) == 5
    assert t("no_words", lang) not in said(messages)
    assert position() == 1  # nothing recorded


@pytest.mark.parametrize(
    ("text", "intent", "lang"),
    [("stop", "stop", "nl"), ("ik wil niet verder", "stop", "nl"), ("end the self-check", "stop", "en"),
     ("nee, stop", "deny", "nl"), ("nope, end the self-check", "deny", "en")],
)  # fmt: skip
def test_stopping_still_stops(text: str, intent: str, lang: str) -> None:
    messages = reply(text, intent, lang)
    step = actions.selfcheck.service().open_step(USER)
    assert step is not None and step.run.paused and step.position == 1, said(messages)


@pytest.mark.parametrize(
    ("text", "lang", "said_back"),
    [("never", "nl", "Genoteerd: 1 · Helemaal oneens."),
     ("strongly agree", "nl", "Genoteerd: 5 · Helemaal eens."),
     ("yes always", "nl", "Genoteerd: 5 · Helemaal eens."), ("nooit", "en", "Noted: 1 · Strongly disagree."),
     ("helemaal eens", "en", "Noted: 5 · Strongly agree."),
     ("ja altijd", "en", "Noted: 5 · Strongly agree.")],
)  # fmt: skip
def test_a_short_answer_in_the_other_language_keeps_the_conversations_language(
    text: str, lang: str, said_back: str
) -> None:
    """ "never" to a Dutch statement is an answer on its scale, not a choice of language: the
    check went on in English (tester round of stop 44; actions/language.py ANSWER_WORDS)."""
    messages = reply(text, "selfcheck_answer", lang)
    assert said_back in said(messages), said(messages)
    assert ("vraag 3 van 7" if lang == "nl" else "question 3 of 7") in said(messages)
    assert position() == 2


@pytest.mark.parametrize(
    ("text", "lang"),
    [("hoe zeg ik dat in het Engels?", "nl"), ("kun je dit vertalen naar het Frans: bedankt", "nl"),
     ("ik ben mijn wachtwoord kwijt", "nl"), ("what is the EFQM model", "en"),
     ("how do I submit an expense claim", "en")],
)  # fmt: skip
def test_a_question_without_an_answer_mid_check_leads_back_to_the_statement(text: str, lang: str) -> None:
    """A refusal or a referral mid-check ends with the way back: "carry on with question 2?"
    and the statement with its answer buttons last (tester round of stop 45: the refusal's
    topic buttons were the last on screen, and "4", meant for the statement, opened topic 4)."""
    messages = reply(text, "ask_advice", lang)
    offer = t("sc_offer_continue", lang, title="", n="2", total="7").split("“")[0]
    assert offer in said(messages), said(messages)
    assert len(scale_buttons(messages[-1:])) == 5
    assert position() == 1  # nothing recorded


@pytest.mark.parametrize(
    ("text", "lang", "line"),
    [("ik wil niet meer leven", "nl", "113"), ("i dont have anyone to talk to", "en", "Luisterlijn"),
     ("ik kan echt niet meer", "nl", "vertrouwenspersoon"),
     ("im so drained after work, totally burnt out", "en", "confidential adviser"),
     # a danger or an emergency mid-check (stop 51's own live check: "carry on with question 1
     # of 7?" after the line with 112)
     ("someone is trying to break in through the back door right now", "en", "112"),
     ("er staat een man met een mes aan de kassa", "nl", "112"),
     ("een klant is net flauwgevallen bij de balie", "nl", "112"),
     ("a customer just collapsed in the shop", "en", "112")],
)  # fmt: skip
def test_a_line_for_someone_in_distress_mid_check_comes_without_carry_on(
    text: str, lang: str, line: str
) -> None:
    """Mid-check, the crisis line, the caring line, who to talk to, a danger and an emergency are
    not followed by "Verder met vraag 2 van 7?" and the scale (verifier round of stop 51 and the
    live check after it: `menu: false` topics)."""
    messages = reply(text, "ask_advice", lang)
    assert line in said(messages), said(messages)
    offer = t("sc_offer_continue", lang, title="", n="2", total="7").split("“")[0]
    assert offer not in said(messages), said(messages)
    assert not scale_buttons(messages)
    assert position() == 1  # nothing recorded, the check still open
