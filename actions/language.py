"""Keep the `language` slot right before every reply: asked for in the message (and then
pinned), else pinned by the user, else detected from the latest message, else unchanged. A
pinned language is kept in the app database (the user's profile), where every channel and
process reads it; the slots mirror it."""

from __future__ import annotations

import logging
import re
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import followup, selfcheck
from actions import knowledge as kb
from actions.base import CoachAction, statement_alone_on_screen
from bot.content.articles import Article
from bot.content.question_words import clauses, opens_with_question_word
from bot.content.referrals import load_referrals
from bot.content.scale import normalize
from bot.dialogue import payloads
from bot.dialogue.blank_text import has_no_letters
from bot.dialogue.choices import names_a_pick
from bot.dialogue.links import is_link_only
from bot.dialogue.metadata import button_under_of
from bot.dialogue.say_it_in import asks_how_in, asks_to_say_it_in, spelled_language_names
from bot.dialogue.shorter_request import asks_for_shorter, asks_for_simpler
from bot.dialogue.small_talk import without_foreign_phrases
from bot.dialogue.someone_at_work import tells_of_someone
from bot.dialogue.tip_request import asks_for_another_tip, asks_for_one_more
from bot.dialogue.translation_request import asks_to_translate, translation_request
from bot.engine import (
    clear_language,
    clear_word_language,
    detect_language,
    english_courtesy,
    foreign_language,
    is_mixed,
)
from bot.i18n import AUTOMATIC, TEXTS, t
from bot.selfchecks.answers import parse_answer, without_hesitation
from bot.selfchecks.service import Step
from bot.settings import get_settings
from bot.storage.profiles import ProfileStore

log = logging.getLogger(__name__)

_NAMES = {
    "en": ("english", "engels", "engelse", "en", "eng"),
    "nl": ("nederlands", "nederlandse", "dutch", "nl", "vlaams", "hollands"),
}


# Language codes that are also everyday words: Dutch "en" is "and". In a sentence they name a
# language only as a command: written in capitals ("EN"), alone or with a courtesy only ("en",
# "en graag"), or right after a word for language ("taal en", "set language to en", "zet de taal
# op en"). "en?", "en..." and "En??" ask "and?" ("so?"), as do "en dan?", "en nu?", "ok en?"
# and "stop, then en?": none of them asks for English (tester round of stop 54: "en?" in a
# Dutch chat pinned English).
_EVERYDAY_CODES = frozenset({"en"})
_LANGUAGE_WORDS = frozenset({"taal", "language", "lang", "/lang", "/taal", "to"})
_AFTER_LANGUAGE_WORD = frozenset({"op", "naar"})  # "zet de taal op en", "wissel de taal naar en"
# the only words beside a code that keep it a command: "en graag", "EN please", "nl aub"
_COURTESY_WORDS = frozenset(
    {"graag", "please", "pls", "plz", "aub", "a.u.b", "svp", "alsjeblieft", "alstublieft", "only", "alleen",
     "enkel", "thanks", "thx", "dank", "bedankt"}
)  # fmt: skip
# an everyday code followed by a question mark or an ellipsis: "en?", "en??", "en...", "en…"
_CODE_ASKED = re.compile(r"(?<![\w/])en(?=\s*(?:\?|\.{2,}|…))", re.IGNORECASE)
_PUNCTUATION = ".,!?;:'\"()…"


def _tokens(text: str) -> list[str]:
    said = _without_code_asked(spelled_language_names(text))  # "nederlans aub": one slip (stop 58)
    return [w.strip(_PUNCTUATION) for w in said.split() if w.strip(_PUNCTUATION)]


def _without_code_asked(text: str) -> str:
    """`text` without an everyday code asked as a question ("en?" = "and?", "en..."): not in
    capitals ("EN?") and not after a word for language ("taal en?"), it names no language."""

    def kept(found: re.Match[str]) -> str:
        said = found.group(0)
        before = [w.strip(_PUNCTUATION).lower() for w in text[: found.start()].split()]
        return said if said.isupper() or (before and before[-1] in _LANGUAGE_WORDS) else ""

    return _CODE_ASKED.sub(kept, text)


def names_a_language(tokens: list[str], i: int) -> bool:
    """Whether tokens[i], a language name or code, names a language here (not Dutch "en"):
    a name or a code that is no everyday word always; "en" in capitals, right after a word for
    language, or with at most courtesy words beside it ("en", "en graag")."""
    word = tokens[i]
    if word.lower() not in _EVERYDAY_CODES or word.isupper():
        return True
    before = tokens[i - 1].lower() if i > 0 else ""
    lowered = {w.lower() for w in tokens}
    if before in _LANGUAGE_WORDS or (before in _AFTER_LANGUAGE_WORD and bool(lowered & {"taal", "language"})):
        return True
    return all(w.lower() in _COURTESY_WORDS for j, w in enumerate(tokens) if j != i)


def _entity_values(tracker: Tracker) -> list[str]:
    """The `language` entities' values of the latest message, lower case."""
    found = tracker.latest_message.get("entities") or []
    return [str(e.get("value") or "").lower() for e in found if e.get("entity") == "language"]


def _language_from_entities(tracker: Tracker) -> str | None:
    text = str(tracker.latest_message.get("text") or "")
    tokens = _tokens(text)
    for entity in tracker.latest_message.get("entities") or []:
        if entity.get("entity") != "language":
            continue
        value = str(entity.get("value") or "").lower()
        said = text[entity["start"] : entity["end"]] if "start" in entity and "end" in entity else value
        if said.lower() in _EVERYDAY_CODES:
            at = [i for i, w in enumerate(tokens) if w == said]
            if not at or not any(names_a_language(tokens, i) for i in at):
                continue
        for code, names in _NAMES.items():
            if value == code or value in names:
                return code
    return None


# Languages the coach does not speak, as people name them (Dutch and English names).
_OTHER_LANGUAGES = frozenset(
    [
        "frans",
        "french",
        "duits",
        "german",
        "spaans",
        "spanish",
        "italiaans",
        "italian",
        "portugees",
        "portuguese",
        "pools",
        "polish",
        "turks",
        "turkish",
        "arabisch",
        "arabic",
        "marokkaans",
        "moroccan",
        "russisch",
        "russian",
        "oekraiens",
        "oekraïens",
        "ukrainian",
        "chinees",
        "chinese",
        "mandarijn",
        "mandarin",
        "japans",
        "japanese",
        "koreaans",
        "korean",
        "hindi",
        "urdu",
        "fries",
        "frisian",
        "papiaments",
        "papiamento",
        "sranan",
        "somalisch",
        "somali",
        "tigrinya",
        "farsi",
        "perzisch",
        "persian",
        "dari",
        "grieks",
        "greek",
        "zweeds",
        "swedish",
        "noors",
        "norwegian",
        "deens",
        "danish",
        "fins",
        "finnish",
        "hongaars",
        "hungarian",
        "roemeens",
        "romanian",
        "bulgaars",
        "bulgarian",
        "tsjechisch",
        "czech",
        "slowaaks",
        "slovak",
        "kroatisch",
        "croatian",
        "servisch",
        "serbian",
        "bosnisch",
        "bosnian",
        "albanees",
        "albanian",
        "hebreeuws",
        "hebrew",
        "vietnamees",
        "vietnamese",
        "thais",
        "thai",
        "indonesisch",
        "indonesian",
        "maleis",
        "malay",
        "tagalog",
        "swahili",
        "berbers",
        "berber",
        "tamazight",
        "koerdisch",
        "kurdish",
    ]
)
# "answer in whatever language I write in": back to detecting the language per message
_AUTOMATIC = re.compile(
    r"automati|\bauto\b|detect|herken|whatever language|any language|same language|"
    r"language (that )?i (write|type|use|speak)|taal (waarin|waar|die) ik (in )?(schrijf|typ|gebruik|spreek)|"
    r"taal van mijn bericht|language of my message|niet meer vast|no longer fix|unpin|stop (fixing|pinning)"
)


# A situation in which a language is named, not a request to the coach: another person in
# it, or a language barrier ("customer doesnt speak english, language barrier", "klant
# spreekt alleen Frans, hoe help ik hem"). The tester round of stop 31 found the first one
# pinning English.
ABOUT_SOMEONE_ELSE = re.compile(
    r"\b(?:klant(?:en)?|customers?|clients?|cli[eë]nt(?:en)?|gast(?:en)?|guests?|pati[eë]nt(?:en|s)?"
    r"|beller|callers?|bezoekers?|visitors?|passagiers?|passengers?|reizigers?|collega'?s?|colleagues?"
    r"|iemand|someone|somebody|mensen|people|meneer|mevrouw|man|vrouw|lady|guy"
    r"|he|she|they|him|her|them|hij|zij|hem|haar|ze|\w*barri[eè]res?)\b",
    re.IGNORECASE,
)


def describes_someone_else(text: str) -> bool:
    """Whether `text` describes a situation with another person or a language barrier
    (ABOUT_SOMEONE_ELSE, or a message that starts with a person: "jongen spreekt geen
    nederlands en wil iets terugbrengen", bot/dialogue/someone_at_work.py): a question for the
    knowledge base even when it names a language."""
    return bool(ABOUT_SOMEONE_ELSE.search(text)) or tells_of_someone(text)


