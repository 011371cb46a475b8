"""Answer a question from the knowledge base: the article's practical core, its source,
and related topics as buttons. Not sure: offer the 2-3 best as a choice. Nothing fits:
say so honestly, point to where to go (knowledge/referrals.yml) and log the gap."""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, Literal

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import feedback, followup, selfcheck
from actions import knowledge as kb
from actions.after_danger import answered_after_a_danger_line, invited_after_a_danger_line
from actions.base import (
    CoachAction,
    entity,
    last_bot_events,
    last_reply,
    role_of_sender,
    statement_alone_on_screen,
)
from actions.comparison import answered_as_comparison
from actions.own_data import answered_as_own_data_request
from actions.safety_first import names_danger_or_distress
from bot.content.article_card import bullets
from bot.content.articles import Article
from bot.content.referrals import Referral
from bot.content.served import names_someone_served, tells_a_service_scene
from bot.dialogue import payloads
from bot.dialogue.announced_question import announces_a_question
from bot.dialogue.back_again import asks_for_a_pause, says_back
from bot.dialogue.blank_text import has_no_letters, has_no_words, is_blank
from bot.dialogue.button_label import asks_for_the_tips
from bot.dialogue.closing_stop import closes_with_stop
from bot.dialogue.did_not_work import says_it_did_not_work, says_the_advice_failed
from bot.dialogue.different_situation import (
    denial,
    says_situation_differs,
    situation_details,
    what_it_is,
    what_it_is_not,
)
from bot.dialogue.domain_responses import domain_response
from bot.dialogue.emoji_meaning import emoji_meaning, has_emoji, is_yes_emoji
from bot.dialogue.farewell_words import takes_leave
from bot.dialogue.links import has_link, is_link_only, points_at_link
from bot.dialogue.offer_rejection import detail_after_rejection, rejects_only
from bot.dialogue.other_setting import says_another_setting, set_in_story
from bot.dialogue.report_request import asks_for_the_report
from bot.dialogue.say_it_in import asks_to_say_it_in
from bot.dialogue.self_introduction import introduction
from bot.dialogue.shorter_request import asks_for_shorter
from bot.dialogue.slip_words import apologises_for_a_slip
from bot.dialogue.someone_at_work import a_sentence_tells_of_someone
from bot.dialogue.statement_meaning import asks_what_it_means
from bot.dialogue.tip_request import (
    asks_for_a_further_tip,
    asks_for_another_tip,
    asks_for_one_more,
    asks_to_tell_more,
)
from bot.dialogue.topic_request import asks_about_parts, asks_for_a_topic, named_topic
from bot.engine import OFFER_SIZE, Decision, Result, Searcher, is_gibberish, sentence_on
from bot.i18n import t
from bot.insights.askers import asker_key
from bot.selfchecks.answers import doesnt_know, parse_answer, plain_yes_no
from bot.selfchecks.asking import asks_to_do_a_selfcheck
from bot.selfchecks.not_understood import asks_whether_it_holds, does_not_understand
from bot.selfchecks.stopping import asks_to_go_on, opens_with_stop

log = logging.getLogger(__name__)


def _requested_article(tracker: Tracker) -> str | None:
    return entity(tracker, "article_id")


def greeting_response(tracker: Tracker) -> str:
    """The domain's greeting for the sender: "utter_greet" (with a coaching tip for the team)
    for a manager or admin (stored profile, else the channel's metadata "role"), else
    "utter_greet_employee" (a problem of one's own instead)."""
    role = role_of_sender(tracker) or (tracker.latest_message.get("metadata") or {}).get("role")
    return "utter_greet" if role in ("manager", "admin") else "utter_greet_employee"


def _say_no_answer(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    lang: str,
    decision: Decision | None,
    results: Sequence[Result],
    referral: Referral | None,
    searcher: Searcher,
    off_topic: bool,
) -> None:
    """The reply when no article answers: where to go for a work matter, that a named model
    is unknown, off-topic, or that the coach does not know (with the nearest topics)."""
    text = tracker.latest_message.get("text") or ""
    role = role_of_sender(tracker)  # a manager is offered coaching topics, and a leader's line
    reason = "referred" if referral is not None else "off_topic" if off_topic else "no_answer"
    feedback.log_gap(tracker, lang, reason, results[0] if results else None)
    if referral is not None:
        # an emergency (`anyone`) is no HR or IT matter: where to go, without the preamble
        if role in ("manager", "admin"):  # payroll or HR, not "ask your manager" (stop 58)
            referral = referral.for_a_leader()
        where = referral.where[lang]
        if referral.article:  # "ik voel me niet veilig": what to do now, and the article on it
            pointed = payloads.advice(referral.article)
            topics = kb.topic_buttons(lang, searcher, [referral.article], role)
            buttons = [b for b in topics if b["payload"] == pointed]
            dispatcher.utter_message(text=where, buttons=buttons)
            return
        # an emergency, a translation: no "HR's"; nor "I'm not the right one" to a customer
        # being scammed or someone who is sick (`preamble: false`; stop 60)
        alone = referral.anyone or not referral.intro or not referral.preamble
        if decision is not None and decision.also_referred:  # pay and a password: both lines
            where = "\n\n".join([where, *(other.where[lang] for other in decision.also_referred)])
        dispatcher.utter_message(text=where if alone else t("referral", lang, where=where))
        if not referral.menu:
            return  # thoughts of suicide (`crisis`), who to talk to: no menu of service topics after them
        if not referral.service_menu:
            return  # a customer being scammed now (`service_menu: false`; stop 61): no "pick a topic"
    elif decision is not None and decision.unknown:  # "wat houdt het EFQM model in": not in the content
        said = t("unknown_concept", lang, name=decision.unknown)
        dispatcher.utter_message(text=said, buttons=kb.topic_buttons(lang, searcher, role=role))
        return
    elif off_topic and has_link(text):  # "wat vind jij hiervan https://nu.nl/...": the link
        dispatcher.utter_message(
            text=t("link_unopened", lang), buttons=kb.topic_buttons(lang, searcher, role=role)
        )
        return
    elif off_topic:
        dispatcher.utter_message(response="utter_out_of_scope")
        return
    else:
        nearest = [r.id for r in decision.nearest] if decision is not None else []
        buttons = kb.topic_buttons(lang, searcher, nearest, role, text)  # the nearest fitting articles first
        # a link with words the coach has no answer to ("wat vind jij hiervan https://..."):
        # it cannot open the link, and says so
        said = t("link_unopened" if has_link(text) else "dont_know", lang)
        dispatcher.utter_message(text=said, buttons=buttons)
        return
    dispatcher.utter_message(
        text=t("refuse_topics", lang), buttons=kb.topic_buttons(lang, searcher, role=role)
    )


def _answered_before_the_search(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str, lang: str
) -> bool:
    """Answer `text` when it is no question for the search: a verdict on the answer, a request
    about one's own data, an emoji, an announced question, a farewell, a tip or a self-check asked
    for, a request for other words, a key-mash... (`respond_from_knowledge`, which skips this for
    someone in danger or distress). True when it replied."""
    if feedback.answered_as_verdict(dispatcher, tracker):  # "ja top" to "Had je hier iets aan?"
        return True
    if answered_as_own_data_request(dispatcher, tracker):  # "verwijder mijn gegevens": /vergeet
        return True
    if selfcheck.answered_as_statement_question(dispatcher, tracker, CoachAction.lang(tracker)):
        return True  # "wat bedoel je met ...?" while a statement is on screen
    if answered_as_emoji(dispatcher, tracker):  # "😭", "👋": said with an emoji, answered as meant
        return True
    if answered_as_announced_question(dispatcher, tracker):  # "ik heb een vraag": tell me
        return True
    if answered_as_report_request(dispatcher, tracker):  # an admin: "wat vragen mensen het meest?"
        return True
    from actions.small_talk import answered_as_creative_task, answered_as_set_phrase  # builds on this

    if answered_as_creative_task(dispatcher, tracker):  # "schrijf een gedicht over klanten"
        return True
    if answered_as_set_phrase(dispatcher, tracker):  # "c'est la vie lol", "danke schön haha"
        return True
    if not payloads.is_payload(text) and takes_leave(text):  # "klant aan de balie, moet gaan. doei!"
        from actions.small_talk import pause_on_leaving  # small talk builds on this module

        dispatcher.utter_message(**domain_response("utter_goodbye", lang))
        pause_on_leaving(dispatcher, tracker, lang)
        return True
    if answered_as_tips_again(dispatcher, tracker):  # "Toon de tips" typed: what the button does
        return True
    if answered_as_tip_after_offer(dispatcher, tracker):  # "nog een tip" at "Gaat het hierover?"
        return True
    target = tip_request_target(tracker)
    if target == "tip":  # "nog een tip" after a tip (after an article: its next view)
        give_next_tip(dispatcher, tracker)
        return True
    if target == "all_told":  # "nog een tip" once the article's every view was shown
        say_all_told(dispatcher, tracker)
        return True
    if target == "which":  # "nog een tip" with no article shown: which topic (stop 68)
        say_which_topic(dispatcher, tracker)
        return True
    if not payloads.is_payload(text) and asks_to_do_a_selfcheck(text):  # "kunnek een zelftest doen?"
        selfcheck.offer_selfchecks(dispatcher, tracker, lang)
        return True
    if answered_as_example_in_other_language(dispatcher, tracker):  # "hoe zeg ik dat in het Engels?"
        return True
    if answered_as_avoid_request(dispatcher, tracker):  # "en wat moet ik juist niet zeggen?"
        return True
    if answered_as_shorter_request(dispatcher, tracker):  # "korter", "shorter please"
        return True
    if answered_as_other_setting(dispatcher, tracker):  # "het gaat niet om een hotel"
        return True
    if answered_as_did_not_work(dispatcher, tracker):  # "en als dat niet werkt?"
        return True
    if answered_as_wording_after_offer(dispatcher, tracker):  # "wat zeg ik dan?": which topic first
        return True
    if answered_as_wording_without_topic(dispatcher, tracker):  # "wat zeg ik dan?" out of the blue
        return True
    if not payloads.is_payload(text) and rejects_only(text):  # "geen van deze" (NLU: a question)
        from actions.yes_no import decline_offer, offer_just_made, offer_then_carry_on  # builds on this

        # not the same offer again: what is it about, then? (mid-check, "niet echt" may score the statement)
        if offer_just_made(tracker) is not None and not offer_then_carry_on(tracker):
            decline_offer(dispatcher, text, lang, role_of_sender(tracker))
            return True
    if not payloads.is_payload(text) and is_yes_emoji(text):  # "👍👍🙂" (NLU: anything): a yes
        from actions.yes_no import offer_just_made  # yes_no builds on this module

        offered = offer_just_made(tracker)
        if offered:  # a yes to "Gaat het hierover?": which one?
            dispatcher.utter_message(text=t("offer_pick_one", lang), buttons=offered)
        else:
            dispatcher.utter_message(response="utter_affirm")
        return True
    if has_no_words(text):  # "...", "??", "😅😅": nothing to search for
        dispatcher.utter_message(text=t("only_emoji" if has_emoji(text) else "no_words", lang))
        return True
    if answered_as_link_only(dispatcher, tracker):  # "kijk eens <link>": it cannot open links
        return True
    if not payloads.is_payload(text) and has_no_letters(text):  # a bare number: nothing to search for
        dispatcher.utter_message(text=t("number_only", lang))
        return True
    if not payloads.is_payload(text) and is_gibberish(text):  # "asdf jkl": a key-mash, whatever NLU read
        dispatcher.utter_message(
            text=t("not_caught", lang),
            buttons=[{"title": t("help_button_help", lang), "payload": payloads.show_help()}],
        )
        selfcheck.offer_to_continue(dispatcher, tracker, lang)
        return True
    if not payloads.is_payload(text) and apologises_for_a_slip(text):  # "sorry verkeerde plak"
        dispatcher.utter_message(text=t("slip_no_problem", lang))
        selfcheck.offer_to_continue(dispatcher, tracker, lang)
        return True
    return False


