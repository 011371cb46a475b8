"""Does a message only ask for a shorter answer: "korter", "kan het wat korter?", "in het
kort aub", "shorter please", "too long, summary?" Right after an answer the coach gives that
article's summary. "korter" was searched and found the article on a short team huddle, and
"shorter please" was refused (tester round of stop 48).

The whole message must be made of the request and small words: "hoe hou ik het gesprek
korter" and "de rij is te lang" are questions about service.

Pure Python (no Rasa), used by actions/advice.py."""

from __future__ import annotations

from bot.dialogue.whole_message import made_only_of

__all__ = ["asks_for_shorter"]

# the request itself: at least one of these must be in the message
_REQUESTS = (
    r"korter|kortere versie|korte versie|in het kort|kort samengevat|samengevat|samenvatting|samenvatten|"
    r"vat (het|dat|dit|dat even|het even) samen|in (één|een|1) zin|in (een paar|enkele|2|3) zinnen|"
    r"in een paar woorden|te lang|veel te lang|te veel tekst|teveel tekst|"
    r"shorter|short version|shorter version|in short|in brief|briefly|summary|summarise|summarize|"
    r"the gist|in (one|1) sentence|in a few words|too long|way too long|too much text|tl;?dr|keep it short|"
    r"kortere antwoorden|korte antwoorden|kortere antwoord|shorter answers|short answers|shorter answer"
)
# what may stand around it: requests, fillers and small words
_AROUND = (
    r"kan|kun|kunt|je|jij|u|het|dat|dit|is|wat|iets|een|beetje|nog|even|effe|ff|wel|graag|aub|a\.u\.b|"
    r"alsjeblieft|alstublieft|pls|plz|please|svp|ok|oké|oke|okay|mag|maak|maken|om|te|lezen|geef|geven|"
    r"me|mij|de|van|maar|hoor|nou|zo|dus|sorry|"
    r"can|could|you|make|it|that|this|a|bit|little|bit|just|give|me|the|version|of|to|read|"
    r"didn'?t|didnt|i|is|was|way|much|thanks|thx|so|please|pls|now|again|and|en|or|of|"
    # Flemish and "from now on" (tester round of stop 49: "kan da korter?" opened the article on
    # a short team huddle; "kun je voortaan kortere antwoorden geven?" got an offer)
    r"da|ge|gij|kunde|kunnen|efkes|eens|ne|voortaan|altijd|vanaf nu|from now on|always|give|answers?|"
    r"keep|your|je|jouw|antwoord|antwoorden|houden|hou|"
    # verbs of saying and the asker's hurry (tester rounds of stops 50 and 51: "kunde da efkes
    # korter zeggen" got "geen goed antwoord", "shorter pls, I have like 10 seconds" a new article)
    r"zeggen|zeg|uitleggen|opschrijven|schrijven|say|put|write|explain|tell|"
    r"ik|heb|maar|geen|weinig|tijd|haast|seconden|minuten|minuutje|i|have|got|like|only|no|time|im|i'm|am|"
    r"seconds|second|secs|sec|minutes|minute|mins|min|hurry|in a hurry|rush|\d+|"
    r"per|principe|principle|tip|punt|point"
)
_REQUEST, _ONLY = made_only_of(_REQUESTS, _AROUND)


def asks_for_shorter(text: str | None) -> bool:
    """True when `text` only asks for a shorter answer ("korter", "kan het wat korter?",
    "shorter please", "tl;dr"); False when it says anything else."""
    if not text or len(text) > 80:
        return False
    return bool(_REQUEST.search(text) and _ONLY.match(text))