def requested_other_language(tracker: Tracker, text: str) -> str | None:
    """The name of a language the coach does not speak that the user asks for ("kun je ook
    frans praten?"), or None."""
    named = [str(v or "").lower() for v in tracker.get_latest_entity_values("language")]
    words = re.findall(r"[^\W\d_]+", text.lower())
    for word in [*named, *words]:
        if word in _OTHER_LANGUAGES:
            return word
    return None


def asks_for_automatic(text: str) -> bool:
    """True when the user asks to go back to answering in the language of each message."""
    return bool(_AUTOMATIC.search(text.lower()))


def _language_named_in(text: str) -> str | None:
    tokens = _tokens(text)
    words = {w.lower() for i, w in enumerate(tokens) if names_a_language(tokens, i)}
    found = [code for code, names in _NAMES.items() if words & set(names)]
    return found[0] if len(found) == 1 else None


# A question asked beside a language request is a clause of its own, after a question mark,
# full stop, colon, comma or "and"/"en": "and in english? what are the four levels", "in het
# Nederlands graag: hoe ga ik om met een boze klant" (bot/content/question_words.py).
# a clause beside the request is a question when it starts with a question word and has at
# least QUESTION_WORDS words, or tells a situation in SITUATION_WORDS ("a customer keeps
# shouting at me"); "ik snap het niet goed" beside "kan je in het engels antwoorden" is a reason
QUESTION_WORDS = 3
SITUATION_WORDS = 6


def _language_of_a_clause(text: str) -> str | None:
    """The one language the clauses of `text` name on their own ("english please, how do I
    ..."), else None."""
    found = {code for c in clauses(_without_code_asked(text)) if (code := _language_named_in(c))}
    return found.pop() if len(found) == 1 else None


# A clause that asks the coach something ("can you answer in dutch please", "kun je in het
# Engels antwoorden"), as against one that tells a situation ("my colleague speaks dutch").
_ADDRESSES_THE_COACH = re.compile(
    r"\b(?:can|could|would|will)\s+you\b|\b(?:kun|kan|wil)\s+(?:je|jij)\b|\bkunt\s+u\b|\bkunde\b"
    r"|\b(?:antwoord\w*|answer|reply|respond|praat|spreek\s+(?:met|tegen)\s+(?:me|mij)|talk\s+to\s+me)\b"
    r"|\b(?:please|pls|plz|graag|aub|alsjeblieft|svp)\b",
    re.IGNORECASE,
)


def request_part(text: str) -> str:
    """The clauses of `text` that name a language ("english please" of "english please, how
    do I handle an angry customer"); all of `text` when none or all do. When several name one,
    those that ask the coach (`_ADDRESSES_THE_COACH`): "my colleague speaks dutch, can you
    answer in dutch please" asks for Dutch (tester round of stop 49: read as a situation)."""
    parts = clauses(_without_code_asked(text))
    naming = [c for c in parts if _language_named_in(c) is not None]
    asking = [c for c in naming if _ADDRESSES_THE_COACH.search(c)]
    if 0 < len(asking) < len(naming):
        return " ".join(asking)
    return " ".join(naming) if naming and len(naming) < len(parts) else text


def question_beside_request(text: str) -> str:
    """The clauses of `text` that name no language, joined, when they hold at least
    QUESTION_WORDS words; "" otherwise ("speak English please", "antwoord in het Engels")."""
    parts = clauses(_without_code_asked(text))
    if len(parts) < 2:
        return ""
    rest = [c for c in parts if _language_named_in(c) is None]
    if len(rest) == len(parts):
        return ""
    question = " ".join(rest)
    words = len(question.split())
    asking = opens_with_question_word(question)
    return question if (asking and words >= QUESTION_WORDS) or words >= SITUATION_WORDS else ""


# --- a language not spoken, and a clear request for one (tester round of stop 53) ---
# "sorry i dont speak dutch" pinned Dutch: a message that says the user does not speak, read or
# understand a language asks for the other one. Names of the two languages, as in _NAMES
# (without the codes: "no en" is no sentence).
_LANGUAGE_NAME = r"(?:english|engels|engelse|eng|dutch|nederlands|nederlandse|vlaams|hollands|flemish)"
_LANGUAGE_WORD = re.compile(rf"\b{_LANGUAGE_NAME}\b", re.IGNORECASE)
_CODE_OF = {
    **dict.fromkeys(("english", "engels", "engelse", "eng"), "en"),
    **dict.fromkeys(("dutch", "nederlands", "nederlandse", "vlaams", "hollands", "flemish"), "nl"),
}
_HE = r"(?:het\s+|t\s+|'t\s+|dat\s+)?"
_NOT_SPOKEN = re.compile(
    "|".join(
        [
            # English: "i dont speak dutch", "I can't read Dutch", "i do not understand any english"
            r"\b(?:dont|do\s+not|doesnt|does\s+not|didnt|cant|can\s+not|cannot|not\s+able\s+to|unable\s+to"
            r"|barely|hardly|never)\s+(?:really\s+|even\s+|very\s+well\s+|well\s+)?"
            r"(?:speak|understand|read|write|know|get|talk|follow|do)\s+"
            rf"(?:any\s+|much\s+|a\s+word\s+of\s+|good\s+|the\s+)?{_LANGUAGE_NAME}\b",
            # "no dutch sorry", "not in dutch please", "no more english", "i'm not dutch"
            rf"\b(?:no|not|nothing\s+in)\s+(?:more\s+|in\s+)?{_LANGUAGE_NAME}\b",
            rf"\bmy\s+{_LANGUAGE_NAME}\s+is\s+(?:not\s+(?:good|great|very\s+good)|bad|poor|terrible|limited)",
            # Dutch and Flemish: "ik spreek geen engels", "ik versta geen Engels", "ik klap gene Engels"
            r"\b(?:spreek|spreken|versta|verstaan|begrijp|begrijpen|snap|lees|lezen|ken|kan|praat|klap|schrijf)"
            r"\s+(?:echt\s+|helemaal\s+|nog\s+|bijna\s+|zelf\s+|jammer\s+genoeg\s+)*"
            rf"(?:geen|gene|gen|geen\s+woord|amper|nauwelijks|weinig|slecht)\s+{_HE}{_LANGUAGE_NAME}\b",
            # "ik versta Nederlands niet", "ik kan het Engels niet lezen", "ik snap da Engels nie"
            r"\b(?:spreek|versta|begrijp|snap|lees|ken|kan|praat|klap)\s+(?:het\s+|t\s+|dat\s+|da\s+)?"
            rf"{_LANGUAGE_NAME}\s+(?:echt\s+|helemaal\s+|nog\s+)?(?:niet|nie|ni)\b",
            # "geen engels aub", "liever geen Nederlands", "niet in het Engels"
            rf"\b(?:geen|gene)\s+{_HE}{_LANGUAGE_NAME}\b",
            rf"\bniet\s+(?:in\s+)?{_HE}{_LANGUAGE_NAME}\b",
            rf"\bmijn\s+{_LANGUAGE_NAME}\s+is\s+(?:niet\s+(?:goed|zo\s+goed)|slecht|matig|beperkt)",
            # "waarom ineens in het Engels?", "why are you answering in dutch": not that one (stop 54)
            r"\b(?:waarom|why)\s+(?:(?:nu|ineens|opeens|plots|now|suddenly|still|nog|steeds|is|are|do|does"
            r"|you|je|jij|u|ge|gij|dit|dat|this|it|het|alles|everything|antwoord|antwoordt|praat|schrijf|reageer"
            r"|spreek|answer|answering|reply|replying|talk|talking|speak|speaking|write|writing)\s+){0,4}"
            rf"(?:in\s+)?{_HE}{_LANGUAGE_NAME}\b",
        ]
    ),
    re.IGNORECASE,
)
# A clear request for one language, wherever it stands in the message: "english only sorry",
# "in english pls", "alleen Nederlands", "kun je in het Engels antwoorden", "switch to dutch"
_ASKED_FOR = re.compile(
    "|".join(
        [
            rf"\b(?:only|just|alleen|enkel|liefst|liever)\s+(?:in\s+)?{_HE}{_LANGUAGE_NAME}\b",
            rf"\b{_LANGUAGE_NAME}\s+(?:only|alleen|enkel|aub|a\.u\.b|please|pls|plz|graag|alsjeblieft|svp)\b",
            rf"\bin\s+{_HE}{_LANGUAGE_NAME}\s+(?:aub|a\.u\.b|please|pls|plz|graag|alsjeblieft|alstublieft|svp)\b",
            rf"\b(?:please|pls|plz|graag)\s+in\s+{_HE}{_LANGUAGE_NAME}\b",
            # "speak english", "praat Nederlands"
            rf"\b(?:speak|talk|praat|spreek|klap)\s+{_HE}{_LANGUAGE_NAME}\b",
            r"\b(?:answer|reply|respond|speak|talk|write|antwoord|antwoorden|praat|praten|spreek|spreken|schrijf"
            r"|schrijven)\s+(?:to\s+me\s+|me\s+|tegen\s+me\s+|met\s+me\s+|maar\s+|voortaan\s+|from\s+now\s+on\s+)?"
            rf"in\s+{_HE}{_LANGUAGE_NAME}\b",
            rf"\b(?:switch|change|go|overschakelen|schakel|wissel|ga)\s+(?:\w+\s+){{0,2}}(?:to|naar|op)\s+{_HE}"
            rf"{_LANGUAGE_NAME}\b",
            rf"\b(?:can|could|would|will|kun|kan|kunt|wil|kunde)\s+(?:you|u|je|jij|ge|gij|we|het|dat|dit)\s+"
            rf"(?:\w+\s+){{0,3}}in\s+{_HE}{_LANGUAGE_NAME}\b",
            # a complaint that names the language asked for: "huh? ik vroeg de feedback tips in het
            # Nederlands", "I asked for it in English", "ik vroeg om Nederlands" (stop 54)
            rf"\b(?:vroeg|gevraagd|bedoelde|asked|meant)\b(?:\s+\S+){{0,5}}?\s+in\s+{_HE}{_LANGUAGE_NAME}\b",
            rf"\b(?:vroeg|gevraagd|asked)\s+(?:om|for)\s+{_HE}{_LANGUAGE_NAME}\b",
            rf"\bin\s+{_HE}{_LANGUAGE_NAME}\s+gevraagd\b",
            # back to a language: "ok terug naar het nederlands", "back to english", "english again
            # please", "weer in het Engels" (tester round of stop 56: ignored beside a question)
            rf"\b(?:terug|back)\s+(?:naar|to|in|into)\s+{_HE}{_LANGUAGE_NAME}\b",
            rf"\b{_LANGUAGE_NAME}\s+(?:again|weer|opnieuw|from\s+now\s+on|vanaf\s+nu|voortaan)\b",
            rf"\b(?:again|weer|opnieuw|voortaan)\s+in\s+{_HE}{_LANGUAGE_NAME}\b",
        ]
    ),
    re.IGNORECASE,
)


