"""Coaching tips for managers: on the topic they name, otherwise one they have not had yet."""

from __future__ import annotations

import logging
import random
import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import feedback
from actions import knowledge as kb
from actions.selfcheck import offer_to_continue
from bot.content.articles import Article
from bot.dialogue import payloads
from bot.engine import Result, Searcher
from bot.i18n import t

log = logging.getLogger(__name__)
MANAGER_AUDIENCES = ("manager",)

# Words that ask for "a tip" without naming what about.
_GENERIC_WORDS = """
geef me mij een tip tips tipje coachingstip coachingtip coaching coachen coach idee ideetje
voor mijn ons onze het de team teams medewerkers afdeling leidinggevende manager heb je nog
andere nieuwe wat kun kan graag please give a an tip for my our the team staff me some
another new idea ideas any have you got can i need leader do what is there een paar
over about met with bij rond hoe how
"""
_GENERIC = frozenset(_GENERIC_WORDS.split())


def topic_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]{3,}", text.lower()) if w not in _GENERIC]


def coaching_articles(lang: str, s: Searcher | None = None) -> list[Article]:
    articles = (s or kb.searcher()).index.articles
    ids = sorted({aid for (aid, _), a in articles.items() if a.category == "coaching"})
    return [a for a in (kb.article(aid, lang, s)[0] for aid in ids) if a is not None]


def tip_on_topic(text: str, lang: str, s: Searcher) -> Result | None:
    """The manager article closest to the topic named. Only the topic words are searched
    ("teamoverleg klachten", not "geef me een tip voor ..."), and a tip is always given,
    so any word evidence is enough; without it the dense score must be trusted."""
    topics = [] if payloads.is_payload(text) else topic_words(text)  # a button payload names no topic
    if not topics:
        return None
    results = kb.search(" ".join(topics), lang, audience=MANAGER_AUDIENCES, s=s)
    return next((r for r in results if r.lexical > 0 or kb.confident(r)), None)


class ActionCoachingTip(Action):
    def name(self) -> str:
        return "action_coaching_tip"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        lang = tracker.get_slot("language") or "nl"
        given = list(tracker.get_slot("tips_given") or [])
        text = tracker.latest_message.get("text") or ""
        try:
            searcher = kb.searcher()
            art = None
            result = tip_on_topic(text, lang, searcher)
            if result is not None:
                art = kb.article(result.id, lang, searcher)[0]
            if art is None:
                pool = coaching_articles(lang, searcher)
                fresh = [a for a in pool if a.id not in given] or pool
                art = random.choice(fresh) if fresh else None
                if len(fresh) == len(pool):
                    given = []  # all tips sent: start a new round
        except Exception:
            log.exception("coaching tip failed")
            dispatcher.utter_message(text=t("broken", lang))
            return []
        if art is None:
            dispatcher.utter_message(text=t("dont_know", lang), buttons=kb.topic_buttons(lang))
            return []
        body = kb.answer_text(
            art, lang, art.lang != lang, "tip_heading", title=t("tip_title", lang, title=art.title)
        )
        buttons = [{"title": t("more_tip", lang), "payload": payloads.ask_coaching_tip()}]
        buttons += kb.related_buttons(art, lang, limit=2, s=searcher)
        dispatcher.utter_message(text=body, buttons=buttons)
        dispatcher.utter_message(json_message=kb.source_message(art, result))
        ref = feedback.log_answer(tracker, lang, art.id, [result] if result else [], "tip")
        feedback.ask_for_feedback(dispatcher, lang, ref)
        offer_to_continue(dispatcher, tracker, lang)
        return [SlotSet("tips_given", [*given, art.id])]
