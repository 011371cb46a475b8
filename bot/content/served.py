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

__all__ = ["SERVED_WORDS", "names_someone_served", "tells_a_service_scene"]

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


# People in front of the asker who are upset, or a queue: a scene at work even without a word
# for a customer ("flight is overbooked and ppl are getting angry at me", "theres 40 people in
# line", "one of them is crying now": tester round of stop 50, all three read as off-topic).
_UPSET = (
    r"angry|furious|mad|upset|crying|cries|cry|shouting|shouts|yelling|yells|screaming|boos|kwaad|"
    r"woedend|razend|huilt|huilen|huilde|schreeuwt|schreeuwen|schreeuwde|roept|tieren|scheldt|schelden"
)
_SCENE = re.compile(
    r"\b(ppl|people|mensen|iedereen|everyone|everybody|one of them|een van hen|ene|"
    # a family in front of the asker, not the asker's own ("my mom is angry at me"; tester round
    # of stop 56: "the mum is crying and the kids are exhausted" at a gate was "outside what I know")
    r"(?<!\bmy\s)(?<!\bmijn\s)(?<!\bmn\s)(?<!\bm'n\s)(?<!\bour\s)(?<!\bonze\s)(?<!\bons\s)(?<!\bme\s)"
    r"(?:family|families|gezin|gezinnen|mum|mom|mother|moeder|mama|dad|father|vader|papa|kids|children|"
    r"kinderen|kindje|kindjes|ouders|parents|baby))\b"
    rf".{{0,40}}?\b({_UPSET})\b"
    r"|\b(queue|queues|in line|wachtrij|rij aan|rij voor|rij bij|rij staat|rij wordt)\b",
    re.IGNORECASE,
)


def tells_a_service_scene(text: str | None) -> bool:
    """True when `text` names someone served (`names_someone_served`), upset people in front of
    the asker ("ppl are getting angry at me") or a queue ("40 people in line"): a message
    about the work, whatever intent NLU read."""
    return names_someone_served(text) or bool(_SCENE.search(text or ""))
