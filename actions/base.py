"""What every action shares: the user's language (the `language` slot, Dutch first), the
one text catalogue, and entities of the latest message through rasa_sdk's own helper."""

from __future__ import annotations

import functools
import logging
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from tenacity import AsyncRetrying, retry_if_exception, stop_after_delay, wait_exponential

from bot.dialogue import payloads
from bot.dialogue.domain_responses import domain_response
from bot.dialogue.metadata import message_id_of
from bot.i18n import DEFAULT_LANGUAGE
from bot.i18n import t as catalogue_text
from bot.storage.db import CONNECT_PATIENCE, server_restarting


def language(tracker: Tracker) -> str:
    """The conversation's language: the `language` slot, else Dutch."""
    return tracker.get_slot("language") or DEFAULT_LANGUAGE


def entity(tracker: Tracker, name: str) -> str | None:
    """The first non-empty value of entity `name` in the latest message (as a string)."""
    for value in tracker.get_latest_entity_values(name):
        if value not in (None, ""):
            return str(value)
    return None


def message_id(tracker: Tracker) -> str | None:
    """The id the channel gave the latest user message (bot/dialogue/metadata.py), the same
    on every retry of it; None when the channel sent none."""
    found = message_id_of(tracker.latest_message.get("metadata"))
    if found is None:  # older trackers: the user event carries the metadata too
        for event in reversed(tracker.events or []):
            if event.get("event") == "user":
                found = message_id_of(event.get("metadata"))
                break
    return found


def last_bot_events(tracker: Tracker) -> list[dict]:
    """The bot events of the coach's reply to the user's previous message, latest first; []
    when there is none."""
    found: list[dict] = []
    users = 0
    for event in reversed(tracker.events or []):
        if event.get("event") == "user":
            users += 1
            if users == 2:
                break
        elif event.get("event") == "bot" and users == 1:
            found.append(event)
    return found


def last_reply(tracker: Tracker) -> list[dict]:
    """The data (text, buttons, custom) of each message the coach sent in reply to the user's
    previous message, latest first; [] when there is none. Rasa keeps a bot event's text beside
    its data ({"event": "bot", "text": ..., "data": {"buttons": ..., "custom": ...}}), so the
    text is put in from there (stop 59: an overview's numbered lines and a list's heading were
    never seen over a real tracker)."""
    return [
        {**({"text": event["text"]} if event.get("text") else {}), **(event.get("data") or {})}
        for event in last_bot_events(tracker)
    ]


def carry_on_asked(tracker: Tracker) -> bool:
    """Whether the coach's last reply asked whether to carry on with a self-check ("Verder
    met vraag 3 van 7?", "... staat nog open"): those questions carry a stop button."""
    stop = payloads.stop()
    return any(str(b.get("payload", "")) == stop for r in last_reply(tracker) for b in r.get("buttons") or [])


def statement_alone_on_screen(tracker: Tracker) -> bool:
    """Whether the coach's reply to the previous message ended in a statement's answer
    buttons with no "carry on?" or "stop?" question beside it (those carry a stop button):
    then a typed message is meant as the answer to that statement."""
    buttons = [str(b.get("payload", "")) for r in last_reply(tracker) for b in r.get("buttons") or []]
    return any(p.startswith("/selfcheck_answer") for p in buttons) and not carry_on_asked(tracker)


log = logging.getLogger(__name__)

Run = Callable[[Any, CollectingDispatcher, Tracker, dict], Awaitable[list[dict]]]


def reading_edits_as_replacements(run: Run) -> Run:
    """`run` on the conversation as it reads after the user edited a message: an edit (metadata
    "edit_of", sent by Telegram) replaces its original, which is left out of the tracker's
    events, and the gaps logged for it are deleted (actions/followup.py
    `read_edit_as_replacement`, stop 60). Any other message: `run` as it is."""

    @functools.wraps(run)
    async def replaced(
        self: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict
    ) -> list[dict]:
        from actions.followup import read_edit_as_replacement  # followup builds on this module

        read_edit_as_replacement(tracker)
        return await run(self, dispatcher, tracker, domain)

    return replaced


