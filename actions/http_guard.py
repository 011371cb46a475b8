"""The action server's HTTP edge: POST /webhook takes only a well-formed action call.

rasa_sdk hands the request body to its executor as it comes; a body that is not a JSON
object, or one whose fields have the wrong types (a list for the tracker, a number for the
action name), ends in an exception and a 500 whose body echoes the exception and the
request. This guard answers such requests with 400 and a short reason before rasa_sdk sees
them. It is attached through rasa_sdk's own plugin hook (`attach_sanic_app_extensions`),
which rasa_sdk calls in every Sanic worker after importing the `actions` package.

Shape accepted (what Rasa 3.6 sends): a JSON object with "next_action" (str), "tracker"
(object with "sender_id" str; "events" list of objects, "slots" object and
"latest_message" object or null when present), "domain" (object, optional) and
"version" (str, optional). Bodies may be deflate-compressed (Content-Encoding: deflate).
"""

from __future__ import annotations

import json
import zlib
from typing import Any

from pluggy import HookimplMarker
from rasa_sdk.plugin import plugin_manager
from sanic import Request, Sanic, response
from sanic.response import HTTPResponse

hookimpl = HookimplMarker("rasa_sdk")
WEBHOOK = "/webhook"


def problem_with(call: Any) -> str | None:
    """Why `call` (a decoded JSON body) is not an action call Rasa sends; None when it is."""
    if not isinstance(call, dict):
        return "the body is not a JSON object"
    if not isinstance(call.get("next_action"), str):
        return "next_action must be a string"
    tracker = call.get("tracker")
    if not isinstance(tracker, dict) or not isinstance(tracker.get("sender_id"), str):
        return "tracker must be an object with a string sender_id"
    expected = {"events": list, "slots": dict, "latest_message": (dict, type(None))}
    for field, kind in expected.items():
        if field in tracker and not isinstance(tracker[field], kind):
            return f"tracker.{field} has the wrong type"
    if not all(isinstance(event, dict) for event in tracker.get("events") or []):
        return "tracker.events must hold objects"
    if "domain" in call and not isinstance(call["domain"], dict):
        return "domain must be an object"
    if "version" in call and not isinstance(call["version"], str):
        return "version must be a string"
    return None


def decode(body: bytes, encoding: str | None) -> Any:
    """The JSON value of a request body. Raises ValueError when it is not (UTF-8) JSON."""
    if encoding == "deflate":
        try:
            body = zlib.decompress(body)
        except zlib.error as exc:
            raise ValueError("the body is not deflate data") from exc
    try:
        return json.loads(body.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ValueError("the body is not UTF-8") from exc


async def refuse_malformed(request: Request) -> HTTPResponse | None:
    """Sanic request middleware: 400 for a /webhook call that is not well-formed."""
    if request.path != WEBHOOK or request.method != "POST":
        return None
    try:
        reason = problem_with(decode(request.body or b"", request.headers.get("Content-Encoding")))
    except ValueError as exc:  # json.JSONDecodeError is a ValueError
        reason = str(exc) if "body" in str(exc) else "the body is not JSON"
    if reason is None:
        return None
    return response.json({"error": f"malformed action call: {reason}"}, status=400)


class WebhookGuard:
    """The rasa_sdk plugin: adds `refuse_malformed` to the action server's app."""

    @hookimpl
    def attach_sanic_app_extensions(self, app: Sanic) -> None:
        app.on_request(refuse_malformed)


GUARD = WebhookGuard()


def install() -> None:
    """Register the guard with rasa_sdk's plugin manager (once per process)."""
    manager = plugin_manager()
    if not manager.is_registered(GUARD):
        manager.register(GUARD)
