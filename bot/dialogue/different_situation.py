"""A message that says the answer did not fit the situation ("mijn situatie is anders, het
is geen rij maar één mevrouw thuis", "nee dat is het niet", "that's not my situation"): the
user answers "Is jouw situatie anders? Vertel me wat er anders is" and tells what differs.
The article just given is then not given again (actions/advice.py). Found by a tester in the
terminal chat (stop 40): the coach answered such a message with the same article's next
view. Pure Python (no Rasa)."""

from __future__ import annotations

import re

# After "ik bedoelde" / "I meant": words that make it no correction ("ik bedoelde het goed", "I
# meant well", "I meant to ask ...", "ik bedoelde het niet zo").
_MEANT_NOT = (
    r"\b(?!\s+(?:het\s+(?:goed|niet|anders|zo|echt)|het\s*$|er\s+niks|er\s+niets|well|it\b|to\b|no\s+harm"
    r"|nothing|no\s+offen[cs]e|geen\s+kwaad))"
)

_DIFFERS = re.compile(
    r"\b(?:"
    # Dutch: my situation is different, that is not it, that is not what I mean
    r"(?:mijn|m'n|mn|onze|de|die|deze|het)\s+situatie\s+is\s+(?:echt\s+|wel\s+|heel\s+|totaal\s+|compleet\s+)?"
    r"(?:anders|niet\s+zo|ni\s+zo|nie\s+zo)"
    r"|(?:bij\s+mij|hier|het)\s+is\s+(?:het\s+)?(?:echt\s+|wel\s+|heel\s+)?anders"
    r"|(?:dat|da|dit)\s+is\s+(?:het\s+)?(?:niet|ni|nie)\s+(?:echt\s+)?(?:wat\s+ik\s+bedoel|mijn\s+situatie|het\s+probleem)"
    # "dat is het niet" on its own (verifier round of stop 55: read as a plain no)
    r"|^\W*(?:dat|da|dit)\s+is\s+(?:het\s+)?(?:niet|ni|nie)(?:\s+(?:echt|helemaal))?(?=\W*$)"
    r"|(?:dat|da|dit)\s+(?:past|klopt)\s+(?:niet|ni|nie)\s+(?:bij|op)\s+mijn\s+situatie"
    r"|(?:dat|da|dit)\s+bedoel\s+ik\s+(?:niet|ni|nie)"
    r"|(?:nee|neen|nope)[\s,.!]+(?:dat|da|dit)\s+is\s+(?:het\s+)?(?:niet|ni|nie)\b"
    # a no that corrects what was meant: "nee ik bedoel mijn collega wordt boos" (tester round
    # of stop 50: "Dat gaat nog steeds over 'Omgaan met een boze klant'"), "no, I meant ..."
    r"|(?:nee|neen|nope|no|nah)[\s,.!]+(?:ik\s+)?(?:bedoel|bedoelde)(?:\s+ik)?\b"
    r"|(?:nee|neen|nope|no|nah)[\s,.!]+i\s+(?:mean|meant)\b"
    r"|(?:ik\s+bedoel|ik\s+bedoelde|i\s+meant|i\s+mean)\s+eigenlijk\b|i\s+actually\s+mean"
    # a correction that names what was meant: "het antwoord ging over chat maar ik bedoelde aan
    # de balie", "ik bedoelde aan de kassa", "but I meant at the desk", "ik had het over de balie"
    # (tester round of stop 61: "Dat gaat nog steeds over ..."); not "ik bedoelde het goed", "I
    # meant well", "I meant to ask" (a story or a question of its own: `_MEANT_NOT`)
    rf"|(?:maar|mr|but|alleen)\s+(?:ik|'k|k|i)\s+(?:bedoel|bedoelde|bedoeld|bedoelt|mean|meant|ment){_MEANT_NOT}"
    rf"|(?:^|(?<=^')|(?<=^’))(?:ik|k)\s+(?:bedoelde|bedoeld)(?:\s+eigenlijk)?{_MEANT_NOT}"
    rf"|^i\s+(?:meant|ment)(?:\s+actually)?{_MEANT_NOT}"
    r"|(?:ik|'k)\s+had\s+het\s+(?:eigenlijk\s+)?over\b|i\s+was\s+(?:talking|asking)\s+about\b"
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


# The words around the correction that only say yes or no: "ja mijn situatie is anders, ..."
_YES_NO = re.compile(
    r"^(?:(?:ja|jaa+|jep|yes|yeah|yep|nee|neen|no|nope|nou|well|eh|euh|ok(?:é|e|ay)?|haha\w*|lol)[\s,.!:;-]+)+",
    re.IGNORECASE,
)


# What the answer was about, said before the correction ("het antwoord ging over chat maar ik
# bedoelde aan de balie", "your answer was about the phone but I meant face to face"): no detail
# of the situation, and searched it would draw the search back to the article rejected.
_ABOUT_THE_ANSWER = re.compile(
    r"^(?:(?:het|je|jouw|uw|dat|dit|da|the|your|that|this)\s+)?(?:antwoord|artikel|advies|tip|answer|article"
    r"|advice|reply)?\s*(?:ging|gaat|was|is|went|talked|talks|spoke)\s+(?:over|about|on)\b",
    re.IGNORECASE,
)


def situation_details(text: str | None) -> str:
    """What the message tells of its own situation beside saying it differs ("ja mijn situatie
    is anders, het is een zorgverzekeraar en mevrouw krijgt haar fysio niet vergoed" -> "het is
    een zorgverzekeraar en mevrouw krijgt haar fysio niet vergoed"); "" when it tells nothing
    more or says no such thing."""
    said = " ".join((text or "").split())
    found = _DIFFERS.search(said)
    if found is None:
        return ""
    before = _YES_NO.sub("", said[: found.start()]).strip(" ,.;:!-'’")
    if _ABOUT_THE_ANSWER.match(before):  # "het antwoord ging over chat": what was rejected
        before = ""
    after = said[found.end() :].strip(" ,.;:!-")
    return " ".join(part for part in (before, after) if part)


# A message that denies what the coach took it to be about and says what it is instead
# ("hahaha nee er is geen overval, gewoon een prijsdiscussie aan de kassa", "no, nobody robbed
# us, just a price discussion at the till", "het gaat niet om een overval", "nee, gewoon een
# prijsdiscussie"; tester round of stop 55: the robbery line came again, as "the topic of just
# now"). A no-word first ("nee", "haha nee", "no"), then a negated clause, then what it is.
_NO_FIRST = re.compile(
    r"^(?:(?:(?:ha){2,}h?|hihi\w*|lol|lmao|nee+|neen|nope|no+|nah|neh|welnee|helemaal\s+niet|not\s+at\s+all|"
    r"sorry|euh|eh|uhm|oh|ah|oei)[\s,.!:;-]+)+",
    re.IGNORECASE,
)
# Said alone, these deny what was meant: "het gaat niet om een overval", "nobody robbed us"
_STRONG_NOT = (
    r"(?:het|t|'t)\s+(?:gaat|ging)\s+(?:hier\s+)?(?:helemaal\s+|echt\s+)?(?:niet|ni|nie)\s+(?:om|over)\s+"
    r"|(?:it|this|that)(?:'s|\s+is|\s+was|\s+isn'?t|\s+wasn'?t)\s+(?:not\s+)?(?:really\s+)?about\s+"
    r"|niemand\s+|nobody\s+|no\s+one\s+|no-one\s+"
    r"|(?:we|wij|ik)\s+(?:zijn|werden|ben|werd)\s+(?:helemaal\s+|echt\s+)?(?:niet|ni|nie)\s+"
    r"|(?:we|i)\s+(?:weren'?t|were\s+not|wasn'?t|was\s+not)\s+"
)
# Said after a no-word or before what it is instead: "nee er is geen overval, gewoon ..."
_WEAK_NOT = (
    r"(?:er|der)\s+(?:is|was|zijn|waren)\s+(?:helemaal\s+|echt\s+|toch\s+)?(?:geen|gene|niks|niets)\s+"
    r"|(?:het|t|'t|dat|da|dit)\s+(?:is|was)\s+(?:helemaal\s+|echt\s+|toch\s+)?(?:geen|gene)\s+|da'?s\s+geen\s+"
    r"|(?:geen|gene|niks|niets)\s+"
    r"|there\s+(?:is|was|are|were)\s+(?:no|nothing)\s+|(?:it|that)(?:'s|\s+is|\s+was)\s+not\s+(?:a|an)\s+"
    r"|(?:it|that)\s+(?:isn'?t|wasn'?t)\s+(?:a|an)\s+|not\s+(?:a|an)\s+|no\s+|nothing\s+"
)
_NOT_CLAUSE = re.compile(rf"^(?:(?P<strong>{_STRONG_NOT})|(?P<weak>{_WEAK_NOT}))", re.IGNORECASE)
# Where the denied part ends and what it is instead begins
_INSTEAD = (
    r"gewoon|maar|het\s+is|het\s+was|'t\s+is|t\s+is|het\s+gaat\s+om|het\s+ging\s+om|wel|alleen|enkel|eerder|"
    r"just|but|only|it'?s|it\s+is|it\s+was|rather|simply|more\s+like"
)
_INSTEAD_FIRST = re.compile(rf"^(?:(?:{_INSTEAD})\b[\s,:]*)+", re.IGNORECASE)
_DENIED_END = re.compile(rf"\s*[,.;:!?]+\s*|\s+(?=(?:{_INSTEAD})\b)", re.IGNORECASE)


def denial(text: str | None) -> tuple[str, str] | None:
    """(what the message denies, what it says it is instead) when it opens by denying what it
    was taken to be about: a no-word or "het gaat niet om" / "nobody" first, then the negated
    words up to a comma or a "gewoon" / "maar" / "just" / "but", then the rest. "hahaha nee er is
    geen overval, gewoon een prijsdiscussie aan de kassa" -> ("overval", "een prijsdiscussie aan
    de kassa"); "nee, gewoon een prijsdiscussie" -> ("", "een prijsdiscussie"); "het gaat niet om
    een overval" -> ("een overval", ""). None for any other message ("er is geen koffie meer
    en de klant is boos": no no-word, and nothing said instead)."""
    said = " ".join((text or "").split())
    no_first = _NO_FIRST.match(said)
    rest = said[no_first.end() :] if no_first else said
    instead = _INSTEAD_FIRST.match(rest)
    if no_first and instead:  # "nee, gewoon een prijsdiscussie"
        return "", rest[instead.end() :].strip(" ,.;:!?")
    clause, alone = _NOT_CLAUSE.match(rest), True
    if clause is None and no_first:  # "no robbery, just ...": the no-word is the negation itself
        clause, alone, rest = _NOT_CLAUSE.match(said), False, said
    if clause is None:
        return None
    after = rest[clause.end() :]
    end = _DENIED_END.search(after)
    denied = (after[: end.start()] if end else after).strip(" ,.;:!?")
    told = after[end.end() :] if end else ""
    turned = _INSTEAD_FIRST.match(told)
    told = told[turned.end() :] if turned else told
    if not denied or not ((no_first and alone) or clause.group("strong") or turned):
        return None
    return denied, told.strip(" ,.;:!?")


# "niet boos maar wanhopig", "not angry but desperate", "geen klacht maar een vraag": what the
# situation is not, said before what it is. Searched with the rest, the words it is not drew their
# own article: "mijn situatie is anders, ze is niet boos maar wanhopig" was offered the angry
# customer first (fresh tester of stop 68).
_NOT_BUT = re.compile(
    r"\b(?:niet|ni|nie|geen|gene|not|no|never|nooit)\s+(?:\w+\s+){0,3}?(?:maar|but|wel|eerder|rather)\s+",
    re.IGNORECASE,
)


def what_it_is(details: str | None) -> str:
    """`details` without what they say the situation is not ("ze is niet boos maar wanhopig" ->
    "ze is wanhopig", "its not a complaint but a question" -> "its a question"); as they are when
    they say no such thing."""
    return " ".join(_NOT_BUT.sub("", details or "").split())


def what_it_is_not(details: str | None) -> str:
    """The words `details` say the situation is not ("ze is niet boos maar wanhopig" -> "boos");
    "" when they say no such thing."""
    found = _NOT_BUT.search(details or "")
    if found is None:
        return ""
    words = found.group(0).split()[1:-1]  # between the "niet" and the "maar"
    return " ".join(words)
