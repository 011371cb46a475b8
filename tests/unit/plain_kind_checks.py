"""Shared checks for the everyday kinds of bot/engine/plain_kinds.py, as the kind test files
(test_answer_kinds_s62.py, s62b, s63, f_s63) table them: {kind name: [messages]}."""

from __future__ import annotations

import pytest

from bot.engine.plain_kinds import KINDS, kinds_of, plainly

KIND_NAMES = {kind.name for kind in KINDS}


def kind_cases(table: dict[str, list[str]]) -> list:
    """One pytest param (name, message) per message of `table`."""
    return [
        pytest.param(name, message, id=f"{name}-{message[:40]}")
        for name, messages in table.items()
        for message in messages
    ]


def assert_read_plainly(name: str, message: str) -> None:
    """`message` is of kind `name`, and the search reads it with that kind's plain words after it,
    in both languages."""
    assert name in [kind.name for kind in kinds_of(message)]
    kind = next(k for k in KINDS if k.name == name)
    for lang in ("nl", "en"):
        read = plainly(message, lang)
        assert read.startswith(message) and kind.plain[lang] in read


def assert_not_of_kind(name: str, message: str) -> None:
    """`message` (a look-alike) is not of kind `name`."""
    assert name not in [kind.name for kind in kinds_of(message)]
