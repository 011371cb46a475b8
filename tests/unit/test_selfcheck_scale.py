"""The answer scale is part of a self-check: parsing, scoring, charts and the NLU examples
follow it, for the standard 1-5 scale and for a 1-4 one."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.content.articles import load_articles
from bot.content.scale import AGREE_5, ScaleError, parse_scale
from bot.content.selfchecks import SelfCheckError, load_selfcheck, load_selfchecks
from bot.selfchecks.answers import off_scale, parse_answer
from bot.selfchecks.chart import axis, render_chart
from bot.selfchecks.nlu import NLU_FILE, answer_examples, render_nlu
from bot.selfchecks.scoring import item_score, score
from tests.helpers import ROOT, four_point_selfcheck

FOLDER = ROOT / "knowledge" / "selfchecks"
IDS = {a.id for a in load_articles(ROOT / "knowledge")[0]}


@pytest.fixture()
def four(tmp_path: Path):
    return load_selfcheck(four_point_selfcheck(tmp_path), IDS)


@pytest.fixture()
def five():
    return load_selfcheck(FOLDER / "keeping-promises.yml", IDS)


def test_the_real_files_use_the_standard_scale(five) -> None:
    assert five.scale == AGREE_5 == parse_scale(None)
    assert (AGREE_5.min, AGREE_5.max, len(AGREE_5)) == (1, 5, 5)
    assert [p.label["en"] for p in AGREE_5] == [
        "Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree",
    ]  # fmt: skip


def test_a_four_point_scale_loads_with_its_labels(four) -> None:
    assert (four.scale.min, four.scale.max) == (1, 4)
    assert [four.scale.label(v, "nl") for v in four.scale.values] == [
        "Helemaal oneens", "Oneens", "Eens", "Helemaal eens",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("rows", "field", "words"),
    [
        ([{"value": 1, "nl": "a", "en": "a"}], "scale", "2 to 10"),
        ([{"value": v, "nl": str(v), "en": str(v)} for v in range(11)], "scale", "2 to 10"),
        (
            [{"value": 1, "nl": "a", "en": "a"}, {"value": 3, "nl": "b", "en": "b"}],
            "scale[1]",
            "without gaps",
        ),
        (
            [{"value": 2, "nl": "a", "en": "a"}, {"value": 1, "nl": "b", "en": "b"}],
            "scale[1]",
            "without gaps",
        ),
        ([{"value": 1, "nl": "a", "en": "a"}, {"value": 2, "nl": "b"}], "scale[1].en", "label in 'en'"),
        ([{"value": "1", "nl": "a", "en": "a"}, {"value": 2, "nl": "b", "en": "b"}], "scale[0]", "whole"),
        (
            [{"value": 1, "nl": "ja", "en": "yes"}, {"value": 2, "nl": "Ja", "en": "no"}],
            "scale[1].nl",
            "'ja'",
        ),
        (
            [{"value": 1, "nl": "a", "en": "a", "words": ["x"]}, {"value": 2, "nl": "b", "en": "b"}],
            "scale[0].words",
            "list of words",
        ),
    ],
)
def test_a_bad_scale_names_its_field(rows: list, field: str, words: str) -> None:
    with pytest.raises(ScaleError) as err:
        parse_scale(rows)
    assert err.value.field == field and words in err.value.message


def test_bands_must_fit_the_scale(tmp_path: Path) -> None:
    path = four_point_selfcheck(tmp_path)
    data = yaml.safe_load(path.read_text())
    data["bands"][-1]["min"] = 4.5  # above the 1-4 scale's top
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    with pytest.raises(SelfCheckError) as err:
        load_selfcheck(path, IDS)
    assert err.value.field == "bands"
    data["scale"][1]["value"] = 7
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    with pytest.raises(SelfCheckError) as err:
        load_selfcheck(path, IDS)
    assert err.value.field == "scale[1]" and "without gaps" in str(err.value)


@pytest.mark.parametrize(
    ("text", "on_five", "on_four"),
    [
        ("4", 4, 4),
        ("5", 5, None),
        ("eens", 4, 3),
        ("Agree", 4, 3),
        ("helemaal eens", 5, 4),
        ("strongly disagree", 1, 1),
        ("beetje eens", 4, 3),
        ("neutraal", 3, None),
        ("drie", 3, 3),
        ("vijf", 5, None),
        ("ik geef een 3", 3, 3),
        ("i'd say two", 2, 2),
        ("0", None, None),
        ("hoe bedoel je?", None, None),
    ],
)
def test_typed_answers_follow_the_scale(five, four, text: str, on_five, on_four) -> None:
    assert parse_answer(text, five) == on_five
    assert parse_answer(text, four) == on_four


def test_numbers_off_the_scale_are_told_apart_from_nonsense(five, four) -> None:
    assert off_scale("5", four.scale) == 5 and off_scale("vijf", four.scale) == 5
    assert off_scale("nine", five.scale) == 9 and off_scale("0", five.scale) == 0
    assert off_scale("4", four.scale) is None and off_scale("neutraal", four.scale) is None
    assert off_scale("hoe bedoel je?", four.scale) is None


def test_scoring_on_a_four_point_scale(four) -> None:
    assert item_score(1, True, four.scale) == 4 and item_score(3, True, four.scale) == 2
    assert item_score(3, False, four.scale) == 3
    with pytest.raises(ValueError, match="1 to 4"):
        item_score(5, False, four.scale)
    reverse = [s for s in four.statements if s.reverse]
    assert reverse
    best = {s.id: (1 if s.reverse else 4) for s in four.statements}
    worst = {s.id: (4 if s.reverse else 1) for s in four.statements}
    top, bottom = score(four, best), score(four, worst)
    assert top.overall == 4.0 and top.band.feedback["en"] == "BAND-HIGH (en)"
    assert bottom.overall == 1.0 and bottom.band.feedback["en"] == "BAND-LOW (en)"
    threes = {s.id: 3 for s in four.statements}  # a reverse 3 counts as 2
    n = len(four.statements)
    expected = round((3 * (n - len(reverse)) + 2 * len(reverse)) / n, 2)
    assert score(four, threes).overall == pytest.approx(expected)
    assert score(four, threes).band.feedback["nl"] == "BAND-MID (nl)"


def test_weak_dimensions_are_judged_on_the_scale(five, four) -> None:
    """Every statement counting 3: high on 1-4 (its top band starts at 3.0), under the top band on
    1-5 (3.75): the line is the check's own top band since stop 54 (it was 2.875 and 3.5)."""

    def all_count(check, value: int) -> dict[str, int]:
        return {s.id: (check.scale.reverse(value) if s.reverse else value) for s in check.statements}

    on_four, on_five = score(four, all_count(four, 3)), score(five, all_count(five, 3))
    assert set(on_four.per_dimension.values()) == set(on_five.per_dimension.values()) == {3.0}
    assert len(on_four.weakest) == 1  # none is weak: the first is still named
    assert set(on_five.weakest) == set(on_five.per_dimension)


