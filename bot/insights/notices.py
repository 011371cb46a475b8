"""Knowledge problems found by live reload become admin notices (stored; the Telegram bot
delivers them). The action server wires this up: `on_reload_problems(AdminNotices(url))`."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bot.engine import ReloadReport
from bot.i18n import t

log = logging.getLogger(__name__)
NOTICE_DEDUPE_S = 60.0  # the same problem reported by several workers is one notice
NOTICE_LANG = "en"  # admin notices are written for the people who edit knowledge/
MAX_LINES = 20


def notice_text(report: ReloadReport) -> str:
    """The notice: what happened (held back, or a self-check skipped), then up to
    MAX_LINES "path:line: message" lines."""
    parts = []
    if report.problems:
        head = t("reload_held_back" if report.articles_kept else "reload_selfcheck_skipped", NOTICE_LANG)
        more = len(report.problems) - MAX_LINES
        parts.append(
            head + "\n" + "\n".join(report.problems[:MAX_LINES]) + (f"\n… +{more}" if more > 0 else "")
        )
    if report.published:
        parts.append(t("reload_now_published", NOTICE_LANG, files=", ".join(report.published)))
    return "\n\n".join(parts)


@dataclass(frozen=True)
class AdminNotices:
    """A reload-problem handler that records one admin notice in the app database."""

    app_db_url: str

    def __call__(self, report: ReloadReport) -> None:
        from bot.storage.notices import NoticeStore

        NoticeStore(self.app_db_url).add(notice_text(report), dedupe_seconds=NOTICE_DEDUPE_S)
