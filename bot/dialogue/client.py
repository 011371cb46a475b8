"""Talk to Rasa over its REST channel, the same way every front end does."""

from __future__ import annotations

from typing import Any

import httpx

MAX_MESSAGE_CHARS = 4000  # longer input is cut (and the user told) rather than refused


class RasaUnavailable(RuntimeError):
    """Rasa could not be reached or answered with an error."""


class RasaClient:
    def __init__(self, base_url: str, timeout: float = 60.0) -> None:
        self.url = f"{base_url.rstrip('/')}/webhooks/rest/webhook"
        self._http = httpx.Client(timeout=timeout)

    def send(self, sender: str, text: str, metadata: dict[str, Any] | None = None) -> list[dict]:
        payload: dict[str, Any] = {"sender": sender, "message": text[:MAX_MESSAGE_CHARS]}
        if metadata:
            payload["metadata"] = metadata
        try:
            response = self._http.post(self.url, json=payload)
            response.raise_for_status()
            return list(response.json() or [])
        except (httpx.HTTPError, ValueError) as exc:
            raise RasaUnavailable(str(exc)) from exc

    def close(self) -> None:
        self._http.close()