def respond_from_knowledge(
    dispatcher: CollectingDispatcher, tracker: Tracker, unsure: bool = False, off_topic: bool = False
) -> None:
    """Answer, offer or refuse (bot/engine/decision.py). A button press names its article
    (answered directly; a pick from an offer is logged as a learning signal). `unsure`:
    NLU was unsure; `off_topic`: NLU called it out of scope (refusing then says so)."""
    lang = tracker.get_slot("language") or "nl"
    text = tracker.latest_message.get("text") or ""
    if is_blank(text):  # "\r" or spaces only (bot/dialogue/blank_message.py)
        dispatcher.utter_message(text=t("blank_message", lang))
        return
    # someone in danger or distress (actions/safety_first.py): the search and its line, whatever else
    # the words look like (a request for words, a farewell, a verdict on the answer)
    if not names_danger_or_distress(text) and _answered_before_the_search(dispatcher, tracker, text, lang):
        return
    # a message in another language ("Wie gehe ich mit einem unfreundlichen Kunden um?") never gets
    # here: every action but the language actions says so first (actions/language.py
    # `answered_as_foreign`, through actions/base.py `answering_say_again_first`), and
    # action_set_language before it answers a message as a question (stop 62: this check was a copy)
    try:
        searcher = kb.searcher()  # one index for the whole answer, even if a reload swaps it
        requested = _requested_article(tracker)
        audience = kb.audience_for(role_of_sender(tracker), text)  # for the search and the buttons
        query, rejected = (text, ()) if requested else _read_with_the_offered_question(tracker, text)
        prevention = None if requested or rejected else followup.prevention_query(tracker, text, lang)
        if prevention:  # "hoe had ik dat kunnen voorkomen?": with the question before, and past the
            query = prevention  # card just shown (it asks for more than that card: stop 68)
            shown = followup.recent_article(tracker)
            rejected = (shown,) if shown else ()
            off_topic = False  # NLU read it as off-topic: a follow-up on the answer is not (stop 69)
        asked_topic = named_topic(text) if off_topic and not requested else None
        if asked_topic:
            query = asked_topic  # "is er niet iets over KPI's?": the search reads the topic it names
        decision, results = (None, []) if requested else kb.decide_for(query, lang, audience, searcher)
        if decision is not None and decision.outcome == "refuse" and not requested and not rejected:
            # "en als ze zegt dat ze nooit meer komt?" at an offer: read with the question offered
            reread = _read_at_the_offer(tracker, text, lang, audience, searcher)
            if reread is not None:
                decision, results = reread
        for article_id in rejected:  # "geen van deze": the articles just offered are set aside
            decision = set_aside(decision, results, article_id)
            results = [r for r in results if r.id != article_id]
        if (
            decision is not None
            and decision.referral is None  # a work matter or an emergency: where to go, every time
            and followup.times_sent(tracker) >= SENT_AGAIN_TIMES
        ):
            _say_sent_again(dispatcher, tracker, lang, results, audience, searcher)
            return
        continued = None if requested else followup.continued_article(tracker, text)
        if continued:  # whether it moves on is judged on what it names, not on "blijft"
            topic = followup.continuation_topic(text)  # "" for "script?": words only, no topic
            judged, ranked = (
                (decision, results) if topic in ("", text) else kb.decide_for(topic, lang, audience, searcher)
            )
            if topic and not followup.continues(judged, continued, ranked, text):
                continued = None
            elif topic not in ("", text) and followup.names_another(decision, continued, topic, ranked):
                continued = None  # "pax furious, flight cxl, what do i say": read whole
            elif followup.tells_a_new_matter(text, judged, continued, ranked):
                continued = None  # "en als mijn collega steeds te laat komt": a question of its own
        denied = None if decision is None else _past_a_denial(tracker, text, decision, continued, searcher)
        if denied is not None:  # "haha nee er is geen overval, gewoon een prijsdiscussie aan de kassa"
            decision, results, told = denied
            continued = None
            if not told:  # "het gaat niet om een overval": what is it about, then?
                dispatcher.utter_message(text=t("denial_what_then", lang))
                return
        if decision is not None and says_situation_differs(text):
            # "mijn situatie is anders, het is geen rij maar ...": not the article just given
            previous = followup.answered_article(tracker) or followup.recent_article(tracker)
            if previous:
                read = _read_the_situation_told(tracker, text, decision, results, previous, searcher)
                decision, results = read
                if answered_with_steps_for_the_situation(dispatcher, tracker, decision, previous):
                    return
                continued, decision = None, set_aside(decision, results, previous)
            elif _rules_something_out(text):
                # no article given to set aside: read what the situation is, not what it is not
                # ("mijn situatie is anders, ze is niet boos maar wanhopig" was offered the angry
                # customer first: fresh tester of stop 68)
                details = situation_details(text)
                told, ruled_out = what_it_is(details), what_it_is_not(details)
                told_for = kb.audience_for(role_of_sender(tracker), told)
                decision, results = kb.decide_for(told, lang, told_for, searcher)
                named = kb.decide_for(ruled_out, lang, told_for, searcher)[1] if ruled_out else []
                if named:  # nor the article the words it is not name ("boos": the angry customer)
                    results = [r for r in results if r.id != named[0].id]
                    decision = set_aside(decision, results, named[0].id)
        if continued:
            decision, results = None, []  # "en als hij dan nog steeds boos is?": the same article
        elif not requested and answered_as_comparison(dispatcher, tracker, lang, audience, searcher):
            return  # "wat is het verschil tussen A en B": both articles side by side
        if (
            decision
            and off_topic
            and decision.referral is None  # "I don't feel safe at work anymore" (NLU: out of scope)
            and not decision.named  # "wat is het Kano model": a model an article explains
            and not decision.numbered  # "what is level 3 of the pyramid?": a numbered concept
            and not decision.parts  # "hoeveel niveaus zijn er": a model's parts, no model named
            and not _knowledge_overrules_off_topic(tracker, decision.outcome)
        ):
            decision = replace(decision, outcome="refuse", results=())
        if not (requested or continued):  # "hoe vang ik de andere klanten op" right after the 112 line
            decision = invited_after_a_danger_line(tracker, decision) or decision
        if not (requested or continued) and answered_after_a_danger_line(dispatcher, tracker, lang, decision):
            return  # "ze ligt op de grond maar ze praat weer" right after the 112 line
        if decision is not None and decision.outcome == "offer":
            _offer(dispatcher, tracker, lang, decision, searcher)
            # mid-check, the statement again after the offer: its answer buttons come last, so a
            # typed digit is a score in every channel and the offer is picked by tapping
            # (stop 52's open list: "2" under a mid-check offer opened the second article)
            selfcheck.offer_to_continue(dispatcher, tracker, lang)
            return
        result = decision.results[0] if decision is not None and decision.outcome == "answer" else None
        article_id = requested or continued or (result.id if result else None)
        art, other_lang = kb.article(article_id, lang, searcher) if article_id else (None, False)
        referral = decision.referral if decision is not None else None
    except Exception:  # never leave the user without an answer
        log.exception("knowledge search failed")
        dispatcher.utter_message(text=t("broken", lang))
        return
    if art is None:
        _say_no_answer(dispatcher, tracker, lang, decision, results, referral, searcher, off_topic)
        # mid-check, the way back to the statement (tester round of stop 45: a refusal's topic
        # buttons were the last on screen, and "4", meant for the statement, opened topic 4);
        # not after a line for someone in distress (`menu: false`; verifier round of stop 51)
        if referral is None or referral.menu:
            selfcheck.offer_to_continue(dispatcher, tracker, lang)
        return
    offer_ref = entity(tracker, "answer_ref") if requested else None
    if offer_ref:
        feedback.log_offer_pick(tracker, lang, art.id, offer_ref)
    if unsure and not requested and not continued:
        feedback.log_gap(tracker, lang, "unsure", result)
    ref = feedback.log_answer(tracker, lang, art.id, results, "advice")
    # a follow-up that lands on the article just given gets its example, not the same card
    view = "card" if requested else followup.next_view(tracker, art.id)
    wording = followup.asks_for_wording(text)  # "wat zeg ik dan precies?": the example's words
    if followup.wording_promised(tracker) and (not requested or _pressed_from_last_reply(tracker)):
        # "... dan geef ik je de woorden": keep the promise, for the situation typed next or a topic
        # picked from the buttons shown with it; not for an older button ("Toon de tips" under an
        # earlier tip showed the example: tester round of stop 66)
        view, wording = "example", True
    elif not requested and followup.asks_for_words_about(text):
        # "wat zeg ik tegen een klant die tegen me schreeuwt": the words for that situation
        view = followup.view_for_words(tracker, art) if view == "card" else view
        wording = wording or view == "example"
    if not requested and followup.all_shown(tracker, art.id, view):
        # every part of the article was shown in this run of follow-ups: say so briefly and what
        # else there is, never the card word for word again (fresh tester of stop 67)
        say_all_shown(dispatcher, tracker, art, lang, wording)
        return
    # "example pls": the example's story, not the tips' sentences, when it quotes no words
    words_asked = wording and not followup.asks_for_story(text)
    again = followup.followup_text(art, lang, view, wording=words_asked) if view != "card" else None
    body = again or kb.answer_text(art, lang, other_lang, "practice_heading", s=searcher)
    if not requested and not again and followup.asked_anew(tracker, art.id):
        body = t("same_topic_again", lang, title=art.title) + "\n\n" + body
    elif not requested and not again and followup.answered_before_the_edit(tracker, art.id):
        # an edited question that lands on the article its original got (tester round of stop 65)
        body = t("edit_same_topic", lang, title=art.title) + "\n\n" + body
    elif (
        wording
        and view == "card"
        and continued
        and (followup.recent_note(tracker) or {}).get("view") == "example"
    ):
        # "nog een voorbeeld?" after the example: there is one; the tips carry sentences to use
        body = t("no_other_example", lang) + "\n\n" + body
    if referral is not None and not requested and not continued:  # its `where` line first
        body = "\n\n".join([referral.where[lang], *(o.where[lang] for o in decision.also_referred), body])
    buttons = kb.related_buttons(art, lang, s=searcher, audience=audience)
    if again:  # a new question on the same article may want the advice itself, not its example
        buttons = [{"title": t("followup_card", lang), "payload": payloads.advice(art.id)}, *buttons]
    shown = view if again else "card"
    sentences_shown = words_asked and not followup.example_has_words(art) and followup.practice_sentences(art)
    if shown == "example" and sentences_shown:
        shown = "card"  # the tips' sentences stood in for the example: its story is still to come
    if decision is not None and decision.named and not again:  # "wat is het Kano model"
        body = _with_named_sentence(body, art, decision.named, lang)
    if decision is not None and decision.beyond and not requested:  # "level 5 of the pyramid"
        kind, number, count = decision.beyond
        body = t(f"beyond_{kind}", lang, number=str(number), count=str(count)) + "\n\n" + body
    dispatcher.utter_message(text=body, buttons=buttons)
    dispatcher.utter_message(json_message={**kb.source_message(art, result), "view": shown})
    feedback.ask_for_feedback(dispatcher, lang, ref)
    if referral is None or referral.menu or requested or continued:  # distress: no "Verder met vraag 3?"
        selfcheck.offer_to_continue(dispatcher, tracker, lang)


