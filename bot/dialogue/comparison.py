"""Does a message ask how two things differ: "wat is het verschil tussen klachten afhandelen en
service recovery", "servicepiramide vs zeven principes", "difference between level 3 and level
4 of the pyramid"? Each asked-about thing was answered with one article, as if the other were
not there (tester round of stop 51). `compared_parts(text)` gives the two things, each as a
short query of its own, so the coach can put the two articles side by side.

Pure Python (no Rasa), used by actions/comparison.py."""

from __future__ import annotations

import re

__all__ = ["compared_parts"]

_ARTICLE = r"(?:(?:een|de|het|a|an|the)\s+)?"
_PART = r"(?P<{name}>[^?.!;]{{1,80}}?)"

# "(wat is) het verschil tussen A en B", "difference between A and B"
_BETWEEN = re.compile(
    r"\b(?:verschil|verschillen|onderscheid|difference|differences|diff|distinction)\s+(?:is\s+er\s+)?"
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
# "hoe verschilt A van B", "how does A differ from B", "is A hetzelfde als B", "is A the same as B"
_DIFFERS = re.compile(
    r"\b(?:hoe\s+verschilt|waarin\s+verschilt|wat\s+onderscheidt|how\s+(?:does|do|is|are)|what\s+makes)\s+"
    rf"{_ARTICLE}{_PART.format(name='a')}\s+(?:differ(?:ent)?\s+from|verschillen\s+van|anders\s+dan|"
    rf"van|from)\s+{_ARTICLE}{_PART.format(name='b')}\s*(?:[?.!;]|$)",
    re.IGNORECASE,
)
# "klachtbehandeling of service recovery, wa is het verschil", "A or B, what's the difference"
_OR_WHICH = re.compile(
    rf"^\W*{_ARTICLE}{_PART.format(name='a')}\s+(?:of|or|en|and)\s+{_ARTICLE}{_PART.format(name='b')}\s*[,:?-]+\s*"
    r"(?:wat|wa|what|whats|what's)\s+(?:is|s)?\s*(?:het|de|the)?\s*(?:verschil|difference|diff)\b",
    re.IGNORECASE,
)
_SAME = re.compile(
    rf"^\W*(?:is|zijn|are)\s+{_ARTICLE}{_PART.format(name='a')}\s+(?:hetzelfde\s+als|"
    rf"the\s+same\s+(?:thing\s+)?as|same\s+as)\s+{_ARTICLE}{_PART.format(name='b')}\s*(?:[?.!;]|$)",
    re.IGNORECASE,
)

# the context a second part names for both: "level 3 and level 4 of the pyramid" -> "of the pyramid"
_SHARED_TAIL = re.compile(
    r"\s+(?:of|in|from|van|uit|bij)\s+(?:the|de|het|het\s+model|our|onze)?\s*\S.*$", re.I
)

# a bare letter or number is no thing of its own: "niveau 3 en 4" -> "niveau 3", "niveau 4"
_BARE = re.compile(r"^\s*(?:\d+|[ivx]+)\s*$", re.IGNORECASE)
_HEAD = re.compile(r"^\s*(?P<head>.*?\b)(?:\d+|[ivx]+)\s*$", re.IGNORECASE)


def _parts(match: re.Match[str]) -> tuple[str, str]:
    a, b = (" ".join(match.group(n).split()) for n in ("a", "b"))
    tail = _SHARED_TAIL.search(b)
    if tail and not _SHARED_TAIL.search(a):
        a = f"{a}{tail.group(0)}"  # "level 3 and level 4 of the pyramid": both of the pyramid
    if _BARE.match(b) and (head := _HEAD.match(a)) and head.group("head").strip():
        b = f"{head.group('head').strip()} {b.strip()}"  # "niveau 3 en 4": niveau 4 too
    return a, b


def compared_parts(text: str | None) -> tuple[str, str] | None:
    """The two things `text` asks to compare, as typed ("klacht", "boze klant"); None when it
    is no comparison question. Each part has two characters or more and differs from the
    other; a part made only of a number takes the head of the first ("niveau 3 en 4")."""
    if not text or len(text) > 200:
        return None
    for pattern in (_BETWEEN, _VERSUS, _DIFFERS, _SAME, _OR_WHICH):
        match = pattern.search(text)
        if match is not None:
            a, b = _parts(match)
            if a.casefold() != b.casefold() and len(a) >= 2 and len(b) >= 2:
                return a, b
    return None
