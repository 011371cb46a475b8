"""Stop 60 (tester round): safety and work-matter referrals, by kind.

1. Someone who fell, lies on the floor or does not respond, in everyday words ("een klant is
   gevallen en ligt op de grond", "ging onderuit", "a customer fell over") got offers of
   articles: `emergency` now has `together` groups (a person and a fall; a person who does not
   respond and lies there). A price, a phone or a decision that fell, a customer who does not
   answer mail and a sigh ("ik val bijna om van de slaap") stay out.
2. A customer withdrawing or transferring a large sum while a caller instructs them ("zegt dat de
   bank hem gebeld heeft", "someone on the line telling her what to do") gets `customer_scam`; an
   ordinary large withdrawal or "klant denkt dat onze factuur fraude is" does not.
3. Leave in everyday English and Dutch ("can I take leave next friday?", "can I take holiday next
   week", "een medewerker wil volgende week vrij") gets `leave`, a manager its leader's line.
4. A short knowledge question about a model's parts ("welke niveaus heeft de piramide?", NLU:
   off-topic at 0.999; "how many levels does the pyramid have", NLU: goodbye) is answered when
   the knowledge base is sure (bot/dialogue/topic_request.py `asks_about_parts`).
5. The scam and sick lines come without "Goede vraag, maar daarvoor ben ik niet de juiste"
   (`preamble: false`); pay and passwords keep it.
Real referrals, the real search and the real actions.
"""

from __future__ import annotations

import pytest

from actions.advice import ActionAnswerAdvice, ActionOutOfScope
from actions.help import ActionHelp
from actions.small_talk import ActionSmallTalk
from bot.content.referrals import ReferralError, parse_referrals
from bot.dialogue.topic_request import asks_about_parts
from bot.i18n import t
from tests.unit.replies import said, source_id
from tests.unit.test_referrals_s55b import BY_ID, topic_of, topics_of
from tests.unit.turns import new_sender, turn

pytestmark = pytest.mark.usefixtures("own_app_db")


# -- 1. someone fell, lies on the floor, does not respond -----------------------------------------

FALLEN = [
    # the tester's
    "een klant is gevallen en ligt op de grond",
    "een klant ging onderuit in de winkel en ligt op de grond",
    # more of the kind: Dutch, Flemish, chat spelling, English
    "er is een meneer gevallen bij de kassa",
    "een mevrouw ligt op de grond bij de ingang",
    "klant is onderuit gegaan in gang 3",
    "ne mens is neergevallen aan de kassa, wat moet ik doen",
    "een oudere vrouw is uitgegleden en kan niet meer opstaan",
    "een meneer zit in zijn stoel en reageert niet",
    "mevrouw ligt op de vloer en reageert niet meer",
    "klant gevalle en ligt op de grond help",
    "madammeke is gevallen, ze kan nie meer recht",
    "een klant is flauwgevallen",
    "een klant is onwel geworden en gevallen",
    "a customer fell over by the door",
    "an old man tripped and fell and can't get up",
    "a guest is lying on the floor",
    "the lady is on the floor and not responding",
    "a customer collapsed at the till",
    "someone fainted in the queue",
    "he is lying there and not responding",
    "er ligt een man op de grond",
    "een klant die op de grond ligt en niet reageert",
]
NOT_FALLEN = [
    "de prijs is gevallen",
    "mijn telefoon viel op de grond",
    "klant liet zijn boodschappen vallen",
    "ik val bijna om van de slaap",
    "de beslissing is gevallen, de klant krijgt geen korting",
    "de klant is gevallen voor onze actie",
    "de website ging onderuit en de klanten klagen",
    "ik heb de klant gemaild maar hij reageert niet",
    "de klant reageert niet op mijn mails",
    "klant zijn telefoon is op de grond gevallen",
    "het kwartje is gevallen bij de klant",
    "er zijn harde woorden gevallen met een klant",
    "prices fell and customers are happy",
    "the customer's order fell through",
    "my phone fell on the floor",
    "customer dropped his groceries",
    "a customer fell behind on payments",
    "de klant wees naar de vlek op de grond",
]


