"""A manager's words for one of their own team ("mijn teamlid", Flemish "mijn ploeg") get a
work matter's line for a leader (tester round of stop 60: "mijn teamlid vraagt of hij een fooi
mag houden" got the employee's "vraag het je leidinggevende"); a colleague does not
(bot/content/audience.py `LEADING`, bot/content/referrals.py `leads_a_team`)."""

from __future__ import annotations

import pytest

from bot.content.referrals import find_referral, leads_a_team
from tests.unit.test_referrals_s55b import REFERRALS


@pytest.mark.parametrize(
    "text",
    [
        "mijn teamlid vraagt of hij een fooi mag houden",
        "mn teamlid vraagt of ze een fooi mag houden",
        "m'n teamlid kreeg een fooi, mag ze die houden",
        "iemand uit mijn ploeg vraagt of hij een fooi mag houden",
        "een van mijn ploegleden vraagt of hij een fooi mag houden",
        "my team member asks if he can keep a tip",
    ],
)
def test_ones_own_team_member_gets_the_leaders_line(text: str) -> None:
    assert leads_a_team(text)
    topic = find_referral(text, REFERRALS)
    assert topic is not None and topic.id == "gifts", topic
    lang = "en" if text.startswith("my") else "nl"
    assert topic.for_the_asker(text).where[lang] == topic.where_manager[lang]


@pytest.mark.parametrize(
    "text",
    [
        "mijn collega vraagt of hij een fooi mag houden",
        "mag ik een fooi houden",
        "een teamlid van de andere winkel vraagt of hij een fooi mag houden",
        "my coworker asks if he can keep a tip",
    ],
)
def test_a_colleague_or_oneself_gets_the_staff_line(text: str) -> None:
    assert not leads_a_team(text)
    topic = find_referral(text, REFERRALS)
    assert topic is not None and topic.id == "gifts", topic
    lang = "en" if text.startswith("my") else "nl"
    assert topic.for_the_asker(text).where[lang] == topic.where[lang]
