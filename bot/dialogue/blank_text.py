"""The word a blank message ("\\r", spaces only) is read as inside Rasa's NLU, shared by the NLU
component (bot/dialogue/blank_message.py, Rasa's virtualenv) and the actions (the action
server's): pure Python, no imports but `re`."""


BLANK_MARKER = "blankmessage"  # in no training example; DIET crashed on a message without tokens


def is_blank(text: str | None) -> bool:
    """Whether `text` is empty, whitespace only, or the marker NLU put in its place."""
    stripped = (text or "").strip()
    return not stripped or stripped == BLANK_MARKER


def has_no_words(text: str | None) -> bool:
    """Whether a non-blank `text` has no letter or digit at all: punctuation, symbols or emoji
    only ("...", "??", "👍"), which no article can answer (tester round of stop 27: "..." got
    "no good answer" and topics)."""
    stripped = (text or "").strip()
    return bool(stripped) and not is_blank(stripped) and not any(c.isalnum() for c in stripped)


def has_no_letters(text: str | None) -> bool:
    """Whether a non-blank `text` has digits but no letter ("12345", "06-1234"): a number,
    not a question (a number that picks a button or answers a self-check is read before this)."""
    stripped = (text or "").strip()
    return any(c.isdigit() for c in stripped) and not any(c.isalpha() for c in stripped)
