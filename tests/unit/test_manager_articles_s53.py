"""Stop 53: three manager articles for coaching a crew (knowledge/<lang>/coaching-demotivated-team,
coaching-on-the-floor, coaching-aftercare). A manager asking about a demotivated team, about
coaching during a rush, or about a team member after a hard customer contact gets that article
(answered, or offered first); an employee asking about their own angry customer, emotions or
time pressure gets no manager article. None of these messages is in the articles' `questions`."""

from __future__ import annotations

import pytest

from actions.knowledge import audience_for, decide_for

NEW = {"coaching-demotivated-team", "coaching-on-the-floor", "coaching-aftercare"}

MANAGER = [
    ("en", "my crew is totally demotivated, how do I get them going again", "coaching-demotivated-team"),
    ("nl", "mijn team heeft er geen zin meer in, hoe motiveer ik ze", "coaching-demotivated-team"),
    (
        "nl",
        "hoe coach ik mijn mensen tijdens de spits als er geen tijd is voor een gesprek",
        "coaching-on-the-floor",
    ),
    ("en", "how do I coach my staff on the floor during the lunch rush", "coaching-on-the-floor"),
    (
        "nl",
        "een medewerker van mij stond te huilen na een boze klant, hoe vang ik haar op als leidinggevende",
        "coaching-aftercare",
    ),
    (
        "en",
        "one of my team members was shouted at by a customer and is upset, what do I do as her manager",
        "coaching-aftercare",
    ),
]  # fmt: skip

# an employee about their own customer, feelings or rush: employee articles only
EMPLOYEE = [
    ("nl", "een klant staat tegen me te schreeuwen aan de kassa, wat doe ik"),
    ("nl", "ik ben nog helemaal van slag na die boze beller"),
    ("nl", "het is super druk en de rij wordt steeds langer, hoe blijf ik vriendelijk"),
    ("en", "a customer just yelled at me and I feel awful"),
    ("en", "how do I stay calm when the queue is out the door"),
    ("en", "customer started crying at my desk, what do I say"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "message", "expected"), MANAGER)
def test_a_manager_gets_the_article_on_coaching_the_crew(
    searcher, lang: str, message: str, expected: str
) -> None:
    decision, results = decide_for(message, lang, audience_for("manager", message), searcher)
    assert decision.outcome in ("answer", "offer"), (decision.outcome, [r.id for r in results])
    assert decision.results[0].id == expected, [r.id for r in decision.results]


@pytest.mark.parametrize(("lang", "message"), EMPLOYEE)
def test_an_employee_about_their_own_situation_gets_no_manager_article(
    searcher, lang: str, message: str
) -> None:
    decision, results = decide_for(message, lang, audience_for("employee", message), searcher)
    shown = {r.id for r in decision.results} | {r.id for r in results}
    assert not shown & NEW, (decision.outcome, [r.id for r in results])
    articles = searcher.index.articles
    managers = [r.id for r in decision.results if articles[(r.id, r.lang)].audience == "manager"]
    assert not managers, (decision.outcome, managers)
