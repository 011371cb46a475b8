"""Telegram front end parts that need no Rasa: rendering against the fake Bot API,
callback data, access codes, pseudonyms, ordering, secrets in logs, the door."""

from __future__ import annotations

import asyncio
import logging
import os
import stat
from datetime import timedelta

import pytest
from telegram import Bot

from bot.channels.telegram.callback_data import LIMIT, CallbackStore
from bot.channels.telegram.ordering import PerUserOrder
from bot.channels.telegram.render import to_outgoing
from bot.channels.telegram.send import send_replies
from bot.dialogue.client import RasaClient, RasaUnavailable
from bot.dialogue.retry import RetryPolicy
from bot.dialogue.split import split_text
from bot.privacy.pseudonym import Pseudonyms, load_or_create_key
from bot.settings import Settings, get_settings
from bot.storage.access import AccessStore, Invite
from bot.storage.models import now
from tests.fakes.telegram import ApiError, FakeTelegram, parse_html
from tests.helpers import TOKEN, bot_settings, free_port, new_user, start_bot, tracker_events


@pytest.fixture()
def fake():
    with FakeTelegram(TOKEN) as tg:
        yield tg


@pytest.fixture()
def settings(tmp_path) -> Settings:
    return Settings(var_dir=tmp_path, rasa_port=free_port(), action_port=free_port())


def test_the_fake_parses_html_like_telegram() -> None:
    assert parse_html("a &lt;b&gt; &amp; <b>c</b>") == "a <b> & c"
    for bad in ("a < b", "fish & chips", "<x>hi</x>", "<b>open", "&nbsp;"):
        with pytest.raises(ApiError):
            parse_html(bad)


def test_split_keeps_paragraphs_and_fits_the_limit() -> None:
    paragraphs = [f"Alinea {n}: " + "klant & medewerker <samen>. " * 40 for n in range(12)]
    pieces = split_text("\n\n".join(paragraphs))
    assert len(pieces) > 1
    assert "\n\n".join(pieces) == "\n\n".join(paragraphs).strip()  # cut only between paragraphs
    assert all(p.startswith("Alinea") for p in pieces)
    one_word = split_text("x" * 9000)
    assert "".join(one_word) == "x" * 9000 and all(len(p) <= 4096 for p in one_word)


def test_long_text_and_markup_are_sent_safely(fake, settings, tmp_path) -> None:
    user = new_user()
    fake.send_text(user, "hoi")  # the chat exists once the user has written
    long_text = "\n\n".join(
        f"Deel {n} <b>niet vet</b> & 'quotes' " + "woord " * 299 + "eind." for n in range(6)
    )
    replies = [
        {"text": long_text, "buttons": [{"title": "Vraag <1>", "payload": "Wat doe ik als " + "x" * 200}]},
        {"text": "a < b && c > d"},
    ]
    store = CallbackStore(settings.app_db_url)

    async def run() -> int:
        async with Bot(TOKEN, base_url=f"{fake.base_url}/bot") as bot:
            return await send_replies(bot, user.id, replies, store.encode, tmp_path)

    count = asyncio.run(run())
    sent = fake.messages_to(user.id)
    assert count == len(sent) >= 3
    texts = [m.text for m in sent]
    assert "\n\n".join(texts[:-1]) == long_text.strip()  # nothing lost, nothing escaped twice
    assert texts[-1] == "a < b && c > d"
    assert all(len(t) <= 4096 for t in texts)
    assert sent[-2].buttons and not any(m.buttons for m in sent[:-2])  # buttons on the last piece
    data = sent[-2].buttons[0]["callback_data"]
    assert len(data.encode()) <= LIMIT
    assert CallbackStore(settings.app_db_url).decode(data) == "Wat doe ik als " + "x" * 200  # after restart


def test_a_chart_outside_var_is_not_sent(tmp_path) -> None:
    out = to_outgoing([{"text": "chart", "image": "file:///etc/passwd"}])
    assert out[0].photo == "file:///etc/passwd"
    from bot.channels.telegram.send import local_image

    assert local_image("file:///etc/passwd", tmp_path) is None
    png = tmp_path / "charts" / "c.png"
    png.parent.mkdir()
    png.write_bytes(b"\x89PNG\r\n\x1a\n")
    assert local_image(png.as_uri(), tmp_path) == png.resolve()


