"""Does a message ask how two things differ: "wat is het verschil tussen klachten afhandelen en
service recovery", "servicepiramide vs zeven principes", "difference between level 3 and level
4 of the pyramid"? Each asked-about thing was answered with one article, as if the other were
not there (tester round of stop 51). `compared_parts(text)` gives the two things, each as a
short query of its own, so the coach can put the two articles side by side.

A request to compare ("compare level 2 with level 3", "vergelijk de servicepiramide met de
zeven principes", "can you compare nps and ces", "kun je A en B vergelijken", "how does A
compare to B", "waarin verschillen A en B") was searched as one question: one article, or an
offer of three (tester round of stop 52). A choice ("wat is beter, A of B", "A of B?") and a
question about comparing ("hoe vergelijk ik onze prijzen met de concurrent", "de klant
vergelijkt ons met ...") compare no two concepts.

Pure Python (no Rasa), used by actions/comparison.py."""

from __future__ import annotations

import re

__all__ = ["compared_parts"]

_ARTICLE = r"(?:(?:een|de|het|a|an|the)\s+)?"
_PART = r"(?P<{name}>[^?.!;]{{1,80}}?)"
# a part of a request to compare ends at a comma too: "vergelijk A met B, wat past bij mij?"
_ITEM = r"(?P<{name}>[^?.!;,]{{1,80}}?)"

# "(wat is) het verschil tussen A en B", "difference between A and B", "vergelijking tussen A en B"
_BETWEEN = re.compile(
    r"\b(?:verschil|verschillen|onderscheid|difference|differences|diff|distinction|different)\s+"
    r"(?:is\s+er\s+)?"
    rf"(?:tussen|tss|tssn|tusse|between|btwn|betw)\s+{_ARTICLE}{_PART.format(name='a')}\s+(?:en|and|&)\s+{_ARTICLE}"
    rf"{_PART.format(name='b')}\s*(?:[?.!;]|$)",
    re.IGNORECASE,
)
# "A vs B", "A versus B", "A vs. B"
_VERSUS = re.compile(
    rf"^\W*{_ARTICLE}{_PART.format(name='a')}\s+(?:vs\.?|versus|tegenover)\s+{_ARTICLE}"
    rf"{_PART.format(name='b')}\s*(?:[?.!;]|$)",
    re.IGNORECASE,
)
# "hoe verschilt A van B", "how does A differ from B", "is A hetzelfde als B", "is A the same as B";
# "how does A compare to B", "hoe verhoudt A zich tot B" (tester round of stop 52)
_DIFFERS = re.compile(
    r"\b(?:hoe\s+verschilt|waarin\s+verschilt|wat\s+onderscheidt|how\s+(?:does|do|is|are)|what\s+makes|"
    r"hoe\s+verhoudt|hoe\s+verhouden)\s+"
    rf"{_ARTICLE}{_PART.format(name='a')}\s+(?:differ(?:ent)?\s+from|verschillen\s+van|anders\s+dan|"
    rf"compare\s+(?:to|with|against)|stack\s+up\s+against|zich\s+tot|"
    rf"van|from)\s+{_ARTICLE}{_PART.format(name='b')}\s*(?:[?.!;]|$)",
    re.IGNORECASE,
)
# "waarin verschillen A en B (van elkaar)", "how do A and B differ" (tester round of stop 52)
_BOTH_DIFFER = re.compile(
    r"\b(?:hoe|waarin|waar|in\s+welk\s+opzicht)\s+verschillen\s+"
    rf"{_ARTICLE}{_PART.format(name='a')}\s+(?:en|&)\s+{_ARTICLE}{_PART.format(name='b')}"
    r"(?:\s+(?:nu|dan|eigenlijk|precies))*(?:\s+van\s+elkaar|\s+onderling)?\s*(?:[?.!;]|$)"
    r"|\b(?:how|in\s+what\s+way|in\s+which\s+way)\s+(?:do|does)\s+"
    rf"{_ARTICLE}(?P<c>[^?.!;]{{1,80}}?)\s+(?:and|&)\s+{_ARTICLE}(?P<d>[^?.!;]{{1,80}}?)"
    r"\s+differ(?:\s+from\s+each\s+other|\s+from\s+one\s+another)?\s*(?:[?.!;]|$)",
    re.IGNORECASE,
)
# "klachtbehandeling of service recovery, wa is het verschil", "A or B, what's the difference",
# "A en B: wat zijn de verschillen" (tester round of stop 52)
_OR_WHICH = re.compile(
    rf"^\W*{_ARTICLE}{_PART.format(name='a')}\s+(?:of|or|en|and)\s+{_ARTICLE}{_PART.format(name='b')}\s*[,:?-]+\s*"
    r"(?:wat|wa|what|whats|what's)\s+(?:is|s|zijn|are|'s)?\s*(?:het|de|the|'t)?\s*"
    r"(?:verschil|verschillen|difference|differences|diff)\b",
    re.IGNORECASE,
)
_SAME = re.compile(
    rf"^\W*(?:is|zijn|are)\s+{_ARTICLE}{_PART.format(name='a')}\s+(?:hetzelfde\s+als|"
    rf"the\s+same\s+(?:thing\s+)?as|same\s+as)\s+{_ARTICLE}{_PART.format(name='b')}\s*(?:[?.!;]|$)",
    re.IGNORECASE,
)

