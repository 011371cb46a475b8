"""Chat shorthand written out before the work matters and safety lines read a message: "zn",
"mn", Flemish "ni", "kheb", "idk", English "u" beside an English word. Content, not engine: the
referral matcher (bot/content/referrals.py) reads every message and topic word through it."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["CHAT_SHORTHAND", "written_out"]

# Chat shorthand, written out before a message is read (tester round of stop 63: a team lead's
# "iemand van mijn team zit niet lekker in zn vel" was not read as "zijn vel"). Dutch: the
# possessives "zn", "z'n", "mn", "m'n" (and Flemish "mijne"), Flemish "ni" and "nie" for "niet",
# and "ik" run into its verb ("kheb", "kzit", "kweet": the `ik ...` lines of
# bot/content/regional_words.txt, one list for the search and for this); English: "pls", "idk",
# "dunno", "ur", "cuz". Not "da", "wa", "ne", "ma" ("dat", "wat", "een", "mijn" or "maar"):
# read as those, they made the search surer of the words left and cost dev answers (stop 46).
CHAT_SHORTHAND = {
    "zn": "zijn",
    "z'n": "zijn",
    "mn": "mijn",
    "m'n": "mijn",
    "mijne": "mijn",
    "ni": "niet",
    "nie": "niet",
    "pls": "please",
    "plz": "please",
    "plss": "please",
    "idk": "i don't know",
    "dunno": "don't know",
    "ur": "your",
    "cuz": "because",
    "coz": "because",
}
# English "u" for "you", only beside an English word ("how do u", "thank u", "u know"): Dutch
# "u" is the polite "you" itself ("kunt u", "als u wilt") and stays as typed
_ENGLISH_BEFORE_U = (
    r"do|does|did|don't|dont|can|could|would|will|should|are|were|have|if|thank|when|how|what|why|"
    r"to|for|with|let|tell|told|help|see|miss|love|give|gave|make|made|ask|asked|r|and|but|that"
)
_ENGLISH_AFTER_U = r"know|can|could|do|did|have|are|r|think|need|want|should|get|got|mean|say|said|see|tell"
_ENGLISH_U = re.compile(
    rf"(?i)(?<![\w'’])((?:{_ENGLISH_BEFORE_U}) )u(?![\w'’])|"
    rf"(?<![\w'’])u(?= (?:{_ENGLISH_AFTER_U})(?![\w'’]))"
)


def _english_you(match: re.Match[str]) -> str:
    before = match.group(1) or ""
    return before + ("You" if match.group(0)[len(before) :] == "U" else "you")


@lru_cache(maxsize=1)
def _shorthand() -> tuple[dict[str, str], re.Pattern[str]]:
    from bot.content.regional_words import regional_words  # the `ik ...` forms live in its list

    words = dict(CHAT_SHORTHAND)
    words.update({form: std for form, std in regional_words().items() if std.startswith("ik ")})
    forms = sorted(words, key=len, reverse=True)
    alternatives = "|".join(re.escape(f).replace("'", "['’]") for f in forms)
    return words, re.compile(rf"(?i)(?<![\w'’])(?:{alternatives})(?![\w'’])")


def written_out(text: str) -> str:
    """`text` with chat shorthand written out (`CHAT_SHORTHAND`, the `ik ...` forms of
    regional_words.txt, English "u" beside an English word): "iemand van mn team zit ni lekker in
    zn vel" -> "iemand van mijn team zit niet lekker in zijn vel", "kben op" -> "ik ben op", "how do
    u handle it pls" -> "how do you handle it please". A capital first letter is kept; the other
    words are left as typed. The coach reads every message and every topic's words through it in
    one place, bot/content/referrals.py `informal_possessives` (the work matters, the safety lines
    and the decision's reading of them); the search reads the `ik ...` forms and "nie" through
    regional_words.py, not the rest: "ni" as "niet" and "idk" written out cost dev answers (stop 64)."""
    words, pattern = _shorthand()

    def swap(match: re.Match[str]) -> str:
        typed = match.group(0)
        plain = words[typed.lower().replace("’", "'")]
        return plain[:1].upper() + plain[1:] if typed[:1].isupper() else plain

    text = pattern.sub(swap, text)
    return _ENGLISH_U.sub(_english_you, text)
