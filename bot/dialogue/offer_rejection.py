"""A "none of these" to an offer with more said after it: "geen van deze echt. hij klaagt
gewoon de hele dag", "none of those, it's about a colleague who never helps". The detail is
read together with the question the offer answered, and the articles offered are set aside.
Searched alone, "hij klaagt gewoon de hele dag" got an article on recovering after a hard
customer conversation, though the question was about a negative team member (tester round of
stop 49).

Pure Python (no Rasa), used by actions/advice.py."""

from __future__ import annotations

import re

__all__ = ["detail_after_rejection", "rejects_only"]

_REJECTION = re.compile(
    r"^\W*(?:"
    r"(?:nee|neen|nope|no)\W+(?:hoor\W+)?(?:geen\s+van\s+(?:deze|die|allen|allemaal|beide|de\s+drie)|"
    r"none\s+of\s+(?:these|those|them|the\s+three)|niet\s+echt|not\s+really)"
    r"|geen\s+van\s+(?:deze|die|allen|allemaal|beide|de\s+drie)|none\s+of\s+(?:these|those|them|the\s+three)"
    r"|niet\s+echt|not\s+really|neither|geen\s+(?:daarvan|ervan)|dat\s+(?:is|zijn)\s+(?:het|ze)\s+niet"
    r"|(?:that'?s|those\s+are|these\s+are)\s+not\s+it"
    # a correction of what was meant ("nee ik bedoel een klant die korting eist omdat de levering
    # te laat was", "that's not what I meant, the delivery was late"; tester round of stop 61:
    # the offered price article came again)
    r"|(?:nee|neen|nope|no|nah)\W+(?:(?:ik|'k|k)\s+)?(?:bedoel|bedoelde|bedoeld)(?:\s+(?:ik|eigenlijk))*"
    r"|(?:nee|neen|nope|no|nah)\W+i\s+(?:mean|meant|ment)(?:\s+actually)?"
    r"|(?:(?:nee|neen|no|nope)\W+)?(?:dat|da|dit)\s+(?:is\s+niet\s+wat\s+ik\s+bedoel(?:de)?|bedoel\s+ik\s+(?:niet|ni|nie))"
    r"|(?:(?:no|nope)\W+)?(?:that'?s|that\s+is|this\s+is|it'?s)\s+not\s+what\s+i\s+(?:mean|meant|ment)"
    r"|(?:(?:no|nope)\W+)?not\s+what\s+i\s+(?:mean|meant)"
    r")(?:\s+(?:echt|really|precies|exactly|helemaal|quite))?"
    r"(?:\W+(?:het\s+gaat\s+(?:over|om)|it'?s\s+(?:about|more\s+about)|maar|but|eerder|rather))?[\s,.:;!-]+",
    re.IGNORECASE,
)
MIN_DETAIL_WORDS = 3  # "geen van deze, sorry" says no more than no


def detail_after_rejection(text: str | None) -> str | None:
    """The words after a rejection of an offer ("geen van deze echt. hij klaagt gewoon de
    hele dag" -> "hij klaagt gewoon de hele dag"), or None when `text` does not start with one
    or adds fewer than MIN_DETAIL_WORDS words."""
    found = _REJECTION.match(text or "")
    if found is None:
        return None
    rest = text[found.end() :].strip()  # type: ignore[index]
    return rest if len(re.findall(r"\w+", rest)) >= MIN_DETAIL_WORDS else None


# words that only soften a rejection: "geen van deze, sorry", "niet echt hoor"
_ONLY_SOFTENING = re.compile(
    r"\b(?:sorry|sry|hoor|echt|really|aub|pls|please|dan|then|helaas|unfortunately)\b|\W"
)


def rejects_only(text: str | None) -> bool:
    """Whether `text` is a "none of these" and no more ("geen van deze", "nee geen van die",
    "none of those", "neither", "geen van deze, sorry"): then there is nothing new to search for,
    and searching the words again offered almost the same list (fresh tester of stop 69)."""
    said = " ".join((text or "").split())
    found = _REJECTION.match(said + " ")
    if found is None:
        return False
    rest = said[found.end() :]
    return not _ONLY_SOFTENING.sub("", rest)
