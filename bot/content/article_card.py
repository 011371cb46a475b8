"""Plain-text pieces of an article that every front end shows the same way: the coach's
answers (actions/) and the weekly tips (bot/tips/) share them."""

from __future__ import annotations

import re

from bot.content.articles import Article

MAX_BULLETS = 5  # docs/admin-guide: 3-5 bullets, all shown
MAX_RELATED = 4  # docs/admin-guide: 2-4 related ids, all shown as buttons
_BULLET = re.compile(r"^([-*+]|\d+[.)])\s+")


def plain(text: str) -> str:
    """Markdown emphasis out, so every front end shows clean text."""
    return re.sub(r"(\*\*|__|\*|`)", "", text).strip()


def bullets(art: Article, kind: str = "practice", limit: int = MAX_BULLETS) -> list[str]:
    """The first bullets of a section, wrapped lines joined."""
    section = art.section(kind)
    if section is None:
        return []
    items: list[str] = []
    for line in section.text.splitlines():
        stripped = line.strip()
        if _BULLET.match(stripped):
            items.append(_BULLET.sub("", stripped))
        elif stripped and items:  # a wrapped bullet line
            items[-1] += " " + stripped
    return [plain(i) for i in items[:limit]]
