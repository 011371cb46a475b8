"""Self-check faults left from the tester round of stop 52, each fixed by kind; real actions, the
real self-check files and a real app database (SQLite), one per test.

1. "It depends" said with what it depends on ("hangt ervan af eigenlijk, als het druk is niet",
   "afhankelijk van de situatie", "it really depends") left the check and got topic menus: it is
   the middle of the scale, as "soms" (bot/selfchecks/answers.py `says_it_depends`); on a scale
   without a middle it is no answer, as "soms" is not, and the scale is shown again.
2. "nee ik was bezig met de test", after the coach read an answer as a question, got "no good
   answer": it leads back to the statement (bot/selfchecks/stopping.py `asks_to_go_on`).
3. Results asked again or what they mean ("kan ik mijn scores nog eens zien" got the NPS article,
   "wat betekent mijn uitslag nou eigenlijk" a refusal) show the results, with what the band
   says when asked what they mean (bot/selfchecks/asking.py, actions/selfcheck.py)."""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk.executor import CollectingDispatcher

from bot.i18n import t
from bot.selfchecks.answers import parse_answer, says_it_depends, tries_to_answer
from bot.selfchecks.asking import asks_for_own_results, asks_for_results, asks_what_results_mean
from bot.selfchecks.stopping import asks_to_go_on
from tests.unit.replies import after, said, start
from tests.unit.test_informal_answers import position
from tests.unit.test_selfcheck_free_answers_s52 import ACTIONS, fresh, mid_check
from tests.unit.test_selfcheck_free_answers_s52 import four as four  # noqa: F401 (a fixture)
from tests.unit.test_selfcheck_results_paused import finish

# == 1. it depends ============================================================================

DEPENDS = [
    "hangt ervan af", "hangt ervan af eigenlijk, als het druk is niet", "depends", "it depends on the day",
    "afhankelijk van de situatie", "het hangt ervan af hoe druk het is", "hangt er vanaf", "ligt eraan",
    "da hangt ervan af", "tja, dat hangt er een beetje van af", "dat verschilt per dag", "it really depends",
    "depends on how busy it is", "ja, hangt ervan af", "well it depends tbh", "case by case",
    "afhankelijk van de klant", "het wisselt, soms wel soms ni", "depending on the customer",
]  # fmt: skip
NOT_DEPENDS = [
    "hangt het ervan af?", "afhankelijk van de klant, hoe reageer ik dan",
    "mijn humeur hangt af van de klant",
    "it depends, what do you mean", "wat als het ervan afhangt", "hoe lang duurt de test",
]  # fmt: skip


@pytest.mark.parametrize("text", DEPENDS)
def test_it_depends_is_the_middle_of_the_scale(text: str, four) -> None:
    assert says_it_depends(text)
    assert parse_answer(text) == parse_answer("soms") == 3
    # a scale without a middle: as "soms", no answer, but meant as one (the scale is shown again)
    assert parse_answer(text, four) == parse_answer("soms", four)
    assert tries_to_answer(text)


@pytest.mark.parametrize("text", NOT_DEPENDS)
def test_a_question_or_a_remark_is_not_it_depends(text: str) -> None:
    assert not says_it_depends(text)
    assert parse_answer(text) is None


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize("intent", ["ask_advice", "nlu_fallback", "help", "deny", "out_of_scope", "greet"])
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("hangt ervan af eigenlijk, als het druk is niet", "nl"), ("afhankelijk van de situatie", "nl"),
        ("hangt ervan af", "nl"), ("depends", "en"), ("it depends on the day", "en"),
        ("it really depends on the customer", "en"),
    ],
)  # fmt: skip
def test_it_depends_mid_check_is_recorded_as_the_middle(text: str, lang: str, intent: str) -> None:
    messages = mid_check(text, intent, lang)
    noted = "Genoteerd: 3 · Neutraal." if lang == "nl" else "Noted: 3 · Neutral."
    assert noted in said(messages), said(messages)
    assert ("vraag 3 van 7" if lang == "nl" else "question 3 of 7") in said(messages)
    assert position() == 2


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("text", "intent", "said_back", "at"),
    [
        ("da doe ik nooit ni", "deny", "Genoteerd: 1 · Helemaal oneens.", 2),
        ("nee ni altijd", "deny", None, 1),  # unscored on purpose (stop 51): the scale again
        ("nee ni altijd", "ask_advice", None, 1),
    ],
)
def test_flemish_never_and_not_always_mid_check(
    text: str, intent: str, said_back: str | None, at: int
) -> None:
    messages = mid_check(text, intent)
    if said_back is None:
        assert t("sc_not_understood", "nl", min="1", max="5") in said(messages), said(messages)
        assert "vraag 2 van 7" in said(messages)
    else:
        assert said_back in said(messages), said(messages)
    assert position() == at


# == 2. back to the check after a misreading ==================================================

BACK = [
    "nee ik was bezig met de test", "nee, ik was nog bezig met de zelftest",
    "ik zat midden in de vragenlijst",
    "ik was de test aan het invullen", "dat was mijn antwoord op de stelling", "terug naar de test",
    "no, I was doing the test", "no I was answering the question", "that was my answer",
    "back to the self-check please", "i was in the middle of the check",
]  # fmt: skip
NOT_BACK = [
    "ik ben bezig met de test van mijn klant", "ik was bezig met een klant", "ik was aan het werk",
    "hoe lang duurt de test", "niet verder", "i was doing the dishes",
]  # fmt: skip


@pytest.mark.parametrize("text", BACK)
def test_saying_one_was_doing_the_check_is_going_on(text: str) -> None:
    assert asks_to_go_on(text)


