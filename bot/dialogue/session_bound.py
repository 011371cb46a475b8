"""Bounded conversation sessions: a long conversation is continued in a new Rasa session
so that the work per message stays flat in the conversation's length. Runs inside Rasa
(its virtualenv, Python 3.10; imports only Rasa), called by the tracker store on save.

Why: Rasa replays every event of the current session for each policy prediction (the
states of the whole tracker are built, then cut to max_history), loads and deserialises all
of them from the tracker store per message, and sends all of them to the action server per
action call. A session normally ends only after `session_expiration_time` without a message,
so a busy conversation grew without bound (profile in docs/performance.md).

What: once the session holds more than MAX_SESSION_EVENTS events and a turn is complete
(the latest event is `action_listen`), the new session is written the way Rasa's own
`action_session_start` with `carry_over_slots_to_new_session` does: `session_started`, the
slots set in the old session (one `slot` event each, current value), then `action_listen`.
Safe because every rule in data/rules routes on the latest intent alone (no rule looks at
earlier turns) and the self-check's state lives in the app database. The latest bot message
that offered buttons is carried too (a record only: it is not sent again), so typed feedback
("dit antwoord was nuttig", actions/feedback.py) still finds the answer it is about; and so
is every message of the coach's last reply (its article's source note among them), so a
follow-up right after the new session ("korter", "vertel meer", "wat zeg ik dan letterlijk")
still knows the answer it follows (tester round of stop 56: "korter" got "Waar wil je een kort
antwoord op?")."""

from __future__ import annotations

from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.events import ActionExecuted, BotUttered, Event, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

# events since the session started; an advice question adds about 6-8, so a session
# holds about the last 12-15 questions at most
MAX_SESSION_EVENTS = 100


def session_events(tracker: DialogueStateTracker) -> int:
    """The number of events since the latest `session_started` (all of them if none)."""
    count = 0
    for event in reversed(tracker.events):
        if isinstance(event, SessionStarted):
            break
        count += 1
    return count


def turn_complete(tracker: DialogueStateTracker) -> bool:
    """True when the bot has finished its turn: the latest event is `action_listen`."""
    latest = tracker.events[-1] if tracker.events else None
    return isinstance(latest, ActionExecuted) and latest.action_name == ACTION_LISTEN_NAME


def new_session_events(tracker: DialogueStateTracker, limit: int = MAX_SESSION_EVENTS) -> list[Event]:
    """The events that start a new session carrying this one's state, or [] when the
    session is still short (<= `limit` events) or a turn is under way.

    Shape: [session_started, slot (one per slot set in the old session, current value)...,
    bot (the latest message with buttons, if it is not in the last reply), bot (each message
    of the coach's last reply)..., action_listen]; all stamped now."""
    if session_events(tracker) <= limit or not turn_complete(tracker) or tracker.active_loop_name:
        return []
    names: dict[str, SlotSet] = {}
    offered: BotUttered | None = None
    last_reply: list[BotUttered] = []
    for event in tracker.applied_events():
        if isinstance(event, SlotSet):
            names[event.key] = event
        elif isinstance(event, UserUttered):
            last_reply = []
        elif isinstance(event, BotUttered):
            last_reply.append(event)
            if (event.data or {}).get("buttons"):
                offered = event
    carried: list[Event] = [SessionStarted()]
    for key, last in names.items():
        carried.append(SlotSet(key, tracker.get_slot(key), metadata=last.metadata))
    if offered is not None and offered not in last_reply:
        carried.append(BotUttered(offered.text, offered.data, offered.metadata))
    for said in last_reply:
        carried.append(BotUttered(said.text, said.data, said.metadata))
    carried.append(ActionExecuted(ACTION_LISTEN_NAME))
    return carried
