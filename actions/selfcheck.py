"""Self-checks in the chat: pick one, answer statement by statement (buttons or typed),
stop and resume, results with a chart, history, and a team view for managers."""

from __future__ import annotations

import importlib
import logging
import re
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import knowledge as kb
from actions.base import CoachAction, carry_on_asked, entity, last_reply, message_id
from bot.content.scale import Scale
from bot.dialogue import payloads
from bot.dialogue.choices import Keyboard, by_place, list_on_screen, nothing_to_pick, place_outside
from bot.dialogue.shorter_request import asks_for_shorter
from bot.dialogue.someone_at_work import tells_of_someone
from bot.engine import shared_searcher
from bot.i18n import decimal, list_words, t
from bot.selfchecks.answers import answer_word_asked, off_scale, parse_answer, plain_yes_no
from bot.selfchecks.asking import (
    asks_about_a_score,
    asks_for_own_results,
    asks_for_results,
    asks_to_do_a_selfcheck,
    asks_what_results_mean,
    named_by_title,
    named_check,
    names_a_selfcheck,
    picked_from_menu,
)
from bot.selfchecks.chart import render_chart
from bot.selfchecks.chart_files import selfcheck_chart, team_chart_file
from bot.selfchecks.leaders import asks_for_manager_checks, leading, role_for_checks, says_to_lead_a_team
from bot.selfchecks.not_understood import asks_whether_it_holds
from bot.selfchecks.scoring import (
    Score,
    articles_for,
    band,
    band_limits,
    band_mins,
    strongest_and_weakest,
    tips_for,
)
from bot.selfchecks.service import SelfCheckService, Step
from bot.selfchecks.stopping import asks_to_go_on, asks_to_stop
from bot.selfchecks.team import team_chart, team_result
from bot.settings import get_settings

log = logging.getLogger(__name__)
# a number with only punctuation around it ("3", "1)", "(2)", "#4", "3!", "3?!"): read as the
# plain number everywhere (tester round of stop 44: "3!" and "(3)" were not treated alike)
_LOOSE_NUMBER = re.compile(r"[^\w]*[0-9]{1,3}[^\w]*")
_service: SelfCheckService | None = None


def service() -> SelfCheckService:
    global _service
    if _service is None:
        # the articles live now: a check follows each reload (new ids appear, deleted skip it)
        _service = SelfCheckService(
            get_settings(), known_ids=lambda: {aid for aid, _ in shared_searcher().index.articles}
        )
    return _service


def _entity(tracker: Tracker, name: str) -> str | None:
    return entity(tracker, name)


def dimension_title(dim: str, lang: str) -> str:
    art, _ = kb.article(dim, lang)
    return art.title if art else dim


def where(step: Step, lang: str) -> dict[str, str]:
    """The {title}, {n} and {total} of the texts that say where a self-check stands."""
    return {"title": step.check.title[lang], "n": str(step.position + 1), "total": str(step.total)}


def resume_button(step: Step, lang: str) -> dict[str, str]:
    """ "Ga verder: <title> (vraag n van total)", resuming the check."""
    return {
        "title": t("sc_resume_button", lang, **where(step, lang)),
        "payload": payloads.start_selfcheck(step.check.id),
    }


def ask(dispatcher: CollectingDispatcher, step: Step, lang: str, intro: bool = False) -> None:
    check = step.check
    statement = check.statement(step.position)
    text = t("sc_question", lang, statement=statement.text[lang], **where(step, lang))
    if intro:
        text = check.intro[lang] + "\n\n" + text
    buttons = [
        {
            "title": f"{point.value} · {point.label[lang]}",
            "payload": payloads.selfcheck_answer(point.value, step.run.run_id, statement.id),
        }
        for point in check.scale
    ]
    dispatcher.utter_message(text=text + "\n\n" + scale_hint(check.scale, lang), buttons=buttons)


def scale_range(scale: Scale) -> dict[str, str]:
    """The {min} and {max} of the texts that name the scale."""
    return {"min": str(scale.min), "max": str(scale.max)}


def scale_hint(scale: Scale, lang: str) -> str:
    """The hint under a question, e.g. "Answer 1 to 5 (or type, say, “agree”)"; the example
    is the label one below the top."""
    example = scale.label(max(scale.min, scale.max - 1), lang).lower()
    return t("sc_scale_hint", lang, example=example, **scale_range(scale))


def _role(user: str | None) -> str | None:
    """The stored role of `user` ("employee", "manager", "admin"), None when unknown."""
    if user is None:
        return None
    try:
        profile = service().repo.profile(user)
    except Exception:  # no profile store: treat as an employee
        log.exception("could not read the profile")
        return None
    return profile.role if profile else None


def _suits(article_id: str, lang: str, audience: tuple[str, ...] | None) -> bool:
    art, _ = kb.article(article_id, lang)
    return art is not None and (audience is None or art.audience in audience)


def finish(dispatcher: CollectingDispatcher, step: Step, lang: str, user: str | None = None) -> None:
    """The result of a finished check: score per part and overall (decimal comma in Dutch),
    feedback, tips, the articles to read (as text and as buttons; no heading without
    them), and a chart with the user's previous run of this check beside it."""
    check, result = step.check, step.result
    assert result is not None
    lines = [t("sc_done", lang, **scale_range(check.scale))]
    lines += [f"• {dimension_title(d, lang)}: {decimal(v, lang)}" for d, v in result.per_dimension.items()]
    lines.append(t("sc_overall", lang, score=decimal(result.overall, lang), **scale_range(check.scale)))
    extremes = strongest_and_weakest(result)
    if extremes is not None:  # what the text says follows the scores, not only the band
        best, low = (list_words((dimension_title(d, lang) for d in dims), lang) for dims in extremes)
        lines.append(t("sc_best_and_low", lang, best=best, low=low))
    parts = ["\n".join(lines), result.band.feedback[lang]]
    parts.append(t("sc_try", lang) + "\n" + "\n".join(f"• {tip}" for tip in tips_for(check, result, lang)))
    buttons = []
    # an employee gets no manager article to read; whoever did a manager check leads a team
    audience = None if check.audience == "manager" else kb.audience_for(_role(user), "")
    for aid in articles_for(check, result, audience=lambda a: _suits(a, lang, audience)):
        art, _ = kb.article(aid, lang)
        if art:
            buttons.append({"title": art.title, "payload": payloads.advice(aid)})
    if buttons:
        parts.append(t("sc_read", lang) + "\n" + "\n".join(f"• {b['title']}" for b in buttons))
    else:
        parts.append(t("sc_read_none", lang))
    dispatcher.utter_message(text="\n\n".join(parts), buttons=buttons)
    chart = _chart(step, result, lang, _previous_run(user, step) if user else None)
    if chart:
        dispatcher.utter_message(text=t("sc_chart", lang), image=chart)
    dispatcher.utter_message(
        json_message={
            "type": "selfcheck_result",
            "check": check.id,
            "overall": result.overall,
            "per_dimension": result.per_dimension,
            "band": check.bands.index(result.band),
            "scale": {"min": check.scale.min, "max": check.scale.max},
        }
    )


