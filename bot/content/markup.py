"""Knowledge files are plain text (markdown articles, YAML self-checks); the chats show them
as text. Raw HTML (tags, comments, <script>, javascript: links) and invisible control or
direction-override characters are refused by `knowledge check` with their file:line, so a
knowledge edit can never carry markup into a Telegram message, a chart or a terminal.
(Telegram output is HTML-escaped anyway, bot/channels/telegram/render.py; charts never
parse mathtext, bot/selfchecks/chart.py: this is the second wall.)"""

from __future__ import annotations

import re

HTML = re.compile(
    r"<\s*/?\s*[A-Za-z][\w:-]*(?:\s[^<>]*)?/?\s*>|<!--|<!\[CDATA\[|<!doctype|javascript\s*:|data\s*:\s*text/html",
    re.IGNORECASE,
)
# C0/C1 control characters other than tab and newlines, and bidirectional overrides
# ("Trojan Source") that make text read differently from what it is
INVISIBLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def hostile_markup(text: str) -> list[tuple[int, str]]:
    """(line, message) for each line with HTML or invisible control characters; [] when
    the text is plain. Lines count from 1, as an editor shows them."""
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        if match := HTML.search(line):
            found.append((number, f"HTML is not allowed here ({match.group(0)[:40]!r}); write plain text"))
        elif match := INVISIBLE.search(line):
            found.append((number, f"invisible control character U+{ord(match.group(0)):04X}; remove it"))
    return found