# The same message sent this many times in a row (actions/followup.py `times_sent`) gets no
# third copy of the answer: a re-send (the second time) may be a retry, so it gets what the coach
# showed; a third says the answer did not help (tester round of stop 57: the same reply again).
SENT_AGAIN_TIMES = 3
# at most this many other articles offered then
SENT_AGAIN_TOPICS = 3


def _shown_for_the_same_message(tracker: Tracker) -> list[str]:
    """The ids of the articles the coach answered with or offered (source and offer notes) since
    the user first sent the message they keep sending, latest first."""
    said = followup.times_sent(tracker)
    shown: list[str] = []
    users = 0
    for event in reversed(tracker.events or []):
        if event.get("event") == "user":
            users += 1
            if users > said:
                break
            continue
        note = (event.get("data") or {}).get("custom") or {}
        ids = [note.get("id")] if note.get("type") == "source" else list(note.get("ids") or [])
        shown += [str(i) for i in ids if i and str(i) not in shown]
    return shown


def _say_sent_again(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    lang: str,
    results: Sequence[Result],
    audience: tuple[str, ...] | None,
    searcher: Searcher,
) -> None:
    """The reply to a message sent SENT_AGAIN_TIMES times or more in a row: that it was sent
    again and a question what is missing, with other articles as buttons (the search's other
    results, then the related articles of the one shown; at most SENT_AGAIN_TOPICS), in `lang`.
    When no article was shown for it, that the coach has no answer yet and how to ask it
    differently, with the topics nearest to it."""
    shown = _shown_for_the_same_message(tracker)
    if not shown:
        # still a question the coach cannot answer: a gap, once per message (by its id)
        feedback.log_gap(tracker, lang, "no_answer", results[0] if results else None)
        nearest = [r.id for r in results]
        dispatcher.utter_message(
            text=t("sent_again_no_answer", lang),
            buttons=kb.topic_buttons(lang, searcher, nearest, role_of_sender(tracker)),
        )
        selfcheck.offer_to_continue(dispatcher, tracker, lang)
        return
    if followup.times_sent(tracker) == SENT_AGAIN_TIMES:
        # asked a third time after an article: that answer did not help; once per run of sends
        # (and per message id, so a channel's retries of the third count once; stop 58)
        _log_not_helpful(tracker, lang, shown[0], results)
    buttons: list[dict] = []
    for result in results:
        art, _ = kb.article(result.id, lang, searcher)
        if art is not None and result.id not in shown:
            buttons.append({"title": art.title, "payload": payloads.advice(result.id)})
    first, _ = kb.article(shown[0], lang, searcher)
    if first is not None:
        seen = {b["payload"] for b in buttons} | {payloads.advice(i) for i in shown}
        buttons += [
            b
            for b in kb.related_buttons(first, lang, s=searcher, audience=audience)
            if b["payload"] not in seen
        ]
    buttons = buttons[:SENT_AGAIN_TOPICS] or kb.topic_buttons(lang, searcher, role=role_of_sender(tracker))
    dispatcher.utter_message(text=t("sent_again_other_topics", lang), buttons=buttons)
    selfcheck.offer_to_continue(dispatcher, tracker, lang)


def _log_not_helpful(tracker: Tracker, lang: str, article_id: str, results: Sequence[Result]) -> None:
    """A content gap (reason "not_helpful", as a 👎 logs one: actions/feedback.py) for the typed
    question the user keeps sending although `article_id` was shown for it, with that article and
    its score among `results` (none when the search no longer ranks it); once per message id."""
    best = next((r for r in results if r.id == article_id), None)
    if best is not None:
        feedback.log_gap(tracker, lang, "not_helpful", best)
        return
    question = feedback.question_text(tracker)
    if not question or is_gibberish(question) or feedback.done_before(tracker, "gap:not_helpful") is not None:
        return
    try:
        feedback.store().log_gap(
            question, lang, "not_helpful", article_id, None, asker=asker_key(tracker.sender_id)
        )
    except Exception:
        log.exception("could not log the knowledge gap")


def _rules_something_out(text: str) -> bool:
    """Whether a message that says its situation differs says what it is not, and what it is, in
    two words or more ("mijn situatie is anders, ze is niet boos maar wanhopig")."""
    details = situation_details(text)
    return bool(what_it_is_not(details)) and len(what_it_is(details).split()) > 1


def _past_a_denial(
    tracker: Tracker, text: str, decision: Decision, continued: str | None, searcher: Searcher
) -> tuple[Decision, list, str] | None:
    """For a message that denies what it was taken to be about and says what it is instead
    (bot/dialogue/different_situation.py `denial`): (the decision on what it says it is, its
    results, those words) without the article just given, when otherwise the denied words
    would name a work matter or safety line ("geen overval" is no robbery) or the article just
    given would come again; None for any other message. Tester round of stop 55: "hahaha nee er
    is geen overval, gewoon een prijsdiscussie aan de kassa" got the robbery line again, as "the
    topic of just now". `told` is "" when the message says nothing instead (the caller asks)."""
    said = None if payloads.is_payload(text) else denial(text)
    if said is None:
        return None
    denied, told = said
    previous = followup.answered_article(tracker) or followup.recent_article(tracker)
    referral = decision.referral
    names_denied = (
        referral is not None and bool(denied) and referral.matches(denied) and not referral.matches(told)
    )
    top = decision.results[0].id if decision.outcome == "answer" and decision.results else None
    again = previous is not None and previous in (top, continued, referral.article if referral else None)
    lang = CoachAction.lang(tracker)
    audience = kb.audience_for(role_of_sender(tracker), told or denied)
    if again and denied:  # the denied words must name it: "nee, er is geen oplossing" does not
        ranked = kb.decide_for(denied, lang, audience, searcher)[1]
        again = bool(ranked) and ranked[0].id == previous
    if not (names_denied or again or (previous and not denied)):
        return None
    if not told:
        return decision, [], ""
    decision, results = kb.decide_for(told, lang, audience, searcher)
    return (set_aside(decision, results, previous) if previous else decision), results, told


def _read_the_situation_told(
    tracker: Tracker, text: str, decision: Decision, results: list, previous: str, searcher: Searcher
) -> tuple[Decision, list]:
    """The decision for a message that says its situation differs from the article just given
    (`previous`) and tells it ("ja mijn situatie is anders, het is een zorgverzekeraar en mevrouw
    krijgt haar fysio niet vergoed ..."): on those details alone when they answer another
    article, else on the user's question before (`followup.question_asked_before`) with the
    details; as it was when the message tells no details. Tester round of stop 55: the whole
    message was searched alone and got "Daar weet ik (nog) geen goed antwoord op" or a menu."""
    details = situation_details(text)
    if len(details.split()) < 3:
        return decision, results
    lang = CoachAction.lang(tracker)
    audience = kb.audience_for(role_of_sender(tracker), details)
    alone, ranked = kb.decide_for(details, lang, audience, searcher)
    if alone.outcome == "answer" and alone.results[0].id != previous:
        return alone, ranked  # a situation of its own
    before = followup.question_asked_before(tracker)
    return kb.decide_for(f"{before} {details}", lang, audience, searcher) if before else (alone, ranked)


