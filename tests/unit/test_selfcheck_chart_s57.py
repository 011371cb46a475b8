"""Stop 57: the self-check chart (bot/selfchecks/chart.py).

1. No title is clipped: every self-check title of knowledge/ in both languages, alone and in a
   team chart's title, and other long kinds (a long Dutch compound, many " · " parts, a long
   Flemish or chat-spelled title), lies inside the image by the renderer's own measure. A short
   title stays as it was: one line at full size.
2. The axis tells the truth: its bars are scores (1 = weak, 5 = strong), not agreement, and a
   check with reverse-scored statements says how those count (their lowest answer is the top
   score, as bot/selfchecks/scoring.py `item_score` counts it)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import matplotlib.pyplot as plt
import pytest
from matplotlib.figure import Figure
from matplotlib.text import Text

from bot.content.articles import load_articles
from bot.content.scale import AGREE_5, parse_scale
from bot.content.selfchecks import load_selfchecks
from bot.i18n import t
from bot.selfchecks import chart
from bot.selfchecks.chart import FONT, PLAIN_TEXT, TITLE_FONT, TITLE_MIN_FONT, chart_figure, render_chart
from bot.selfchecks.scoring import band_mins, item_score
from tests.helpers import ROOT

CHECKS, ERRORS = load_selfchecks(ROOT / "knowledge" / "selfchecks")
ARTICLE_TITLES = {(a.id, a.lang): a.title for a in load_articles(ROOT / "knowledge")[0]}
TEAMS = ("A", "Klantenservice Noord-Holland", "Zorgteam Oost-Vlaanderen Gent-Zuid en omstreken")


def names(check, lang: str) -> dict[str, float]:
    """The dimension names the chart shows for `check` in `lang` (article titles), each a score."""
    return {ARTICLE_TITLES.get((d, lang), d): 2.0 + i * 0.9 for i, d in enumerate(check.dimensions)}


def drawn(title: str, scores: dict[str, float], lang: str = "nl", **kwargs) -> Figure:
    """The chart's figure as render_chart draws it (its font sizes, laid out)."""
    previous = kwargs.pop("previous", {})
    with plt.rc_context({**PLAIN_TEXT, "font.size": FONT}):
        scale = kwargs.pop("scale", AGREE_5)
        fig = chart_figure(title, scores, scale, lang, previous, "01-11-2026", **kwargs)
        fig.canvas.draw()
    return fig


def outside(fig: Figure) -> list[tuple[str, tuple[int, int, int, int]]]:
    """Every visible text of `fig` that does not lie wholly inside the image (pixels)."""
    renderer, edge = fig.canvas.get_renderer(), fig.bbox
    out = []
    for text in fig.findobj(Text):
        if not text.get_visible() or not text.get_text().strip():
            continue
        box = text.get_window_extent(renderer)
        inside = edge.x0 - 0.5 <= box.x0 and box.x1 <= edge.x1 + 0.5  # noqa: SIM300
        if not inside or box.y0 < edge.y0 - 0.5 or box.y1 > edge.y1 + 0.5:
            out.append((text.get_text(), (round(box.x0), round(box.y0), round(box.x1), round(box.y1))))
    return out


def words(text: str) -> list[str]:
    """The words of a title, without its " · " separators."""
    return [w for w in text.split() if w != "·"]


def title_of(fig: Figure) -> Text:
    return fig._suptitle  # the chart's title, over the image's whole width


def test_the_knowledge_checks_load() -> None:
    assert not ERRORS and len(CHECKS) >= 10


# == 1. titles inside the image ==================================================================
REAL_TITLES = [
    (check.id, lang, title)
    for check in CHECKS.values()
    for lang in ("nl", "en")
    for title in (
        check.title[lang],
        *(t("team_chart_title", lang, title=check.title[lang], team=team, n="12") for team in TEAMS),
    )
]


