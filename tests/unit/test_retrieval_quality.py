"""Retrieval quality on the dev set (real model, real index). The held-out set is judged by
hybrid hit@3 >= 0.85; the dev set (with the informal questions added after the first 120)
keeps a margin above that, and hit@1 is guarded too because the coach answers from it."""

from __future__ import annotations

from pathlib import Path

from bot.engine.evaluate import evaluate, load_questions

DEVSET = Path(__file__).resolve().parents[1] / "data" / "devset.yml"


def test_devset_is_big_enough_and_points_at_real_articles(searcher) -> None:
    questions = load_questions(DEVSET)
    assert len(questions) >= 80
    assert {q.lang for q in questions} == {"nl", "en"}
    ids = {aid for aid, _ in searcher.index.articles}
    assert all(set(q.expected) <= ids for q in questions)


def test_hybrid_reaches_the_bar_and_beats_each_half(searcher) -> None:
    scores = {s.mode: s for s in evaluate(searcher, load_questions(DEVSET))}
    assert scores["hybrid"].hit3 >= 0.88
    assert scores["hybrid"].hit1 >= 0.75
    assert scores["hybrid"].mrr >= max(scores["dense"].mrr, scores["lexical"].mrr)
