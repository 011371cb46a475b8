"""Help that tells the truth: what this person can do in their role (advice, self-checks,
results; coaching tips and the team view for managers and admins), the language commands
and whether the language is pinned, and how to leave the terminal chat."""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import advice, selfcheck
from actions import knowledge as kb
from actions.base import CoachAction, role_of_sender
from actions.feedback import ActionFeedback, feedback_just_asked
from actions.language import pinned_language
from bot.content.question_words import asks
from bot.content.served import names_someone_served
from bot.dialogue import payloads
from bot.dialogue.feedback_words import feedback_value
from bot.dialogue.self_introduction import Introduction
from bot.dialogue.small_talk import SmallTalkVocabulary, examples_of
from bot.dialogue.someone_at_work import tells_of_someone
from bot.i18n import t
from bot.settings import get_settings

log = logging.getLogger(__name__)

LEADING_ROLES = ("manager", "admin")
# a question, not a verdict on the answer before it: a question mark or a question word first
LANGUAGE_NAMES = {"nl": {"nl": "Nederlands", "en": "Engels"}, "en": {"nl": "Dutch", "en": "English"}}


def role_of(tracker: Tracker) -> str:
    """The user's role for the help: their stored profile (actions/base.py `role_of_sender`, the
    one place actions read it), else the channel's word for it (metadata "role"; one that is no
    role is ignored), else "employee"."""
    stored = role_of_sender(tracker)
    if stored:
        return str(stored)
    metadata = tracker.latest_message.get("metadata") or {}
    role = str(metadata.get("role") or "")
    return role if role in ("employee", *LEADING_ROLES) else "employee"


# metadata key: the channel listed its commands right above this help (Telegram's /help), so the
# help does not point to that list
COMMANDS_LISTED = "commands_listed"


def help_lines(
    lang: str,
    role: str,
    pinned: str | None,
    channel: str,
    commands_listed: bool = False,
    team_view: bool = True,
) -> list[str]:
    """The lines of the help text, in `lang`, for `role` ("employee", "manager", "admin"),
    the pinned language ("nl", "en" or None) and the channel ("terminal", "telegram", ...),
    ending with how to choose there and where its commands are: the terminal's and
    Telegram's /help list them; when the channel just listed them (`commands_listed`, the
    metadata of Telegram's /help) the help does not point to /help, which was just typed.
    Another channel (a REST client) gets no such line: its commands are not the coach's. A leader
    whose team view is not open yet (`team_view` False: `team_view_open`) is told in one line when
    it will be, instead of how to ask for it."""
    lines = [t("help_head", lang), t("help_advice", lang), t("help_background", lang)]
    lines += [t("help_selfcheck", lang), t("help_results", lang)]
    if role in LEADING_ROLES:
        lines += [t("help_tips", lang), t("help_team" if team_view else "help_team_later", lang)]
    lines += [t("help_limits", lang), t("help_language", lang)]
    if pinned in ("nl", "en"):
        lines.append(t("help_language_pinned", lang, language=LANGUAGE_NAMES[lang][pinned]))
    if channel == "terminal":
        lines.append(t("help_terminal", lang))
    elif channel == "telegram":
        lines.append(t("help_telegram_buttons" if commands_listed else "help_telegram", lang))
    return lines


def commands_listed(tracker: Tracker) -> bool:
    """Whether the channel listed its commands right above the help (metadata COMMANDS_LISTED)."""
    return (tracker.latest_message.get("metadata") or {}).get(COMMANDS_LISTED) is True


def help_buttons(lang: str, role: str, team_view: bool = True) -> list[dict[str, str]]:
    """The help's buttons for `role`: a self-check and one's results; for a leader a coaching tip,
    and the team view when it is open for them (`team_view`)."""
    buttons = [
        {"title": t("sc_start_button", lang), "payload": payloads.start_selfcheck()},
        {"title": t("help_button_results", lang), "payload": payloads.show_results()},
    ]
    if role in LEADING_ROLES:
        buttons.append({"title": t("help_button_tip", lang), "payload": payloads.ask_coaching_tip()})
        if team_view:
            buttons.append(
                {"title": t("help_button_team", lang), "payload": payloads.payload("team_results")}
            )
    return buttons


