"""A bar chart of the scores per dimension, as a PNG the chat can show or send: the real
scale (bars start at its lowest point, not at 0), an axis title that says what the ends of
the score mean (weak, strong) and how a statement about something best avoided counts, a legend
for the colours, and the previous run beside the latest when there is one. Sized for a phone:
large type, long names wrapped, the title wrapped (and if need be shrunk) to the image's width."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no screen needed

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

from bot.content.scale import Scale  # noqa: E402
from bot.i18n import decimal, t  # noqa: E402
from bot.selfchecks.scoring import LOW as LOW  # noqa: E402  (the bands, read from here before stop 54)
from bot.selfchecks.scoring import MIDDLE as MIDDLE  # noqa: E402
from bot.selfchecks.scoring import band, band_limits  # noqa: E402

# Bar colours follow the check's feedback bands (bot/selfchecks/scoring.py `band`), so a bar's
# colour agrees with the feedback text a score gets (until stop 53 the chart had bands of its own,
# 2.5 and 3.5, so a 3.6 was green beside the middle band's text) and, since stop 54, with the parts
# a result names to work on (`score`: every part under the top band).
COLOURS = {"low": "#c0392b", "middle": "#e67e22", "high": "#27ae60"}
PREVIOUS_COLOUR = "#b0b7bf"
PLAIN_TEXT = {"text.parse_math": False, "text.usetex": False}
WIDTH_INCHES, DPI, FONT = 6.0, 160, 13  # 960 px wide: sharp on a phone, readable without zooming
NAME_WIDTH = 20  # characters per line of a dimension's name
TITLE_FONT, TITLE_MIN_FONT, TITLE_LINES = FONT + 2, FONT - 2, 3  # shrink only past three lines
MARGIN_INCHES = 0.12  # the title's room from the image's left and right edges
TITLE_PARTS = " · "  # "<check> · team <team> · <n> deelnemers": a line break goes here first


def axis(scale: Scale) -> tuple[tuple[float, float], list[int]]:
    """The x axis of a chart on `scale`: (left, right) limits (the scale's own ends) and
    the tick values."""
    return (scale.min, scale.max), list(scale.values)


def _limit(value: float, lang: str) -> str:
    """A band's boundary as written: "2,5", "3,75" (two decimals only when it has them)."""
    return decimal(value, lang, digits=1 if round(value, 1) == round(value, 2) else 2)


def render_chart(
    title: str,
    scores: dict[str, float],
    path: Path,
    scale: Scale,
    lang: str = "nl",
    previous: dict[str, float] | None = None,
    previous_date: str = "",
    bands: Sequence[float] | None = None,
    flipped: bool = True,
) -> Path:
    """Write a PNG to `path` and return it. `scores` maps a readable dimension name to its
    average on `scale`; `previous` (same names) is the run before, drawn as a grey bar just
    above each latest bar, dated `previous_date`. Texts in `lang` ("nl" or "en"). The bars'
    colours follow `bands`, the lowest point of each of the check's feedback bands (`band`).
    `flipped`: the check has reverse-scored statements (a `Statement.reverse`), so the axis
    title says how they count; every real check has some."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # titles and names come from knowledge files: "$...$" must stay text, never mathtext/TeX
    with plt.rc_context({**PLAIN_TEXT, "font.size": FONT}):
        fig = chart_figure(title, scores, scale, lang, previous or {}, previous_date, bands, flipped=flipped)
        fig.savefig(path, format="png")
        plt.close(fig)
    return path


def chart_figure(
    title: str,
    scores: dict[str, float],
    scale: Scale,
    lang: str,
    previous: dict[str, float],
    previous_date: str,
    bands: Sequence[float] | None = None,
    *,
    flipped: bool = True,
) -> Figure:
    """The chart as a matplotlib Figure (not yet saved; the caller closes it); arguments as
    `render_chart`'s."""
    names = list(scores)[::-1]  # barh draws bottom-up: the first part on top
    with_previous = any(n in previous for n in names)
    rows = [textwrap.fill(n, NAME_WIDTH) for n in names]
    lines = sum(r.count("\n") + 1 for r in rows)
    fig, ax = plt.subplots(
        figsize=(WIDTH_INCHES, 3.2 + 0.55 * lines * (1.5 if with_previous else 1)),
        dpi=DPI,
        layout="constrained",
    )
    ys = list(range(len(names)))
    height = 0.38 if with_previous else 0.6
    offset = height / 2 if with_previous else 0.0
    values = [scores[n] for n in names]
    bars = ax.barh(
        [y - offset for y in ys],
        [v - scale.min for v in values],
        left=scale.min,
        height=height,
        color=[COLOURS[band(scale, v, bands)] for v in values],
    )
    ax.bar_label(bars, labels=[decimal(v, lang) for v in values], padding=4, fontweight="bold")
    if with_previous:
        before = [previous.get(n) for n in names]
        old = ax.barh(
            [y + offset for y, v in zip(ys, before, strict=True) if v is not None],
            [v - scale.min for v in before if v is not None],
            left=scale.min,
            height=height,
            color=PREVIOUS_COLOUR,
        )
        ax.bar_label(old, labels=[decimal(v, lang) for v in before if v is not None], padding=4, color="#555")
    ax.set_yticks(ys, rows)
    limits, ticks = axis(scale)
    ax.set_xlim(limits[0], limits[1] + 0.45)  # room for the value after the longest bar
    ax.set_xticks(ticks)
    ax.set_xlabel(t("chart_axis_score", lang, min=scale.min, max=scale.max))
    ax.grid(axis="x", color="#e5e5e5")
    ax.set_axisbelow(True)
    ax.spines[["top", "right"]].set_visible(False)
    low, high = band_limits(scale, bands)
    legend = []
    if low > scale.min:
        legend.append(Patch(color=COLOURS["low"], label=t("chart_low", lang, value=_limit(low, lang))))
    if high > low:
        legend.append(Patch(color=COLOURS["middle"], label=t("chart_middle", lang)))
    if high <= scale.max:
        legend.append(Patch(color=COLOURS["high"], label=t("chart_high", lang, value=_limit(high, lang))))
    if with_previous:
        legend.append(Patch(color=PREVIOUS_COLOUR, label=t("chart_previous", lang, date=previous_date)))
    fig.legend(handles=legend, loc="outside lower center", ncol=2, frameon=False, fontsize=FONT - 1)
    text, size = fit_title(fig, title)
    fig.suptitle(text, x=MARGIN_INCHES / WIDTH_INCHES, ha="left", fontsize=size, fontweight="bold",
                 parse_math=False)  # fmt: skip
    lines = 1 + text.count("\n")
    if flipped:  # under the axis title, wrapped to the room under the plot: how a reversed statement counts
        fig.draw_without_rendering()  # lays the figure out: where the plot's centre is
        box = ax.get_position()  # figure fractions
        centre, edge = (box.x0 + box.x1) / 2, MARGIN_INCHES / WIDTH_INCHES
        room = 2 * min(centre - edge, 1 - edge - centre) * WIDTH_INCHES * DPI  # pixels
        note = _wrap(fig, flipped_note(scale, lang), FONT, room, bold=False)
        ax.set_xlabel("\n".join([ax.get_xlabel(), *note]))
        lines += len(note)
    fig.set_figheight(fig.get_figheight() + 0.3 * (lines - 2))  # the bars keep their room
    return fig


def flipped_note(scale: Scale, lang: str) -> str:
    """How a reverse-scored statement counts, under the chart: its lowest answer as the top score
    (`Scale.reverse`; bot/selfchecks/scoring.py `item_score`), e.g. "Bij een stelling over iets
    wat beter niet gebeurt, telt “helemaal oneens” als 5". With the axis's "1 = zwak · 5 = sterk"
    it replaced "1 = helemaal oneens · 5 = helemaal eens" (stop 57), untrue for the statements
    about something best avoided, which every check has."""
    return t("chart_axis_flipped", lang, low=scale.label(scale.min, lang).lower(), max=scale.max)


def _width(fig: Figure, text: str, size: float, bold: bool = True) -> float:
    """How wide `text` (one line, at `size` points) is drawn on `fig`, in pixels."""
    weight = "bold" if bold else "normal"
    probe = fig.text(0, 0, text, fontsize=size, fontweight=weight, parse_math=False)
    try:
        return probe.get_window_extent(fig.canvas.get_renderer()).width
    finally:
        probe.remove()


def _wrap(fig: Figure, title: str, size: float, room: float, bold: bool = True) -> list[str]:
    """`title` in lines no wider than `room` pixels at `size`: its " · " parts kept whole on a
    line when they fit, else broken between words, a word wider than a line between letters."""

    def width(text: str) -> float:
        return _width(fig, text, size, bold)

    lines: list[str] = []
    for part in title.split(TITLE_PARTS):
        if lines and width(lines[-1] + TITLE_PARTS + part) <= room:
            lines[-1] += TITLE_PARTS + part
            continue
        line = ""
        for word in part.split():
            while width(word) > room and len(word) > 1:  # one word wider than a line
                cut = max(n for n in range(1, len(word)) if n == 1 or width(word[:n]) <= room)
                if line:
                    lines.append(line)
                    line = ""
                lines.append(word[:cut])
                word = word[cut:]
            if line and width(line + " " + word) <= room:
                line += " " + word
            else:
                if line:
                    lines.append(line)
                line = word
        if line:
            lines.append(line)
    return lines


def fit_title(fig: Figure, title: str) -> tuple[str, float]:
    """(text, font size) of `title` so that it lies inside `fig`'s width, margins included:
    wrapped to the width; when that takes more than TITLE_LINES lines, a smaller size (down
    to TITLE_MIN_FONT), then as many lines as it needs. Until stop 57 a title was wrapped at
    42 characters from the plot's left edge, and a long Dutch title ran off the image."""
    room = fig.get_figwidth() * fig.dpi - 2 * MARGIN_INCHES * fig.dpi
    title = " ".join(title.split()) or " "
    size = float(TITLE_FONT)
    while True:
        lines = _wrap(fig, title, size, room)
        if len(lines) <= TITLE_LINES or size <= TITLE_MIN_FONT:
            return "\n".join(lines), size
        size -= 1
