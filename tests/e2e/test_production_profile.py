"""The production profile, as deploy/README.md describes it and deploy/supervisord.conf runs it:
PostgreSQL (tracker store and app data), Redis (lock store), two Rasa and two action servers
behind HAProxy, the Telegram bot in webhook mode. One topology on loopback for the module;
PostgreSQL is a throwaway server of the test's own (the organisation's database in production).
Missing redis-server / haproxy are installed from Debian (apt-get), as on a clean CI machine."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, text

from bot.content.articles import load_articles
from bot.content.selfchecks import load_selfcheck
from bot.dialogue.client import RasaClient
from bot.dialogue.retry import RetryPolicy
from tests.fakes.telegram import FakeTelegram
from tests.helpers import (
    HASH_KEY,
    ROOT,
    TOKEN,
    _as_postgres,
    free_port,
    new_user,
    postgres_available,
    postgres_server,
)

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.production,
    pytest.mark.skipif(not postgres_available(), reason="PostgreSQL (initdb, pg_ctl) not installed"),
]

READY_TIMEOUT = 900.0  # two Rasa and two action servers: ~2 min on an idle 2-core machine
CHECK_ID = "keeping-promises"
USERS = 6
SUPERVISORD = Path(sys.executable).parent / "supervisord"


def ensure_debian_packages(binaries: dict[str, str]) -> None:
    """Install the Debian package of each missing binary ({binary: package}); skip the
    module when that is not possible (not root, no apt-get)."""
    missing = [package for binary, package in binaries.items() if not shutil.which(binary)]
    if not missing:
        return
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        pytest.skip(f"needs {', '.join(missing)} (apt-get install as root)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, capture_output=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True, capture_output=True, env=env)


class Topology:
    """The running supervisord and what the tests need to reach: ports, databases, logs."""

    def __init__(self, env: dict[str, str], app_url: str, tracker_url: str, knowledge: Path) -> None:
        self.env = env
        self.app_url = app_url
        self.tracker_url = tracker_url
        self.knowledge = knowledge
        self.var = Path(env["SERVICECOACH_VAR_DIR"])
        self.process: subprocess.Popen | None = None

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.env[name]}"

    @property
    def lb(self) -> str:
        return self.url("SERVICECOACH_RASA_PORT")

    @property
    def rasa_a(self) -> str:
        return self.url("SERVICECOACH_RASA_PORT_A")

    @property
    def rasa_b(self) -> str:
        return self.url("SERVICECOACH_RASA_PORT_B")

    def start(self) -> None:
        conf = ROOT / "deploy" / "supervisord.conf"
        (self.var / "logs").mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            [str(SUPERVISORD), "-c", str(conf)],
            env=self.env,
            cwd=ROOT,
            stdout=(self.var / "logs" / "supervisord.out").open("ab"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def stop(self) -> None:
        if self.process is None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)  # supervisord stops its programs
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process = None

    def stats(self) -> dict[tuple[str, str], dict[str, str]]:
        """HAProxy's counters per (proxy, server)."""
        body = httpx.get(self.url("SERVICECOACH_STATS_PORT") + "/stats;csv", timeout=10).text
        rows = csv.DictReader(io.StringIO(body.lstrip("# ")))
        return {(r["pxname"], r["svname"]): r for r in rows}

    def wait_ready(self) -> None:
        deadline = time.monotonic() + READY_TIMEOUT
        wanted = [("rasa_servers", "rasa-a"), ("rasa_servers", "rasa-b"),
                  ("action_servers", "actions-a"), ("action_servers", "actions-b")]  # fmt: skip
        while time.monotonic() < deadline:
            assert self.process is not None and self.process.poll() is None, self.log_tail("supervisord.log")
            try:
                stats = self.stats()
                if all(stats.get(key, {}).get("status") == "UP" for key in wanted):
                    return
            except httpx.HTTPError:
                pass
            time.sleep(2)
        tails = "\n".join(self.log_tail(name) for name in ("rasa-a.log", "actions-a.log", "haproxy.log"))
        raise AssertionError("topology not ready in time\n" + tails)

    def log_tail(self, name: str, lines: int = 15) -> str:
        try:
            return "\n".join((self.var / "logs" / name).read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return f"(no {name})"

    def publications(self, log_name: str) -> int:
        """How often this action server has published the knowledge (its log says so)."""
        try:
            return (self.var / "logs" / log_name).read_text(errors="replace").count("knowledge published in")
        except OSError:
            return 0

    def app_rows(self, sql: str, **params) -> list:
        engine = create_engine(self.app_url)
        try:
            with engine.connect() as conn:
                return list(conn.execute(text(sql), params))
        finally:
            engine.dispose()

    def event_types(self, sender: str) -> list[str]:
        """The events of one conversation in the shared tracker store, in order: the type,
        or for an action its name ("action_listen")."""
        engine = create_engine(self.tracker_url.replace("postgresql://", "postgresql+psycopg://"))
        try:
            with engine.connect() as conn:
                rows = conn.execute(text("SELECT type_name, action_name FROM events WHERE sender_id = :s "
                                         "ORDER BY id"), {"s": sender})  # fmt: skip
                return [r[1] if r[0] == "action" else r[0] for r in rows]
        finally:
            engine.dispose()

    def user_texts(self, sender: str) -> list[str]:
        """The user messages of one conversation in the shared tracker store, in order."""
        engine = create_engine(self.tracker_url.replace("postgresql://", "postgresql+psycopg://"))
        try:
            with engine.connect() as conn:
                rows = conn.execute(
                    text("SELECT data FROM events WHERE sender_id = :s AND type_name = 'user' ORDER BY id"),
                    {"s": sender},
                )
                return [json.loads(r[0])["text"] for r in rows]
        finally:
            engine.dispose()


def restart_postgres(app_url: str) -> None:
    """pg_ctl restart (fast): every open connection is cut, the server comes back."""
    engine = create_engine(app_url)
    with engine.connect() as conn:
        data = conn.execute(text("SHOW data_directory")).scalar_one()
    engine.dispose()
    # no pipes: the new postmaster would hold them open and run() would wait for ever
    subprocess.run(_as_postgres(["pg_ctl", "-D", data, "-m", "fast", "-w", "restart"]),
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)  # fmt: skip


@pytest.fixture(scope="module")
def topology(tmp_path_factory, rasa_model) -> Iterator[Topology]:
    ensure_debian_packages({"redis-server": "redis-server", "haproxy": "haproxy"})
    assert SUPERVISORD.exists(), "supervisor is a dev dependency: pip install -e '.[dev]'"
    base = tmp_path_factory.mktemp("production")
    knowledge = base / "knowledge"
    shutil.copytree(ROOT / "knowledge", knowledge)  # the reload test edits its own copy
    cache = base / "cache"
    cache.mkdir()
    for npz in (ROOT / "var" / "cache").glob("embeddings-*.npz"):
        shutil.copy(npz, cache / npz.name)
    with postgres_server() as app_url, FakeTelegram(TOKEN) as fake:
        engine = create_engine(app_url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text("CREATE DATABASE tracker"))
        engine.dispose()
        tracker_url = app_url.rsplit("/", 1)[0].replace("+psycopg", "") + "/tracker"
        redis_port, public_port = free_port(), free_port()
        env = {
            **os.environ,
            "SERVICECOACH_HOME": str(ROOT),
            "SERVICECOACH_VAR_DIR": str(base / "var"),
            "SERVICECOACH_KNOWLEDGE_DIR": str(knowledge),
            "SERVICECOACH_CACHE_DIR": str(cache),
            "SERVICECOACH_RASA_MODEL": str(rasa_model),
            "SERVICECOACH_HOST": "127.0.0.1",
            "SERVICECOACH_DATABASE_URL": app_url,
            "SERVICECOACH_TRACKER_URL": tracker_url,
            "SERVICECOACH_REDIS_PORT": str(redis_port),
            "SERVICECOACH_LOCK_STORE_URL": f"redis://127.0.0.1:{redis_port}/0",
            "SERVICECOACH_PUBLIC_HOST": "127.0.0.1",
            "SERVICECOACH_PUBLIC_PORT": str(public_port),
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": fake.base_url,
            "TELEGRAM_WEBHOOK_URL": f"http://127.0.0.1:{public_port}/telegram",
            "TELEGRAM_WEBHOOK_SECRET": "webhook-secret-for-tests",
            "TELEGRAM_WEBHOOK_LISTEN": "127.0.0.1",
            "SERVICECOACH_TELEGRAM_HASH_KEY": HASH_KEY,
        }
        env.pop("SERVICECOACH_TLS_CERT", None)
        for name in ("RASA_PORT", "RASA_PORT_A", "RASA_PORT_B", "ACTION_PORT", "ACTION_PORT_A",
                     "ACTION_PORT_B", "STATS_PORT"):  # fmt: skip
            env[f"SERVICECOACH_{name}"] = str(free_port())
        env["TELEGRAM_WEBHOOK_PORT"] = str(free_port())
        telegram_user = new_user("nl")
        env["TELEGRAM_ALLOWED_IDS"] = str(telegram_user.id)
        topo = Topology(env, app_url, tracker_url, knowledge)
        topo.fake, topo.telegram_user = fake, telegram_user  # type: ignore[attr-defined]
        started = time.monotonic()
        topo.start()
        try:
            topo.wait_ready()
            print(f"\nproduction topology ready in {time.monotonic() - started:.0f}s")
            yield topo
        finally:
            topo.stop()


def texts(replies: list[dict]) -> str:
    return "\n".join(r.get("text") or "" for r in replies)


def buttons(replies: list[dict]) -> list[dict]:
    return [b for r in replies for b in r.get("buttons") or []]


def statements() -> list[str]:
    ids = {a.id for a in load_articles(ROOT / "knowledge")[0]}
    check = load_selfcheck(ROOT / "knowledge" / "selfchecks" / f"{CHECK_ID}.yml", ids)
    return [s.id for s in check.statements]


def conversation(send: Callable[[str, str], list[dict]], user: str, values: list[int]) -> str:
    """A self-check answered with `values`, then an advice question rated 👍; returns the
    rated answer's reference."""
    listing = send(user, "Ik wil een zelftest doen")
    start = next(b["payload"] for b in buttons(listing) if f'"selfcheck_id":"{CHECK_ID}"' in b["payload"])
    assert "vraag 1 van" in texts(send(user, start))
    for value in values:
        replies = send(user, str(value))
    assert "Klaar!" in texts(replies), replies
    advice = send(user, "Hoe ga ik om met een boze klant?")
    up = next(b["payload"] for b in buttons(advice) if '"feedback_value":"up"' in b["payload"])
    send(user, up)
    return up.split('"answer_ref":"', 1)[1].split('"', 1)[0]


def assert_applied_once(topo: Topology, refs: dict[str, str], answers: dict[str, list[int]]) -> None:
    """Every self-check answer and every 👍 is in PostgreSQL exactly once, in the order given:
    one run per user, its answers statement by statement as sent."""
    order = statements()
    rows = topo.app_rows(
        "SELECT r.user_id, r.id, a.statement_id, a.value FROM selfcheck_runs r JOIN selfcheck_answers a "
        "ON a.run_id = r.id WHERE r.check_id = :c AND r.user_id = ANY(:u) ORDER BY r.id, a.id",
        c=CHECK_ID, u=list(answers),
    )  # fmt: skip
    stored: dict[str, dict[int, list[tuple[str, int]]]] = {}
    for user, run_id, statement, value in rows:
        stored.setdefault(user, {}).setdefault(run_id, []).append((statement, value))
    assert stored == {
        user: {next(iter(stored.get(user, {0: None}))): list(zip(order, values, strict=True))}
        for user, values in answers.items()
    }
    feedback = topo.app_rows("SELECT answer_ref, value FROM answer_feedback WHERE answer_ref = ANY(:r)",
                             r=list(refs.values()))  # fmt: skip
    assert sorted(tuple(row) for row in feedback) == sorted((ref, "up") for ref in refs.values())


def served(topo: Topology, backend: str) -> dict[str, int]:
    return {sv: int(row["hrsp_2xx"] or 0) for (px, sv), row in topo.stats().items()
            if px == backend and sv not in ("FRONTEND", "BACKEND")}  # fmt: skip


def test_concurrent_conversations_alternate_between_the_two_rasa_servers(topology: Topology) -> None:
    clients = [RasaClient(topology.rasa_a), RasaClient(topology.rasa_b)]
    n = len(statements())
    answers = {f"prod-{uuid.uuid4().hex[:8]}": [(i + k) % 5 + 1 for k in range(n)] for i in range(USERS)}
    sent: dict[str, list[str]] = {user: [] for user in answers}

    def run(user: str) -> str:
        turn = iter(range(1000))

        def send(sender: str, message: str) -> list[dict]:
            sent[sender].append(message)
            return clients[next(turn) % 2].send(sender, message)  # A, B, A, B, ...

        return conversation(send, user, answers[user])

    actions_before = served(topology, "action_servers")
    with ThreadPoolExecutor(USERS) as pool:
        refs = dict(zip(answers, pool.map(run, answers), strict=True))
    for user, messages in sent.items():  # state shared, order kept, nothing lost or doubled
        assert topology.user_texts(user) == messages
    assert_applied_once(topology, refs, answers)
    actions_after = served(topology, "action_servers")
    assert all(actions_after[s] > actions_before.get(s, 0) for s in ("actions-a", "actions-b")), actions_after


def test_simultaneous_messages_of_one_user_on_both_servers_are_handled_one_after_the_other(
    topology: Topology,
) -> None:
    """The Redis lock store: two messages of one conversation arriving at the same moment at
    different Rasa servers are both handled, each seeing the other's state."""
    for _ in range(3):
        user = f"lock-{uuid.uuid4().hex[:8]}"
        messages = ["Hoe ga ik om met een boze klant?", "Hoe handel ik een klacht af?"]
        with ThreadPoolExecutor(2) as pool:
            replies = list(pool.map(lambda url, message, sender=user: RasaClient(url).send(sender, message),
                                    (topology.rasa_a, topology.rasa_b), messages))  # fmt: skip
        assert all(texts(r) for r in replies)
        assert sorted(topology.user_texts(user)) == sorted(messages)
        kinds = topology.event_types(user)
        second = [i for i, kind in enumerate(kinds) if kind == "user"][1]
        assert kinds[second - 1] == "action_listen", kinds  # the first turn was complete


def test_postgresql_restarted_under_load_loses_no_acknowledged_answer(topology: Topology) -> None:
    policy = RetryPolicy(timeout=60.0)  # the channels' policy: retry until a time budget is spent
    n = len(statements())
    answers = {f"pg-{uuid.uuid4().hex[:8]}": [(i + 2 * k) % 5 + 1 for k in range(n)] for i in range(USERS)}
    sent: dict[str, list[str]] = {user: [] for user in answers}
    restarted = threading.Event()

    def run(user: str) -> str:
        client = RasaClient(topology.lb, policy=policy)

        def send(sender: str, message: str) -> list[dict]:
            sent[sender].append(message)
            return client.send(sender, message)

        return conversation(send, user, answers[user])

    def restart_when_busy() -> None:
        time.sleep(3.0)  # conversations are under way
        restart_postgres(topology.app_url)
        restarted.set()

    with ThreadPoolExecutor(USERS + 1) as pool:
        restart = pool.submit(restart_when_busy)
        refs = dict(zip(answers, pool.map(run, answers), strict=True))
        restart.result()
    assert restarted.is_set()
    for user, messages in sent.items():
        assert topology.user_texts(user) == messages
    assert_applied_once(topology, refs, answers)
    # and the service is itself again: a new conversation on each server
    for url in (topology.rasa_a, topology.rasa_b):
        reply = RasaClient(url).send(f"after-{uuid.uuid4().hex[:6]}", "Hoe ga ik om met een boze klant?")
        assert "Bron:" in texts(reply)


def test_a_knowledge_edit_goes_live_on_both_action_servers(topology: Topology) -> None:
    marker = "Kreeftregel"
    article = topology.knowledge / "nl" / "angry-customer.md"
    original = article.read_text(encoding="utf-8")
    assert '\nsummary: "' in original
    client = RasaClient(topology.lb)
    ask = lambda: texts(client.send(f"kb-{uuid.uuid4().hex[:8]}", "Hoe ga ik om met een boze klant?"))  # noqa: E731
    assert marker not in ask()
    published = {name: topology.publications(name) for name in ("actions-a.log", "actions-b.log")}
    saved = time.monotonic()
    article.write_text(original.replace('\nsummary: "', f'\nsummary: "{marker}: tel tot vijf. ', 1),
                       encoding="utf-8")  # fmt: skip
    while any(topology.publications(name) <= count for name, count in published.items()):
        assert time.monotonic() - saved < 60, "the edit was not published by both action servers in 60 s"
        time.sleep(0.2)
    live = time.monotonic() - saved
    before = served(topology, "action_servers")
    later = [ask() for _ in range(4)]  # round robin over both action servers
    after = served(topology, "action_servers")
    assert all(marker in answer for answer in later)
    assert all(after[s] > before[s] for s in ("actions-a", "actions-b")), (before, after)
    print(f"\nedit published by both action servers {live:.1f}s after the save")


def test_telegram_webhook_through_the_load_balancer(topology: Topology) -> None:
    fake, user = topology.fake, topology.telegram_user  # type: ignore[attr-defined]
    fake.wait_for(lambda: fake.webhook.get("url"), timeout=120, what="setWebhook")
    fake.send_text(user, "Hoe ga ik om met een boze klant?")
    answered = fake.wait_for(lambda: [m for m in fake.messages_to(user.id) if "Bron" in m.text],
                             timeout=180, what="an answer with its source")  # fmt: skip
    assert "angry-customer" in answered[0].text or "boze klant" in answered[0].text.lower()
    assert 200 in fake.webhook_responses  # delivered through HAProxy to the bot's webhook
    assert served(topology, "telegram_bot")["telegram"] >= 1