def through_database_restarts(run: Run) -> Run:
    """`run`, done again (for up to CONNECT_PATIENCE seconds, backing off) when the app
    database went away under it (bot.storage.db.server_restarting). Without this, Rasa
    logs the failed action, drops its events and answers the user anyway, so a self-check
    answer sent while PostgreSQL restarts was lost. Doing an action again is safe: its
    effects are claimed once per message id (bot/storage/processed.py); the messages of
    the failed attempt are taken back first."""

    @functools.wraps(run)
    async def retrying(
        self: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict
    ) -> list[dict]:
        sent = len(dispatcher.messages)
        async for attempt in AsyncRetrying(
            retry=retry_if_exception(server_restarting),
            stop=stop_after_delay(CONNECT_PATIENCE),
            wait=wait_exponential(multiplier=0.2, max=2.0),
            before_sleep=lambda state: log.warning(  # names the action (tenacity's own log says <unknown>)
                "%s cut short by a database restart (%s); done again in %.1f s",
                self.name(),
                state.outcome.exception() if state.outcome else None,
                state.next_action.sleep if state.next_action else 0.0,
            ),
            reraise=True,
        ):
            with attempt:
                del dispatcher.messages[sent:]
                return await run(self, dispatcher, tracker, domain)
        raise AssertionError("not reached: the last failure is raised")

    return retrying


def in_conversation_language(run: Run) -> Run:
    """`run` with the `language` slot first set to the language of the latest message
    (actions/language.py, `conversation_language`), as `action_detect_language` would set
    it, but in the same action call: one action-server round trip per message instead of
    two (issue 14.2). The action sees the new language in `tracker.get_slot("language")`;
    a change is returned as the first event, `SlotSet("language", ...)`. The tracker is
    left as it came (a retry after a database restart detects again).

    Rasa picks a domain response's variation (`response="utter_..."`) by the slot *before*
    the action's events apply; when the language changes, such messages are sent as the new
    language's text and buttons instead (`in_language`: a first English "yes" got the Dutch
    "Mooi. Stel je vraag maar")."""

    @functools.wraps(run)
    async def detecting(
        self: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict
    ) -> list[dict]:
        from actions.language import conversation_language  # it builds on this module

        before = tracker.slots.get("language")
        detected = conversation_language(tracker)
        tracker.slots["language"] = detected
        try:
            events = await run(self, dispatcher, tracker, domain)
        finally:
            tracker.slots["language"] = before
        if detected == (before or DEFAULT_LANGUAGE):
            return events
        dispatcher.messages[:] = [in_language(message, detected) for message in dispatcher.messages]
        return [SlotSet("language", detected), *events]

    return detecting


def in_language(message: dict[str, Any], lang: str) -> dict[str, Any]:
    """`message` (as `CollectingDispatcher` holds it) with a domain response (`response`)
    written out as its variation for `lang` (text and buttons; bot/dialogue/domain_responses.py);
    any other message as it is."""
    name = message.get("response")
    if not name:
        return message
    written = {k: v for k, v in message.items() if k not in ("response", "text", "buttons")}
    return {**written, **domain_response(name, lang)}


Answered = Callable[[CollectingDispatcher, Tracker], bool]


def _typed_first(run: Run, answered: Callable[[], Answered]) -> Run:
    """`run`, unless the typed message (never a button's payload) is handled by
    `answered()(dispatcher, tracker)`, which returns True when it replied."""

    @functools.wraps(run)
    async def first(
        self: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict
    ) -> list[dict]:
        text = str(tracker.latest_message.get("text") or "")
        if text and not payloads.is_payload(text) and answered()(dispatcher, tracker):
            return []
        return await run(self, dispatcher, tracker, domain)

    return first


def answering_places_first(run: Run) -> Run:
    """`run`, unless the typed message is a place on the list on screen ("2", "nr 2", "de
    tweede", "the last one" after an offer, an overview, an answer's topics, the ways forward,
    the self-check list: actions/selfcheck.py `button_picked`): then the action for that
    button's payload runs as for a tap and its events are returned; `run` is skipped. Channels
    that map numbers to buttons (the terminal, Telegram) send the payload themselves; plain
    REST sends "2" as typed (stop 59). A pick typed with no list on screen ("optie b", "keuze 2")
    is told there is nothing to pick from (actions/selfcheck.py `answered_as_pick_without_list`)."""

    @functools.wraps(run)
    async def first(
        self: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict
    ) -> list[dict]:
        from actions.selfcheck import answered_as_pick_without_list, button_picked, run_picked

        picked = button_picked(tracker)  # selfcheck builds on this module: imported here
        if picked is not None:
            return await run_picked(picked, dispatcher, tracker, domain)
        if answered_as_pick_without_list(dispatcher, tracker):  # "optie b" with no list (stop 62)
            return []
        return await run(self, dispatcher, tracker, domain)

    return first