# --- a request to have the last answer again, in a language (tester round of stop 54) ---
# "kunde gij da ook in het engels zeggen voor mijne franstalige collega", "kun je dat in het
# Nederlands zeggen? dan kan ik het oefenen", "zeg het eens in het engels", "kan da in het
# engels", "can you say that in Dutch", "could you repeat it in english": a verb of asking or
# saying, a word that points back at the answer ("dat", "da", "het", "that", "it", "this") and
# the language. The answer is given again in it, once (stop 68: no pin; it was pinned before); the
# rest of the message ("voor mijne franstalige collega", "dan kan ik het oefenen") is the reason,
# no question.
_ASK_OR_SAY = (
    r"(?:(?:kun|kan|kunt|kunde|kunnen|wil|wilt|zou|zoude|can|could|would|will)(?:\s+(?:je|jij|u|ge|gij|you|ya|ye))?"
    r"|zeg|say|put|write|schrijf|explain|leg|repeat|herhaal|give\s+me|geef)"
)
# the answer named: "that last answer", "je laatste antwoord", "the previous reply" (tester round
# of stop 55: "can you give me that last answer in Dutch please" only pinned Dutch)
_ANSWER_BACK = (
    r"(?:(?:that|the|your|this|dat|het|je|jouw|uw|dit|die)\s+(?:(?:last|latest|previous|same|laatste|vorige"
    r"|zelfde)\s+)?(?:answer|reply|message|response|text|antwoord|bericht|tekst|uitleg))"
)
_POINTING_BACK = rf"(?:{_ANSWER_BACK}|dat|da|dit|het|t|that|it|this|those|these|die\s+tips|the\s+tips|zoiets)"
_SOFTLY = (
    r"(?:(?:ook|even|eens|nog|nog\s+eens|es|also|again|maybe|please|pls|for\s+me|voor\s+me|voor\s+mij)\s+)*"
)
_SAY_AGAIN_IN = re.compile(
    # not the user's own saying: "ik zeg het in het Engels tegen de klant", "how do I say that"
    r"(?<!\bi\s)(?<!\bik\s)(?<!\bwe\s)(?<!\byou\s)(?<!\bje\s)(?<!\bjij\s)"
    rf"\b{_ASK_OR_SAY}\s+{_SOFTLY}(?:(?:say|repeat|explain|put|write|tell\s+me|give\s+me|show\s+me|show|send\s+me"
    rf"|send)\s+)?{_POINTING_BACK}\s+{_SOFTLY}"
    # the verb before the language: "kan je da herhalen in het engels?" (stop 68)
    r"(?:(?:herhalen|zeggen|uitleggen|geven|sturen|schrijven|tonen|opschrijven|repeat|say|explain|give|send"
    r"|show|write)\s+(?:(?:voor\s+(?:me|mij)|for\s+me|nog\s+eens|again)\s+)?)?"
    rf"(?:in|naar|into)\s+{_HE}{_LANGUAGE_NAME}\b"
    # the answer named first: "that last answer in dutch please", "je laatste antwoord in het Engels"
    rf"|^\W*(?:(?:ok\w*|and|en|nu|now|so|dus)\W+)*{_ANSWER_BACK}\s+{_SOFTLY}(?:in|naar|into)\s+{_HE}{_LANGUAGE_NAME}\b"
    # "now" or "the same" before the language only, nothing after: "ok en nu in het engels graag", "and now
    # in dutch please", "same in english pls", "hetzelfde in 't nederlands" (fresh tester of stop 69: it
    # pinned English for good)
    r"|^\W*(?:(?:ok\w*|oké|ja|yes|en|and|maar|but|so|dus|top|super|thanks|dank\s+je|bedankt)\W+)*"
    r"(?:nu|now|same|the\s+same|hetzelfde|idem|ook|also|en\s+nu|and\s+now)\s+"
    r"(?:(?:nog\s+eens|nog|ook|eens|even|es|graag|again|also|please|pls)\s+)*"
    rf"(?:in|naar|into)\s+(?:het\s+|t\s+|'t\s+)?{_LANGUAGE_NAME}"
    r"(?:\W+(?:graag|aub|a\.u\.b|alsjeblieft|alstublieft|please|pls|plz|svp|even|eens|aub|thanks|thx|ajb))*\W*$",
    re.IGNORECASE,
)


def asks_to_say_again_in(text: str) -> str | None:
    """The language ("nl" or "en") in which `text` asks the coach to say what it just said
    (`_SAY_AGAIN_IN`), else None: "kunt ge dat in 't engels" -> "en", "can you say that in
    Dutch" -> "nl"; None for "kun je in het Engels antwoorden" (no pointer back: a switch only),
    "hoe zeg ik dat in het Engels" (the user asks how to say it: bot/dialogue/say_it_in.py) and
    a payload."""
    if not text or payloads.is_payload(text):
        return None
    found = _SAY_AGAIN_IN.search(_plain_quotes(" ".join(text.split())))
    if found is None:
        return None
    return _CODE_OF[_LANGUAGE_WORD.findall(found.group(0))[-1].lower()]


# --- a request to have the last answer again, in the same language (tester round of stop 55:
# "ok repeat the last answer then" got "Daar weet ik (nog) geen goed antwoord op") ---
_AGAIN = r"(?:nog\s+(?:eens|es|een\s+keer|1\s+keer|ene\s+keer)|opnieuw|again|once\s+more|one\s+more\s+time)"
_REPEAT = re.compile(
    r"^\W*(?:(?:ok\w*|oké|ja|yes|yeah|sorry|huh|wat|what|eh+m*|uh+m*|hm+|pardon|so|dus|en|and|nee|no"
    r"|wat\s+zei\s+je|what\s+did\s+you\s+say)\W+)*(?:"
    # "herhaal dat nog eens", "repeat the last answer", "herhaal aub"
    rf"(?:herhaal|repeat)(?:\s+(?:{_POINTING_BACK}|what\s+you\s+(?:just\s+)?said|wat\s+je\s+(?:net\s+)?zei"
    r"|(?:de|the)\s+(?:vraag|question|stelling|statement)))?"
    # "kun je dat herhalen", "can you repeat that", "kun je dat nog eens zeggen", "can you say that again"
    rf"|{_ASK_OR_SAY}\s+{_SOFTLY}(?:{_POINTING_BACK}\s+{_SOFTLY})?(?:herhalen|herhaal)"
    rf"|(?:can|could|would|will)\s+(?:you|u)\s+{_SOFTLY}repeat(?:\s+{_POINTING_BACK})?"
    rf"|(?:{_ASK_OR_SAY}\s+{_SOFTLY})?(?:say|zeg|show\s+me|toon|geef|give\s+me|stuur|send|laat)\s+{_POINTING_BACK}"
    rf"\s+{_AGAIN}(?:\s+(?:zien|zeggen|sturen|geven))?"
    rf"|{_ASK_OR_SAY}\s+{_POINTING_BACK}\s+{_AGAIN}\s+(?:zeggen|geven|sturen|laten\s+zien|tonen)"
    r")(?:\W+(?:(?:then|dan|please|pls|plz|aub|a\.u\.b|graag|alsjeblieft|alstublieft|for\s+me|voor\s+mij"
    rf"|voor\s+me|even|eens|es|nog\s+eens|again|{_AGAIN})\b))*\W*$",
    re.IGNORECASE,
)


def asks_to_repeat(text: str) -> bool:
    """Whether `text` only asks to have the last answer again, naming no language: "herhaal dat
    nog eens", "kun je dat herhalen", "ok repeat the last answer then", "say that again"; False
    for a payload and for anything more ("de klant herhaalt steeds hetzelfde")."""
    if not text or payloads.is_payload(text) or len(text.split()) > 12:
        return False
    return _REPEAT.match(_plain_quotes(" ".join(text.split()))) is not None


