"""Deliver Rasa's replies to a chat, with a typing indicator while the coach thinks."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from urllib.parse import unquote, urlparse

from telegram import Bot, InputFile
from telegram.constants import ChatAction, ParseMode
from telegram.error import TelegramError

from bot.channels.telegram.render import keyboard, to_outgoing

log = logging.getLogger(__name__)
TYPING_EVERY = 4.5  # Telegram shows "typing…" for 5 seconds per chat action


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
                message = await bot.send_message(
                    chat_id, out.html or "…", parse_mode=ParseMode.HTML, reply_markup=markup
                )
            else:
                message = await bot.send_photo(
                    chat_id, photo, caption=out.html or None, parse_mode=ParseMode.HTML, reply_markup=markup
                )
        else:
            message = await bot.send_message(
                chat_id, out.html, parse_mode=ParseMode.HTML, reply_markup=markup
            )
        if keyboards is not None and markup is not None and message is not None:
            keyboards.append((message.message_id, [payload for _, payload in out.buttons]))
        sent += 1
    return sent
