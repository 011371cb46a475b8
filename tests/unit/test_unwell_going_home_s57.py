"""Stop 57: someone who feels unwell, and whether they may go home (knowledge/referrals.yml).

Tester round of stop 56: "hij voelt zich niet goed, mag hij naar huis" got the 112 line. Feeling
unwell or dizzy said of someone else now has a calm first-aid line of its own (`unwell`: sit or
lie down, stay, 112 for chest pain, breathing, fainting, confusion or doubt), and a question
about going home or reporting sick beside it, anywhere in the message (`unless_anywhere`), gets
the line on who decides and when going home alone is unwise (`colleague_unwell`). A sign of a
real emergency (fainting, chest pain, pale and sweaty) still gets the 112 line, alone (`covers`).
The asker's own "ik voel me niet goed, mag ik naar huis" is reporting sick (`sick`).
Real referrals, the real decision code and the real advice action.
"""

from __future__ import annotations

import pytest

from actions.advice import ActionAnswerAdvice
from bot.content.referrals import ReferralError, parse_referrals
from bot.engine.decision import referrals_for
from tests.unit.action_helpers import run_text as run
from tests.unit.test_referrals_s55b import REFERRALS

pytestmark = pytest.mark.usefixtures("own_app_db")

BY_ID = {r.id: r for r in REFERRALS}


def ids(text: str) -> list[str]:
    return [r.id for r in referrals_for(text, REFERRALS)]


GOING_HOME = [
    # the tester's
    "hij voelt zich niet goed, mag hij naar huis",
    # Dutch, Flemish, a leader, chat spelling, the question first
    "mijn collega voelt zich niet goed, mag ze naar huis?",
    "een collega voelt zich niet lekker en wil naar huis, mag dat",
    "een medewerker voelt zich niet lekker, mag ik haar naar huis sturen",
    "mag ze naar huis? ze voelt zich niet zo lekker",
    "mijn collega wil naar huis want ze voelt zich niet lekker",
    "ze voelt zich niet goed, moet ze zich ziekmelden",
    "hij voelt hem ni goed, mag hij naar huis gaan",
    "mn collega is duizelig, mag die eerder naar huis",
    # English
    "my colleague feels unwell, can he go home?",
    "colleague is feeling sick, may she leave early",
    "she doesn't feel well, can I send her home",
    "he's feeling dizzy, should he go home",
]


@pytest.mark.parametrize("text", GOING_HOME)
def test_someone_unwell_who_wants_to_go_home_gets_who_decides_not_112(text: str) -> None:
    assert ids(text) == ["colleague_unwell"], text


@pytest.mark.parametrize(
    "text",
    [
        "ze is flauwgevallen, mag ze naar huis?",
        "hij voelt zich niet goed en heeft pijn op de borst, mag hij naar huis",
        "he fainted at the desk, can he go home",
        "ze is heel bleek en zweterig en voelt zich niet lekker, mag ze naar huis",
    ],
)
def test_a_sign_of_an_emergency_still_gets_the_112_line_alone(text: str) -> None:
    assert ids(text) == ["emergency"], text


@pytest.mark.parametrize(
    "text",
    [
        "hij voelt zich niet goed",
        "een klant voelt zich niet lekker",
        "mijn collega voelt zich niet lekker, wat moet ik doen",
        "een klant werd duizelig aan de kassa",
        "a guest is feeling unwell in the lobby",
        "customer feels dizzy",
    ],
)
def test_someone_unwell_now_gets_the_calm_first_aid_line(text: str) -> None:
    assert ids(text) == ["unwell"], text


@pytest.mark.parametrize(
    "text",
    [
        "ik voel me niet goed, mag ik naar huis",
        "i'm not feeling well, can i go home early",
        "ik ben ziek, mag ik naar huis",
        "ik voel me niet lekker, ik blijf morgen thuis",
    ],
)
def test_the_askers_own_going_home_is_reporting_sick(text: str) -> None:
    assert ids(text) == ["sick"], text


@pytest.mark.parametrize(
    "text",
    [
        "de klant voelt zich niet goed geholpen",
        "de klant wil naar huis",
        "duizelig van al die regels",
        "mag ik vandaag eerder naar huis",
        "the customer wants to go home",
    ],
)
def test_look_alikes_get_neither_unwell_line(text: str) -> None:
    assert not {"unwell", "colleague_unwell", "emergency"} & set(ids(text)), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("hij voelt zich niet goed, mag hij naar huis", "nl"),
        ("my colleague feels unwell, can he go home?", "en"),
    ],
)
def test_the_coach_says_who_decides_and_no_112_line_first(text: str, lang: str) -> None:
    messages = run(ActionAnswerAdvice(), text, "ask_advice", lang)
    assert messages[0]["text"] == BY_ID["colleague_unwell"].where[lang]
    assert BY_ID["emergency"].where[lang] not in " ".join(m.get("text") or "" for m in messages)


def test_the_unwell_line_is_a_danger_line_with_a_then_line() -> None:
    unwell = BY_ID["unwell"]
    assert unwell.danger and unwell.then["nl"] and unwell.then["en"]
    assert "112" in unwell.where["nl"] and "112" in unwell.where["en"]
    # stop 58: no menu of service topics after someone unwell going home either, so it is a
    # danger line too, with a `then` line for "ok, ze gaat naar huis"
    going_home = BY_ID["colleague_unwell"]
    assert going_home.danger and going_home.then["nl"] and going_home.then["en"]
    assert "112" in going_home.where["nl"] and "112" in going_home.then["en"]


TOPIC = "topics:\n  - id: x\n    words: {nl: [a], en: [a]}\n    where: {nl: x, en: y}\n"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("    unless_anywhere: tekst\n", "unless_anywhere"),
        ("    unless_anywhere: [a, '']\n", "unless_anywhere"),
        ("    covers: [nergens]\n", "covers"),
        ("    covers: x\n", "covers"),
        ("    covers: [x]\n", "covers"),
    ],
)
def test_a_wrong_unless_anywhere_or_covers_is_reported(extra: str, message: str) -> None:
    with pytest.raises(ReferralError, match=message):
        parse_referrals(TOPIC + extra)
