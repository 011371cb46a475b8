"""Publish per file: each article file is checked on its own (plus the rules across files:
both languages, `related` ids, unique ids). A valid file goes live; a file with errors keeps
its last good version (a copy kept in `last_good_dir`, so it survives restarts) or, if it
never was good, is held back. Drafts (`draft: true`) are checked but never served.

Used at start-up and on every live reload, so both apply the same check."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path

from bot.content.articles import LANGS, Article, ArticleError, article_files, load_article
from bot.content.validation import Problem, check_file

LIVE, LAST_GOOD, HELD, DRAFT = "live", "last good", "held back", "draft"


@dataclass(frozen=True)
class FileState:
    """One article file. state: live (this version is served), last good (errors: the
    previous version is served), held back (errors, nothing served), draft.
    reasons: "line: message" for each error."""

    path: str  # relative to the knowledge folder, e.g. "nl/angry-customer.md"
    state: str
    reasons: tuple[str, ...] = ()


@dataclass
class Publication:
    """What to serve and why. articles: the versions to index; problems: the errors that
    hold a file back (for the log and admin notices)."""

    articles: list[Article] = field(default_factory=list)
    files: dict[str, FileState] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    live_texts: dict[str, bytes] = field(default_factory=dict)  # rel -> the bytes validated


def _rel(path: Path, knowledge_dir: Path) -> str:
    return path.relative_to(knowledge_dir).as_posix()


def _last_good(rel: str, original: Path, last_good_dir: Path) -> Article | None:
    copy = last_good_dir / rel
    if not copy.is_file():
        return None
    try:
        return dataclasses.replace(load_article(copy), path=original)
    except ArticleError:
        return None


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _check_steady(path: Path) -> tuple[Article | None, list[Problem], bytes | None]:
    """check_file, plus the exact bytes it checked: read before and after, and checked again
    (up to 3 times) while an editor is still writing the file."""
    for _ in range(3):
        before = _read(path)
        article, found = check_file(path)
        if _read(path) == before:
            break
    return article, found, before


def plan_publication(knowledge_dir: Path, last_good_dir: Path) -> Publication:
    """Decide per file what is served. Never raises for bad content."""
    pub = Publication()
    candidates: dict[str, Article] = {}
    fallback: dict[str, Article] = {}
    reasons: dict[str, list[Problem]] = {}
    drafts: set[str] = set()
    texts: dict[str, bytes | None] = {}
    for path in article_files(knowledge_dir):
        rel = _rel(path, knowledge_dir)
        article, found, texts[rel] = _check_steady(path)
        errors = [p for p in found if p.severity == "error"]
        if article is not None and article.draft and not errors:
            drafts.add(rel)
        elif article is not None and not errors:
            candidates[rel] = article
        else:
            reasons[rel] = errors or [Problem(path, 1, "could not be read")]
        previous = _last_good(rel, path, last_good_dir)
        if previous is not None and rel not in drafts:
            fallback[rel] = previous

    changed = True
    while changed:  # rules across files, until no more files are held back
        changed = False
        served = {rel: a for rel, a in fallback.items() if rel not in candidates} | candidates
        langs: dict[str, set[str]] = {}
        for a in served.values():
            langs.setdefault(a.id, set()).add(a.lang)
        seen: dict[tuple[str, str], str] = {}
        for rel, a in sorted(candidates.items()):
            why: list[Problem] = []
            if a.key in seen:
                why.append(Problem(a.path, 2, f"id '{a.id}' ({a.lang}) is also used by {seen[a.key]}"))
            seen.setdefault(a.key, rel)
            missing = [lang for lang in LANGS if lang not in langs.get(a.id, set())]
            if missing:
                other = "/".join(f"{lang}/{a.path.name}" for lang in missing)
                why.append(Problem(a.path, 2, f"waits for its {'/'.join(missing)} version ({other})"))
            for name, ids in (("related", a.related), ("parts", a.parts)):
                for rid in ids:
                    if rid not in langs:
                        why.append(Problem(a.path, 1, f"{name} id '{rid}' does not exist"))
            if why:
                reasons[rel] = why
                del candidates[rel]
                changed = True
                break

    for path in article_files(knowledge_dir):
        rel = _rel(path, knowledge_dir)
        if rel in candidates:
            pub.files[rel] = FileState(rel, LIVE)
            pub.articles.append(candidates[rel])
            if texts.get(rel) is not None:
                pub.live_texts[rel] = texts[rel]
        elif rel in drafts:
            pub.files[rel] = FileState(rel, DRAFT)
        else:
            lines = tuple(f"{p.line}: {p.message}" for p in reasons.get(rel, []))
            pub.problems += reasons.get(rel, [])
            if rel in fallback:
                pub.files[rel] = FileState(rel, LAST_GOOD, lines)
                pub.articles.append(fallback[rel])
            else:
                pub.files[rel] = FileState(rel, HELD, lines)
    return pub


def keep_last_good(pub: Publication, knowledge_dir: Path, last_good_dir: Path) -> None:
    """Keep each live file, exactly as it was checked and served, as its last good version;
    drop copies of deleted files and of drafts (deleting or un-publishing is publishing).

    The copy is written from the bytes that were checked, not read from the knowledge folder
    again: the index goes live first, and an admin may save the file again in between (a new
    edit, valid or not, that the watcher's next reload checks on its own)."""
    for rel, text in pub.live_texts.items():
        target = last_good_dir / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")  # servers may share var/
        tmp.write_bytes(text)
        tmp.replace(target)
    if not last_good_dir.is_dir():
        return
    for copy in last_good_dir.rglob("*.md"):
        rel = _rel(copy, last_good_dir)
        if rel not in pub.files or pub.files[rel].state == DRAFT:
            copy.unlink(missing_ok=True)
