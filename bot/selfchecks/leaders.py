"""Self-checks for team leads: does a request ask for the managers' self-checks ("ik wil een
zelftest doen voor leidinggevenden", "self-check for managers please"), and has the sender
said they lead a team ("ik ben teamleider", "als leidinggevende ...", "I manage a team")?

Tester round of stop 44: a team lead who had said so asked for the self-checks for managers
and got the employees' list without a word. Pure Python (no Rasa)."""

from __future__ import annotations

import re
from collections.abc import Iterable

# A leading role, in the singular or plural, in Dutch or English.
_ROLE = (
    r"(?:leidinggevenden?|teamleid(?:st)?ers?|teamleiders?|team ?leads?|team ?leaders?|teamcoach(?:es)?|"
    r"managers?|store ?managers?|shift ?managers?|filiaalmanagers?|afdelingsmanagers?|afdelingshoofd(?:en)?|"
    r"bedrijfsleiders?|filiaalleiders?|ploegleiders?|ploegbazen|ploegbaas|shiftleiders?|supervisors?|"
    r"hoofdverpleegkundigen?|head nurses?|zaakvoerders?|leaders?|leiders?|bazen|bosses)"
)
# The managers' self-checks named: "voor leidinggevenden", "for managers", "manager self-check",
# "leidinggevende zelftest", "de zelftests van de teamleiders".
_FOR_MANAGERS = re.compile(
    rf"\b(?:voor|for|van|of|aimed at|meant for)\s+(?:de\s+|the\s+|een\s+|a\s+)?{_ROLE}\b"
    rf"|\b{_ROLE}[-\s]?(?:zelf ?-?test\w*|zelf ?-?scan\w*|self[- ]?checks?|checks?|tests?|scans?|"
    r"vragenlijst\w*|quiz\w*|questionnaires?)"
    r"|\b(?:zelf ?-?test|zelf ?-?scan|self[- ]?check|vragenlijst)\w*\s+"
    r"(?:leiderschap|leadership|leidinggeven)\b"
    r"|\b(?:leiderschaps|leadership|managers|leidinggevenden)[-\s]?(?:zelftest|zelfscan|test|check|self-check)",
    re.IGNORECASE,
)
# Their own boss, not a role of theirs: "mijn manager wil dat ik de zelftest doe"
_THEIR_BOSS = re.compile(rf"\b(?:mijn|mn|m'n|onze|ons|my|our)\s+{_ROLE}\b", re.IGNORECASE)

