"""Parsing articles, and the knowledge base's own content rules."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.content.articles import ArticleError, load_article, load_articles

ROOT = Path(__file__).resolve().parents[2]
KNOWLEDGE = ROOT / "knowledge"
SEEDS = ROOT.parent / "shared" / "seeds"

REQUIRED_IDS = [
    "shift-emotion",
    "shift-relationships",
    "shift-business-case",
    "shift-higher-purpose",
    "shift-trust",
    "shift-engagement",
    "shift-listening",
    "shift-innovation",
    "shift-customer-journeys",
    "shift-partners",
    "principle-outside-in",
    "principle-customer-intimacy",
    "principle-people",
    "principle-symmetric-attention",
    "principle-integrated-approach",
    "principle-technology",
    "principle-stakeholder-value",
    "pyramid",
    "pyramid-promise",
    "pyramid-complaints",
    "pyramid-personal",
    "pyramid-surprise",
    "service-excellence-model",
    "excellence-as-norm",
    "service-beyond-department",
    "quality-models-limits",
    "culture-leadership",
    "culture-training-is-not-enough",
    "culture-kpis",
    "culture-standardise-personalise",
    "culture-employees-as-hosts",
    "culture-hospitality",
    "culture-internal-respect",
    "culture-implementation",
    "culture-measurable-impact",
    "culture-digital",
    "culture-customer-as-king",
    "service-recovery",
    "complaint-handling",
    "empowerment",
    "moments-of-truth",
    "customer-feedback-metrics",
    "customer-effort",
    "customer-journey-mapping",
    "coaching-team-huddle",
    "coaching-feedback-conversation",
    "coaching-recognition",
    "coaching-role-model",
    "coaching-empowerment-zone",
    "coaching-customer-stories",
]

GOOD = """---
id: demo
title: "Demo: een titel"
lang: nl
audience: employee
summary: Kort.
tags: [a, b]
questions: [een, twee]
related: [other]
---

Intro that is not a section.

## Wat het betekent
Uitleg.

## Wat je morgen anders doet
- Eerste stap
- Tweede stap
  die doorloopt
"""


def write(tmp_path: Path, text: str, name: str = "demo.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_parses_front_matter_and_sections(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, GOOD))
    assert (article.id, article.lang, article.audience) == ("demo", "nl", "employee")
    assert article.title == "Demo: een titel"
    assert article.questions == ("een", "twee")
    assert [s.kind for s in article.sections] == ["meaning", "practice"]
    assert article.section("practice").text.startswith("- Eerste stap")
    assert article.sections[0].line == 14  # the heading's line in the file


@pytest.mark.parametrize(
    ("text", "field"),
    [
        (GOOD.replace("lang: nl", "lang: de"), "lang"),
        (GOOD.replace("audience: employee", "audience: boss"), "audience"),
        (GOOD.replace('title: "Demo: een titel"\n', ""), "title"),
        (GOOD.replace("tags: [a, b]", "tags: 5"), "tags"),
    ],
)
def test_bad_fields_name_the_file_and_field(tmp_path: Path, text: str, field: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ArticleError) as err:
        load_article(path)
    assert err.value.field == field
    assert str(path) in str(err.value)


def test_broken_yaml_and_markdown_are_reported_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "nl").mkdir()
    write(tmp_path, "---\nid: [unclosed\n---\n## x\n", "nl/broken.md")
    write(tmp_path, "no front matter at all", "nl/plain.md")
    write(tmp_path, GOOD.replace("## Wat", "##Wat"), "nl/odd.md")  # odd heading: still loads
    articles, errors = load_articles(tmp_path)
    assert [a.path.name for a in articles] == ["odd.md"]
    assert sorted(e.path.name for e in errors) == ["broken.md", "plain.md"]


def _all_articles():
    articles, errors = load_articles(KNOWLEDGE)
    assert not errors, "\n".join(str(e) for e in errors)
    return articles


def test_every_required_id_exists_in_both_languages() -> None:
    present = {(a.id, a.lang) for a in _all_articles()}
    missing = [f"{i}/{lang}" for i in REQUIRED_IDS for lang in ("nl", "en") if (i, lang) not in present]
    assert not missing


def test_articles_follow_the_content_rules() -> None:
    articles = _all_articles()
    ids = {a.id for a in articles}
    per_id: dict[str, set[str]] = {}
    problems = []
    for a in articles:
        per_id.setdefault(a.id, set()).add(a.lang)
        name = f"{a.lang}/{a.id}"
        if a.path.stem != a.id or a.path.parent.name != a.lang:
            problems.append(f"{name}: file should be knowledge/{a.lang}/{a.id}.md")
        if len(a.questions) < 5:
            problems.append(f"{name}: needs 5+ questions")
        if not a.tags or not a.summary:
            problems.append(f"{name}: needs tags and a summary")
        problems += [f"{name}: unknown related id {r}" for r in a.related if r not in ids]
        if [s.kind for s in a.sections][:4] != ["meaning", "practice", "example", "reflection"]:
            problems.append(f"{name}: sections must be meaning, practice, example, reflection")
        if any(not s.text for s in a.sections):
            problems.append(f"{name}: empty section")
    problems += [f"{i}: only in {langs}" for i, langs in per_id.items() if langs != {"nl", "en"}]
    assert not problems, "\n".join(problems)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed texts not beside the repo")
def test_knowledge_is_written_in_our_own_words() -> None:
    def shingles(text: str) -> set[str]:
        words = re.findall(r"[a-zà-ÿ0-9']+", text.lower())
        return {" ".join(words[i : i + 8]) for i in range(len(words) - 7)}

    seed = set().union(*(shingles(p.read_text(errors="ignore")) for p in SEEDS.glob("*.txt")))
    copied = {
        str(p.relative_to(ROOT)): sorted(shingles(p.read_text()) & seed)[:1]
        for p in KNOWLEDGE.rglob("*")
        if p.suffix in {".md", ".yml", ".yaml"}
    }
    assert not {k: v for k, v in copied.items() if v}
