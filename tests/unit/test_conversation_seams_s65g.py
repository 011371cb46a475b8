"""Stop 65 (helper G): conversation and where-to-go seams left from stop 64, each by its kind, with
look-alikes that keep today's behaviour.

1. "en als dat niet werkt?" / "wat als dat niks uithaalt" as the first message of a conversation (or
   after only a greeting) says no advice was given yet and asks what is going on
   (actions/advice.py `_no_advice_given`; bot/dialogue/did_not_work.py reads "niks uithalen").
2. The asker's own health ("ik voel me niet goed", "i don't feel well") gets a short kind line in the
   user's language (knowledge/referrals.yml `own_unwell`), first whatever NLU read; a feeling about a
   situation ("ik voel me niet goed bij hoe mijn collega tegen klanten praat") stays a service question.
3. A helpdesk agent serving a user who cannot log in is not told to call the IT desk (English "user"
   is someone served: bot/content/referrals.py `SERVED`); the asker's own login stays a referral.
4. A request to have it said in a language the coach does not speak ("kun je dat in het Arabisch
   zeggen") gets the translate line (bot/dialogue/translation_request.py), not "I only speak Dutch
   and English, I carry on in Dutch"; "kun je dat in het Engels zeggen" is not a translation.
5. A customer who wants us to pay for a theft elsewhere ("gast wil dat wij betalen want zijn telefoon
   is gestolen in de lobby") is no robbery line (the `robbery` topic's `unless_anywhere`); a theft in
   front of the asker still is.

Real actions, the real index and an own app database per test."""

from __future__ import annotations

import pytest

from actions.advice import ActionAnswerAdvice, ActionKbFallback, ActionOutOfScope
from actions.language import ActionSetLanguage
from actions.yes_no import ActionDeny
from bot.dialogue.did_not_work import says_it_did_not_work
from bot.dialogue.translation_request import asks_to_translate
from bot.i18n import t
from tests.unit.replies import said, source_id, topics_of
from tests.unit.turns import new_sender, turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py


def _offered(messages: list[dict]) -> bool:
    return any((m.get("custom") or {}).get("type") == "offer" for m in messages)


def _greeted(text: str, lang: str, sender: str) -> list[dict]:
    """The events after a greeting as Rasa keeps them (the user event's parse_data)."""
    return [
        {"event": "user", "text": text, "parse_data": {"intent": {"name": "greet", "confidence": 0.99}}},
        {"event": "bot", "text": "Hoi!" if lang == "nl" else "Hi!", "data": {}},
    ]


# --- 1. "and if that doesn't work?" with no advice given yet ---------------------------------

FIRST_DID_NOT_WORK = [
    ("en als dat niet werkt?", "nl"),
    ("wat als dat niks uithaalt", "nl"),
    ("wat als dat niets uithaalt?", "nl"),
    ("en als t nie werkt", "nl"),
    ("wat als het niks oplevert", "nl"),
    ("and if that doesn't work?", "en"),
    ("what if that makes no difference", "en"),
    ("and what if it does nothing?", "en"),
]


@pytest.mark.parametrize(("text", "lang"), FIRST_DID_NOT_WORK)
def test_did_not_work_as_a_first_message_says_no_advice_was_given(text: str, lang: str) -> None:
    assert says_it_did_not_work(text)
    for action, intent in ((ActionAnswerAdvice, "ask_advice"), (ActionKbFallback, "nlu_fallback")):
        messages, _ = turn(text, lang, [], new_sender(), action, intent)
        assert said(messages) == t("did_not_work_no_advice", lang)


@pytest.mark.parametrize(
    ("text", "lang"), [("en als dat niet werkt?", "nl"), ("and if that doesn't work?", "en")]
)
def test_did_not_work_after_only_a_greeting_says_no_advice_was_given(text: str, lang: str) -> None:
    sender = new_sender()
    events = _greeted("hoi" if lang == "nl" else "hi", lang, sender)
    messages, _ = turn(text, lang, events, sender)
    assert said(messages) == t("did_not_work_no_advice", lang)


