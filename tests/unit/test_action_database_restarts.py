"""An action that the app database's restart cut short is done again (actions/base.py):
the failed attempt's messages are taken back, other errors are not retried."""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError

from actions.base import CoachAction
from bot.storage.db import server_restarting

CUT = [  # what psycopg says when PostgreSQL restarts under a statement
    "consuming input failed: server closed the connection unexpectedly",
    "terminating connection due to administrator command",
    "connection failed: Connection refused",
    "the database system is shutting down",
    "the database system is starting up",
]


class Flaky(CoachAction):
    def __init__(self, failures: list[Exception]) -> None:
        self.failures, self.calls = failures, 0

    def name(self) -> str:
        return "action_flaky_for_tests"

    async def run(self, dispatcher, tracker, domain):
        self.calls += 1
        dispatcher.utter_message(text=f"attempt {self.calls}")
        if self.failures:
            raise self.failures.pop(0)
        return [{"event": "slot", "name": "done", "value": True}]


def tracker() -> Tracker:
    return Tracker("u1", {}, {"text": "hoi"}, [], False, None, {}, "action_listen")


@pytest.mark.parametrize("message", CUT)
def test_an_action_cut_by_a_database_restart_is_done_again_once(message: str, monkeypatch) -> None:
    monkeypatch.setattr("actions.base.wait_exponential", lambda **_: lambda _state: 0)
    action = Flaky([OperationalError("SELECT 1", {}, Exception(message))] * 2)
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker(), {}))
    assert events == [{"event": "slot", "name": "done", "value": True}]
    assert action.calls == 3
    assert [m["text"] for m in dispatcher.messages] == ["attempt 3"]  # not the failed attempts' texts


@pytest.mark.parametrize(
    "error",
    [
        IntegrityError("INSERT", {}, Exception("duplicate key value violates unique constraint")),
        ProgrammingError("SELECT", {}, Exception('relation "x" does not exist')),
        OperationalError("SELECT", {}, Exception('password authentication failed for user "coach"')),
        ValueError("not a database error"),
    ],
)
def test_other_errors_are_not_retried(error: Exception) -> None:
    assert not server_restarting(error)
    action = Flaky([error])
    with pytest.raises(type(error)):
        asyncio.run(action.run(CollectingDispatcher(), tracker(), {}))
    assert action.calls == 1
