"""Check every knowledge file before it goes live, so a typo in front matter or a broken
link is found by a command (and by the live reloader) rather than by a user."""

from __future__ import annotations

import contextlib
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

import frontmatter
import yaml

from bot.content.article_card import MAX_BULLETS, MAX_RELATED
from bot.content.articles import (
    AUDIENCES,
    LANGS,
    Article,
    ArticleError,
    Section,
    article_files,
    load_article,
    read_source,
    split_sections,
)
from bot.content.articles import (
    SECTION_KINDS as HEADING_KINDS,
)
from bot.content.glossary import FILE_NAME as GLOSSARY_FILE
from bot.content.glossary import article_findings, check_glossary_file
from bot.content.markup import hostile_markup
from bot.content.selfchecks import SelfCheckError, load_selfcheck

REQUIRED_TEXT = ("id", "title", "lang", "audience", "summary")
OPTIONAL_TEXT = ("category",)
LIST_FIELDS = ("tags", "questions", "asked", "related", "sources", "parts")
KNOWN_FIELDS = (*REQUIRED_TEXT, *OPTIONAL_TEXT, *LIST_FIELDS, "draft")
SECTION_KINDS = ("meaning", "practice", "example", "reflection")
ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# Measures how much of each section the embedding model can read: (section heading, tokens,
# limit) for every piece over the limit. Supplied by the caller (the engine knows the model);
# content itself knows nothing of embeddings.
OversizeCheck = Callable[[Article], list[tuple[str, int, int]]]


@dataclass(frozen=True, order=True)
class Problem:
    path: Path
    line: int
    message: str
    severity: str = "error"  # error | warning

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.severity}: {self.message}"


def front_matter_lines(raw: str) -> dict[str, int]:
    """Line number of each top-level front matter key (so problems point at the line)."""
    lines: dict[str, int] = {}
    for number, text in enumerate(raw.splitlines()[1:], start=2):
        if text.strip() == "---":
            break
        match = re.match(r"^([A-Za-z_][\w-]*)\s*:", text)
        if match:
            lines.setdefault(match.group(1), number)
    return lines


def _front_matter(raw: str) -> dict:
    if not raw.startswith("---"):
        return {}
    end = raw.find("\n---", 3)
    try:
        data = yaml.safe_load(raw[3:end] if end > 0 else "")
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


def _check_fields(path: Path, raw: str) -> list[Problem]:
    """Types of the front matter fields; load_article stops at the first problem, this
    reports them all."""
    meta, lines = _front_matter(raw), front_matter_lines(raw)
    if not meta:
        return []  # no or unreadable front matter: load_article says where
    problems = []
    for name in REQUIRED_TEXT:
        if not isinstance(meta.get(name), str) or not meta[name].strip():
            problems.append(Problem(path, lines.get(name, 1), f"'{name}' must be a non-empty text"))
    for name in OPTIONAL_TEXT:
        if name in meta and meta[name] is not None and not isinstance(meta[name], str):
            problems.append(Problem(path, lines[name], f"'{name}' must be a text"))
    for name in LIST_FIELDS:
        value = meta.get(name)
        if value is not None and not isinstance(value, list):
            problems.append(Problem(path, lines.get(name, 1), f"'{name}' must be a list"))
        elif name != "sources" and isinstance(value, list) and any(not isinstance(v, str) for v in value):
            problems.append(Problem(path, lines.get(name, 1), f"every item of '{name}' must be a text"))
    if isinstance(meta.get("lang"), str) and meta["lang"] not in LANGS:
        problems.append(Problem(path, lines.get("lang", 1), f"'lang' must be one of {', '.join(LANGS)}"))
    if isinstance(meta.get("audience"), str) and meta["audience"] not in AUDIENCES:
        problems.append(
            Problem(path, lines.get("audience", 1), f"'audience' must be one of {', '.join(AUDIENCES)}")
        )
    for name in meta:
        if name not in KNOWN_FIELDS:
            problems.append(Problem(path, lines.get(str(name), 1), f"unknown field '{name}'", "warning"))
    return problems


