"""Stop 55: a panic attack now gets its own calm line (knowledge/referrals.yml, `panic_attack`)
instead of the 112 line; someone who cannot breathe, or hardly, gets 112 (`short_of_breath`);
a panic attack with a sign of a real emergency still gets `emergency`; and the `medical` line
names the nurse, for a hospital or clinic desk."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.advice import ActionAnswerAdvice
from bot.content.referrals import find_referral, find_referrals, load_referrals
from bot.i18n import t
from tests.unit.replies import after, said, scale_buttons, start

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"
REFERRALS = load_referrals(KNOWLEDGE)
BY_ID = {r.id: r for r in REFERRALS}


def topic_of(text: str) -> str | None:
    found = find_referral(text, REFERRALS)
    return found.id if found else None


# -- a panic attack now: its own topic ------------------------------------------------------

PANIC_NOW = [
    # Dutch
    "collega heeft een paniekaanval",
    "mijn collega hyperventileert",
    "mevrouw heeft een angstaanval in de wachtkamer",
    "een patiënt in de wachtkamer raakt in paniek en ademt heel snel",
    "ze kreeg net een paniekaanval aan de balie",
    "hij zit midden in een paniekaanval bij de kassa",
    "wat doe ik als een klant een paniekaanval krijgt",
    "hoe help ik een gast met een paniekaanval",
    "een bewoner heeft een hyperventilatieaanval",
    # Flemish
    "ze zit te hyperventileren en krijgt geen adem",
    "die mevrouw is aant hyperventileren aan de toog",
    "ne klant is aan't hyperventileren achter de toog",
    # typos
    "een klant heeft een paniek aanval bij de kassa",
    "de klant hyperventileerd",
    "collega hyperventilleert in de pauzeruimte",
    # English
    "customer is having an anxiety attack",
    "she's freaking out and can't breathe properly",
    "my barista is in the back having a panic attack, she's hyperventilating and crying",
    "a guest is hyperventilating in the lobby",
    "what do I do when a customer has a panic attack",
    "he's having a panick attack",
    "she's panicking and can't breathe",
    "my colleague is in the middle of a panic attack",
]


@pytest.mark.parametrize("text", PANIC_NOW)
def test_a_panic_attack_now_gets_the_panic_attack_line(text: str) -> None:
    assert topic_of(text) == "panic_attack"


def test_the_panic_attack_line_is_calm_first_aid_with_112_when_it_is_more() -> None:
    """Stay, speak calmly, a quiet place, breathe out slowly, it passes; 112 when it does not
    pass, with chest pain or fainting, or when unsure; then the other customers or yourself."""
    panic = BY_ID["panic_attack"]
    assert panic.anyone and not panic.menu and panic.article is None
    nl, en = panic.where["nl"], panic.where["en"]
    for part in ("Blijf erbij", "rustig", "rustige plek uit het zicht", "langer uit dan in", "minuten", "112",
                 "niet overgaat", "pijn op de borst", "flauwvallen", "twijfelt", "andere klanten of jezelf"):
        assert part in nl, part
    for part in ("Stay with them", "calmly", "quiet spot out of view", "longer out than in", "minutes",
                 "112", "does not pass", "chest pain", "fainting", "not sure", "other customers or yourself"):
        assert part in en, part
    # less than the emergency line: 112 is not the first thing it says
    assert not nl.startswith(BY_ID["emergency"].where["nl"][:20]) and nl.index("112") > nl.index("langer uit")


# -- with a sign of a real emergency, `emergency` goes first ----------------------------------

PANIC_AND_A_REAL_EMERGENCY = [
    "ze heeft een paniekaanval en nu pijn op de borst",
    "hij hyperventileert en is flauwgevallen",
    "klant hyperventileert en zijn lippen worden blauw",
    "ze zit te hyperventileren en is niet aanspreekbaar",
    "ze zit te hyperventileren en krijgt geen adem en nu is ze bewusteloos",
    "she's having a panic attack and has chest pain",
    "she's having a panic attack and now she collapsed",
    "he's hyperventilating and now he's not breathing",
    "she's having a panic attack, she can't breathe at all",
    "customer is having an anxiety attack and is unconscious",
]


@pytest.mark.parametrize("text", PANIC_AND_A_REAL_EMERGENCY)
def test_a_panic_attack_with_a_real_emergency_sign_gets_the_112_line(text: str) -> None:
    named = [r.id for r in find_referrals(text, REFERRALS)]
    assert named[0] == "emergency" and "panic_attack" in named, named


# -- look-alikes -----------------------------------------------------------------------------

NOT_A_PANIC_ATTACK = [
    "ik raak in paniek van al die mails",
    "panic buying",
    "don't panic",
    "no need to panic, the system is back",
    "paniekvoetbal",
    "geen paniek, de kassa doet het weer",
    "ik krijg een paniekaanval van die kassa lol",
    "ik heb vorige week een paniekaanval gehad",
    "ze heeft vorige week een paniekaanval gehad",
    "I had a panic attack last week",
    "the kitchen is in full panic mode",
    "de klant sloeg in paniek toen hij de rekening zag",
    "I'm hyperventilating over this deadline lol",
    "mijn collega heeft vaak paniekaanvallen, hoe ga ik daarmee om",
]


@pytest.mark.parametrize("text", NOT_A_PANIC_ATTACK)
def test_look_alikes_of_a_panic_attack_are_not_referred(text: str) -> None:
    assert topic_of(text) is None


def test_being_in_a_panic_oneself_stays_the_unsafe_topics() -> None:
    assert topic_of("ik ben in paniek") == "unsafe"
    assert topic_of("ik ben in paniek, mijn collega heeft een paniekaanval") == "panic_attack"


# -- breathing: can't breathe at all is 112, hardly is 112 too, unless it is a panic attack -----


@pytest.mark.parametrize(
    "text",
    ["she can't breathe", "a customer is struggling to breathe", "klant krijgt geen lucht",
     "hij krijgt geen adem", "ze kan moeilijk ademen", "hij kan ni ademen", "the old man is gasping for air",
     "klant heeft een astma-aanval",
     # an allergy with it: 112 first, not the food-safety rules
     "she has a nut allergy and can't breathe"],
)  # fmt: skip
def test_someone_who_cannot_breathe_gets_112(text: str) -> None:
    assert topic_of(text) == "short_of_breath"
    breath = BY_ID["short_of_breath"]
    assert breath.anyone and not breath.menu
    assert all("112" in breath.where[lang] for lang in ("nl", "en"))


@pytest.mark.parametrize(
    "text",
    ["he can't breathe at all", "he is not breathing", "ze ademt niet meer", "hij kan helemaal niet ademen"],
)  # fmt: skip
def test_not_breathing_at_all_is_the_emergency(text: str) -> None:
    assert topic_of(text) == "emergency"


# -- other topics that go ahead of a panic attack ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "topic"),
    [("she's having a panic attack and says she wants to die", "crisis"),
     ("hij heeft een paniekaanval en zegt dat hij niet meer wil leven", "crisis"),
     ("we zijn net overvallen en mijn collega zit te hyperventileren", "robbery"),
     ("a guy pulled a knife at the till and now my colleague is hyperventilating", "robbery")],
)  # fmt: skip
def test_thoughts_of_suicide_or_a_robbery_go_ahead_of_a_panic_attack(text: str, topic: str) -> None:
    assert topic_of(text) == topic


# -- in the conversation ---------------------------------------------------------------------


def reply(text: str, lang: str) -> list[dict[str, Any]]:
    """The coach's reply to `text` typed right after question 2 of a self-check."""
    question_2 = start(lang)
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionAnswerAdvice().run(dispatcher, after(question_2, text, "ask_advice", lang), {}))
    return dispatcher.messages


