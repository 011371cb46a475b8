"""The `servicecoach` command as a user runs it. The installed command runs as a real process
where the process is what is tested (`search` with its human output and a bad argument, and
`eval --calibrate` refusing a check set with its exit code); the tests of what `search` ranks
and decides and how it reads a batch (its JSON fields, stdin in order), of what `eval` prints
and `index` reports, and of `eval`'s outcomes per role, run the same command line in this
process (`in_process`: its main with the same arguments, stdin, output and exit code), which
spares each a new Python loading the engine, the model and the index (~9 CPU s each on 2 cores;
stop 68: `eval` and `index` moved in process too)."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXE = Path(sys.executable).parent / "servicecoach"


def servicecoach(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    """`servicecoach ARGS` as a user runs it: a new process."""
    return subprocess.run(
        [str(EXE), *args], cwd=ROOT, input=stdin, capture_output=True, text=True, timeout=300
    )


def in_process(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    """`servicecoach ARGS` through its main in this process, from the repo folder as
    `servicecoach` runs: the same arguments, stdin, output and exit code."""
    from bot.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with (
        contextlib.chdir(ROOT),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        saved, sys.stdin = sys.stdin, io.StringIO(stdin or "")
        try:
            code = main(list(args))
        finally:
            sys.stdin = saved
    return subprocess.CompletedProcess([str(EXE), *args], code, out.getvalue(), err.getvalue())


def test_search_json_has_the_promised_fields() -> None:
    done = in_process("search", "Hoe ga ik om met een boze klant?", "--json", "--top-k", "3")
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)
    assert len(results) == 3
    assert {"id", "title", "lang", "section", "score"} <= set(results[0])
    assert results[0]["id"] == "angry-customer" and results[0]["lang"] == "nl"
    # the coach answers with the clear winner, and nothing else is offered
    assert [r["decision"] for r in results] == ["answer", "none", "none"]


def test_search_json_decision_refuses_work_matters_and_offers_when_unsure() -> None:
    queries = "wanneer wordt mijn salaris gestort\nhow do i submit an expense claim\n"
    done = in_process("search", "-", "--top-k", "3", stdin=queries)
    assert done.returncode == 0, done.stderr
    for line in done.stdout.splitlines():
        assert {r["decision"] for r in json.loads(line)} == {"none"}


def test_search_json_decides_a_named_model_as_the_coach_does() -> None:
    """bot/engine/named_concept.py: SERVQUAL (no article names it) is refused; Kano is
    answered with the only article that explains it, as the coach answers."""
    queries = "can you explain the SERVQUAL model\nwat is het Kano model\n"
    done = in_process("search", "-", "--top-k", "5", stdin=queries)
    assert done.returncode == 0, done.stderr
    servqual, kano = [json.loads(line) for line in done.stdout.splitlines()]
    assert {r["decision"] for r in servqual} == {"none"}
    assert [r["id"] for r in kano if r["decision"] == "answer"] == ["shift-innovation"]


def test_search_reads_a_batch_from_stdin_in_order() -> None:
    queries = "How do I say no to a customer?\n\nWat is de servicepiramide?\n"
    done = in_process("search", "-", "--top-k", "2", stdin=queries)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(lines) == 3 and lines[1] == []
    assert lines[0][0]["lang"] == "en" and lines[2][0]["id"] == "pyramid"


def test_search_lang_option_prefers_that_language() -> None:
    done = in_process("search", "empowerment", "--lang", "en", "--json")
    assert all(r["lang"] == "en" for r in json.loads(done.stdout))


def test_human_output_and_bad_arguments() -> None:
    done = servicecoach("search", "klachten afhandelen")
    assert done.returncode == 0 and done.stdout.startswith("1. [")
    bad = servicecoach("search", "x", "--top-k", "0")
    assert bad.returncode == 2 and "--top-k" in bad.stderr


def test_eval_prints_three_modes() -> None:
    done = in_process("eval")
    assert done.returncode == 0, done.stderr
    rows = {line.split()[0]: line.split()[1:] for line in done.stdout.splitlines()[2:5]}
    assert set(rows) == {"hybrid", "dense", "lexical"}
    assert all(0 <= float(v) <= 1 for vals in rows.values() for v in vals)


def test_index_reports_what_it_built() -> None:
    done = in_process("index")
    assert done.returncode == 0, done.stderr
    assert "Index ready:" in done.stdout and "articles" in done.stdout


def test_search_ranks_as_the_coach_does_for_the_role() -> None:
    """`--role` (default employee, a new user): an employee's own situation gets employee
    articles only, a manager every article (bot/content/audience.py)."""
    text = "ik heb een training klantvriendelijkheid gehad maar er verandert niks"
    employee = json.loads(in_process("search", text, "--json", "--top-k", "5").stdout)
    manager = json.loads(in_process("search", text, "--json", "--top-k", "5", "--role", "manager").stdout)
    assert "culture-training-is-not-enough" not in {r["id"] for r in employee}
    assert manager[0]["id"] == "culture-training-is-not-enough" and manager[0]["decision"] == "answer"


def test_eval_reports_outcomes_for_the_role() -> None:
    for role in ("employee", "manager"):
        done = in_process("eval", "--role", role, "--devset", "tests/data/devset2.yml")
        assert done.returncode == 0, done.stderr
        assert f"role {role}" in done.stdout and "answered-right" in done.stdout


def test_calibrating_on_a_check_set_is_refused_and_changes_nothing() -> None:
    """The blind set and dev sets 4-8 are never used for tuning (bot/cli/main.py CHECK_SETS)."""
    calibration = ROOT / "bot" / "engine" / "calibration.json"
    before = calibration.read_bytes()
    checks = (
        "benchmarks/data/checkset.yml",
        "tests/data/devset4.yml",
        "tests/data/devset5.yml",
        "tests/data/devset6.yml",
        "tests/data/devset7.yml",
        "tests/data/devset8.yml",
    )
    for check in checks:  # the installed command once (its exit code), then its main in this process
        run = servicecoach if check == checks[0] else in_process
        done = run("eval", "--calibrate", "--calibrate-on", "tests/data/devset.yml", "--calibrate-on", check)
        assert done.returncode == 2 and "check set" in done.stderr and check in done.stderr
    assert calibration.read_bytes() == before


def test_the_fresh_sets_load_and_name_only_real_articles() -> None:
    """Dev sets 3-9 (written after the content rounds) name articles that exist."""
    import yaml

    ids = {path.stem for path in (ROOT / "knowledge").glob("*/*.md")}
    # set -> (at least this many questions, of which at least this many not covered)
    sizes = {
        "devset3.yml": (100, 25),
        "devset4.yml": (100, 25),
        "devset5.yml": (100, 25),
        "devset6.yml": (75, 15),
        "devset7.yml": (55, 15),
        "devset8.yml": (60, 14),
        "devset9.yml": (80, 20),  # a tuning set (stop 64)
        "devset10.yml": (80, 20),  # a tuning set (stop 65)
    }
    for name, (size, uncovered) in sizes.items():
        rows = yaml.safe_load((ROOT / "tests" / "data" / name).read_text(encoding="utf-8"))
        assert len(rows) >= size and all(row["q"].strip() and row["lang"] in ("nl", "en") for row in rows)
        assert sum(not row["expected"] for row in rows) >= uncovered  # work matters and off-topic
        assert {aid for row in rows for aid in row["expected"]} <= ids, name
