"""Does a message about a self-check ask to STOP it? "ik wil niet verder met de
vragenlijst" and "end the self-check now pls" name the self-check like a start request
does, so the intent classifier can mistake them for one; the start action asks this first.

A stop request has a stop verb ("stop", "beëindig", "kappen", "end", "quit", "cancel",
"pauzeer", "pause", "later verder") or a
negated wish to go on ("niet verder", "geen zin meer", "don't want to continue"), and is
not itself a negated stop ("niet stoppen", "don't stop")."""

from __future__ import annotations

import re

from bot.content.question_words import clauses, opens_with_question_word
from bot.content.referrals import SERVED

_STOP = re.compile(
    r"\b(stop|stoppen|stopt|stoppe|beëindig(en)?|beeindig(en)?|afbreken|breek\w* af|annuleer|annuleren|"
    r"kappen|kap ermee|ophouden|hou op|houd op|uitschakelen|genoeg|klaar mee|klaar met|"
    r"end|ending|quit|cancel|abort|exit|halt|enough|done with|leave|laat (ook )?maar|hou maar op|"
    r"laat (het )?zitten|never ?mind|forget (it|about it)|want out|get me out|"
    r"pauzeer\w*|pauzeren|pause|(even|eventjes|ff) pauze|(later|straks|morgen) verder|"
    r"(continue|finish|carry on|resume|afmaken|verder)\b[^.?!]{0,30}\b(later|straks|morgen|tomorrow))\b",
    re.IGNORECASE,
)
_NOT_GOING_ON = re.compile(
    r"\b(niet|nie|geen)\b[^.?!]{0,25}\b(verder|door|meer|zin|doorgaan|afmaken)\b|"
    r"\b(don'?t|do not|dont|no longer|not)\b[^.?!]{0,25}\b(continue|go on|carry on|want|anymore|finish)\b|"
    r"\bno more\b",
    re.IGNORECASE,
)
_NEGATED_STOP = re.compile(
    r"\b(niet|nie|don'?t|do not|dont|never)\s+(\w+\s+){0,2}(stop|stoppen|quit|cancel|end|afbreken)\b",
    re.IGNORECASE,
)


# "enough" after a word it grades is no stop: "jammer genoeg wel" (a self-check answer: "sadly,
# yes") paused the check; "fair enough", "vreemd genoeg", "often enough" neither ask to stop
_GRADED_ENOUGH = re.compile(
    r"\b(?:jammer|spijtig|gek|raar|vreemd|grappig|gelukkig|toevallig|vaak|goed|snel|duidelijk|fair|good|"
    r"sure|often|funnily|strangely|oddly|interestingly|ironically|sadly|luckily|well|true|easy|simple)"
    r"\s+(?:genoeg|enough)\b",
    re.IGNORECASE,
)


def asks_to_stop(text: str | None) -> bool:
    """True when the message asks to stop or not continue (any language of the two)."""
    text = _GRADED_ENOUGH.sub(" ", " ".join((text or "").split()))
    if not text.strip() or _NEGATED_STOP.search(text):
        return False
    return bool(_STOP.search(text) or _NOT_GOING_ON.search(text))


# a stop request that opens the message, with the reason after it: "ff stoppen, klant aan de
# balie" (NLU read it as a question and searched "klant aan de balie"; tester round of stop 37)
OPENING_STOP_MAX_WORDS = 4
_CLAUSE = re.compile(
    r"[,.;:!?\-–—]+|\s+(?:want|omdat|because|cause|cuz|er is|er staat|er komt|er wacht|there'?s)\s+",
    re.IGNORECASE,
)


def opens_with_stop(text: str | None) -> bool:
    """True when the message's first clause (up to a comma, stop or "want"/"because") is a
    short stop request about nothing else: "ff stoppen, klant aan de balie", "even pauze want
    er komt iemand", "stop for now, customer waiting". Not a question ("hoe stop ik een klant
    die blijft praten?"), nor a first clause about someone served ("klant stopt niet met
    praten")."""
    text = " ".join((text or "").split())
    if not text or "?" in text or any(opens_with_question_word(c) for c in clauses(text)):
        return False  # "genoeg over mij, wat doe ik met een boze klant": a question
    first = _CLAUSE.split(text, maxsplit=1)[0].strip()
    return (
        0 < len(first.split()) <= OPENING_STOP_MAX_WORDS
        and SERVED.search(first.lower()) is None
        and asks_to_stop(first)
    )


