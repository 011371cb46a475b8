"""Read knowledge articles: YAML front matter plus markdown sections, one file each."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import frontmatter
import yaml

LANGS = ("nl", "en")
AUDIENCES = ("employee", "manager", "all")

# Section headings an article is written with; they tell the coach which part is the
# practical core ("what you do tomorrow") and which is background.
SECTION_KINDS = {
    "wat het betekent": "meaning",
    "what it means": "meaning",
    "wat je morgen anders doet": "practice",
    "what you do differently tomorrow": "practice",
    "voorbeeld": "example",
    "example": "example",
    "reflectievraag": "reflection",
    "question to reflect on": "reflection",
}

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


class ArticleError(ValueError):
    """A problem in one knowledge file, pointing at the file, line and field."""

    def __init__(self, path: Path, message: str, line: int = 1, field: str = "") -> None:
        self.path, self.line, self.field, self.message = path, line, field, message
        where = f" (field '{field}')" if field else ""
        super().__init__(f"{path}:{line}: {message}{where}")


@dataclass(frozen=True)
class Section:
    heading: str
    text: str
    line: int

    @property
    def kind(self) -> str:
        return SECTION_KINDS.get(self.heading.strip().lower(), "other")


@dataclass(frozen=True)
class Article:
    id: str
    lang: str
    title: str
    audience: str
    summary: str
    path: Path
    category: str = ""
    tags: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    asked: tuple[str, ...] = ()  # messages as staff type them: train the article classifier only
    related: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    sections: tuple[Section, ...] = field(default_factory=tuple)
    parts: tuple[str, ...] = ()  # an overview's items, in order: the answer lists each, a button to each
    draft: bool = False  # `draft: true`: checked, never served

    @property
    def key(self) -> tuple[str, str]:
        return (self.id, self.lang)

    def section(self, kind: str) -> Section | None:
        return next((s for s in self.sections if s.kind == kind), None)


def _str_list(value: object, path: Path, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list):
        raise ArticleError(path, "expected a list", field=name)
    out = []
    for item in value:
        if isinstance(item, dict):  # sources may be {title, url}
            item = " ".join(str(v) for v in item.values())
        out.append(str(item).strip())
    return tuple(x for x in out if x)


def split_sections(body: str, first_line: int) -> tuple[Section, ...]:
    """Split markdown at level-2+ headings; text before the first heading is dropped."""
    sections: list[Section] = []
    heading, start, lines = None, first_line, []
    for offset, raw in enumerate(body.splitlines()):
        match = _HEADING.match(raw)
        if match and len(match.group(1)) >= 2:
            if heading is not None:
                sections.append(Section(heading, "\n".join(lines).strip(), start))
            heading, start, lines = match.group(2), first_line + offset, []
        elif heading is not None:
            lines.append(raw)
    if heading is not None:
        sections.append(Section(heading, "\n".join(lines).strip(), start))
    return tuple(sections)


def read_source(path: Path) -> str:
    """The file's text as an editor like Notepad may save it: a UTF-8 byte-order mark is
    dropped and Windows (CRLF) or old Mac (CR) line endings become "\\n".
    Raises ArticleError when the file is not UTF-8."""
    try:
        raw = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(path, f"not UTF-8 text ({exc.reason}); save the file as UTF-8") from exc
    return raw.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def yaml_problem(exc: yaml.YAMLError, first_line: int = 1, source: str = "") -> tuple[int, str]:
    """(file line, one plain sentence) for a YAML error in a block whose first line is file
    line `first_line`; `source` is that block's text (the C parser keeps no copy). A quote
    left open points at the line where it opens."""
    problem = str(getattr(exc, "problem", "") or "")
    context = str(getattr(exc, "context", "") or "")
    mark = getattr(exc, "problem_mark", None)
    line = first_line + (mark.line if mark else 0)
    block = (source or (mark.buffer if mark is not None else "") or "").rstrip("\0").split("\n")
    for number, text in enumerate(block):
        opened = re.match(r"""^\s*(?:-\s+|[\w-]+:\s+)(["'])(.*)$""", text)
        if opened and opened.group(1) not in opened.group(2):
            return first_line + number, "a quote (\" or ') is opened but never closed"
    if "quoted scalar" in context and getattr(exc, "context_mark", None) is not None:
        return first_line + exc.context_mark.line, "a quote (\" or ') is opened but never closed"
    if "flow" in context and getattr(exc, "context_mark", None) is not None:
        return first_line + exc.context_mark.line, "a '[' or '{' is opened but never closed"
    text = block
    bad_line = text[line - first_line] if 0 <= line - first_line < len(text) else ""
    if "\t" in bad_line or "tab" in problem or "cannot start any token" in problem:
        return line, "a tab is used for indenting; YAML needs spaces instead of tabs"
    if "mapping values are not allowed" in problem:
        return line, "a ':' inside a text; put the text between quotes"
    if problem:
        return line, f"the front matter is not valid YAML ({problem})"
    return line, "the front matter is not valid YAML"


def load_article(path: Path) -> Article:
    raw = read_source(path)
    try:
        post = frontmatter.loads(raw)
    except yaml.YAMLError as exc:
        end = raw.find("\n---", 3)
        line, sentence = yaml_problem(exc, 1, raw[: end if end > 0 else len(raw)])
        raise ArticleError(path, sentence, line=line) from exc
    meta = post.metadata
    if not meta:
        raise ArticleError(path, "missing YAML front matter between '---' lines")

    def required(name: str) -> str:
        value = meta.get(name)
        if not isinstance(value, str) or not value.strip():
            raise ArticleError(path, "required text is missing or empty", field=name)
        return value.strip()

    lang = required("lang")
    if lang not in LANGS:
        raise ArticleError(path, f"lang must be one of {', '.join(LANGS)}", field="lang")
    audience = required("audience")
    if audience not in AUDIENCES:
        raise ArticleError(path, f"audience must be one of {', '.join(AUDIENCES)}", field="audience")
    header_lines = raw[: raw.find(post.content)].count("\n") if post.content else 0
    return Article(
        id=required("id"),
        lang=lang,
        title=required("title"),
        audience=audience,
        summary=str(meta.get("summary") or "").strip(),
        path=path,
        category=str(meta.get("category") or "").strip(),
        tags=_str_list(meta.get("tags"), path, "tags"),
        questions=_str_list(meta.get("questions"), path, "questions"),
        asked=_str_list(meta.get("asked"), path, "asked"),
        related=_str_list(meta.get("related"), path, "related"),
        sources=_str_list(meta.get("sources"), path, "sources"),
        parts=_str_list(meta.get("parts"), path, "parts"),
        sections=split_sections(post.content, header_lines + 1),
        draft=meta.get("draft") is True,
    )


def article_files(knowledge_dir: Path) -> list[Path]:
    """Article files: `<lang>/<id>.md` directly in a language folder of knowledge/ (other
    files are ignored; `knowledge check` warns about them)."""
    return sorted(
        p
        for lang in LANGS
        for p in (knowledge_dir / lang).glob("*.md")
        if p.is_file() and not p.name.startswith(("_", ".", "~")) and p.name.lower() != "readme.md"
    )


def load_articles(knowledge_dir: Path) -> tuple[list[Article], list[ArticleError]]:
    """Load every article; a broken file is reported and skipped, the rest still load."""
    articles: list[Article] = []
    errors: list[ArticleError] = []
    for path in article_files(knowledge_dir):
        try:
            articles.append(load_article(path))
        except ArticleError as exc:
            errors.append(exc)
    return articles, errors
