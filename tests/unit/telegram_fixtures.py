"""A Telegram bot against the fake Bot API (tests/fakes/telegram.py) and a scripted Rasa, for the
unit tests of the Telegram channel (bot/channels/telegram): `ScriptedRasa` answers Rasa's REST
channel on loopback, `joined_chat` starts the bot with a member who has joined and been greeted."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from bot.settings import Settings
from bot.storage.access import AccessStore
from tests.fakes.telegram import FakeTelegram, FakeUser
from tests.helpers import TOKEN, BotRunner, bot_settings, free_port, new_user, start_bot

Reply = Callable[[str], list[dict]]


def ok(message: str) -> list[dict]:
    """The plainest Rasa: one message "ok: <message>"."""
    return [{"text": f"ok: {message}"}]


class ScriptedRasa:
    """Rasa's REST channel on loopback: records each request body ({"sender", "message",
    "metadata"}) in `bodies`, answers with `reply(message)` (Rasa's messages without
    "recipient_id", which is added)."""

    def __init__(self, reply: Reply = ok) -> None:
        self.bodies: list[dict] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                outer.bodies.append(body)
                out = [{"recipient_id": body["sender"], **r} for r in reply(body["message"])]
                data = json.dumps(out).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def messages(self) -> list[str]:
        """The messages sent so far, in order."""
        return [b["message"] for b in self.bodies]

    def texts(self) -> list[str]:
        return self.messages

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@contextmanager
def joined_chat(
    var_dir: Path, reply: Reply = ok
) -> Iterator[tuple[FakeTelegram, ScriptedRasa, FakeUser, BotRunner]]:
    """(fake Telegram, scripted Rasa, a member, the bot's runner): the bot running on settings in
    `var_dir`, a Dutch user who joined with an employee's invite code ("/start <code>"), once Rasa
    has had the greeting; all stopped after."""
    rasa = ScriptedRasa(reply)
    try:
        with FakeTelegram(TOKEN) as fake:
            s = bot_settings(Settings(var_dir=var_dir, rasa_port=rasa.port, action_port=free_port()), fake)
            code, _ = AccessStore(s.app_db_url).create_invite("employee")
            user = new_user("nl")
            runner = start_bot(s)
            try:
                fake.send_text(user, f"/start {code}")
                fake.wait_for(lambda: len(rasa.bodies) >= 1, what="the greeting")
                yield fake, rasa, user, runner
            finally:
                runner.stop()
    finally:
        rasa.close()
