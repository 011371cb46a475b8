"""Stop 64, changed in stop 67: the note on a long message comes first, before the answer it is
about, in both channels (bot/channels/long_note.py), with or without a feedback question."""

from __future__ import annotations

from bot.channels.long_note import with_long_note
from bot.i18n import t

NOTE = {"text": "note"}


def test_the_note_goes_before_the_answer_in_dutch_or_english() -> None:
    for lang in ("nl", "en"):
        ask = {"text": t("feedback_ask", lang), "buttons": [{"title": "👍", "payload": "/x"}]}
        replies = [{"text": "Antwoord"}, {"custom": {"type": "source", "id": "a"}}, ask]
        assert with_long_note(replies, "note") == [NOTE, *replies]


def test_without_a_feedback_question_the_note_still_comes_first() -> None:
    replies = [{"text": "Daar weet ik geen antwoord op."}, {"text": "Kies", "buttons": []}]
    assert with_long_note(replies, "note") == [NOTE, *replies]
    assert with_long_note([], "note") == [NOTE]
