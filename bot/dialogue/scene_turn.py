"""Words that end a danger scene's follow-ups and start a question or scene of its own, right after a danger
line (actions/after_danger.py). Fresh tester D4 of stop 69: after the unwell line, "ok de verpleging is
erbij. nog iets anders: mensen zitten al een uur te wachten ..." got the unwell advice again; after the fire
line, "iemand belde net op en zei dat hij terugkomt met vrienden" and "ok dank. hoe leg ik uit dat de borg
pas na 10 werkdagen vrijkomt" got "Ga niet terug naar binnen ..." (and so on until /start).

Three kinds, in Dutch, Flemish, chat spelling and English:

- a turn to something else (`turn_at`): "nog iets anders:", "andere vraag", "los daarvan", "btw",
  "trouwens", "another thing", "by the way". The strong ones always start a new question; the loose ones
  ("btw", "trouwens") only when what follows asks of more than the scene;
- thanks or an ok, then a question of its own (`thanks_then_a_question`): "ok dank. hoe leg ik uit ...",
  "top, bedankt! wat zeg ik tegen ...", "thanks. how do I ...";
- someone new on the phone (`someone_new_calls`): "iemand belde net op en zei ...", "er belde een man die
  ...", "een oudere mevrouw staat te bellen met iemand die ...", "someone called and said ...": a call is
  a scene of its own, not the one in front of the asker.
"""

from __future__ import annotations

import re

# Strong: only ever said to turn to another matter ("nog iets anders: ...", "andere vraag", "los daarvan").
_STRONG = re.compile(
    r"\b(?:(?:nog|even|ook|eh|en) (?:iets|wat|ietske) anders|(?:iets|wat) anders\s*[:;,.!-]|"
    r"(?:een |nog een |nen |ne )?(?:andere|nieuwe) vraag|nog (?:een|ene|ne) vraag(?:je)?|"
    r"(?:een )?ander (?:onderwerp|punt|ding)|los daarvan|los van dat|daarnaast nog|"
    r"verder nog (?:iets|wat|een vraag)|vraag(?:je)?\s*:|"
    r"(?:one more|another|other|different|new|unrelated|separate) (?:thing|question|topic|matter)|"
    r"something else\s*[:;,.!-]|on another note|apart from that|aside from that|unrelated\s*[:;,.!-]|"
    r"changing (?:the )?(?:subject|topic)|question\s*:)",
    re.IGNORECASE,
)
# Loose: chat fillers that often turn to another matter, but may also add to the scene ("btw hij ademt").
_LOOSE = re.compile(r"\b(?:btw|trouwens|overigens|by the way|anyway|anyways|fyi)\b", re.IGNORECASE)


def turn_at(text: str) -> tuple[int, bool] | None:
    """Where `text` turns to something else: the start of its first turn word and whether that word is a
    strong one (`_STRONG`, "nog iets anders:") rather than a loose one (`_LOOSE`, "btw"); None without one."""
    found = [(m.start(), True) for m in [_STRONG.search(text)] if m]
    found += [(m.start(), False) for m in [_LOOSE.search(text)] if m]
    return min(found) if found else None


# Thanks or an ok, as the whole first part: "ok dank.", "top, bedankt!", "merci hé,", "thanks."
_THANKS = re.compile(
    r"^\W*(?:(?:ok(?:é|e|ay|ido)?|oke|oké|oki|kk|ah|oh|ja|yes|allee|alé)\W+)*"
    r"(?:(?:heel |super |hartelijk |many |thanks? )?(?:dank(?:je|jewel|u|uwel|ie)?|bedankt|merci|"
    r"thanks|thank you|thx|tnx|ty|cheers|top|super|fijn|prima|mooi|helder|duidelijk|perfect|cool|great|"
    r"nice|gelukt|geregeld|done|sorted)(?:\s+(?:je|jullie|u|hoor|hé|he|zo|wel|for that|a lot))*[\s.!,;:-]+)+"
    r"(?:(?:en|and|maar|but|nu|now|dan|so|dus)\s+)?",
    re.IGNORECASE,
)
# A question of its own opening the rest: a question word or a verb that asks
_ASKS = re.compile(
    r"(?:hoe|wat|wat's|waar|wanneer|wie|welke|welk|hoeveel|waarom|kun|kan|kunt|mag|moet|zal|"
    r"how|what|what's|whats|where|when|who|which|why|can|could|should|may|do|does|is|are)\b",
    re.IGNORECASE,
)


def thanks_then_a_question(text: str) -> str | None:
    """The question after the thanks or ok that opens `text` ("ok dank. hoe leg ik uit dat de borg pas
    na 10 werkdagen vrijkomt": "hoe leg ik uit ..."), None when `text` does not open that way."""
    found = _THANKS.match(text)
    if found is None:
        return None
    rest = text[found.end() :]
    return rest if _ASKS.match(rest) else None


# Someone new, not yet of the scene: "iemand", "er ... een man", "een oudere mevrouw", "klant", "someone"
_SOMEONE_NEW = (
    r"(?:iemand|er\s+(?:\w+\s+){0,2}?(?:een|ne|nen|iemand)|een\s+(?:\w+\s+)?(?:klant|man|vrouw|meneer|"
    r"mevrouw|madam|dame|heer|beller|jongen|meisje|gast|kerel|vent|oudere)|(?:een\s+)?klant|ne\s+(?:\w+\s+)?"
    r"(?:madam|meneer|mens|vent)|nen\s+(?:\w+\s+)?(?:meneer|vent|klant)|someone|somebody|a\s+(?:\w+\s+)?"
    r"(?:customer|man|woman|guy|lady|caller|gentleman)|there\s+was\s+a)"
)
# ... who calls, or is on the phone: "belde (net) (op)", "staat te bellen met", "aan de lijn", "called"
_CALLS = re.compile(
    rf"\b{_SOMEONE_NEW}\b\s+(?:\w+\s+){{0,5}}?(?:belde|belt|heeft\s+(?:\w+\s+)?gebeld|"
    r"aan de (?:lijn|telefoon)|te bellen|aan het bellen|called|calls|phoned|rang|on the phone)\b"
    r"|\b(?:er\s+)?belde\s+(?:net\s+|zonet\s+|daarnet\s+|vanmorgen\s+)?(?:een|ne|nen|iemand)\b",
    re.IGNORECASE,
)


# A call for help, news of the scene itself: "er is iemand aan het bellen met 112", "someone called an
# ambulance"
_CALLS_FOR_HELP = re.compile(
    r"\b(?:bel\w*|called|calling|calls|phoned|phoning|rang|ringing)\s+(?:\w+\s+)?(?:met\s+|naar\s+|voor\s+)?"
    r"(?:de\s+|het\s+|the\s+|an?\s+)?(?:112|113|911|999|ambulance|ziekenwagen|politie|police|cops|brandweer|"
    r"fire brigade|hulpdiensten|emergency services|alarmnummer|ehbo|bhv|beveiliging|security|huisarts|dokter|"
    r"doctor|arts)\b",
    re.IGNORECASE,
)


def someone_new_calls(text: str) -> bool:
    """Whether `text` tells of someone new who calls or is on the phone ("iemand belde net op en zei dat
    hij terugkomt met vrienden", "een oudere mevrouw staat te bellen met iemand die zegt van de politie te
    zijn", "someone called and said ..."): a scene of its own. "hij belt opnieuw" (the person of the scene),
    "er is iemand aan het bellen met 112" (`_CALLS_FOR_HELP`) and "moet ik 112 bellen?" are not."""
    return _CALLS.search(text) is not None and _CALLS_FOR_HELP.search(text) is None
