"""One turn of a conversation with a real action, for the unit tests (like rasa-demo's tracker
fixtures): `turn` builds the rasa_sdk Tracker Rasa would send for a typed message after the
events so far, runs the action on it and returns its messages with the events grown by the
message and the coach's replies; `new_sender` gives a fresh sender id, with a stored role when
asked; `at_question_2`, `open_position` and `statement_text` walk a self-check (CHECK). Tests that
store anything must use the `own_app_db` fixture (tests/unit/conftest.py)."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import actions.selfcheck
from actions.advice import ActionAnswerAdvice
from actions.selfcheck import ActionSelfcheckAnswer, ActionStartSelfcheck
from bot.content.selfchecks import load_selfchecks
from bot.dialogue import payloads
from bot.settings import get_settings
from bot.storage.profiles import ProfileStore

SENDER = "test-user"  # the sender of tests/unit/action_helpers.py `tracker`
SLOTS: dict[str, Any] = {"language": "nl", "pinned_language": None, "tips_given": None}
CHECK = "keeping-promises"  # the self-check the conversation tests walk (seven statements)


def new_sender(role: str | None = None, prefix: str = "s59") -> str:
    """A sender id no other test uses ("<prefix>-<8 hex>"); with `role` ("employee", "manager",
    "admin") a profile with that role and no team is stored for it (bot/storage/profiles.py), as
    `servicecoach profile set` stores it."""
    sender = f"{prefix}-{uuid.uuid4().hex[:8]}"
    if role is not None:
        ProfileStore(get_settings().app_db_url).set_profile(sender, role, None)
    return sender


def turn(
    text: str,
    lang: str,
    events: list[dict],
    sender: str = SENDER,
    action: type = ActionAnswerAdvice,
    intent: str = "ask_advice",
    entities: list[dict] | None = None,
    message_id: str | None = None,
    slots: dict[str, Any] | None = None,
    confidence: float = 0.9,
    metadata: dict[str, Any] | None = None,
    timestamp: float | None = None,
) -> tuple[list[dict], list[dict]]:
    """Run `action` on `text` from `sender` after `events`, as NLU read it (`intent` with
    `confidence`, `entities`), in the conversation language `lang` (the `language` slot; other
    `slots` on top of SLOTS). `message_id` is the channel's id of the message (its metadata);
    `metadata` adds what else the channel sends with it (e.g. {"edit_of": the original's id} for a
    Telegram edit, bot/channels/telegram/handlers.py); `timestamp` (seconds since the epoch) is put
    on the user event, as Rasa keeps it (none unless given).

    Returns the action's messages (as CollectingDispatcher holds them: text, buttons, custom,
    response) and the events so far: `events`, the user event (Rasa's tracker holds the latest
    message too), then a bot event a message, {"event": "bot", "text", "data": {"buttons",
    "custom"}}, the shape actions/base.py `last_reply` reads."""
    metadata = {**({"message_id": message_id} if message_id else {}), **(metadata or {})}
    user: dict[str, Any] = {"event": "user", "text": text, "metadata": metadata}
    if timestamp is not None:
        user["timestamp"] = timestamp
    events = [*events, user]
    latest = {
        "text": text,
        "intent": {"name": intent, "confidence": confidence},
        "entities": entities or [],
        "metadata": metadata,
    }
    tracked = Tracker(
        sender, {**SLOTS, "language": lang, **(slots or {})}, latest, events, False, None, {}, "action_listen"
    )
    dispatcher = CollectingDispatcher()
    asyncio.run(action().run(dispatcher, tracked, {}))
    replies = [
        {
            "event": "bot",
            "text": m.get("text"),
            "data": {"buttons": m.get("buttons") or [], "custom": m.get("custom")},
        }
        for m in dispatcher.messages
    ]
    return dispatcher.messages, [*events, *replies]


def at_question_2(lang: str, sender: str, events: list[dict] | None = None, check: str = CHECK) -> list[dict]:
    """Start the self-check `check` in `lang` after `events` and answer statement 1 with "4", as
    `turn` runs the actions: the events so far, with statement 2 on screen."""
    start = payloads.start_selfcheck(check)
    entities = [{"entity": "selfcheck_id", "value": check}]
    _, events = turn(
        start, lang, events or [], sender, ActionStartSelfcheck, "start_selfcheck", entities=entities
    )
    _, events = turn("4", lang, events, sender, ActionSelfcheckAnswer, "selfcheck_answer")
    return events


def open_position(sender: str) -> int:
    """How many statements of `sender`'s open self-check are answered (the open step's
    `position`, actions/selfcheck.py `service().open_step`: 1 with statement 2 on screen);
    fails when they have no check open."""
    step = actions.selfcheck.service().open_step(sender)
    assert step is not None
    return step.position


def statement_text(lang: str, position: int = 1, check: str = CHECK) -> str:
    """The text in `lang` of statement `position` of the self-check `check`, as
    bot/content/selfchecks.py loads it from the settings' selfcheck_dir."""
    return load_selfchecks(get_settings().selfcheck_dir)[0][check].statement(position).text[lang]


def advice_turn(
    text: str,
    lang: str,
    events: list[dict],
    action: type = ActionAnswerAdvice,
    intent: str = "ask_advice",
    entities: list[dict] | None = None,
) -> tuple[list[dict], list[dict]]:
    """`turn` for the one sender SENDER, in the argument order of the follow-up tests: `action` (the
    advice action) on `text` after `events`, as NLU read it (`intent`, `entities`). Until stop 62 the
    tests imported it from tests/unit/test_followup.py as `_turn`."""
    return turn(text, lang, events, action=action, intent=intent, entities=entities)
