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

The URL stays /webhooks/rest/... (the channel keeps Rasa's name "rest").

Slash commands typed over plain REST behave as in the terminal (stop 61; bot/dialogue/commands.py
`rest_command`, shared with it): "/start" greets afresh, "/zelftest" starts a self-check, "/taal en"
switches language; "/taal fr" says which languages there are and changes nothing, and "/foo" says
it is no command, answered here without Rasa, in the conversation's language (its `language`
slot). The buttons' payloads ("/help", "/selfcheck_answer{...}") and Rasa's own ("/restart") go to
Rasa as they are.

One reply, one message (stop 67): Rasa's CollectingOutputChannel cuts a text without buttons at
each blank line into separate messages, so a self-check result, two work matters in one reply or
a translated line came as several bubbles in the terminal, over REST and on Telegram (every front
end reads this channel). `WholeTextCollector` keeps each text whole, blank lines (paragraphs)
included, as it already did for a text with buttons."""

from __future__ import annotations

import json
import logging
from asyncio import CancelledError
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.dialogue.commands import PAYLOAD_INTENTS, Command, rest_command
from bot.i18n import DEFAULT_LANGUAGE, LANGUAGES, t

log = logging.getLogger(__name__)

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


def _intents(request: Request) -> frozenset[str]:
    """The intents of the running model's domain (Rasa's own included), else PAYLOAD_INTENTS."""
    try:
        return frozenset(request.app.ctx.agent.domain.intents) or PAYLOAD_INTENTS
    except Exception:  # no agent or no model loaded yet
        return PAYLOAD_INTENTS


async def _language(request: Request, sender: str, metadata: Any) -> str:
    """The conversation's language ("nl"/"en"): its tracker's `language` slot, else the front
    end's hint (metadata "language"), else Dutch."""
    try:
        tracker = await request.app.ctx.agent.tracker_store.retrieve(sender)
        slot = tracker.get_slot("language") if tracker is not None else None
        if slot in LANGUAGES:
            return str(slot)
    except Exception:
        log.debug("no conversation language for a command", exc_info=True)
    hint = str((metadata or {}).get("language") or "")[:2].lower() if isinstance(metadata, dict) else ""
    return hint if hint in LANGUAGES else DEFAULT_LANGUAGE


def command_of(request: Request) -> Command | None:
    """The slash command a (well-formed) request's message is (`rest_command`), else None."""
    return rest_command((request.json or {}).get("message"), _intents(request))


class WholeTextCollector(CollectingOutputChannel):
    """Rasa's collector, but a text without buttons is one message, its paragraphs kept."""

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        """Keep `text` whole (Rasa's own cuts it at every blank line)."""
        whole = text.strip()
        if whole:
            await self._persist_message(self._message(recipient_id, text=whole))


class GuardedRestInput(RestInput):
    """RestInput whose webhook refuses malformed requests with a 4xx and reads slash commands
    as the terminal does (see the module)."""

    @classmethod
    def name(cls) -> str:
        return "rest"

    def _extract_message(self, req: Request) -> str | None:
        """The message for Rasa: a command's payload ("/start" -> "/greet"), else as sent."""
        command = command_of(req)
        return command.payload if command is not None and command.payload else super()._extract_message(req)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        webhook = Blueprint(f"custom_webhook_{type(self).__name__}", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            """Rasa's RestInput webhook (without streaming), each reply collected whole."""
            collector = WholeTextCollector()
            text = self._extract_message(request)
            try:
                await on_new_message(
                    UserMessage(
                        text,
                        collector,
                        await self._extract_sender(request),
                        input_channel=self._extract_input_channel(request),
                        metadata=self.get_metadata(request),
                    )
                )
            except CancelledError:
                log.error("the REST channel timed out on a message")
            except Exception:
                log.exception("the REST channel failed on a message")
            return response.json(collector.messages)

        @webhook.middleware("request")
        async def refuse_malformed(request: Request) -> HTTPResponse | None:
            if request.method != "POST":
                return None
            problem = problem_with(request.body or b"")
            if problem is None:
                return await said_here(request)
            status, reason = problem
            return response.json({"error": reason}, status=status)

        async def said_here(request: Request) -> HTTPResponse | None:
            """A command the channel answers itself ("/taal fr", "/foo"), in Rasa's reply shape."""
            command = command_of(request)
            if command is None or command.say is None:
                return None
            sender = str(request.json["sender"])
            lang = await _language(request, sender, request.json.get("metadata"))
            return response.json([{"recipient_id": sender, "text": t(command.say, lang)}])

        return webhook
