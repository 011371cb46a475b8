"""A message that says the statement on screen is not understood ("hmm snap de vraag niet",
"wat bedoel je hiermee?", "I don't get the question"; since stop 57 also "ik weet niet wat je
bedoelt", "hoe bedoel je?", "I'm not sure what you mean"). NLU read "hmm snap de vraag niet" as
help and the coach listed everything it can do, a self-check to start among it, in the
middle of one (tester round of stop 40). The coach explains how to answer instead
(actions/advice.py `answered_as_selfcheck_answer`). Pure Python (no Rasa)."""

from __future__ import annotations

import re

_NOT = r"(?:niet|nie|ni|not|n'?t)"
_NOT_UNDERSTOOD = re.compile(
    r"^\W*(?:(?:hmm+|hm|uh+|eh+|euh|sorry|ehm|tja|huh)[\s,.!?]+)*(?:"
    # Dutch: (ik) snap/begrijp (de vraag/stelling/het) niet, wat bedoel je (hiermee)?
    r"(?:ik\s+)?(?:snap|begrijp|versta|vat)\s+(?:de|die|deze|het|dit|je)?\s*(?:vraag|stelling|uitspraak|zin)?\s*"
    rf"(?:{_NOT}|nie\s+goed|niet\s+goed|niet\s+helemaal|ni\s+goed)"
    r"|(?:de|die|deze)\s+(?:vraag|stelling|uitspraak)\s+(?:snap|begrijp)\s+ik\s+(?:niet|nie|ni)"
    r"|wat\s+(?:bedoel|bedoelt)\s+(?:je|jij|u)(?:\s+(?:hiermee|daarmee|met\s+deze\s+(?:vraag|stelling)|precies))?"
    r"|wat\s+(?:wordt|word)\s+(?:hier(?:mee)?\s+)?bedoeld"
    r"|(?:onduidelijke?|rare|vage)\s+(?:vraag|stelling)"
    # English: I don't get/understand the question, what do you mean
    r"|(?:i\s+)?(?:don'?t|dont|do\s+not)\s+(?:get|understand)\s+(?:the|this|that|it)?\s*(?:question|statement)?"
    r"|what\s+do\s+you\s+mean(?:\s+(?:by\s+(?:this|that)|here|exactly))?"
    r"|(?:what\s+does|what'?s)\s+(?:this|that|the\s+(?:question|statement))\s+mean"
    # not knowing what is meant (tester round of stop 57: "I'm not sure what you mean" got "Okay.
    # Your self-check ... is still open"): "ik weet niet wat je bedoelt", "geen idee wat je
    # bedoelt", "hoe bedoel je?", "snap niet wat je bedoelt", "not sure what you mean", "I don't
    # know what you mean", "what are you asking", "I'm confused"
    rf"|(?:(?:i'?m|im|i\s+am)\s+)?(?:not\s+(?:sure|certain|clear\s+on)|unsure|confused\s+(?:about|by))"
    r"\s+what\s+(?:you\s+mean|you'?re\s+asking|you\s+are\s+asking|(?:this|that|it)\s+means)"
    r"(?:\s+(?:here|by\s+(?:this|that)|exactly))?"
    r"|(?:i\s+)?(?:don'?t|dont|do\s+not)\s+(?:know|get|understand|see)\s+what\s+(?:you\s+mean|you'?re\s+asking|"
    r"you\s+are\s+asking|(?:this|that|it)\s+means|is\s+meant)(?:\s+(?:here|by\s+(?:this|that)|exactly))?"
    r"|what\s+(?:are\s+you|r\s+u|do\s+you\s+want\s+to\s+know)\s*(?:asking|asking\s+me|here)?"
    r"|(?:i'?m|im|i\s+am)\s+(?:confused|lost)|(?:(?:i'?m|im|i\s+am)\s+)?not\s+sure\s+i\s+(?:get|understand)"
    r"(?:\s+(?:it|this|that|the\s+(?:question|statement)))?"
    rf"|(?:ik\s+)?(?:weet|snap|begrijp|versta)\s+(?:ik\s+)?(?:{_NOT}|nie)\s+(?:goed\s+|zo\s+goed\s+|precies\s+)?"
    r"wa?t?\s+(?:je|jij|ge|gij|u)\s+(?:bedoelt|bedoeld|bedoelde|bedoel|vraagt|wil\s+weten|wilt\s+weten)"
    r"(?:\s+(?:hiermee|daarmee|met\s+(?:deze|die)\s+(?:vraag|stelling)))?"
    r"|geen\s+(?:flauw\s+)?idee\s+wa?t?\s+(?:je|jij|ge|gij|u)\s+(?:bedoelt|bedoeld|bedoel|vraagt)"
    r"|hoe\s+(?:bedoel|bedoelt|bedoelde)\s+(?:je|jij|ge|gij|u)(?:\s+(?:dat|da|dit|hiermee|daarmee))?"
    r"|(?:wadde|wat\s+bedoelde|wa\s+bedoelde|wa\s+bedoel)(?:\s+gij|\s+ge|\s+je)?(?:\s+(?:nu|daarmee|hiermee))?"
    r"|wat\s+(?:wil|wilt)\s+(?:je|jij|ge|u)\s+(?:daar|hier)?(?:mee)?\s*(?:zeggen|weten)"
    r"|wat\s+(?:vraag|vraagt)\s+(?:je|jij|ge|u)(?:\s+(?:nu|hier|precies|eigenlijk))*"
    r")[\s?!.]*$",
    re.IGNORECASE,
)


