"""Tester round of stop 63 (/tmp/s63/D_verdicts.md) on Telegram, against the fake Bot API and a
scripted Rasa (tests/unit/telegram_fixtures.py):

- /vergeet tells only a member who joined with an invite code that a new one is needed after it;
  a user let in by TELEGRAM_ALLOWED_IDS comes back without one (A45);
- a typed help ("help", "wat kun je allemaal?", whatever the coach answers with its help) lists
  the commands for the role as /help does: an admin's "help" named no admin tasks (G5);
- the notice that a long message was read at its start and end stays after the answer (B24b asked
  for it first; but only once the coach has read the message is its language known, and the note
  is said in it: tests/e2e/test_telegram_conversation.py)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from bot.dialogue.client import MAX_MESSAGE_CHARS
from bot.i18n import t
from bot.settings import Settings
from bot.storage.access import AccessStore
from tests.fakes.telegram import FakeTelegram, FakeUser
from tests.helpers import TOKEN, BotRunner, bot_settings, free_port, new_user, start_bot
from tests.unit.telegram_fixtures import ScriptedRasa

HELP_TEXT = "Dit kan ik voor je doen:"


def _reply(message: str) -> list[dict]:
    """A coach whose help (for "help", "wat kun je allemaal?" or /help's payload) ends with the
    line that points to /help, as actions/help.py writes it on Telegram; anything else: "ok"."""
    if message in ("help", "wat kun je allemaal?", "/help"):
        return [{"text": f"{HELP_TEXT}\n• advies\n{t('help_telegram', 'nl')}"}]
    answer = {"text": "Antwoord", "buttons": [{"title": "👍", "payload": "/feedback"}]}
    return [answer, {"text": "Had je hier iets aan?"}]


@contextmanager
def _chat(var_dir: Path, role: str = "employee", allowed: bool = False) -> Iterator[
    tuple[FakeTelegram, ScriptedRasa, FakeUser, BotRunner]
]:
    """A running bot with a Dutch user: let in by TELEGRAM_ALLOWED_IDS (`allowed`) or joined with
    an invite code for `role`."""
    rasa = ScriptedRasa(_reply)
    try:
        with FakeTelegram(TOKEN) as fake:
            user = new_user("nl")
            extra = {"telegram_allowed_ids": str(user.id)} if allowed else {}
            base = Settings(var_dir=var_dir, rasa_port=rasa.port, action_port=free_port())
            s = bot_settings(base, fake, **extra)
            runner = start_bot(s)
            try:
                if allowed:
                    fake.send_text(user, "hoi")
                else:
                    code, _ = AccessStore(s.app_db_url).create_invite(role)
                    fake.send_text(user, f"/start {code}")
                fake.wait_for(lambda: len(rasa.bodies) >= 1, what="the first message")
                _settle(runner, fake)
                yield fake, rasa, user, runner
            finally:
                runner.stop()
    finally:
        rasa.close()


def _settle(runner: BotRunner, fake: FakeTelegram) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not (fake.pending_updates() == 0 and runner.idle()):
        time.sleep(0.05)
    time.sleep(0.3)


def _say(fake: FakeTelegram, runner: BotRunner, user: FakeUser, text: str) -> list:
    before = len(fake.messages_to(user.id))
    fake.send_text(user, text)
    _settle(runner, fake)
    return fake.messages_to(user.id)[before:]


# --- /vergeet and the invite code ---

NEW_CODE = "uitnodigingscode"


def test_forget_tells_an_invited_member_a_new_code_is_needed(tmp_path) -> None:
    with _chat(tmp_path) as (fake, _, user, runner):
        (question,) = _say(fake, runner, user, "/vergeet")
    assert question.text.startswith("Weet je het zeker?") and NEW_CODE in question.text


def test_forget_does_not_tell_an_allow_listed_user_of_a_code(tmp_path) -> None:
    """A45: the allow-listed user comes straight back in; the line about a code is not theirs."""
    with _chat(tmp_path, allowed=True) as (fake, _, user, runner):
        (question,) = _say(fake, runner, user, "/vergeet")
        assert question.text.startswith("Weet je het zeker?") and NEW_CODE not in question.text
        assert len(question.buttons) == 2
        # and indeed: after the wipe the next message is let in, without a code
        fake.press(user, question, question.button("Ja")["callback_data"])
        _settle(runner, fake)
        after = _say(fake, runner, user, "hoe ga ik om met een boze klant?")
    assert any(m.text == "Antwoord" for m in after)


# --- typed help lists the commands for the role ---


@pytest.mark.parametrize("typed", ["help", "wat kun je allemaal?"])
@pytest.mark.parametrize("role", ["admin", "manager", "employee"])
def test_typed_help_lists_the_commands_for_the_role_as_slash_help_does(
    tmp_path, role: str, typed: str
) -> None:
    with _chat(tmp_path, role=role) as (fake, _, user, runner):
        slash = "\n".join(m.text for m in _say(fake, runner, user, "/help"))
        said = "\n".join(m.text for m in _say(fake, runner, user, typed))
    for key in ("commands_head", "commands_manager", "commands_admin"):
        leads = key == "commands_manager" and role != "employee"
        expected = key == "commands_head" or leads or role == "admin"
        assert (t(key, "nl") in slash) == expected, key
        assert (t(key, "nl") in said) == expected, (key, said)
    assert HELP_TEXT in said and t("help_telegram", "nl") not in said  # no "/help shows the commands"


def test_look_alike_an_answer_gets_no_command_list(tmp_path) -> None:
    with _chat(tmp_path, role="admin") as (fake, _, user, runner):
        said = "\n".join(m.text for m in _say(fake, runner, user, "hoe ga ik om met een boze klant?"))
    assert t("commands_head", "nl") not in said and t("commands_admin", "nl") not in said


# --- the long-message notice after the answer, in the message's language ---


def test_the_long_message_notice_comes_before_the_answer(tmp_path) -> None:
    """B24b: "Je bericht was lang ..." is sent with the answer, once the coach has read the message
    and knows its language; since stop 67 before the answer (bot/channels/long_note.py)."""
    long_text = "de klant is boos omdat zijn bestelling te laat is. " * (MAX_MESSAGE_CHARS // 40)
    assert len(long_text) > MAX_MESSAGE_CHARS
    notice = t("long_message", "nl", n=MAX_MESSAGE_CHARS)
    with _chat(tmp_path) as (fake, _, user, runner):
        said = [m.text for m in _say(fake, runner, user, long_text)]
    assert said == [notice, "Antwoord", "Had je hier iets aan?"], said


def test_look_alike_a_message_of_normal_length_gets_no_notice(tmp_path) -> None:
    with _chat(tmp_path) as (fake, _, user, runner):
        said = [m.text for m in _say(fake, runner, user, "de klant is boos")]
    assert said == ["Antwoord", "Had je hier iets aan?"]
