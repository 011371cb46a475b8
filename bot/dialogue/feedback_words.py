"""Is a typed message a verdict on the coach's last answer, and which one? NLU finds the
feedback intent but not always its `feedback_value` entity: "that didnt help at all" and
"dat hielp niet echt" got "Bij welk antwoord hoort je reactie?", and "nee daar heb ik niks
aan" was read as a plain "no". Their words say it: a negated or negative verdict is "down",
a positive one "up"; anything else is no verdict (None).

A plain yes or no typed right after "Had je hier iets aan?" ("ja", "ja top", "nope", "niet
echt", 👍) answers that question: `yes_no_verdict` reads it (tester rounds of stops 34 and
36: "ja" got "Mooi. Stel je vraag maar", "ja top" an "I don't know"). A polite "nee dank je"
declines rather than judges, and stays a no.

Negation by kind (tester round of stop 52: "da was ni nuttig" got "Fijn, dank je voor je
reactie!"): a negation ("niet", Flemish "ni"/"nie", "geen", "not", "hardly", "isn't") up to two
words before a positive word ("nie echt nuttig", "geen goede tip", "not so great") makes it a
"down", whatever NLU's entity said, and so does "had er nie veel aan"; "niet slecht"/"not bad"
stays praise. A no with a complaint about the answer ("nee ni echt, te lang", "nah, too vague")
is a "down" too (`yes_no_verdict`).

Pure Python (no Rasa), used by actions/feedback.py and actions/yes_no.py."""

from __future__ import annotations

import re

from bot.dialogue.emoji_meaning import APPROVAL_EMOJI, DISAPPROVAL_EMOJI, only_emoji_of

# words that start another clause or grade the praise instead of negating it: "niet alleen nuttig",
# "not only useful", "geen probleem, super", Flemish "ni normaal goed" (very good)
_CLAUSE_WORD = (
    r"alleen|enkel|maar|of|en|omdat|only|just|but|if|and|because|what|wat|hoe|how|"
    r"probleem|problem|problemo|zorgen|worries|normaal|normal"
)
_OTHER_WORD = rf"(?!(?:{_CLAUSE_WORD})\b)\w+\s+"
_DOWN = re.compile(
    rf"\b(niet|nie|ni|geen|weinig)\s+({_OTHER_WORD}){{0,2}}"
    r"(nuttig|bruikbaar|handig|geholpen|goed|duidelijk|relevant)\b|"
    r"\b(hielp|helpt|help|hielpen)\s+(me\s+|mij\s+)?(niet|nie|ni|niks|niets|geen)\b|"
    r"\b(niks|niets|weinig|geen (bal|zak|moer|fluit)) aan\b|\bslaat (nergens|kant noch wal) op\b|"
    r"\b(nutteloos|waardeloos|onzin|zinloos|klopt niet|klopt niks)\b|"
    rf"\b(not|wasn'?t|isn'?t|hardly)\s+({_OTHER_WORD}){{0,2}}"
    r"(helpful|useful|relevant|right|clear|what i (asked|meant|needed))\b|"
    r"\b(did ?n[o']?t|didnt|doesn'?t|doesnt|does not|did not)\s+help\b|"
    r"\b(no help|useless|unhelpful|pointless)\b|"
    r"\bmissed the point\b|\bwrong answer\b|"
    # "had er nie veel aan", "niet zoveel aan gehad", "not much use", "not much help"
    r"\b(niet|nie|ni|nid)\s+(zo\s*|echt\s+|heel\s+|erg\s+)?veel\s+aan\b|"
    r"\b(not|wasn'?t|isn'?t|hardly|of)\s+(much|any|a lot of|great)\s+(use|help)\b",
    re.IGNORECASE,
)
# A negation up to two words before a word of praise ("nie echt nuttig", "ni goed", "geen goede
# tip", "niet super", "not so great"): a "down", never an "up" (tester round of stop 52). Words
# that start another clause (`_CLAUSE_WORD`) or punctuation between stop it.
_NEGATION = (
    r"niet|nie|ni|nid|nied|geen|gene|nooit|nauwelijks|amper|not|never|hardly|barely|no|"
    r"isn'?t|wasn'?t|aren'?t|weren'?t|don'?t|doesn'?t|didn'?t|dont|doesnt|didnt|isnt|wasnt"
)
_PRAISE = (
    r"nuttig\w*|bruikbaar|bruikbare|handig\w*|goed|goede|top|super|duidelijk\w*|relevant\w*|zinvol\w*|"
    r"waardevol\w*|behulpzaam|fijn|leuk|geweldig|geholpen|hielp|helpt|"
    r"helpful|useful|good|great|clear|relevant|valuable|handy|helped|helps|help|awesome|perfect|"
    r"what i (asked|meant|needed|wanted)"
)
_NEGATED_PRAISE = re.compile(
    rf"\b({_NEGATION})(\s+(?!(?:{_CLAUSE_WORD})\b)[\w']+){{0,2}}\s+({_PRAISE})\b", re.IGNORECASE
)
# a negated complaint is praise: "niet slecht", "nie slecht", "not bad (at all)"
_NOT_BAD = re.compile(
    r"\b(niet|nie|ni|not)\s+(zo\s+|so\s+|echt\s+|too\s+|half\s+)?(slecht|bad)\b", re.IGNORECASE
)
# what a "no" may say against the answer: "te lang", "veel te vaag", "too long", "way too general"
_COMPLAINT = re.compile(
    r"\b(?:(?:veel|wel|wat|iets|een beetje|way|much|a bit|a little|bit|kinda|wa|nogal|echt|really)\s+)?"
    r"(?:te|too|to)\s+(?:lang|long|vaag|vague|algemeen|general|generic|kort|short|ingewikkeld|complicated|"
    r"complex|moeilijk|difficult|wollig|wordy|veel tekst|much text|abstract|theoretisch|theoretical|"
    r"oppervlakkig|shallow|simpel|simple|basic)\b",
    re.IGNORECASE,
)
_UP = re.compile(
    r"\b(nuttig|bruikbaar|handig|hielp|helpt|geholpen|duidelijk|top|super|goede? (tip|antwoord|advies))\b|"
    r"\b(helpful|useful|helped|great (tip|answer|advice)|spot on|exactly what i needed)\b",
    re.IGNORECASE,
)


