"""`/report [since]` for admins: the same knowledge report as `servicecoach report`
(most asked topics, answers rated not helpful, unanswered questions grouped), split over
several messages when it is long."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import CommandHandler, ContextTypes, filters

from bot.channels.telegram.render import escape
from bot.dialogue.split import split_text
from bot.i18n import t
from bot.insights.report import build_report, parse_since, render_report
from bot.settings import Settings

Context = ContextTypes.DEFAULT_TYPE


class ReportCommand:
    def __init__(self, settings: Settings, lang: Callable[[Update], str]) -> None:
        self.settings = settings
        self.lang = lang
        self._lock = threading.Lock()
        self._searcher = None
        self._stamp: tuple = ()

    def searcher(self):
        """The knowledge as it is now (gaps it answers drop out of the report): loaded once
        per bot process (the embedding model takes long to load) and rebuilt, from the
        embedding cache, only when a knowledge file changed."""
        from bot.engine import Searcher, build_index

        folder = self.settings.knowledge_dir
        stamp = tuple(sorted((str(p), p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()))
        with self._lock:
            if self._searcher is None or stamp != self._stamp:
                from bot.engine import open_searcher

                if self._searcher is None:
                    self._searcher = open_searcher(self.settings)
                else:
                    embedder = self._searcher.embedder
                    self._searcher = Searcher(
                        build_index(folder, self.settings.cache_dir, embedder), embedder
                    )
                self._stamp = stamp
            return self._searcher

    def text(self, since_arg: str, lang: str) -> str:
        since = parse_since(since_arg) if since_arg else None
        report = build_report(self.settings, since=since, lang=lang, searcher=self.searcher())
        return render_report(report, lang=lang)

    async def __call__(self, update: Update, context: Context) -> None:
        chat = update.effective_chat
        assert chat is not None
        lang = self.lang(update)
        member = (context.user_data or {}).get("member")
        if member is None or member.role != "admin":
            await chat.send_message(escape(t("admin_only", lang)), parse_mode=ParseMode.HTML)
            return
        try:
            report = await asyncio.to_thread(self.text, " ".join(context.args or []), lang)
        except ValueError:
            await chat.send_message(escape(t("report_usage", lang)), parse_mode=ParseMode.HTML)
            return
        for piece in split_text(report):
            await chat.send_message(escape(piece), parse_mode=ParseMode.HTML)

    def handler(self) -> CommandHandler:
        return CommandHandler("report", self, filters=filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE)
