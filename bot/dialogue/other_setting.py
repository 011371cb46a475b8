"""Does a message say the example just told is set in another trade than the user's: "het
gaat niet om een hotel", "ik werk niet in een bouwmarkt", "wij zijn geen restaurant",
"ik werk in een supermarkt, niet in een bouwmarkt", "I don't work in a hotel", "we're not a
restaurant"? The articles' examples are stories from one sector; such a message got "Daar
weet ik (nog) geen goed antwoord op" or an offer of topics (stop 54's open list). The coach
then gives the same advice without the story (actions/advice.py `answered_as_other_setting`).
Pure Python (no Rasa)."""

from __future__ import annotations

import re

__all__ = ["says_another_setting", "set_in_story"]

_A = r"(?:een|de|het|a|an|the)\s+"
# a place of work as one or two words: "hotel", "bouwmarkt", "coffee shop", "call center"
_PLACE = r"[^\W\d_][\w'-]{2,}(?:\s+(?:shop|store|center|centre|bar|zaak|winkel))?"
_NOT_IN_PLACE = re.compile(
    r"^\W*(?:(?:nee|neen|nope|no|maar|but|ok(?:é|e|ay)?|ja|yes|sorry|hmm+)[\s,!.]+)*"
    r"(?:"
    # Dutch: het gaat (bij mij) niet om een hotel; ik werk niet in een hotel; wij zijn geen hotel;
    # ik zit niet in een hotel; da's geen hotel hier
    rf"(?:het|t|'t)\s+gaat\s+(?:bij\s+(?:mij|ons)\s+)?(?:niet|ni|nie)\s+(?:om|over)\s+{_A}(?P<a>{_PLACE})"
    rf"|(?:ik|wij|we)\s+(?:werk|werken|zit|zitten|sta|staan)\s+(?:helemaal\s+)?(?:niet|ni|nie)\s+in\s+{_A}(?P<b>{_PLACE})"
    rf"|(?:ik\s+ben|wij\s+zijn|we\s+zijn|dit\s+is|het\s+is|da'?s|dat\s+is)\s+(?:hier\s+)?geen\s+(?P<c>{_PLACE})"
    # Dutch, the own place first: ik werk in een supermarkt, niet in een bouwmarkt
    rf"|(?:ik|wij|we)\s+(?:werk|werken|zit|zitten)\s+(?:zelf\s+)?in\s+{_A}(?P<own>{_PLACE})[\s,]+"
    rf"(?:en\s+)?(?:niet|ni|nie|geen)\s+(?:in\s+)?{_A}?(?P<d>{_PLACE})"
    # English: it's not a hotel; I don't work in a hotel; we're not a hotel; I work in a
    # supermarket, not a hardware store
    rf"|(?:it'?s|it\s+is|this\s+is)\s+not\s+(?:about\s+)?{_A}(?P<e>{_PLACE})"
    rf"|i\s+(?:don'?t|do\s+not)\s+work\s+(?:in|at)\s+{_A}(?P<f>{_PLACE})"
    rf"|(?:we'?re|we\s+are|i'?m|i\s+am)\s+not\s+(?:in\s+)?{_A}(?P<g>{_PLACE})"
    rf"|i\s+work\s+(?:in|at)\s+{_A}(?P<own2>{_PLACE})[\s,]+(?:and\s+)?not\s+(?:in\s+|at\s+)?{_A}?(?P<h>{_PLACE})"
    r")"
    r"(?:\s+(?:hoor|eh|he|hè|lol|though|tho|man|joh))*[\s?!.]*$",
    re.IGNORECASE,
)
_WORDS_AT_MOST = 16
# people and everyday nouns every story has: "het gaat niet om een klant" says who, not where
_NOT_A_SETTING = frozenset(
    str.split(
        "klant klanten klantje customer customers client clients gast gasten guest guests collega collegas "
        "colleague colleagues manager leidinggevende baas boss team probleem problem fout mistake grap joke "
        "geld money nummer number man vrouw meneer mevrouw person persoon mens situatie situation verhaal "
        "story voorbeeld example vraag question tip tips"
    )
)


def says_another_setting(text: str | None) -> tuple[str, str] | None:
    """(the place the example is said not to be about, the user's own place or "") when the
    whole message says the example is set elsewhere; None otherwise (also for long messages,
    which tell a story of their own). "het gaat niet om een hotel" -> ("hotel", "");
    "ik werk in een supermarkt, niet in een bouwmarkt" -> ("bouwmarkt", "supermarkt")."""
    plain = " ".join((text or "").split())
    if not plain or len(plain.split()) > _WORDS_AT_MOST:
        return None
    found = _NOT_IN_PLACE.match(plain)
    if found is None:
        return None
    groups = found.groupdict()
    said_not = next(groups[g] for g in "abcdefgh" if groups.get(g))
    own = groups.get("own") or groups.get("own2") or ""
    said_not = said_not.lower()
    return None if said_not in _NOT_A_SETTING else (said_not, own.lower())


def set_in_story(place: str, story: str) -> bool:
    """Whether the story names `place` (any of its words, at a word's start, any case):
    "bouwmarkt" in "Bij het servicepunt van een bouwmarkt ...". The message is about the
    example only when it rejects something the example tells of."""
    lowered = story.lower()
    return any(re.search(rf"\b{re.escape(word)}", lowered) for word in place.split())