def answering_work_matters_first(run: Run) -> Run:
    """`run`, unless the typed message names a work matter of knowledge/referrals.yml: then
    it is answered as any question about it is (where to go, gap logged) and `run` is
    skipped. For actions whose intent ignores the message's words (a goodbye, a yes, "my
    results"): NLU read "hoeveel vakantiedagen heb ik nog" as goodbye and "mijn loonstrook
    klopt niet" as deny. A button press (a payload) is never a question."""

    def answered() -> Answered:
        from actions.advice import answered_as_work_matter  # advice builds on this module

        return answered_as_work_matter

    return _typed_first(run, answered)


def answering_safety_first(run: Run) -> Run:
    """`run`, unless the typed message names someone in danger or distress (knowledge/referrals.yml,
    a topic without a menu: actions/safety_first.py): then it is answered from the knowledge base
    (that topic's line first) and `run` is skipped. Goes before every other reading of the words
    (a place on the list, a self-check answer, a work matter, a yes or no): NLU read "soms denk ik
    dat ik er beter niet meer kan zijn" as a no ("Geen probleem...", tester round of stop 63), and
    "soms" is a self-check answer. A button press (a payload) is never such a message."""

    @functools.wraps(run)
    async def first(
        self: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict
    ) -> list[dict]:
        from actions.advice import respond_from_knowledge  # advice builds on this module
        from actions.safety_first import names_danger_or_distress

        if names_danger_or_distress(str(tracker.latest_message.get("text") or "")):
            # in the message's language, also for an action that trusts action_detect_language to
            # have run before it, which no rule does for every intent ("a guest fainted in the
            # lobby" got the Dutch 112 line): detected here as in_conversation_language does
            from actions.language import conversation_language  # it builds on this module

            before = tracker.slots.get("language")
            detected = conversation_language(tracker)
            tracker.slots["language"] = detected
            try:
                respond_from_knowledge(dispatcher, tracker)
            finally:
                tracker.slots["language"] = before
            return [] if detected == (before or DEFAULT_LANGUAGE) else [SlotSet("language", detected)]
        return await run(self, dispatcher, tracker, domain)

    return first


def answering_selfcheck_first(run: Run) -> Run:
    """`run`, unless a self-check statement is on screen and the typed message reads as an
    answer on its scale (bot/selfchecks/answers.py): then it is recorded as that answer and
    `run` is skipped. NLU reads short answers by the words it knows: "altijd" as a
    question, "soms" as a yes, "almost never" as a no. A button press (a payload) is never
    a typed answer; its own intent handles it. An attempt at an answer that cannot be read
    ("hmm", "ok", "???") is told so, with the statement and its scale again
    (actions/selfcheck_unread.py)."""

    def answered() -> Answered:
        from actions.selfcheck_unread import answered_in_selfcheck  # it builds on this module

        return answered_in_selfcheck

    return _typed_first(run, answered)


def answering_wording_requests_first(run: Run) -> Run:
    """`run`, unless the typed message asks for the words to use right after the coach
    answered with an article ("can you give me the exact words?", "wat zeg ik dan
    precies?"; actions/followup.py, `asks_for_wording`): then that article's example is
    given (actions/advice.py, `respond_from_knowledge`) and `run` is skipped. NLU read such
    requests as off-topic, help, a yes or a self-check answer (tester round of stop 34)."""

    def answered() -> Answered:
        from actions.advice import answered_as_wording_request  # advice builds on this module

        return answered_as_wording_request

    return _typed_first(run, answered)


def answering_own_data_requests_first(run: Run) -> Run:
    """`run`, unless the typed message asks to delete the user's own data or what is kept
    ("wis mijn resultaten", "wat bewaar je over mij?"): then the coach says how /vergeet and
    /privacy work (actions/own_data.py) and `run` is skipped. NLU read "wis mijn resultaten"
    as showing them (tester round of stop 48)."""

    def answered() -> Answered:
        from actions.own_data import answered_as_own_data_request

        return answered_as_own_data_request

    return _typed_first(run, answered)


def answering_emoji_first(run: Run) -> Run:
    """`run`, unless the typed message is emoji only with a meaning (a wave, crying, anger, a
    thumbs down: bot/dialogue/emoji_meaning.py): then it is answered as meant
    (actions/advice.py, `answered_as_emoji`) and `run` is skipped. NLU reads a lone emoji
    at random: 🤯 as a yes, 👋 as a fallback. The same for a bare link ("www.colruyt.be", read
    as a yes: "Mooi. Stel je vraag maar"): the coach says it cannot open links."""

    def answered() -> Answered:
        from actions.advice import answered_as_emoji, answered_as_link_only  # advice builds on this module

        return lambda dispatcher, tracker: (
            answered_as_emoji(dispatcher, tracker) or answered_as_link_only(dispatcher, tracker)
        )

    return _typed_first(run, answered)


