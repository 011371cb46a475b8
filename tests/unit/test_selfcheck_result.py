"""What a finished self-check says follows the scores (bot/selfchecks/scoring.py
`strongest_and_weakest`, actions/selfcheck.py `finish`): it names the strongest part and the
part with most to gain, and no band text praises a part the user scored low.

Found by a tester (stop 38): after a "disagree" on listening, the middle band of "Echt
luisteren" said "Je luistert goed in het gesprek zelf". Real actions, the real self-check
files and a real app database (SQLite), one per test."""

from __future__ import annotations

import asyncio

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import actions.selfcheck
from actions.selfcheck import ActionSelfcheckAnswer, ActionStartSelfcheck, dimension_title
from bot.content.selfchecks import load_selfchecks
from bot.dialogue import payloads
from bot.i18n import list_words, t
from bot.selfchecks.scoring import score, strongest_and_weakest
from tests.helpers import ROOT
from tests.unit.replies import USER, run, said

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

CHECKS, _ = load_selfchecks(ROOT / "knowledge" / "selfchecks")


@given(
    check_id=st.sampled_from(sorted(CHECKS)),
    values=st.lists(st.integers(min_value=1, max_value=5), min_size=20, max_size=20),
)
def test_the_strongest_and_weakest_parts_are_the_highest_and_lowest_averages(
    check_id: str, values: list[int]
) -> None:
    check = CHECKS[check_id]
    answers = {s.id: values[i] for i, s in enumerate(check.statements)}
    result = score(check, answers)
    averages = result.per_dimension
    extremes = strongest_and_weakest(result)
    if len(set(averages.values())) == 1:
        assert extremes is None
    else:
        best, low = extremes
        assert set(best) == {d for d, v in averages.items() if v == max(averages.values())}
        assert set(low) == {d for d, v in averages.items() if v == min(averages.values())}
        assert not set(best) & set(low)


def _finish(check_id: str, value_for, lang: str) -> str:
    """Start `check_id` and answer each statement with value_for(statement) (on the scale,
    before any reverse scoring); the text of the result."""
    check = CHECKS[check_id]
    latest = {
        "text": payloads.start_selfcheck(check_id),
        "intent": {"name": "start_selfcheck", "confidence": 1.0},
        "entities": [{"entity": "selfcheck_id", "value": check_id}],  # as Rasa reads the payload
        "metadata": {},
    }
    slots = {"language": lang, "pinned_language": None, "tips_given": None}
    started = CollectingDispatcher()
    asyncio.run(
        ActionStartSelfcheck().run(
            started, Tracker(USER, slots, latest, [], False, None, {}, "action_listen"), {}
        )
    )
    assert actions.selfcheck.service().open_step(USER).check.id == check_id
    messages: list[dict] = []
    for statement in check.statements:
        messages = run(ActionSelfcheckAnswer(), str(value_for(statement)), "selfcheck_answer", lang)
    return said(messages)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_disagree_on_listening_is_not_praised(lang: str) -> None:
    """Disagree (2) on every listening statement, agree (4) on the rest, as the statements
    are worded: the result names listening as the part with most to gain."""
    text = _finish("really-listening", lambda s: 2 if s.dimension == "shift-listening" else 4, lang)
    assert t("sc_done", lang, min=1, max=5)[:8] in text
    listening = dimension_title("shift-listening", lang)
    assert ("Hier valt het meest te winnen: " if lang == "nl" else "Most to gain: ") + listening in text
    for praise in ("luistert goed", "listen well"):
        assert praise not in text


@pytest.mark.parametrize("check_id", sorted(CHECKS))
def test_every_check_names_its_weakest_part_when_the_parts_differ(check_id: str) -> None:
    check = CHECKS[check_id]
    if check.audience == "manager":
        pytest.skip("a manager's check: an employee cannot start it")
    low_dim = sorted(check.dimensions)[0]

    def value(s) -> int:  # low on low_dim, high elsewhere, as the item counts (reverse flipped)
        high = s.dimension != low_dim
        return (5 if high else 1) if not s.reverse else (1 if high else 5)

    text = _finish(check_id, value, "nl")
    assert "Hier valt het meest te winnen: " + dimension_title(low_dim, "nl") in text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_same_score_on_every_part_names_no_extremes(lang: str) -> None:
    check = CHECKS["keeping-promises"]
    text = _finish(check.id, lambda s: 3, lang)
    assert t("sc_overall", lang, score="", max="")[:8] in text
    assert ("Hier valt" if lang == "nl" else "Most to gain") not in text


def test_parts_that_tie_are_named_together(tmp_path) -> None:
    """Seen in the terminal chat: two parts at 3,0 and one at 2,0 named only one of the two
    as the strongest."""
    check = CHECKS["really-listening"]
    answers = {
        s.id: 2 if s.dimension == "shift-listening" else (2 if s.reverse else 4) for s in check.statements
    }
    result = score(check, answers)
    best, low = strongest_and_weakest(result)
    assert best == ("customer-feedback-metrics", "principle-outside-in") and low == ("shift-listening",)
    text = _finish("really-listening", lambda s: answers[s.id], "nl")
    titles = [dimension_title(d, "nl") for d in best]
    assert f"Het sterkst: {titles[0]} en {titles[1]}." in text



@pytest.mark.parametrize(
    ("names", "lang", "said"),
    [
        (["A"], "nl", "A"),
        (["A", "B"], "nl", "A en B"),
        (["A", "B", "C"], "nl", "A, B en C"),
        (["A", "B", "C", "D"], "en", "A, B, C and D"),
        ([], "en", ""),
    ],
)
def test_parts_are_listed_as_a_sentence_lists_them(names: list[str], lang: str, said: str) -> None:
    """Stop 54: three parts at the top read "A en B en C"; a list reads "A, B en C"."""
    assert list_words(iter(names), lang) == said
