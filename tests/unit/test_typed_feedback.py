"""Typed verdicts on an answer (bot/dialogue/feedback_words.py; actions/feedback.py and
actions/yes_no.py), with the real actions, index and an app database (SQLite) per test.

Found by a fresh tester: "that didnt help at all" and "dat hielp niet echt" got "Bij welk
antwoord hoort je reactie?" (NLU gave no feedback_value), and "nee daar heb ik niks aan"
got "Geen probleem" (read as a plain no): the verdict was lost."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import actions.selfcheck
from actions.advice import ActionAnswerAdvice
from actions.feedback import ActionFeedback
from actions.help import ActionHelp
from actions.yes_no import ActionAffirm, ActionDeny
from bot.dialogue.feedback_words import feedback_value, yes_no_verdict
from bot.i18n import t
from bot.storage.insights import InsightsStore

SENDER = "typed-feedback-user"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("that didnt help at all", "down"), ("dat hielp niet echt", "down"),
        ("nee daar heb ik niks aan", "down"), ("daar heb ik niets aan", "down"),
        ("niet echt nuttig", "down"), ("this wasn't really helpful", "down"),
        ("it doesn't help me", "down"), ("slaat nergens op", "down"), ("useless", "down"),
        ("super tip, heel bruikbaar", "up"), ("dat hielp me echt", "up"), ("very helpful, thanks", "up"),
        ("nee", None), ("ja", None), ("nee dank je", None), ("ja hoor", None), ("ok", None),
        ("hoe ga ik om met een boze klant", None),
    ],
)
def test_the_words_give_the_verdict(text: str, value: str | None) -> None:
    assert feedback_value(text) == value


@pytest.fixture()
def db(tmp_path, monkeypatch, searcher) -> Path:
    path = tmp_path / "app.db"
    monkeypatch.setenv("SERVICECOACH_DATABASE_URL", f"sqlite:///{path}")
    monkeypatch.setattr(actions.selfcheck, "_service", None)
    return path


def _tracker(text: str, intent: str, events: list[dict], lang: str = "nl") -> Tracker:
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": [], "metadata": {}}
    slots = {"language": lang, "pinned_language": None, "tips_given": None}
    return Tracker(SENDER, slots, latest, events, False, None, {}, "action_listen")


def _run(action, tracker: Tracker) -> list[dict]:
    dispatcher = CollectingDispatcher()
    asyncio.run(action.run(dispatcher, tracker, {}))
    return dispatcher.messages


def _after_an_answer(question: str, lang: str) -> list[dict]:
    """The tracker events of one question and the coach's answer to it."""
    messages = _run(ActionAnswerAdvice(), _tracker(question, "ask_advice", [], lang))
    bot = [{"event": "bot", "text": m.get("text"), "data": {"buttons": m.get("buttons"),
                                                            "custom": m.get("custom")}} for m in messages]
    return [{"event": "user", "text": question}, *bot]


@pytest.mark.parametrize(
    ("action", "intent", "text", "lang"),
    [
        (ActionFeedback, "feedback", "that didnt help at all", "en"),
        (ActionFeedback, "feedback", "dat hielp niet echt", "nl"),
        (ActionDeny, "deny", "nee daar heb ik niks aan", "nl"),
        (ActionDeny, "deny", "no, not helpful", "en"),
    ],
)
def test_a_typed_verdict_after_an_answer_is_stored(
    db: Path, action, intent: str, text: str, lang: str
) -> None:
    question = "Hoe ga ik om met een boze klant?" if lang == "nl" else "How do I handle an angry customer?"
    events = [*_after_an_answer(question, lang), {"event": "user", "text": text}]
    reply = _run(action(), _tracker(text, intent, events, lang))
    store = InsightsStore(f"sqlite:///{db}")
    assert store.answers()[0].feedback == "down", reply
    assert any(g.reason == "not_helpful" for g in store.gaps())


def test_an_entity_span_without_a_value_is_read_by_its_words(db: Path) -> None:
    """DIET extracts "niks aan" as feedback_value without mapping it to "down" (over REST)."""
    events = [*_after_an_answer("Hoe ga ik om met een boze klant?", "nl"), {"event": "user", "text": "x"}]
    tracker = _tracker("nee daar heb ik niks aan", "feedback", events)
    tracker.latest_message["entities"] = [{"entity": "feedback_value", "value": "niks aan"}]
    _run(ActionFeedback(), tracker)
    assert InsightsStore(f"sqlite:///{db}").answers()[0].feedback == "down"


