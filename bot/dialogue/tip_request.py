"""A message that only asks for another tip ("geef me nog een tip", "nog een tip graag",
"another tip please", "meer tips?"), and, right after a coaching tip, a bare "nog een" or
"one more". NLU read "geef me nog een tip" as feedback and the coach asked which answer the
reaction was about; "nog een" was searched and refused (tester round of stop 40). What the
coach gives depends on what came before (actions/advice.py `answered_as_tip_request`).
Pure Python (no Rasa)."""

from __future__ import annotations

import re

_PLEASE = r"(?:\s+(?:graag|aub|alsjeblieft|alstublieft|please|pls|dan|nog|even|ff|hoor|erbij))*"
_TIP = (
    r"(?:coaching)?tips?|tipjes?|coachingstips?|idee(?:ën|en|tje)?|ideas?|advies|advice"
    r"|suggesties?|suggestions?"
)
_ANOTHER_TIP = re.compile(
    r"^(?:(?:ok(?:ay|e|é)?|oké|top|mooi|super|thanks|dank\s*je|bedankt|nice|great|cool)[\s,!.]+)?"
    r"(?:(?:geef|give|stuur|send|tell|vertel)\s+(?:me|mij|us|ons)\s+(?:nog\s+)?"
    r"|(?:mag|kan|kun|could|can|may)\s+(?:ik|i|je|jij|you)\s+(?:me\s+|mij\s+)?(?:nog\s+)?(?:have\s+|get\s+|give\s+me\s+)?"
    r"|(?:heb|hebt|have|got)\s+(?:je|jij|you)\s+(?:nog\s+)?(?:got\s+)?"
    r"|nog\s+|got\s+"
    r")?"
    r"(?:nog\s+(?:een|ene|ne|1|eentje|één|meer|wat|een\s+paar)(?:\s+andere|\s+extra)?|een\s+(?:andere|extra)|andere|extra"
    r"|meer|more|another|one\s+more|any\s+more|any\s+other|some\s+more|other)\s+"
    r"(?:andere\s+|other\s+|extra\s+|nieuwe\s+|new\s+)?(?:"
    + _TIP
    + r")"
    + _PLEASE
    + r"(?:\s+(?:voor\s+(?:mij|me|mijn\s+team|ons\s+team)|for\s+(?:me|my\s+team|us)))?"
    + _PLEASE
    + r"[\s?!.]*$",
    re.IGNORECASE,
)
_ONE_MORE = re.compile(
    r"^(?:(?:ok(?:ay|e|é)?|oké|top|mooi|ja|yes|thanks|dank\s*je|bedankt|hmm+|hm+|eh+m*|uh+m*|mwa|meh)[\s,!.]+)?"
    r"(?:nog\s+(?:een|1|eentje|één|ene)|nog\s+meer|meer|another(?:\s+one)?|one\s+more|more|next|volgende"
    # "geef nog iets", "heb je nog wat?", "give me something else", "anything else?" (fresh tester of
    # stop 68: "hmm geef nog iets" at an offer got a goodbye)
    r"|(?:(?:geef|give|stuur|send)\s+(?:me\s+|mij\s+)?|(?:heb|hebt|hedde)\s+(?:je|jij|u|ge|gij)\s+)?"
    r"nog\s+(?:iets|wat|iets\s+anders|wat\s+anders|ietske|iets\s+meer)"
    r"|(?:give\s+me\s+|got\s+|have\s+you\s+got\s+)?(?:something|anything)\s+(?:else|more)"
    r"|(?:give\s+me\s+)?some\s+more)"
    + _PLEASE
    + r"[\s?!.]*$",
    re.IGNORECASE,
)


