"""Tell Dutch from English, and say so only when sure: a bare "ok" or "4" keeps the
language the conversation already has. `foreign_language` tells a message written in a
language the coach does not speak ("Wie gehe ich mit einem unfreundlichen Kunden um?")."""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder
from wordfreq import get_frequency_dict, zipf_frequency

from bot.engine.code_switching import function_word_language, language_of, matrix_language

_CODES = {Language.DUTCH: "nl", Language.ENGLISH: "en"}
_WORD = re.compile(r"[^\W\d_]{2,}")
# Languages staff may write in that the coach does not speak (ISO 639-1 codes, wordfreq's).
FOREIGN = ("de", "fr", "es", "it", "pt", "tr", "pl")
# A word votes for one of them when its Zipf frequency there is at least FOREIGN_FLOOR and
# FOREIGN_GAP above its frequency in Dutch and in English, and counts against it when its
# frequency in Dutch or English is FOREIGN_GAP above; a word of all of them ("client", "en",
# "comment") counts for none. A message of at least FOREIGN_MIN_WORDS words is in that language
# when at least FOREIGN_MIN_VOTES words vote for it and they are at least FOREIGN_SHARE of the
# words that vote for or against it. Stop 60: "Comment gérer un client en colère ?" (3 French
# words of 6, the rest of all three languages) was read as Dutch while the share was taken of
# all words. A word typed without its accents ("colere", "nasil", "uspokoic") is looked up as
# its accented form (`_unaccented`: 77,000 forms, about 18 MB, built in 0.8 s on first use). On
# the 2,354 Dutch and English messages of the dev, NLU and kind sets (Flemish "da", "ni", "kga"
# included) none is read as another language (tests/unit/test_foreign_language.py,
# tests/unit/test_language_kinds_s60.py). wordfreq's small lists: 27 MB for the seven (its large
# lists: 255 MB); lingua with the seven added: about 200 MB more.
FOREIGN_MIN_WORDS = 4
FOREIGN_MIN_VOTES = 3
FOREIGN_SHARE = 0.6
FOREIGN_FLOOR = 2.5
FOREIGN_GAP = 1.0

# Greetings, thanks and goodbyes typed on their own belong to one language, though they are
# too short for the detector ("goeiemorgen" was answered in English after an English turn).
# Words of one letter ("a") are dropped before matching: "thx a lot" is "thx lot".
# Only phrases of one language: "hey", "hi", "ok", "top", "super" keep the conversation's.
# fmt: off
_GREETINGS = {
    "nl": frozenset({
        "alsjeblieft", "alstublieft", "aub", "bedankt", "daag", "dag", "dag allemaal", "dagdag",
        "dank je", "dank je wel", "dank u", "dank u wel", "dankje", "dankjewel", "dankuwel", "doeg",
        "doei", "fijne avond", "fijne dag", "goede avond", "goede middag", "goede morgen",
        "goedemiddag", "goedemorgen", "goedenavond", "goedendag", "goeie avond", "goeie middag",
        "goeie morgen", "goeiedag", "goeiemiddag", "goeiemorgen", "goeienavond", "goeiendag",
        "goeienmorgen", "hallo", "hallo allemaal", "hallokes", "hallootjes", "hoi", "hoihoi",
        "houdoe", "merci", "mercikes", "morgen", "tot later", "tot morgen", "tot ziens",
        "welterusten", "salukes", "saluut", "ajuu", "ajuus", "tot kijk", "tot straks",
        "tot binnenkort", "groetjes", "de groeten", "salut", "salu", "saluutjes", "merci beaucoup",
    }),
    "en": frozenset({
        "afternoon", "bye", "byebye", "cheers", "evening", "good afternoon", "good evening",
        "good morning", "good night", "goodbye", "have a nice day", "hello", "hiya", "howdy",
        "many thanks", "morning", "see ya", "see you", "see you later", "thank you", "thanks",
        "thanks a lot", "thankyou", "thx", "thx lot", "thx mate", "thanks mate", "tnx", "ty", "thanks lot",
        "thank you so much", "thanks so much", "thanks a million", "much appreciated", "bye bye",
        "take care", "catch you later", "good day", "hey there", "hi there",
        "cya", "cu later", "bye now", "laters", "thank", "thanks a bunch", "thnx", "thanx",
        "cheers mate",
    }),
}
# fmt: on
# English thanks that Dutch staff type too ("thx doei", "ok tnx, tot morgen"): beside Dutch
# words they count as Dutch; alone, or with words both languages use only ("ok thx"), they are
# English (tester round of stop 44: "thx doei" had no language, and "thx, bye" was answered in Dutch).
_BORROWED_THANKS = frozenset({"thx", "tnx", "thnx", "thanx"})