def answering_announced_questions_first(run: Run) -> Run:
    """`run`, unless the typed message only announces a question ("mag ik iets vragen?",
    "ik heb een vraagje"): then the coach invites it (actions/advice.py,
    `answered_as_announced_question`) and `run` is skipped. NLU read "mag ik iets vragen?"
    as help and the coach listed what it can do."""

    def answered() -> Answered:
        from actions.advice import answered_as_announced_question  # advice builds on this module

        return answered_as_announced_question

    return _typed_first(run, answered)


def answering_tip_requests_first(run: Run) -> Run:
    """`run`, unless the typed message only asks for another tip ("geef me nog een tip"):
    then the next coaching tip, more of the article just given, or a question what about
    (actions/advice.py, `answered_as_tip_request`) and `run` is skipped. NLU read "geef me
    nog een tip" as feedback, and the coach asked which answer it was about."""

    def answered() -> Answered:
        from actions.advice import answered_as_tip_request  # advice builds on this module

        return answered_as_tip_request

    return _typed_first(run, answered)


def answering_verdicts_first(run: Run) -> Run:
    """`run`, unless the typed message is a short verdict right after the coach asked "Had
    je hier iets aan?" ("ja", "ja top", "nee niet echt", 👍): then it is stored as feedback on
    that answer (actions/feedback.py, `answered_as_verdict`) and `run` is skipped."""

    def answered() -> Answered:
        from actions.feedback import answered_as_verdict  # feedback builds on this module

        return answered_as_verdict

    return _typed_first(run, answered)


def answering_say_again_first(run: Run) -> Run:
    """`run`, unless the typed message asks to say the last answer again in a language
    ("kun je dat in het Nederlands zeggen?", "say that again in dutch pls"): then the
    language is pinned and the piece shown last is said again in it (actions/language.py,
    `said_again_first`), and `run` is skipped. NLU read "say that again in dutch pls" as
    off-topic: the coach pinned Dutch and said it had no answer (helper round of stop 55)."""

    @functools.wraps(run)
    async def first(
        self: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict
    ) -> list[dict]:
        from actions.language import said_again_first  # language builds on this module

        events = said_again_first(dispatcher, tracker)
        return events if events is not None else await run(self, dispatcher, tracker, domain)

    return first


def role_of_sender(tracker: Tracker) -> str | None:
    """The sender's role for this conversation: "employee", "manager" or "admin" as their profile
    keeps it (bot/storage/profiles.py, read through the self-check service's store, actions/selfcheck.py
    `service().repo`, by `tracker.sender_id`); None when they have no profile. An employee whose
    role an administrator gave (a profile with a team, from an invite code) who says in this
    conversation that they lead a team ("ik ben teamleider": `conversation_role`) is a manager
    for the conversation, as their self-checks are (bot/selfchecks/leaders.py `role_for_checks`);
    their profile, and the team view that reads it, stay as the administrator set them. The
    channel's metadata "role" is not read here (actions/advice.py `greeting_response` falls back
    to it). The profile store failing (no database) is logged and gives None: the answer still
    comes, as for an employee. The one place every action reads the role from."""
    from actions import selfcheck  # it builds on this module

    try:
        profile = selfcheck.service().repo.profile(tracker.sender_id)
    except Exception:  # no profile store: treat as an employee
        log.exception("could not read the profile")
        return None
    if profile is None:
        return None
    return conversation_role(profile.role, bool(profile.team), typed_texts(tracker))


def conversation_role(stored: str, invited: bool, texts: list[str]) -> str:
    """The role for a conversation of a sender with the `stored` role, given by an administrator
    when `invited` (their profile has a team), in which they typed `texts` (oldest first): "manager"
    for an invited employee whose latest statement of a role (bot/dialogue/role_statement.py
    `role_said`) says they lead a team, else `stored`. A role said by someone without a team is
    kept in their profile (`role_said_stored`), so `stored` already says it. Tester round of stop
    62: an invited employee who said "ik ben teamleider" was told both that his role stays
    "medewerker" and that he leads a team, and later that coaching tips are for team leads."""
    if not invited or stored != "employee":
        return stored
    said = [role for role in map(_role_said, texts) if role is not None]
    return "manager" if said and said[-1] == "manager" else stored


