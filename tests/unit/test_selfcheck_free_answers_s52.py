"""Three faults of the tester round of stop 52, each fixed by kind; real actions, the real
self-check files and a real app database (SQLite), one per test; the intent is the one the
trained NLU gave the tester's message.

1. Flemish, hedged and emphatic free answers to a statement were not recorded: "nee nooit ni",
   "da's ni waar", "zeker en vast", "ja maar niet altijd" (bot/selfchecks/answers.py). "Niet
   altijd" alone stays unscored, as decided at stop 51; a yes before it says which side.
2. Results asked in one's own words were not shown: "hoe sta ik ervoor?" (NLU: help) got the
   help text, "how did i do on the test" (start_selfcheck) the list of self-checks
   (bot/selfchecks/asking.py `asks_for_own_results`, actions/selfcheck.py).
3. A leading role said in the same message as a request for a self-check did not start one:
   "als afdelingshoofd van de thuiszorg wil ik een zelftest" (ask_advice) got "no good answer",
   "ik ben teamleider en wil graag de zelfscan doen" only a welcome (bot/selfchecks/asking.py
   `asks_to_do_a_selfcheck`, bot/dialogue/self_introduction.py, actions/selfcheck.py)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.advice import ActionAnswerAdvice, ActionKbFallback, ActionOutOfScope
from actions.coaching import ActionCoachingTip
from actions.help import ActionHelp
from actions.language import ActionSetLanguage
from actions.selfcheck import (
    ActionSelfcheckAnswer,
    ActionShowResults,
    ActionStartSelfcheck,
    ActionTeamResults,
)
from actions.small_talk import ActionSmallTalk
from actions.yes_no import ActionAffirm, ActionDeny
from bot.content.articles import load_articles
from bot.content.selfchecks import load_selfcheck
from bot.dialogue import payloads
from bot.dialogue.self_introduction import introduction
from bot.i18n import t
from bot.selfchecks.answers import agreement, parse_answer, tries_to_answer
from bot.selfchecks.asking import asks_for_own_results, asks_for_results, asks_to_do_a_selfcheck
from tests.helpers import ROOT, four_point_selfcheck
from tests.unit.replies import after, said, start
from tests.unit.test_informal_answers import position
from tests.unit.test_selfcheck_results_paused import finish

IDS = {a.id for a in load_articles(ROOT / "knowledge")[0]}
ACTIONS = {
    "affirm": ActionAffirm,
    "deny": ActionDeny,
    "nlu_fallback": ActionKbFallback,
    "ask_advice": ActionAnswerAdvice,
    "ask_coaching_tip": ActionCoachingTip,
    "out_of_scope": ActionOutOfScope,
    "selfcheck_answer": ActionSelfcheckAnswer,
    "set_language": ActionSetLanguage,
    "help": ActionHelp,
    "start_selfcheck": ActionStartSelfcheck,
    "show_results": ActionShowResults,
    "team_results": ActionTeamResults,
    "greet": ActionSmallTalk,
}
_CHECKS = [
    yaml.safe_load(p.read_text(encoding="utf-8")) for p in (ROOT / "knowledge" / "selfchecks").glob("*.yml")
]
MANAGER_CHECKS = {c["id"] for c in _CHECKS if c["audience"] == "manager"}


@pytest.fixture()
def four(tmp_path: Path):
    return load_selfcheck(four_point_selfcheck(tmp_path), IDS)


def fresh(text: str, intent: str, lang: str = "nl", user: str = "s52-user") -> list[dict[str, Any]]:
    """The coach's reply to `text` (read by NLU as `intent`) as the first message of a conversation."""
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": [], "metadata": {}}
    slots = {"language": lang, "pinned_language": None, "tips_given": None}
    tracker = Tracker(user, slots, latest, [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    asyncio.run(ACTIONS[intent]().run(dispatcher, tracker, {}))
    return dispatcher.messages


def mid_check(text: str, intent: str, lang: str = "nl") -> list[dict[str, Any]]:
    """The coach's reply to `text` (read by NLU as `intent`) typed right after question 2."""
    question_2 = start(lang)
    dispatcher = CollectingDispatcher()
    asyncio.run(ACTIONS[intent]().run(dispatcher, after(question_2, text, intent, lang), {}))
    return dispatcher.messages


def listed(messages: list[dict[str, Any]]) -> set[str]:
    """The self-checks offered as buttons."""
    found = set()
    for message in messages:
        for button in message.get("buttons") or []:
            parsed = payloads.parse(button["payload"])
            if parsed is not None and parsed.entity("selfcheck_id"):
                found.add(str(parsed.entity("selfcheck_id")))
    return found


# == 1. free answers ==========================================================================

FREE_ANSWERS = [
    # (typed, on the 1-5 scale, on the 1-4 scale without a neutral point)
    # Flemish "ni"/"nie" for "niet", and its doubled negation after "nooit"
    ("nee nooit ni", 1, 1), ("nooit ni", 1, 1), ("nooit nie", 1, 1), ("ik doe da nooit ni", 1, 1),
    ("bijna nooit ni", 2, 2), ("klopt ni", 2, 2), ("da klopt ni", 2, 2), ("nie echt", 2, 2),
    ("mwa ni echt", 2, 2), ("meestal ni", 2, 2), ("ni zo vaak", 2, 2), ("soms wel soms ni", 3, None),
    # "waar" as "klopt"
    ("da's ni waar", 2, 2), ("dat is niet waar", 2, 2), ("das waar", 4, 3), ("dat is waar", 4, 3),
    ("ja, da's waar", 4, 3), ("helemaal niet waar", 1, 1), ("niet waar", 2, 2),
    # emphatic yes and no
    ("zeker en vast", 5, 4), ("ja, zeker en vast", 5, 4), ("absoluut", 5, 4), ("hell yes", 5, 4),
    ("hell yeah", 5, 4), ("definitely", 5, 4), ("yes absolutely", 5, 4), ("echt wel", 5, 4),
    ("bijlange ni", 1, 1), ("bijlange niet", 1, 1), ("absoluut ni", 1, 1), ("zeker ni", 1, 1),
    ("nee, zeker niet", 1, 1), ("helemaal ni", 1, 1), ("totaal ni", 1, 1), ("echt niet", 1, 1),
    ("not at all", 1, 1), ("absolutely not", 1, 1), ("hell no", 1, 1), ("no way", 1, 1),
    ("in geen geval", 1, 1), ("nooit of te nooit", 1, 1), ("definitely agree", 5, 4),
    # a plain sure is a yes, as "ja zeker"
    ("ja zeker", 4, 3), ("zeker", 4, 3), ("zekers", 4, 3), ("sure", 4, 3), ("zeker wel", 4, 3),
    ("da klopt", 4, 3),
    # a yes that is not always: agree, as "meestal wel"
    ("ja maar niet altijd", 4, 3), ("ja, maar ni altijd", 4, 3), ("yes but not always", 4, 3),
    ("meestal wel, maar niet altijd", 4, 3), ("niet altijd, maar wel vaak", 4, 3),
    ("wel maar niet altijd", 4, 3),
    # hedged
    ("eerder wel", 4, 3), ("eerder ni", 2, 2), ("eerder niet", 2, 2), ("not really", 2, 2),
    ("not really, no", 2, 2), ("nope never", 1, 1), ("kinda", 3, None), ("yeah kinda", 3, None),
    ("most of the time", 4, 3), ("grotendeels", 4, 3), ("quasi altijd", 4, 3), ("quasi nooit", 2, 2),
    ("elke keer", 5, 4), ("every time", 5, 4), ("very often", 4, 3), ("heel vaak", 4, 3),
    ("pretty much always", 4, 3), ("de meeste keren", 4, 3),
]  # fmt: skip


@pytest.mark.parametrize(("text", "on_five", "on_four"), FREE_ANSWERS)
def test_free_answers_read_on_every_scale(text: str, on_five: int | None, on_four: int | None, four) -> None:
    assert parse_answer(text) == on_five
    assert parse_answer(text, four) == on_four


@pytest.mark.parametrize(
    "text",
    [
        # "niet altijd" alone says only that the top is wrong: unscored since stop 51, in any spelling
        "niet altijd", "ni altijd", "nie altijd", "not always", "nee, niet altijd", "lang niet altijd",
        # typed in full, the doubled negation stays no clear answer (stop 51)
        "nooit niet", "nee nooit niet",
        # both a yes and a no, or a question
        "nee absoluut", "ja absoluut niet", "waar is dat?", "is dat waar", "wat is waar", "niet waar?",
        "waar", "ja nee", "hoe zeker moet ik zijn?",
    ],
)  # fmt: skip
def test_vague_contradicting_or_asked_stays_unscored(text: str) -> None:
    assert parse_answer(text) is None


def test_flemish_not_always_is_read_as_not_always() -> None:
    """ "ni altijd" is "niet altijd": no answer, but an attempt at one (the scale is shown again)."""
    assert agreement("ni altijd") == agreement("niet altijd") is None
    assert tries_to_answer("ni altijd") and tries_to_answer("niet altijd")


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("text", "intent", "lang", "said_back"),
    [
        ("nee nooit ni", "deny", "nl", "Genoteerd: 1 · Helemaal oneens."),
        ("da's ni waar", "nlu_fallback", "nl", "Genoteerd: 2 · Oneens."),
        ("zeker en vast", "set_language", "nl", "Genoteerd: 5 · Helemaal eens."),
        ("ja maar niet altijd", "ask_advice", "nl", "Genoteerd: 4 · Eens."),
        ("bijlange ni", "set_language", "nl", "Genoteerd: 1 · Helemaal oneens."),
        ("absoluut ni", "deny", "nl", "Genoteerd: 1 · Helemaal oneens."),
        ("eerder ni", "deny", "nl", "Genoteerd: 2 · Oneens."),
        ("zeker", "affirm", "nl", "Genoteerd: 4 · Eens."),
        ("hell yes", "affirm", "en", "Noted: 5 · Strongly agree."),
        ("yes but not always", "affirm", "en", "Noted: 4 · Agree."),
        ("not at all", "deny", "en", "Noted: 1 · Strongly disagree."),
    ],
)  # fmt: skip
def test_a_free_answer_is_recorded_and_said_back(text: str, intent: str, lang: str, said_back: str) -> None:
    messages = mid_check(text, intent, lang)
    assert said_back in said(messages), said(messages)
    assert ("vraag 3 van 7" if lang == "nl" else "question 3 of 7") in said(messages)
    assert position() == 2


@pytest.mark.usefixtures("own_app_db")
def test_not_always_alone_mid_check_gets_the_scale_again() -> None:
    messages = mid_check("ni altijd", "deny")
    assert "niet goed begrepen" in said(messages) or "1 tot 5" in said(messages), said(messages)
    assert "vraag 2 van 7" in said(messages)
    assert position() == 1  # nothing recorded


# == 2. results in one's own words ============================================================

OWN_RESULTS = [
    "hoe sta ik ervoor?", "how did i do on the test", "wat is mijn score", "hoe heb ik het gedaan",
    "mijn uitslag?", "what's my score", "what’s my score", "laat mijn resultaten zien",
    "Hoe sta ik er nu voor?",
    "hoe sta ik ervoor met de zelftest", "en, hoe heb ik het gedaan?", "hoe deed ik het",
    "hoe goed heb ik het gedaan op de test", "wat heb ik gescoord", "hoeveel heb ik gescoord?",
    "wat zijn mijn resultaten", "wat was m'n uitslag", "mijn scores graag", "toon me mijn resultaten",
    "laat me mijn resultaten eens zien", "mag ik mijn resultaten zien?", "waar zie ik mijn resultaten",
    "How did I do on the self-check?", "how well did i do", "what did i score", "what are my results",
    "show me my results", "my score?", "can i see my results", "where can i see my results",
    "how am i doing so far", "ok so how did i do", "wat is mijn uitslag van de laatste test",
]  # fmt: skip
NOT_OWN_RESULTS = [
    # about service, someone served, deleting, a complaint, or a service figure
    "hoe sta ik sterker in een gesprek", "how did the customer score us", "hoe sta ik achter de kassa",
    "hoe sta ik ervoor als de klant boos wordt", "hoe heb ik het gedaan met die klant",
    "how did i do with that angry customer", "how did i do that wrong", "wis mijn resultaten",
    "delete my results", "mijn score klopt niet", "my results are wrong", "wat is de score van de klant",
    "wat is mijn nps score", "wat is een goede score", "wat is mijn rooster", "hoe scoort ons team",
    "how did i handle that",
]  # fmt: skip


@pytest.mark.parametrize("text", OWN_RESULTS)
def test_own_results_asked_in_own_words(text: str) -> None:
    assert asks_for_own_results(text)
    assert asks_for_results(text)  # and /resultaten's action shows them too


@pytest.mark.parametrize("text", NOT_OWN_RESULTS)
def test_service_questions_are_no_request_for_own_results(text: str) -> None:
    assert not asks_for_own_results(text)


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("text", "intent", "lang"),
    [
        ("hoe sta ik ervoor?", "help", "nl"), ("how did i do on the test", "start_selfcheck", "en"),
        ("wat is mijn score", "show_results", "nl"), ("wat is mijn score", "selfcheck_answer", "nl"),
        ("hoe heb ik het gedaan", "ask_advice", "nl"), ("mijn uitslag?", "nlu_fallback", "nl"),
        ("what's my score", "affirm", "en"), ("laat mijn resultaten zien", "show_results", "nl"),
        ("how am i doing", "team_results", "en"),
    ],
)  # fmt: skip
def test_own_results_in_own_words_show_the_results(text: str, intent: str, lang: str) -> None:
    finish()  # one finished self-check (keeping-promises, by the test user)
    messages = fresh(text, intent, lang, user="yes-no-user")
    assert t("sc_results_head", lang) in said(messages), said(messages)
    assert t("sc_choose", lang) not in said(messages)  # no self-check started


