"""Stop 63: three conversation seams, each by its kind, with look-alikes that must not change.

1. "wat ben jij?", "wie ben jij", "what are you?" that NLU reads as help got the help list; talk
   about the coach gets the kind, true answer about it wherever it lands (actions/help.py runs
   actions/small_talk.py `answered_as_coach_talk` first; bot/dialogue/small_talk.py `coach_talk`
   also knows "met wie praat ik?", "who am I talking to?", "wa zijt gij?"). "Wat kun je allemaal?"
   stays the help.
2. An unsure reply ("misschien", "hmm misschien", "maybe", "tja") to "Verder met vraag 2 van 7?"
   got "Daar weet ik (nog) geen goed antwoord op" before the statement; now the question is asked
   again plainly, whatever NLU read (actions/selfcheck_unread.py
   `answered_as_unsure_about_going_on`, bot/dialogue/confirm_words.py `is_unsure`). The same to a
   paused check's "Wil je verder?". A yes, a no, a score and the statement's own "weet niet" keep
   their replies.
3. A team lead by conversation only ("ik ben teamleider" with an employee's invite), by the
   channel's word, or without a team was offered "Hoe doet mijn team het?", which then said team
   results are for leaders linked to a team. The help now offers it only when the team view is
   open (actions/help.py `team_view_open`) and else says in one line when it will be.

Real actions, the real index and self-check files, and an own app database per test."""

from __future__ import annotations

import pytest

import actions.selfcheck
from actions.advice import ActionAnswerAdvice, ActionKbFallback, ActionOutOfScope
from actions.help import ActionHelp
from actions.selfcheck import ActionSelfcheckAnswer, ActionStop
from actions.small_talk import ActionSmallTalk
from actions.yes_no import ActionAffirm, ActionDeny
from bot.dialogue import payloads
from bot.dialogue.confirm_words import is_unsure
from bot.dialogue.small_talk import coach_talk
from bot.i18n import t
from bot.settings import get_settings
from bot.storage.profiles import ProfileStore
from tests.unit.replies import said
from tests.unit.turns import at_question_2, new_sender, open_position, turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

TEAM = payloads.payload("team_results")


def _payloads(messages: list[dict]) -> list[str]:
    return [str(b.get("payload")) for m in messages for b in m.get("buttons") or []]


# --- 1. talk about the coach, read as help ---------------------------------------------------

ABOUT_THE_COACH = [
    ("wat ben jij?", "nl"),
    ("wie ben jij", "nl"),
    ("what are you?", "en"),
    # more of the kind
    ("wat ben je eigenlijk?", "nl"),
    ("wie ben je?", "nl"),
    ("wa zijt gij?", "nl"),  # Flemish
    ("wat ben je voor bot?", "nl"),
    ("met wie praat ik?", "nl"),
    ("who are you?", "en"),
    ("what exactly are you?", "en"),
    ("what even are you", "en"),
    ("who am I talking to?", "en"),
    ("whats this bot", "en"),
]
HELP_ITSELF = [
    ("help", "nl"),
    ("wat kun je allemaal?", "nl"),
    ("wat doe jij precies", "nl"),
    ("what can you do?", "en"),
    ("how do you work?", "en"),
]
NOT_ABOUT_THE_COACH = [
    "wat ben ik?",
    "wie is de klant?",
    "met wie praat ik over mijn rooster?",
    "who am I talking to about my payslip?",
    "what are you doing about my complaint",
    "wat kun jij?",
    "what can you do?",
]


@pytest.mark.parametrize(("text", "lang"), ABOUT_THE_COACH)
def test_talk_about_the_coach_is_read_as_such(text: str, lang: str) -> None:
    assert coach_talk(text) == "what", text


@pytest.mark.parametrize("text", NOT_ABOUT_THE_COACH)
def test_a_question_about_someone_else_or_what_it_can_do_is_no_talk_about_it(text: str) -> None:
    assert coach_talk(text) is None, text


