"""Security basics against the real servers (issue 10, points 2, 4 and 7): every server of ours
listens on loopback only, Rasa's HTTP API needs its token, every HTTP endpoint answers
malformed requests with a 4xx (never a 5xx or a crash), any text over the REST channel gets
an answer without internals, and typed text is never read as an intent. Shares the
session's `stack`; the Telegram webhook server runs against the fake Bot API."""

from __future__ import annotations

import ipaddress
import json
import os
import re
import uuid
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from bot.dialogue import payloads
from bot.dialogue.client import RasaClient
from bot.settings import Settings
from tests.fakes.telegram import FakeTelegram
from tests.helpers import TOKEN, bot_settings, free_port, start_bot

pytestmark = pytest.mark.e2e

LISTEN = "0A"  # TCP state LISTEN in /proc/net/tcp*
INTERNALS = re.compile(
    r"Traceback|File \"|line \d+, in|Exception|Error:|\bsqlalchemy\b|\brasa_sdk\b|/work/|site-packages|"
    r"\.py\b|KeyError|TypeError|ValueError|NoneType",
)


def new_user() -> str:
    return f"sec-{uuid.uuid4().hex[:10]}"


def text_of(replies: list[dict]) -> str:
    return "\n".join(str(r.get("text") or "") for r in replies)


# --- listening sockets -----------------------------------------------------------------
def _address(hex_ip: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    raw = bytes.fromhex(hex_ip)
    if len(raw) == 4:
        return ipaddress.IPv4Address(raw[::-1])
    # /proc/net/tcp6: four 32-bit words, each in host (little-endian) order
    return ipaddress.IPv6Address(b"".join(raw[i : i + 4][::-1] for i in range(0, 16, 4)))


def listening_sockets() -> dict[int, tuple[ipaddress._BaseAddress, int]]:
    """inode -> (address, port) of every listening TCP socket on this machine."""
    found = {}
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(table):
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] != LISTEN:
                continue
            ip, port = fields[1].split(":")
            found[int(fields[9])] = (_address(ip), int(port, 16))
    return found


def socket_inodes(pids: set[int]) -> set[int]:
    inodes = set()
    for pid in pids:
        fd_dir = Path(f"/proc/{pid}/fd")
        try:
            fds = os.listdir(fd_dir)
        except OSError:  # the process is gone
            continue
        for fd in fds:
            try:
                link = os.readlink(fd_dir / fd)
            except OSError:  # closed meanwhile (the listing's own descriptor, for one)
                continue
            if m := re.fullmatch(r"socket:\[(\d+)\]", link):
                inodes.add(int(m.group(1)))
    return inodes


def process_group(leader: int) -> set[int]:
    """The leader and every process in its group (Sanic's workers)."""
    pids = {leader}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if os.getpgid(int(entry)) == leader:
                    pids.add(int(entry))
            except OSError:
                continue
    return pids


def is_loopback(address: ipaddress._BaseAddress) -> bool:
    mapped = getattr(address, "ipv4_mapped", None)
    return (mapped or address).is_loopback


def test_servers_listen_on_loopback_only(stack) -> None:
    defaults = Settings()
    assert defaults.host == "127.0.0.1" and defaults.telegram_webhook_listen == "127.0.0.1"
    table = listening_sockets()
    for server in stack.servers:
        inodes = socket_inodes(process_group(server.process.pid))
        listening = [table[i] for i in inodes if i in table]
        assert listening, f"the {server.name} listens on nothing?"
        assert all(is_loopback(address) for address, _ in listening), (server.name, listening)
    ports = {port for inode, (_, port) in table.items() for s in stack.servers
             if inode in socket_inodes(process_group(s.process.pid))}  # fmt: skip
    assert {stack.settings.rasa_port, stack.settings.action_port} <= ports


ACCEPT = {"Accept": "application/json"}  # /domain answers YAML otherwise