@pytest.mark.usefixtures("own_app_db")
def test_own_results_without_a_finished_check_say_so() -> None:
    messages = fresh("hoe sta ik ervoor?", "help")
    assert t("sc_no_results", "nl") in said(messages), said(messages)


@pytest.mark.usefixtures("own_app_db")
def test_own_results_asked_mid_check_lead_back_to_the_statement() -> None:
    messages = mid_check("hoe sta ik ervoor?", "help")
    assert t("sc_no_results", "nl") in said(messages), said(messages)
    assert "vraag 2 van 7" in said(messages)
    assert position() == 1  # no answer recorded


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("text", "intent", "lang"),
    [("hoe sta ik sterker in een gesprek", "ask_coaching_tip", "nl"),
     ("how did the customer score us", "ask_advice", "en")],
)  # fmt: skip
def test_a_service_question_gets_no_results(text: str, intent: str, lang: str) -> None:
    messages = fresh(text, intent, lang)
    for key in ("sc_results_head", "sc_no_results"):
        assert t(key, lang) not in said(messages), said(messages)


# == 3. a role said with a request for a self-check ===========================================

ROLE_AND_REQUEST = [
    ("als afdelingshoofd van de thuiszorg wil ik een zelftest", "ask_advice", "nl"),
    ("ik ben teamleider en wil graag de zelfscan doen", "start_selfcheck", "nl"),
    ("ik ben teamleider en wil graag de zelfscan doen", "greet", "nl"),
    ("as a store manager i'd like to take the self-check", "ask_coaching_tip", "en"),
    ("als teamleider wil ik een zelftest doen", "show_results", "nl"),
    ("hoi, ik ben leidinggevende en ik wil graag een zelftest", "greet", "nl"),
    ("I'm a shift manager and I want to do a self-check", "nlu_fallback", "en"),
    ("als filiaalmanager zou ik graag de vragenlijst invullen", "out_of_scope", "nl"),
]