@pytest.mark.parametrize(("text", "lang"), ABOUT_THE_COACH)
def test_talk_about_the_coach_read_as_help_gets_what_the_coach_is(text: str, lang: str) -> None:
    messages, _ = turn(text, lang, [], new_sender(prefix="s63"), ActionHelp, "help")
    reply = said(messages)
    assert reply.startswith(t("coach_about_what", lang)), reply
    assert t("coach_about", lang) in reply and t("help_head", lang) not in reply


@pytest.mark.parametrize(("text", "lang"), HELP_ITSELF)
def test_asking_for_help_still_gets_the_help(text: str, lang: str) -> None:
    messages, _ = turn(text, lang, [], new_sender(prefix="s63"), ActionHelp, "help")
    assert said(messages).startswith(t("help_head", lang)), said(messages)


def test_talk_about_the_coach_read_as_a_bot_question_or_advice_stays_answered() -> None:
    for action, intent in ((ActionSmallTalk, "bot_challenge"), (ActionAnswerAdvice, "ask_advice")):
        messages, _ = turn("wie ben jij", "nl", [], new_sender(prefix="s63"), action, intent)
        assert said(messages).startswith(t("coach_about_what", "nl")), (intent, said(messages))


# --- 2. an unsure reply to "carry on?" -----------------------------------------------------------

UNSURE = [
    ("misschien", "nl"),
    ("hmm misschien", "nl"),
    ("tja", "nl"),
    ("mss", "nl"),
    ("misschien later", "nl"),
    ("ja misschien", "nl"),
    ("maybe", "en"),
    ("perhaps?", "en"),
    ("hmm maybe", "en"),
]
NOT_UNSURE = [
    "ja",
    "nee",
    "ok",
    "yes please",
    "nee, weet niet",
    "misschien kan ik de klant terugbellen?",
    "maybe the customer was right",
    "wat wordt er gewist?",
    "4",
]
READINGS = [
    (ActionAnswerAdvice, "ask_advice"),
    (ActionKbFallback, "nlu_fallback"),
    (ActionOutOfScope, "out_of_scope"),
    (ActionAffirm, "affirm"),
    (ActionDeny, "deny"),
    (ActionSelfcheckAnswer, "selfcheck_answer"),
]


def _carry_on_asked(lang: str) -> tuple[str, list[dict]]:
    """A sender at statement 2 who asked a question mid-check: "carry on?" and the statement below."""
    sender = new_sender(prefix="s63")
    events = at_question_2(lang, sender)
    _, events = turn("wat is nps?" if lang == "nl" else "what is nps?", lang, events, sender)
    return sender, events


@pytest.mark.parametrize(("text", "lang"), UNSURE)
def test_an_unsure_reply_is_read_as_unsure(text: str, lang: str) -> None:
    assert is_unsure(text), text


@pytest.mark.parametrize("text", NOT_UNSURE)
def test_a_yes_a_no_a_score_or_a_sentence_is_not_unsure(text: str) -> None:
    assert not is_unsure(text), text


@pytest.mark.parametrize(("text", "lang"), UNSURE[:3] + UNSURE[6:])
@pytest.mark.parametrize(("action", "intent"), READINGS)
def test_unsure_to_carry_on_asks_again_plainly(text: str, lang: str, action: type, intent: str) -> None:
    sender, events = _carry_on_asked(lang)
    messages, _ = turn(text, lang, events, sender, action, intent)
    reply = said(messages)
    assert reply.startswith(t("sc_carry_on_unsure", lang, title="x", n="2", total="7")[:20]), reply
    assert "vraag 2 van 7" in reply if lang == "nl" else "question 2 of 7" in reply
    assert t("dont_know", lang)[:20] not in reply and payloads.stop() in _payloads(messages)
    assert sum(p.startswith("/selfcheck_answer") for p in _payloads(messages)) == 5  # the statement below
    assert open_position(sender) == 1  # nothing recorded


