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

__all__ = ["says_it_did_not_work", "says_the_advice_failed"]

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


# The advice said to have failed in other words (tester round of stop 66: "je advies klopte niet,
# die klant werd alleen maar bozer" after 👎 got an offer headed by the same article): the advice
# called wrong ("je advies klopte niet", "your tip was useless"), or it made things worse, said in
# the past ("hij werd alleen maar bozer", "dat maakte het erger", "he just got angrier", "it
# backfired"). A customer who *gets* angrier ("de klant wordt steeds bozer, wat doe ik?") is a
# follow-up on the situation; someone else's advice ("het advies van mijn teamleider") is no
# verdict on the coach's. Only right after an answer (actions/advice.py): as a first message such
# words tell a story of their own.
_ADVICE = r"(?:advies|adviesje|tip|tips|tipje|raad|antwoord|advice|tip|tips|answer|suggestion|suggestions)"
_WHOSE = r"(?:je|jouw|uw|jullie|dat|die|dit|het|de|your|the|that|this|those)"
_WRONG_NL = (
    r"(?:klopte|klopt|werkte|werkt|hielp|helpt|deugde|deugt|was|is)\s+(?:echt\s+|helemaal\s+|totaal\s+|dus\s+)?"
    r"(?:niet|nie|ni|niks|niets|nergens|fout|verkeerd|slecht|onzin|waardeloos|nutteloos|averechts|"
    r"geen\s+(?:bal|zak|moer|succes))"
)
_WRONG_EN = (
    r"(?:was|is|were|are)\s+(?:totally\s+|completely\s+|just\s+|really\s+|so\s+)?"
    r"(?:wrong|bad|useless|rubbish|terrible|crap|no\s+good|not\s+(?:right|good|helpful))|"
    r"(?:didn'?t|did\s+not|doesn'?t|does\s+not|never)\s+(?:work|help)"
)
_WORSE = (
    r"(?:bozer|kwader|woedender|bozig|agressiever|ge[iï]rriteerder|chagrijniger|lastiger|luider|erger|slechter)"
)
_WORSE_EN = r"(?:angrier|madder|more\s+(?:angry|upset|furious|annoyed|aggressive)|worse|more\s+irritated)"
_FAILED = re.compile(
    rf"\b{_WHOSE}\s+{_ADVICE}\s+(?:{_WRONG_NL}|{_WRONG_EN})\b|"
    r"\b(?:werkte|werkt|pakte|pakt)\s+(?:\w+\s+)?averechts\b|"
    r"\b(?:het\s+)?(?:omgekeerde|tegenovergestelde)\s+(?:effect|resultaat)\b|"
    # past tense: "hij werd alleen maar bozer", "ze werden nog kwader", "het werd erger"
    rf"\b(?:werd|werden)\s+(?:hij|zij|ze|die|de\s+klant|die\s+klant\s+)?\s*(?:daar(?:door)?\s+|er\s+)?"
    rf"(?:alleen\s+maar\s+|enkel\s+maar\s+|juist\s+|nog\s+|alleen\s+|maar\s+|dus\s+){{0,2}}{_WORSE}\b|"
    rf"\b(?:maakte|maakten)\s+(?:het|dat|alles|hem|haar|ze|de\s+klant|de\s+boel)\s+"
    rf"(?:alleen\s+maar\s+|juist\s+|nog\s+|alleen\s+|maar\s+){{0,2}}{_WORSE}\b|"
    r"\bbackfired\b|"
    rf"\b(?:made|making)\s+(?:it|things|him|her|them|the\s+customer|everything|matters)\s+(?:even\s+|much\s+)?"
    rf"{_WORSE_EN}\b|"
    rf"\b(?:only|just)\s+(?:got|became|made\s+(?:him|her|them))\s+(?:even\s+|much\s+)?{_WORSE_EN}\b|"
    rf"\b(?:got|became)\s+(?:even\s+|much\s+)?{_WORSE_EN}\b",
    re.IGNORECASE,
)
# a message that asks something new about leading a team or names someone else's advice
_SOMEONE_ELSES = re.compile(
    r"\b(?:van|from|of)\s+(?:mijn|my|onze|our|de|the)\s+(?:\w+\s+)?"
    r"(?:collega|teamleider|leidinggevende|manager|baas|chef|coach|colleague|boss|lead|supervisor)\b",
    re.IGNORECASE,
)


def says_the_advice_failed(text: str | None) -> bool:
    """True when `text` (at most 140 characters) says in other words that the advice just given did
    not work: called wrong ("je advies klopte niet", "your advice was useless") or it made things
    worse, in the past tense ("die klant werd alleen maar bozer", "dat maakte het erger", "he just
    got angrier", "it backfired"); False for a customer who gets angrier now ("de klant wordt
    steeds bozer") and for someone else's advice ("het advies van mijn teamleider werkte niet")."""
    if not text or len(text) > 140:
        return False
    plain = " ".join(text.replace("’", "'").split())
    return bool(_FAILED.search(plain)) and not _SOMEONE_ELSES.search(plain)
