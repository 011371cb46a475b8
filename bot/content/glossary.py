"""The glossary (knowledge/glossary.yml) and the content checks built on it.

Format and checks: docs/content-review.md, sections 4 and "The checks built on it".
`load_glossary` reads the file (GlossaryError with (line, message) pairs when it is broken);
`check_article(article, raw, glossary)` returns (file line, message) pairs for one article:
unsourced sources, terms to avoid, numbered concepts without their name, and a concept's own
article without its name. `article_findings` does the same with the glossary that sits in the
article's knowledge folder (none there: no findings).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from bot.content.articles import LANGS, Article, yaml_problem

FILE_NAME = "glossary.yml"
KINDS = ("principles", "levels", "dimensions", "shifts")
SOURCE_KINDS = ("standard", "book", "author", "organisation", "company")
SINGULAR = {"principles": "principle", "levels": "level", "dimensions": "dimension", "shifts": "shift"}

Finding = tuple[int, str]  # (line in the file, message)


class GlossaryError(ValueError):
    """The glossary file is unreadable or has the wrong shape; `problems` holds every
    (line, message) found."""

    def __init__(self, problems: list[Finding]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"line {line}: {message}" for line, message in problems))


@dataclass(frozen=True)
class Concept:
    kind: str  # one of KINDS
    number: int
    id: str
    article: str  # "" when no article explains it
    terms: dict[str, tuple[str, ...]]  # lang -> terms
    avoid: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Source:
    id: str
    patterns: tuple[str, ...]  # case-sensitive in the article text
    cite: tuple[str, ...]  # any case, in the article's `sources`
    avoid: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Glossary:
    ordinals: dict[str, tuple[str, ...]]  # lang -> first..tenth
    nouns: dict[str, dict[str, tuple[str, ...]]]  # kind -> lang -> nouns
    concepts: tuple[Concept, ...]
    sources: tuple[Source, ...]
    # kind -> the article on all of that kind ("levels" -> "pyramid"); optional
    overviews: dict[str, str] = field(default_factory=dict)

    def concept(self, kind: str, number: int) -> Concept | None:
        return next((c for c in self.concepts if c.kind == kind and c.number == number), None)

    def count(self, kind: str) -> int:
        """How many concepts of `kind` the glossary has (4 levels, 7 principles, 10 shifts)."""
        return sum(1 for c in self.concepts if c.kind == kind)


# --- reading the file -------------------------------------------------------------------


def _node_line(root: yaml.Node | None, where: tuple) -> int:
    """File line of the node at `where` (keys and list indexes), or of its deepest parent."""
    node, line = root, 1
    for part in where:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == part), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            node = None
        if node is None:
            break
        line = node.start_mark.line + 1
    return line


class _Shape:
    """Collects shape problems with the line of the offending node."""

    def __init__(self, root: yaml.Node | None) -> None:
        self.root, self.problems = root, []

    def bad(self, where: tuple, message: str) -> None:
        name = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in where).lstrip(".")
        self.problems.append((_node_line(self.root, where), f"'{name}': {message}"))

    def texts(self, value: object, where: tuple, required: bool = True) -> tuple[str, ...]:
        if value is None and not required:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.bad(where, "must be a list of non-empty texts")
            return ()
        return tuple(v.strip() for v in value)

    def by_lang(self, value: object, where: tuple, required: bool = True) -> dict[str, tuple[str, ...]]:
        if value is None and not required:
            return {}
        if not isinstance(value, dict) or set(value) - set(LANGS):
            self.bad(where, f"must map {' and '.join(LANGS)} to lists of texts")
            return {}
        return {lang: self.texts(value.get(lang), (*where, lang)) for lang in LANGS}


def parse_glossary(text: str) -> Glossary:
    """The glossary in `text`. Raises GlossaryError with every (line, message) found."""
    try:
        root = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        line, sentence = yaml_problem(exc, 1, text)
        raise GlossaryError([(line, sentence.replace("the front matter is", "the glossary is"))]) from exc
    shape = _Shape(root)
    if not isinstance(data, dict):
        raise GlossaryError([(1, "must be a mapping with version, ordinals, nouns, concepts and sources")])
    if data.get("version") != 1:
        shape.bad(("version",), "must be 1")
    ordinals = shape.by_lang(data.get("ordinals"), ("ordinals",))
    for lang, words in ordinals.items():
        if words and len(words) != 10:
            shape.bad(("ordinals", lang), f"must list 10 ordinal words, not {len(words)}")
    nouns_raw = data.get("nouns")
    nouns: dict[str, dict[str, tuple[str, ...]]] = {}
    if not isinstance(nouns_raw, dict):
        shape.bad(("nouns",), f"must map {', '.join(KINDS)} to nouns per language")
    else:
        nouns = {kind: shape.by_lang(nouns_raw.get(kind), ("nouns", kind)) for kind in KINDS}
    concepts: list[Concept] = []
    for kind in KINDS:
        items = data.get(kind)
        if not isinstance(items, list) or not items:
            shape.bad((kind,), "must be a non-empty list of concepts")
            continue
        for index, item in enumerate(items):
            where = (kind, index)
            if not isinstance(item, dict):
                shape.bad(where, "must be a mapping with number, id, name and terms")
                continue
            number, cid = item.get("number"), item.get("id")
            if not isinstance(number, int) or isinstance(number, bool) or number < 1:
                shape.bad((*where, "number"), "must be a whole number from 1")
                number = 0
            if not isinstance(cid, str) or not cid.strip():
                shape.bad((*where, "id"), "must be a non-empty text")
                cid = ""
            if not isinstance(item.get("name"), dict):
                shape.bad((*where, "name"), "must map nl and en to the label articles use")
            article = item.get("article") or ""
            if not isinstance(article, str):
                shape.bad((*where, "article"), "must be an article id")
                article = ""
            concepts.append(
                Concept(
                    kind,
                    number,
                    cid,
                    article,
                    shape.by_lang(item.get("terms"), (*where, "terms")),
                    shape.by_lang(item.get("avoid"), (*where, "avoid"), required=False),
                )
            )
    sources: list[Source] = []
    items = data.get("sources")
    if not isinstance(items, list):
        shape.bad(("sources",), "must be a list of sources")
        items = []
    for index, item in enumerate(items):
        where = ("sources", index)
        if not isinstance(item, dict):
            shape.bad(where, "must be a mapping with id, kind, name and patterns")
            continue
        if not isinstance(item.get("id"), str) or not item["id"].strip():
            shape.bad((*where, "id"), "must be a non-empty text")
        if item.get("kind") not in SOURCE_KINDS:
            shape.bad((*where, "kind"), f"must be one of {', '.join(SOURCE_KINDS)}")
        if not isinstance(item.get("name"), str) or not item["name"].strip():
            shape.bad((*where, "name"), "must be a non-empty text")
        patterns = shape.texts(item.get("patterns"), (*where, "patterns"))
        cite = shape.texts(item.get("cite"), (*where, "cite"), required=False)
        sources.append(
            Source(
                str(item.get("id") or ""),
                patterns,
                cite or patterns,
                shape.by_lang(item.get("avoid"), (*where, "avoid"), required=False),
            )
        )
    overviews_raw = data.get("overviews") or {}
    overviews: dict[str, str] = {}
    if not isinstance(overviews_raw, dict):
        shape.bad(("overviews",), f"must map {', '.join(KINDS)} to an article id")
    else:
        for kind, article in overviews_raw.items():
            if kind not in KINDS:
                shape.bad(("overviews", kind), f"must be one of {', '.join(KINDS)}")
            elif not isinstance(article, str) or not article.strip():
                shape.bad(("overviews", kind), "must be an article id")
            else:
                overviews[kind] = article.strip()
    if shape.problems:
        raise GlossaryError(shape.problems)
    return Glossary(ordinals, nouns, tuple(concepts), tuple(sources), overviews)


def load_glossary(path: Path) -> Glossary:
    """The glossary at `path`. Raises GlossaryError (line 1 when the file is not UTF-8)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise GlossaryError([(1, "not UTF-8 text; save the file as UTF-8")]) from exc
    return parse_glossary(text)


