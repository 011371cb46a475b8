"""Everyday kinds of stops 58 on, on the real index, the real referrals and the calibrated
decision, ranked and decided as `servicecoach search` does (bot/cli/main.py): the cases of every
tests/data/everyday_kinds_s<stop>.yml, the tests once.

Per kind, the cause and the fix: the file's header, tests/unit/test_everyday_kinds_s58.py and
_s59.py (with the tests of their cues) and docs/answer-quality.md ("Everyday kinds (stop 58)",
"(stop 59)", "(stop 60)"). Each kind has look-alikes that keep their article. A message under
`still_open` still misses (a strict xfail with the file's `open_reason`, so a fix shows up here).
A file may also hold `cues` (patterns of bot/content/audience.py), `knowledge_lines` and
`summary_order` (lines the knowledge behind a fix must hold).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.content import audience as cues
from bot.content.audience import audience_for
from bot.content.referrals import load_referrals
from bot.engine.decision import FEATURE_DEPTH, Decision, decide, load_calibration
from bot.engine.question import decide_apart, decide_by_name, offered_to_the_asker, ranked

ROOT = Path(__file__).resolve().parents[2]
REFERRALS = load_referrals(ROOT / "knowledge")
DATA = ROOT / "tests" / "data"
PREFIX = "everyday_kinds_"
# tests/data/everyday_kinds_<stop>.yml, every stop's file ("s58", "s59", ...)
STOPS = tuple(sorted(p.stem.removeprefix(PREFIX) for p in DATA.glob(f"{PREFIX}s*.yml")))


def _coach(searcher, message: str, role: str) -> tuple[list, Decision]:
    """(results, decision) for `message` from someone with `role`, as `servicecoach search` gets them."""
    audience = audience_for(role, message)
    results = ranked(searcher, message, None, audience, FEATURE_DEPTH)
    decision = decide(message, results, load_calibration(searcher.embedder.name), REFERRALS)
    decision = decide_by_name(searcher, message, decision, results)
    decision = decide_apart(searcher, message, decision, REFERRALS, None, audience)
    return results, offered_to_the_asker(searcher, message, decision, audience)


def _load(stop: str) -> dict:
    """The stop's file: {"open_reason": str, "sets": {name: [article id]}, "kinds" and
    "still_open": [{kind, role, expected (a set's name), sure, q}], "look_alikes": [{role, article, q}]},
    optionally "cues": [{cue, matches, q}],
    "knowledge_lines": [{file (under knowledge/), line}] and "summary_order": [{article, lang, word,
    later}]."""
    return yaml.safe_load((DATA / f"{PREFIX}{stop}.yml").read_text(encoding="utf-8"))


FILES = {stop: _load(stop) for stop in STOPS}


def _kinds() -> list:
    """(kind, role, message, expected article ids, sure) per case, `still_open` ones a strict
    xfail."""
    params = []
    for stop, data in FILES.items():
        still_open = pytest.mark.xfail(strict=True, reason=data["open_reason"])
        for key, marks in (("kinds", ()), ("still_open", (still_open,))):
            for case in data[key]:
                expected = set(data["sets"][case["expected"]])
                params.append(
                    pytest.param(
                        case["kind"],
                        case["role"],
                        case["q"],
                        expected,
                        case["sure"],
                        marks=marks,
                        id=f"{stop}-{case['kind']}-{case['role'][0]}-{case['q'][:40]}",
                    )
                )
    return params


def _look_alikes() -> list:
    """(role, message, article) per look-alike."""
    return [
        pytest.param(
            case["role"], case["q"], case["article"], id=f"{stop}-{case['role'][0]}-{case['q'][:40]}"
        )
        for stop, data in FILES.items()
        for case in data["look_alikes"]
    ]


def _of_files(key: str) -> list:
    """(stop, the file's `key` list) per file that has one."""
    return [pytest.param(stop, data[key], id=stop) for stop, data in FILES.items() if data.get(key)]


@pytest.mark.parametrize(("kind", "role", "message", "expected", "sure"), _kinds())
def test_the_kind_gets_its_article(
    searcher, kind: str, role: str, message: str, expected: set[str], sure: bool
) -> None:
    results, decision = _coach(searcher, message, role)
    assert results[0].id in expected, (kind, [r.id for r in results[:3]])
    if decision.outcome == "answer":
        assert decision.results[0].id in expected, kind
    if sure:
        assert decision.outcome in ("answer", "offer"), (kind, decision.outcome)
        assert decision.results[0].id in expected, (kind, [r.id for r in decision.results])


@pytest.mark.parametrize(("role", "message", "article"), _look_alikes())
def test_a_look_alike_keeps_its_article(searcher, role: str, message: str, article: str) -> None:
    results, decision = _coach(searcher, message, role)
    assert results[0].id == article, [r.id for r in results[:3]]
    assert decision.outcome != "answer" or decision.results[0].id == article


@pytest.mark.parametrize(
    ("cue", "message", "matches"),
    [
        pytest.param(case["cue"], case["q"], case["matches"], id=f"{stop}-{case['cue']}-{case['q'][:40]}")
        for stop, data in FILES.items()
        for case in data.get("cues", [])
    ],
)
def test_the_cues(cue: str, message: str, matches: bool) -> None:
    assert bool(getattr(cues, cue).search(message)) is matches


@pytest.mark.parametrize(("stop", "lines"), _of_files("knowledge_lines"))
def test_the_knowledge_holds_the_lines_of_a_fix(stop: str, lines: list[dict]) -> None:
    for case in lines:
        assert case["line"] in (ROOT / "knowledge" / case["file"]).read_text(encoding="utf-8"), case


@pytest.mark.parametrize(("stop", "order"), _of_files("summary_order"))
def test_a_cards_summary_names_a_word_before_another(searcher, stop: str, order: list[dict]) -> None:
    """The card shows the summary before the tips (e.g. a compliment named before criticism's steps)."""
    for case in order:
        summary = searcher.index.articles[(case["article"], case["lang"])].summary.lower()
        assert case["word"] in summary and summary.index(case["word"]) < summary.index(case["later"]), case