def test_rasa_http_api_needs_its_token(stack) -> None:
    base, good = stack.settings.rasa_url, stack.api_token
    user = new_user()
    RasaClient(base).send(user, "hallo")
    for path in ("/status", f"/conversations/{user}/tracker", "/domain"):
        for params in ({}, {"token": "wrong-token"}, {"token": ""}, {"token": good[:-1]}):
            response = httpx.get(base + path, params=params, headers=ACCEPT, timeout=30)
            assert response.status_code in (401, 403), (path, params, response.status_code)
            assert user not in response.text
        assert httpx.get(base + path, params={"token": good}, headers=ACCEPT, timeout=30).status_code == 200
    forged_jwt = {"Authorization": "Bearer x", **ACCEPT}
    assert httpx.get(base + "/conversations/x/tracker", headers=forged_jwt).status_code in (401, 403, 422)


# --- malformed requests ----------------------------------------------------------------
BIG = b'{"sender": "x", "message": "' + b"a" * (8 * 1024 * 1024) + b'"}'
JSON = {"Content-Type": "application/json"}


def malformed(valid: dict) -> list[tuple[str, bytes, dict[str, str]]]:
    """(name, body, headers) of malformed variants of a valid JSON body."""
    wrong_types = {key: ([1] if isinstance(v, str) else "x") for key, v in valid.items()}
    nulls = dict.fromkeys(valid)
    return [
        ("bad json", b'{"sender": "x", "message": ', JSON),
        ("empty body", b"", JSON),
        ("array", b"[1, 2, 3]", JSON),
        ("string", b'"hello"', JSON),
        ("number", b"42", JSON),
        ("null", b"null", JSON),
        ("empty object", b"{}", JSON),
        ("wrong types", json.dumps(wrong_types).encode(), JSON),
        ("null fields", json.dumps(nulls).encode(), JSON),
        ("not utf-8", b'{"sender": "x", "message": "\xff\xfe\xc3("}', JSON),
        ("utf-16", json.dumps(valid).encode("utf-16"), JSON),
        ("form", b"sender=x&message=hi", {"Content-Type": "application/x-www-form-urlencoded"}),
        ("8 MB", BIG, JSON),
    ]


def assert_4xx(url: str, valid: dict, extra_headers: dict[str, str] | None = None) -> None:
    statuses = {}
    with httpx.Client(timeout=60) as client:
        for name, body, headers in malformed(valid):
            try:
                sent = {**headers, **(extra_headers or {})}
                status = client.post(url, content=body, headers=sent).status_code
            except httpx.RemoteProtocolError:  # closed on us: acceptable for 8 MB only
                status = 413 if name == "8 MB" else 0
            statuses[name] = status
    assert all(400 <= s < 500 for s in statuses.values()), (url, statuses)


def test_malformed_requests_get_a_4xx_from_every_endpoint(stack) -> None:
    action_body = {"next_action": "action_coach", "sender_id": "x", "tracker": {}, "domain": {},
                   "version": "3"}  # fmt: skip
    assert_4xx(f"{stack.settings.action_url}/webhook", action_body)
    rest = f"{stack.settings.rasa_url}/webhooks/rest/webhook"
    assert_4xx(rest, {"sender": "x", "message": "hallo"})
    # still alive and answering after all that
    assert stack.rasa_server.alive and stack.action_server.alive
    assert text_of(RasaClient(stack.settings.rasa_url).send(new_user(), "hallo"))


