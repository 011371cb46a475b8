"""Short messages about the asker's own coming and going, while a self-check is open: "oke ben
er weer, waar was ik" (back: go on with the check) and "pauze even" (a pause). With a self-check
paused, "oke ben er weer, waar was ik" was read as off-topic and refused; with one open, "pauze
even" was refused and the statement came again (tester round of stop 65). "stop", "ff pauze",
"even pauzeren, er staat een klant" and "ga verder" were already read (bot/selfchecks/stopping.py,
bot/dialogue/closing_stop.py).

The whole message must be about that, in a few words: "ik ben er weer, de klant is weg" tells
more (a clause about someone served is never a return), and "mijn pauze is te kort" is a work
matter, not a pause. Pure Python (no Rasa)."""

from __future__ import annotations

import re

from bot.content.referrals import SERVED

__all__ = ["asks_for_a_pause", "says_back"]

_OPENER = (
    r"(?:(?:oke|oké|ok|okay|okee|oki|zo|zoo|zooo|hoi|hey|hee|hé|hallo|hi|hello|sorry|zo\s+dan|so|right|alright"
    r"|all\s+right|ja|yes|yep|jep|nou|well|pff|pfff|phew|poeh|haha|lol)[\s,!.]+)*"
)
# "ben er weer", "ik ben terug", "daar ben ik weer", "weer terug", "back", "i'm back", "back again"
_BACK = (
    r"(?:(?:ik\s+)?ben\s+(?:er\s+)?(?:weer|terug|weer\s+terug)(?:\s+(?:hoor|hier|er))?"
    r"|(?:daar|hier)\s+ben\s+ik\s+(?:weer|terug)|(?:weer\s+)?terug|k\s*ben\s+(?:er\s+)?(?:weer|terug)"
    r"|(?:i'?m|im|i\s+am)\s+back|back(?:\s+again)?|(?:ok\s+)?i'?m\s+here\s+again"
    r"|(?:ik\s+)?(?:heb|kan)\s+(?:weer|nu)\s+(?:tijd|verder)|(?:klant|gast|de\s+klant|de\s+gast)\s+is\s+weg"
    r"|(?:customer|guest)(?:'s|\s+is)\s+gone|(?:had|have)\s+time\s+again)"
)
# "waar was ik", "waar waren we", "where was I", "where were we"
_WHERE = (
    r"(?:waar\s+(?:was|waren|bleef|zat)\s+(?:ik|we|wij)(?:\s+gebleven)?"
    r"|where\s+(?:was\s+i|were\s+we)(?:\s+again)?)"
)
_SAYS_BACK = re.compile(
    rf"^{_OPENER}(?:{_BACK}(?:[\s,!.]+{_WHERE})?|{_WHERE})[\s?!.]*$",
    re.IGNORECASE,
)
# a pause, said with a word of time: "pauze even", "pauze", "ff pauze hoor", "even pauzeren", "pause pls",
# "brb", "ben zo terug", "moet ff weg", "one moment please"
_PAUSE = re.compile(
    r"^(?:(?:sorry|sry|oeps|oops|wacht|wait|ok|oke|oké)[\s,!.]+)*(?:"
    r"(?:(?:ik\s+|we\s+)?(?:neem\s+)?(?:even|ff|eventjes|effe|een|een\s+korte)\s+)?"
    r"(?:pauze|pauzeren|pauzeer|pause|break)(?:\s+(?:even|ff|eventjes|effe|nu|hoor|aub|pls|please|graag|now"
    r"|a\s+sec|for\s+a\s+bit|for\s+a\s+moment))*"
    r"|brb|be\s+right\s+back|back\s+in\s+a\s+(?:sec|second|minute|min|bit|moment)"
    r"|(?:ik\s+)?ben\s+(?:zo|zometeen|straks|zo\s+weer|even|ff)\s+(?:terug|weg)"
    r"|(?:ik\s+)?moet\s+(?:even|ff|eventjes|effe)\s+weg"
    r"|(?:one|a|1)\s+(?:moment|sec|second|minute|min)(?:\s+(?:please|pls))?"
    r"|(?:een\s+)?(?:momentje|ogenblikje)(?:\s+(?:aub|graag))?"
    r")[\s!.]*$",
    re.IGNORECASE,
)


def says_back(text: str | None) -> bool:
    """True when the whole message says the asker is back or asks where they were: "oke ben er
    weer, waar was ik", "ik ben terug", "waar waren we gebleven", "i'm back, where was I"."""
    said = " ".join((text or "").split())
    return bool(said) and _SAYS_BACK.match(said) is not None


def asks_for_a_pause(text: str | None) -> bool:
    """True when the whole message is a short pause: "pauze even", "pauze", "brb", "ben zo
    terug", "moet ff weg", "one moment please"; not one about someone served ("klant even pauze":
    bot/dialogue/closing_stop.py reads a pause after a reason) nor "mijn pauze is te kort"."""
    said = " ".join((text or "").split())
    return bool(said) and SERVED.search(said.lower()) is None and _PAUSE.match(said) is not None
