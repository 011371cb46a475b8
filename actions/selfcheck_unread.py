"""A typed message in the middle of a self-check that was meant as an answer but cannot be
read as one: the coach says so, in the user's language, and shows the statement again with
its scale (1 to 5, the words it understands).

Tester round of stop 44: "???" got "type your question in words" without the statement, and
"hmm" or "ok" (NLU: a yes) got the same statement again without a word that it was no
answer. A message that reads as an answer, or that says it does not know or understand, is
handled before this (actions/advice.py `answered_as_selfcheck_answer`); a question asked
mid-check is left to its action, which answers it and offers to carry on.

Tester round of stop 52: two self-check requests that NLU reads as anything are read here too,
as this runs first for every action's typed message (actions/base.py `answering_selfcheck_first`):
one's own results asked in one's own words ("hoe sta ik ervoor?", "how did i do on the test")
get the results, and a leading role said with a request for a self-check ("als afdelingshoofd
wil ik een zelftest") gets the managers' self-checks (actions/selfcheck.py)."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import selfcheck
from actions.base import carry_on_asked, language, statement_alone_on_screen
from bot.dialogue import payloads
from bot.dialogue.blank_text import has_no_words
from bot.dialogue.confirm_words import is_unsure
from bot.dialogue.emoji_meaning import emoji_meaning, is_yes_emoji
from bot.i18n import t
from bot.selfchecks.answers import plain_yes_no, tries_to_answer


def answered_in_selfcheck(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """The typed message as an answer to the statement on screen (recorded, or how to answer
    when it cannot be read), as an unsure reply to "carry on?" (`answered_as_unsure_about_going_on`),
    as a request for one's own results, as a leading role said with
    a request for a self-check, or as a number past the end of the list on screen ("9" after
    seven principles: its range; stop 58); True when the coach replied, False to leave it to
    the action."""
    from actions.advice import answered_as_selfcheck_answer  # advice builds on the actions' base

    return (
        answered_as_selfcheck_answer(dispatcher, tracker)
        or answered_as_unsure_about_going_on(dispatcher, tracker)
        or selfcheck.answered_as_results_request(dispatcher, tracker)
        or selfcheck.answered_as_role_and_selfcheck_request(dispatcher, tracker)
        or answered_as_unread_answer(dispatcher, tracker)
        or selfcheck.answered_as_number_outside_list(dispatcher, tracker)
    )


def answered_as_unread_answer(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """Mid-check (a statement open, not paused): a message without words ("???", "...", an
    emoji with no meaning of its own), or, with the statement alone on screen, one made only
    of answer words that is no answer ("hmm", "ok", "eens oneens"), is told it was not
    understood as an answer and gets the statement and its scale again; True then."""
    text = str(tracker.latest_message.get("text") or "")
    if not text.strip() or payloads.is_payload(text):
        return False
    if is_yes_emoji(text) or plain_yes_no(text) is not None:
        return False  # 👍 to "Verder met vraag 3 van 7?": a yes (actions/yes_no.py)
    wordless = has_no_words(text) and emoji_meaning(text) is None  # 😭 is answered with care
    if not wordless and not (tries_to_answer(text) and statement_alone_on_screen(tracker)):
        return False
    step = selfcheck.open_statement(tracker)
    if step is None:
        return False
    selfcheck.say_not_understood(dispatcher, step, language(tracker), text)
    return True


def answered_as_unsure_about_going_on(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """A reply that only doubts (bot/dialogue/confirm_words.py `is_unsure`: "misschien", "hmm
    misschien", "maybe", "tja") to the coach's "carry on?": mid-check ("Verder met vraag 4 van 7?",
    the statement below it) the question is asked again plainly, with the stop button and the
    statement; to a paused check's offer (its resume button on screen) likewise, with that button.
    True then. A statement's own "weet niet" is answered before this ("er is geen goed of fout").
    Stop 63: "misschien" got "Daar weet ik (nog) geen goed antwoord op" before the statement."""
    from actions.yes_no import open_unpaused_step, paused_step_offered  # yes/no builds on this module

    text = str(tracker.latest_message.get("text") or "")
    if payloads.is_payload(text) or not is_unsure(text):
        return False
    lang = language(tracker)
    step = open_unpaused_step(tracker) if carry_on_asked(tracker) else None
    if step is not None:
        dispatcher.utter_message(
            text=t("sc_carry_on_unsure", lang, **selfcheck.where(step, lang)),
            buttons=[{"title": t("sc_stop", lang), "payload": payloads.stop()}],
        )
        selfcheck.ask(dispatcher, step, lang)
        return True
    paused = paused_step_offered(tracker)
    if paused is None:
        return False
    dispatcher.utter_message(
        text=t("sc_resume_unsure", lang, **selfcheck.where(paused, lang)),
        buttons=[selfcheck.resume_button(paused, lang)],
    )
    return True
