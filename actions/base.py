"""What every action shares: the user's language (the `language` slot, Dutch first), the
one text catalogue, and entities of the latest message through rasa_sdk's own helper."""

from __future__ import annotations

from abc import ABC, abstractmethod

from rasa_sdk import Action, Tracker

from bot.dialogue.metadata import message_id_of
from bot.i18n import DEFAULT_LANGUAGE
from bot.i18n import t as catalogue_text


def language(tracker: Tracker) -> str:
    """The conversation's language: the `language` slot, else Dutch."""
    return tracker.get_slot("language") or DEFAULT_LANGUAGE


def entity(tracker: Tracker, name: str) -> str | None:
    """The first non-empty value of entity `name` in the latest message (as a string)."""
    for value in tracker.get_latest_entity_values(name):
        if value not in (None, ""):
            return str(value)
    return None


def message_id(tracker: Tracker) -> str | None:
    """The id the channel gave the latest user message (bot/dialogue/metadata.py), the same
    on every retry of it; None when the channel sent none."""
    found = message_id_of(tracker.latest_message.get("metadata"))
    if found is None:  # older trackers: the user event carries the metadata too
        for event in reversed(tracker.events or []):
            if event.get("event") == "user":
                found = message_id_of(event.get("metadata"))
                break
    return found


class CoachAction(Action, ABC):  # abstract: rasa_sdk registers only concrete actions
    """Base of the coach's actions: `self.lang(tracker)`, `self.t(key, lang, **values)`,
    `self.entity(tracker, name)`."""

    @abstractmethod
    def name(self) -> str:  # pragma: no cover - every action names itself
        raise NotImplementedError

    @staticmethod
    def lang(tracker: Tracker) -> str:
        return language(tracker)

    @staticmethod
    def t(key: str, lang: str, **values: object) -> str:
        return catalogue_text(key, lang, **values)

    @staticmethod
    def entity(tracker: Tracker, name: str) -> str | None:
        return entity(tracker, name)
