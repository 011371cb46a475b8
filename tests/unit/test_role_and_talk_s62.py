"""Stop 62, tester round (task I): three seams a fresh user found.

1. A role said in words vs the invite's role. An employee by invite (a profile with a team) who
   says "ik ben teamleider" was told both "Je rol staat op medewerker" and "Je geeft leiding aan een
   team", and later that coaching tips are for team leads. Now the role said counts for the
   conversation, as when no invite role is known (actions/base.py `role_of_sender`,
   `conversation_role`): one line says so once, and that the team results wait for the
   administrator; every place (welcome, tips, help, search) reads the same role; the profile and
   the team view stay as the administrator set them.
2. Talk about the coach itself: praise ("ge zijt ne goeie") and questions who or what it is ("who
   made you?", "wie heeft jou gemaakt", "waar kom je vandaan") got "no good answer"; now they get a
   kind, true reply (bot/dialogue/small_talk.py `coach_talk`, actions/small_talk.py
   `answered_as_coach_talk`).
3. "en hoe doe ik dat in het nederlands?" right after an English answer pinned Dutch and showed
   nothing; now the answer comes again in Dutch, once, and nothing is pinned
   (bot/dialogue/say_it_in.py `asks_how_in`, actions/language.py `said_once_in`).

Real actions, run in-process with metadata (tests/unit/turns.py), real profile store and index."""

from __future__ import annotations

import pytest

from actions.advice import ActionAnswerAdvice, ActionKbFallback, ActionOutOfScope
from actions.base import conversation_role, role_of_sender
from actions.coaching import ActionCoachingTip
from actions.help import ActionHelp
from actions.language import ActionSetLanguage
from actions.selfcheck import ActionTeamResults
from actions.small_talk import ActionSmallTalk
from bot.dialogue import payloads
from bot.dialogue.say_it_in import asks_how_in
from bot.dialogue.small_talk import coach_talk
from bot.i18n import t
from bot.settings import get_settings
from bot.storage.profiles import ProfileStore
from tests.unit.replies import said, source_of
from tests.unit.test_role_of_sender_s59 import _of
from tests.unit.turns import new_sender, turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py: own app database

TELEGRAM = {"role": "employee", "channel": "telegram"}  # what the Telegram channel sends for an employee


def _profiles() -> ProfileStore:
    return ProfileStore(get_settings().app_db_url)


def _invited(role: str = "employee") -> str:
    """A sender whose role an invite code gave: a profile with a team."""
    sender = new_sender(prefix="s62i")
    _profiles().set_profile(sender, role, "winkel")
    return sender


def _texts(messages: list[dict]) -> list[str]:
    return [str(m.get("text") or "") for m in messages if m.get("text")]


def _role_lines(lang: str) -> set[str]:
    """Every line about the role, in `lang`, with either role name filled in."""
    names = [t(f"role_name_{r}", lang) for r in ("employee", "manager")]
    keys = ("role_kept", "role_set", "role_for_conversation", "role_for_conversation_welcomed")
    return {t(key, lang, role=name) for key in keys for name in names}


# --- 1. the role said in words counts for the conversation -----------------------------------

INTRODUCTIONS = [
    ("hoi, ik ben teamleider van een supermarkt", "nl"),  # the tester's
    ("goeiemorgen, ik ben de nieuwe filiaalmanager", "nl"),
    ("dag, ik ben ploegverantwoordelijke in een winkel", "nl"),  # Flemish
    ("hi, I'm a team leader at a hotel", "en"),
]


@pytest.mark.parametrize(("text", "lang"), INTRODUCTIONS)
def test_an_invited_employee_who_introduces_as_a_leader_hears_one_story(text: str, lang: str) -> None:
    sender = _invited()
    messages, events = turn(text, lang, [], sender, ActionSmallTalk, "greet", metadata=TELEGRAM)
    texts = _texts(messages)
    assert texts[0] == t("nice_to_meet_leader", lang)  # the welcome first, as without an invite
    employee = t("role_name_employee", lang)
    assert texts[1] == t("role_for_conversation_welcomed", lang, role=employee)  # once, right after it
    assert t("role_kept", lang, role=employee) not in texts  # no "Je rol staat op medewerker"
    assert sum(line in _role_lines(lang) for line in texts) == 1
    # the tip that follows is a team lead's, without "tips are for those who lead a team"
    ask = "geef me een coachingstip" if lang == "nl" else "give me a coaching tip"
    tip, events = turn(ask, lang, events, sender, ActionCoachingTip, "ask_coaching_tip", metadata=TELEGRAM)
    assert t("tips_for_leaders", lang) not in _texts(tip)
    assert any(m.get("custom", {}).get("type") == "source" for m in tip) or _texts(tip)
    # the help lists what a team lead can do
    help_messages, _ = turn("help", lang, events, sender, ActionHelp, "help", metadata=TELEGRAM)
    assert t("help_tips", lang) in said(help_messages)
    # the profile and the team view stay as the administrator set them
    assert (_profiles().profile(sender).role, _profiles().profile(sender).team) == ("employee", "winkel")
    asked = "hoe doet mijn team het?" if lang == "nl" else "how is my team doing?"
    team, _ = turn(asked, lang, events, sender, ActionTeamResults, "team_results")
    assert _texts(team) == [t("team_not_manager", lang)]


