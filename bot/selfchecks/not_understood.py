"""A message that says the statement on screen is not understood ("hmm snap de vraag niet",
"wat bedoel je hiermee?", "I don't get the question"). NLU read "hmm snap de vraag niet" as
help and the coach listed everything it can do, a self-check to start among it, in the
middle of one (tester round of stop 40). The coach explains how to answer instead
(actions/advice.py `answered_as_selfcheck_answer`). Pure Python (no Rasa)."""

from __future__ import annotations

import re

_NOT = r"(?:niet|nie|ni|not|n'?t)"
_NOT_UNDERSTOOD = re.compile(
    r"^\W*(?:(?:hmm+|hm|uh+|eh+|euh|sorry|ehm|tja|huh)[\s,.!?]+)*(?:"
    # Dutch: (ik) snap/begrijp (de vraag/stelling/het) niet, wat bedoel je (hiermee)?
    r"(?:ik\s+)?(?:snap|begrijp|versta|vat)\s+(?:de|die|deze|het|dit|je)?\s*(?:vraag|stelling|uitspraak|zin)?\s*"
    rf"(?:{_NOT}|nie\s+goed|niet\s+goed|niet\s+helemaal|ni\s+goed)"
    r"|(?:de|die|deze)\s+(?:vraag|stelling|uitspraak)\s+(?:snap|begrijp)\s+ik\s+(?:niet|nie|ni)"
    r"|wat\s+(?:bedoel|bedoelt)\s+(?:je|jij|u)(?:\s+(?:hiermee|daarmee|met\s+deze\s+(?:vraag|stelling)|precies))?"
    r"|wat\s+(?:wordt|word)\s+(?:hier(?:mee)?\s+)?bedoeld"
    r"|(?:onduidelijke?|rare|vage)\s+(?:vraag|stelling)"
    # English: I don't get/understand the question, what do you mean
    r"|(?:i\s+)?(?:don'?t|dont|do\s+not)\s+(?:get|understand)\s+(?:the|this|that|it)?\s*(?:question|statement)?"
    r"|what\s+do\s+you\s+mean(?:\s+(?:by\s+(?:this|that)|here|exactly))?"
    r"|(?:what\s+does|what'?s)\s+(?:this|that|the\s+(?:question|statement))\s+mean"
    r")[\s?!.]*$",
    re.IGNORECASE,
)


def does_not_understand(text: str | None) -> bool:
    """True when the whole message says the statement (or question) is not understood."""
    return bool(_NOT_UNDERSTOOD.match(" ".join((text or "").split())))
