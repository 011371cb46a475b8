"""Telegram's refusals and group chats, by kind, against the fake Bot API (which answers
like Telegram: status code, `ok: false`, `description`, `parameters.retry_after`). The real
PTB Application runs with our handlers; no Rasa is needed (nothing here reaches the coach)."""

from __future__ import annotations

import logging

import pytest

from bot.channels.telegram.errors import unreachable
from bot.i18n import t
from bot.privacy.pseudonym import Pseudonyms
from bot.settings import Settings
from bot.storage.access import AccessStore
from bot.storage.notices import NoticeStore
from tests.fakes.telegram import FakeTelegram, FakeUser, utf16_len
from tests.helpers import HASH_KEY, TOKEN, BotRunner, bot_settings, free_port, new_user, start_bot

BOT_NAME = "servicecoach_test_bot"


@pytest.fixture()
def fake():
    with FakeTelegram(TOKEN, bot_username=BOT_NAME) as tg:
        yield tg


@pytest.fixture()
def settings(tmp_path, fake) -> Settings:
    base = Settings(var_dir=tmp_path, rasa_port=free_port(), action_port=free_port())
    return bot_settings(base, fake)


@pytest.fixture()
def bot(settings):
    runner = start_bot(settings, notice_interval=3600.0, tips_interval=3600.0)
    yield runner
    runner.stop()


def sender(user: FakeUser) -> str:
    return Pseudonyms(HASH_KEY.encode()).sender_id(user.id)


def member(
    settings: Settings, role: str = "employee", team: str | None = "balie", language: str = "nl"
) -> FakeUser:
    user = new_user(language)
    store = AccessStore(settings.app_db_url)
    code, _ = store.create_invite(role, team, max_uses=1)
    assert store.redeem(sender(user), code)
    return user


def settle(fake: FakeTelegram, bot: BotRunner) -> None:
    fake.wait_for(lambda: fake.pending_updates() == 0 and bot.idle(), 60, "the bot idle")


def test_in_groups_the_bot_says_one_note_when_added_and_nothing_else(fake, settings, bot) -> None:
    adder, other = member(settings), new_user()
    group, supergroup, channel = -4001, -1004002, -1004003
    fake.add_to_group(adder, group, "group")
    fake.add_to_group(other, supergroup, "supergroup")
    fake.add_to_group(adder, channel, "channel")
    for chat in (group, supergroup):
        for who in (adder, other):
            for text in ("/start", f"/start@{BOT_NAME}", "/help", "hallo coach", "/zelftest", "<b>x</b>"):
                fake.send_group(who, chat, text=text)
        fake.send_group(adder, chat, new_chat_members=[other.as_dict()])
        fake.send_group(adder, chat, left_chat_member=other.as_dict())
        fake.send_group(adder, chat, new_chat_title="Team chat 2")
        fake.send_group(other, chat, sticker={"file_id": "s", "file_unique_id": "s", "type": "regular",
                                              "width": 1, "height": 1, "is_animated": False,
                                              "is_video": False})  # fmt: skip
    for text in ("nieuws", "/start"):
        fake.send_group(None, channel, text=text)  # channel posts
    settle(fake, bot)
    for chat in (group, supergroup):
        said = fake.messages_to(chat)
        assert len(said) == 1, [m.text for m in said]
        assert f"https://t.me/{BOT_NAME}?start=" in said[0].text
    assert fake.messages_to(channel) == []


def test_service_messages_in_a_private_chat_get_no_answer(fake, settings, bot) -> None:
    user, stranger = member(settings), new_user()
    for who in (user, stranger):
        fake.send_text(who, "/privacy")  # registers the chat, gets one answer
        chat = {"id": who.id, "type": "private"}
        pinned = {"message_id": 1, "date": 0, "chat": chat}
        fake.send_update({"message": {"message_id": 9, "date": 0, "from": who.as_dict(), "chat": chat,
                                      "pinned_message": pinned}})  # fmt: skip
    settle(fake, bot)
    assert len(fake.messages_to(user.id)) == 1 and len(fake.messages_to(stranger.id)) == 1


@pytest.mark.parametrize(
    "refusal",
    ["Forbidden: bot was blocked by the user", "Forbidden: user is deactivated", "chat not found"],
)
def test_an_unreachable_admin_is_dropped_logged_once_and_not_retried(
    fake, settings, bot, refusal, caplog
) -> None:
    admin, other_admin = member(settings, "admin", None), member(settings, "admin", None)
    store = AccessStore(settings.app_db_url)
    fake.send_text(other_admin, "/privacy")  # the other admin's chat exists at Telegram
    settle(fake, bot)
    if refusal == "chat not found":
        store.remember_chat(sender(admin), 777_000_111, "nl")  # a chat Telegram does not know
    else:
        fake.send_text(admin, "/privacy")
        settle(fake, bot)
        fake.block(admin, refusal)
    caplog.set_level(logging.INFO)
    notices = NoticeStore(settings.app_db_url)
    for n in range(4):
        notices.add(f"Knowledge update {n} NOT published")
        bot.run_job(bot.parts.notices)
    admin_chat = 777_000_111 if refusal == "chat not found" else admin.id
    attempts = [c for c in fake.calls_of("sendMessage")
                if int(c["chat_id"]) == admin_chat and "NOT published" in c["text"]]  # fmt: skip
    assert len(attempts) == 1  # tried once, then never again
    assert store.chat(sender(admin)) is None  # the stale chat id is dropped
    assert len([r for r in caplog.records if "admin chat dropped" in r.getMessage()]) == 1
    assert notices.pending() == []  # the reachable admin got all four
    assert sum("NOT published" in m.text for m in fake.messages_to(other_admin.id)) == 4


