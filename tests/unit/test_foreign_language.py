"""Messages written in a language the coach does not speak (bot/engine/language.py,
`foreign_language`) get an honest "I only speak Dutch and English" instead of a search in
Dutch or English (tester round, stop 24: a German question got the off-topic reply). No Dutch
or English message may ever be read as another language."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import foreign_language
from tests.yaml_sets import load_yaml

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Wie gehe ich mit einem unfreundlichen Kunden um?", "de"),
        ("Was mache ich wenn ein Kunde schreit", "de"),
        ("Que faire quand un client crie au guichet", "fr"),
        ("¿Cómo trato a un cliente enfadado?", "es"),
        ("come posso gestire un cliente arrabbiato", "it"),
        ("Como lidar com um cliente irritado no balcão", "pt"),
        ("Müşteri çok kızgın, ne yapmalıyım", "tr"),
        ("jak radzić sobie z trudnym klientem", "pl"),
        # Spanish "en" and "a" are Dutch and English words too: they do not make it mixed
        ("¿Cómo trato a un cliente que grita en la tienda?", "es"),
        ("Müşteri bana bağırıyor, ne yapmalıyım?", "tr"),
    ],
)
def test_a_message_in_another_language_is_recognised(text: str, code: str) -> None:
    assert foreign_language(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "hoe ga ik om met een klant die alleen frans spreekt",
        "kun je ook in het duits antwoorden",
        "ik ga da ni doen he, die klant is echt de max",
        "kga die mevrouw gewoon 10% korting geven eh, mag da",
        "the klant keeps complaining about de prijs",
        "reset my outlook password pls",
        "start the self check pls",
        "Guten Tag",  # too short to be sure: the conversation's language stays
        "merci beaucoup",
    ],
)
def test_dutch_english_flemish_and_short_messages_are_not(text: str) -> None:
    assert foreign_language(text) is None


def _messages() -> list[str]:
    """Every Dutch and English message of the question sets and the NLU training data."""
    texts: list[str] = []
    sets = [*sorted((ROOT / "tests" / "data").glob("*.yml")), ROOT / "benchmarks" / "data" / "checkset.yml"]
    for path in sets:
        rows = load_yaml(path)
        if isinstance(rows, list):
            texts += [r.get("q") or r.get("text") or "" for r in rows if isinstance(r, dict)]
    for path in sorted((ROOT / "data" / "nlu").glob("*.yml")):
        for block in load_yaml(path).get("nlu", []):
            texts += [line.lstrip("- ").strip() for line in (block.get("examples") or "").splitlines()]
    return [t for t in texts if t]


def test_no_dutch_or_english_message_of_the_sets_is_read_as_another_language() -> None:
    messages = _messages()
    assert len(messages) > 1500
    assert [m for m in messages if foreign_language(m)] == []


@pytest.mark.parametrize(
    "text", ["Müşteri bana bağırıyor, ne yapmalıyım?", "Wie gehe ich mit einem unfreundlichen Kunden um?"]
)
def test_a_message_in_another_language_has_no_dutch_or_english_language(text: str) -> None:
    """So the conversation keeps its language: a Turkish question after English turns got its
    honest reply in Dutch (second tester round, stop 24)."""
    from bot.engine import detect_language

    assert detect_language(text) is None
