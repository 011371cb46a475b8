"""Everyday kinds that fresh wording still missed (issue 9 point 2), on the real index.

tests/data/kinds26.yml (13 kinds, stop 26), kinds27.yml (14 kinds, stop 27) and kinds31.yml
(7 kinds, stop 31: the kinds the fresh dev sets and a tester round still missed) hold, per
kind, the articles that answer it and messages from two helpers who never read the articles:
the `guide` batch showed which content was missing, the `held-out` batch was read only after
the content round. A message marked `open` still ranks another article first and is a strict
xfail, so a fix shows up here. Measured (docs/answer-quality.md): stop 26, right article
first for 89 of 169 (68 before its round; held-out 41 of 78, against 34); stop 27, 114 of
182 (108 before; held-out 58 of 84, against 55); stop 28, with the article classifier in
the search (no content aimed at these messages), 99 of 169 and 119 of 182; stop 32, with
the classifier's larger share and content for the most-missed articles, 304 of 435 (277
before; held-out halves 136 of 204, against 131).

Also the seam stop 26 moved: an employee who names a colleague may get manager articles
(coaching-feedback-conversation now covers speaking to a peer), and a message about a
customer never gets that article.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from actions.knowledge import audience_for
from bot.engine import FEATURE_DEPTH, decide, load_calibration

DATA = Path(__file__).parents[1] / "data"
# file -> its number of kinds and of guide messages per kind; every kind has 6 held-out
# messages, in both languages
FILES = {"kinds26.yml": (13, 7), "kinds27.yml": (14, 7), "kinds31.yml": (7, 6)}
KINDS_BY_FILE = {name: yaml.safe_load((DATA / name).read_text())["kinds"] for name in FILES}
KINDS = [kind for kinds in KINDS_BY_FILE.values() for kind in kinds]
OPEN = pytest.mark.xfail(strict=True, reason="issue 9.2 open: another article ranks first")


def _cases() -> list:
    cases = []
    for kind in KINDS:
        for message in kind["messages"]:
            case = (kind["kind"], kind["role"], message["q"], frozenset(kind["expected"]))
            cases.append(pytest.param(*case, marks=OPEN) if message.get("open") else case)
    return cases


@pytest.mark.parametrize("name", FILES)
def test_the_kinds_file_is_balanced(name: str) -> None:
    kinds, guide = FILES[name]
    assert len(KINDS_BY_FILE[name]) == kinds
    for kind in KINDS_BY_FILE[name]:
        batches = [m["batch"] for m in kind["messages"]]
        assert batches.count("guide") == guide and batches.count("held-out") == 6, kind["kind"]
        langs = {m["lang"] for m in kind["messages"]}
        assert langs == {"nl", "en"}, kind["kind"]


@pytest.mark.parametrize(("kind", "role", "message", "expected"), _cases())
def test_the_kind_ranks_its_article_first_and_is_never_answered_wrongly(
    searcher, kind: str, role: str, message: str, expected: frozenset[str]
) -> None:
    results = searcher.search(message, top_k=FEATURE_DEPTH, audience=audience_for(role, message))
    assert results[0].id in expected, (kind, [r.id for r in results[:3]])
    decision = decide(message, results, load_calibration(searcher.embedder.name))
    if decision.outcome == "answer":
        assert decision.results[0].id in expected


RUDE_TO_ME = [
    "how do i deal with ppl who are rude on the phone, i work at an insurance call centre",
    "a customer was really rude to me at the desk today, how do I handle that",
    "klant was echt onbeleefd tegen mij aan de telefoon, hoe ga ik daarmee om",
    "klant doet echt kortaf en onvriendelijk tegen mij als ik hem help",
    "hoe vraag ik een klant om feedback zonder dat het ongemakkelijk wordt",
    "how can I ask customers what they think of our service without it being awkward",
]


@pytest.mark.parametrize("message", RUDE_TO_ME)
def test_a_message_about_a_customer_never_gets_the_feedback_article(searcher, message: str) -> None:
    """Tester round of stop 26: with the feedback article open to every employee, "kortaf"
    and "feedback" drew it for customers; now only a colleague named opens manager articles."""
    results = searcher.search(message, top_k=FEATURE_DEPTH, audience=audience_for("employee", message))
    assert "coaching-feedback-conversation" not in [r.id for r in results]


def test_the_feedback_article_stays_a_manager_article_that_covers_colleagues(searcher) -> None:
    articles = searcher.index.articles
    for lang in ("nl", "en"):
        article = articles[("coaching-feedback-conversation", lang)]
        assert article.audience == "manager"  # the weekly tips draw on manager articles
        text = " ".join(s.text for s in article.sections).lower()
        assert ("tussen collega's" if lang == "nl" else "between colleagues") in text


@pytest.mark.parametrize(
    "message",
    [
        "Hoe zeg ik nee tegen een klant zonder hem kwijt te raken?",
        "hoe zeg ik nee zonder de klant kwijt te raken",
    ],
)
def test_saying_no_without_losing_the_customer_is_not_the_pyramid(searcher, message: str) -> None:
    """The pyramid's reflection question ("... raken ... kwijt") outweighed saying no."""
    results = searcher.search(message, top_k=FEATURE_DEPTH, audience=audience_for("employee", message))
    decision = decide(message, results, load_calibration(searcher.embedder.name))
    assert decision.outcome == "answer" and decision.results[0].id == "saying-no-kindly"