def _check_article(article: Article, raw: str, oversize: OversizeCheck | None) -> list[Problem]:
    path, lines = article.path, front_matter_lines(raw)
    problems = []
    if not ID_PATTERN.match(article.id):
        problems.append(Problem(path, lines.get("id", 1), "id must be lowercase words joined by hyphens"))
    if path.stem != article.id:
        problems.append(Problem(path, lines.get("id", 1), f"id '{article.id}' differs from the file name"))
    if path.parent.name in LANGS and path.parent.name != article.lang:
        problems.append(
            Problem(
                path, lines.get("lang", 1), f"lang '{article.lang}' but the file is in {path.parent.name}/"
            )
        )
    for number, text in enumerate(raw.splitlines(), start=1):
        if "TODO" in text:
            problems.append(Problem(path, number, "placeholder 'TODO' is still in the text"))
    problems += missing_sections(path, raw, article.lang, article.sections)
    for section in article.sections:
        if not section.text.strip():
            problems.append(Problem(path, section.line, f"section '{section.heading}' is empty"))
    if oversize is not None:
        for heading, tokens, limit in oversize(article):
            line = next((s.line for s in article.sections if s.heading == heading), 1)
            problems.append(
                Problem(
                    path,
                    line,
                    f"part '{heading}' is {tokens} tokens; the model reads only {limit}: "
                    "the rest is only found by word search; shorten it or split the paragraph",
                    "warning",
                )
            )
    return problems


# What the admin guide asks of an article (warnings: the article still goes live).
CATEGORIES = ("shift", "principle", "pyramid", "model", "culture", "practice", "coaching")
# all related are shown; `asked` is optional (it trains bot/engine/article_classifier.py)
COUNTS = {"tags": (8, 20), "questions": (5, 12), "asked": (0, 60), "related": (2, MAX_RELATED)}
BULLETS = (3, MAX_BULLETS)  # the chat shows at most MAX_BULLETS bullets
SECTION_WORDS = 200  # a longer section is too long for a chat answer
HEADINGS_BY_LANG = {
    "nl": {"wat het betekent", "wat je morgen anders doet", "voorbeeld", "reflectievraag"},
    "en": {"what it means", "what you do differently tomorrow", "example", "question to reflect on"},
}
TEXT_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".txt", ".text")
IGNORED = "ignored: the coach reads only .md files in knowledge/nl/ and knowledge/en/"


def check_guide(article: Article, raw: str) -> list[Problem]:
    """Warnings for what docs/admin-guide asks but the coach does not need: counts of tags,
    questions, related ids and bullets, section length, category, headings in the file's
    language."""
    path, lines = article.path, front_matter_lines(raw)
    out: list[Problem] = []
    for name, (low, high) in COUNTS.items():
        n = len(getattr(article, name))
        if not low <= n <= high:
            out.append(
                Problem(
                    path,
                    lines.get(name, 1),
                    f"'{name}' has {n} items; the guide asks {low}-{high}",
                    "warning",
                )
            )
    if article.category and article.category not in CATEGORIES:
        out.append(
            Problem(
                path,
                lines.get("category", 1),
                f"category '{article.category}' is not one of {', '.join(CATEGORIES)}",
                "warning",
            )
        )
    practice = article.section("practice")
    if practice is not None:
        count = sum(1 for ln in practice.text.splitlines() if re.match(r"^\s*([-*+]|\d+[.)])\s+", ln))
        if not BULLETS[0] <= count <= BULLETS[1]:
            out.append(
                Problem(
                    path,
                    practice.line,
                    f"section '{practice.heading}' has {count} bullets; the guide asks "
                    f"{BULLETS[0]}-{BULLETS[1]} (the chat shows at most {MAX_BULLETS})",
                    "warning",
                )
            )
    for section in article.sections:
        words = len(section.text.split())
        if words > SECTION_WORDS:
            out.append(
                Problem(
                    path,
                    section.line,
                    f"section '{section.heading}' has {words} words; keep it under {SECTION_WORDS}",
                    "warning",
                )
            )
        heading = section.heading.strip().lower()
        other = [lg for lg, names in HEADINGS_BY_LANG.items() if heading in names and lg != article.lang]
        if heading in HEADING_KINDS and other:
            out.append(
                Problem(
                    path,
                    section.line,
                    f"heading '{section.heading}' is {other[0]}; this file is {article.lang}",
                    "warning",
                )
            )
    return out


def ignored_files(knowledge_dir: Path) -> list[Problem]:
    """Files the coach never reads although they look like articles: other extensions, or
    markdown outside a language folder."""
    out = []
    if not knowledge_dir.is_dir():
        return out
    served = set(article_files(knowledge_dir))
    for path in sorted(knowledge_dir.rglob("*")):
        if not path.is_file() or path.name.startswith((".", "_", "~")) or "selfchecks" in path.parts:
            continue
        if path.name.lower() == "readme.md":
            continue
        if path.suffix.lower() in TEXT_SUFFIXES and path not in served:
            out.append(Problem(path, 1, IGNORED, "warning"))
    return out