def answered_with_steps_for_the_situation(
    dispatcher: CollectingDispatcher, tracker: Tracker, decision: Decision, previous: str
) -> bool:
    """When the situation told after the example of `previous` is still answered by that article
    ("yes its different, its a hotel and he is standing in front of me at 1am asking for the
    key" after the example of a health insurer): its steps without the story, said to work
    there too, and an invitation to tell more; return True. Not after its card (the advice
    itself did not fit: the caller sets it aside) nor for another decision."""
    note = followup.recent_note(tracker) or {}
    if decision.outcome != "answer" or decision.results[0].id != previous or note.get("view") != "example":
        return False
    lang = CoachAction.lang(tracker)
    art = kb.article(previous, lang)[0]
    if art is None:
        return False
    say_steps_without_story(
        dispatcher, art, lang, t("situation_same_steps", lang, title=art.title), _related(tracker, art, lang)
    )
    return True


def _related(tracker: Tracker, art: Article, lang: str) -> list[dict]:
    """The related topics of `art` as buttons for this sender (`kb.related_buttons_for`)."""
    text = str(tracker.latest_message.get("text") or "")
    return kb.related_buttons_for(art, lang, role_of_sender(tracker), text)


def say_steps_without_story(
    dispatcher: CollectingDispatcher, art: Article, lang: str, intro: str, buttons: list[dict]
) -> None:
    """`intro`, the article's steps (its practice bullets) without the example's story, and an
    invitation to tell one's own situation, with `buttons` (its related topics for the sender,
    `_related`); the source note keeps the example as the view shown, so "nog een tip" goes on
    from there."""
    steps = "\n".join(f"• {b}" for b in bullets(art))
    body = f"{intro}\n{steps}\n\n{t('other_setting_ask', lang)}"
    dispatcher.utter_message(text=body, buttons=buttons)
    dispatcher.utter_message(json_message={**kb.source_message(art, None), "view": "example"})


def _with_named_sentence(body: str, art: Article, named: str, lang: str) -> str:
    """`body` with, first, the article's sentence on the model the message named ("Kano
    model") when the card itself does not name it (bot/engine/named_concept.py)."""
    sentence = sentence_on(art, named, body)
    return t("named_sentence", lang, name=named, sentence=sentence) + "\n\n" + body if sentence else body


# NLU's confidence that a message is off-topic above which the knowledge base does not
# overrule it. Of 437 dev and blind questions, the one answerable question NLU read as off-topic
# ("boze man aan het loket", answered right) had 0.73; off-topic messages that matched an
# article by a stray word ("who won the champions league" -> excellence-as-norm, "hoe oud
# is de koning" -> customer-as-king) had 0.99-1.0.
OFF_TOPIC_SURE = 0.9


def _knowledge_overrules_off_topic(tracker: Tracker, outcome: str) -> bool:
    """Whether a message NLU read as off-topic is still answered (or offered) from the
    knowledge base: a message that tells a scene at work (someone served, upset people, a
    queue: bot/content/served.py), or that corrects what was meant ("no i mean my coworker gets
    mad when i say something"), with an answer or an offer (tester and verifier rounds of stop
    50: "flight is overbooked and ppl are getting angry at me" was "outside what I know").
    Otherwise only a confident answer does, and only when NLU itself was unsure or the message
    asks for a topic by name ("is er niet iets over KPI's?": `asks_for_a_topic`). An offer
    ("Gaat het hierover?") to a question about the weather helps nobody: of the off-topic
    messages tried, none was offered a fitting article."""
    text = tracker.latest_message.get("text")
    if outcome in ("answer", "offer") and (tells_a_service_scene(text) or says_situation_differs(text)):
        return True  # a scene at work, or "no i mean my coworker gets mad ..." (a correction)
    if outcome != "answer":
        return False
    if asks_for_a_topic(text) or asks_about_parts(text):
        # "is er niet iets over KPI's?": knowledge asked for by name (stop 54); "welke niveaus
        # heeft de piramide?": a model's parts by a short word (stop 60)
        return True
    confidence = (tracker.latest_message.get("intent") or {}).get("confidence")
    return confidence is None or float(confidence) < OFF_TOPIC_SURE