def does_not_understand(text: str | None) -> bool:
    """True when the whole message says the statement (or question) is not understood."""
    return bool(_NOT_UNDERSTOOD.match(" ".join((text or "").split())))


# A question back at the statement on screen (tester round of stop 57: "klopt dat?" was scored 4,
# as agreement): "klopt dat?", "klopt het wel?", "is dat zo?", "is da waar?", "echt?", "o ja?",
# "is that right?", "is it true?", "really?", "do I?". It asks the coach whether the statement
# holds, which only the one answering can say: the coach explains how to read it (sc_asked_back)
# and asks again, scoring nothing. Verb first ("klopt dat", "is that right") asks even without a
# question mark; the short ones ("klopt?", "echt?", "right?") only with one. "dat klopt",
# "klopt wel", "that's right", "true" stay answers (bot/selfchecks/answers.py).
# Stop 59: typed with a slip ("kloppt dat?", "klop dat?", "iss dat zo?", "isdat zo?", "is that
# rite?") it asks the same; and so does a bare yes or no asked with a question mark ("ja?",
# "nee?", "yes?", "no?", "ja toch?", "nee echt?", "zeker?": `_BARE_YES_NO`): at a statement it
# asks whether that is the answer, which only the one answering can say. "ja", "ja!", "nee",
# "ja hoor", "klopt" without a question mark stay answers.
_LEAD = r"^\W*(?:(?:hmm+|hm|uh+|eh+|euh|ehm|tja|huh|oh|o|ah|en|and|maar|but|sorry|ok|oke|oké|okay)[\s,.!?]+)*"
_POINTING = r"(?:dat|datt|dta|dit|het|da|t|'t|that|tht|thta|taht|this|it|dat's)"
_KLOPT = r"(?:klopt|kloppt|klopd|klopte|klop|kopt|klpt|kolpt|klobt|klott|lkopt)"  # and slips of it
_IS = r"(?:is+|iz|s)"
_IS_POINTING = rf"(?:{_IS}\s+{_POINTING}|isdat|isda|isdit|isthat|isit|isnt|isn'?t)"
_VERB_FIRST = (
    # "klopt dat (wel/echt/eigenlijk/toch)", "klopt da voor mij", "klopt het", "kloppt dat"
    rf"{_KLOPT}\s+{_POINTING}(?:\s+(?:wel|echt|eigenlijk|toch|nu|zo|dan|voor\s+mij|bij\s+mij|for\s+me))*"
    # "is dat zo", "is da waar", "is dat echt zo", "is het juist", "is dat de bedoeling", "isdat zo"
    rf"|(?:{_IS_POINTING}|(?:isn'?t|isnt)\s+{_POINTING})\s+"
    r"(?:(?:wel|echt|eigenlijk|nu|toch|dan|really|actually)\s+)*"
    r"(?:zo+|zoo|waar|waa?r|juist|correct|echt\s+zo|right|rite|rigth|rihgt|ryt|true|ture|correct|so|"
    r"accurate|the\s+case)"
    r"(?:\s+(?:bij|voor)\s+(?:mij|me)|\s+for\s+me)?"
)
# a yes or no alone ("ja", "jaa", "jawel", "nee", "neen", "yes", "nope", "zeker"), maybe with a
# word that only stresses or doubts it ("ja toch", "nee echt", "yes really"): with a question mark
# it asks back (stop 59)
_YES_NO_WORD = (
    r"(?:ja+h?|jaw+el|jep|jup|jaja|yes+|yeah?|yep|yup|ya|yah|nee+|neen|nein|nope|nah|no+|nee\s+hoor|"
    r"ja\s+hoor|zeker|welles|nietes|klopt\s+niet|niet\s+waar)"
)
_BARE_YES_NO = rf"{_YES_NO_WORD}(?:\s+(?:toch|echt|wel|niet|dan|nu|really|then|right))?"
_ONLY_ASKED = (  # only with a question mark
    r"klopt(?:\s+(?:toch|wel|echt))?|(?:dat|da|het|t)\s+klopt\s+toch|echt(?:\s+waar)?|serieus|o+h?\s+ja|ja\s+echt"
    r"|waar|juist|right|true|correct|really|seriously|oh\s+really|is\s+it|do\s+i|am\s+i|does\s+it"
    r"|(?:that'?s|thats)\s+right|(?:is\s+)?that\s+so|denk\s+je|vind\s+je|you\s+think\s+so"
)
_ASKED_BACK = re.compile(rf"{_LEAD}(?:{_VERB_FIRST})[\s?!.]*$", re.IGNORECASE)
_ASKED_BACK_MARKED = re.compile(
    rf"{_LEAD}(?:(?:{_YES_NO_WORD})[\s,.!]+)?(?:{_VERB_FIRST}|{_ONLY_ASKED})\s*[!.]*\?[\s?!.]*$",
    re.IGNORECASE,
)
_YES_NO_ASKED = re.compile(rf"{_LEAD}(?:{_BARE_YES_NO})\s*[!.]*\?[\s?!.]*$", re.IGNORECASE)


def asks_whether_it_holds(text: str | None) -> bool:
    """True when the whole message asks the coach back whether the statement holds ("klopt
    dat?", "kloppt dat?", "is dat zo?", "is that right?", "really?", and a bare "ja?" or "nee?":
    see above): no answer on a statement's scale. A bare yes or no asked (`yes_or_no_asked`)
    is still a yes or no to a question that is not a statement ("Verder met vraag 3?")."""
    said = " ".join((text or "").replace("’", "'").split())
    return bool(_ASKED_BACK.match(said) or _ASKED_BACK_MARKED.match(said) or _YES_NO_ASKED.match(said))


def yes_or_no_asked(text: str | None) -> bool:
    """True for a bare yes or no with a question mark ("ja?", "nee?", "yes?", "ja toch?",
    "nope?", "zeker?"): asked back at a statement (`asks_whether_it_holds`), but a (doubtful)
    yes or no to a yes/no question such as "Verder met vraag 3 van 7?"."""
    said = " ".join((text or "").replace("’", "'").split())
    return bool(_YES_NO_ASKED.match(said))
