"""Rasa's REST channel with a guarded door. It runs inside Rasa (its own virtualenv, Python
3.10: it imports only Rasa and Sanic) and credentials.yml names it; Rasa finds it because it
runs with the repo on its import path (bot/stack/rasa_env.py).

Why: Rasa's own RestInput reads `request.json.get(...)` unchecked, so a body that is a JSON
array, string, number or null ends in a 500, and fields of the wrong type (a list as the
message) reach the NLU pipeline. Here POST /webhooks/rest/webhook takes only what our
client (bot/dialogue/client.py) sends, and answers anything else with a 4xx:

- 413 when the body is over MAX_BODY_BYTES (the client cuts a message to 4000 characters);
- 400 when it is not UTF-8 JSON, not an object, or "sender" / "message" are not non-empty
  strings, or "metadata" is present and not an object (or null), or "input_channel" is
  present and not a string.

The URL stays /webhooks/rest/... (the channel keeps Rasa's name "rest")."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

MAX_BODY_BYTES = 64 * 1024  # a 4000-character message in 4-byte UTF-8 plus metadata fits


def problem_with(body: bytes) -> tuple[int, str] | None:
    """(status, reason) when `body` is not a message our client would send; else None."""
    if len(body) > MAX_BODY_BYTES:
        return 413, f"the body is over {MAX_BODY_BYTES} bytes"
    try:
        data: Any = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return 400, "the body is not UTF-8 JSON"
    if not isinstance(data, dict):
        return 400, "the body is not a JSON object"
    for field in ("sender", "message"):
        if not isinstance(data.get(field), str) or not data[field]:
            return 400, f"{field} must be a non-empty string"
    if data.get("metadata") is not None and not isinstance(data["metadata"], dict):
        return 400, "metadata must be an object"
    if "input_channel" in data and not isinstance(data["input_channel"], str):
        return 400, "input_channel must be a string"
    return None


class GuardedRestInput(RestInput):
    """RestInput whose webhook refuses malformed requests with a 4xx (see the module)."""

    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        webhook = super().blueprint(on_new_message)

        @webhook.middleware("request")
        async def refuse_malformed(request: Request) -> HTTPResponse | None:
            if request.method != "POST":
                return None
            problem = problem_with(request.body or b"")
            if problem is None:
                return None
            status, reason = problem
            return response.json({"error": reason}, status=status)

        return webhook
