"""The glossary checks (bot/content/glossary.py, docs/content-review.md): each kind of
finding fires on a crafted article, at the right line, with the real knowledge/glossary.yml;
a broken glossary is an error at its line; the real knowledge passes."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.content.articles import load_article, load_articles, read_source
from bot.content.glossary import (
    GlossaryError,
    avoided,
    check_article,
    load_glossary,
    parse_glossary,
    unnamed_article,
    unnamed_numbered,
    unsourced,
)
from tests.helpers import ROOT

GLOSSARY = load_glossary(ROOT / "knowledge" / "glossary.yml")
BODY = {
    "nl": "## Wat het betekent\n{text}\n\n## Wat je morgen anders doet\n- een\n- twee\n- drie\n\n"
    "## Voorbeeld\nEen voorbeeld.\n\n## Reflectievraag\nWat doe jij?\n",
    "en": "## What it means\n{text}\n\n## What you do differently tomorrow\n- one\n- two\n- three\n\n"
    "## Example\nAn example.\n\n## Question to reflect on\nWhat do you do?\n",
}


def write(
    folder: Path, text: str, lang: str = "nl", sources: tuple[str, ...] = (), aid: str = "probe"
) -> Path:
    listed = "".join(f'  - "{s}"\n' for s in sources) or "  - seed\n"
    path = folder / lang / f"{aid}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f'---\nid: {aid}\ntitle: "Proef"\nlang: {lang}\naudience: all\nsummary: "Kort."\n'
        f"sources:\n{listed}---\n\n" + BODY[lang].format(text=text),
        encoding="utf-8",
    )
    return path


def findings(check, path: Path) -> list[tuple[int, str]]:
    return check(load_article(path), read_source(path), GLOSSARY)


def line_of(path: Path, needle: str) -> int:
    return next(n for n, t in enumerate(path.read_text().splitlines(), 1) if needle in t)


# --- check 1: a named source that `sources` does not cite


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Dat staat ook in ISO 9001 en verder niets.", "ISO 9001"),
        ("Lees Kloteklanten eens.", "Kloteklanten"),
        ("Het boek Excelleren in service beschrijft tien shifts.", "Excelleren in service"),
        ("Dit past bij Heskett en zijn keten.", "Heskett"),
        ("Het idee komt van Thomassen &\nDe Haan, over twee regels.", "Thomassen &\nDe Haan"),
        ("Volgens de JIS Y 23592 is het zo.", "JIS Y 23592"),
    ],
)
def test_unsourced_source_is_found_at_its_line(tmp_path: Path, text: str, named: str) -> None:
    path = write(tmp_path, "Eerste regel.\n" + text)
    found = findings(unsourced, path)
    assert [line for line, _ in found] == [line_of(path, named.splitlines()[0])], found
    assert " ".join(named.split()) in " ".join(found[0][1].split())


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Dat staat ook in ISO 9001.", "ISO 9001:2015, kwaliteitsmanagement"),
        ("Het idee komt van Thomassen & De Haan.", "J.-P. Thomassen, Excelleren in service (2019)"),
        ("Lees Setting the Table van Danny Meyer.", "Danny Meyer, Setting the Table (2006)"),
        ("Het model van de Stichting Service Excellence.", "https://www.serviceexcellence.nu/model"),
    ],
)
def test_cited_source_passes(tmp_path: Path, text: str, source: str) -> None:
    assert findings(unsourced, write(tmp_path, text, sources=(source,))) == []


@pytest.mark.parametrize(
    "text",
    [
        "Wie wil excelleren in service, begint klein.",  # the phrase, not the book (case)
        "Een reis door de Sahara.",  # 'Hara' inside a longer word
        "Een bainmarie houdt het warm.",
        "ISO 90012 bestaat niet.",
    ],
)
def test_words_that_only_look_like_a_source_pass(tmp_path: Path, text: str) -> None:
    assert findings(unsourced, write(tmp_path, text)) == []


# --- check 2: a wording to avoid


@pytest.mark.parametrize(
    ("lang", "text", "term"),
    [
        ("nl", "Het contactcenter volgt EECS.", "EECS"),
        ("nl", "CEN/TS 16880 is een Europese\nrichtlijn, zeggen sommigen.", "Europese"),
        ("nl", "Het gaat om verdieping van de klantrelatie.", "verdieping"),
        ("nl", "Denk aan waarde voor aandeelhouders.", "aandeelhouders"),
        ("en", "It is about shareholder value.", "shareholder"),
        ("en", "CEN/TS 16880 is a European Directive.", "European"),
        ("en", "We are deepening the customer relationship.", "deepening"),
    ],
)
def test_avoided_wording_is_found(tmp_path: Path, lang: str, text: str, term: str) -> None:
    path = write(tmp_path, text, lang=lang)
    found = findings(avoided, path)
    assert [line for line, _ in found] == [line_of(path, term)], found
    assert "avoid" in found[0][1]


def test_avoided_wording_of_the_other_language_is_not_flagged(tmp_path: Path) -> None:
    assert findings(avoided, write(tmp_path, "In English: shareholder value.", lang="nl")) == []


# --- check 3: a principle, level, dimension or shift by number without its name


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Het vierde principe gaat over de klant centraal."),
        ("nl", "Principe 2 is de klant goed kennen."),
        ("nl", "Dat is level 3 van de piramide."),  # not a Dutch term; nothing else names it
        ("nl", "De tiende shift gaat over leveranciers."),
        ("nl", "Het vierde principe is belangrijk. Symmetrische aandacht komt later."),  # other sentence
        ("nl", "Principe 9 bestaat niet."),
        ("en", "The fourth principle is about putting the customer first."),
        ("en", "Shift 5 is about letting go."),
        ("en", "The second dimension matters most."),
        ("en", "The fifth paradigm  shift is hard."),
    ],
)
def test_numbered_concept_without_its_name_is_found(tmp_path: Path, lang: str, text: str) -> None:
    path = write(tmp_path, text, lang=lang)
    found = findings(unnamed_numbered, path)
    assert len(found) == 1, found
    assert found[0][0] == line_of(path, text.splitlines()[0][:12])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Het vierde principe, symmetrische aandacht, vraagt balans."),
        ("nl", "Niveau 2 gaat over klachten."),  # 'niveau 2' is itself a term
        ("nl", "Laag 4 is verrassende service."),
        ("nl", "De tiende shift, van leverancier naar partner, is de laatste."),
        ("nl", "De eerste medewerker die binnenkomt zet koffie."),  # not a concept noun
        ("en", "Level 3 is personal service."),
        ("en", "Layer 3 is where it starts."),  # 'layer 3' is a term
        ("en", "The fourth principle is symmetric attention."),
        ("en", "Shift 5, from control to trust, is hard."),
        ("en", "The principles of service excellence are seven."),
    ],
)
def test_numbered_concept_with_its_name_passes(tmp_path: Path, lang: str, text: str) -> None:
    assert findings(unnamed_numbered, write(tmp_path, text, lang=lang)) == []


# --- check 4: a concept's own article without its name


def test_concept_article_without_its_name_is_found(tmp_path: Path) -> None:
    path = write(tmp_path, "Over de klant en wat hij wil.", aid="principle-customer-intimacy")
    found = findings(unnamed_article, path)
    assert [line for line, _ in found] == [line_of(path, "title:")]
    path = write(tmp_path, "Over klantintimiteit.", aid="principle-customer-intimacy")
    assert findings(unnamed_article, path) == []


# --- the glossary file itself


@pytest.mark.parametrize(
    ("old", "new", "needle"),
    [
        (
            'nl: ["klantintimiteit", "customer intimacy"]',
            'nl: ["klantintimiteit", "customer intimacy"',
            'nl: ["klantintimiteit", "customer intimacy"',
        ),
        ("  - number: 3\n    id: people\n", "  - number: drie\n    id: people\n", "number: drie"),
        ('    patterns: ["Kloteklanten"]\n', '    patterns: "Kloteklanten"\n', 'patterns: "Kloteklanten"'),
        ("    kind: book\n", "    kind: boek\n", "kind: boek"),
        (
            "  principles: {nl: [principe], en: [principle]}\n",
            "  principles: principe\n",
            "principles: principe",
        ),
    ],
)
def test_broken_glossary_is_an_error_at_its_line(old: str, new: str, needle: str) -> None:
    text = (ROOT / "knowledge" / "glossary.yml").read_text(encoding="utf-8")
    assert old in text
    broken = text.replace(old, new, 1)
    with pytest.raises(GlossaryError) as caught:
        parse_glossary(broken)
    expected = next(n for n, t in enumerate(broken.splitlines(), 1) if needle in t)
    assert [line for line, _ in caught.value.problems] == [expected], caught.value.problems


def test_not_a_mapping_is_an_error() -> None:
    with pytest.raises(GlossaryError):
        parse_glossary("- just\n- a list\n")


# --- the real knowledge and the command


def test_real_articles_have_no_glossary_findings() -> None:
    articles, errors = load_articles(ROOT / "knowledge")
    assert not errors
    found = [
        (a.path, line, message)
        for a in articles
        for line, message in check_article(a, read_source(a.path), GLOSSARY)
    ]
    assert found == []


def run_check(folder: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "bot.cli.main",
            "knowledge",
            "check",
            "--no-tokens",
            "--dir",
            str(folder),
            *extra,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


def test_command_reports_findings_and_a_broken_glossary(tmp_path: Path) -> None:
    copy = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", copy)
    article = copy / "nl" / "principle-people.md"
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("## Voorbeeld\n", "## Voorbeeld\nHet contactcenter volgt EECS.\n", 1))
    line = line_of(article, "volgt EECS")
    result = run_check(copy)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{article}:{line}: warning: 'EECS' is a wording to avoid" in result.stdout
    assert run_check(copy, "--strict").returncode == 1

    glossary = copy / "glossary.yml"
    glossary.write_text(
        glossary.read_text(encoding="utf-8").replace("    kind: book\n", "    kind: boek\n", 1)
    )
    line = line_of(glossary, "kind: boek")
    result = run_check(copy)
    assert result.returncode == 1
    assert f"{glossary}:{line}: error: 'sources[" in result.stdout
