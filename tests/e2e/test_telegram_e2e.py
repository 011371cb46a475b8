"""The Telegram bot end to end: real Rasa and action servers (the session's `stack`),
the real python-telegram-bot Application, and a fake Bot API server on loopback that
speaks Telegram's HTTP protocol. Tests act as Telegram users."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.storage.access import AccessStore, Member
from bot.storage.models import Answer, Profile, SelfCheckRun
from tests.e2e.telegram_steps import exchange, has, member, sender
from tests.fakes.telegram import ApiError, Sent, post_update
from tests.helpers import (
    ROOT,
    bot_settings,
    free_port,
    new_user,
    start_bot,
    tracker_events,
    tracker_user_metadata,
)

pytestmark = pytest.mark.e2e
# the fixtures `fake`, `settings` and `bot` are in tests/e2e/conftest.py, the user's steps
# (`member`, `exchange`, ...) in tests/e2e/telegram_steps.py
PNG = b"\x89PNG\r\n\x1a\n"


def test_a_dutch_conversation_with_buttons(fake, settings, bot) -> None:
    user = member(settings)
    greeting = exchange(fake, bot, user, "/start")
    hello = greeting[-1]
    assert "servicecoach" in hello.text and "Waar kan ik je mee helpen?" in hello.text
    assert [b["text"] for b in hello.buttons][0] == "Omgaan met een boze klant"
    assert all(len(b["callback_data"].encode()) <= 64 for b in hello.buttons)
    # an employee is offered a problem of their own, a manager a coaching tip for the team
    assert "Een probleem dat ik niet kan oplossen" in [b["text"] for b in hello.buttons]
    assert not any("coachingstip" in b["text"] for b in hello.buttons)
    boss = exchange(fake, bot, member(settings, role="manager"), "/start")[-1]
    assert "Een coachingstip voor mijn team" in [b["text"] for b in boss.buttons]

    # a button press: acknowledged, marked as chosen, and answered from the knowledge base
    query = hello.button("boze klant")
    advice = exchange(fake, bot, user, press=(hello, query), until=has("Bron:"))
    assert "Bron:" in "\n".join(m.text for m in advice)
    answered = [q for q in fake.callback_answers if q in fake.callbacks_issued]
    assert len(answered) == 1  # acknowledged exactly once
    assert [b["text"] for b in fake.messages_to(user.id)[len(greeting) - 1].buttons] == [
        "✓ Omgaan met een boze klant"
    ]
    assert any(c["action"] == "typing" and c["chat_id"] == user.id for c in fake.calls_of("sendChatAction"))

    # Telegram's flood control: a 429 is waited out by PTB's rate limiter, nothing is lost
    fake.fail_next["sendMessage"] = [ApiError(429, "Too Many Requests: retry after 1", retry_after=1)]
    thanks = exchange(fake, bot, user, "bedankt!", until=lambda new: bool(new))
    assert "Graag gedaan" in thanks[0].text
    assert not fake.fail_next["sendMessage"]  # the 429 was really served

    # Rasa knows the user only by the keyed hash, with the client's language and role
    pseudonym = sender(settings, user)
    assert pseudonym.startswith("tg-") and str(user.id) not in pseudonym
    assert tracker_events(settings, pseudonym)
    assert not [e for e in tracker_events(settings) if str(user.id) in e[0]]
    metadata = tracker_user_metadata(settings, pseudonym)
    assert metadata and metadata[0]["language"] == "nl" and metadata[0]["role"] == "employee"


def answer_all(fake, bot, user, question: Sent, value: str = "4") -> list[Sent]:
    """Press `value` on every statement until the results come; returns the last replies."""
    replies = [question]
    for _ in range(10):
        replies = exchange(
            fake, bot, user, press=(replies[-1], replies[-1].button(value)),
            until=lambda new: bool(new) and (new[-1].buttons != [] or new[-1].photo is not None),
        )  # fmt: skip
        if any(m.photo for m in replies):
            return replies
    raise AssertionError("the self-check did not end")


def test_a_self_check_ends_with_the_chart_as_a_photo(fake, settings, bot) -> None:
    user = member(settings)
    listing = exchange(fake, bot, user, "/zelftest")
    assert "Welke zelftest" in listing[-1].text
    first = exchange(fake, bot, user, press=(listing[-1], listing[-1].button("Beloftes nakomen")))
    assert "vraag 1 van 7" in first[-1].text
    assert [b["text"][0] for b in first[-1].buttons] == ["1", "2", "3", "4", "5"]

    done = answer_all(fake, bot, user, first[-1], "4")
    summary = next(m for m in done if "Klaar!" in m.text)
    assert "Probeer deze week:" in summary.text and summary.buttons  # articles to read
    photo = next(m for m in done if m.photo)
    assert photo.method == "sendPhoto" and photo.photo.startswith(PNG) and "grafiek" in photo.text

    with AccessStore(settings.app_db_url)._sessions() as s:
        run = s.scalars(select(SelfCheckRun).where(SelfCheckRun.user_id == sender(settings, user))).one()
        assert run.finished_at is not None and len(run.answers) == 7
    results = exchange(fake, bot, user, "/resultaten", until=has("Beloftes nakomen"))
    assert any("Beloftes nakomen" in m.text for m in results)


def test_a_photo_with_a_question_in_its_caption_is_answered(fake, settings, bot) -> None:
    """The caption is read as a message, after a line that the photo was not looked at; a
    photo without one (or a sticker) gets the line that only text is read (tester round of
    stop 39: a question in a caption got "Ik kan alleen tekst lezen")."""
    user = member(settings)
    chat = {"id": user.id, "type": "private", "first_name": user.first_name}
    photo = [{"file_id": "p1", "file_unique_id": "u1", "width": 800, "height": 600}]

    def send_photo(message_id: int, **fields) -> list[Sent]:
        before = len(fake.messages_to(user.id))
        body = {"message_id": message_id, "date": 1, "chat": chat, "from": user.as_dict(), "photo": photo}
        fake.send_update({"message": {**body, **fields}})
        fake.wait_for(
            lambda: len(fake.messages_to(user.id)) > before and fake.pending_updates() == 0 and bot.idle(),
            180, "the answer to a photo",
        )  # fmt: skip
        return fake.messages_to(user.id)[before:]

    fake._users[user.id] = user.as_dict()  # the fake answers sendMessage only to known chats
    asked = send_photo(7001, caption="klant is boos omdat zijn pakket kapot aankwam, wat zeg ik")
    said = "\n".join(m.text for m in asked)
    assert "Foto's en bestanden kan ik niet bekijken" in asked[0].text
    assert "Bron:" in said and "Ik kan alleen tekst lezen" not in said
    bare = send_photo(7002)
    assert [m.text for m in bare] == ["Ik kan alleen tekst lezen. Typ je vraag maar."]


def test_one_users_quick_messages_stay_in_order(fake, settings, bot) -> None:
    user, other = member(settings), member(settings, language="en")
    listing = exchange(fake, bot, user, "ik wil een zelftest doen")
    exchange(fake, bot, user, press=(listing[-1], listing[-1].button("Beloftes nakomen")))
    before = len(fake.messages_to(user.id))
    for answer in ("4", "2", "5", "3"):  # typed in a burst, fetched in one getUpdates
        fake.send_text(user, answer)
    fake.send_text(other, "/help")
    fake.wait_for(lambda: len(fake.messages_to(user.id)) >= before + 4 and bot.idle(), 180, "four answers")
    questions = [re.search(r"vraag (\d) van 7", m.text) for m in fake.messages_to(user.id)[before:]]
    assert [int(q.group(1)) for q in questions if q] == [2, 3, 4, 5]
    assert any("what I can do" in m.text for m in fake.wait_messages(other.id, 1))


def test_language_auto_unpins_a_pinned_language(fake, settings, bot) -> None:
    """/taal en pins English for a Dutch client; /taal auto takes the pin away, in the stored
    profile and in Rasa, so a Dutch question is answered in Dutch again (tester round of
    stop 48: no such command)."""
    from bot.storage.access import AccessStore

    user = member(settings)
    exchange(fake, bot, user, "/taal en", until=has("English"))
    pinned = exchange(fake, bot, user, "hoe ga ik om met een boze klant?")
    assert "Source:" in " ".join(m.text for m in pinned)
    # the reply to /taal auto is in the language of the latest typed message, Dutch here (stop 65)
    said = exchange(fake, bot, user, "/taal auto", until=has("in de taal waarin je schrijft"))
    assert "ik antwoord weer in de taal waarin je schrijft" in said[-1].text
    profiles = AccessStore(settings.app_db_url).profiles
    assert profiles.profile(sender(settings, user)).language_pinned is False
    answer = exchange(fake, bot, user, "hoe ga ik om met een boze klant?")
    assert "Bron:" in " ".join(m.text for m in answer)


def test_a_stranger_is_refused_and_nothing_reaches_rasa(fake, settings, bot) -> None:
    events_before = len(tracker_events(settings))
    stranger = new_user()
    for text in ("hallo", "/zelftest", "Goedemorgen123", "/start WRONGCODE1"):
        exchange(fake, bot, stranger, text, until=lambda new: bool(new))
    texts = [m.text for m in fake.messages_to(stranger.id)]
    assert "alleen voor medewerkers" in texts[0] and "alleen voor medewerkers" in texts[1]
    assert all("ken ik niet" in t for t in texts[2:])
    assert len(tracker_events(settings)) == events_before  # not one event for anyone
    store = AccessStore(settings.app_db_url)
    assert store.member(sender(settings, stranger)) is None
    assert store.repo.profile(sender(settings, stranger)) is None


def servicecoach(settings, *args: str) -> str:
    env = {**os.environ, "SERVICECOACH_VAR_DIR": str(settings.var_dir),
           "SERVICECOACH_TELEGRAM_HASH_KEY": settings.telegram_hash_key}  # fmt: skip
    done = subprocess.run(
        [str(Path(sys.executable).parent / "servicecoach"), *args],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    return done.stdout


def test_joining_with_invite_codes_and_admin_commands(fake, settings, stack) -> None:
    allowed = new_user()
    with_list = bot_settings(stack.settings, fake, telegram_allowed_ids=f"{allowed.id}, 12345")
    bot = start_bot(with_list, revive=stack.restart_dead)
    try:
        invite = ["users", "invite", "--role", "manager", "--team", "keuken", "--uses", "1"]
        out = servicecoach(settings, *invite, "--bot-username", "servicecoach_test_bot")
        code = re.search(r"Invite code: (\w+)", out).group(1)
        assert f"https://t.me/servicecoach_test_bot?start={code}" in out

        # a deep link: /start CODE
        boss = new_user()
        joined = exchange(fake, bot, boss, f"/start {code}")
        assert "leidinggevende (keuken)" in joined[0].text and "servicecoach" in joined[-1].text
        profile = AccessStore(settings.app_db_url).repo.profile(sender(settings, boss))
        assert (profile.role, profile.team) == ("manager", "keuken")  # what the action server reads
        assert "leidinggevenden" not in " ".join(
            m.text for m in exchange(fake, bot, boss, "hoe doet mijn team het", until=lambda new: bool(new))
        )  # the manager's team view is open to them

        # the code is used up
        late = new_user()
        assert "ken ik niet" in exchange(fake, bot, late, code, until=lambda new: bool(new))[0].text

        # a code typed as a message, made by an admin in the chat
        admin = member(settings, role="admin", team=None)
        made = exchange(fake, bot, admin, "/invite employee balie uses=2", until=lambda new: bool(new))
        typed = re.search(r"(?:Uitnodigingscode|Invite code): (\w+)", made[0].text).group(1)
        newcomer = new_user()
        welcome = exchange(fake, bot, newcomer, typed.lower())
        assert "medewerker (balie)" in welcome[0].text
        listing = exchange(fake, bot, admin, "/members", until=lambda new: bool(new))[0].text
        assert sender(settings, newcomer) in listing and str(newcomer.id) not in listing
        assert (
            "alleen voor beheerders"
            in exchange(fake, bot, newcomer, "/codes", until=lambda n: bool(n))[0].text
        )

        # the allow-list lets someone in without a code
        greeting = exchange(fake, bot, allowed, "/start")
        assert "servicecoach" in greeting[-1].text
        cli = servicecoach(settings, "users", "list")
        assert sender(settings, boss) in cli and "manager" in cli
    finally:
        bot.stop()


def test_forget_deletes_conversation_answers_and_profile(fake, settings, bot) -> None:
    user = member(settings)
    pseudonym = sender(settings, user)
    listing = exchange(fake, bot, user, "/zelftest")
    first = exchange(fake, bot, user, press=(listing[-1], listing[-1].button("Beloftes nakomen")))
    second = exchange(fake, bot, user, press=(first[-1], first[-1].button("4")))
    exchange(fake, bot, user, press=(second[-1], second[-1].button("2")))
    assert tracker_events(settings, pseudonym)
    store = AccessStore(settings.app_db_url)
    assert store.repo.open_run(pseudonym).answers  # two answers stored

    confirm = exchange(fake, bot, user, "/vergeet")
    assert "Weet je het zeker?" in confirm[-1].text
    # a second /vergeet asks afresh; the first question lapses (its buttons go, stop 62)
    again = exchange(fake, bot, user, "/vergeet", until=has("Weet je het zeker?"))
    no = exchange(fake, bot, user, press=(again[-1], again[-1].button("Nee")), until=has("niets gewist"))
    assert no and store.member(pseudonym) is not None
    third = exchange(fake, bot, user, "/vergeet", until=has("Weet je het zeker?"))
    gone = exchange(fake, bot, user, press=(third[-1], third[-1].button("Ja")), until=has("Gedaan"))
    assert "gewist" in gone[-1].text

    assert tracker_events(settings, pseudonym) == []
    with store._sessions() as s:
        assert s.scalars(select(SelfCheckRun).where(SelfCheckRun.user_id == pseudonym)).all() == []
        assert s.get(Profile, pseudonym) is None and s.get(Member, pseudonym) is None
        run_ids = [r.id for r in s.scalars(select(SelfCheckRun)).all()]
        assert all(a.run_id in run_ids for a in s.scalars(select(Answer)).all())  # no orphans
    after = exchange(fake, bot, user, "hallo", until=lambda new: bool(new))
    assert "uitnodigingscode" in after[0].text  # a stranger again


def test_restarting_the_bot_loses_no_conversation_or_answer(fake, settings, stack) -> None:
    user = member(settings)
    pseudonym = sender(settings, user)
    bot = start_bot(settings, revive=stack.restart_dead)
    try:
        listing = exchange(fake, bot, user, "/zelftest")
        first = exchange(fake, bot, user, press=(listing[-1], listing[-1].button("Beloftes nakomen")))
        second = exchange(fake, bot, user, press=(first[-1], first[-1].button("5")))
        third = exchange(fake, bot, user, press=(second[-1], second[-1].button("4")))
    finally:
        bot.stop()
    # while the bot is down the user presses the next answer; Telegram keeps the update
    fake.press(user, third[-1], third[-1].button("3")["callback_data"])
    bot = start_bot(settings, revive=stack.restart_dead)
    try:
        fake.wait_for(
            lambda: any("vraag 4 van 7" in m.text for m in fake.messages_to(user.id)), 180, "vraag 4"
        )
        fake.wait_for(lambda: bot.idle() and fake.pending_updates() == 0, 60, "idle")
        answers = AccessStore(settings.app_db_url).repo.open_run(pseudonym).answers
        assert sorted(answers.values()) == [3, 4, 5]  # none lost, the one sent while down included
    finally:
        bot.stop()


def test_webhook_mode_checks_the_secret_token(fake, settings, stack) -> None:
    port = free_port()
    secret = "webhook-secret_0123456789"
    hook = {"listen": "127.0.0.1", "port": port, "url_path": "telegram", "secret_token": secret,
            "webhook_url": f"http://127.0.0.1:{port}/telegram"}  # fmt: skip
    bot = start_bot(settings, revive=stack.restart_dead, webhook=hook)
    try:
        assert fake.webhook == {"url": f"http://127.0.0.1:{port}/telegram", "secret_token": secret}
        user = member(settings)
        greeting = exchange(fake, bot, user, "/start")  # Telegram posts it with the secret
        assert "servicecoach" in greeting[-1].text and fake.webhook_responses[-1] == 200

        intruder_update = {"update_id": 999_999, "message": {
            "message_id": 1, "date": 0, "chat": {"id": user.id, "type": "private"},
            "from": {"id": user.id, "is_bot": False, "first_name": "x"}, "text": "/zelftest",
            "entities": [{"type": "bot_command", "offset": 0, "length": 9}]}}  # fmt: skip
        events = len(tracker_events(settings, sender(settings, user)))
        sent = len(fake.sent)
        assert post_update(hook["webhook_url"], intruder_update, "wrong-secret") == 403
        assert post_update(hook["webhook_url"], intruder_update, None) == 403
        fake.wait_for(bot.idle, 30, "idle")
        assert len(fake.sent) == sent and len(tracker_events(settings, sender(settings, user))) == events
    finally:
        bot.stop()


def test_rasa_down_and_back_up(fake, settings, stack, bot) -> None:
    """Last in this file: it restarts the session's Rasa server."""
    user = member(settings)
    stack.rasa_server.stop()
    replies = exchange(fake, bot, user, "hallo", until=lambda new: any(m.buttons for m in new), timeout=420)
    assert "niet bereiken" in replies[0].text  # told at once, before the answer
    assert "servicecoach" in replies[-1].text  # then answered, after Rasa was restarted
    assert not any("Traceback" in m.text or "Error" in m.text for m in replies)
    assert stack.rasa_server.alive
