"""Tell a real question from small talk by its words (issue 9.4): the vocabulary of the
small-talk intents' training examples, and the rule that says a message predicted as small
talk is a question after all.

DIET reads "hoe vraag ik een vrije dag aan" as goodbye ("dag") and "mijn loonstrook klopt
niet" as deny ("niet"): it leans on the one word it knows. A greeting, a thank-you, a
"nee" or a "start de zelftest" is said with a small set of words, and the training examples
hold them. A message that carries several content words that never occur in those examples
("loonstrook", "vakantiedagen", "rooster") is about something else, so it is a question.

Pure Python, no Rasa: the Rasa component (bot/dialogue/small_talk_guard.py) builds a
`SmallTalkVocabulary` from the training data and asks `is_question`. Runs inside Rasa
(Python 3.10) and in the tests (3.11)."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

WORD = re.compile(r"[^\W\d_]+")  # a run of letters (any script); digits and punctuation split words
_ANNOTATION = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")  # "[nps](topic)" -> "nps"


def examples_of(nlu_dir: Path, intents: Iterable[str]) -> list[str]:
    """The training examples of `intents` in nlu_dir/*.yml (Rasa NLU files), entity
    annotations reduced to their text, in file order."""
    wanted = set(intents)
    examples: list[str] = []
    for path in sorted(nlu_dir.glob("*.yml")):
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu", []):
            if block.get("intent") in wanted:
                for line in str(block.get("examples") or "").splitlines():
                    examples.append(_ANNOTATION.sub(r"\1", line.strip().removeprefix("- ")))
    return examples


def words(text: str) -> list[str]:
    """The message's words, lower case, letters only: "Mijn loonstrook klopt niet!" ->
    ["mijn", "loonstrook", "klopt", "niet"]."""
    return WORD.findall(text.lower())


@dataclass(frozen=True)
class SmallTalkVocabulary:
    """Every word of the small-talk intents' training examples.

    `known`: the words (lower case). `min_length`: shorter words are never content words
    ("ik", "de", "ok", typos of them). `similarity`: a word counts as known when it is this
    close to a known word (difflib's ratio, 0..1; "bedankd" ~ "bedankt", "zelftestje" ~
    "zelftest"), so informal spellings of small talk stay small talk."""

    known: frozenset[str]
    min_length: int = 3
    similarity: float = 0.8
    _close: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_examples(cls, examples: Iterable[str], min_length: int = 3,
                      similarity: float = 0.8) -> SmallTalkVocabulary:
        """The vocabulary of these example messages (the texts of the small-talk intents)."""
        known = frozenset(w for text in examples for w in words(text))
        return cls(known, min_length, similarity)

    def is_known(self, word: str) -> bool:
        """True when `word` (lower case) or a close spelling of it occurs in the examples."""
        if word in self.known:
            return True
        if word not in self._close:
            self._close[word] = bool(
                difflib.get_close_matches(word, self.known, n=1, cutoff=self.similarity)
            )
        return self._close[word]

    def unknown_words(self, text: str) -> list[str]:
        """The message's content words that small talk never uses: at least `min_length`
        letters and not known (see `is_known`), in message order, each once."""
        found: list[str] = []
        for word in words(text):
            if len(word) >= self.min_length and word not in found and not self.is_known(word):
                found.append(word)
        return found

    def is_question(self, text: str, min_unknown: int = 2) -> bool:
        """True when the message carries at least `min_unknown` content words that small
        talk never uses, so a small-talk reading of it is wrong."""
        return len(self.unknown_words(text)) >= min_unknown
