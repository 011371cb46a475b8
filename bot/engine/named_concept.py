"""Questions about a named model, method or standard ("wat is het EFQM-model?", "explain the
SERVQUAL model", "what is RATER"): the name decides, not the words around it.

Found by fresh dev set 7 (stop 43): "can you explain the SERVQUAL model" was answered, sure at
0.84, with the article on the service-excellence model, and "wat houdt het EFQM model in"
at 0.99, although no article says a word about either; "wat is het Kano model" went there
too, while the article on innovation is the one that explains the Kano model. The search
reads "model" and "wat is", which the service-excellence model's article is full of.

`named_concept` finds the name in a question that asks what something is; `mentions` says
which articles use the name anywhere in their text (title, summary, tags, questions,
sections, sources), compared without case, dots or hyphens ("H.E.A.R.D." = "heard").
A short question about a term of the models ("wat is symmetrische aandacht", "symmetric
attention??"; stop 61) is read the same way, its term looked up among the articles' names
(`term_asked`, `names_of`).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping

from bot.content.articles import Article

# A question that asks what something is, or to explain or tell about it.
_ASKS_WHAT = re.compile(
    r"\b(?:(?:wat|wa|wt)\s+(?:is|zijn|zen|houdt|betekent|betekenen|bedoelen\s+ze\s+met|is\s+eigenlijk)|wat's|wa's"
    r"|leg\s+(?=.*\buit\b)|uitleg\s+over|ken\s+je|ken\s+jij|vertel\s+(?:me\s+)?(?:eens\s+)?over"
    r"|what\s+(?:is|are|does)|what's|whats|explain|tell\s+me\s+about|do\s+you\s+know|have\s+you\s+heard\s+of"
    r"|heb\s+je\s+gehoord\s+van)\b",
    re.IGNORECASE,
)


def asks_what(text: str) -> bool:
    """Whether `text` asks what something is, or to explain or tell about it ("wat is ...",
    "explain ...", "tell me about ...")."""
    return _ASKS_WHAT.search(text or "") is not None


# The kind of thing named: the word right after the name ("het Kano-model", "de HEART methode").
_KINDS = (
    r"model|modellen|models|methode|methodes|methodiek|method|methods|norm|standaard|standard|theorie"
    r"|theory|framework|raamwerk|aanpak|approach|techniek|technique|matrix|cyclus|cycle|canvas|score"
    r"|schaal|scale|index|principe|principle|filosofie|philosophy"
)
_QUOTE = "'\"‘’“”"
_NAME_THEN_KIND = re.compile(rf"(?<![\w.])[{_QUOTE}]?([\w.&]+?)[{_QUOTE}]?[\s-]+({_KINDS})\b", re.IGNORECASE)
# A name written in capitals ("EFQM", "SERVQUAL", "H.E.A.R.D."): at least three letters.
_CAPITALS = re.compile(r"(?<![\w.])((?:[A-Z]\.?){3,}[0-9]*)(?![\w])")
# Words before a kind word that are no name ("het nieuwe model", "this method", "jullie aanpak").
_NO_NAME = frozenset(
    str.split(
        "het de een dit dat deze die zo'n zon jullie jouw je uw ons onze hun welk welke nieuwe nieuw oude "
        "goede beste hele eigen ander andere zelfde dat's the a an this that these those such your our their "
        "which what new old good best whole own other same my mijn his her zijn haar een "
        "eerste tweede derde vierde vijfde zesde zevende achtste negende tiende laatste volgende "
        "first second third fourth fifth sixth seventh eighth ninth tenth last next"
    )
)
# Words that may follow a name in capitals that ends the question ("what does RATER stand for").
_AFTER_A_NAME = frozenset(
    str.split(
        "eigenlijk precies nou dan nu in inhoudt betekent voor "
        "exactly again then mean means stand stands for about"
    )
)
# A name of at least this many letters that no article uses may be a typo of a word one uses.
TYPO_LENGTH = 6
TYPO_CUTOFF = 0.85
ACRONYM_CUTOFF = 0.8  # one letter of five: "HEART" for "HEARD"
ACRONYM_LENGTH = 5
# A name that many articles use is no name the coach lacks or that points to one article.
DISTINCTIVE = 3


def normalized(word: str) -> str:
    """`word` in lower case without dots, hyphens or apostrophes ("H.E.A.R.D." -> "heard")."""
    return re.sub(r"[.\-'’]", "", word.casefold())


def named_concept(text: str) -> tuple[str, str] | None:
    """(name, as written) for a question about a named concept, else None: "wat is het
    EFQM model" -> ("efqm", "EFQM model"), "what is SERVQUAL?" -> ("servqual", "SERVQUAL").
    Only questions that ask what something is (`_ASKS_WHAT`) are read; the name is the word
    before a kind word (`_KINDS`: model, methode, norm, ...) that is no article or pronoun,
    else a word in capitals of at least three letters that ends the question (but for words
    such as "eigenlijk", "stand for": `_AFTER_A_NAME`). Else, for a short question about a term
    ("wat is symmetrische aandacht", "symmetric attention??": `term_asked`), (TERM + the term,
    as written): `mentions` reads such a name as the articles it names."""
    asked = _ASKS_WHAT.search(text)
    if asked is None:
        return _as_term(text)
    rest = text[asked.start() :]
    for match in _NAME_THEN_KIND.finditer(rest):
        name = match.group(1).strip(".")
        if name and normalized(name) not in _NO_NAME and not name.isdigit():
            return normalized(name), f"{name} {match.group(2)}"
    capitals = _CAPITALS.search(rest) if text != text.upper() else None  # not when shouting
    after = re.findall(r"[^\W\d_]+", rest[capitals.end() :].casefold()) if capitals else []
    if capitals and all(
        w in _AFTER_A_NAME for w in after
    ):  # "wat is EFQM eigenlijk?", not "een VIP behandeling"
        return normalized(capitals.group(1)), capitals.group(1)
    return _as_term(text)


def _as_term(text: str) -> tuple[str, str] | None:
    """(TERM + the term, as written) for a short question about a term (`term_asked`), else None."""
    term = term_asked(text)
    return (TERM + term_key(term), term) if term else None


# --- short questions about a term of the models ("wat is symmetrische aandacht", "what does
# symmetric attention mean", "symmetric attention??"). Tester round of stop 61: NLU read them as
# off-topic (1.0) and the coach said "Daar kan ik je niet mee helpen", though an article is
# named after the term. Such a term is read as a name (`named_concept`), and `mentions` gives
# the articles it names: its title, a part of its title or one of its first tags (NAME_TAGS).

# A name from the term path starts with this, so that `mentions` looks it up among the names of
# the articles and not among every word they use.
TERM = "term:"
# Words of a term at most: longer is a question of its own ("wat is de beste aanpak voor ...").
TERM_WORDS = 4
# An article's first tags that name it ("symmetrische aandacht", "evenwichtige aandacht").
NAME_TAGS = 2
_TERM_TYPO_CUTOFF = 0.85
_ARTICLES = frozenset(("de", "het", "een", "the", "a", "an"))
_ART = r"(?:(?:de|het|een|'t|the|a|an)\s+)?"
_TERM = r"(?P<term>[^\W\d_][\w'’ -]*?)"
_END = r"(?:\s+(?:eigenlijk|precies|nou|dan|nu|again|exactly|then))*\s*[?!.]*\s*$"
_TERM_QUESTIONS = tuple(
    re.compile(rf"^\W*{pattern}", re.IGNORECASE)
    for pattern in (
        # wat is (eigenlijk) X / wat zijn X / wat betekent X / wat bedoelen ze met X
        rf"(?:wat|wa|wt)\s+(?:is|zijn|betekent|betekenen|bedoelen\s+ze\s+met|bedoel\s+je\s+met)"
        rf"(?:\s+(?:eigenlijk|precies|nou))?\s+{_ART}{_TERM}{_END}",
        rf"(?:wat's|wa's|whats|what's)\s+{_ART}{_TERM}{_END}",
        # wat houdt X in / wat wil X zeggen
        rf"(?:wat|wa)\s+(?:houdt|wil)\s+{_ART}{_TERM}(?:\s+(?:eigenlijk|precies))?\s+(?:in|zeggen){_END}",
        # what is X / what does X mean / what do you mean by X / meaning of X
        rf"what\s+(?:is|are)(?:\s+(?:exactly|actually))?\s+{_ART}{_TERM}{_END}",
        rf"what\s+(?:does|do)\s+{_ART}{_TERM}\s+(?:mean|stand\s+for|involve){_END}",
        rf"what\s+do\s+(?:you|they)\s+mean\s+by\s+{_ART}{_TERM}{_END}",
        rf"(?:meaning\s+of|betekenis\s+van|uitleg\s+over|explain)\s+{_ART}{_TERM}{_END}",
        # X?? / X betekenis?
        rf"{_ART}{_TERM}(?:\s+(?:betekenis|meaning|uitleg))?\s*\?+\s*$",
    )
)
# Words that make the words after "wat is" no term: a pronoun, a question word, a verb of a
# sentence ("wat is er gebeurd", "wat zijn jouw tips", "what is your name", "wat nu??").
_NOT_A_TERM = frozenset(
    str.split(
        "er dat dit die het je jij jou jouw u uw mijn me mij ik we wij ons onze jullie hun ze zij hij "
        "zijn haar wat wie waar waarom hoe wanneer welk welke nu nou dan ok oke oké echt serieus "
        "there that this it you your yours my me i we our they their he she his her what who where "
        "why how when which now so really seriously the a an is was ben bent waren are were am has have heb "
        "eerste tweede derde vierde vijfde zesde zevende achtste negende tiende laatste volgende "
        "first second third fourth fifth sixth seventh eighth ninth tenth last next"
    )
)


def term_asked(text: str | None) -> str:
    """The term a short question asks about, as written ("wat is symmetrische aandacht" ->
    "symmetrische aandacht", "what does symmetric attention mean", "symmetric attention??"),
    or "" when `text` is no such question: more than TERM_WORDS words in the term, a pronoun or
    question word in it (`_NOT_A_TERM`: "wat is er gebeurd", "what is your name"), a kind word
    (the kind path reads those: "wat is het eerste principe"), digits, or shouting."""
    plain = " ".join((text or "").split())
    if not plain or plain == plain.upper():
        return ""
    found = next((m for m in (q.match(plain) for q in _TERM_QUESTIONS) if m), None)
    term = (found.group("term") or "").strip(" -'’") if found else ""
    words = term.casefold().split()
    if not words or len(words) > TERM_WORDS or any(w in _NOT_A_TERM for w in words):
        return ""
    if re.search(r"\d", term):  # "paradigmashift 3", "de 2e shift": the numbered path reads those
        return ""
    if re.search(rf"\b(?:{_KINDS})\b", term, re.IGNORECASE):
        return ""
    return term


def term_key(term: str) -> str:
    """`term` compared without case, punctuation, hyphens or a leading article ("De
    servicepiramide" -> "servicepiramide", "Outside-in" -> "outside in")."""
    words = re.sub(r"[^\w\s]|_", " ", term.casefold()).split()
    return " ".join(words[1:] if len(words) > 1 and words[0] in _ARTICLES else words)


def names_of(article: Article) -> set[str]:
    """What names `article` (`term_key`): its title, the parts of its title before a colon or
    inside and around brackets ("Symmetrische (evenwichtige) aandacht voor ..." -> also
    "evenwichtige"), and its first NAME_TAGS tags."""
    title = article.title
    parts = {title, *re.split(r"[:()]", title), re.sub(r"\([^)]*\)", " ", title)}
    parts |= set(article.tags[:NAME_TAGS])
    return {term_key(p) for p in parts if term_key(p)}


def _named_by_term(term: str, articles: Mapping[tuple[str, str], Article]) -> set[str]:
    """The ids of the `articles` that `term` (`term_key`) names (`names_of`), in either
    language, or that a likely typo of it names ("symetrische aandacht"); every article's id
    when it names none, so that the decision stays as the search made it (no name that
    decides; a refusal "I don't know X" would be wrong for an everyday word)."""
    names: dict[str, set[str]] = {}
    for (article_id, _), art in articles.items():
        for name in names_of(art):
            names.setdefault(name, set()).add(article_id)
    if term not in names and len(term) >= TYPO_LENGTH:
        term = next(iter(difflib.get_close_matches(term, list(names), n=1, cutoff=_TERM_TYPO_CUTOFF)), term)
    return set(names.get(term) or {article_id for article_id, _ in articles})


def _text_of(article: Article) -> str:
    parts: list[str] = [article.title, article.summary, *article.tags, *article.questions, *article.sources]
    parts += [f"{s.heading} {s.text}" for s in article.sections]
    return " ".join(parts)


def words_of(article: Article) -> set[str]:
    """Every word of `article`'s text, normalized (`normalized`)."""
    text = _text_of(article)
    return {normalized(w) for w in re.findall(r"[\w.'’-]+", text)} | {
        normalized(w) for w in re.findall(r"\w+", text)
    }


def acronyms_of(article: Article) -> set[str]:
    """The words `article`'s text writes in capitals ("NPS", "H.E.A.R.D."), normalized."""
    return {normalized(m.group(1)) for m in _CAPITALS.finditer(_text_of(article))}


def capitalized_of(article: Article) -> set[str]:
    """The words `article`'s text starts with a capital ("Kano", "NPS"), normalized."""
    return {normalized(w) for w in re.findall(r"\b[A-Z][\w.'’-]*", _text_of(article))}


class _Vocabulary:
    """word -> ids of the articles that use it: every word, the words in capitals, the
    capitalized words."""

    def __init__(self, articles: Mapping[tuple[str, str], Article]) -> None:
        self.articles = articles
        self.words: dict[str, set[str]] = {}
        self.acronyms: dict[str, set[str]] = {}
        self.capitalized: dict[str, set[str]] = {}
        for (article_id, _), art in articles.items():
            for index, found in (
                (self.words, words_of(art)),
                (self.acronyms, acronyms_of(art)),
                (self.capitalized, capitalized_of(art)),
            ):
                for word in found:
                    index.setdefault(word, set()).add(article_id)


_VOCABULARY: list[_Vocabulary] = []  # the articles mapping last read (one index at a time)


def _closest(name: str, index: dict[str, set[str]], cutoff: float, length: int) -> str:
    """`name`, or the word of `index` closest to it when `name` is none of its words but a
    likely typo of one (at least `length` letters, similarity `cutoff`)."""
    if name in index or len(name) < length:
        return name
    return next(iter(difflib.get_close_matches(name, list(index), n=1, cutoff=cutoff)), name)


def mentions(name: str, articles: Mapping[tuple[str, str], Article], capitals: bool = False) -> set[str]:
    """The ids of the `articles` (as the index holds them: (id, lang) -> Article) whose text
    uses `name` (normalized), in either language, or the word closest to it when `name` is
    a likely typo of one (TYPO_CUTOFF: "servcie" -> "service"). A name the message wrote in
    `capitals` is an acronym: it is looked up among the words the articles write in capitals
    (a typo within ACRONYM_CUTOFF: "HEART" -> "H.E.A.R.D."), else among their capitalized
    words as it is ("KANO" -> "Kano"); "RATER" is no typo of "rather", "HEART" no "heart".
    Cached for the mapping last read. A name from the term path (TERM first) gives the articles
    the term names (`_named_by_term`), or every article when it names none."""
    if name.startswith(TERM):  # "wat is symmetrische aandacht": the articles the term names
        return _named_by_term(name[len(TERM) :], articles)
    if not _VOCABULARY or _VOCABULARY[0].articles is not articles:
        _VOCABULARY[:] = [_Vocabulary(articles)]
    vocabulary = _VOCABULARY[0]
    if capitals:
        found = vocabulary.acronyms.get(_closest(name, vocabulary.acronyms, ACRONYM_CUTOFF, ACRONYM_LENGTH))
        return set(found or vocabulary.capitalized.get(name, ()))
    return set(vocabulary.words.get(_closest(name, vocabulary.words, TYPO_CUTOFF, TYPO_LENGTH), ()))


def sentence_naming(article: Article, name: str) -> str | None:
    """The first sentence of `article`'s sections that uses `name` (normalized), without its
    closing full stop; None when no sentence does. "Kano" in shift-innovation: "as the Kano
    model shows, what surprises customers today is simply expected tomorrow" (with what comes
    before it in that sentence). The answer's card shows the summary and tips, which may not
    name it (tester round of stop 43)."""
    for section in article.sections:
        for sentence in re.split(r"(?<=[.!?])\s+", " ".join(section.text.split())):
            words = {normalized(w) for w in re.findall(r"[\w.'’-]+", sentence)}
            words |= {normalized(w) for w in re.findall(r"\w+", sentence)}
            if name in words:
                return sentence.strip().rstrip(".")
    return None


def sentence_on(article: Article, named: str, shown: str) -> str | None:
    """The sentence of `article` on the model a message `named` ("Kano model", as a
    decision's `named` holds it: the name first) when the text `shown` (the answer's card)
    does not name it; else None (`sentence_naming`)."""
    name = normalized(named.split()[0]) if named.split() else ""
    if not name or name in {normalized(w) for w in re.findall(r"\w+", shown)}:
        return None
    return sentence_naming(article, name)


def first_mentioning(ids: Iterable[str], mentioned: set[str]) -> list[str]:
    """`ids` (best first) with those in `mentioned` first, each group in its own order."""
    ids = list(ids)
    return [i for i in ids if i in mentioned] + [i for i in ids if i not in mentioned]
