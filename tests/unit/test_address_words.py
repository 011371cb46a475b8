"""bot/engine/address_words.py: "je of u" (the formal or informal "you") is read as
"tutoyeren", the word the article on personal attention uses; its words are stop words, and
"zeg ik je of u tegen klanten" was answered with saying no kindly (tester round of stop 37)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from actions.knowledge import audience_for
from bot.engine import FEATURE_DEPTH, decide, load_calibration
from bot.engine.address_words import WORD, named_form_of_address


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("zeg ik je of u tegen klanten", "zeg ik tutoyeren tegen klanten"),
        ("moet ik jij of u zeggen", "moet ik tutoyeren zeggen"),
        ("spreek ik ze aan met u of met je", "spreek ik ze aan tutoyeren"),
        ("je/u tegen oudere klanten?", "tutoyeren tegen oudere klanten?"),
        ("Zeg je U of JE?", "Zeg je tutoyeren?"),
        ("u of jij bij jongeren", "tutoyeren bij jongeren"),
        ("mag ik een klant vousvoyeren", "mag ik een klant tutoyeren"),
    ],
)
def test_a_choice_of_you_is_read_as_tutoyeren(text: str, read: str) -> None:
    assert named_form_of_address(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "wat zeg je tegen u",
        "je en je collega",
        "kunt u mij helpen",
        "wat moet je doen of laten",
        "jij of je team",
    ],
)
def test_other_uses_of_the_pronouns_stay(text: str) -> None:
    assert named_form_of_address(text) == text


@given(
    st.lists(st.sampled_from(["je", "jij", "u", "of", "en", "/", "klant", "zeg", "met", "ik"]), max_size=12)
)
def test_only_a_pair_of_both_kinds_is_replaced(words: list[str]) -> None:
    text = " ".join(words)
    read = named_form_of_address(text)
    pronouns = re.findall(r"\b(?:jij|je|u)\b", text)
    if read != text:
        assert WORD in read and {"u"} & set(pronouns) and {"je", "jij"} & set(pronouns)


@pytest.mark.parametrize(
    "message",
    [
        "zeg ik je of u tegen klanten",
        "spreek ik oudere klanten aan met u of met je",
        "je of u bij oudere klanten?",
        "mag ik klanten tutoyeren",
        "is het beter om klanten te vousvoyeren",
    ],
)
def test_the_choice_of_you_finds_the_article_on_personal_attention(searcher, message: str) -> None:
    """As the coach ranks for an employee (actions/knowledge.py `audience_for`)."""
    results = searcher.search(message, top_k=FEATURE_DEPTH, audience=audience_for("employee", message))
    assert results[0].id == "pyramid-personal", [r.id for r in results[:3]]
    decision = decide(message, results, load_calibration(searcher.embedder.name))
    assert decision.outcome != "answer" or decision.results[0].id == "pyramid-personal"
