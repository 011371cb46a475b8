"""Publish per file (bot/content/publishing.py): a broken file keeps its last good version,
across restarts, while the other files go live; drafts and half-arrived pairs are held."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.content.publishing import DRAFT, HELD, LAST_GOOD, LIVE, keep_last_good, plan_publication
from tests.helpers import ROOT


@pytest.fixture
def knowledge(tmp_path: Path) -> Path:
    folder = tmp_path / "knowledge"
    for lang in ("nl", "en"):
        (folder / lang).mkdir(parents=True)
        for name in ("angry-customer.md", "complaint-handling.md", "service-recovery.md"):
            shutil.copy(ROOT / "knowledge" / lang / name, folder / lang / name)
    for path in folder.rglob("*.md"):  # keep related ids inside this small set
        text = path.read_text(encoding="utf-8")
        start = text.index("\nrelated:")
        end = text.index("\n", start + 1)
        path.write_text(text[:start] + "\nrelated: [service-recovery]" + text[end:], encoding="utf-8")
    for lang in ("nl", "en"):  # service-recovery relates to nothing
        path = folder / lang / "service-recovery.md"
        path.write_text(path.read_text().replace("related: [service-recovery]", "related: []"))
    return folder


def publish(knowledge: Path, last_good: Path):
    pub = plan_publication(knowledge, last_good)
    keep_last_good(pub, knowledge, last_good)
    return pub


def test_a_broken_file_keeps_its_last_good_version_and_the_others_go_live(knowledge, tmp_path) -> None:
    last_good = tmp_path / "state"
    first = publish(knowledge, last_good)
    assert {f.state for f in first.files.values()} == {LIVE}, first.problems
    broken = knowledge / "nl" / "angry-customer.md"
    broken.write_text(broken.read_text().replace("lang: nl", "lang: xx"))
    other = knowledge / "en" / "complaint-handling.md"
    other.write_text(other.read_text().replace('summary: "', 'summary: "Kreeftregel. ', 1))
    # a fresh process (a restart): only the files and the last good copies remain
    pub = publish(knowledge, last_good)
    assert pub.files["nl/angry-customer.md"].state == LAST_GOOD
    assert any("'lang'" in r for r in pub.files["nl/angry-customer.md"].reasons)
    assert pub.files["en/complaint-handling.md"].state == LIVE
    served = {(a.id, a.lang): a for a in pub.articles}
    assert served[("angry-customer", "nl")].lang == "nl"  # the last good version, still served
    assert served[("complaint-handling", "en")].summary.startswith("Kreeftregel")


def test_new_template_bad_related_and_half_a_pair_are_held_back(knowledge, tmp_path) -> None:
    from bot.content.scaffold import scaffold_article

    scaffold_article(knowledge, "phone-etiquette")
    bad = knowledge / "en" / "complaint-handling.md"
    bad.write_text(bad.read_text().replace("related: [service-recovery]", "related: [no-such-article]"))
    pub = publish(knowledge, tmp_path / "state")
    assert pub.files["nl/phone-etiquette.md"].state == HELD
    assert pub.files["en/complaint-handling.md"].state == HELD  # never good, not served
    assert any("no-such-article" in r for r in pub.files["en/complaint-handling.md"].reasons)
    assert any("waits for its en version" in r for r in pub.files["nl/complaint-handling.md"].reasons)
    assert pub.files["nl/angry-customer.md"].state == LIVE
    assert ("phone-etiquette", "nl") not in {a.key for a in pub.articles}


def test_drafts_are_checked_not_served(knowledge, tmp_path) -> None:
    for lang in ("nl", "en"):
        path = knowledge / lang / "service-recovery.md"
        path.write_text(path.read_text().replace("\nlang:", "\ndraft: true\nlang:", 1))
    pub = publish(knowledge, tmp_path / "state")
    assert pub.files["nl/service-recovery.md"].state == DRAFT
    assert "service-recovery" not in {a.id for a in pub.articles}
    # articles relating to the draft are held back: the link would lead nowhere
    assert pub.files["nl/angry-customer.md"].state == HELD


def test_a_restart_tells_the_admins_again_what_is_held_back(tmp_path: Path) -> None:
    """The notice dedupe (several workers see one broken file at once) must not swallow the
    start-up notice after a restart that follows a live-reload notice within a minute."""
    from bot.engine.live import ReloadReport
    from bot.insights.notices import AdminNotices, notice_text
    from bot.storage.migrate import ensure_schema
    from bot.storage.notices import NoticeStore

    url = f"sqlite:///{tmp_path / 'app.db'}"
    ensure_schema(url)
    problem = ("knowledge/nl/x.md:3: 'title' is missing",)
    reloaded, started = ReloadReport(problem, True), ReloadReport(problem, True, at_startup=True)
    assert notice_text(started).startswith("At start-up of the coach:")
    assert notice_text(started).endswith(notice_text(reloaded))
    notices = AdminNotices(url)
    for report in (reloaded, reloaded, started, started):  # two workers each time
        notices(report)
    recorded = [n.text for n in NoticeStore(url).recent(10)][::-1]
    assert recorded == [notice_text(reloaded), notice_text(started)]


def test_the_last_good_copy_is_the_version_that_was_checked_even_if_saved_again(knowledge, tmp_path) -> None:
    """The index goes live before the last good copies are written; an admin who saves again
    in between (here: an invalid edit) must neither turn the new text into the last good
    version nor lose the edit that was just checked and served. Found on fresh clones: the e2e
    live-update test then served no angry-customer at all, and, with a first fix that kept
    the earlier copy, the admin walkthrough served the version before the edit."""
    last_good = tmp_path / "state"
    publish(knowledge, last_good)
    article = knowledge / "nl" / "angry-customer.md"
    good = article.read_text(encoding="utf-8")
    edited = good.replace('\nsummary: "', '\nsummary: "Eerst tot vijf tellen. ', 1)
    article.write_text(edited, encoding="utf-8")
    checked = plan_publication(knowledge, last_good)  # the edit is valid and goes live
    assert checked.files["nl/angry-customer.md"].state == LIVE
    article.write_text(edited.replace("lang: nl", "lang: xx", 1), encoding="utf-8")  # saved again
    keep_last_good(checked, knowledge, last_good)
    copy = (last_good / "nl" / "angry-customer.md").read_text(encoding="utf-8")
    assert copy == edited  # exactly the version that was checked and served
    again = publish(knowledge, last_good)
    assert again.files["nl/angry-customer.md"].state == LAST_GOOD
    served = [a for a in again.articles if a.id == "angry-customer" and a.lang == "nl"]
    assert len(served) == 1 and served[0].summary.startswith("Eerst tot vijf tellen.")
    assert not list(last_good.rglob("*.tmp"))
