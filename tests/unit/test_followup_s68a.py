"""Stop 68 (helper A4, a fresh tester's round of stop 67, kind G): two conversation kinds refused or
answered with an unrelated article although the coach has the answer.

- A question how what was just told could have been prevented, right after an answer or an offer
  ("hoe had ik dat kunnen voorkomen eigenlijk?" after the angry customer's card on a bill 400 euro over
  the quote got "Daar kan ik je niet mee helpen"): read with the question that answer was for and the
  plain words of prevention (actions/followup.py `asks_how_to_prevent`, `prevention_query`): keeping
  promises and setting expectations, level 1 of the pyramid. A question of its own ("hoe voorkom ik
  dat klanten boos worden") is searched as it stands.
- A manager asking how or where to see the team's self-check scores ("hoe krijg ik de teamscores van
  de zelftest te zien" got an article on NPS and CSAT): the team view itself (bot/dialogue/
  team_view_request.py, actions/own_data.py, actions/selfcheck.py `show_team_results`): the team's
  averages for a manager linked to a team, else how the administrator links one. A wish to improve
  the team's results, or a service measure named, stays a service question.

Real actions on the real index (tests/unit/turns.py). None of these messages is a dev set's sentence.
"""

from __future__ import annotations

import pytest

from actions.followup import asks_how_to_prevent, prevention_query
from bot.dialogue.team_view_request import asks_for_team_view
from bot.i18n import t
from bot.settings import get_settings
from bot.storage.profiles import ProfileStore
from tests.unit.replies import said, source_id
from tests.unit.turns import new_sender, turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

PREVENT = [
    "hoe had ik dat kunnen voorkomen eigenlijk?",
    "hoe had ik da kunne voorkome",
    "wat had ik anders moeten doen",
    "ok en hoe voorkom ik dit in de toekomst",
    "how could I have avoided this?",
    "what should I have done differently?",
    "how do i prevent this from happening again",
]
NOT_PREVENT = [
    "hoe voorkom ik dat klanten boos worden",
    "how do i avoid long queues",
    "wat had ik anders moeten doen met die klant die schreeuwde",
    "wat moet ik anders doen bij een boze klant",
    "en als hij dan nog steeds boos is?",
]


@pytest.mark.parametrize("text", PREVENT)
def test_a_question_how_it_could_have_been_prevented_is_one(text: str) -> None:
    assert asks_how_to_prevent(text)


@pytest.mark.parametrize("text", NOT_PREVENT)
def test_look_alike_a_question_of_its_own_or_another_follow_up_is_none(text: str) -> None:
    assert not asks_how_to_prevent(text)


GARAGE = (
    "klant komt auto ophalen en de rekening is 400 euro hoger dan de offerte want we vonden nog iets aan "
    "de remmen. hij is woest. wat nu"
)


@pytest.mark.parametrize(
    ("story", "lang", "question"),
    [
        (GARAGE, "nl", "hoe had ik dat kunnen voorkomen eigenlijk?"),
        ("klant is boos omdat zijn bestelling een week te laat is", "nl", "wat had ik anders moeten doen"),
        ("the guest was furious because his room was not ready when he arrived at 3", "en",
         "how could I have avoided this?"),
    ],
)
def test_how_it_could_have_been_prevented_gets_the_article_on_keeping_promises(
    story: str, lang: str, question: str
) -> None:
    sender = new_sender()
    first, events = turn(story, lang, [], sender)
    assert source_id(first) is not None
    replies, _ = turn(question, lang, events, sender)
    # answered with it, or offered with it first: past the card just shown (the garage story's own
    # price card is set aside; its bill-over-quote words still weigh, so it may come as an offer)
    offered = [m["custom"]["ids"] for m in replies if (m.get("custom") or {}).get("type") == "offer"]
    first = source_id(replies) or (offered[0][0] if offered else None)
    assert first == "pyramid-promise", said(replies)


def test_look_alike_a_prevention_question_of_its_own_is_searched_as_it_stands() -> None:
    sender = new_sender()
    _, events = turn(GARAGE, "nl", [], sender)
    _, events = turn("hoe voorkom ik dat klanten boos worden", "nl", events, sender)
    assert prevention_query_after(events, "hoe voorkom ik dat klanten boos worden") is None


def test_look_alike_without_an_answer_before_there_is_nothing_to_read_it_with() -> None:
    assert prevention_query_after([], "hoe had ik dat kunnen voorkomen eigenlijk?") is None


def prevention_query_after(events: list[dict], text: str) -> str | None:
    """`prevention_query` for `text` typed after `events`."""
    from rasa_sdk import Tracker

    latest = {"text": text, "intent": {"name": "ask_advice", "confidence": 0.9}, "entities": []}
    events = [*events, {"event": "user", "text": text}]
    tracker = Tracker("s68a", {"language": "nl"}, latest, events, False, None, {}, "action_listen")
    return prevention_query(tracker, text, "nl")


TEAM_VIEW = [
    "hoe krijg ik de teamscores van de zelftest te zien",
    "waar vind ik de resultaten van mijn ploeg",
    "kan ik de zelftestresultaten van mijn team bekijken",
    "waar zie ik hoe mijn team scoort op de zelftest",
    "where can I see my team's results",
    "how do i view my staff's self-check scores",
]
NOT_TEAM_VIEW = [
    "hoe verbeter ik de resultaten van mijn team",
    "waar zie ik de NPS-scores van mijn team",
    "mijn team scoort laag op klanttevredenheid, wat nu",
    "kan ik de zelftestantwoorden van mijn medewerkers zien",
    "hoe zie ik mijn eigen resultaten",
    "de klant wil de resultaten van het onderzoek zien",
]


@pytest.mark.parametrize("text", TEAM_VIEW)
def test_a_question_how_to_see_the_team_scores_is_one(text: str) -> None:
    assert asks_for_team_view(text)


@pytest.mark.parametrize("text", NOT_TEAM_VIEW)
def test_look_alike_improving_a_measure_or_ones_own_results_is_none(text: str) -> None:
    assert not asks_for_team_view(text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("hoe krijg ik de teamscores van de zelftest te zien", "nl"),
        ("where can I see my team's results", "en"),
    ],
)
def test_without_a_team_the_question_gets_how_a_manager_is_linked(text: str, lang: str) -> None:
    replies, _ = turn(text, lang, [], new_sender("manager"))
    assert said(replies) == t("team_not_manager", lang)


def test_a_manager_linked_to_a_team_gets_the_team_view() -> None:
    sender = new_sender()
    ProfileStore(get_settings().app_db_url).set_profile(sender, "manager", "s68a-team")
    replies, _ = turn("hoe krijg ik de teamscores van de zelftest te zien", "nl", [], sender)
    least = str(get_settings().team_min_group)
    assert said(replies) == t("team_too_few", "nl", min=least)


def test_look_alike_improving_the_team_results_is_a_service_question() -> None:
    replies, _ = turn("hoe verbeter ik de resultaten van mijn team", "nl", [], new_sender("manager"))
    assert t("team_not_manager", "nl") not in said(replies)
    assert any((m.get("custom") or {}).get("type") in ("source", "offer") for m in replies)