# Saying one leads a team: "ik ben (de nieuwe) teamleider", "als leidinggevende", "ik werk als
# supervisor", "ik geef leiding aan ...", "ik leid een team", "I'm a team lead", "as a manager",
# "I manage / lead / run a team", "ik ben Jan, teamleider bij ...", "... dat ik teamleider ben".
# Not "ik ben geen manager" nor "my manager".
_ONE = (
    r"(?:(?:een|de|het|a|an|the|nu|now|hier|here|zelf|net|pas|sinds kort|nieuwe?|new|kersverse|"
    r"newly promoted|ook|also|inmiddels|intussen|eigenlijk|actually|gewoon|just|al\s+\w+\s+(?:jaar|jaren|"
    r"maanden|weken)|sinds\s+\w+(?:\s+jaar)?|for\s+\w+\s+years)\s+)*"
)
# Other names of a leading role one holds, as bot/dialogue/self_introduction.py welcomed them
# ("ik ben shiftleader", "ik ben ploegverantwoordelijke": the welcome said "you lead a team" and
# the self-checks were the employees'): compounds of -leider, -leader and -manager (not a guide,
# a game leader or an account manager), a manager of a floor or a desk, a "verantwoordelijke"
# (Flemish), a director, a coordinator.
_TITLE = (
    rf"(?:{_ROLE}"
    r"|(?!(?:bege|reis|spel|gespreks|cursus|jeugd|kamp|excursie)lei)\w+(?:leid(?:st)?ers?|leaders?)"
    r"|(?!(?:account|case|product|content|community|project|brand|key)manager)\w+managers?"
    r"|(?:floor|front\s+office|office|duty|general|restaurant|hotel|area|branch|department|sales|service|"
    r"assistant|deputy|operations|night|retail|site|centre|center|(?:call|contact)\s+cent(?:re|er)|"
    r"team|shift|store|shop)\s+managers?"
    r"|shift\s+lead(?:er)?s?|\w*verantwoordelijken?|directeur|directrice|directors?|co[öo]rdinators?)"
)
# Titles said only of oneself ("ik ben de baas", "I'm the owner", "ik ben hoofd van de receptie"):
# after "als"/"as" they compare ("ik zie hem als baas"); an English "chef" is a cook.
_HEAD = (
    rf"(?:ik\s+ben|ik\s+werk\s+als)\s+{_ONE}"
    r"(?:baas|chef(?![-\s]?kok)|eigena(?:ar|res)|hoofd(?=\s+(?:van\s+)?\w))"
    rf"|(?:i\s+am|i'?m|im|i\s+work\s+as)\s+{_ONE}(?:boss|owner|head\s+of)"
)
_I_AM = r"(?:ik\s+ben|i\s+am|i'?m|im|ik\s+werk\s+als|i\s+work\s+as)"
_LEADS = re.compile(
    rf"\b(?:{_I_AM}|als|as)\s+{_ONE}{_TITLE}\b(?!['’]s)"
    rf"|\b(?:{_HEAD})\b(?!['’]s)"
    # "ik ben Jan, teamleider bij de Jumbo"
    rf"|\b(?:ik\s+ben|i\s+am|i'?m|im)\s+(?-i:[A-Z])\w+\s*,?\s+(?:en\s+|and\s+)?{_ONE}{_TITLE}\b(?!['’]s)"
    # "ik zei toch al dat ik teamleider ben", "omdat ik leidinggevende ben"
    rf"|\b(?:dat|omdat|aangezien|want|sinds|nu)\s+ik\s+{_ONE}{_TITLE}\s+(?:ben|geworden\s+ben)\b"
    r"|\bik\s+(?:geef|gaf)\s+(?:\w+\s+)?leiding\b|\bik\s+(?:leid|stuur)\s+(?:een|het|mijn|m'n|mn|ons|onze)\s+"
    r"(?:team|ploeg|afdeling|winkel|filiaal|shift)"
    r"|\bi\s+(?:lead|manage|run|supervise|head)\s+(?:a|the|my|our)\s+(?:\w+\s+)?"
    r"(?:team|shift|store|shop|department|ward|staff|crew)"
    r"|\bi'?m\s+(?:in\s+charge\s+of|leading)\s+(?:a|the|my)\s+(?:\w+\s+)?(?:team|shift|store|department|staff)",
    re.IGNORECASE,
)
# Someone else's words: "de klant zei: ik ben de manager", "he said 'I'm the owner'" (not "zoals
# ik al zei, ik ben manager")
_QUOTED = re.compile(
    r"(?:(?<!\bik\s)(?<!\bik\sal\s)(?<!\bik\snet\s)(?<!\bi\s)(?<!\bi\salready\s)(?<!\bi\sjust\s)"
    r"\b(?:zei|zegt|zeggen|riep|roept|vroeg|vraagt|schreeuwde|beweerde|beweert|said|says|"
    r"asked|asks|yelled|shouted|claimed|claims)\b\s*[:,]?\s*[\"'“‘]?|[\"“‘])\s*$",
    re.IGNORECASE,
)


def asks_for_manager_checks(text: str | None) -> bool:
    """True when `text` names the self-checks for managers ("zelftest voor leidinggevenden",
    "start de zelfscan voor leidinggevenden", "self-check for managers please"). The caller
    knows the message asks for a self-check at all (bot/selfchecks/asking.py)."""
    said = " ".join((text or "").split())
    return bool(_FOR_MANAGERS.search(said)) and not _THEIR_BOSS.search(said)


def says_to_lead_a_team(text: str | None) -> bool:
    """True when the sender says in `text` that they lead a team: "hoi, ik ben teamleider van
    een supermarkt", "als leidinggevende wil ik ...", "I manage a team of eight", "ik ben
    teamleider, dat zei ik toch al"; not "ik ben de assistent van de manager", "mijn teamleider
    is streng", "de klant vroeg naar de teamleider" nor "de klant zei: ik ben de manager"."""
    said = " ".join((text or "").split())
    return any(not _QUOTED.search(said[: found.start()]) for found in _LEADS.finditer(said))


def roles_said_at(text: str | None) -> list[int]:
    """Where in `text` (its words joined by single spaces) the sender says they lead a team, as in
    `says_to_lead_a_team`: the start of each such statement ("ik ben teamleider", "as a store
    manager"); none quoted."""
    said = " ".join((text or "").split())
    return [found.start() for found in _LEADS.finditer(said) if not _QUOTED.search(said[: found.start()])]


def said_to_lead_a_team(texts: Iterable[str]) -> bool:
    """Whether any of `texts` (the user's messages in this conversation) says they lead a team."""
    return any(says_to_lead_a_team(text) for text in texts)


def role_for_checks(stored: str | None, channel: str | None, texts: Iterable[str]) -> str:
    """The role whose self-checks a person gets: "manager" when they lead a team (the
    `stored` profile says so, the `channel` does, or they said so in one of `texts`), else
    the stored role ("employee" when unknown)."""
    if stored == "manager" or channel == "manager" or said_to_lead_a_team(texts):
        return "manager"
    return stored or "employee"


def leading(role: str) -> str:
    """`role` for the managers' self-checks: an admin's is "manager" (as a manager's), any
    other stays as it is."""
    return "manager" if role == "admin" else role