def answered_as_selfcheck_answer(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """While a statement is on screen, a typed text that reads as an answer on its scale is
    that answer, whatever intent NLU gave it ("altijd" read as a question, "niet echt" as a
    no): record it, show the next statement and return True. "weet ik niet" gets a word that
    the nearest answer will do, and the statement again. After "stop" (paused), an answer in
    words is not recorded: the coach asks whether to carry on, as for a number. Questions
    ("hoe vaak moet dat?") never read as answers (bot/selfchecks/answers.py)."""
    if _requested_article(tracker):
        return False
    try:
        step = selfcheck.service().open_step(tracker.sender_id)
    except Exception:  # no self-check store: nothing is on screen
        log.exception("could not read the open self-check")
        return False
    if step is None:
        return False
    text = tracker.latest_message.get("text") or ""
    lang = tracker.get_slot("language") or "nl"
    value = parse_answer(text, step.check)
    if plain_yes_no(text) is not None and not statement_alone_on_screen(tracker):
        # "ja" to "Verder met vraag 2 van 7?" carries on (actions/yes_no.py); a plain yes or no
        # answers the statement only when the coach's last words were that statement
        return False
    # "pauze even", "brb" on its own: a pause too (bot/dialogue/back_again.py; tester round of stop 65)
    stops = opens_with_stop(text) or closes_with_stop(text) or asks_for_a_pause(text)
    if not payloads.is_payload(text) and stops:
        # "ff stoppen, klant aan de balie": a stop with its reason, whatever NLU read; or the
        # reason first: "wacht even, ik moet een klant helpen. stop" (tester round of stop 64)
        selfcheck.pause_open_check(dispatcher, tracker, lang)
        return True
    if not payloads.is_payload(text) and (asks_to_go_on(text) or says_back(text)):
        # "ga verder" to "... staat op pauze. Wil je verder?" or "Verder met vraag 6 van 7?"; "oke ben er
        # weer, waar was ik" (NLU: off-topic; tester round of stop 65)
        if step.run.paused:
            step = selfcheck.service().start(tracker.sender_id, step.check.id) or step
        selfcheck.ask(dispatcher, step, lang)
        return True
    if step.run.paused:
        if value is None or plain_yes_no(text) is not None:
            return False  # "ja" to "... staat op pauze. Wil je verder?" carries on (actions/yes_no.py)
        if kb.names_numbered_concept(text):
            return False  # "niveau twee" while a check is paused: a question, not an answer
        if selfcheck.menu_on_screen(tracker):
            return False  # "2" at the list of self-checks: a pick (selfcheck.answered_as_menu_choice)
        dispatcher.utter_message(
            text=t("sc_paused_answer", lang, **selfcheck.where(step, lang)),
            buttons=[selfcheck.resume_button(step, lang)],
        )
        return True
    if value is None:
        if does_not_understand(text) and statement_alone_on_screen(tracker):
            # "hmm snap de vraag niet" (NLU: help): how to answer, then the statement again
            dispatcher.utter_message(text=t("sc_explain", lang))
            selfcheck.ask(dispatcher, step, lang)
            return True
        statement = step.check.statement(step.position).text[lang]
        if asks_what_it_means(text, statement) and statement_alone_on_screen(tracker):
            # "wat betekent dat eigenlijk, ergernissen in hun eigen woorden?": the statement's topic in
            # a line, then the statement again (tester round of stop 65: refused, then the statement)
            _say_what_the_statement_is_about(dispatcher, step, lang)
            selfcheck.ask(dispatcher, step, lang)
            return True
        if asks_whether_it_holds(text) and statement_alone_on_screen(tracker):
            # "klopt dat?", "is that right?": asked back, no agreement (stop 58: it scored 4)
            selfcheck.say_asked_back(dispatcher, step, lang)
            return True
        if not doesnt_know(text):
            return False
        dispatcher.utter_message(text=t("sc_dont_know", lang, **selfcheck.scale_range(step.check.scale)))
        selfcheck.ask(dispatcher, step, lang)
        return True
    selfcheck.handle_answer(dispatcher, tracker, lang, value)
    return True


def _say_what_the_statement_is_about(dispatcher: CollectingDispatcher, step: Any, lang: str) -> None:
    """The topic of the statement on screen (the article of its dimension: its title and summary) and
    how to read it; the general explanation (sc_explain) when the article cannot be read."""
    statement = step.check.statement(step.position)
    dimension = step.check.dimensions.get(statement.dimension)
    ids = dict.fromkeys((statement.dimension, *(dimension.articles if dimension else ())))
    try:
        searcher = kb.searcher()
        art = next((a for a in (kb.article(i, lang, searcher)[0] for i in ids) if a is not None), None)
    except Exception:  # the general explanation will do
        log.exception("could not read the statement's article")
        art = None
    if art is None:
        dispatcher.utter_message(text=t("sc_explain", lang))
        return
    summary = art.summary.strip()
    dispatcher.utter_message(text=t("sc_statement_topic", lang, title=art.title, summary=summary))


def answered_as_work_matter(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """For actions whose intent is not a question (help, a tip, a self-check): when the typed
    message names a work matter (knowledge/referrals.yml; NLU read "how do i submit an
    expense claim" as help, "waar mag ik mijn fiets parkeren?" as a self-check), answer it as
    any question about it is answered (where to go, gap logged) and return True. A short
    knowledge question about a model's parts ("how many levels does the pyramid have", NLU:
    goodbye; "welke stappen heeft het model", NLU: help) that the knowledge base answers
    confidently is answered too (`answered_as_question_about_parts`; stop 60)."""
    if not kb.referral_for(tracker.latest_message.get("text") or ""):
        return answered_as_question_about_parts(dispatcher, tracker)
    respond_from_knowledge(dispatcher, tracker)
    return True


def answered_as_question_about_parts(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """When the typed message asks which parts a model has or how many (bot/dialogue/
    topic_request.py `asks_about_parts`: "hoeveel niveaus heeft de piramide") and the
    knowledge base answers it confidently (kb.decide_for's outcome "answer"), answer it and
    return True; else False, and the action's own reply stands (the help menu for a bare "wat
    zijn de stappen" the search is not sure of)."""
    text = str(tracker.latest_message.get("text") or "")
    if payloads.is_payload(text) or not asks_about_parts(text):
        return False
    lang = tracker.get_slot("language") or "nl"
    try:
        searcher = kb.searcher()
        audience = kb.audience_for(role_of_sender(tracker), text)
        decision, _ = kb.decide_for(text, lang, audience, searcher)
    except Exception:  # the action's own reply stands
        log.exception("knowledge search failed")
        return False
    if decision is None or decision.outcome != "answer":
        return False
    respond_from_knowledge(dispatcher, tracker)
    return True


def answered_as_wording_request(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """For actions whose intent is not a question: when the typed message asks for the words
    to use right after the coach answered with an article ("can you give me the exact
    words?" read as off-topic, "wat zeg ik dan precies?" as help), answer it as a follow-up
    on that article (its example; `followup.next_view`) and return True."""
    if answered_as_example_in_other_language(dispatcher, tracker):  # "hoe zeg ik dat in het Engels?"
        return True
    if answered_as_avoid_request(dispatcher, tracker):  # "en wat moet ik juist niet zeggen?"
        return True
    if answered_as_shorter_request(dispatcher, tracker):  # "korter", "shorter please"
        return True
    if answered_as_did_not_work(dispatcher, tracker):  # "en als dat niet werkt?"
        return True
    if answered_as_prevention_question(dispatcher, tracker):  # "hoe had ik dat kunnen voorkomen?"
        return True
    text = str(tracker.latest_message.get("text") or "")
    if not followup.asks_for_wording(text):
        return False
    if followup.recent_article(tracker) is None:
        return answered_as_wording_after_offer(dispatcher, tracker) or answered_as_wording_without_topic(
            dispatcher, tracker
        )
    respond_from_knowledge(dispatcher, tracker)
    return True


def answered_as_prevention_question(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """Right after an answer or an offer, a question how it could have been prevented ("hoe had
    ik dat kunnen voorkomen eigenlijk?", "wat had ik anders moeten doen", "how could I have
    avoided this?"; actions/followup.py `prevention_query`): answered from the knowledge base with
    the question before it (`respond_from_knowledge`, past the card just shown); returns True when
    it replied. Live, NLU read these as out_of_scope or help and the coach refused or listed what
    it can do (stop 68, seen after CI): so every action checks it first (actions/base.py)."""
    text = str(tracker.latest_message.get("text") or "")
    if followup.prevention_query(tracker, text, CoachAction.lang(tracker)) is None:
        return False
    respond_from_knowledge(dispatcher, tracker)
    return True


def answered_as_example_in_other_language(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """Right after an answer, a request to say it in the coach's other language ("hoe zeg ik
    dat in het Engels?", "how do I say that in Dutch?"; bot/dialogue/say_it_in.py): the
    words of that article's version in that language (after its card the tips' sentences,
    after its example the example; the other when there are none), introduced in the chat's
    language, which stays as it is; return True. It got the same example in the chat's
    language (tester round of stop 44).
    False with no answer just before it (then the coach does not translate: the
    `translation` line), or when the language asked for is the chat's own (a request for
    the words)."""
    text = str(tracker.latest_message.get("text") or "")
    target = None if payloads.is_payload(text) else asks_to_say_it_in(text)
    lang = CoachAction.lang(tracker)
    note = followup.recent_note(tracker) if target else None  # the answer just given, if any
    # the language asked for against the answer's own: "hoe zeg ik dat in het Nederlands?", typed
    # in Dutch after an English answer, asks for Dutch words (fresh tester of stop 68: the
    # translation line, as the chat's language had become Dutch with the question)
    if not note or target == str(note.get("lang") or lang):
        return False
    article_id = str(note["id"])
    art, fallback = kb.article(article_id, target)
    if art is None or fallback:
        return False
    # the words the user saw: the tips' sentences after the card, the example after the example
    tips_first = note.get("view") != "example" or not followup.example_has_words(art)
    sentences = followup.practice_sentences(art) if tips_first else []
    example = art.section("example")
    if sentences:
        words = "\n".join(f"• {s}" for s in sentences)
    elif example is not None and example.text.strip():
        words = followup.paragraphs(example.text)
    else:
        return False
    language = t(f"language_name_{target}", lang)
    intro = "said_in_language" if sentences else "said_in_language_example"
    lines = [t(intro, lang, language=language, title=art.title), words]
    lines.append(t("source", lang, title=art.title, id=art.id))
    # with the article's related topics (in the chat's language) it leads on; one message on
    # every channel since the REST channel keeps a text whole (bot/dialogue/rest_channel.py)
    shown = kb.article(article_id, lang)[0]
    buttons = _related(tracker, shown, lang) if shown is not None else []
    dispatcher.utter_message(text="\n\n".join(lines), buttons=buttons)
    return True


def answered_as_avoid_request(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """Right after an answer, a question what not to say or do ("en wat moet ik juist niet
    zeggen?", "what shouldn't I say?"; actions/followup.py `asks_what_to_avoid`): the
    sentences of that article's tips that say what to leave out (`sentences_to_avoid`), or
    that they say none; return True. It was read as a request for words and got the same
    example again (tester round of stop 42). False with no answer just before it."""
    text = str(tracker.latest_message.get("text") or "")
    if payloads.is_payload(text) or not followup.asks_what_to_avoid(text):
        return False
    article_id = followup.recent_article(tracker)
    lang = CoachAction.lang(tracker)
    art = kb.article(article_id, lang)[0] if article_id else None
    if art is None:
        return False
    avoid = followup.sentences_to_avoid(art)
    if not avoid:
        dispatcher.utter_message(text=t("avoid_none", lang, title=art.title))
        return True
    lines = [t("avoid_intro", lang, title=art.title), *(f"• {s}" for s in avoid)]
    dispatcher.utter_message(text="\n".join(lines))
    return True


def answered_as_shorter_request(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """A message that only asks for a shorter answer ("korter", "kan het wat korter?",
    "shorter please"; bot/dialogue/shorter_request.py): right after an answer, that article's
    summary in the chat's language, with a button to its tips; with no answer before it, an
    invitation to ask. Returns True when it replied. "korter" was searched and got the article
    on a team huddle, "shorter please" a refusal (tester round of stop 48)."""
    text = str(tracker.latest_message.get("text") or "")
    if payloads.is_payload(text) or not asks_for_shorter(text):
        return False
    if selfcheck.statement_on_screen(tracker):
        # a statement on screen: its scale stays what the next answer is read on; a paused
        # check shows none, so "korter" is answered (tester round of stop 55: it got the
        # article on a short team huddle by search)
        return False
    lang = CoachAction.lang(tracker)
    article_id = followup.recent_article(tracker)
    art = kb.article(article_id, lang)[0] if article_id else None
    if art is None:
        dispatcher.utter_message(text=t("shorter_without_topic", lang))
        return True
    button = {"title": t("followup_card", lang), "payload": payloads.advice(art.id)}
    dispatcher.utter_message(text=t("shorter", lang, title=art.title, summary=art.summary), buttons=[button])
    # an answer too: a second "korter", or "geef een voorbeeld", still knows the article
    # (verifier round of stop 48: after "dat is veel te lang, samenvatten aub" it was lost)
    dispatcher.utter_message(json_message={**kb.source_message(art, None), "view": "summary"})
    return True


def answered_as_other_setting(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """A message that says the example just told is set elsewhere ("het gaat niet om een
    bouwmarkt", "ik werk in een supermarkt, niet in een hotel", "I don't work in a hotel";
    bot/dialogue/other_setting.py), right after an example that names that place: the same
    article's steps without the story, and an invitation to tell one's own situation. Returns
    True when it replied. It got "Daar weet ik (nog) geen goed antwoord op" or an offer of
    topics (stop 54's open list)."""
    text = str(tracker.latest_message.get("text") or "")
    said = None if payloads.is_payload(text) else says_another_setting(text)
    note = followup.recent_note(tracker) if said else None
    if said is None or note is None or note.get("view") != "example":
        return False
    lang = CoachAction.lang(tracker)
    art = kb.article(str(note["id"]), lang)[0]
    story = art.section("example") if art is not None else None
    place, own = said
    if art is None or story is None or not set_in_story(place, story.text):
        return False
    where = t("other_setting_yours", lang, own=own) if own else t("other_setting_any", lang)
    say_steps_without_story(
        dispatcher,
        art,
        lang,
        t("other_setting", lang, title=art.title, where=where),
        _related(tracker, art, lang),
    )
    return True


_REFUSALS = ("dont_know", "link_unopened", "refuse_topics")


# What a user may have said before without being given advice: a greeting, a question about the
# coach, a request for help or for a language
_NO_ADVICE_INTENTS = frozenset({"greet", "bot_challenge", "help", "set_language"})


def _refused_just_now(tracker: Tracker) -> bool:
    """Whether the coach's reply to the previous message was a refusal (it had no answer, or the
    message was off-topic): no advice was given to follow up on."""
    texts = [str(m.get("text") or "") for m in last_reply(tracker)]
    refusals = [t(key, lang) for key in _REFUSALS for lang in ("nl", "en")]
    refusals += [domain_response("utter_out_of_scope", lang)["text"] for lang in ("nl", "en")]
    return any(text.startswith(r[:40]) for text in texts for r in refusals)


def _nothing_asked_before(tracker: Tracker) -> bool:
    """Whether the latest message opens the conversation: no earlier message of the user's since
    the session began, or only a greeting, a question about the coach or a request for help or a
    language before it (tester round of stop 64: "en als dat niet werkt?" as a first message was
    offered three articles on engagement)."""
    earlier: list[dict] = []
    for event in tracker.events or []:
        if event.get("event") == "session_started":
            earlier = []
        elif event.get("event") == "user":
            earlier.append(event)
    intents = [str(((e.get("parse_data") or {}).get("intent") or {}).get("name") or "") for e in earlier[:-1]]
    return all(intent in _NO_ADVICE_INTENTS for intent in intents)


def _no_advice_given(tracker: Tracker) -> bool:
    """Whether nothing the coach said before the latest message was advice to try: the
    conversation opens with it (`_nothing_asked_before`) or the reply just before was a refusal
    (`_refused_just_now`). After a work matter's line or an offer this is False."""
    return _nothing_asked_before(tracker) or _refused_just_now(tracker)


def answered_as_did_not_work(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """A message that only says the advice just given did not or may not work ("en als dat
    niet werkt?", "heb ik al geprobeerd", "tried that already"; bot/dialogue/did_not_work.py):
    right after an answer, a question what happened and the article's related topics (for the
    asker's audience) as buttons; return True. It was read as "more on the same article" and
    got the example, a story in which the advice did work (tester round of stop 47). With no
    advice before it (a first message, or right after a refusal: `_no_advice_given`): that there
    was no advice to try, and to tell what is going on (True). A
    self-check statement on screen: False, the message goes on as before."""
    text = str(tracker.latest_message.get("text") or "")
    if payloads.is_payload(text):
        return False
    # "je advies klopte niet, die klant werd alleen maar bozer": the same, in other words; only
    # right after an answer (out of the blue such words tell a story of their own)
    in_other_words = not says_it_did_not_work(text) and says_the_advice_failed(text)
    if not (in_other_words or says_it_did_not_work(text)):
        return False
    try:  # a statement on screen: "werkt niet" is said about it, not about an article
        if selfcheck.service().open_step(tracker.sender_id) is not None:
            return False
    except Exception:  # no self-check store: nothing is on screen
        log.exception("could not read the open self-check")
    article_id = followup.recent_article(tracker)
    lang = CoachAction.lang(tracker)
    art = kb.article(article_id, lang)[0] if article_id else None
    if art is None:
        if in_other_words:
            return False  # "de klant werd alleen maar bozer" with no advice before it: a question
        if say_offer_again(dispatcher, tracker, "did_not_work_pick_first"):
            # "en als dat niet werkt?" right after "Gaat het hierover?": no advice given yet; the
            # offer again (tester round of stop 66: it was searched, three unrelated articles)
            return True
        if not _no_advice_given(tracker):
            return False  # after a work matter's line: searched as before
        # "en als dat niet werkt?" as a first message or right after a refusal: no advice to
        # follow up on; it was searched and offered three unrelated articles (tester rounds of
        # stop 64 and 65)
        dispatcher.utter_message(text=t("did_not_work_no_advice", lang))
        return True
    audience = kb.audience_for(role_of_sender(tracker), text)
    buttons = kb.related_buttons(art, lang, limit=3, audience=audience)
    said = t("did_not_work", lang, title=art.title)
    said = f"{said} {t('did_not_work_related', lang)}" if buttons else said
    dispatcher.utter_message(text=said, buttons=buttons)
    dispatcher.utter_message(json_message=followup.about_note(art.id))  # "hoe zeg ik dat?" next: its words
    return True


def answered_as_wording_without_topic(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """A request for words that names no situation ("wat zeg ik dan precies?", "nog een
    voorbeeld?") with no answer of the coach's just before it: which situation? (return
    True). Searched, such words drew an article by chance (the one on what to share with
    relatives, 0.92). False for any other message."""
    text = str(tracker.latest_message.get("text") or "")
    if payloads.is_payload(text) or not followup.asks_for_wording(text) or followup.names_a_situation(text):
        return False
    if followup.recent_article(tracker) is not None:
        return False
    dispatcher.utter_message(text=t("wording_which_situation", CoachAction.lang(tracker)))
    dispatcher.utter_message(json_message=dict(followup.WORDING_PROMISED))
    return True


def answered_as_wording_after_offer(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """Right after an offer ("Gaat het hierover?"), a request for the words to use ("wat zeg
    ik dan precies?") cannot know which topic it is about: the offer's buttons again, with a
    line asking to pick one first; return True. Without an offer just made, for a request
    that names its situation (a new question: the offer's buttons swallowed it, tester round
    of stop 43), or for any other message, return False (it got the help text, tester round
    of stop 36)."""
    text = str(tracker.latest_message.get("text") or "")
    if payloads.is_payload(text) or not followup.asks_for_wording(text) or followup.names_a_situation(text):
        return False  # "passenger furious because flight got cancelled, what do I say": a new question
    buttons = _offer_just_made(tracker)  # also an offer shown again under a "pick first" line (stop 68)
    if not buttons:
        return False
    dispatcher.utter_message(text=t("wording_pick_first", CoachAction.lang(tracker)), buttons=buttons)
    dispatcher.utter_message(json_message=dict(followup.WORDING_PROMISED))
    return True


def answered_as_tip_after_offer(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """Right after an offer ("Gaat het hierover?", or its "pick the topic first"), with no
    article given before it, a request for another tip ("nog een tip", "one more tip") cannot
    know which topic it is about: the offer's buttons again, with a line asking to pick one
    first; return True. It got a coaching tip for team leaders, or a tip from an article not in
    the offer (tester round of stop 64). After an article, or a coaching tip, False: more of it
    (`tip_request_target`)."""
    text = str(tracker.latest_message.get("text") or "")
    if payloads.is_payload(text) or not (asks_for_another_tip(text) or asks_for_one_more(text)):
        return False
    if _tip_just_given(tracker):
        return False
    if say_offer_again(dispatcher, tracker, "tip_pick_first"):
        # an offer on screen is the last thing shown: it is picked first, also when an article was
        # given turns before it (fresh tester of stop 68: that older article's example came)
        return True
    if followup.tip_article(tracker) is not None:
        return False
    replies = last_reply(tracker)
    kinds = {(r.get("custom") or {}).get("type") for r in replies}
    if followup.WORDING_PROMISED["type"] not in kinds:
        return False
    buttons = next((r["buttons"] for r in replies if r.get("buttons")), [])
    if not buttons:
        return False
    dispatcher.utter_message(text=t("tip_pick_first", CoachAction.lang(tracker)), buttons=buttons)
    return True


# the lines over an offer shown again (`say_offer_again`): the offer is still the one on screen
PICK_FIRST = ("tip_pick_first", "did_not_work_pick_first", "wording_pick_first")


def _offer_just_made(tracker: Tracker) -> list[dict]:
    """The buttons of the offer ("Gaat het hierover?") the coach made in reply to the user's
    previous message (its note "offer"), also when it showed them again under a PICK_FIRST line
    (`say_offer_again`); [] when the reply was no offer."""
    replies = last_reply(tracker)
    kinds = {(r.get("custom") or {}).get("type") for r in replies}
    again = {t(key, code) for key in PICK_FIRST for code in ("nl", "en")}
    if "offer" not in kinds and not any(r.get("text") in again and r.get("buttons") for r in replies):
        return []
    return next((list(r["buttons"]) for r in replies if r.get("buttons")), [])


def say_offer_again(dispatcher: CollectingDispatcher, tracker: Tracker, key: str) -> bool:
    """The offer the coach just made ("Gaat het hierover?", `_offer_just_made`) again, under the line
    `key` (in the chat's language; one of PICK_FIRST, so that the offer is still the one on screen for
    the next message: "toon de tips" after "en als dat niet werkt?"); False when there was none."""
    offered = _offer_just_made(tracker)
    if not offered:
        return False
    dispatcher.utter_message(text=t(key, CoachAction.lang(tracker)), buttons=offered)
    return True


def _pressed_from_last_reply(tracker: Tracker) -> bool:
    """Whether the latest message is the payload of a button of the coach's reply to the user's
    previous message (a pick from the list just shown, not a tap on an older message)."""
    text = str(tracker.latest_message.get("text") or "").strip()
    shown = [b for r in last_reply(tracker) for b in r.get("buttons") or []]
    return any(str(b.get("payload") or "").strip() == text for b in shown)


def _as_pressed(tracker: Tracker, article_id: str) -> Tracker:
    """`tracker` with its latest message as a press of `article_id`'s "Toon de tips" button (its
    payload and `article_id` entity), the rest as it was (its metadata, the message id)."""
    pressed = copy.copy(tracker)
    pressed.latest_message = {
        **tracker.latest_message,
        "text": payloads.advice(article_id),
        "entities": [{"entity": "article_id", "value": article_id}],
    }
    return pressed


def answered_as_tips_again(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """A typed "Toon de tips" / "Show the tips" (the button's label, or the tips asked for in so
    many words: bot/dialogue/button_label.py) does what the button does: the card of the article
    just given (also across an aside or an offer since: `followup.tip_article`); right after an
    offer with no article given, which topic first (the offer's buttons again); with nothing
    given, which topic (the common topics). Return True when it replied. Typed, it was searched
    and offered "Leiders zetten de toon in service" (tester round of stop 66)."""
    text = str(tracker.latest_message.get("text") or "")
    if payloads.is_payload(text) or not asks_for_the_tips(text):
        return False
    lang = CoachAction.lang(tracker)
    if say_offer_again(dispatcher, tracker, "tip_pick_first"):  # an offer on screen: which one first
        return True
    article_id = followup.tip_article(tracker)
    if article_id and kb.article(article_id, lang)[0] is not None:
        respond_from_knowledge(dispatcher, _as_pressed(tracker, article_id))
        return True
    role = role_of_sender(tracker)
    dispatcher.utter_message(text=t("tips_which_topic", lang), buttons=kb.topic_buttons(lang, role=role))
    return True


# an emoji's meaning (bot/dialogue/emoji_meaning.py) -> the line said and the articles offered
_EMOJI_REPLIES = {
    "distress": ("emoji_distress", ["after-a-hard-conversation"]),
    "anger": ("emoji_anger", ["angry-customer", "after-a-hard-conversation"]),
    "disapproval": ("emoji_disapproval", []),
    "doubt": ("emoji_doubt", []),
    "laughter": ("emoji_laughter", []),
}


def _tip_just_given(tracker: Tracker) -> bool:
    """Whether the coach's reply to the user's previous message holds a coaching tip (its
    "Nog een tip" button)."""
    more = payloads.ask_coaching_tip()
    return any(b.get("payload") == more for m in last_reply(tracker) for b in m.get("buttons") or [])


def tip_request_target(tracker: Tracker) -> Literal["article", "all_told", "tip", "which"] | None:
    """What a typed message that only asks for another tip asks for ("geef me nog een tip",
    "nog een tip graag"; after a coaching tip also "nog een", "one more":
    bot/dialogue/tip_request.py): "article" right after an article (for an employee), meaning
    more of that article (its next view, as a follow-up gets); "tip" after a coaching tip, from
    a manager or admin, or out of the blue, meaning the next coaching tip; "all_told" when
    the article's tips, example and meaning have all been shown (its next view would be the
    card again: tester round of stop 41, the third "nog een tip" repeated the first answer).
    "vertel meer", "tell me more" (`asks_to_tell_more`) ask more of the article for anyone, also
    after a tip: after an employee's tip (one step of an article) that whole article, after a
    coaching tip its next view (stop 58). A follow-up refers to the article shown last when
    that is the last thing shown, for a leader too (fresh tester of stop 68: a team lead's "nog
    een tip" after an article got a coaching tip of another topic); an employee's "nog een tip"
    with no article and no tip before it is "which": which topic (it got a tip of an article
    never shown);
    None for any other message ("meer" out of the blue is searched as any message)."""
    text = str(tracker.latest_message.get("text") or "")
    if payloads.is_payload(text):
        return None
    another, one_more, more = asks_for_another_tip(text), asks_for_one_more(text), asks_to_tell_more(text)
    if not (another or one_more or more):
        return None
    tip_before = _tip_just_given(tracker)
    leader = role_of_sender(tracker) in ("manager", "admin")
    recent = followup.tip_article(tracker)  # also across an offer or a refusal since the article
    if more and not tip_before and recent is None:
        return None  # "vertel meer" out of the blue: searched as any message
    if more and tip_before and recent is not None:
        # "vertel meer" after a tip: more of the tip's article; after an employee's tip (one step)
        # its whole answer (stop 58: another tip; a leader's went round give_tip without end)
        if followup.tip_step_shown(tracker, recent):
            return "article"
        return "all_told" if followup.next_view(tracker, recent) == "card" else "article"
    last_shown = followup.recent_article(tracker) is not None  # no offer or question since it
    if not tip_before and (not leader or more or last_shown) and recent is not None:
        return "all_told" if followup.next_view(tracker, recent) == "card" else "article"
    coaching_tip = (tracker.latest_message.get("intent") or {}).get("name") == "ask_coaching_tip"
    if not tip_before and not leader and recent is None and not coaching_tip and asks_for_a_further_tip(text):
        # "nog een tip", not a first "geef me een tip" (an employee's tip); a message NLU read as a
        # request for a coaching tip ("heb je nog een tip voor mij?") gets one, as since stop 57
        return "which"
    return "tip" if another or tip_before else None


def give_next_tip(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """The next coaching tip (actions/coaching.py `give_tip`)."""
    from actions.coaching import give_tip  # coaching builds on this module

    give_tip(dispatcher, tracker)


def answered_as_tip_request(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """For a typed message that only asks for another tip (`tip_request_target`): more of the
    article just given, or the next coaching tip; returns True when it replied. A typed-first
    check of every action but the knowledge answer itself (actions/base.py)."""
    if answered_as_tips_again(dispatcher, tracker):  # "Toon de tips" typed (NLU: anything)
        return True
    if answered_as_tip_after_offer(dispatcher, tracker):
        # "nog een tip" right after an offer, with no article given: which topic first (tester round
        # of stop 66: an employee got a tip from an article never shown, "Niveau 4")
        return True
    target = tip_request_target(tracker)
    if target == "article":
        respond_from_knowledge(dispatcher, tracker)
    elif target == "all_told":
        say_all_told(dispatcher, tracker)
    elif target == "tip":
        give_next_tip(dispatcher, tracker)
    elif target == "which":
        say_which_topic(dispatcher, tracker)
    return target is not None


def say_which_topic(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """For "nog een tip" with no article shown before it: which topic, with the common topics
    as buttons (as a typed "Toon de tips" with nothing given, `answered_as_tips_again`)."""
    lang = CoachAction.lang(tracker)
    buttons = kb.topic_buttons(lang, role=role_of_sender(tracker))
    dispatcher.utter_message(text=t("tips_which_topic", lang), buttons=buttons)


def say_all_told(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """Honestly that the article just given has no more tips than those shown, with its
    related articles as buttons and one to see its tips again."""
    lang = CoachAction.lang(tracker)
    article_id = followup.tip_article(tracker) or ""
    art, _ = kb.article(article_id, lang)
    if art is None:  # the article went away meanwhile (an admin's edit): a tip on the search
        respond_from_knowledge(dispatcher, tracker)
        return
    again = {"title": t("followup_card", lang), "payload": payloads.advice(art.id)}
    buttons = [*_related(tracker, art, lang), again]
    dispatcher.utter_message(text=t("tips_all_told", lang, title=art.title), buttons=buttons)


def say_all_shown(
    dispatcher: CollectingDispatcher, tracker: Tracker, art: Article, lang: str, wording: bool
) -> None:
    """A follow-up on `art` when its card, example and (asked for) background were all shown
    in this run (actions/followup.py `all_shown`): briefly that there is no more of it, where
    the words are (`wording`: "hoe zeg ik dat precies?" after the example), what else there is
    (its background, when not shown yet) and its related topics as buttons."""
    told_more = "meaning" in followup.views_shown(tracker, art.id) or art.section("meaning") is None
    if wording:
        key = "no_more_words" if told_more else "no_more_words_more"
    else:
        key = "tips_all_told" if told_more else "tips_all_told_more"
    dispatcher.utter_message(text=t(key, lang, title=art.title), buttons=_related(tracker, art, lang))


def answered_as_report_request(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """For an admin's typed message that asks what people ask most or what the knowledge is
    missing ("wat vragen mensen het meest en wat mist er?": bot/dialogue/report_request.py): where
    the knowledge report is, and return True (tester round of stop 64: the help list). Anyone
    else's message is read as before."""
    text = str(tracker.latest_message.get("text") or "")
    if payloads.is_payload(text) or role_of_sender(tracker) != "admin" or not asks_for_the_report(text):
        return False
    dispatcher.utter_message(text=t("report_pointer", CoachAction.lang(tracker)))
    return True


def answered_as_announced_question(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """For a typed message that only announces a question ("ik heb een vraag", "mag ik iets
    vragen?", "quick question": bot/dialogue/announced_question.py): invite the question and
    return True. NLU reads such messages as help, a greeting or a question with nothing to
    search for; the coach said it had no answer."""
    text = str(tracker.latest_message.get("text") or "")
    if payloads.is_payload(text):
        return False
    if announces_a_question(text):
        dispatcher.utter_message(text=t("ask_away", CoachAction.lang(tracker)))
        return True
    return answered_as_introduction(dispatcher, tracker)


def answered_as_introduction(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """For a typed message that only introduces its sender ("goeiemorgen, ik ben teamleider
    van een supermarkt", "hallo ik ben Sanne en ik werk in de thuiszorg":
    bot/dialogue/self_introduction.py): a welcome and the greeting for the role said (the
    leaders' greeting, with a coaching tip for the team, when the message names a leading
    role), and return True. The coach searched such messages and offered unrelated articles
    or had no answer."""
    text = str(tracker.latest_message.get("text") or "")
    said = None if payloads.is_payload(text) else introduction(text)
    if said is None:
        return False
    if said.asks_what_i_do:  # "hoi ik werk aan de balie ..., wat kun je voor me doen": welcome, then the help
        from actions.help import say_help_after_introduction  # help builds on this module

        say_help_after_introduction(dispatcher, tracker, said)
        return True
    lang = CoachAction.lang(tracker)  # said in the language just detected, not the slot's before
    if said.announces_a_question or said.tests_an_article:
        # "hoi ik werk bij de apotheek aan de balie, mag ik iets vragen": welcome, and tell me
        # (tester round of stop 64: the help list); "ik ben beheerder en wil checken of mijn
        # nieuwe artikel werkt": welcome, and how to try it (stop 68)
        key = "nice_to_meet_leader" if said.leads_a_team else "nice_to_meet"
        welcome = t(f"{key}_name", lang, name=said.name) if said.name else t(key, lang)
        dispatcher.utter_message(text=welcome)
        dispatcher.utter_message(text=t("try_article" if said.tests_an_article else "ask_away", lang))
        return True
    if said.leads_a_team and role_just_asked(tracker):
        # "ik ben teamleider, dat zei ik toch al" to "Geef jij leiding aan een team?": the answer,
        # so the managers' self-checks asked for (the role counts from this message on;
        # tester round of stop 55: a second full greeting)
        selfcheck.offer_selfchecks(dispatcher, tracker, lang)
        return True
    key = "nice_to_meet_leader" if said.leads_a_team else "nice_to_meet"
    welcome = t(f"{key}_name", lang, name=said.name) if said.name else t(key, lang)
    dispatcher.utter_message(text=welcome)
    if greeted_just_now(tracker):
        # "hoi, ik ben teamleider van een supermarkt" right after the greeting (joining with an
        # invite code, /start): the welcome says the role was heard, the greeting is not said
        # twice in a row (tester round of stop 63); a short invitation with the greeting's topic
        # buttons instead (fresh tester of stop 67: "hoi ik werk bij de bieb aan de balie" got
        # the welcome only)
        shown = domain_response("utter_greet" if said.leads_a_team else greeting_response(tracker), lang)
        dispatcher.utter_message(text=t("intro_invite", lang), buttons=shown.get("buttons") or [])
        return True
    greeting = "utter_greet" if said.leads_a_team else greeting_response(tracker)
    dispatcher.utter_message(**domain_response(greeting, lang))
    return True


GREETINGS = ("utter_greet", "utter_greet_employee")


def greeted_just_now(tracker: Tracker) -> bool:
    """Whether the coach's reply to the user's previous message was a greeting (either role's,
    in either language: the domain's `GREETINGS`)."""
    said = {domain_response(name, lang).get("text") for name in GREETINGS for lang in ("nl", "en")}
    return any(event.get("text") in said for event in last_bot_events(tracker))


def role_just_asked(tracker: Tracker) -> bool:
    """Whether the coach's reply to the user's previous message asked whether they lead a team
    (the line that the managers' self-checks are for team leads: "Geef jij leiding aan een
    team?", actions/selfcheck.py `offer_selfchecks`)."""
    asked = {t("sc_managers_only", lang) for lang in ("nl", "en")}
    return any(event.get("text") in asked for event in last_bot_events(tracker))


def answered_as_link_only(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """For a typed message that is one web address and nothing else, or a link with only
    words that point at it ("kijk eens <link>"): the coach cannot open it and asks what it is
    about; return True."""
    text = str(tracker.latest_message.get("text") or "")
    if payloads.is_payload(text) or not (is_link_only(text) or points_at_link(text)):
        return False
    said = "link_only" if is_link_only(text) else "link_unopened"  # "kijk eens <link>": with a pointer
    dispatcher.utter_message(text=t(said, CoachAction.lang(tracker)))
    return True


def answered_as_emoji(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """For a typed message of emoji only that means something (bot/dialogue/emoji_meaning.py):
    a wave gets the greeting, crying or anger a caring line with the articles that fit, a
    thumbs down a question what was missing; return True. NLU reads lone emoji at random
    (😭 as a fallback or a yes), and the coach said it saw "only symbols"."""
    text = str(tracker.latest_message.get("text") or "")
    meaning = None if payloads.is_payload(text) else emoji_meaning(text)
    if meaning is None:
        return False
    if meaning in ("greeting", "thanks"):
        reply = greeting_response(tracker) if meaning == "greeting" else "utter_thank"
        dispatcher.utter_message(response=reply)
        return True
    lang = CoachAction.lang(tracker)
    step = selfcheck.open_statement(tracker) if meaning in _AT_A_STATEMENT else None
    if step is not None and meaning == "doubt":  # 🤷 at a statement: only you can say; it again
        selfcheck.say_asked_back(dispatcher, step, lang)
        return True
    key, nearest = _EMOJI_REPLIES[meaning]
    buttons = kb.topic_buttons(lang, None, nearest)[: len(nearest)] if nearest else []
    dispatcher.utter_message(text=t(key, lang), buttons=buttons)
    if step is not None:  # 😂 at a statement: the line, then the statement and its scale again
        selfcheck.ask(dispatcher, step, lang)
    return True


# Emoji meanings that leave an open self-check statement on screen: the statement and its scale
# are said again after the reply (tester round of stop 60: "🤷" got "Twijfel je ergens over?"
# without them, and the user no longer saw what to answer). Distress and anger get their caring
# line alone: the person comes first. (👍/👎 at a statement are scored as agree/disagree.)
_AT_A_STATEMENT = frozenset({"doubt", "laughter"})


def _read_with_the_offered_question(tracker: Tracker, text: str) -> tuple[str, tuple[str, ...]]:
    """(what to search, ids to set aside) for a typed message: a "none of these" to the offer
    just made, with more said after it ("geen van deze echt. hij klaagt gewoon de hele dag";
    bot/dialogue/offer_rejection.py), is read together with the question the offer answered,
    without the articles offered; any other message is read as it is."""
    detail = None if payloads.is_payload(text) else detail_after_rejection(text)
    if detail is None:
        return text, ()
    notes = [r.get("custom") or {} for r in last_reply(tracker)]
    offer = next((note for note in notes if note.get("type") == "offer"), None)
    if offer is None:
        return text, ()
    before = followup.previous_user_text(tracker) or ""
    return f"{before} {detail}".strip(), tuple(str(i) for i in offer.get("ids") or [])


# someone already spoken of, pointed at: "wat zeg ik tegen hem", "en als ze zegt ...", "he is an expat"
_POINTS_AT_SOMEONE = re.compile(r"\b(?:hij|zij|ze|hem|haar|die|he|she|him|her|they|them)\b", re.IGNORECASE)


def _read_at_the_offer(
    tracker: Tracker, text: str, lang: str, audience: Any, searcher: Any
) -> tuple[Decision, list] | None:
    """(decision, results) for a follow-up typed at an offer just made ("Gaat het hierover?") that
    the search refused on its own: read together with the question the offer answered, as the
    asker means it ("en als ze zegt dat ze nooit meer komt?", "what do I say to him in english, he
    is an expat": refused; tester round of stop 65). A follow-up goes on from what was said
    (`followup.is_new_question` says no) or points at someone said before without naming anyone
    served; None for anything else, or when the two together are refused as well."""
    if payloads.is_payload(text):
        return None
    if not any((r.get("custom") or {}).get("type") == "offer" for r in last_reply(tracker)):
        return None
    points_back = _POINTS_AT_SOMEONE.search(text) is not None and not names_someone_served(text)
    if followup.is_new_question(" ".join(text.split())) and not points_back:
        return None
    if followup.continued_article(tracker, text):
        return None  # "en als hij dan blijft zagen" after an answer, then an offer: goes on with that answer
    before = followup.previous_user_text(tracker) or ""
    if not before or payloads.is_payload(before):
        return None
    decision, results = kb.decide_for(f"{before} {text}", lang, audience, searcher)
    return None if decision.outcome == "refuse" else (decision, results)


def set_aside(decision: Decision, results: list, article_id: str) -> Decision:
    """`decision` without `article_id` (the answer the user said did not fit): an answer with
    it becomes an offer of the next best results (OFFER_SIZE), an offer loses it, a refusal
    stays; with nothing else left, a refusal."""
    others = tuple(r for r in results if r.id != article_id)
    if decision.outcome == "refuse":
        return replace(decision, nearest=tuple(r for r in decision.nearest if r.id != article_id))
    if decision.outcome == "answer" and decision.results[0].id != article_id:
        return decision
    if not others:
        return replace(decision, outcome="refuse", results=(), nearest=())
    return replace(decision, outcome="offer", results=others[:OFFER_SIZE])


def _offer(dispatcher: CollectingDispatcher, tracker: Tracker, lang: str, decision, searcher) -> None:
    """Not sure: "Is it about one of these?" with the 2-3 best articles as buttons."""
    ref = feedback.log_answer(tracker, lang, decision.results[0].id, list(decision.results), "offer")
    buttons = kb.offer_buttons(decision.results, lang, ref, searcher)
    key = "offer_question_one" if len(decision.results) == 1 else "offer_question"
    dispatcher.utter_message(text=t(key, lang), buttons=buttons)
    dispatcher.utter_message(
        json_message={"type": "offer", "ids": [r.id for r in decision.results], "ref": ref}
    )
    text = str(tracker.latest_message.get("text") or "")
    if followup.wording_promised(tracker) or (
        # the situation typed after "which situation?", or named with a request for the words
        # themselves ("wat zeg ik letterlijk tegen ..."); "..., what should I tell him" asks what
        # to do: the article picked gets its card (stop 62)
        followup.asks_for_words_about(text) and followup.asks_for_the_words_themselves(text)
    ):
        dispatcher.utter_message(json_message=dict(followup.WORDING_PROMISED))


class ActionAnswerAdvice(CoachAction):
    wording_requests_first = False  # respond_from_knowledge reads follow-ups itself

    def name(self) -> str:
        return "action_answer_advice"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        respond_from_knowledge(dispatcher, tracker)
        return []


class ActionKbFallback(CoachAction):
    """Low NLU confidence: the knowledge base may still know the answer."""

    wording_requests_first = False  # respond_from_knowledge reads follow-ups itself

    def name(self) -> str:
        return "action_kb_fallback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        # "vier" or "helemaal eens" may fall through NLU; in a self-check it is an answer
        # (CoachAction.selfcheck_answers_first takes it as one before this runs)
        respond_from_knowledge(dispatcher, tracker, unsure=True)
        return []


class ActionOutOfScope(CoachAction):
    """NLU calls it off-topic, but a situation at the desk can sound unlike any training
    example: an article that clearly fits still wins over a redirect."""

    detects_language = False  # may utter utter_out_of_scope: action_detect_language runs first (data/rules)
    wording_requests_first = False  # respond_from_knowledge reads follow-ups itself

    def name(self) -> str:
        return "action_out_of_scope"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        # "dame vindt de app te ingewikkeld" (off-topic 1.0), "I work at a hotel reception. A
        # guest is furious ...": a customer's situation is a service question, answered,
        # offered or refused as one (bot/dialogue/someone_at_work.py)
        text = str(tracker.latest_message.get("text") or "")
        respond_from_knowledge(
            dispatcher,
            tracker,
            unsure=True,
            off_topic=not (a_sentence_tells_of_someone(text) or asks_words(tracker)),
        )
        return []


def asks_words(tracker: Tracker) -> bool:
    """Whether the message asks for the words to use, right after an answer or about a
    situation it names ("pax furious, flight cxl, what do i say"): a turn of the coaching,
    never off-topic, whatever NLU read (off-topic at 1.0; tester round of stop 43)."""
    text = str(tracker.latest_message.get("text") or "")
    if payloads.is_payload(text) or not followup.asks_for_wording(text):
        return False
    return followup.recent_article(tracker) is not None or followup.names_a_situation(text)
