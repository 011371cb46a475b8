"""bot/engine/wording_words.py: the words that ask what to say name no topic and are not
searched for; "zeggen"/"say" pulled saying-no-kindly forward (tester round of stop 36)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.engine.wording_words import MIN_WORDS_LEFT, without_wording_words


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("ik wist niet wat ik moest zeggen toen de klant begon te huilen", "toen de klant begon te huilen"),
        (
            "de klant was super rude en ik wist echt niet wat te zeggen, any tips?",
            "de klant was super rude en any tips?",
        ),
        ("wat zeg ik tegen een klant die heel onbeleefd is", "tegen een klant die heel onbeleefd is"),
        (
            "wat moet ik zeggen als een klant vraagt waarom het zo lang duurt",
            "als een klant vraagt waarom het zo lang duurt",
        ),
        ("wat moet ik dan precies zeggen tegen een boze klant", "tegen een boze klant"),
        (
            "ik weet nooit goed wat ik moet zeggen als iemand huilt aan de balie",
            "als iemand huilt aan de balie",
        ),
        ("what do I say to a customer who is shouting at me", "to a customer who is shouting at me"),
        ("i didnt know what to say when the guest started crying", "when the guest started crying"),
        ("I don't know what to say to a patient who is scared", "to a patient who is scared"),
    ],
)
def test_the_words_that_ask_what_to_say_are_dropped(text: str, left: str) -> None:
    assert without_wording_words(text) == left


@pytest.mark.parametrize(
    "text",
    [
        "hoe zeg ik nee tegen een klant",  # "nee zeggen" is the topic
        "nee zeggen tegen een vaste klant",
        "wat zeg ik dan?",  # too little left: the follow-up logic reads it
        "what do I say?",
        "wat zeg je ervan",
        "how do I tell a customer no without sounding rude",
        "de klant zegt dat hij niet wist wat hij kocht",
    ],
)
def test_other_messages_keep_their_words(text: str) -> None:
    assert without_wording_words(text) == text


@given(st.text(alphabet="abcdeikmnostwz ?,", max_size=60))
def test_only_words_are_dropped_and_enough_are_left(text: str) -> None:
    left = without_wording_words(text)
    assert left == text or len(left.split()) >= MIN_WORDS_LEFT
    assert all(word in text for word in left.split())
