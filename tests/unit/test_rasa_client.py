"""The one Rasa client against a small REST server on loopback: the request it sends,
the retry policy (sync and async alike), revival of dead servers and the slow notice."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bot.dialogue.client import KEPT_START_CHARS, MAX_MESSAGE_CHARS, RasaClient, RasaUnavailable, cut_long
from bot.dialogue.metadata import message_id_of
from bot.dialogue.retry import RetryPolicy
from tests.helpers import free_port

FAST = RetryPolicy(first_backoff=0.01, max_backoff=0.02, give_up_after=5.0, slow_after=5.0)
Answer = Callable[[int, dict], tuple[int, object]]  # (request number, body) -> (status, json)


@contextmanager
def rasa(answer: Answer, delay: float = 0.0) -> Iterator[tuple[str, list[dict]]]:
    """A stand-in for Rasa's REST channel; yields its URL and the bodies it received."""
    bodies: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            bodies.append(body)
            time.sleep(delay)
            status, payload = answer(len(bodies), body)
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", bodies
    finally:
        server.shutdown()
        server.server_close()


def echo(n: int, body: dict) -> tuple[int, object]:
    return 200, [{"recipient_id": body["sender"], "text": f"echo {len(body['message'])}"}]


def test_send_posts_the_rest_body_and_cuts_long_text() -> None:
    with rasa(echo) as (url, bodies):
        client = RasaClient(url)
        try:
            replies = client.send("u1", "x" * (MAX_MESSAGE_CHARS + 50), {"channel": "test"})
            assert client.send("u1", "hallo") == [{"recipient_id": "u1", "text": "echo 5"}]
        finally:
            client.close()
    assert replies == [{"recipient_id": "u1", "text": f"echo {MAX_MESSAGE_CHARS}"}]
    first_id, second_id = (message_id_of(b["metadata"]) for b in bodies)
    assert bodies[0] == {
        "sender": "u1",
        "message": cut_long("x" * (MAX_MESSAGE_CHARS + 50)),
        "metadata": {"channel": "test", "message_id": first_id},
    }
    assert bodies[1] == {"sender": "u1", "message": "hallo", "metadata": {"message_id": second_id}}
    assert first_id and second_id and first_id != second_id  # every message gets its own id
    with rasa(echo) as (url, bodies):  # the caller's id is kept as given
        client = RasaClient(url)
        try:
            client.send("u1", "hallo", {"message_id": "tg:1:2"})
        finally:
            client.close()
    assert bodies[0]["metadata"] == {"message_id": "tg:1:2"}


def test_the_default_policy_tries_once_and_says_so_clearly() -> None:
    client = RasaClient(f"http://127.0.0.1:{free_port()}")
    started = time.monotonic()
    with pytest.raises(RasaUnavailable):
        client.send("u1", "hallo")
    assert time.monotonic() - started < 5


def test_send_retries_with_backoff_and_revives_until_rasa_answers(caplog) -> None:
    revived: list[str] = []

    def revive() -> list[str]:
        revived.append("rasa")
        return ["rasa"]

    def flaky(n: int, body: dict) -> tuple[int, object]:
        return (500, {"error": "starting"}) if n <= 2 else echo(n, body)

    with rasa(flaky) as (url, bodies):
        client = RasaClient(url, FAST, revive)
        try:
            assert client.send("u1", "hallo")[0]["text"] == "echo 5"
        finally:
            client.close()
    assert len(bodies) == 3 and revived == ["rasa", "rasa"]
    assert len([r for r in caplog.records if "retrying" in r.getMessage()]) == 2
    # a retry is the same message: the same id, so the actions apply it once
    assert len({message_id_of(b["metadata"]) for b in bodies}) == 1 and message_id_of(bodies[0]["metadata"])


def test_both_give_up_after_the_budget_with_the_same_error() -> None:
    policy = RetryPolicy(first_backoff=0.05, max_backoff=0.05, give_up_after=0.3)
    url = f"http://127.0.0.1:{free_port()}"
    client = RasaClient(url, policy)
    with pytest.raises(RasaUnavailable):
        client.send("u1", "hallo")
    with pytest.raises(RasaUnavailable):
        asyncio.run(RasaClient(url, policy).ask("u1", "hallo"))
    with pytest.raises(RasaUnavailable):
        RasaClient(url, RetryPolicy(first_backoff=0.01, max_attempts=3)).send("u1", "hallo")


def test_ask_tells_slow_then_answers_and_revives_after_an_empty_answer() -> None:
    told: list[str] = []
    revivals: list[int] = []

    async def notify(kind: str) -> None:
        told.append(kind)

    def revive() -> list[str]:
        revivals.append(1)
        return ["actions"] if len(revivals) == 1 else []

    def empty_first(n: int, body: dict) -> tuple[int, object]:
        return (200, []) if n == 1 else echo(n, body)

    async def scenario(url: str) -> list[dict]:
        client = RasaClient(url, RetryPolicy(slow_after=0.1, first_backoff=0.01), revive)
        try:
            return await client.ask("u1", "hallo", {"channel": "test"}, notify)
        finally:
            await client.aclose()

    with rasa(empty_first, delay=0.3) as (url, bodies):
        replies = asyncio.run(scenario(url))
    assert replies[0]["text"] == "echo 5" and len(bodies) == 2  # asked again after the revival
    assert bodies[0]["metadata"] == bodies[1]["metadata"]  # ... as the same message (same id)
    assert told == ["slow", "slow"] and len(revivals) == 1


def test_ask_without_anything_to_revive_returns_the_empty_answer(caplog) -> None:
    caplog.set_level(logging.WARNING)
    with rasa(lambda n, body: (200, [])) as (url, bodies):
        replies = asyncio.run(RasaClient(url, FAST).ask("u1", "hallo"))
    assert replies == [] and len(bodies) == 1


def test_a_long_message_keeps_its_start_and_its_end_where_the_question_is() -> None:
    """The question of a long story comes last: a cut message keeps its first
    KEPT_START_CHARS and its end (tester round of stop 48: a 4138-character story lost its
    question when only the first 4000 characters were read)."""
    story = "Vorige week kwam er een klant binnen. " * 120  # 4560 characters
    question = "Mag ik die schoenen na drie maanden nog terugnemen zonder bon?"
    sent = cut_long(story + question)
    assert len(sent) <= MAX_MESSAGE_CHARS and sent.endswith(question)
    assert sent.startswith("Vorige week kwam er een klant binnen.") and " … " in sent
    assert len(sent.split(" … ")[0]) <= KEPT_START_CHARS
    assert all(w in (story + question).split() for w in sent.replace(" … ", " ").split())  # whole words only
    assert cut_long(question) == question and cut_long("x" * MAX_MESSAGE_CHARS) == "x" * MAX_MESSAGE_CHARS
    unspaced = cut_long("x" * (MAX_MESSAGE_CHARS + 1))
    assert len(unspaced) == MAX_MESSAGE_CHARS