# Flemish and Dutch interjections said with thanks or a goodbye ("merci hé, salukes")
_COURTESY_FILLERS = {
    # Flemish "allee", "amai", "awel" too (tester round of stop 51: "allee merci he, salut" and
    # "amai merci" were answered in English)
    "nl": frozenset({
        "he", "hé", "e", "é", "hoor", "ne", "nen", "zeker", "vriendelijk", "allee", "allez", "amai", "awel",
        "ja", "echt", "heel", "veel", "wel",
    }),  # fmt: skip
    "en": frozenset(),
}
# Words both languages use around thanks ("merci he, top", "thanks, super"): they count for
# either, so the other words decide (tester round of stop 43: "merci he, top" was English).
_SHARED_COURTESY = frozenset({"top", "super", "perfect", "ok", "oke", "oké", "okay", "nice", "cool", "prima"})


def _greeting_language(text: str) -> str | None:
    """'nl' or 'en' when the whole message is a greeting, thanks or goodbye of one language,
    as one phrase or as words of that language's phrases only ("merci hé, salukes": read as
    English thanks in the tester round of stop 42)."""
    said = " ".join(_WORD.findall((text or "").lower()))
    found = [lang for lang, phrases in _GREETINGS.items() if said in phrases]
    if len(found) == 1:
        return found[0]
    words = said.split()
    if found or len(words) < 2:  # a word alone is matched as a phrase ("hey" is no English)
        return None
    only = [
        lang
        for lang, phrases in _GREETINGS.items()
        if all(
            w in _COURTESY_FILLERS[lang]
            or w in _SHARED_COURTESY
            or (lang == "nl" and w in _BORROWED_THANKS)
            or any(w in p.split() for p in phrases)
            for w in words
        )
    ]
    if len(only) == 2 and _BORROWED_THANKS & set(words):
        return "en"  # "ok thx", "top thx": an English word among words of both
    return only[0] if len(only) == 1 else None


# English courtesy words Dutch staff use too ("thanks bye", "no thanks", "sorry", "ok cheers")
_ENGLISH_COURTESY = frozenset(
    {w for phrase in _GREETINGS["en"] for w in phrase.split()}
    | {"no", "nope", "nah", "yes", "yeah", "yep", "ok", "okay", "oke", "sorry", "please", "so", "lot", "mate"}
    | _SHARED_COURTESY  # "oké thx", "top thx"
)


def english_courtesy(text: str) -> bool:
    """Whether `text` is only English thanks, greetings, goodbyes and yes/no words ("thanks
    bye", "no thanks", "ok cheers", "sorry!"). Dutch staff type these too, so they do not
    turn a Dutch conversation into English (tester round of stop 37: "thanks bye" and the
    "help" after it came in English); a Dutch greeting after English turns still counts."""
    words = _WORD.findall((text or "").lower())
    return bool(words) and all(w in _ENGLISH_COURTESY for w in words)


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_CODES).build()


