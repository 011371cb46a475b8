"""A message that only says the advice just given did not (or may not) work ("en als dat niet
werkt?", "heb ik al geprobeerd", "tried that already") gets a question what happened and the
article's related topics, whatever intent NLU read (bot/dialogue/did_not_work.py,
actions/advice.py `answered_as_did_not_work`). It was read as "more on the same article" and
got the example, a story in which the advice did work (tester round of stop 47). Real
actions on the real index."""

from __future__ import annotations

import pytest

from actions.advice import ActionAnswerAdvice, ActionKbFallback, ActionOutOfScope
from actions.help import ActionHelp
from bot.dialogue import payloads
from bot.dialogue.did_not_work import says_it_did_not_work
from bot.i18n import t
from tests.unit.test_wording_requests import _after_answer, _ask

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

DID_NOT_WORK = {
    "nl": ["en als dat niet werkt?", "werkt niet", "heb ik al geprobeerd", "maar wat als het niet helpt",
           "dat heb ik al gedaan", "ok en als dat niet lukt, wat dan?", "nee, hielp niet", "helpt niks",
           "en als da ni lukt?", "en as da nie werkt"],
    "en": ["what if that doesn't work?", "tried that already", "and if it doesn't work?", "that didn't help",
           "already tried that", "doesnt work", "nothing works", "no luck"],
}  # fmt: skip
# questions of their own with the same words: a device, a customer, how something works
NOT_DID_NOT_WORK = [
    "de pinautomaat werkt niet", "wat als de klant niet wil luisteren", "mijn wachtwoord werkt niet",
    "de kassa werkt niet en de klant wacht", "hoe werkt de zelftest", "the card reader doesn't work",
    "wat werkt goed bij een boze klant", "en als hij blijft schreeuwen?", "what if she keeps calling?",
    "geef een voorbeeld", "korter", "dat werkt niet voor mijn team, wat nu met de planning",
]  # fmt: skip


@pytest.mark.parametrize("text", DID_NOT_WORK["nl"] + DID_NOT_WORK["en"])
def test_saying_the_advice_did_not_work_is_read_as_such(text: str) -> None:
    assert says_it_did_not_work(text)


@pytest.mark.parametrize("text", NOT_DID_NOT_WORK)
def test_other_messages_are_not(text: str) -> None:
    assert not says_it_did_not_work(text)


@pytest.mark.parametrize("action", [ActionAnswerAdvice, ActionKbFallback, ActionOutOfScope, ActionHelp])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_after_an_answer_it_asks_what_happened_and_offers_the_related_topics(
    searcher, action, lang: str
) -> None:
    article_id, events = _after_answer(lang)
    art = searcher.index.articles[(article_id, lang)]
    assert art.related, "the test needs an article with related topics"
    # (a verdict on the answer, "that didn't help", "hielp niet", stays feedback: actions/feedback.py)
    for text in DID_NOT_WORK[lang][:3]:
        messages, _ = _ask(action, text, lang, events)
        said = f"{t('did_not_work', lang, title=art.title)} {t('did_not_work_related', lang)}"
        assert [m.get("text") for m in messages if m.get("text")] == [said]
        shown = [b["payload"] for b in messages[0]["buttons"]]
        assert shown and all(p in {payloads.advice(r) for r in art.related} for p in shown)
        assert payloads.advice(article_id) not in shown
        assert all((m.get("custom") or {}).get("view") != "example" for m in messages)  # no success story


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_without_an_answer_before_it_it_is_no_such_message(lang: str) -> None:
    messages, _ = _ask(ActionAnswerAdvice, DID_NOT_WORK[lang][0], lang, [])
    assert t("did_not_work", lang, title="x").split("‘")[0] not in " ".join(
        m.get("text") or "" for m in messages
    )