@lru_cache(maxsize=8)
def _cached(path: Path, stamp: tuple[int, int]) -> Glossary | None:
    try:
        return load_glossary(path)
    except GlossaryError:
        return None  # reported once, by `knowledge check`, at the glossary's own lines


def glossary_for(knowledge_dir: Path) -> Glossary | None:
    """The glossary of a knowledge folder; None when it has none or it is broken."""
    path = knowledge_dir / FILE_NAME
    try:
        stat = path.stat()
    except OSError:
        return None
    return _cached(path, (stat.st_mtime_ns, stat.st_size))


# --- matching --------------------------------------------------------------------------


def phrase(text: str, ignore_case: bool) -> re.Pattern[str]:
    """`text` as a whole phrase (not inside a longer word), any run of white space between
    its words."""
    body = r"\s+".join(re.escape(word) for word in text.split())
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE if ignore_case else 0)


def _contains(text: str, phrases: tuple[str, ...], ignore_case: bool = True) -> bool:
    return any(phrase(p, ignore_case).search(text) for p in phrases)


def _key_line(raw: str, key: str) -> int:
    for number, text in enumerate(raw.splitlines()[1:], start=2):
        if text.strip() == "---":
            break
        if re.match(rf"^{re.escape(key)}\s*:", text):
            return number
    return 1


