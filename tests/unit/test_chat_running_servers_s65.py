"""`servicecoach chat --rasa-url`: the chat talks to a Rasa server that already runs (here a
small REST stand-in on loopback), starts no servers and stops none; the conversation's language
is read from that server's tracker with its token. (The real servers: tests/e2e/test_terminal_chat.py.)"""

from __future__ import annotations

import builtins
import json
import signal
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bot.channels.terminal import chat
from bot.settings import Settings


class _Rasa(BaseHTTPRequestHandler):
    """Rasa's REST channel and tracker endpoint, as far as the chat uses them."""

    seen: list[tuple[str, str]] = []

    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.seen.append(("POST", body["message"]))
        self._reply([{"recipient_id": body["sender"], "text": "Hello from the running coach"}])

    def do_GET(self) -> None:  # noqa: N802
        self.seen.append(("GET", self.path))
        self._reply({"slots": {"language": "en"}})

    def _reply(self, payload: object) -> None:
        data = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def rasa_url() -> Iterator[str]:
    _Rasa.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Rasa)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture()
def own_handlers() -> Iterator[None]:
    """The chat sets its own SIGTERM/SIGHUP handlers: this process gets its own back after."""
    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGHUP)}
    yield
    for sig, handler in saved.items():
        signal.signal(sig, handler)


def test_a_chat_with_running_servers_starts_and_stops_nothing(
    rasa_url: str, tmp_path, monkeypatch, capsys, own_handlers
) -> None:
    typed = iter(["hoe ga ik om met een boze klant?", "/help", "/quit"])
    monkeypatch.setattr(builtins, "input", lambda prompt="": next(typed))
    monkeypatch.setattr(chat, "start_for_a_person", lambda *a, **k: pytest.fail("servers started"))
    monkeypatch.setattr(chat, "atexit", None)  # nothing may be registered to stop at exit
    monkeypatch.setattr(chat, "LANG", "nl")
    settings = Settings(var_dir=tmp_path)
    assert chat.run_terminal_chat(settings, "someone", rasa_url=rasa_url, rasa_token="secret-token") == 0
    out, err = capsys.readouterr()
    assert "coach> Hello from the running coach" in out
    assert ("POST", "hoe ga ik om met een boze klant?") in _Rasa.seen
    sender = chat.terminal_sender("someone")
    assert any(m == "GET" and f"/conversations/{sender}/tracker" in p and "token=secret-token" in p
               for m, p in _Rasa.seen)  # fmt: skip
    assert chat.LANG == "en"  # the conversation's language, read from that server's tracker
    assert "Stopping the coach" not in err and "De coach stopt" not in err  # not its servers to stop


def test_the_running_server_and_its_token_come_from_the_settings(monkeypatch) -> None:
    """SERVICECOACH_RASA_URL and SERVICECOACH_RASA_TOKEN are read by bot/settings.py (the one
    place that reads the environment); the token never shows in the settings' repr."""
    from bot.settings import Settings

    monkeypatch.setenv("SERVICECOACH_RASA_URL", "http://127.0.0.1:15999")
    monkeypatch.setenv("SERVICECOACH_RASA_TOKEN", "very-secret-token")
    settings = Settings()
    assert settings.chat_rasa_url == "http://127.0.0.1:15999"
    assert settings.chat_rasa_token == "very-secret-token"
    assert "very-secret-token" not in repr(settings)
