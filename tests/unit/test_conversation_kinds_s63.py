"""Tester round of stop 63 (/tmp/s63/D_verdicts.md), faults fixed by kind, with real actions on the
real index (tests/unit/turns.py):

- a short message whose words are of the language spoken before ("nee", "klopt", "ga door") is
  answered in it after one question in the other language, and a lone letter ("a") is no sign of
  English (actions/language.py `conversation_language`; M9, M12, M13);
- keyboard mash of any kind is "didn't catch that", whatever NLU read (thanks, a greeting, a
  goodbye): bot/engine/spelling.py `is_gibberish`, actions/small_talk.py (I7);
- "hoe zeg ik dat?" right after the reply to "en als dat niet werkt?" gets that article's words,
  not "which situation?" (actions/followup.py `ABOUT`; A5);
- an introduction right after the greeting is welcomed without the greeting again
  (actions/advice.py `greeted_just_now`; F2);
- "what if he still isn't happy?" after an answer says its advice did not work: what happened,
  and the related topics, not the article's example (bot/dialogue/did_not_work.py; D3)."""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.advice import greeted_just_now
from actions.language import ActionDetectLanguage, lone_letter
from actions.small_talk import ActionSmallTalk
from actions.yes_no import ActionAffirm, ActionDeny
from bot.dialogue import payloads
from bot.dialogue.domain_responses import domain_response
from bot.engine import is_gibberish
from bot.i18n import t
from tests.unit.replies import said
from tests.unit.turns import at_question_2, new_sender, turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

ENGLISH_QUESTION = "quick question: how do I handle a customer who is crying at the desk?"


def _language_for(text: str, lang: str, events: list[dict], sender: str, intent: str = "deny") -> str:
    """The `language` slot action_detect_language leaves for `text` after `events` (slot `lang`)."""
    events = [*events, {"event": "user", "text": text, "metadata": {}}]
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": [], "metadata": {}}
    tracked = Tracker(sender, {"language": lang}, latest, events, False, None, {}, "action_listen")
    out = asyncio.run(ActionDetectLanguage().run(CollectingDispatcher(), tracked, {}))
    return out[0]["value"] if out else lang


def _dutch_check_then_english(sender: str) -> list[dict]:
    """A Dutch question, a Dutch self-check at statement 2, then one English question (M8)."""
    _, events = turn("hoe ga ik om met een boze klant?", "nl", [], sender)
    events = at_question_2("nl", sender, events)
    _, events = turn(ENGLISH_QUESTION, "nl", events, sender)
    return events


# --- 1. a short Dutch word after one English question ---


@pytest.mark.parametrize("text", ["nee", "ja", "klopt", "ga door", "nee hoor", "doei", "jawel"])
def test_a_short_dutch_word_after_one_english_question_is_answered_in_dutch(text: str) -> None:
    sender = new_sender("employee", prefix="s63g")
    events = _dutch_check_then_english(sender)
    assert _language_for(text, "en", events, sender) == "nl"


@pytest.mark.parametrize("text", ["a", "b", "B", "c)", "ok", "stop", "4", "👍"])
def test_a_letter_or_a_word_of_both_languages_keeps_the_conversations_language(text: str) -> None:
    """A letter picks from a list (the detector reads "a" as English); "ok" and "stop" are both
    languages': they keep the language, whichever it is."""
    sender = new_sender("employee", prefix="s63g")
    events = _dutch_check_then_english(sender)
    assert _language_for(text, "nl", events, sender) == "nl"
    assert _language_for(text, "en", events, sender) == "en"


def test_the_dutch_nee_to_carry_on_gets_the_dutch_reply() -> None:
    """M9: "nee" to "Carry on with question 2?" got "Okay. Your self-check ... is still open"."""
    sender = new_sender("employee", prefix="s63g")
    events = _dutch_check_then_english(sender)
    lang = _language_for("nee", "en", events, sender)
    messages, _ = turn("nee", lang, events, sender, ActionDeny, "deny")
    assert "Je zelftest" in said(messages) or "vraag 2" in said(messages), said(messages)[:200]


def test_look_alikes_an_english_user_stays_english() -> None:
    """An English conversation from the start: "no", "yes", "nope" and a Dutch-looking word
    nobody said before ("prima": no Dutch spoken) keep English."""
    sender = new_sender("employee", prefix="s63g")
    _, events = turn("how do I handle an angry customer?", "en", [], sender)
    for text in ("no", "yes", "nope", "prima", "a"):
        assert _language_for(text, "en", events, sender) == "en", text


