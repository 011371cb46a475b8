"""Knowledge problems found by live reload become admin notices (stored; the Telegram bot
delivers them). The action server wires this up: `on_reload_problems(AdminNotices(url))`."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from bot.engine import ReloadReport
from bot.i18n import t

log = logging.getLogger(__name__)
NOTICE_DEDUPE_S = 60.0  # the same problem reported by several workers is one notice
NOTICE_LANG = "en"  # admin notices are written for the people who edit knowledge/
MAX_LINES = 20


def _is_selfcheck(line: str) -> bool:
    """A "path:line: message" line about a self-check file (knowledge/selfchecks/*.yml)."""
    return Path(line.split(":", 1)[0]).parent.name == "selfchecks"


def _block(head: str, lines: list[str]) -> str:
    more = len(lines) - MAX_LINES
    return head + "\n" + "\n".join(lines[:MAX_LINES]) + (f"\n… +{more}" if more > 0 else "")


def notice_text(report: ReloadReport) -> str:
    """The notice: each kind of what happened with its own heading (article files held
    back; self-checks skipped, e.g. because an article they use was deleted), each with up
    to MAX_LINES "path:line: message" lines; self-checks first, so a long list of
    articles never hides them."""
    checks = [line for line in report.problems if _is_selfcheck(line)]
    files = [line for line in report.problems if not _is_selfcheck(line)]
    parts = []
    if checks:
        parts.append(_block(t("reload_selfcheck_skipped", NOTICE_LANG), checks))
    if files:
        parts.append(_block(t("reload_held_back", NOTICE_LANG), files))
    if report.published:
        parts.append(t("reload_now_published", NOTICE_LANG, files=", ".join(report.published)))
    if report.at_startup and parts:  # not the same text as the last reload's notice: said again
        parts.insert(0, t("reload_at_startup", NOTICE_LANG))
    return "\n\n".join(parts)


@dataclass(frozen=True)
class AdminNotices:
    """A reload-problem handler that records one admin notice in the app database."""

    app_db_url: str

    def __call__(self, report: ReloadReport) -> None:
        from bot.storage.notices import NoticeStore

        NoticeStore(self.app_db_url).add(notice_text(report), dedupe_seconds=NOTICE_DEDUPE_S)
