"""Stop 61: an edit sent after midnight UTC left its original's `no_answer` gap, because the asker
key (bot/insights/askers.py) is per UTC day and the edit looked for today's key only. The sender's
keys of each day since the original (today's and the day before's salts are held in memory, never
stored) are looked for now (`keys_since`; actions/followup.py `read_edit_as_replacement`), still
only this sender's. Real actions on the real index, an app database of their own."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta

import pytest

from actions import followup
from actions.advice import ActionAnswerAdvice
from bot.insights import askers
from bot.settings import get_settings
from bot.storage.insights import InsightsStore
from tests.unit.turns import new_sender, turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py: own app database

TYPOS = {
    "nl": ("hoe ga ik om met een bze klnt", "hoe ga ik om met een boze klant"),
    "en": ("wat do i sy to a cstmr wh wts", "how do i deal with an angry customer"),
}


@pytest.fixture()
def clock(monkeypatch: pytest.MonkeyPatch):
    """Sets the askers' UTC clock (`clock(moment)`), with salts of this test's own."""
    monkeypatch.setattr(askers, "_salt", None)
    monkeypatch.setattr(askers, "_previous", None)

    def set_to(moment: datetime) -> None:
        monkeypatch.setattr(askers, "now", lambda: moment)

    return set_to


def _turn(text: str, lang: str, events: list[dict], sender: str, message_id: str, edit_of: str | None = None):
    metadata = {followup.EDIT_OF: edit_of} if edit_of else {}
    return turn(text, lang, events, sender, ActionAnswerAdvice, "ask_advice", message_id=message_id,
                metadata=metadata, timestamp=time.time())  # fmt: skip


def _reasons(question: str, key: str) -> list[str]:
    store = InsightsStore(get_settings().app_db_url)
    return [g.reason for g in store.gaps() if g.question == question and g.asker == key]


def _midnight() -> datetime:
    """The coming UTC midnight after the real today (the gaps' own times are real)."""
    today = datetime.utcnow().date()  # noqa: DTZ003 - naive UTC, as stored
    return datetime(today.year, today.month, today.day) + timedelta(days=1)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("minutes_after", [1, 30, 600])
def test_an_edit_after_midnight_deletes_its_originals_gap(clock, lang: str, minutes_after: int) -> None:
    typo, right = TYPOS[lang]
    sender, other = new_sender(prefix="s61"), new_sender(prefix="s61")
    midnight = _midnight()
    clock(midnight - timedelta(seconds=30))  # the original, just before midnight
    _, events = _turn(typo, lang, [], sender, "tg:61:1")
    _, _ = _turn(typo, lang, [], other, "tg:62:1")
    mine, yours = askers.asker_key(sender), askers.asker_key(other)
    assert _reasons(typo, mine) == ["no_answer"] and _reasons(typo, yours) == ["no_answer"]
    clock(midnight + timedelta(minutes=minutes_after))  # the edit, after it: another day's key
    assert askers.asker_key(sender) != mine
    _turn(right, lang, events, sender, "tg:61:1:u2", edit_of="tg:61:1")
    assert _reasons(typo, mine) == []
    assert _reasons(typo, yours) == ["no_answer"]  # another sender's gap of the same words stays


def test_an_edit_on_the_same_day_still_deletes_and_a_new_message_does_not(clock) -> None:
    typo, right = TYPOS["nl"]
    sender = new_sender(prefix="s61")
    clock(_midnight() - timedelta(hours=2))
    _, events = _turn(typo, "nl", [], sender, "tg:63:1")
    key = askers.asker_key(sender)
    clock(_midnight() + timedelta(minutes=5))
    _, events = _turn(right, "nl", events, sender, "tg:63:2")  # a new message, no edit
    assert _reasons(typo, key) == ["no_answer"]
    _turn(right, "nl", events, sender, "tg:63:1:u3", edit_of="tg:63:1")
    assert _reasons(typo, key) == []


def test_keys_since_holds_today_and_the_day_before_only(clock) -> None:
    day = datetime(2031, 3, 4, 23, 0)
    clock(day)
    first = askers.asker_key("s61-someone")
    clock(day + timedelta(hours=2))  # the next day
    second = askers.asker_key("s61-someone")
    assert second != first
    assert askers.keys_since("s61-someone", day - timedelta(days=3)) == [first, second]
    assert askers.keys_since("s61-someone", day + timedelta(hours=1)) == [second]
    assert askers.keys_since("s61-other", day) != [first, second]  # another sender, other keys
    clock(day + timedelta(days=2))  # two days on: the first day's salt is gone
    assert askers.keys_since("s61-someone", day) == [second]
    assert askers.asker_key("s61-someone") not in (first, second)


def test_a_day_asked_out_of_turn_keeps_nothing_aside(clock) -> None:
    """Asking a key of a day that is not the next one (tests/unit/test_report.py does) makes a new
    salt and keeps no old one: only midnight's day before is kept aside."""
    clock(datetime(2031, 3, 5, 12, 0))
    first = askers.asker_key("s61-someone")
    askers.asker_key("s61-someone", date(2031, 3, 1))
    assert askers.keys_since("s61-someone", datetime(2031, 3, 1)) == []  # 3/1 is too old to hold
    assert askers.asker_key("s61-someone") != first


def test_forget_gaps_takes_one_key_or_several() -> None:
    store = InsightsStore(get_settings().app_db_url)
    since = datetime.utcnow() - timedelta(minutes=1)  # noqa: DTZ003
    for asker in ("k1", "k2", "k3"):
        store.log_gap("s61 vraag", "nl", "no_answer", asker=asker)
    assert store.forget_gaps("s61 vraag", [], since) == 0
    assert store.forget_gaps("s61 vraag", "k1", since) == 1
    assert store.forget_gaps("s61 vraag", ["k2", "k9"], since) == 1
    assert [g.asker for g in store.gaps() if g.question == "s61 vraag"] == ["k3"]
