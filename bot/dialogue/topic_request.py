"""A message that asks whether the coach has something on a topic it names: "is er niet iets
over KPI's?", "heb je iets over klachten", "do you have anything on complaints?". Such a
message asks for knowledge by name, so a confident answer from the knowledge base wins over an
NLU reading of off-topic (tester round of stop 54: "is er niet iets over KPI's?" was told
"Daar kan ik je niet mee helpen" while the KPI article ranked first at 0.99).

A knowledge question about the parts of a model by a short word ("welke niveaus heeft de
piramide?", "hoeveel stappen heeft het model", "which layers are there") is such a request too
(`asks_about_parts`, bot/engine/parts_question.py; tester round of stop 60: NLU read them as
off-topic at 0.999, or as goodbye).

Pure Python, used by actions/advice.py."""

from __future__ import annotations

import re

from bot.engine.parts_question import asks_about_parts, parts_without_a_model

__all__ = ["asks_about_parts", "asks_for_a_topic", "named_topic", "parts_without_a_model"]

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
