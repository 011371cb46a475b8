"""A question what a self-check statement means, typed while it is on screen ("wa bedoelde
met opvallende opmerkingen?", "what do you mean by that"), gets how to read a statement and
the statement again, whatever intent NLU read; the help text asked mid-check has no button to
start a self-check (tester round of stop 49: the help text came, with "Start een zelftest"
while one was running). Real actions and a real app database (SQLite)."""

from __future__ import annotations

import pytest

from actions.advice import ActionAnswerAdvice, ActionKbFallback
from actions.help import ActionHelp
from actions.selfcheck import ASKS_MEANING, ActionStartSelfcheck
from bot.dialogue import payloads
from bot.i18n import t
from tests.unit.replies import run, said, scale_buttons

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

ASKED = {
    "nl": ["wa bedoelde met opvallende opmerkingen?", "wat bedoel je met die stelling",
           "ik snap de vraag niet", "wat betekent dat?", "hoe bedoel je",
           "wat wordt er bedoeld met deze vraag", "ik snap die vraag ni goed", "ik begrijp de stelling niet"],
    "en": ["what do you mean by that?", "I don't understand the statement", "what does that mean",
           "what does this statement mean?"],
}  # fmt: skip
NOT_ASKED = [
    "wat betekent NPS", "wat betekent klantintimiteit", "hoe ga ik om met een boze klant", "4", "stop",
]  # fmt: skip


@pytest.mark.parametrize("text", ASKED["nl"] + ASKED["en"])
def test_questions_what_it_means_are_read_as_such(text: str) -> None:
    assert ASKS_MEANING.search(text)


@pytest.mark.parametrize("text", NOT_ASKED)
def test_other_messages_are_not(text: str) -> None:
    assert not ASKS_MEANING.search(text)


def _started(lang: str) -> None:
    run(ActionStartSelfcheck(), payloads.start_selfcheck("keeping-promises"), "start_selfcheck", lang)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(("action", "intent"), [(ActionHelp, "help"), (ActionAnswerAdvice, "ask_advice"),
                                                (ActionKbFallback, "nlu_fallback")])  # fmt: skip
def test_mid_check_it_says_how_to_read_the_statement_and_shows_it_again(
    action, intent: str, lang: str
) -> None:
    _started(lang)
    for text in ASKED[lang]:
        messages = run(action(), text, intent, lang)
        assert messages[0]["text"] == t("sc_statement_meaning", lang), said(messages)
        assert t("help_head", lang) not in said(messages)
        assert len(scale_buttons(messages)) == 5  # the statement on screen again


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_help_mid_check_has_no_button_to_start_one(lang: str) -> None:
    _started(lang)
    messages = run(ActionHelp(), "wat kun je allemaal?" if lang == "nl" else "what can you do?", "help", lang)
    assert t("help_head", lang) in said(messages)
    buttons = [b["payload"] for m in messages for b in m.get("buttons") or []]
    starts = [p for p in buttons if p == payloads.start_selfcheck()]
    assert not starts and len(scale_buttons(messages)) == 5


def test_without_a_statement_on_screen_it_is_no_such_question() -> None:
    messages = run(ActionHelp(), "wat bedoel je met klantbelofte?", "help", "nl")
    assert t("sc_statement_meaning", "nl") not in said(messages)
