"""Coaching tips for managers: on the topic they name, otherwise one they have not had yet."""

from __future__ import annotations

import logging
import random
import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import knowledge as kb
from actions.selfcheck import offer_to_continue
from actions.texts import t
from bot.engine.articles import Article

log = logging.getLogger(__name__)
MANAGER_AUDIENCES = ("manager",)

# Words that ask for "a tip" without naming what about.
_GENERIC_WORDS = """
geef me mij een tip tips tipje coachingstip coachingtip coaching coachen coach idee ideetje
voor mijn ons onze het de team teams medewerkers afdeling leidinggevende manager heb je nog
andere nieuwe wat kun kan graag please give a an tip for my our the team staff me some
another new idea ideas any have you got can i need leader do what is there een paar
"""
_GENERIC = frozenset(_GENERIC_WORDS.split())


def topic_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]{3,}", text.lower()) if w not in _GENERIC]


def coaching_articles(lang: str) -> list[Article]:
    articles = kb.searcher().index.articles
    ids = sorted({aid for (aid, _), a in articles.items() if a.category == "coaching"})
    return [a for a in (kb.article(aid, lang)[0] for aid in ids) if a is not None]


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
            art, result = None, None
            if topic_words(text):
                result = kb.find(text, lang, audience=MANAGER_AUDIENCES)
                art = kb.article(result.id, lang)[0] if result else None
            if art is None:
                pool = coaching_articles(lang)
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
        buttons = [{"title": t("more_tip", lang), "payload": "/ask_coaching_tip"}]
        buttons += kb.related_buttons(art, lang, limit=2)
        dispatcher.utter_message(text=body, buttons=buttons)
        dispatcher.utter_message(json_message=kb.source_message(art, result))
        offer_to_continue(dispatcher, tracker, lang)
        return [SlotSet("tips_given", [*given, art.id])]