def test_unreachable_is_decided_by_kind() -> None:
    from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter

    assert unreachable(Forbidden("Forbidden: bot was kicked from the group chat"))
    assert unreachable(BadRequest("Bad Request: chat not found"))
    assert not unreachable(BadRequest("Bad Request: message is too long"))
    assert not unreachable(NetworkError("timed out"))
    assert not unreachable(RetryAfter(3))


def test_a_late_button_answer_never_drops_the_tap(fake, settings, bot) -> None:
    user = member(settings)
    fake.send_text(user, "/vergeet")
    asked = fake.wait_messages(user.id, 1)[-1]
    fake.callbacks_expire = True  # Telegram: "query is too old ... or query ID is invalid"
    fake.press(user, asked, asked.button(t("forget_no", "nl"))["callback_data"])
    settle(fake, bot)
    said = [m.text for m in fake.messages_to(user.id)]
    assert said[-1] == t("not_forgotten", "nl")  # the button's action ran
    assert not any(t("no_answer", "nl") in s for s in said)
    assert fake.callback_answers == {}  # every answer was refused, as Telegram would


def test_long_admin_lists_are_split_under_the_limit(fake, settings, bot) -> None:
    store = AccessStore(settings.app_db_url)
    admin = member(settings, "admin", None)
    ids = [store.add_member(f"tg-member-{n:03d}-{'x' * 20}", "employee", f"team-{n:02d}").user_id
           for n in range(70)]  # fmt: skip
    invites = [store.create_invite("employee", f"afdeling-{n:02d}", days=30, max_uses=5,
                                   label=f"label {n} " + "y" * 20)[1] for n in range(45)]  # fmt: skip
    for command in ("/members", "/codes"):
        before = len(fake.messages_to(admin.id))
        fake.send_text(admin, command)
        settle(fake, bot)
        pieces = fake.messages_to(admin.id)[before:]
        assert len(pieces) >= 2, f"{command}: {len(pieces)} message(s)"
        assert all(utf16_len(p.raw) <= 4096 for p in pieces)
        shown = "\n".join(p.text for p in pieces)
        wanted = ids if command == "/members" else [f"#{i.id} " for i in invites]
        assert all(w in shown for w in wanted), command
        assert t("no_answer", "nl") not in shown


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_admin_commands_answer_in_the_admins_language(fake, settings, bot, lang) -> None:
    admin = member(settings, "admin", None, language=lang)
    other = "en" if lang == "nl" else "nl"
    said: dict[str, str] = {}
    for command in ("/invite employee balie uses=2", "/codes", "/members", "/invite chef", "/revoke 99999",
                    "/removemember nobody", "/setrole nobody employee"):  # fmt: skip
        before = len(fake.messages_to(admin.id))
        fake.send_text(admin, command)
        settle(fake, bot)
        said[command] = "\n".join(m.text for m in fake.messages_to(admin.id)[before:])
    code = said["/invite employee balie uses=2"]
    assert code.startswith(t("admin_invite_created", lang, code="").strip())
    assert t("admin_invite_used", lang, uses=0, most=2) in code and t("admin_invite_active", lang) in code
    assert t("admin_invite_used", other, uses=0, most=2) not in said["/codes"]
    assert t("admin_member", lang, user="", role="", team="", date="").split()[-1] in said["/members"]
    assert said["/invite chef"].startswith(t("admin_usage", lang, usage="/invite"))
    assert said["/revoke 99999"] == t("admin_no_such_code", lang)
    assert said["/removemember nobody"] == t("admin_no_such_member", lang)
    assert said["/setrole nobody employee"] == t("admin_no_such_member", lang)


def test_a_flood_limit_waits_retry_after_and_resends_once(fake, settings, bot) -> None:
    user = member(settings)
    fake.send_text(user, "/privacy")
    settle(fake, bot)
    fake.flood("sendMessage", retry_after=2)
    fake.send_text(user, "/privacy")
    settle(fake, bot)
    privacy = [m for m in fake.messages_to(user.id) if m.text == t("privacy", "nl").strip()]
    assert len(privacy) == 2  # the second one too, once
    times = [at for method, at in fake.call_times if method == "sendMessage"][-2:]
    assert times[1] - times[0] >= 2.0  # waited retry_after before the resend


@pytest.mark.parametrize("button", ["forget_no", "forget_yes"])
def test_a_double_tap_on_the_bots_own_buttons_acts_once(fake, settings, bot, button: str) -> None:
    """Telegram tester of stop 55: a double tap on "Nee, niet wissen" said "Oké, ik heb niets
    gewist." twice; the bot's own buttons (/vergeet) skipped the double-tap check."""
    user = member(settings)
    fake.send_text(user, "/vergeet")
    asked = fake.wait_messages(user.id, 1)[-1]
    data = asked.button(t(button, "nl"))["callback_data"]
    fake.press(user, asked, data)
    fake.press(user, asked, data)  # before the first tap's keyboard became "✓ ..."
    settle(fake, bot)
    said = [m.text for m in fake.messages_to(user.id)][1:]
    assert len(said) == 1, said
