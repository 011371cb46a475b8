"""The Telegram webhook server's guard (bot/channels/telegram/webhook_guard.py): what it
refuses, and that PTB's webhook app really uses it (fails when PTB's handler changes)."""

from __future__ import annotations

import asyncio
import json

import pytest

from bot.channels.telegram import webhook_guard


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b'{"update_id": 1, "message": ', "not UTF-8 JSON"),
        (b"", "not UTF-8 JSON"),
        (b"\xff\xfe{}", "not UTF-8 JSON"),
        (json.dumps({"update_id": 1}).encode("utf-16"), "not UTF-8 JSON"),
        (b"[1]", "not a JSON object"),
        (b'"x"', "not a JSON object"),
        (b"null", "not a JSON object"),
        (b"{}", "no integer update_id"),
        (b'{"update_id": null}', "no integer update_id"),
        (b'{"update_id": "1"}', "no integer update_id"),
        (b'{"update_id": true}', "no integer update_id"),
        (b'{"update_id": 1, "x": "' + b"a" * (2 * 1024 * 1024) + b'"}', "too large"),
        (b'{"update_id": 7, "message": {"text": "hoi"}}', None),
    ],
)
def test_what_the_guard_refuses(body: bytes, problem: str | None) -> None:
    assert webhook_guard.problem_with(body) == problem


def test_ptbs_webhook_app_uses_the_guarded_handler() -> None:
    from telegram.ext._utils.webhookhandler import WebhookAppClass

    webhook_guard.install()
    app = WebhookAppClass("/telegram", bot=None, update_queue=asyncio.Queue(), secret_token="s" * 20)
    handlers = [rule.target for rule in app.default_router.rules for rule in rule.target.rules]
    assert webhook_guard.GuardedTelegramHandler in handlers