@pytest.mark.parametrize("text", FALLEN)
def test_someone_fallen_or_not_responding_gets_the_112_line(text: str) -> None:
    assert topic_of(text) == "emergency", text


@pytest.mark.parametrize("text", NOT_FALLEN)
def test_things_that_fell_and_unanswered_mail_are_no_emergency(text: str) -> None:
    assert "emergency" not in topics_of(text), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("een klant is gevallen en ligt op de grond", "nl"),
        ("een klant ging onderuit in de winkel en ligt op de grond", "nl"),
        ("an elderly man fell over near the entrance and can't get up", "en"),
    ],
)
def test_the_coach_says_call_112_first(text: str, lang: str) -> None:
    messages, _ = turn(text, lang, [], new_sender())
    assert said(messages).startswith(BY_ID["emergency"].where[lang])
    assert source_id(messages) is None


# -- 2. a customer instructed by a caller while withdrawing or transferring a sum --------------------

SCAMMED = [
    "een meneer aan de balie wil 5000 euro cash opnemen en zegt dat de bank hem gebeld heeft",
    "I work at a bank branch… an elderly lady wants to withdraw 9000 euro… someone on the line "
    "telling her what to do",
    "een oude vrouw wil 3000 euro overmaken en staat te bellen met iemand die zegt wat ze moet doen",
    "mevrouw wil haar spaargeld opnemen, de politie heeft haar gebeld zegt ze",
    "klant wil 8000 euro cash afhalen, iemand van de bank aan de lijn",
    "madammeke wil al haar geld afhalen want de bank heeft gebeld",
    "klnt wil 5000 euro opneme en zegt dat de bank hem gebeld heeft",
    "an old man wants to transfer 4000 euros, he says the bank called him",
    "a customer wants to take out 6000 in cash and is on the phone the whole time",
]
NOT_SCAMMED = [
    "klant wil een groot bedrag cash opnemen, hoe ga ik daarmee om",
    "a customer wants to withdraw a large amount, what's the limit?",
    "klant denkt dat onze factuur fraude is",
    "een klant aan de telefoon wil geld overmaken naar het buitenland",
    "klant belt met de bank over zijn rekening",
]


@pytest.mark.parametrize("text", SCAMMED)
def test_a_customer_instructed_by_a_caller_gets_the_scam_line(text: str) -> None:
    assert topic_of(text) == "customer_scam", text


@pytest.mark.parametrize("text", NOT_SCAMMED)
def test_a_plain_withdrawal_or_a_fraud_complaint_is_no_scam(text: str) -> None:
    assert "customer_scam" not in topics_of(text), text


# -- 3. leave in everyday words, and a leader's line -------------------------------------------------

LEAVE = [
    "can I take leave next friday?",
    "can I take holiday next week",
    "how do I request a day off?",
    "can i have friday off",
    "can i book some holiday in august",
    "can i go on holiday in july",
    "mag ik volgende week vrij?",
    "ik wil vrijdag vrij",
    "kan ik in juli op vakantie",
    "hoe vraag ik congé aan",
    "een medewerker wil volgende week vrij maar het rooster is al vol",
]
NOT_LEAVE = [
    "how do I take leave of a customer politely",
    "a customer wants to take his holiday photos",
    "de klant wil vrij parkeren",
    "de klant wil volgende week vrij, kan ik een afspraak maken",
    "ik wil de weg vrij maken voor nieuwe ideeën",
    "de klant gaat op vakantie",
    "ik wil vrij zijn in mijn keuze",
    "where should I go on holiday this summer, somewhere warm",
]


@pytest.mark.parametrize("text", LEAVE)
def test_asking_for_time_off_gets_the_leave_line(text: str) -> None:
    assert topic_of(text) == "leave", text


@pytest.mark.parametrize("text", NOT_LEAVE)
def test_free_words_that_are_no_leave_stay_out(text: str) -> None:
    assert "leave" not in topics_of(text), text


