"""bot/engine/reply_words.py: an opening yes or no is a reply, not a search word, unless it
is the message's topic or (English "no") a determiner."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.engine.reply_words import without_reply_word


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("nee dat lukt me niet, ik word er gek van", "dat lukt me niet, ik word er gek van"),
        ("nee hoor, de klant blijft maar doorgaan", "de klant blijft maar doorgaan"),
        ("ja maar de klant wil gewoon zijn geld terug", "de klant wil gewoon zijn geld terug"),
        ("Neen, die klant blijft zagen", "die klant blijft zagen"),
        ("nou nee, hij blijft maar bellen over zijn pakket", "hij blijft maar bellen over zijn pakket"),
        ("Nee, ik bedoel: de klant wil de manager spreken", "de klant wil de manager spreken"),
        ("jaaa, en als hij dan nog steeds boos is?", "en als hij dan nog steeds boos is?"),
        ("no I mean the customer keeps shouting at me", "the customer keeps shouting at me"),
        ("no, the customer keeps shouting", "the customer keeps shouting"),
        ("No but what if he keeps yelling", "what if he keeps yelling"),
        ("yeah but what if he keeps yelling at me", "what if he keeps yelling at me"),
        ("nope, she is still angry about the bill", "she is still angry about the bill"),
    ],
)
def test_an_opening_reply_word_is_dropped(text: str, left: str) -> None:
    assert without_reply_word(text) == left


@pytest.mark.parametrize(
    "text",
    [
        "nee zeggen tegen een klant",
        "nee tegen een vaste klant zeggen",
        "ja zeggen terwijl het niet kan",
        "no to a customer who wants a discount",
        "yes-man collega die alles belooft",
        "No customers came in today, how do I stay busy",  # a determiner
        "no one helps me with angry customers",
        "No-show klant, wat nu",
        "janneke helpt klanten niet goed",  # a name, not "ja"
        "nee dank je",  # too little left to search
        "yes please",
        "hoe zeg ik nee tegen een klant",
    ],
)
def test_a_yes_or_no_that_is_the_topic_or_a_determiner_stays(text: str) -> None:
    assert without_reply_word(text) == text


@given(st.text(max_size=80))
def test_it_only_ever_removes_an_opening(text: str) -> None:
    left = without_reply_word(text)
    assert left == text or text.strip().endswith(left)
