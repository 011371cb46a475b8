"""When a weekly tip may go out: at the chosen weekday and hour in the manager's time zone,
never at night (21:00-08:00) or at the weekend unless that is what they chose. Pure
functions on aware datetimes, so they are easy to test."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

QUIET_FROM = 21  # quiet from 21:00 ...
QUIET_UNTIL = 8  # ... until 08:00
WEEKEND = (5, 6)  # Saturday, Sunday (datetime.weekday())
DEFAULT_DAY = 0  # Monday
DEFAULT_HOUR = 9


def is_quiet(day: int, hour: int) -> bool:
    return day in WEEKEND or hour >= QUIET_FROM or hour < QUIET_UNTIL


def validate(day: int, hour: int, timezone: str) -> None:
    if not 0 <= day <= 6:
        raise ValueError("day must be 0 (Monday) to 6 (Sunday)")
    if not 0 <= hour <= 23:
        raise ValueError("hour must be 0 to 23")
    ZoneInfo(timezone)  # raises for an unknown zone


def next_slot(day: int, hour: int, timezone: str, after: datetime) -> datetime:
    """The first chosen weekday-and-hour strictly after `after` (aware), in UTC."""
    zone = ZoneInfo(timezone)
    local = after.astimezone(zone)
    candidate = local.replace(hour=hour, minute=0, second=0, microsecond=0) + timedelta(
        days=(day - local.weekday()) % 7
    )
    if candidate <= local:
        candidate += timedelta(days=7)
    # rebuild from the wall-clock time so a DST change keeps "9:00" at 9:00
    candidate = datetime(candidate.year, candidate.month, candidate.day, hour, tzinfo=zone)
    return candidate.astimezone(ZoneInfo("UTC"))


def may_send_now(day: int, hour: int, timezone: str, now: datetime) -> bool:
    """A late tip (the bot was down at the slot) is not pushed into someone's evening or
    weekend; a slot chosen in quiet time is the manager's own choice and is honoured."""
    if is_quiet(day, hour):
        return True
    local = now.astimezone(ZoneInfo(timezone))
    return not is_quiet(local.weekday(), local.hour)
