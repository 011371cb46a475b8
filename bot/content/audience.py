"""Which articles suit a person and a question (an article's `audience` in its front matter).

Managers and admins get every article; employees get employee articles ("employee" and
"all") unless the question is about leading a team, then manager articles fit whoever asks.
Shared by the advice action and the knowledge report, so both search the same articles.
"""

from __future__ import annotations

import re

EMPLOYEE_AUDIENCES = ("employee", "all")
# The question is about leading a team (then manager articles fit whoever asks).
LEADING = re.compile(
    r"\b(mijn|m'n|ons|onze) (team|teams|medewerkers|mensen|afdeling)\b|"
    r"\bals (leidinggevende|manager|teamleider|teamleid(st)?er|teamcoach)\b|"
    r"\bik ben (een )?(leidinggevende|manager|teamleider)\b|\bleidinggeven\b|"
    r"\b(my|our) (team|teams|staff|employees|people)\b|\bas an? (manager|team ?leader|supervisor)\b|"
    r"\bi(?:'m| am) an? (manager|team ?leader|supervisor)\b|\bleading a team\b|\bi manage\b",
    re.IGNORECASE,
)


def audience_for(role: str | None, text: str) -> tuple[str, ...] | None:
    """The audiences to search for a person with `role` ("employee", "manager", "admin" or
    None = unknown, treated as an employee) asking `text`: None means every article."""
    if role in ("manager", "admin") or LEADING.search(text or ""):
        return None
    return EMPLOYEE_AUDIENCES
