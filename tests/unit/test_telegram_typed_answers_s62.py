"""Tester round of stop 62: a typed answer to the coach's own yes/no question on Telegram.

1. /vergeet's "Weet je het zeker?" is the bot's own question (its buttons never reach Rasa): a
   typed "ja" went to the coach ("Mooi. Stel je vraag maar") and deleted nothing. Now a typed yes
   (Dutch, Flemish, English, chat spelling) deletes as "Ja, wis alles" does, a typed no keeps
   everything, an unclear reply ("misschien") gets the question again with a hint, and anything
   else goes on as a message and lets the question lapse (nothing deleted, its buttons gone).
   Read by bot/dialogue/confirm_words.py, kept by bot/channels/telegram/handlers.py; tested
   against the fake Bot API and a scripted Rasa.
2. "ja" to "Verder met vraag 4 van 7?" right after an offer ("Gaat het hierover?") got "Welke
   bedoel je?" with the statement's scale as the choices, in the terminal too: the action took
   the buttons of the latest message for the offer's (actions/yes_no.py `offer_just_made`), and
   answered the offer rather than the question asked last (`offer_then_carry_on`)."""

from __future__ import annotations

import asyncio
import time
import uuid
from contextlib import ExitStack

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.selfcheck import ActionSelfcheckAnswer, ActionStartSelfcheck
from actions.yes_no import ActionAffirm, ActionDeny, offer_just_made
from bot.channels.telegram.callback_data import local
from bot.channels.telegram.handlers import DONE
from bot.dialogue import payloads
from bot.dialogue.confirm_words import NO, UNCLEAR, YES, confirmation_reply
from bot.i18n import LANGUAGES, t
from bot.privacy.pseudonym import Pseudonyms
from bot.settings import Settings
from bot.storage.access import AccessStore
from tests.helpers import HASH_KEY
from tests.unit.replies import CHECK, said, scale_buttons
from tests.unit.telegram_fixtures import joined_chat

YES_TITLES = [t("forget_yes", c) for c in LANGUAGES]
NO_TITLES = [t("forget_no", c) for c in LANGUAGES]

# --- 1a. reading the reply ------------------------------------------------------------------------

TYPED_YES = [
    "ja", "Ja!", "JA", "jaaaa", "ja hoor", "ja graag", "ja, wis maar alles", "doe maar", "ja zeker",  # Dutch
    "jaja", "allez ja", "'t is goed", "awel ja", "ge moogt",  # Flemish
    "yes", "yes please", "go ahead", "sure", "yes, delete it", "Yes, delete everything",  # English
    "jep", "jup", "yup", "yep", "ok", "oké", "oki", "k", "ye", "👍", "ja 👍",  # chat spelling
    "Ja, wis alles", "1",  # the button's title, its place
]  # fmt: skip
TYPED_NO = [
    "nee", "Nee!", "nee hoor", "nee dank je", "toch niet", "liever niet", "doe maar niet", "niet wissen",
    "laat maar", "laat maar zitten", "vergeet het maar", "nog niet", "zeker niet", "ok laat maar",
    "neen", "nee joh", "ni doen",  # Flemish, chat
    "no", "nope", "nah", "no thanks", "not now", "cancel", "never mind", "nvm", "forget it", "keep it",
    "stop", "👎", "Nee, niet wissen", "No, keep it", "2",
]  # fmt: skip
TYPED_UNCLEAR = [
    "misschien", "ja misschien", "misschien later", "weet ik niet", "kweetni", "mss", "hmm", "uhm",
    "maybe", "not sure", "niet zeker", "idk", "dunno", "?", "🤔", "...", "ok?", "zeker?", "echt alles?",
    "wat wordt er gewist?", "ja nee", "ja, toch niet", "dank je",
]  # fmt: skip
# messages of their own: the question lapses, nothing is deleted
OTHER = [
    "hoe ga ik om met een boze klant?", "ja maar hoe ga ik om met een boze klant", "hoi", "help",
    "kan ik het terugdraaien?", "ik wil een zelftest doen", "klant wil zijn geld terug", "jaloerse klant",
    "oké, wat zeg ik tegen een klant die blijft bellen", "yes but how do I handle an angry guest?",
    "nee, de klant wil zijn geld terug", "ja, mijn collega is er ook niet",
]  # fmt: skip


@pytest.mark.parametrize("typed", TYPED_YES)
def test_a_typed_yes_is_a_yes(typed: str) -> None:
    assert confirmation_reply(typed, YES_TITLES, NO_TITLES) == YES


@pytest.mark.parametrize("typed", TYPED_NO)
def test_a_typed_no_is_a_no(typed: str) -> None:
    assert confirmation_reply(typed, YES_TITLES, NO_TITLES) == NO


@pytest.mark.parametrize("typed", TYPED_UNCLEAR)
def test_a_doubt_or_a_question_about_it_is_unclear_never_a_yes(typed: str) -> None:
    assert confirmation_reply(typed, YES_TITLES, NO_TITLES) == UNCLEAR


