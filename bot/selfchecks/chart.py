"""A bar chart of the scores per dimension, as a PNG the chat can show or send."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no screen needed

import matplotlib.pyplot as plt  # noqa: E402


def render_chart(title: str, scores: dict[str, float], path: Path) -> Path:
    """`scores` maps a readable dimension name to its average (1..5)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    names = list(scores)
    values = [scores[n] for n in names]
    height = 1.2 + 0.6 * len(names)
    fig, ax = plt.subplots(figsize=(7, height), dpi=120)
    colors = ["#c0392b" if v < 2.5 else "#e67e22" if v < 3.5 else "#27ae60" for v in values]
    bars = ax.barh(names[::-1], values[::-1], color=colors[::-1])
    ax.set_xlim(0, 5)
    ax.set_xticks([1, 2, 3, 4, 5])
    ax.bar_label(bars, labels=[f"{v:.1f}" for v in values[::-1]], padding=4)
    ax.set_title(title, fontsize=12, loc="left")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    fig.savefig(path, format="png")
    plt.close(fig)
    return path
