"""Does a message ask how to say what the coach just said in Dutch or English? "hoe zeg ik dat
in het Engels?", "wat is dat in het Engels", "kun je dat vertalen naar het Engels", "how do I
say that in Dutch?", "translate that into English please".

Right after an answer, such a message points back at that answer ("dat", "that"): the words
to use, in the other language the coach speaks. Every article has a Dutch and an English
version, so the coach can show the other version's example without translating anything
(actions/advice.py `answered_as_example_in_other_language`). Before stop 45 it was read as a
request for the words and got the same example in the chat's language (tester round of stop
44). A request to translate words of the user's own ("hoe zeg je 'bonnetje' in het Engels")
names what to translate and is not this (bot/dialogue/translation_request.py).

Pure Python (no Rasa)."""

from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import zipf_frequency

__all__ = ["asks_how_in", "asks_to_say_it_in", "spelled_language_names"]

# the two languages the coach speaks, as people name them -> code
_CODES = {
    "engels": "en",
    "english": "en",
    "nederlands": "nl",
    "vlaams": "nl",
    "dutch": "nl",
    "flemish": "nl",
}
_LANGUAGE = rf"(?:{'|'.join(_CODES)})"
_LANGUAGE_WORD = re.compile(rf"\b{_LANGUAGE}\b", re.IGNORECASE)
_TARGET = rf"(?:(?:in|naar)\s+(?:het\s+|'?t\s+)?|in(?:to)?\s+|to\s+){_LANGUAGE}"  # "in 't engels" (Flemish)
# what was just said, pointed at: "dat", "die zin", "that", "those words", "the example"
_POINTER = (
    r"(?:dat|da|dit|het|zoiets|dat\s+dan|die\s+(?:zin|zinnen|woorden|tekst)|deze\s+(?:zin|zinnen|woorden)"
    r"|(?:dat|het)\s+voorbeeld|that|this|it|those(?:\s+words)?|these(?:\s+words)?"
    r"|that\s+(?:sentence|line|example|text)|the\s+example)"
)
_FILLER = r"(?:\s+(?:dan|nou|eigenlijk|precies|then|exactly|actually))?"
_SAY = (
    r"hoe\s+(?:zeg|schrijf|noem)\s+(?:je|jij|ik|u|we)|"
    r"how\s+(?:do|would|should|can|could)\s+(?:you|i|we)\s+(?:say|write|put)|how\s+to\s+(?:say|write|put)"
)
_WHAT = r"wat\s+is|wat\s+zijn|what\s+is|what's|whats|what\s+are"
_ASK = r"(?:kun|kan|wil)\s+(?:je|jij|u)|(?:can|could|would|will)\s+you"
_OPENING = r"^(?:(?:en|and|ok|oké|okay|maar|but|super|top|thanks|dank\s+je|bedankt)[\s,]+)*"
_CLOSING = (
    r"(?:[\s,]+(?:dan|nou|then|graag|aub|a\.u\.b\.|alsjeblieft|please|pls|plz|even|eens))*\s*[?!.]*\s*$"
)
_SOFT = r"(?:(?:ook|even|eens|also)\s+)?"
# whom it is said to, after the language: "hoe zeg ik dat in het engels tegen een toerist?", "how do I
# say that in English to a guest" (fresh tester of stop 69: the Dutch example again)
_TO_WHOM = (
    r"(?:\s+(?:tegen|aan|voor|to|for)\s+(?:(?:een|ne|nen|de|die|dat|zo'?n|mijn|onze|a|an|the|that|this|my|our)\s+)?"
    r"(?:[^\W\d_]+\s+)?[^\W\d_]+)?"
)
_REQUEST = re.compile(
    _OPENING
    + r"(?:"
    + rf"(?:{_SAY})\s+{_POINTER}{_FILLER}\s+{_TARGET}{_TO_WHOM}"  # hoe zeg ik dat in het Engels
    + rf"|(?:{_WHAT})\s+{_POINTER}\s+{_TARGET}"  # wat is dat in het Engels
    # kun je dat in het Engels zeggen
    + rf"|(?:{_ASK})\s+{_SOFT}{_POINTER}\s+{_SOFT}{_TARGET}\s+(?:zeggen|vertalen)"
    + rf"|(?:{_ASK})\s+{_SOFT}{_POINTER}\s+{_SOFT}vertalen\s+{_TARGET}"  # kun je dat vertalen naar het Engels
    + rf"|(?:{_ASK})\s+{_SOFT}(?:translate|say|put)\s+{_POINTER}\s+{_TARGET}"  # can you say that in Dutch
    + rf"|(?:vertaal|translate|say)\s+{_POINTER}\s+{_SOFT}{_TARGET}"  # translate that into English
    + r")"
    + _CLOSING,
    re.IGNORECASE,
)


