"""How `make test` spends its time: the end-to-end files go out to the pytest-xdist workers longest
first (tests/e2e/conftest.py). The servers' side-by-side stop: tests/e2e/test_server_stop_s63.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e import conftest as e2e
from tests.helpers import ROOT


class FakeItem:
    """What the ordering hook reads of a pytest item."""

    def __init__(self, path: Path, name: str) -> None:
        self.path, self.name = path, name


def test_end_to_end_files_go_out_longest_first() -> None:
    here = ROOT / "tests" / "e2e"
    items = [
        FakeItem(here / "test_e2e.py", "test_one"),
        FakeItem(ROOT / "tests" / "unit" / "test_cli.py", "test_a"),
        FakeItem(here / "test_terminal_chat.py", "test_first"),
        FakeItem(here / "test_e2e.py", "test_two"),
        FakeItem(here / "test_decision_e2e.py", "test_x"),
        FakeItem(here / "test_terminal_chat.py", "test_second"),
    ]
    e2e.pytest_collection_modifyitems(items)
    assert [(i.path.name, i.name) for i in items] == [
        ("test_cli.py", "test_a"),  # not an end-to-end test: left in front
        ("test_terminal_chat.py", "test_first"),
        ("test_terminal_chat.py", "test_second"),
        ("test_decision_e2e.py", "test_x"),
        ("test_e2e.py", "test_one"),  # not in LONGEST_FIRST: after those, in its own order
        ("test_e2e.py", "test_two"),
    ]


def test_a_worker_takes_whole_files_except_where_the_tests_share_nothing() -> None:
    assert e2e.unit_of_work("tests/e2e/test_e2e.py::test_one") == "tests/e2e/test_e2e.py"
    decision = "tests/e2e/test_decision_e2e.py"
    assert e2e.unit_of_work(f"{decision}::test_x[a::b]") == decision
    alone = "tests/e2e/test_terminal_chat.py::test_ctrl_d_ends_the_chat_cleanly"
    assert e2e.unit_of_work(alone) == alone


def test_the_file_scheduler_is_used_with_loadfile_only(pytestconfig) -> None:
    """`--dist loadfile` gets the file scheduler with unit_of_work as its units; other modes
    (and no xdist at all) get pytest-xdist's own."""

    class Config:
        def __init__(self, dist: str) -> None:
            self.dist = dist

        def getvalue(self, name: str):
            return self.dist if name == "dist" else getattr(pytestconfig.option, name)

    assert e2e.pytest_xdist_make_scheduler(Config("load"), None) is None
    assert e2e.pytest_xdist_make_scheduler(Config("no"), None) is None


@pytest.mark.parametrize("name", sorted({*e2e.LONGEST_FIRST, *e2e.EACH_TEST_ALONE}))
def test_every_file_the_schedule_names_exists(name: str) -> None:
    assert (ROOT / "tests" / "e2e" / name).is_file()
