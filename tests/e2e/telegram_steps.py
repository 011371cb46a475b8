"""What a Telegram user does in the end-to-end tests, shared by the tests/e2e/test_telegram_*.py
files (the fixtures `fake`, `settings` and `bot` are in tests/e2e/conftest.py):

- `sender`: the keyed hash Rasa knows the user by (bot/privacy/pseudonym.py);
- `member`: a new user who redeemed an invite with a role and team (bot/storage/access.py);
- `exchange`: the user types or presses, then waits for the bot's new messages; `has` a wait
  for a message holding some text;
- `typed`, `edit`, `settle`, `said`, `gaps_for`, `SOURCE`: typing and editing a message and
  what the coach did with it (edited messages, tests/e2e/test_telegram_edits_s59.py and _s60.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from bot.privacy.pseudonym import Pseudonyms
from bot.storage.access import AccessStore
from bot.storage.insights import InsightsStore
from tests.fakes.telegram import FakeTelegram, FakeUser, Sent
from tests.helpers import BotRunner, new_user

# the line that names an answer's source, per language
SOURCE = {"nl": "Bron:", "en": "Source:"}


def sender(settings, user: FakeUser) -> str:
    """The user's sender id in Rasa and the app database ("tg-..."), keyed by the settings' hash key."""
    return Pseudonyms(settings.telegram_hash_key.encode()).sender_id(user.id)


def member(settings, role: str = "employee", team: str | None = "balie", language: str = "nl") -> FakeUser:
    """A new user (client language `language`) who redeemed a one-use invite for `role` in `team`."""
    user = new_user(language)
    store = AccessStore(settings.app_db_url)
    code, _ = store.create_invite(role, team, max_uses=1)
    assert store.redeem(sender(settings, user), code)
    return user


def exchange(
    fake: FakeTelegram,
    bot: BotRunner,
    user: FakeUser,
    text: str | None = None,
    press: tuple[Sent, str] | None = None,
    until: Callable[[list[Sent]], bool] = lambda new: bool(new and new[-1].buttons),
    timeout: float = 180.0,
) -> list[Sent]:
    """Act as the user, then wait until the bot's new messages satisfy `until` and the bot
    has finished with the update; returns the new messages."""
    before = len(fake.messages_to(user.id))
    if text is not None:
        fake.send_text(user, text)
    else:
        assert press is not None
        fake.press(user, press[0], press[1]["callback_data"] if isinstance(press[1], dict) else press[1])
    fake.wait_for(
        lambda: until(fake.messages_to(user.id)[before:]) and fake.pending_updates() == 0 and bot.idle(),
        timeout,
        f"the bot's answer to {text or press}",
    )
    return fake.messages_to(user.id)[before:]


def has(part: str) -> Callable[[list[Sent]], bool]:
    """An `until` for `exchange`: a new message's text holds `part`."""
    return lambda new: any(part in m.text for m in new)


def settle(fake: FakeTelegram, bot: BotRunner) -> None:
    """Until the bot has fetched and handled every update, and a moment more (a reply to an
    edit would have come by then)."""
    fake.wait_for(lambda: fake.pending_updates() == 0 and bot.idle(), 180, "the bot to be idle")
    time.sleep(1.5)
    fake.wait_for(lambda: fake.pending_updates() == 0 and bot.idle(), 180, "the bot to be idle")


def typed(fake: FakeTelegram, bot: BotRunner, user: FakeUser, text: str) -> tuple[int, list[Sent]]:
    """The user types `text`: (its Telegram message id, the coach's whole reply)."""
    before = len(fake.messages_to(user.id))
    exchange(fake, bot, user, text, until=lambda new: bool(new))
    settle(fake, bot)
    return fake.last_sent(user), fake.messages_to(user.id)[before:]


def edit(fake: FakeTelegram, bot: BotRunner, user: FakeUser, message_id: int, text: str) -> list[Sent]:
    """The user edits their message `message_id` into `text`: the coach's reply ([] for none)."""
    before = len(fake.messages_to(user.id))
    fake.send_edit(user, message_id, text)
    settle(fake, bot)
    return fake.messages_to(user.id)[before:]


def said(messages: list[Sent]) -> str:
    """The texts of `messages`, one a line."""
    return "\n".join(m.text for m in messages)


def gaps_for(settings, question: str) -> list[str]:
    """The reasons of the gaps logged for `question` (bot/storage/insights.py `gaps`)."""
    return [g.reason for g in InsightsStore(settings.app_db_url).gaps() if g.question == question]