# --- the names of the two languages typed with one slip (stop 58: "nederlans", "nederland aub",
# "engls please", "in het engelsch", "englis" were no request for a language) ---
# A word one edit (a letter left out, added, changed, or two swapped) from one of these names,
# with the same first letter, reads as that name; so does the old spelling with "-sch"
# ("engelsch", "nederlandsch"). Only the language words are read so: the rest of a message is
# never changed. A word that is common on its own in Dutch or English (wordfreq's Zipf frequency
# at least SLIP_WORD_FLOOR: "engel", "enkels", "ditch", "holland", "engelsen") or an everyday word
# wordfreq misses (`_NOT_A_SLIP`: "iets enges") stays itself; "England" and "nederlaag" are more
# than one edit away. "nederland" is a country: it names the language only as a request does
# ("nederland aub", "in het nederland", "nederland" alone), never in a sentence ("klanten uit
# Nederland").
_SPOKEN_NAMES = (
    "english", "engels", "engelse", "nederlands", "nederlandse", "dutch", "vlaams", "vlaamse", "hollands",
    "flemish",
)  # fmt: skip
SLIP_WORD_FLOOR = 3.0
_NOT_A_SLIP = frozenset({"enges", "engelsen", "holland", "hollander"})
_COUNTRY_SLIPS = {"nederland": "nederlands"}
# the words beside a country name that make it a request for the language: a courtesy right after
# it ("nederland aub"), "het" right before it ("in het nederland"), or these words only around it
_COURTESY = frozenset(
    {"aub", "a.u.b", "graag", "please", "pls", "plz", "svp", "alsjeblieft", "alstublieft", "only", "alleen"}
)
_AROUND_A_REQUEST = _COURTESY | {"het", "t", "in", "ok", "oke", "oké", "ja", "yes", "sorry", "liever", "dan"}
_WORD_OF_NAME = re.compile(r"[^\W\d_]+")


