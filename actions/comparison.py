"""A question that compares two things ("wat is het verschil tussen klachten afhandelen en
service recovery", "servicepiramide vs zeven principes") gets the two articles side by side:
each one's title and summary, and a button to each. Answered with one article, it read as if
the other half of the question was not heard (tester round of stop 51). When the two halves
land on the same article, or the coach would not answer one of them on its own (unsure,
nothing fits, a work matter), the message is answered as any other (actions/advice.py).

A request to compare ("compare level 2 with level 3", "vergelijk de servicepiramide met de
zeven principes") is read the same way (tester round of stop 52). Each half is decided as a
whole message would be (actions/knowledge.py `decide_for`, with the glossary's numbered
concepts: "level 2" alone is the level-2 article)."""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import feedback
from actions import knowledge as kb
from bot.content.article_card import plain
from bot.content.glossary import glossary_for, numbered_references
from bot.dialogue.comparison import compared_parts
from bot.engine import Searcher
from bot.i18n import t
from bot.settings import get_settings


def _article_for(part: str, lang: str, audience: tuple[str, ...] | None, searcher: Searcher):
    """The article the coach answers one half of the comparison with, or None when it would
    not answer it (unsure, nothing fits, or a work matter): "tevreden klant" alone is unsure
    between two articles, and the whole question is the pyramid's. A half that names a
    concept by a number and an everyday noun ("shift 1") is read as asking what it is: the
    comparison asks that of both halves ("verschil tussen shift 1 en shift 2" got the
    overview of all ten shifts; stop 54's open list)."""
    decision, _ = kb.decide_for(_asked_what(part, lang), lang, audience, searcher)
    if decision.referral is not None or decision.outcome != "answer" or not decision.results:
        return None
    return decision.results[0]


def _asked_what(part: str, lang: str) -> str:
    """`part` as a question what it is, when it names a numbered concept by an everyday noun
    and a number after it ("shift 1" -> "wat is shift 1"); else `part` as it is. An ordinal
    before the noun may be a work shift ("the first and second shift")."""
    glossary = glossary_for(get_settings().knowledge_dir)
    refs = numbered_references(part, glossary) if glossary is not None else []
    after = r"\W{0,3}(?:nr|no|nummer|number)?\W{0,3}\d"  # "shift 1", "shift nr. 3"
    numbered = (re.compile(rf"\b{re.escape(r.noun)}{after}", re.I) for r in refs if r.everyday)
    if not any(p.search(part) for p in numbered):
        return part
    return f"{'what is' if lang == 'en' else 'wat is'} {part}"


def answered_as_comparison(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    lang: str,
    audience: tuple[str, ...] | None,
    searcher: Searcher,
) -> bool:
    """Answer a comparison question with both articles (title, summary, a button each).
    Returns True when it replied; False when `text` compares nothing, or its halves do not
    land on two different articles."""
    parts = compared_parts(str(tracker.latest_message.get("text") or ""))
    if parts is None:
        return False
    found = [_article_for(part, lang, audience, searcher) for part in parts]
    if any(r is None for r in found) or found[0].id == found[1].id:
        return False
    arts = [kb.article(r.id, lang, searcher)[0] for r in found]
    if any(a is None for a in arts):
        return False
    ref = feedback.log_answer(tracker, lang, found[0].id, found, "comparison")
    text = t(
        "comparison",
        lang,
        a=arts[0].title,
        summary_a=plain(arts[0].summary),
        b=arts[1].title,
        summary_b=plain(arts[1].summary),
    )
    dispatcher.utter_message(text=text, buttons=kb.offer_buttons(tuple(found), lang, ref, searcher))
    dispatcher.utter_message(json_message={"type": "comparison", "ids": [r.id for r in found], "ref": ref})
    return True
