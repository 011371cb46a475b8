"""Does a message ask how to see the team's self-check results? (stop 68, helper A4)

A manager of a fresh tester's round (stop 67) typed "hoe krijg ik de teamscores van de zelftest te
zien" and got an article on NPS and CSAT: NLU knows "hoe doet mijn team het" (intent team_results) but
not a question how or where to see them. Such a question gets the team view itself (actions/own_data.py,
then actions/selfcheck.py `show_team_results`): the team's averages for a manager linked to a team,
else how the administrator links a manager to a team.

A team's results with a service measure named ("de NPS-scores van mijn team", "klanttevredenheid")
or a wish to improve them ("hoe verbeter ik de resultaten van mijn team") is a service question, and a
leader who asks to see one person's answers gets the privacy answer first
(bot/dialogue/own_data_request.py `privacy_topic`, "staff_answers").

Pure Python (no Rasa)."""

from __future__ import annotations

import re

__all__ = ["asks_for_team_view"]

_MAX_WORDS = 16
# the team's results, or the self-check's results of a team
_TEAM = (
    r"(?:mijn|mn|m'n|onze|ons|de|het|my|our|the)\s+(?:team|teams|team's|ploeg|afdeling|medewerkers|mensen|"
    r"personeel|teamleden|staff|staff's|department|employees|employees'|people|crew|reports)"
)
_RESULTS = (
    r"(?:zelftest-?|test)?(?:resultaten|resultaat|scores|score|uitslagen|uitslag|gemiddelden|results|averages)"
)
_TEAM_RESULTS = re.compile(
    rf"\b(?:teamscores?|teamresultaten|teamresultaat|teamuitslag\w*|teamgemiddelde\w*|team\s?results|"
    rf"team\s?scores|team averages)\b|"
    rf"\b{_RESULTS}\s+(?:\w+\s+){{0,4}}?(?:van|of|from)\s+{_TEAM}\b|"
    rf"\b{_TEAM}\s+(?:zijn\s+|hun\s+|their\s+)?(?:zelftest\w*\s+|self-?checks?\s+)?{_RESULTS}\b|"
    rf"\b(?:hoe|how)\s+(?:\w+\s+){{0,2}}?{_TEAM}\s+(?:\w+\s+){{0,2}}?(?:scoort|scoren|scored|scores|score|"
    r"doet het|doing)\b.{0,30}?\b(?:zelftest\w*|self-?checks?|checks?|tests?)\b",
    re.IGNORECASE,
)
# asked how or where to see them
_SEE = re.compile(
    r"\b(?:zien|zie|bekijken|bekijk|inzien|inkijken|vinden|vind|terugvinden|opvragen|krijgen|krijg|"
    r"see|view|find|check|access|get|look at|pull up)\b|^\s*(?:waar|where)\b|"
    r"\b(?:waar|where)\s+(?:staan|zijn|vind|zie|kan|kun|can|do|are|is)\b",
    re.IGNORECASE,
)
# a service measure or a wish to change the results: a question for the knowledge base
_SERVICE = re.compile(
    r"\b(?:nps|ces|csat|klanttevredenheid\w*|tevredenheid\w*|reviews?|kpi'?s?|omzet|verkoop\w*|"
    r"verbeter\w*|omhoog|verhogen|opkrikken|motiveren|bespreken|improve\w*|raise|boost|increase|discuss|"
    r"customer satisfaction|satisfaction|sales|targets?|laag|low|slecht\w*|poor)\b",
    re.IGNORECASE,
)


def asks_for_team_view(text: str | None) -> bool:
    """Whether `text` asks how or where to see the team's self-check results ("hoe krijg ik de
    teamscores van de zelftest te zien", "where can I see my team's results", "waar vind ik de
    resultaten van mijn ploeg"), in at most _MAX_WORDS words, naming no service measure and no wish
    to change them ("hoe verbeter ik de resultaten van mijn team": a service question)."""
    if not text or len(text.split()) > _MAX_WORDS or text.lstrip().startswith("/"):
        return False
    return bool(_TEAM_RESULTS.search(text) and _SEE.search(text) and not _SERVICE.search(text))