@functools.lru_cache(maxsize=4096)
def _role_said(text: str) -> str | None:
    """bot/dialogue/role_statement.py `role_said`, kept per text: every action of a turn reads the
    conversation's role (`role_of_sender`), over all the messages typed so far."""
    from bot.dialogue.role_statement import role_said

    return role_said(text)


def typed_texts(tracker: Tracker, latest: bool = True) -> list[str]:
    """What the sender typed in this conversation, oldest first, without button payloads: their
    messages since the latest /start, /restart or session start (as actions/coaching.py
    `leaders_line_said` reads the conversation), with the latest message unless not `latest`."""
    texts: list[str] = []
    for event in tracker.events or []:
        kind = event.get("event")
        if kind in ("restart", "session_started"):
            texts = []
        elif kind == "user":
            text = str(event.get("text") or "").strip()
            if text in (payloads.greet(), "/restart"):
                texts = []
            elif text and not payloads.is_payload(text):
                texts.append(text)
    now = str(tracker.latest_message.get("text") or "").strip()
    if texts and texts[-1] == now:  # Rasa's events end with the latest message
        texts.pop()
    if latest and now and not payloads.is_payload(now):
        texts.append(now)
    return texts


def role_said_stored(tracker: Tracker) -> str | None:
    """For a typed message in which the sender says their own role ("ik ben teamleider", "I'm
    a manager", "ik werk als baliemedewerker": bot/dialogue/role_statement.py), that role kept
    and the line that says so, in the conversation's language; None when nothing changed (no role
    said, the same one already kept, a payload) or when the reply welcomes a leader who
    introduces themselves (that welcome says the role). Without a profile, or with one without a
    team, the role is kept in the profile as `servicecoach profile set` keeps it
    (bot/storage/profiles.py `set_profile`). A role an administrator gave (a profile with a team,
    from an invite code or `servicecoach users`, or an admin) is not changed from the chat: the
    team results depend on it. There an employee who says they lead a team is a manager for this
    conversation (`conversation_role`): the line says so once, and that the team results wait for
    the administrator ("role_for_conversation"; after a leader's welcome, "role_for_conversation_welcomed",
    `role_line`); a manager who says they serve customers is told who can change the role
    ("role_kept"). Tester round of stop 57: the role said was not kept, and later questions were
    answered with the default role's articles (bot/content/audience.py)."""
    return role_line(tracker)[0]


def role_line(tracker: Tracker) -> tuple[str | None, bool]:
    """`role_said_stored`'s line, and whether it follows the welcome of an introduction (True: the
    welcome has already said the role, `storing_roles_said` puts the line right after it)."""
    from bot.dialogue.self_introduction import introduction
    from bot.settings import get_settings
    from bot.storage.profiles import ProfileStore

    text = str(tracker.latest_message.get("text") or "")
    said = None if payloads.is_payload(text) else _role_said(text)
    if said is None:
        return None, False
    lang = language(tracker)
    welcomed = said == "manager" and introduction(text) is not None  # the leaders' welcome says it
    try:
        store = ProfileStore(get_settings().app_db_url)
        profile = store.profile(tracker.sender_id)
        kept = profile.role if profile is not None else "employee"  # no profile: the default role
        if kept == "admin":
            return None, False
        if profile is not None and profile.team:  # an administrator's role: for this conversation
            return _line_for_invited(tracker, kept, said, lang, welcomed)
        if kept == said:
            return None, False
        store.set_profile(tracker.sender_id, said, None)
    except Exception:  # no profile store: the answer still comes, with the role it had
        log.exception("could not keep the role said")
        return None, False
    if welcomed:
        return None, False  # "ik ben teamleider": the leaders' welcome says so (actions/advice.py)
    return catalogue_text("role_set", lang, role=catalogue_text(f"role_name_{said}", lang)), False


def _line_for_invited(
    tracker: Tracker, kept: str, said: str, lang: str, welcomed: bool
) -> tuple[str | None, bool]:
    """`role_line` for a sender whose role an administrator gave (`kept`, with a team), who says
    `said`: nothing when the conversation's role stays as it was; a manager who says they serve
    customers keeps the role ("role_kept"); an employee who says they lead a team is one for
    this conversation ("role_for_conversation", after a welcome "role_for_conversation_welcomed");
    one who then says they serve customers is an employee again ("role_set")."""
    before = conversation_role(kept, True, typed_texts(tracker, latest=False))
    now = conversation_role(kept, True, typed_texts(tracker))
    if kept == "manager" and said == "employee":
        return catalogue_text("role_kept", lang, role=catalogue_text(f"role_name_{kept}", lang)), False
    if now == before:
        return None, False
    if now == "manager":
        key = "role_for_conversation_welcomed" if welcomed else "role_for_conversation"
        return catalogue_text(key, lang, role=catalogue_text(f"role_name_{kept}", lang)), welcomed
    return catalogue_text("role_set", lang, role=catalogue_text(f"role_name_{now}", lang)), False