def test_the_chart_axis_follows_the_scale(tmp_path: Path, five, four) -> None:
    assert axis(four.scale) == ((1, 4), [1, 2, 3, 4])  # the real scale: bars do not start at 0
    assert axis(five.scale) == ((1, 5), [1, 2, 3, 4, 5])
    png = render_chart("Vier punten", {"Beloftes": 3.5, "Tempo": 1.25}, tmp_path / "c.png", four.scale)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_committed_nlu_examples_match_the_scales() -> None:
    checks, errors = load_selfchecks(FOLDER)
    assert not errors
    committed = (ROOT / NLU_FILE).read_text(encoding="utf-8")
    assert committed == render_nlu([c.scale for c in checks.values()]), (
        "run `servicecoach selfchecks --nlu` (then `servicecoach train`)"
    )


def test_nlu_examples_cover_every_value_and_word_of_every_scale(four) -> None:
    frequency = parse_scale(
        [
            {"value": 0, "nl": "Nooit", "en": "Never"},
            {"value": 1, "nl": "Soms", "en": "Sometimes", "words": {"nl": ["af en toe"]}},
            {"value": 2, "nl": "Vaak", "en": "Often"},
        ]
    )
    examples = answer_examples([four.scale, frequency])
    for word in ("0", "1", "5", "nooit", "af en toe", "often", "helemaal eens", "vier", "agree"):
        assert word in examples
    assert len(examples) == len(set(examples))
    assert answer_examples([AGREE_5]) == answer_examples([AGREE_5, AGREE_5])
    # the parser understands what NLU is trained on
    for example in examples:
        assert (
            parse_answer(example, None) is not None
            or off_scale(example, AGREE_5) is not None
            or (example in frequency.words("nl") or example in frequency.words("en"))
        ), example


def test_knowledge_check_points_at_the_bad_scale_point(tmp_path: Path) -> None:
    from bot.content.validation import check_selfchecks

    path = four_point_selfcheck(tmp_path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("value: 3", "value: 5"), encoding="utf-8")
    problems = check_selfchecks(tmp_path, IDS)
    assert len(problems) == 1
    line = path.read_text(encoding="utf-8").splitlines().index("- value: 5") + 1
    assert problems[0].line == line and "without gaps" in problems[0].message
