"""Is the coach still starting? The action server answers its health check only once its worker
has loaded the knowledge (actions/__init__.py), which takes a minute or more on a cold start (no
index cache: 92 s in the tester round of stop 66). A message sent before that gets no reply from
Rasa (its call to the action server fails), and the channel said "Sorry, ik had net geen antwoord";
it now says the coach is still starting (bot/i18n.py "starting_up"), in the user's language.

Pure Python (httpx), used by the Telegram channel (bot/channels/telegram/handlers.py)."""

from __future__ import annotations

import httpx

__all__ = ["still_starting"]

HEALTH_TIMEOUT = 2.0  # seconds: a ready action server answers its health check at once


def still_starting(action_url: str, timeout: float = HEALTH_TIMEOUT) -> bool:
    """True when the action server at `action_url` does not (yet) answer its health check with 200:
    it is loading the knowledge, or not up at all; False once it is ready."""
    try:
        return httpx.get(f"{action_url.rstrip('/')}/health", timeout=timeout).status_code != 200
    except httpx.HTTPError:
        return True
