"""Dutch adjective inflection undone after stemming, so "boze" and "boos" are one word.

Dutch adds -e to an adjective before a noun ("een boze klant", "de klant is boos"). With
the -e the syllable opens, so a long vowel is written once and a final s/f is voiced to z/v:
boos -> boze, groot -> grote, lief -> lieve, traag -> trage. The Snowball Dutch stemmer
leaves the -e of such short words ("boze", "grote", "lieve"), while it stems the plain form
to itself, so a message with "boos" missed an article that says "boze klant" (issue 9:
"klant is boos omdat ..."). `uninflect` maps such a stem back to the plain form:

- only a stem of 4+ letters ending in consonant + "e";
- the -e goes, z -> s and v -> f ("grijze" -> "grijs", "halve" -> "half");
- a single vowel a/e/o/u before that one consonant, itself after a consonant, is doubled
  ("boze" -> "boos", "trage" -> "traag"); diphthongs and ie/ij stay ("vieze" -> "vies").

The rule runs on the index and the query alike (bot/engine/lexical.py), so the price of a
noun that looks inflected ("zone" -> "zoon") is at most a shared stem of two words."""

from __future__ import annotations

DEVOICED = {"z": "s", "v": "f"}
VOWELS = set("aeiouy")
SINGLE = set("aeou")  # doubled when the syllable closes: boze -> boos; "i" is written ie/ij


def uninflect(stem: str) -> str:
    """The plain Dutch form of an inflected adjective stem ("boze" -> "boos", "lieve" ->
    "lief", "grote" -> "groot", "grijze" -> "grijs"); anything else unchanged."""
    if len(stem) < 4 or stem[-1] != "e" or stem[-2] in VOWELS or not stem[-2].isalpha():
        return stem
    base = stem[:-2]
    consonant = DEVOICED.get(stem[-2], stem[-2])
    if len(base) >= 2 and base[-1] in SINGLE and base[-2] not in VOWELS:
        base += base[-1]
    return base + consonant


# Past forms of strong verbs that Snowball leaves as words of their own, read as the verb's
# infinitive (stemmed after this): "schold" was no index word and was read as the typo of
# "schuld" ("hij schold me uit voor van alles, moet ik dat pikken?" got the article on the
# customer as king), and "gaf", in one sentence of the price objection, drew "een klant gaf me
# een compliment" to it as a rare word (stop 58). Only verbs whose past form misled a search
# are listed; they run on the index and the query alike (bot/engine/lexical.py).
STRONG_PAST = {
    "gaf": "geven",
    "gaven": "geven",
    "schold": "schelden",
    "scholden": "schelden",
    "gescholden": "schelden",
    "uitgescholden": "uitschelden",
}


def unpast(word: str) -> str:
    """The infinitive for a listed strong past form ("gaf" -> "geven", "schold" ->
    "schelden"; lowercase, folded); any other word unchanged."""
    return STRONG_PAST.get(word, word)
