"""A question NLU read as "are you a bot" or as a request for a coaching tip is answered as a
question (actions/small_talk.py `help_topic`, actions/coaching.py `_own_situation`). Found by
the tester round of stop 43: "ik ben echt kapot na een klant die mij 10 min heeft
uitgekafferd" got "Ik ben een bot" (NLU: bot_challenge, for "ik ben"), and an employee's
"super druk vandaag, rij tot aan de deur en iedereen zucht, tips?" got a team lead's coaching
tip. Real actions on the real index."""

from __future__ import annotations

import uuid

import pytest

from actions import selfcheck
from actions.coaching import ActionCoachingTip
from actions.small_talk import ActionSmallTalk
from tests.unit.action_helpers import run, tracker
from tests.unit.replies import source_of

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py


@pytest.mark.parametrize(
    ("text", "lang", "article_id"),
    [
        (
            "ik ben echt kapot na een klant die mij 10 min heeft uitgekafferd",
            "nl",
            "after-a-hard-conversation",
        ),
        ("ik ben helemaal op na die klant die me uitschold", "nl", "after-a-hard-conversation"),
        ("are you able to tell me how to calm down an angry customer", "en", "angry-customer"),
    ],
)
def test_a_situation_read_as_are_you_a_bot_gets_its_article(text: str, lang: str, article_id: str) -> None:
    messages, _ = run(ActionSmallTalk(), tracker(text, intent="bot_challenge", slots={"language": lang}))
    assert source_of(messages)["id"] == article_id
    assert all(m.get("response") != "utter_iamabot" for m in messages)


@pytest.mark.parametrize(
    "text", ["ben jij een bot?", "ben je een mens", "are you a real person?", "is this a bot"]
)
def test_are_you_a_bot_still_gets_the_answer_to_that(text: str) -> None:
    messages, _ = run(ActionSmallTalk(), tracker(text, intent="bot_challenge", slots={"language": "nl"}))
    assert [m.get("response") for m in messages] == ["utter_iamabot"]


EMPLOYEE_SITUATIONS = [
    ("super druk vandaag, rij tot aan de deur en iedereen zucht, tips?", "nl", "time-pressure"),
    ("klant is woedend over zijn factuur, tips?", "nl", "angry-customer"),
    ("any tips for saying no to a customer without upsetting them", "en", "saying-no-kindly"),
]


@pytest.mark.parametrize(("text", "lang", "article_id"), EMPLOYEE_SITUATIONS)
def test_an_employee_asking_tips_for_a_situation_gets_the_employee_article(
    searcher, text: str, lang: str, article_id: str
) -> None:
    messages, _ = run(ActionCoachingTip(), tracker(text, intent="ask_coaching_tip", slots={"language": lang}))
    offer = next((m["custom"] for m in messages if (m.get("custom") or {}).get("type") == "offer"), None)
    ids = offer["ids"] if offer else [source_of(messages)["id"]]  # answered, or offered first
    assert ids[0] == article_id
    assert all(searcher.index.articles[(i, lang)].audience != "manager" for i in ids)


def test_a_manager_asking_tips_still_gets_a_coaching_tip(searcher) -> None:
    manager = f"m-{uuid.uuid4().hex}"
    selfcheck.service().repo.set_profile(manager, "manager", None)
    text = "super druk vandaag, rij tot aan de deur en iedereen zucht, tips?"
    t = tracker(text, intent="ask_coaching_tip", slots={"language": "nl"})
    t.sender_id = manager
    messages, _ = run(ActionCoachingTip(), t)
    assert messages[0]["text"].startswith("Coachingstip:")
    assert searcher.index.articles[(source_of(messages)["id"], "nl")].audience == "manager"


@pytest.mark.parametrize(
    ("text", "lang", "article_id"),
    [
        ("give me a coaching tip on recognising good work", "en", "coaching-recognition"),
        ("coaching tip about giving compliments please", "en", "coaching-recognition"),
        ("geef me een coachingstip over complimenten geven", "nl", "coaching-recognition"),
    ],
)
def test_asking_for_a_coaching_tip_on_a_topic_gets_that_tip_whoever_asks(
    searcher, text: str, lang: str, article_id: str
) -> None:
    """A request for coaching in so many words is one for the coaching tip, also from someone
    not known as a manager (tester round of stop 44: "give me a coaching tip on recognising
    good work" was refused as an employee's question)."""
    messages, _ = run(ActionCoachingTip(), tracker(text, intent="ask_coaching_tip", slots={"language": lang}))
    assert source_of(messages)["id"] == article_id, messages