@pytest.mark.parametrize(
    ("text", "lang", "intent"),
    [
        ("can I take leave next friday?", "en", "deny"),
        ("can I take holiday next week", "en", "out_of_scope"),
    ],
)
def test_english_leave_is_referred_whatever_nlu_read(text: str, lang: str, intent: str) -> None:
    action = ActionOutOfScope if intent == "out_of_scope" else ActionAnswerAdvice
    messages, _ = turn(text, lang, [], new_sender(), action=action, intent=intent, confidence=0.99)
    assert BY_ID["leave"].where[lang] in said(messages)


def test_a_manager_gets_the_leaders_leave_line() -> None:
    text = "een medewerker wil volgende week vrij maar het rooster is al vol"
    messages, _ = turn(text, "nl", [], new_sender("manager"))
    assert BY_ID["leave"].where_manager["nl"] in said(messages)
    assert source_id(messages) is None


# -- 4. a model's parts by a short word ----------------------------------------------------------------

PARTS = [
    "welke niveaus heeft de piramide?", "hoeveel niveaus heeft de piramide", "wlke niveaus heeft de piramide",
    "welke niveaus zijn er", "hoeveel stappen heeft het model", "welke lagen heeft de servicepiramide",
    "hoeveel principes zijn er", "welke shifts zijn er", "hoeveel treden heeft de piramide",
    "which layers are there", "how many levels does the pyramid have", "how many steps does the model have",
]  # fmt: skip
NOT_PARTS = [
    "welke shifts heb ik volgende week", "welke stappen moet ik zetten om piloot te worden", "hoe gaat het",
    "welke klant was dat", "is er iets mis met de kassa", "name one thing you like",
]  # fmt: skip


@pytest.mark.parametrize("text", PARTS)
def test_a_question_about_a_models_parts_is_read(text: str) -> None:
    assert asks_about_parts(text)


@pytest.mark.parametrize("text", NOT_PARTS)
def test_the_askers_own_steps_or_other_questions_are_not(text: str) -> None:
    assert not asks_about_parts(text)


@pytest.mark.parametrize(
    ("text", "lang", "article_id"),
    [
        ("welke niveaus heeft de piramide?", "nl", "pyramid"),
        ("hoeveel niveaus heeft de piramide", "nl", "pyramid"),
        ("wlke niveaus heeft de piramide", "nl", "pyramid"),
        ("welke niveaus zijn er", "nl", "pyramid"),
        ("which layers are there", "en", "pyramid"),
        ("hoeveel principes zijn er", "nl", "overview-principles"),
    ],
)
def test_it_is_answered_though_nlu_read_it_as_off_topic(text: str, lang: str, article_id: str) -> None:
    messages, _ = turn(text, lang, [], new_sender(), action=ActionOutOfScope, intent="out_of_scope",
                       confidence=0.999)  # fmt: skip
    assert source_id(messages) == article_id


@pytest.mark.parametrize(
    ("text", "lang", "action", "intent", "confidence"),
    [
        ("how many levels does the pyramid have", "en", ActionSmallTalk, "goodbye", 0.55),
        ("hoeveel treden heeft de piramide", "nl", ActionSmallTalk, "goodbye", 0.6),
        ("welke niveaus heeft de piramide", "nl", ActionHelp, "help", 0.8),
    ],
)
def test_it_is_answered_though_nlu_read_it_as_small_talk_or_help(
    text: str, lang: str, action: type, intent: str, confidence: float
) -> None:
    messages, _ = turn(text, lang, [], new_sender(), action=action, intent=intent, confidence=confidence)
    assert source_id(messages) == "pyramid"


@pytest.mark.parametrize(
    ("text", "lang"),
    [("hoeveel levels heeft candy crush", "nl"), ("welke stappen moet ik zetten om piloot te worden", "nl"),
     ("wie wint de champions league", "nl")],
)  # fmt: skip
def test_off_topic_questions_with_such_words_are_still_refused(text: str, lang: str) -> None:
    messages, _ = turn(text, lang, [], new_sender(), action=ActionOutOfScope, intent="out_of_scope",
                       confidence=0.999)  # fmt: skip
    assert source_id(messages) is None


