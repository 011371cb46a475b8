"""Intent payloads: what the builders make, the parser reads back, and junk is refused."""

from __future__ import annotations

import pytest

from bot.dialogue import payloads
from bot.dialogue.payloads import Payload, parse


@pytest.mark.parametrize(
    ("built", "intent", "entities"),
    [
        (payloads.greet(), "greet", {}),
        (payloads.show_help(), "help", {}),
        (payloads.stop(), "stop", {}),
        (payloads.show_results(), "show_results", {}),
        (payloads.ask_coaching_tip(), "ask_coaching_tip", {}),
        (payloads.start_selfcheck(), "start_selfcheck", {}),
        (payloads.start_selfcheck("beloftes"), "start_selfcheck", {"selfcheck_id": "beloftes"}),
        (payloads.selfcheck_answer(4), "selfcheck_answer", {"selfcheck_value": "4"}),
        (payloads.advice("shift-trust"), "ask_advice", {"article_id": "shift-trust"}),
        (payloads.set_language("en"), "set_language", {"language": "en"}),
        (payloads.feedback("down", "abc123"), "feedback", {"feedback_value": "down", "answer_ref": "abc123"}),
        (payloads.payload("x", a="é", n=None), "x", {"a": "é"}),
    ],
)
def test_every_builder_round_trips(built: str, intent: str, entities: dict) -> None:
    assert parse(built) == Payload(intent, entities)
    assert payloads.is_payload(built)


def test_the_wire_format_is_rasas() -> None:
    # Rasa's NLU reads exactly this; the Telegram callback data and stored buttons too
    assert payloads.advice("shift-trust") == '/ask_advice{"article_id":"shift-trust"}'
    assert payloads.set_language("nl") == '/set_language{"language":"nl"}'
    assert payloads.start_selfcheck() == "/start_selfcheck"
    assert payloads.selfcheck_answer(3) == '/selfcheck_answer{"selfcheck_value":"3"}'


@pytest.mark.parametrize(
    "junk",
    [
        None,
        "",
        "hallo",
        "/",
        "/ ",
        "/123",
        "/greet hallo",
        '/ask_advice{"article_id":',
        "/ask_advice[1,2]",
        "/ask_advice{not json}",
        '/ask_advice"x"',
        "/ask_advice{}{}",
        "/set_language" + "{" * 5000,
        12,
    ],
)
def test_junk_is_not_a_payload_and_never_raises(junk) -> None:
    assert parse(junk) is None


def test_entity_values_as_text() -> None:
    parsed = parse('/x{"a":"","b":null,"c":3,"d":[1],"e":"v"}')
    assert parsed is not None
    assert [parsed.entity(k) for k in "abcdef"] == [None, None, "3", None, "v", None]


def test_helpers_read_only_their_own_intent() -> None:
    assert payloads.language_of(payloads.set_language("en")) == "en"
    assert payloads.language_of(payloads.advice("en")) is None
    assert payloads.language_of('/set_language{"language":"nl"') is None
    assert payloads.answer_ref_of(payloads.feedback("up", "ref_42")) == "ref_42"
    assert payloads.answer_ref_of(payloads.feedback("up", "<script>")) is None
    assert payloads.answer_ref_of(payloads.advice("ref_42")) is None


def test_a_bad_intent_name_is_refused() -> None:
    with pytest.raises(ValueError):
        payloads.payload("two words")
    assert not payloads.is_payload("hallo /greet")
