"""The Telegram webhook server answers a malformed update with 400, never 500.

python-telegram-bot's webhook handler (tornado) decodes the body and parses the JSON
unchecked after the secret-token check: a body that is not UTF-8 or not JSON ends in a 500,
an update that cannot be read is logged at CRITICAL with the whole body (8 MB in the log),
and `{"update_id": null}` is accepted. `install()` puts a handler in front that, after PTB's
own checks (content type and secret token: 403), refuses with 400 a body over
MAX_BODY_BYTES, not UTF-8 JSON, not an object, or without an integer "update_id", and logs
one short line without the body. PTB is pinned (pyproject.toml); the unit test
tests/unit/test_webhook_guard.py fails when PTB's handler changes shape."""

from __future__ import annotations

import json
import logging
from http import HTTPStatus
from typing import Any

import tornado.web
from telegram.ext._utils import webhookhandler

log = logging.getLogger(__name__)
MAX_BODY_BYTES = 1024 * 1024  # Telegram's updates are a few KB; 1 MB leaves room for long texts


def problem_with(body: bytes) -> str | None:
    """Why `body` is not an update Telegram sends; None when it may be one."""
    if len(body) > MAX_BODY_BYTES:
        return "too large"
    try:
        data: Any = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return "not UTF-8 JSON"
    if not isinstance(data, dict):
        return "not a JSON object"
    update_id = data.get("update_id")
    if not isinstance(update_id, int) or isinstance(update_id, bool):
        return "no integer update_id"
    return None


class GuardedTelegramHandler(webhookhandler.TelegramHandler):
    """PTB's handler, refusing malformed updates with 400 before it parses them."""

    async def post(self) -> None:
        self._validate_post()  # PTB's: JSON content type and the secret token, else 403
        problem = problem_with(self.request.body or b"")
        if problem is not None:
            log.warning("webhook: refused a malformed update (%s, %d bytes)", problem, len(self.request.body))
            raise tornado.web.HTTPError(HTTPStatus.BAD_REQUEST, reason=f"Malformed update: {problem}")
        await super().post()


def install() -> None:
    """Make PTB's webhook server use GuardedTelegramHandler (idempotent)."""
    webhookhandler.TelegramHandler = GuardedTelegramHandler  # type: ignore[misc]
