"""Read self-check files. Each is validated on its own: a broken file is reported with
its name and field, and the others keep working."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.content.scale import Scale, ScaleError, parse_scale

LANGS = ("nl", "en")
AUDIENCES = ("employee", "manager", "all")


class SelfCheckError(ValueError):
    """A self-check file that cannot be used. `field`: where in the YAML (for the line, e.g.
    "statements[2].reverse"); `name`: how the message names it to an admin (e.g. "statement
    s3.reverse": a statement by its id, never by its position); defaults to `field`."""

    def __init__(self, path: Path, field: str, message: str, name: str | None = None) -> None:
        self.path, self.field, self.message = path, field, message
        self.name = name or field
        super().__init__(f"{path}: field '{self.name}': {message}")


@dataclass(frozen=True)
class Statement:
    id: str
    text: dict[str, str]
    dimension: str
    reverse: bool


@dataclass(frozen=True)
class Band:
    min: float
    feedback: dict[str, str]


@dataclass(frozen=True)
class Dimension:
    id: str
    tips: dict[str, tuple[str, ...]]
    articles: tuple[str, ...]


@dataclass(frozen=True)
class SelfCheck:
    id: str
    audience: str
    title: dict[str, str]
    intro: dict[str, str]
    scale: Scale  # the answers: values, labels per language, typed words
    statements: tuple[Statement, ...]
    bands: tuple[Band, ...]
    dimensions: dict[str, Dimension]
    path: Path

    def statement(self, position: int) -> Statement:
        return self.statements[position]


def _bilingual(data: object, path: Path, field: str, name: str | None = None) -> dict[str, str]:
    if not isinstance(data, dict) or any(not str(data.get(lang) or "").strip() for lang in LANGS):
        raise SelfCheckError(path, field, "needs non-empty 'nl' and 'en' text", name)
    return {lang: str(data[lang]).strip() for lang in LANGS}


def _parse(data: object, path: Path, known_ids: set[str] | None) -> SelfCheck:
    if not isinstance(data, dict):
        raise SelfCheckError(path, "(file)", "must be a YAML mapping")
    check_id = str(data.get("id") or "")
    if check_id != path.stem:
        raise SelfCheckError(path, "id", f"must equal the file name '{path.stem}'")
    audience = data.get("audience")
    if audience not in AUDIENCES:
        raise SelfCheckError(path, "audience", f"must be one of {', '.join(AUDIENCES)}")
    try:
        scale = parse_scale(data.get("scale"))
    except ScaleError as exc:
        raise SelfCheckError(path, exc.field, exc.message) from exc
    rows = data.get("statements")
    if not isinstance(rows, list) or not 5 <= len(rows) <= 8:
        raise SelfCheckError(path, "statements", "needs 5 to 8 statements")
    statements = []
    for n, row in enumerate(rows):
        field = f"statements[{n}]"
        # named by its id (what the admin wrote), by its place only when it has none
        sid = str(row.get("id") or "").strip() if isinstance(row, dict) else ""
        name = f"statement {sid}" if sid else f"statement {n + 1} (no id)"
        if not isinstance(row, dict) or not row.get("id") or not row.get("dimension"):
            raise SelfCheckError(path, field, "needs 'id', 'dimension', 'nl' and 'en'", name)
        if not isinstance(row.get("reverse", False), bool):
            raise SelfCheckError(path, f"{field}.reverse", "must be true or false", f"{name}.reverse")
        statements.append(
            Statement(
                str(row["id"]),
                _bilingual(row, path, field, name),
                str(row["dimension"]),
                row.get("reverse", False),
            )
        )
    seen: set[str] = set()
    twice = [n for n, st in enumerate(statements) if st.id in seen or seen.add(st.id)]
    if twice:
        repeated = ", ".join(dict.fromkeys(statements[n].id for n in twice))  # each id once
        raise SelfCheckError(
            path, f"statements[{twice[0]}]", f"statement ids must be unique; used more than once: {repeated}",
            "statements",
        )  # fmt: skip
    band_rows = data.get("bands")
    if not isinstance(band_rows, list) or not band_rows:
        raise SelfCheckError(path, "bands", "needs at least one band")
    bands = []
    for n, row in enumerate(band_rows):
        if not isinstance(row, dict) or not isinstance(row.get("min"), int | float):
            raise SelfCheckError(path, f"bands[{n}].min", "needs a number")
        bands.append(Band(float(row["min"]), _bilingual(row, path, f"bands[{n}]")))
    mins = [b.min for b in bands]
    if mins[0] > scale.min or mins != sorted(mins) or mins[-1] > scale.max:
        raise SelfCheckError(
            path, "bands", f"must start at {scale.min} (the scale's lowest value), go up and stay within it"
        )
    dims_raw = data.get("dimensions")
    used = {s.dimension for s in statements}
    if not isinstance(dims_raw, dict) or set(dims_raw) != used:
        raise SelfCheckError(path, "dimensions", f"must describe exactly the dimensions used: {sorted(used)}")
    dimensions = {}
    for dim_id, row in dims_raw.items():
        field = f"dimensions.{dim_id}"
        tips = (row or {}).get("tips") or {}
        if any(not isinstance(tips.get(lang), list) or not tips.get(lang) for lang in LANGS):
            raise SelfCheckError(path, f"{field}.tips", "needs a list of tips in 'nl' and 'en'")
        articles = tuple(str(a) for a in (row.get("articles") or []))
        unknown = [
            a for a in dict.fromkeys((dim_id, *articles)) if known_ids is not None and a not in known_ids
        ]
        if unknown:
            raise SelfCheckError(path, field, f"unknown article ids: {', '.join(unknown)}")
        dimensions[dim_id] = Dimension(
            dim_id, {lang: tuple(map(str, tips[lang])) for lang in LANGS}, articles
        )
    return SelfCheck(
        id=check_id,
        audience=audience,
        title=_bilingual(data.get("title"), path, "title"),
        intro=_bilingual(data.get("intro"), path, "intro"),
        scale=scale,
        statements=tuple(statements),
        bands=tuple(bands),
        dimensions=dimensions,
        path=path,
    )


def load_selfcheck(path: Path, known_ids: set[str] | None = None) -> SelfCheck:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise SelfCheckError(path, "(file)", f"not valid YAML: {exc}") from exc
    return _parse(data, path, known_ids)


def load_selfchecks(
    folder: Path, known_ids: set[str] | None = None
) -> tuple[dict[str, SelfCheck], list[SelfCheckError]]:
    checks: dict[str, SelfCheck] = {}
    errors: list[SelfCheckError] = []
    for path in sorted(folder.glob("*.y*ml")):
        try:
            check = load_selfcheck(path, known_ids)
            checks[check.id] = check
        except SelfCheckError as exc:
            errors.append(exc)
    return checks, errors


def for_role(checks: dict[str, SelfCheck], role: str) -> list[SelfCheck]:
    """The checks meant for a role: a manager's own first, then the rest that fit."""
    wanted = ("manager", "all") if role == "manager" else ("employee", "all")
    return sorted(
        (c for c in checks.values() if c.audience in wanted), key=lambda c: (c.audience == "all", c.id)
    )
