"""Typo tolerance of word search (bot/engine/spelling.py, read by LexicalIndex.query_words),
by kind: a typo (swapped neighbours, a wrong, missing or extra letter) is read as the index
word it is a typo of; a real Dutch or English word the index does not know ("night",
"commute", "luider") is never "corrected" (that let long off-topic messages be answered);
known, short and numbered words stay. On a small vocabulary and on the real index."""

from __future__ import annotations

import pytest

from bot.content.audience import audience_for
from bot.content.word_frequency import REAL_WORD_ZIPF, is_real_word
from bot.engine import decide_question
from bot.engine.lexical import _stemmer, present_tense_stem, tokenize
from bot.engine.spelling import Spelling, max_edits

VOCAB = Spelling({"klant": 40, "klacht": 30, "boze": 12, "boos": 9, "verras": 5, "afhandel": 7, "bozer": 1})

# typos people type, Dutch and English: none of them is a word of either language
TYPOS = [
    "klnat", "kalnt", "lkant", "klamt", "klantt", "bozz", "bozze", "verassen", "afhandelenn",
    "klachtt", "tegn", "vriendlijk", "custmer", "custoemr", "complane", "angyr", "complaitn", "manger",
]
# real words that no article uses, Dutch and English, from the dev set, long messages and
# retrieval-kinds tests: each is a typo away from an index word but must stay what it is
REAL_UNKNOWN = [
    "night", "commute", "coat", "luider", "fuming", "payslip", "snauwen", "pinpas", "aankloppen",
    "opdringerig", "invriezen", "reiskosten", "vakantiedagen", "callcenter", "baalt", "wollen",
]


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("klnat", "klant"),  # swapped neighbours
        ("lkant", "klant"),
        ("klamt", "klant"),  # a wrong letter
        ("bozz", "boze"),
        ("veras", "verras"),  # a missing double letter
        ("klachtt", "klacht"),  # an extra letter
        ("afhandell", "afhandel"),
        ("afhnadell", "afhandel"),  # two edits in a long word
    ],
)
def test_a_typo_is_read_as_the_closest_known_word(typed: str, meant: str) -> None:
    assert VOCAB.correct(typed) == meant


@pytest.mark.parametrize("word", ["boos", "boze", "klant", "pis", "wat", "zq", "12345", "order123", "xyzzyq"])
def test_known_short_numbered_and_far_words_stay(word: str) -> None:
    assert VOCAB.correct(word) == word


def test_ties_go_to_the_word_in_most_chunks_then_alphabetical() -> None:
    assert Spelling({"kant": 3, "klant": 40}).correct("klan") == "klant"
    assert Spelling({"bank": 2, "bonk": 2}).correct("bink") == "bank"
    assert max_edits("abc") == 0 and max_edits("abcd") == 1 and max_edits("abcdefgh") == 2


def test_the_real_word_threshold_separates_typos_from_words() -> None:
    """REAL_WORD_ZIPF sits between the most frequent typo here ("verassen", a common Dutch
    misspelling) and the real words whose correction broke long messages (zipf >= 3.5)."""
    assert not any(is_real_word(w) for w in TYPOS), [w for w in TYPOS if is_real_word(w)]
    for word in ("night", "commute", "coat", "luider", "klant", "customer", "boos", "angry"):
        assert is_real_word(word), (word, REAL_WORD_ZIPF)


@pytest.mark.parametrize("word", REAL_UNKNOWN)
def test_a_real_word_the_index_does_not_know_is_never_corrected(searcher, word: str) -> None:
    for lang in ("nl", "en"):
        index = searcher.index.lexical[lang]
        typed = tokenize([word], lang)[0]
        # as typed; a Dutch present tense may add its infinitive's stem ("baalt": "balen")
        stemmer = _stemmer(lang)
        verb = [present_tense_stem(word, typed[0], stemmer)] if lang == "nl" and typed else []
        # as typed, never "corrected"; an unknown Dutch compound may add its parts as well
        # ("reiskosten": "reis", "kosten"; bot/engine/dutch_compounds.py), weighed apart
        assert index.query_words(word, parts=False) in (typed, typed + verb), lang
        assert index.query_words(word)[: len(typed)] == typed, lang


@pytest.mark.parametrize(
    ("typed", "meant", "lang"),
    [
        ("klnat", "klant", "nl"),
        ("kalnt", "klant", "nl"),
        ("bozz", "boze", "nl"),
        ("bozze", "boze", "nl"),
        ("verassen", "verrassen", "nl"),
        ("klachtt", "klacht", "nl"),
        ("afhandelenn", "afhandelen", "nl"),
        ("custoemr", "customer", "en"),
        ("custmer", "customer", "en"),
        ("complane", "complaint", "en"),  # complain is one edit away too: the word in more chunks wins
        ("complaitn", "complaint", "en"),
    ],
)
def test_the_real_index_reads_a_typo_as_its_word(searcher, typed: str, meant: str, lang: str) -> None:
    index = searcher.index.lexical[lang]
    assert index.known_words([meant])[0] is True and index.known_words([typed])[0] is False
    assert index.query_words(typed) == index.query_words(meant)


# messages whose key word is misspelt: the right article must rank first, and the coach
# answers with it or offers it, never another article
TYPO_MESSAGES = [
    ("hoe kan ik een klant verassen", {"pyramid-surprise"}),
    ("een klant verassen met iets kleins, hoe doe ik dat", {"pyramid-surprise"}),
    ("klnat is heel bozz wat moet ik doen", {"angry-customer"}),
    ("de klnat is heel bozze op mij", {"angry-customer"}),
    ("een kalnt is bozz op mij", {"angry-customer"}),
    ("klacht afhandelenn hoe doe ik dat", {"complaint-handling", "pyramid-complaints"}),
    ("hoe zeg ik nee tegn een klant", {"saying-no-kindly"}),
    ("how to handle a complaint from a custoemr", {"complaint-handling"}),
    ("a custmer is very upset at the desk what do i do", {"angry-customer"}),
]


@pytest.mark.parametrize(("message", "expected"), TYPO_MESSAGES)
def test_a_misspelt_key_word_still_finds_its_article(searcher, message: str, expected: set[str]) -> None:
    decision, results = decide_question(searcher, message, None, audience_for(None, message))
    assert results[0].id in expected, [r.id for r in results[:3]]
    assert decision.outcome != "refuse" and decision.results[0].id in expected


def test_typos_are_mostly_answered_outright(searcher) -> None:
    answered = [
        decide_question(searcher, m, None, audience_for(None, m))[0].outcome == "answer"
        for m, _ in TYPO_MESSAGES
    ]
    assert sum(answered) >= len(TYPO_MESSAGES) - 2, answered


@pytest.mark.parametrize(
    ("lang", "message", "expected"),
    [
        ("nl", "klnat is heel bozz", "klant is heel boze"),
        ("nl", "hoe kan ik een klant verassen", "hoe kan ik een klant verrassen"),
        ("en", "a custmer is upset", "a customer is upset"),
    ],
)
def test_the_corrected_text_replaces_only_the_typos(searcher, lang: str, message: str, expected: str) -> None:
    assert searcher.index.lexical[lang].corrected(message) == expected


@pytest.mark.parametrize(
    "message", ["de patiënt belt 10x, enquête!", "Mijn Collega zegt NIETS", "the night shift at the hotel"]
)
def test_the_corrected_text_keeps_real_words_as_typed(searcher, message: str) -> None:
    assert searcher.index.lexical["nl"].corrected(message) == message
    assert searcher.index.lexical["en"].corrected(message) == message