def storing_roles_said(run: Run) -> Run:
    """`run`, after keeping a role the typed message says the sender holds (`role_said_stored`),
    the line that says so sent first (right after the welcome when it follows one, `role_line`);
    the answer that follows already uses it."""

    @functools.wraps(run)
    async def storing(
        self: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict
    ) -> list[dict]:
        line, after_welcome = role_line(tracker)
        if line and not after_welcome:
            dispatcher.utter_message(text=line)
        before = len(dispatcher.messages)
        events = await run(self, dispatcher, tracker, domain)
        if line and after_welcome:  # "Leuk je te leren kennen! Je geeft leiding aan een team", then this
            dispatcher.utter_message(text=line)
            said = dispatcher.messages.pop()
            dispatcher.messages.insert(min(before + 1, len(dispatcher.messages)), said)
        return events

    return storing


class CoachAction(Action, ABC):  # abstract: rasa_sdk registers only concrete actions
    """Base of the coach's actions: `self.lang(tracker)`, `self.t(key, lang, **values)`,
    `self.entity(tracker, name)`. Every action's `run` goes through database restarts
    (`through_database_restarts`) and, unless `detects_language` is False, first sets the
    `language` slot to the latest message's language (`in_conversation_language`). With
    `work_matters_first` (actions whose intent ignores the words), a message naming a work
    matter gets where to go instead (`answering_work_matters_first`). With
    `selfcheck_answers_first` (every action but the few that must not: one that runs
    before another for the same message, or that handles answers itself), a typed answer
    to the statement on screen is recorded instead (`answering_selfcheck_first`). With
    `wording_requests_first` (every action but those that answer from the knowledge base
    themselves or run before another), a request for the words to use right after an
    answer gets that article's example (`answering_wording_requests_first`). With
    `say_again_first` (every action but the language actions), a request to say the last
    answer again in a language does that (`answering_say_again_first`). With
    `stores_roles_said` (every action but the language detection, which never replies), a role
    the sender says they hold is kept first (`storing_roles_said`). With `places_first` (every
    action but the language detection, which runs before another for the same message), a place
    typed on the list on screen picks that button (`answering_places_first`). With `safety_first`
    (every action but the language detection, which never replies), a message naming someone in
    danger or distress is answered from the knowledge base before anything else
    (`answering_safety_first`)."""

    detects_language: bool = True
    work_matters_first: bool = False
    selfcheck_answers_first: bool = True
    wording_requests_first: bool = True
    say_again_first: bool = True
    stores_roles_said: bool = True
    places_first: bool = True
    safety_first: bool = True

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "run" in cls.__dict__:
            run = cls.__dict__["run"]
            if cls.wording_requests_first:  # actions that do not answer from the knowledge themselves
                run = answering_wording_requests_first(run)
                run = answering_announced_questions_first(answering_tip_requests_first(run))
                run = answering_verdicts_first(answering_emoji_first(run))
                run = answering_own_data_requests_first(run)
            if cls.work_matters_first:
                run = answering_work_matters_first(run)
            if cls.selfcheck_answers_first:
                run = answering_selfcheck_first(run)
            if cls.say_again_first:
                run = answering_say_again_first(run)
            if cls.stores_roles_said:
                run = storing_roles_said(run)
            if cls.places_first:
                run = answering_places_first(run)
            if cls.safety_first:
                run = answering_safety_first(run)
            if cls.detects_language:
                run = in_conversation_language(run)
            cls.run = through_database_restarts(reading_edits_as_replacements(run))

    @abstractmethod
    def name(self) -> str:  # pragma: no cover - every action names itself
        raise NotImplementedError

    @staticmethod
    def lang(tracker: Tracker) -> str:
        return language(tracker)

    @staticmethod
    def t(key: str, lang: str, **values: object) -> str:
        return catalogue_text(key, lang, **values)

    @staticmethod
    def entity(tracker: Tracker, name: str) -> str | None:
        return entity(tracker, name)
