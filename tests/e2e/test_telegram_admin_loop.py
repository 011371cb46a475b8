"""Admin and manager features in Telegram: weekly tips (/tips and the tip job), the
knowledge report (/report) and admin notices, against the fake Bot API server. Tests that
press a button answered by the coach use the session's real Rasa and action servers;
time is injected (the tip job's clock), so nothing waits for a week or a timer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.channels.telegram.tips import parse_tips_args
from bot.content.articles import load_articles
from bot.settings import Settings
from bot.storage.access import AccessStore
from bot.storage.insights import InsightsStore
from bot.storage.notices import NoticeStore
from bot.tips.scheduler import TipScheduler, manager_article_ids
from bot.tips.timing import DEFAULT_DAY, DEFAULT_HOUR
from tests.e2e.telegram_steps import exchange, has, sender
from tests.fakes.telegram import FakeTelegram, FakeUser
from tests.helpers import bot_settings, free_port, new_user, start_bot

HOUR = 3600.0  # a job interval that never fires during a test: jobs are run by hand


def member(settings: Settings, role: str = "employee", language: str = "nl") -> FakeUser:
    user = new_user(language)
    store = AccessStore(settings.app_db_url)
    code, _ = store.create_invite(role, "balie" if role != "admin" else None, max_uses=1)
    assert store.redeem(sender(settings, user), code)
    return user


def texts(fake: FakeTelegram, user: FakeUser) -> list[str]:
    return [m.text for m in fake.messages_to(user.id)]


def any_reply(new) -> bool:
    return bool(new)


class Clock:
    """The tip job's "now", moved by the test."""

    def __init__(self) -> None:
        self.now: datetime | None = None

    def __call__(self) -> datetime:
        return self.now or datetime.now(UTC)


def test_tips_arguments() -> None:
    assert parse_tips_args([]) == ("show", DEFAULT_DAY, DEFAULT_HOUR)
    assert parse_tips_args(["uit"]) == parse_tips_args(["off"])[:1] + (DEFAULT_DAY, DEFAULT_HOUR)
    assert parse_tips_args(["aan"]) == ("on", DEFAULT_DAY, DEFAULT_HOUR)
    assert parse_tips_args(["aan", "dinsdag", "9"]) == ("on", 1, 9)
    assert parse_tips_args(["on", "tue", "9"]) == ("on", 1, 9)
    assert parse_tips_args(["on", "14:00", "Fri"]) == ("on", 4, 14)
    assert parse_tips_args(["aan", "za", "22u"]) == ("on", 5, 22)
    for bad in (["aan", "morgen"], ["aan", "25"], ["graag"], ["uit", "9"], ["aan", "di", "wo"]):
        with pytest.raises(ValueError):
            parse_tips_args(bad)