# a short wish to go on with the self-check: "ga verder", "ja ga maar door", "verder met de
# zelftest graag", "continue please", "volgende vraag" (tester round of stop 38: "ga verder" to
# "... staat op pauze. Wil je verder?" was searched and got topics)
_GO_ON = re.compile(
    r"^(?:(?:ja|jaja|jawel|yes|ok|oké|oke|okay|okee|oki|prima|goed|graag|top|sure|yep|jep|yeah)[\s,!.]+)*"
    r"(?:(?:ik wil graag|ik wil|i want to|i'?d like to|ga|gaan|we gaan|laten we|let'?s|lets|please|graag|"
    r"even|ff)\s+)?(?:maar\s+)?"
    r"(?:verder|door|doorgaan|verdergaan|hervat|hervatten|continue|continuing|go on|carry on|resume|"
    r"keep going|proceed|volgende vraag|volgende|next question|next)"
    r"(?:(?:\s+(?:met|with))?(?:\s+(?:de|het|mijn|m'n|mn|my|the))?\s+"
    r"(?:zelftest|zelfscan|test|vragenlijst|vragen|self-?check|check|questions?|quiz))?"
    r"(?:\s+(?:graag|please|pls|aub|dan|maar|hoor|now|nu))*[\s!.]*$",
    re.IGNORECASE,
)


# "I was doing the test", said after the coach read an answer as something else ("nee ik was
# bezig met de test", "ik zat midden in de vragenlijst", "dat was een antwoord op de stelling",
# "no, I was answering the question", "back to the test"): a wish to go on with it (tester round
# of stop 52: it was searched, and got "no good answer" and topics)
_CHECK = (
    r"(?:(?:de|het|die|deze|dat|mijn|m'?n|mn|the|my|that|this) )?(?:zelf ?test|zelf ?scan|zelf ?check|test|"
    r"vragenlijst|vragen|vraag|stelling|stellingen|self-?check|check|questions?|statements?|quiz|"
    r"questionnaire)"
)
_BACK_TO_IT = re.compile(
    r"^(?:(?:nee|neen|no|nope|nah|neuh|sorry|euh|eh|uh|hmm|oh|ah|huh|wacht|wait|hé|he|hey|maar|but|nou|"
    r"well|oeps|oops|haha|lol)[\s,!.]+)*(?:"
    # "ik was (nog) bezig met de test", "ik zat midden in de vragenlijst", "ik ben de test aan het doen"
    r"(?:ik|we|i|k) (?:was|waren|ben|zat|zit|zaten|am|was just|m|were) (?:nog |net |gewoon |juist |toch |"
    r"still |just |only |actually )*"
    r"(?:bezig met|(?:midden )?in|aan|doing|taking|answering|in the middle of|filling in|filling out|on) "
    rf"{_CHECK}"
    rf"(?: (?:aan het (?:doen|invullen|maken)|in te vullen))?"
    rf"|(?:ik|we|k) (?:was|waren|ben|zat) (?:nog |net |gewoon |juist |toch )*{_CHECK} aan het "
    r"(?:doen|invullen|maken|beantwoorden)"
    # "dat was (mijn) antwoord (op de vraag)", "that was my answer (to the statement)"
    rf"|(?:dat|da|dit|that|this|it) (?:was|is|s) (?:een |mijn |m'?n |an |my )?(?:antwoord|answer)"
    rf"(?: (?:op|voor|bij|to|for|on) {_CHECK})?"
    rf"|(?:ik|i) (?:gaf|gaf een|gaf antwoord|was answering|answered|antwoordde|was aan het antwoorden)"
    rf"(?: (?:antwoord|an answer))?(?: (?:op|to|on) {_CHECK})?"
    # "terug naar de test", "back to the self-check"
    rf"|(?:terug naar|back to|go back to|ga terug naar) {_CHECK}"
    r")(?:[\s,!.]+(?:graag|please|pls|aub|hoor|he|hè|nou|haha|lol|joh|man|hoor|eh|dus|so|jij|you|"
    r"dan|then|now|nu|ok|oke|eigenlijk|actually))*[\s!.]*$",
    re.IGNORECASE,
)


