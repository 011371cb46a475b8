"""Does a message ask for a self-check at all? NLU reads "mag ik zelf een korting geven" as
start_selfcheck ("zelf" sounds like "zelftest"); a request for a self-check names one: a
self-check word ("zelftest", "vragenlijst", "quiz", "scan", "toets", "assess myself") or
the title of a check. A message that names none is a question, and the start action
answers it as one."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from bot.content.served import SERVED_WORDS, names_someone_served
from bot.selfchecks.stopping import asks_to_stop

_SELFCHECK_WORDS = re.compile(
    r"zelf ?(test|scan|check|evaluatie|onderzoek|beoordeling)\w*|"
    r"self[- ]?(check|test|assess|evaluat|scan)\w*|"
    r"\w*(test|toets|scan|quiz|vragenlijst|questionnaire|assessment)\w*|\bcheck\w*|"
    r"\bassess (my|me|myself)\b|\b(score|rate|evaluate|measure) (me|myself|my service)\b|"
    r"\b(meet|beoordeel|evalueer|toets|test) (mij|me|mezelf)\b|"
    r"\bhoe (goed|klantgericht|servicegericht) ben ik\b|"
    r"\bhow (good|customer[- ]focused|service[- ]minded) am i\b",
    re.IGNORECASE,
)


def names_a_selfcheck(text: str | None, titles: Iterable[str] = ()) -> bool:
    """True when `text` asks for a self-check in words: a self-check word, or one of
    `titles` (the checks' titles, any language, matched case-insensitively)."""
    text = " ".join((text or "").split())
    if _SELFCHECK_WORDS.search(text):
        return True
    low = text.lower()
    return any(title and title.lower() in low for title in titles)


_RESULTS_WORDS = re.compile(
    r"\w*(result|sco+r|uitslag|uitkomst)\w*|\b(gemiddeld\w*|averages?|overzicht|overview|"
    r"history|geschiedenis|voortgang|progress|vooruit ?gegaan|improved|cijfers)\b|"
    r"\bhoe (heb|deed) ik het\b|\bhow did i do\b|"
    r"\bhoe (doet|doen|staat|staan|scoort|scoren) (mijn|mn|m'n|ons|onze|de) \w+( \w+)? (het|ervoor)\b|"
    r"\bhow (is|are) (my|our) \w+( \w+)? doing\b|\bhoe (staan|doen|scoren) (we|wij)\b|\bhow are we doing\b",
    re.IGNORECASE,
)


def asks_for_results(text: str | None, titles: Iterable[str] = ()) -> bool:
    """True when `text` asks for self-check results in words: a results word ("resultaten",
    "scores", "uitslag", "how did I do", "hoe doet mijn team het") or a self-check named.
    NLU reads "mn team doet het minimum" as team results and "ik ben mijn naambordje kwijt"
    as my results; such a message names no results and is a question. A results word about
    someone served ("klant niet tevreden over het resultaat") is a question too."""
    text = " ".join((text or "").split())
    if names_a_selfcheck(text, titles):
        return True
    # a customer's result is no self-check's: "klant niet tevreden over het resultaat" (tester
    # round of stop 46; bot/content/served.py)
    return bool(_RESULTS_WORDS.search(text)) and not names_someone_served(text)


# A wish to do a self-check oneself, whatever intent NLU read ("kunnek hier een zelftest doen
# ofzo?" was read as a question and offered articles: tester round of stop 41): a word that
# only means a self-check, a verb of doing one and the asker ("ik", "kunnek", "I", "me").
_ONLY_SELFCHECK = re.compile(
    r"\b(zelf ?-?test\w*|zelf ?-?check\w*|zelfevaluatie\w*|zelfbeoordeling\w*|"
    r"self[- ]?(check|test|assessment)\w*|vragenlijst\w*|quiz\w*|questionnaire)\b",
    re.IGNORECASE,
)
_DO_ONE = re.compile(
    r"\b(doen|doe|starten|start|begin|beginnen|invullen|afleggen|proberen|spelen|maken|do|take|try|fill)\b",
    re.IGNORECASE,
)
_ASKER = re.compile(r"\b(ik|k|kunnek|kannek|magek|mag ek|wilk|i|me|mij|we|wij|let'?s|lets)\b", re.IGNORECASE)
_ABOUT_OTHERS = re.compile(
    rf"\b({SERVED_WORDS}|klant\w*|cliënt\w*|client\w*|gast\w*|customer\w*|guest\w*|patiënt\w*|patient\w*|team|medewerker\w*|"
    r"collega\w*|staff|employees?|voor (mijn|ons|onze|de))\b",
    re.IGNORECASE,
)


def asks_to_do_a_selfcheck(text: str | None) -> bool:
    """True when `text` asks to do a self-check oneself ("kan ik een zelftest doen?",
    "kunnek hier een zelftest doen ofzo?", "can I take the self-check"); not for a check made
    for others ("hoe maak ik een vragenlijst voor klanten") or a self-scan till."""
    said = " ".join((text or "").split())
    return bool(
        not asks_to_stop(said)  # "stop de zelftest, ik wil iets anders doen"
        and _ONLY_SELFCHECK.search(said)
        and _DO_ONE.search(said)
        and _ASKER.search(said)
        and not _ABOUT_OTHERS.search(said)
    )


_TITLE_WORD = re.compile(r"[^\W\d_]{5,}")
_PREFIX = 6  # "beloftes" ~ "belofte", "klachten" ~ "klacht", "listening" ~ "listen"


def _stems(text: str) -> set[str]:
    return {w.lower()[:_PREFIX] for w in _TITLE_WORD.findall(text)}


def named_check(text: str | None, titles: dict[str, Iterable[str]]) -> str | None:
    """The id of the one check that a request for a self-check names by a word of its title
    ("zelftest beloftes nakomen", "doe de test over klachten", "self-check on listening"), or
    None: no word of a title, or words of more than one check. `titles`: check id -> its
    titles (any language). Only words of five letters or more that one check's titles alone
    hold count ("team" is in several). The message must ask for a self-check
    (`names_a_selfcheck`); before, it got the list of every check (tester round of stop 42)."""
    said = " ".join((text or "").split())
    if not said or not names_a_selfcheck(said):
        return None
    stems = {cid: set().union(set(), *(_stems(t) for t in ts)) for cid, ts in titles.items()}
    counts = Counter(s for mine in stems.values() for s in mine)
    shared = {s for s, n in counts.items() if n > 1}
    words = _stems(said)
    named = {cid for cid, mine in stems.items() if (mine - shared) & words}
    return named.pop() if len(named) == 1 else None
