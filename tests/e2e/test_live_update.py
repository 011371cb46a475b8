"""Live knowledge updates on the real stack: an edited article is answered from without a
restart, and an invalid edit keeps the last good version live and tells admins."""

from __future__ import annotations

import logging
import shutil
import time
import uuid
from pathlib import Path

import pytest

from bot.dialogue.client import RasaClient
from bot.stack.stack import Stack
from bot.storage.notices import NoticeStore
from tests.helpers import ROOT, seed_index_cache, stack_settings

pytestmark = pytest.mark.e2e

TARGET = "angry-customer"
QUESTION = "Hoe ga ik om met een boze klant?"
MARKER = "Kreeftregel"  # a word no article uses: seen in an answer only after the edit
WAIT = 60.0  # generous bound; the measured time is printed (benchmarks/ has the median)


def answer(client: RasaClient) -> tuple[str | None, str]:
    """(source article id, answer text) for the question, from a fresh conversation."""
    replies = client.send(f"live-{uuid.uuid4().hex[:8]}", QUESTION)
    found = [r["custom"] for r in replies if (r.get("custom") or {}).get("type") == "source"]
    return (found[0]["id"] if found else None), "\n".join(r.get("text", "") for r in replies)


def with_summary_lead(text: str, lead: str) -> str:
    """The article with a sentence put in front of its summary (the answer shows it)."""
    assert '\nsummary: "' in text
    return text.replace('\nsummary: "', f'\nsummary: "{lead} ', 1)


def private_knowledge(tmp_path: Path, monkeypatch) -> Path:
    """A copy of knowledge/ and of the embedding cache, so this test disturbs no other run,
    with the repo's index under the copy's key (seed_index_cache: what a first build of the
    copy would embed and fit, without the half minute of fitting)."""
    knowledge = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", knowledge)
    cache = tmp_path / "cache"
    cache.mkdir()
    for npz in (ROOT / "var" / "cache").glob("embeddings-*.npz"):
        shutil.copy(npz, cache / npz.name)
    seed_index_cache(knowledge, cache)
    monkeypatch.setenv("SERVICECOACH_KNOWLEDGE_DIR", str(knowledge))
    monkeypatch.setenv("SERVICECOACH_CACHE_DIR", str(cache))
    return knowledge


def poll(client: RasaClient, marker: str, timeout: float = WAIT) -> float | None:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        source, text = answer(client)
        if source == TARGET and marker in text:
            return time.monotonic() - started
        time.sleep(0.2)
    return None


def test_an_edit_goes_live_and_an_invalid_edit_keeps_the_last_good_version(
    tmp_path, monkeypatch, rasa_model
) -> None:
    knowledge = private_knowledge(tmp_path, monkeypatch)
    settings = stack_settings(tmp_path / "var")
    article = knowledge / "nl" / f"{TARGET}.md"
    original = article.read_text(encoding="utf-8")
    with Stack(settings, show_progress=False, model=rasa_model):
        client = RasaClient(settings.rasa_url)
        source, text = answer(client)
        assert source == TARGET and MARKER not in text

        saved = time.monotonic()
        article.write_text(with_summary_lead(original, f"{MARKER}: tel eerst tot vijf."), encoding="utf-8")
        elapsed = poll(client, MARKER)
        assert elapsed is not None, f"the edit was not answered from within {WAIT}s"
        print(f"\nsave-to-answer: {time.monotonic() - saved:.2f}s")

        # an invalid edit: an unknown language, and a different lead sentence
        broken = with_summary_lead(original, "Zeeegelregel: nooit gepubliceerd.").replace(
            "lang: nl", "lang: xx", 1
        )
        notices = NoticeStore(settings.app_db_url)
        before = len(notices.recent(100))
        article.write_text(broken, encoding="utf-8")
        deadline = time.monotonic() + WAIT
        while len(notices.recent(100)) == before and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(notices.recent(100)) == before + 1, "no admin notice was recorded"
        notice = notices.recent(1)[0]
        assert f"nl/{TARGET}.md:4:" in notice.text and "'lang'" in notice.text
        assert notice.delivered_at is None  # waiting for the Telegram bot to deliver it
        for _ in range(3):
            source, text = answer(client)
            assert source == TARGET and MARKER in text and "Zeeegelregel" not in text
        client.close()
    log = (settings.log_dir / "action-server.log").read_text(encoding="utf-8")
    assert "knowledge problem" in log and f"{TARGET}.md" in log


