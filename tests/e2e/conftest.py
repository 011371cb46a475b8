"""Fixtures shared by the Telegram end-to-end tests: the fake Bot API (`fake`), the bot's
settings against it and the session's `stack` (`settings`), and the running bot (`bot`). What a
user does with them (`member`, `exchange`, `typed`, `edit`, ...) is in tests/e2e/telegram_steps.py.

It also decides how pytest-xdist shares the files out (Makefile: `--dist loadfile
--no-loadscope-reorder`): `pytest_collection_modifyitems` and `pytest_xdist_make_scheduler` below."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.settings import Settings
from tests.fakes.telegram import FakeTelegram
from tests.helpers import TOKEN, BotRunner, bot_settings, start_bot

# How the end-to-end tests are shared out over the pytest-xdist workers. A worker takes a whole
# file (the file's tests share its session `stack` in order, module fixtures, a restart at the
# end), except the files in EACH_TEST_ALONE: their tests share nothing but the worker's session
# `stack` (each starts its own `servicecoach chat`, with its own servers or with `--rasa-url` on
# that stack, or a Rasa tool), so each test is a unit of its own that any worker may take.
# Units go out longest first (LONGEST_FIRST, then every other file in collection order), so
# that no worker is left with a long file while the other has nothing to do.
EACH_TEST_ALONE = frozenset({"test_terminal_chat.py", "test_rasa_tooling.py"})
# Measured per unit of work in a fresh clone's CI (stop 68, /tmp/c68c.log: `make test`, 3 workers,
# --durations): the longest single units first, so that the three workers end together (longest
# processing time first); the files split into lone tests (EACH_TEST_ALONE) after them, as their
# short tests fill the gaps. An unknown or renamed file just goes after these.
LONGEST_FIRST = (
    "test_admin_walkthrough.py",  # 295 s: one test, two stacks of its own
    "test_live_update.py",  # 210 s: a stack of its own, index rebuilds in process
    "test_model_loading.py",  # 202 s: the model loaded twice in .venv-rasa, 210 texts parsed each time
    "test_terminal_chat.py",  # 435 s in 7 lone tests (`servicecoach chat`: both servers; 136 s the longest)
    "test_rasa_tooling.py",  # 147 s in 2 lone tests (`rasa test` of every story 135 s)
    "test_telegram_edits_s59.py",  # 129 s
    "test_decision_e2e.py",  # 113 s: every dev-set question through Rasa's NLU
    "test_security.py",  # 79 s
    "test_telegram_e2e.py",  # 78 s
    "test_persistence.py",  # 60 s: two stacks of its own
    "test_telegram_cli.py",  # 43 s: `servicecoach telegram` with its own servers and PostgreSQL
    "test_selfcheck_scale_e2e.py",  # 41 s: a stack of its own
    "test_conversation_e2e.py",  # 34 s
    "test_lock_store.py",  # 25 s
)


def unit_of_work(nodeid: str) -> str:
    """What one worker runs in one go: the test's file, or the test alone (EACH_TEST_ALONE)."""
    path = nodeid.split("::", 1)[0]
    return nodeid if Path(path).name in EACH_TEST_ALONE else path


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Order the end-to-end tests by LONGEST_FIRST (stable: a file's tests keep their order);
    tests outside tests/e2e keep their place in front."""
    here = Path(__file__).parent
    rank = {name: i for i, name in enumerate(LONGEST_FIRST)}
    e2e = [item for item in items if item.path.parent == here]
    if e2e:
        others = [item for item in items if item.path.parent != here]
        items[:] = others + sorted(e2e, key=lambda item: rank.get(item.path.name, len(rank)))


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist's own choice of scheduler
def pytest_xdist_make_scheduler(config: pytest.Config, log):
    """With `--dist loadfile`: pytest-xdist's file scheduler, with unit_of_work as its units.
    (Marking tests with xdist_group for `--dist loadgroup` does not work with pytest 9: the
    group name pytest-xdist writes into the test's id is not read back.) Any other mode:
    pytest-xdist's own scheduler."""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class FilesAndLoneTests(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return unit_of_work(nodeid)

    return FilesAndLoneTests(config, log)


@pytest.fixture()
def fake() -> Iterator[FakeTelegram]:
    """A fake Telegram Bot API server on loopback (tests/fakes/telegram.py)."""
    with FakeTelegram(TOKEN) as tg:
        yield tg


@pytest.fixture()
def settings(stack, fake: FakeTelegram) -> Settings:
    """The stack's settings with the bot pointed at `fake` (tests/helpers.py `bot_settings`)."""
    return bot_settings(stack.settings, fake)


@pytest.fixture()
def bot(settings: Settings, stack) -> Iterator[BotRunner]:
    """The Telegram bot running against `fake` and the stack, revived with the stack's dead
    servers (tests/helpers.py `start_bot`); stopped after the test."""
    runner = start_bot(settings, revive=stack.restart_dead)
    yield runner
    runner.stop()
