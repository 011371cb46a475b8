"""Retrieval quality on a question set: hit@1, hit@3 and MRR per search mode."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.engine.search import MODES, Searcher


@dataclass(frozen=True)
class Question:
    q: str
    lang: str
    expected: tuple[str, ...]


@dataclass(frozen=True)
class Scores:
    mode: str
    n: int
    hit1: float
    hit3: float
    mrr: float


def load_questions(path: Path) -> list[Question]:
    rows = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [Question(r["q"], r.get("lang", ""), tuple(r["expected"])) for r in rows]


def evaluate(
    searcher: Searcher,
    questions: list[Question],
    modes: tuple[str, ...] = MODES,
    use_lang: bool = False,
    depth: int = 10,
) -> list[Scores]:
    """Language is detected as in the chat unless `use_lang` passes the labelled one."""
    out = []
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
        ids = [r.id for r in searcher.search(question.q, top_k=k)]
        if not set(ids) & set(question.expected):
            out.append((question, ids))
    return out
