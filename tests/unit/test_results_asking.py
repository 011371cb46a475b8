"""A message NLU reads as a results request but that names no results is answered as the
question it is (bot/selfchecks/asking.py `asks_for_results`, actions/selfcheck.py). Found by
a tester: a manager's "mn team doet het minimum" got "no self-check with 5 participants yet",
and "ik ben mijn naambordje kwijt" showed the employee's own results. Real actions, the real
index and a real app database (SQLite), one per test."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from actions.selfcheck import ActionShowResults, ActionTeamResults
from bot.i18n import t
from bot.selfchecks.asking import asks_for_results
from tests.unit.action_helpers import run_text as run

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

ROOT = Path(__file__).resolve().parents[2]


def training_examples(*intents: str) -> list[str]:
    rows = yaml.safe_load((ROOT / "data/nlu/selfcheck.yml").read_text(encoding="utf-8"))["nlu"]
    return [
        line.strip()[2:]
        for row in rows
        if row.get("intent") in intents
        for line in row["examples"].splitlines()
        if line.strip().startswith("- ")
    ]


def test_every_results_request_of_the_nlu_data_asks_for_results() -> None:
    examples = training_examples("show_results", "team_results")
    assert len(examples) >= 30
    assert [e for e in examples if not asks_for_results(e)] == []


@pytest.mark.parametrize(
    "text",
    ["hoe is mijn voortgang", "show me my scores", "wat was mijn uitslag", "hoe staan we ervoor als team",
     "how are my staff doing on the self-checks", "resultaten van de zelftest beloftes nakomen"],
)  # fmt: skip
def test_other_ways_of_asking_for_results(text: str) -> None:
    assert asks_for_results(text)


QUESTIONS = [
    # (action NLU chose, intent, message): none names results
    (ActionTeamResults, "team_results", "mn team doet het minimum, hoe krijg ik ze enthousiast"),
    (ActionTeamResults, "team_results", "mijn team is erg gestrest door de drukte"),
    (ActionTeamResults, "team_results", "my team only does the bare minimum"),
    (ActionShowResults, "show_results", "ik ben mijn naambordje kwijt"),
    (ActionShowResults, "show_results", "hoe ga ik om met een klant die mijn werk afkraakt"),
]


@pytest.mark.parametrize(("action", "intent", "text"), QUESTIONS)
def test_a_question_read_as_a_results_request_is_answered_as_a_question(action, intent, text) -> None:
    assert not asks_for_results(text)
    said = " ".join(m.get("text") or "" for m in run(action(), text, intent))
    for key in ("team_too_few", "team_not_manager", "sc_no_results", "sc_results_head"):
        assert t(key, "nl", min="5").split("{")[0][:25] not in said, (key, said)


@pytest.mark.parametrize(
    ("action", "intent", "text", "key"),
    [
        (ActionTeamResults, "team_results", "hoe doet mijn team het", "team_not_manager"),
        (ActionShowResults, "show_results", "mijn resultaten", "sc_no_results"),
    ],
)
def test_a_results_request_still_gets_results(action, intent, text, key) -> None:
    said = " ".join(m.get("text") or "" for m in run(action(), text, intent))
    assert t(key, "nl", min="5") in said
