"""Keep the `language` slot right before every reply: pinned by the user, else detected
from the latest message, else unchanged. A pinned language is kept in the app database
(the user's profile), where every channel and process reads it; the slots mirror it."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.dialogue import payloads
from bot.engine import detect_language
from bot.settings import get_settings
from bot.storage.profiles import ProfileStore

_NAMES = {
    "en": ("english", "engels", "engelse", "en", "eng"),
    "nl": ("nederlands", "nederlandse", "dutch", "nl", "vlaams", "hollands"),
}


def _language_from_entities(tracker: Tracker) -> str | None:
    for raw in tracker.get_latest_entity_values("language"):
        value = str(raw or "").lower()
        for code, names in _NAMES.items():
            if value == code or value in names:
                return code
    return None


def _language_named_in(text: str) -> str | None:
    words = set(text.lower().replace(",", " ").replace(".", " ").split())
    found = [code for code, names in _NAMES.items() if words & set(names)]
    return found[0] if len(found) == 1 else None


# --- the pinned language, persisted (bot/storage/profiles.py: one source of truth) ---
def _profiles() -> ProfileStore:
    return ProfileStore(get_settings().app_db_url)


def pinned_language(tracker: Tracker) -> str | None:
    """The language the user pinned: the stored one; a pin made before it was stored (only
    in the tracker's `pinned_language` slot) still counts."""
    return _profiles().language(tracker.sender_id) or tracker.get_slot("pinned_language")


def pin_language(tracker: Tracker, language: str) -> None:
    _profiles().set_language(tracker.sender_id, language)


# --- end of the persisted language ---


class ActionDetectLanguage(Action):
    def name(self) -> str:
        return "action_detect_language"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        pinned = pinned_language(tracker)
        current = tracker.get_slot("language") or "nl"
        text = tracker.latest_message.get("text") or ""
        metadata = tracker.latest_message.get("metadata") or {}
        # a button payload ("/intent{...}") says nothing about the user's language
        typed = "" if payloads.is_payload(text) else text
        language = pinned or detect_language(typed)
        if language is None:
            # e.g. "ok" or "4": keep the conversation's language; on a first message the
            # front end's hint (a Telegram client's language) is better than a guess
            ever_set = any(e.get("event") == "slot" and e.get("name") == "language" for e in tracker.events)
            hint = str(metadata.get("language") or "")[:2].lower()
            language = current if ever_set or hint not in ("nl", "en") else hint
        if language not in ("nl", "en"):
            language = current
        return [] if language == current else [SlotSet("language", language)]


class ActionSetLanguage(Action):
    def name(self) -> str:
        return "action_set_language"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        text = tracker.latest_message.get("text") or ""
        language = (
            _language_from_entities(tracker)
            or _language_named_in(text)
            or detect_language(text)
            or tracker.get_slot("language")
            or "nl"
        )
        if language in ("nl", "en"):
            pin_language(tracker, language)
        return [SlotSet("pinned_language", language), SlotSet("language", language)]