def test_a_leading_role_in_chat_spelling_with_a_greeting_gets_the_leaders_greeting() -> None:
    sender = _invited()
    messages, _ = turn("hoi k ben teamleidster bij de jumbo", "nl", [], sender, ActionSmallTalk, "greet")
    assert _texts(messages) == [t("role_for_conversation", "nl", role=t("role_name_employee", "nl"))]
    assert [m.get("response") for m in messages[1:]] == ["utter_greet"]  # a team lead's greeting


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ik ben teamleider, hoe geef ik feedback aan mijn team?", "nl"),
        ("als leidinggevende: hoe geef ik feedback aan mijn team?", "nl"),
        ("I'm a store manager, how do I give feedback to my team?", "en"),
    ],
)
def test_a_leading_role_said_beside_a_question_is_said_once(text: str, lang: str) -> None:
    sender = _invited()
    messages, events = turn(text, lang, [], sender, metadata=TELEGRAM)
    employee = t("role_name_employee", lang)
    assert _texts(messages)[0] == t("role_for_conversation", lang, role=employee)
    assert source_of(messages)["id"] == "coaching-feedback-conversation"  # searched as a team lead's
    again, events = turn(text, lang, events, sender, metadata=TELEGRAM)
    assert not set(_texts(again)) & _role_lines(lang)  # said once
    tip, _ = turn("nog een coachingstip", lang, events, sender, ActionCoachingTip, "ask_coaching_tip")
    assert t("tips_for_leaders", lang) not in _texts(tip)


@pytest.mark.parametrize(
    "text",
    [
        "mijn teamleider is streng, hoe ga ik daarmee om?",
        "stel dat ik teamleider ben, wat doe ik dan met een klacht?",
        "ik was vroeger teamleider, nu sta ik weer aan de kassa",
        "ik ben geen manager hoor",
        "de klant zei: ik ben de manager van dit bedrijf",
    ],
)
def test_someone_else_s_role_a_supposition_or_the_past_changes_nothing(text: str) -> None:
    sender = _invited()
    messages, events = turn(text, "nl", [], sender, metadata=TELEGRAM)
    assert not set(_texts(messages)) & _role_lines("nl")
    tip, _ = turn("geef me een coachingstip", "nl", events, sender, ActionCoachingTip, "ask_coaching_tip")
    assert _texts(tip)[0] == t("tips_for_leaders", "nl")  # still an employee's conversation


def test_an_invited_manager_who_says_they_serve_customers_keeps_the_role() -> None:
    sender = _invited("manager")
    messages, events = turn("ik werk als kassamedewerker", "nl", [], sender)
    assert _texts(messages)[0] == t("role_kept", "nl", role=t("role_name_manager", "nl"))
    tracked = _of(sender)
    tracked.events = events
    assert role_of_sender(tracked) == "manager"


def test_the_latest_role_said_counts_and_a_restart_forgets_it() -> None:
    sender = _invited()
    _, events = turn("ik ben teamleider, hoe geef ik feedback?", "nl", [], sender)
    messages, events = turn("sorry, ik werk gewoon als kassamedewerker", "nl", events, sender)
    assert _texts(messages)[0] == t("role_set", "nl", role=t("role_name_employee", "nl"))
    ask = "geef me een coachingstip"
    tip, events = turn(ask, "nl", events, sender, ActionCoachingTip, "ask_coaching_tip")
    assert _texts(tip)[0] == t("tips_for_leaders", "nl")
    _, events = turn("ik ben teamleider", "nl", events, sender, ActionSmallTalk, "greet")
    tracked = _of(sender)
    tracked.events = events
    assert role_of_sender(tracked) == "manager"
    restarted = [*events, {"event": "user", "text": payloads.greet()}, {"event": "restart"}]
    tracked.events = restarted
    assert role_of_sender(tracked) == "employee"