def complaints_in(text: str | None) -> list[str]:
    """What `text` says was wrong with the answer, lower case: "nee ni echt, te lang" ->
    ["te lang"], "not really, way too complicated" -> ["way too complicated"]."""
    return [" ".join(m.group(0).lower().split()) for m in _COMPLAINT.finditer(text or "")]


def feedback_value(text: str | None) -> str | None:
    """ "down", "up" or None for a typed message (lower or any case): "dat hielp niet echt"
    -> "down", "da was ni nuttig" -> "down", "super tip, heel bruikbaar" -> "up", "niet slecht"
    -> "up", "nee" -> None."""
    text = " ".join((text or "").split())
    if _DOWN.search(text) or _NEGATED_PRAISE.search(_NOT_BAD.sub(" ", text)):
        return "down"  # "da was ni nuttig", "geen goede tip": never an "up" (tester round of stop 52)
    if _UP.search(text) or _NOT_BAD.search(text):
        return "up"
    return None


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_YES_OPENERS = _word_set("ja jawel jep jazeker zeker yes yep yeah yup ye absoluut klopt")
_NO_OPENERS = _word_set("nee neen nope no nah neuh nein")
# words that may follow the opener in a plain verdict ("ja zeker, heel goed", "nee niet echt")
_YES_MORE = _word_set(
    "hoor zeker wel echt top super goed prima heel erg zeer dank je u jij weten hielp was het dat "
    "thanks thank you definitely absolutely it did great very much really sure"
)
_NO_MORE = _word_set(
    "hoor niet echt helemaal totaal niks niets eigenlijk sorry zo nie ni wel "
    "really not at all it didnt did so much "
    # an aside beside the no (tester round of stop 52: "nee ni echt, te lang eerlijk gezegd")
    "eerlijk gezegd tbh honestly echt man"
)
_NOT_REALLY = {
    ("niet", "echt"),
    ("niet", "zo"),
    ("nie", "echt"),
    ("ni", "echt"),
    ("nie", "zo"),
    ("ni", "zo"),
    ("not", "useful"),
    ("not", "so"),
    ("niet", "nuttig"),
    ("not", "really"),
    ("not", "much"),
    ("not", "at"),
    ("not", "helpful"),
}
_DECLINE = {"dank", "thanks", "thank", "bedankt", "merci"}


