"""Yes and no, read with the self-check in mind.

- "ja" while a self-check is open (after "Verder met vraag 3 van 7?", or with a statement on
  screen) shows that statement again with its answer buttons, and "ja" to "... staat op pauze.
  Wil je verder?" resumes the paused check; otherwise the usual short reply (utter_affirm).
- "nee" while a self-check is open says it stays open and how to answer or pause it (a "nee"
  may be meant as disagreeing with the statement, so nothing is paused or saved); outside
  one, utter_deny.
- "ja" or "nee" to an offer ("Gaat het hierover?"): which one (the offer's buttons again), or
  "tell me in other words" with the topics.
- A message without a word in it ("?", "...", "😡") is neither yes nor no, whatever NLU
  made of it: the coach says it did not catch it and offers help. A thumbs-up or a smile
  still counts as yes.
- Outside a self-check, a "no" that tells a situation ("ik voel me niet goed na dat gesprek",
  NLU: deny) is answered as the question it is (`tells_a_situation`); one that names a work
  matter or says the user feels unsafe gets where to go first (knowledge/referrals.yml)."""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import followup
from actions import knowledge as kb
from actions.advice import respond_from_knowledge
from actions.after_danger import then_after_a_yes
from actions.base import CoachAction, carry_on_asked, last_reply, role_of_sender, statement_alone_on_screen
from actions.feedback import ActionFeedback, feedback_just_asked
from actions.selfcheck import ask, pause_open_check, say_not_understood, service, where
from bot.content.served import names_someone_served
from bot.dialogue import payloads
from bot.dialogue.different_situation import says_situation_differs
from bot.dialogue.emoji_meaning import is_yes_emoji
from bot.dialogue.feedback_words import feedback_value, is_no_thanks
from bot.dialogue.small_talk import SmallTalkVocabulary, examples_of
from bot.engine import is_gibberish, without_reply_word
from bot.i18n import t
from bot.selfchecks.service import Step
from bot.selfchecks.stopping import asks_to_stop
from bot.settings import get_settings

log = logging.getLogger(__name__)

_WORD = re.compile(r"\w")


def has_words(text: str) -> bool:
    """Whether `text` has a letter or digit in any script (so it says something in words)."""
    return bool(_WORD.search(text))


def _open_step(tracker: Tracker) -> Step | None:
    try:
        step = service().open_step(tracker.sender_id)
    except Exception:
        log.exception("could not look up an open self-check")
        return None
    return None if step is None or step.done else step


def paused_step_offered(tracker: Tracker) -> Step | None:
    """The paused self-check whose "carry on?" the coach asked last (its resume button is on
    the latest bot message), or None."""
    step = _open_step(tracker)
    if step is None or not step.run.paused:
        return None
    last = next((e for e in reversed(tracker.events or []) if e.get("event") == "bot"), None)
    buttons = ((last or {}).get("data") or {}).get("buttons") or []
    resume = payloads.start_selfcheck(step.check.id)
    return step if any(b.get("payload") == resume for b in buttons) else None


def offer_just_made(tracker: Tracker) -> list[dict] | None:
    """The buttons of the offer ("Gaat het hierover?") the coach made in reply to the user's
    previous message, or None when its last reply was no offer. The buttons are the offer's
    own, the message sent just before its note: `last_reply` is latest first, and mid-check
    "Verder met vraag 4 van 7?" and the statement's scale follow the offer (stop 62: "ja" got
    "Welke bedoel je?" with the scale as the choices)."""
    sent = list(reversed(last_reply(tracker)))  # in the order sent
    at = next((i for i, r in enumerate(sent) if (r.get("custom") or {}).get("type") == "offer"), None)
    if at is None:
        return None
    return next((r["buttons"] for r in reversed(sent[:at]) if r.get("buttons")), [])


def offer_then_carry_on(tracker: Tracker) -> bool:
    """Whether the coach's last reply made an offer and then asked to carry on with the open
    self-check ("Gaat het hierover?" ... "Verder met vraag 4 van 7?"): a plain yes or no answers
    the question asked last, as it does after an answer (stop 62); the offer's buttons stay."""
    return (
        offer_just_made(tracker) is not None
        and carry_on_asked(tracker)
        and open_unpaused_step(tracker) is not None
    )