@pytest.mark.parametrize("text", NOT_BACK)
def test_other_things_one_was_doing_are_not(text: str) -> None:
    assert not asks_to_go_on(text)


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("text", "intent", "lang"),
    [
        ("nee ik was bezig met de test", "ask_advice", "nl"), ("nee ik was bezig met de test", "deny", "nl"),
        ("ik zat midden in de vragenlijst", "nlu_fallback", "nl"), ("no, I was doing the test", "deny", "en"),
        ("that was my answer", "out_of_scope", "en"),
    ],
)  # fmt: skip
def test_after_a_misreading_it_leads_back_to_the_statement(text: str, intent: str, lang: str) -> None:
    question_2 = start(lang)
    misread = "Hoe ga ik om met een boze klant?" if lang == "nl" else "How do I handle an angry customer?"
    dispatcher = CollectingDispatcher()
    asyncio.run(ACTIONS["ask_advice"]().run(dispatcher, after(question_2, misread, "ask_advice", lang), {}))
    reply = dispatcher.messages  # the coach answered it as a question, and offered to carry on
    dispatcher = CollectingDispatcher()
    asyncio.run(ACTIONS[intent]().run(dispatcher, after(reply, text, intent, lang), {}))
    messages = dispatcher.messages
    assert ("vraag 2 van 7" if lang == "nl" else "question 2 of 7") in said(messages), said(messages)
    assert not any((m.get("custom") or {}).get("type") == "source" for m in messages), said(messages)
    assert position() == 1  # nothing recorded


# == 3. results asked again, or what they mean ================================================

OWN_RESULTS = [
    "kan ik mijn scores nog eens zien", "wat betekent mijn uitslag nou eigenlijk",
    "hoe deed ik het op die test",
    "scores nog eens zien", "kan ik de scores nog eens zien", "mijn scores", "wat betekent mijn score",
    "hoe deed ik het", "how did i score", "show me my scores again", "what do my results mean",
    "what does my score mean", "wat zeggen mijn resultaten", "mag ik mijn uitslag nog eens zien",
    "kan ik mijn resultaten terugzien", "wat houdt mijn score in", "can i see my scores again",
    "show me the results again", "hoe moet ik mijn score lezen", "leg mijn uitslag eens uit",
    "how should i read my results", "what does my result say",
]  # fmt: skip
NOT_OWN_RESULTS = [
    "hoe verhoog ik onze scores", "what does a low NPS score mean", "klant vraagt naar zijn uitslag",
    "wat betekent een lage score", "wat betekent mijn nps score", "kan ik de scores van de klanten zien",
    "kan ik de klantscores nog eens zien", "mijn score klopt niet", "wat betekent de score van de klant",
    "what does my nps score mean", "show me the nps scores again", "hoe deed ik het met die klant",
]  # fmt: skip
MEANING = {
    "wat betekent mijn uitslag nou eigenlijk", "wat betekent mijn score", "what do my results mean",
    "what does my score mean", "wat zeggen mijn resultaten", "wat houdt mijn score in",
    "hoe moet ik mijn score lezen", "leg mijn uitslag eens uit", "how should i read my results",
    "what does my result say",
}  # fmt: skip


@pytest.mark.parametrize("text", OWN_RESULTS)
def test_own_results_asked_again_or_what_they_mean(text: str) -> None:
    assert asks_for_own_results(text)
    assert asks_for_results(text)
    assert asks_what_results_mean(text) is (text in MEANING)


@pytest.mark.parametrize("text", NOT_OWN_RESULTS)
def test_service_questions_and_others_results_are_not(text: str) -> None:
    assert not asks_for_own_results(text)
    assert not asks_what_results_mean(text)


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("text", "intent", "lang"),
    [
        ("kan ik mijn scores nog eens zien", "ask_advice", "nl"),
        ("wat betekent mijn uitslag nou eigenlijk", "out_of_scope", "nl"),
        ("wat betekent mijn uitslag nou eigenlijk", "nlu_fallback", "nl"),
        ("hoe deed ik het op die test", "start_selfcheck", "nl"),
        ("show me my scores again", "show_results", "en"),
        ("what do my results mean", "help", "en"),
        ("how did i score", "selfcheck_answer", "en"),
    ],
)
def test_own_results_in_these_words_show_the_results(text: str, intent: str, lang: str) -> None:
    finish()  # one finished self-check (keeping-promises, by the test user)
    messages = fresh(text, intent, lang, user="yes-no-user")
    assert t("sc_results_head", lang) in said(messages), said(messages)
    assert t("sc_choose", lang) not in said(messages)  # no self-check started
    assert "vraag 1 van" not in said(messages) and "question 1 of" not in said(messages)


@pytest.mark.usefixtures("own_app_db")
def test_asked_what_they_mean_the_results_say_what_the_band_means() -> None:
    import actions.selfcheck

    finish()
    check, _, result = actions.selfcheck.service().history("yes-no-user")[-1]
    meaning = fresh("wat betekent mijn uitslag nou eigenlijk", "nlu_fallback", user="yes-no-user")
    assert result.band.feedback["nl"] in said(meaning), said(meaning)
    plain = fresh("kan ik mijn scores nog eens zien", "ask_advice", user="yes-no-user")
    assert result.band.feedback["nl"] not in said(plain)


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(("text", "intent"), [("hoe verhoog ik onze scores", "ask_advice")])
def test_a_service_question_about_scores_gets_no_results(text: str, intent: str) -> None:
    messages = fresh(text, intent)
    for key in ("sc_results_head", "sc_no_results"):
        assert t(key, "nl") not in said(messages), said(messages)