# "vertel meer", "tell me more about that", "kun je daar meer over vertellen?", "meer uitleg
# graag", "go on", "can you elaborate": more of what was just said (stop 55: "vertel meer" and
# "tell me more" right after an answer were refused)
_TELL_MORE = re.compile(
    r"^(?:(?:ok(?:ay|e|é)?|oké|top|mooi|ja|jaa|yes|yeah|thanks|dank\s*je|bedankt|interessant|interesting|"
    r"nice|cool|hmm+|en|and|allee|allez)[\s,!.]+){0,2}"
    r"(?:"
    # Dutch: vertel (me/eens/nog) meer (daarover), zeg er eens meer over, leg (dat) eens verder uit
    r"(?:vertel|zeg|leg)(?:\s+(?:me|mij|eens|ns|es|nog|dan|even|ff|er|daar|hier|wat|het|dat|da))*\s+"
    r"(?:meer|verder|uitgebreider)(?:\s+(?:over|uit))?(?:\s+(?:dat|da|dit|het|daarover|erover|hierover|uit))*"
    r"|(?:kun|kan|kunt|kunde|wil)\s+(?:je|jij|u|ge)(?:\s+(?:me|mij|daar|er|hier|nog|wat|eens|iets|even))*\s+"
    r"meer\s+(?:over\s+)?(?:\w+\s+)?(?:vertellen|zeggen|uitleggen|over\s+vertellen|over\s+zeggen)"
    r"|(?:meer|nog\s+meer)\s+(?:info|informatie|uitleg|daarover|erover|hierover|details)"
    r"|ga\s+(?:eens\s+|maar\s+|even\s+)?(?:door|verder)|doe\s+verder|verder\s+uitleggen"
    # English: tell me more (about it), say more, explain more, go on, elaborate
    r"|(?:tell|show)\s+me\s+more(?:\s+about\s+(?:it|that|this|that\s+one))?"
    r"|(?:can|could|would)\s+you\s+(?:tell\s+me|say|explain)\s+(?:a\s+(?:bit|little)\s+)?more(?:\s+about\s+(?:it|that|this))?"
    r"|(?:can|could|would)\s+you\s+(?:elaborate|expand)(?:\s+on\s+(?:it|that|this))?|elaborate|expand\s+on\s+(?:it|that|this)"
    r"|(?:say|explain)\s+(?:a\s+(?:bit|little)\s+)?more|more\s+(?:info|information|details|detail)"
    r"|go\s+on|keep\s+going|carry\s+on"
    r")"
    + _PLEASE
    + r"(?:\s+(?:graag|please|pls|plz|aub|then))?[\s?!.]*$",
    re.IGNORECASE,
)


def asks_to_tell_more(text: str | None) -> bool:
    """True when the whole message asks to hear more of what was just said: "vertel meer",
    "tell me more about that", "kun je daar meer over vertellen?", "go on"."""
    return bool(_TELL_MORE.match(" ".join((text or "").split())))


