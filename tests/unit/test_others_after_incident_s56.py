"""Stop 56: the other customers who saw an incident (someone taken ill, an aggressive customer,
a fight, an evacuation) get the article `bystanders-after-an-incident`. The `emergency`,
`panic_attack`, `short_of_breath` and `fire` lines in knowledge/referrals.yml promise "Daarna
kun je me vragen hoe je de andere klanten ... opvangt"; in the tester round of stop 56 the
follow-up ("hoe vang ik de andere patienten op die het gezien hebben") got a menu of unrelated
articles or the one on internal respect.

By kind, on the real index (fixture `searcher`) and the real referrals, decided as the coach
does for an employee (`decide_question`): the others who saw it, in Dutch, Flemish and English
and in different settings, get the article answered or offered first; look-alikes do not: an
angry customer, the asker's own fright, a robbery or a collapse now (their own line), a delay
with nothing that happened, a customer who films the asker. None of these messages is in the
article's `questions` or `asked`."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.audience import audience_for
from bot.content.referrals import load_referrals
from bot.engine import Decision, Result, decide_question

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"
REFERRALS = load_referrals(KNOWLEDGE)
ARTICLE = "bystanders-after-an-incident"


def decided(searcher, message: str) -> tuple[Decision, list[Result]]:
    """The coach's decision for an employee's message, with the real referrals."""
    return decide_question(searcher, message, None, audience_for("employee", message), REFERRALS)


OTHERS_WHO_SAW_IT = [
    # the tester's two and the brief's three
    "hoe vang ik de andere patienten op die het gezien hebben",
    "de andere patienten zijn wel geschrokken, wat doe ik nu met hen",
    "the other passengers saw everything and are upset, what do I tell them",
    "er was net een ruzie in de winkel en de andere klanten staan te kijken, wat doe ik",
    "after the fire alarm the guests are all in the lobby asking questions",
    # Dutch and Flemish, other settings
    "de mensen in de wachtrij hebben alles gezien, hoe stel ik ze gerust",
    "allee de andere klanten staan daar nu allemaal te kijken, wa moet ik zeggen tegen hen",
    "iedereen in de wachtkamer zag het gebeuren, hoe ga ik daar mee om",
    "hoe stel ik de andere bezoekers van het gemeentehuis gerust na dat voorval aan de balie",
    "ge hebt daar nu een hele zaal vol mensen die da allemaal gezien hebben, hoe vang ik die op",
    "wat vertel ik de overige gasten in het hotel nadat de ambulance weg is",
    # English
    "what do I say to the other customers who watched it happen",
    "the guests in the lobby all saw the man fall, how do I reassure them",
    "how do I calm the other people at the counter after a customer lost it",
    "the rest of the queue is shaken after the incident, what now",
    "the other shoppers are crowding round and taking photos, how do I get them to move back",
    "how do i look after the other guests after someone had a fall in the restaurant",
]


@pytest.mark.parametrize("message", OTHERS_WHO_SAW_IT)
def test_the_others_who_saw_an_incident_get_the_article(searcher, message: str) -> None:
    decision, results = decided(searcher, message)
    assert decision.referral is None, decision.referral
    assert decision.outcome in ("answer", "offer"), (decision.outcome, [r.id for r in results[:3]])
    assert decision.results[0].id == ARTICLE, [r.id for r in decision.results]


# (message, what the coach must decide): an article answered, or a referral's own line
LOOK_ALIKES = [
    ("hoe ga ik om met een boze klant", "angry-customer"),
    ("ik ben zelf nog geschrokken na een agressieve klant", "after-a-hard-conversation"),
    ("I'm still shaken after an aggressive customer", "after-a-hard-conversation"),
    ("ik tril nog na die agressieve man aan de balie", "after-a-hard-conversation"),
    (
        "de wachtkamer zit vol en iedereen kijkt chagrijnig naar de klok, hoe blijf ik vriendelijk",
        "time-pressure",
    ),
    (
        "een klant filmde mij aan de balie en dreigde het online te zetten, wat doe ik",
        "customer-crossing-the-line",
    ),
]


@pytest.mark.parametrize(("message", "expected"), LOOK_ALIKES)
def test_look_alikes_keep_their_own_article(searcher, message: str, expected: str) -> None:
    decision, results = decided(searcher, message)
    assert decision.outcome == "answer" and decision.results[0].id == expected, (
        decision.outcome,
        [r.id for r in results[:3]],
    )


@pytest.mark.parametrize(
    ("message", "topic", "article"),
    [
        ("we zijn overvallen, wat nu", "robbery", "robbery-and-violence"),
        ("wat zeg ik tegen de klanten die er waren tijdens de overval", "robbery", "robbery-and-violence"),
        ("een klant valt om in de winkel", "emergency", None),
        ("a man collapsed in the waiting room", "emergency", None),
    ],
)
def test_an_incident_happening_now_keeps_its_own_line(
    searcher, message: str, topic: str, article: str | None
) -> None:
    """A robbery gets the robbery line with its article; a collapse the 112 line alone."""
    decision, _ = decided(searcher, message)
    assert decision.referral is not None and decision.referral.id == topic
    assert [r.id for r in decision.results] == ([article] if article else [])


@pytest.mark.parametrize(
    "message",
    [
        # an angry customer in front of others, a long wait or a delay: nothing happened to see
        "a guest is yelling at reception in front of everyone because his room isnt ready",
        "angry patient in the waiting room has been waiting 3 hours, what do i tell her",
        "een klant maakt een scène bij de kassa waar iedereen bij staat",
        "het spreekuur loopt een uur uit, hoe vertel ik dat aan de wachtende patiënten",
        "the flight is delayed by three hours, how do I tell the passengers at the gate",
        "de bus heeft een uur vertraging, hoe vertel ik dat aan de reizigers",
    ],
)
def test_a_scene_or_a_delay_is_never_answered_with_the_article(searcher, message: str) -> None:
    decision, results = decided(searcher, message)
    answered = decision.outcome == "answer" and decision.results[0].id == ARTICLE
    assert not answered, [r.id for r in results[:3]]


@pytest.mark.parametrize(
    "message",
    [
        # someone bothering the others now: the line-crossing customer, not the aftermath
        "een dronken man valt de andere klanten lastig aan de kassa, wat doe ik",
        "een gast op het terras is zat en begint de andere gasten uit te dagen",
        "een klant scheldt andere klanten uit in de rij, wat doe ik",
        "a drunk customer keeps bothering the other people in the queue",
        "a customer is harassing other customers in the queue",
    ],
)
def test_someone_bothering_the_others_now_does_not_get_the_article_first(searcher, message: str) -> None:
    decision, results = decided(searcher, message)
    assert results[0].id != ARTICLE, [r.id for r in results[:3]]
    assert not (decision.outcome == "answer" and decision.results[0].id == ARTICLE)


def test_the_article_is_there_in_both_languages_and_points_to_the_askers_own_recovery(searcher) -> None:
    """The referral lines promise help for "de andere klanten of jezelf": the article links
    to the one on the asker's own recovery, in both languages, for employees."""
    for lang in ("nl", "en"):
        article = searcher.index.articles[(ARTICLE, lang)]
        assert article.audience == "employee"
        assert "after-a-hard-conversation" in article.related
