"""Asking whether to report something (stop 61). The bare question ("moet ik dat melden?",
"should I report it?") was a word of `unsafe`, the line for one's own safety, so "ik ben ziek,
moet ik dat melden?", a double charge or a broken lift got "Voel je je nu onveilig…". Now:
- with something done to the asker (sworn at, a sexist or racist remark, grabbed, threatened):
  `unsafe`, with its article on customers crossing the line;
- with another matter that has a topic (sick leave, a broken lift, a large withdrawal): that topic;
- otherwise the fallback `report_it`: ask your manager which procedure applies.
Real knowledge/referrals.yml."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.referrals import find_referral, load_referrals

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


def _topic(text: str) -> str | None:
    found = find_referral(text, load_referrals(KNOWLEDGE))
    return found.id if found else None


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("ik ben ziek, moet ik dat melden?", "sick"),
        ("ik ben ziek, moet ik dat doorgeven", "sick"),
        ("i am sick, do i have to report that?", "sick"),
        ("de lift is kapot, moet ik dat melden?", "facilities"),
        ("een klant wil 10.000 euro opnemen, moet ik dat melden?", "report_suspicion"),
        ("een klant bedreigde me, moet ik dat melden?", "unsafe"),
        ("een klant schold me uit, moet ik dat melden?", "unsafe"),
        ("iemand schold me uit, moet ik dat melden", "unsafe"),
        ("een klant maakte een racistische opmerking, moet ik dit melden", "unsafe"),
        ("a guest made a sexist remark to me at the bar, should I report it", "unsafe"),
        ("a customer grabbed my arm, do I have to report it", "unsafe"),
        ("a customer swore at me, should i report this?", "unsafe"),
        ("moet ik daar melding van maken of aangifte doen", "unsafe"),
    ],
)
def test_a_report_question_goes_with_the_matter_told(text: str, topic: str) -> None:
    assert _topic(text) == topic


@pytest.mark.parametrize(
    "text",
    [
        "moet ik dat melden",
        "moet ik dit melden?",
        "moet k da melden",
        "de klant is dubbel afgeschreven, moet ik dat melden?",
        "ik heb mijn vinger gesneden, moet ik dat melden",
        "mijn collega was te laat, moet ik dat melden?",
        "de klant kneep in de tomaten, moet ik dat melden",
        "should i report it?",
        "do i need to report this",
        "a customer called me twice today, should i report it",
    ],
)
def test_a_report_question_about_no_danger_is_no_safety_line(text: str) -> None:
    assert _topic(text) == "report_it"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("ik ben ziek, moet ik dat melden?", "sick"),
        ("een klant wil 10.000 euro opnemen, moet ik dat melden?", "report_suspicion"),
        ("de lift is kapot, moet ik dat melden?", "facilities"),
        ("ik word gepest door een collega, bij wie kan ik terecht", "conduct"),
    ],
)
def test_a_fallback_topic_is_not_said_beside_another(text: str, topic: str) -> None:
    """Live check of stop 61: the sick line came with the fallback's "ask your manager" after it."""
    from bot.content.referrals import find_referrals

    assert [r.id for r in find_referrals(text, load_referrals(KNOWLEDGE))] == [topic]