def text_blocks(article: Article, raw: str) -> list[tuple[int, str]]:
    """(file line of its first line, text) for the parts of an article that are checked:
    title, summary and the body from the first section heading on (tags and questions are
    what users type and are not checked)."""
    blocks = [(_key_line(raw, "title"), article.title), (_key_line(raw, "summary"), article.summary)]
    if article.sections:
        first = article.sections[0].line
        blocks.append((first, "\n".join(raw.splitlines()[first - 1 :])))
    return blocks


def _first(blocks: list[tuple[int, str]], pattern: re.Pattern[str]) -> tuple[int, str] | None:
    """(file line, matched text) of the first match in the blocks."""
    for line, text in blocks:
        match = pattern.search(text)
        if match:
            return line + text[: match.start()].count("\n"), match.group(0)
    return None


# --- the checks ------------------------------------------------------------------------


def unsourced(article: Article, raw: str, glossary: Glossary) -> list[Finding]:
    """Check 1: a source named in the text that no entry of the article's `sources` cites."""
    blocks, out = text_blocks(article, raw), []
    cited = "\n".join(article.sources)
    for source in glossary.sources:
        hits = [h for p in source.patterns if (h := _first(blocks, phrase(p, ignore_case=False)))]
        if hits and not _contains(cited, source.cite):
            line, name = min(hits)
            out.append(
                (
                    line,
                    f"'{name}' is named, but no entry of 'sources' mentions "
                    f"{' or '.join(repr(c) for c in source.cite)} (glossary source '{source.id}')",
                )
            )
    return out


def avoided(article: Article, raw: str, glossary: Glossary) -> list[Finding]:
    """Check 2: a wording the glossary says to avoid (for the article's language)."""
    blocks, out = text_blocks(article, raw), []
    owners = [(f"{SINGULAR[c.kind]} '{c.id}'", c.avoid) for c in glossary.concepts]
    owners += [(f"source '{s.id}'", s.avoid) for s in glossary.sources]
    for owner, avoid in owners:
        for term in avoid.get(article.lang, ()):
            hit = _first(blocks, phrase(term, ignore_case=True))
            if hit:
                out.append((hit[0], f"'{hit[1]}' is a wording to avoid (glossary: {owner})"))
    return out