def test_did_not_work_after_an_answer_still_asks_about_that_article() -> None:
    sender = new_sender()
    first, events = turn("hoe ga ik om met een boze klant", "nl", [], sender)
    assert source_id(first) == "angry-customer"
    messages, _ = turn("wat als dat niks uithaalt", "nl", events, sender)
    assert t("did_not_work_no_advice", "nl") not in said(messages)
    assert "Omgaan met een boze klant" in said(messages)


def test_did_not_work_after_an_offer_is_searched_as_before() -> None:
    sender = new_sender()
    events = [
        {"event": "user", "text": "iets over service", "parse_data": {"intent": {"name": "ask_advice"}}},
        {"event": "bot", "text": "Gaat het hierover?", "data": {"custom": {"type": "offer", "ids": []}}},
    ]
    messages, _ = turn("en als dat niet werkt?", "nl", events, sender)
    assert t("did_not_work_no_advice", "nl") not in said(messages)


@pytest.mark.parametrize(
    "text",
    [
        "de pinautomaat werkt niet",
        "wat als de klant niet wil luisteren",
        "de actie levert niks op",
        "het gesprek heeft niks opgeleverd, hoe nu verder met de klant",
        "the card machine does nothing",
    ],
)
def test_a_question_of_its_own_is_no_saying_that_it_did_not_work(text: str) -> None:
    assert not says_it_did_not_work(text)


# --- 2. the asker's own health -------------------------------------------------------------------

OWN_UNWELL = [
    ("ik voel me niet goed", "nl"),
    ("ik voel me echt niet lekker", "nl"),
    ("kvoel me ni goed", "nl"),
    ("Ik voel me vandaag niet zo lekker.", "nl"),
    ("ik ben niet lekker", "nl"),
    ("ik voel me misselijk", "nl"),
    ("i don't feel well", "en"),
    ("i dont feel very well today", "en"),
    ("im not feeling well", "en"),
    ("I feel sick", "en"),
]


@pytest.mark.parametrize(("text", "lang"), OWN_UNWELL)
def test_own_unwell_names_the_topic(text: str, lang: str) -> None:
    assert topics_of(text) == ["own_unwell"]


@pytest.mark.parametrize(("text", "lang"), OWN_UNWELL[:1] + OWN_UNWELL[6:7])
@pytest.mark.parametrize(("action", "intent"), [(ActionAnswerAdvice, "ask_advice"), (ActionDeny, "deny")])
def test_own_unwell_gets_the_kind_line_in_its_language_whatever_nlu_read(
    text: str, lang: str, action: type, intent: str
) -> None:
    messages, _ = turn(text, lang, [], new_sender(), action, intent)
    words = said(messages)
    assert "112" in words
    assert ("bedrijfsarts" in words) if lang == "nl" else ("occupational doctor" in words)
    assert not _offered(messages)


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("ik voel me niet goed bij hoe mijn collega tegen klanten praat", []),
        ("ik voel me niet goed over dat gesprek", []),
        ("i don't feel well about how my colleague talks to customers", []),
        ("ik voel me niet goed, mag ik naar huis", ["sick"]),  # going home: the sick line alone
        ("ik voel me nie goed, ik blijf morgen thuis", ["sick"]),
        ("de klant voelt zich niet goed", ["unwell"]),
        ("i feel sick of this customer", []),
        ("ik ben ziek van die klant", []),
        ("ik ben niet lekker bezig", []),
    ],
)
def test_look_alikes_of_own_unwell_keep_their_reading(text: str, topics: list[str]) -> None:
    assert topics_of(text) == topics


# --- 3. a helpdesk serving a user ---------------------------------------------------------------

HELPDESK_SERVING = [
    "een gebruiker kan niet inloggen en is boos, hoe help ik hem",
    "a user can't log in and is angry, how do i help him",
    "i work at the helpdesk, a user forgot his password and is angry",
    "how do i help a user reset their password",
    "a user is locked out of his account and getting angry at me",
    "een gebruiker belt dat zijn account geblokkeerd is, hoe help ik hem vriendelijk",
]


@pytest.mark.parametrize("text", HELPDESK_SERVING)
def test_a_helpdesk_serving_a_user_is_not_sent_to_the_it_desk(text: str) -> None:
    assert "it" not in topics_of(text)
    lang = "en" if " the " in f" {text} " or text.startswith(("a ", "i ", "how ")) else "nl"
    messages, _ = turn(text, lang, [], new_sender())
    assert "IT-servicedesk" not in said(messages) and "IT service desk" not in said(messages)


