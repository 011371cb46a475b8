"""Does a message ask the coach to delete the user's own data, or what it keeps about them?
"wis mijn resultaten" showed the results, "verwijder mijn gegevens" and "delete my data" got
"I don't have a good answer to that", and "wat bewaar je over mij?" the help text (tester
round of stop 48). The coach answers such a message with how /vergeet (/forget) works, or
with what it keeps (/privacy); it never deletes on a typed sentence, as /vergeet asks first.

A message about someone served is a service question: "klant wil dat we zijn gegevens
verwijderen" names no data of the asker's own ("mijn", "my", "me").

Pure Python (no Rasa), used by actions/base.py and actions/advice.py."""

from __future__ import annotations

import re
from typing import Literal

from bot.content.served import SERVED_WORDS

__all__ = ["asks_about_own_data"]

_MAX_WORDS = 12
_DELETE = (
    r"verwijder|verwijderen|verwijdert|wis|wissen|wist|vergeet|vergeten|schrap|schrappen|"
    r"delete|deleted|remove|erase|wipe|forget|clear"
)
_MINE = r"mijn|m'n|mn|me|mij|mijne|my|all my|al mijn|alles over mij|everything about me|alles van mij"
_DATA = (
    r"gegevens|data|resultaten|resultaat|antwoorden|gesprek|gesprekken|geschiedenis|chat|chats|"
    r"profiel|info|informatie|zelftest|zelftesten|scores|berichten|"
    r"results|result|answers|conversation|conversations|history|profile|messages|self-?checks?|details"
)
_FORGET = re.compile(
    rf"\b({_DELETE})\b.{{0,20}}\b({_MINE})\b(\s+\w+)?\s+\b({_DATA})\b|"
    rf"\b({_MINE})\b(\s+\w+)?\s+\b({_DATA})\b.{{0,20}}\b({_DELETE})\b|"
    rf"\b(vergeet|forget)\s+(me|mij|about me)\b|"
    rf"\b(recht om vergeten te worden|right to be forgotten)\b",
    re.IGNORECASE,
)
_PRIVACY = re.compile(
    r"\bwat (bewaar|weet|onthoud|houd|hou|sla) (je|jij|u)\b.{0,20}\b(over|van) (mij|me)\b|"
    r"\bwelke (gegevens|data|info|informatie) (bewaar|heb|hou|houd|gebruik) (je|jij|u)\b|"
    r"\bwat (gebeurt|doe je|doe jij) (er )?met (mijn|m'n|mn) (gegevens|data|antwoorden|berichten)\b|"
    r"\bwhat (do|did) you (store|keep|save|know|remember|hold) (about|on|of) me\b|"
    r"\bwhat (data|information|info) do you (store|keep|save|have|collect)\b|"
    r"\bwhat happens (to|with) my (data|answers|messages)\b|"
    r"\bhoe lang (bewaar|hou|houd|onthoud) (je|jij|u) (mijn|m'n|mn|dit|deze|de gegevens|gegevens|het gesprek|"
    r"alles|wat ik)\b|\bhow long do you (keep|store|save|remember) (my|this|these|the data|data|what i)\b|"
    r"\b(kan|ziet|leest|krijgt) (mijn|m'n|mn) (baas|leidinggevende|manager|chef|teamleider) "
    r"(dit|mee|wat ik|mijn vragen|mijn berichten|mijn antwoorden)|"
    r"\bcan my (boss|manager|supervisor|team leader) (see|read)\b|"
    r"\bis (dit|deze chat|dit gesprek) (privé|prive|anoniem|vertrouwelijk)\b|"
    r"\bis (this|this chat|this conversation) (private|anonymous|confidential)\b|"
    r"\b(privacybeleid|privacy policy)\b",
    re.IGNORECASE,
)
_SERVED = re.compile(rf"\b({SERVED_WORDS})\b", re.IGNORECASE)


def asks_about_own_data(text: str | None) -> Literal["forget", "privacy"] | None:
    """"forget" when `text` asks to delete the user's own data ("wis mijn resultaten",
    "delete my data", "vergeet me"), "privacy" when it asks what the coach keeps about them
    ("wat bewaar je over mij?"), else None (also for anything about someone served, or
    longer than a request)."""
    if not text or len(text.split()) > _MAX_WORDS or text.lstrip().startswith("/") or _SERVED.search(text):
        return None
    if _FORGET.search(text):
        return "forget"
    if _PRIVACY.search(text):
        return "privacy"
    return None
