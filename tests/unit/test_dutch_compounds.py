"""Dutch compounds the articles do not write (bot/engine/dutch_compounds.py, read by
LexicalIndex.query_words and .corrected), by kind: a compound of known words with or without
linking letters ("klant|beloftes", "klacht|en|brief", "gesprek|s|tijd"), a compound of three
("klacht|afhandelings|procedure"), against words that must stay whole: short words,
prefixes ("ver|assen" is a typo of "verrassen"), common compounds with a meaning of their
own ("wachtwoord" is no "wacht" + "woord"), English. On a small vocabulary and on the real index."""

from __future__ import annotations

import pytest

from bot.content.audience import audience_for
from bot.engine import decide_question
from bot.engine.dutch_compounds import split_compound

KNOWN = {"klant", "belofte", "beloftes", "klacht", "brief", "gesprek", "tijd", "piramide", "model",
         "service", "medewerker", "thuiszorg", "assen", "ver"}  # fmt: skip


def known(word: str) -> bool:
    return word in KNOWN


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("piramidemodel", ["piramide", "model"]),
        ("klantbeloftes", ["klant", "beloftes"]),
        ("klachtenbrief", ["klacht", "brief"]),  # linking "en"
        ("gesprekstijd", ["gesprek", "tijd"]),  # linking "s"
        ("klantenservicemedewerker", ["klant", "service", "medewerker"]),  # three parts
        ("thuiszorgmedewerker", ["thuiszorg", "medewerker"]),
    ],
)
def test_a_compound_of_known_words_is_split_into_them(word: str, parts: list[str]) -> None:
    assert split_compound(word, known) == parts


@pytest.mark.parametrize("word", ["verassen", "klant", "modellen", "klantx", "brief2024", "klantvriendelijk"])
def test_words_that_are_no_compound_of_known_words_stay_whole(word: str) -> None:
    assert split_compound(word, known) is None


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("klantbeloftes", ["klant", "beloftes"]),
        ("klachtafhandelingsprocedure", ["klacht", "afhandelings", "procedure"]),
        ("thuiszorgmedewerker", ["thuiszorg", "medewerker"]),
    ],
)
def test_the_real_index_reads_an_unknown_compound_as_its_parts(searcher, word: str, parts: list[str]) -> None:
    index = searcher.index.lexical["nl"]
    assert index.corrected(word) == " ".join(parts)
    assert set(index.query_words(word)) >= set(index.query_words(" ".join(parts)))


@pytest.mark.parametrize("word", ["wachtwoord", "vakantiegeld", "verassen", "klantenservice"])
def test_real_words_typos_and_known_compounds_are_not_split(searcher, word: str) -> None:
    index = searcher.index.lexical["nl"]
    assert " " not in index.corrected(word), index.corrected(word)


def test_english_words_are_never_split(searcher) -> None:
    index = searcher.index.lexical["en"]
    assert index.corrected("customerpromise") == "customerpromise"


# questions whose key word is a compound no article writes: refused before the split
COMPOUND_QUESTIONS = [
    ("wat zijn de klantbeloftes", {"pyramid-promise"}),
    ("klachtafhandelingsprocedure tips", {"complaint-handling", "pyramid-complaints"}),
]


@pytest.mark.parametrize(("message", "expected"), COMPOUND_QUESTIONS)
def test_a_question_about_a_compound_finds_the_article_of_its_parts(
    searcher, message: str, expected: set
) -> None:
    decision, results = decide_question(searcher, message, None, audience_for("employee", message))
    assert results[0].id in expected, [r.id for r in results[:3]]
    assert decision.outcome == "answer" and decision.results[0].id in expected


@pytest.mark.parametrize(
    ("message", "role", "expected"),
    [
        # "kamer" + "prijs": a room's price is the price objection, not a dirty room's recovery
        (
            "Bij het inchecken vroeg een stel of er nog wat af kon van de kamerprijs, ze hadden online bij "
            "een boekingssite een lagere prijs gezien. Hoe ga ik hier de volgende keer beter mee om?",
            "employee",
            "price-objection",
        ),
        # "klantcontact" is a word the articles use: read whole, not as "klant" + "contact"
        (
            "er begint volgende week een nieuwe collega in mn team, "
            "hoe begeleid ik die best in het klantcontact?",
            "manager",
            "coaching-feedback-conversation",
        ),
    ],
)
def test_parts_weigh_less_than_words_and_known_compounds_stay_whole(
    searcher, message: str, role: str, expected: str
) -> None:
    results = searcher.search(message, top_k=3, audience=audience_for(role, message))
    assert results[0].id == expected, [r.id for r in results]


def test_a_repair_question_is_not_read_as_a_bond_with_customers(searcher) -> None:
    """ "fietsband" is no "band" (bond) with customers: the question stays refused."""
    decision, _ = decide_question(
        searcher, "hoe plak ik een lekke fietsband", None, audience_for("employee", "")
    )
    assert decision.outcome == "refuse", decision


@pytest.mark.parametrize("message", ["wat is het piramidemodel", "what is the pyramid model"])
def test_the_pyramid_model_is_the_pyramid(searcher, message: str) -> None:
    """Both the pyramid and the standard's model are "model"s; the pyramid's own name with
    "model" is the pyramid (its tags: "piramidemodel", "pyramid model")."""
    decision, _ = decide_question(searcher, message, None, audience_for("employee", message))
    assert decision.outcome == "answer" and decision.results[0].id == "pyramid", decision
