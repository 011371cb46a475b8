"""Make `app-db-main-579ccba.sqlite`: an app database as the code of commit 579ccba (before
Alembic) created it, with rows in every table, for tests/unit/test_migrations.py.

It must run against that OLD checkout, using its own stores and ORM, e.g.:

    mkdir -p /tmp/oldmain && git archive 579ccba | tar -x -C /tmp/oldmain
    .venv/bin/python tests/data/make_old_app_db.py /tmp/oldmain tests/data/app-db-main-579ccba.sqlite

The rows (and what the migration test expects of them):
- tg-alice: joined with a manager code for team "front-desk" (profile and member agree),
  has a finished self-check, weekly tips, a stored chat and one tip sent;
- tg-bob: joined as employee, then `servicecoach profile set` made his profile a manager of
  "kitchen": profile and member differ, the member's (Telegram) side is the one in force;
- tg-carol: an admin admitted by the allow-list, with a stored chat;
- tg-dave: a member row without a profile (made directly, as an old bug could leave it);
- term-erin: a terminal user with a profile only, and a paused self-check.
"""

from __future__ import annotations

import sqlite3
import sys
from datetime import datetime
from pathlib import Path


def main(old_checkout: Path, target: Path) -> None:
    sys.path.insert(0, str(old_checkout.resolve()))
    from bot.telegram.callback_data import CallbackStore

    from bot.storage.access import AccessStore, Member
    from bot.storage.db import engine_for, sessions
    from bot.storage.insights import InsightsStore
    from bot.storage.notices import NoticeStore
    from bot.tips.scheduler import TipScheduler

    target.unlink(missing_ok=True)
    url = f"sqlite:///{target.resolve()}"
    access = AccessStore(url)
    repo = access.repo

    code, _ = access.create_invite("manager", "front-desk", days=30, max_uses=5, label="managers, March")
    access.redeem("tg-alice", code)
    code, _ = access.create_invite("employee", "kitchen")
    access.redeem("tg-bob", code)
    repo.set_profile("tg-bob", "manager", "kitchen")  # the CLI's `profile set`: only the profile
    _, revoked = access.create_invite("admin")
    access.revoke(revoked.id)
    access.add_member("tg-carol", "admin", "office")
    with sessions(url).begin() as s:
        s.add(Member(user_id="tg-dave", role="employee", team="bar", joined_at=datetime(2024, 5, 1, 9, 0)))
    repo.set_profile("term-erin", "employee", None)

    access.remember_chat("tg-alice", 1001, "en")
    access.remember_chat("tg-carol", 1003, "nl")

    run = repo.start_run("tg-alice", "keeping-promises")
    for n, value in enumerate((4, 5, 3), 1):
        repo.answer(run.run_id, f"s{n}", value)
    repo.finish(run.run_id)
    run = repo.start_run("term-erin", "listening")
    repo.answer(run.run_id, "s1", 2)
    repo.pause("term-erin")

    insights = InsightsStore(url)
    ref = insights.log_answer("Hoe ga ik om met een boze klant?", "nl", "angry-customer", [
        {"id": "angry-customer", "score": 0.82}, {"id": "listening", "score": 0.51}])
    insights.record_feedback(ref, "up")
    insights.log_answer("A weekly tip", "en", "feedback-culture", [], kind="tip")
    insights.log_gap("Wat is het wifi-wachtwoord?", "nl", "no_answer")
    insights.log_gap("How do I handle refunds?", "en", "unsure", "complaints", 0.31)

    notices = NoticeStore(url)
    sent = notices.add("knowledge/broken.md:3: missing title")
    notices.mark_delivered(sent.id)
    notices.add("knowledge/other.md:1: unknown audience")

    tips = TipScheduler(url, ["feedback-culture", "one-on-ones"])
    tips.opt_in("tg-alice", day=0, hour=9, timezone="Europe/Amsterdam", lang="en")
    tips.mark_sent("tg-alice", "feedback-culture")

    callbacks = CallbackStore(url)
    callbacks.encode("/ask_question" + '{"question":"' + "Hoe geef ik feedback aan een collega? " * 3 + '"}')

    engine_for(url).dispose()
    with sqlite3.connect(target) as conn:  # one self-contained file, no -wal beside it
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("VACUUM")
    import bot

    print(f"wrote {target} with the code in {Path(bot.__file__).parent.parent}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: make_old_app_db.py OLD_CHECKOUT TARGET.sqlite")
    main(Path(sys.argv[1]), Path(sys.argv[2]))