def test_yes_with_praise_after_an_answer_is_stored_as_up(db: Path) -> None:
    events = [*_after_an_answer("Hoe ga ik om met een boze klant?", "nl"), {"event": "user", "text": "x"}]
    _run(ActionAffirm(), _tracker("ja, super bruikbaar", "affirm", events))
    assert InsightsStore(f"sqlite:///{db}").answers()[0].feedback == "up"


# A plain yes or no, typed right after "Had je hier iets aan?", answers that question (tester
# rounds of stops 34 and 36: "ja" got "Mooi. Stel je vraag maar", "ja top" an "I don't know",
# "nee" "Geen probleem"), whatever intent NLU read. A polite decline and a question are not.
PLAIN_VERDICTS = [
    (ActionAffirm, "affirm", "ja", "nl", "up"),
    (ActionAnswerAdvice, "ask_advice", "ja top", "nl", "up"),
    (ActionAffirm, "affirm", "jazeker!", "nl", "up"),
    (ActionAffirm, "affirm", "yes it did", "en", "up"),
    (ActionAffirm, "affirm", "👍", "nl", "up"),
    (ActionHelp, "help", "ja zeker, dat hielp", "nl", "up"),
    (ActionDeny, "deny", "nee", "nl", "down"),
    (ActionDeny, "deny", "nee, niet echt", "nl", "down"),
    (ActionDeny, "deny", "nope", "en", "down"),
    (ActionAnswerAdvice, "ask_advice", "not really", "en", "down"),
    (ActionAnswerAdvice, "nlu_fallback", "👎", "nl", "down"),
]


@pytest.mark.parametrize(("action", "intent", "text", "lang", "value"), PLAIN_VERDICTS)
def test_a_plain_yes_or_no_to_the_feedback_question_is_a_verdict(
    db: Path, action, intent: str, text: str, lang: str, value: str
) -> None:
    question = "Hoe ga ik om met een boze klant?" if lang == "nl" else "How do I handle an angry customer?"
    events = [*_after_an_answer(question, lang), {"event": "user", "text": text}]
    reply = _run(action(), _tracker(text, intent, events, lang))
    assert InsightsStore(f"sqlite:///{db}").answers()[0].feedback == value
    thanks = "feedback_thanks_up" if value == "up" else "feedback_thanks_down"
    assert reply[0]["text"] == t(thanks, lang)


@pytest.mark.parametrize(
    ("action", "intent", "text"),
    [
        (ActionDeny, "deny", "nee dank je"),  # declines, does not judge
        (ActionAffirm, "affirm", "ja maar hoe dan?"),  # a question
        (ActionDeny, "deny", "nee ik bedoel een klant die niet wil betalen"),  # says more
    ],
)
def test_a_decline_or_a_question_is_no_verdict(db: Path, action, intent: str, text: str) -> None:
    events = [*_after_an_answer("Hoe ga ik om met een boze klant?", "nl"), {"event": "user", "text": text}]
    _run(action(), _tracker(text, intent, events))
    assert InsightsStore(f"sqlite:///{db}").answers()[0].feedback is None


def test_a_plain_no_with_no_feedback_question_before_it_stays_a_no(db: Path) -> None:
    reply = _run(ActionDeny(), _tracker("nee", "deny", [{"event": "user", "text": "nee"}]))
    assert [m.get("response") for m in reply] == ["utter_deny"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ja", "up"), ("ja top", "up"), ("Ja!", "up"), ("yes it did", "up"), ("👍🏼", "up"),
        ("zeker weten", "up"), ("ja dank je wel", "up"),
        ("nee", "down"), ("nope", "down"), ("niet echt", "down"), ("not really", "down"),
        ("not at all", "down"), ("👎", "down"), ("nee hoor", "down"),
        ("nee dank je", None), ("no thanks", None), ("ja maar hoe dan?", None),
        ("ja ik heb een andere vraag", None), ("nee ik bedoel iets anders", None), ("geen idee", None),
        ("", None), ("😭", None),
    ],
)
def test_a_plain_yes_or_no_reads_as_a_verdict(text: str, value: str | None) -> None:
    assert yes_no_verdict(text) == value


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ik voel me niet goed na dat gesprek", "nl"),
        ("ik voel me niet veilig", "nl"),
        ("I don't feel safe", "en"),
    ],
)
def test_a_situation_with_a_verdict_word_after_an_answer_is_a_question(
    db: Path, text: str, lang: str
) -> None:
    """ "niet goed" in "ik voel me niet goed na dat gesprek" (NLU: deny) is no verdict on the
    answer before it (tester, stop 34): it is answered, and the earlier answer keeps no feedback."""
    question = "Hoe ga ik om met een boze klant?" if lang == "nl" else "How do I handle an angry customer?"
    events = [*_after_an_answer(question, lang), {"event": "user", "text": text}]
    reply = _run(ActionDeny(), _tracker(text, "deny", events, lang))
    assert any((m.get("custom") or {}).get("type") == "source" for m in reply), reply
    store = InsightsStore(f"sqlite:///{db}")
    assert store.answers()[0].feedback is None
    assert not any(g.reason == "not_helpful" for g in store.gaps())


