"""Does a longer message END with a short request to stop or pause? "wacht even, ik moet een
klant helpen. stop" with a self-check statement on screen was searched as a question and got an
offer of three articles and "Verder met vraag 4?" (tester round of stop 64), while "stop" or "ff
pauze" alone, and a stop that opens the message ("ff stoppen, klant aan de balie":
bot/selfchecks/stopping.py `opens_with_stop`), paused the check.

The last clause (after a comma, a full stop, a dash...) must be a short stop request
(CLOSING_STOP_MAX_WORDS words) about nothing else: "..., stop", "... even pauze", "..., brb,
pause", "... dus ik stop even". Not a question anywhere in the message ("hoe stop ik een klant die
blijft praten?"), nor a last clause about someone served ("..., de klant wil niet stoppen"), nor a
negated stop ("..., niet stoppen"). Pure Python."""

from __future__ import annotations

import re

from bot.content.question_words import clauses, opens_with_question_word
from bot.content.referrals import SERVED
from bot.selfchecks.stopping import asks_to_stop

__all__ = ["CLOSING_STOP_MAX_WORDS", "REASON_MIN_WORDS", "closes_with_stop"]

CLOSING_STOP_MAX_WORDS = 4
# the words before it tell a reason ("wacht even, ik moet een klant helpen"); "ja, genoeg" is an answer
REASON_MIN_WORDS = 3
# no break at a colon: "ik zeg dan: stop" quotes the word
_CLAUSE = re.compile(r"[,.;!\-–—]+|\s+(?:dus|so|en|and|maar|but)\s+", re.IGNORECASE)
# a lone "pauze" (Dutch; the stop words know "ff pauze", "even pauze") also asks to pause at the end
_PAUSE = re.compile(
    r"^(?:(?:ik|we)\s+)?(?:neem\s+)?(?:even\s+|ff\s+|eventjes\s+|een\s+)?pauze(?:\s+(?:aub|pls|graag))?$",
    re.IGNORECASE,
)


def closes_with_stop(text: str | None) -> bool:
    """True when the message has more than one clause and its last one is a short stop or pause
    request about nothing else: "wacht even, ik moet een klant helpen. stop", "klant aan de balie,
    even pauze", "sorry customer waiting, pause"."""
    text = " ".join((text or "").split())
    if not text or "?" in text or any(opens_with_question_word(c) for c in clauses(text)):
        return False
    parts = [p.strip() for p in _CLAUSE.split(text) if p and p.strip()]
    if len(parts) < 2:
        return False  # a message of one clause: bot/selfchecks/stopping.py reads it
    last = parts[-1]
    if sum(len(p.split()) for p in parts[:-1]) < REASON_MIN_WORDS:
        return False
    return (
        0 < len(last.split()) <= CLOSING_STOP_MAX_WORDS
        and SERVED.search(last.lower()) is None
        and (asks_to_stop(last) or _PAUSE.search(last) is not None)
    )