@pytest.mark.e2e
def test_the_weekly_tip_is_sent_once_to_an_opted_in_manager(fake, stack) -> None:
    settings = bot_settings(stack.settings, fake)
    clock = Clock()
    bot = start_bot(
        settings, revive=stack.restart_dead, clock=clock, tips_interval=HOUR, notice_interval=HOUR
    )
    try:
        manager, employee = member(settings, "manager"), member(settings, "employee")
        on = exchange(fake, bot, manager, "/tips aan dinsdag 9", until=has("Afgesproken"))
        assert "elke dinsdag om 9:00" in on[-1].text
        refused = exchange(fake, bot, employee, "/tips aan", until=any_reply)
        assert "voor leidinggevenden" in refused[0].text

        scheduler = TipScheduler(settings.app_db_url, manager_article_ids(settings.knowledge_dir))
        access = AccessStore(settings.app_db_url)
        subscription = scheduler.subscription(sender(settings, manager))
        assert (subscription.day, subscription.hour, subscription.lang) == (1, 9, "nl")
        assert scheduler.subscription(sender(settings, employee)) is None
        assert access.chat(sender(settings, manager)).chat_id == manager.id  # kept to deliver the tip
        assert access.chat(sender(settings, employee)) is None  # nothing kept for the refused

        # before the slot: nothing; just past it: one tip; again: nothing (sent once)
        clock.now = subscription.next_at - timedelta(minutes=1)
        assert bot.run_job(bot.parts.tips) == 0
        clock.now = subscription.next_at + timedelta(minutes=2)
        assert bot.run_job(bot.parts.tips) == 1
        assert bot.run_job(bot.parts.tips) == 0

        [article_id] = scheduler.sent(sender(settings, manager))
        assert article_id in manager_article_ids(settings.knowledge_dir)
        articles, _ = load_articles(settings.knowledge_dir)
        title = next(a.title for a in articles if a.id == article_id and a.lang == "nl")
        to_manager = [
            c for c in fake.calls_of("sendMessage") if c["chat_id"] == manager.id and title in c["text"]
        ]
        assert len(to_manager) == 1
        tip = next(m for m in fake.messages_to(manager.id) if "Coachingstip van de week" in m.text)
        # the source line names the title, not the id (stop 49)
        assert f"Coachingstip van de week: {title}" in tip.text and f"Bron: artikel “{title}”" in tip.text
        assert "Probeer deze week met je team:" in tip.text
        assert not any("Coachingstip" in text for text in texts(fake, employee))

        # the button asks the real coach for the whole article
        advice = exchange(
            fake, bot, manager, press=(tip, tip.button("Lees het hele advies")), until=has("Bron:")
        )
        assert any(f"Bron: artikel “{title}”" in m.text for m in advice)

        status = exchange(fake, bot, manager, "/tips", until=any_reply)
        assert "elke dinsdag om 9:00" in status[0].text
        assert (
            subscription.next_at + timedelta(days=6)
            < scheduler.subscription(sender(settings, manager)).next_at
        )

        off = exchange(fake, bot, manager, "/tips uit", until=any_reply)
        assert "geen wekelijkse tips meer" in off[0].text
        assert scheduler.subscription(sender(settings, manager)) is None
        assert access.chat(sender(settings, manager)) is None  # the chat id goes with the opt-out
    finally:
        bot.stop()


@pytest.mark.e2e
def test_forget_removes_the_tip_subscription(fake, stack) -> None:
    settings = bot_settings(stack.settings, fake)
    clock = Clock()
    bot = start_bot(
        settings, revive=stack.restart_dead, clock=clock, tips_interval=HOUR, notice_interval=HOUR
    )
    try:
        manager = member(settings, "manager", language="en")
        pseudonym = sender(settings, manager)
        exchange(fake, bot, manager, "/tips on fri 14", until=has("Done"))
        scheduler = TipScheduler(settings.app_db_url, [])
        clock.now = scheduler.subscription(pseudonym).next_at + timedelta(minutes=1)
        assert bot.run_job(bot.parts.tips) == 1
        assert scheduler.sent(pseudonym)

        confirm = exchange(fake, bot, manager, "/forget")
        exchange(fake, bot, manager, press=(confirm[-1], confirm[-1].button("Yes")), until=has("Done:"))
        assert scheduler.subscription(pseudonym) is None
        assert scheduler.sent(pseudonym) == []
        assert AccessStore(settings.app_db_url).chat(pseudonym) is None
        clock.now += timedelta(days=7)
        assert bot.run_job(bot.parts.tips) == 0
    finally:
        bot.stop()


@pytest.mark.e2e
def test_report_for_admins_and_a_refusal_for_others(fake, stack) -> None:
    settings = bot_settings(stack.settings, fake)
    bot = start_bot(settings, revive=stack.restart_dead, tips_interval=HOUR, notice_interval=HOUR)
    try:
        admin, employee = member(settings, "admin"), member(settings, "employee")
        exchange(fake, bot, employee, "hoe ga ik om met een boze klant?", until=has("Bron:"))

        report = "\n".join(m.text for m in exchange(fake, bot, admin, "/report", until=has("Vragen zonder")))
        assert "Kennisrapport (alles)" in report
        assert "Meest gevraagde onderwerpen" in report and "(angry-customer)" in report
        assert "Antwoorden die niet nuttig waren" in report
        recent = exchange(fake, bot, admin, "/report 7d", until=has("Vragen zonder"))
        assert "Kennisrapport (sinds " in recent[0].text
        assert "Gebruik: /report" in exchange(fake, bot, admin, "/report gisteren", until=any_reply)[0].text

        refused = exchange(fake, bot, employee, "/report", until=any_reply)
        assert len(refused) == 1 and "alleen voor beheerders" in refused[0].text

        helped = exchange(fake, bot, admin, "/help")
        assert "/report" in helped[0].text and "/tips aan" in helped[0].text
        assert "Dit kan ik voor je doen" in helped[-1].text and helped[-1].buttons
        plain = exchange(fake, bot, employee, "/help")
        assert "/zelftest" in plain[0].text and "/report" not in plain[0].text
    finally:
        bot.stop()


