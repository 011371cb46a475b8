"""Polling or webhook: webhook mode when TELEGRAM_WEBHOOK_URL is set (production behind
HTTPS), long polling otherwise. Telegram signs each webhook call with our secret token;
PTB's webhook server refuses (403) any call without it."""

from __future__ import annotations

import secrets
from typing import Any
from urllib.parse import urlparse

from telegram import Update

from bot.settings import Settings


def webhook_options(settings: Settings) -> dict[str, Any] | None:
    """Arguments for `Application.run_webhook` / `Updater.start_webhook`, or None for polling."""
    url = settings.telegram_webhook_url
    if not url:
        return None
    parsed = urlparse(url)
    if parsed.scheme not in ("https", "http") or not parsed.netloc:
        raise ValueError("TELEGRAM_WEBHOOK_URL must be a full URL, e.g. https://coach.example.org/telegram")
    return {
        "listen": settings.telegram_webhook_listen,
        "port": settings.telegram_webhook_port,
        "url_path": parsed.path.lstrip("/"),
        "webhook_url": url,
        # without a configured secret, a fresh one per start: setWebhook registers it anyway
        "secret_token": settings.telegram_webhook_secret or secrets.token_urlsafe(32),
        "allowed_updates": Update.ALL_TYPES,
    }
