"""Intent payloads: the messages that trigger a Rasa intent directly, with entities, the
way buttons, channel commands and tips talk to the coach. Every payload is built and
parsed here.

The shape is Rasa's own: `/intent` or `/intent{"entity":"value",...}` (compact JSON,
an object of entity name -> value). Rasa reads any message that starts with "/" as
such a payload, so a typed "/something" is never a question."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

# intents the code triggers directly (they must exist in domain.yml)
GREET = "greet"
HELP = "help"
STOP = "stop"
START_SELFCHECK = "start_selfcheck"
SELFCHECK_ANSWER = "selfcheck_answer"
SHOW_RESULTS = "show_results"
ASK_ADVICE = "ask_advice"
ASK_COACHING_TIP = "ask_coaching_tip"
SET_LANGUAGE = "set_language"
FEEDBACK = "feedback"

_PAYLOAD = re.compile(r"/(?P<intent>[A-Za-z_][\w-]*)(?P<entities>\{.*\})?", re.DOTALL)
_REF = re.compile(r"[A-Za-z0-9_-]{4,16}")


@dataclass(frozen=True)
class Payload:
    """A parsed payload: the intent's name and its entities (name -> JSON value)."""

    intent: str
    entities: dict[str, Any] = field(default_factory=dict)

    def entity(self, name: str) -> str | None:
        """An entity's value as text; None when absent, empty or not a scalar."""
        value = self.entities.get(name)
        if value is None or value == "" or isinstance(value, (dict, list)):
            return None
        return str(value)


def payload(intent: str, **entities: Any) -> str:
    """`/intent` or `/intent{"name":"value"}`; entities set to None are left out.

    Raises ValueError for a name Rasa would not read as an intent."""
    if not re.fullmatch(r"[A-Za-z_][\w-]*", intent):
        raise ValueError(f"not an intent name: {intent!r}")
    given = {name: value for name, value in entities.items() if value is not None}
    if not given:
        return f"/{intent}"
    return f"/{intent}" + json.dumps(given, separators=(",", ":"))


def parse(text: str | None) -> Payload | None:
    """The intent and entities of a payload; None for anything else (typed text, junk,
    entities that are not a JSON object). Never raises."""
    if not isinstance(text, str):
        return None
    match = _PAYLOAD.fullmatch(text.strip())
    if match is None:
        return None
    entities: dict[str, Any] = {}
    if match["entities"]:
        try:
            entities = json.loads(match["entities"])
        except ValueError:
            return None
        if not isinstance(entities, dict) or not all(isinstance(k, str) for k in entities):
            return None
    return Payload(match["intent"], entities)


def is_payload(text: str | None) -> bool:
    """True when Rasa reads the message as an intent payload (it starts with "/"),
    so it holds no words of the user's (no question, no topic, no language)."""
    return isinstance(text, str) and text.lstrip().startswith("/")


# the payloads in use, one builder each
def greet() -> str:
    return payload(GREET)


def show_help() -> str:
    return payload(HELP)


def stop() -> str:
    return payload(STOP)


def show_results() -> str:
    return payload(SHOW_RESULTS)


def ask_coaching_tip() -> str:
    return payload(ASK_COACHING_TIP)


def start_selfcheck(selfcheck_id: str | None = None) -> str:
    """Start a self-check; without an id, the coach lists them."""
    return payload(START_SELFCHECK, selfcheck_id=selfcheck_id)


def selfcheck_answer(value: int | str, run_id: int | None = None, statement_id: str | None = None) -> str:
    """An answer as the number on the check's scale, bound to the run and statement the
    button was made for (a stale or repeated tap is then recognised as such)."""
    return payload(
        SELFCHECK_ANSWER, selfcheck_value=str(value), selfcheck_run=run_id, selfcheck_statement=statement_id
    )


@dataclass(frozen=True)
class BoundAnswer:
    """What a self-check answer button carries: the value and, when bound, the run id and
    statement id it answers."""

    value: str
    run_id: int | None
    statement_id: str | None


def bound_answer_of(text: str | None) -> BoundAnswer | None:
    """The answer a selfcheck_answer payload carries; None for any other message. A run id
    that is not a whole number leaves the answer unbound (then it is refused as stale)."""
    parsed = parse(text)
    if parsed is None or parsed.intent != SELFCHECK_ANSWER:
        return None
    value = parsed.entity("selfcheck_value")
    run, statement = parsed.entity("selfcheck_run"), parsed.entity("selfcheck_statement")
    run_id = int(run) if run is not None and run.isascii() and run.isdigit() and len(run) < 18 else None
    if run is not None and run_id is None:
        run_id = -1  # bound to something that is no run
    return BoundAnswer(value or "", run_id, statement)


# Typed text is text: Rasa reads a message whose stripped text starts with "/" as an intent
# payload. A word joiner (U+2060, invisible, not whitespace to str.strip) in front makes it
# text again; Rasa's WhitespaceTokenizer drops it with the "/", so NLU sees the same words.
WORD_JOINER = "\u2060"


def as_text(typed: str) -> str:
    """What a channel sends for text the user typed: unchanged, unless Rasa would read it as
    a payload; then prefixed with a word joiner so that it is read as text."""
    return WORD_JOINER + typed.lstrip() if is_payload(typed) else typed


def advice(article_id: str, ref: str | None = None) -> str:
    """Makes Rasa answer with this article's advice; `ref` (optional) is the logged offer
    this article was picked from."""
    return payload(ASK_ADVICE, article_id=article_id, answer_ref=ref)


def set_language(lang: str) -> str:
    """Switch the conversation to "nl" or "en", or back to each message's own language ("auto")."""
    return payload(SET_LANGUAGE, language=lang)


def feedback(value: str, ref: str) -> str:
    """"up" or "down" for the logged answer `ref`."""
    return payload(FEEDBACK, feedback_value=value, answer_ref=ref)


def language_of(text: str | None) -> str | None:
    """The language a set_language payload chooses, else None."""
    parsed = parse(text)
    return parsed.entity("language") if parsed is not None and parsed.intent == SET_LANGUAGE else None


def answer_ref_of(text: str | None) -> str | None:
    """The answer reference a feedback payload carries (well-formed refs only), else None."""
    parsed = parse(text)
    if parsed is None or parsed.intent != FEEDBACK:
        return None
    ref = parsed.entity("answer_ref")
    return ref if ref is not None and _REF.fullmatch(ref) else None
