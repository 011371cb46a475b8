"""Stop 69: an action server started by a Stack or `servicecoach serve actions` works on the files of
the process that started it: its var folder, app database, knowledge folder and, when set apart,
its index cache (bot/stack/rasa_env.py `action_server_environment`). A Stack with its own var
folder and SERVICECOACH_CACHE_DIR left its action server on the default cache (stop 68's note)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import Settings
from bot.stack.rasa_env import action_server_environment
from bot.stack.serve import action_server_command


def test_a_cache_set_apart_reaches_the_action_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings(var_dir=tmp_path / "var", cache_dir_override=tmp_path / "cache")
    for env in (action_server_environment(settings), action_server_command(settings, 5055)[1]):
        assert env["SERVICECOACH_CACHE_DIR"] == str((tmp_path / "cache").resolve())
        assert env["SERVICECOACH_VAR_DIR"] == str(tmp_path / "var")
        assert env["SERVICECOACH_KNOWLEDGE_DIR"] == str(settings.knowledge_dir)
        assert env["SERVICECOACH_DATABASE_URL"] == settings.app_db_url
        assert env["RASA_TELEMETRY_ENABLED"] == "false"
    for key in ("SERVICECOACH_CACHE_DIR", "SERVICECOACH_VAR_DIR"):  # what the action server reads back
        monkeypatch.setenv(key, env[key])
    assert Settings().cache_dir == (tmp_path / "cache").resolve()


def test_without_a_cache_set_apart_the_action_server_uses_its_var_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SERVICECOACH_CACHE_DIR", raising=False)
    env = action_server_environment(Settings(var_dir=tmp_path / "var"))
    assert "SERVICECOACH_CACHE_DIR" not in env
    monkeypatch.setenv("SERVICECOACH_VAR_DIR", env["SERVICECOACH_VAR_DIR"])
    assert Settings().cache_dir == tmp_path / "var" / "cache"