def team_view_open(tracker: Tracker) -> bool:
    """Whether the team view (actions/selfcheck.py `ActionTeamResults`) shows the sender a team: a
    stored profile with a leading role and a team, as an administrator sets it. A leader by
    conversation only ("ik ben teamleider" with an employee's invite, actions/base.py
    `conversation_role`), by the channel's word, or without a team is not there yet (stop 63: the
    help offered "Hoe doet mijn team het?" and the button said "Teamresultaten zijn er voor
    leidinggevenden die aan een team gekoppeld zijn"). No profile store: False."""
    try:
        profile = selfcheck.service().repo.profile(tracker.sender_id)
    except Exception:  # no profile store: no team view either
        log.exception("could not read the profile for the help")
        return False
    return profile is not None and profile.role in LEADING_ROLES and bool(profile.team)


# The intents whose examples say "help me / what can you do" in the words people use for it.
_HELP_WORDS_FROM = ("help", "greet", "thank", "goodbye", "bot_challenge")


@lru_cache(maxsize=1)
def help_vocabulary() -> SmallTalkVocabulary:
    """The words of the NLU examples of `_HELP_WORDS_FROM` (data/nlu/*.yml; entity
    annotations reduced to their text)."""
    nlu_dir = get_settings().root / "data" / "nlu"
    return SmallTalkVocabulary.from_examples(examples_of(nlu_dir, _HELP_WORDS_FROM))


# A situation, which a help request never describes: another person in it ("her question",
# "hij"), or a "what if" ("what if I don't know the answer to her question?" is made of help
# words only and was read as help; tester round of stop 29).
SITUATION = re.compile(
    r"\b(he|she|him|her|his|hers|they|them|hij|zij|hem|haar|ze|meneer|mevrouw)\b|"
    r"^\W*(\w+\W+){0,2}(what if|wat als|stel dat)\b",
    re.IGNORECASE,
)


# A message that starts with "what if": a follow-up or a situation, never a request for the
# help menu ("wat als dat niet werkt?" after an answer got the menu; tester round of stop 34)
WHAT_IF = re.compile(r"^\W*(\w+\W+){0,2}(what if|wat als|stel dat|en als|and if)\b", re.IGNORECASE)


# The asker's own move with someone served, asked in a clause: "hoe zeg ik tegen een klant ...",
# "wat doe ik als een gast ...", "how do I tell a customer ...", Flemish "hoe zeg ek", "wa moet ik".
_MY_MOVE = re.compile(
    r"\b(?:hoe|wat|wa|how|what)\s+(?:zeg|doe|moet|kan|kun|reageer|ga|pak|vertel|leg|zou|say|do|should|can"
    r"|tell|handle|deal|respond|react)\s+(?:ik|ek|i|k)\b",
    re.IGNORECASE,
)


def asks_what_to_do_with_someone_served(text: str) -> bool:
    """Whether `text` asks what the asker does or says (`_MY_MOVE`) and names someone served
    (bot/content/served.py): a question about the work whatever else it says about knowing too
    little ("ge moet ni denken dat ik da allemaal weet he, hoe zeg ik tegen een klant dat ik het
    ni weet": NLU read help, tester round of stop 64). "hoe kun je me helpen" asks the coach."""
    return bool(_MY_MOVE.search(text)) and names_someone_served(text)


def asks_about_a_topic(tracker: Tracker, lang: str, role: str | None) -> bool:
    """NLU read the message as a help request, but it names something help requests never
    do ("hoe werkt nps", "help met een boze klant") or describes a situation (`SITUATION`),
    and the coach would answer it with an article: then it is a question. "wat kun je
    allemaal" and "hulp" stay help (their words are all in the help examples, whatever the
    scores say)."""
    text = str(tracker.latest_message.get("text") or "")
    if not text or payloads.is_payload(text):
        return False
    if not help_vocabulary().unknown_words(text) and not SITUATION.search(text):
        return False
    try:
        decision, _ = kb.decide_for(text, lang, kb.audience_for(role, text))
    except Exception:
        log.exception("could not decide on a help message")
        return False
    # a named model, known or not ("can you explain the SERVQUAL model"): a question too
    return decision.outcome == "answer" or bool(decision.unknown or decision.named)


def welcome_line(said: Introduction, lang: str) -> str:
    """The welcome for an introduction: with the name given, and for a leading role said
    ("ik ben zelf de leidinggevende") that coaching tips for the team are there too."""
    key = "nice_to_meet_leader" if said.leads_a_team else "nice_to_meet"
    return t(f"{key}_name", lang, name=said.name) if said.name else t(key, lang)


