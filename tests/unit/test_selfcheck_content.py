"""Self-check files: the real ones are valid, and broken ones are reported precisely."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.content.articles import load_articles
from bot.content.selfchecks import SelfCheckError, for_role, load_selfcheck, load_selfchecks
from bot.selfchecks.answers import parse_answer
from bot.selfchecks.scoring import articles_for, item_score, score, tips_for

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "knowledge" / "selfchecks"
IDS = {a.id for a in load_articles(ROOT / "knowledge")[0]}


def test_real_selfchecks_are_valid_and_cover_both_roles() -> None:
    checks, errors = load_selfchecks(FOLDER, IDS)
    assert not errors, "\n".join(map(str, errors))
    assert len(checks) >= 8
    assert for_role(checks, "employee") and for_role(checks, "manager")
    for check in checks.values():
        assert 5 <= len(check.statements) <= 8
        assert any(s.reverse for s in check.statements)


def sample(tmp_path: Path, **changes) -> Path:
    data = yaml.safe_load((FOLDER / "keeping-promises.yml").read_text())
    data.update(changes)
    path = tmp_path / f"{data['id']}.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    return path


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"audience": "boss"}, "audience"),
        ({"id": "other"}, "id"),
        ({"statements": []}, "statements"),
        ({"scale": [{"value": 1, "nl": "x", "en": "x"}]}, "scale"),
        ({"title": {"nl": "Alleen Nederlands"}}, "title"),
        ({"bands": [{"min": 2.0, "nl": "x", "en": "y"}]}, "bands"),
    ],
)
def test_a_broken_file_names_the_field(tmp_path: Path, changes: dict, field: str) -> None:
    path = sample(tmp_path, **changes)
    if changes.get("id") == "other":
        path = path.rename(tmp_path / "renamed.yml")
    with pytest.raises(SelfCheckError) as err:
        load_selfcheck(path, IDS)
    assert err.value.field == field and str(path) in str(err.value)


def test_unknown_article_ids_and_bad_yaml_are_reported_others_still_load(tmp_path: Path) -> None:
    data = yaml.safe_load((FOLDER / "keeping-promises.yml").read_text())
    dim = next(iter(data["dimensions"]))
    data["dimensions"][dim]["articles"] = ["no-such-article"]
    (tmp_path / "keeping-promises.yml").write_text(yaml.safe_dump(data, allow_unicode=True))
    (tmp_path / "broken.yml").write_text("id: broken\nstatements: [unclosed\n")
    (tmp_path / "room-to-act.yml").write_text((FOLDER / "room-to-act.yml").read_text())
    checks, errors = load_selfchecks(tmp_path, IDS)
    assert list(checks) == ["room-to-act"]
    messages = sorted(str(e) for e in errors)
    assert "broken.yml" in messages[0] and "not valid YAML" in messages[0]
    assert "no-such-article" in messages[1] and f"dimensions.{dim}" in messages[1]


def test_scoring_flips_reverse_statements_and_picks_the_band() -> None:
    check = load_selfcheck(FOLDER / "keeping-promises.yml", IDS)
    all_fives = {s.id: 5 for s in check.statements}
    result = score(check, all_fives)
    reverse = [s for s in check.statements if s.reverse]
    n = len(check.statements)
    assert result.overall == pytest.approx(round((5 * (n - len(reverse)) + 1 * len(reverse)) / n, 2))
    best = {s.id: (1 if s.reverse else 5) for s in check.statements}
    worst = {s.id: (5 if s.reverse else 1) for s in check.statements}
    assert score(check, best).overall == 5.0 and score(check, best).band is check.bands[-1]
    assert score(check, worst).overall == 1.0 and score(check, worst).band is check.bands[0]
    # the weakest dimension comes first, and tips/articles follow it
    first = check.statements[0]
    best_or_worst = {True: best, False: worst}
    mixed = {s.id: best_or_worst[s.dimension != first.dimension][s.id] for s in check.statements}
    result = score(check, mixed)
    assert result.weakest == (first.dimension,)
    assert tips_for(check, result, "nl")[0] == check.dimensions[first.dimension].tips["nl"][0]
    assert 2 <= len(tips_for(check, result, "en")) <= 3
    assert articles_for(check, result)[0] == check.dimensions[first.dimension].articles[0]


def test_scoring_needs_every_answer_in_range() -> None:
    check = load_selfcheck(FOLDER / "keeping-promises.yml", IDS)
    with pytest.raises(ValueError, match="unanswered"):
        score(check, {})
    with pytest.raises(ValueError):
        item_score(6, False, check.scale)
    assert item_score(2, True, check.scale) == 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4", 4),
        (" 5! ", 5),
        ("vier", 4),
        ("Five", 5),
        ("2 - oneens", 2),
        ("helemaal eens", 5),
        ("Helemaal oneens", 1),
        ("strongly agree", 5),
        ("neutraal", 3),
        ("6", None),
        ("wat bedoel je met beloftes?", None),
        ("", None),
    ],
)
def test_typed_answers(text: str, expected: int | None) -> None:
    check = load_selfcheck(FOLDER / "keeping-promises.yml", IDS)
    assert parse_answer(text, check) == expected
