"""Scores: per dimension (reverse-scored statements flipped), overall band, and what to
work on next."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.content.scale import Scale
from bot.content.selfchecks import Band, SelfCheck

# A dimension whose average lies below this part of the scale's range is one to work on
# (3.5 on a 1-5 scale, 2.875 on a 1-4 scale).
WEAK_BELOW = 0.625


@dataclass(frozen=True)
class Score:
    per_dimension: dict[str, float]
    overall: float
    band: Band
    weakest: tuple[str, ...]  # dimensions to work on, weakest first


def item_score(value: int, reverse: bool, scale: Scale) -> int:
    """The answer as it counts: max + min - value when reverse-scored. ValueError off the scale."""
    return scale.reverse(value) if reverse else scale.check(value)


def score(check: SelfCheck, answers: dict[str, int]) -> Score:
    """`answers` maps statement id -> answer on the check's scale; every statement must be
    answered. Averages are on the same scale (min..max)."""
    missing = [s.id for s in check.statements if s.id not in answers]
    if missing:
        raise ValueError(f"unanswered statements: {', '.join(missing)}")
    per_dim: dict[str, list[int]] = {}
    for statement in check.statements:
        per_dim.setdefault(statement.dimension, []).append(
            item_score(answers[statement.id], statement.reverse, check.scale)
        )
    averages = {dim: round(sum(v) / len(v), 2) for dim, v in per_dim.items()}
    items = [s for v in per_dim.values() for s in v]
    overall = round(sum(items) / len(items), 2)
    band = [b for b in check.bands if b.min <= overall][-1]
    ordered = sorted(averages, key=lambda d: (averages[d], d))
    weak = tuple(d for d in ordered if check.scale.fraction(averages[d]) < WEAK_BELOW) or tuple(ordered[:1])
    return Score(averages, overall, band, weak)


def strongest_and_weakest(result: Score) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The dimensions with the highest average and those with the lowest (several when they
    tie, by name), or None when every part scores the same. The result names them so that
    what it says follows the scores, not only the overall band (a band text praised listening
    after a "disagree" on listening; tester round of stop 38)."""
    averages = result.per_dimension
    high, low = max(averages.values()), min(averages.values())
    if high == low:
        return None
    return tuple(d for d in sorted(averages) if averages[d] == high), tuple(
        d for d in sorted(averages) if averages[d] == low
    )


def tips_for(check: SelfCheck, result: Score, lang: str, limit: int = 3) -> list[str]:
    """Two or three things to try this week, from the weakest dimensions first."""
    tips: list[str] = []
    for dim in result.weakest:
        tips += list(check.dimensions[dim].tips[lang])
    if len(tips) < 2:
        for dim in sorted(result.per_dimension, key=result.per_dimension.get):
            tips += [t for t in check.dimensions[dim].tips[lang] if t not in tips]
    return tips[:limit]


def articles_for(
    check: SelfCheck, result: Score, limit: int = 3, audience: Callable[[str], bool] | None = None
) -> list[str]:
    """Up to `limit` article ids to read, those of the weakest parts first; `audience`, when
    given, says which ids suit the reader (an employee gets no manager article)."""
    out: list[str] = []
    for dim in result.weakest:
        suited = [a for a in check.dimensions[dim].articles if audience is None or audience(a)]
        out += [a for a in suited if a not in out]
    return out[:limit]
