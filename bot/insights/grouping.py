"""Group unanswered questions by topic, so the gap report shows one line per missing topic
instead of fifty near-copies, across Dutch and English.

Two questions share a topic when
- their content words match (character trigrams of the words that are not stop words, so
  typos and inflection match but "Hoe ga ik om met een klant die ..." does not), or
- their sentence embeddings (the engine's configured model) are very close, or fairly close
  and the search sent both to the same article.
With the bundled English-centric model a Dutch and an English question rarely meet on the
embedding; a multilingual model (SERVICECOACH_EMBEDDING_MODEL) groups them across languages
with no change here."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from bm25s.stopwords import STOPWORDS_DUTCH, STOPWORDS_EN

LEXICAL_SAME = 0.5  # cosine of content-word trigram profiles
DENSE_SAME = 0.85  # cosine of sentence embeddings: the same question in other words
DENSE_WITH_ARTICLE = 0.6  # ... when the search also sent both to the same article
STOP_WORDS = frozenset(STOPWORDS_DUTCH) | frozenset(STOPWORDS_EN) | {"mag", "kan", "can", "wat", "hoe"}


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.findall(r"[a-z0-9]+", text))


def content_words(text: str) -> list[str]:
    """The words that carry the topic (stop words of both languages removed)."""
    words = normalise(text).split()
    kept = [w for w in words if w not in STOP_WORDS]
    return kept or words


def profile(text: str) -> Counter[str]:
    """Character trigrams of the content words, each word padded ("#fooi#")."""
    grams: Counter[str] = Counter()
    for word in content_words(text):
        padded = f" {word} "
        grams.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return grams


def similarity(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(count * b[gram] for gram, count in a.items() if gram in b)
    return dot / (math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values())))


@dataclass(frozen=True)
class Asked:
    """One unanswered question: its words, language, who asked (an opaque per-day key or
    None), the article ids the search found for it (best first) and its embedding
    (unit vector, or None without a model)."""

    question: str
    lang: str = ""
    asker: str | None = None
    articles: tuple[str, ...] = ()
    vector: np.ndarray | None = None


@dataclass
class QuestionGroup:
    """Questions about one topic, in the order they were asked."""

    items: list[Asked] = field(default_factory=list)
    centroid: Counter[str] = field(default_factory=Counter)

    @property
    def questions(self) -> list[str]:
        return [a.question for a in self.items]

    @property
    def size(self) -> int:
        return len(self.items)

    @property
    def askers(self) -> int:
        """Distinct askers (questions logged without an asker key count one each)."""
        keyed = {a.asker for a in self.items if a.asker}
        return len(keyed) + sum(1 for a in self.items if not a.asker)

    @property
    def langs(self) -> list[str]:
        return sorted({a.lang for a in self.items if a.lang})

    @property
    def example(self) -> str:
        """The most common wording (first seen on a tie)."""
        return Counter(self.questions).most_common(1)[0][0]

    def matches(self, asked: Asked, grams: Counter[str]) -> float:
        """How well `asked` fits this group: > 0 when it belongs (higher is better)."""
        lexical = similarity(grams, self.centroid)
        if lexical >= LEXICAL_SAME:
            return 1.0 + lexical
        best = 0.0
        for member in self.items:
            if asked.vector is None or member.vector is None:
                continue
            dense = float(np.dot(asked.vector, member.vector))
            same_article = bool(asked.articles) and asked.articles[:1] == member.articles[:1]
            if dense >= DENSE_SAME or (same_article and dense >= DENSE_WITH_ARTICLE):
                best = max(best, dense)
        return best


def group_asked(asked: Sequence[Asked]) -> list[QuestionGroup]:
    """Each question joins the group it fits best, else starts one. Most askers first,
    then most questions."""
    groups: list[QuestionGroup] = []
    for item in asked:
        grams = profile(item.question)
        scored = [(g.matches(item, grams), g) for g in groups]
        score, group = max(scored, key=lambda x: x[0], default=(0.0, None))
        if group is None or score <= 0:
            group = QuestionGroup()
            groups.append(group)
        group.items.append(item)
        group.centroid.update(grams)
    return sorted(groups, key=lambda g: (-g.askers, -g.size))


def group_questions(questions: list[str]) -> list[QuestionGroup]:
    """Words only (no model): the same as group_asked without embeddings."""
    return group_asked([Asked(q) for q in questions])
