from __future__ import annotations

from pathlib import Path

from bot.content.articles import load_article
from bot.engine.chunking import MAX_WORDS, chunk_article, dense_units

ARTICLE = """---
id: long
title: Long one
lang: en
audience: all
summary: The core.
tags: [alpha, beta]
questions: ["How do I alpha?", "What about beta?"]
---

## What it means
{long}

## Example
Short example.

## Empty

"""


def test_chunks_by_heading_and_splits_long_sections(tmp_path: Path) -> None:
    paragraph = " ".join(["word"] * 80)
    path = tmp_path / "long.md"
    path.write_text(ARTICLE.format(long="\n\n".join([paragraph] * 4)), encoding="utf-8")
    article = load_article(path)
    chunks = chunk_article(article)
    assert chunks[0].section == "Summary"
    assert "How do I alpha?" in chunks[0].text and "alpha beta" in chunks[0].text
    meaning = [c for c in chunks if c.section == "What it means"]
    assert len(meaning) >= 2
    assert all(len(c.text.split()) <= MAX_WORDS for c in meaning)
    assert sum(len(c.text.split()) for c in meaning) == 320  # nothing lost
    assert [c.section for c in chunks][-1] == "Example"  # empty section skipped
    assert all(c.search_text.startswith("Long one. ") for c in chunks)


def test_questions_and_title_are_embedded_on_their_own(tmp_path: Path) -> None:
    path = tmp_path / "long.md"
    path.write_text(ARTICLE.format(long="Text."), encoding="utf-8")
    article = load_article(path)
    overview = chunk_article(article)[0]
    units = dense_units(overview, article)
    assert "Long one: How do I alpha?" in units and "Long one" in units


def test_long_sections_are_embedded_in_pieces_the_model_reads_whole() -> None:
    from bot.engine.chunking import DENSE_WORDS, _dense_pieces

    bullets = "\n".join(f"- punt {n}: " + "woord " * 30 for n in range(8))  # ~260 words
    pieces = _dense_pieces(bullets)
    assert len(pieces) > 1
    assert all(len(p.split()) <= DENSE_WORDS for p in pieces)
    assert " ".join(" ".join(pieces).split()) == " ".join(bullets.split())  # nothing lost
    one_line = "zin een. " * 120  # one very long line: cut at sentences
    assert all(len(p.split()) <= DENSE_WORDS for p in _dense_pieces(one_line))
    assert _dense_pieces("kort stukje") == ["kort stukje"]
