"""The engine on a small knowledge base of its own: real model, real FAISS, real BM25."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.embedder import Embedder
from bot.engine.index import build_index
from bot.engine.search import Searcher

ARTICLE = """---
id: {id}
title: "{title}"
lang: {lang}
audience: {audience}
summary: "{summary}"
tags: [{tags}]
questions: [{questions}]
---

## {h1}
{body}
"""

DOCS = [
    (
        "angry",
        "nl",
        "employee",
        "Omgaan met een boze klant",
        "Blijf rustig en laat de klant uitpraten.",
        "boos, schreeuwen, kwaad",
        "Een klant schreeuwt tegen me",
        "Wat het betekent",
        "Een boze klant wil vooral gehoord worden. Luister eerst, los daarna op.",
    ),
    (
        "angry",
        "en",
        "employee",
        "Handling an angry customer",
        "Stay calm and let the customer finish.",
        "angry, shouting, upset",
        "A customer is shouting at me",
        "What it means",
        "An angry customer mostly wants to be heard. Listen first, then solve.",
    ),
    (
        "huddle",
        "nl",
        "manager",
        "Een teamoverleg van tien minuten",
        "Bespreek elke ochtend één klantverhaal.",
        "teamoverleg, huddle, ochtend",
        "Hoe houd ik een kort teamoverleg",
        "Wat het betekent",
        "Een korte dagstart houdt service op de agenda van het team.",
    ),
    (
        "huddle",
        "en",
        "manager",
        "A ten-minute team huddle",
        "Discuss one customer story every morning.",
        "huddle, team meeting, morning",
        "How do I run a short team huddle",
        "What it means",
        "A short daily start keeps service on the team's agenda.",
    ),
    (
        "promise",
        "nl",
        "employee",
        "Beloftes nakomen",
        "Doe wat je zegt, op tijd.",
        "belofte, terugbellen, afspraak",
        "Ik beloofde terug te bellen",
        "Wat het betekent",
        "Wie belooft terug te bellen, belt ook echt terug, op het afgesproken moment.",
    ),
]


class CountingEmbedder(Embedder):
    """The real model, counting how many texts it is asked to embed."""

    calls = 0

    def encode(self, texts, batch_size=32):
        CountingEmbedder.calls += len(texts)
        return super().encode(texts, batch_size)


@pytest.fixture(scope="module")
def embedder() -> CountingEmbedder:
    return CountingEmbedder()


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("kb")
    for aid, lang, audience, title, summary, tags, q, h1, body in DOCS:
        (root / lang).mkdir(exist_ok=True)
        (root / lang / f"{aid}.md").write_text(
            ARTICLE.format(
                id=aid,
                lang=lang,
                audience=audience,
                title=title,
                summary=summary,
                tags=tags,
                questions=f'"{q}"',
                h1=h1,
                body=body,
            ),
            encoding="utf-8",
        )
    return root


@pytest.fixture(scope="module")
def searcher(kb: Path, embedder: CountingEmbedder, tmp_path_factory) -> Searcher:
    cache = tmp_path_factory.mktemp("cache")
    return Searcher(build_index(kb, cache, embedder), embedder)


def test_finds_the_right_article_in_the_users_language(searcher: Searcher) -> None:
    nl = searcher.search("de klant staat tegen me te schreeuwen", top_k=3)
    assert (nl[0].id, nl[0].lang) == ("angry", "nl")
    en = searcher.search("a guest is shouting at me at the desk", top_k=3)
    assert (en[0].id, en[0].lang) == ("angry", "en")
    assert en[0].title == "Handling an angry customer"
    assert en[0].section in {"Summary", "What it means"}
    assert 0 < en[0].score <= 1.0


def test_one_result_per_article_and_fallback_to_other_language(searcher: Searcher) -> None:
    results = searcher.search("I promised to call back", lang="en", top_k=10)
    ids = [r.id for r in results]
    assert len(ids) == len(set(ids)) == 3
    promise = next(r for r in results if r.id == "promise")
    assert promise.lang == "nl"  # only written in Dutch: offered after the English ones
    assert ids.index("promise") == 2


@pytest.mark.parametrize("mode", ["dense", "lexical", "hybrid"])
def test_each_mode_ranks_on_its_own(searcher: Searcher, mode: str) -> None:
    results = searcher.search("teamoverleg huddle", lang="nl", mode=mode, top_k=2)
    assert results[0].id == "huddle"
    if mode == "dense":
        assert results[0].lexical == 0
    if mode == "lexical":
        assert results[0].dense == 0 and results[0].lexical > 0


def test_audience_filter(searcher: Searcher) -> None:
    results = searcher.search("boze klant", lang="nl", audience=("manager",), top_k=5)
    assert {r.id for r in results} == {"huddle"}


def test_odd_input_gives_results_or_nothing_never_an_error(searcher: Searcher) -> None:
    assert searcher.search("") == []
    assert searcher.search("   \n\t ") == []
    assert searcher.search("🙂🙂🙂 ｋｌａｎｔ ‮boos") is not None
    assert searcher.search("klant " * 5000, top_k=1)[0].id in {"angry", "promise", "huddle"}


def test_restart_reuses_the_cache_and_edits_reembed_only_what_changed(
    kb: Path, embedder: CountingEmbedder, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    build_index(kb, cache, embedder)
    CountingEmbedder.calls = 0
    index = build_index(kb, cache, embedder)  # "restart": same content, same model
    assert CountingEmbedder.calls == 0
    assert len(list(cache.glob("index-*"))) == 1

    path = kb / "en" / "huddle.md"
    original = path.read_text(encoding="utf-8")
    try:
        path.write_text(original.replace("keeps service", "puts service"), encoding="utf-8")
        changed = build_index(kb, cache, embedder)
        assert 0 < CountingEmbedder.calls <= 3  # only the edited section's texts
        assert changed.key != index.key
        assert len(list(cache.glob("index-*"))) == 1  # the old index folder is gone
    finally:
        path.write_text(original, encoding="utf-8")


def test_lexical_folds_accents_and_matches_parts_of_dutch_compounds() -> None:
    from bot.engine.lexical import LexicalIndex

    index = LexicalIndex(
        "nl",
        [
            "We sturen na elk gesprek een enquête",
            "Stuur de klacht door naar de klachtenafdeling",
            "Boze klant",
        ],
        [10, 11, 12],
    )
    assert index.search("enquete")[0][0] == 10  # typed without the accent
    scores = index.scores("wie werkt er op de afdeling")  # only inside the compound
    assert set(scores) == {11}
    rank, raw = scores[11]
    assert rank > 0 and raw == 0  # found by n-grams; the raw BM25 word score stays honest
    assert index.scores("") == {} and index.search("xyzzy") == []


def test_hybrid_scores_are_fused_between_zero_and_one_best_first(searcher: Searcher) -> None:
    results = searcher.search("hoe houd ik een kort teamoverleg in de ochtend", lang="nl", top_k=5)
    assert results[0].id == "huddle"
    scores = [r.score for r in results]
    assert all(0.0 <= s <= 1.0 for s in scores) and scores == sorted(scores, reverse=True)