@pytest.mark.parametrize(("check_id", "lang", "title"), REAL_TITLES)
def test_every_knowledge_title_lies_inside_the_image(check_id: str, lang: str, title: str) -> None:
    check = CHECKS[check_id]
    fig = drawn(title, names(check, lang), lang, bands=band_mins(check))
    assert outside(fig) == []  # the title, the names, the axis, the legend: nothing clipped
    shown = title_of(fig)
    assert words(shown.get_text()) == words(title)  # every word, in order (a break may replace a " · ")
    assert shown.get_text().count("\n") < 3 and shown.get_fontsize() >= TITLE_MIN_FONT
    plt.close(fig)


LONG_KINDS = [
    # a long Dutch self-check name
    "Evenwichtige aandacht voor je team en voor de klant, ook als het druk is op de afdeling",
    # a Flemish one, with "ge"
    "Hoe goed luistert ge echt naar de klant als die boos aan de balie staat en zijn verhaal doet",
    # English
    "Keeping the promises you make to customers when the queue is long and the system is slow",
    # chat spelling, no capitals, repeated letters
    "zelftest klantvriendelijkheid voor de kassaaaa en de klantenservice enzo enzovoort",
    # one long compound, wider than the image
    "Klantgerichtheidsverbeteringstrajectbegeleidingsevaluatiecommissievergaderingsverslag",
    # many " · " parts
    "Beloftes nakomen · team Klantenservice Noord-Holland en Flevoland · 123 deelnemers · 01-11-2026",
    # a typo-rich long title with "$" (text, never mathtext)
    "Klachten en problemen oplosen, ook $als de klant boos is en het systeem niet meewerkt$ vandaag",
]


@pytest.mark.parametrize("title", LONG_KINDS)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_long_titles_of_every_kind_wrap_or_shrink_inside_the_image(title: str, lang: str) -> None:
    scores = {"Beloftes die je kunt waarmaken": 3.6, "Proactief informeren": 2.2}
    fig = drawn(title, scores, lang, previous={"Proactief informeren": 2.6})
    assert outside(fig) == []
    shown = title_of(fig)
    assert "\n" in shown.get_text()  # wrapped, not run off the edge
    assert "".join(words(shown.get_text())) == "".join(words(title))  # nothing left out (a word may break)
    plt.close(fig)


def test_a_title_too_long_for_three_lines_is_shrunk_not_cut() -> None:
    title = " ".join(["Beloftes nakomen en klanten verrassen"] * 5)
    fig = drawn(title, {"A": 3.0})
    shown = title_of(fig)
    assert shown.get_fontsize() < TITLE_FONT and outside(fig) == []
    plt.close(fig)


@pytest.mark.parametrize("title", ["Beloftes nakomen", "Echt luisteren", "Keeping promises", "T", "$5 kopje"])
def test_a_short_title_stays_one_line_at_full_size(title: str) -> None:
    fig = drawn(title, {"A": 3.0, "B": 4.0})
    shown = title_of(fig)
    assert shown.get_text() == title and shown.get_fontsize() == TITLE_FONT
    assert outside(fig) == []
    plt.close(fig)


def test_the_longest_knowledge_title_as_a_png(tmp_path: Path) -> None:
    """The saved image (what Telegram sends and the terminal shows): the title inside it."""
    check_id, lang, title = max(REAL_TITLES, key=lambda row: len(row[2]))
    check = CHECKS[check_id]
    scores = names(check, lang)
    png = render_chart(title, scores, tmp_path / "c.png", check.scale, lang, bands=band_mins(check))
    from PIL import Image

    width, height = Image.open(png).size
    assert width == 960 and height >= 500
    fig = drawn(title, names(check, lang), lang, bands=band_mins(check))
    box = title_of(fig).get_window_extent(fig.canvas.get_renderer())
    assert box.x0 >= 0 and box.x1 <= fig.bbox.width and box.y1 <= fig.bbox.height
    plt.close(fig)