def _reference_pattern(glossary: Glossary) -> tuple[re.Pattern[str], dict[str, str], dict[str, int]]:
    """Regex for `<ordinal> <noun>` and `<noun> <number>`, noun -> kind, ordinal -> number."""
    kind_of = {n.lower(): kind for kind, langs in glossary.nouns.items() for ns in langs.values() for n in ns}
    position = {w.lower(): i for words in glossary.ordinals.values() for i, w in enumerate(words, start=1)}

    def alternatives(words) -> str:
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))

    nouns, ordinals = alternatives(kind_of), alternatives(position)
    pattern = re.compile(
        rf"(?<!\w)(?:(?P<ordinal>{ordinals})\s+(?P<noun1>{nouns})|(?P<noun2>{nouns})\s+(?P<number>\d+))(?!\w)",
        re.IGNORECASE,
    )
    return pattern, kind_of, position


def unnamed_numbered(article: Article, raw: str, glossary: Glossary) -> list[Finding]:
    """Check 3: a sentence (up to '.', '!', '?' or a line break) refers to a principle, level,
    dimension or shift by number and names it with none of its terms (article's language)."""
    pattern, kind_of, position = _reference_pattern(glossary)
    out = []
    for first, block in text_blocks(article, raw):
        for sentence in re.finditer(r"[^.!?\n]+", block):
            for ref in pattern.finditer(sentence.group(0)):
                noun = " ".join((ref.group("noun1") or ref.group("noun2")).lower().split())
                kind = kind_of[noun]
                number = (
                    position[ref.group("ordinal").lower()] if ref.group("ordinal") else int(ref["number"])
                )
                line = first + block[: sentence.start() + ref.start()].count("\n")
                concept = glossary.concept(kind, number)
                said = " ".join(ref.group(0).split())
                if concept is None:
                    out.append((line, f"'{said}': the glossary has no {SINGULAR[kind]} {number}"))
                elif not _contains(sentence.group(0), concept.terms.get(article.lang, ())):
                    name = concept.terms.get(article.lang, ("?",))[0]
                    out.append(
                        (
                            line,
                            f"'{said}' is not named in the same sentence with a glossary term "
                            f"(for example '{name}')",
                        )
                    )
    return out


def unnamed_article(article: Article, raw: str, glossary: Glossary) -> list[Finding]:
    """Check 4: the article that explains a concept uses none of that concept's terms."""
    out = []
    text = "\n".join(t for _, t in text_blocks(article, raw))
    for concept in glossary.concepts:
        terms = concept.terms.get(article.lang, ())
        if concept.article == article.id and terms and not _contains(text, terms):
            out.append(
                (
                    _key_line(raw, "title"),
                    f"this article explains {SINGULAR[concept.kind]} '{concept.id}' but uses none of its "
                    f"glossary terms (for example '{terms[0]}')",
                )
            )
    return out


def check_article(article: Article, raw: str, glossary: Glossary) -> list[Finding]:
    """Every glossary finding for one article, as (file line, message)."""
    return [
        *unsourced(article, raw, glossary),
        *avoided(article, raw, glossary),
        *unnamed_numbered(article, raw, glossary),
        *unnamed_article(article, raw, glossary),
    ]


def article_findings(article: Article, raw: str) -> list[Finding]:
    """check_article with the glossary of the article's knowledge folder (`<dir>/<lang>/x.md`)."""
    glossary = glossary_for(article.path.parent.parent)
    return check_article(article, raw, glossary) if glossary is not None else []


def check_glossary_file(knowledge_dir: Path) -> list[Finding]:
    """Problems in knowledge_dir/glossary.yml itself (none when there is no glossary)."""
    path = knowledge_dir / FILE_NAME
    if not path.exists():
        return []
    try:
        load_glossary(path)
    except GlossaryError as exc:
        return exc.problems
    return []


# A work shift is called a "shift" too ("my shift 3 days ago", "de derde shift deze week"): a
# paradigm shift counts in a question only when it is called one.
_EVERYDAY_NOUNS = frozenset({"shift"})