def _plain_quotes(text: str) -> str:
    """`text` without apostrophes ("don't" -> "dont", "I can’t" -> "I cant") and with the names of
    the two languages typed with one slip spelled right ("engls please", "in het engelsch":
    bot/dialogue/say_it_in.py `spelled_language_names`; stop 58)."""
    return spelled_language_names(re.sub(r"['’`]", "", text))


def negated_languages(text: str) -> set[str]:
    """The languages ("nl", "en") that `text` says the user does not speak, read or understand,
    or does not want: "sorry i dont speak dutch", "no dutch sorry", "ik spreek geen engels",
    "I can't read Dutch", "ik versta geen Engels", "niet in het Engels aub"."""
    return _codes_in(_NOT_SPOKEN, _plain_quotes(text or ""))


def _codes_in(pattern: re.Pattern[str], text: str) -> set[str]:
    """The language codes named in the parts of `text` that `pattern` finds."""
    return {_CODE_OF[w.lower()] for m in pattern.finditer(text) for w in _LANGUAGE_WORD.findall(m.group(0))}


def _other(code: str) -> str:
    return "en" if code == "nl" else "nl"


def wanted_language(text: str) -> str | None:
    """The language `text` asks for, reading a language not spoken as a request for the other:
    one named outside what is negated ("no dutch, english please" -> "en"), else the other of
    the one negated ("sorry i dont speak dutch" -> "en", "ik versta geen Engels" -> "nl"), else
    the one named (`_language_named_in`); None when it names none or both."""
    plain_text = _plain_quotes(text or "")
    negated = negated_languages(plain_text)
    if not negated:
        return _language_named_in(text or "")
    rest = _NOT_SPOKEN.sub(" ", plain_text)
    named = _language_named_in(rest)
    if named is not None and named not in negated:
        return named
    return _other(next(iter(negated))) if len(negated) == 1 else None


def requested_language(text: str) -> str | None:
    """The language a typed message clearly asks the coach to speak, wherever in it: "english
    only sorry", "in english pls", "alleen Nederlands graag", "kun je in het Engels
    antwoorden", or one not spoken ("i dont speak dutch": English). Such a request wins over an
    earlier pin (`conversation_language`; tester round of stop 53: "hi im the night porter ...
    english only sorry. what can u help me with" was answered in Dutch after /start). None for
    a message that only is in a language (that keeps the pin), for a request about someone
    else ("klant spreekt geen Nederlands": `describes_someone_else`), to translate or say words
    in a language ("hoe zeg ik dat in het Engels"), to say the last answer again in one ("kan je
    da herhalen in het engels?": `asks_to_say_again_in`, once), or to say the last answer simpler
    ("plain english please": `asks_for_simpler`)."""
    if not text or payloads.is_payload(text):
        return None
    plain_text = _plain_quotes(text)
    negated = negated_languages(plain_text)
    if not negated and not _ASKED_FOR.search(plain_text):
        return None
    if describes_someone_else(request_part(text)) or asks_to_translate(text) or asks_for_simpler(text):
        return None
    if translation_request(text) is not None or asks_to_say_it_in(text) is not None:
        return None
    if not negated and asks_to_say_again_in(text) is not None:
        return None  # "kan je da herhalen in het engels?": that piece, once, no pin (stop 68)
    if not negated:
        found = _codes_in(_ASKED_FOR, plain_text)
        return found.pop() if len(found) == 1 else None
    return wanted_language(text)


# An answer to a self-check statement of at most this many words ("yes always", "nope, never"),
# not counting hesitations and asides ("hmm", "to be honest"), keeps the conversation's
# language; a longer message may well be a switch of language.
ANSWER_WORDS = 3


def asks_about_the_form(text: str) -> bool:
    """Whether `text` only asks for the last answer in another form and names no language:
    shorter or simpler ("explain like im 5", "tl;dr", "in jip-en-janneketaal pls",
    bot/dialogue/shorter_request.py), another tip or one more ("another tip",
    bot/dialogue/tip_request.py), or its words or an example without naming a situation ("more
    examples", "wat zeg ik dan precies?", actions/followup.py). Such a request is about the
    answer, not about the language: it keeps the conversation's. One that names a language
    ("plain english please", "korter en in het Engels") is a choice of language too."""
    if not text or _language_named_in(text) is not None:
        return False
    if asks_for_shorter(text) or asks_for_another_tip(text) or asks_for_one_more(text):
        return True
    return followup.asks_for_wording(text) and not followup.names_a_situation(text)


# --- the pinned language, persisted (bot/storage/profiles.py: one source of truth) ---
def _profiles() -> ProfileStore:
    return ProfileStore(get_settings().app_db_url)


def pinned_language(tracker: Tracker) -> str | None:
    """The language the user pinned: the stored one; a pin made before it was stored (only
    in the tracker's `pinned_language` slot) still counts."""
    return _profiles().language(tracker.sender_id) or tracker.get_slot("pinned_language")


def pin_language(tracker: Tracker, language: str) -> None:
    _profiles().set_language(tracker.sender_id, language)


# --- end of the persisted language ---


def _language_set(tracker: Tracker) -> bool:
    """Whether the conversation already has a language (a `language` slot event)."""
    return any(e.get("event") == "slot" and e.get("name") == "language" for e in tracker.events)


def _earlier_turns(tracker: Tracker) -> bool:
    """Whether the conversation had a language before the latest message: a `language` slot
    event, or an earlier user message (a Dutch first message sets no event: the slot's
    default is already Dutch)."""
    users = sum(1 for e in tracker.events if e.get("event") == "user")
    return _language_set(tracker) or users >= 2


def _language_so_far(tracker: Tracker) -> str | None:
    """The language the conversation had before the latest message by what was said: that of
    the latest earlier language event (set when a message was read as one language, or
    pinned) or, before it, of the latest earlier typed message whose language is clear; None
    when nothing said so far names one. The `language` slot's default is Dutch, but after a
    "hey" or "ok" that is no one's choice: "thx, bye" then is English (tester round of stop
    44: it got "Succes vandaag!"). A /start or /restart (the greet payload) starts afresh:
    what was said before it does not count."""
    latest = str(tracker.latest_message.get("text") or "")
    events = list(tracker.events or [])
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    if users and str(events[users[-1]].get("text") or "") == latest:
        events = events[: users[-1]]  # the latest message itself is not "so far"
    for event in reversed(events):
        if event.get("event") == "slot" and event.get("name") == "language" and event.get("value"):
            return str(event["value"])
        if event.get("event") != "user":
            continue
        text = str(event.get("text") or "")
        if text == payloads.greet():  # /start or /restart: a fresh start, nothing said since
            return None
        if payloads.is_payload(text) or is_link_only(text) or has_no_letters(text):
            continue
        said = detect_language(text)
        if said is not None:
            return said
    return None


def lone_letter(text: str) -> bool:
    """Whether `text` is one letter alone ("a", "B", "c)"): a pick from a list, never a sign of
    a language (the detector reads "a" as English; tester round of stop 63)."""
    return re.fullmatch(r"\W*[^\W\d_]\W*", text or "") is not None


def _spoken_before(tracker: Tracker, language: str) -> bool:
    """Whether an earlier typed message of the conversation (not the latest) was in `language`
    by the detector, since its latest /start or /restart."""
    events = list(tracker.events or [])
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    for i in reversed(users[:-1]):
        text = str(events[i].get("text") or "")
        if text == payloads.greet():
            return False
        if payloads.is_payload(text) or is_link_only(text) or has_no_letters(text):
            continue
        if detect_language(text) == language:
            return True
    return False


def _starts_a_check(event: dict[str, Any]) -> bool:
    """Whether the user event `event` started a self-check: its button's payload
    (/start_selfcheck{...} with a check's id) or a message NLU read as start_selfcheck."""
    text = str(event.get("text") or "")
    parsed = payloads.parse(text) if payloads.is_payload(text) else None
    if parsed is not None:
        return parsed.intent == payloads.START_SELFCHECK and bool(parsed.entity("selfcheck_id"))
    intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name")
    return intent == payloads.START_SELFCHECK


def check_language(tracker: Tracker) -> str | None:
    """The language ("nl" or "en") the latest self-check of the conversation was started in: that
    of the first statement the coach asked (a bot event with answer buttons) after the latest user
    event that started one (`_starts_a_check`); None when the events show no such start."""
    events = list(tracker.events or [])
    starts = [i for i, e in enumerate(events) if e.get("event") == "user" and _starts_a_check(e)]
    if not starts:
        return None
    answer = "/" + payloads.SELFCHECK_ANSWER
    for event in events[starts[-1] + 1 :]:
        buttons = (event.get("data") or {}).get("buttons") or []
        if event.get("event") == "bot" and any(str(b.get("payload", "")).startswith(answer) for b in buttons):
            return detect_language(str(event.get("text") or ""))
    return None


# a clause of the other language must hold this share of the message's words to decide it
DOMINANT_SHARE = 0.5
CLAUSE_MIN_WORDS = 3  # "ok thx, doei": clauses too short to vote leave the detector's reading
_CLAUSE_SPLIT = re.compile(r"(?<=[,;:.!?])\s+")


