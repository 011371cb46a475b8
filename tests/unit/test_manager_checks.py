"""The managers' self-checks for whoever leads a team: by their stored profile or by what
they said in this conversation (bot/selfchecks/leaders.py, actions/selfcheck.py). Real
actions, the real self-check files and a real app database (SQLite), one per test.

Tester round of stop 44: a team lead who had said so asked "ik wil een zelftest doen voor
leidinggevenden" and got the six employee self-checks without a word; the four manager
checks exist."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.selfcheck import ActionStartSelfcheck, service
from bot.dialogue import payloads
from bot.i18n import t
from bot.selfchecks.leaders import asks_for_manager_checks, says_to_lead_a_team
from tests.helpers import ROOT
from tests.unit.replies import said

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

USER = "manager-checks-user"
_CHECKS = [
    yaml.safe_load(p.read_text(encoding="utf-8")) for p in (ROOT / "knowledge" / "selfchecks").glob("*.yml")
]
MANAGER_CHECKS = {c["id"] for c in _CHECKS if c["audience"] == "manager"}
EMPLOYEE_CHECKS = {c["id"] for c in _CHECKS if c["audience"] == "employee"}
REQUESTS = [
    ("ik wil een zelftest doen voor leidinggevenden", "nl"),
    ("start de zelfscan voor leidinggevenden", "nl"),
    ("self-check for managers please", "en"),
]
SAID = {"nl": "hoi, ik ben teamleider van een supermarkt", "en": "hi, I'm a team lead at a call centre"}


def run(
    text: str, lang: str, earlier: list[str] = (), entities: list | None = None, user: str = USER
) -> list[dict[str, Any]]:
    latest = {"text": text, "intent": {"name": "start_selfcheck", "confidence": 1.0},
              "entities": entities or [], "metadata": {}}  # fmt: skip
    events = [{"event": "user", "text": said} for said in earlier]
    slots = {"language": lang, "pinned_language": None, "tips_given": None}
    tracker = Tracker(user, slots, latest, events, False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionStartSelfcheck().run(dispatcher, tracker, {}))
    return dispatcher.messages


def listed(messages: list[dict[str, Any]]) -> set[str]:
    found = set()
    for message in messages:
        for button in message.get("buttons") or []:
            parsed = payloads.parse(button["payload"])
            if parsed is not None and parsed.entity("selfcheck_id"):
                found.add(str(parsed.entity("selfcheck_id")))
    return found


def set_role(role: str) -> None:
    service().repo.set_profile(USER, role, None)


@pytest.mark.parametrize(("text", "lang"), REQUESTS)
def test_a_team_lead_who_said_so_gets_the_manager_checks(text: str, lang: str) -> None:
    messages = run(text, lang, earlier=[SAID[lang]])
    assert listed(messages) >= MANAGER_CHECKS and not listed(messages) & EMPLOYEE_CHECKS, messages
    assert t("sc_choose_managers", lang) in said(messages)


@pytest.mark.parametrize(("text", "lang"), REQUESTS)
def test_a_manager_by_profile_gets_the_manager_checks(text: str, lang: str) -> None:
    set_role("manager")
    messages = run(text, lang)
    assert listed(messages) >= MANAGER_CHECKS and not listed(messages) & EMPLOYEE_CHECKS, messages


@pytest.mark.parametrize(("text", "lang"), REQUESTS)
def test_someone_not_known_to_lead_a_team_is_told_how_to_get_them(text: str, lang: str) -> None:
    messages = run(text, lang, earlier=["hoe ga ik om met een boze klant?"])
    assert t("sc_managers_only", lang) in said(messages)
    assert not listed(messages) & MANAGER_CHECKS  # their own checks, with the word why


def test_a_manager_check_said_team_lead_can_start_it_by_its_button() -> None:
    check = sorted(MANAGER_CHECKS)[0]
    tap = payloads.start_selfcheck(check)
    entities = [{"entity": "selfcheck_id", "value": check}]
    messages = run(
        tap, "nl", earlier=[SAID["nl"], "ik wil een zelftest doen voor leidinggevenden"], entities=entities
    )
    assert "vraag 1 van" in said(messages), messages
    step = service().open_step(USER)
    assert step is not None and step.check.id == check
    # an employee who never said so is refused it, and told how to get it
    refused = run(tap, "nl", entities=entities, user="another-user")
    assert t("sc_managers_only", "nl") in said(refused) and "vraag 1 van" not in said(refused)


def test_a_plain_request_of_an_employee_still_lists_their_own_checks() -> None:
    messages = run("ik wil een zelftest doen", "nl")
    assert listed(messages) >= EMPLOYEE_CHECKS and t("sc_managers_only", "nl") not in said(messages)


@pytest.mark.parametrize(
    ("text", "asks"),
    [("ik wil een zelftest doen voor leidinggevenden", True), ("self-check for managers please", True),
     ("manager self-check", True), ("is er een test voor teamleiders?", True),
     ("ik wil een zelftest doen", False), ("zelftest voor mijn team", False),
     ("mijn manager wil dat ik de zelftest doe", False)],
)  # fmt: skip
def test_a_request_names_the_manager_checks(text: str, asks: bool) -> None:
    assert asks_for_manager_checks(text) is asks


@pytest.mark.parametrize(
    ("text", "leads"),
    [("ik ben teamleider", True), ("als leidinggevende wil ik mijn team beter maken", True),
     ("I manage a team of eight", True), ("i'm a team lead", True), ("ik geef leiding aan 12 mensen", True),
     ("ik ben geen manager", False), ("mijn teamleider is streng", False),
     ("I'm the manager's assistant", False), ("hoe ga ik om met een boze klant", False)],
)  # fmt: skip
def test_saying_one_leads_a_team(text: str, leads: bool) -> None:
    assert says_to_lead_a_team(text) is leads


# A tester: "ik ben teamleider van het klantcontactcentrum van de gemeente" and "ik ben teamleider,
# dat zei ik toch al" were not welcomed as a team lead, and the managers' self-check offered the
# employees' first. More words after the role, a name before it or "as I said" keep the role; a
# colleague's, a customer's or someone quoted does not (bot/selfchecks/leaders.py).
SAYS_TO_LEAD = [
    "ik ben teamleider van het klantcontactcentrum van de gemeente", "ik ben teamleider, dat zei ik toch al",
    "ik werk als leidinggevende bij de gemeente", "I'm a team lead at a hotel",
    "als teamleider wil ik mijn team motiveren", "ik zei toch al dat ik teamleider ben",
    "omdat ik leidinggevende ben wil ik de zelftest voor leidinggevenden", "ik ben al 5 jaar teamleider",
    "ik ben sinds kort teamleider bij de klantenservice", "Ik ben Jan, teamleider bij de Jumbo",
    "ik ben shiftleader in een callcenter", "ik ben ploegverantwoordelijke in een winkel",
    "ik ben floor manager in een hotel", "I'm a shift manager, like I said", "ik ben restaurantmanager",
    "ik ben hoofd van de receptie", "I am head of front office", "ik ben de eigenaar van een bakkerij",
    "zoals ik al zei, ik ben manager", "ik ben ook leidinggevende", "as a team leader I want to coach better",
]  # fmt: skip
DOES_NOT_SAY_TO_LEAD = [
    "mijn teamleider is streng", "de klant vroeg naar de teamleider", "ik ben de assistent van de manager",
    "de klant zei: ik ben de manager", "he said \"I'm the owner\"", "ik ben geen teamleider",
    "ik ben niet de manager", "ik zie hem als baas", "ik ben begeleider in een woongroep",
    "ik ben accountmanager", "I'm a chef at a restaurant", "my team lead is on holiday",
    "I'm the manager’s assistant", "de klant wilde de manager spreken", "mijn collega is teamleider",
    "Ik ben Kim en mijn teamleider is ziek", "ik ben bang voor mijn manager", "ik ben reisleider",
    "ik ben verantwoordelijk voor de kassa", "ik werk voor een manager die nooit luistert",
]  # fmt: skip


@pytest.mark.parametrize("text", SAYS_TO_LEAD)
def test_more_words_around_the_role_still_say_one_leads_a_team(text: str) -> None:
    assert says_to_lead_a_team(text)


@pytest.mark.parametrize("text", DOES_NOT_SAY_TO_LEAD)
def test_someone_elses_role_is_not_ones_own(text: str) -> None:
    assert not says_to_lead_a_team(text)


@pytest.mark.parametrize(
    ("said_before", "text", "lang"),
    [
        ("ik ben teamleider van het klantcontactcentrum van de gemeente", REQUESTS[0][0], "nl"),
        ("ik ben teamleider, dat zei ik toch al", REQUESTS[1][0], "nl"),
        ("ik werk als leidinggevende bij de gemeente", "ik wil een zelftest doen", "nl"),
        ("I'm a team lead at a hotel", REQUESTS[2][0], "en"),
        ("ik ben shiftleader in een callcenter", "ik wil een zelftest doen", "nl"),
    ],
)
def test_a_team_lead_who_said_so_in_more_words_gets_the_manager_checks(
    said_before: str, text: str, lang: str
) -> None:
    messages = run(text, lang, earlier=[said_before])
    assert listed(messages) & MANAGER_CHECKS and not listed(messages) & EMPLOYEE_CHECKS, messages
    assert t("sc_managers_only", lang) not in said(messages)


@pytest.mark.parametrize(
    "said_before", ["mijn teamleider is streng", "de klant vroeg naar de teamleider", "ik ben accountmanager"]
)
def test_a_colleagues_or_customers_role_gets_no_manager_checks(said_before: str) -> None:
    messages = run(REQUESTS[0][0], "nl", earlier=[said_before])
    assert t("sc_managers_only", "nl") in said(messages)
    assert not listed(messages) & MANAGER_CHECKS
