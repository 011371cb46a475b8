"""The lock store that several Rasa servers share (issue 14.1): messages of one
conversation that reach two servers at the same moment are handled one after the other.

Real Redis on loopback (installed from Debian when missing) and Rasa's own lock-store code
in .venv-rasa: two processes, like two Rasa servers, enter `lock()` for the same new
conversation at the same moment, 100 times; their time inside the lock must never overlap.
Rasa's stock RedisLockStore is run the same way, to show the race the test catches."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator

import pytest

from bot.settings import get_settings, subprocess_env
from tests.e2e.test_production_profile import ensure_debian_packages
from tests.helpers import ROOT, free_port

# In `make test` (about 30 s; redis-server is installed from Debian when missing and this
# runs as root, skipped otherwise): six runs in a row passed after the hang was found.
pytestmark = [pytest.mark.e2e]

# A ticket's lifetime in the race (Rasa's default is 60 s): a ticket that is never cleaned up
# stalls the other server's turn this long, then expires.
LIFETIME = 5.0

RACE = """
import asyncio, json, multiprocessing as mp, sys, time, uuid
from rasa.core.lock_store import RedisLockStore
from bot.dialogue.lock_store import AtomicRedisLockStore

PORT, KIND, ROUNDS, LIFETIME = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
RUN = uuid.uuid4().hex[:8]  # fresh conversations: no ticket of an earlier run is in the way

def server(barrier, out):
    cls = AtomicRedisLockStore if KIND == "atomic" else RedisLockStore
    store = cls(host="127.0.0.1", port=PORT, db=0)
    spans = []
    async def turn(conversation):
        asked = time.monotonic()
        async with store.lock(conversation, lock_lifetime=LIFETIME, wait_time_in_seconds=0.005):
            entered = time.monotonic()
            await asyncio.sleep(0.01)  # handling the message
            return (asked, entered, time.monotonic())
    for n in range(ROUNDS):
        try:
            barrier.wait(timeout=60)
            # a turn still waiting after 3 lifetimes never gets in (its ticket is gone)
            spans.append(asyncio.run(asyncio.wait_for(turn(f"{KIND}-{RUN}-{n}"), 3 * LIFETIME)))
        except asyncio.TimeoutError:
            spans.append("stuck")
        except Exception:  # e.g. Rasa's LockError: the lock vanished under a waiting turn
            spans.append("error")
    out.put(spans)

if __name__ == "__main__":
    barrier, out = mp.Barrier(2), mp.Queue()
    # daemons: a server that never finishes cannot keep this script alive at exit
    servers = [mp.Process(target=server, args=(barrier, out), daemon=True) for _ in range(2)]
    for p in servers:
        p.start()
    a, b = out.get(timeout=300), out.get(timeout=300)
    for p in servers:
        p.join(timeout=60)
    turns = [t for t in a + b if isinstance(t, tuple)]
    both = [(x, y) for x, y in zip(a, b) if isinstance(x, tuple) and isinstance(y, tuple)]
    overlaps = sum(1 for x, y in both if x[1] < y[2] and y[1] < x[2])
    # stalls: turns that waited for a ticket nobody held any more, until it expired
    stalls = sum(1 for t in turns if t[1] - t[0] > LIFETIME / 2)
    print(json.dumps({"rounds": ROUNDS, "overlaps": overlaps, "errors": (a + b).count("error"),
                      "stuck": (a + b).count("stuck"), "stalls": stalls}))