# == 2. the axis says scores, and how reverse-scored statements count ===========================
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_axis_names_the_score_not_agreement(lang: str) -> None:
    fig = drawn("Beloftes nakomen", {"A": 3.0}, lang, flipped=False)
    label = fig.axes[0].get_xlabel()
    assert label == t("chart_axis_score", lang, min=1, max=5)
    assert ("1 = zwak" if lang == "nl" else "1 = weak") in label
    assert ("5 = sterk" if lang == "nl" else "5 = strong") in label
    assert "eens" not in label and "agree" not in label  # no agreement scale
    plt.close(fig)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_check_with_reversed_statements_says_how_they_count(lang: str) -> None:
    fig = drawn("Beloftes nakomen", {"A": 3.0}, lang, flipped=True)
    label = " ".join(fig.axes[0].get_xlabel().split())
    low = AGREE_5.label(1, lang).lower()
    assert f"“{low}”" in label and label.endswith(" 5")
    assert ("iets wat beter niet gebeurt" if lang == "nl" else "something best avoided") in label
    assert outside(fig) == []
    plt.close(fig)


def test_what_the_note_says_is_how_the_scoring_counts() -> None:
    """Every real check has reverse-scored statements; for each, its lowest answer counts as the
    top score, and its top answer as the lowest: what the note and "1 = zwak" claim."""
    for check in CHECKS.values():
        reversed_ = [s for s in check.statements if s.reverse]
        assert reversed_, check.id
        scale = check.scale
        assert item_score(scale.min, True, scale) == scale.max
        assert item_score(scale.max, True, scale) == scale.min
        assert item_score(scale.max, False, scale) == scale.max


def test_another_scale_names_its_own_ends_and_lowest_answer() -> None:
    frequency = parse_scale(
        [
            {"value": 0, "nl": "Nooit", "en": "Never"},
            {"value": 1, "nl": "Soms", "en": "Sometimes"},
            {"value": 2, "nl": "Vaak", "en": "Often"},
        ]
    )
    for lang, low in (("nl", "nooit"), ("en", "never")):
        fig = drawn("Frequentie", {"A": 1.5}, lang, scale=frequency)
        label = " ".join(fig.axes[0].get_xlabel().split())
        assert label.startswith(t("chart_axis_score", lang, min=0, max=2))
        assert f"“{low}”" in label and label.endswith(" 2")
        plt.close(fig)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_result_chart_and_the_team_chart_pass_whether_statements_are_reversed(
    lang: str, monkeypatch, tmp_path: Path
) -> None:
    import actions.selfcheck as action
    from bot.selfchecks import team
    from bot.selfchecks.scoring import score

    seen: list[bool] = []

    def capture(*args, **kwargs) -> Path:
        seen.append(args[8] if len(args) > 8 else kwargs["flipped"])
        return tmp_path / "c.png"

    check = CHECKS["keeping-promises"]
    result = score(check, {s.id: 3 for s in check.statements})
    monkeypatch.setattr(action, "render_chart", capture)
    monkeypatch.setattr(team, "render_chart", capture)
    monkeypatch.setattr(action, "get_settings", lambda: SimpleNamespace(chart_dir=tmp_path))
    step = SimpleNamespace(check=check, run=SimpleNamespace(run_id=7))
    assert action._chart(step, result, lang) is not None
    pictured = team.TeamResult(check.id, 5, dict(result.per_dimension), None)
    team.team_chart(pictured, check, {}, "T", tmp_path / "t.png", lang)
    assert seen == [True, True]
    statements = tuple(replace(s, reverse=False) for s in check.statements)
    plain = replace(check, statements=type(check.statements)(statements))
    assert action._chart(SimpleNamespace(check=plain, run=step.run), result, lang) is not None
    assert seen[-1] is False


def test_chart_module_keeps_its_public_names() -> None:
    assert callable(chart.fit_title) and callable(chart.flipped_note) and callable(chart.axis)


def test_the_measure_catches_a_clipped_title() -> None:
    """Control: the check above fails on what stop 56 drew (a long title run past the edge)."""
    fig = drawn("Beloftes nakomen", {"A": 3.0})
    fig.suptitle(REAL_TITLES[1][2] + " " + REAL_TITLES[1][2], x=0.02, ha="left", fontsize=TITLE_FONT)
    fig.canvas.draw()
    assert outside(fig) != []
    plt.close(fig)
