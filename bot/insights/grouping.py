"""Group unanswered questions by topic, so the gap report shows one line per missing topic
instead of fifty near-copies, across Dutch and English.

Two questions share a topic when
- their content words match (character trigrams of the words that are not stop words, so
  typos and inflection match but "Hoe ga ik om met een klant die ..." does not), or
- their sentence embeddings (the engine's configured model) are very close, or fairly close
  and the search sent both to the same article.
That rule (`group_asked`) is the fallback. The report groups with `group_by_topic`: vectors of
the multilingual e5 model (bot/insights/topic_model.py, used for the report whatever model
retrieval uses), average-linkage agglomerative clustering of the distinct questions, cut at a
mean cosine distance of TOPIC_DISTANCE. Measured on tests/data/gap_topics.yml (24 topics, nl and
en, informal spelling) by benchmarks/bench_gap_grouping.py: adjusted Rand index 0.73 (tune) /
0.73 (blind), pairwise precision 0.75 / 0.77, recall 0.74 / 0.75, against ARI 0.16 / 0.16
(recall 0.09 / 0.10) for the rule with the bundled English MiniLM. Pairs it gets wrong are
mostly close topics (pay day, payslip, overtime pay). Long messages
(over LONG_WORDS words) look alike to e5 whatever their topic (ten long Dutch messages on ten
topics: cosine 0.83-0.91), so a long message joins another question only when their content
words match (the rule's lexical test)."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from bm25s.stopwords import STOPWORDS_DUTCH, STOPWORDS_EN

TOPIC_DISTANCE = 0.16  # e5 average-linkage cut (1 - cosine), chosen on the tune part of gap_topics
LONG_WORDS = 25  # longer messages are grouped by their words only
TEMPLATE_WORDS = 4  # two questions sharing this many words differ only where their words differ
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


def _same_details(a: str, b: str) -> bool:
    """False when `a` and `b` share a sentence frame (TEMPLATE_WORDS or more words in common,
    e.g. "Hoe ga ik om met een klant die ...?") and the words that differ are not the same
    words (typos and inflection aside): "... zijn hond meeneemt" vs "... een kreeft
    terugbrengt". e5 rates such questions alike (cosine ~0.9) whatever the details say."""
    words_a, words_b = normalise(a).split(), normalise(b).split()
    common = set(words_a) & set(words_b)
    if len(common) < TEMPLATE_WORDS:
        return True
    rest_a = " ".join(w for w in words_a if w not in common)
    rest_b = " ".join(w for w in words_b if w not in common)
    if not content_words(rest_a) or not content_words(rest_b) or not rest_a or not rest_b:
        return True  # one says nothing the other does not: a shorter or longer wording
    return similarity(profile(rest_a), profile(rest_b)) >= LEXICAL_SAME


def group_by_topic(asked: Sequence[Asked], vectors: np.ndarray) -> list[QuestionGroup]:
    """Group by topic across languages. `vectors`: unit e5 vectors, shape (len(asked), dim),
    row i for asked[i] (Asked.vector is ignored). Equal question texts always share a group;
    distinct texts are clustered with average linkage (scipy) and cut at TOPIC_DISTANCE.
    Groups keep the order of asking; most askers first, then most questions."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    if len(asked) != len(vectors):
        raise ValueError(f"{len(asked)} questions but {len(vectors)} vectors")
    texts = list(dict.fromkeys(a.question for a in asked))
    row = {a.question: i for i, a in reversed(list(enumerate(asked)))}
    label = {texts[0]: 0} if len(texts) == 1 else {}
    if len(texts) > 1:
        unit = np.asarray(vectors, dtype="float64")[[row[t] for t in texts]]
        distance = np.clip(1.0 - unit @ unit.T, 0.0, 2.0)
        long = [len(normalise(t).split()) > LONG_WORDS for t in texts]
        grams = [profile(t) for t in texts]
        for i, j in zip(*np.triu_indices(len(texts), 1), strict=True):
            long_apart = (long[i] or long[j]) and similarity(grams[i], grams[j]) < LEXICAL_SAME
            if long_apart or not _same_details(texts[i], texts[j]):
                distance[i, j] = distance[j, i] = 2.0
        distance = (distance + distance.T) / 2
        np.fill_diagonal(distance, 0.0)
        tree = linkage(squareform(distance, checks=False), method="average")
        clusters = fcluster(tree, TOPIC_DISTANCE, criterion="distance")
        label = {t: int(c) for t, c in zip(texts, clusters, strict=True)}
    groups: dict[int, QuestionGroup] = {}
    for item in asked:
        group = groups.setdefault(label[item.question], QuestionGroup())
        group.items.append(item)
        group.centroid.update(profile(item.question))
    return sorted(groups.values(), key=lambda g: (-g.askers, -g.size))
