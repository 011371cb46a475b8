"""A bar chart of the scores per dimension, as a PNG the chat can show or send."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no screen needed

import matplotlib.pyplot as plt  # noqa: E402

from bot.content.scale import Scale  # noqa: E402

# Bar colours by where an average lies on the scale's range (1-5: under 2.5, under 3.5).
LOW, MIDDLE = 0.375, 0.625
PLAIN_TEXT = {"text.parse_math": False, "text.usetex": False}


def axis(scale: Scale) -> tuple[tuple[float, float], list[int]]:
    """The x axis of a chart on `scale`: (left, right) limits and the tick values."""
    return (min(0, scale.min), scale.max), list(scale.values)


def render_chart(title: str, scores: dict[str, float], path: Path, scale: Scale) -> Path:
    """Write a PNG to `path` and return it. `scores` maps a readable dimension name to its
    average on `scale`; the axis runs from 0 to the scale's max, ticks on its values."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # titles and names come from knowledge files: "$...$" must stay text, never mathtext/TeX
    with plt.rc_context(PLAIN_TEXT):
        return _draw(title, scores, path, scale)


def _draw(title: str, scores: dict[str, float], path: Path, scale: Scale) -> Path:
    names = list(scores)
    values = [scores[n] for n in names]
    height = 1.2 + 0.6 * len(names)
    fig, ax = plt.subplots(figsize=(7, height), dpi=120)
    colors = [
        "#c0392b" if scale.fraction(v) < LOW else "#e67e22" if scale.fraction(v) < MIDDLE else "#27ae60"
        for v in values
    ]
    bars = ax.barh(names[::-1], values[::-1], color=colors[::-1])
    limits, ticks = axis(scale)
    ax.set_xlim(*limits)
    ax.set_xticks(ticks)
    ax.bar_label(bars, labels=[f"{v:.1f}" for v in values[::-1]], padding=4)
    ax.set_title(title, fontsize=12, loc="left")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    fig.savefig(path, format="png")
    plt.close(fig)
    return path