def _previous_run(user: str, step: Step) -> tuple[str, Score] | None:
    """The user's run of this check before `step`'s: (date "dd-mm-yyyy", its score), or None."""
    try:
        earlier = [
            (run, score)
            for check, run, score in service().history(user)
            if check.id == step.check.id and run.run_id != step.run.run_id
        ]
    except Exception:
        log.exception("could not read earlier runs")
        return None
    if not earlier:
        return None
    run, score = earlier[-1]
    return (run.finished_at or run.started_at).strftime("%d-%m-%Y"), score


def _chart(step: Step, result: Score, lang: str, previous: tuple[str, Score] | None = None) -> str | None:
    try:
        settings = get_settings()
        # named per database (bot/selfchecks/chart_files.py): another instance's run 7 is another chart
        path = selfcheck_chart(settings.chart_dir, getattr(settings, "app_db_url", ""), step.run.run_id, lang)
        scores = {dimension_title(d, lang): v for d, v in result.per_dimension.items()}
        date, before = previous if previous else ("", None)
        earlier = {dimension_title(d, lang): v for d, v in before.per_dimension.items()} if before else None
        title = step.check.title[lang]
        bands = band_mins(step.check)  # the colours follow the feedback text's bands
        flipped = any(s.reverse for s in step.check.statements)  # the axis says how those count
        chart = render_chart(title, scores, path, step.check.scale, lang, earlier, date, bands, flipped)
        return chart.as_uri()
    except Exception:  # a missing chart must not cost the user their result
        log.exception("chart failed")
        return None


# A question what something means ("wat bedoel je met ...", "wa bedoelde met", "what do you
# mean by ..."): asked while a self-check statement is on screen, it is about that statement.
ASKS_MEANING = re.compile(
    r"\b(?:wat|wa|what)\s+(?:bedoel|bedoelt|bedoelde|bedoelen|is\s+bedoeld|do\s+you\s+mean|is\s+meant)\b"
    r"|\bwat\s+betekent\s+(?:dat|dit|die|deze|de)\s*(?:stelling|vraag|zin)?\s*\??\s*$"
    r"|\bwhat\s+does\s+(?:that|this|it|the\s+statement|the\s+question)\s+mean\b"
    r"|\b(?:snap|begrijp)\s+(?:ik\s+)?(?:de|die|deze)\s+(?:vraag|stelling)\s+(?:\w+\s+)?(?:niet|ni|nie)\b"
    r"|\bhoe\s+bedoel\s+(?:je|jij|ge|u)\b|\bwat\s+wordt\s+(?:er\s+)?bedoeld\b"
    r"|\bwhat\s+does\s+(?:this|that|the)\s+(?:statement|question)\s+mean\b"
    r"|\b(?:don'?t|do\s+not)\s+understand\s+(?:the|this)\s+(?:question|statement)\b",
    re.IGNORECASE,
)


def statement_on_screen(tracker: Tracker) -> bool:
    """Whether a self-check statement waits for its answer (a running, unpaused check)."""
    try:
        step = service().open_step(tracker.sender_id)
    except Exception:  # no self-check store: nothing is on screen
        log.exception("could not look up an open self-check")
        return False
    return step is not None and not step.run.paused and not step.done


def answered_as_statement_question(dispatcher: CollectingDispatcher, tracker: Tracker, lang: str) -> bool:
    """A typed question what something means ("wa bedoelde met opvallende opmerkingen?",
    `ASKS_MEANING`) while a statement is on screen: how to read a statement, then the
    statement again; return True. It got the whole help text with a button to start a
    self-check, while one was running (tester round of stop 49). False for anything else."""
    text = str(tracker.latest_message.get("text") or "")
    if payloads.is_payload(text) or not ASKS_MEANING.search(text) or not statement_on_screen(tracker):
        return False
    dispatcher.utter_message(text=t("sc_statement_meaning", lang))
    offer_to_continue(dispatcher, tracker, lang)
    return True


def offer_to_continue(dispatcher: CollectingDispatcher, tracker: Tracker, lang: str) -> None:
    """After answering a question asked mid-check, one clear way back: "carry on with
    question 3 of 8?", then that statement again with its answer buttons, so a number typed
    next answers the statement on screen (and a stop button to pause instead)."""
    try:
        step = service().open_step(tracker.sender_id)
    except Exception:
        log.exception("could not look up an open self-check")
        return
    if step is None or step.run.paused or step.done:
        return
    dispatcher.utter_message(
        text=t("sc_offer_continue", lang, **where(step, lang)),
        buttons=[{"title": t("sc_stop", lang), "payload": payloads.stop()}],
    )
    ask(dispatcher, step, lang)


def handle_answer(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    lang: str,
    value: int,
    bound: payloads.BoundAnswer | None = None,
) -> None:
    """Apply an answer once, to the statement it was made for: a button's (`bound`) only to
    its own run and statement, a typed one to the statement on screen. A stale or repeated
    tap gets a short note and the current question; a retried message is not applied again.
    A tap on the paused statement's own button resumes the check, and says so."""
    answered = service().answer(
        tracker.sender_id,
        value,
        bound=(bound.run_id, bound.statement_id) if bound is not None else None,
        message_id=message_id(tracker),
    )
    if answered is None:
        dispatcher.utter_message(
            text=t("sc_no_open", lang),
            buttons=[{"title": t("sc_start_button", lang), "payload": payloads.start_selfcheck()}],
        )
        return
    step = answered.step
    typed = str(tracker.latest_message.get("text") or "").strip()
    choices = _choices_on_screen(tracker)
    if bound is None and answered.outcome != "stale" and _LOOSE_NUMBER.fullmatch(typed) and choices:
        # "2" typed under "Gaat het hierover?" (or another menu) mid-check: a bare number is the
        # statement's score; say so, and give the choices again to tap (stop 53)
        label = answered.step.check.scale.label(value, lang)
        dispatcher.utter_message(
            text=t("sc_number_as_score", lang, value=str(value), label=label), buttons=choices
        )
    elif (
        bound is None
        and answered.outcome != "stale"
        and not payloads.is_payload(typed)
        and not _LOOSE_NUMBER.fullmatch(typed)
    ):
        # "nee", "meestal wel", "oneens": say what it was read as (a number or a button says itself)
        label = answered.step.check.scale.label(value, lang)
        dispatcher.utter_message(text=t("sc_typed_as", lang, value=str(value), label=label))
    dispatcher.utter_message(json_message={"type": "selfcheck_answer", "outcome": answered.outcome})
    if answered.outcome == "stale":
        dispatcher.utter_message(text=t("sc_stale_answer", lang))
    elif answered.resumed:
        dispatcher.utter_message(text=t("sc_resumed_by_answer", lang))  # tapped after "stop"
    if step.done:
        finish(dispatcher, step, lang, tracker.sender_id)
    else:
        ask(dispatcher, step, lang)