# A first tip asked for without a topic (tester round of stop 57: "geef me een tip" from an
# employee was read as feedback and got "Bij welk antwoord hoort je reactie?"): "geef me een tip",
# "heb je een tip voor mij?", "kan je me een tipje geven", "tip?", Flemish "hedde gij ne tip voor
# mij", "give me a tip", "any tips?", "got a tip for me?", "I need a tip". A coaching tip asked in
# so many words ("geef me een coachingstip") is not one: it asks for a leader's tip, whoever asks,
# and goes on as NLU reads it (actions/coaching.py). A topic ("een tip over klachten", "any tips
# for angry guests?") or someone else's tip ("de klant gaf me een tip") is no such request.
_FILL = (
    r"(?:\s+(?:eens|es|ns|ne\s+keer|een\s+keer|efkes|even|ff|gewoon|nog|snel|snelle|quick|just|maybe|"
    r"misschien))*"
)
_A_TIP = re.compile(
    r"^(?:(?:ok(?:ay|e|é)?|oké|hey|hoi|hallo|hi|top|mooi|thanks|dank\s*je|bedankt|nice|cool|allee|awel|zeg|"
    r"coach)[\s,!.]+)*"
    r"(?:(?:geef|geeft|give|stuur|send|tell|vertel)(?:\s+(?:me|mij|mijn|us|ons))?"
    r"|(?:mag|kan|kun|kunt|could|can|may)\s+(?:ik|i|je|jij|ge|gij|u|you)(?:\s+(?:me|mij))?"
    r"(?:\s+(?:have|get|give\s+me))?"
    r"|kunde(?:\s+gij?)?(?:\s+(?:me|mij))?|ik\s+(?:heb|kan|zou)(?:\s+wel)?|i\s+could\s+use"
    r"|(?:heb|hebt|hebde|hedde|have|got)(?:\s+(?:je|jij|ge|gij|u|you))?(?:\s+got)?"
    r"|do\s+you\s+have|(?:is|zijn)\s+er|ik\s+wil(?:\s+graag)?|ik\s+zou\s+graag"
    r"|i\s+(?:want|need|would\s+like)|i'?d\s+like|graag)?"
    + _FILL
    + r"\s*(?:(?:een|ne|nen|'n|n|enen|1|a|an|any|some|wat|een\s+paar|a\s+few)\s+)?"
    r"(?:(?:kleine?|handige?|goeie|goede|praktische?|nuttige?|korte?|little|small|quick|good|useful|practical|"
    r"short)\s+)?"
    r"(?:tips?|tipje|tipjes|ideetje|suggestie|suggestion|advies|advice)"
    + _PLEASE
    + r"(?:\s+(?:voor\s+(?:mij|me|mezelf|vandaag)|for\s+(?:me|myself|today)|van\s+de\s+dag|of\s+the\s+day))?"
    + _FILL
    + r"(?:\s+(?:geven|sturen|hebben|krijgen|nodig|gebruiken|kunnen|geve|hebbe|please|pls|aub|graag|dan|even|"
    r"ff|hoor|hé|he))*[\s?!.]*$",
    re.IGNORECASE,
)
# "ik heb ...", "ik kan ...": a need only with "nodig" or "gebruiken" ("ik heb een tip voor jou" is none)
_NEED = re.compile(r"^\W*ik\s+(?:heb|kan|zou)\b(?!\s+graag\b)(?!.*\b(?:nodig|gebruiken)\b)", re.IGNORECASE)


def asks_for_a_tip(text: str | None) -> bool:
    """True when the whole message asks for a tip without naming a topic (`_A_TIP`): "geef me
    een tip", "heb je een tip voor mij?", "tip?", "give me a tip", "any tips?"; False for a
    coaching tip asked in so many words, a topic, or a tip someone gave."""
    said = " ".join((text or "").split())
    return bool(_A_TIP.match(said)) and not _NEED.match(said)


def asks_for_another_tip(text: str | None) -> bool:
    """True when the whole message asks for (another) tip without naming a topic:
    "geef me nog een tip", "nog een tip graag", "another tip please", "meer tips?", and since
    the tester round of stop 57 a first one (`asks_for_a_tip`: "geef me een tip", "tip?")."""
    said = " ".join((text or "").split())
    return bool(_ANOTHER_TIP.match(said)) or asks_for_a_tip(said)


def asks_for_a_further_tip(text: str | None) -> bool:
    """True when the whole message asks for a further tip, one more than given before ("nog een
    tip", "another tip please"), not a first one ("geef me een tip": `asks_for_a_tip`)."""
    said = " ".join((text or "").split())
    return bool(_ANOTHER_TIP.match(said) and _FURTHER.search(said))


_FURTHER = re.compile(r"\b(?:nog|another|more|meer|andere|ander|other|extra|next|volgende)\b", re.IGNORECASE)


def asks_for_one_more(text: str | None) -> bool:
    """True for a bare request for one more ("nog een", "nog eentje", "one more", "next"):
    another tip only when a tip was just given."""
    return bool(_ONE_MORE.match(" ".join((text or "").split())))
