"""Stop 61: slash commands over the plain REST channel (POST /webhooks/rest/webhook, as tests/e2e
and other front ends use it) behave as in the terminal. "/start" showed the self-check list and
"/taal fr" pinned Dutch: Rasa read the words with NLU. Now the REST channel reads them with the
terminal's own reading (bot/dialogue/commands.py, shared, not copied): "/start" greets, "/taal en"
switches, "/taal fr" and "/foo" are answered by the channel without Rasa, in the conversation's
language; the buttons' payloads and Rasa's own "/restart" go through as they are."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from bot.channels.terminal import commands as terminal_commands
from bot.dialogue import payloads
from bot.dialogue.commands import PAYLOAD_INTENTS, Command, command_payload, rest_command
from bot.i18n import t

ROOT = Path(__file__).resolve().parents[2]
RASA_PYTHON = ROOT / ".venv-rasa" / "bin" / "python"

GREETS = ["/start", "/START", " /start ", "/restart", "/opnieuw", "/reset", "/start WRONGCODE1"]
SWITCHES = [("/taal en", "en"), ("/taal nl", "nl"), ("/language en", "en"), ("/language nl", "nl"),
            ("/taal auto", "auto"), ("/language auto", "auto"), ("/lang EN", "en"), ("/taal engels", "en"),
            ("/taal nederlands", "nl")]  # fmt: skip
UNSUPPORTED = ["/taal fr", "/taal de", "/language es", "/taal frans", "/language french", "/taal",
               "/language", "/taal en nl", "/taal xx"]  # fmt: skip
UNKNOWN = ["/foo", "/restartt", "/hulp", "/bla bla", "/opnieuww", "/zelftset"]
# payloads of the domain's intents: a button's, sent as typed text over REST; Rasa reads them
PAYLOADS = ["/help", "/stop", "/greet", "/start_selfcheck", payloads.start_selfcheck("keeping-promises"),
            payloads.selfcheck_answer(4), payloads.set_language("en"), payloads.show_results(),
            payloads.feedback("up", "abcd1234"), payloads.advice("angry-customer")]  # fmt: skip
NOT_COMMANDS = ["hallo", "wat is /start?", "start", "taal fr", "/ start", "", "  ", "1/2 van de klanten",
                payloads.as_text("/start")]  # fmt: skip


@pytest.mark.parametrize("text", GREETS)
def test_start_greets_as_in_the_terminal(text: str) -> None:
    assert rest_command(text, PAYLOAD_INTENTS - {"restart"}) == Command(payload=payloads.greet())


@pytest.mark.parametrize(("text", "lang"), SWITCHES)
def test_a_language_command_switches(text: str, lang: str) -> None:
    assert rest_command(text) == Command(payload=payloads.set_language(lang))


@pytest.mark.parametrize("text", UNSUPPORTED)
def test_another_language_says_which_there_are_and_changes_nothing(text: str) -> None:
    assert rest_command(text) == Command(say="language_usage")


@pytest.mark.parametrize("text", UNKNOWN)
def test_an_unknown_command_is_said_so(text: str) -> None:
    assert rest_command(text) == Command(say="unknown_command")


@pytest.mark.parametrize("text", PAYLOADS)
def test_a_buttons_payload_goes_to_rasa_as_it_is(text: str) -> None:
    assert rest_command(text) is None


@pytest.mark.parametrize("text", [*NOT_COMMANDS, None, 42])
def test_text_is_no_command(text: object) -> None:
    assert rest_command(text) is None


def test_rasas_own_restart_stays_and_forget_cannot_ask_here() -> None:
    assert rest_command("/restart") is None  # Rasa's own intent: its restart
    assert rest_command("/vergeet") == rest_command("/forget") == Command(say="rest_forget")
    assert command_payload("/vergeet") == Command(forget=True)  # the terminal asks, then deletes
    assert t("rest_forget", "nl") and t("rest_forget", "en")


def test_the_terminal_reads_commands_with_the_same_code() -> None:
    assert terminal_commands.command_payload is command_payload
    assert terminal_commands.Command is Command
    for text in [*GREETS, *(s for s, _ in SWITCHES), *UNSUPPORTED, *UNKNOWN]:
        expected = command_payload(text)
        assert rest_command(text, PAYLOAD_INTENTS - {"restart"}) == expected, text


# -- through the channel: GuardedRestInput on a Sanic server in Rasa's own virtualenv -------------

SMOKE = '''
import asyncio, json, sys, types
import aiohttp
from sanic import Sanic
from bot.dialogue.rest_channel import GuardedRestInput

seen = []

async def on_new_message(message):
    seen.append(message.text)
    await message.output_channel.send_text_message(message.sender_id, "rasa")

class Tracker:
    def get_slot(self, name):
        return "en"

class Store:
    async def retrieve(self, sender):
        return Tracker() if sender.startswith("en") else None

async def main(port, cases):
    app = Sanic("s61rest")
    intents = ["greet", "help", "stop", "start_selfcheck", "selfcheck_answer", "set_language", "restart"]
    domain = types.SimpleNamespace(intents=intents)
    app.ctx.agent = types.SimpleNamespace(domain=domain, tracker_store=Store())
    app.blueprint(GuardedRestInput().blueprint(on_new_message), url_prefix="/webhooks/rest")
    server = await app.create_server(host="127.0.0.1", port=port, return_asyncio_server=True)
    await server.startup()
    out = []
    async with aiohttp.ClientSession() as session:
        for sender, message in cases:
            seen.clear()
            url = f"http://127.0.0.1:{port}/webhooks/rest/webhook"
            async with session.post(url, json={"sender": sender, "message": message}) as r:
                replies = await r.json()
            out.append([list(seen), [x.get("text") for x in replies]])
    server.close()
    await server.wait_closed()
    print(json.dumps(out))

asyncio.run(main(int(sys.argv[1]), json.loads(sys.argv[2])))
'''


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.skipif(not RASA_PYTHON.exists(), reason="no .venv-rasa")
def test_through_the_rest_channel() -> None:
    cases = [("nl-1", "/start"), ("nl-1", "/taal fr"), ("en-1", "/taal fr"), ("nl-1", "/taal en"),
             ("nl-1", "/foo"), ("en-1", "/foo"), ("nl-1", "/help"), ("nl-1", "/restart"),
             ("nl-1", payloads.selfcheck_answer(4)), ("nl-1", "/zelftest"), ("nl-1", "hallo")]  # fmt: skip
    done = subprocess.run(
        [str(RASA_PYTHON), "-c", SMOKE, str(_free_port()), json.dumps(cases)],
        cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    got = json.loads(done.stdout.strip().splitlines()[-1])
    to_rasa = [sent for sent, _ in got]
    said = [replies for _, replies in got]
    assert to_rasa == [["/greet"], [], [], [payloads.set_language("en")], [], [], ["/help"], ["/restart"],
                       [payloads.selfcheck_answer(4)], [payloads.start_selfcheck()], ["hallo"]]  # fmt: skip
    assert said[1] == [t("language_usage", "nl")] and said[2] == [t("language_usage", "en")]
    assert said[4] == [t("unknown_command", "nl")] and said[5] == [t("unknown_command", "en")]
    assert sys.executable  # the unit tests' own Python is not Rasa's: the channel runs in .venv-rasa
