"""Stop 67 (helper G2), point 1: one reply, one message, on every channel.

Rasa's CollectingOutputChannel cut a text without buttons at each blank line, so a self-check
result, two work matters in one reply, a translated line and other multi-paragraph replies came
as several bubbles in the terminal chat, over REST and on Telegram (all read the REST channel,
bot/dialogue/client.py). bot/dialogue/rest_channel.py `WholeTextCollector` keeps every text
whole, its blank lines (paragraphs) included. Here:

- every `utter_message` call site in actions/ sends only what Rasa's `send_response` passes to
  the collector (text, buttons, custom/json_message, a domain response), so the collector sees
  every reply;
- real replies of many kinds (two work matters, a danger line with its article, the translate
  line, help, an answer card, the self-check's end) and every catalogue text with a blank line
  go through the real channel on a real Sanic server in Rasa's own virtualenv, as Rasa hands them
  over (`OutputChannel.send_response`), and each comes back as exactly one message, unchanged.

Real actions, the real index and an own app database per test."""

from __future__ import annotations

import ast
import json
import socket
import subprocess
from pathlib import Path

import pytest

from actions.advice import ActionAnswerAdvice
from actions.help import ActionHelp
from bot.i18n import TEXTS
from tests.unit.turns import new_sender, turn

ROOT = Path(__file__).resolve().parents[2]
RASA_PYTHON = ROOT / ".venv-rasa" / "bin" / "python"

# what Rasa's OutputChannel.send_response reads from a dispatcher message (and CollectingDispatcher
# fills): `response` is resolved by Rasa to text/buttons first, `json_message` arrives as `custom`
HANDLED = {"text", "buttons", "json_message", "response", "image", "attachment", "elements"}

SMOKE = """
import asyncio, json, sys, types
import aiohttp
from sanic import Sanic
from bot.dialogue.rest_channel import GuardedRestInput

replies = json.loads(sys.stdin.read())

async def on_new_message(message):
    for reply in replies[int(message.text)]:
        await message.output_channel.send_response(message.sender_id, dict(reply))

async def main(port):
    app = Sanic("s67whole")
    app.ctx.agent = types.SimpleNamespace(domain=types.SimpleNamespace(intents=[]), tracker_store=None)
    app.blueprint(GuardedRestInput().blueprint(on_new_message), url_prefix="/webhooks/rest")
    server = await app.create_server(host="127.0.0.1", port=port, return_asyncio_server=True)
    await server.startup()
    out = []
    async with aiohttp.ClientSession() as session:
        for i in range(len(replies)):
            url = f"http://127.0.0.1:{port}/webhooks/rest/webhook"
            async with session.post(url, json={"sender": "s67", "message": str(i)}) as r:
                out.append(await r.json())
    server.close()
    await server.wait_closed()
    print(json.dumps(out))

asyncio.run(main(int(sys.argv[1])))
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def through_the_channel(turns: list[list[dict]]) -> list[list[dict]]:
    """What POST /webhooks/rest/webhook answers for each turn's dispatcher messages, as Rasa hands
    them to the channel (each message's text, buttons and custom)."""
    shaped = [[{k: m[k] for k in ("text", "buttons", "custom") if m.get(k)} for m in ms] for ms in turns]
    done = subprocess.run(
        [str(RASA_PYTHON), "-c", SMOKE, str(_free_port())],
        input=json.dumps(shaped), cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _texts(messages: list[dict]) -> list[str]:
    return [str(m["text"]).strip() for m in messages if m.get("text")]


def test_every_utter_message_call_site_sends_what_the_channel_collects() -> None:
    sites = 0
    for path in sorted((ROOT / "actions").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "utter_message":
                sites += 1
                names = {k.arg for k in node.keywords}
                assert not node.args, f"{path.name}:{node.lineno} passes a positional argument"
                assert names - {None} <= HANDLED, f"{path.name}:{node.lineno} sends {names - HANDLED}"
    assert sites > 100  # all of them, not a few


def test_a_text_without_buttons_keeps_its_paragraphs_in_one_message() -> None:
    text = "Eerste alinea.\n\nTweede alinea.\n\n• een punt\n• nog een punt\n\nBron: iets"
    button = [{"title": "a", "payload": "/a"}]
    got = through_the_channel(
        [[{"text": text}], [{"text": text, "buttons": button}], [{"text": "één regel"}],
         [{"text": text, "custom": {"type": "offer"}}], [{"text": "a"}, {"text": "b"}]]
    )  # fmt: skip
    assert _texts(got[0]) == [text] and len(got[0]) == 1
    assert _texts(got[1]) == [text] and got[1][0]["buttons"][0]["title"] == "a"
    assert _texts(got[2]) == ["één regel"]
    assert _texts(got[3]) == [text] and any(m.get("custom") for m in got[3])  # text, then its custom
    assert _texts(got[4]) == ["a", "b"]  # two replies stay two


def test_every_catalogue_text_with_a_blank_line_is_one_message() -> None:
    texts = [v for entry in TEXTS.values() for v in entry.values() if "\n\n" in v.strip()]
    assert texts
    got = through_the_channel([[{"text": v}] for v in texts])
    assert [_texts(g) for g in got] == [[v.strip()] for v in texts]


REPLY_KINDS = [
    # (what the user types, language, action, intent): replies of several paragraphs
    ("wanneer krijg ik mijn loon en hoe vraag ik verlof aan?", "nl", ActionAnswerAdvice, "ask_advice"),
    ("when do I get paid and how do I request leave?", "en", ActionAnswerAdvice, "ask_advice"),
    ("er is brand in de winkel", "nl", ActionAnswerAdvice, "ask_advice"),
    ("een klant is boos omdat zijn pakket kwijt is", "nl", ActionAnswerAdvice, "ask_advice"),
    ("wat kun je allemaal?", "nl", ActionHelp, "help"),
    ("what can you do?", "en", ActionHelp, "help"),
]


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.skipif(not RASA_PYTHON.exists(), reason="no .venv-rasa")
def test_real_replies_of_several_paragraphs_arrive_whole() -> None:
    turns: list[list[dict]] = []
    for text, lang, action, intent in REPLY_KINDS:
        messages, _ = turn(text, lang, [], new_sender("employee"), action, intent)
        turns.append(messages)
    # the translate line (stop 66's three bubbles), after an answer in English
    sender = new_sender("employee")
    _, events = turn("in English please", "en", [], sender, intent="set_language")
    slots = {"pinned_language": "en"}
    _, events = turn("a customer is angry because his parcel is lost, what do I do", "en", events, sender,
                     slots=slots)  # fmt: skip
    translated, _ = turn("hoe zeg ik dat in het nederlands?", "en", events, sender, slots=slots)
    turns.append(translated)
    several = [ms for ms in turns if any("\n\n" in str(m.get("text") or "").strip() for m in ms)]
    assert len(several) >= 4, turns  # most kinds above hold paragraphs
    got = through_the_channel(turns)
    for sent, came in zip(turns, got, strict=True):
        assert _texts(came) == _texts(sent), (sent, came)
