"""A caption under a photo that only points at the photo ("kijk deze kras", "wat vind je
hiervan?", "zie foto", "look at this dent", "check this out"): the coach cannot see the photo,
so there is nothing in the words to answer. Such a caption gets a line that photos are not read
and an invitation to say in words what happened; a caption that tells or asks something ("klant
stuurde dit, wat zeg ik?", "de klant zegt dat deze kras door ons komt") is answered as a
message (bot/channels/telegram/handlers.py `not_text`). Fresh tester of stop 67: "kijk deze
kras" got "je tekst erbij lees ik wel" and then the help list. A caption that only says who
sent the photo and asks what to do with it ("kijk wat deze klant me stuurt, wat moet ik
hiermee", "dit screenshot stuurde ze") points at it too (stop 68). Pure Python (no Rasa)."""

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


# The words of a caption that only says where the photo came from and asks what to do with it:
# "kijk wat deze klant me stuurt, wat moet ik hiermee", "dit screenshot stuurde ze", "got this
# from a customer, what do I do with it" (fresh tester of stop 68: a refusal with topics). Every
# word must be one of these: pointing, the picture, who sent it, sending, and "what do I do with
# it"; one word more ("zegt", "boos", "reageer", "bestelling") is something to answer.
_ABOUT_THE_PHOTO = frozenset(
    str.split(
        # pointing and the picture
        "kijk kijken bekijk zie check look see here's hier here dit deze die dat this that these those it "
        "foto fotootje fotos foto's plaatje afbeelding bijlage screenshot screenshotje schermafbeelding "
        "berichtje bericht appje mail mailtje photo pic pics picture image attachment message text email "
        # who sent it and sending
        "klant klanten klantje gast cliënt client customer guest caller beller bezoeker visitor iemand "
        "someone somebody mevrouw meneer vrouw man lady guy ze zij hij she he they die "
        "stuurt stuurde stuurden gestuurd stuur opgestuurd doorgestuurd sent sends send forwarded "
        "mailde gemaild appte geappt whatsappte postte gepost posted kreeg krijg gekregen ontvangen got "
        "received getting "
        # small words around them
        "een de het a an the me mij ik ons i us my mijn wat what net just vandaag today zojuist van from "
        "by door heeft heb "
        "has have had is was zo so even eens ff effe "
        # "what do I do with it"
        "moet doe kan do should can with met hiermee ermee daarmee mee hier now nu nou dan then"
    )
)
_ABOUT_THE_PHOTO_CORE = re.compile(
    r"\b(?:stuur\w*|gestuurd|opgestuurd|doorgestuurd|sent|sends|send|forwarded|mailde|gemaild|appte|geappt|"
    r"whatsappte|postte|gepost|posted|kreeg|gekregen|ontvangen|got|received|foto\w*|plaatje|afbeelding|"
    r"screenshot\w*|schermafbeelding|photo|pic|picture|image|hiermee|ermee|daarmee)\b",
    re.IGNORECASE,
)


def points_at_the_photo(caption: str | None) -> bool:
    """Whether `caption` only points at the photo it goes with: at most six words, pointing
    words and what is pointed at ("kijk deze kras", "zie foto", "look at this"), no question or
    story beyond that; or, in up to fourteen words, only says who sent the photo and asks what to
    do with it ("kijk wat deze klant me stuurt, wat moet ik hiermee", "dit screenshot stuurde ze")."""
    said = " ".join(re.sub(r"[?!.,:;()…]+", " ", caption or "").split())
    if not said:
        return False
    words = said.lower().split()
    if len(words) <= 14 and _ABOUT_THE_PHOTO_CORE.search(said) and all(w in _ABOUT_THE_PHOTO for w in words):
        return True
    if len(words) > 6 or _MORE.search(said):
        return False
    return _POINTING.fullmatch(said) is not None
