"""Does a message name someone the asker serves: a customer, guest, patient, caller?

NLU reads some short situations as a yes, a no or a request for self-check results:
"klant niet tevreden" and "client not pleased" as no (and got "Geen probleem, ik ben er als
je me nodig hebt"), "klant niet tevreden over het resultaat" as the asker's own results
(tester round of stop 46). A message about someone served is about the work, whatever
intent NLU read; actions/yes_no.py and bot/selfchecks/asking.py ask this before they take
the intent at its word.

Pure Python (no Rasa)."""

from __future__ import annotations

import re

__all__ = ["SERVED_WORDS", "names_someone_served"]

# The one list of words for someone served, as a regular-expression alternation (whole words,
# Dutch and English, singular and plural). bot/content/audience.py (a colleague's conduct
# towards customers) and bot/selfchecks/asking.py (a check for others) build on it.
SERVED_WORDS = (
    r"klant|klanten|klantje|klantjes|cliënt|cliënten|client|clienten|clients|gast|gasten|patiënt|patiënten|"
    r"patient|patienten|patients|bewoner|bewoners|bezoeker|bezoekers|reiziger|reizigers|passagier|"
    r"passagiers|beller|bellers|meneer|mevrouw|customer|customers|guest|guests|caller|callers|"
    r"shopper|shoppers|visitor|visitors|resident|residents|passenger|passengers|diner|diners|pax"
)
_SERVED = re.compile(rf"\b({SERVED_WORDS})\b", re.IGNORECASE)


def names_someone_served(text: str | None) -> bool:
    """True when `text` names a customer, guest, patient, caller or the like, in Dutch or
    English, as a whole word ("klant niet tevreden", "client not pleased"); "klantgericht",
    "mijn team" or "de manager" do not count."""
    return bool(_SERVED.search(text or ""))
