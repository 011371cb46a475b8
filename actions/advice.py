"""Answer a question from the knowledge base: the article's practical core, its source,
and related topics as buttons. When nothing fits well, say so honestly."""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import feedback, selfcheck
from actions import knowledge as kb
from actions.base import entity
from bot.i18n import t
from bot.selfchecks.answers import parse_answer

log = logging.getLogger(__name__)


def _requested_article(tracker: Tracker) -> str | None:
    return entity(tracker, "article_id")


def respond_from_knowledge(dispatcher: CollectingDispatcher, tracker: Tracker, unsure: bool = False) -> None:
    lang = tracker.get_slot("language") or "nl"
    text = tracker.latest_message.get("text") or ""
    try:
        searcher = kb.searcher()  # one index for the whole answer, even if a reload swaps it
        requested = _requested_article(tracker)
        results = [] if requested else kb.search(text, lang, s=searcher)
        result = results[0] if results and kb.confident(results[0]) else None
        article_id = requested or (result.id if result else None)
        art, other_lang = kb.article(article_id, lang, searcher) if article_id else (None, False)
    except Exception:  # never leave the user without an answer
        log.exception("knowledge search failed")
        dispatcher.utter_message(text=t("broken", lang))
        return
    if art is None:
        feedback.log_gap(tracker, lang, "no_answer", results[0] if results else None)
        dispatcher.utter_message(text=t("dont_know", lang), buttons=kb.topic_buttons(lang, searcher))
        return
    if unsure:
        feedback.log_gap(tracker, lang, "unsure", result)
    ref = feedback.log_answer(tracker, lang, art.id, results, "advice")
    body = kb.answer_text(art, lang, other_lang, "practice_heading")
    if unsure:
        body = t("unsure_prefix", lang) + "\n\n" + body
    dispatcher.utter_message(text=body, buttons=kb.related_buttons(art, lang, s=searcher))
    dispatcher.utter_message(json_message=kb.source_message(art, result))
    feedback.ask_for_feedback(dispatcher, lang, ref)
    selfcheck.offer_to_continue(dispatcher, tracker, lang)


class ActionAnswerAdvice(Action):
    def name(self) -> str:
        return "action_answer_advice"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        respond_from_knowledge(dispatcher, tracker)
        return []


class ActionKbFallback(Action):
    """Low NLU confidence: the knowledge base may still know the answer."""

    def name(self) -> str:
        return "action_kb_fallback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        # "vier" or "helemaal eens" may fall through NLU; in a self-check it is an answer
        lang = tracker.get_slot("language") or "nl"
        step = selfcheck.service().open_step(tracker.sender_id)
        if step is not None and not step.run.paused:
            value = parse_answer(tracker.latest_message.get("text") or "", step.check)
            if value is not None:
                selfcheck.handle_answer(dispatcher, tracker, lang, value)
                return []
        respond_from_knowledge(dispatcher, tracker, unsure=True)
        return []


class ActionOutOfScope(Action):
    """NLU calls it off-topic, but a situation at the desk can sound unlike any training
    example: an article that clearly fits still wins over a redirect."""

    def name(self) -> str:
        return "action_out_of_scope"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        lang = tracker.get_slot("language") or "nl"
        try:
            fits = kb.find(tracker.latest_message.get("text") or "", lang) is not None
        except Exception:  # the redirect is a fine answer when the search is broken
            log.exception("knowledge search failed")
            fits = False
        if fits:
            respond_from_knowledge(dispatcher, tracker, unsure=True)
        else:
            dispatcher.utter_message(response="utter_out_of_scope")
        return []