def section_heading(kind: str, lang: str) -> str:
    """The heading a section of `kind` is written with in `lang` ("Wat je morgen anders doet"
    for "practice" in Dutch): what a missing section is called in `knowledge check` (fresh
    tester of stop 67: "section 'practice' is missing" named the internal key)."""
    names = [heading for heading, named in HEADING_KINDS.items() if named == kind]
    name = names[0 if lang == "nl" or len(names) < 2 else 1] if names else kind
    return name[0].upper() + name[1:]


def missing_sections(path: Path, raw: str, lang: str, sections: Sequence[Section]) -> list[Problem]:
    """An error for each required section that is not among `sections`, named by its heading in
    the article's language `lang`; a heading that is nearly it ("Wat je morgen andes doet") is
    pointed at, with its line."""
    kinds = {s.kind for s in sections}
    problems = []
    for kind in SECTION_KINDS:
        if kind in kinds:
            continue
        name = section_heading(kind, lang)
        near = [
            s
            for s in sections
            if s.kind == "other" and SequenceMatcher(None, s.heading.lower(), name.lower()).ratio() > 0.8
        ]
        line = near[0].line if near else len(raw[: raw.find("\n---", 3) + 4].splitlines()) + 1
        hint = f"; is '{near[0].heading}' a misspelling of it?" if near else f": add a heading '## {name}'"
        problems.append(
            Problem(path, line, f"section '{name}' is missing{hint} (see docs/article-format.md)")
        )
    return problems


def _body_problems(path: Path, raw: str) -> list[Problem]:
    """The sections' problems of a file whose front matter parsed but did not load (an empty
    title): reported with the field's error in one run, not only after it was fixed (fresh
    tester of stop 67)."""
    try:
        post = frontmatter.loads(raw)
    except (yaml.YAMLError, ValueError):  # the front matter's own error is reported already
        return []
    lang = post.metadata.get("lang") if isinstance(post.metadata.get("lang"), str) else ""
    if lang not in LANGS:
        lang = path.parent.name if path.parent.name in LANGS else "nl"
    header_lines = raw[: raw.find(post.content)].count("\n") if post.content else 0
    sections = split_sections(post.content, header_lines + 1)
    problems = missing_sections(path, raw, lang, sections)
    empty = [s for s in sections if not s.text.strip()]
    problems += [Problem(path, s.line, f"section '{s.heading}' is empty") for s in empty]
    return problems


def check_file(path: Path, oversize: OversizeCheck | None = None) -> tuple[Article | None, list[Problem]]:
    """One article file on its own (no cross-file rules): the article when it parsed, and
    its problems. Live publishing uses this per file."""
    problems: list[Problem] = []
    try:
        raw = read_source(path)
    except ArticleError as exc:
        return None, [Problem(path, 1, exc.message)]
    problems += [Problem(path, line, message) for line, message in hostile_markup(raw)]
    field_problems = _check_fields(path, raw)
    problems += field_problems
    try:
        article = load_article(path)
    except ArticleError as exc:
        if not any(p.severity == "error" for p in field_problems):
            line = front_matter_lines(raw).get(exc.field, exc.line) if exc.field else exc.line
            problems.append(Problem(path, line, exc.message))
        return None, problems + (_body_problems(path, raw) if exc.field else [])
    problems += _check_article(article, raw, oversize)
    problems += check_guide(article, raw)
    problems += [Problem(path, ln, msg, "warning") for ln, msg in article_findings(article, raw)]
    return article, problems


def check_articles(
    knowledge_dir: Path, oversize: OversizeCheck | None = None
) -> tuple[list[Problem], list[Article]]:
    """Problems in the articles, and the articles that parsed."""
    problems: list[Problem] = []
    articles: list[Article] = []
    for path in article_files(knowledge_dir):
        article, found = check_file(path, oversize)
        problems += found
        if article is not None:
            articles.append(article)
    problems += _check_collection([a for a in articles if not a.draft])
    problems += ignored_files(knowledge_dir)
    return problems, articles