def _dominant_language(text: str) -> str | None:
    """The language of `text` (bot/engine `detect_language`), but for a message of clauses in
    both languages, the one of most of its words: "klant is super boos want zn factuur klopt
    niet, what do I say?" is Dutch (tester round of stop 65: English, by its question at the
    end). A short clause of the other language ("hoi, how do I ...", "..., thx") never
    outweighs the rest, nor does a clause under CLAUSE_MIN_WORDS words vote."""
    language = detect_language(text)
    parts = [p for p in _CLAUSE_SPLIT.split(text or "") if p.strip()]
    if language not in ("nl", "en") or len(parts) < 2:
        return language
    words = {"nl": 0, "en": 0}
    for part in parts:
        if len(part.split()) < CLAUSE_MIN_WORDS:
            continue
        if is_mixed(part):
            # a clause of both languages votes word by word: "the klant is really upset dat de
            # audiogids kapot is" is more Dutch than English (fresh tester of stop 68: the whole
            # clause was English, and with it the message)
            for word in part.split():
                clear = clear_language(word.strip(".,;:!?\"'()").lower())
                if clear in words:
                    words[clear] += 1
            continue
        said = detect_language(part)
        if said in words:
            words[said] += len(part.split())
    other = "en" if language == "nl" else "nl"
    total = words["nl"] + words["en"]
    return other if total and words[other] / total > DOMINANT_SHARE else language


def _last_typed_language(tracker: Tracker) -> str | None:
    """The language of the latest typed message before this one whose language is clear, since
    the latest /start: what the user writes, whatever language was pinned meanwhile."""
    events = list(tracker.events or [])
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    for i in reversed(users[:-1]):
        text = str(events[i].get("text") or "")
        if text == payloads.greet():
            return None
        if payloads.is_payload(text) or is_link_only(text) or has_no_letters(text) or lone_letter(text):
            continue
        said = detect_language(text)
        if said in ("nl", "en"):
            return said
    return None


def conversation_language(tracker: Tracker) -> str:
    """The language ("nl" or "en") to answer the latest message in: the one the message
    clearly asks for ("english only sorry", "i dont speak dutch": `requested_language`, then
    pinned), else the pinned one, else the one detected from the typed text, else (a short
    "ok", a button payload) the conversation's language so far, or on a first message the front end's hint
    (metadata["language"]). When not pinned, the user's profile follows it, so the
    channels' own lines (notes, errors) are in the same language."""
    pinned = pinned_language(tracker)
    current = tracker.get_slot("language") or "nl"
    text = tracker.latest_message.get("text") or ""
    metadata = tracker.latest_message.get("metadata") or {}
    # a button payload ("/intent{...}") says nothing about the user's language
    # nor does a bare link or number ("https://maps.google.com/...Utrecht" read as Dutch)
    # nor does a pick typed from a list ("optie a", "option c": stop 62, "ok optie a" was English)
    blank = (
        payloads.is_payload(text) or is_link_only(text) or has_no_letters(text) or names_a_pick(text)
        or lone_letter(text)
    )
    typed = "" if blank else text
    request = translation_request(typed)
    if request is not None:
        # a request to translate is written in the asker's language around the words to
        # translate ("translate to dutch: wij excuseren ons"): its own words say which
        typed = request.frame
    language = pinned or _dominant_language(typed)
    requested = requested_language(typed) if request is None else None
    if requested is not None and requested != pinned:
        # "english only sorry", "i dont speak dutch" in a message about something else: a clear
        # request wins over an earlier pin and is kept as the new one (tester round of stop
        # 53). A whole English message without one keeps the Dutch pin.
        language = pinned = requested
        try:
            pin_language(tracker, requested)
        except Exception:
            log.exception("could not keep the language asked for")
    if (
        not pinned
        and current == "nl"
        and language == "en"
        and english_courtesy(typed)
        and _language_so_far(tracker) == "nl"
    ):
        # "thanks bye" from a Dutch speaker: English words, a Dutch conversation; not when
        # nothing Dutch was said yet ("hey", then "thx, bye": tester round of stop 44)
        language = "nl"
    if not pinned and language is not None and asks_about_the_form(typed):
        # "explain like im 5" or "more examples" in a Dutch conversation, "in
        # jip-en-janneketaal pls" in an English one: a request about the last answer's form,
        # answered in the conversation's language (helper round of stop 53: English)
        so_far = _language_so_far(tracker)
        own = clear_word_language(without_foreign_phrases(typed), minimum=2)
        if own is not None and own != so_far and _spoken_before(tracker, own):
            # "nog een tip" after one English question in a Dutch conversation: its words are
            # Dutch and Dutch was spoken before, so Dutch (tester round of stop 64: English); a
            # form request of the other language in a conversation of one keeps it
            so_far = own
        language = so_far if so_far in ("nl", "en") else language
    if not pinned and language is None and typed:
        # "nee", "klopt", "ga door" after one English question in a Dutch conversation: too short
        # for the detector, but its words are Dutch and Dutch was spoken before, so Dutch (tester
        # round of stop 63: "nee" and "/vergeet" got English replies after one English question)
        words_say = clear_word_language(without_foreign_phrases(typed), minimum=1)
        if words_say in ("nl", "en") and words_say != current and _spoken_before(tracker, words_say):
            language = words_say
    if (
        not pinned
        and language is not None
        and language != current
        and len(without_hesitation(normalize(typed)).split()) <= ANSWER_WORDS  # "hmm rarely to be honest"
        and statement_alone_on_screen(tracker)
        and parse_answer(typed) is not None
        and language != check_language(tracker)
    ):
        # "never" or "strongly agree" to a Dutch statement: an answer on its scale, not a choice of
        # language (tester round of stop 44: the check went on in English); but one in the language
        # the check was started in takes the check back to it (stop 60: "altijd" in a Dutch check
        # after one English turn got "Noted: 5 · Strongly agree")
        language = current
    if not pinned and language is None and payloads.is_payload(text):
        # a tapped button: the language of the message it sits under (👍 under "Was this
        # helpful?", an old English topic button), not of the last typed message (stop 67)
        language = _language_under_button(metadata)
    if language is None:
        # e.g. "ok" or "4": keep the conversation's language; on a first message the
        # front end's hint (a Telegram client's language) is better than a guess
        ever_set = _language_set(tracker)
        hint = str(metadata.get("language") or "")[:2].lower()
        language = current if ever_set or hint not in ("nl", "en") else hint
        if hint not in ("nl", "en") and (not _earlier_turns(tracker) or _language_so_far(tracker) is None):
            # a first "yes" or "thanks" with no hint, or one after messages of no language
            # ("hey"): words of one language only say which (tester round of stop 42: a
            # first "yes" got the Dutch reply)
            # a message in another language has none of ours: "¿Cómo puedo calmar a un cliente?"
            # was English by its "a" (stop 61)
            # nor does a set phrase of another language: "no pasa nada" was English by its "no" (stop 62)
            plain = without_foreign_phrases(typed)
            words_say = None if foreign_language(typed) else clear_word_language(plain, minimum=1)
            language = words_say or current
    if language not in ("nl", "en"):
        language = current
    if not pinned:  # the channels' own lines (notes, errors) follow the conversation too
        try:
            _profiles().follow_language(tracker.sender_id, language)
        except Exception:
            log.exception("could not keep the conversation's language")
    return language


def _language_under_button(metadata: dict) -> str | None:
    """The language ("nl" or "en") of the message a tapped button sits under (the channel's
    `BUTTON_UNDER` metadata): one of the coach's own lines by the catalogue (bot/i18n.py, "Had
    je hier iets aan?"), else by the detector; None when there is none or it is unclear."""
    under = " ".join(button_under_of(metadata).split())
    if not under:
        return None
    for texts in TEXTS.values():
        for code, said in texts.items():
            if code in ("nl", "en") and " ".join(str(said).split()) == under:
                return code
    found = detect_language(under)
    return found if found in ("nl", "en") else None


class ActionDetectLanguage(CoachAction):
    """Sets the `language` slot before a response of the domain (utter_greet, ...), whose
    variation Rasa chooses by that slot. The coach's other actions detect the language
    themselves, in the same action call (actions/base.py, `detects_language`)."""

    detects_language = False  # it is the detection
    selfcheck_answers_first = False  # the action after it, for the same message, does that
    wording_requests_first = False  # it never replies: the action after it does
    say_again_first = False  # the same
    places_first = False  # the same
    stores_roles_said = False  # the same: the action after it keeps a role said, and says so
    safety_first = False  # the same: the action after it answers someone in danger or distress

    def name(self) -> str:
        return "action_detect_language"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        current = tracker.get_slot("language") or "nl"
        language = conversation_language(tracker)
        return [] if language == current else [SlotSet("language", language)]


