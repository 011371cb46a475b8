"""An opening that names no topic ("hoi, even een vraagje:", "quick question,") left out
before a search.

Staff open a message the way they would at a colleague's desk: a greeting, then "even een
vraagje", "korte vraag", "ik heb een vraag", "quick question". As search words these pulled
the article on listening to customers forward ("vraagje" reads like its "feedback vragen"
and "vragenlijst"): "even een vraagje over een klant die niet kan volgen" was offered the
aftermath of a hard conversation, and "efkes een vraagje, hoe ga ik om met een klant die
over echt alles zit te zagen" listening (stop 46). `without_opening(text)` drops such an
opening, greetings first, when at least MIN_WORDS_LEFT words are left ("ik heb een vraag
over de piramide" stays as typed). "vraag" alone only before a colon or comma: "vraag de
klant om feedback" is a topic."""

from __future__ import annotations

import re

_GREETING = (
    r"(?:hoi|hallo|hey|hee|hi|hello|goedemorgen|goedemiddag|goedenavond"
    r"|good\s+(?:morning|afternoon|evening)|allee|amai)"
)
_ADJECTIVE_NL = r"(?:korte|snelle|kleine|simpele|domme)"
_ASKING = (
    rf"(?:(?:even|efkes|eventjes|nog|snel)\s+)?(?:(?:een|ne)\s+)?(?:{_ADJECTIVE_NL}\s+)?vraagje"
    rf"|(?:(?:even|efkes|eventjes|nog)\s+)?(?:een|ne)\s+(?:{_ADJECTIVE_NL}\s+)?vraag"
    rf"|{_ADJECTIVE_NL}\s+vraag|vraag(?=\s*[:,])"
    rf"|ik\s+(?:heb|had|zit\s+met)\s+(?:(?:nog|even|efkes)\s+)?(?:een|ne)\s+(?:{_ADJECTIVE_NL}\s+)?vraag(?:je)?"
    r"|(?:mag|kan)\s+ik\s+(?:je|u|jou)\s+(?:(?:even|efkes)\s+)?iets\s+vragen"
    r"|(?:a\s+)?(?:quick|short|small|simple|silly)\s+question"
    r"|i\s+(?:have|had|got)\s+a\s+(?:(?:quick|short|small)\s+)?question"
    r"|can\s+i\s+ask\s+(?:you\s+)?(?:something|a\s+question)"
    r"|sorry\s+(?:to\s+bother\s+you|dat\s+ik\s+(?:even\s+)?stoor)(?:[\s,.!:;-]+(?:a\s+)?quick\s+one)?"
    r"|(?:a\s+)?quick\s+one"
)
OPENING = re.compile(
    rf"^\s*(?:{_GREETING}(?![\w-])[\s,.!:;-]*)*"
    rf"(?:(?:{_ASKING})(?![\w-])(?:\s+(?:over|about))?[\s,.!:;?-]*)?",
    re.IGNORECASE,
)
MIN_WORDS_LEFT = 3  # "hoi, een vraagje" alone, or "hallo daar", keeps its words


def without_opening(text: str) -> str:
    """`text` without an opening greeting and "even een vraagje" or "quick question" (and an
    "over"/"about" right after it), when at least MIN_WORDS_LEFT words are left; the text as
    typed otherwise. "hoi! even een vraagje, hoe ga ik om met een boze klant" -> "hoe ga ik
    om met een boze klant"; "quick question about a customer who cannot follow" -> "a
    customer who cannot follow"."""
    match = OPENING.match(text)
    if match is None or match.end() == 0:
        return text
    rest = text[match.end() :]
    return rest if len(re.findall(r"\w+", rest)) >= MIN_WORDS_LEFT else text