@pytest.mark.parametrize("typed", OTHER)
def test_anything_else_is_a_message_of_its_own(typed: str) -> None:
    assert confirmation_reply(typed, YES_TITLES, NO_TITLES) is None


# --- 1b. over Telegram ----------------------------------------------------------------------------


@pytest.fixture()
def chat(tmp_path):
    """(fake Telegram, scripted Rasa, the member, the bot's runner, is the member still there?)."""
    with ExitStack() as started:
        fake, rasa, user, runner = started.enter_context(joined_chat(tmp_path))
        settle(runner, fake)
        store = AccessStore(Settings(var_dir=tmp_path).app_db_url)
        sender = Pseudonyms(HASH_KEY.encode()).sender_id(user.id)
        yield fake, rasa, user, runner, lambda: store.member(sender) is not None


def settle(runner, fake) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not (fake.pending_updates() == 0 and runner.idle()):
        time.sleep(0.05)
    time.sleep(0.3)


def say(fake, runner, user, text: str) -> list:
    before = len(fake.messages_to(user.id))
    fake.send_text(user, text)
    settle(runner, fake)
    return fake.messages_to(user.id)[before:]


def ask_to_forget(fake, runner, user):
    """/vergeet: its question, with "Ja, wis alles" and "Nee, niet wissen"."""
    (question,) = say(fake, runner, user, "/vergeet")
    assert question.text.startswith("Weet je het zeker?") and len(question.buttons) == 2
    return question


@pytest.mark.parametrize("typed", ["ja", "jep", "yes", "yup", "ok", "allez ja", "ja, wis maar alles"])
def test_a_typed_yes_deletes_as_the_button_does(chat, typed: str) -> None:
    fake, rasa, user, runner, still_member = chat
    question = ask_to_forget(fake, runner, user)
    sent = len(rasa.messages)
    reply = say(fake, runner, user, typed)
    assert [m.text for m in reply] == [t("forgotten", "nl")]
    assert not still_member() and rasa.messages[sent:] == []  # the coach never saw the "ja"
    assert [b["text"] for b in question.buttons] == [f"✓ {t('forget_yes', 'nl')}"]  # as a tap marks it
    assert question.buttons[0]["callback_data"] == local(DONE)


@pytest.mark.parametrize("typed", ["nee", "nope", "laat maar", "neen", "no thanks", "toch niet"])
def test_a_typed_no_keeps_everything(chat, typed: str) -> None:
    fake, rasa, user, runner, still_member = chat
    question = ask_to_forget(fake, runner, user)
    sent = len(rasa.messages)
    assert [m.text for m in say(fake, runner, user, typed)] == [t("not_forgotten", "nl")]
    assert still_member() and rasa.messages[sent:] == []
    assert [b["text"] for b in question.buttons] == [f"✓ {t('forget_no', 'nl')}"]
    # the question is answered: a "ja" now is a message for the coach, and deletes nothing
    say(fake, runner, user, "ja")
    assert still_member() and rasa.messages[-1] == "ja"


@pytest.mark.parametrize(
    "typed", ["misschien", "weet ik niet", "hmm", "?", "ja misschien", "wat wordt er gewist?"]
)
def test_an_unclear_reply_gets_the_question_again_with_a_hint(chat, typed: str) -> None:
    fake, rasa, user, runner, still_member = chat
    question = ask_to_forget(fake, runner, user)
    sent = len(rasa.messages)
    (again,) = say(fake, runner, user, typed)
    assert again.text.startswith(t("forget_unclear", "nl")) and "Weet je het zeker?" in again.text
    assert [b["text"] for b in again.buttons] == [t("forget_yes", "nl"), t("forget_no", "nl")]
    assert question.buttons == []  # one question on screen: the old buttons went
    assert still_member() and rasa.messages[sent:] == []
    assert [m.text for m in say(fake, runner, user, "jep")] == [t("forgotten", "nl")]
    assert not still_member()


@pytest.mark.parametrize(
    "typed", ["hoe ga ik om met een boze klant?", "ja maar wat zeg ik tegen een boze klant", "hoi"]
)
def test_anything_else_goes_on_and_the_question_lapses(chat, typed: str) -> None:
    fake, rasa, user, runner, still_member = chat
    question = ask_to_forget(fake, runner, user)
    reply = say(fake, runner, user, typed)
    assert rasa.messages[-1] == typed and [m.text for m in reply] == [f"ok: {typed}"]
    assert question.buttons == [] and still_member()
    say(fake, runner, user, "ja")  # no longer an answer to it: for the coach, deleting nothing
    assert rasa.messages[-1] == "ja" and still_member()


def test_a_command_or_a_tap_elsewhere_lets_the_question_lapse(chat) -> None:
    fake, rasa, user, runner, still_member = chat
    question = ask_to_forget(fake, runner, user)
    say(fake, runner, user, "/privacy")
    assert question.buttons == []
    say(fake, runner, user, "ja")
    assert rasa.messages[-1] == "ja" and still_member()
    # asked again, then asked once more: only the latest question is open, and a yes deletes
    first = ask_to_forget(fake, runner, user)
    second = ask_to_forget(fake, runner, user)
    assert first.buttons == [] and len(second.buttons) == 2
    assert [m.text for m in say(fake, runner, user, "yes")] == [t("forgotten", "nl")]
    assert not still_member()


