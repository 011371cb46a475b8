"""Stop 59: the sender's role is read in one place (actions/base.py `role_of_sender`), and every
action that offers topics by role reads it from there; the shared turn helper (tests/unit/turns.py)."""

from __future__ import annotations

from types import ModuleType

import pytest
from rasa_sdk import Tracker

import actions.selfcheck
from actions import advice, base, coaching, feedback, small_talk, yes_no
from actions.base import role_of_sender
from actions.coaching import ActionCoachingTip
from bot.settings import get_settings
from bot.storage.profiles import ProfileStore
from tests.unit.action_helpers import tracker
from tests.unit.turns import SENDER, new_sender, turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py


def _of(sender: str, metadata: dict | None = None) -> Tracker:
    tracked = tracker("hallo", "greet")
    tracked.sender_id = sender
    tracked.latest_message["metadata"] = metadata or {}
    return tracked


@pytest.mark.parametrize("role", ["employee", "manager", "admin"])
def test_the_stored_role_is_read(role: str) -> None:
    assert role_of_sender(_of(new_sender(role))) == role


def test_no_profile_is_no_role_whatever_the_channel_says() -> None:
    assert role_of_sender(_of(new_sender())) is None
    assert role_of_sender(_of(new_sender(), {"role": "manager"})) is None  # metadata: greeting_response


def test_a_role_changed_later_is_read_anew() -> None:
    sender = new_sender("employee")
    ProfileStore(get_settings().app_db_url).set_profile(sender, "manager", None)
    assert role_of_sender(_of(sender)) == "manager"


def test_no_profile_store_is_no_role(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> None:
        raise RuntimeError("no database")

    monkeypatch.setattr(actions.selfcheck, "service", broken)
    assert role_of_sender(_of(new_sender("manager"))) is None
    assert "could not read the profile" in caplog.text


@pytest.mark.parametrize("module", [advice, coaching, feedback, small_talk, yes_no])
def test_every_action_reads_the_one_role_lookup(module: ModuleType) -> None:
    assert module.role_of_sender is base.role_of_sender
    assert not hasattr(feedback, "_role")  # no late import of advice's copy any more


# == the shared turn helper ======================================================================


def test_new_senders_differ_and_keep_their_role() -> None:
    first, second = new_sender(), new_sender("manager", prefix="x")
    assert first != second and first.startswith("s59-") and second.startswith("x-")
    assert ProfileStore(get_settings().app_db_url).profile(second).role == "manager"


def test_a_turn_grows_the_conversation_by_the_message_and_the_replies() -> None:
    messages, events = turn("Een klant staat tegen me te schreeuwen, wat doe ik?", "nl", [], message_id="m1")
    assert events[0] == {"event": "user", "text": events[0]["text"], "metadata": {"message_id": "m1"}}
    assert len(events) == 1 + len(messages) and all(e["event"] == "bot" for e in events[1:])
    assert events[1]["data"]["buttons"] == (messages[0].get("buttons") or [])
    again, more = turn(
        "geef me een tip", "nl", events, new_sender("employee"), ActionCoachingTip, "ask_coaching_tip"
    )
    assert more[: len(events)] == events and again
    assert SENDER == "test-user"  # the sender of tests/unit/test_actions.py `tracker`