def test_a_word_of_the_language_asked_only_once_does_not_flip_an_english_chat() -> None:
    """The switch needs the other language spoken before: a Dutch word in a chat that was only
    English does not make it Dutch ("oke" is Dutch by its spelling)."""
    sender = new_sender("employee", prefix="s63g")
    _, events = turn("what is the service pyramid?", "en", [], sender)
    assert _language_for("oke", "en", events, sender) == "en"


def test_lone_letter() -> None:
    assert all(lone_letter(x) for x in ("a", "B", "c)", "(d)", " e "))
    assert not any(lone_letter(x) for x in ("ab", "a klant", "1", "optie b", "é é"))


# --- 2. keyboard mash ---

MASH = ["asdfjkl qwerty", "sdfsdf", "jjjjj", "qwertyuiop", "qwerty", "asdfgh", "hjkl fdsa", "xcvbn"]


@pytest.mark.parametrize("text", MASH)
def test_mash_of_any_kind_is_gibberish(text: str) -> None:
    assert is_gibberish(text)


@pytest.mark.parametrize("text", ["ok", "thx", "dank je", "bye", "hoi", "lol", "hahaha", "qwerty toets"])
def test_look_alikes_short_words_are_no_mash(text: str) -> None:
    assert not is_gibberish(text)


@pytest.mark.parametrize("intent", ["thank", "goodbye", "greet", "bot_challenge"])
@pytest.mark.parametrize(("text", "lang"), [("asdfjkl qwerty", "nl"), ("sdfsdf", "en"), ("qwertyuiop", "nl")])
def test_mash_read_as_small_talk_is_not_understood(text: str, lang: str, intent: str) -> None:
    """I7: "asdfjkl qwerty" (NLU: thank) got "Graag gedaan!": never thanks, goodbye or hello."""
    sender = new_sender("employee", prefix="s63g")
    messages, _ = turn(text, lang, [], sender, ActionSmallTalk, intent)
    assert t("not_caught", lang) in said(messages)
    assert not [m for m in messages if m.get("response")]  # no utter_thank / utter_goodbye / utter_greet


@pytest.mark.parametrize(("action", "intent"), [(ActionAffirm, "affirm"), (ActionDeny, "deny")])
def test_mash_read_as_yes_or_no_is_not_understood(action: type, intent: str) -> None:
    sender = new_sender("employee", prefix="s63g")
    messages, _ = turn("asdfjkl qwerty", "nl", [], sender, action, intent)
    assert t("not_caught", "nl") in said(messages)


def test_look_alike_real_thanks_still_thanked() -> None:
    sender = new_sender("employee", prefix="s63g")
    messages, _ = turn("dank je wel", "nl", [], sender, ActionSmallTalk, "thank")
    assert [m.get("response") for m in messages] == ["utter_thank"]


# --- 3. words asked right after "en als dat niet werkt?" ---


@pytest.mark.parametrize(
    ("lang", "question", "did_not_work", "wording"),
    [
        ("nl", "een klant wil een broek terugbrengen zonder bon en wordt boos", "en als dat niet werkt?",
         "hoe zeg ik dat?"),
        ("nl", "een klant wil een broek terugbrengen zonder bon en wordt boos", "heb ik al geprobeerd",
         "wat zeg ik dan precies?"),
        ("en", "how do I handle an angry customer?", "and what if that doesn't work?", "what do I say?"),
    ],
)
def test_words_asked_after_the_did_not_work_reply_are_the_articles(
    lang: str, question: str, did_not_work: str, wording: str
) -> None:
    sender = new_sender("employee", prefix="s63g")
    first, events = turn(question, lang, [], sender)
    article = next(m["custom"]["id"] for m in first if (m.get("custom") or {}).get("type") == "source")
    asked, events = turn(did_not_work, lang, events, sender)
    assert "Bron" not in said(asked) and "Source" not in said(asked)  # no card: a question what happened
    words, _ = turn(wording, lang, events, sender)
    assert t("wording_which_situation", lang) not in said(words)
    notes = [m["custom"] for m in words if (m.get("custom") or {}).get("type") == "source"]
    assert notes and notes[0]["id"] == article, said(words)[:300]


def test_look_alike_words_with_no_answer_before_still_ask_which_situation() -> None:
    sender = new_sender("employee", prefix="s63g")
    messages, _ = turn("hoe zeg ik dat?", "nl", [], sender)
    assert t("wording_which_situation", "nl") in said(messages)


# --- 4. an introduction right after the greeting ---


