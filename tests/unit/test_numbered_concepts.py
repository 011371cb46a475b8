"""A question that names one numbered concept ("level 3 of the pyramid", "het vierde principe",
"paradigmashift 10") is answered with that concept's article (knowledge/glossary.yml,
bot/engine/question.py `decide_by_number`). The word index drops numbers, so "level 3 of the
pyramid" was answered with the level-2 article, sure at 0.91 (tester round of stop 51)."""

from __future__ import annotations

import pytest

from actions import knowledge as kb
from bot.content.glossary import glossary_for, numbered_concepts
from bot.settings import get_settings


@pytest.mark.parametrize(
    ("text", "lang", "article_id"),
    [
        ("level 3 of the pyramid", "en", "pyramid-personal"),
        ("the third level of the pyramid", "en", "pyramid-personal"),
        ("what is level 4 of the service pyramid?", "en", "pyramid-surprise"),
        ("level 1", "en", "pyramid-promise"),
        ("niveau 3 van de piramide", "nl", "pyramid-personal"),
        ("wat houdt niveau 2 in", "nl", "pyramid-complaints"),
        ("de tweede laag van de piramide", "nl", "pyramid-complaints"),
        ("wat is het vierde principe", "nl", "principle-symmetric-attention"),
        ("what is the fourth principle", "en", "principle-symmetric-attention"),
        ("principe 7", "nl", "principle-stakeholder-value"),
        ("wat is paradigmashift 3", "nl", "shift-business-case"),
        ("paradigm shift 10", "en", "shift-partners"),
    ],
)
def test_a_numbered_concept_is_answered_with_its_article(
    searcher, text: str, lang: str, article_id: str
) -> None:
    decision, _ = kb.decide_for(text, lang, kb.audience_for("employee", text), searcher)
    assert decision.outcome == "answer" and decision.results[0].id == article_id, decision


@pytest.mark.parametrize(
    "text",
    [
        "my shift 3 days ago was terrible, a customer yelled at me",  # a work shift
        "de derde shift deze week was zwaar",
        "i am on level 3 now, how do i get to level 4",  # two of them
        "een klant belde 3 keer over hetzelfde niveau van service",
    ],
)
def test_a_work_shift_or_two_numbers_are_no_single_numbered_concept(text: str) -> None:
    glossary = glossary_for(get_settings().knowledge_dir)
    assert glossary is not None
    assert len([c for c in numbered_concepts(text, glossary) if c.article]) != 1


def test_a_long_story_that_mentions_a_level_is_read_as_a_story(searcher) -> None:
    """Beyond NUMBERED_WORDS words, and not asking what it is, the number decides nothing."""
    text = (
        "een klant stond vandaag te schreeuwen aan de balie omdat zijn pakket weer niet kwam, "
        "we zitten volgens mijn baas nog op niveau 1 maar wat doe ik nu met die man"
    )
    decision, _ = kb.decide_for(text, "nl", kb.audience_for("employee", text), searcher)
    assert not (decision.outcome == "answer" and decision.results[0].id == "pyramid-promise"), decision
