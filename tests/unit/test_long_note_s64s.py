"""Stop 64: the note on a long message goes between the answer and its feedback question, in
both channels (bot/channels/long_note.py); without a feedback question it ends the reply."""

from __future__ import annotations

from bot.channels.long_note import with_long_note
from bot.i18n import t

NOTE = {"text": "note"}


def test_the_note_goes_before_the_dutch_or_english_feedback_question() -> None:
    for lang in ("nl", "en"):
        ask = {"text": t("feedback_ask", lang), "buttons": [{"title": "👍", "payload": "/x"}]}
        replies = [{"text": "Antwoord"}, {"custom": {"type": "source", "id": "a"}}, ask]
        assert with_long_note(replies, "note") == [*replies[:2], NOTE, ask]


def test_without_a_feedback_question_the_note_ends_the_reply() -> None:
    replies = [{"text": "Daar weet ik geen antwoord op."}, {"text": "Kies", "buttons": []}]
    assert with_long_note(replies, "note") == [*replies, NOTE]
    assert with_long_note([], "note") == [NOTE]
