"""A message that only announces a question ("ik heb een vraag", "mag ik iets vragen?",
"quick question"): there is nothing to search for yet, and the coach invites the question
instead of saying it has no answer (tester round of stop 38: "ik heb een vraag" got "Daar
weet ik (nog) geen goed antwoord op"). Pure Python (no Rasa)."""

from __future__ import annotations

import re

GREETING = (
    r"(?:(?:hoi+|hallo+|hey+|hee+j?|heey+|hi|hai|hiya|hello|yo+|yow|jo|sup|hoihoi|hallo\s+daar|dag|goeiendag|goedendag|salut|moi|moin|goeiedag|goedemorgen|goeiemorgen|goedemiddag|goeiemiddag|goedenavond|goeienavond|"
    r"morgen|good\s+morning|good\s+afternoon|good\s+evening|morning|there|coach|allee|awel|hallokes|hej)[\s,!.]+)*"
)
_ANNOUNCEMENT = re.compile(
    rf"^{GREETING}(?:"
    # Dutch: "ik heb een vraag(je)", "mag ik iets vragen", "ik wil je wat vragen", "vraagje"
    # ("kheb een vraag", chat shorthand for "ik heb": the help list; tester round of stop 65)
    r"(?:(?:ik\s+|'?k\s*)?(?:heb|had|zit\s+met)|kheb|khad|kzit\s+met)\s+"
    r"(?:een|nog\s+een|'?n|1|ook\s+een|even\s+een|ff\s+een|effe\s+een|wel\s+een|eens\s+een)\s+"
    r"(?:vraag|vraagje|korte\s+vraag|snelle\s+vraag)(?:\s+(?:voor\s+(?:je|jou|u)|over\s+mijn\s+werk))?"
    r"|(?:mag|kan|kun|zou)\s+ik\s+(?:je|jou|u)?\s*(?:(?:even|ff|eens|effe)\s+)?"
    r"(?:iets|wat|een\s+vraag|een\s+vraagje|even\s+iets|ff\s+iets)\s+(?:vragen|stellen)"
    r"|ik\s+wil\s+(?:je|jou|u)?\s*(?:iets|wat|een\s+vraag|even\s+iets)\s+vragen"
    r"|(?:een\s+|nog\s+een\s+|klein\s+|kort\s+|ff\s+)?vraagje"
    # English: "I have a question", "can I ask you something", "quick question"
    r"|i(?:\s+have|\s+had|\s+have\s+got|'?ve\s+got|\s+got)\s+(?:a|another|one|a\s+quick)\s+question(?:\s+for\s+you)?"
    r"|(?:can|could|may)\s+i\s+ask\s+(?:you\s+|u\s+)?(?:something|smth|a\s+question|a\s+quick\s+question|you|u)"
    r"|(?:i\s+)?got\s+a\s+(?:quick\s+)?question(?:\s+for\s+(?:you|u))?"
    r"|(?:a\s+)?quick\s+question|question\s+for\s+you"
    r")[\s?!.:]*(?:(?:graag|please|pls|aub)[\s?!.]*)?$",
    re.IGNORECASE,
)


def announces_a_question(text: str | None) -> bool:
    """True when the whole message announces a question without asking it."""
    return bool(_ANNOUNCEMENT.match(" ".join((text or "").split())))
