"""Helpful / not helpful: every advice answer is logged without identity and followed by
two feedback buttons; a "not helpful" and every question without a good answer land in
the knowledge-gap log that `servicecoach report` reads."""

from __future__ import annotations

import copy
import logging
from functools import lru_cache
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.base import CoachAction, carry_on_asked, entity, last_reply, message_id, role_of_sender
from bot.content.question_words import asks
from bot.dialogue import payloads
from bot.dialogue.feedback_words import about_someone_else, complaints_in, feedback_value, yes_no_verdict
from bot.dialogue.small_talk import criticises_the_coach
from bot.engine import Result, is_gibberish
from bot.i18n import t
from bot.insights.askers import asker_key
from bot.settings import get_settings
from bot.storage.insights import InsightsStore, new_ref
from bot.storage.processed import ProcessedMessages

log = logging.getLogger(__name__)


@lru_cache(maxsize=2)
def _store(url: str) -> InsightsStore:
    return InsightsStore(url)


def store() -> InsightsStore:
    return _store(get_settings().app_db_url)


@lru_cache(maxsize=2)
def _processed(url: str) -> ProcessedMessages:
    return ProcessedMessages(url)


def done_before(tracker: Tracker, effect: str, result: str = "") -> str | None:
    """Claim `effect` for the latest message: None the first time (do it now), else what
    the first time stored (a retry or redelivery: do not repeat it). A message without an
    id, or a claim that cannot be stored, counts as the first time."""
    try:
        return _processed(get_settings().app_db_url).claim(
            tracker.sender_id, message_id(tracker), effect, result
        )
    except Exception:
        log.exception("could not check for a repeated message")
        return None


def question_text(tracker: Tracker) -> str:
    """The user's words; a button payload ("/ask_advice{...}") is not a question."""
    text = (tracker.latest_message.get("text") or "").strip()
    return "" if payloads.is_payload(text) else text


def log_answer(tracker: Tracker, lang: str, article_id: str, results: list[Result], kind: str) -> str | None:
    """Store the answer anonymously; None if storage failed (the answer still goes out)."""
    shown = [{"id": r.id, "score": round(r.score, 4), "dense": round(r.dense, 4)} for r in results]
    ref = new_ref()
    earlier = done_before(tracker, "log_answer", ref)
    if earlier is not None:  # the same message again: its answer is logged already
        return earlier or None
    try:
        return store().log_answer(
            question_text(tracker),
            lang,
            article_id,
            shown or [{"id": article_id}],
            kind,
            ref=ref,
            asker=asker_key(tracker.sender_id),
        )
    except Exception:
        log.exception("could not log the answer")
        return None


def log_offer_pick(tracker: Tracker, lang: str, article_id: str, offer_ref: str) -> None:
    """Learning signal: the user picked `article_id` from the offer logged as `offer_ref`
    (stored as an answer of kind "offer_pick" with the offer's question)."""
    if done_before(tracker, "log_offer_pick") is not None:
        return
    try:
        offer = store().answer(offer_ref)
        if offer is None or offer.kind != "offer":
            return
        store().log_answer(offer.question, lang, article_id, offer.shown, "offer_pick")
    except Exception:
        log.exception("could not log the offer pick")


def log_gap(tracker: Tracker, lang: str, reason: str, best: Result | None) -> None:
    question = question_text(tracker)
    if not question or is_gibberish(question) or done_before(tracker, f"gap:{reason}") is not None:
        return  # a key-mash ("qwertzuiop") is no question to write an article for
    try:
        store().log_gap(
            question,
            lang,
            reason,
            best.id if best else None,
            round(best.score, 4) if best else None,
            asker=asker_key(tracker.sender_id),
        )
    except Exception:
        log.exception("could not log the knowledge gap")


def ask_for_feedback(dispatcher: CollectingDispatcher, lang: str, ref: str | None) -> None:
    """A separate message after the advice, so the advice keeps its own topic buttons."""
    if ref is None:
        return
    dispatcher.utter_message(
        text=t("feedback_ask", lang),
        buttons=[
            {"title": t("feedback_up", lang), "payload": payloads.feedback("up", ref)},
            {"title": t("feedback_down", lang), "payload": payloads.feedback("down", ref)},
        ],
    )


def _entity(tracker: Tracker, name: str) -> str | None:
    return entity(tracker, name)


def feedback_just_asked(tracker: Tracker) -> str | None:
    """The answer ref of the feedback buttons the coach showed in reply to the user's
    previous message ("Had je hier iets aan?"), or None."""
    for reply in last_reply(tracker):
        for button in reply.get("buttons") or []:
            ref = payloads.answer_ref_of(str(button.get("payload", "")))
            if ref:
                return ref
    return None