class ActionSetLanguage(CoachAction):
    detects_language = False  # the user names the language
    wording_requests_first = False  # "speak English" names a language, never asks for words
    say_again_first = False  # it reads such a request itself (`_say_again_in`)

    def name(self) -> str:
        return "action_set_language"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        text = tracker.latest_message.get("text") or ""
        current = tracker.get_slot("language") or "nl"
        said_in = "" if payloads.is_payload(text) else (detect_language(text) or "")
        asked = _language_from_entities(tracker) or _language_named_in(text) or _language_of_a_clause(text)
        if not payloads.is_payload(text) and negated_languages(text):
            # "sorry i dont speak dutch", "ik versta geen Engels": the other language, never the
            # one named (tester round of stop 53: it pinned Dutch)
            asked = wanted_language(text)
        lang = said_in if said_in in ("nl", "en") else current
        if not payloads.is_payload(text) and asks_to_translate(text):
            # "kun je dit vertalen naar het Engels: wij excuseren ons voor het ongemak" names a
            # language but asks for a translation, which the coach does not do: the
            # `translation` line, in the language the request is written in, and no switch
            # (tester round of stop 44: it pinned English)
            return self._answer_as_a_question(dispatcher, tracker, conversation_language(tracker))
        if not payloads.is_payload(text) and asks_for_simpler(text):
            # "plain english please", "in gewone mensentaal": the last answer said simpler, no
            # pin (helper round of stop 52), in the conversation's language unless it names one
            # (`asks_about_the_form`: "explain like im 5" in Dutch conversation stays Dutch)
            return self._answer_as_a_question(dispatcher, tracker, conversation_language(tracker))
        if asks_to_repeat(text):  # "kun je dat herhalen" read as a language request: no pin
            events = repeated(dispatcher, tracker)
            if events is not None:
                return events
        again = None if payloads.is_payload(text) else asks_to_say_again_in(text)
        if again is not None and not negated_languages(text):
            # "kunde gij da ook in het engels zeggen voor mijne franstalige collega": the last
            # answer again in it, whoever it is for (tester round of stop 54), once (stop 68)
            return self._say_again_in(dispatcher, tracker, again)
        once = said_once_in(dispatcher, tracker)  # "en hoe doe ik dat in het nederlands?": no pin (stop 62)
        if once is not None:
            return once
        if not payloads.is_payload(text) and describes_someone_else(request_part(text)):
            # "klant spreekt geen Nederlands, hoe help ik hem": a question, whatever it names
            return self._answer_as_a_question(dispatcher, tracker, lang)
        if payloads.is_payload(text) and _entity_values(tracker) == [AUTOMATIC]:
            # /taal auto, /language auto: back to each message's own language, from the latest one
            # typed (tester round of stop 65: after /taal en, a Dutch user's /privacy, /vergeet and
            # "misschien" got English replies)
            back_to = _last_typed_language(tracker) or current
            _profiles().set_language(tracker.sender_id, back_to, pinned=False)
            dispatcher.utter_message(text=t("language_automatic", back_to))
            return [SlotSet("pinned_language", None), SlotSet("language", back_to)]
        if asked is None and not payloads.is_payload(text):
            other = requested_other_language(tracker, text)
            if other is not None:  # honest: no pin, no switch
                dispatcher.utter_message(text=t("language_unsupported", lang))
                return [SlotSet("language", lang)]
            if asks_for_automatic(text):
                _profiles().set_language(tracker.sender_id, lang, pinned=False)
                dispatcher.utter_message(text=t("language_automatic", lang))
                return [SlotSet("pinned_language", None), SlotSet("language", lang)]
            # NLU heard a language request, but the message names no language and does not ask
            # for automatic: a question ("can I swap shifts with Tom", "waar dien ik mijn
            # onkosten in"). Answer it as one and pin nothing.
            return self._answer_as_a_question(dispatcher, tracker, lang)
        language = asked or said_in or current
        if language not in ("nl", "en"):
            language = current
        pin_language(tracker, language)
        dispatcher.utter_message(text=t("language_pinned", language))
        question = "" if payloads.is_payload(text) else question_beside_request(text)
        if question:  # "and in english? what are the four levels": the question, in that language
            tracker.latest_message = {**tracker.latest_message, "text": question}
            tracker.slots["pinned_language"] = language
            self._answer_as_a_question(dispatcher, tracker, language)
        elif asks_only_for_language(text) is not None and shown_in_another_language(tracker, language):
            # "in Dutch please" right after an English answer: that answer again, in Dutch
            # (tester round of stop 57: only the pin line)
            say_again_in(dispatcher, tracker, language)
        elif statement_in_another_language(tracker, language):
            # "switch to english", /taal en at an open statement: the statement again in that
            # language, so that it can be answered there (stop 58)
            say_again_in(dispatcher, tracker, language)
        return [SlotSet("pinned_language", language), SlotSet("language", language)]

    @staticmethod
    def _say_again_in(
        dispatcher: CollectingDispatcher, tracker: Tracker, language: str
    ) -> list[dict[str, Any]]:
        """Show again, in `language`, what the coach showed last (`say_again_in`), once: a
        request to repeat something in a language ("kan je da herhalen in het engels?") asks for
        that piece, not for the chat's language, so nothing is pinned and the next message is
        answered in its own language (or the pinned one). Fresh tester of stop 68: it pinned
        English, and the next Dutch questions came back in English. Only when nothing shown can
        be said again, the language is pinned (a request to speak it), as before."""
        if say_again_in(dispatcher, tracker, language):
            return [SlotSet("language", language)]
        pin_language(tracker, language)
        dispatcher.utter_message(text=t("language_pinned", language))
        return [SlotSet("pinned_language", language), SlotSet("language", language)]

    @staticmethod
    def _answer_as_a_question(
        dispatcher: CollectingDispatcher, tracker: Tracker, lang: str
    ) -> list[dict[str, Any]]:
        """Answer the message from the knowledge base in `lang` (NLU unsure), pinning nothing; a
        message in a language the coach does not speak gets that said (`answered_as_foreign`: the
        only check of it on this path, as this action does not go through
        actions/base.py `answering_say_again_first`)."""
        from actions.advice import respond_from_knowledge

        tracker.slots["language"] = lang
        if answered_as_foreign(dispatcher, tracker):
            return [SlotSet("language", lang)]
        respond_from_knowledge(dispatcher, tracker, unsure=True)
        return [SlotSet("language", lang)]


# --- what the coach showed last, again in a language (helper round of stop 55) ---
# "kun je dat in het Engels zeggen?" after "geef een voorbeeld", "korter" or a coaching tip got
# the article's card, in the other language: not what was on screen. Now the same piece comes
# again, from that language's version of the article, or the self-check's result or statement.