def say_help_after_introduction(
    dispatcher: CollectingDispatcher, tracker: Tracker, said: Introduction
) -> None:
    """The reply to an introduction that asks what the coach can do ("hoi ik werk aan de balie
    bij een fysiotherapiepraktijk, wat kun je voor me doen", "hi im the night porter at a hotel,
    what can u help me with": bot/dialogue/self_introduction.py): the welcome, with the role
    said, and then the help (tester round of stop 53: refused). For actions/advice.py
    `answered_as_introduction` too, which reads such messages when NLU calls them a question."""
    lang = CoachAction.lang(tracker)
    role = role_of(tracker)
    channel = str((tracker.latest_message.get("metadata") or {}).get("channel") or "")
    team_view = team_view_open(tracker)
    lines = [
        welcome_line(said, lang),
        "",
        *help_lines(lang, role, pinned_language(tracker), channel, team_view=team_view),
    ]
    buttons = help_buttons(lang, role, team_view)
    if selfcheck.statement_on_screen(tracker):  # no "start a self-check" button while one is running
        buttons = [b for b in buttons if b["payload"] != payloads.start_selfcheck()]
    dispatcher.utter_message(text="\n".join(lines), buttons=buttons)
    selfcheck.offer_to_continue(dispatcher, tracker, lang)


class ActionHelp(CoachAction):
    def name(self) -> str:
        return "action_help"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        if advice.answered_as_work_matter(dispatcher, tracker):
            return []
        from actions.small_talk import answered_as_coach_talk  # small talk builds on this module

        if answered_as_coach_talk(dispatcher, tracker):
            # "wat ben jij?", "who are you?" (NLU: help, like "wat doe jij precies"): what the coach
            # is, not the list of what it does (stop 63)
            return []
        if advice.answered_as_report_request(dispatcher, tracker):  # an admin: "wat mist er?"
            return []
        if advice.answered_as_announced_question(dispatcher, tracker):
            # "hoi ik werk bij de apotheek aan de balie, mag ik iets vragen" (NLU: help): welcome,
            # and tell me; "ik heb een vraag": tell me (stop 64: the help list)
            return []
        text = tracker.latest_message.get("text") or ""
        if not payloads.is_payload(text) and tells_of_someone(text):
            # "meneer weet niet hoe de zelfscankassa werkt": the customer needs help, not the user
            advice.respond_from_knowledge(dispatcher, tracker, unsure=True)
            return []
        if (
            not payloads.is_payload(text)
            and not asks(text)  # "wat helpt tegen stress?" is a question, not praise
            and feedback_value(text)
            and feedback_just_asked(tracker)
        ):
            # "ja zeker, dat hielp" to "Had je hier iets aan?" (NLU: help, for "hielp"): a verdict
            return await ActionFeedback().run(dispatcher, tracker, domain)
        lang = self.lang(tracker)
        role = role_of(tracker)
        if not payloads.is_payload(text) and WHAT_IF.search(text):
            # "wat als dat niet werkt?" right after an answer: a follow-up, never the help menu
            advice.respond_from_knowledge(dispatcher, tracker, unsure=True)
            return []
        if not payloads.is_payload(text) and asks_what_to_do_with_someone_served(text):
            # "ge moet ni denken dat ik da allemaal weet he, hoe zeg ik tegen een klant dat ik het ni
            # weet" (NLU: help): a question about the work, answered or offered (stop 64)
            advice.respond_from_knowledge(dispatcher, tracker, unsure=True)
            return []
        if asks_about_a_topic(tracker, lang, role):  # "hoe werkt nps": a question, not "how do you work"
            advice.respond_from_knowledge(dispatcher, tracker)
            return []
        if selfcheck.answered_as_statement_question(dispatcher, tracker, lang):
            return []  # "wa bedoelde met opvallende opmerkingen?" mid-check: how to read it
        statement_open = selfcheck.statement_on_screen(tracker)
        channel = str((tracker.latest_message.get("metadata") or {}).get("channel") or "")
        team_view = team_view_open(tracker)
        lines = help_lines(lang, role, pinned_language(tracker), channel, commands_listed(tracker), team_view)
        buttons = help_buttons(lang, role, team_view)
        if statement_open:  # no "start a self-check" button while one is running
            buttons = [b for b in buttons if b["payload"] != payloads.start_selfcheck()]
        dispatcher.utter_message(text="\n".join(lines), buttons=buttons)
        selfcheck.offer_to_continue(dispatcher, tracker, lang)  # asked mid-check: the statement again
        return []
