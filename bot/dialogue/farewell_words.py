"""Does a message say goodbye? "thanks, bye!" and "bedankt, fijne dag" are read as thanks
by NLU (one intent per message), and got "Graag gedaan! Kan ik je nog ergens anders mee
helpen?", a question to someone who is leaving. Their words say it: a farewell anywhere,
or a word that is only a farewell at the end of the message ("dag", "later", "cheers").

Pure Python (no Rasa), used by actions/small_talk.py."""

from __future__ import annotations

import re

_FAREWELLS = (
    r"doei|doeg|dooi|tot ziens|tot later|tot straks|tot morgen|tot de volgende keer|tot volgende keer|"
    r"houdoe|salut|salukes|saluut|ajuu|ajuus|adieu|tot kijk|tot binnenkort|groetjes|adios|ciao|tschüss|"
    r"fijne (dag|avond|dienst|middag|ochtend|nacht|weekend|werkdag)|prettige (dag|avond|dienst)|"
    r"goeie(navond| avond)|welterusten|"
    r"bye|bye-bye|byebye|good ?bye|see you|see ya|cya|take care|good ?night|"
    r"have a (nice|good|great) (day|one|evening|shift|night|weekend)"
)
_FAREWELL = re.compile(rf"\b({_FAREWELLS})\b|\b(dag|daag|later|cheers)\W*$", re.IGNORECASE)
# A farewell that ends the message, at its start, after a clause break or after a courtesy
# word: "oei klant aan de balie, moet gaan. doei!", "ok ik moet terug aan de slag, tot morgen",
# "sorry moet gaan, dag!"; not "klant zei alleen nog doei".
_LEAVING_AT_END = re.compile(
    rf"(?:^|[,.!;:–-]|\b(?:ok|oke|oké|okay|nou|dus|so|well|thanks|thx|bedankt|merci))\s*"
    rf"(?:{_FAREWELLS}|dag|daag|later|cheers)\W*$",
    re.IGNORECASE,
)


def says_farewell(text: str | None) -> bool:
    """True when `text` takes leave: "thanks, bye!", "top bedankt, fijne dienst",
    "merci, dag"; not "dank je, dat scheelt me de hele dag werk"."""
    return _FAREWELL.search(" ".join((text or "").split())) is not None


def takes_leave(text: str | None) -> bool:
    """True when `text` ends by taking leave and asks nothing: "oei klant aan de balie, moet
    gaan. doei!", "sorry moet gaan, dag!". NLU read such messages as questions, and they got
    a "Gaat het hierover?" with topics (tester round of stop 43). Not "hoe begin ik mijn
    dag" (a question) or "klant zei alleen nog doei" (a story)."""
    from bot.content.question_words import asks

    said = " ".join((text or "").split())
    return bool(said) and not asks(said) and _LEAVING_AT_END.search(said) is not None
