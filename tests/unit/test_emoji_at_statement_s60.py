"""An emoji alone at an open self-check statement (tester round of stop 60: "🤷" got "Twijfel je
ergens over?" without the statement, and the user no longer saw what to answer): a shrug or a
thinking face is a question back (only you can say, the statement and its scale again); a laugh
gets its line, then the statement again; nothing is scored (👍/👎 there score agree/disagree).
Crying keeps its caring line alone, and out of a self-check every emoji is answered as before
(actions/advice.py `answered_as_emoji`)."""

from __future__ import annotations

import pytest

from actions.advice import ActionAnswerAdvice, ActionKbFallback
from actions.yes_no import ActionAffirm
from bot.i18n import t
from tests.unit.turns import at_question_2, new_sender, open_position, statement_text, turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py: own app database


def _texts(messages: list[dict]) -> list[str]:
    return [str(m.get("text") or "") for m in messages if m.get("text")]


@pytest.mark.parametrize(
    ("emoji", "lang", "action", "intent"),
    [
        ("🤷", "nl", ActionKbFallback, "nlu_fallback"),
        ("🤷‍♀️", "nl", ActionAnswerAdvice, "ask_advice"),
        ("🤔", "en", ActionKbFallback, "nlu_fallback"),
        ("😕", "en", ActionAffirm, "affirm"),
    ],
)
def test_a_shrug_at_a_statement_is_asked_back(emoji: str, lang: str, action: type, intent: str) -> None:
    sender = new_sender(prefix="s60e")
    events = at_question_2(lang, sender)
    messages, _ = turn(emoji, lang, events, sender, action, intent)
    texts = _texts(messages)
    assert texts[0] == t("sc_asked_back", lang, min="1", max="5"), texts
    assert statement_text(lang) in texts[1]
    assert open_position(sender) == 1  # statement 2 is still open, nothing scored


@pytest.mark.parametrize(
    ("emoji", "lang", "key"), [("😂", "nl", "emoji_laughter"), ("🤣", "en", "emoji_laughter")]
)
def test_a_laugh_at_a_statement_gets_the_statement_again(emoji: str, lang: str, key: str) -> None:
    sender = new_sender(prefix="s60e")
    events = at_question_2(lang, sender)
    messages, _ = turn(emoji, lang, events, sender, ActionKbFallback, "nlu_fallback")
    texts = _texts(messages)
    assert texts[0] == t(key, lang), texts
    assert any(statement_text(lang) in x for x in texts[1:]), texts
    assert open_position(sender) == 1


@pytest.mark.parametrize(("emoji", "key"), [("😭", "emoji_distress"), ("🤷", "emoji_doubt")])
def test_out_of_a_check_an_emoji_gets_its_line_alone(emoji: str, key: str) -> None:
    messages, _ = turn(emoji, "nl", [], new_sender(prefix="s60e"), ActionKbFallback, "nlu_fallback")
    texts = _texts(messages)
    assert texts == [t(key, "nl")], texts


def test_crying_at_a_statement_keeps_its_caring_line_alone() -> None:
    sender = new_sender(prefix="s60e")
    events = at_question_2("nl", sender)
    messages, _ = turn("😭", "nl", events, sender, ActionKbFallback, "nlu_fallback")
    assert _texts(messages) == [t("emoji_distress", "nl")], _texts(messages)
    assert open_position(sender) == 1
