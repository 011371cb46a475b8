"""A message that says the answer did not fit the situation ("mijn situatie is anders, het
is geen rij maar één mevrouw thuis", "nee dat is het niet", "that's not my situation"): the
user answers "Is jouw situatie anders? Vertel me wat er anders is" and tells what differs.
The article just given is then not given again (actions/advice.py). Found by a tester in the
terminal chat (stop 40): the coach answered such a message with the same article's next
view. Pure Python (no Rasa)."""

from __future__ import annotations

import re

_DIFFERS = re.compile(
    r"\b(?:"
    # Dutch: my situation is different, that is not it, that is not what I mean
    r"(?:mijn|m'n|mn|onze|de|die|deze|het)\s+situatie\s+is\s+(?:echt\s+|wel\s+|heel\s+|totaal\s+|compleet\s+)?"
    r"(?:anders|niet\s+zo|ni\s+zo|nie\s+zo)"
    r"|(?:bij\s+mij|hier|het)\s+is\s+(?:het\s+)?(?:echt\s+|wel\s+|heel\s+)?anders"
    r"|(?:dat|da|dit)\s+is\s+(?:het\s+)?(?:niet|ni|nie)\s+(?:echt\s+)?(?:wat\s+ik\s+bedoel|mijn\s+situatie|het\s+probleem)"
    r"|(?:dat|da|dit)\s+(?:past|klopt)\s+(?:niet|ni|nie)\s+(?:bij|op)\s+mijn\s+situatie"
    r"|(?:dat|da|dit)\s+bedoel\s+ik\s+(?:niet|ni|nie)"
    r"|(?:nee|neen|nope)[\s,.!]+(?:dat|da|dit)\s+is\s+(?:het\s+)?(?:niet|ni|nie)\b"
    # a no that corrects what was meant: "nee ik bedoel mijn collega wordt boos" (tester round
    # of stop 50: "Dat gaat nog steeds over 'Omgaan met een boze klant'"), "no, I meant ..."
    r"|(?:nee|neen|nope|no|nah)[\s,.!]+(?:ik\s+)?(?:bedoel|bedoelde)(?:\s+ik)?\b"
    r"|(?:nee|neen|nope|no|nah)[\s,.!]+i\s+(?:mean|meant)\b"
    r"|(?:ik\s+bedoel|ik\s+bedoelde|i\s+meant|i\s+mean)\s+eigenlijk\b|i\s+actually\s+mean"
    # English: my situation is different, that's not it, not what I meant
    r"|(?:my|our|the)\s+situation\s+is\s+(?:really\s+|quite\s+|totally\s+)?different"
    r"|(?:it'?s|it\s+is)\s+(?:really\s+|quite\s+)?different(?:\s+here|\s+for\s+me)?"
    r"|(?:that'?s|that\s+is|this\s+is)\s+not\s+(?:really\s+)?(?:it|my\s+situation|what\s+i\s+(?:mean|meant)|the\s+problem)"
    r"|(?:that|this)\s+(?:doesn'?t|does\s+not)\s+fit\s+my\s+situation"
    r"|not\s+what\s+i\s+(?:mean|meant)"
    r")\b",
    re.IGNORECASE,
)


def says_situation_differs(text: str | None) -> bool:
    """True when the message says the situation differs from the answer just given."""
    return bool(_DIFFERS.search(" ".join((text or "").split())))
