"""Tester round of stop 63 in the terminal chat (bot/channels/terminal/chat.py), through the chat
loop with a scripted client:

- the notice that a long message was read at its start and end comes after the answer, in the
  conversation's language as the reply left it (as on Telegram);
- the chat's own lines (/vergeet's question, "Stopping the coach") follow the conversation's
  language as the actions keep it, read after every reply (`_follow_language`): one English
  question in a Dutch chat, then "nee" answered in Dutch, keeps /vergeet Dutch (M13, M15)."""

from __future__ import annotations

import builtins

from bot.channels.terminal import chat
from bot.dialogue.client import MAX_MESSAGE_CHARS
from bot.i18n import t
from bot.settings import get_settings


class _FakeRasa:
    """The REST client as the chat loop uses it: each message sent, and the replies given."""

    def __init__(self, replies: list[list[dict]]) -> None:
        self.sent: list[str] = []
        self._replies = iter(replies)

    def send(self, sender: str, message: str, metadata: dict) -> list[dict]:
        self.sent.append(message)
        return next(self._replies)


def _chat(typed_lines: list[str], replies: list[list[dict]], monkeypatch, languages: list[str]) -> _FakeRasa:
    """The loop on `typed_lines`; after each reply the conversation's language is the next of
    `languages` (the `language` slot the actions left)."""
    typed = iter([*typed_lines, "/quit"])
    kept = iter(languages)
    monkeypatch.setattr(builtins, "input", lambda prompt="": next(typed))
    monkeypatch.setattr(chat, "pinned_language", lambda url, sender: None)
    monkeypatch.setattr(chat, "conversation_language", lambda url, token, sender, now: next(kept, now))
    monkeypatch.setattr(chat, "LANG", "nl")
    client = _FakeRasa(replies)
    stack = type("Stack", (), {"settings": get_settings(), "api_token": "x", "rasa_url": "http://127.0.0.1:1"})()
    assert chat._loop(client, stack, "terminal-test") == 0  # type: ignore[arg-type]
    return client


def test_the_long_message_notice_comes_before_the_answer(monkeypatch, capsys) -> None:
    long_text = "de klant is boos omdat zijn bestelling te laat is. " * (MAX_MESSAGE_CHARS // 40)
    _chat([long_text], [[{"text": "Antwoord"}, {"text": "Had je hier iets aan?"}]], monkeypatch, ["nl"])
    out = capsys.readouterr().out
    notice = t("long_message", "nl", n=MAX_MESSAGE_CHARS)
    # since stop 67 before the answer (bot/channels/long_note.py)
    assert notice in out and out.index(notice) < out.index("Antwoord") < out.index("Had je hier iets aan?")


def test_look_alike_a_short_message_gets_no_notice(monkeypatch, capsys) -> None:
    _chat(["de klant is boos"], [[{"text": "Antwoord"}]], monkeypatch, ["nl"])
    assert t("long_message", "nl", n=MAX_MESSAGE_CHARS) not in capsys.readouterr().out


def test_forget_asks_in_the_language_of_the_last_reply(monkeypatch, capsys) -> None:
    """English question (slot en), then "nee" answered in Dutch (slot nl): /vergeet asks in Dutch."""
    replies = [[{"text": "From product to emotion"}], [{"text": "Oké. Je zelftest staat nog open."}]]
    typed = ["how do I handle a crying customer?", "nee", "/vergeet", "nee"]
    _chat(typed, replies, monkeypatch, ["en", "nl"])
    out = capsys.readouterr().out
    assert t("terminal_forget_confirm", "nl") in out and t("not_forgotten", "nl") in out
    assert t("terminal_forget_confirm", "en") not in out


def test_look_alike_an_english_chat_asks_in_english(monkeypatch, capsys) -> None:
    replies = [[{"text": "From product to emotion"}], [{"text": "Okay."}]]
    _chat(["how do I handle a crying customer?", "no", "/forget", "no"], replies, monkeypatch, ["en", "en"])
    out = capsys.readouterr().out
    assert t("terminal_forget_confirm", "en") in out and t("terminal_forget_confirm", "nl") not in out
