"""An opening that names no topic left out before a search (bot/engine/opening_words.py),
on its own and on the real index."""

from __future__ import annotations

import pytest

from actions.knowledge import audience_for
from bot.engine import FEATURE_DEPTH
from bot.engine.opening_words import without_opening


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("hoi! even een vraagje, hoe ga ik om met een boze klant", "hoe ga ik om met een boze klant"),
        ("efkes een vraagje, hoe ga ik om met een klant die zeurt", "hoe ga ik om met een klant die zeurt"),
        ("Hallo, ik heb een vraag over een klant die niet kan volgen", "een klant die niet kan volgen"),
        ("snelle vraag: mag ik een klant korting geven", "mag ik een klant korting geven"),
        ("Goedemorgen! Vraag: wat is de piramide?", "wat is de piramide?"),
        ("goedemorgen, mag ik je iets vragen, wat zijn de zeven principes", "wat zijn de zeven principes"),
        ("amai, die klant was echt kwaad", "die klant was echt kwaad"),
        ("quick question about a customer who cannot follow", "a customer who cannot follow"),
        ("hi, I have a question: the customer is angry", "the customer is angry"),
        ("Hello! Can I ask you something? A guest wants a refund", "A guest wants a refund"),
        ("sorry to bother you, quick one: a customer complained about the long wait",
         "a customer complained about the long wait"),
        ("sorry dat ik stoor, een klant klaagt over de wachttijd", "een klant klaagt over de wachttijd"),
    ],
)  # fmt: skip
def test_an_opening_that_names_no_topic_is_left_out(typed: str, read: str) -> None:
    assert without_opening(typed) == read


@pytest.mark.parametrize(
    "typed",
    [
        "ik heb een vraag over de piramide",  # too little would be left
        "hoi",
        "hi there",
        "vraag de klant om feedback",  # "vraag" as a verb is the topic
        "vragen stellen aan een klant",
        "zeg nee tegen een klant",
        "morgen komt een lastige klant",
        "hoe ga ik om met een boze klant",
        "the customer asked a quick question and I froze",
    ],
)
def test_other_messages_stay_as_typed(typed: str) -> None:
    assert without_opening(typed) == typed


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("even een vraagje over een klant die niet kan volgen", "customer-cannot-follow"),
        ("hoi, korte vraag: hoe zeg ik nee tegen een klant zonder bot te zijn", "saying-no-kindly"),
        ("efkes een vraagje, wat doe ik met ne klant die mij uitscheldt", "customer-crossing-the-line"),
        ("ik heb een vraag, de klant is heel boos en schreeuwt", "angry-customer"),
        ("quick question, a customer keeps shouting at me at the till", "angry-customer"),
        ("hi! i have a question: how do I say no to a customer politely", "saying-no-kindly"),
    ],
)  # fmt: skip
def test_a_message_with_an_opening_ranks_its_article_first(searcher, message: str, expected: str) -> None:
    results = searcher.search(message, top_k=FEATURE_DEPTH, audience=audience_for("employee", message))
    assert results[0].id == expected, [r.id for r in results[:3]]
