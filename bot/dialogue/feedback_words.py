"""Is a typed message a verdict on the coach's last answer, and which one? NLU finds the
feedback intent but not always its `feedback_value` entity: "that didnt help at all" and
"dat hielp niet echt" got "Bij welk antwoord hoort je reactie?", and "nee daar heb ik niks
aan" was read as a plain "no". Their words say it: a negated or negative verdict is "down",
a positive one "up"; anything else is no verdict (None).

A plain yes or no typed right after "Had je hier iets aan?" ("ja", "ja top", "nope", "niet
echt", 👍) answers that question: `yes_no_verdict` reads it (tester rounds of stops 34 and
36: "ja" got "Mooi. Stel je vraag maar", "ja top" an "I don't know"). A polite "nee dank je"
declines rather than judges, and stays a no.

Pure Python (no Rasa), used by actions/feedback.py and actions/yes_no.py."""

from __future__ import annotations

import re

from bot.dialogue.emoji_meaning import APPROVAL_EMOJI, DISAPPROVAL_EMOJI, only_emoji_of

_DOWN = re.compile(
    r"\b(niet|nie|ni|geen|weinig)\s+(\w+\s+){0,2}(nuttig|bruikbaar|handig|geholpen|goed|duidelijk|relevant)\b|"
    r"\b(hielp|helpt|help|hielpen)\s+(me\s+|mij\s+)?(niet|nie|ni|niks|niets|geen)\b|"
    r"\b(niks|niets|weinig|geen (bal|zak|moer|fluit)) aan\b|\bslaat (nergens|kant noch wal) op\b|"
    r"\b(nutteloos|waardeloos|onzin|zinloos|klopt niet|klopt niks)\b|"
    r"\b(not|wasn'?t|isn'?t|hardly)\s+(\w+\s+){0,2}"
    r"(helpful|useful|relevant|right|clear|what i (asked|meant|needed))\b|"
    r"\b(did ?n[o']?t|didnt|doesn'?t|doesnt|does not|did not)\s+help\b|"
    r"\b(no help|useless|unhelpful|pointless)\b|"
    r"\bmissed the point\b|\bwrong answer\b",
    re.IGNORECASE,
)
_UP = re.compile(
    r"\b(nuttig|bruikbaar|handig|hielp|helpt|geholpen|duidelijk|top|super|goede? (tip|antwoord|advies))\b|"
    r"\b(helpful|useful|helped|great (tip|answer|advice)|spot on|exactly what i needed)\b",
    re.IGNORECASE,
)


def feedback_value(text: str | None) -> str | None:
    """ "down", "up" or None for a typed message (lower or any case): "dat hielp niet echt"
    -> "down", "super tip, heel bruikbaar" -> "up", "nee" -> None."""
    text = " ".join((text or "").split())
    if _DOWN.search(text):
        return "down"
    if _UP.search(text):
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
    "really not at all it didnt did so much"
)
_NOT_REALLY = {
    ("niet", "echt"),
    ("niet", "zo"),
    ("nie", "echt"),
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
    if tuple(words[:2]) in _NOT_REALLY and set(words[2:]) <= _NO_MORE | _NO_OPENERS:
        return "down"
    if words[0] in _YES_OPENERS and set(words[1:]) <= _YES_MORE | _YES_OPENERS:
        return "up"
    if words[0] in _NO_OPENERS and set(words[1:]) <= _NO_MORE | _NO_OPENERS and not set(words) & _DECLINE:
        return "down"
    return None


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