def wait_for(condition, timeout: float = WAIT) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_one_save_is_one_rebuild_and_readers_always_see_a_whole_index(
    tmp_path, monkeypatch, searcher, caplog
) -> None:
    """In process: the watcher's debounce, the atomic swap under concurrent searches, and a
    broken self-check that is reported without holding back a good article edit."""
    import threading

    from bot.engine import LiveKnowledge, Searcher, build_index
    from bot.insights.notices import AdminNotices
    from bot.settings import Settings

    caplog.set_level(logging.INFO, logger="bot.engine.live")
    knowledge = private_knowledge(tmp_path, monkeypatch)
    settings = Settings(knowledge_dir=knowledge, var_dir=tmp_path / "var")
    embedder = searcher.embedder
    live = LiveKnowledge(
        settings,
        embedder,
        Searcher(build_index(knowledge, settings.cache_dir, embedder), embedder),
        on_problems=AdminNotices(settings.app_db_url),  # as the action server wires it
    )
    errors: list[BaseException] = []
    stop = threading.Event()

    def reader() -> None:
        while not stop.is_set():
            try:
                current = live.current
                for result in current.search(QUESTION, lang="nl", top_k=3):
                    assert (result.id, "nl") in current.index.articles
            except BaseException as exc:  # noqa: BLE001 - collected for the assertion below
                errors.append(exc)

    threads = [threading.Thread(target=reader, daemon=True) for _ in range(2)]
    for thread in threads:
        thread.start()
    live.start_watching()
    try:
        time.sleep(0.5)  # the watcher is up
        article = knowledge / "nl" / f"{TARGET}.md"
        article.write_text(with_summary_lead(article.read_text(), f"{MARKER}."), encoding="utf-8")
        assert wait_for(lambda: live.generation == 1)
        time.sleep(1.5)
        assert live.generation == 1  # one save, one rebuild
        assert live.last_outcome.published and 0 < live.last_outcome.embedded < 10  # only what changed
        assert MARKER in live.current.index.articles[(TARGET, "nl")].summary
        published = [r for r in caplog.records if r.getMessage().startswith("knowledge published in")]
        assert published and "(generation 1)" in published[-1].getMessage()  # the admin's log says so

        # a broken self-check is reported, while a good article edit still goes live
        check = knowledge / "selfchecks" / "room-to-act.yml"
        check.write_text(check.read_text().replace("audience:", "audience: nobody\nold_audience:", 1))
        assert wait_for(lambda: live.generation == 2)
        notices = NoticeStore(settings.app_db_url).pending()
        assert len(notices) == 1 and "selfchecks/room-to-act.yml" in notices[0].text
        assert "skipped until fixed" in notices[0].text
    finally:
        stop.set()
        live.stop_watching()
        for thread in threads:
            thread.join(timeout=10)
    assert not errors, errors[:3]


def test_self_checks_follow_the_articles_they_use_without_a_restart(tmp_path, monkeypatch, searcher) -> None:
    """In process, wired as the action server wires it (the self-checks read the live
    article ids): deleting an article a check uses skips the check for real (not offered,
    not startable, an open run not resumed) and tells admins which check and article;
    a new check pointing to an article added in the same reload appears at once."""
    from bot.engine import LiveKnowledge
    from bot.insights.notices import AdminNotices
    from bot.selfchecks.service import SelfCheckService
    from bot.settings import Settings
    from bot.storage.migrate import ensure_schema
    from tests.helpers import four_point_selfcheck

    knowledge = private_knowledge(tmp_path, monkeypatch)
    settings = Settings(knowledge_dir=knowledge, var_dir=tmp_path / "var")
    ensure_schema(settings.app_db_url)
    # start-up as the action server does it: publishes and keeps the last good versions
    live = LiveKnowledge.start(settings, searcher.embedder, AdminNotices(settings.app_db_url))
    checks = SelfCheckService(settings, known_ids=lambda: {aid for aid, _ in live.current.index.articles})
    user, check = "employee-1", "keeping-promises"
    assert check in {c.id for c in checks.available(user)}
    assert checks.start(user, check) is not None  # a run is open

    # 1. delete an article the check reads (both languages): the check is skipped for real
    for lang in ("nl", "en"):
        (knowledge / lang / "culture-hospitality.md").unlink()
    live.reload()
    assert check not in {c.id for c in checks.available(user)}
    assert checks.start(user, check) is None and checks.open_step(user) is None
    notices = NoticeStore(settings.app_db_url).pending()
    assert len(notices) == 1, notices  # one reload, one notice
    # the check's line under its own heading, before the articles whose related ids now
    # point to nothing (those keep their last good version)
    first = notices[0].text.split("\n\n")[0]
    assert first.startswith("A self-check file has errors; it is skipped until fixed.")
    assert f"selfchecks/{check}.yml" in first and "unknown article ids: culture-hospitality" in first
    assert "related id 'culture-hospitality' does not exist" in notices[0].text

    # 2. a new article and a new check that points to it, in one reload: offered at once
    for lang in ("nl", "en"):
        source = (ROOT / "knowledge" / lang / "culture-hospitality.md").read_text(encoding="utf-8")
        (knowledge / lang / "hospitality-two.md").write_text(
            source.replace("id: culture-hospitality", "id: hospitality-two", 1), encoding="utf-8"
        )
    new_check = four_point_selfcheck(knowledge / "selfchecks", "hospitality-check")
    text = new_check.read_text(encoding="utf-8").replace("culture-hospitality", "hospitality-two")
    new_check.write_text(text, encoding="utf-8")
    assert "hospitality-two" in text
    live.reload()
    assert "hospitality-check" in {c.id for c in checks.available(user)}
    assert checks.start(user, "hospitality-check") is not None