def test_a_bare_steps_question_keeps_the_help_menu() -> None:
    messages, _ = turn("wat zijn de stappen", "nl", [], new_sender(), action=ActionHelp, intent="help")
    assert source_id(messages) is None
    assert said(messages)


# -- 5. no "I'm not the right one" before a customer being scammed or someone who is sick ----------

COLD = {"nl": "niet de juiste", "en": "not the right one"}


@pytest.mark.parametrize(
    ("text", "lang", "topic"),
    [
        ("een meneer aan de balie wil 5000 euro cash opnemen en zegt dat de bank hem gebeld heeft", "nl",
         "customer_scam"),
        ("an old man wants to transfer 4000 euros, he says the bank called him", "en", "customer_scam"),
        ("ik ben ziek", "nl", "sick"),
        ("ik ben morgen ziek, hoe meld ik me af", "nl", "sick"),
        ("i'm sick today", "en", "sick"),
    ],
)  # fmt: skip
def test_a_safety_or_health_line_comes_without_the_cold_opening(text: str, lang: str, topic: str) -> None:
    messages, _ = turn(text, lang, [], new_sender())
    text_said = said(messages)
    assert text_said.startswith(BY_ID[topic].where[lang])
    assert COLD[lang] not in text_said


@pytest.mark.parametrize(
    ("text", "lang", "topic"),
    [("mijn loonstrook klopt niet", "nl", "pay"), ("my payslip is wrong", "en", "pay"),
     ("ik ben mijn wachtwoord kwijt", "nl", "it"), ("I forgot my password", "en", "it")],
)  # fmt: skip
def test_a_plain_work_matter_keeps_its_opening(text: str, lang: str, topic: str) -> None:
    messages, _ = turn(text, lang, [], new_sender())
    assert t("referral", lang, where=BY_ID[topic].where[lang]) in said(messages)


def test_preamble_is_true_or_false() -> None:
    text = (
        "version: 1\ntopics:\n  - id: a\n    preamble: nee\n    words: {nl: [x], en: [y]}\n"
        "    where: {nl: z, en: z}\n"
    )
    with pytest.raises(ReferralError, match="preamble"):
        parse_referrals(text)
    assert not BY_ID["customer_scam"].preamble and not BY_ID["sick"].preamble
    assert BY_ID["pay"].preamble and BY_ID["it"].preamble


# -- 1b. after the 112 line, more of the same person gets what to do while it goes on -----------------


@pytest.mark.parametrize(
    ("danger", "more", "lang"),
    [
        ("een vrouw is net flauwgevallen in de wachtkamer", "ze ligt op de grond maar ze praat weer", "nl"),
        ("een klant is gevallen en ligt op de grond", "hij ligt nog op de grond maar hij ademt", "nl"),
        ("a customer fell over by the door", "she is still lying on the floor but talking", "en"),
    ],
)
def test_more_of_the_same_person_gets_the_then_line(danger: str, more: str, lang: str) -> None:
    sender = new_sender()
    first, events = turn(danger, lang, [], sender)
    assert BY_ID["emergency"].where[lang] in said(first)
    messages, _ = turn(more, lang, events, sender)
    assert said(messages) == BY_ID["emergency"].then[lang]


@pytest.mark.parametrize(
    ("danger", "new", "lang"),
    [
        ("een klant is gevallen en ligt op de grond", "nu is er ook een meneer gevallen bij de deur", "nl"),
        ("a customer fell over by the door", "another guest has fallen near the lift", "en"),
    ],
)
def test_someone_new_after_the_112_line_gets_it_again(danger: str, new: str, lang: str) -> None:
    sender = new_sender()
    _, events = turn(danger, lang, [], sender)
    messages, _ = turn(new, lang, events, sender)
    assert said(messages).startswith(BY_ID["emergency"].where[lang])