def _choices_on_screen(tracker: Tracker) -> list[dict[str, str]]:
    """The buttons of the coach's last reply when they were choices without the statement's
    answer buttons (an offer "Gaat het hierover?", a topic menu); [] otherwise. A number typed
    then was still the statement's score (`handle_answer`): the choices are picked by a tap."""
    buttons = [b for r in last_reply(tracker) for b in r.get("buttons") or []]
    if any(str(b.get("payload", "")).startswith("/selfcheck_answer") for b in buttons):
        return []
    return [
        {"title": str(b.get("title") or ""), "payload": str(b.get("payload") or "")}
        for b in buttons
        if b.get("title") and payloads.is_payload(str(b.get("payload") or ""))
    ]


class ActionStartSelfcheck(CoachAction):
    def name(self) -> str:
        return "action_start_selfcheck"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        lang = tracker.get_slot("language") or "nl"
        raw_text = tracker.latest_message.get("text") or ""
        if not payloads.is_payload(raw_text) and asks_to_stop(raw_text):
            # "ik wil niet verder met de vragenlijst": naming the self-check never starts one
            return await ActionStop().run(dispatcher, tracker, domain)
        from actions.advice import answered_as_work_matter, respond_from_knowledge  # advice imports this

        if answered_as_work_matter(dispatcher, tracker):  # "waar mag ik mijn fiets parkeren?"
            return []
        if not payloads.is_payload(raw_text) and tells_of_someone(raw_text):
            # "mevrouw van 75 snapt de zelfscan niet": a self-scan till, not a self-check
            respond_from_knowledge(dispatcher, tracker, unsure=True)
            return []
        user = tracker.sender_id
        svc = service()
        check_id = _entity(tracker, "selfcheck_id")
        open_step = svc.open_step(user)
        go_on = open_step is not None and not payloads.is_payload(raw_text) and asks_to_go_on(raw_text)
        if check_id is None and go_on:
            check_id = open_step.check.id
        if (
            check_id is None
            and not payloads.is_payload(raw_text)
            and not names_a_selfcheck(
                raw_text, [title for check in svc.checks().values() for title in check.title.values()]
            )
            and not go_on
        ):
            # "mag ik zelf een korting geven" ("zelf" ~ "zelftest"): a question, answered as one
            from actions.advice import respond_from_knowledge

            respond_from_knowledge(dispatcher, tracker)
            return []
        start_or_offer(dispatcher, tracker, lang, check_id)
        return []


def start_or_offer(
    dispatcher: CollectingDispatcher, tracker: Tracker, lang: str, check_id: str | None
) -> None:
    """Start (or resume) `check_id` when it is meant for the user (a team lead's check for a team
    lead: `checks_role`), with its intro before the first statement; else the self-checks they may
    do (`offer_selfchecks`), after a word why when it was not for them."""
    svc = service()
    user = tracker.sender_id
    role = checks_role(tracker)
    managers_refused = False
    if check_id and check_id in svc.checks():
        if svc.checks()[check_id].audience == "manager":
            role = leading(role)  # an admin may do the managers' checks
        if not svc.allowed(user, check_id, role):
            log.warning("refused a self-check outside the user's audience")
            managers_refused = svc.checks()[check_id].audience == "manager"  # said in the list
            if not managers_refused:
                dispatcher.utter_message(text=t("sc_not_for_you", lang))
            check_id = None
    if check_id:
        step = svc.start(user, check_id, role)
        if step is None:
            dispatcher.utter_message(text=t("sc_unknown", lang))
        else:
            ask(dispatcher, step, lang, intro=step.position == 0)
            return
    offer_selfchecks(dispatcher, tracker, lang, managers_refused)


def menu_on_screen(tracker: Tracker) -> list[str]:
    """The ids of the self-checks in the list the coach's last reply was ("Welke zelftest wil je
    doen?", `offer_selfchecks`: a resume button first when one is paused), in the order shown; []
    when the last reply was no such list (buttons that start a named self-check and nothing else,
    two or more, or one under the list's own heading)."""
    headings = {t(key, lang) for key in ("sc_choose", "sc_choose_managers") for lang in ("nl", "en")}
    for reply in last_reply(tracker):
        ids = []
        for button in reply.get("buttons") or []:
            parsed = payloads.parse(str(button.get("payload") or ""))
            check_id = parsed.entity("selfcheck_id") if parsed else None
            if parsed is None or parsed.intent != payloads.START_SELFCHECK or not check_id:
                ids = []
                break
            ids.append(check_id)
        if ids and (len(ids) > 1 or str(reply.get("text") or "") in headings):
            return ids
    return []


