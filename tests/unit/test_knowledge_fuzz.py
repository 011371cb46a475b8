"""Broken, oddly encoded or hostile knowledge files are refused by `knowledge check` with a
`file:line` message (never a crash), and a fuzzed self-check file is either loaded or refused."""

from __future__ import annotations

import contextlib
import io
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.content.validation import check_knowledge, check_selfchecks, errors_only
from tests.helpers import ROOT

ARTICLE = "en/angry-customer.md"
CHECK = "selfchecks/keeping-promises.yml"


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def append(extra: str):
    return lambda p: p.write_text(_text(p) + extra, encoding="utf-8")


def sub(pattern: str, replacement: str):
    return lambda p: p.write_text(re.sub(pattern, replacement, _text(p), count=1), encoding="utf-8")


def encode(encoding: str, prefix: str = ""):
    return lambda p: p.write_bytes((prefix + _text(p).replace("e", "é", 3)).encode(encoding))


# name -> (file, how to spoil it, the line the refusal must name, or None for "a line")
SPOILERS = {
    "latin-1": (ARTICLE, encode("latin-1"), 1),
    "utf-16": (ARTICLE, encode("utf-16"), 1),
    "broken yaml": (ARTICLE, sub(r"(?m)^title:", "title: [oops"), None),
    "script in body": (ARTICLE, append("\n\n<script>alert(1)</script>\n"), None),
    "html in title": (ARTICLE, sub(r"(?m)^title: ", 'title: <b onclick="x">'), None),
    "javascript link": (ARTICLE, append("\n\n[klik](javascript:alert(1))\n"), None),
    "bidi override": (ARTICLE, append("\n\nok\u202eevil\n"), None),
    "check: broken yaml": (CHECK, sub(":", ": ["), None),
    "check: utf-16": (CHECK, encode("utf-16"), 1),
    "check: latin-1": (CHECK, encode("latin-1", "# é\n"), 1),
    "check: wrong type": (CHECK, sub(r"(?m)^statements:", "statements: 7\nx:"), None),
    "check: script": (CHECK, append("\n# <script>alert(1)</script>\n"), None),
    "check: html title": (CHECK, sub(r"(?m)^(\s*nl: )", r"\1<i>"), None),
}


@pytest.fixture()
def knowledge(tmp_path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", target)
    return target


@pytest.fixture(scope="module")
def unspoiled_refusals(tmp_path_factory) -> set[str]:
    """The names of the files `knowledge check` refuses in an unspoiled copy of the knowledge
    (none are expected): checked once, as every test's copy holds the same files."""
    target = tmp_path_factory.mktemp("unspoiled") / "knowledge"
    shutil.copytree(ROOT / "knowledge", target)
    return {p.path.name for p in errors_only(check_knowledge(target))}


@pytest.mark.parametrize("kind", SPOILERS)
def test_a_spoiled_file_is_refused_with_file_and_line(knowledge, unspoiled_refusals, kind) -> None:
    name, spoil, line = SPOILERS[kind]
    assert Path(name).name not in unspoiled_refusals  # refused for the spoiling, not before
    spoil(knowledge / name)
    refused = [p for p in errors_only(check_knowledge(knowledge)) if p.path == knowledge / name]
    assert refused, kind
    if line is not None:
        assert refused[0].line == line
    assert all(p.line >= 1 and p.message for p in refused)


def test_the_cli_refuses_with_file_colon_line_and_a_failing_exit(knowledge) -> None:
    for kind in ("utf-16", "check: script"):
        name, spoil, _ = SPOILERS[kind]
        spoil(knowledge / name)
    other = knowledge / "nl" / "angry-customer.md"
    append("\n\n<script>alert(1)</script>\n")(other)
    # `servicecoach knowledge check` through its main in this process (the same arguments, output
    # and exit code; the installed command's own process: test_knowledge_check.py
    # test_the_real_knowledge_passes), sparing a new Python loading the tokenizer (stop 68)
    from bot.cli.main import main

    out_, err_ = io.StringIO(), io.StringIO()
    with contextlib.chdir(ROOT), contextlib.redirect_stdout(out_), contextlib.redirect_stderr(err_):
        code = main(["knowledge", "check", "--dir", str(knowledge)])
    out = out_.getvalue() + err_.getvalue()
    assert code != 0
    assert re.search(rf"{re.escape(str(knowledge / ARTICLE))}:1: error: not UTF-8", out), out
    assert re.search(rf"{re.escape(str(knowledge / CHECK))}:\d+: error: HTML is not allowed", out), out
    assert re.search(rf"{re.escape(str(other))}:\d+: error: HTML is not allowed", out), out
    assert "Traceback" not in out


ODD_YAML = ["id: [", "id: x\nstatements: {", "- 1\n- 2", "!!python/object:os.system x", "a: &a [*a]",
            "\ufeffid: ok", "id: <script>"]  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.binary(max_size=400), st.text(max_size=400).map(str.encode),
                 st.sampled_from(ODD_YAML).map(str.encode)))  # fmt: skip
def test_any_self_check_file_is_loaded_or_refused_never_a_crash(tmp_path_factory, data: bytes) -> None:
    folder = tmp_path_factory.mktemp("checks")
    (folder / "fuzzed.yml").write_bytes(data)
    problems = check_selfchecks(folder, {"angry-customer"})
    assert all(p.line >= 1 for p in problems)
