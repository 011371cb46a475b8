"""The answer scale of a self-check: its values, a label per value per language, and the
words that mean each value when typed. Parsing, scoring, buttons, charts and the NLU
examples all read it from here (a self-check's `scale` section, or the standard 1-5
agree scale when the section is left out)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

LANGS = ("nl", "en")
MIN_POINTS, MAX_POINTS = 2, 10

# Numbers written out, per language: they mean the same value on every scale.
NUMBER_WORDS: dict[str, dict[int, tuple[str, ...]]] = {
    "nl": {
        0: ("nul",), 1: ("één", "een"), 2: ("twee",), 3: ("drie",), 4: ("vier",), 5: ("vijf",),
        6: ("zes",), 7: ("zeven",), 8: ("acht",), 9: ("negen",), 10: ("tien",),
    },
    "en": {
        0: ("zero",), 1: ("one",), 2: ("two",), 3: ("three",), 4: ("four",), 5: ("five",),
        6: ("six",), 7: ("seven",), 8: ("eight",), 9: ("nine",), 10: ("ten",),
    },
}  # fmt: skip

# Other ways to say a label of the standard agree scale. A scale point whose label is
# one of these gets the words by default, so files need not repeat them.
LABEL_SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "nl": {
        "helemaal oneens": ("helemaal niet mee eens", "totaal oneens", "helemaal mee oneens"),
        "oneens": ("mee oneens", "eerder oneens", "niet mee eens", "niet eens", "nee oneens"),
        "neutraal": (),
        "eens": ("beetje eens", "mee eens", "ja eens", "ik ben het ermee eens"),
        "helemaal eens": ("helemaal mee eens", "volledig eens", "ja helemaal eens", "absoluut mee eens"),
    },
    "en": {
        "strongly disagree": ("totally disagree", "completely disagree", "strongly disagree"),
        "disagree": ("i disagree", "i don't agree", "don't agree", "no i disagree"),
        "neutral": ("neither agree nor disagree",),
        "agree": ("somewhat agree", "i agree", "yes i agree", "yes agree"),
        "strongly agree": ("totally agree", "completely agree", "i agree completely",
                           "yes i agree completely", "fully agree"),
    },
}  # fmt: skip


def normalize(text: str) -> str:
    """Lower case, punctuation to spaces, single spaces: how typed answers are compared."""
    text = unicodedata.normalize("NFKC", text).lower()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


@dataclass(frozen=True)
class ScalePoint:
    """One answer: its value, label per language ({lang: label}) and the typed words
    ({lang: words}) that mean it, besides the label and the number itself."""

    value: int
    label: dict[str, str]
    words: dict[str, tuple[str, ...]]

    def all_words(self, lang: str) -> tuple[str, ...]:
        """Every typed form of this point in `lang`, normalized, label first, no repeats."""
        found = [self.label[lang], *NUMBER_WORDS[lang].get(self.value, ()), *self.words[lang]]
        return tuple(dict.fromkeys(normalize(w) for w in found if normalize(w)))


@dataclass(frozen=True)
class Scale:
    """Contiguous integer values min..max (2 to 10 points), lowest first."""

    points: tuple[ScalePoint, ...]

    @property
    def min(self) -> int:
        return self.points[0].value

    @property
    def max(self) -> int:
        return self.points[-1].value

    @property
    def values(self) -> range:
        return range(self.min, self.max + 1)

    def __iter__(self) -> Iterator[ScalePoint]:
        return iter(self.points)

    def __len__(self) -> int:
        return len(self.points)

    def __contains__(self, value: object) -> bool:
        return isinstance(value, int) and self.min <= value <= self.max

    def label(self, value: int, lang: str) -> str:
        return self.points[value - self.min].label[lang]

    def reverse(self, value: int) -> int:
        """The value a reverse-scored statement counts as: max + min - value."""
        self.check(value)
        return self.max + self.min - value

    def check(self, value: int) -> int:
        """`value` itself; ValueError when it is not on this scale."""
        if value not in self:
            raise ValueError(f"answer must be {self.min} to {self.max}, not {value}")
        return value

    def fraction(self, average: float) -> float:
        """Where an average lies between min (0.0) and max (1.0)."""
        return (average - self.min) / (self.max - self.min)

    def at(self, fraction: float) -> float:
        """The average that lies `fraction` of the way from min to max."""
        return self.min + fraction * (self.max - self.min)

    def words(self, lang: str) -> dict[str, int]:
        """Normalized typed word -> value, for one language."""
        return {word: p.value for p in self.points for word in p.all_words(lang)}


def make_point(value: int, label: dict[str, str], words: dict[str, list[str]] | None = None) -> ScalePoint:
    """A point; without `words`, the synonyms of a standard agree label (if any)."""
    if words is None:
        words = {lang: list(LABEL_SYNONYMS[lang].get(normalize(label[lang]), ())) for lang in LANGS}
    return ScalePoint(value, dict(label), {lang: tuple(map(str, words.get(lang) or ())) for lang in LANGS})


AGREE_5 = Scale(
    tuple(
        make_point(value, {"nl": nl, "en": en})
        for value, nl, en in (
            (1, "Helemaal oneens", "Strongly disagree"),
            (2, "Oneens", "Disagree"),
            (3, "Neutraal", "Neutral"),
            (4, "Eens", "Agree"),
            (5, "Helemaal eens", "Strongly agree"),
        )
    )
)


class ScaleError(ValueError):
    """A scale definition that cannot be used; `field` names the place, e.g. 'scale[2].en'."""

    def __init__(self, field: str, message: str) -> None:
        self.field, self.message = field, message
        super().__init__(f"{field}: {message}")


def parse_scale(rows: object) -> Scale:
    """A `scale` section: a list of {value, nl, en, words?: {nl: [...], en: [...]}}, lowest
    first. None (section left out) gives AGREE_5. Raises ScaleError."""
    if rows is None:
        return AGREE_5
    if not isinstance(rows, list) or not MIN_POINTS <= len(rows) <= MAX_POINTS:
        raise ScaleError("scale", f"needs a list of {MIN_POINTS} to {MAX_POINTS} points")
    points: list[ScalePoint] = []
    for n, row in enumerate(rows):
        field = f"scale[{n}]"
        if not isinstance(row, dict) or type(row.get("value")) is not int:
            raise ScaleError(field, "needs a whole number 'value'")
        if points and row["value"] != points[-1].value + 1:
            raise ScaleError(field, f"values must go up by 1 without gaps (expected {points[-1].value + 1})")
        for lang in LANGS:
            if not str(row.get(lang) or "").strip():
                raise ScaleError(f"{field}.{lang}", f"needs a label in '{lang}'")
        words = row.get("words")
        if words is not None and (
            not isinstance(words, dict)
            or set(words) - set(LANGS)
            or not all(isinstance(w, list) for w in words.values())
        ):
            raise ScaleError(f"{field}.words", "must map 'nl' and/or 'en' to a list of words")
        label = {lang: str(row[lang]).strip() for lang in LANGS}
        points.append(make_point(row["value"], label, words))
    scale = Scale(tuple(points))
    for lang in LANGS:
        seen: dict[str, int] = {}
        for point in scale:
            for word in point.all_words(lang):
                if seen.setdefault(word, point.value) != point.value:
                    raise ScaleError(
                        f"scale[{point.value - scale.min}].{lang}",
                        f"'{word}' already means {seen[word]}",
                    )
    return scale