# a request to compare, from the message's start (tester round of stop 52): "compare level 2 with
# level 3", "vergelijk de servicepiramide met de zeven principes", "can you compare nps and ces";
# never "hoe vergelijk ik ..." or "de klant vergelijkt ..." (a question, someone else comparing)
_ASKING = (
    r"(?:(?:hey|hoi|hi|ok|oké|oke|okay|dus|so|and|en|nu|now)\s*,?\s+)?"
    r"(?:(?:can|could|would|will)\s+you\s+|(?:kun|kan|kunt|kunde|wil|zou|zoudt)\s+(?:je|jij|u|ge|gij)\s+|"
    r"(?:kunde|kunde\s+gij)\s+)?"
    r"(?:(?:please|pls|plz|just|even|eens|efkes|ff|effe|aub|nog|maybe|misschien)\s+)*"
)
_POLITE_END = (
    r"(?:\s+(?:please|pls|plz|for\s+me|voor\s+mij|aub|a\.u\.b\.?|svp|graag|eens|even|effe|ff|efkes|ok|"
    r"thanks|thx))*"
)
_TO = r"(?:with|to|and|&|vs\.?|versus|against|met|en|tegenover)"
_COMPARE = re.compile(
    rf"^\W*{_ASKING}(?:compare|vergelijk|vergelijk\s+eens|vergelijk\s+even)\s+(?:(?:for\s+me|voor\s+mij|"
    rf"eens|even|ff|efkes)\s+)?{_ARTICLE}{_ITEM.format(name='a')}\s+{_TO}\s+{_ARTICLE}{_ITEM.format(name='b')}"
    rf"(?:\s+(?:with|to|met)\s+(?:each\s+other|one\s+another|elkaar))?{_POLITE_END}\s*(?:[?.!;,]|$)",
    re.IGNORECASE,
)
# "kun je A en B (met elkaar) vergelijken", "A met B vergelijken?", "kan je A vergelijken met B"
_COMPARING = re.compile(
    rf"^\W*{_ASKING}{_ARTICLE}{_ITEM.format(name='a')}\s+(?:en|met|tegenover|&)\s+{_ARTICLE}"
    rf"{_ITEM.format(name='b')}(?:\s+met\s+elkaar)?\s+(?:eens\s+|even\s+|efkes\s+)?vergelijken{_POLITE_END}"
    r"\s*(?:[?.!;,]|$)"
    rf"|^\W*{_ASKING}{_ARTICLE}(?P<c>[^?.!;,]{{1,80}}?)\s+vergelijken\s+met\s+{_ARTICLE}"
    rf"(?P<d>[^?.!;,]{{1,80}}?){_POLITE_END}\s*(?:[?.!;,]|$)",
    re.IGNORECASE,
)
# "(een) vergelijking tussen/van A en B", "(give me a) comparison of A and B", "A compared to B"
_COMPARISON = re.compile(
    rf"^\W*{_ASKING}(?:(?:geef|maak|give|make|do)\s+(?:me\s+|mij\s+)?)?(?:een\s+|a\s+)?(?:vergelijking|comparison)"
    rf"\s+(?:tussen|van|between|of)\s+{_ARTICLE}{_ITEM.format(name='a')}\s+{_TO}\s+{_ARTICLE}"
    rf"{_ITEM.format(name='b')}{_POLITE_END}\s*(?:[?.!;,]|$)"
    rf"|^\W*{_ARTICLE}(?P<c>[^?.!;,]{{1,80}}?)\s+(?:compared\s+(?:to|with)|vergeleken\s+met|"
    rf"in\s+vergelijking\s+met)\s+{_ARTICLE}(?P<d>[^?.!;,]{{1,80}}?)\s*[?.!;]*\s*$",
    re.IGNORECASE,
)