@pytest.mark.parametrize(
    ("text", "lang", "topic"),
    [("mijn collega zit te hyperventileren achter de balie", "nl", "panic_attack"),
     ("a customer is having a panic attack in the queue", "en", "panic_attack"),
     ("a customer can't breathe properly", "en", "short_of_breath")],
)  # fmt: skip
def test_the_line_comes_alone_without_a_menu_or_carry_on(text: str, lang: str, topic: str) -> None:
    """Said on its own (no "dit regelt je organisatie"), with no menu of service topics and no
    "Verder met vraag 2 van 7?" after it (`menu: false`)."""
    messages = reply(text, lang)
    assert messages[0]["text"] == BY_ID[topic].where[lang]
    assert not any(m.get("buttons") for m in messages), messages
    offer = t("sc_offer_continue", lang, title="", n="2", total="7").split("“")[0]
    assert offer not in said(messages) and not scale_buttons(messages)


# -- medical: the nurse too ------------------------------------------------------------------


def test_the_medical_line_names_the_nurse_pharmacist_doctor_and_gp_and_keeps_the_interpreter() -> None:
    medical = BY_ID["medical"]
    nl, en = medical.where["nl"], medical.where["en"]
    for part in ("apotheker", "(dieren)arts", "verpleegkundige", "huisarts", "tolk"):
        assert part in nl, part
    for part in ("pharmacist", "doctor", "vet", "nurse", "GP", "interpreter"):
        assert part in en, part
    assert len(nl) < 480 and len(en) < 480  # still short


@pytest.mark.parametrize(
    "text",
    ["Een patiënt aan de balie van de poli vraagt of hij zijn bloedverdunners moet stoppen voor de scan",
     "a patient at the outpatient desk asks if he can take ibuprofen with the antibiotics",
     "de klant vraagt welke zalf ze mag smeren bij haar zwangere kat"],
)  # fmt: skip
def test_a_health_question_at_a_hospital_pharmacy_or_vet_desk_gets_the_medical_line(text: str) -> None:
    assert topic_of(text) == "medical"
