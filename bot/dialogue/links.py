"""Messages that are, or point at, a web address the coach cannot open: a bare link, or a link
with only words that point at it. Built on the engine's one web-address pattern (`has_link`,
`without_links` in bot/engine/question.py), which also strips links before a search."""

from __future__ import annotations

import re

from bot.engine import has_link, without_links

__all__ = ["has_link", "is_link_only", "points_at_link"]


def is_link_only(text: str | None) -> bool:
    """Whether `text` is web addresses and nothing else ("https://maps.google.com/...",
    "www.example.nl", "<https://x.nl>"): the coach cannot open it (tester round of stop 36: a
    link got "no good answer" and topics)."""
    return has_link(text) and not without_links(text or "")


_POINTER = re.compile(
    r"(?:(?:hoi|hey|hi|kijk|lees|bekijk|check|zie|look|read|see|watch)(?:\s+(?:eens|es|even|ff|dit|this|hier|"
    r"here|out|at|this|effe|mee|maar))*|wat\s+(?:vind|denk)\s+(?:je|jij|u)\s*(?:hiervan|ervan|daarvan|van\s+dit|"
    r"van|hier\s+van|er\s+van|dit)?|what\s+do\s+you\s+think(?:\s+(?:of|about)\s+(?:this|it))?|thoughts|mening|"
    r"dit|this|hier|here|zie\s+link|see\s+link|link)",
    re.IGNORECASE,
)


def points_at_link(text: str | None) -> bool:
    """Whether `text` is a link with only words that point at it ("kijk eens <link>", "wat
    vind jij hiervan <link>", "thoughts? <link>"): the coach cannot open it, and there is
    nothing else to answer (tester round of stop 41: such messages were offered unrelated
    topics or told that the coach cannot help)."""
    said = text or ""
    if not has_link(said):
        return False
    rest = " ".join(re.sub(r"[?!.,:;()\-]+", " ", without_links(said)).split())
    return not rest or _POINTER.fullmatch(rest) is not None
