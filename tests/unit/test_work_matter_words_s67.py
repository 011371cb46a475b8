"""Stop 67 (helper G2), point 4: a work matter in one or two words ("commission", "provisie?",
"loonstrook", "verlof", "wachtwoord", "roster", "rooster", "salaris") gets that matter's line
(knowledge/referrals.yml), not an offer, a refusal, or what NLU made of it: live, "rooster" was
read as goodbye ("Succes vandaag!"), "salaris" and "password" as a yes ("Mooi. Stel je vraag
maar"). Each plain work-matter topic is walked with its bare words, as a question (ask_advice)
and as NLU misread them (goodbye, affirm: `work_matters_first`). The bare words are anchored
("^rooster$": the whole clause), so a sentence with the word ("de klant wil op vakantie", "leave
it to me", "hoe plan ik het rooster van mijn team") is not taken for it; nor are "leave" and "quit"
alone, which stop a self-check.

Real actions, the real index and an own app database per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from actions.advice import ActionAnswerAdvice
from actions.small_talk import ActionSmallTalk
from actions.yes_no import ActionAffirm
from bot.content.referrals import find_referrals, load_referrals
from tests.unit.replies import said
from tests.unit.turns import new_sender, turn

REFERRALS = load_referrals(Path(__file__).resolve().parents[2] / "knowledge")
TOPICS = {r.id: r for r in REFERRALS}

BARE = {
    "pay": ["commission", "commission?", "provisie?", "provisie", "loonstrook", "salaris", "loon", "payslip",
            "wages", "overuren", "vakantiegeld", "bonus?"],
    "leave": ["verlof", "vakantiedagen", "vakantie?", "holiday", "days off", "annual leave"],
    "sick": ["ziekmelden", "ziek", "sick leave", "sick"],
    "rosters": ["roster", "rooster", "rooster?", "mijn rooster", "my shifts", "schedule", "rota"],
    "it": ["wachtwoord", "wachtwoord?", "password", "wachtwoord vergeten", "inloggen", "login"],
    "expenses": ["declaratie", "expenses", "onkosten", "reiskosten"],
    "employment": ["contract", "ontslag", "opzegtermijn", "resignation", "notice period"],
    "absence": ["verzuim", "absenteeism"],
    "gifts": ["fooi", "fooien"],
}  # fmt: skip
NOT_BARE = [
    "klant vraagt naar zijn contract",
    "schedule a call with the customer",
    "de klant wil op vakantie",
    "Vakantie is voorbij en de klanten zijn boos",
    "ik ben ziek van die klant",
    "the customer wants to leave",
    "leave it to me",
    "de gast vraagt het wachtwoord van de wifi",
    "hoe plan ik het rooster van mijn team",
    "bonus vraag: hoe ga ik om met een boze klant?",
    # stop words of a self-check (bot/selfchecks/stopping.py): no work matter on their own
    "leave",
    "quit",
]


@pytest.mark.parametrize(("topic", "word"), [(t, w) for t, ws in BARE.items() for w in ws])
def test_a_bare_work_matter_word_names_its_topic(topic: str, word: str) -> None:
    assert topic in [r.id for r in find_referrals(word, REFERRALS)]


@pytest.mark.parametrize("text", NOT_BARE)
def test_a_sentence_with_the_word_is_not_the_bare_word(text: str) -> None:
    bare = {"pay", "leave", "sick", "rosters", "it", "employment", "absence"}
    assert not bare & {r.id for r in find_referrals(text, REFERRALS)}


# as a question, and as NLU misread "rooster" (goodbye) and "salaris", "password" (a yes)
READINGS = ((ActionAnswerAdvice, "ask_advice"), (ActionSmallTalk, "goodbye"), (ActionAffirm, "affirm"))


def _lang(word: str) -> str:
    english = {"commission", "commission?", "payslip", "wages", "annual leave", "holiday", "days off",
               "sick leave",
               "sick", "roster", "my shifts", "schedule", "rota", "password", "login", "expenses",
               "resignation", "notice period", "absenteeism"}  # fmt: skip
    return "en" if word in english else "nl"


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize("topic", BARE)
def test_each_bare_word_gets_the_work_matter_line_whatever_nlu_read(topic: str) -> None:
    wrong = []
    for word in BARE[topic]:
        lang = _lang(word)
        where = TOPICS[topic].where[lang]
        for action, intent in READINGS:
            messages, _ = turn(word, lang, [], new_sender("employee"), action, intent)
            if where not in said(messages):
                wrong.append((word, intent, said(messages)[:120]))
    assert not wrong, wrong
