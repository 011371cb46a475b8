"""Stop 64, on the real referrals (knowledge/referrals.yml):

- a shift someone cannot work, who covers it, swapping or handing it over, is the `rosters` topic
  (the tester's "ik kan er beter niet zijn op zaterdag, wie vervangt me" was refused without saying
  where to go); waking up sick is `sick`; a customer who cannot come stays a service question;
- "kapot", "op" and "ik kan niet meer" about things are no wellbeing line: a broken device is IT's
  or the facilities', a flat battery IT's, stock that ran out no topic; said of oneself they stay
  the caring line (misses are worse than over-triggers)."""

from __future__ import annotations

import pytest

from tests.unit.test_referrals_s55b import topic_of


@pytest.mark.parametrize(
    "text",
    [
        # the tester's
        "ik kan er beter niet zijn op zaterdag, wie vervangt me",
        # Dutch and Flemish, in other words
        "ik kan zaterdag niet werken, wie neemt mijn dienst over",
        "kan iemand mijn shift overnemen",
        "wie vervangt mij zondag",
        "ik moet zaterdag naar een trouwfeest maar sta ingepland",
        "ik zoek vervanging voor mijn dienst van vrijdag",
        "ik kan er dit weekend niet zijn",
        # English
        "who covers for me on saturday",
        "can someone take my shift on sunday",
        "i can't make my shift tomorrow",
        "I can't work this saturday, who can cover my shift",
    ],
)
def test_a_shift_someone_cannot_work_is_for_the_planner(text: str) -> None:
    assert topic_of(text) == "rosters", text


@pytest.mark.parametrize(
    "text",
    ["ik word ziek wakker op zaterdag, wie moet ik bellen", "i woke up sick, who do i tell"],
)
def test_waking_up_sick_is_the_sick_line(text: str) -> None:
    assert topic_of(text) == "sick", text


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("de kassa is kapot", "it"),
        ("mijn scanner is kapot", "it"),
        ("de printer ligt kapot", "it"),
        ("my scanner is dead", "it"),
        ("the till died again", "it"),
        ("de batterij van mijn scanner is op", "it"),
        ("the battery of my handheld is dead", "it"),
        ("de deur van het magazijn is kapot", "facilities"),
        ("the sliding door is broken again", "facilities"),
        ("ik kan niet meer inloggen", "it"),
        ("de voorraad is op", None),
        ("de koffie is op in de kantine", None),
        ("de klant kan er zaterdag niet zijn, wat zeg ik", None),
    ],
)
def test_kapot_op_and_niet_meer_about_things_are_no_wellbeing_line(text: str, topic: str | None) -> None:
    assert topic_of(text) == topic, text


@pytest.mark.parametrize(
    "text",
    ["ik ben kapot", "ik ben op", "ik kan niet meer", "ik ben doodmoe", "ik ben er kapot van", "kben op"],
)
def test_said_of_oneself_they_stay_the_caring_line(text: str) -> None:
    assert topic_of(text) == "wellbeing", text