def test_invite_codes_roles_limits_expiry_and_revocation(settings) -> None:
    store = AccessStore(settings.app_db_url)
    code, info = store.create_invite("manager", "balie", max_uses=1)
    assert info.role == "manager" and info.usable and len(code) == 10
    member = store.redeem("tg-a", code.lower()[:4] + "-" + code.lower()[4:])  # case and dashes ignored
    assert member is not None and (member.role, member.team) == ("manager", "balie")
    assert store.repo.profile("tg-a").role == "manager"
    assert store.redeem("tg-b", code) is None  # used up
    expiring, info = store.create_invite("employee", days=1)
    with store._sessions.begin() as s:
        s.get(Invite, info.id).expires_at = now() - timedelta(minutes=1)
    assert store.redeem("tg-c", expiring) is None
    revoked, info = store.create_invite("employee")
    assert store.revoke(info.id)
    assert store.redeem("tg-d", revoked) is None
    assert store.redeem("tg-e", "NOSUCHCODE") is None
    assert [m.user_id for m in store.members()] == ["tg-a"]
    with pytest.raises(ValueError):
        store.create_invite("boss")


def test_pseudonyms_are_keyed_hashes_and_the_key_is_kept_private(tmp_path) -> None:
    key = load_or_create_key("", tmp_path)
    mode = stat.S_IMODE(os.stat(tmp_path / "telegram-hash.key").st_mode)
    assert mode == 0o600
    assert load_or_create_key("", tmp_path) == key  # made once
    sender = Pseudonyms(key).sender_id(123456789)
    assert "123456789" not in sender and sender.startswith("tg-")
    assert Pseudonyms(b"other key").sender_id(123456789) != sender
    assert Pseudonyms(key).sender_id(123456789) == sender


def test_env_file_fills_only_missing_settings(tmp_path, monkeypatch) -> None:
    env = tmp_path / ".env"
    env.write_text(
        '# comment\nTELEGRAM_BOT_TOKEN="123:abc"\nexport SERVICECOACH_RASA_PORT=6001\n'
        "SERVICECOACH_HOST=from-file\nUNRELATED=1\n"
    )
    monkeypatch.setenv("SERVICECOACH_ENV_FILE", str(env))
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    monkeypatch.delenv("SERVICECOACH_RASA_PORT", raising=False)
    monkeypatch.setenv("SERVICECOACH_HOST", "from-env")
    settings = get_settings()
    assert settings.telegram_token == "123:abc" and settings.rasa_port == 6001
    assert settings.host == "from-env"  # the environment wins
    assert "123:abc" not in repr(settings)  # secrets are never printed
    assert "TELEGRAM_BOT_TOKEN" not in os.environ  # the file does not leak into the environment


def test_updates_of_one_user_wait_for_each_other_but_not_for_others() -> None:
    from telegram import Chat, Message, Update, User

    def update(uid: int, n: int) -> Update:
        user = User(uid, "u", False)
        message = Message(n, None, Chat(uid, "private"), from_user=user, text=str(n))  # type: ignore[arg-type]
        return Update(n, message=message)

    async def scenario() -> list[str]:
        processor = PerUserOrder(8)
        log: list[str] = []
        release_a1 = asyncio.Event()

        async def job(name: str, wait: asyncio.Event | None = None) -> None:
            log.append(f"start {name}")
            if wait:
                await wait.wait()
            log.append(f"end {name}")

        a1 = asyncio.create_task(processor.process_update(update(1, 1), job("a1", release_a1)))
        a2 = asyncio.create_task(processor.process_update(update(1, 2), job("a2")))
        b1 = asyncio.create_task(processor.process_update(update(2, 3), job("b1")))
        await b1  # another user is not held up by a1
        assert "start a2" not in log  # the same user's next update waits
        release_a1.set()
        await asyncio.gather(a1, a2)
        return log

    log = asyncio.run(scenario())
    assert log.index("end b1") < log.index("end a1") < log.index("start a2")


def test_the_client_tells_the_user_at_once_and_gives_up_politely(caplog) -> None:
    told: list[str] = []

    async def notify(kind: str) -> None:
        told.append(kind)

    async def ask() -> None:
        policy = RetryPolicy(first_backoff=0.1, give_up_after=1.0)
        coach = RasaClient(f"http://127.0.0.1:{free_port()}", policy)
        try:
            await coach.ask("tg-x", "hallo", None, notify)
        finally:
            await coach.aclose()

    with pytest.raises(RasaUnavailable):
        asyncio.run(ask())
    assert told == ["reconnecting"]  # once, not on every retry
    assert len([r for r in caplog.records if "retrying" in r.getMessage()]) >= 2  # it did retry


