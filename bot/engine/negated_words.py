"""A negated word of contentment ("niet blij", "isn't happy") read as its opposite
("ontevreden", "unhappy") before a search.

"klant is niet blij" and "customer isn't happy" were refused or answered with an article
about happy customers (tester round of stop 45): the word index drops "niet" and "not" as
stop words, and the embedding model reads "not happy" close to "happy", so what was left
was the contentment that the message denies. The articles on making things right say
"ontevreden", "unhappy" and "dissatisfied". `unnegated(text, lang)` puts that word in place
of a negated "blij", "tevreden", "gelukkig", "content" (Dutch) or "happy", "pleased", "satisfied",
"content" (English), with at most one softening word in between ("niet zo blij", "not
really happy"); everything else stays as typed.

Words of politeness are read the same way (tester round of stop 49): "klant zei dat ik ni
vriendelijk was" found the article on saying no kindly ("Vriendelijk nee zeggen"); now it
reads "onvriendelijk", as does "niet beleefd" ("onbeleefd"), with the Flemish "ni" or "nie"
for "niet" too, and "not friendly" / "not polite" read "unfriendly" / "impolite"."""

from __future__ import annotations

import re

_NL_SOFTENER = r"(?:zo|echt|erg|heel|helemaal|bepaald|al|meer|nog|super|zeer|bijster)"
_NL = re.compile(
    rf"\b(?:niet|nie|ni)\s+(?:{_NL_SOFTENER}\s+)?(?P<word>blij|tevreden|gelukkig|content|vriendelijk|beleefd)\b",
    re.IGNORECASE,
)
_NL_OPPOSITE = {"vriendelijk": "onvriendelijk", "beleefd": "onbeleefd"}  # the rest: "ontevreden"
_EN_SOFTENER = r"(?:very|really|too|so|at all|that|entirely|completely|quite|exactly|particularly)"
_EN_VERB = r"(?:is|was|are|were|ai)"
_EN_CONTRACTED = re.compile(
    rf"\b(?P<verb>{_EN_VERB})n[’']?t\s+(?:{_EN_SOFTENER}\s+)?(?P<word>happy|pleased|satisfied|content|friendly|polite)\b",
    re.IGNORECASE,
)
_EN_NOT = re.compile(
    rf"\bnot\s+(?:{_EN_SOFTENER}\s+)?(?P<word>happy|pleased|satisfied|content|friendly|polite)\b",
    re.IGNORECASE,
)
# A saved classifier's cache name hashes these (article_classifier.cache_name).
PATTERNS = (_NL.pattern, _EN_CONTRACTED.pattern, _EN_NOT.pattern)
_EN_OPPOSITE = {
    "happy": "unhappy",
    "pleased": "unhappy",
    "content": "unhappy",
    "satisfied": "dissatisfied",
    "friendly": "unfriendly",
    "polite": "impolite",
}


def unnegated(text: str, lang: str) -> str:
    """`text` with a negated word of contentment in `lang` ("nl" or "en") replaced by its
    opposite: "de klant is niet zo blij met de reparatie" -> "de klant is ontevreden met de
    reparatie"; "customer isn't happy" -> "customer is unhappy"; "not satisfied" ->
    "dissatisfied". The word alone ("blij", "happy") or another negation ("niet alleen
    tevreden", "not only satisfied") is left as typed. Other languages: unchanged."""
    if lang == "nl":
        return _NL.sub(lambda m: _NL_OPPOSITE.get(m.group("word").lower(), "ontevreden"), text)
    if lang != "en":
        return text
    text = _EN_CONTRACTED.sub(
        lambda m: f"{_verb(m.group('verb'))} {_EN_OPPOSITE[m.group('word').lower()]}", text
    )
    return _EN_NOT.sub(lambda m: _EN_OPPOSITE[m.group("word").lower()], text)


def _verb(contracted: str) -> str:
    """The verb of a contraction without its "n't": "is" for "isn't", "is" for "ain't"."""
    return "is" if contracted.lower() == "ai" else contracted
