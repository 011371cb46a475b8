"""Deliver Rasa's replies to a chat, with a typing indicator while the coach thinks."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from functools import partial
from pathlib import Path
from typing import TypeVar
from urllib.parse import unquote, urlparse

import httpx
from telegram import Bot, InputFile
from telegram.constants import ChatAction, ParseMode
from telegram.error import BadRequest, NetworkError, TelegramError, TimedOut
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt, wait_exponential

from bot.channels.telegram.render import keyboard, to_outgoing

log = logging.getLogger(__name__)
TYPING_EVERY = 4.5  # Telegram shows "typing…" for 5 seconds per chat action
SEND_ATTEMPTS = 4  # a reply Telegram failed to take (5xx, no connection): tried again after 1, 2, 4 s
SEND_BACKOFF = 1.0  # seconds before the first retry, doubling
T = TypeVar("T")


def not_delivered(exc: BaseException) -> bool:
    """True when Telegram surely did not take the message, so sending it again cannot show it
    twice: a 5xx or a connection that failed (PTB's NetworkError), or a timeout while
    connecting or waiting for a free connection. Not retried: a refusal (400 BadRequest, 403),
    and a timeout while the request was written or its answer read (Telegram may have
    delivered it; sending again could show it twice)."""
    if isinstance(exc, TimedOut):
        return isinstance(exc.__cause__, (httpx.ConnectTimeout, httpx.PoolTimeout))
    return isinstance(exc, NetworkError) and not isinstance(exc, BadRequest)


def _log_retry(state: RetryCallState) -> None:
    error = state.outcome.exception() if state.outcome else None
    log.warning("Telegram did not take a reply (%s); trying again", type(error).__name__)


async def deliver(send: Callable[[], Awaitable[T]]) -> T:
    """`send()` with backoff while Telegram surely did not take it (see not_delivered), at
    most SEND_ATTEMPTS times; then its last error is raised."""
    async for attempt in AsyncRetrying(
        retry=retry_if_exception(not_delivered),
        wait=wait_exponential(multiplier=SEND_BACKOFF, max=8),
        stop=stop_after_attempt(SEND_ATTEMPTS),
        before_sleep=_log_retry,
        reraise=True,
    ):
        with attempt:
            return await send()
    raise AssertionError("unreachable")  # AsyncRetrying either returns or raises


@contextlib.asynccontextmanager
async def typing(bot: Bot, chat_id: int) -> AsyncIterator[None]:
    async def keep_typing() -> None:
        while True:
            with contextlib.suppress(TelegramError):
                await bot.send_chat_action(chat_id, ChatAction.TYPING)
            await asyncio.sleep(TYPING_EVERY)

    task = asyncio.create_task(keep_typing())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


def local_image(url: str, allowed_dir: Path) -> Path | None:
    """A chart the action server wrote; only files under our own var/ are ever sent."""
    path = Path(unquote(urlparse(url).path)) if url.startswith("file://") else Path(url)
    try:
        resolved = path.resolve(strict=True)
    except OSError:
        return None
    return resolved if resolved.is_relative_to(allowed_dir.resolve()) and resolved.is_file() else None


async def send_replies(
    bot: Bot,
    chat_id: int,
    replies: list[dict],
    encode: Callable[[str], str],
    image_dir: Path,
    keyboards: list[tuple[int, list[str]]] | None = None,
) -> int:
    """Returns the number of Telegram messages sent. `keyboards`, if given, receives
    (Telegram message id, button payloads) of each message sent with buttons."""
    sent = 0
    for out in to_outgoing(replies):
        markup = keyboard(out.buttons, encode)
        if out.photo:
            photo: str | InputFile | None = None
            if out.photo.startswith(("http://", "https://")):
                photo = out.photo
            elif (path := local_image(out.photo, image_dir)) is not None:
                photo = InputFile(path.read_bytes(), filename=path.name)
            if photo is None:
                log.warning("image not sent: not a chart of this coach")
                if not out.html and not markup:
                    continue
                message = await deliver(partial(
                    bot.send_message, chat_id, out.html or "…", parse_mode=ParseMode.HTML, reply_markup=markup
                ))  # fmt: skip
            else:
                message = await deliver(partial(
                    bot.send_photo, chat_id, photo, caption=out.html or None, parse_mode=ParseMode.HTML,
                    reply_markup=markup,
                ))  # fmt: skip
        else:
            message = await deliver(partial(
                bot.send_message, chat_id, out.html, parse_mode=ParseMode.HTML, reply_markup=markup
            ))  # fmt: skip
        if keyboards is not None and markup is not None and message is not None:
            keyboards.append((message.message_id, [payload for _, payload in out.buttons]))
        sent += 1
    return sent
