"""Greetings, thanks, goodbyes and "are you a bot": the domain's short reply for the intent
(utter_greet, utter_thank, utter_goodbye, utter_iamabot), unless the message names a work
matter. DIET leans on one word it knows: "hoeveel vakantiedagen heb ik nog" read as
goodbye ("nog" ... "dag"), and got "Succes vandaag!". Such a message gets where to go
(knowledge/referrals.yml) instead, as every question about it does."""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import knowledge as kb
from actions import selfcheck
from actions.advice import greeting_response, respond_from_knowledge
from actions.after_danger import then_after_a_yes
from actions.base import CoachAction, language, role_of_sender
from actions.feedback import answer_criticism
from actions.help import asks_about_a_topic, role_of
from actions.language import pinned_language
from actions.yes_no import decline_offer, offer_just_made
from bot.dialogue import payloads
from bot.dialogue.domain_responses import domain_response
from bot.dialogue.farewell_words import says_farewell
from bot.dialogue.feedback_words import is_no_thanks
from bot.dialogue.small_talk import (
    asks_for_a_creative_task,
    coach_talk,
    criticises_the_coach,
    set_phrase_talk,
)
from bot.engine import is_gibberish
from bot.i18n import t

log = logging.getLogger(__name__)

# intent -> the domain's response for it
RESPONSES = {
    "greet": "utter_greet",
    "goodbye": "utter_goodbye",
    "thank": "utter_thank",
    "bot_challenge": "utter_iamabot",
}


class ActionSmallTalk(CoachAction):
    """The short reply of `RESPONSES` for the latest intent (the greeting when the intent is
    not one of them; utter_greet_employee for an employee, see `greeting_response`). Its
    variation follows the `language` slot, so action_detect_language runs before this
    action (data/rules/chitchat.yml)."""

    detects_language = False  # utters a response of the domain: action_detect_language runs first
    work_matters_first = True

    def name(self) -> str:
        return "action_small_talk"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        intent = (tracker.latest_message.get("intent") or {}).get("name") or ""
        text = tracker.latest_message.get("text")
        if not payloads.is_payload(text) and is_gibberish(str(text or "")):
            # "asdfjkl qwerty" (NLU: thank), "sdfsdf" (NLU: greet): a key-mash says no thanks,
            # goodbye or hello, whatever NLU read; "didn't catch that" (tester round of stop 63)
            respond_from_knowledge(dispatcher, tracker)
            return []
        if not payloads.is_payload(text) and then_after_a_yes(dispatcher, tracker, self.lang(tracker)):
            # "er is niemand bij me" right after the 113 line (NLU: "are you a bot"): more of the same
            # scene gets the danger line's `then`, never small talk (stop 68)
            return []
        if intent in ("thank", "goodbye") and is_no_thanks(text) and offer_just_made(tracker) is not None:
            # "nee bedankt" (NLU: thank) to "Gaat het hierover?": a polite no to the offer
            decline_offer(dispatcher, text, self.lang(tracker), role_of_sender(tracker))
            return []
        if intent == "thank" and says_farewell(text):
            # "thanks, bye!": no "anything else?" to someone who is leaving
            dispatcher.utter_message(text=t("thank_goodbye", self.lang(tracker)))
            pause_on_leaving(dispatcher, tracker, self.lang(tracker))
            return []
        if not payloads.is_payload(text) and criticises_the_coach(text):
            # "je bent nutteloos" (NLU: "are you a bot"): taken kindly, never "Ik ben een bot"
            answer_criticism(dispatcher, tracker)
            return []
        if answered_as_creative_task(dispatcher, tracker):  # "schrijf een gedicht over klanten"
            return []
        if answered_as_coach_talk(dispatcher, tracker, by_name=True):  # "ge zijt ne goeie", "who made you?"
            return []
        if answered_as_set_phrase(dispatcher, tracker):  # "c'est la vie lol", "hasta la vista" (any intent)
            return []
        if intent == "bot_challenge" and help_topic(tracker, self.lang(tracker)):
            # "ik ben echt kapot na een klant die mij 10 min heeft uitgekafferd" (NLU: "are you
            # a bot", for "ik ben"): a question, never "Ik ben een bot" (tester round of stop 43)
            respond_from_knowledge(dispatcher, tracker)
            return []
        response = RESPONSES.get(intent, "utter_greet")
        # an employee's greeting offers a problem of their own, a manager's a tip for the team
        if response == "utter_greet":
            response = greeting_response(tracker)
        dispatcher.utter_message(response=response)
        if response in ("utter_greet", "utter_greet_employee"):
            say_pinned_language_on_a_fresh_start(dispatcher, tracker)
            say_stored_results_on_a_fresh_start(dispatcher, tracker)
        if intent == "goodbye":
            pause_on_leaving(dispatcher, tracker, self.lang(tracker))
        return []