def test_a_long_report_is_split_under_telegrams_limit(fake, tmp_path) -> None:
    """No Rasa needed: /report reads the database the action server writes."""
    base = Settings(var_dir=tmp_path, rasa_port=free_port(), action_port=free_port())
    settings = bot_settings(base, fake)
    insights = InsightsStore(settings.app_db_url)
    # ten long questions on ten unrelated topics the knowledge does not cover: ten groups
    # (random letters would not do: to the embedding model all such noise looks alike)
    topics = [
        "hoe vul ik de belastingaangifte in voor mijn zeilboot in Portugal",
        "welke vaccinaties heeft mijn papegaai nodig voor een vlucht naar Peru",
        "hoe snoei ik een oude perenboom in de winter zonder hem te beschadigen",
        "welke opening speel ik met zwart tegen een agressieve schaakspeler",
        "hoe lang moet verse pasta drogen voordat ik hem kan invriezen",
        "wanneer moet ik de winterbanden van mijn bestelbus vervangen",
        "hoe leg ik verstrengeling in de kwantummechanica uit aan een kind",
        "welke naalden gebruik ik voor het breien van een dikke wollen trui",
        "hoe vind ik de Andromedanevel met een kleine telescoop in de tuin",
        "hoe repareer ik een lekkende kraan in een badkamer uit de jaren zestig",
    ]
    # six times each: the ten alone must make the report longer than one Telegram message
    for n, topic in enumerate(topics):
        insights.log_gap(f"vraag {n} " + " en ".join([topic] * 6) + "?", "nl", "no_answer")
    admin = member(settings, "admin")
    bot = start_bot(settings, tips_interval=HOUR, notice_interval=HOUR)
    try:
        # the bot's first /report loads the embedding model (kept for later reports): on a
        # busy 2-core machine that can take a minute or two, so wait longer than for a chat reply
        pieces = exchange(fake, bot, admin, "/report", until=has("vraag 9"), timeout=180)
        assert len(pieces) >= 2  # the fake refuses a message over 4096 characters
        joined = "\n".join(p.text for p in pieces)
        assert joined.startswith("Kennisrapport") and all(f"vraag {n} " in joined for n in range(10))
    finally:
        bot.stop()


def test_an_admin_notice_is_delivered_once_to_admins_only(fake, tmp_path) -> None:
    """Runs the real periodic job (a short interval) and then by hand: one delivery."""
    base = Settings(var_dir=tmp_path, rasa_port=free_port(), action_port=free_port())
    settings = bot_settings(base, fake)
    admin, other_admin = member(settings, "admin"), member(settings, "admin", language="en")
    manager, employee = member(settings, "manager"), member(settings, "employee")
    notices = NoticeStore(settings.app_db_url)
    bot = start_bot(settings, tips_interval=HOUR, notice_interval=0.2)
    try:
        for user in (admin, other_admin, manager, employee):  # each has a chat with the bot
            exchange(fake, bot, user, "/privacy", until=any_reply)
        access = AccessStore(settings.app_db_url)
        assert {c.chat_id for c in access.chats("admin")} == {admin.id, other_admin.id}
        assert (
            access.chat(sender(settings, employee)) is None and access.chat(sender(settings, manager)) is None
        )

        problem = "knowledge/nl/angry-customer.md:1: missing field 'title' <front matter> & more"
        notice = notices.add("Knowledge update NOT published.\n" + problem)
        fake.wait_for(lambda: notice.id not in [n.id for n in notices.pending()], 30, "the notice delivered")
        assert bot.run_job(bot.parts.notices) == 0  # delivered already: not again
        assert [t for t in texts(fake, admin) if problem in t] == [
            "Melding voor beheerders (kennisbank):\nKnowledge update NOT published.\n" + problem
        ]
        assert len([t for t in texts(fake, other_admin) if problem in t]) == 1
        assert any(t.startswith("Notice for admins") for t in texts(fake, other_admin))
        assert not any(problem in t for t in texts(fake, manager) + texts(fake, employee))
    finally:
        bot.stop()
