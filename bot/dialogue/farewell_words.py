"""Does a message say goodbye? "thanks, bye!" and "bedankt, fijne dag" are read as thanks
by NLU (one intent per message), and got "Graag gedaan! Kan ik je nog ergens anders mee
helpen?", a question to someone who is leaving. Their words say it: a farewell anywhere,
or a word that is only a farewell at the end of the message ("dag", "later", "cheers").

Pure Python (no Rasa), used by actions/small_talk.py."""

from __future__ import annotations

import re

_FAREWELL = re.compile(
    r"\b(doei|doeg|dooi|tot ziens|tot later|tot straks|tot morgen|tot de volgende keer|tot volgende keer|"
    r"houdoe|salut|salukes|saluut|ajuu|ajuus|adieu|tot kijk|tot binnenkort|groetjes|adios|ciao|tschüss|"
    r"fijne (dag|avond|dienst|middag|ochtend|nacht|weekend|werkdag)|prettige (dag|avond|dienst)|"
    r"goeie(navond| avond)|welterusten|"
    r"bye|bye-bye|byebye|good ?bye|see you|see ya|cya|take care|good ?night|"
    r"have a (nice|good|great) (day|one|evening|shift|night|weekend))\b"
    r"|\b(dag|daag|later|cheers)\W*$",
    re.IGNORECASE,
)


def says_farewell(text: str | None) -> bool:
    """True when `text` takes leave: "thanks, bye!", "top bedankt, fijne dienst",
    "merci, dag"; not "dank je, dat scheelt me de hele dag werk"."""
    return _FAREWELL.search(" ".join((text or "").split())) is not None