def test_without_an_invite_the_role_said_is_still_kept_in_the_profile() -> None:
    sender = new_sender("employee", prefix="s62i")  # no team: as `servicecoach profile set` without one
    messages, _ = turn("ik ben teamleider, hoe geef ik feedback?", "nl", [], sender)
    assert _texts(messages)[0] == t("role_set", "nl", role=t("role_name_manager", "nl"))
    assert _profiles().profile(sender).role == "manager"


@pytest.mark.parametrize(
    ("stored", "invited", "texts", "role"),
    [
        ("employee", True, ["ik ben teamleider"], "manager"),
        ("employee", True, ["I manage a team of eight", "hoe geef ik feedback"], "manager"),
        ("employee", True, ["ik ben teamleider", "ik werk als kassière"], "employee"),
        ("employee", True, ["mijn manager is teamleider"], "employee"),
        ("employee", False, ["ik ben teamleider"], "employee"),  # kept in the profile instead
        ("manager", True, ["ik werk als kassière"], "manager"),
        ("admin", True, ["ik werk als kassière"], "admin"),
        ("employee", True, [], "employee"),
    ],
)
def test_conversation_role(stored: str, invited: bool, texts: list[str], role: str) -> None:
    assert conversation_role(stored, invited, texts) == role


# --- 2. talk about the coach itself --------------------------------------------------------------

COACH_TALK = [
    # praise: Flemish, chat spelling, English
    ("ge zijt ne goeie", "praise"),
    ("gij zijt ne goeie hoor", "praise"),
    ("amai ge zijt ne crack", "praise"),
    ("je bent echt top!", "praise"),
    ("jij bent de beste 👍", "praise"),
    ("wat een toffe bot", "praise"),
    ("thanks, you're the best", "praise"),
    ("ur awesome", "praise"),
    ("good bot", "praise"),
    # who made it
    ("who made you?", "made"),
    ("Who built u", "made"),
    ("wie heeft jou gemaakt", "made"),
    ("wie heeft je gemaakd?", "made"),
    ("Wie heeft u gemaakt?", "made"),
    ("wie zit er achter deze app?", "made"),
    ("who's your creator", "made"),
    ("trouwens, wie heeft jou geprogrammeerd?", "made"),
    # what or who it is, a bot or not
    ("wat ben jij eigenlijk?", "what"),
    ("what are you?", "what"),
    ("wie ben jij", "what"),
    ("what kind of bot are you", "what"),
    ("zijt gij ne robot?", "bot"),
    ("r u a bot", "bot"),
    ("praat ik met een mens?", "bot"),
    # where it comes from, its name
    ("waar kom je vandaan?", "where"),
    ("van waar komde gij", "where"),
    ("where are you from?", "where"),
    ("hoe heet je?", "name"),
    ("what's your name", "name"),
]
NOT_COACH_TALK = [
    "de klant is ne goeie",
    "wie heeft dit beleid gemaakt",
    "who made the mistake",
    "who made the decision to close early",
    "wie heeft de fout gemaakt?",
    "je bent goed in klachten, hoe doe ik dat?",
    "mijn collega is top",
    "je bent nutteloos",
    "waar komt die klacht vandaan",
    "de klant vraagt waar ik vandaan kom",
    "what are you supposed to say to an angry customer",
    "ben jij de manager?",
    "de klant vroeg: ben jij een robot?",
    "ik ben een topper in klachten",
    "hoe heet de regel voor klachten",
]


@pytest.mark.parametrize(("text", "kind"), COACH_TALK)
def test_talk_about_the_coach_is_read_as_such(text: str, kind: str) -> None:
    assert coach_talk(text) == kind


@pytest.mark.parametrize("text", NOT_COACH_TALK)
def test_look_alikes_are_no_talk_about_the_coach(text: str) -> None:
    assert coach_talk(text) is None


@pytest.mark.parametrize(
    ("text", "lang", "action", "intent"),
    [
        ("ge zijt ne goeie", "nl", ActionAnswerAdvice, "ask_advice"),  # the tester's
        ("je bent echt top!", "nl", ActionSmallTalk, "thank"),
        ("you're the best", "en", ActionKbFallback, "nlu_fallback"),
    ],
)
def test_praise_of_the_coach_is_thanked(text: str, lang: str, action: type, intent: str) -> None:
    messages, _ = turn(text, lang, [], new_sender("employee"), action, intent)
    assert _texts(messages) == [t("coach_praised", lang)]


