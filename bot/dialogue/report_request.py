"""Does a message ask what people ask the coach most, or what it is missing? "wat vragen mensen het
meest en wat mist er?", "welke vragen kon je niet beantwoorden?", "what do people ask most?",
"what's missing in the knowledge?". An admin asking this wants the knowledge report (Telegram
/report, `servicecoach report`); it got the help list (tester round of stop 64). Only admins are
pointed there (actions/help.py, actions/advice.py): anyone else's message is read as before.
Pure Python."""

from __future__ import annotations

import re

from bot.content.served import names_someone_served

__all__ = ["asks_for_the_report"]

_WHO = (
    r"(?:mensen|medewerkers|gebruikers|collega'?s|ze|men|iedereen|people|users|staff|employees|they|everyone)"
)
_MOST = r"(?:het\s+)?(?:meest|meeste|vaakst|most|most\s+often|the\s+most)"
_REPORT = re.compile(
    r"\b(?:"
    # what is asked most
    rf"wat\s+(?:vragen|vroegen)\s+{_WHO}\s+(?:\w+\s+){{0,2}}{_MOST}"
    rf"|welke\s+(?:vragen|onderwerpen)\s+(?:worden|werden|komen)\s+(?:\w+\s+){{0,2}}{_MOST}"
    r"|(?:meest|vaakst)\s+gestelde\s+vragen|meest\s+gevraagde\s+onderwerpen"
    rf"|what\s+(?:do|did)\s+{_WHO}\s+ask\s+(?:\w+\s+){{0,2}}{_MOST}"
    r"|most\s+(?:asked|common|frequent)\s+(?:questions|topics)|(?:top|popular)\s+questions"
    r")",
    re.IGNORECASE,
)
# what is missing: about the knowledge, not one's own approach ("wat mist er aan mijn aanpak bij
# boze klanten?", "what is missing from my apology to the customer" are questions)
_MISSING = re.compile(
    r"\b(?:"
    r"wat\s+(?:mist|ontbreekt)\s+er|wat\s+(?:mis|mist)\s+(?:je|jij)|welke\s+(?:onderwerpen|vragen|kennis)\s+"
    r"(?:mist|missen|ontbreekt|ontbreken)|kennisgaten|gaten\s+in\s+de\s+kennis"
    r"|welke\s+vragen\s+(?:kon|kan|kun|kunt)\s+(?:je|jij)\s+niet\s+beantwoorden"
    r"|what(?:'s|\s+is|\s+are)\s+(?:we\s+)?missing|knowledge\s+gaps?|gaps\s+in\s+the\s+knowledge"
    r"|which\s+questions\s+(?:could|can)(?:n'?t|\s+not)\s+you\s+answer"
    r")",
    re.IGNORECASE,
)


_OWN = re.compile(r"\b(?:mijn|mn|m'n|my|me|mij|ik|i)\b", re.IGNORECASE)


def asks_for_the_report(text: str | None) -> bool:
    """True when `text` asks what people ask most, or what the knowledge is missing without
    naming anything of the asker's own or someone served."""
    said = " ".join((text or "").split())
    if _REPORT.search(said):
        return True
    return bool(_MISSING.search(said)) and not _OWN.search(said) and not names_someone_served(said)
