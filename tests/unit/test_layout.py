"""The house rules of the code base (issue "One house"), checked on the source itself:
which package may import which, where tables are declared, who reads the environment,
and where tests live. A rule broken here is a seam that came loose."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from tests.helpers import ROOT

SOURCE_DIRS = ("bot", "actions")


def _python_files(*dirs: str) -> list[Path]:
    return sorted(p for d in dirs for p in (ROOT / d).rglob("*.py"))


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at any depth (lazy imports inside functions count)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            # `from package import name` imports a module only when `name` is a submodule
            names = (f"{node.module}.{alias.name}" for alias in node.names)
            found.update(name for name in names if _is_module(name))
    return found


def _is_module(dotted: str) -> bool:
    path = ROOT.joinpath(*dotted.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file() or not (
        ROOT / dotted.split(".")[0]
    ).is_dir()


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


IMPORTS = {_module_name(p): _imports(p) for p in _python_files(*SOURCE_DIRS)}


def test_nothing_outside_channels_imports_a_channel_except_the_cli() -> None:
    offenders = [
        (module, sorted(i for i in imported if _within(i, "bot.channels")))
        for module, imported in IMPORTS.items()
        if not _within(module, "bot.channels") and not _within(module, "bot.cli")
        and any(_within(i, "bot.channels") for i in imported)
    ]
    assert offenders == []


FORBIDDEN_FOR_ENGINE = (
    "actions",
    "bot.channels",
    "bot.storage",
    "bot.insights",
    "bot.privacy",
    "bot.tips",
    "bot.selfchecks",
    "bot.dialogue",
)


def test_the_engine_knows_only_retrieval() -> None:
    offenders = {
        module: sorted(i for i in imported if any(_within(i, f) for f in FORBIDDEN_FOR_ENGINE))
        for module, imported in IMPORTS.items()
        if _within(module, "bot.engine")
    }
    assert {m: found for m, found in offenders.items() if found} == {}


def test_data_flows_one_way_content_does_not_import_the_layers_above_it() -> None:
    above = ("actions", "bot.channels", "bot.dialogue", "bot.engine", "bot.cli", "bot.insights")
    offenders = [
        (module, sorted(i for i in imported if any(_within(i, a) for a in above)))
        for module, imported in IMPORTS.items()
        if _within(module, "bot.content") and any(_within(i, a) for i in imported for a in above)
    ]
    assert offenders == []


def test_actions_use_the_engines_public_api_only() -> None:
    offenders = [
        (module, sorted(i for i in imported if i.startswith("bot.engine.")))
        for module, imported in IMPORTS.items()
        if _within(module, "actions") and any(i.startswith("bot.engine.") for i in imported)
    ]
    assert offenders == []


def test_every_action_is_a_coach_action() -> None:
    """Every action the action server registers goes through CoachAction, so every one is
    done again after a database restart cut it short (actions/base.py)."""
    import importlib
    import inspect

    from rasa_sdk import Action

    from actions.base import CoachAction

    found = []
    for path in sorted((ROOT / "actions").glob("*.py")):
        module = importlib.import_module(f"actions.{path.stem}")
        found += [
            cls for _, cls in inspect.getmembers(module, inspect.isclass)
            if issubclass(cls, Action) and not inspect.isabstract(cls) and cls.__module__ == module.__name__
        ]  # fmt: skip
    assert len(found) >= 13
    assert [cls.__name__ for cls in found if not issubclass(cls, CoachAction)] == []


def _reads_environment(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and node.attr in {"environ", "getenv", "environb"}
            and isinstance(node.value, ast.Name)
            and node.value.id == "os"
        ):
            return True
        if (
            isinstance(node, ast.ImportFrom)
            and node.module == "os"
            and any(a.name in {"environ", "getenv"} for a in node.names)
        ):
            return True
    return False


def test_only_settings_reads_the_environment() -> None:
    readers = [str(p.relative_to(ROOT)) for p in _python_files(*SOURCE_DIRS) if _reads_environment(p)]
    assert readers == ["bot/settings.py"]


def test_every_table_is_declared_in_storage_models() -> None:
    declaring = []
    for path in _python_files(*SOURCE_DIRS):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                names = {t.id for stmt in node.body if isinstance(stmt, ast.Assign)
                         for t in stmt.targets if isinstance(t, ast.Name)}
                names |= {stmt.target.id for stmt in node.body
                          if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)}
                if "__tablename__" in names:
                    declaring.append(str(path.relative_to(ROOT)))
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Table":
                declaring.append(str(path.relative_to(ROOT)))
    assert declaring and set(declaring) == {"bot/storage/models.py"}


def test_no_code_creates_tables_behind_the_migrations_back() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for p in _python_files(*SOURCE_DIRS)
        if "create_all(" in p.read_text(encoding="utf-8") and "migrations" not in p.parts
    ]
    assert offenders == []


def test_the_schema_of_a_fresh_database_is_the_models(tmp_path: Path) -> None:
    """Alembic's head and models.py describe the same tables and columns."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine

    from bot.storage.migrate import ensure_schema
    from bot.storage.models import Base

    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    ensure_schema(url)
    engine = create_engine(url)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert diff == []


def test_one_text_catalogue() -> None:
    """Only bot/i18n.py defines a t() for user-facing texts."""
    definers = []
    for path in _python_files(*SOURCE_DIRS):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        definers += [
            str(path.relative_to(ROOT))
            for node in tree.body
            if isinstance(node, ast.FunctionDef) and node.name == "t"
        ]
    assert definers == ["bot/i18n.py"]


@pytest.mark.parametrize("name", ["cosine", "chunk_to_dict", "languages"])
def test_dead_code_is_gone(name: str) -> None:
    for path in _python_files("bot/engine"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        assert name not in {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}, path


def test_tests_live_where_the_layout_says() -> None:
    loose = sorted(p.name for p in (ROOT / "tests").glob("test_*.py"))
    assert loose == []
    for path in (ROOT / "tests" / "unit").glob("test_*.py"):
        if path.name == Path(__file__).name:
            continue
        text = path.read_text(encoding="utf-8")
        for marker in ("Stack(", "postgres_server(", "(stack)", "stack_settings("):
            # contextlib's ExitStack starts nothing (tests/unit/test_telegram_edits_s59.py)
            found = re.search(r"(?<![A-Za-z_])" + re.escape(marker), text)
            assert found is None, f"{path.name} starts servers; it belongs in tests/e2e/"