@pytest.mark.parametrize(
    "text",
    [
        "ik kan niet inloggen op mijn account",
        "ik ben mijn wachtwoord vergeten",
        "i forgot my password",
        "my user account is locked",
        "i can't log in to my user account",
    ],
)
def test_the_askers_own_login_stays_a_referral(text: str) -> None:
    assert topics_of(text) == ["it"]


# --- 4. say it in a language the coach does not speak --------------------------------------------

TRANSLATE = [
    ("kun je dat in het arabisch zeggen", "nl"),
    ("kan je dat ook in het turks zeggen?", "nl"),
    ("zeg dat eens in het pools", "nl"),
    ("kun je het in het spaans schrijven", "nl"),
    ("wat is 'bonnetje' in het engels", "nl"),
    ("hoe zeg je excuses in het turks", "nl"),
    ("can you say that in arabic", "en"),
    ("could you write this in polish please", "en"),
    ("what's 'receipt' in dutch", "en"),
]


@pytest.mark.parametrize(("text", "lang"), TRANSLATE)
def test_a_request_to_say_it_in_another_language_gets_the_translate_line(text: str, lang: str) -> None:
    assert asks_to_translate(text)
    entities = [{"entity": "language", "value": "ar"}] if "arab" in text else []
    messages, _ = turn(text, lang, [], new_sender(), ActionSetLanguage, "set_language", entities=entities)
    words = said(messages)
    assert ("Vertalen doe ik niet" in words) if lang == "nl" else ("I don't translate" in words)
    assert t("language_unsupported", lang) not in words


@pytest.mark.parametrize(
    "text",
    [
        "kun je dat in het engels zeggen",
        "can you say that in dutch",
        "hoe zeg ik tegen een klant dat we gesloten zijn",
        "de klant spreekt alleen arabisch, hoe help ik hem",
        "how do i say no to a customer in turkish",
    ],
)
def test_no_translation_request(text: str) -> None:
    assert not asks_to_translate(text)


def test_how_to_tell_a_customer_stays_a_service_question() -> None:
    messages, _ = turn("hoe zeg ik tegen een klant dat we gesloten zijn", "nl", [], new_sender())
    assert "Vertalen doe ik niet" not in said(messages)
    assert source_id(messages) is not None or _offered(messages)


# --- 5. a theft elsewhere the customer wants us to pay for ---------------------------------------

THEFT_TO_PAY = [
    ("guest wants us to pay because his phone was stolen from the lobby", "en"),
    ("gast wil dat wij betalen want zijn telefoon is gestolen in de lobby", "nl"),
    ("a passenger says his bag was stolen on the train and wants us to pay for it", "en"),
    ("klant eist dat wij betalen voor zijn gestolen scooter op de parkeerplaats", "nl"),
]


@pytest.mark.parametrize(("text", "lang"), THEFT_TO_PAY)
def test_a_theft_to_pay_for_is_saying_no_kindly_not_a_robbery(text: str, lang: str) -> None:
    assert "robbery" not in topics_of(text)
    messages, _ = turn(text, lang, [], new_sender("employee"))
    assert source_id(messages) != "robbery-and-violence"
    ids = {source_id(messages)} | {
        i for m in messages if (m.get("custom") or {}).get("type") == "offer" for i in m["custom"]["ids"]
    }
    assert ids & {"saying-no-kindly", "problem-you-cannot-solve", "service-recovery"}


@pytest.mark.parametrize(
    "text",
    [
        "een klant heeft een telefoon gestolen uit de winkel",
        "a customer stole a phone from the shop",
        "er is een overval met een mes",
        "een klant stopte een fles whisky in zijn jas",
    ],
)
def test_a_theft_in_front_of_the_asker_is_still_the_robbery_line(text: str) -> None:
    assert topics_of(text) == ["robbery"]


def test_out_of_scope_first_message_did_not_work_too() -> None:
    messages, _ = turn(
        "and if that doesn't work?", "en", [], new_sender(), ActionOutOfScope, "out_of_scope", confidence=0.99
    )
    assert said(messages) == t("did_not_work_no_advice", "en")
