"""Does a message ask the coach to delete the user's own data, or what it keeps about them?
"wis mijn resultaten" showed the results, "verwijder mijn gegevens" and "delete my data" got
"I don't have a good answer to that", and "wat bewaar je over mij?" the help text (tester
round of stop 48). The coach answers such a message with how /vergeet (/forget) works, or
with what it keeps (/privacy); it never deletes on a typed sentence, as /vergeet asks first.

A message about someone served is a service question: "klant wil dat we zijn gegevens
verwijderen" names no data of the asker's own ("mijn", "my", "me").

Some privacy questions get a direct answer rather than only the pointer to /privacy
(`privacy_topic`; tester round of stop 61: "mag mijn baas mijn antwoorden zien?", "wie kan mijn
gesprekken lezen?", "waar worden mijn gegevens opgeslagen", "worden mijn vragen gebruikt om jou
te trainen?" and a manager's "kan ik de zelftestantwoorden van mijn medewerkers zien" got a menu,
the help text or "I can't help with that"; "ik wil dat je alles van mij vergeet" got the help
text). "mijn baas ziet niet wat ik doe" is a question about work, not about this chat.

Pure Python (no Rasa), used by actions/base.py and actions/advice.py."""

from __future__ import annotations

import re
from typing import Literal

from bot.content.served import SERVED_WORDS

__all__ = ["PrivacyTopic", "asks_about_own_data", "privacy_topic"]

_MAX_WORDS = 12
_DELETE = (
    r"verwijder|verwijderen|verwijdert|wis|wissen|wist|vergeet|vergeten|schrap|schrappen|"
    r"delete|deleted|remove|erase|wipe|forget|clear"
)
# without "wist": "hij wist alles van mij" is knowing, not wiping
_DELETE_ALL = _DELETE.replace("wist|", "")
_MINE = r"mijn|m'n|mn|me|mij|mijne|my|all my|al mijn|alles over mij|everything about me|alles van mij"
_DATA = (
    r"gegevens|data|resultaten|resultaat|antwoorden|gesprek|gesprekken|geschiedenis|chat|chats|"
    r"profiel|info|informatie|zelftest|zelftesten|scores|berichten|"
    r"results|result|answers|conversation|conversations|history|profile|messages|self-?checks?|details"
)
_FORGET = re.compile(
    rf"\b({_DELETE})\b.{{0,20}}\b({_MINE})\b(\s+\w+)?\s+\b({_DATA})\b|"
    rf"\b({_MINE})\b(\s+\w+)?\s+\b({_DATA})\b.{{0,20}}\b({_DELETE})\b|"
    rf"\b(vergeet|forget)\s+(me|mij|about me)\b|"
    # "ik wil dat je alles van mij vergeet", "delete everything you have on me" (not "vergeet alles
    # wat ik zei": the conversation, not the data)
    rf"\b({_DELETE_ALL})\b.{{0,25}}\b(alles|everything|all)\b.{{0,25}}\b(van|over|about|on|of)\s+(mij|me)\b|"
    rf"\b(alles|everything|all)\s+(\w+\s+){{0,3}}(van|over|about|on|of)\s+(mij|me)\b.{{0,25}}\b({_DELETE_ALL})\b|"
    rf"\b(recht om vergeten te worden|right to be forgotten)\b",
    re.IGNORECASE,
)
_PRIVACY = re.compile(
    r"\bwat (bewaar|weet|onthoud|houd|hou|sla) (je|jij|u)\b.{0,20}\b(over|van) (mij|me)\b|"
    r"\bwelke (gegevens|data|info|informatie) (bewaar|heb|hou|houd|gebruik) (je|jij|u)\b|"
    r"\bwat (gebeurt|doe je|doe jij) (er )?met (mijn|m'n|mn) (gegevens|data|antwoorden|berichten)\b|"
    r"\bwhat (do|did) you (store|keep|save|know|remember|hold) (about|on|of) me\b|"
    r"\bwhat (data|information|info) do you (store|keep|save|have|collect)\b|"
    r"\bwhat happens (to|with) my (data|answers|messages)\b|"
    r"\bhoe lang (bewaar|hou|houd|onthoud) (je|jij|u) (mijn|m'n|mn|dit|deze|de gegevens|gegevens|het gesprek|"
    r"alles|wat ik)\b|\bhow long do you (keep|store|save|remember) (my|this|these|the data|data|what i)\b|"
    r"\b(kan|ziet|leest|krijgt) (mijn|m'n|mn) (baas|leidinggevende|manager|chef|teamleider) "
    r"(dit|mee|wat ik|mijn vragen|mijn berichten|mijn antwoorden)|"
    r"\bcan my (boss|manager|supervisor|team leader) (see|read)\b|"
    r"\bis (dit|deze chat|dit gesprek) (privé|prive|anoniem|vertrouwelijk)\b|"
    r"\bis (this|this chat|this conversation) (private|anonymous|confidential)\b|"
    r"\b(privacybeleid|privacy policy)\b",
    re.IGNORECASE,
)
_SERVED = re.compile(rf"\b({SERVED_WORDS})\b", re.IGNORECASE)