@pytest.mark.parametrize(("text", "intent", "lang"), ROLE_AND_REQUEST)
def test_a_role_with_a_request_is_a_request_for_a_self_check(text: str, intent: str, lang: str) -> None:
    assert asks_to_do_a_selfcheck(text)
    assert introduction(text) is None  # not only a welcome


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(("text", "intent", "lang"), ROLE_AND_REQUEST)
def test_a_role_with_a_request_offers_the_managers_checks(text: str, intent: str, lang: str) -> None:
    messages = fresh(text, intent, lang)
    assert t("sc_choose_managers", lang) in said(messages), said(messages)
    assert listed(messages) >= MANAGER_CHECKS


@pytest.mark.usefixtures("own_app_db")
def test_a_role_with_a_request_for_a_named_check_starts_it() -> None:
    messages = fresh("als teamleider wil ik de zelftest over het goede voorbeeld doen", "ask_advice")
    assert "vraag 1 van" in said(messages), said(messages)


@pytest.mark.usefixtures("own_app_db")
def test_another_role_with_a_request_gets_the_self_checks() -> None:
    messages = fresh("ik ben kassamedewerker en wil een zelftest doen", "nlu_fallback")
    assert t("sc_choose", "nl") in said(messages), said(messages)
    assert not MANAGER_CHECKS & listed(messages)


@pytest.mark.parametrize(
    "text",
    ["ik wil geen zelftest", "nee ik wil die vragenlijst niet", "ik wil weten hoe lang de zelftest duurt",
     "ik wil de zelfscan openen", "als teamleider wil ik een vragenlijst voor mijn team maken",
     "de klant wil de zelfscan gebruiken"],
)  # fmt: skip
def test_no_request_for_a_self_check_of_ones_own(text: str) -> None:
    assert not asks_to_do_a_selfcheck(text)


@pytest.mark.parametrize(
    "text",
    ["goeiemorgen, ik ben teamleider van een supermarkt", "hallo ik ben Sanne en ik werk in de thuiszorg"],
)
def test_an_introduction_alone_is_still_one(text: str) -> None:
    assert introduction(text) is not None
