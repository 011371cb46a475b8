"""Stop 67 (fresh tester, kind L): `servicecoach chat` with a new knowledge/cache folder died on a
busy machine while the action server built the index inside Sanic's 180 s start-up. The index is
now built before the servers start when it is missing (bot/stack/index_first.py), and a failed
start says in the person's language what to do (bot/stack/stack.py `start_for_a_person`). Real
files: a small knowledge folder, a real build in its own process."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.i18n import t
from bot.settings import ROOT, Settings, subprocess_env
from bot.stack import stack as stack_module
from bot.stack.index_first import build_first, index_missing
from bot.stack.process import ServerError

ARTICLES = ("after-a-hard-conversation", "angry-customer")


def _small_knowledge(tmp_path: Path) -> Settings:
    """Two articles in both languages, their links to the rest taken out (they would be held back)."""
    for lang in ("nl", "en"):
        (tmp_path / "k" / lang).mkdir(parents=True)
        for article in ARTICLES:
            text = (ROOT / "knowledge" / lang / f"{article}.md").read_text(encoding="utf-8")
            text = re.sub(r"(?m)^related:.*$", "related: []", text)
            (tmp_path / "k" / lang / f"{article}.md").write_text(text, encoding="utf-8")
    return Settings(
        knowledge_dir=tmp_path / "k", var_dir=tmp_path / "var", cache_dir_override=tmp_path / "cache"
    )


def _env(settings: Settings, **more: str) -> dict[str, str]:
    return subprocess_env(
        SERVICECOACH_KNOWLEDGE_DIR=str(settings.knowledge_dir),
        SERVICECOACH_VAR_DIR=str(settings.var_dir),
        HF_HUB_OFFLINE="1",
        **more,
    )


def test_a_missing_index_is_built_before_the_servers_and_then_found(tmp_path) -> None:
    settings = _small_knowledge(tmp_path)
    assert index_missing(settings)
    build_first(settings, _env(settings), tmp_path / "logs" / "index-build.log")
    assert not index_missing(settings)  # the action server will load it, not build it
    assert "index ready" in (tmp_path / "logs" / "index-build.log").read_text()


def test_look_alike_an_index_already_built_is_not_built_again() -> None:
    assert not index_missing(Settings())  # the repo's own knowledge: built by `servicecoach index`


def test_look_alike_no_knowledge_folder_means_nothing_to_build(tmp_path) -> None:
    assert not index_missing(Settings(knowledge_dir=tmp_path / "none", var_dir=tmp_path / "var"))


def test_a_failed_build_says_so_with_its_log(tmp_path) -> None:
    settings = _small_knowledge(tmp_path)
    log = tmp_path / "logs" / "index-build.log"
    with pytest.raises(RuntimeError, match="index-build.log"):
        build_first(settings, _env(settings, SERVICECOACH_EMBEDDING_MODEL=str(tmp_path / "no-model")), log)


def test_the_chat_builds_a_missing_index_before_it_starts_a_server(tmp_path, monkeypatch, capsys) -> None:
    """`servicecoach chat`'s start (`start_for_a_person`): the index first, then the servers; a
    server that then fails is told with what to do (no server really starts here)."""
    settings = _small_knowledge(tmp_path)
    order: list[str] = []
    monkeypatch.setattr(stack_module, "ports_in_use", lambda *a: [])
    monkeypatch.setattr(stack_module, "build_first", lambda *a: order.append("index"))
    monkeypatch.setattr(stack_module, "ensure_model", lambda *a, **k: tmp_path / "model.tar.gz")

    def start(self) -> None:
        order.append(self.name)
        raise ServerError(f"The {self.name} stopped while starting.")

    monkeypatch.setattr(stack_module.ManagedProcess, "start", start)
    assert stack_module.start_for_a_person(settings, "nl") == 1
    assert order == ["index", "action server"]
    said = capsys.readouterr().err
    assert (
        t("startup_index", "nl") in said
        and t("startup_failed_what_to_do", "nl", logs=settings.log_dir) in said
    )


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_server_that_fails_to_start_is_told_in_the_persons_language(
    tmp_path, monkeypatch, capsys, lang
) -> None:
    settings = Settings(var_dir=tmp_path / "var")
    monkeypatch.setattr(stack_module, "ports_in_use", lambda *a: [])

    def fail(self) -> None:
        raise ServerError("The action server stopped while starting. See its log: x.log")

    monkeypatch.setattr(stack_module.Stack, "start", fail)
    assert stack_module.start_for_a_person(settings, lang) == 1
    said = capsys.readouterr().err
    assert t("startup_failed", lang, error="").strip() in said
    assert t("startup_failed_what_to_do", lang, logs=settings.log_dir) in said
    assert said.index("Sorry") < said.index("servicecoach index")
