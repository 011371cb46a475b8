"""A comparative Snowball leaves whole is also read as its plain adjective, when the index
knows that word (bot/engine/lexical.py `comparative_stems`; tester round of stop 49: "hoe
kan ik een gesprek met een klant korter houden?" missed the article that says "houd het kort")."""

from __future__ import annotations

import pytest

from bot.engine.lexical import NOT_COMPARATIVES, _stemmer, comparative_stems


@pytest.mark.parametrize(
    ("lang", "word", "plain"),
    [("nl", "korter", "kort"), ("nl", "sneller", "snel"), ("nl", "groter", "groot"), ("nl", "langer", "lang"),
     ("en", "shorter", "short"), ("en", "ruder", "rude"), ("en", "bigger", "big"), ("en", "longer", "long")],
)  # fmt: skip
def test_a_comparative_reads_as_its_plain_adjective(lang: str, word: str, plain: str) -> None:
    stemmer = _stemmer(lang)
    assert stemmer.stemWord(plain) in comparative_stems(word, stemmer.stemWord(word), stemmer)


@pytest.mark.parametrize(
    ("lang", "word"), [("nl", "kort"), ("nl", "klant"), ("en", "customer"), ("nl", "duurder")]
)
def test_other_words_have_no_comparative_reading(lang: str, word: str) -> None:
    """Not an "-er" word, a word Snowball changed ("customer" -> "custom", "duurder" -> "duur")."""
    stemmer = _stemmer(lang)
    assert comparative_stems(word, stemmer.stemWord(word), stemmer) == []


@pytest.mark.parametrize("word", sorted(NOT_COMPARATIVES))
def test_words_of_time_and_amount_are_no_comparatives(word: str) -> None:
    """"moet ik de klant later nog terugbellen": "later" is no "more late"."""
    for lang in ("nl", "en"):
        stemmer = _stemmer(lang)
        assert comparative_stems(word, stemmer.stemWord(word), stemmer) == []