"""


@pytest.fixture(scope="module")
def redis_port(tmp_path_factory) -> Iterator[int]:
    ensure_debian_packages({"redis-server": "redis-server"})
    port = free_port()
    server = subprocess.Popen(
        [shutil.which("redis-server"), "--bind", "127.0.0.1", "--port", str(port), "--save", "",
         "--appendonly", "no", "--dir", str(tmp_path_factory.mktemp("redis"))],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        ping = ["redis-cli", "-p", str(port), "ping"]
        while subprocess.run(ping, capture_output=True).stdout.strip() != b"PONG":
            assert time.monotonic() < deadline and server.poll() is None, "redis-server did not start"
            time.sleep(0.1)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=30)


def race(port: int, kind: str, rounds: int = 100, lifetime: float = LIFETIME) -> dict:
    """Run RACE for one lock store kind ("atomic" or "stock") in .venv-rasa; its counts."""
    python = get_settings().rasa_venv / "bin" / "python"
    env = {**subprocess_env(), "PYTHONPATH": str(ROOT)}
    argv = [str(python), "-c", RACE, str(port), kind, str(rounds), str(lifetime)]
    with subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          start_new_session=True) as script:  # fmt: skip
        try:
            out, err = script.communicate(timeout=300)
        except subprocess.TimeoutExpired:
            os.killpg(script.pid, signal.SIGKILL)  # the script and both of its servers
            out, err = script.communicate()
            raise AssertionError(f"the {kind} race did not finish in 300 s\n{err[-3000:]}") from None
    assert script.returncode == 0, err[-3000:]
    return json.loads(out.strip().splitlines()[-1])


def test_two_servers_never_hold_one_conversations_lock_at_once(redis_port: int) -> None:
    atomic = race(redis_port, "atomic")
    # no overlap, no failed turn, and no turn that waited for a ticket left behind
    assert atomic == {"rounds": 100, "overlaps": 0, "errors": 0, "stuck": 0, "stalls": 0}
    stock = race(redis_port, "stock")  # Rasa's RedisLockStore: the race this store closes
    print(
        f"Rasa's RedisLockStore: {stock['overlaps']} of 100 turns overlapped, {stock['errors']} failed, "
        f"{stock['stalls']} waited out a lost ticket, {stock['stuck']} waited for a ticket that was gone"
    )
    # (87 to 100 overlapped when measured; a turn can also fail when the other server deleted
    # the lock it was waiting on, wait until a ticket the other server's save brought back
    # expires, or, about one run in fifteen, wait for ever for its own ticket that the other
    # server's save dropped: the hang this script had): the check sees the race
    assert stock["overlaps"] + stock["errors"] + stock["stalls"] + stock["stuck"] > 0


GONE = """
import asyncio, json, sys, time, uuid
from rasa.core.lock_store import LockError, RedisLockStore
from bot.dialogue.lock_store import AtomicRedisLockStore

PORT = int(sys.argv[1])

async def wait_behind_a_holder(cls, case):
    store = cls(host="127.0.0.1", port=PORT, db=0)
    conversation = f"gone-{uuid.uuid4().hex[:8]}"
    store.issue_ticket(conversation, 60)  # another server holds ticket 0 for a long turn
    async def waiter():
        async with store.lock(conversation, lock_lifetime=1, wait_time_in_seconds=0.05):
            return "entered"
    task = asyncio.ensure_future(waiter())
    if case == "removed":  # another server's save drops ticket 1 (a lost update)
        await asyncio.sleep(0.3)
        lock = store.get_lock(conversation)
        lock.tickets.pop()
        store.save_lock(lock)
    try:
        outcome = await asyncio.wait_for(task, timeout=5)
    except LockError:
        outcome = "LockError"
    except asyncio.TimeoutError:
        outcome = "still waiting after 5 s"
    return outcome

results = {f"{cls.__name__} {case}": asyncio.run(wait_behind_a_holder(cls, case))
           for cls in (AtomicRedisLockStore, RedisLockStore) for case in ("expired", "removed")}
print(json.dumps(results))
"""


def test_a_turn_whose_ticket_is_gone_gives_up_instead_of_waiting_for_ever(redis_port: int) -> None:
    """The kind behind the race script's hang: a waiting turn whose own ticket expired (it
    waited longer than the lock lifetime) or was dropped by another server's save. Rasa's
    store keeps polling for good; AtomicRedisLockStore ends the wait with a LockError."""
    python = get_settings().rasa_venv / "bin" / "python"
    env = {**subprocess_env(), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([str(python), "-c", GONE, str(redis_port)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {
        "AtomicRedisLockStore expired": "LockError",
        "AtomicRedisLockStore removed": "LockError",
        "RedisLockStore expired": "still waiting after 5 s",
        "RedisLockStore removed": "still waiting after 5 s",
    }
