"""`servicecoach knowledge check` and `knowledge new`: the real knowledge passes; each kind of
mistake in a copy is reported with file:line. Each command runs once as a real process (the
real knowledge, `knowledge new`); the mistakes go through the same command line in this
process (`servicecoach`'s main with its arguments, its output and exit code), which spares
each check the start-up of a new Python with the engine's imports."""

from __future__ import annotations

import contextlib
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT

SC = [sys.executable, "-m", "bot.cli.main"]


def run_check_process(folder: Path, *extra: str) -> subprocess.CompletedProcess:
    """`knowledge check` as a user runs it: a new process."""
    return subprocess.run(
        [*SC, "knowledge", "check", "--dir", str(folder), *extra],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


def run_check(folder: Path, *extra: str) -> subprocess.CompletedProcess:
    """`knowledge check` through `servicecoach`'s own main in this process: the same argument
    parsing, output lines and exit code as run_check_process."""
    from bot.cli.main import main

    argv = ["knowledge", "check", "--dir", str(folder), *extra]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return subprocess.CompletedProcess([*SC, *argv], code, out.getvalue(), err.getvalue())


@pytest.fixture()
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


def test_the_real_knowledge_passes() -> None:
    result = run_check_process(ROOT / "knowledge")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 error(s)" in result.stderr
    assert not re.search(r": error: ", result.stdout)


def test_each_kind_of_mistake_is_reported_with_file_and_line(copy: Path) -> None:
    nl, en = copy / "nl", copy / "en"
    # front matter field with the wrong type
    edit(nl / "pyramid.md", "tags: [", "tags: oops\nextra: [")
    # a related id that does not exist
    edit(nl / "angry-customer.md", "related: [", "related: [no-such-article, ")
    # an empty section
    art = en / "saying-no-kindly.md"
    text = art.read_text()
    start = text.index("## Example")
    end = text.index("## Question to reflect on")
    art.write_text(text[:start] + "## Example\n\n" + text[end:])
    # an id used twice in one language (and then missing its Dutch twin)
    shutil.copy(en / "empowerment.md", en / "empowerment-copy.md")
    # an id with only one language
    (nl / "moments-of-truth.md").unlink()
    # a broken self-check: statement without dimension
    check = copy / "selfchecks" / "room-to-act.yml"
    edit(check, "dimension:", "dimensionx:")

    result = run_check(copy)
    out = result.stdout
    assert result.returncode == 1, out

    def reported(path: Path, line: int, words: str) -> None:
        pattern = rf"{re.escape(str(path))}:{line}: error: .*{words}"
        assert re.search(pattern, out), f"missing {path.name}:{line} {words!r} in\n{out}"

    reported(nl / "pyramid.md", line_of(nl / "pyramid.md", "tags: oops"), "'tags' must be a list")
    reported(nl / "angry-customer.md", line_of(nl / "angry-customer.md", "related:"), "'no-such-article'")
    reported(art, line_of(art, "## Example"), "'Example' is empty")
    dup = en / "empowerment-copy.md"
    duplicate = r"empowerment(-copy)?\.md:2: error: id 'empowerment' \(en\) is also used by .*/en/empowerment"
    assert re.search(duplicate, out)
    assert re.search(rf"{re.escape(str(dup))}:\d+: error: id 'empowerment' differs from the file name", out)
    reported(en / "moments-of-truth.md", 2, "no nl version of 'moments-of-truth'")
    first_statement = line_of(check, "statements:") + 1  # where the faulty item starts
    reported(check, first_statement, "'statement s1': needs")  # by its id, not statements[0]
    assert "warning: unknown field 'extra'" in out


def test_a_chunk_too_long_for_the_model_is_reported(copy: Path) -> None:
    path = copy / "en" / "pyramid.md"
    long_paragraph = " ".join(["klantvriendelijkheidsverbeteringsprogramma"] * 60)  # 60 words, 400+ tokens
    edit(path, "## Example\n", f"## Example\n{long_paragraph}\n")
    result = run_check(copy, "--strict")
    assert result.returncode == 1
    line = line_of(path, "## Example")
    assert re.search(rf"{re.escape(str(path))}:{line}: warning: part 'Example' is \d+ tokens", result.stdout)


def test_a_yaml_error_points_at_its_line(copy: Path) -> None:
    path = copy / "nl" / "pyramid.md"
    edit(path, "audience:", "audience: [unclosed\naudience2:")
    result = run_check(copy)
    assert result.returncode == 1
    line = line_of(path, "audience: [unclosed")
    assert f"{path}:{line}: error: a '[' or '{{' is opened but never closed\n" in result.stdout


QUOTE = "a quote (\" or ') is opened but never closed"
TAB = "a tab is used for indenting; YAML needs spaces"


@pytest.mark.parametrize(
    ("old", "new", "needle", "sentence"),
    [
        (
            "title:",
            'title: "unclosed\ntitle2:',
            'title: "unclosed',
            "a quote (\" or ') is opened but never closed",
        ),
        (
            "title:",
            "title: 'unclosed\ntitle2:",
            "title: 'unclosed",
            "a quote (\" or ') is opened but never closed",
        ),
        (
            "tags:",
            "tags:\n\t- tabbed\ntags2:",
            "\t- tabbed",
            "a tab is used for indenting; YAML needs spaces",
        ),
        ("audience:", "\taudience:", "\taudience:", TAB),
    ],
)
def test_each_yaml_mistake_is_one_plain_line_at_its_line(copy: Path, old, new, needle, sentence) -> None:
    path = copy / "nl" / "pyramid.md"
    edit(path, old, new)
    result = run_check(copy)
    lines = [ln for ln in result.stdout.splitlines() if ln.startswith(str(path)) and ": error: " in ln]
    assert lines == [f"{path}:{line_of(path, needle)}: error: {lines[0].split(': error: ')[1]}"]
    assert sentence in lines[0] and "\n" not in lines[0]
    # the English file exists, so no extra "no nl version" error
    assert "version of 'pyramid'" not in result.stdout


def test_notepad_files_bom_crlf_are_accepted(copy: Path) -> None:
    path = copy / "nl" / "pyramid.md"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    result = run_check(copy)
    assert result.returncode == 0, result.stdout
    assert "pyramid.md" not in result.stdout


def test_new_scaffolds_both_languages_and_the_check_wants_the_todos_filled(copy: Path) -> None:
    result = subprocess.run(
        [*SC, "knowledge", "new", "phone-etiquette", "--dir", str(copy)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    nl, en = copy / "nl" / "phone-etiquette.md", copy / "en" / "phone-etiquette.md"
    assert nl.exists() and en.exists()
    assert "## Wat je morgen anders doet" in nl.read_text() and "## Example" in en.read_text()
    check = run_check(copy, "--no-tokens")
    assert check.returncode == 1
    assert re.search(rf"{re.escape(str(nl))}:3: error: placeholder 'TODO'", check.stdout)
    again = subprocess.run(
        [*SC, "knowledge", "new", "phone-etiquette", "--dir", str(copy)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert again.returncode == 1 and "already exists" in again.stderr
    bad = subprocess.run(
        [*SC, "knowledge", "new", "Bad Id", "--dir", str(copy)], capture_output=True, text=True, cwd=ROOT
    )
    assert bad.returncode == 1


def test_a_filled_in_scaffold_passes(copy: Path) -> None:
    from bot.content.scaffold import scaffold_article
    from bot.content.validation import check_knowledge, errors_only

    for path in scaffold_article(copy, "phone-etiquette"):
        text = re.sub(r"TODO:?", "Filled", path.read_text())
        path.write_text(text.replace("related: []", "related: [angry-customer, empowerment]"))
    assert errors_only(check_knowledge(copy)) == []


def test_self_check_messages_name_statements_by_id_each_once(copy: Path) -> None:
    """A statement is named by its id ("statement s3"), never by its position; repeated ids
    are listed once each, at the line of the first repeat; an unknown article id once."""
    from bot.content.validation import check_knowledge

    check = copy / "selfchecks" / "keeping-promises.yml"
    edit(check, "    reverse: false\n  - id: s4", "    reverse: maybe\n  - id: s4")  # s3's
    found = [p for p in check_knowledge(copy) if p.path == check]
    assert [p.message for p in found] == ["'statement s3.reverse': must be true or false"]
    assert found[0].line == line_of(check, "reverse: maybe")

    check.write_text((ROOT / "knowledge" / "selfchecks" / "keeping-promises.yml").read_text("utf-8"))
    for old in ("  - id: s4\n", "  - id: s5\n", "  - id: s6\n"):
        edit(check, old, "  - id: s2\n" if old != "  - id: s6\n" else "  - id: s3\n")
    found = [p for p in check_knowledge(copy) if p.path == check]
    assert [p.message for p in found] == [
        "'statements': statement ids must be unique; used more than once: s2, s3"
    ], found
    assert "statements[" not in found[0].message
    assert found[0].line == line_of(check, "  - id: s3") + 5  # the first repeat (was s4)


def test_deleting_an_article_a_self_check_uses_is_reported_before_it_is_published(copy: Path) -> None:
    """`knowledge check` names the self-check that would be skipped and the article it needs,
    once, when that article's files are deleted (in one language or both)."""
    from bot.content.validation import check_knowledge

    check = copy / "selfchecks" / "keeping-promises.yml"
    (copy / "nl" / "culture-hospitality.md").unlink()
    (copy / "en" / "culture-hospitality.md").unlink()
    found = [p for p in check_knowledge(copy) if p.path == check]
    assert [p.message for p in found] == [
        "'dimensions.moments-of-truth': unknown article ids: culture-hospitality"
    ], found
    assert found[0].line == line_of(check, "  moments-of-truth:")
