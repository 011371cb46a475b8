"""Stop 60 (tester round): the language of short messages and of messages in a language the coach
does not speak (bot/engine/language.py `detect_language`, `short_message_language`,
`foreign_language`; actions/language.py `conversation_language`).

1. A Dutch self-check went on in English for good after one English "end the self-check now pls":
   "verder" and "altijd" were too short to tell, so the conversation's English stayed; the other
   way round "continue" stayed Dutch after "weet niet". A short message of common words of one
   language ("verder", "klopt", "ga door", "continue", "go on", "don't know") is in that language;
   one of words both use ("ok", "top", "super", a number, an emoji) keeps the conversation's; a
   pinned language (/taal) wins over both.
2. "Comment gérer un client en colère ?" got the Dutch refusal instead of "I only speak Dutch and
   English": three French words of six, the rest of all three languages ("comment", "client",
   "en"), were too few a share of all words."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.language import ActionDetectLanguage, conversation_language, pin_language
from actions.selfcheck import ActionSelfcheckAnswer, ActionStop
from actions.yes_no import ActionAffirm
from bot.engine import detect_language, foreign_language
from bot.engine.language import short_message_language
from bot.i18n import t
from tests.unit.turns import SLOTS, at_question_2, new_sender, turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py: own app database

# -- 1. short messages: the language of their words ---------------------------------------------

SHORT_DUTCH = [
    "verder", "altijd", "nooit", "soms", "ga door", "weet niet", "klopt", "doorgaan",
    "volgende", "geen idee", "zelden", "meestal", "vaak", "jawel", "tuurlijk", "klopt wel",
    # chat spelling, Flemish, with a number or a courtesy
    "verder aub", "ff verder", "ga maar door", "weet ik nie", "kweet nie", "allee verder", "ja altijd",
    "4 altijd hoor", "ok verder", "top, verder", "Verder!", "NOOIT", "soms?",
]  # fmt: skip
SHORT_ENGLISH = [
    "continue", "always", "never", "sometimes", "go on", "don't know", "dont know", "dunno", "idk",
    "carry on", "next", "rarely", "usually", "keep going", "go ahead", "no clue", "not sure",
    "continue pls", "next pls", "dunno lol", "always lol", "ok continue", "3 pls continue", "Continue!",
    "NEVER", "sometimes?",
]  # fmt: skip
# words both languages use in chat, numbers, emoji, terms: the conversation's language stays
AMBIGUOUS = [
    "ok", "oke", "oké", "okay", "top", "super", "prima", "nice", "cool", "perfect", "3", "4!", "12",
    "👍", "🙈", "ok 👍", "hmm", "lol", "sorry", "stop", "help", "empowerment", "nps", "hmm ok", "bwa",
    "ja", "nee", "yes", "yep",
]  # fmt: skip


@pytest.mark.parametrize("text", SHORT_DUTCH)
def test_a_short_dutch_message_is_dutch(text: str) -> None:
    assert detect_language(text) == "nl"


@pytest.mark.parametrize("text", SHORT_ENGLISH)
def test_a_short_english_message_is_english(text: str) -> None:
    assert detect_language(text) == "en"


@pytest.mark.parametrize("text", AMBIGUOUS)
def test_a_short_message_of_words_both_use_has_no_language(text: str) -> None:
    assert detect_language(text) is None
    assert short_message_language(text) is None


@pytest.mark.parametrize(
    "text",
    ["verder no idea", "verder please ok thanks bye", "de klant blijft maar klagen", "typo verdr", "altyd"],
)
def test_mixed_longer_or_misspelt_messages_are_not_read_as_short_ones(text: str) -> None:
    """Words of both languages, more than three words, or words too rare to know (a typo) say
    nothing on their own: `short_message_language` leaves them to the rest of the detection."""
    assert short_message_language(text) is None


def _tracker(text: str, lang: str, sender: str, earlier: list[dict] | None = None) -> Tracker:
    latest = {"text": text, "intent": {"name": "affirm", "confidence": 0.9}, "entities": [], "metadata": {}}
    events = [*(earlier or []), {"event": "user", "text": text, "metadata": {}}]
    return Tracker(sender, {**SLOTS, "language": lang}, latest, events, False, None, {}, "action_listen")


EARLIER = [{"event": "user", "text": "end the self-check now pls"}, {"event": "bot", "text": "Stopped."}]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [*((text, "en", "nl") for text in ("verder", "ga door", "weet niet", "klopt", "soms", "altijd")),
     *((text, "nl", "en") for text in ("continue", "go on", "don't know", "sometimes", "always")),
     *((text, lang, lang) for text in ("ok", "top", "3", "👍", "super") for lang in ("nl", "en"))],
)  # fmt: skip
def test_the_conversation_follows_each_short_message(text: str, lang: str, expected: str) -> None:
    assert conversation_language(_tracker(text, lang, new_sender(prefix="s60"), EARLIER)) == expected


@pytest.mark.parametrize(("text", "pinned"), [("verder", "en"), ("continue", "nl"), ("altijd", "en")])
def test_a_pinned_language_wins_over_a_short_message(text: str, pinned: str) -> None:
    sender = new_sender(prefix="s60")
    tracked = _tracker(text, pinned, sender, EARLIER)
    pin_language(tracked, pinned)  # as /taal does (bot/storage/profiles.py)
    assert conversation_language(tracked) == pinned


# -- 1b. through the actions: a self-check with one turn in the other language ------------------


def _detected_turn(
    text: str, lang: str, events: list[dict], sender: str, action: type, intent: str
) -> tuple[list[dict], list[dict], str]:
    """action_detect_language, then `action` in the language it set (data/rules: the actions that
    utter a domain response leave the detection to it); the language event kept as Rasa keeps it."""
    tracked = _tracker(text, lang, sender, events)
    tracked.latest_message["intent"] = {"name": intent, "confidence": 0.9}
    dispatcher = CollectingDispatcher()
    set_language = asyncio.run(ActionDetectLanguage().run(dispatcher, tracked, {}))
    new = str(set_language[0]["value"]) if set_language else lang
    messages, events = turn(text, new, events, sender, action, intent)
    if new != lang:
        events.insert(len(events) - len(messages), {"event": "slot", "name": "language", "value": new})
    return messages, events, new


def _said(messages: list[dict[str, Any]]) -> str:
    return "\n".join(str(m.get("text") or "") for m in messages)


def _walk(lang: str, steps: list[tuple[str, type, str]]) -> list[tuple[str, str]]:
    """The self-check walked from question 2 in `lang` with `steps` (text, action, intent):
    per step the language the coach went on in and what it said."""
    sender = new_sender(prefix="s60")
    events = at_question_2(lang, sender)
    out = []
    for text, action, intent in steps:
        messages, events, lang = _detected_turn(text, lang, events, sender, action, intent)
        out.append((lang, _said(messages)))
    return out


ANSWER = (ActionSelfcheckAnswer, "selfcheck_answer")


def test_a_dutch_check_goes_back_to_dutch_after_one_english_turn() -> None:
    """The tester's conversation: after "end the self-check now pls", "verder" and "altijd" were
    answered in English ("Keeping promises · question 6 of 7", "Noted: 5 · Strongly agree")."""
    steps = [("end the self-check now pls", ActionStop, "stop"), ("verder", ActionAffirm, "affirm"),
             ("altijd", *ANSWER)]  # fmt: skip
    (stop_lang, _), (lang, resumed), (answer_lang, noted) = _walk("nl", steps)
    assert stop_lang == "en"
    assert lang == "nl" and "Beloftes nakomen · vraag 2 van 7" in resumed, resumed
    assert answer_lang == "nl" and "Genoteerd: 5 · Helemaal eens." in noted, noted


def test_an_english_check_goes_back_to_english_after_one_dutch_turn() -> None:
    steps = [("weet niet", *ANSWER), ("continue", ActionAffirm, "affirm"), ("sometimes", *ANSWER)]
    (dutch, _), (lang, resumed), (answer_lang, noted) = _walk("en", steps)
    assert dutch == "nl"
    assert lang == "en" and "Keeping promises · question 2 of 7" in resumed, resumed
    assert answer_lang == "en" and "Noted: 3" in noted, noted


@pytest.mark.parametrize(
    ("lang", "aside", "back"), [("nl", "i dont get it", "altijd"), ("en", "weet niet", "always")]
)
def test_an_answer_in_the_language_the_check_started_in_takes_it_back(
    lang: str, aside: str, back: str
) -> None:
    """The aside leaves the statement on screen in the other language; the answer in the check's own
    language is no answer "in the other language" (stop 44), it is the way back."""
    (other, _), (again, noted) = _walk(lang, [(aside, *ANSWER), (back, *ANSWER)])
    assert other != lang and again == lang
    assert ("Genoteerd: 5" if lang == "nl" else "Noted: 5") in noted, noted


@pytest.mark.parametrize(
    ("lang", "answer", "said_back"), [("nl", "never", "Genoteerd: 1"), ("en", "nooit", "Noted: 1")]
)
def test_a_short_answer_in_the_other_language_still_keeps_the_checks_language(
    lang: str, answer: str, said_back: str
) -> None:
    """Look-alike (stop 44, README): "never" to a Dutch statement of a Dutch check is an answer,
    not a switch; and "ok" or "3" after it changes nothing."""
    walked = _walk(lang, [(answer, *ANSWER), ("ok", *ANSWER), ("3", *ANSWER)])
    assert [code for code, _ in walked] == [lang, lang, lang]
    assert said_back in walked[0][1], walked[0][1]


# -- 2. a message in a language the coach does not speak ---------------------------------------

FOREIGN_QUESTIONS = [
    ("Comment gérer un client en colère ?", "fr"),
    ("Comment gerer un client en colere ?", "fr"),
    ("comment gérer un client en colère", "fr"),
    ("Comment calmer un client énervé ?", "fr"),
    ("Que dois-je faire si un client crie ?", "fr"),
    ("Bonjour, j'ai un client en colère, que faire ?", "fr"),
    ("Comment dire non à un client ?", "fr"),
    ("Pourquoi le client est-il fâché ?", "fr"),
    ("Wie beruhige ich einen wütenden Kunden?", "de"),
    ("Wie beruhige ich einen wutenden Kunden", "de"),
    ("Was soll ich tun, wenn ein Kunde schreit?", "de"),
    ("Wie sage ich nein zu einem Kunden?", "de"),
    ("¿Cómo calmo a un cliente enojado?", "es"),
    ("Como calmo a un cliente enojado", "es"),
    ("¿Qué hago si un cliente me grita?", "es"),
    ("Que hago si un cliente me grita", "es"),
    ("Come calmare un cliente arrabbiato?", "it"),
    ("Cosa faccio se un cliente urla?", "it"),
    ("Perché il cliente è arrabbiato?", "it"),
    ("Como acalmar um cliente irritado?", "pt"),
    ("O que faço se um cliente gritar?", "pt"),
    ("O que faco se um cliente gritar", "pt"),
    ("Kızgın bir müşteriyi nasıl sakinleştiririm?", "tr"),
    ("Kizgin bir musteriyi nasil sakinlestiririm", "tr"),
    ("Müşteri bana bağırırsa ne yapmalıyım?", "tr"),
    ("Jak uspokoić zdenerwowanego klienta?", "pl"),
    ("Jak uspokoic zdenerwowanego klienta", "pl"),
    ("Co zrobić, gdy klient krzyczy?", "pl"),
]
# Dutch, Flemish and English with French (or other) loanwords and quotes: never another language
LOANWORDS = [
    "bon, hoe zeg ik nee tegen een klant",
    "ik heb een rendez-vous met een klant om drie uur, hoe bereid ik dat voor",
    "we werken à la carte, hoe leg ik dat uit aan de gast",
    "merci voor de tips, allee",
    "allee merci he, tot morgen",
    "merci, dat helpt echt",
    "bon appetit zeggen tegen gasten, is dat ok",
    "the menu is à la carte, how do I explain that to a guest",
    "a guest asked for a rendez-vous with the manager, what now",
    "merci beaucoup, die tip was top",
    "comment from a customer: you are too slow, how do I reply",
    "de klant zei 'c'est la vie' en liep weg, wat nu",
    "ik werk in een café-restaurant, hoe ga ik om met drukte",
    "chapeau voor je uitleg, merci",
    "déjà vu: weer een klant die klaagt over de prijs",
    "the guest said gracias and left without paying",
    "allez, hoe begroet ik een gast vriendelijk",
    "ok merci, salukes",
    "bon, allee, merci he",
    "merci pour tout, tot morgen",
    "oui oui, merci hé",
    "bonjour, ik heb een vraag over een klacht",
    "salut, ça va? ik heb een vraag over klachten",
    "hoe zeg ik 'bon appétit' tegen gasten",
    "een gast vroeg om een crème brûlée zonder suiker, hoe zeg ik nee",
    "klant spreekt alleen Frans: 'je ne comprends pas', hoe help ik",
    "a guest says 'no hablo inglés', how do I help",
    "la carte des vins, hoe raad ik een wijn aan",
    "pardon, ik bedoelde iets anders",
]


@pytest.mark.parametrize(("text", "code"), FOREIGN_QUESTIONS)
def test_a_question_in_another_language_is_recognised(text: str, code: str) -> None:
    assert foreign_language(text) == code
    assert detect_language(text) is None  # the conversation keeps its language


@pytest.mark.parametrize("text", LOANWORDS)
def test_dutch_flemish_and_english_with_loanwords_are_not(text: str) -> None:
    assert foreign_language(text) is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Comment gérer un client en colère ?", "nl"), ("Comment gerer un client en colere ?", "en"),
     ("Kizgin bir musteriyi nasil sakinlestiririm", "nl"), ("Como calmo a un cliente enojado", "en")],
)  # fmt: skip
def test_the_advice_action_says_it_speaks_dutch_and_english(text: str, lang: str) -> None:
    messages, _ = turn(text, lang, [], new_sender(prefix="s60"))
    assert _said(messages) == t("language_unsupported", lang), _said(messages)