PrivacyTopic = Literal["who_sees", "where_kept", "training", "staff_answers"]

_SEE = (
    r"zien|ziet|zie|lezen|leest|lees|inzien|inkijken|bekijken|bekijkt|meelezen|meekijken|leest mee|kijkt mee|"
    r"see|sees|read|reads|view|access|look at|looks at"
)
_VIEWER = (
    r"wie|iemand|anderen|baas|leidinggevende|manager|chef|teamleider|teamleidster|leiding|werkgever|hr|"
    r"collega|collega's|directie|beheerder|who|anyone|anybody|someone|somebody|others|boss|supervisor|"
    r"team leader|employer|colleagues?|admin|admins|company|organisation|organization"
)
# this chat and what the asker typed or answered in it ("wat ik doe" is their work: not this chat)
_CHAT = (
    r"wat ik (hier |jou |je |u |met jou |met je )?(vraag|typ|tik|schrijf|zeg|antwoord|invul|stuur)|"
    r"(mijn|m'n|mn|my) (vragen|berichten|antwoorden|antwoord|gesprekken|gesprek|chats|chat|zelftest\w*|"
    r"scores|questions|messages|answers|chats|conversations?|self-?check\w*)|"
    r"dit gesprek|deze chat|deze gesprekken|this chat|this conversation|what i (ask|type|write|say|answer)|"
    r"dit (lezen|zien|inzien)|(see|read) this"
)
_WHO_SEES = re.compile(
    rf"\b({_VIEWER})\b.{{0,40}}\b({_SEE})\b|\b({_SEE})\b.{{0,25}}\b({_VIEWER})\b", re.IGNORECASE
)
_CHAT_OBJECT = re.compile(rf"\b({_CHAT})\b", re.IGNORECASE)
_CONFIDENTIAL = re.compile(
    r"\b(privé|prive|anoniem|vertrouwelijk|private|anonymous|confidential|tussen ons|between us)\b",
    re.IGNORECASE,
)
_BETWEEN_US = re.compile(
    r"\bblijft (dit|dit gesprek|deze chat|het) (echt )?tussen (ons|jou en mij)\b|"
    r"\b(does|will) (this|this chat|this conversation|it) stay between (us|you and me)\b",
    re.IGNORECASE,
)
_DATA_OWN = (
    r"(mijn|m'n|mn|my|onze|our) (gegevens|data|antwoorden|berichten|gesprekken|vragen|chats|info|"
    r"informatie|answers|messages|conversations|questions|details)|dit gesprek|deze chat|deze gesprekken|"
    r"this chat|this conversation|alles wat ik|what i type"
)
_WHERE_KEPT = re.compile(
    rf"\b(waar|where)\b.{{0,40}}\b({_DATA_OWN})\b.{{0,30}}\b(opgeslagen|opgeslaan|bewaard|opslaan|"
    rf"bewaren|op|naartoe|heen|terecht|stored|kept|saved|hosted|go|end up)\b|"
    rf"\b(waar|where)\b.{{0,10}}\b(bewaar|sla|bewaren|slaan|store|keep|save)\b.{{0,25}}\b({_DATA_OWN})\b|"
    r"\b(waar|where)\b.{0,10}\b(staan|staat|is|are)\s+(mijn|m'n|mn|my) (gegevens|data)\b|"
    rf"\b({_DATA_OWN})\b.{{0,30}}\b(in de cloud|op een server|op servers|in het buitenland|in amerika|"
    rf"in europa|in the cloud|on a server|on servers|abroad|in america|in europe|in the us)\b",
    re.IGNORECASE,
)
_TRAINING = re.compile(
    rf"(\b(train\w*|getraind|ai|kunstmatige intelligentie|taalmodel|ai-model|chatgpt|openai)\b.{{0,40}}"
    rf"\b({_DATA_OWN})\b|\b({_DATA_OWN})\b.{{0,40}}\b(train\w*|getraind|ai|taalmodel|ai-model|chatgpt|openai)\b|"
    rf"\b(leer|leert|leren|learn|learns|learning)\s+(\w+\s+){{0,2}}(van|from|uit)\s+({_DATA_OWN})\b)",
    re.IGNORECASE,
)
_STAFF = (
    r"(mijn|m'n|mn|my|onze|our) (medewerkers?|team|team's|teamleden|teamlid|mensen|personeel|ploeg|"
    r"ploegleden|staff|staff's|employees?|employees'|team members?|people|reports)"
)
_STAFF_ANSWERS = re.compile(
    rf"\b(zelftestantwoorden|zelftestantwoorde|zelftest-antwoorden|antwoorden|antwoorde|antwoord|ingevuld|invulden|invullen|answers|"
    rf"answered|filled in|individuele scores|individual scores|scores per persoon|per medewerker|"
    rf"per person)\b.{{0,40}}\b{_STAFF}\b|\b{_STAFF}\b.{{0,40}}\b(zelftestantwoorden|antwoorden|"
    rf"ingevuld|invullen|geantwoord|answers|answered|filled in|individuele scores|individual scores)\b|"
    rf"\b(welke|which)\b.{{0,25}}\b(medewerker|teamlid|collega|staff|employee|team member|of my)\b.{{0,30}}"
    rf"\b(scoor\w*|scored|scores|score|laag|low)\b",
    re.IGNORECASE,
)
_ASKS_TO_SEE = re.compile(
    rf"\b(kan|kun|mag|hoe|wil|can|may|could|how|want|is het mogelijk|is it possible)\b.{{0,60}}\b({_SEE}|"
    r"weten|know|krijg|krijgen|get|welke|which)\b|^\s*(welke|which)\b",
    re.IGNORECASE,
)


