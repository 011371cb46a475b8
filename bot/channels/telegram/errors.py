"""Telegram's errors by kind. A chat that can never be reached again (the user blocked the
bot or deleted the account: 403 Forbidden; the chat is gone: 400 "chat not found") is not
retried: the caller drops its chat id and logs it once. Everything else (flood limits are
handled by PTB's AIORateLimiter, network trouble) may be tried again later."""

from __future__ import annotations

from telegram.error import BadRequest, Forbidden, TelegramError

GONE_CHAT = ("chat not found", "user not found", "peer_id_invalid", "chat_id is empty")


def unreachable(exc: TelegramError) -> bool:
    """True when this chat will refuse every later message too: 403 "bot was blocked by the
    user", "user is deactivated", "bot was kicked", or 400 "chat not found"."""
    if isinstance(exc, Forbidden):
        return True
    return isinstance(exc, BadRequest) and any(kind in exc.message.lower() for kind in GONE_CHAT)
