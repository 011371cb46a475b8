"""The answer / offer / refuse decision (bot/engine/decision.py): features, the fitted
calibration file, and the fitting itself on synthetic data with a known answer."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.engine.decision import (
    CALIBRATION_FILE,
    FEATURES,
    Calibration,
    Sample,
    decide,
    features,
    fit,
    load_calibration,
    logistic_fit,
)
from bot.engine.search import Result


def result(aid: str, score: float, dense: float, lexical: float) -> Result:
    return Result(aid, aid, "nl", "s", score, dense, lexical, "")


STRONG = [result("a", 1.0, 0.8, 12.0), result("b", 0.3, 0.5, 2.0), result("c", 0.2, 0.4, 1.0)]
CLOSE = [result("a", 1.0, 0.55, 4.0), result("b", 0.97, 0.55, 3.9), result("c", 0.9, 0.54, 3.5)]
WEAK = [result("a", 1.0, 0.35, 0.0), result("b", 0.98, 0.34, 0.0), result("c", 0.97, 0.33, 0.0)]


def test_calibration_file_fits_the_features() -> None:
    cal = load_calibration("bundled", CALIBRATION_FILE)
    assert len(cal.top1) == len(cal.top3) == len(FEATURES)
    assert 0.0 <= cal.offer_threshold <= cal.answer_threshold <= 1.0


def test_no_results_is_a_refusal() -> None:
    assert decide("iets", []).outcome == "refuse"


def test_clear_winner_is_answered_and_weak_evidence_refused() -> None:
    cal = load_calibration("bundled")
    strong = decide("boze klant aan de balie wat doe ik", STRONG, cal)
    assert strong.outcome == "answer" and [r.id for r in strong.results] == ["a"]
    assert decide("wanneer krijg ik mijn salaris", WEAK, cal).outcome == "refuse"


def test_decision_of_each_result_matches_the_outcome() -> None:
    only_offer = (5.0,) + (0.0,) * (len(FEATURES) - 1)
    d = decide("q", CLOSE, Calibration((0.0,) * len(FEATURES), only_offer, 0.99, 0.5))
    assert d.outcome == "offer"
    assert [d.of(r.id) for r in CLOSE] == ["offer", "offer", "offer"]
    assert d.of("elsewhere") == "none"


@given(st.lists(st.floats(0, 1), min_size=1, max_size=3), st.text(max_size=80))
def test_features_are_finite_for_any_scores(scores: list[float], query: str) -> None:
    results = [result(str(i), s, s - 0.5, s * 10) for i, s in enumerate(sorted(scores, reverse=True))]
    x = features(query, results)
    assert x.shape == (len(FEATURES),) and np.isfinite(x).all()
    assert decide(query, results).outcome in ("answer", "offer", "refuse")


def test_logistic_fit_recovers_a_separable_rule() -> None:
    rng = np.random.default_rng(0)
    x = np.column_stack([np.ones(400), rng.normal(size=400)])
    y = (x[:, 1] > 0.3).astype(float)
    w = logistic_fit(x, y, l2=0.01)
    assert w[1] > 0 and -w[0] / w[1] == pytest.approx(0.3, abs=0.15)


def test_fit_keeps_confident_wrong_under_the_bound_and_refuses_uncovered() -> None:
    rng = np.random.default_rng(1)
    samples = []
    for _ in range(300):
        quality = rng.uniform()
        x = np.zeros(len(FEATURES))
        x[0], x[1], x[3] = 1.0, quality, quality
        answerable = quality > 0.15
        rank = 0 if answerable and rng.uniform() < quality else (1 if answerable and quality > 0.3 else None)
        samples.append(Sample(x, rank, answerable))
    cal = fit(samples, max_wrong=0.05, min_refused=0.85)
    p1 = [decide_p(cal.top1, s.x) for s in samples]
    wrong = sum(p >= cal.answer_threshold and s.right_rank != 0 for p, s in zip(p1, samples, strict=True))
    assert wrong / len(samples) <= 0.05
    uncovered = [s for s in samples if not s.answerable]
    refused = sum(
        max(decide_p(cal.top3, s.x), decide_p(cal.top1, s.x)) < cal.offer_threshold for s in uncovered
    )
    assert refused / len(uncovered) >= 0.85


def decide_p(w: tuple[float, ...], x: np.ndarray) -> float:
    return float(1 / (1 + np.exp(-(x @ np.asarray(w)))))
