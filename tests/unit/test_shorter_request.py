"""A message that only asks for a shorter answer ("korter", "shorter please") gets the
summary of the article just given, whatever intent NLU read (bot/dialogue/shorter_request.py,
actions/advice.py `answered_as_shorter_request`; tester round of stop 48: "korter" got the
article on a team huddle, "shorter please" a refusal). Real actions on the real index."""

from __future__ import annotations

import pytest

from actions.advice import ActionAnswerAdvice, ActionKbFallback, ActionOutOfScope
from actions.help import ActionHelp
from actions.yes_no import ActionAffirm
from bot.dialogue import payloads
from bot.dialogue.shorter_request import asks_for_shorter
from bot.i18n import t
from tests.unit.replies import source_of
from tests.unit.test_wording_requests import _after_answer, _ask

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

SHORTER = {
    "nl": ["korter", "kan het wat korter?", "in het kort aub", "samenvatting graag", "dat is te lang",
           "kort samengevat?", "in 1 zin?", "kun je het even samenvatten", "korter graag",
           # tester round of stop 49: Flemish, and a request for shorter answers from now on
           "kan da korter?", "kunde da efkes korter maken",
           "dat is veel te lang. kun je voortaan kortere antwoorden geven?",
           # tester rounds of stops 50 and 51: with a verb of saying, or the asker's hurry
           "kunde da efkes korter zeggen", "korter aub, ik heb maar 2 minuten",
           "korter, in 1 zin per principe", "kun je het korter uitleggen", "ik heb haast, korter"],
    "en": ["shorter please", "too long, summary?", "tl;dr", "can you make it shorter", "in short?",
           "give me the short version", "summarise it please", "too long didn't read", "in one sentence",
           "can you give shorter answers from now on?",
           "way too long. can you keep your answers shorter from now on?",
           "shorter pls, I have like 10 seconds", "can you say it shorter", "shorter, im in a hurry",
           "explain it shorter please"],
}  # fmt: skip
# questions about service with the same words, and requests for something else
NOT_SHORTER = [
    "hoe hou ik het gesprek korter", "de rij is te lang", "wachttijd te lang", "korte huddle",
    "korter dan 5 minuten", "te lang wachten aan de kassa", "hoe maak ik de wachtrij korter",
    "summary of complaint handling", "how do I keep calls shorter", "the queue is too long",
    "geef een voorbeeld", "nog een tip", "korte vraag: mag ik korting geven?",
    "ik heb geen tijd, de rij is te lang", "i have no time, customers wait too long",
    "hoe zeg ik het korter tegen een klant", "ik heb maar 2 minuten per klant, te kort",
]  # fmt: skip


@pytest.mark.parametrize("text", SHORTER["nl"] + SHORTER["en"])
def test_requests_for_a_shorter_answer_are_read_as_such(text: str) -> None:
    assert asks_for_shorter(text)


@pytest.mark.parametrize("text", NOT_SHORTER)
def test_other_messages_are_not(text: str) -> None:
    assert not asks_for_shorter(text)


@pytest.mark.parametrize(
    "action", [ActionAnswerAdvice, ActionKbFallback, ActionOutOfScope, ActionHelp, ActionAffirm]
)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_after_an_answer_a_request_for_shorter_gets_its_summary(searcher, action, lang: str) -> None:
    article_id, events = _after_answer(lang)
    art = searcher.index.articles[(article_id, lang)]
    for request in SHORTER[lang][:3]:
        messages, _ = _ask(action, request, lang, events)
        texts = [m.get("text") for m in messages if m.get("text")]
        assert texts == [t("shorter", lang, title=art.title, summary=art.summary)]
        assert [b["payload"] for b in messages[0]["buttons"]] == [payloads.advice(article_id)]
        assert source_of(messages)["id"] == article_id  # an answer with that article


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_after_a_summary_the_article_is_still_the_one_talked_about(searcher, lang: str) -> None:
    """A long request for a summary, then another short one, then a request for words: the
    same article each time (verifier round of stop 48: the second "korter" asked what about)."""
    article_id, events = _after_answer(lang)
    art = searcher.index.articles[(article_id, lang)]
    long_request = (
        "dat is veel te lang, samenvatten aub" if lang == "nl" else "that is way too long, summary please"
    )
    for request in (long_request, SHORTER[lang][0]):
        messages, events = _ask(ActionAnswerAdvice, request, lang, events)
        assert t("shorter", lang, title=art.title, summary=art.summary) in [m.get("text") for m in messages]
    messages, _ = _ask(
        ActionAnswerAdvice, "geef een voorbeeld" if lang == "nl" else "give me an example", lang, events
    )
    assert source_of(messages)["id"] == article_id


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_without_an_answer_before_it_the_coach_asks_what_about(lang: str) -> None:
    messages, _ = _ask(ActionAnswerAdvice, SHORTER[lang][0], lang, [])
    assert [m.get("text") for m in messages] == [t("shorter_without_topic", lang)]


def test_with_a_self_check_statement_on_screen_it_is_no_request_for_a_summary() -> None:
    """The statement's scale stays what the next answer is read on (verifier round of stop
    48: "korter" mid-check gave the summary of the article before, then "4" was refused)."""
    from actions.selfcheck import ActionStartSelfcheck
    from tests.unit.test_yes_no import run, scale_buttons

    run(ActionStartSelfcheck(), payloads.start_selfcheck("keeping-promises"), "start_selfcheck", "nl")
    messages = run(ActionAnswerAdvice(), "korter", "ask_advice", "nl")
    assert t("shorter_without_topic", "nl") not in [m.get("text") for m in messages]
    assert not any((m.get("text") or "").startswith("In het kort") for m in messages)
    assert len(scale_buttons(messages)) == 5  # the statement on screen again
