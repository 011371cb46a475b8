"""Stop 63: one's own low mood told in English chat without "I" ("feeling really down lately",
"been so low lately", "really struggling lately") gets the wellbeing line, as "I feel so low"
does. Such a phrase counts only where a sentence begins (`^` in knowledge/referrals.yml,
bot/content/referrals.py CLAUSE_START): with a subject before it ("the sales are down lately",
"the team has been so low lately") or a thing to struggle with ("struggling with the new till")
it is no wellbeing matter. Real referrals and the real advice action."""

from __future__ import annotations

import pytest

from bot.content.referrals import Referral
from tests.unit.replies import referrals, said, topics_of
from tests.unit.turns import new_sender, turn

WITHOUT_I = [
    # the kind's own
    "feeling really down lately",
    "been so low lately",
    "really struggling lately",
    # more of it: other words, fillers, a sentence before it
    "been feeling really down lately",
    "feeling down lately",
    "so down lately",
    "feeling a bit down",
    "feeling so low lately",
    "been feeling really low these days",
    "been really low lately",
    "been really struggling",
    "struggling a lot lately",
    "really struggling",
    "honestly, feeling really down lately",
    "tbh been so low lately",
    "honestly been struggling lately",
    "feeling really down lately tbh",
    "struggling lately, not sure what to do",
    "work is fine. been so low lately though",
    # with "I", which the line had missed for "low" and "struggling"
    "I've been so low lately",
    "I'm really struggling lately",
    "I'm really struggling",
    "i've been struggling",
]
LOOK_ALIKES = [
    "the sales are down lately",
    "sales have been so low lately",
    "our numbers have been so low lately",
    "numbers are really down lately",
    "the team has been so low lately",
    "the team is feeling really down lately",
    "the mood in my team has been really down lately",
    "customer has been struggling lately",
    "the customer feels down",
    "customers have been feeling let down lately",
    "feeling let down by a supplier",
    "feeling low on stock, what to tell customers",
    "been down to the warehouse lately",
    "struggling with the new till lately",
    "struggling lately with the new booking system, any tips?",
    "really struggling with the booking system",
    "been really struggling with angry customers lately",
    "we are struggling lately with complaints",
    "I'm struggling with the new till",
    "I'm struggling to find the right words for a customer",
]
DISTRESS = {"wellbeing", "crisis", "colleague_distress"}


def _by_id(topic: str) -> Referral:
    return next(r for r in referrals() if r.id == topic)


@pytest.mark.parametrize("text", WITHOUT_I)
def test_own_low_mood_without_i_gets_the_wellbeing_line(text: str) -> None:
    assert topics_of(text)[:1] == ["wellbeing"], (text, topics_of(text))


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_a_subject_or_a_thing_to_struggle_with_is_no_wellbeing_matter(text: str) -> None:
    assert not DISTRESS & set(topics_of(text)), (text, topics_of(text))


def test_a_colleague_who_feels_down_stays_the_colleague_line() -> None:
    assert topics_of("my colleague is feeling really down lately")[:1] == ["colleague_distress"]


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize("text", WITHOUT_I[:3])
def test_the_coach_leads_with_the_wellbeing_line(text: str) -> None:
    messages, _ = turn(text, "en", [], new_sender(prefix="s63"))
    assert said(messages).startswith(_by_id("wellbeing").where["en"]), said(messages)
