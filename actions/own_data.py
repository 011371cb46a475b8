"""A typed request about the user's own data ("wis mijn resultaten", "delete my data", "wat
bewaar je over mij?"; bot/dialogue/own_data_request.py): the coach says how /vergeet
(/forget) deletes it and where /privacy tells what is kept, whatever intent NLU read
("wis mijn resultaten" was read as showing the results; tester round of stop 48). Deleting
stays with the command, which asks first: a typed sentence never deletes anything.
A privacy question with an answer of its own (who sees the chat, where it is kept, whether
the coach trains on it, a leader's staff's answers: `privacy_topic`) gets that answer, with
the team minimum the coach really applies (stop 61). A question how or where to see the team's
self-check results gets the team view (bot/dialogue/team_view_request.py, stop 68)."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.dialogue import payloads
from bot.dialogue.own_data_request import asks_about_own_data, privacy_topic
from bot.dialogue.team_view_request import asks_for_team_view
from bot.i18n import DEFAULT_LANGUAGE, t
from bot.selfchecks.team import MIN_GROUP_FLOOR
from bot.settings import get_settings

__all__ = ["answered_as_own_data_request"]


def answered_as_own_data_request(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """Reply to a typed request to delete one's data, or to say what is kept; True when it
    replied. A button press is never such a request."""
    text = str(tracker.latest_message.get("text") or "")
    if payloads.is_payload(text):
        return False
    asked = asks_about_own_data(text)
    if asked is None:
        if asks_for_team_view(text):  # "hoe krijg ik de teamscores van de zelftest te zien" (stop 68)
            from actions.selfcheck import show_team_results  # the self-check actions build on the base

            show_team_results(dispatcher, tracker, tracker.get_slot("language") or DEFAULT_LANGUAGE)
            return True
        return False
    lang = tracker.get_slot("language") or DEFAULT_LANGUAGE
    topic = privacy_topic(text) if asked == "privacy" else None
    if topic is not None:  # the smallest team a manager sees averages of (bot/selfchecks/team.py)
        least = max(MIN_GROUP_FLOOR, get_settings().team_min_group)
        dispatcher.utter_message(text=t(f"own_data_{topic}", lang, min=least))
        return True
    dispatcher.utter_message(text=t("own_data_forget" if asked == "forget" else "own_data_privacy", lang))
    return True
