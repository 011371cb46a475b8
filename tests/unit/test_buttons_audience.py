"""Buttons send an employee to employee articles only, as search does (issue 9.3). Found by
a tester: the results of "Echt luisteren", done as an employee, offered the manager article
"De klantreis in kaart brengen met je team". Real knowledge and self-check files."""

from __future__ import annotations

from pathlib import Path

from actions import knowledge as kb
from bot.content.articles import load_articles
from bot.content.audience import EMPLOYEE_AUDIENCES
from bot.content.selfchecks import load_selfcheck
from bot.selfchecks.scoring import Score, articles_for

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = {(a.id, a.lang): a for a in load_articles(ROOT / "knowledge")[0]}


def audience_of(article_id: str) -> str:
    return ARTICLES[(article_id, "nl")].audience


def test_related_buttons_leave_out_manager_articles_for_an_employee(searcher) -> None:
    with_manager_related = [
        a for (aid, lang), a in ARTICLES.items()
        if lang == "nl" and not a.parts and any(audience_of(r) == "manager" for r in a.related)
    ]  # fmt: skip
    assert with_manager_related, "no article relates to a manager article: the test tests nothing"
    for art in with_manager_related:
        titles = {b["title"] for b in kb.related_buttons(art, "nl", s=searcher, audience=EMPLOYEE_AUDIENCES)}
        managers = {ARTICLES[(r, "nl")].title for r in art.related if audience_of(r) == "manager"}
        assert not titles & managers, art.id
        everyone = {b["title"] for b in kb.related_buttons(art, "nl", s=searcher, limit=99)}
        assert managers <= everyone  # a manager still gets them


def test_self_check_results_leave_out_manager_articles_for_an_employee() -> None:
    ids = {a.id for a in ARTICLES.values()}
    check = load_selfcheck(ROOT / "knowledge" / "selfchecks" / "really-listening.yml", ids)
    lowest = {dim: 1.0 for dim in check.dimensions}
    result = Score(per_dimension=lowest, overall=1.0, band=check.bands[0], weakest=tuple(check.dimensions))
    everything = articles_for(check, result, limit=99)
    assert any(audience_of(a) == "manager" for a in everything)
    employee = EMPLOYEE_AUDIENCES
    for_employee = articles_for(check, result, limit=99, audience=lambda a: audience_of(a) in employee)
    assert for_employee and not any(audience_of(a) == "manager" for a in for_employee)
