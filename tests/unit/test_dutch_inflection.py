"""Dutch adjective inflection (bot/engine/dutch_inflection.py): "boze" and "boos" are one
stem in the index and in the query (issue 9: "klant is boos omdat ..." missed the article
that says "boze klant")."""

from __future__ import annotations

import pytest

from bot.engine.dutch_inflection import uninflect
from bot.engine.lexical import LexicalIndex, _stemmer


@pytest.mark.parametrize(
    ("inflected", "plain"),
    [
        ("boze", "boos"),  # z -> s and the vowel doubled
        ("vieze", "vies"),  # ie is not doubled
        ("grijze", "grijs"),  # ij neither
        ("lieve", "lief"),  # v -> f
        ("brave", "braaf"),
        ("halve", "half"),  # two consonants: devoiced only
        ("kwade", "kwaad"),  # d stays d
        ("rode", "rood"),
        ("grote", "groot"),
        ("trage", "traag"),
        ("gele", "geel"),
        ("serieuze", "serieus"),
    ],
)
def test_the_inflected_form_stems_like_the_plain_one(inflected: str, plain: str) -> None:
    stem = _stemmer("nl")
    assert stem.stemWord(inflected) == stem.stemWord(plain)
    assert stem.stemWord(plain) == _stemmer("nl").stemWords([plain])[0]


@pytest.mark.parametrize(
    "stem", ["klant", "kassa", "de", "ode", "boos", "lief", "kaas", "agressief", "zee", "idee"]
)
def test_other_stems_are_left_alone(stem: str) -> None:
    assert uninflect(stem) == stem


def test_english_is_not_touched() -> None:
    assert _stemmer("en").stemWord("brave") == "brave"


def test_a_query_with_boos_finds_text_that_says_boze() -> None:
    index = LexicalIndex("nl", ["Een boze klant aan de balie", "De kassa van de winkel"], [0, 1])
    assert set(index.query_words("klant is boos")) == set(index.query_words("boze klant"))
    assert [row for row, _ in index.search("de klant is boos")][:1] == [0]
