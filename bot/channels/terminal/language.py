"""The language of the terminal chat's own lines ("Stopping the coach…", hints, notes): the
conversation's language as Rasa keeps it (the `language` slot, read through Rasa's HTTP
API with the stack's token after each reply), before that the user's pinned language."""

from __future__ import annotations

import logging

import httpx

from bot.i18n import DEFAULT_LANGUAGE, LANGUAGES
from bot.storage.profiles import ProfileStore

log = logging.getLogger(__name__)


def pinned_or_default(app_db_url: str, sender: str) -> str:
    """The user's pinned language ("nl"/"en"), else Dutch; Dutch when the database cannot
    be read (the start-up lines must never fail on it)."""
    try:
        return ProfileStore(app_db_url).language(sender) or DEFAULT_LANGUAGE
    except Exception:
        log.debug("no profile language", exc_info=True)
        return DEFAULT_LANGUAGE


def pinned_language(app_db_url: str, sender: str) -> str | None:
    """The language the user pinned ("nl"/"en"), None when none is pinned or the database
    cannot be read."""
    try:
        return ProfileStore(app_db_url).language(sender)
    except Exception:
        log.debug("no profile language", exc_info=True)
        return None


def conversation_language(rasa_url: str, token: str, sender: str, current: str) -> str:
    """Rasa's `language` slot for `sender` ("nl"/"en"); `current` when it cannot be read
    (Rasa down or slow: this is one quick local request, 2 s at most)."""
    try:
        response = httpx.get(
            f"{rasa_url}/conversations/{sender}/tracker",
            params={"token": token, "include_events": "NONE"},
            timeout=2.0,
        )
        response.raise_for_status()
        value = (response.json().get("slots") or {}).get("language")
    except (httpx.HTTPError, ValueError):
        log.debug("could not read the conversation's language", exc_info=True)
        return current
    return value if value in LANGUAGES else current