def _one_edit(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by one edit: a letter left out, added or changed, or two
    letters next to each other swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        first, second = diff if len(diff) == 2 else (0, 0)
        return second == first + 1 and a[first] == b[second] and a[second] == b[first]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


@lru_cache(maxsize=4096)
def _name_meant(word: str) -> str | None:
    """The language name (`_SPOKEN_NAMES`) a lower-case word is one slip from, else None."""
    if word in _SPOKEN_NAMES or word in _NOT_A_SLIP or len(word) < 4:
        return None
    if word.endswith("sch") and word[:-2] in _SPOKEN_NAMES:
        return word[:-2]  # "engelsch", "nederlandsch": the old spelling
    if max(zipf_frequency(word, "nl"), zipf_frequency(word, "en")) >= SLIP_WORD_FLOOR:
        return None  # a word of its own: "engel", "enkels", "ditch"
    found = {name for name in _SPOKEN_NAMES if name[0] == word[0] and _one_edit(word, name)}
    return found.pop() if len(found) == 1 else None


def _aub(text: str) -> str:
    """`text` in lower case with "a.u.b." written as one word."""
    return re.sub(r"\ba\.u\.b\b\.?", "aub", text.lower())


def spelled_language_names(text: str) -> str:
    """`text` with each word that is the name of Dutch or English typed with one slip written
    as that name ("nederlans aub" -> "nederlands aub", "in het engelsch" -> "in het engels",
    "engls please" -> "english please"); every other word as it was (see above)."""
    words = _WORD_OF_NAME.findall(_aub(text))
    if not words:
        return text
    alone = all(w in _AROUND_A_REQUEST or w in _COUNTRY_SLIPS for w in words)

    def spelled(found: re.Match[str]) -> str:
        word = found.group(0).lower()
        if word not in _COUNTRY_SLIPS:
            return _name_meant(word) or found.group(0)
        before = _WORD_OF_NAME.findall(text[: found.start()].lower())[-1:]
        after = _WORD_OF_NAME.findall(_aub(text[found.end() :]))[:1]
        asked = alone or before in (["het"], ["t"]) or (after and after[0] in _COURTESY)
        return _COUNTRY_SLIPS[word] if asked else found.group(0)

    return _WORD_OF_NAME.sub(spelled, text)


def asks_to_say_it_in(text: str | None) -> str | None:
    """The language ("nl" or "en") in which `text` asks to have what was just said: "hoe zeg
    ik dat in het Engels?" -> "en", "how do I say that in Dutch" -> "nl"; None for any other
    message, among them "hoe zeg je 'bonnetje' in het Engels" (words of its own to
    translate), "kun je in het Engels antwoorden" (a switch of the chat's language) and a
    button's payload."""
    said = " ".join((text or "").split())
    if not said or said.startswith("/"):
        return None
    said = spelled_language_names(said)  # "hoe zeg ik dat in het engls" (stop 58)
    found = _REQUEST.match(said)
    if found is None:
        return None
    return _CODES[_LANGUAGE_WORD.findall(said)[-1].lower()]


# --- "and how do I do that in Dutch?" right after an answer (tester round of stop 62) ---
# A question how to do what was just advised ("hoe doe ik dat", "hoe pak ik dat aan", "how do I
# handle that", "wat moet ik dan doen") with a language named and nothing else asks for that answer
# in that language, once: "en hoe doe ik dat in het nederlands?" after an English answer pinned
# Dutch for the rest of the chat (NLU: set_language). Not "hoe zeg ik dat in het Engels" (the words
# to say: `asks_to_say_it_in`), "kun je dat in het Nederlands zeggen" (the answer again, pinned:
# actions/language.py `asks_to_say_again_in`), nor a question with more in it ("hoe doe ik dat bij
# een klant die geen Nederlands spreekt").
_HOW_POINTER = r"(?:dat|dit|da|het|t|zoiets|that|this|it)"
_HOW_TARGET = rf"(?:in|naar|into)\s+(?:het\s+|t\s+)?{_LANGUAGE}"
_HOW_SOFT = r"(?:\s+(?:dan|nou|precies|eigenlijk|then|exactly|actually))*"
_HOW_DO = (
    r"(?:hoe|en\s+hoe)\s+(?:doe|pak|moet|kan|kun|zou|regel|aanpak|los)\s+(?:ik|je|jij|we|u|ge|k)\s+"
    rf"{_HOW_POINTER}{_HOW_SOFT}(?:\s+(?:aan|op|doen|aanpakken|oplossen|regelen))?"
    rf"|wat\s+(?:doe|moet|kan)\s+(?:ik|je|jij|we|u|ge|k)\s+(?:dan|daar\s*mee|daar\s+aan|daaraan){_HOW_SOFT}"
    r"(?:\s+doen)?"
    rf"|how\s+(?:do|would|should|can|could)\s+(?:i|you|we)\s+(?:do|handle|deal\s+with|tackle|manage|approach"
    rf"|fix|solve)\s+{_HOW_POINTER}{_HOW_SOFT}"
    rf"|what\s+(?:do|should|can)\s+(?:i|we)\s+do(?:\s+(?:then|about\s+(?:that|it)))?{_HOW_SOFT}"
)
_HOW_IN = re.compile(
    _OPENING
    + rf"(?:(?:{_HOW_DO})[\s,:]+{_HOW_TARGET}(?:\s+(?:aan|doen|aanpakken|oplossen|regelen))?"
    + rf"|{_HOW_TARGET}[\s,:]+(?:{_HOW_DO}))"
    + _CLOSING,
    re.IGNORECASE,
)


def asks_how_in(text: str | None) -> str | None:
    """The language ("nl" or "en") in which `text` asks how to do what was just advised: "en hoe
    doe ik dat in het nederlands?" -> "nl", "hoe pak ik dat aan in het Nederlands", "and how do I
    do that in English?" -> "en", "in het Nederlands: hoe doe ik dat?"; None for any other message
    ("hoe zeg ik dat in het Engels", "kun je dat in het Nederlands zeggen", "hoe doe ik dat bij een
    klant die geen Nederlands spreekt", "hoe doe ik dat?") and a payload. Apostrophes and a name
    typed with one slip are read as `spelled_language_names` reads them ("in 't nederlans")."""
    said = " ".join((text or "").split())
    if not said or said.startswith("/"):
        return None
    said = spelled_language_names(re.sub(r"['’`]", "", said))
    if _HOW_IN.match(said) is None:
        return None
    return _CODES[_LANGUAGE_WORD.findall(said)[-1].lower()]