def said_again_first(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[dict[str, Any]] | None:
    """For a typed request to say the last answer again in a language (`asks_to_say_again_in`,
    and no language said not to be spoken), whatever NLU read: the piece shown last said again
    in it, once, as action_set_language does (`ActionSetLanguage._say_again_in`); its events. None for any
    other message (actions/base.py `answering_say_again_first`). A message in a language the
    coach does not speak gets that said here, before any action's own reply
    (`answered_as_foreign`; its events: none)."""
    text = str(tracker.latest_message.get("text") or "")
    if asks_to_repeat(text):  # "herhaal dat nog eens", "ok repeat the last answer then"
        return repeated(dispatcher, tracker)
    again = None if payloads.is_payload(text) else asks_to_say_again_in(text)
    if again is not None and not negated_languages(text):
        return ActionSetLanguage._say_again_in(dispatcher, tracker, again)
    once = said_once_in(dispatcher, tracker)  # "en hoe doe ik dat in het nederlands?"
    if once is not None:
        return once
    only = asks_only_for_language(text)
    if only is None:
        return [] if answered_as_foreign(dispatcher, tracker) else None
    # "nederlands aub" read as a question ("customer cannot follow") or "in het Nederlands
    # graag" as an unsure question (an offer): the switch, as action_set_language makes it,
    # and the answer on screen again in that language when it was in the other one
    pin_language(tracker, only)
    dispatcher.utter_message(text=t("language_pinned", only))
    if shown_in_another_language(tracker, only):
        say_again_in(dispatcher, tracker, only)
    return [SlotSet("pinned_language", only), SlotSet("language", only)]


def said_once_in(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[dict[str, Any]] | None:
    """For a typed question how to do what was just advised, in a language ("en hoe doe ik dat in
    het nederlands?", "and how do I do that in English?": bot/dialogue/say_it_in.py `asks_how_in`):
    the piece shown last said again in that language (`say_again_in`), once: nothing is pinned, and
    the conversation's language is that one until the next message says otherwise; its events. None
    when the message is no such question or nothing shown can be said again. Tester round of stop
    62: after an English answer it pinned Dutch for the rest of the chat and showed nothing."""
    text = str(tracker.latest_message.get("text") or "")
    asked = None if payloads.is_payload(text) else asks_how_in(text)
    if asked is None or not say_again_in(dispatcher, tracker, asked):
        return None
    return [SlotSet("language", asked)]


def answered_as_foreign(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """For a typed message in a language the coach does not speak (bot/engine/language.py
    `foreign_language`: "Comment gérer un client en colère ?", "Wie gehe ich mit einem Kunden
    um?"), whatever NLU read: "I only speak Dutch and English" in the conversation's language
    (the `language` slot), and in a running self-check the way back to its statement; True.
    Until stop 61 only the advice action said so: a French question read as a greeting, a
    goodbye or out of scope got that intent's reply. False for any other message, a button's
    payload, and an answer read on the scale while a statement is open (a number or scale word
    among foreign words: the self-check's own action records it). Called for every action but the
    language actions (`said_again_first`, actions/base.py `answering_say_again_first`)."""
    text = str(tracker.latest_message.get("text") or "")
    if not text or payloads.is_payload(text) or foreign_language(text) is None:
        return False
    if parse_answer(text) is not None and selfcheck.statement_on_screen(tracker):
        return False
    lang = tracker.get_slot("language") or "nl"
    dispatcher.utter_message(text=t("language_unsupported", lang))
    selfcheck.offer_to_continue(dispatcher, tracker, lang)
    return True


# --- a bare request for a language, right after an answer (tester round of stop 57) ---
# "in Dutch please", "in het Nederlands graag", "nederlands aub", "engels graag", "ok english
# then", "i dont speak dutch" right after an English or Dutch answer switched the language and
# said so, but left the answer on screen in the old one. A bare request is one that asks for a
# language and says little else: at most BARE_WORDS words besides the request and courtesies,
# none of them a question of its own. A request that says how to go on ("kun je in het Engels
# antwoorden", "can you answer in Dutch from now on", "switch to english": `_SETTING`) is a
# setting for what comes next, as stop 55 decided: it only switches.
BARE_WORDS = 4
_SETTING = re.compile(
    r"\b(?:antwoord\w*|answer\w*|repl(?:y|ies)|respond\w*|speak|spreek|spreken|praat|praten|talk\w*"
    r"|schrijf|schrijven|write|klap|switch\w*|change|wissel\w*|overschakel\w*|schakel\w*|zet|set"
    r"|from\s+now\s+on|vanaf\s+nu|voortaan|from\s+here\s+on|in\s+(?:the\s+)?future|altijd|always)\b",
    re.IGNORECASE,
)
_BARE_FILLER = frozenset(
    """in het t de naar to into the ok oke oké okay okee ja yes yeah sorry sry dan then maar but liever
    rather voortaan nu now from on vanaf aub please pls plz graag hé he hey hoi hi nou well so dus even eens
    es toch just only alleen enkel a.u.b svp alsjeblieft alstublieft thanks thx dank bedankt taal
    language""".split()  # noqa: SIM905
)  # fmt: skip
_LANGUAGE_NAMES = frozenset(name for names in _NAMES.values() for name in names)


def asks_only_for_language(text: str | None) -> str | None:
    """The language ("nl" or "en") a typed message asks for and nothing more: a clear request
    (`requested_language`: "in Dutch please", "nederlands aub", "i dont speak dutch") with at
    most BARE_WORDS other words that ask no question of their own, or a language named with
    courtesies and fillers only ("dutch", "ok english then", "in het nederlands", "en graag").
    None for anything more ("english please, what are the four levels"), a setting for what
    comes next ("kun je in het Engels antwoorden", "english from now on": `_SETTING`), a request
    about someone else ("klant spreekt geen Nederlands"), to translate or say words in a
    language, to say it simpler, and for a payload (/taal en)."""
    if not text or payloads.is_payload(text):
        return None
    said = spelled_language_names(" ".join(text.split()))  # "nederlans aub", "englis" (stop 58)
    if asks_to_translate(said) or asks_to_say_it_in(said) is not None or asks_for_simpler(said):
        return None
    if describes_someone_else(request_part(said)):
        return None
    asked = requested_language(said)
    plain = _plain_quotes(said)
    if _SETTING.search(_NOT_SPOKEN.sub(" ", plain)):  # "kun je in het Engels antwoorden": how to go on
        return None
    if asked is None:
        tokens = _tokens(plain)
        named = {
            i for i, w in enumerate(tokens) if w.lower() in _LANGUAGE_NAMES and names_a_language(tokens, i)
        }
        rest = [w for i, w in enumerate(tokens) if i not in named and w.lower() not in _BARE_FILLER]
        return _language_named_in(plain) if named and not rest else None
    rest_text = " ".join(_tokens(_NOT_SPOKEN.sub(" ", _ASKED_FOR.sub(" ", plain))))
    rest = [w for w in rest_text.split() if w.lower() not in _BARE_FILLER]
    if len(rest) > BARE_WORDS or (rest and opens_with_question_word(" ".join(rest))):
        return None
    return asked


def shown_language(tracker: Tracker) -> str | None:
    """The language ("nl" or "en") of what the coach showed last: the language its reply to
    the previous message names in a note (an article's source note, "lang"), else that of the
    latest answer with an article of late (`followup.recent_answer`), else the language of the
    reply's text (`detect_language`); None when it cannot be told."""
    reply = followup.last_messages(tracker)
    noted = next((str(m["custom"]["lang"]) for m in reply if m["custom"].get("lang") in ("nl", "en")), None)
    if noted is not None:
        return noted
    stated = statement_language(tracker, reply)
    if stated is not None:  # a statement on screen: its language, not an article's of before (stop 58)
        return stated
    recent = followup.recent_answer(tracker)
    if recent is not None and recent[0].get("lang") in ("nl", "en"):
        return str(recent[0]["lang"])
    said = " ".join(m["text"] for m in reply if m["text"])
    return detect_language(said) if said.strip() else None


def statement_language(tracker: Tracker, reply: list[dict]) -> str | None:
    """The language ("nl" or "en") of the self-check statement the coach's `reply` (its messages,
    `followup.last_messages`) ended in with its answer buttons, when that statement is still the
    one open: the version of it the reply's text holds (else the language of that text); None
    when the reply shows no statement. Tester round of stop 57: "in Dutch please" at an English
    statement was taken as asked in the language already shown, because a Dutch answer of two
    messages before was the latest article, and the statement was not asked again."""
    answer = "/" + payloads.SELFCHECK_ANSWER
    asked = [m for m in reply if any(str(b.get("payload", "")).startswith(answer) for b in m["buttons"])]
    if not asked:
        return None
    text = asked[-1]["text"]
    try:
        step = selfcheck.service().open_step(tracker.sender_id)
    except Exception:  # no self-check store: the text alone says it
        log.exception("could not read the open self-check")
        step = None
    if step is not None and not step.done:
        statement = step.check.statement(step.position).text
        found = [code for code in ("nl", "en") if statement.get(code) and statement[code] in text]
        if len(found) == 1:
            return found[0]
    return detect_language(text)


def statement_in_another_language(tracker: Tracker, language: str) -> bool:
    """Whether the coach's reply to the previous message ended in a self-check statement, alone
    (`statement_alone_on_screen`: no "carry on?" beside it) and still open and not paused, in a
    language other than `language`: a switch to `language` then asks it again in it, whatever
    words asked for the switch ("switch to english", /taal en; stop 58)."""
    if not statement_alone_on_screen(tracker):
        return False
    stated = statement_language(tracker, followup.last_messages(tracker))
    return stated is not None and stated != language


def shown_in_another_language(tracker: Tracker, language: str) -> bool:
    """Whether what the coach showed last is in a language other than `language` (or one that
    cannot be told): then a switch to `language` shows it again in it (`say_again_in`)."""
    return shown_language(tracker) != language


def repeated(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[dict[str, Any]] | None:
    """The piece shown last said again in the conversation's language (`say_again_in`), for a
    request to repeat it (`asks_to_repeat`); [] then, None (nothing said) when there is none."""
    lang = tracker.get_slot("language") or "nl"
    return [] if say_again_in(dispatcher, tracker, lang if lang in ("nl", "en") else "nl") else None


def say_again_in(dispatcher: CollectingDispatcher, tracker: Tracker, language: str) -> bool:
    """Show again, in `language`, what the coach showed last: in its reply to the previous
    message a self-check's result, the results so far, a piece of an article (`_shown_piece`:
    its card, example, words to use, what lies behind it, summary, a coaching tip, what to
    avoid, the question after advice that did not work) or a self-check statement; else the
    coach's latest answer with an article of a short while ago (`followup.recent_answer`,
    across asides such as "thanks"). False, saying nothing, when there is none (no answer of
    late, or an offer since it)."""
    reply = followup.last_messages(tracker)
    if _repeat_result(dispatcher, tracker, reply, language):
        return True
    if _repeat_results(dispatcher, tracker, reply, language):
        return True
    shown = _shown_piece(tracker, reply)
    if shown is not None:
        return _repeat_piece(dispatcher, tracker, *shown, language)
    if _repeat_statement(dispatcher, tracker, reply, language):
        return True
    if _repeat_offer(dispatcher, reply, language):
        return True
    recent = followup.recent_answer(tracker)
    if recent is None:
        return False
    note, message = recent
    return _repeat_piece(dispatcher, tracker, _piece_of(note, message), str(note["id"]), message, language)


def _repeat_offer(dispatcher: CollectingDispatcher, reply: list[dict], language: str) -> bool:
    """The offer ("Gaat het hierover?") of the coach's `reply` again, in `language`: the same articles
    as buttons with their titles in it, and its note, so that a pick still answers it ("kan je da
    herhalen in het nederlands" after an English offer pinned Dutch and showed nothing: fresh tester
    of stop 69). False, saying nothing, when the reply was no offer."""
    note = next((m["custom"] for m in reply if m["custom"].get("type") == "offer"), None)
    shown = next((list(m["buttons"]) for m in reply if m["buttons"]), [])
    if note is None or not shown:
        return False
    searcher = kb.searcher()
    buttons = []
    for button in shown:
        parsed = payloads.parse(str(button.get("payload") or ""))
        article_id = parsed.entity("article_id") if parsed is not None else None
        art = kb.article(article_id, language, searcher)[0] if article_id else None
        buttons.append({**button, "title": art.title} if art is not None else button)
    key = "offer_question_one" if len(buttons) == 1 else "offer_question"
    dispatcher.utter_message(text=t(key, language), buttons=buttons)
    dispatcher.utter_message(json_message=dict(note))
    return True


def _opens_with(text: str, key: str) -> bool:
    """Whether `text` opens with the catalogue's line `key`, in either language, up to its
    {title} (the whole line for one without)."""
    return any(text.startswith(t(key, code, title="\0").split("\0")[0]) for code in ("nl", "en"))


def _shown_piece(tracker: Tracker, reply: list[dict]) -> tuple[str, str, dict] | None:
    """(piece, article id, message) of the article piece the coach's `reply` showed: one
    with a source note (`_piece_of`), or, without one, what to avoid (actions/advice.py
    `answered_as_avoid_request`) or the question after advice that did not work
    (`answered_as_did_not_work`) about the article it names (`_article_named`); None for any
    other reply."""
    if any(m["custom"].get("type") == "source" for m in reply):
        found = followup.recent_answer(tracker)
        if found is not None:
            note, message = found
            return _piece_of(note, message), str(note["id"]), message
    for message in reply:
        piece = _piece_without_note(message["text"])
        article_id = _article_named(tracker, message["text"]) if piece else None
        if piece and article_id:
            return piece, article_id, message
    return None


def _piece_without_note(text: str) -> str | None:
    """The piece ("avoid", "did_not_work") a reply about an article that sends no note of
    its own showed, by its first line; None for any other text."""
    if _opens_with(text, "avoid_intro") or _opens_with(text, "avoid_none"):
        return "avoid"
    return "did_not_work" if _opens_with(text, "did_not_work") else None


def _article_named(tracker: Tracker, text: str) -> str | None:
    """The article of the latest source note whose title, in either language, `text` names
    (a reply about an article that sends no note of its own names it by its title)."""
    for event in reversed(tracker.events or []):
        note = (event.get("data") or {}).get("custom") or {}
        if event.get("event") != "bot" or note.get("type") != "source" or not note.get("id"):
            continue
        versions = (kb.article(str(note["id"]), code)[0] for code in ("nl", "en"))
        if any(art is not None and art.title in text for art in versions):
            return str(note["id"])
    return None


def _piece_of(note: dict, message: dict) -> str:
    """Which piece of its article `message` showed, by its source note's view and its first
    line: "card", "tip" (a coaching tip: its "Nog een tip" button), "employee_tip" (an employee's
    tip: one step, its note's view followup.TIP_VIEW), "example", "wording" (the example, or the
    tips' sentences, as the words to use), "meaning" or "summary"."""
    view = note.get("view") or "card"
    text = message["text"]
    if view == followup.TIP_VIEW:
        return "employee_tip"  # one step of the article, for an employee (actions/coaching.py)
    if view == "example":
        return "example" if _opens_with(text, "followup_intro") else "wording"
    if view in ("meaning", "summary"):
        return view
    if _opens_with(text, "followup_words_from_tips"):
        return "wording"
    more = payloads.ask_coaching_tip()
    return "tip" if any(b.get("payload") == more for b in message["buttons"]) else "card"


def _repeat_piece(
    dispatcher: CollectingDispatcher, tracker: Tracker, piece: str, article_id: str, message: dict, lang: str
) -> bool:
    """`piece` of the article again, from its version in `lang` (the other one, said so,
    when it has none), with the buttons `message` had, in `lang`; its source note (the same
    view, so that a follow-up goes on from it), and mid-check the way back to the
    statement. False when the article is gone."""
    art, fallback = kb.article(article_id, lang)
    if art is None:
        return False
    buttons = _buttons_in(message["buttons"], lang)
    text, view = _piece_text(art, piece, lang, fallback, bool(buttons)) or _piece_text(
        art, "card", lang, fallback, bool(buttons)
    )
    where = _where_lines(message["text"], lang)  # "ik voel me niet veilig bij die klant": what to do now
    dispatcher.utter_message(text="\n\n".join([*where, text]), buttons=buttons)
    if view is not None:
        dispatcher.utter_message(json_message={**kb.source_message(art, None), "view": view})
    selfcheck.offer_to_continue(dispatcher, tracker, lang)
    return True


def _piece_text(
    art: Article, piece: str, lang: str, fallback: bool, buttons: bool
) -> tuple[str, str | None] | None:
    """The text of `piece` (`_piece_of`, `_shown_piece`) of `art` in `lang` as the coach
    shows it (actions/advice.py, actions/coaching.py), and the view its source note names
    (None: it sends none); None when the article has no such piece."""
    if piece == "employee_tip":
        from actions.coaching import employee_tip_text  # coaching builds on the actions this one uses

        return employee_tip_text(art, lang, fallback), followup.TIP_VIEW
    if piece in ("card", "tip"):
        title = t("tip_title", lang, title=art.title) if piece == "tip" else None
        heading = "tip_heading" if piece == "tip" else "practice_heading"
        return kb.answer_text(art, lang, fallback, heading, title=title), "card"
    if piece == "summary":
        return t("shorter", lang, title=art.title, summary=art.summary), "summary"
    if piece == "avoid":
        avoid = followup.sentences_to_avoid(art)
        lines = [t("avoid_intro", lang, title=art.title), *(f"• {s}" for s in avoid)]
        return ("\n".join(lines) if avoid else t("avoid_none", lang, title=art.title)), None
    if piece == "did_not_work":
        said = t("did_not_work", lang, title=art.title)
        return (f"{said} {t('did_not_work_related', lang)}" if buttons else said), None
    wording = piece == "wording"
    text = followup.followup_text(art, lang, "example" if wording else piece, wording=wording)
    if text is None:
        return None
    sentences = wording and not followup.example_has_words(art) and followup.practice_sentences(art)
    return text, "card" if sentences else ("example" if wording else piece)


def _where_lines(text: str, lang: str) -> list[str]:
    """In `lang`, the lines of knowledge/referrals.yml (where to go, what to do now) that
    `text`, an answer with an article, opens with (actions/advice.py: a work matter or an
    emergency named beside the question, said before the article)."""
    loaded = load_referrals(get_settings().knowledge_dir)
    found = [*loaded, *(r.for_a_leader() for r in loaded if r.where_manager)]  # a leader's line too
    lines, rest = [], text
    while True:
        said = next(
            ((r, c) for r in found for c in ("nl", "en") if rest.startswith(r.where[c] + "\n\n")), None
        )
        if said is None:
            return lines
        referral, code = said
        lines.append(referral.where[lang])
        rest = rest[len(referral.where[code]) :].lstrip("\n")


def _buttons_in(buttons: list[dict], lang: str) -> list[dict]:
    """The buttons shown, in `lang`: an article's with its title in `lang`, "Toon de tips" and
    "Nog een tip" as such; any other as it was. An article that is gone is left out."""
    tips = {t("followup_card", code) for code in ("nl", "en")}
    out = []
    for button in buttons:
        payload = str(button.get("payload") or "")
        parsed = payloads.parse(payload)
        article_id = parsed.entity("article_id") if parsed and parsed.intent == payloads.ASK_ADVICE else None
        title = button.get("title")
        if title in tips:
            title = t("followup_card", lang)
        elif payload == payloads.ask_coaching_tip():
            title = t("more_tip", lang)
        elif article_id:
            art = kb.article(article_id, lang)[0]
            if art is None:
                continue
            title = art.title
        out.append({**button, "title": title})
    return out


def _repeat_result(dispatcher: CollectingDispatcher, tracker: Tracker, reply: list[dict], lang: str) -> bool:
    """A self-check's result the reply showed (its note "selfcheck_result"), again in `lang`
    (actions/selfcheck.py `finish`, from the latest finished run of that check)."""
    note = next((m["custom"] for m in reply if m["custom"].get("type") == "selfcheck_result"), None)
    if note is None:
        return False
    try:
        history = selfcheck.service().history(tracker.sender_id)
    except Exception:  # no self-check store: nothing to show again
        log.exception("could not read the self-check results")
        return False
    runs = [(check, run, score) for check, run, score in history if check.id == note.get("check")]
    if not runs:
        return False
    check, run, score = runs[-1]
    selfcheck.finish(dispatcher, Step(check, run, len(check.statements), score), lang, tracker.sender_id)
    return True


def _repeat_results(dispatcher: CollectingDispatcher, tracker: Tracker, reply: list[dict], lang: str) -> bool:
    """The results so far the reply showed (/resultaten: actions/selfcheck.py `show_results`),
    again in `lang`, with what their bands say when they said it."""
    if not any(_opens_with(m["text"], "sc_results_head") for m in reply):
        return False
    try:
        history = selfcheck.service().history(tracker.sender_id)
    except Exception:  # no self-check store: nothing to show again
        log.exception("could not read the self-check results")
        return False
    shown = "\n".join(m["text"] for m in reply)
    meaning = any(score.band.feedback[code] in shown for _, _, score in history for code in ("nl", "en"))
    selfcheck.show_results(dispatcher, tracker, lang, meaning=meaning)
    return True


def _repeat_statement(
    dispatcher: CollectingDispatcher, tracker: Tracker, reply: list[dict], lang: str
) -> bool:
    """The self-check statement the reply ended in (its answer buttons), asked again in `lang`
    with its scale, when it is still the one on screen."""
    answer = "/" + payloads.SELFCHECK_ANSWER  # a statement's answer buttons
    if not any(str(b.get("payload", "")).startswith(answer) for m in reply for b in m["buttons"]):
        return False
    try:
        step = selfcheck.service().open_step(tracker.sender_id)
    except Exception:  # no self-check store: nothing is on screen
        log.exception("could not read the open self-check")
        return False
    if step is None or step.run.paused or step.done:
        return False
    selfcheck.ask(dispatcher, step, lang)
    return True
