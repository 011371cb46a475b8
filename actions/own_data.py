"""A typed request about the user's own data ("wis mijn resultaten", "delete my data", "wat
bewaar je over mij?"; bot/dialogue/own_data_request.py): the coach says how /vergeet
(/forget) deletes it and where /privacy tells what is kept, whatever intent NLU read
("wis mijn resultaten" was read as showing the results; tester round of stop 48). Deleting
stays with the command, which asks first: a typed sentence never deletes anything."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.dialogue import payloads
from bot.dialogue.own_data_request import asks_about_own_data
from bot.i18n import DEFAULT_LANGUAGE, t

__all__ = ["answered_as_own_data_request"]


def answered_as_own_data_request(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """Reply to a typed request to delete one's data, or to say what is kept; True when it
    replied. A button press is never such a request."""
    text = str(tracker.latest_message.get("text") or "")
    if payloads.is_payload(text):
        return False
    asked = asks_about_own_data(text)
    if asked is None:
        return False
    lang = tracker.get_slot("language") or DEFAULT_LANGUAGE
    dispatcher.utter_message(text=t("own_data_forget" if asked == "forget" else "own_data_privacy", lang))
    return True