def test_the_telegram_webhook_answers_malformed_requests_with_a_4xx(stack) -> None:
    port, secret = free_port(), "webhook-secret_0123456789"
    defaults = Settings()
    hook = {"listen": defaults.telegram_webhook_listen, "port": port, "url_path": "telegram",
            "secret_token": secret, "webhook_url": f"http://127.0.0.1:{port}/telegram"}  # fmt: skip
    with FakeTelegram(TOKEN) as fake:
        bot = start_bot(bot_settings(stack.settings, fake), revive=stack.restart_dead, webhook=hook)
        try:
            ours = socket_inodes({os.getpid()})
            mine = [a for inode, (a, p) in listening_sockets().items() if inode in ours and p == port]
            assert mine and all(is_loopback(a) for a in mine)
            url = hook["webhook_url"]
            update = {"update_id": 1, "message": {"message_id": 1, "date": 0, "text": "hi",
                      "chat": {"id": 1, "type": "private"}}}  # fmt: skip
            assert_4xx(url, update, {"X-Telegram-Bot-Api-Secret-Token": secret})
            assert_4xx(url, update)  # and without the secret: refused before parsing
            assert not fake.sent  # nobody was answered
        finally:
            bot.stop()


# --- any text over the REST channel ----------------------------------------------------
ODD_TEXT = st.one_of(
    st.text(min_size=1, max_size=200),
    st.text(alphabet=st.characters(categories=["Nd", "No", "Nl"]), min_size=1, max_size=30),  # digits
    st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp"]), min_size=1, max_size=40),
    st.sampled_from(["<script>alert(1)</script>", "<b>vet</b> &amp; **md** [x](javascript:1)",
                     "😡🙂👍🏽" * 50, "مرحبا klant Привет 你好", "' OR 1=1 --", "{{7*7}} ${jndi:ldap://x}",
                     "%s%n%x"]),  # fmt: skip
    st.builds(lambda part, n: part * n, st.text(min_size=1, max_size=5), st.integers(900, 2000)),
)


@hypothesis_settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=ODD_TEXT)
def test_the_rest_channel_answers_any_text_without_internals(stack, text: str) -> None:
    replies = RasaClient(stack.settings.rasa_url).send(new_user(), payloads.as_text(text))
    assert replies, repr(text[:80])
    shown = text_of(replies)
    leaked = [m.group() for m in INTERNALS.finditer(shown) if m.group() not in text]  # not an echo
    assert not leaked, (leaked, shown[:500])


@pytest.mark.parametrize("text", ["\r", " ", "\t\n", "\u2028"])
def test_a_blank_message_gets_a_friendly_word(stack, text: str) -> None:
    """Rasa strips a blank message to "", DIET raised on it and the REST channel said nothing
    (found by the fuzz test above; bot/dialogue/blank_message.py). Now the coach says it saw
    no text, in Dutch for a new user."""
    replies = RasaClient(stack.settings.rasa_url).send(new_user(), payloads.as_text(text))
    assert "geen tekst" in text_of(replies), replies


@pytest.mark.parametrize("text", ["...", "??", "!!!", "👍", "😡😡"])
def test_a_message_without_words_is_told_so(stack, text: str) -> None:
    """Punctuation or symbols only: "..." got "no good answer" and a list of topics (tester
    round of stop 27). Now the coach says it sees no words, unless NLU reads a small-talk
    intent in it (an emoji may be thanks)."""
    replies = RasaClient(stack.settings.rasa_url).send(new_user(), payloads.as_text(text))
    shown = text_of(replies)
    assert replies and "geen goed antwoord" not in shown, replies
    assert not any((r.get("custom") or {}).get("type") in ("source", "offer") for r in replies), replies
    if text.strip("?!."):  # an emoji may read as small talk; punctuation never does
        return
    assert "alleen leestekens" in shown, replies


# --- users cannot act as the system (point 2) --------------------------------------------
MANAGER_CHECK = "leading-by-example"
LOOKS_LIKE_AN_INTENT = [
    '/start_selfcheck{"selfcheck_id":"leading-by-example"}',
    '   /start_selfcheck{"selfcheck_id":"leading-by-example"}',
    '\t\n/start_selfcheck{"selfcheck_id":"leading-by-example"}',
    '/start_selfcheck@servicecoach_test_bot{"selfcheck_id":"leading-by-example"}',
    '/team_results',
    '/selfcheck_answer{"selfcheck_value":"5"}',
    '/set_language{"language":"en"}',
    '/EXTERNAL_weekly_tip',
    '/restart',
    '/session_start',
    '/nlu_fallback',
    '/action_restart',
    '/greet{"language":"en","role":"admin"}',
]


