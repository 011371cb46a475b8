"""Short questions about a term of the models, read as off-topic by NLU (tester round of stop 61):
"wat is symmetrische aandacht", "what does symmetric attention mean", "symmetric attention??"
got "Daar kan ik je niet mee helpen". The kind: "wat is X" / "what does X mean" / "X??" for a
term that names an article (its title, a part of it, or one of its first tags) is answered with
that article, also when NLU calls it out of scope (bot/engine/named_concept.py `term_asked`)."""

from __future__ import annotations

import pytest

from actions import knowledge as kb
from actions.advice import ActionOutOfScope
from bot.engine.named_concept import TERM, named_concept, term_asked
from tests.unit.turns import new_sender, turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

TERMS = [
    ("wat is symmetrische aandacht", "principle-symmetric-attention"),
    ("what does symmetric attention mean", "principle-symmetric-attention"),
    ("symmetric attention??", "principle-symmetric-attention"),
    ("Wat is symetrische aandacht??", "principle-symmetric-attention"),  # typo
    ("wat is evenwichtige aandacht eigenlijk", "principle-symmetric-attention"),
    ("wat is klantintimiteit?", "principle-customer-intimacy"),
    ("whats customer intimacy", "principle-customer-intimacy"),
    ("klantintimiteit??", "principle-customer-intimacy"),
    ("wat houdt outside-in in", "principle-outside-in"),
    ("wat betekent empowerment eigenlijk", "empowerment"),
    ("wa's empowerment", "empowerment"),
    ("wat zijn paradigmashifts", "overview-shifts"),
    ("what are the seven principles", "overview-principles"),
    ("wat is de servicepiramide", "pyramid"),
    ("what is the service pyramid", "pyramid"),
    ("wat is customer effort", "customer-effort"),
    ("wat betekent moments of truth", "moments-of-truth"),
    ("wat is service recovery", "service-recovery"),
]


@pytest.mark.parametrize(("text", "article"), TERMS)
def test_a_short_question_about_a_term_names_it(text: str, article: str) -> None:
    found = named_concept(text)
    assert found is not None and found[0].startswith(TERM), found


@pytest.mark.parametrize(
    "text",
    [
        "wat is er gebeurd",
        "what is your name",
        "wat nu??",
        "echt??",
        "klant is boos??",  # a sentence, not a term
        "wat is het eerste principe",  # the numbered path reads it
        "WAT IS EEN BOZE KLANT",  # shouting
        "wat is de beste aanpak voor een boze klant",  # a question of its own
        "hoe laat is het?",
        "hoe bied ik excuses aan zonder de schuld op me te nemen",
    ],
)
def test_other_questions_are_no_term(text: str) -> None:
    assert not term_asked(text), term_asked(text)
    found = named_concept(text)
    assert found is None or not found[0].startswith(TERM), found


def test_the_named_paths_stay_as_they_were() -> None:
    assert named_concept("wat is het EFQM model") == ("efqm", "EFQM model")
    assert named_concept("what is RATER?") == ("rater", "RATER")


@pytest.mark.parametrize(("text", "article"), TERMS)
def test_the_term_is_answered_with_its_article(text: str, article: str) -> None:
    decision, _ = kb.decide_for(text, None, kb.audience_for("employee", text))
    assert decision.outcome == "answer" and decision.results[0].id == article, decision
    assert decision.named and not decision.unknown


@pytest.mark.parametrize("text", ["wat is de hoofdstad van frankrijk", "nee??", "what is love"])
def test_a_term_no_article_names_leaves_the_decision_as_it_was(text: str) -> None:
    """No refusal "I don't know X" for an everyday word: no name that decides."""
    decision, _ = kb.decide_for(text, None, kb.audience_for("employee", text))
    assert not decision.named and not decision.unknown, decision


@pytest.mark.parametrize(
    ("text", "lang", "title"),
    [
        ("wat is symmetrische aandacht", "nl", "Symmetrische"),
        ("what does symmetric attention mean", "en", "Symmetric"),
        ("symmetric attention??", "en", "Symmetric"),
        ("wat is klantintimiteit", "nl", "Klantintimiteit"),
    ],
)
def test_off_topic_by_nlu_the_term_is_still_answered(text: str, lang: str, title: str) -> None:
    msgs, _ = turn(
        text, lang, [], sender=new_sender("employee"), action=ActionOutOfScope, intent="out_of_scope"
    )
    assert not any(m.get("response") == "utter_out_of_scope" for m in msgs), msgs
    assert (msgs[0].get("text") or "").startswith(title), msgs[0]


def test_off_topic_without_a_term_is_still_refused() -> None:
    text = "wat is de hoofdstad van frankrijk"
    msgs, _ = turn(
        text, "nl", [], sender=new_sender("employee"), action=ActionOutOfScope, intent="out_of_scope"
    )
    assert not any((m.get("custom") or {}).get("type") == "source" for m in msgs), msgs


@pytest.mark.parametrize(
    "text", ["wat is paradigmashift 3", "wat is de 2e paradigmashift", "what is level 3"]
)
def test_a_numbered_concept_is_no_term(text: str) -> None:
    """The numbered path answers those (bot/engine/question.py `decide_by_number`)."""
    assert not term_asked(text)