@pytest.mark.parametrize(
    ("role", "lang", "text"),
    [
        ("manager", "nl", "hoi, ik ben teamleider van een supermarkt"),
        ("employee", "nl", "hallo ik ben Sanne en ik werk in de thuiszorg"),
        ("employee", "en", "hi, I'm a receptionist in a hotel"),
    ],
)
def test_an_introduction_right_after_the_greeting_is_welcomed_without_the_greeting_again(
    role: str, lang: str, text: str
) -> None:
    sender = new_sender(role, prefix="s63g")
    greeting, events = turn(payloads.greet(), lang, [], sender, ActionSmallTalk, "greet")
    assert greeting and greeting[0].get("response", "").startswith("utter_greet")
    # the channel sends the greeting's text (Rasa writes the response out): the bot event has it
    name = greeting[0]["response"]
    written = {"event": "bot", "text": domain_response(name, lang)["text"], "data": {}}
    events = [*events[: -len(greeting)], written]
    messages, _ = turn(text, lang, events, sender)
    shown = said(messages)
    assert t("nice_to_meet", lang)[:10] in shown, shown
    greetings = {domain_response(g, lang)["text"] for g in ("utter_greet", "utter_greet_employee")}
    assert not any(m.get("text") in greetings for m in messages), shown


def test_look_alike_an_introduction_later_in_the_chat_gets_the_greeting() -> None:
    sender = new_sender("employee", prefix="s63g")
    _, events = turn("hoe ga ik om met een boze klant?", "nl", [], sender)
    messages, _ = turn("hoi, ik ben teamleider van een supermarkt", "nl", events, sender)
    greetings = {domain_response(g, "nl")["text"] for g in ("utter_greet", "utter_greet_employee")}
    assert any(m.get("text") in greetings for m in messages), said(messages)


def test_greeted_just_now_reads_only_the_reply_before() -> None:
    text = domain_response("utter_greet", "en")["text"]
    events = [{"event": "user", "text": "/start"}, {"event": "bot", "text": text}]
    events.append({"event": "user", "text": "x"})
    latest = {"text": "x", "intent": {"name": "greet"}, "entities": [], "metadata": {}}
    assert greeted_just_now(Tracker("s", {}, latest, events, False, None, {}, "action_listen"))
    later = [*events, {"event": "bot", "text": "iets anders"}, {"event": "user", "text": "y"}]
    assert not greeted_just_now(Tracker("s", {}, latest, later, False, None, {}, "action_listen"))



# --- 3b. the customer still not satisfied after the advice: it did not work (D3) ---

STILL_UNSATISFIED = [
    "what if he still isn't happy?", "and if the customer is still not satisfied?",
    "what if she's still unhappy",
    "what if they are still dissatisfied?", "en als hij dan nog steeds niet tevreden is?",
    "en als de klant ontevreden blijft?", "en als ze er nog steeds niet blij mee is?",
]  # fmt: skip
NOT_THAT_KIND = [
    "en als hij dan nog steeds boos is?",  # still angry: a continuation, the example (README)
    "de klant werkt niet mee", "the customer is not happy with the delivery time",
    "klant is niet tevreden over de bezorging", "hoe maak ik een ontevreden klant blij", "ontevreden klant",
    "not happy", "is de klant tevreden?", "ik ben niet blij met mijn rooster",
]  # fmt: skip


@pytest.mark.parametrize("text", STILL_UNSATISFIED)
def test_a_customer_still_not_satisfied_says_the_advice_did_not_work(text: str) -> None:
    from bot.dialogue.did_not_work import says_it_did_not_work

    assert says_it_did_not_work(text)


@pytest.mark.parametrize("text", NOT_THAT_KIND)
def test_look_alikes_are_no_did_not_work(text: str) -> None:
    from bot.dialogue.did_not_work import says_it_did_not_work

    assert not says_it_did_not_work(text)


@pytest.mark.parametrize(
    ("lang", "question", "still"),
    [
        ("en", "a guest complains the room was dirty and wants a refund", "what if he still isn't happy?"),
        ("nl", "hoe handel ik een klacht goed af?", "en als de klant dan nog steeds niet tevreden is?"),
    ],
)
def test_still_not_satisfied_after_an_answer_asks_what_happened_with_related_topics(
    lang: str, question: str, still: str
) -> None:
    """D3: the complaints article's example (a form improved) answered nothing; now what
    happened, and the article's related topics (service recovery among them)."""
    sender = new_sender("employee", prefix="s63g")
    first, events = turn(question, lang, [], sender)
    article = next(m["custom"]["id"] for m in first if (m.get("custom") or {}).get("type") == "source")
    messages, _ = turn(still, lang, events, sender)
    assert t("did_not_work", lang, title="")[:8] in said(messages), said(messages)[:300]
    assert not [m for m in messages if (m.get("custom") or {}).get("type") == "source"]
    assert any(b["payload"] for m in messages for b in m.get("buttons") or [])
    assert {"type": "about", "id": article} in [m.get("custom") for m in messages]