@pytest.mark.parametrize(
    ("text", "action", "intent", "expected"),
    [
        ("ja", ActionAffirm, "affirm", None),  # the statement again
        ("nee", ActionDeny, "deny", "sc_open_deny"),
        ("weet niet", ActionKbFallback, "nlu_fallback", "sc_dont_know"),  # the statement's own doubt
    ],
)
def test_yes_no_and_the_statement_s_own_doubt_keep_their_replies(
    text: str, action: type, intent: str, expected: str | None
) -> None:
    sender, events = _carry_on_asked("nl")
    messages, _ = turn(text, "nl", events, sender, action, intent)
    reply = said(messages)
    assert "Geen haast" not in reply, reply
    if expected:
        assert reply.startswith(
            t(expected, "nl", title="Beloftes nakomen", n="2", total="7", min="1", max="5")
        )


def test_a_score_to_carry_on_is_still_recorded() -> None:
    sender, events = _carry_on_asked("nl")
    turn("4", "nl", events, sender, ActionSelfcheckAnswer, "selfcheck_answer")
    assert open_position(sender) == 2


def test_unsure_outside_a_self_check_is_not_asked_about_one() -> None:
    messages, _ = turn("misschien", "nl", [], new_sender(prefix="s63"), ActionKbFallback, "nlu_fallback")
    assert "Geen haast" not in said(messages)


@pytest.mark.parametrize(("text", "lang"), [("misschien", "nl"), ("hmm, weet niet", "nl"), ("maybe", "en")])
def test_unsure_to_a_paused_check_s_offer_asks_again_with_its_button(text: str, lang: str) -> None:
    sender = new_sender(prefix="s63")
    events = at_question_2(lang, sender)
    _, events = turn("stop", lang, events, sender, ActionStop, "stop")
    _, events = turn("3", lang, events, sender, ActionSelfcheckAnswer, "selfcheck_answer")  # "Wil je verder?"
    messages, _ = turn(text, lang, events, sender, ActionKbFallback, "nlu_fallback")
    reply = said(messages)
    assert reply.startswith(t("sc_resume_unsure", lang, title="x", n="2", total="7")[:10]), reply
    assert _payloads(messages) == [payloads.start_selfcheck("keeping-promises")]
    step = actions.selfcheck.service().open_step(sender)
    assert step is not None and step.run.paused and step.position == 1


# --- 3. the team view offered only when it is open ------------------------------------------------


def _profiles() -> ProfileStore:
    return ProfileStore(get_settings().app_db_url)


def _help(sender: str, lang: str = "nl", events: list[dict] | None = None, **metadata: str) -> list[dict]:
    messages, _ = turn("help", lang, events or [], sender, ActionHelp, "help", metadata=metadata or None)
    return messages


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_team_lead_by_conversation_gets_tips_but_no_team_button(lang: str) -> None:
    sender = new_sender(prefix="s63")
    _profiles().set_profile(sender, "employee", "winkel")  # an employee's invite
    said_lead = "ik ben teamleider" if lang == "nl" else "I'm a team leader"
    _, events = turn(said_lead, lang, [], sender, ActionSmallTalk, "greet")
    messages = _help(sender, lang, events)
    assert t("help_tips", lang) in said(messages) and t("help_team_later", lang) in said(messages)
    assert t("help_team", lang) not in said(messages)
    assert TEAM not in _payloads(messages) and payloads.ask_coaching_tip() in _payloads(messages)


@pytest.mark.parametrize(
    ("role", "team", "metadata", "open_"),
    [
        ("manager", "winkel", {}, True),  # an administrator's manager with a team
        ("admin", "winkel", {}, True),
        ("manager", None, {}, False),  # a manager said in the chat, no team
        ("admin", None, {}, False),
        (None, None, {"role": "manager"}, False),  # the channel's word only
        ("employee", "winkel", {}, False),
    ],
)
def test_the_team_button_comes_only_with_the_team_view(
    role: str | None, team: str | None, metadata: dict[str, str], open_: bool
) -> None:
    sender = new_sender(prefix="s63")
    if role is not None:
        _profiles().set_profile(sender, role, team)
    messages = _help(sender, **metadata)
    assert (TEAM in _payloads(messages)) is open_
    leads = role in ("manager", "admin") or metadata.get("role") == "manager"
    assert (t("help_team", "nl") in said(messages)) is open_
    assert (t("help_team_later", "nl") in said(messages)) is (leads and not open_)
