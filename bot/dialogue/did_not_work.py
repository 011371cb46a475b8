"""Does a message only say that the advice just given did not work, or asks what then:
"en als dat niet werkt?", "werkt niet", "heb ik al geprobeerd", "what if that doesn't
work?", "tried that already". Right after an answer the coach asks what happened and offers
the article's related topics. "en als dat niet werkt?" was read as "more on the same
article" and got its example, a story in which the advice did work (tester round of stop 47).

The whole message must be made of such words and small words: "de pinautomaat werkt niet"
and "wat als de klant niet wil luisteren" say what happens and are questions of their own.

Pure Python (no Rasa), used by actions/advice.py."""

from __future__ import annotations

import re

from bot.dialogue.whole_message import made_only_of

__all__ = ["says_it_did_not_work"]

_NOT = r"(?:niet|nie|ni|geen)"
_WORKS = r"(?:werkt|werkte|helpt|hielp|lukt|lukte|werken|helpen|lukken)"
_SATISFIED = r"(?:tevreden|blij|gerustgesteld|happy|satisfied|content|pleased)"
# the message itself: at least one of these must be in it
_SAYINGS = (
    rf"{_WORKS} {_NOT}|{_NOT} {_WORKS}|{_WORKS} (?:het|dat|dit|da|'t) {_NOT}|"
    r"(?:heb|had) (?:ik|k) (?:dat|dit|het|al|dat al|dit al|het al|alles|al alles) "
    r"(?:al )?(?:geprobeerd|gedaan)|"
    r"al geprobeerd|al gedaan|"
    r"(?:doesn'?t|does not|didn'?t|did not|won'?t|will not|wouldn'?t|isn'?t|is not|wasn'?t) "
    r"(?:work|help|working|helping)|"
    r"(?:it|that|this) fails|(?:tried|done) (?:that|it|this|all that|everything)(?: already)?|"
    r"already (?:tried|did) (?:that|it|this)|no (?:luck|use)|niks geholpen|helpt niks|hielp niks|werkt niks|"
    r"(?:nothing|none of (?:it|that|this)) (?:works|worked|helps|helped)|"
    # nothing comes of it: "wat als dat niks uithaalt", "als het niets oplevert", "does nothing"
    r"(?:niks|niets|nix|geen zier|geen bal) (?:uithaalt|uithaalde|uithalen|oplevert|opleverde|opleveren)|"
    r"(?:haalt|haalde|levert|leverde) (?:het |dat |dit |da |'t |t )?(?:niks|niets|nix) (?:uit|op)|"
    r"(?:doesn'?t|does not|didn'?t|did not|won'?t|will not) "
    r"(?:do anything|change anything|make a difference)|"
    r"(?:does|did|changes|changed) nothing|makes no difference|made no difference"
)
# The aim of the advice not reached: the customer is still not satisfied, said with "still" or
# "if" (tester round of stop 63: "what if he still isn't happy?" got the example of the
# complaints article, a story of a form improved). Still angry ("nog steeds boos") is a
# continuation: the example shows it. "ontevreden klant" alone is a question of its own.
_UNSATISFIED = (
    rf"(?:{_NOT}|not|never|isn'?t|wasn'?t|aren'?t|weren'?t) (?:really |quite |echt |helemaal )?{_SATISFIED}|"
    r"(?:on|un|dis)(?:tevreden|happy|satisfied)"
)
_GOES_ON = re.compile(r"\b(?:still|yet|anyway|if|nog|steeds|altijd|blijft|blijven|als|as)\b", re.IGNORECASE)
# what may stand around it: small words, "and if", "then what"
_AROUND = (
    r"en|maar|als|as|wat|wa|dan|nou|nu|ja|nee|ok|oké|oke|okay|hmm+|tja|toch|nog|steeds|altijd|echt|gewoon|da|"
    r"dat|dit|het|'t|t|ik|k|al|alles|heb|had|maar|hij|zij|ze|bij|hem|haar|mij|me|doe|doen|ik dan|wat nu|"
    r"and|but|if|what|then|now|yes|no|ok|still|really|just|so|that|this|it|i|have|had|already|do|"
    r"with|him|her|them|me|he|she|they|for|sorry|helaas|unfortunately"
)
# around a customer still not satisfied: "en als de klant er dan nog steeds niet blij mee is?"
_AROUND_UNSATISFIED = (
    rf"{_AROUND}|is|zijn|blijft|blijven|was|klant|de klant|die klant|the customer|the guest|stays|remains|"
    r"gets|yet|anyway|ever|daarmee|daar|mee|er|with it|about it|he'?s|she'?s|they'?re|are|were"
)
_SAYING, _ONLY = made_only_of(_SAYINGS, _AROUND)
_UNSATISFIED_SAYING, _UNSATISFIED_ONLY = made_only_of(_UNSATISFIED, _AROUND_UNSATISFIED)


def says_it_did_not_work(text: str | None) -> bool:
    """True when `text` only says the advice did not (or may not) work ("en als dat niet
    werkt?", "werkt niet", "tried that already"); False when it says anything else."""
    if not text or len(text) > 80:
        return False
    if _SAYING.search(text) and _ONLY.match(text):
        return True
    plain = text.replace("’", "'")
    unsatisfied = _UNSATISFIED_SAYING.search(plain) and _UNSATISFIED_ONLY.match(plain)
    return bool(unsatisfied and _GOES_ON.search(plain))
