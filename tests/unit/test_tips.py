"""Weekly coaching tips: the pure timing and rotation rules, the stored schedule, and a
coaching tip that follows the topic a manager names."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.tips import TipScheduler
from bot.tips.rotation import next_article
from bot.tips.scheduler import manager_article_ids
from bot.tips.timing import is_quiet, may_send_now, next_slot
from tests.helpers import ROOT

AMS = ZoneInfo("Europe/Amsterdam")


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=AMS)


def test_quiet_hours_and_weekends() -> None:
    assert is_quiet(0, 21) and is_quiet(0, 7) and is_quiet(5, 12) and is_quiet(6, 9)
    assert not is_quiet(0, 8) and not is_quiet(4, 20)


def test_next_slot_is_the_chosen_weekday_and_hour_in_local_time() -> None:
    # Tuesday 24 Nov 2026, 10:00 in Amsterdam; wanted: Monday 09:00
    slot = next_slot(0, 9, "Europe/Amsterdam", local(2026, 11, 24, 10))
    assert slot.astimezone(AMS) == local(2026, 11, 30, 9)
    # same day, later hour: today
    assert next_slot(1, 14, "Europe/Amsterdam", local(2026, 11, 24, 10)).astimezone(AMS) == local(
        2026, 11, 24, 14
    )
    # exactly at the slot: the next week
    assert next_slot(1, 10, "Europe/Amsterdam", local(2026, 11, 24, 10)).astimezone(AMS) == local(
        2026, 12, 1, 10
    )
    # across the switch to summer time the wall-clock hour stays
    assert next_slot(0, 9, "Europe/Amsterdam", local(2027, 3, 24, 12)).astimezone(AMS) == local(
        2027, 3, 29, 9
    )


def test_a_late_tip_waits_for_daytime_unless_the_manager_chose_quiet_time() -> None:
    assert not may_send_now(0, 9, "Europe/Amsterdam", local(2026, 11, 30, 22))  # Monday night
    assert not may_send_now(0, 9, "Europe/Amsterdam", local(2026, 12, 5, 11))  # Saturday
    assert may_send_now(0, 9, "Europe/Amsterdam", local(2026, 12, 1, 8))
    assert may_send_now(5, 10, "Europe/Amsterdam", local(2026, 12, 5, 11))  # chose Saturday
    assert may_send_now(2, 22, "Europe/Amsterdam", local(2026, 12, 2, 22))  # chose 22:00


def test_rotation_sends_every_article_once_before_repeating() -> None:
    ids = ["a", "b", "c", "d"]
    sent: set[str] = set()
    order = []
    round_number = 0
    for _ in range(4):
        article, round_number = next_article("u1", round_number, sent, ids)
        order.append(article)
        sent.add(article)
    assert sorted(order) == ids and round_number == 0
    article, round_number = next_article("u1", 0, sent, ids)
    assert round_number == 1 and article in ids
    assert next_article("u1", 0, set(), []) == (None, 0)


@pytest.fixture()
def scheduler(tmp_path) -> TipScheduler:
    return TipScheduler(f"sqlite:///{tmp_path / 'app.db'}", ["m1", "m2", "m3"])


def test_a_tip_is_due_once_at_the_slot_and_rotates_through_all_articles(scheduler: TipScheduler) -> None:
    opted = local(2026, 11, 24, 10)  # Tuesday
    sub = scheduler.opt_in("manager-1", day=2, hour=9, when=opted)  # Wednesdays 09:00
    assert sub.next_at.astimezone(AMS) == local(2026, 11, 25, 9)
    assert scheduler.due(local(2026, 11, 25, 8, 59)) == []
    sent = []
    moment = local(2026, 11, 25, 9)
    for _week in range(4):
        [tip] = scheduler.due(moment)
        assert tip.user_id == "manager-1" and tip.lang == "nl"
        scheduler.mark_sent(tip.user_id, tip.article_id, moment, tip.round)
        assert scheduler.due(moment + timedelta(minutes=5)) == []  # sent once
        sent.append(tip.article_id)
        moment += timedelta(days=7)
    assert sorted(sent[:3]) == ["m1", "m2", "m3"]  # no repeat before all were sent
    assert scheduler.sent("manager-1") == sent


def test_a_late_tip_is_held_until_morning_and_not_doubled(scheduler: TipScheduler) -> None:
    scheduler.opt_in("m", day=0, hour=9, when=local(2026, 11, 24, 10))  # Mondays 09:00
    assert scheduler.due(local(2026, 11, 30, 22)) == []  # missed: not at 22:00
    [tip] = scheduler.due(local(2026, 12, 1, 8, 30))  # Tuesday morning
    scheduler.mark_sent("m", tip.article_id, local(2026, 12, 1, 8, 30))
    assert scheduler.subscription("m").next_at.astimezone(AMS) == local(2026, 12, 7, 9)


def test_opt_out_and_validation(scheduler: TipScheduler) -> None:
    scheduler.opt_in("m", day=6, hour=20, timezone="Europe/London", lang="en")
    sub = scheduler.subscription("m")
    assert (sub.day, sub.hour, sub.timezone, sub.lang) == (6, 20, "Europe/London", "en")
    assert scheduler.opt_out("m") and scheduler.subscription("m") is None
    assert scheduler.due(datetime.now(UTC) + timedelta(days=30)) == []
    with pytest.raises(ValueError):
        scheduler.opt_in("m", day=7, hour=9)
    with pytest.raises(ValueError):
        scheduler.opt_in("m", day=1, hour=24)


def test_tips_come_from_manager_articles() -> None:
    ids = manager_article_ids(ROOT / "knowledge")
    assert "coaching-team-huddle" in ids and "angry-customer" not in ids


def run_tip(text: str, lang: str = "nl") -> str:
    from actions.coaching import ActionCoachingTip

    latest = {"text": text, "intent": {"name": "ask_coaching_tip", "confidence": 0.9}, "entities": []}
    slots = {"language": lang, "pinned_language": None, "tips_given": None}
    t = Tracker("tips-user", slots, latest, [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionCoachingTip().run(dispatcher, t, {}))
    return next(
        m["custom"]["id"] for m in dispatcher.messages if (m.get("custom") or {}).get("type") == "source"
    )


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("tip voor een korte dagstart met mijn team", "nl", "coaching-team-huddle"),
        ("tip voor een teamoverleg over klachten", "nl", "coaching-team-huddle"),
        ("geef me een tip over complimenten geven aan mijn team", "nl", "coaching-recognition"),
        ("a coaching tip about giving feedback to an employee", "en", "coaching-feedback-conversation"),
    ],
)
def test_a_named_topic_steers_the_coaching_tip(searcher, tmp_path, monkeypatch, text, lang, expected) -> None:
    monkeypatch.setenv("SERVICECOACH_DATABASE_URL", f"sqlite:///{tmp_path / 'app.db'}")
    assert {run_tip(text, lang) for _ in range(4)} == {expected}  # the topic decides, not chance


def test_a_tip_is_plain_channel_neutral_messages_with_the_advice_button_last() -> None:
    from bot.dialogue import payloads
    from bot.tips.text import ArticleShelf, TipMessage, tip_messages

    def t(key: str, lang: str, **values: object) -> str:
        return f"[{key}:{lang}:{values.get('title', '')}]"

    shelf = ArticleShelf(ROOT / "knowledge")
    shelf.refresh()
    art, fallback = shelf.get(shelf.manager_ids()[0], "nl")
    assert art is not None and not fallback
    [whole] = tip_messages(art, "nl", fallback, t)
    assert whole.text.startswith(f"[tip_week_title:nl:{art.title}]")
    assert whole.text.endswith("[tip_footer:nl:]")
    assert whole.button == ("[tip_read_more:nl:]", payloads.advice(art.id))
    pieces = tip_messages(art, "nl", True, t, limit=120)
    assert len(pieces) > 1 and all(len(p.text) <= 120 for p in pieces)
    assert [p.button for p in pieces[:-1]] == [None] * (len(pieces) - 1) and pieces[-1].button == whole.button
    assert "[other_language:nl:]" in "\n".join(p.text for p in pieces)
    assert isinstance(pieces[0], TipMessage)