def _last_offered_ref(tracker: Tracker) -> str | None:
    """For typed feedback ("dit antwoord was nuttig"): the last answer that asked for it."""
    for event in reversed(tracker.events or []):
        if event.get("event") != "bot":
            continue
        for button in (event.get("data") or {}).get("buttons") or []:
            ref = payloads.answer_ref_of(str(button.get("payload", "")))
            if ref:
                return ref
    return None


class ActionFeedback(CoachAction):
    work_matters_first = True  # "mijn loonstrook klopt niet" is no verdict on an answer

    def name(self) -> str:
        return "action_feedback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        text = str(tracker.latest_message.get("text") or "")
        value = _entity(tracker, "feedback_value")
        if not payloads.is_payload(text):
            # typed: its words decide over the entity. No entity ("dat hielp niet echt"), DIET's
            # span without a synonym ("niks aan"), or an "up" for "nuttig" in "da was ni nuttig"
            # (tester round of stop 52: a negated verdict was thanked as praise)
            value = typed_verdict(text) or value
            if criticises_the_coach(text):  # "you're useless": a 👎 for the answer, or taken kindly
                answer_criticism(dispatcher, tracker)
                return []
        answer_verdict(dispatcher, tracker, value)
        return []


def answer_criticism(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """The reply to a complaint about the coach itself ("je bent nutteloos", "you're useless";
    bot/dialogue/small_talk.py `criticises_the_coach`): right after an answer that asked "Had je
    hier iets aan?", a 👎 for it with the ways forward (`answer_verdict`); else thanks for saying
    so, how 👎 helps, and the topics as buttons (i18n `coach_criticised`). Tester round of stop
    61: "je bent nutteloos" got "Ik ben een bot ...", which does not listen."""
    lang = tracker.get_slot("language") or "nl"
    if feedback_just_asked(tracker) and _last_offered_ref(tracker) is not None:
        answer_verdict(dispatcher, tracker, "down")
        return
    from actions import knowledge as kb  # late: knowledge loads the index

    buttons = kb.topic_buttons(lang, role=role_of_sender(tracker))
    help_button = {"title": t("help_button_help", lang), "payload": payloads.show_help()}
    dispatcher.utter_message(text=t("coach_criticised", lang), buttons=[*buttons[:3], help_button])


def typed_verdict(text: str) -> str | None:
    """ "up" or "down" for a typed verdict by its words (bot/dialogue/feedback_words.py): a
    negation turns praise down ("da was ni nuttig", "nie echt nuttig", "not really helpful"), and
    a plain no or yes is one ("nee hoor", "niet echt", "nee ni echt, te lang"); else None."""
    return feedback_value(text) or yes_no_verdict(text)


def answer_verdict(
    dispatcher: CollectingDispatcher, tracker: Tracker, value: str | None, ways_forward: bool = True
) -> None:
    """Store `value` ("up"/"down") for the answer the message rates (its answer_ref, else
    the last answer that asked for feedback) and say thanks; after "down", the ways forward
    (unless not `ways_forward`: the caller gives one itself). Without a value or an answer to
    rate: "which answer is your reaction about?"."""
    lang = tracker.get_slot("language") or "nl"
    ref = _entity(tracker, "answer_ref") or _last_offered_ref(tracker)
    if value not in ("up", "down") or ref is None:
        dispatcher.utter_message(text=t("feedback_unclear", lang))
        return
    try:
        answer = store().record_feedback(ref, value)
        repeat = answer is not None and done_before(tracker, "feedback") is not None
        if answer is not None and value == "down" and answer.question and not repeat:
            top = answer.shown[0] if answer.shown else {}
            store().log_gap(answer.question, answer.lang, "not_helpful", answer.article_id, top.get("score"))
    except Exception:
        log.exception("could not store feedback")
        answer = None
    if answer is None:
        dispatcher.utter_message(text=t("feedback_unclear", lang))
        return
    key = "feedback_thanks_up" if value == "up" else "feedback_thanks_down"
    typed = str(tracker.latest_message.get("text") or "")
    if value == "down" and not payloads.is_payload(typed) and criticises_the_coach(typed):
        key = "feedback_sorry_down"  # "hahaha jij bent echt nutteloos": no "Dank je" to a jab (stop 66)
    dispatcher.utter_message(text=t(key, lang))
    if value == "down" and ways_forward:
        dispatcher.utter_message(
            text=t("feedback_down_next", lang), buttons=way_forward(answer, lang, role_of_sender(tracker))
        )
    _statement_again(dispatcher, tracker, lang)


def _statement_again(dispatcher: CollectingDispatcher, tracker: Tracker, lang: str) -> None:
    """Mid-check (a question asked in between, then rated): the open statement again, so the
    check goes on where it was (tester round of stop 36: after 👍 it was gone)."""
    from actions import selfcheck  # late: selfcheck builds on the actions' base

    try:
        step = selfcheck.service().open_step(tracker.sender_id)
    except Exception:
        log.exception("could not read the open self-check")
        return
    if step is not None and not step.done and not step.run.paused:
        selfcheck.ask(dispatcher, step, lang)


VERDICT_WORDS = 6  # a typed verdict is short: "ja top", "super tip, heel bruikbaar", "nee niet echt"


def answered_as_verdict(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """Right after "Had je hier iets aan?", a short typed verdict is stored as one, whatever
    intent NLU read ("ja top" as a question, "ja" as a plain yes, 👍 as a yes): its words
    (bot/dialogue/feedback_words.py `feedback_value`, or a plain yes or no, `yes_no_verdict`);
    return True. A question ("ja maar hoe dan?"), a longer message, a polite "nee dank je" or
    a work matter ("mijn loonstrook klopt niet", knowledge/referrals.yml: where to go; read as
    a verdict on the answer before it, tester round of stop 44) is not a verdict (False)."""
    text = str(tracker.latest_message.get("text") or "")
    if not text or payloads.is_payload(text) or len(text.split()) > VERDICT_WORDS:
        return False
    if asks(text) and not criticises_the_coach(text):  # "wat een slechte bot" asks nothing
        return False
    if feedback_just_asked(tracker) is None:
        return False
    from actions import knowledge as kb  # knowledge reads the content; feedback only stores

    if kb.referral_for(text) is not None:  # "mijn loonstrook klopt niet": where to go, no verdict
        return False
    if about_someone_else(text):  # "klant noemt me nutteloos": a question about a customer, no verdict
        return False
    plain = yes_no_verdict(text)
    if plain is not None and any(c.isalpha() for c in text) and carry_on_asked(tracker):
        # "ja" to "Had je hier iets aan?" *and* "Verder met vraag 5 van 7?" (a question asked
        # mid-check): it carries on with the check, it rates nothing (tester round of stop 37);
        # a 👍 there is still a rating
        return False
    value = plain or feedback_value(text) or ("down" if criticises_the_coach(text) else None)  # "stomme bot"
    if value is None:
        return False
    shorter = _shorter_asked(tracker, text) if value == "down" else None
    answer_verdict(dispatcher, tracker, value, ways_forward=shorter is None)
    if shorter is not None:
        from actions.advice import answered_as_shorter_request  # advice builds on this module

        answered_as_shorter_request(dispatcher, shorter)
    return True


def _shorter_asked(tracker: Tracker, text: str) -> Tracker | None:
    """For a "no" that says the answer was too long or too hard ("nee ni echt, te lang", "not
    really, too complicated"; tester round of stop 52): `tracker` with that request alone as
    its latest message, so that actions/advice.py `answered_as_shorter_request` gives the
    article's short version; None when no such request is in it or no article was just given."""
    from actions import followup  # late: followup reads the knowledge
    from bot.dialogue.shorter_request import asks_for_shorter

    request = next((c for c in complaints_in(text) if asks_for_shorter(c)), None)
    if request is None or followup.recent_article(tracker) is None:
        return None
    shorter = copy.copy(tracker)
    shorter.latest_message = {**tracker.latest_message, "text": request}
    return shorter


def way_forward(answer: Any, lang: str, role: str | None = None) -> list[dict]:
    """After 👎: the other articles that were found for the question, the rated article's
    related topics, then the common topics; at most 5 buttons, none twice, never the
    article that fell short. For an employee (`role` "employee" or None) only articles that
    suit them for the rated question (`audience_for` on `answer.question`): the found articles
    were logged before stop 60 with manager articles among them, and an article's related
    topics may be a manager's ("KPI's die service helpen of juist schaden" after 👎 on an
    employee's answer, tester round of stop 60)."""
    from actions import knowledge as kb  # late: the knowledge index loads with it

    buttons: list[dict] = []
    try:
        audience = kb.audience_for(role, getattr(answer, "question", "") or "")
        ids = [str(hit.get("id")) for hit in answer.shown if hit.get("id")]
        for aid in ids:
            art, _ = kb.article(aid, lang)
            if art is not None and (audience is None or art.audience in audience):
                buttons.append({"title": art.title, "payload": payloads.advice(aid)})
        rated, _ = kb.article(answer.article_id, lang)
        if rated is not None:
            buttons += kb.related_buttons(rated, lang, audience=audience)
        buttons += kb.topic_buttons(lang, role=role)
    except Exception:
        log.exception("could not find other articles")
    rated_payload = payloads.advice(answer.article_id)
    unique = {b["payload"]: b for b in buttons if b["payload"] != rated_payload}
    return list(unique.values())[:5]