def asks_about_own_data(text: str | None) -> Literal["forget", "privacy"] | None:
    """"forget" when `text` asks to delete the user's own data ("wis mijn resultaten",
    "delete my data", "vergeet me"), "privacy" when it asks what the coach keeps about them
    ("wat bewaar je over mij?") or asks a privacy question with an answer of its own
    (`privacy_topic`), else None (also for anything about someone served, or longer than a
    request)."""
    if not text or len(text.split()) > _MAX_WORDS or text.lstrip().startswith("/") or _SERVED.search(text):
        return None
    if _FORGET.search(text):
        return "forget"
    if _PRIVACY.search(text) or privacy_topic(text) is not None:
        return "privacy"
    return None


def privacy_topic(text: str | None) -> PrivacyTopic | None:
    """Which privacy question `text` asks that has an answer of its own (bot/i18n.py
    `own_data_<topic>`, true to what the coach keeps: README "Privacy", bot/selfchecks/team.py),
    else None (also for anything about someone served, or longer than a question):
    "staff_answers" for a leader who asks to see their staff's own self-check answers ("kan ik
    de zelftestantwoorden van mijn medewerkers zien"); "training" for whether the coach learns
    from the chats ("worden mijn vragen gebruikt om jou te trainen?"); "where_kept" for where
    the data is kept ("waar worden mijn gegevens opgeslagen"); "who_sees" for who can read the
    chat or the answers, or whether it is private ("mag mijn baas mijn antwoorden zien?", "wie
    kan mijn gesprekken lezen?", "is dit anoniem?"). "mijn baas ziet niet wat ik doe" is None."""
    if not text or len(text.split()) > _MAX_WORDS or text.lstrip().startswith("/") or _SERVED.search(text):
        return None
    if _STAFF_ANSWERS.search(text) and _ASKS_TO_SEE.search(text):
        return "staff_answers"
    if _TRAINING.search(text):
        return "training"
    if _WHERE_KEPT.search(text):
        return "where_kept"
    if (
        (_WHO_SEES.search(text) and _CHAT_OBJECT.search(text))
        or _BETWEEN_US.search(text)
        or (_CONFIDENTIAL.search(text) and _PRIVACY.search(text))
    ):
        return "who_sees"
    return None
