"""Stop 57: a channel's retries of one message (same message id, its reply was lost) are one
send for `times_sent`, so they never reach the "you've sent this a few times" reply; the CI run
of stop 57 found a retried question no longer logged as a gap when asked again."""

from __future__ import annotations

import pytest
from rasa_sdk import Tracker

from actions.followup import times_sent

TEXT = "Hoe vul ik een belastingaangifte in voor mijn boot?"


def tracker(ids: list[str | None]) -> Tracker:
    events = [
        {"event": "user", "text": TEXT, "metadata": {"message_id": i} if i else {}} for i in ids
    ]
    latest = {"text": TEXT, "metadata": events[-1]["metadata"]}
    return Tracker("retry-user", {}, latest, events, False, None, {}, "action_listen")


@pytest.mark.parametrize(
    ("ids", "expected"),
    [
        (["m1", "m1", "m1"], 1),  # a first try and two retries
        (["m1", "m1", "m1", "m2"], 2),  # then asked again as a new message
        (["m1", "m2", "m3"], 3),
        (["m1", "m1", "m2", "m2", "m3"], 3),
        ([None, None, None], 3),  # no ids (the terminal chat): each send counts
    ],
)
def test_retries_of_one_message_count_once(ids: list[str | None], expected: int) -> None:
    assert times_sent(tracker(ids)) == expected