def test_a_stranger_is_refused_without_reaching_rasa(fake, settings, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    s = bot_settings(settings, fake)
    stranger = new_user()
    with start_bot(s):
        fake.send_text(stranger, "hallo")
        fake.send_text(stranger, "/zelftest")
        fake.send_text(stranger, "/start NOTACODE9")
        sent = fake.wait_messages(stranger.id, 3)
        fake.send_update(
            {
                "message": {
                    "message_id": 5,
                    "date": 0,
                    "chat": {"id": -100, "type": "group", "title": "g"},
                    "from": stranger.as_dict(),
                    "text": "hallo groep",
                }
            }  # fmt: skip
        )
        fake.wait_for(lambda: fake.pending_updates() == 0, what="group update fetched")
    assert "alleen voor medewerkers" in sent[0].text and "uitnodigingscode" in sent[0].text
    assert "alleen voor medewerkers" in sent[1].text
    assert "ken ik niet" in sent[2].text
    # Rasa is not even running here: had anything been sent on, the bot would have said so
    assert not any("servers" in m.text for m in fake.messages_to(stranger.id))
    assert AccessStore(s.app_db_url).members() == []
    assert (
        AccessStore(s.app_db_url).repo.profile(
            Pseudonyms(s.telegram_hash_key.encode()).sender_id(stranger.id)
        )
        is None
    )
    assert not (settings.var_dir / "tracker.db").exists() or not tracker_events(s)
    assert TOKEN not in caplog.text and s.telegram_hash_key not in caplog.text  # secrets never logged


def test_webhook_mode_is_chosen_by_configuration(settings) -> None:
    from bot.channels.telegram.webhook import webhook_options

    assert webhook_options(settings) is None  # polling by default
    hook = settings.model_copy(
        update={"telegram_webhook_url": "https://coach.example.org/tg/hook", "telegram_webhook_port": 8444}
    )
    options = webhook_options(hook)
    assert options["url_path"] == "tg/hook" and options["port"] == 8444 and options["listen"] == "127.0.0.1"
    assert len(options["secret_token"]) >= 32  # never without a secret
    secret = hook.model_copy(update={"telegram_webhook_secret": "s3cret_x"})
    assert webhook_options(secret)["secret_token"] == "s3cret_x"
    with pytest.raises(ValueError):
        webhook_options(settings.model_copy(update={"telegram_webhook_url": "coach.example.org"}))


def test_a_pinned_language_survives_a_restart_and_forget_removes_it(fake, settings) -> None:
    """The bot keeps no user state in memory: /taal en is stored, so a new Application on the
    same database still speaks English to this Dutch Telegram client; /vergeet removes it."""
    s = bot_settings(settings, fake)
    store = AccessStore(s.app_db_url)
    user = new_user("nl")
    pseudonym = Pseudonyms(s.telegram_hash_key.encode()).sender_id(user.id)
    code, _ = store.create_invite("admin")
    assert store.redeem(pseudonym, code)
    quick = RetryPolicy(first_backoff=0.1, give_up_after=0.5)  # no Rasa here: give up at once

    with start_bot(s, policy=quick):
        fake.send_text(user, "/privacy")
        assert "Wat ik bewaar" in fake.wait_messages(user.id, 1)[-1].text
        fake.send_text(user, "/taal en")
        fake.wait_for(lambda: any("try again" in m.text for m in fake.messages_to(user.id)), what="gave up")
    assert store.profiles.language(pseudonym) == "en"

    with start_bot(s, policy=quick):  # a restart: a new Application, the same database
        before = len(fake.messages_to(user.id))
        fake.send_text(user, "/privacy")
        assert "What I keep" in fake.wait_messages(user.id, before + 1)[-1].text
        assert store.chat(pseudonym).lang == "en"  # an admin's chat, kept for notices, in their language
        fake.send_text(user, "/forget")
        confirm = fake.wait_messages(user.id, before + 2)[-1]
        fake.press(user, confirm, confirm.button("Yes")["callback_data"])
        fake.wait_for(lambda: len(fake.messages_to(user.id)) >= before + 3, what="forgotten")
    assert store.profiles.profile(pseudonym) is None and store.chat(pseudonym) is None
