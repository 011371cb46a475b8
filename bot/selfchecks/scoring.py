"""Scores: per dimension (reverse-scored statements flipped), overall band, and what to
work on next: every part under the top feedback band (`band`), as the chart and the feedback
text call it middle or low."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.content.scale import Scale
from bot.content.selfchecks import Band, SelfCheck

# The bands a result speaks of: low, middle and high, where the check's feedback bands
# (knowledge/selfchecks/*.yml `bands`) put them: under the second band's lowest point low, from the
# top band's lowest point high, between them middle (1-5: under 2.5, from 3.75). The chart's colours
# (bot/selfchecks/chart.py), the band a score question names (actions/selfcheck.py) and the parts to
# work on (`score`) all follow them. LOW and MIDDLE (parts of the scale's range) are the real checks'
# bands, only for a check or chart without bands (tests/unit/test_selfcheck_kinds_s53.py keeps them
# equal).
LOW, MIDDLE = 0.375, 0.6875


def band_limits(scale: Scale, bands: Sequence[float] | None = None) -> tuple[float, float]:
    """(low below, high from) on `scale`: the lowest points of the second and the top feedback
    band (`bands`: each band's lowest point, in order, as a check's `Band.min`); with two bands
    both are the second's, with one nothing is low or high. Without bands, the real checks'
    (`LOW`, `MIDDLE`)."""
    if bands is None:
        return scale.at(LOW), scale.at(MIDDLE)
    mins = sorted(bands)
    if len(mins) < 2:
        return float(scale.min), float("inf")  # one band: all middle
    return mins[1], mins[-1]


def band(scale: Scale, value: float, bands: Sequence[float] | None = None) -> str:
    """ "low", "middle" or "high": where an average lies among the feedback bands
    (`band_limits`); the same boundaries the feedback text uses (a band holds its lowest point)."""
    low, high = band_limits(scale, bands)
    return "low" if value < low else "middle" if value < high else "high"


def band_mins(check: SelfCheck) -> list[float] | None:
    """The lowest point of each of `check`'s feedback bands, or None when it has none (then
    `band_limits` falls back on the real checks' bands, as the chart does)."""
    return [b.min for b in check.bands] or None


@dataclass(frozen=True)
class Score:
    per_dimension: dict[str, float]
    overall: float
    band: Band
    # the dimensions to work on, weakest first: those under the top band (not "high"), or the
    # weakest alone (ties by name) when every part is high
    weakest: tuple[str, ...]


def item_score(value: int, reverse: bool, scale: Scale) -> int:
    """The answer as it counts: max + min - value when reverse-scored. ValueError off the scale."""
    return scale.reverse(value) if reverse else scale.check(value)


def score(check: SelfCheck, answers: dict[str, int]) -> Score:
    """`answers` maps statement id -> answer on the check's scale; every statement must be
    answered. Averages are on the same scale (min..max). The parts to work on (`Score.weakest`)
    are those under the top feedback band, as the chart colours them middle or low (stop 54:
    until then under 3.5 of 5, so a 3.6 was named nowhere yet drawn middle beside the middle
    band's text); when every part is high, the weakest alone."""
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
    feedback_band = [b for b in check.bands if b.min <= overall][-1]
    ordered = sorted(averages, key=lambda d: (averages[d], d))
    mins = band_mins(check)
    under_top = tuple(d for d in ordered if band(check.scale, averages[d], mins) != "high")
    work_on = under_top or tuple(ordered[:1])
    return Score(averages, overall, feedback_band, work_on)


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