# How a question may write a number besides the glossary's ordinals and digits (verifier round
# of stop 51: "niveau twee", "the 2nd paradigm shift" and "paradigma shift 5" got the
# overview). Dutch "een" is left out: "het niveau een beetje" is no level 1.
_CARDINALS = {
    "één": 1, "eén": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
    "negen": 9, "tien": 10, "elf": 11, "twaalf": 12,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_MORE_ORDINALS = {"elfde": 11, "twaalfde": 12, "eleventh": 11, "twelfth": 12}
# "2nd", "3rd", "4th", "1st", Dutch "2e", "3de", "1ste", "8ste"
_DIGIT_ORDINAL = r"\d{1,2}\s?(?:st|nd|rd|th|e|de|ste)"


@dataclass(frozen=True)
class NumberedReference:
    """One reference by number in a question: its kind ("levels"), the number (1-12, also
    beyond what the glossary has: "level 5 of the pyramid"), the noun as written ("level")
    and whether that noun is an everyday word too ("shift": a work shift)."""

    kind: str
    number: int
    noun: str
    everyday: bool


def _question_pattern(glossary: Glossary) -> tuple[re.Pattern[str], dict[str, str], dict[str, int]]:
    """Like _reference_pattern, for questions: ordinals also as "2nd"/"3de", numbers also as
    words ("niveau twee", "level two"). `re` caches the compiled pattern."""
    kind_of = {n.lower(): kind for kind, langs in glossary.nouns.items() for ns in langs.values() for n in ns}
    position = {w.lower(): i for words in glossary.ordinals.values() for i, w in enumerate(words, start=1)}
    position.update(_MORE_ORDINALS)

    def alternatives(words) -> str:
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))

    nouns, ordinals, cardinals = alternatives(kind_of), alternatives(position), alternatives(_CARDINALS)
    pattern = re.compile(
        rf"(?<!\w)(?:(?P<ordinal>{ordinals}|{_DIGIT_ORDINAL})\s+(?:[\w-]+\s+)??(?P<noun1>{nouns})"
        rf"|(?P<noun2>{nouns})\s*(?:nr\.?\s*|nummer\s+|number\s+|no\.?\s*)?(?P<number>\d{{1,2}}|{cardinals}))(?!\w)",
        re.IGNORECASE,
    )
    return pattern, kind_of, position


def numbered_references(text: str, glossary: Glossary) -> list[NumberedReference]:
    """Every reference by number in `text`, in the order written, each (kind, number) once:
    "level 3 of the pyramid", "het vierde principe", "the 2nd paradigm shift", "niveau twee",
    "paradigma shift 5", "de 3de laag", "level 5" (beyond the four levels: the caller says so).
    One word may stand between an ordinal and its noun ("de derde belangrijkste laag")."""
    pattern, kind_of, position = _question_pattern(glossary)
    found: list[NumberedReference] = []
    for ref in pattern.finditer(text or ""):
        noun = " ".join((ref.group("noun1") or ref.group("noun2")).lower().split())
        if ref.group("ordinal"):
            said = ref.group("ordinal").lower()
            number = position.get(said) or int(re.match(r"\d+", said).group(0))  # type: ignore[union-attr]
        else:
            said = ref.group("number").lower()
            number = int(said) if said.isdigit() else _CARDINALS[said]
        reference = NumberedReference(kind_of[noun], number, noun, noun in _EVERYDAY_NOUNS)
        if number >= 1 and all((r.kind, r.number) != (reference.kind, number) for r in found):
            found.append(reference)
    return found


def numbered_concepts(text: str, glossary: Glossary, everyday: bool = False) -> list[Concept]:
    """The concepts `text` refers to by number ("level 3 of the pyramid", "het vierde principe",
    "paradigmashift 10", "niveau 3 en niveau 4", "niveau twee", "the 2nd paradigm shift"), in the
    order written, each once. Only concepts the glossary has; a shift only when called a
    paradigm shift (a work shift is a "shift" too), unless `everyday` allows the bare noun."""
    found: list[Concept] = []
    for ref in numbered_references(text, glossary):
        if ref.everyday and not everyday:
            continue
        concept = glossary.concept(ref.kind, ref.number)
        if concept is not None and concept not in found:
            found.append(concept)
    return found
