"""Group questions that ask the same thing, so the gap report shows one line per missing
topic instead of fifty near-copies. Lexical on purpose: character trigrams survive typos,
word order and inflection, need no model, and run inside the Telegram bot too."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

SIMILAR = 0.55  # cosine of trigram profiles; near-identical questions score 0.7-1.0


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.findall(r"[a-z0-9]+", text))


def profile(text: str) -> Counter[str]:
    padded = f" {normalise(text)} "
    return Counter(padded[i : i + 3] for i in range(len(padded) - 2))


def similarity(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(count * b[gram] for gram, count in a.items() if gram in b)
    return dot / (math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values())))


@dataclass
class QuestionGroup:
    questions: list[str] = field(default_factory=list)
    centroid: Counter[str] = field(default_factory=Counter)

    @property
    def size(self) -> int:
        return len(self.questions)

    @property
    def example(self) -> str:
        """The most common wording (first seen on a tie)."""
        return Counter(self.questions).most_common(1)[0][0]


def group_questions(questions: list[str], threshold: float = SIMILAR) -> list[QuestionGroup]:
    """Each question joins the most similar group (compared with the group's summed
    profile) if that is above the threshold, else starts one. Largest groups first."""
    groups: list[QuestionGroup] = []
    for question in questions:
        p = profile(question)
        scored = [(similarity(p, g.centroid), g) for g in groups]
        best = max(scored, key=lambda x: x[0], default=(0.0, None))
        group = best[1] if best[1] is not None and best[0] >= threshold else None
        if group is None:
            group = QuestionGroup()
            groups.append(group)
        group.questions.append(question)
        group.centroid.update(p)
    return sorted(groups, key=lambda g: -g.size)
