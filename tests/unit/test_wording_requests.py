"""A request for the words to use right after an answer ("can you give me the exact words?",
"wat zeg ik dan precies?") gets the example of the article just given, whatever intent NLU
read it as (actions/followup.py `asks_for_wording`, actions/base.py
`answering_wording_requests_first`; tester round of stop 34). Real actions on the real index,
trackers built from the first turn's real replies."""

from __future__ import annotations

import pytest

from actions.advice import ActionAnswerAdvice, ActionKbFallback, ActionOutOfScope
from actions.coaching import ActionCoachingTip
from actions.feedback import ActionFeedback
from actions.followup import asks_for_wording
from actions.help import ActionHelp
from actions.selfcheck import ActionSelfcheckAnswer, ActionStartSelfcheck
from actions.small_talk import ActionSmallTalk
from actions.yes_no import ActionAffirm, ActionDeny
from bot.i18n import t
from tests.unit.test_actions import source_of
from tests.unit.test_followup import CARD, _card_text, _turn

FIRST = {
    "nl": ("Een klant staat tegen me te schreeuwen aan de balie, wat doe ik?", "angry-customer"),
    "en": ("How do I say no to a customer without losing them?", "saying-no-kindly"),
}

WORDING_REQUESTS = {
    "nl": [
        "wat zeg ik dan precies?",
        "hoe verwoord ik dat",
        "geef eens een voorbeeldzin",
        "welke woorden gebruik ik dan",
        "wat moet ik dan letterlijk zeggen",
        "kun je een voorbeeld geven",
        "wat kan ik dan zeggen",
        "hoe zeg ik dat netjes",
        "hoe moet ik dat dan zeggen",
        "wat zeg je dan tegen zo iemand",
        "heb je een voorbeeldzinnetje",
        "woord voor woord graag",
        "wat antwoord ik dan",
    ],
    "en": [
        "can you give me the exact words?",
        "what exactly do I say to him",
        "give me an example",
        "how do I phrase that",
        "what should I say then",
        "any example sentences?",
        "what do i say exactly",
        "what would you say",
        "how do I word it",
        "can you give me some lines I can use",
        "script?",
    ],
}

NOT_WORDING = [
    "ok dank je",
    "nee",
    "wat is klantbeleving",
    "wat zeg jij ervan",
    "wat zeg je ervan",
    "ik wil een zelfscan",
    "wat kun je allemaal",
    "geef me je mening over voetbal",
    "thanks that helps",
    "what is service excellence",
    "give me tips for my team",
    # long: a new question of its own, judged by the search as any other
    "how do I say no to a customer who wants a refund after the return period is over",
]


@pytest.fixture(autouse=True, scope="module")
def _index(searcher):
    return searcher


@pytest.fixture(autouse=True)
def _app_db(tmp_path, monkeypatch):
    monkeypatch.setenv("SERVICECOACH_DATABASE_URL", f"sqlite:///{tmp_path / 'app.db'}")


@pytest.mark.parametrize("text", [m for lang in WORDING_REQUESTS for m in WORDING_REQUESTS[lang]])
def test_requests_for_words_are_read_as_such(text: str) -> None:
    assert asks_for_wording(text)


@pytest.mark.parametrize("text", NOT_WORDING)
def test_other_messages_are_not(text: str) -> None:
    assert not asks_for_wording(text)


# The intents NLU gave such requests (tester round of stop 34 and `nlu.py` on the model):
# off-topic, help, a yes, a self-check answer, a coaching tip; and the other word-blind ones.
ACTIONS = [
    ActionOutOfScope,
    ActionHelp,
    ActionAffirm,
    ActionDeny,
    ActionSelfcheckAnswer,
    ActionStartSelfcheck,
    ActionCoachingTip,
    ActionSmallTalk,
    ActionFeedback,
    ActionAnswerAdvice,
    ActionKbFallback,
]


def _after_answer(lang: str) -> tuple[str, list[dict]]:
    first, article_id = FIRST[lang]
    messages, events = _turn(first, lang, [])
    assert source_of(messages)["id"] == article_id and CARD[lang] in _card_text(messages)
    return article_id, events


def _ask(action, text: str, lang: str, events: list[dict]) -> tuple[list[dict], list[dict]]:
    """`action` on `text` after `events` (tests/unit/test_followup.py `_turn`)."""
    return _turn(text, lang, events, action)


@pytest.mark.parametrize("action", ACTIONS, ids=lambda a: a.__name__)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_request_for_words_after_an_answer_gets_its_example(searcher, action, lang: str) -> None:
    article_id, events = _after_answer(lang)
    request = WORDING_REQUESTS[lang][0]
    messages, events = _ask(action, request, lang, events)
    note = source_of(messages)
    assert note["id"] == article_id and note["view"] == "example"
    art = searcher.index.articles[(article_id, lang)]
    text = _card_text(messages)
    assert text.startswith(t("followup_wording", lang, title=art.title))
    assert " ".join(art.section("example").text.split())[:60] in text
    # asked again: the example was given, so the tips (with their sentences) come next
    again, _ = _ask(action, WORDING_REQUESTS[lang][1], lang, events)
    assert source_of(again)["id"] == article_id and source_of(again)["view"] == "card"
    assert CARD[lang] in _card_text(again)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("index", range(13))
def test_each_wording_gets_the_example_through_help(lang: str, index: int) -> None:
    """Each request in the list, through help (the intent NLU gave most of them)."""
    requests = WORDING_REQUESTS[lang]
    if index >= len(requests):
        pytest.skip("fewer requests in this language")
    article_id, events = _after_answer(lang)
    messages, _ = _ask(ActionHelp, requests[index], lang, events)
    assert source_of(messages)["id"] == article_id and source_of(messages)["view"] == "example"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_without_an_answer_before_it_help_stays_help(lang: str) -> None:
    """No article was given: "give me an example" as the first message is no follow-up."""
    request = "kun je een voorbeeld geven" if lang == "nl" else "give me an example"
    messages, _ = _ask(ActionHelp, request, lang, [])
    assert not any((m.get("custom") or {}).get("type") == "source" for m in messages)
    assert any(t("help_head", lang) in (m.get("text") or "") for m in messages)


def test_a_request_that_names_another_matter_gets_that_article() -> None:
    """"what do I say to a customer who is shouting at me" after saying no kindly asks for
    words, but about another situation: the search's confident answer wins."""
    _, events = _after_answer("en")
    messages, _ = _ask(ActionHelp, "what do I say to a customer who is shouting at me", "en", events)
    assert source_of(messages)["id"] == "angry-customer" and source_of(messages)["view"] == "card"