# "carry on with THAT test", in any order and with any lead: "ok verder met die vragenlijst", "kunnen
# we verder met de test?", "ik wil mijn zelftest afmaken", "de vragenlijst hervatten", "doe maar voort
# met die test" (Flemish), "k wil verder me de vragenlijst", "let's finish the quiz", "can we continue
# the self-check?" (tester D4 of stop 69: "ok verder met die vragenlijst" got the list of self-checks,
# and a "2" typed next, meant as an answer, started another check). The whole message is the wish:
# "verder met de test van mijn klant" or "later verder met de test" is none.
_LEAD = (
    r"(?:(?:ok|oké|oke|okay|okee|oki|ja|jaja|yes|goed|prima|top|nou|euh|eh|so|well|right|alright|sure|yep|"
    r"jep|yeah|allee|alee|zo|dan|then|now|nu)[\s,!.]+)*"
    r"(?:(?:ik wil|k wil|ik wou|ik zou|ik ga|we gaan|wil|laten we|laat ons|let'?s|lets|let me|kan ik|"
    r"kunnen we|kunne we|mag ik|mogen we|i want to|i'?d like to|i wanna|can i|can we|could we|may i|"
    r"we can|i'?ll|"
    r"please|graag|doe maar|ga maar|ga|gaan|even|ff|effe|gewoon|just|dan maar)\s+)*"
    r"(?:(?:graag|nu|now|even|ff|dan|maar|weer|again|toch|gewoon|just)\s+)*"
)
_ON_VERB = (
    r"(?:verder|voort|door|doorgaan|verdergaan|verder gaan|voortgaan|voortdoen|voort doen|verder doen|"
    r"verderdoen|hervat|hervatten|continue|continuing|go on|carry on|resume|keep going|proceed|finish|"
    r"complete|afmaken|afwerken|pick up|get back to|go back to)"
)
_AFTER_NOUN = (
    r"(?:afmaken|afwerken|hervatten|voortdoen|voort doen|verder doen|verderdoen|verder invullen|verder maken|"
    r"verder|voort|afmaken aub|finish|finishen)"
)
_ITS_NAME = (
    r"(?:(?:de|het|die|dat|deze|dien|den|mijn|m'?n|mn|me|onze|ons|the|my|that|this|our)\s+)?"
    r"(?:zelf ?test|zelf ?scan|zelf ?check|test|testje|vragenlijst|vragenlyst|vragenlijstje|vragen|"
    r"stellingen|self-?check|self check|check|questions|questionnaire|quiz|survey)"
)
_THE_REST = (
    r"(?:[\s,!.?]+(?:graag|please|pls|plz|aub|a\.u\.b\.?|svp|dan|then|maar|hoor|now|nu|even|ff|weer|again|"
    r"verder|ok|oké|thanks|bedankt|waar ik was|waar ik gebleven was|where i left off|where i was|"
    r"van daarnet|van net|from before|from earlier))*[\s!.?]*$"
)
_CARRY_ON_WITH_IT = re.compile(
    rf"^{_LEAD}(?:{_ON_VERB}(?:\s+(?:met|me|mee|mt|with|on))?\s+{_ITS_NAME}"
    rf"|{_ITS_NAME}\s+{_AFTER_NOUN}){_THE_REST}",
    re.IGNORECASE,
)


def asks_to_go_on(text: str | None) -> bool:
    """True when the whole message asks to go on with the self-check ("ga verder", "ja, ga
    maar door", "continue please", "volgende vraag"; "ok verder met die vragenlijst", "ik wil
    mijn zelftest afmaken", "can we continue the test?": `_CARRY_ON_WITH_IT`), or says it was
    doing it when the coach read it otherwise ("nee ik was bezig met de test", "I was answering
    the question", "back to the test"; `_BACK_TO_IT`); not "niet verder" or "later verder"."""
    said = " ".join((text or "").split())
    if not said or asks_to_stop(said):
        return False
    return bool(_GO_ON.match(said) or _BACK_TO_IT.match(said) or _CARRY_ON_WITH_IT.match(said))
