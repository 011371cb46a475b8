"""The dense floor of the decision (bot/engine/decision.py, stop 25) on the real index and the
shipped calibration: an English message whose meaning is far from every article is refused,
even when one of its words scores in an article ("champions league" is a metaphor in
excellence-as-norm). The messages are new, in none of the question sets."""

from __future__ import annotations

from dataclasses import replace

import pytest

from actions.knowledge import audience_for
from bot.engine import FEATURE_DEPTH, decide, load_calibration, ranked

OFF_TOPIC_EN = [
    "who won the world cup in 2018",
    "give me a recipe for pancakes",
    "whats the weather in paris on friday",
    "who is the best tennis player ever",
    "how many calories in a banana",
    "recommend a good netflix series",
    "what time does the football match start tonight",
    "help me with my chemistry homework",
]


@pytest.mark.parametrize("message", OFF_TOPIC_EN)
def test_an_english_message_far_from_every_article_is_refused(searcher, message: str) -> None:
    results = searcher.search(message, top_k=FEATURE_DEPTH)
    assert decide(message, results, load_calibration(searcher.embedder.name)).outcome == "refuse"


# Off-topic messages the scores alone would offer (stop 30); the floor must refuse them.
FLOOR_ONLY_EN = [
    "best campsites in france for a family holiday",
    "is it true that goldfish forget everything in three seconds",
    "which islands in greece are nice in may",
    "who won the europa league",
]


def test_the_floor_is_what_refuses_several_of_them(searcher) -> None:
    """Without the floor the same calibration answers or offers some off-topic messages
    (measured when the floor was added: 4 of OFF_TOPIC_EN; 1 since the article classifier
    joined the search at stop 28; none of them since its certainty counts in the decision at
    stop 30, but 2 of FLOOR_ONLY_EN and, on the dev sets, 5 off-topic ones such as "who won the
    champions league"); the floor must keep refusing them."""
    cal = load_calibration(searcher.embedder.name)
    without = replace(cal, dense_floor=())
    outcomes = {}
    for m in OFF_TOPIC_EN + FLOOR_ONLY_EN:
        results = searcher.search(m, top_k=FEATURE_DEPTH)
        outcomes[m] = (decide(m, results, cal).outcome, decide(m, results, without).outcome)
    assert all(with_floor == "refuse" for with_floor, _ in outcomes.values()), outcomes
    kept = [m for m, (_, unfloored) in outcomes.items() if unfloored != "refuse"]
    assert len(kept) >= 1, outcomes


@pytest.mark.parametrize(
    "message",
    [
        "what is NPS",
        "who is Carlzon",
        "explain the Ritz-Carlton credo",
        "a customer is shouting at me at the till, what do I do",
        "how do I tell a customer no without sounding rude",
    ],
)
def test_service_questions_stay_above_the_floor(searcher, message: str) -> None:
    results = searcher.search(message, top_k=FEATURE_DEPTH)
    cal = load_calibration(searcher.embedder.name)
    assert results[0].dense >= cal.floor(results[0].lang)
    assert decide(message, results, cal).outcome != "refuse"


# Under the floor, yet the first model is sure of the first article, which is right (stop 42:
# the first was refused at p_top1 0.896, cosine 0.264). The floor refuses only what the coach
# would offer; on the dev and check sets no question it refuses reaches the answer threshold.
@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("guest insists on speaking to the manager but she is off today", "problem-you-cannot-solve"),
        ("pax furious, flight cxl, what do i say", "angry-customer"),
    ],
)
def test_a_sure_answer_under_the_floor_is_given(searcher, message: str, expected: str) -> None:
    results = ranked(searcher, message, "en", audience_for("employee", message), FEATURE_DEPTH)
    cal = load_calibration(searcher.embedder.name)
    assert results[0].dense < cal.floor("en")  # the kind: under the floor
    decision = decide(message, results, cal)
    assert decision.outcome == "answer" and decision.results[0].id == expected
