"""Stop 60: the help reads the stored role through the one lookup (actions/base.py
`role_of_sender`) and keeps its own fallbacks (actions/help.py `role_of`): the channel's metadata
"role" for a sender without a profile, else "employee"."""

from __future__ import annotations

import pytest

import actions.selfcheck
from actions import base, help
from actions.help import role_of
from tests.unit.test_role_of_sender_s59 import _of  # a tracker of the sender, with metadata
from tests.unit.turns import new_sender

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py


def test_the_help_reads_the_one_role_lookup() -> None:
    assert help.role_of_sender is base.role_of_sender


@pytest.mark.parametrize(
    ("stored", "said"),
    [("employee", "manager"), ("manager", "employee"), ("admin", None), ("manager", "boss")],
)
def test_the_stored_role_wins_over_the_channel(stored: str, said: str | None) -> None:
    assert role_of(_of(new_sender(stored), {"role": said} if said else None)) == stored


@pytest.mark.parametrize(
    ("said", "role"),
    [("manager", "manager"), ("admin", "admin"), ("employee", "employee"), ("boss", "employee"),
     ("", "employee"), (None, "employee")],
)  # fmt: skip
def test_without_a_profile_the_channel_s_role_else_employee(said: str | None, role: str) -> None:
    assert role_of(_of(new_sender(), {"role": said} if said is not None else None)) == role


def test_no_profile_store_falls_back_to_the_channel(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> None:
        raise RuntimeError("no database")

    monkeypatch.setattr(actions.selfcheck, "service", broken)
    assert role_of(_of(new_sender(), {"role": "manager"})) == "manager"
    assert role_of(_of(new_sender())) == "employee"
