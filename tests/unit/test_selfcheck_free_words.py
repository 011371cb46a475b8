"""Self-check answers in free words (bot/selfchecks/answers.py): a stance with a regret or a
"naturally" in it, and a frequency said negated. Found by a tester: with a statement on screen
"klopt helaas wel" got "Daar kan ik je niet mee helpen" and "meestal niet" got "Dat begrijp ik
niet", while "meestal wel", "ja hoor" and "bijna altijd" were taken. A negated "usually" or
"often" reads as "niet vaak" and "bijna nooit" do (2, disagree); "niet altijd" stays unscored.
The chat tests run real actions on the real self-check files and a real app database."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.advice import ActionAnswerAdvice, ActionKbFallback, ActionOutOfScope
from actions.selfcheck import ActionSelfcheckAnswer
from actions.yes_no import ActionAffirm, ActionDeny
from bot.content.articles import load_articles
from bot.content.selfchecks import load_selfcheck
from bot.selfchecks.answers import agreement, parse_answer
from tests.helpers import ROOT, four_point_selfcheck
from tests.unit.replies import after, said, start
from tests.unit.test_informal_answers import position

IDS = {a.id for a in load_articles(ROOT / "knowledge")[0]}
ACTIONS = {
    "affirm": ActionAffirm,
    "deny": ActionDeny,
    "nlu_fallback": ActionKbFallback,
    "ask_advice": ActionAnswerAdvice,
    "out_of_scope": ActionOutOfScope,
    "selfcheck_answer": ActionSelfcheckAnswer,
}


@pytest.fixture()
def four(tmp_path: Path):
    return load_selfcheck(four_point_selfcheck(tmp_path), IDS)


# -- a regret or a "naturally" inside the answer ----------------------------------------------

WITH_REGRET = [
    # (typed, on the 1-5 scale, on the 1-4 scale without a neutral point)
    ("klopt helaas wel", 4, 3), ("klopt helaas niet", 2, 2), ("dat klopt helaas", 4, 3),
    ("helaas klopt dat", 4, 3), ("helaas wel", 4, 3), ("helaas niet", 2, 2), ("jammer genoeg wel", 4, 3),
    ("jammer genoeg niet", 2, 2), ("spijtig genoeg wel", 4, 3), ("gelukkig niet", 2, 2),
    ("gelukkig wel", 4, 3), ("natuurlijk wel", 4, 3), ("uiteraard niet", 2, 2), ("helaas is dat zo", 4, 3),
    ("helaas is het waar", 4, 3), ("helaas doe ik dat niet", 2, 2), ("ja helaas wel", 4, 3),
    ("helaas ja", 4, 3), ("nee helaas", 2, 2), ("unfortunately yes", 4, 3), ("unfortunately not", 2, 2),
    ("sadly true", 4, 3), ("sadly not true", 2, 2), ("unfortunately I do", 4, 3),
    ("unfortunately I don't", 2, 2), ("I'm afraid so", 4, 3), ("I'm afraid not", 2, 2),
    ("sadly that's the case", 4, 3), ("luckily not", 2, 2), ("of course I agree", 4, 3),
    ("helaas helemaal mee eens", 5, 4), ("klopt helaas helemaal", 5, 4), ("helaas meestal wel", 4, 3),
    ("helaas meestal niet", 2, 2), ("jammer genoeg nooit", 1, 1), ("helaas altijd", 5, 4),
    ("helaas 2", 2, 2), ("2 helaas", 2, 2), ("eerlijk gezegd helaas wel", 4, 3),
    # "klopt" in other words, with or without a regret
    ("true", 4, 3), ("not true", 2, 2), ("dat is juist", 4, 3), ("onjuist", 2, 2), ("correct", 4, 3),
]  # fmt: skip


@pytest.mark.parametrize(("text", "on_five", "on_four"), WITH_REGRET)
def test_a_regret_inside_an_answer_leaves_the_answer(text: str, on_five: int, on_four: int, four) -> None:
    assert parse_answer(text) == on_five
    assert parse_answer(text, four) == on_four


# -- a frequency said negated --------------------------------------------------------------

NEGATED_FREQUENCY = [
    "meestal niet", "vaak niet", "doorgaans niet", "gewoonlijk niet", "usually not", "mostly not",
    "often not", "generally not", "not often", "niet vaak", "niet zo vaak", "not that often",
    "I usually don't", "I don't usually", "I mostly don't", "nee, meestal niet", "ja meestal niet",
    "meestal nee", "usually no", "mostly no", "meestal niet echt", "tja, meestal niet", "meestal niet hoor",
    "meestal nie", "volgens mij meestal niet", "zelden wel", "not usually",
]  # fmt: skip


@pytest.mark.parametrize("text", NEGATED_FREQUENCY)
def test_a_negated_usually_or_often_is_disagree(text: str, four) -> None:
    """As "niet vaak" and "bijna nooit": disagree, not strongly (2 of 5, 2 of 4)."""
    assert agreement(text) == ("disagree", False)
    assert parse_answer(text) == 2
    assert parse_answer(text, four) == 2


# -- what must not change ------------------------------------------------------------------

UNCHANGED = [
    ("meestal wel", 4), ("ja hoor", 4), ("bijna altijd", 4), ("bijna nooit", 2), ("zelden", 2),
    ("nooit", 1), ("nee, nooit", 1), ("nooit, nee", 1), ("no never", 1), ("nope, never", 1),
    ("yep, always", 5), ("klopt wel", 4), ("dat klopt niet", 2), ("meestal wel eens", 4), ("soms", 3),
    ("soms wel, soms niet", 3), ("niet echt", 2), ("helemaal mee eens", 5), ("niet mee eens", 2),
    ("I usually do", 4), ("most of the time", 4), ("often", 4), ("nee", 2), ("ja", 4),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), UNCHANGED)
def test_answers_read_before_read_the_same(text: str, value: int) -> None:
    assert parse_answer(text) == value


NOT_SCORED = [
    # too vague, or no clear answer: "niet altijd" stays unscored on purpose
    "niet altijd", "not always", "bijna altijd niet", "altijd niet", "nooit niet", "zelden niet",
    "soms niet", "never not", "niet nooit", "not never", "almost never not", "niet meestal soms",
    # a regret alone, or with a question or a feeling: no answer
    "helaas", "jammer genoeg", "unfortunately", "natuurlijk", "helaas, hoe bedoel je?",
    "ik ben gelukkig", "helaas weet ik niet wat je bedoelt", "hoe vaak niet?", "unfortunately, why?",
    "klopt het helaas dat ik dit moet doen",
]  # fmt: skip


@pytest.mark.parametrize("text", NOT_SCORED)
def test_vague_answers_and_questions_stay_unscored(text: str) -> None:
    assert parse_answer(text) is None


# -- in the chat ---------------------------------------------------------------------------


def reply(text: str, intent: str, lang: str) -> list[dict[str, Any]]:
    """The coach's reply to `text` (read by NLU as `intent`) typed right after question 2."""
    question_2 = start(lang)
    dispatcher = CollectingDispatcher()
    asyncio.run(ACTIONS[intent]().run(dispatcher, after(question_2, text, intent, lang), {}))
    return dispatcher.messages


@pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py
@pytest.mark.parametrize(
    ("text", "intent", "lang", "said_back"),
    [
        ("klopt helaas wel", "out_of_scope", "nl", "Genoteerd: 4 · Eens."),
        ("klopt helaas wel", "ask_advice", "nl", "Genoteerd: 4 · Eens."),
        ("jammer genoeg wel", "affirm", "nl", "Genoteerd: 4 · Eens."),
        ("helaas niet", "deny", "nl", "Genoteerd: 2 · Oneens."),
        ("meestal niet", "selfcheck_answer", "nl", "Genoteerd: 2 · Oneens."),
        ("meestal niet", "deny", "nl", "Genoteerd: 2 · Oneens."),
        ("vaak niet", "nlu_fallback", "nl", "Genoteerd: 2 · Oneens."),
        ("usually not", "deny", "en", "Noted: 2 · Disagree."),
        ("sadly true", "out_of_scope", "en", "Noted: 4 · Agree."),
        ("unfortunately yes", "affirm", "en", "Noted: 4 · Agree."),
    ],
)  # fmt: skip
def test_the_answer_is_recorded_and_said_back(text: str, intent: str, lang: str, said_back: str) -> None:
    messages = reply(text, intent, lang)
    assert said_back in said(messages), said(messages)
    assert ("vraag 3 van 7" if lang == "nl" else "question 3 of 7") in said(messages)
    assert position() == 2
