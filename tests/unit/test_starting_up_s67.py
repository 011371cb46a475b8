"""Stop 67 (helper G2), point 5: what a Telegram user sees when Rasa gives no reply while the
action server is still starting (bot/dialogue/starting_up.py, bot/channels/telegram/handlers.py).

The bot runs against the fake Bot API (tests/fakes/telegram.py) and a scripted Rasa on loopback
that answers a message with no reply (as Rasa does when its call to the action server fails).
The action server's /health is real HTTP: nothing listening (still starting) gives the start-up
line, a server that answers 200 gives "no answer"; in the user's language (Dutch and English)."""

from __future__ import annotations

import http.server
import threading
from pathlib import Path

import pytest

from bot.i18n import t
from bot.settings import Settings
from bot.storage.access import AccessStore
from tests.fakes.telegram import FakeTelegram
from tests.helpers import TOKEN, bot_settings, free_port, new_user, start_bot
from tests.unit.telegram_fixtures import ScriptedRasa

QUESTION = {"nl": "hoe ga ik om met een boze klant?", "en": "how do I calm an angry guest?"}


def _silent(message: str) -> list[dict]:
    """Rasa while the action server is down: the greeting goes, any other message gets nothing."""
    return [{"text": "hallo"}] if message.startswith("/") else []


class _Healthy(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")


def _said_after_a_question(var_dir: Path, lang: str, action_port: int) -> list[str]:
    """The bot's messages to a member (language `lang`) after one question that gets no reply."""
    rasa = ScriptedRasa(_silent)
    try:
        with FakeTelegram(TOKEN) as fake:
            s = bot_settings(Settings(var_dir=var_dir, rasa_port=rasa.port, action_port=action_port), fake)
            code, _ = AccessStore(s.app_db_url).create_invite("employee")
            user = new_user(lang)
            runner = start_bot(s)
            try:
                fake.send_text(user, f"/start {code}")
                fake.wait_for(lambda: len(rasa.bodies) >= 1, what="the greeting")
                fake.wait_for(lambda: any(m.text == "hallo" for m in fake.messages_to(user.id)), what="hallo")
                before = len(fake.messages_to(user.id))
                fake.send_text(user, QUESTION[lang])
                fake.wait_for(lambda: len(fake.messages_to(user.id)) > before, what="the reply")
                return [m.text for m in fake.messages_to(user.id)[before:]]
            finally:
                runner.stop()
    finally:
        rasa.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_reply_while_the_action_server_starts_gets_the_start_up_line(tmp_path: Path, lang: str) -> None:
    said = _said_after_a_question(tmp_path, lang, free_port())  # nothing listens: still starting
    assert said == [t("starting_up", lang)], said


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_reply_from_a_ready_coach_says_there_was_no_answer(tmp_path: Path, lang: str) -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Healthy)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        said = _said_after_a_question(tmp_path, lang, server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()
    assert said == [t("no_answer", lang)], said