def say_pinned_language_on_a_fresh_start(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """After the greeting for /start or /restart (the greet payload): when the user pinned a
    language, say so and how to unpin it. A /restart feels like a new conversation, and both
    testers of stop 55 were surprised that the pin held; it holds, as it is the same user."""
    if tracker.latest_message.get("text") != payloads.greet():
        return
    try:
        pinned = pinned_language(tracker)
    except Exception:  # the greeting is said; the note is not needed for it
        log.exception("could not read the pinned language")
        return
    if pinned in ("nl", "en"):
        dispatcher.utter_message(text=t("greet_language_pinned", pinned))


def has_stored_results(user_id: str) -> bool:
    """Whether self-check answers of `user_id` are stored (bot/storage/repository.py): a
    finished run, or an unfinished one (paused or open) with at least one answer."""
    repo = selfcheck.service().repo
    if repo.finished_runs(user_id):
        return True
    run = repo.open_run(user_id)
    return run is not None and bool(run.answers)


def say_stored_results_on_a_fresh_start(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """After the greeting for /start or /restart (the greet payload): when self-check results
    are stored for this user, one line that says so and that /vergeet (/forget) erases them;
    nothing when there are none. A shared terminal is one user, so /restart keeps the previous
    person's results (stop 57). In the pinned language, else the conversation's."""
    if tracker.latest_message.get("text") != payloads.greet():
        return
    try:
        if not has_stored_results(tracker.sender_id):
            return
        pinned = pinned_language(tracker)
    except Exception:  # the greeting is said; the note is not needed for it
        log.exception("could not read the stored self-check results")
        return
    lang = pinned if pinned in ("nl", "en") else language(tracker)
    dispatcher.utter_message(text=t("greet_results_stored", lang))


def help_topic(tracker: Tracker, lang: str) -> bool:
    """Whether a message NLU read as small talk asks about a topic the coach answers (the
    same test as for a help request: `asks_about_a_topic`)."""
    return asks_about_a_topic(tracker, lang, role_of(tracker))


def pause_on_leaving(dispatcher: CollectingDispatcher, tracker: Tracker, lang: str) -> None:
    """Someone who says goodbye mid-check leaves it: the check is paused, its answers kept,
    and said so. It stayed open, and every later answer asked "Verder met vraag 3 van 7?"
    (tester round of stop 42: after "doei", twice)."""
    try:
        step = selfcheck.service().open_step(tracker.sender_id)
        if step is None or step.run.paused or step.done:
            return
        selfcheck.service().pause(tracker.sender_id)
    except Exception:  # the goodbye is said; the check stays as it was
        log.exception("could not pause the open self-check")
        return
    dispatcher.utter_message(text=t("sc_paused_goodbye", lang, **selfcheck.where(step, lang)))


def answered_as_creative_task(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """A request for a task the coach does not do ("schrijf een gedicht over klanten", "tell me a
    joke", "write a song about my team": bot/dialogue/small_talk.py `asks_for_a_creative_task`):
    a friendly line on what it does instead, with the topics as buttons; True then. Tester round
    of stop 61: searched, the poem got an offer of articles. For any action that reads typed
    text (small talk here; actions/advice.py `respond_from_knowledge` may call it first)."""
    text = str(tracker.latest_message.get("text") or "")
    if not text or payloads.is_payload(text) or not asks_for_a_creative_task(text):
        return False
    lang = language(tracker)
    buttons = kb.topic_buttons(lang, role=role_of_sender(tracker))
    dispatcher.utter_message(text=t("creative_task_redirect", lang), buttons=buttons)
    return True


# what a set phrase of another language says -> the domain's reply to it ("shrug": an i18n line)
SET_PHRASE_REPLIES = {"thank": "utter_thank", "goodbye": "utter_goodbye", "greet": "utter_greet"}


def answered_as_set_phrase(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """A typed message made of a set phrase of another language and at most a laugh or a filler
    ("c'est la vie lol", "no pasa nada", "danke schön haha", "hasta la vista!": bot/dialogue/small_talk.py
    `set_phrase_talk`), answered as the small talk it is, in the conversation's language: a thanks
    with "graag gedaan", a goodbye with the goodbye (a running self-check paused), a greeting with
    the greeting, any other with a short light line ("small_talk_shrug"); True then. Stop 62: they
    got a topic offer (the search read the phrase's words). Talk about the coach itself is
    answered first (`answered_as_coach_talk`): actions/advice.py `respond_from_knowledge` reaches
    both through here."""
    text = str(tracker.latest_message.get("text") or "")
    if not text or payloads.is_payload(text):
        return False
    if answered_as_coach_talk(dispatcher, tracker):  # "ge zijt ne goeie", "wie heeft jou gemaakt?" (stop 62)
        return True
    kind = set_phrase_talk(text)
    if kind is None:
        return False
    lang = language(tracker)
    if kind == "shrug":
        dispatcher.utter_message(text=t("small_talk_shrug", lang))
        selfcheck.offer_to_continue(dispatcher, tracker, lang)
        return True
    response = greeting_response(tracker) if kind == "greet" else SET_PHRASE_REPLIES[kind]
    dispatcher.utter_message(**domain_response(response, lang))
    if kind == "goodbye":
        pause_on_leaving(dispatcher, tracker, lang)
    elif kind == "thank":
        selfcheck.offer_to_continue(dispatcher, tracker, lang)
    return True


# what a question about the coach asks -> the line that opens the answer (bot/i18n.py), before "coach_about"
COACH_ABOUT_OPENERS = {
    "made": "coach_about_made",
    "what": "coach_about_what",
    "where": "coach_about_where",
    "name": "coach_about_name",
}


def answered_as_coach_talk(dispatcher: CollectingDispatcher, tracker: Tracker, by_name: bool = False) -> bool:
    """A typed message that is all talk about the coach itself (bot/dialogue/small_talk.py
    `coach_talk`), answered kindly and truthfully in the conversation's language; True then.
    Praise ("ge zijt ne goeie", "you're the best") gets a thank-you ("coach_praised"); "are you a
    bot" in any spelling ("zijt gij ne robot?", "r u a bot") the domain's utter_iamabot (by name
    when `by_name`, as ActionSmallTalk says the domain's responses, else in the conversation's
    language); who made it, what or who it is, where it comes from or its name get what it is:
    an open-source coach built with Rasa, answering from a knowledge base people wrote in Dutch and
    English, with no person reading along ("coach_about_*" and "coach_about"), and the topics as
    buttons. A self-check that is open is offered to go on with. Tester round of stop 62: "ge zijt
    ne goeie" and "who made you?" got "no good answer" with topics."""
    text = str(tracker.latest_message.get("text") or "")
    kind = None if not text or payloads.is_payload(text) else coach_talk(text)
    if kind is None:
        return False
    lang = language(tracker)
    if kind == "praise":
        dispatcher.utter_message(text=t("coach_praised", lang))
    elif kind == "bot":
        if by_name:
            dispatcher.utter_message(response="utter_iamabot")
        else:
            dispatcher.utter_message(**domain_response("utter_iamabot", lang))
    else:
        said = t(COACH_ABOUT_OPENERS[kind], lang) + " " + t("coach_about", lang)
        dispatcher.utter_message(text=said, buttons=kb.topic_buttons(lang, role=role_of_sender(tracker)))
    selfcheck.offer_to_continue(dispatcher, tracker, lang)
    return True