def detect_language(text: str, min_confidence: float = 0.7) -> str | None:
    """'nl', 'en', or None when the text is too short or too mixed to tell. A message that
    mixes the two is in the language of its function words (code_switching.matrix_language):
    "wat is customer effort" is Dutch, "what is gastvrijheid" English, though the detector
    goes by the longer content words; so is one with the function words of one language only
    around terms of the other ("wat is service recovery"). A message in another language
    (`foreign_language`) is None: a Turkish question after English turns got its reply in
    Dutch. When the detector is unsure, function words of only one language decide
    (code_switching.function_word_language):
    a place name ("in utrecht") made an English message unsure, and the reply came in the
    previous turn's Dutch."""
    greeting = _greeting_language(text)
    if greeting is not None:
        return greeting
    rest = without_set_phrases(text)
    if rest != (text or ""):
        # "c'est la vie lol", "no pasa nada hoor": a set phrase of another language says nothing of
        # the message's; the rest decides, and a phrase alone keeps the conversation's (stop 61:
        # "no pasa nada hoor" was English by its "no")
        return detect_language(rest, min_confidence) if _WORD.search(rest) else None
    if _WORD.search(text or "") and not has_a_known_word(text):
        # keyboard mash ("asdf jkl", "ghfjdk slaeiru") or filler ("lorem ipsum dolor sit amet")
        # is no one's language: the detector, or a stray "sit" or "ad", read such letters as
        # English or Dutch and the chat switched (tester rounds of stops 46 and 47)
        return None
    if foreign_language(text) is not None:  # another language: the conversation's stays
        return None
    matrix = matrix_language(text or "")
    if matrix is not None:
        return matrix
    lone = function_word_language(text or "", minimum=1)
    if lone is not None:
        # the function words of one language only, around terms of the other: "wat is service
        # recovery" is a Dutch question about an English term (tester round of stop 42: the
        # detector read it as English, and the answer and the running self-check switched)
        return lone
    if only_a_term(text or ""):
        # "wt is empowerment lol", "wa is nps", "empowerment haha": no word of either language
        # but a term both use; the conversation's language stays (tester round of stop 57: the
        # detector read "empowerment" as English and a Dutch chat switched)
        return None
    if len(_WORD.findall(text or "")) < 2:
        # "verder", "soms", "continue", "sometimes": too short for the detector, but a common word
        # of one language (stop 60: "verder" after one English turn went on in English)
        return short_message_language(text or "")
    values = _detector().compute_language_confidence_values(text[:1000])
    if not values or values[0].value < min_confidence:
        # unsure, often because of a name ("... the training in utrecht"): the function words,
        # else the words that clearly belong to one language ("tell me a joke": the detector
        # 0.52 English, "me" and "a" in both lists; tester round of stop 29), else, in a short
        # message, one common word of one language ("bwa soms", "3 pls continue")
        found = function_word_language(text) or clear_word_language(text) or short_message_language(text)
    else:
        found = _CODES.get(values[0].language)
    if found == "en" and chat_question_about_a_term(text):
        return None  # "wt is customer effort": a Dutch chat question about an English term (stop 57)
    return found


# Chat spellings of a question word ("wt is nps", Flemish "wa is da", "wadde", "wah") and the small
# words around a term that belong to neither language's function words ("is", "lol"): with them a
# short message says nothing of its language but the term it asks about (`only_a_term`).
_CHAT_QUESTION = re.compile(r"^\W*(?:wt|wa|wadde|wah|watte|wattis|wuk|wtis|wts)\b", re.IGNORECASE)
TERM_MESSAGE_WORDS = 6  # a longer message says enough to tell its language
_CHAT_ASIDES = frozenset(
    {"lol", "haha", "hihi", "hahaha", "lmao", "omg", "xd", "wt", "wa", "wah", "wtf", "is"}
)


