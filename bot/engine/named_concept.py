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
    such as "eigenlijk", "stand for": `_AFTER_A_NAME`)."""
    asked = _ASKS_WHAT.search(text)
    if asked is None:
        return None
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
    return None


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
    Cached for the mapping last read."""
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
