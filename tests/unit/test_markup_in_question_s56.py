"""Stop 56: HTML and markdown around the words of a question do not change the coach's decision
(bot/engine/question.py `without_markup`, used by `decide_question`). "<b>hoe</b> ga ik om met een
<script>alert(1)</script> boze klant" got a menu and "**klant** is _boos_ over de factuur" a
refusal, while the same words without markup were answered (tester round of stop 56). Real index
(fixture `searcher`)."""

from __future__ import annotations

import pytest

from bot.engine.question import decide_question, without_markup


@pytest.mark.parametrize(
    ("marked", "plain"),
    [
        (
            "<b>hoe</b> ga ik om met een <script>alert(1)</script> boze klant",
            "hoe ga ik om met een boze klant",
        ),
        ("**klant** is _boos_ over de factuur", "klant is boos over de factuur"),
        ("# hoe zeg ik nee tegen een klant", "hoe zeg ik nee tegen een klant"),
        ("<p>how do I <i>calm</i> an angry customer?</p>", "how do I calm an angry customer?"),
        (
            "lees [dit](https://x.nl/a_b) - hoe ga ik om met een *klacht*",
            "lees dit - hoe ga ik om met een klacht",
        ),
        ("`hoe zeg ik nee`", "hoe zeg ik nee"),
    ],
)
def test_markup_is_taken_out_and_the_decision_is_the_plain_questions(
    searcher, marked: str, plain: str
) -> None:
    assert without_markup(marked) == plain
    decided, _ = decide_question(searcher, marked, "nl")
    expected, _ = decide_question(searcher, plain, "nl")
    assert (decided.outcome, [r.id for r in decided.results]) == (
        expected.outcome,
        [r.id for r in expected.results],
    )


@pytest.mark.parametrize(
    "text",
    [
        "klant_id 5 * 3 = 15",
        "ik ben 2 < 3 keer gebeld",
        "de klant zei: <ik wil mijn geld terug>",
        "mijn_collega is boos",
        "a * b",
    ],
)
def test_text_that_only_looks_like_markup_is_kept(text: str) -> None:
    assert without_markup(text) == text
