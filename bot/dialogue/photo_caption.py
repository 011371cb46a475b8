"""A caption under a photo that only points at the photo ("kijk deze kras", "wat vind je
hiervan?", "zie foto", "look at this dent", "check this out"): the coach cannot see the photo,
so there is nothing in the words to answer. Such a caption gets a line that photos are not read
and an invitation to say in words what happened; a caption that tells or asks something ("klant
stuurde dit, wat zeg ik?", "de klant zegt dat deze kras door ons komt") is answered as a
message (bot/channels/telegram/handlers.py `not_text`). Fresh tester of stop 67: "kijk deze
kras" got "je tekst erbij lees ik wel" and then the help list. Pure Python (no Rasa)."""

from __future__ import annotations

import re

_LOOK = (
    r"(?:kijk|bekijk|check|zie|kijk\s+naar|look|look\s+at|see|check\s+out|here'?s|hier\s+is|dit\s+is|this\s+is"
    r"|wat\s+(?:vind|denk|zeg)\s+(?:je|jij|u|ge|gij)(?:\s+(?:er)?(?:van|hiervan|daarvan|ervan))?"
    r"|what\s+do\s+(?:you|u)\s+think(?:\s+(?:of|about))?|thoughts(?:\s+on)?|wdyt|mening)"
)
_FILL = (
    r"(?:eens|es|ff|even|effe|maar|hier|here|out|at|naar|nou|toch|dan|mee|goed|gewoon|pls|please|aub|graag)"
)
_THIS = r"(?:deze|dit|die|dat|this|that|these|those|de|het|the|mijn|my|onze|our|hiervan|hier|here|it)"
_POINTING = re.compile(
    rf"^(?:(?:hoi|hey|hi|yo|kijk|oké?|ok)\s*[,!]?\s+)*{_LOOK}(?:\s+{_FILL})*"
    rf"(?:\s+{_THIS}(?:\s+{_FILL})*(?:\s+[^\W\d_][\w'-]*){{0,2}})?"
    r"|^(?:zie|see|kijk|look)?\s*(?:foto|fotootje|plaatje|afbeelding|bijlage|photo|pic|picture|image|attachment|screenshot)"
    r"(?:\s+(?:hierboven|bijgevoegd|attached|above|hier|here))?"
    rf"|^{_THIS}(?:\s+[^\W\d_][\w'-]*)?",
    re.IGNORECASE,
)
# words that tell or ask something beyond pointing: a question word, someone served, a problem
_MORE = re.compile(
    r"\b(?:hoe|wat\s+(?:moet|kan|zeg)\s+ik|waarom|moet|mag|kan\s+ik|kun|help|how|why|should|can\s+i|klant\w*|"
    r"gast\w*|cli[eë]nt\w*|customer\w*|guest\w*|zegt|zei|says|said|wil|wants|boos|angry|klacht\w*|complain\w*)\b",
    re.IGNORECASE,
)


def points_at_the_photo(caption: str | None) -> bool:
    """Whether `caption` only points at the photo it goes with: at most six words, pointing
    words and what is pointed at ("kijk deze kras", "zie foto", "look at this"), no question or
    story beyond that."""
    said = " ".join(re.sub(r"[?!.,:;()…]+", " ", caption or "").split())
    if not said or len(said.split()) > 6 or _MORE.search(said):
        return False
    return _POINTING.fullmatch(said) is not None
