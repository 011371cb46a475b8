"""Turn the results in var/bench/*.json into the table in benchmarks/README.md (between
the `bench:start` and `bench:end` markers), with the machine they were measured on and
the issue-14 targets next to the figures. Missing results show as "not measured".

Run: .venv/bin/python -m benchmarks.report (make bench runs it last)."""

from __future__ import annotations

import datetime
import json
import os
import platform
import re
from pathlib import Path

import psutil

from benchmarks.common import RESULTS, ROOT

README = ROOT / "benchmarks" / "README.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        found = re.search(r"model name\s*:\s*(.+)", cpuinfo.read_text())
        cpu = found.group(1).strip() if found else cpu
    ram = psutil.virtual_memory().total / 2**30
    return f"{cpu}, {os.cpu_count()} cores, {ram:.0f} GiB RAM, {platform.system()} {platform.release()}"


def load(name: str) -> dict:
    path = RESULTS / f"{name}.json"
    return json.loads(path.read_text()) if path.exists() else {}


def fmt(value: float | None, unit: str = "", digits: int = 0) -> str:
    return "not measured" if value is None else f"{value:.{digits}f}{unit}"


def dig(data: dict, *keys: str) -> float | None:
    for key in keys:
        if not isinstance(data, dict) or key not in data:
            return None
        data = data[key]
    return data  # type: ignore[return-value]


def verdict(value: float | None, limit: float, higher_is_better: bool = False) -> str:
    if value is None:
        return ""
    return "met" if (value >= limit if higher_is_better else value <= limit) else "**not met**"


def rows() -> list[tuple[str, str, str, str, str]]:
    """(figure, the coach, plain Rasa bot, ratio or detail, target / verdict)."""
    lo, sc, sv, ra = load("load"), load("scale"), load("serving"), load("rasa")
    ld = lo.get("load", {})
    out = []
    for users in ("1", "10", "50"):
        a, g, p = (dig(ld, k, users) or {} for k in ("coach_advice", "coach_greeting", "plain_greeting"))
        ratio = a.get("rps", 0) / p["rps"] if p.get("rps") else None
        target = ""
        if users == "1":
            target = f"advice p50 <= 100 ms: {verdict(a.get('p50_ms'), 100)}"
        elif users == "10":
            target = (
                f"throughput ratio >= 0.7: {verdict(ratio, 0.7, True)}; "
                f"advice p95 <= 1 s: {verdict(a.get('p95_ms'), 1000)}"
            )
        out.append(
            (
                f"{users} user(s): advice (greeting) p50 / p95, msg/s",
                f"{fmt(a.get('p50_ms'))} / {fmt(a.get('p95_ms'))} ms, {fmt(a.get('rps'), '', 1)} "
                f"({fmt(g.get('p50_ms'))} / {fmt(g.get('p95_ms'))} ms, {fmt(g.get('rps'), '', 1)})",
                f"{fmt(p.get('p50_ms'))} / {fmt(p.get('p95_ms'))} ms, {fmt(p.get('rps'), '', 1)}",
                f"throughput {fmt(ratio, ' x', 2)}",
                target,
            )
        )
    growth = lo.get("conversation_growth", {})
    out.append(
        (
            "one conversation of 200 advice questions: median of messages 1-20 / 181-200",
            f"{fmt(growth.get('first_20_ms'))} / {fmt(growth.get('last_20_ms'))} ms",
            "",
            f"{fmt(growth.get('ratio'), ' x', 2)}",
            f"<= 1.5 x: {verdict(growth.get('ratio'), 1.5)}",
        )
    )
    cold = dig(sv, "cold_start_to_first_answer_s", "median")
    out.append(("cold start to first answer", fmt(cold, " s", 1), "", "", f"<= 25 s: {verdict(cold, 25)}"))
    memory = lo.get("resident_mb", {})
    coach_mem = ", ".join(f"{k} {v:.0f} MiB" for k, v in memory.items() if k != "plain Rasa server")
    out.append(
        ("resident memory after the load", coach_mem or "not measured",
         fmt(memory.get("plain Rasa server"), " MiB"), "", "reported")
    )
    plain_train = (RESULTS / "plain-rasa" / "train_seconds.txt")
    out.append(
        (
            "Rasa training time (empty cache)",
            fmt(ra.get("train_seconds_empty_cache"), " s"),
            f"{plain_train.read_text().strip()} s" if plain_train.exists() else "not measured",
            "",
            "reported",
        )
    )
    hybrid = dig(sc, "hybrid_search_ms", "median")
    rec = dig(sc, "recall_at_10", "dense_units_hnsw_vs_exact")
    rec_articles = dig(sc, "recall_at_10", "hybrid_articles_vs_exact_hybrid")
    worst = min(rec, rec_articles) if rec is not None and rec_articles is not None else None
    cpu = dig(sc, "hybrid_search_cpu_ms", "median")
    out.append(
        (
            f"hybrid search, {sc.get('chunks', 100_000):,} synthetic chunks "
            f"({sc.get('index_kind', '?')}): p50",
            f"{fmt(hybrid, ' ms', 1)} wall, {fmt(cpu, ' ms', 1)} CPU "
            f"(load average {sc.get('load_average_1min', '?')})",
            "",
            f"recall@10 vs exact: dense {fmt(rec, '', 3)}, articles "
            f"{fmt(dig(sc, 'recall_at_10', 'hybrid_articles_vs_exact_hybrid'), '', 3)}",
            f"p50 <= 30 ms: {verdict(hybrid, 30)}; recall >= 0.95: {verdict(worst, 0.95, True)}",
        )
    )
    out.append(
        (
            "100k index build / memory",
            f"HNSW {fmt(dig(sc, 'build_s', 'hnsw'), ' s', 1)}, "
            f"BM25 {fmt(dig(sc, 'build_s', 'bm25'), ' s', 1)}",
            "",
            f"FAISS {fmt(dig(sc, 'memory_mb', 'faiss_index'), ' MiB')}, chunks + BM25 "
            f"{fmt(dig(sc, 'memory_mb', 'rss_growth_chunks_and_bm25'), ' MiB')}",
            "reported",
        )
    )
    return out


def table() -> str:
    lo = load("load")
    lines = [
        f"Measured {datetime.date.today().isoformat()} on: {machine()}. "
        f"Load: locust, closed loop, {lo.get('seconds_per_run', '?')} s per run, median of "
        f"{lo.get('repeats', '?')} runs, coach = {lo.get('coach', 'not measured')}; the plain bot "
        "(`rasa init`) ran in the same benchmark run.",
        "",
        "| figure | the coach | plain Rasa bot | ratio / detail | target (issue 14) |",
        "|---|---|---|---|---|",
        *(f"| {' | '.join(row)} |" for row in rows()),
    ]
    return "\n".join(lines)


def main() -> None:
    text = README.read_text(encoding="utf-8") if README.exists() else ""
    block = f"{START}\n{table()}\n{END}"
    if START in text and END in text:
        text = text[: text.index(START)] + block + text[text.index(END) + len(END) :]
    else:
        text = text.rstrip() + "\n\n## Latest figures (`make bench`)\n\n" + block + "\n"
    README.write_text(text, encoding="utf-8")
    print(block)


if __name__ == "__main__":
    main()
