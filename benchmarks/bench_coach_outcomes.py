"""What a new user actually gets (issue 9): every question of the dev sets and the blind check
set sent, each by a new user, through the real Rasa and action servers over REST, and the
reply read as an answer (the source note of one article), an offer (the offer note with its
articles) or a refusal (anything else: where to go, "I don't know", off-topic, small talk).

`servicecoach eval` measures the knowledge engine's decision alone; this adds everything
before it: NLU's intent (a question read as a goodbye or a tip request), the actions' routing
(referrals, the small-talk guard, coaching tips) and the role of a new user (employee).

Run: `.venv/bin/python -m benchmarks.bench_coach_outcomes` (about 2 minutes on 2 cores after
`make index model`); figures go to var/bench/coach_outcomes.json, and the questions whose
reply differs from the engine's decision are listed."""

from __future__ import annotations

import argparse
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import ROOT, save
from bot.dialogue.client import RasaClient
from bot.engine.evaluate import Question, load_questions
from bot.stack.rasa_model import ensure_model
from bot.stack.stack import Stack
from tests.conftest import stack_settings

SETS = {
    "dev": ROOT / "tests/data/devset.yml",
    "dev2": ROOT / "tests/data/devset2.yml",
    "dev3": ROOT / "tests/data/devset3.yml",
    "blind": ROOT / "benchmarks/data/checkset.yml",
    "dev4": ROOT / "tests/data/devset4.yml",
    "dev5": ROOT / "tests/data/devset5.yml",
    "dev6": ROOT / "tests/data/devset6.yml",
    "dev7": ROOT / "tests/data/devset7.yml",
    "dev8": ROOT / "tests/data/devset8.yml",
    "dev9": ROOT / "tests/data/devset9.yml",
    "dev10": ROOT / "tests/data/devset10.yml",
}


@dataclass(frozen=True)
class Reply:
    """How the coach replied to one message: outcome "answer" (ids: the article shown),
    "offer" (ids: the articles offered) or "refuse" (ids empty); `text`: its first line."""

    outcome: str
    ids: tuple[str, ...]
    text: str


def read_reply(replies: list[dict]) -> Reply:
    """The outcome of Rasa's reply list (REST channel messages; `custom` notes from actions)."""
    notes = [r["custom"] for r in replies if isinstance(r.get("custom"), dict)]
    first = next((r.get("text") or "" for r in replies if r.get("text")), "").split("\n")[0][:80]
    for note in notes:
        if note.get("type") == "offer":
            return Reply("offer", tuple(note.get("ids") or ()), first)
    for note in notes:
        if note.get("type") == "source":
            return Reply("answer", (str(note.get("id")),), first)
    return Reply("refuse", (), first)


def figures(rows: list[tuple[Question, Reply]]) -> dict[str, float | int]:
    """answered-right, right-or-offered, confident-wrong, refused (shares of the answerable
    questions) and unanswerable-refused (share of the uncovered ones), as `servicecoach eval`."""
    answerable = [(q, r) for q, r in rows if q.answerable]
    uncovered = [(q, r) for q, r in rows if not q.answerable]
    n = max(len(answerable), 1)
    right = sum(r.outcome == "answer" and bool(set(r.ids) & set(q.expected)) for q, r in answerable)
    offered = sum(r.outcome == "offer" and bool(set(r.ids) & set(q.expected)) for q, r in answerable)
    wrong = sum(r.outcome == "answer" and not set(r.ids) & set(q.expected) for q, r in answerable)
    refused = sum(r.outcome == "refuse" for _, r in answerable)
    un_refused = sum(r.outcome == "refuse" for _, r in uncovered)
    return {
        "n": len(answerable),
        "n_unanswerable": len(uncovered),
        "answered_right": round(right / n, 3),
        "right_or_offered": round((right + offered) / n, 3),
        "confident_wrong": round(wrong / n, 3),
        "refused": round(refused / n, 3),
        "unanswerable_refused": round(un_refused / max(len(uncovered), 1), 3),
    }


def main(show: bool = False) -> dict:
    model = ensure_model(stack_settings(Path(tempfile.mkdtemp())))
    settings = stack_settings(Path(tempfile.mkdtemp(prefix="bench-outcomes-")))
    results: dict = {}
    with Stack(settings, show_progress=False, model=model):
        client = RasaClient(settings.rasa_url)
        for name, path in SETS.items():
            rows = []
            for question in load_questions(path):
                reply = read_reply(client.send(f"outcomes-{uuid.uuid4().hex[:10]}", question.q))
                rows.append((question, reply))
                right = reply.outcome == "answer" and bool(set(reply.ids) & set(question.expected))
                if show and (right != question.answerable or (not question.answerable and reply.ids)):
                    print(f"{name:5} {reply.outcome:6} {','.join(reply.ids)[:40]:40} | {question.q[:70]}")
            results[name] = figures(rows)
            print(name, results[name])
        client.close()
    save("coach_outcomes", results)
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every question not answered right")
    main(show=parser.parse_args().show)
