"""Does a typed message only repeat the label of the coach's "Toon de tips" / "Show the tips"
button (bot/i18n.py "followup_card"), or ask for it in so many words ("laat de tips nog eens
zien", "show me the tips", typos such as "toon d tips")? Typed, it was searched as a question
and got an offer of unrelated articles ("Leiders zetten de toon in service": tester round of
stop 66). Such a message means what the button means: the tips of the article just given
(actions/advice.py `answered_as_tips_again`).

The other labels are read elsewhere: "Nog een tip" / "Another tip" and "meer hierover"
(bot/dialogue/tip_request.py), 👍/👎 (bot/dialogue/feedback_words.py), a list's titles
(bot/dialogue/choices.py). A message that names what the tips are about ("toon de tips over
een boze klant", "tips voor drukte aan de balie") is a question of its own and stays one.

Pure Python (no Rasa)."""

from __future__ import annotations

import re

__all__ = ["asks_for_the_tips"]

_POLITE = r"(?:\s+(?:graag|aub|a\.u\.b\.?|alsjeblieft|alsjeblief|alstublieft|please|pls|plz|even|ff|eens|es|"
_POLITE += r"nog|nog\s+eens|weer|again|nou|dan|maar|hoor|van\s+net|from\s+before|from\s+earlier))*"
_THE = r"(?:de|d|die|those|the|dem|je|jouw|your)"
_TIPS = r"(?:tips|tipps|tipjes|tps|tis)"
_SHOW_NL = r"(?:toon|ton|tonen|toom|laat|geef|stuur|herhaal)"
_SHOW_EN = r"(?:show|shw|sho|give|send|repeat)"
_OPENING = (
    r"(?:(?:ok(?:ay|e|é)?|oké|ja|jaa|yes|yeah|nee|no|graag|top|mooi|hmm+|sorry|en|and|maar|but)[\s,!.]+){0,2}"
)
_ASKS = re.compile(
    r"^" + _OPENING + r"(?:"
    # Dutch: toon de tips, toon tips, laat (me) de tips (nog eens) zien, geef (me) de tips (nog eens)
    rf"(?:{_SHOW_NL})(?:\s+(?:me|mij|nog\s+eens|eens|nog|even|ff|opnieuw|weer))*\s+(?:{_THE}\s+)?{_TIPS}"
    r"(?:\s+(?:nog\s+eens|eens|nog|even|ff|opnieuw|weer|terug))*(?:\s+(?:zien|tonen|sturen|geven))?"
    # "de tips graag", "de tips tonen", "tips tonen", "kan ik de tips (nog eens) zien?"
    rf"|(?:{_THE}\s+)?{_TIPS}\s+(?:tonen|zien|weergeven|laten\s+zien|nog\s+eens)"
    rf"|(?:kan|mag|kun|kunt)\s+(?:ik|je|jij|u)\s+(?:me\s+|mij\s+)?(?:nog\s+eens\s+|eens\s+|nog\s+|weer\s+)?"
    rf"{_THE}\s+{_TIPS}\s+(?:nog\s+eens\s+|eens\s+|weer\s+)?(?:zien|tonen|geven|laten\s+zien|krijgen)"
    rf"|{_THE}\s+{_TIPS}"
    # English: show (me) the tips (again), the tips please, can I see the tips (again)?
    rf"|(?:{_SHOW_EN})(?:\s+(?:me|us))?\s+(?:{_THE}\s+)?{_TIPS}(?:\s+(?:again|once\s+more))?"
    rf"|(?:can|could|may)\s+(?:i|you)\s+(?:see|have|get|show\s+me|give\s+me)\s+{_THE}\s+{_TIPS}(?:\s+again)?"
    r")" + _POLITE + r"[\s?!.]*$",
    re.IGNORECASE,
)


def asks_for_the_tips(text: str | None) -> bool:
    """True when `text` only says the "Toon de tips" button's label or asks for the tips of
    what was just said ("Toon de tips", "toon tips aub", "laat de tips nog eens zien", "show
    the tips", "can I see the tips again?"); False for anything that names a topic ("toon de
    tips over klachten") and for other requests ("nog een tip": bot/dialogue/tip_request.py)."""
    if not text or len(text) > 80:
        return False
    return bool(_ASKS.match(" ".join(text.replace("’", "'").split())))
