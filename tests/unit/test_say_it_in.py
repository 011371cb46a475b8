"""Which messages ask to have what the coach just said in its other language
(bot/dialogue/say_it_in.py), and which do not."""

from __future__ import annotations

import pytest

from bot.dialogue.say_it_in import asks_to_say_it_in

ASKS = [
    ("hoe zeg ik dat in het Engels?", "en"),
    ("en hoe zeg ik dat in het engels", "en"),
    ("hoe zeg je dat in het nederlands dan", "nl"),
    ("hoe zeg ik die zinnen in het Engels", "en"),
    ("wat is dat in het Engels", "en"),
    ("wat zijn die woorden in het engels?", "en"),
    ("kun je dat vertalen naar het Engels", "en"),
    ("kun je dat even in het Engels zeggen", "en"),
    ("vertaal dat eens naar het engels aub", "en"),
    ("ok, en hoe schrijf ik dat in het Engels", "en"),
    ("how do I say that in Dutch?", "nl"),
    ("ok and how would I say that in Dutch", "nl"),
    ("what is that in English?", "en"),
    ("can you say that in dutch", "nl"),
    ("translate that into English please", "en"),
    ("translate it to dutch pls", "nl"),
    ("how do i say that in english then?", "en"),
    ("thanks, how would I put that in Flemish", "nl"),
]

NOT_ASKING = [
    "kun je in het Engels antwoorden",  # a switch of the chat's language
    "kun je in het engels?",
    "en in het Engels?",
    "english please",
    "can we speak Dutch",
    "hoe zeg je bonnetje in het Engels",  # words of its own to translate
    "hoe zeg je 'excuses' in het Engels",
    "hoe zeg ik nee in het Engels",
    "how do I say no to a customer in English",  # a service question
    "hoe zeg ik dat in het Frans",  # a language the coach does not speak
    "hoe zeg ik dat netjes",  # a request for the words, in the chat's language
    "what do I say then",
    "hoe zeg ik dat in het Engels tegen een klant die boos is",
    '/advice{"article_id": "angry-customer"}',
    "",
]


@pytest.mark.parametrize(("text", "language"), ASKS)
def test_a_request_to_say_it_in_the_other_language_names_that_language(text: str, language: str) -> None:
    assert asks_to_say_it_in(text) == language


@pytest.mark.parametrize("text", NOT_ASKING)
def test_other_messages_ask_nothing_of_the_kind(text: str) -> None:
    assert asks_to_say_it_in(text) is None
