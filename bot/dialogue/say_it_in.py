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

__all__ = ["asks_to_say_it_in"]

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
_TARGET = rf"(?:(?:in|naar)\s+(?:het\s+)?|in(?:to)?\s+|to\s+){_LANGUAGE}"
# what was just said, pointed at: "dat", "die zin", "that", "those words", "the example"
_POINTER = (
    r"(?:dat|dit|het|zoiets|dat\s+dan|die\s+(?:zin|zinnen|woorden|tekst)|deze\s+(?:zin|zinnen|woorden)"
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
_REQUEST = re.compile(
    _OPENING
    + r"(?:"
    + rf"(?:{_SAY})\s+{_POINTER}{_FILLER}\s+{_TARGET}"  # hoe zeg ik dat in het Engels
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


def asks_to_say_it_in(text: str | None) -> str | None:
    """The language ("nl" or "en") in which `text` asks to have what was just said: "hoe zeg
    ik dat in het Engels?" -> "en", "how do I say that in Dutch" -> "nl"; None for any other
    message, among them "hoe zeg je 'bonnetje' in het Engels" (words of its own to
    translate), "kun je in het Engels antwoorden" (a switch of the chat's language) and a
    button's payload."""
    said = " ".join((text or "").split())
    if not said or said.startswith("/"):
        return None
    found = _REQUEST.match(said)
    if found is None:
        return None
    return _CODES[_LANGUAGE_WORD.findall(said)[-1].lower()]