def only_a_term(text: str) -> bool:
    """Whether `text` is a short message (at most TERM_MESSAGE_WORDS words) in which no word clearly
    belongs to Dutch or English (code_switching.language_of) and none is a function word of either
    (the caller checked): "wt is empowerment lol", "empowerment haha", "wa is nps". Its language is
    the conversation's: such a term ("empowerment") is used in both, and the detector reads it as
    English. "what is empowerment" names its language ("what") and is read as before."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
    if not words or len(words) > TERM_MESSAGE_WORDS or any(language_of(w) is not None for w in words):
        return False
    # a term is a known word ("empowerment", "nps"); typos of both ("klnat is bozz") are left to
    # the detector, which reads their letters
    return any(
        len(w) >= 3 and max(zipf_frequency(w, "nl"), zipf_frequency(w, "en")) >= KNOWN_WORD_ZIPF
        for w in words
        if w not in _CHAT_ASIDES
    )


# A short message ("verder", "klopt", "ga door", "continue", "sometimes", "go on") is in the language
# of its words when at most SHORT_MESSAGE_WORDS words, all of that language or of both, and at
# least one of them common in it (Zipf SHORT_WORD_ZIPF: "verder" 5.7, "klopt" 5.0, "continue" 5.1,
# "dunno" 3.8), not a rare term or a typo. Words both languages use in chat keep the
# conversation's language: "ok", "top", "super", "prima", "nice", "cool", "lol", "hmm"
# (`_SHARED_COURTESY`, `_CHAT_ASIDES`, `_CHAT_BOTH`), and so do emoji and numbers (no words). So do
# a bare yes or no ("ja", "nee", "yes", "yep"): staff of either language type them (the decision of
# tests/unit/test_greeting_language.py `EITHER`); "ja altijd" and "yes always" have a language.
SHORT_MESSAGE_WORDS = 3
SHORT_WORD_ZIPF = 3.5
_CHAT_BOTH = frozenset(
    {"oke", "oké", "okee", "okido", "okay", "hmm", "hm", "uh", "uhm", "um", "eh", "euh", "ah", "oh", "oops",
     "oeps", "sorry", "pls", "plz", "stop", "help", "menu", "start", "test", "pardon", "merci", "yo", "jo",
     "bwa", "ja", "jaa", "nee", "neen", "yes", "yeah", "yep", "yup", "nope", "nah", "jep", "jup",
     # "nr 12" picks a place on either language's list (an English conversation kept English, stop 60)
     "nr", "nr.", "no."}
)  # fmt: skip


def short_message_language(text: str) -> str | None:
    """'nl' or 'en' for a message of at most SHORT_MESSAGE_WORDS words (numbers and emoji aside) of
    which no word clearly belongs to the other language (code_switching.language_of) and at least
    one common word (SHORT_WORD_ZIPF) to this one, chat words of both (`_CHAT_BOTH`) aside:
    "verder", "altijd", "weet niet", "klopt", "continue", "never", "go on", "3 pls continue". None
    for a longer message, and for "ok", "top", "3", "👍", "super", "hmm": those keep the
    conversation's language."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]{2,}", text or "")]
    if not words or len(words) > SHORT_MESSAGE_WORDS:
        return None
    shared = _SHARED_COURTESY | _CHAT_ASIDES | _CHAT_BOTH
    found: set[str] = set()
    common = False
    for word in words:
        lang = None if word in shared else language_of(word)
        if lang is not None:
            found.add(lang)
            common = common or zipf_frequency(word, lang) >= SHORT_WORD_ZIPF
    return found.pop() if len(found) == 1 and common else None


def chat_question_about_a_term(text: str) -> bool:
    """Whether `text` is a short message (at most TERM_MESSAGE_WORDS words) that opens with a chat
    spelling of a Dutch question word (`_CHAT_QUESTION`: "wt", "wa", "wadde"): read as English by
    its term alone ("wt is customer effort"), it keeps the conversation's language."""
    words = re.findall(r"[^\W\d_]+", text)
    return bool(words) and len(words) <= TERM_MESSAGE_WORDS and bool(_CHAT_QUESTION.match(text))


# A word is known when its Zipf frequency in Dutch or English is at least this (about 20
# times per 100 million words): "asdf" 1.7, "jkl" 1.5, "lorem" 1.8, "ipsum" 2.2 are not;
# "thx" 3.2, Flemish "efkes" 2.4 and "amai" 2.8 are.
KNOWN_WORD_ZIPF = 2.3


# At least this share of a message's words must be known words of Dutch or English for the
# detector to name its language: a pasted "Lorem ipsum dolor sit amet, consectetur ..." has
# a few ("sit", "et", "in") and was read as English (tester round of stop 47).
# Only for messages of SHARE_MIN_WORDS words or more: a short one may be mostly typos
# ("klnat is bozz").
KNOWN_WORD_SHARE = 0.5
SHARE_MIN_WORDS = 6


def has_a_known_word(text: str) -> bool:
    """Whether at least one word of `text` (two letters or more) is a word of Dutch or
    English by wordfreq (KNOWN_WORD_ZIPF), and, in a message of SHARE_MIN_WORDS words or
    more, at least KNOWN_WORD_SHARE of them are. A message of rare words only, or mostly,
    is left to the conversation's language: keyboard mash, filler text, a rare compound."""
    words = _WORD.findall((text or "").lower())
    known = sum(max(zipf_frequency(w, "nl"), zipf_frequency(w, "en")) >= KNOWN_WORD_ZIPF for w in words)
    return known > 0 and (len(words) < SHARE_MIN_WORDS or known >= KNOWN_WORD_SHARE * len(words))


def clear_word_language(text: str, minimum: int = 2) -> str | None:
    """The language of at least `minimum` words that clearly belong to it
    (code_switching.language_of; one-letter words too: "a") when no word clearly belongs to
    the other; else None."""
    votes = {"nl": 0, "en": 0}
    for word in re.findall(r"[^\W\d_]+", text or ""):
        lang = language_of(word.lower())
        if lang in votes:
            votes[lang] += 1
    found = [lang for lang, n in votes.items() if n > 0]
    return found[0] if len(found) == 1 and votes[found[0]] >= minimum else None