def decline_offer(
    dispatcher: CollectingDispatcher, text: str | None, lang: str, role: str | None = None
) -> None:
    """The reply to a no to the offer just made, with the topics as buttons: kindly to a
    polite "nee dank je" / "no thanks" (`is_no_thanks`), else "niet goed begrepen"."""
    key = "offer_declined_politely" if is_no_thanks(text) else "offer_declined"
    dispatcher.utter_message(text=t(key, lang), buttons=kb.topic_buttons(lang, role=role))


def open_unpaused_step(tracker: Tracker) -> Step | None:
    """The self-check the user is in the middle of, or None (none open, paused or done)."""
    step = _open_step(tracker)
    return None if step is None or step.run.paused else step


# The intents whose examples hold every word of a plain yes or no ("nee dank je", "ja graag",
# "nee hoor, dat was het"), and the thanks, greetings and verdicts said with them.
YES_NO_WORDS_FROM = ("affirm", "deny", "thank", "greet", "goodbye", "stop", "feedback")
# content words beyond those that make a yes or no a situation worth searching for: one
# ("nee, niet nodig", "nee hoor, ik red me wel") is still a plain no
SITUATION_MIN_WORDS = 2


@lru_cache(maxsize=1)
def yes_no_vocabulary() -> SmallTalkVocabulary:
    """The words of the NLU examples of `YES_NO_WORDS_FROM` (data/nlu/*.yml)."""
    nlu_dir = get_settings().root / "data" / "nlu"
    return SmallTalkVocabulary.from_examples(examples_of(nlu_dir, YES_NO_WORDS_FROM))


# A third person the message tells of ("but he doesnt accept no", "ze wil geen nee horen"):
# a "no" in it is that person's, not the user's (tester round of stop 50: "but he doesnt
# accept no" got "No problem. I'm here when you need me.").
OF_SOMEONE_ELSE = re.compile(r"(?<!\w)(he|she|they|hij|zij|ze|ie|die)(?!\w)", re.IGNORECASE)


def tells_a_situation(tracker: Tracker, lang: str) -> bool:
    """NLU read the typed message as yes or no, but it carries SITUATION_MIN_WORDS or more
    words that no yes, no, thanks or greeting uses, and the coach would answer with an
    article: "ik voel me niet goed na dat gesprek" (NLU: deny, 0.75). Or it is about someone
    served, opens with no yes or no, has a word of its own besides, and the coach would
    answer or offer articles: "klant niet tevreden", "client not pleased" (NLU: deny; tester
    round of stop 46; bot/content/served.py), or of someone else ("but he doesnt accept no":
    `OF_SOMEONE_ELSE`). A plain "nee dank je" or "ja, dat klopt" never
    gets here (its words are all known), nor "nee, mijn klant is al weg" (a reply)."""
    text = str(tracker.latest_message.get("text") or "")
    if not text or payloads.is_payload(text):
        return False
    unknown = len(yes_no_vocabulary().unknown_words(text))
    about_someone_served = (
        names_someone_served(text) or OF_SOMEONE_ELSE.search(text) is not None
    ) and without_reply_word(text) == text
    if unknown < (1 if about_someone_served else SITUATION_MIN_WORDS):
        return False
    try:
        decision, _ = kb.decide_for(text, lang, kb.audience_for(role_of_sender(tracker), text))
    except Exception:
        log.exception("could not decide on a yes/no message")
        return False
    return decision.outcome == "answer" or (about_someone_served and decision.outcome == "offer")


def _not_caught(dispatcher: CollectingDispatcher, lang: str) -> None:
    dispatcher.utter_message(
        text=t("not_caught", lang),
        buttons=[{"title": t("help_button_help", lang), "payload": payloads.show_help()}],
    )


def _wordless(tracker: Tracker) -> bool:
    text = str(tracker.latest_message.get("text") or "")
    if payloads.is_payload(text):
        return False
    return (not has_words(text) and not is_yes_emoji(text)) or is_gibberish(text)