def yes_no_verdict(text: str | None) -> str | None:
    """ "up" or "down" when `text` is a plain yes or no, as typed to "Had je hier iets aan?":
    "ja", "ja top", "yes it did", "👍" -> "up"; "nee", "nope", "niet echt", "not really",
    "👎" -> "down"; "nee dank je" (declining), "ja maar hoe dan?" and anything with other
    words -> None. The caller checks that the feedback question was just asked."""
    if only_emoji_of(text, APPROVAL_EMOJI):
        return "up"
    if only_emoji_of(text, DISAPPROVAL_EMOJI):
        return "down"
    if "?" in (text or ""):
        return None
    words = re.findall(r"[^\W\d_]+", (text or "").lower().replace("'", ""))
    if not words:
        return None
    # "nee ni echt, te lang", "not really, way too vague": a no with what was wrong with the answer
    # (tester round of stop 52: it was searched and the article on saying no came back)
    rest = re.findall(r"[^\W\d_]+", _COMPLAINT.sub(" ", (text or "").lower().replace("'", "")))
    if rest != words and rest and _plain_no(rest):
        return "down"
    if words[0] in _YES_OPENERS and set(words[1:]) <= _YES_MORE | _YES_OPENERS:
        return "up"
    return "down" if _plain_no(words) else None


def _plain_no(words: list[str]) -> bool:
    """Whether `words` (lower case) are a plain no to "Had je hier iets aan?": "nee", "nee ni
    echt", "niet echt", "not really"; not a polite "nee dank je"."""
    if tuple(words[:2]) in _NOT_REALLY and set(words[2:]) <= _NO_MORE | _NO_OPENERS:
        return True
    return words[0] in _NO_OPENERS and set(words[1:]) <= _NO_MORE | _NO_OPENERS and not set(words) & _DECLINE


_THANKS_WORDS = _word_set("dank bedankt merci thanks thank thx tx dankjewel dankuwel dankje")
_NO_THANKS_MORE = _word_set("je jij u wel hoor toch maar you anyway though very much")


def is_no_thanks(text: str | None) -> bool:
    """Whether `text` is a polite "no thanks": a no with thanks and nothing more ("nee dank je",
    "nee hoor, bedankt", "no thanks", "nah thank you"). A plain "nee", a question ("nee dank je,
    of toch?") or a no with other words ("nee, het gaat over iets anders") is not."""
    if "?" in (text or ""):
        return False
    words = re.findall(r"[^\W\d_]+", (text or "").lower().replace("'", ""))
    return (
        len(words) >= 2
        and words[0] in _NO_OPENERS
        and bool(set(words) & _THANKS_WORDS)
        and set(words[1:]) <= _THANKS_WORDS | _NO_THANKS_MORE | _NO_OPENERS | {"hoor"}
    )


# words that someone else said or called the asker something ("klant noemt me nutteloos", "the guest
# called me useless"): a service question, never a verdict on the coach (tester round of stop 66)
_SOMEONE_SAID = re.compile(
    r"\b(?:noemt|noemde|noemen|noemden|zegt|zei|zeggen|zeiden|scheldt|schold|scholden|uitgescholden|"
    r"calls|called|says|said|told|yelled|shouted)\b",
    re.IGNORECASE,
)


def about_someone_else(text: str | None) -> bool:
    """Whether `text` tells what someone said or called the asker ("klant noemt me nutteloos", "the
    guest called me useless"): then it is no verdict on the coach's answer, whatever its words."""
    return bool(_SOMEONE_SAID.search(text or ""))