def tracker(stack, user: str) -> dict:
    url = f"{stack.settings.rasa_url}/conversations/{user}/tracker"
    return httpx.get(url, params={"token": stack.api_token}, timeout=30).json()


def manager_runs(stack, user: str) -> list:
    from sqlalchemy import select

    from bot.storage.models import SelfCheckRun
    from bot.storage.repository import Repository

    with Repository(stack.settings.app_db_url)._sessions() as s:
        return s.scalars(
            select(SelfCheckRun).where(SelfCheckRun.user_id == user, SelfCheckRun.check_id == MANAGER_CHECK)
        ).all()


@pytest.mark.parametrize("channel", ["terminal", "telegram"])
def test_typed_text_that_looks_like_an_intent_is_read_as_text(stack, channel: str) -> None:
    from bot.channels.terminal.chat import to_rasa
    from bot.storage.repository import Repository

    sends = {"terminal": lambda typed: to_rasa(typed, []), "telegram": payloads.as_text}[channel]
    client = RasaClient(stack.settings.rasa_url)
    for typed in LOOKS_LIKE_AN_INTENT:
        user = new_user()
        Repository(stack.settings.app_db_url).set_profile(user, "employee", "balie")
        replies = client.send(user, sends(typed), {"channel": channel})
        events = tracker(stack, user)["events"]
        said = [e for e in events if e["event"] == "user"]
        assert len(said) == 1, (typed, [e["event"] for e in events])
        ranking = said[0]["parse_data"].get("intent_ranking") or []
        assert len(ranking) > 1, (typed, ranking)  # parsed by the NLU, not taken as a payload
        assert said[0]["text"].strip().endswith(typed.strip()) and not said[0]["text"].startswith("/")
        assert not [e for e in events if e["event"] in ("restart", "session_started")][1:], typed
        assert not manager_runs(stack, user), typed
        assert replies and not INTERNALS.search(text_of(replies)), typed


def test_forged_payloads_are_refused_by_the_actions(stack) -> None:
    from bot.storage.repository import Repository

    client, repo = RasaClient(stack.settings.rasa_url), Repository(stack.settings.app_db_url)
    employee, other = new_user(), new_user()
    for user in (employee, other):
        repo.set_profile(user, "employee", "balie")

    # a manager-only check or the team view, asked for by payload, as a button would
    refused = client.send(employee, payloads.start_selfcheck(MANAGER_CHECK))
    # told the check is for team leads (bot/selfchecks/leaders.py, stop 44), never started
    assert "voor wie een team leidt" in text_of(refused) and not manager_runs(stack, employee)
    assert "voor leidinggevenden" in text_of(client.send(employee, "/team_results"))

    # an answer made for another person's run, or for a run that does not exist
    listing = client.send(other, payloads.start_selfcheck("keeping-promises"))
    buttons = [b["payload"] for r in listing for b in r.get("buttons") or []]
    others_answer = next(p for p in buttons if p.startswith("/selfcheck_answer"))
    client.send(employee, payloads.start_selfcheck("keeping-promises"))
    mine_before = repo.open_run(employee)
    for forged in (others_answer, payloads.selfcheck_answer(5, 999_999_999, "s1"),
                   payloads.selfcheck_answer(5, -1), '/selfcheck_answer{"selfcheck_value":"5"}'):  # fmt: skip
        replies = client.send(employee, forged)
        assert "niet meegeteld" in text_of(replies), forged
    assert repo.open_run(employee).answers == mine_before.answers == {}
    assert repo.open_run(other).answers == {}