# French and other words said in Dutch and Flemish chat ("merci", "allee", "bon", "salut",
# "pardon", the tag "hé"): they vote for no other language ("bon, allee, merci he" is Flemish).
_LOANWORDS = frozenset(
    {"merci", "allee", "allez", "bon", "salut", "salu", "pardon", "he", "hé", "hè", "eh", "ca", "ça",
     "oké", "oke", "ok", "chapeau", "bonjour", "ciao", "adieu", "voila", "voilà", "dag"}
)  # fmt: skip
# letters that do not come apart into a base letter and an accent (Turkish, Polish, German)
_PLAIN_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ß": "ss", "ø": "o", "œ": "oe", "æ": "ae"})
# a word of one letter counts when it has an accent: French "à", Italian "è", Portuguese "é"
_FOREIGN_WORD = re.compile(r"[^\W\d_]{2,}|[^\W\d_a-zA-Z]")


def _plain(word: str) -> str:
    """`word` without its accents ("colère" -> "colere", "nasıl" -> "nasil", "uspokoić" ->
    "uspokoic")."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=len(FOREIGN))
def _unaccented(code: str) -> dict[str, float]:
    """{word without accents: Zipf frequency of its most frequent accented form} for the words
    of language `code`'s small wordfreq list that have accents; built once per language."""
    out: dict[str, float] = {}
    for word, frequency in get_frequency_dict(code, wordlist="small").items():
        plain = _plain(word)
        if plain != word and frequency > 0:
            out[plain] = max(out.get(plain, 0.0), math.log10(frequency) + 9)
    return out


def _foreign_zipf(word: str, code: str) -> float:
    """The Zipf frequency of the (lower-case) `word` in language `code`: as typed, or, for a word
    typed without accents, that of its accented form ("colere" as "colère")."""
    there = zipf_frequency(word, code, wordlist="small")
    if _plain(word) == word:
        there = max(there, _unaccented(code).get(word, 0.0))
    return there


# Set phrases of other languages said in Dutch, Flemish and English chat ("c'est la vie lol", "déjà
# vu", "no pasa nada hoor", "danke schön", "hasta la vista"): they say nothing of the message's
# language (stop 61: "c'est la vie lol" got "I only speak Dutch and English"). Written without
# accents, words apart; `_SET_PHRASE` also finds them with accents, apostrophes or hyphens ("ça
# va", "savoir-vivre", "danke schoen", "cest la vie"). Only whole phrases and words
# that mean nothing else in Dutch or English: "la vie", "pas", "bitte schön" in a sentence stay.
# fmt: off
SET_PHRASES = (
    # French
    "c est la vie", "c est ca", "c est tout", "c est bon", "c est pas grave", "deja vu", "voila",
    "enfin", "bon appetit", "ca va", "ca va bien", "comme ci comme ca", "savoir vivre", "savoir faire",
    "joie de vivre", "je ne sais quoi", "raison d etre", "a la carte", "par excellence", "tant pis",
    "oh la la", "ooh la la", "o la la", "mon dieu", "sacre bleu", "bonne chance", "bon voyage",
    "bonne nuit", "bonne journee", "a propos", "a bientot", "au revoir", "s il vous plait",
    "s il te plait", "svp", "n est ce pas", "tout a fait", "pas de probleme", "pas de souci",
    "pas de soucis", "laissez faire", "vis a vis", "rendez vous", "fait accompli", "bien sur",
    "mais oui", "mais non", "oui oui", "creme de la creme", "piece de resistance", "carte blanche",
    "force majeure", "tete a tete", "avant garde", "esprit de corps", "comme il faut", "touche",
    # Spanish
    "no pasa nada", "hasta la vista", "hasta luego", "hasta manana", "manana", "que sera sera",
    "mi casa es su casa", "por favor", "muchas gracias", "gracias", "de nada", "hola", "adios",
    "amigo", "amigos", "ole", "vamos", "fiesta", "siesta", "ay caramba", "caramba", "claro que si",
    "buenos dias", "no problemo", "si senor",
    # German
    "danke schon", "danke schoen", "danke sehr", "bitte schon", "bitte schoen", "bitte sehr", "danke",
    "auf wiedersehen", "alles klar", "alles gut", "ach so", "jawohl", "na ja", "naja", "gesundheit",
    "prost", "wunderbar", "sehr gut", "kein problem", "mahlzeit", "guten tag", "guten morgen",
    "zeitgeist", "schadenfreude", "wanderlust", "fingerspitzengefuhl", "gemutlich", "gemutlichkeit",
    # Italian
    "ciao", "ciao bella", "prego", "grazie", "grazie mille", "mamma mia", "basta", "allora",
    "andiamo", "bellissimo", "bravo", "brava", "perfetto", "va bene", "tutto bene", "dolce vita",
    "la dolce vita", "dolce far niente", "arrivederci", "buongiorno", "capisce", "capiche",
    "che sara sara", "al dente", "fantastico", "pronto", "subito", "prima",
    # Portuguese, Turkish, Polish and words of Dutch street talk
    "obrigado", "obrigada", "tudo bem", "saudade", "tamam", "inshallah", "insallah", "mashallah",
    "masallah", "yalla", "yallah", "wallah", "wollah", "na zdrowie",
)
# fmt: on
_ACCENTED = {
    "a": "aàáâäãåą", "c": "cçć", "e": "eèéêëę", "i": "iìíîïı", "n": "nñń", "o": "oòóôöõø",
    "u": "uùúûü", "s": "sśş", "l": "lł", "z": "zźż",
}  # fmt: skip