class _YesOrNo(CoachAction):
    """What yes and no share: a message without words, and a reply to an offer."""

    detects_language = False  # utters utter_affirm/utter_deny: action_detect_language runs first (data/rules)
    work_matters_first = True  # "nee, mijn loonstrook klopt niet" gets where to go

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        lang = tracker.get_slot("language") or "nl"
        text = str(tracker.latest_message.get("text") or "")
        if _wordless(tracker):
            _not_caught(dispatcher, lang)
            step = open_unpaused_step(tracker)  # mid-check: the statement and its scale again
            if step is not None:
                ask(dispatcher, step, lang)
        elif open_unpaused_step(tracker) is None and tells_a_situation(tracker, lang):
            # "ik voel me niet goed na dat gesprek" (NLU: deny): a question, not a "no", nor a
            # verdict on the answer before it ("niet goed")
            respond_from_knowledge(dispatcher, tracker, unsure=True)
        elif not payloads.is_payload(text) and feedback_value(text) and feedback_just_asked(tracker):
            # "nee daar heb ik niks aan" right after an answer: a verdict on it, not a "no"
            return await ActionFeedback().run(dispatcher, tracker, domain)
        else:
            offered = None if offer_then_carry_on(tracker) else offer_just_made(tracker)
            self.reply(dispatcher, tracker, lang, offered)
        return []

    def reply(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, lang: str, offered: list[dict] | None
    ) -> None:
        raise NotImplementedError


class ActionAffirm(_YesOrNo):
    def name(self) -> str:
        return "action_affirm"

    def reply(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, lang: str, offered: list[dict] | None
    ) -> None:
        if offered:  # "ja" to "Gaat het hierover?": which one?
            dispatcher.utter_message(text=t("offer_pick_one", lang), buttons=offered)
            return
        step = open_unpaused_step(tracker)
        paused = None if step is not None else paused_step_offered(tracker)
        if paused is not None:  # "ja" to "... staat op pauze bij vraag 6 van 7. Wil je verder?"
            step = service().start(tracker.sender_id, paused.check.id)
        text = str(tracker.latest_message.get("text") or "")
        if (
            step is not None
            and paused is None
            and statement_alone_on_screen(tracker)
            and not payloads.is_payload(text)
        ):
            # words NLU read as a yes that answer nothing ("klopt wel zo'n beetje"): not silently
            # the same statement again (tester round of stop 44), but how to answer it
            say_not_understood(dispatcher, step, lang, text)
        elif step is not None:
            ask(dispatcher, step, lang)
        elif not then_after_a_yes(dispatcher, tracker, lang):  # "ok ze gaat zo" after a danger line
            dispatcher.utter_message(response="utter_affirm")


class ActionDeny(_YesOrNo):
    def name(self) -> str:
        return "action_deny"

    def reply(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, lang: str, offered: list[dict] | None
    ) -> None:
        if offered is not None:  # "nee" to "Gaat het hierover?"; "nee dank je" is a polite no
            decline_offer(dispatcher, tracker.latest_message.get("text"), lang, role_of_sender(tracker))
            return
        step = open_unpaused_step(tracker)
        text = str(tracker.latest_message.get("text") or "")
        if step is not None and not payloads.is_payload(text) and asks_to_stop(text):
            pause_open_check(dispatcher, tracker, lang)  # "nee, stop", "nope, end the self-check"
        elif step is not None:
            dispatcher.utter_message(
                text=t("sc_open_deny", lang, **where(step, lang)),
                buttons=[{"title": t("sc_stop", lang), "payload": payloads.stop()}],
            )
            ask(dispatcher, step, lang)
        elif (
            not payloads.is_payload(text)
            and says_situation_differs(text)
            and _invite_the_difference(dispatcher, tracker, lang)
        ):
            return  # "nee dat is het niet" after an answer: what is different? (verifier, stop 55)
        elif not payloads.is_payload(text) and says_situation_differs(text):
            # "nee dat bedoel ik niet" after a refusal: ask again with topics, no goodbye (stop 61)
            dispatcher.utter_message(
                text=t("offer_declined", lang),
                buttons=kb.topic_buttons(lang, role=role_of_sender(tracker)),
            )
        else:
            dispatcher.utter_message(response="utter_deny")


def _invite_the_difference(dispatcher: CollectingDispatcher, tracker: Tracker, lang: str) -> bool:
    """Right after an answer, "nee dat is het niet" / "no that's not it" (NLU: deny) asks what
    is different, with the article's related topics as buttons, as a follow-up ends; it got
    "Geen probleem. Ik ben er als je me nodig hebt." False when no answer came just before."""
    article_id = followup.recent_article(tracker)
    art = kb.article(article_id, lang)[0] if article_id else None
    if art is None:
        return False
    text = str(tracker.latest_message.get("text") or "")
    buttons = kb.related_buttons_for(art, lang, role_of_sender(tracker), text)
    dispatcher.utter_message(text=t("followup_more", lang), buttons=buttons)
    return True
