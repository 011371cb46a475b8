"""Deliver admin notices (recorded by the action server when a knowledge edit is invalid)
to every admin who has a chat with the bot, then mark them delivered, so each arrives once.
Chat ids of people who are no longer admins and get no weekly tips are dropped here too."""

from __future__ import annotations

import asyncio
import logging

from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import TelegramError

from bot.channels.telegram.errors import unreachable
from bot.channels.telegram.render import escape
from bot.dialogue.split import split_text
from bot.i18n import t
from bot.storage.access import AccessStore, ChatInfo
from bot.storage.notices import AdminNotice, NoticeStore
from bot.tips.scheduler import TipScheduler

log = logging.getLogger(__name__)


class NoticeJob:
    def __init__(self, notices: NoticeStore, access: AccessStore, tips: TipScheduler) -> None:
        self.notices = notices
        self.access = access
        self.tips = tips
        self._lock = asyncio.Lock()

    async def run(self, bot: Bot) -> int:
        """Returns the number of notices delivered. A notice no admin could receive (none
        has written to the bot yet) stays pending until one can."""
        async with self._lock:
            await asyncio.to_thread(self.prune_chats)
            pending = await asyncio.to_thread(self.notices.pending)
            if not pending:
                return 0
            admins = await asyncio.to_thread(self.access.chats, "admin")
            delivered = 0
            gone: set[str] = set()
            for notice in pending:
                reached = []
                for admin in admins:
                    if admin.user_id not in gone:
                        reached.append(await self._send(bot, admin, notice, gone))
                if any(reached):
                    await asyncio.to_thread(self.notices.mark_delivered, notice.id)
                    delivered += 1
            for user_id in gone:  # blocked or deleted: never tried again, logged once
                await asyncio.to_thread(self.access.forget_chat, user_id)
            return delivered

    @staticmethod
    async def _send(bot: Bot, admin: ChatInfo, notice: AdminNotice, gone: set[str]) -> bool:
        """False when not delivered; an admin who can never be reached is added to `gone`."""
        text = t("notice_head", admin.lang) + "\n" + notice.text
        try:
            for piece in split_text(text):
                await bot.send_message(admin.chat_id, escape(piece), parse_mode=ParseMode.HTML)
        except TelegramError as exc:
            if unreachable(exc):
                gone.add(admin.user_id)
                log.warning("admin chat dropped, notices stop until they write again: %s", exc)
            else:
                log.warning("admin notice %s not delivered to one admin: %s", notice.id, exc)
            return False
        return True

    def prune_chats(self) -> None:
        """Keep a chat id only while it is needed: for an admin, or for weekly tips."""
        for chat in self.access.all_chats():
            member = self.access.member(chat.user_id)
            needed = member is not None and (
                member.role == "admin" or self.tips.subscription(chat.user_id) is not None
            )
            if not needed:
                self.access.forget_chat(chat.user_id)
