"""A message that asks whether the coach has something on a topic it names: "is er niet iets
over KPI's?", "heb je iets over klachten", "do you have anything on complaints?". Such a
message asks for knowledge by name, so a confident answer from the knowledge base wins over an
NLU reading of off-topic (tester round of stop 54: "is er niet iets over KPI's?" was told
"Daar kan ik je niet mee helpen" while the KPI article ranked first at 0.99).

A knowledge question about the parts of a model by a short word ("welke niveaus heeft de
piramide?", "hoeveel stappen heeft het model", "which layers are there") is such a request too
(`asks_about_parts`; tester round of stop 60: NLU read them as off-topic at 0.999, or as goodbye).

Pure Python, used by actions/advice.py."""

from __future__ import annotations

import re

__all__ = ["asks_about_parts", "asks_for_a_topic", "named_topic"]

_ASKS = re.compile(
    r"(?<!\w)(?:"
    # Dutch and Flemish: "is er (niet) (ook) iets over", "heb je wat over", "hebde gij iets rond"
    r"(?:is|zijn|staat|staan)\s+(?:er\s+)?(?:hier\s+)?(?:niet\s+|ook\s+|nog\s+|geen\s+){0,2}"
    r"(?:iets|wat|info|informatie|een\s+artikel|artikels?|artikelen|tips?)"
    r"|(?:(?:heb|hebt|hebben|weet|ken|kent)\s+(?:je|jij|jullie|u|ge|gij)|hebde|hedde|hebde\s+gij|hedde\s+gij)\s+"
    r"(?:niet\s+|ook\s+|nog\s+){0,2}(?:iets|wat|info|informatie|een\s+artikel|artikels?|artikelen|tips?)"
    # English: "do you have anything on", "is there something about", "got anything about"
    r"|(?:do|does|have)\s+(?:you|u|ya)\s+(?:have\s+|got\s+)?(?:any|anything|something|info|tips|an\s+article)"
    r"|(?:is|are)\s+there\s+(?:not\s+)?(?:any|anything|something|info|tips|an\s+article|articles)"
    r"|(?:got|any)\s+(?:anything|something|info|tips)"
    r")\s+(?:\w+\s+)?(?:over|rond|omtrent|about|on|regarding)\s+(?P<topic>\S.*)",
    re.IGNORECASE,
)


def asks_for_a_topic(text: str) -> bool:
    """Whether `text` asks if the coach has something on a topic it names (see the module's
    docstring); "is er iets mis met de kassa" or "do you have any idea" do not."""
    return _ASKS.search(" ".join(str(text or "").split())) is not None


def named_topic(text: str) -> str | None:
    """The topic a request for a topic by name names, as written ("KPI's?" for "is er niet iets
    over KPI's?"), for the search to read without the frame around it ("do you have anything
    on" drew other articles level with the KPI one); None when `text` is no such request."""
    found = _ASKS.search(" ".join(str(text or "").split()))
    return found.group("topic").strip() if found else None


# The parts a model of the coach is made of, by the short words staff use for them (Dutch,
# Flemish, chat spelling, English): "niveaus", "nivo's", "lagen", "treden", "principes".
_PARTS = (
    r"niveaus|niveau's|niveaus's|nivo's|nivos|niveaux|lagen|treden|trappen|stappen|stapjes|fasen|fases|"
    r"principes|principe's|pijlers|onderdelen|elementen|bouwstenen|dimensies|componenten|shifts|"
    r"verschuivingen|levels|layers|tiers|steps|stages|phases|principles|pillars|parts|elements|"
    r"building\s+blocks|dimensions|components"
)
# A question word that asks which parts, or how many, then the parts within four words:
# "welke niveaus", "wat zijn de lagen", "hoeveel treden heeft", "which layers", "how many levels".
_ASKS_PARTS = re.compile(
    r"(?<!\w)(?:welke|welk|wlke|wleke|wele|wat\s+zijn|wa\s+zijn|wat\s+zin|wt\s+zijn|hoeveel|hoe\s+veel|"
    r"hoevl|noem|which|what\s+are|whats|what's|wat\s+r|what\s+r|how\s+many|hw\s+many|name|list)"
    rf"\s+(?:\S+\s+){{0,4}}?(?:{_PARTS})(?!\w)",
    re.IGNORECASE,
)
# The asker's own matter ("welke stappen moet ik zetten voor mijn verlof", "welke shifts heb
# ik"): no question about a model's parts.
_OWN = re.compile(r"(?<!\w)(?:ik|mijn|mn|m'n|me|mij|i|my|i'm|im)(?!\w)", re.IGNORECASE)
PARTS_MAX_WORDS = 12  # a knowledge question about parts is short; a longer message tells a scene


def asks_about_parts(text: str) -> bool:
    """Whether `text` is a short knowledge question about which parts (levels, layers, steps,
    principles, shifts...) a model has, or how many: "welke niveaus heeft de piramide?",
    "hoeveel stappen heeft het model", "which layers are there". Not the asker's own matter
    ("welke shifts heb ik volgende week") nor a long message. actions/advice.py lets a
    confident answer from the knowledge base win over an NLU reading of off-topic or small
    talk for it, as for `asks_for_a_topic`."""
    said = " ".join(str(text or "").split())
    if not said or len(said.split()) > PARTS_MAX_WORDS or _OWN.search(said):
        return False
    return _ASKS_PARTS.search(said) is not None