# the context a second part names for both: "level 3 and level 4 of the pyramid" -> "of the pyramid"
_SHARED_TAIL = re.compile(
    r"\s+(?:of|in|from|van|uit|bij)\s+(?:the|de|het|het\s+model|our|onze)?\s*\S.*$", re.I
)

# a bare letter or number is no thing of its own: "niveau 3 en 4" -> "niveau 3", "niveau 4";
# a number in words too: "niveau twee en drie", "level two and three" (tester round of stop 52)
_NUMBER = (
    r"\d+|[ivx]+|één|eén|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|"
    r"one|two|three|four|five|six|seven|eight|nine|ten"
)
_BARE = re.compile(rf"^\s*(?:{_NUMBER})\s*$", re.IGNORECASE)
_HEAD = re.compile(rf"^\s*(?P<head>.*?\b)(?:{_NUMBER})\s*$", re.IGNORECASE)
# nor a bare ordinal: "het tweede en derde principe" -> "tweede principe", "derde principe"
_ORDINALS = (
    r"eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|"
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th|e|de|ste)"
)
_BARE_ORDINAL = re.compile(rf"^\s*(?:{_ORDINALS})\s*$", re.IGNORECASE)
_ORDINAL_NOUN = re.compile(rf"^\s*(?:{_ORDINALS})\s+(?P<noun>\S.*)$", re.IGNORECASE)


# the plural of a numbered concept's noun, before "2 and 3": "levels", "niveaus", "lagen"
_PLURALS = {"lagen": "laag"}  # else a plural drops its "s": "levels", "niveaus", "principes"


def _singular(word: str) -> str:
    """`word` singular when it is a plural ("levels" -> "level", "niveaus" -> "niveau", "lagen"
    -> "laag"); "process" and "klasse" stay as they are."""
    if word.casefold() in _PLURALS:
        return _PLURALS[word.casefold()]
    return word[:-1] if re.fullmatch(r"[^\W\d_]{3,}[^\Ws]s", word) else word


def _group(match: re.Match[str], name: str, other: str) -> str:
    """The named group `name`, or `other` where a pattern's second alternative matched."""
    found = match.group(name) if name in match.re.groupindex else None
    return found if found is not None else match.group(other)


def _parts(match: re.Match[str]) -> tuple[str, str]:
    a, b = (" ".join(_group(match, n, o).split()) for n, o in (("a", "c"), ("b", "d")))
    tail = _SHARED_TAIL.search(b)
    core = b[: tail.start()] if tail else b  # "2" of "niveaus 1 en 2 van de piramide"
    if _BARE_ORDINAL.match(a) and (noun := _ORDINAL_NOUN.match(b)):
        # "het tweede en derde principe": tweede principe too; "second and third levels": level
        first, _, rest = noun.group("noun").partition(" ")
        named = f"{_singular(first)} {rest}".strip()
        a, b = f"{a} {named}", f"{b[: noun.start('noun')].strip()} {named}"
    elif _BARE.match(core) and (head := _HEAD.match(a)) and head.group("head").strip():
        # "niveau 3 en 4": niveau 4 too; "levels 2 and 3": level 2 and level 3 (tester round of
        # stop 52: the glossary knows a level by its singular noun only)
        before, _, last = head.group("head").strip().rpartition(" ")
        noun = f"{before} {_singular(last)}".strip()
        a, b = f"{noun} {a[head.end('head') :].strip()}", f"{noun} {b.strip()}"
    tail = _SHARED_TAIL.search(b)
    if tail and not _SHARED_TAIL.search(a):
        a = f"{a}{tail.group(0)}"  # "level 3 and level 4 of the pyramid": both of the pyramid
    return a, b


# a request to compare first: "compare NPS vs CES please" is no "A vs B" with A "compare NPS"
_PATTERNS = (_COMPARE, _COMPARING, _COMPARISON, _BETWEEN, _VERSUS, _DIFFERS, _BOTH_DIFFER, _SAME, _OR_WHICH)


def compared_parts(text: str | None) -> tuple[str, str] | None:
    """The two things `text` asks to compare, as typed ("klacht", "boze klant"); None when it
    is no comparison question. Each part has two characters or more and differs from the
    other; a part made only of a number takes the head of the first ("niveau 3 en 4")."""
    if not text or len(text) > 200:
        return None
    for pattern in _PATTERNS:
        match = pattern.search(text)
        if match is not None:
            a, b = _parts(match)
            if a.casefold() != b.casefold() and len(a) >= 2 and len(b) >= 2:
                return a, b
    return None
