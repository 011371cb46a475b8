"""Retrieval quality on a question set: hit@1, hit@3 and MRR per search mode, and what the
coach would do with each question (answer / offer / refuse, see bot/engine/decision.py).

A question with `expected: []` is one the knowledge does not cover: right is refusing it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from bot.content.referrals import Referral
from bot.engine.decision import FEATURE_DEPTH, Decision, Sample, decide, features, referral_for
from bot.engine.search import MODES, Result, Searcher


@dataclass(frozen=True)
class Question:
    q: str
    lang: str
    expected: tuple[str, ...]

    @property
    def answerable(self) -> bool:
        return bool(self.expected)


@dataclass(frozen=True)
class Scores:
    mode: str
    n: int
    hit1: float
    hit3: float
    mrr: float


def load_questions(path: Path) -> list[Question]:
    rows = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [Question(r["q"], r.get("lang", ""), tuple(r.get("expected") or ())) for r in rows]


def evaluate(
    searcher: Searcher,
    questions: list[Question],
    modes: tuple[str, ...] = MODES,
    use_lang: bool = False,
    depth: int = 10,
) -> list[Scores]:
    """Language is detected as in the chat unless `use_lang` passes the labelled one."""
    out = []
    questions = [q for q in questions if q.answerable]
    for mode in modes:
        hit1 = hit3 = rr = 0.0
        for question in questions:
            lang = question.lang if use_lang else None
            ids = [r.id for r in searcher.search(question.q, lang=lang, top_k=depth, mode=mode)]
            rank = next((i for i, aid in enumerate(ids) if aid in question.expected), None)
            if rank is not None:
                hit1 += rank == 0
                hit3 += rank < 3
                rr += 1.0 / (rank + 1)
        n = max(len(questions), 1)
        out.append(Scores(mode, len(questions), hit1 / n, hit3 / n, rr / n))
    return out


def misses(searcher: Searcher, questions: list[Question], k: int = 3) -> list[tuple[Question, list[str]]]:
    """Questions whose expected articles are not in the top k (for writing better metadata)."""
    out = []
    for question in questions:
        if not question.answerable:
            continue
        ids = [r.id for r in searcher.search(question.q, top_k=k)]
        if not set(ids) & set(question.expected):
            out.append((question, ids))
    return out


@dataclass(frozen=True)
class Outcomes:
    """Shares of the answerable questions (answered_right, right_or_offered,
    confident_wrong, refused) and of the uncovered ones (unanswerable_refused)."""

    n: int
    n_unanswerable: int
    answered_right: float
    right_or_offered: float
    confident_wrong: float
    refused: float
    unanswerable_refused: float

    def as_dict(self) -> dict:
        return {k: (round(v, 3) if isinstance(v, float) else v) for k, v in self.__dict__.items()}


Decider = Callable[[str, list[Result]], Decision]


def outcomes(
    searcher: Searcher,
    questions: list[Question],
    decider: Decider = decide,
    use_lang: bool = False,
    role: str | None = "manager",
) -> Outcomes:
    """Run every question through search + decision as the coach does (the decision reads
    the first FEATURE_DEPTH results) for an asker with `role`: "manager" searches every
    article; "employee" (or None, a new user) the articles that suit an employee for that
    question (bot/content/audience.py)."""
    from bot.content.audience import audience_for
    from bot.engine.question import ranked

    def results_for(question: Question) -> list[Result]:
        lang = question.lang if use_lang else None
        return ranked(searcher, question.q, lang, audience_for(role, question.q), FEATURE_DEPTH)

    answerable = [q for q in questions if q.answerable]
    uncovered = [q for q in questions if not q.answerable]
    right = offered = wrong = refused = 0
    for question in answerable:
        d = decider(question.q, results_for(question))
        ids = {r.id for r in d.results}
        if d.outcome == "answer":
            right += bool(ids & set(question.expected))
            wrong += not ids & set(question.expected)
        elif d.outcome == "offer":
            offered += bool(ids & set(question.expected))
        else:
            refused += 1
    un_refused = 0
    for q in uncovered:
        un_refused += decider(q.q, results_for(q)).outcome == "refuse"
    n = max(len(answerable), 1)
    return Outcomes(
        len(answerable),
        len(uncovered),
        right / n,
        (right + offered) / n,
        wrong / n,
        refused / n,
        un_refused / max(len(uncovered), 1),
    )


def samples(
    searcher: Searcher,
    questions: list[Question],
    referrals: Sequence[Referral] = (),
    featurize: Callable[[str, Sequence[Result]], np.ndarray] = features,
) -> list[Sample]:
    """Calibration samples: features of each question's results (`featurize`, the coach's
    `features` unless an experiment passes its own), the right answer's rank in the top 3,
    and whether `referrals` (knowledge/referrals.yml) refuse it first, as the coach does."""
    out = []
    for question in questions:
        results = searcher.search(question.q, top_k=FEATURE_DEPTH)
        rank = next((i for i, r in enumerate(results[:3]) if r.id in question.expected), None)
        referred = referral_for(question.q, referrals) is not None
        lang, dense = (results[0].lang, results[0].dense) if results else ("", None)
        out.append(Sample(featurize(question.q, results), rank, question.answerable, referred, lang, dense))
    return out
