"""Does a typed message ask the coach to translate something? "kun je dit vertalen naar het
Engels: wij excuseren ons voor het ongemak", "hoe zeg je 'excuses' in het Engels", "wat is
klantvriendelijk in het Engels", "how do you say 'receipt' in Dutch", "what's the Dutch word
for receipt". The coach does not translate: such a message gets the `translation` line of
knowledge/referrals.yml (actions/knowledge.py), in the language the request is written in.

It names Dutch or English, so NLU read it as a request to change the chat's language: the
tester round of stop 44 found "kun je dit vertalen naar het Engels: ..." answered with "Sure,
I'll answer in English from now on", and the next Dutch question in English
(actions/language.py). A real switch asks to speak, answer or write in a language ("kun je
in het Engels antwoorden", "can we speak Dutch", "english please"), not for a word or a
sentence in it.

A message about someone the asker serves ("de klant wil een vertaling van zijn factuur", "how
do I say no to a customer in English") is a service question, not this; the words to be
translated (quoted, after a colon, or the few words between "hoe zeg je" and "in het
Engels") do not count for that.

Pure Python (no Rasa)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.content.referrals import SERVED
from bot.dialogue.say_it_in import spelled_language_names

__all__ = ["TranslationRequest", "asks_to_translate", "translation_request"]

# Languages as people name them, Dutch and English names; Dutch and English first.
# fmt: off
_LANGUAGES = (
    "engels", "nederlands", "vlaams", "english", "dutch", "flemish",
    "frans", "french", "duits", "german", "spaans", "spanish", "italiaans", "italian",
    "portugees", "portuguese", "pools", "polish", "turks", "turkish", "arabisch", "arabic",
    "marokkaans", "moroccan", "russisch", "russian", "oekraiens", "oekraïens", "ukrainian",
    "chinees", "chinese", "japans", "japanese", "koreaans", "korean", "hindi", "urdu",
    "fries", "frisian", "papiaments", "papiamento", "somalisch", "somali", "tigrinya", "farsi",
    "perzisch", "persian", "grieks", "greek", "zweeds", "swedish", "noors", "norwegian",
    "deens", "danish", "fins", "finnish", "hongaars", "hungarian", "roemeens", "romanian",
    "bulgaars", "bulgarian", "tsjechisch", "czech", "kroatisch", "croatian", "servisch",
    "serbian", "albanees", "albanian", "hebreeuws", "hebrew", "vietnamees", "vietnamese",
    "thais", "thai", "indonesisch", "indonesian", "koerdisch", "kurdish",
)
# the same as adjectives: "het Engelse woord voor", "the Dutch word for"
_ADJECTIVES = (
    "engelse", "nederlandse", "vlaamse", "english", "dutch", "flemish", "franse", "french",
    "duitse", "german", "spaanse", "spanish", "italiaanse", "italian", "poolse", "polish",
    "turkse", "turkish", "arabische", "arabic", "russische", "russian", "portugese",
    "portuguese", "chinese", "roemeense", "romanian",
)
# fmt: on
_LANGUAGE = rf"(?:{'|'.join(_LANGUAGES)})"
# the language to translate into: "in het Engels", "naar het Nederlands", "in English", "into Dutch"
_TARGET = rf"(?:(?:in|naar)\s+het\s+{_LANGUAGE}|(?:in|into|naar)\s+{_LANGUAGE})"

# a request to translate, in so many words: "vertaal dit", "kun je dit vertalen", "vertaling
# van", "translate this", "can you translate", "translation of"; not "vertaalapp" or "vertaald"
_TRANSLATE = re.compile(
    r"(?<!\w)(?:vertaal(?!\w)|vertalen(?!\w)|vertaling(?:en)?\s+(?:van|naar|in)(?!\w)|"
    r"translate(?!\w)|translation\s+(?:of|into|to|in|for)(?!\w))"
)
# "hoe zeg je X in het Engels", "hoe zeg ik dat in het Nederlands", "how do you say X in
# Dutch", "how to say X in English", "what is X in Dutch", "wat betekent X in het Engels",
# "hoe heet X in het Engels", "what is X called in English": X is what to translate, a few
# words in one clause, and the language ends the message (a clause break after it starts a
# question of its own)
_SAY = (
    r"hoe\s+(?:zeg|schrijf|spel|noem|spreek)\s+(?:je|jij|ik|u|we|men)|"
    r"how\s+(?:do|would|should|can|could|to|does\s+one)\s+(?:(?:you|i|we|one)\s+)?"
    r"(?:say|write|spell|pronounce)"
)
_WHAT = (
    r"wat\s+(?:is|zijn|betekent|betekenen|wil\s+zeggen)|hoe\s+heet|hoe\s+heten|"
    r"what\s+(?:is|are|does|do)|what's|whats|what’s"
)
_THING = r"(?P<thing>[^?.!:;]{0,80}?)"
_SAY_IN = re.compile(rf"(?<!\w)(?:{_SAY})(?!\w){_THING}\s*(?<!\w){_TARGET}(?!\w)")
_WHAT_IN = re.compile(
    rf"(?<!\w)(?:{_WHAT})(?!\w){_THING}\s*(?:(?:mean|called|heet|genoemd)\s+)?"
    rf"(?<!\w){_TARGET}\s*(?:genoemd|called)?\s*[?!.]*\s*$"
)
# "wat is het Engelse woord voor X", "what's the Dutch word for X", "de Engelse vertaling van X"
_WORD_FOR = re.compile(
    rf"(?<!\w)(?:het|de|the|an?)\s+(?:{'|'.join(_ADJECTIVES)})\s+"
    r"(?:woord|woorden|vertaling|term|uitdrukking|word|words|translation|term|expression|phrase)\s+"
    r"(?:voor|van|for|of)(?!\w)"
)
# what was just said, asked again in a language the coach does not speak: "kun je dat in het
# Arabisch zeggen", "zeg het eens in het Turks", "can you say that in Arabic", "write this in
# Polish please" (tester round of stop 64: "Sorry, ik spreek alleen Nederlands en Engels. Ik ga
# verder in het Nederlands", as if the chat's language were asked). In Dutch or English it is
# the answer again in that language (actions/language.py `asks_to_say_again_in`), not this.
_SPOKEN = ("engels", "nederlands", "vlaams", "english", "dutch", "flemish")
_OTHER_LANGUAGE = rf"(?:{'|'.join(x for x in _LANGUAGES if x not in _SPOKEN)})"
_POINTER = r"(?:dat|dit|da|het|'t|t|dat even|dat eens|that|this|it)"
_SAY_VERB = r"(?:zeggen|schrijven|zetten|uitleggen|opschrijven|say|write|put|tell me|explain)"
_OTHER_TARGET = rf"(?:(?:in|naar)\s+(?:het\s+|t\s+)?{_OTHER_LANGUAGE}|(?:in|into)\s+{_OTHER_LANGUAGE})"
_POINTER_IN_OTHER = re.compile(
    rf"(?<!\w)(?:(?:kun|kan|wil|zou)\s+(?:je|jij|u|ge)\s+{_POINTER}\s+(?:\w+\s+)?{_OTHER_TARGET}\s+{_SAY_VERB}"
    rf"|(?:zeg|schrijf)\s+{_POINTER}\s+(?:\w+\s+)?{_OTHER_TARGET}"
    rf"|(?:can|could|would|will)\s+you\s+(?:say|write|put|tell me|explain)\s+{_POINTER}\s+(?:\w+\s+)?"
    rf"{_OTHER_TARGET}"
    rf"|^(?:please\s+)?(?:say|write|put)\s+{_POINTER}\s+(?:\w+\s+)?{_OTHER_TARGET})(?!\w)"
)
# words said to be translated: in quotes, or after the colon that ends the request
_QUOTED = re.compile(r"[\"“”„][^\"“”„]*[\"“”]|(?<!\w)['‘’][^'‘’]+['‘’](?!\w)")
_AFTER_COLON = re.compile(r":.*$")
# at most this many words between "hoe zeg je" and "in het Engels" are the words to translate
# (then a customer among them is only a word: "wat is klant in het Engels"); more are a
# situation ("how do I say no to a customer in English")
THING_WORDS = 3


@dataclass(frozen=True)
class TranslationRequest:
    """A request to translate: `frame` is the request in the asker's own words, without what
    is to be translated ("kun je dit vertalen naar het Engels" of "kun je dit vertalen naar
    het Engels: wij excuseren ons voor het ongemak"), to tell the language it is written in."""

    text: str
    frame: str


def _normalised(text: str) -> str:
    """`text` in lower case, single spaces, with the names of Dutch and English typed with one
    slip spelled right ("hoe zeg je 'bon' in het engls": bot/dialogue/say_it_in.py; stop 58)."""
    return spelled_language_names(" ".join((text or "").lower().split()))


def translation_request(text: str | None) -> TranslationRequest | None:
    """The request to translate that `text` makes, or None (see the module's docstring)."""
    said = _normalised(text)
    if not said or said.startswith("/"):  # a button's payload asks nothing
        return None
    unquoted = " ".join(_QUOTED.sub(" ", said).split())
    frame = unquoted
    if _TRANSLATE.search(unquoted):
        before = _AFTER_COLON.sub("", unquoted).strip()
        frame = before if _TRANSLATE.search(before) else unquoted
        return None if SERVED.search(frame) else TranslationRequest(said, frame)
    named = _WORD_FOR.search(unquoted)
    if named is not None:  # the request is up to "for": "what is the Dutch word for"
        return None if SERVED.search(unquoted) else TranslationRequest(said, unquoted[: named.end()])
    if _POINTER_IN_OTHER.search(unquoted) and not SERVED.search(unquoted):  # "zeg dat in het Arabisch"
        return TranslationRequest(said, unquoted)
    for pattern in (_SAY_IN, _WHAT_IN):
        found = pattern.search(unquoted)
        if found is None:
            continue
        thing = found.group("thing")
        if len(thing.split()) > THING_WORDS:
            if SERVED.search(unquoted):  # "how do I say no to a customer in English": a situation
                return None
            around = unquoted
        else:  # the few words to translate: a customer among them is a word ("wat is klant in het engels")
            around = unquoted[: found.start("thing")] + " " + unquoted[found.end("thing") :]
            if SERVED.search(around):
                return None
        return TranslationRequest(said, " ".join(around.split()))
    return None


def asks_to_translate(text: str | None) -> bool:
    """Whether `text` asks the coach to translate something (`translation_request`)."""
    return translation_request(text) is not None