def answered_as_menu_choice(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """Right after the list of self-checks, a typed pick from it starts that check, whatever intent
    NLU read: its number or ordinal ("2", "de tweede", "the last one") or its title or a clear part
    of it ("de zeven principes", "echt luisteren", "beloftes": bot/selfchecks/asking.py
    `picked_from_menu`); True then. Tester round of stop 53: "de zeven principes" typed at the list
    opened the principles article. A bare number while a statement is open is its score, as
    anywhere (`handle_answer`); a question ("wat zijn de zeven principes?") is answered as one."""
    text = str(tracker.latest_message.get("text") or "")
    if not text.strip() or payloads.is_payload(text):
        return False
    shown = menu_on_screen(tracker)
    if not shown:
        return False
    checks = service().checks()
    titles = [list(checks[cid].title.values()) if cid in checks else [] for cid in shown]
    place = picked_from_menu(text, titles)
    if place is None or (_LOOSE_NUMBER.fullmatch(text.strip()) and statement_on_screen(tracker)):
        return False
    start_or_offer(dispatcher, tracker, tracker.get_slot("language") or "nl", shown[place])
    return True


def _keyboards_on_screen(tracker: Tracker) -> list[Keyboard]:
    """The coach's reply to the user's previous message as the messages with buttons, in the
    order sent: (text, [(title, payload), ...]) each (bot/dialogue/choices.py `Keyboard`)."""
    keyboards: list[Keyboard] = []
    for reply in reversed(last_reply(tracker)):
        shown = [(str(b.get("title") or ""), str(b.get("payload") or "")) for b in reply.get("buttons") or []]
        if shown:
            keyboards.append((str(reply.get("text") or ""), shown))
    return keyboards


# the action that handles each intent a button's payload triggers (data/rules/*.yml: the
# rule for that intent); a place typed on the list picks the button as a tap on it would
PAYLOAD_ACTIONS: dict[str, tuple[str, str]] = {
    payloads.ASK_ADVICE: ("actions.advice", "ActionAnswerAdvice"),
    payloads.ASK_COACHING_TIP: ("actions.coaching", "ActionCoachingTip"),
    payloads.START_SELFCHECK: ("actions.selfcheck", "ActionStartSelfcheck"),
    payloads.SELFCHECK_ANSWER: ("actions.selfcheck", "ActionSelfcheckAnswer"),
    payloads.SHOW_RESULTS: ("actions.selfcheck", "ActionShowResults"),
    payloads.STOP: ("actions.selfcheck", "ActionStop"),
    payloads.HELP: ("actions.help", "ActionHelp"),
    payloads.GREET: ("actions.small_talk", "ActionSmallTalk"),
    payloads.FEEDBACK: ("actions.feedback", "ActionFeedback"),
    payloads.SET_LANGUAGE: ("actions.language", "ActionSetLanguage"),
    "team_results": ("actions.selfcheck", "ActionTeamResults"),
    "affirm": ("actions.yes_no", "ActionAffirm"),
    "deny": ("actions.yes_no", "ActionDeny"),
}


def open_statement(tracker: Tracker) -> Step | None:
    """The self-check statement the user is at (a check open, not paused, not done), else None;
    None too when the self-check store cannot be read (logged)."""
    try:
        step = service().open_step(tracker.sender_id)
    except Exception:  # no self-check store: no statement is open
        log.exception("could not read the open self-check")
        return None
    return None if step is None or step.run.paused or step.done else step


def button_picked(tracker: Tracker) -> str | None:
    """The payload of the button a typed place picks from the list on screen ("2", "nr 2", "2.",
    "de tweede", "the last one" after an offer, an overview, an answer's topics, the ways
    forward; bot/dialogue/choices.py `by_place`), for a channel that sends the typed text as it
    is (plain REST); None for anything else, for a payload, with a statement's answer buttons on
    screen and while a statement is open and not paused (a number is its score there). Stop 59:
    channels that map numbers to buttons (the terminal, Telegram) picked, plain REST did not."""
    text = str(tracker.latest_message.get("text") or "")
    if not text.strip() or payloads.is_payload(text):
        return None
    keyboards = _keyboards_on_screen(tracker)
    picked = by_place(text, keyboards) if keyboards else None
    parsed = payloads.parse(picked)
    if picked is None or parsed is None or parsed.intent not in PAYLOAD_ACTIONS:
        return None
    if open_statement(tracker) is not None:
        return None
    return picked


def as_pressed(tracker: Tracker, payload: str) -> Tracker:
    """A copy of `tracker` in which the latest message is `payload` (its intent, and its
    entities as Rasa reads a payload's: with the place of their JSON in it), as if its button had
    been tapped; the latest user event carries it too."""
    parsed = payloads.parse(payload)
    assert parsed is not None  # `button_picked` gives only payloads it could read
    start = payload.find("{")
    entities = [
        {"entity": name, "value": value, "start": start, "end": len(payload)}
        for name, value in parsed.entities.items()
    ]
    parse_data = {"text": payload, "intent": {"name": parsed.intent, "confidence": 1.0}, "entities": entities}
    pressed = tracker.copy()
    pressed.latest_message = {**pressed.latest_message, **parse_data}
    for event in reversed(pressed.events):
        if event.get("event") == "user":
            event.update(text=payload, parse_data={**(event.get("parse_data") or {}), **parse_data})
            break
    return pressed


async def run_picked(
    payload: str, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
) -> list[dict[str, Any]]:
    """Run the action for `payload`'s intent (`PAYLOAD_ACTIONS`) as if its button had been
    tapped (`as_pressed`); its events."""
    parsed = payloads.parse(payload)
    assert parsed is not None and parsed.intent in PAYLOAD_ACTIONS
    module, name = PAYLOAD_ACTIONS[parsed.intent]
    action = getattr(importlib.import_module(module), name)()
    return await action.run(dispatcher, as_pressed(tracker, payload), domain)


def answered_as_number_outside_list(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """A typed number (or place in words) that picks nothing from the list on screen because the
    list has fewer places ("9", "0" or "12" after the seven principles; "nummer 5" under an offer
    of three: bot/dialogue/choices.py `place_outside`): the list's range, asked to pick one of
    those, with its buttons again; True then. Not while a statement is open and not paused (a
    number is its score, or off its scale: `say_not_understood`). Tester round of stop 57: a
    bare "a number on its own picks nothing" line, whatever list was on screen. Since stop 59 a
    place that is on the list picks its button first, on any channel (actions/base.py
    `answering_places_first`)."""
    text = str(tracker.latest_message.get("text") or "")
    if not text.strip() or payloads.is_payload(text):
        return False
    keyboards = _keyboards_on_screen(tracker)
    places = place_outside(text, keyboards) if keyboards else None
    if places is None:
        return False
    if open_statement(tracker) is not None:
        return False
    lang = tracker.get_slot("language") or "nl"
    buttons = [{"title": title, "payload": payload} for title, payload in list_on_screen(keyboards)]
    said = t("choice_number_outside", lang, first="1", last=str(places))
    dispatcher.utter_message(text=said, buttons=buttons)
    return True


def answered_as_pick_without_list(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """A typed pick ("optie b", "option c", "keuze 2", "b)": bot/dialogue/choices.py
    `nothing_to_pick`) while no list is on screen: a short line that there is nothing to pick from
    and what to do instead, with the help button; True then. Not while a statement is open and not
    paused (there it is read as an answer, or told it is none). Stop 62: "optie b" got the help list
    whatever was on screen; a number past the end of a list gets its range
    (`answered_as_number_outside_list`)."""
    text = str(tracker.latest_message.get("text") or "")
    if not text.strip() or payloads.is_payload(text):
        return False
    if not nothing_to_pick(text, _keyboards_on_screen(tracker)) or open_statement(tracker) is not None:
        return False
    lang = tracker.get_slot("language") or "nl"
    dispatcher.utter_message(
        text=t("choice_no_list", lang),
        buttons=[{"title": t("help_button_help", lang), "payload": payloads.show_help()}],
    )
    return True


def checks_role(tracker: Tracker) -> str:
    """The role whose self-checks the user gets (bot/selfchecks/leaders.py `checks_role`):
    from their stored profile, the channel's metadata "role" and what they typed in this
    conversation ("ik ben teamleider"). The team view stays with the stored profile."""
    channel = (tracker.latest_message.get("metadata") or {}).get("role")
    return role_for_checks(_role(tracker.sender_id), channel, user_texts(tracker))


def user_texts(tracker: Tracker) -> list[str]:
    """What the user typed in this conversation (the latest message too), without button payloads."""
    texts = [str(e.get("text") or "") for e in tracker.events or [] if e.get("event") == "user"]
    texts.append(str(tracker.latest_message.get("text") or ""))
    return [text for text in texts if text and not payloads.is_payload(text)]


def offer_selfchecks(
    dispatcher: CollectingDispatcher, tracker: Tracker, lang: str, managers_refused: bool = False
) -> None:
    """The self-checks the user may do, as buttons ("Welke zelftest wil je doen?"), the one
    they paused first (to resume); "no self-checks" when there are none for them. A message
    that names one of them by a word of its title starts (or resumes) that one
    (bot/selfchecks/asking.py `named_check`). A request for the managers' checks ("zelftest
    voor leidinggevenden") lists those for a team lead (`checks_role`; an admin too); anyone
    else is told they are for team leads and how to get that role, then gets their own (as
    when `managers_refused`: a managers' check was asked for by name or button)."""
    user = tracker.sender_id
    svc = service()
    open_step = svc.open_step(user)
    text = str(tracker.latest_message.get("text") or "")
    role = checks_role(tracker)
    for_managers = not payloads.is_payload(text) and asks_for_manager_checks(text)
    if for_managers:
        role = leading(role)
    # "als afdelingshoofd wil ik een zelftest": the role said with the request gets the
    # managers' heading, so the reply says it was heard (tester round of stop 52)
    leads_said = not payloads.is_payload(text) and says_to_lead_a_team(text)
    if (for_managers or managers_refused) and role != "manager":
        dispatcher.utter_message(text=t("sc_managers_only", lang))
    checks = svc.available(user, role)
    if not checks:
        dispatcher.utter_message(text=t("sc_none", lang))
        return
    titles = {c.id: list(c.title.values()) for c in checks}
    named = None if payloads.is_payload(text) else named_check(text, titles)
    step = svc.start(user, named, role) if named else None
    if step is not None:  # "zelftest beloftes nakomen": that one, not the list
        ask(dispatcher, step, lang, intro=step.position == 0)
        return
    running, resumable = _running_and_resumable(open_step)
    buttons = [resume_button(resumable, lang)] if resumable is not None else []
    shown_apart = running or resumable  # the open check: resumed by its own button, or asked below
    buttons += [
        {"title": c.title[lang], "payload": payloads.start_selfcheck(c.id)}
        for c in checks
        if shown_apart is None or c.id != shown_apart.check.id
    ]
    heading = "sc_choose_managers" if (for_managers or leads_said) and role == "manager" else "sc_choose"
    if buttons:
        dispatcher.utter_message(text=t(heading, lang), buttons=buttons)
    if running is not None:
        # the list asked for mid-check: the statement again, last, with its answer buttons, so a
        # "2" typed next is its score on every channel (the list's buttons then carry letters or
        # no keys: bot/dialogue/choices.py `place_target`). Tester D4 of stop 69: on Telegram a
        # "2" meant as the answer picked the list's second check and dropped the open one.
        offer_to_continue(dispatcher, tracker, lang)


def _running_and_resumable(step: Step | None) -> tuple[Step | None, Step | None]:
    """The user's open check as (running, resumable): running while a statement waits for its
    answer (not paused); resumable when paused with answers saved. A check stopped before its
    first answer is neither: "nothing saved" was said, so the list shows it in its own place,
    not as "Ga verder: … (vraag 1 van 7)" (tester D4 of stop 69)."""
    if step is None or step.done:
        return None, None
    if not step.run.paused:
        return step, None
    return None, (step if step.run.answers else None)


def _answered_as_unsure_about_going_on(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """actions/selfcheck_unread.py `answered_as_unsure_about_going_on` (which builds on this module)."""
    from actions.selfcheck_unread import answered_as_unsure_about_going_on

    return answered_as_unsure_about_going_on(dispatcher, tracker)


class ActionSelfcheckAnswer(CoachAction):
    selfcheck_answers_first = False  # it is the answer's own action (buttons, paused checks)

    def name(self) -> str:
        return "action_selfcheck_answer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        lang = tracker.get_slot("language") or "nl"
        if answered_as_results_request(dispatcher, tracker):  # "wat is mijn score" (NLU: an answer)
            return []
        if answered_as_role_and_selfcheck_request(dispatcher, tracker):
            return []
        if answered_as_number_outside_list(dispatcher, tracker):  # "9" after a list of seven (stop 58)
            return []
        svc = service()
        step = svc.open_step(tracker.sender_id)
        text = tracker.latest_message.get("text") or ""
        bound = payloads.bound_answer_of(text)
        if bound is not None and bound.run_id is None:
            bound = payloads.BoundAnswer(bound.value, -1, None)  # an unbound button: never applied
        if step is not None and step.run.paused and bound is None and kb.names_numbered_concept(text):
            # "niveau twee", "paradigma shift 5" while a check is paused (NLU: an answer): a
            # question about the frameworks (verifier round of stop 52)
            from actions.advice import respond_from_knowledge

            respond_from_knowledge(dispatcher, tracker)
            return []
        if (
            step is not None
            and bound is None
            and not payloads.is_payload(text)
            and parse_answer(text, step.check, with_condition=True) is None
            and _answered_as_unsure_about_going_on(dispatcher, tracker)
        ):
            return []  # "misschien" to "Verder met vraag 4 van 7?" (NLU: an answer): asked again (stop 63)
        if step is not None and step.run.paused and bound is None:
            # typed after "stop": the user paused, so a "3" or "eens" resumes nothing by itself
            # (a tap on the statement's own button does: it was made for that statement)
            dispatcher.utter_message(
                text=t("sc_paused_answer", lang, **where(step, lang)), buttons=[resume_button(step, lang)]
            )
            return []
        typed = bound is None and not payloads.is_payload(text)
        if step is not None and typed and plain_yes_no(text) is not None and carry_on_asked(tracker):
            # "nee" to "Verder met vraag 2 van 7?" (NLU: an answer) replies to that question;
            # it scored 2 (tester round of stop 42). A yes shows the statement again.
            from actions.yes_no import ActionAffirm, ActionDeny  # yes_no builds on this module

            replier = ActionAffirm() if plain_yes_no(text) == "agree" else ActionDeny()
            replier.reply(dispatcher, tracker, lang, None)
            return []
        # a number in a request for a shorter answer is no score: "kunde da eens in één zin
        # zeggen" (NLU's value: "één") was recorded as 1 (tester round of stop 55)
        heard = None if typed and asks_for_shorter(text) else _entity(tracker, "selfcheck_value")
        raw = (bound.value if bound else None) or heard or text
        # with no statement open, an answer word with a condition after it ("soms als de klant
        # boos is ...") is a question rather than an answer (bot/selfchecks/answers.py)
        value = parse_answer(raw, step.check if step else None, with_condition=step is not None)
        if step is not None and typed and answer_word_asked(text, step.check.scale):
            value = None  # "eens?", "soms?": asked back, whatever NLU heard in it (stop 60)
        typed_words = typed and not _LOOSE_NUMBER.fullmatch(text.strip())
        if step is None and value is None and typed_words:
            # NLU heard an answer, but no self-check is open and the words are none
            # ("agressieve klant aan de kassa" read as "agree", tester round of stop 32):
            # a question for the knowledge base
            from actions.advice import respond_from_knowledge

            respond_from_knowledge(dispatcher, tracker, unsure=True)
            return []
        if step is not None and value is None and typed and asked_back(text, step):
            say_asked_back(dispatcher, step, lang)  # "klopt dat?", "eens?" (NLU: an answer): asked back
            return []
        if step is not None and value is None:
            say_not_understood(dispatcher, step, lang, raw)
            return []
        if step is None and bound is None and _LOOSE_NUMBER.fullmatch(text.strip()):
            # "3" or "1)" typed with no statement open: meant as a menu choice, not an answer
            dispatcher.utter_message(
                text=t("choice_number_unbound", lang),
                buttons=[
                    {"title": t("sc_start_button", lang), "payload": payloads.start_selfcheck()},
                    {"title": t("help_button_help", lang), "payload": payloads.show_help()},
                ],
            )
            return []
        handle_answer(dispatcher, tracker, lang, value or 0, bound)
        return []


def asked_back(text: str, step: Step) -> bool:
    """True when `text` asks the coach back whether the statement holds ("klopt dat?", "ja?":
    bot/selfchecks/not_understood.py `asks_whether_it_holds`) or whether a word of its scale is
    the answer ("eens?", "soms?", "always?", "altjid?": bot/selfchecks/answers.py
    `answer_word_asked`, stop 60)."""
    return asks_whether_it_holds(text) or answer_word_asked(text, step.check.scale)


def say_not_understood(dispatcher: CollectingDispatcher, step: Step, lang: str, typed: str) -> None:
    """`typed` was meant as an answer but is none on the scale: say so (a number off the
    scale with the scale's range), then the statement again with its scale. A question back
    (`asked_back`: "eens?", whichever action NLU chose) gets `say_asked_back` instead."""
    if asked_back(typed, step):
        say_asked_back(dispatcher, step, lang)
        return
    scale = step.check.scale
    wrong = off_scale(typed, scale)
    if wrong is not None:
        dispatcher.utter_message(text=t("sc_off_scale", lang, value=str(wrong), **scale_range(scale)))
    else:
        dispatcher.utter_message(text=t("sc_not_understood", lang, **scale_range(scale)))
    ask(dispatcher, step, lang)


def say_asked_back(dispatcher: CollectingDispatcher, step: Step, lang: str) -> None:
    """A question back at the statement ("klopt dat?", "is dat zo?", "is that right?":
    bot/selfchecks/not_understood.py `asks_whether_it_holds`): only the one answering can say,
    how to read it, then the statement again with its scale. Nothing is scored."""
    dispatcher.utter_message(text=t("sc_asked_back", lang, **scale_range(step.check.scale)))
    ask(dispatcher, step, lang)


def pause_open_check(dispatcher: CollectingDispatcher, tracker: Tracker, lang: str) -> None:
    """Pause the user's open self-check and say so ("nothing saved yet" when it had no
    answers); with none open, the domain's utter_stop. One already paused is said to be so, with
    the way on (tester round of stop 65: a second "stop" repeated "Gestopt ..." word for word)."""
    before = service().open_step(tracker.sender_id)
    if before is not None and before.run.paused and before.run.answers:
        dispatcher.utter_message(
            text=t("sc_already_paused", lang, **where(before, lang)), buttons=[resume_button(before, lang)]
        )
        return
    if before is not None and before.run.paused:  # stopped before anything was answered
        dispatcher.utter_message(text=t("sc_already_stopped", lang))
        return
    step = service().pause(tracker.sender_id)
    if step is not None and not step.run.answers:
        dispatcher.utter_message(text=t("sc_stopped_nothing", lang))  # nothing saved: don't say so
    elif step is not None:
        dispatcher.utter_message(text=t("sc_paused", lang))
    else:
        dispatcher.utter_message(response="utter_stop")


class ActionStop(CoachAction):
    detects_language = False  # utters utter_stop: action_detect_language runs before it (data/rules)

    def name(self) -> str:
        return "action_stop"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        lang = tracker.get_slot("language") or "nl"
        text = tracker.latest_message.get("text") or ""
        if text and not payloads.is_payload(text):
            from actions.advice import answered_as_work_matter, respond_from_knowledge

            # "mag ik op het terrein parkeren", "ik wil stoppen met werken hier": a question
            # NLU read as stop is answered (a work matter: where to go), nothing is paused
            if answered_as_work_matter(dispatcher, tracker):
                return []
            if not asks_to_stop(text) and names_a_selfcheck(text):
                # "doe maar een vragenlijst met mij" (NLU: stop): asks for a self-check
                return await ActionStartSelfcheck().run(dispatcher, tracker, domain)
            if not asks_to_stop(text):
                respond_from_knowledge(dispatcher, tracker)
                return []
        pause_open_check(dispatcher, tracker, lang)
        return []


def answered_as_a_question(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """For the results actions: a typed message that names no results (bot/selfchecks/
    asking.py) is answered as the question it is, and True is returned. NLU read "mn team
    doet het minimum" as team results and "ik ben mijn naambordje kwijt" as my results."""
    text = tracker.latest_message.get("text") or ""
    titles = [title for check in service().checks().values() for title in check.title.values()]
    if payloads.is_payload(text) or asks_for_results(text, titles):
        return False
    from actions.advice import respond_from_knowledge  # advice imports this module

    respond_from_knowledge(dispatcher, tracker)
    return True


class ActionShowResults(CoachAction):
    work_matters_first = True  # "waar zie ik mijn loonstrook" is no self-check result

    def name(self) -> str:
        return "action_show_results"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        lang = tracker.get_slot("language") or "nl"
        if answered_as_a_question(dispatcher, tracker):
            return []
        show_results(dispatcher, tracker, lang)
        return []


def show_results(
    dispatcher: CollectingDispatcher, tracker: Tracker, lang: str, meaning: bool = False
) -> None:
    """The user's self-check results as /resultaten shows them: per check its latest score
    per part with the change since the run before, where a paused check stands, and, asked
    mid-check, the statement again. With `meaning` (asked what they mean: "wat betekent mijn
    uitslag", tester round of stop 52), each check's score comes with what its band says."""
    history = service().history(tracker.sender_id)
    paused = _paused_step(tracker.sender_id)
    if not history:
        if paused is not None:  # stopped halfway: where it stands and how to go on
            text = t("sc_no_results", lang) + " " + t("sc_results_paused", lang, **where(paused, lang))
            dispatcher.utter_message(text=text, buttons=[resume_button(paused, lang)])
            return
        dispatcher.utter_message(
            text=t("sc_no_results", lang),
            buttons=[{"title": t("sc_start_button", lang), "payload": payloads.start_selfcheck()}],
        )
        offer_to_continue(dispatcher, tracker, lang)
        return
    blocks = [t("sc_results_head", lang)]
    by_check: dict[str, list] = {}
    for check, run, result in history:
        by_check.setdefault(check.id, []).append((check, run, result))
    for entries in by_check.values():
        check, run, result = entries[-1]
        date = (run.finished_at or run.started_at).strftime("%d-%m-%Y")
        lines = [
            t(
                "sc_result_line",
                lang,
                title=check.title[lang],
                date=date,
                score=decimal(result.overall, lang),
                max=str(check.scale.max),
            )
        ]
        previous = entries[-2][2] if len(entries) > 1 else None
        for dim, value in result.per_dimension.items():
            trend = _trend(previous, dim, value, lang)
            lines.append(f"  • {dimension_title(dim, lang)}: {decimal(value, lang)}{trend}")
        if meaning:
            lines.append(result.band.feedback[lang])
        blocks.append("\n".join(lines))
    dispatcher.utter_message(text="\n\n".join(blocks))
    if paused is not None:  # a check stopped halfway has no result yet: say where it stands
        dispatcher.utter_message(
            text=t("sc_results_paused", lang, **where(paused, lang)),
            buttons=[resume_button(paused, lang)],
        )
    offer_to_continue(dispatcher, tracker, lang)  # asked mid-check: the statement again


def _results_shown(tracker: Tracker, turns: int = 3) -> bool:
    """Whether the coach showed self-check results (a finished check's, or /resultaten) in its
    replies to the user's last `turns` messages."""
    heads = tuple(t("sc_results_head", lang) for lang in ("nl", "en"))
    users = 0
    for event in reversed(tracker.events or []):
        if event.get("event") == "user":
            users += 1
            if users > turns:
                break
        elif event.get("event") == "bot":
            data = event.get("data") or {}
            if (data.get("custom") or {}).get("type") == "selfcheck_result":
                return True
            if str(event.get("text") or data.get("text") or "").startswith(heads):
                return True
    return False


def _band_name(check: Any, value: float, lang: str) -> str:
    """ "laag (onder 2,5)", "midden (van 2,5 tot 3,75)", "hoog (3,75 of meer)": where `value` lies
    among the check's feedback bands, named as the chart's colours are (bot/selfchecks/chart.py)."""
    mins = band_mins(check)
    low, high = band_limits(check.scale, mins)

    def limit(v: float) -> str:
        return decimal(v, lang, digits=1 if round(v, 1) == round(v, 2) else 2)

    where_ = band(check.scale, value, mins)
    if where_ == "low":
        return t("sc_band_low", lang, high=limit(low))
    if where_ == "high":
        return t("sc_band_high", lang, low=limit(high))
    return t("sc_band_middle", lang, low=limit(low), high=limit(high))


def answered_as_score_question(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """A question about a score number ("wat betekent die 2,9 nou, is dat slecht?", "is 2.9 bad",
    "what does my 3.4 mean": bot/selfchecks/asking.py `asks_about_a_score`) from someone with
    results: which feedback band that score falls in and what the band says, for the check (and
    part) whose latest score it is, else for the check last done when results were just shown;
    without either, the results with what they mean (`show_results`). True when answered. Tester
    round of stop 53: the first got "don't know". Not while a statement waits for its answer."""
    text = str(tracker.latest_message.get("text") or "")
    if not text.strip() or payloads.is_payload(text):
        return False
    try:
        history = service().history(tracker.sender_id)
    except Exception:  # no self-check store: no results to speak of
        log.exception("could not read the self-check history")
        return False
    if not history:
        return False
    value = asks_about_a_score(text, max(check.scale.max for check, _, _ in history))
    if value is None or statement_on_screen(tracker):
        return False
    lang = tracker.get_slot("language") or "nl"
    latest = {check.id: (check, result) for check, _, result in history}
    shown = decimal(value, "en")  # as the results show a score: one decimal, rounded as people do
    found = next(
        (
            (check, dim)
            for check, result in reversed(list(latest.values()))
            for dim, score in [(None, result.overall), *result.per_dimension.items()]
            if decimal(score, "en") == shown
        ),
        None,
    )
    if found is None and not _results_shown(tracker):
        show_results(dispatcher, tracker, lang, meaning=True)
        return True
    named = named_by_title(text, {cid: c.title.values() for cid, (c, _) in latest.items()})
    check, dim = found if found is not None else (latest[named][0] if named else history[-1][0], None)
    if not check.scale.min <= value <= check.scale.max:
        return False
    score = decimal(value, lang)
    lines = []
    if found is not None:
        part = dimension_title(dim, lang) if dim else None
        lines.append(
            t("sc_score_is_part", lang, score=score, part=part)
            if part
            else t("sc_score_is_overall", lang, score=score)
        )
    feedback = [b for b in check.bands if b.min <= value][-1].feedback[lang]
    lines.append(
        t(
            "sc_score_band",
            lang,
            score=score,
            title=check.title[lang],
            band=_band_name(check, value, lang),
            feedback=feedback,
            **scale_range(check.scale),
        )
    )
    text_said = " ".join(lines)
    if found is None:  # not one of the user's own scores: theirs beside it (stop 54)
        text_said += "\n\n" + _own_average(text, check, latest[check.id][1], lang)
    dispatcher.utter_message(text=text_said)
    return True


# a band's short name, as the chart's legend says "midden" (bot/i18n.py)
_BAND_WORD = {"low": "sc_band_word_low", "middle": "chart_middle", "high": "sc_band_word_high"}


def _own_average(text: str, check: Any, result: Score, lang: str) -> str:
    """ "Jouw eigen gemiddelde voor Beloftes nakomen is 3,1 (midden).": the user's own latest
    average on `check` beside a score they asked about that is not theirs (stop 54: "wat betekent
    een 2,9?" named the band of 2,9 and not the user's own 3,1); that of the part `text` names by
    a word of its title only ("een 2,9 bij luisteren"), else the check's overall average."""
    parts = {dim: [dimension_title(dim, lg) for lg in ("nl", "en")] for dim in result.per_dimension}
    dim = named_by_title(text, {None: check.title.values(), **parts})
    if dim is None:
        name, value = check.title[lang], result.overall
    else:
        name, value = dimension_title(dim, lang), result.per_dimension[dim]
    where_ = t(_BAND_WORD[band(check.scale, value, band_mins(check))], lang)
    return t("sc_own_average", lang, part=name, score=decimal(value, lang), band=where_)


def answered_as_results_request(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """A typed request for one's own results in one's own words ("hoe sta ik ervoor?", "hoe heb
    ik het gedaan", "wat is mijn score", "how did I do on the test": bot/selfchecks/asking.py
    `asks_for_own_results`) gets the results as /resultaten shows them, whatever intent NLU
    read; return True then. Tester round of stop 52: NLU read "hoe sta ik ervoor?" as help (the
    help text came) and "how did i do on the test" as a request to start a self-check; later in
    that round "kan ik mijn scores nog eens zien" got the NPS article and "wat betekent mijn
    uitslag nou eigenlijk" a refusal (asked what they mean, the bands' words come with them)."""
    if answered_as_score_question(dispatcher, tracker):  # "wat betekent die 2,9 nou?" (stop 53)
        return True
    text = str(tracker.latest_message.get("text") or "")
    if payloads.is_payload(text) or not asks_for_own_results(text):
        return False
    lang = tracker.get_slot("language") or "nl"
    show_results(dispatcher, tracker, lang, meaning=asks_what_results_mean(text))
    return True


def answered_as_role_and_selfcheck_request(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """A message that says the sender leads a team and asks to do a self-check ("als
    afdelingshoofd van de thuiszorg wil ik een zelftest", "ik ben teamleider en wil graag de
    zelfscan doen", "as a store manager i'd like to take the self-check") does both: the role
    counts for this request (`checks_role` reads it from the message) and the managers'
    self-checks are offered, or the one it names is started (`offer_selfchecks`); return True
    then, whatever intent NLU read. Tester round of stop 52: NLU read the first as a question
    and the coach had no answer; the second got only a welcome. Since stop 53 this also reads a
    pick typed at the list of self-checks (`answered_as_menu_choice`): it runs first for every
    action's typed message (actions/selfcheck_unread.py) and in `ActionSelfcheckAnswer`."""
    if answered_as_menu_choice(dispatcher, tracker):  # "de zeven principes" typed at the list (stop 53)
        return True
    text = str(tracker.latest_message.get("text") or "")
    if payloads.is_payload(text) or not (asks_to_do_a_selfcheck(text) and says_to_lead_a_team(text)):
        return False
    offer_selfchecks(dispatcher, tracker, tracker.get_slot("language") or "nl")
    return True


def _paused_step(user: str) -> Step | None:
    """The user's self-check stopped halfway (paused, not finished), None when there is none."""
    try:
        step = service().open_step(user)
    except Exception:  # no self-check store: nothing is paused
        log.exception("could not look up an open self-check")
        return None
    return step if step is not None and step.run.paused and not step.done else None


def _trend(previous: Score | None, dim: str, value: float, lang: str) -> str:
    if previous is None or dim not in previous.per_dimension:
        return ""
    delta = value - previous.per_dimension[dim]
    arrow = "↑" if delta > 0.05 else "↓" if delta < -0.05 else "="
    return f" ({arrow} {decimal(delta, lang, sign=True)})"


class ActionTeamResults(CoachAction):
    work_matters_first = True

    def name(self) -> str:
        return "action_team_results"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        lang = tracker.get_slot("language") or "nl"
        if answered_as_a_question(dispatcher, tracker):
            return []
        show_team_results(dispatcher, tracker, lang)
        return []


def show_team_results(dispatcher: CollectingDispatcher, tracker: Tracker, lang: str) -> None:
    """The averages of the sender's team per self-check, with a chart each, when the sender leads a
    team (a manager or admin linked to one); else how a manager gets linked (team_not_manager).
    Also for a typed question how to see them (actions/own_data.py, stop 68)."""
    svc = service()
    profile = svc.repo.profile(tracker.sender_id)
    if profile is None or profile.role not in ("manager", "admin") or not profile.team:
        dispatcher.utter_message(text=t("team_not_manager", lang))
        return
    minimum = svc.settings.team_min_group
    blocks = []
    charts = []
    for check in svc.checks().values():
        result = team_result(svc.repo, check, profile.team, minimum)
        if result is None:
            continue
        lines = [t("team_check", lang, title=check.title[lang], n=str(result.participants))]
        for dim, value in result.averages.items():
            change = ""
            if result.trend and dim in result.trend:
                change = f" ({decimal(result.trend[dim], lang, sign=True)})"
            lines.append(f"  • {dimension_title(dim, lang)}: {decimal(value, lang)}{change}")
        blocks.append("\n".join(lines))
        charts.append((check, result))
    if not blocks:
        dispatcher.utter_message(text=t("team_too_few", lang, min=str(minimum)))
    else:
        dispatcher.utter_message(
            text=t("team_head", lang, team=profile.team) + "\n\n" + "\n\n".join(blocks)
        )
    for check, result in charts:
        image = _team_chart(check, result, profile.team, lang)
        if image:
            text = t("team_chart", lang, title=check.title[lang], n=str(result.participants))
            dispatcher.utter_message(text=text, image=image)


def _team_chart(check: Any, result: Any, team: str, lang: str) -> str | None:
    """A PNG of a team's averages (file URI), or None when drawing failed (logged)."""
    try:
        settings = get_settings()
        path = team_chart_file(settings.chart_dir, getattr(settings, "app_db_url", ""), team, check.id, lang)
        names = {d: dimension_title(d, lang) for d in result.averages}
        title = t("team_chart_title", lang, title=check.title[lang], team=team, n=str(result.participants))
        return team_chart(result, check, names, title, path, lang).as_uri()
    except Exception:
        log.exception("team chart failed")
        return None