def _phrase_pattern(phrase: str) -> str:
    """The regex of one SET_PHRASES phrase: each letter also with its accents, the words apart
    (a space, an apostrophe or a hyphen), and a letter cut off by an apostrophe also run into the
    next word ("c'est", "c est", "cest"; but "cava" is wine, not "ça va")."""
    out = ""
    for i, word in enumerate(phrase.split()):
        if i:
            out += r"\s*(?:['’`´-]\s*|\s+)?" if len(phrase.split()[i - 1]) == 1 else r"\s*(?:['’`´-]\s*|\s+)"
        out += "".join(f"[{_ACCENTED[c]}]" if c in _ACCENTED else re.escape(c) for c in word)
    return out


_SET_PHRASE = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(_phrase_pattern(p) for p in sorted(SET_PHRASES, key=len, reverse=True))
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)


def without_set_phrases(text: str) -> str:
    """`text` with the set phrases of other languages (SET_PHRASES) left out: "c'est la vie lol" ->
    " lol", "no pasa nada hoor" -> " hoor"; a text without any is returned as it is."""
    return _SET_PHRASE.sub(" ", text or "")


@lru_cache(maxsize=4096)  # asked by detect_language and by the advice action for one message
def foreign_language(text: str) -> str | None:
    """The code of the language in FOREIGN the message is written in ("Wie gehe ich mit einem
    unfreundlichen Kunden um?" -> "de", "Comment gerer un client en colere ?" -> "fr"), else
    None. Dutch and English words in it count against all of them ("hoe ga ik om met een klant
    die alleen frans spreekt" stays Dutch, "ik heb een rendez-vous met een klant" too), words of
    both ("client", Spanish "en" and "a") for none, and loanwords of Dutch chat (`_LOANWORDS`:
    "merci", "allee") never vote; a greeting or thanks of Dutch or English ("merci beaucoup") is
    no other language."""
    if _greeting_language(text) is not None:
        return None
    # a set phrase ("c'est la vie", "déjà vu", "no pasa nada") is no message in that language
    words = [w.lower() for w in _FOREIGN_WORD.findall(without_set_phrases(text))]
    if len(words) < FOREIGN_MIN_WORDS:
        return None
    votes: dict[str, int] = {}
    against: dict[str, int] = {}
    for word in words:
        if word in _LOANWORDS:
            continue
        home = max(zipf_frequency(word, "nl"), zipf_frequency(word, "en"))
        for code in FOREIGN:
            there = _foreign_zipf(word, code)
            if there >= FOREIGN_FLOOR and there - home >= FOREIGN_GAP:
                votes[code] = votes.get(code, 0) + 1
            elif home - there >= FOREIGN_GAP:
                against[code] = against.get(code, 0) + 1
    enough = [
        code
        for code, n in votes.items()
        if n >= FOREIGN_MIN_VOTES and n >= FOREIGN_SHARE * (n + against.get(code, 0))
    ]
    if not enough:
        return None
    # the most words for it, less those against ("Comment dire non à un client": French, not Italian)
    return max(enough, key=lambda code: (votes[code] - against.get(code, 0), votes[code]))