@pytest.mark.parametrize(
    ("text", "lang", "action", "intent", "opener"),
    [
        ("who made you?", "en", ActionAnswerAdvice, "ask_advice", "coach_about_made"),  # the tester's
        ("wie heeft jou gemaakt", "nl", ActionOutOfScope, "out_of_scope", "coach_about_made"),
        ("wie heeft jou gemaakt", "nl", ActionSmallTalk, "bot_challenge", "coach_about_made"),
        ("wat ben jij eigenlijk?", "nl", ActionKbFallback, "nlu_fallback", "coach_about_what"),
        ("waar kom je vandaan?", "nl", ActionAnswerAdvice, "ask_advice", "coach_about_where"),
        ("what's your name", "en", ActionSmallTalk, "greet", "coach_about_name"),
    ],
)
def test_questions_about_the_coach_get_a_true_answer(
    text: str, lang: str, action: type, intent: str, opener: str
) -> None:
    messages, _ = turn(text, lang, [], new_sender("employee"), action, intent)
    assert _texts(messages)[0] == t(opener, lang) + " " + t("coach_about", lang)
    assert "Rasa" in said(messages) and "open-source" in said(messages)
    assert messages[0].get("buttons")  # the topics, to go on with


def test_are_you_a_bot_in_flemish_gets_the_bot_answer() -> None:
    messages, _ = turn("zijt gij ne robot?", "nl", [], new_sender("employee"))
    assert _texts(messages)[0].startswith("Ik ben een bot")


@pytest.mark.parametrize(
    ("text", "lang"),
    [("de klant is ne goeie", "nl"), ("wie heeft dit beleid gemaakt", "nl"), ("who made the mistake", "en")],
)
def test_look_alikes_are_answered_as_before(text: str, lang: str) -> None:
    messages, _ = turn(text, lang, [], new_sender("employee"))
    lines = {t(key, lang) for key in ("coach_praised", "coach_about")}
    assert not any(line in said(messages) for line in lines)


# --- 3. "en hoe doe ik dat in het nederlands?" ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("en hoe doe ik dat in het nederlands?", "nl"),  # the tester's
        ("hoe pak ik dat aan in het Nederlands", "nl"),
        ("hoe moet ik dat in het nederlands doen", "nl"),
        ("hoe doe ik da in t nederlands", "nl"),  # Flemish, chat
        ("hoe doe ik dat in het nederlans?", "nl"),  # a slip
        ("in het Nederlands: hoe doe ik dat?", "nl"),
        ("and how do I do that in English?", "en"),
        ("how do i handle that in english pls", "en"),
        ("what do I do then, in Dutch please", "nl"),
    ],
)
def test_how_to_do_that_in_a_language_is_read(text: str, code: str) -> None:
    assert asks_how_in(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "hoe zeg ik dat in het Engels?",  # the words to say (say_it_in)
        "kun je dat in het Nederlands zeggen?",  # the answer again, pinned
        "hoe doe ik dat bij een klant die geen Nederlands spreekt",
        "hoe doe ik dat?",
        "hoe doe ik dat in nederland?",  # the country
        "kun je in het Engels antwoorden",
        "how do I do that in Excel",
    ],
)
def test_look_alikes_are_no_how_in_a_language(text: str) -> None:
    assert asks_how_in(text) is None


@pytest.mark.parametrize(
    ("action", "intent"), [(ActionSetLanguage, "set_language"), (ActionAnswerAdvice, "ask_advice")]
)
def test_how_to_do_that_in_dutch_after_an_english_answer_gives_it_in_dutch_once(
    action: type, intent: str
) -> None:
    sender = new_sender("employee")
    first, events = turn("how do I calm down an angry customer?", "en", [], sender)
    article = source_of(first)["id"]
    entities = [{"entity": "language", "value": "nl"}] if intent == "set_language" else None
    messages, events = turn(
        "en hoe doe ik dat in het nederlands?", "nl", events, sender, action, intent, entities=entities
    )
    assert (source_of(messages)["id"], source_of(messages)["lang"]) == (article, "nl")
    assert t("language_pinned", "nl") not in _texts(messages)
    assert _profiles().language(sender) is None  # nothing pinned: the next English message is English


def test_how_to_do_that_in_english_after_a_dutch_answer() -> None:
    sender = new_sender("employee")
    first, events = turn("Een klant staat tegen me te schreeuwen, wat doe ik?", "nl", [], sender)
    asked = "and how do I do that in English?"
    messages, _ = turn(asked, "en", events, sender, ActionSetLanguage, "set_language")
    assert (source_of(messages)["id"], source_of(messages)["lang"]) == (source_of(first)["id"], "en")
    assert _profiles().language(sender) is None
