"""A message that asks whether the coach has something on a topic it names is answered from
the knowledge base, whatever NLU read (tester round of stop 54: "is er niet iets over KPI's?"
was told "Daar kan ik je niet mee helpen" while the KPI article ranked first)."""

from __future__ import annotations

import pytest

from actions.advice import ActionOutOfScope
from bot.dialogue.topic_request import asks_for_a_topic, named_topic
from bot.i18n import t
from tests.unit.action_helpers import run, tracker
from tests.unit.replies import source_of

ASKS = [
    "is er niet iets over KPI's?", "heb je iets over klachten", "hebde gij iets rond wachttijden",
    "hedde iets over nps", "weet je iets over de 7 principes", "hebben jullie ook tips over wachtrijen",
    "is er hier ook info over de piramide", "staat er iets over nee zeggen", "is er wat over nps",
    "do you have anything on complaints?", "is there something about the pyramid",
    "got anything about saying no", "are there any tips on queues", "do u have an article about kpis",
]  # fmt: skip
NOT_ASKS = [
    "is er iets mis met de kassa", "do you have any idea", "ik heb iets over de klant gehoord",
    "ik weet iets over hem", "do you have anything else", "is there anything i can do",
    "heb je even tijd", "is er iets veranderd in het rooster",
]  # fmt: skip


@pytest.mark.parametrize("text", ASKS)
def test_a_request_for_a_topic_by_name_is_read(text: str) -> None:
    assert asks_for_a_topic(text)


@pytest.mark.parametrize("text", NOT_ASKS)
def test_other_questions_with_the_same_words_are_not(text: str) -> None:
    assert not asks_for_a_topic(text)


@pytest.mark.parametrize(
    ("text", "lang", "article_id"),
    [
        ("is er niet iets over KPI's?", "nl", "culture-kpis"),
        ("heb je iets over kpi's", "nl", "culture-kpis"),
        ("do you have anything on KPIs?", "en", "culture-kpis"),
    ],
)
def test_it_is_answered_though_nlu_read_it_as_off_topic(text: str, lang: str, article_id: str) -> None:
    messages, _ = run(
        ActionOutOfScope(), tracker(text, intent="out_of_scope", slots={"language": lang}, confidence=0.99)
    )
    assert source_of(messages)["id"] == article_id


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("heb je iets over het weer", "nl"),
        ("got anything on football?", "en"),
        ("is er iets over vakantie", "nl"),
    ],
)
def test_a_topic_the_coach_does_not_cover_is_still_refused(text: str, lang: str) -> None:
    messages, _ = run(
        ActionOutOfScope(), tracker(text, intent="out_of_scope", slots={"language": lang}, confidence=0.99)
    )
    assert not [m for m in messages if (m.get("custom") or {}).get("type") == "source"]
    assert any(m.get("text") or m.get("response") for m in messages)  # said why, not silent
    assert t("broken", lang) not in [m.get("text") for m in messages]


@pytest.mark.parametrize(
    ("text", "topic"),
    [("is er niet iets over KPI's?", "KPI's?"), ("do you have anything on KPIs?", "KPIs?"),
     ("hebde gij iets rond wachttijden", "wachttijden"), ("is er iets mis met de kassa", None)],
)  # fmt: skip
def test_the_named_topic_is_what_follows_the_frame(text: str, topic: str | None) -> None:
    assert named_topic(text) == topic
