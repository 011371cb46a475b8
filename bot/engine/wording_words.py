"""Words that ask what to say ("ik wist niet wat ik moest zeggen", "wat zeg ik dan", "what do
I say", "didn't know what to say") name no topic: any situation can be asked that way. As
search words, "zeggen" and "say" pulled saying-no-kindly ("Vriendelijk nee zeggen") forward:
"ik wist niet wat ik moest zeggen toen de klant begon te huilen" was answered with it (0.89),
and "de customer was super rude en ik wist echt niet wat te zeggen" too (tester round of stop
36). Searching without them leaves the situation the message tells.

They stay when too little would be left (MIN_WORDS_LEFT), and a "nee"/"no" said is never part
of them ("wat zeg ik als ik nee moet zeggen" keeps "als ik nee moet zeggen")."""

from __future__ import annotations

import re

_NOT = r"(?:niet|nie|ni|nooit)"
# "(I) didn't know what to say": anywhere in the message
_DIDNT_KNOW = re.compile(
    rf"(?:\b(?:ik\s+)?(?:wist|weet)\s+(?:\w+\s+){{0,2}}?{_NOT}\s+(?:meer\s+|goed\s+)?wat\s+(?:ik\s+)?"
    r"(?:moest|moet|kon|kan|zou|te)\s+(?:\w+\s+)?zeggen"
    r"|\b(?:i\s+)?(?:didn'?t|didnt|did\s+not|don'?t|dont|do\s+not|never)\s+(?:really\s+)?know\s+what\s+to\s+say"
    r"|\bwat\s+te\s+zeggen|\bwhat\s+to\s+say)"
    r"[\s,.!?]*",
    re.IGNORECASE,
)
# "what do I say" opening the message, before the situation ("wat zeg ik tegen een klant die
# ..."). At the end ("..., wat zeg ik?") it stays: there it marks the story as a question, and
# the decision was fitted with it.
_OPENING = re.compile(
    r"^\W*(?:en\s+|and\s+|maar\s+|but\s+)?(?:"
    r"wat\s+(?:moet|moest|kan|kon|zou|mag)\s+(?:ik|je|jij)\s+(?:dan\s+|daar\s+|daarop\s+|nu\s+|nog\s+|precies\s+){0,2}"
    r"(?:zeggen|antwoorden)"
    r"|wat\s+(?:zeg|antwoord)\s+(?:ik|je)(?:\s+(?:dan|daarop|nu|precies))*(?!\s+(?:ervan|daarvan|hiervan)\b)"
    r"|what\s+(?:do|should|can|could|would|shall)\s+i\s+(?:even\s+|actually\s+)?say(?:\s+(?:then|now))?"
    r")\b[\s,.!?]*",
    re.IGNORECASE,
)
MIN_WORDS_LEFT = 3  # "wat zeg ik dan?" alone keeps its words
# The same request closing a Dutch story in other words ("..., wat moet ik zeggen", "hoe zeg ik
# da vriendelijk?", "hoe verwoord ik dat"): read as the "wat zeg ik" the decision was fitted
# with. As they were, "moet ... zeggen" and "belt" drew the relatives-privacy article ("een
# klant belt boos, wat moet ik zeggen", 0.89 against the angry customer's 0.88) and "hoe zeg ik
# dat" saying no kindly
# (tester round of stop 62). "wat mag ik zeggen" asks what is allowed, and "hoe breng ik dat"
# leans on bringing bad news (saying no kindly: "de trein is vol ..., hoe breng ik dat"): they stay.
_CLOSING_NL = re.compile(
    r"[\s,.;:!?-]+(?:"
    r"(?:wat|wa|wt)\s+(?:moet|moe|kan|zou)\s+(?:ik|je)\s+(?:dan\s+|nu\s+|daar\s+|daarop\s+|tegen\s+\w+\s+)"
    r"{0,2}(?:zeggen|zegge|zegen|zeggn|zegn)"  # "zegen": typed fast
    r"|hoe\s+(?:zeg|verwoord|formuleer)\s+(?:ik|je)\s+(?:dat|da|het|dit)(?:\s+(?:dan|vriendelijk|netjes|beleefd|goed))*"
    r"|hoe\s+(?:moet|kan|zou)\s+(?:ik|je)\s+(?:dat|da|het|dit)\s+(?:dan\s+)?(?:zeggen|verwoorden|formuleren)"
    r")[\s.!?]*$",
    re.IGNORECASE,
)


def without_wording_words(text: str) -> str:
    """`text` without the words that ask what to say, when at least MIN_WORDS_LEFT words are
    left; otherwise `text` unchanged."""
    rest = " ".join(_OPENING.sub(" ", _DIDNT_KNOW.sub(" ", text)).split())
    rest = rest if rest != text and len(rest.split()) >= MIN_WORDS_LEFT else text
    return closed_plainly(rest)


def closed_plainly(text: str) -> str:
    """`text` with a closing request for words in Dutch (_CLOSING_NL) read as "wat zeg ik?", when
    at least MIN_WORDS_LEFT words come before it; else unchanged. The English ones ("what should I
    tell him") stay: read as "what do I say?" they moved other questions (an upgrade asked for
    was refused, a smelly room offered instead of answered)."""
    match = _CLOSING_NL.search(text)
    if match and len(text[: match.start()].split()) >= MIN_WORDS_LEFT:
        return text[: match.start()] + ", wat zeg ik?"
    return text