def _check_collection(articles: list[Article]) -> list[Problem]:
    """Rules across files: unique ids, both languages, links that lead somewhere."""
    problems = []
    by_key: dict[tuple[str, str], list[Article]] = defaultdict(list)
    langs: dict[str, set[str]] = defaultdict(set)
    for a in articles:
        by_key[a.key].append(a)
        langs[a.id].add(a.lang)
    for (aid, lang), same in by_key.items():
        for dup in same[1:]:
            problems.append(Problem(dup.path, 2, f"id '{aid}' ({lang}) is also used by {same[0].path}"))
    for a in articles:
        raw_lines = front_matter_lines(read_source(a.path))
        # a language whose file exists but has errors is reported in that file, not here
        missing = [
            lang
            for lang in LANGS
            if lang not in langs[a.id] and not (a.path.parent.parent / lang / a.path.name).exists()
        ]
        if missing and a.lang == sorted(langs[a.id])[0]:
            problems.append(
                Problem(a.path, raw_lines.get("id", 1), f"no {'/'.join(missing)} version of '{a.id}'")
            )
        for name, ids in (("related", a.related), ("parts", a.parts)):
            for rid in ids:
                if rid not in langs:
                    problems.append(
                        Problem(a.path, raw_lines.get(name, 1), f"{name} id '{rid}' does not exist")
                    )
                elif rid == a.id:
                    problems.append(
                        Problem(a.path, raw_lines.get(name, 1), "an article cannot list itself")
                    )
    return problems


def _yaml_line(path: Path, field: str) -> int:
    """Best line for a self-check field like 'statements[2].reverse' or 'dimensions.x'."""
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        mark = getattr(exc, "problem_mark", None)
        return mark.line + 1 if mark else 1
    line = 1
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", field):
        if node is None:
            break
        if part.startswith("[") and isinstance(node, yaml.SequenceNode):
            index = int(part[1:-1])
            node = node.value[index] if index < len(node.value) else None
        elif isinstance(node, yaml.MappingNode):
            key, node = next(((k, v) for k, v in node.value if k.value == part), (None, None))
            if key is not None:
                line = key.start_mark.line + 1  # the key's line, not where its value starts
            continue
        else:
            node = None
        if node is not None:
            line = node.start_mark.line + 1
    return line


def check_selfchecks(folder: Path, known_ids: set[str]) -> list[Problem]:
    problems = []
    for path in sorted(folder.glob("*.y*ml")) if folder.is_dir() else []:
        try:
            load_selfcheck(path, known_ids)
        except SelfCheckError as exc:
            problems.append(Problem(path, _yaml_line(path, exc.field), f"'{exc.name}': {exc.message}"))
        with contextlib.suppress(UnicodeDecodeError):  # not UTF-8: the loader said so above
            text = path.read_text(encoding="utf-8-sig")
            problems += [Problem(path, line, message) for line, message in hostile_markup(text)]
    return problems


def check_knowledge(knowledge_dir: Path, oversize: OversizeCheck | None = None) -> list[Problem]:
    """Every problem in the articles and self-checks under knowledge_dir, sorted by file."""
    problems, articles = check_articles(knowledge_dir, oversize)
    problems += check_selfchecks(knowledge_dir / "selfchecks", {a.id for a in articles})
    langs: dict[str, set[str]] = {}
    for a in articles:
        langs.setdefault(a.id, set()).add(a.lang)
    problems += check_referrals(knowledge_dir, langs)
    glossary = knowledge_dir / GLOSSARY_FILE
    problems += [Problem(glossary, ln, msg) for ln, msg in check_glossary_file(knowledge_dir)]
    return sorted(set(problems))


def check_referrals(knowledge_dir: Path, article_langs: dict[str, set[str]] | None = None) -> list[Problem]:
    """knowledge/referrals.yml (optional): where the coach sends questions it does not cover.
    `article_langs` (article id -> its languages): a topic's `article` must be one of them, in
    both languages (None: not checked)."""
    from bot.content.referrals import FILE_NAME, LANGS, ReferralError, parse_referrals

    path = knowledge_dir / FILE_NAME
    if not path.exists():
        return []
    try:
        referrals = parse_referrals(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        return [Problem(path, 1, "not UTF-8 text")]
    except ReferralError as exc:
        return [Problem(path, line, message) for line, message in exc.problems]
    problems = []
    for n, r in enumerate(referrals):
        missing = [lang for lang in LANGS if lang not in (article_langs or {}).get(r.article or "", set())]
        if r.article and article_langs is not None and missing:
            problems.append(Problem(path, _yaml_line(path, f"topics[{n}].article"), (
                f"topic {r.id}: `article` {r.article} is not an article in {' and '.join(missing)}")))
    return problems


def errors_only(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]