@pytest.mark.parametrize(
    ("text", "value", "lang"),
    [
        ("ja zeker, dat hielp", "up", "nl"),
        ("dat hielp me niet", "down", "nl"),
        ("that helped a lot", "up", "en"),
    ],
)
def test_a_verdict_nlu_reads_as_help_is_stored(db: Path, text: str, value: str, lang: str) -> None:
    """Tester round of stop 36: "ja zeker, dat hielp" after an answer got the help menu
    (NLU: help, for "hielp"); right after "Had je hier iets aan?" it is a verdict."""
    question = "Hoe ga ik om met een boze klant?" if lang == "nl" else "How do I handle an angry customer?"
    events = [*_after_an_answer(question, lang), {"event": "user", "text": text}]
    reply = _run(ActionHelp(), _tracker(text, "help", events, lang))
    assert InsightsStore(f"sqlite:///{db}").answers()[0].feedback == value, reply


@pytest.mark.parametrize(
    "text", ["wat helpt tegen stress na een boze klant?", "hoe help ik een klant die huilt"]
)
def test_a_question_with_a_verdict_word_after_an_answer_is_no_verdict(db: Path, text: str) -> None:
    events = [*_after_an_answer("Hoe ga ik om met een boze klant?", "nl"), {"event": "user", "text": text}]
    _run(ActionHelp(), _tracker(text, "help", events))
    assert InsightsStore(f"sqlite:///{db}").answers()[0].feedback is None


def test_a_verdict_word_without_feedback_asked_is_help(db: Path) -> None:
    reply = _run(ActionHelp(), _tracker("dat hielp", "help", []))
    assert InsightsStore(f"sqlite:///{db}").answers() == []
    assert reply and reply[0].get("buttons"), reply


@pytest.mark.parametrize(
    ("text", "polite"),
    [
        ("nee dank je", True),
        ("Nee, dank je wel!", True),
        ("nee hoor bedankt", True),
        ("neen merci", True),
        ("no thanks", True),
        ("No thank you very much", True),
        ("nah thx", True),
        ("nee", False),  # a plain no: the offer missed
        ("dank je", False),  # thanks without a no
        ("nee dank je, of toch?", False),  # a question
        ("nee, het gaat over iets anders", False),
        ("no thanks, my question is about a refund", False),
    ],
)
def test_a_polite_no_thanks_is_told_from_a_plain_no(text: str, polite: bool) -> None:
    from bot.dialogue.feedback_words import is_no_thanks

    assert is_no_thanks(text) is polite


@pytest.mark.parametrize(
    ("action", "intent", "text", "where"),
    [
        (ActionAnswerAdvice, "ask_advice", "mijn loonstrook klopt niet", "salarisadministratie"),
        (ActionDeny, "deny", "mijn loonstrook klopt niet", "salarisadministratie"),
        (ActionFeedback, "feedback", "mijn rooster klopt niet", "rooster"),
        (ActionAnswerAdvice, "ask_advice", "mijn wachtwoord werkt niet", "IT"),
    ],
)
def test_a_work_matter_with_a_verdict_word_after_an_answer_gets_where_to_go(
    db: Path, action, intent: str, text: str, where: str
) -> None:
    """ "klopt niet" right after "Had je hier iets aan?" was stored as a thumbs down on the
    answer before it, and the pay slip got no place to go (tester round of stop 44)."""
    events = [*_after_an_answer("Hoe ga ik om met een boze klant?", "nl"), {"event": "user", "text": text}]
    reply = _run(action(), _tracker(text, intent, events))
    said = " ".join(m.get("text") or "" for m in reply)
    assert where in said and "tekortschoot" not in said, reply
    assert InsightsStore(f"sqlite:///{db}").answers()[0].feedback is None