def test_the_buttons_still_work_and_a_tap_closes_the_question(chat) -> None:
    fake, rasa, user, runner, still_member = chat
    question = ask_to_forget(fake, runner, user)
    fake.press(user, question, question.button("Nee")["callback_data"])
    settle(runner, fake)
    assert fake.messages_to(user.id)[-1].text == t("not_forgotten", "nl")
    say(fake, runner, user, "ja")  # answered by the tap: "ja" is for the coach now
    assert rasa.messages[-1] == "ja" and still_member()


# --- 2. "ja" to "Verder met vraag 4 van 7?" after an offer --------------------------------------

OFFERED = [
    {"title": "Omgaan met een boze klant", "payload": payloads.advice("angry-customer", ref="o1")},
    {"title": "Wat mag je delen", "payload": payloads.advice("relatives-privacy", ref="o1")},
]


def tracker(sender: str, text: str, intent: str, events: list[dict] | None = None) -> Tracker:
    entities = [{"entity": "selfcheck_id", "value": CHECK}] if text == payloads.start_selfcheck(CHECK) else []
    latest = {
        "text": text,
        "intent": {"name": intent, "confidence": 0.9},
        "entities": entities,
        "metadata": {},
    }
    slots = {"language": "nl", "pinned_language": None, "tips_given": None}
    return Tracker(sender, slots, latest, events or [], False, None, {}, "action_listen")


def run(action, tracker: Tracker) -> list[dict]:
    dispatcher = CollectingDispatcher()
    asyncio.run(action.run(dispatcher, tracker, {}))
    return dispatcher.messages


def start() -> tuple[str, list[dict]]:
    """A new user who started the check and answered its first statement: (their sender id, the
    coach's reply: statement 2 with its scale)."""
    sender = f"typed-answers-{uuid.uuid4().hex[:10]}"
    run(ActionStartSelfcheck(), tracker(sender, payloads.start_selfcheck(CHECK), "start_selfcheck"))
    return sender, run(ActionSelfcheckAnswer(), tracker(sender, "4", "selfcheck_answer"))


def offer_then(started: tuple[str, list[dict]], text: str, intent: str, carry_on: bool = True) -> Tracker:
    """The tracker of `text` after an offer, then (`carry_on`) "Verder met vraag 2 van 7?" and
    the statement on screen (`started`, from `start`)."""
    sender, statement = started
    sent = [
        {"text": "Deze onderwerpen komen het dichtst bij je vraag. Gaat het hierover?", "buttons": OFFERED},
        {"custom": {"type": "offer", "ids": ["angry-customer", "relatives-privacy"], "ref": "o1"}},
    ]
    if carry_on:
        sent.append({"text": "Je zit nog midden in ... Verder met vraag 2 van 7?",
                     "buttons": [{"title": "Stop de zelftest", "payload": payloads.stop()}]})  # fmt: skip
        sent += [m for m in statement if m.get("buttons")]
    bots = [{"event": "bot", "text": m.get("text"), "data": m} for m in sent]
    asked = {"event": "user", "text": "hoe ga ik om met een boze familie?"}
    return tracker(sender, text, intent, [asked, *bots, {"event": "user", "text": text}])


def test_the_offer_s_buttons_are_its_own_whatever_follows() -> None:
    started = start()
    assert offer_just_made(offer_then(started, "ja", "affirm")) == OFFERED
    assert offer_just_made(offer_then(started, "ja", "affirm", carry_on=False)) == OFFERED


@pytest.mark.parametrize("typed", ["ja", "jep", "yes", "yup", "ok"])
def test_a_yes_after_an_offer_and_carry_on_shows_the_statement_again(typed: str) -> None:
    started = start()
    reply = run(ActionAffirm(), offer_then(started, typed, "affirm"))
    assert t("offer_pick_one", "nl") not in said(reply)
    asked = said([m for m in started[1] if m.get("buttons")])
    assert scale_buttons(reply) == scale_buttons(started[1]) and said(reply) == asked


@pytest.mark.parametrize("typed", ["nee", "nope"])
def test_a_no_there_says_the_check_stays_open_not_that_the_offer_missed(typed: str) -> None:
    started = start()
    reply = run(ActionDeny(), offer_then(started, typed, "deny"))
    assert t("offer_declined", "nl") not in said(reply) and scale_buttons(reply) == scale_buttons(started[1])


def test_without_the_carry_on_question_a_yes_or_no_still_answers_the_offer() -> None:
    started = start()
    picked = run(ActionAffirm(), offer_then(started, "ja", "affirm", carry_on=False))
    assert said(picked) == t("offer_pick_one", "nl") and picked[0]["buttons"] == OFFERED
    declined = run(ActionDeny(), offer_then(started, "nee", "deny", carry_on=False))
    assert t("offer_declined", "nl") in said(declined) and not scale_buttons(declined)
