"""A message that only asks for a simpler answer ("zeg het simpeler", "in gewone mensentaal",
"explain like im 5", "eli5", "dumb it down") gets the summary of the article just given, as a
request for a shorter one does (bot/dialogue/shorter_request.py `asks_for_simpler`,
actions/advice.py `answered_as_shorter_request`). They were searched, and got an offer, a
refusal or the article on a customer who cannot follow (tester round of stop 52). Questions
about explaining simply to a customer are no such request. Real actions on the real index."""

from __future__ import annotations

import pytest

from actions.advice import ActionAnswerAdvice, ActionKbFallback, ActionOutOfScope
from actions.help import ActionHelp
from actions.yes_no import ActionAffirm
from bot.dialogue import payloads
from bot.dialogue.shorter_request import asks_for_shorter, asks_for_simpler
from bot.i18n import t
from tests.unit.replies import source_of
from tests.unit.test_wording_requests import _after_answer, _ask

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

SIMPLER = {
    "nl": ["zeg het simpeler", "in gewone mensentaal", "in jip-en-janneketaal", "simpeler aub",
           "kan het in makkelijkere woorden", "ik snap het niet, simpeler", "kunde da simpeler zeggen",
           "kan het wat eenvoudiger?", "leg het simpeler uit", "leg het eens uit in jip en janneke taal",
           "kun je het in mensentaal zeggen", "dat is te ingewikkeld, kan het simpeler?",
           "ik begrijp het niet, kan het makkelijker", "korter en simpeler aub",
           "kunde gij da wa simpeler uitleggen", "kan da simpeler?", "zonder moeilijke woorden aub",
           "kun je het simpel houden", "in normale taal graag", "ik volg niet, kan het duidelijker",
           "alsof ik vijf ben", "voor dummies graag"],
    "en": ["explain like im 5", "in simple words pls", "eli5", "dumb it down", "plain english please",
           "explain it like i'm five", "ELI5 pls", "can you explain it in simpler terms?",
           "in layman's terms please", "simpler please", "i don't get it, simpler please",
           "too complicated, dumb it down pls", "say it simpler", "can you make it simpler",
           "explain it to me like i am 5", "in plain words please", "put it in plain english",
           "huh? simpler pls", "explain it simply please", "without the jargon please"],
}  # fmt: skip
# questions about service with the same words, and requests for something else
NOT_SIMPLER = [
    "hoe leg ik het simpel uit aan een klant", "how do I explain our prices in plain words to a customer",
    "de klant wil het simpeler", "hoe maak ik het de klant makkelijker", "the customer is too difficult",
    "he is too difficult", "ik snap het niet", "i don't get it", "simpel", "simple",
    "hoe zeg ik het simpeler tegen een klant", "how do I explain it simpler to customers",
    "wat is makkelijker voor de klant, pinnen of contant", "the customer doesn't speak plain english",
    "mijn collega snapt het niet, hoe leg ik het simpeler uit", "is there an easier way to handle complaints",
    "kan het proces makkelijker", "in english please", "in het engels aub", "explain level 3",
    "wat is de servicepiramide in jip-en-janneketaal", "klanten vinden ons systeem te ingewikkeld",
    "de kassa is te ingewikkeld voor oudere klanten", "customers find our app too complicated",
]  # fmt: skip


@pytest.mark.parametrize("text", SIMPLER["nl"] + SIMPLER["en"])
def test_requests_for_a_simpler_answer_are_read_as_such(text: str) -> None:
    assert asks_for_simpler(text)
    assert asks_for_shorter(text)  # read like a request for a shorter answer (actions/advice.py)


@pytest.mark.parametrize("text", NOT_SIMPLER)
def test_other_messages_are_not(text: str) -> None:
    assert not asks_for_simpler(text)
    assert not asks_for_shorter(text)


def test_a_request_for_a_shorter_answer_is_no_request_for_a_simpler_one() -> None:
    assert asks_for_shorter("korter") and not asks_for_simpler("korter")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_after_an_answer_each_request_for_simpler_gets_its_summary(searcher, lang: str) -> None:
    article_id, events = _after_answer(lang)
    art = searcher.index.articles[(article_id, lang)]
    for request in SIMPLER[lang]:
        messages, _ = _ask(ActionAnswerAdvice, request, lang, events)
        texts = [m.get("text") for m in messages if m.get("text")]
        assert texts == [t("shorter", lang, title=art.title, summary=art.summary)], request
        assert [b["payload"] for b in messages[0]["buttons"]] == [payloads.advice(article_id)]
        assert source_of(messages)["id"] == article_id  # an answer with that article


@pytest.mark.parametrize(
    "action", [ActionAnswerAdvice, ActionKbFallback, ActionOutOfScope, ActionHelp, ActionAffirm]
)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_whatever_nlu_read_a_request_for_simpler_gets_the_summary(searcher, action, lang: str) -> None:
    article_id, events = _after_answer(lang)
    art = searcher.index.articles[(article_id, lang)]
    for request in SIMPLER[lang][:2]:
        messages, _ = _ask(action, request, lang, events)
        texts = [m.get("text") for m in messages if m.get("text")]
        assert texts == [t("shorter", lang, title=art.title, summary=art.summary)], request
        assert source_of(messages)["id"] == article_id


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_without_an_answer_before_it_the_coach_asks_what_about(lang: str) -> None:
    messages, _ = _ask(ActionAnswerAdvice, SIMPLER[lang][0], lang, [])
    assert [m.get("text") for m in messages] == [t("shorter_without_topic", lang)]


def test_a_question_about_explaining_simply_is_searched() -> None:
    """Not the article just given: "hoe leg ik het simpel uit aan een klant" is a question."""
    article_id, events = _after_answer("nl")
    messages, _ = _ask(ActionAnswerAdvice, "hoe leg ik het simpel uit aan een klant", "nl", events)
    assert not any((m.get("text") or "").startswith("In het kort") for m in messages)


@pytest.mark.parametrize(
    ("request_text", "lang"), [("plain english please", "en"), ("in gewone mensentaal aub", "nl")]
)
def test_a_request_for_plain_words_read_as_a_language_request_gets_the_summary(
    searcher, request_text: str, lang: str
) -> None:
    """NLU may read "plain english please" as asking for English: the coach pinned the language
    and said so instead of simplifying (helper round of stop 52)."""
    from actions.language import ActionSetLanguage

    article_id, events = _after_answer(lang)
    art = searcher.index.articles[(article_id, lang)]
    messages, _ = _ask(ActionSetLanguage, request_text, lang, events)
    texts = [m.get("text") for m in messages if m.get("text")]
    assert texts == [t("shorter", lang, title=art.title, summary=art.summary)], texts
