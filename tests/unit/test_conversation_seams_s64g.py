"""Stop 64 (helper G): conversation seams a tester found, each by its kind, with look-alikes that
must keep today's behaviour.

1. NLU's out-of-scope beat a confident search: a scene at work told after an opener ("hey ik ben
   ober, tafel 6 zit al 40 min ...") or about someone served by another trade ("een gebruiker
   belt voor de vijfde keer ...") got "Daar kan ik je niet mee helpen". A clause after a comma
   is read as a sentence, and users, borrowers, pupils, members... are people served
   (bot/dialogue/someone_at_work.py). Weather, football and recipes stay refused.
2. A command inside a longer message: a stop or pause that ENDS the message pauses an open
   self-check (bot/dialogue/closing_stop.py); a help-read message that asks what the asker says
   or does with someone served is a question (actions/help.py); an introduction with "mag ik
   iets vragen" gets a welcome and "Vertel maar!" (bot/dialogue/self_introduction.py); an admin
   asking what people ask most or what is missing is pointed to /report
   (bot/dialogue/report_request.py), anyone else gets what they got.
3. Context: "en als dat niet werkt?" right after a refusal says there was no advice to try;
   "nog een tip" in Dutch words after one English question in a Dutch conversation is Dutch,
   and with an offer on screen (no article given) asks to pick the topic first; a new question
   of its own that lands on the article just given gets its tips with the same-topic line, a
   short follow-up ("en dan?") still the next view (actions/followup.py `is_new_question`).

Real actions, the real index and self-check files, and an own app database per test."""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import actions.selfcheck
from actions.advice import ActionAnswerAdvice, ActionKbFallback, ActionOutOfScope
from actions.followup import is_new_question
from actions.help import ActionHelp
from actions.language import ActionDetectLanguage
from bot.dialogue.closing_stop import closes_with_stop
from bot.dialogue.report_request import asks_for_the_report
from bot.dialogue.self_introduction import introduction
from bot.dialogue.someone_at_work import a_sentence_tells_of_someone
from bot.i18n import t
from tests.unit.replies import said, source_id
from tests.unit.turns import at_question_2, new_sender, open_position, turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py


def _kinds(messages: list[dict]) -> set[str]:
    return {str((m.get("custom") or {}).get("type")) for m in messages} - {"None"}


def _titles(messages: list[dict]) -> list[str]:
    return [str(b.get("title")) for m in messages for b in m.get("buttons") or []]


def _off_topic(messages: list[dict]) -> bool:
    return any(m.get("response") == "utter_out_of_scope" for m in messages)


# --- 1. out-of-scope read for a scene at work ------------------------------------------------

SCENES_READ_AS_OFF_TOPIC = [
    ("hey ik ben ober, tafel 6 zit al 40 min op hun eten te wachten want de keuken is helemaal vast "
     "gelopen wat zeg ik tegen ze", "nl"),
    ("een gebruiker belt voor de vijfde keer over hetzelfde probleem en wordt onbeleefd", "nl"),
    # more of the kind
    ("hoi, ik werk in een bibliotheek. een lener is boos omdat zijn boete te hoog is", "nl"),
    ("a user keeps calling about the same problem and is getting rude", "en"),
    ("hi im a waiter, table 6 has been waiting 40 min for their food, what do i tell them", "en"),
]  # fmt: skip
REALLY_OFF_TOPIC = [
    ("wie heeft de champions league gewonnen", "nl"),
    ("wat voor weer wordt het morgen", "nl"),
    ("hoe maak ik pannenkoeken", "nl"),
    ("hoi, waar kan ik het beste parkeren in amsterdam", "nl"),
    ("ik ben fan van ajax, wie wint er zondag", "nl"),
    ("what's the weather like tomorrow", "en"),
]


@pytest.mark.parametrize(("text", "lang"), SCENES_READ_AS_OFF_TOPIC)
def test_a_scene_at_work_read_as_off_topic_is_answered_or_offered(text: str, lang: str) -> None:
    messages, _ = turn(text, lang, [], new_sender(), ActionOutOfScope, "out_of_scope", confidence=0.99)
    assert not _off_topic(messages), said(messages)
    assert source_id(messages) or "offer" in _kinds(messages), said(messages)


@pytest.mark.parametrize(("text", "lang"), REALLY_OFF_TOPIC)
def test_a_message_really_off_topic_is_still_refused(text: str, lang: str) -> None:
    messages, _ = turn(text, lang, [], new_sender(), ActionOutOfScope, "out_of_scope", confidence=0.99)
    assert source_id(messages) is None and "offer" not in _kinds(messages), said(messages)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hey ik ben ober, tafel 6 zit al 40 min te wachten", True),
        ("een gebruiker belt voor de vijfde keer", True),
        ("leerlingen zijn brutaal aan de balie", True),
        ("ik ben fan van ajax, wie wint er zondag", False),
        ("hoi, waar kan ik parkeren", False),
        ("how customer focused am I, let's find out", False),
    ],
)
def test_a_clause_after_a_comma_may_tell_of_someone(text: str, expected: bool) -> None:
    assert a_sentence_tells_of_someone(text) is expected


# --- 2. a command or a help request inside a longer message ----------------------------------

CLOSING_STOPS = [
    "wacht even, ik moet een klant helpen. stop",
    "klant aan de balie, even pauze",
    "er komt iemand aan de balie, ik stop even",
    "wacht even, ik moet een klant helpen. pauze",
    "sorry customer waiting, pause",
    "customer at the desk - brb, stop",
]
NO_CLOSING_STOP = [
    "stop",  # one clause: bot/selfchecks/stopping.py
    "hoe stop ik een klant die blijft praten, hij houdt niet op",
    "de klant blijft praten, hij wil niet stoppen",
    "ja, genoeg",
    "jammer genoeg, wel",
    "niet stoppen, ga door",
    "ik zeg dan: stop",
    "soms, als het druk is",
]


@pytest.mark.parametrize("text", CLOSING_STOPS)
def test_a_stop_at_the_end_is_read(text: str) -> None:
    assert closes_with_stop(text)


@pytest.mark.parametrize("text", NO_CLOSING_STOP)
def test_no_stop_at_the_end(text: str) -> None:
    assert not closes_with_stop(text)


@pytest.mark.parametrize("action", [ActionAnswerAdvice, ActionKbFallback])
@pytest.mark.parametrize("text", CLOSING_STOPS[:3])
def test_a_stop_at_the_end_pauses_the_open_check(text: str, action: type) -> None:
    sender = new_sender()
    events = at_question_2("nl", sender)
    messages, _ = turn(text, "nl", events, sender, action, "ask_advice")
    step = actions.selfcheck.service().open_step(sender)
    assert step is not None and step.run.paused, said(messages)
    assert "offer" not in _kinds(messages)


def test_a_question_about_stopping_mid_check_is_no_pause() -> None:
    sender = new_sender()
    events = at_question_2("nl", sender)
    turn("hoe stop ik een klant die blijft praten", "nl", events, sender)
    step = actions.selfcheck.service().open_step(sender)
    assert step is not None and not step.run.paused and open_position(sender) == 1


HELP_READ_QUESTIONS = [
    ("ge moet ni denken dat ik da allemaal weet he, hoe zeg ik tegen een klant dat ik het ni weet", "nl"),
    ("ik weet echt niet alles hoor, hoe zeg ik tegen een klant dat ik het niet weet", "nl"),
    ("i don't know everything, how do i tell a customer i don't know the answer", "en"),
]


@pytest.mark.parametrize(("text", "lang"), HELP_READ_QUESTIONS)
def test_a_help_read_question_about_a_customer_is_searched(text: str, lang: str) -> None:
    messages, _ = turn(text, lang, [], new_sender(), ActionHelp, "help")
    assert source_id(messages) or "offer" in _kinds(messages), said(messages)


@pytest.mark.parametrize(
    ("text", "lang"), [("help", "nl"), ("wat kun je allemaal?", "nl"), ("what can you do?", "en")]
)
def test_help_itself_stays_the_help(text: str, lang: str) -> None:
    messages, _ = turn(text, lang, [], new_sender(), ActionHelp, "help")
    assert source_id(messages) is None and "offer" not in _kinds(messages)
    assert "\n" in str(messages[0].get("text"))  # the help lines


INTRODUCTION_AND_ANNOUNCEMENT = [
    ("hoi ik werk bij de apotheek aan de balie, mag ik iets vragen", "nl"),
    ("ik ben nieuw hier mag ik iets vragen", "nl"),
    ("hallo ik ben Sanne, ik heb een vraag", "nl"),
    ("hi, I'm a waiter, can I ask you something?", "en"),
]


@pytest.mark.parametrize("action", [ActionHelp, ActionAnswerAdvice])
@pytest.mark.parametrize(("text", "lang"), INTRODUCTION_AND_ANNOUNCEMENT)
def test_an_introduction_announcing_a_question_is_invited(text: str, lang: str, action: type) -> None:
    intent = "help" if action is ActionHelp else "ask_advice"
    messages, _ = turn(text, lang, [], new_sender(), action, intent)
    assert t("ask_away", lang) in said(messages), said(messages)
    assert said(messages).startswith(t("nice_to_meet", lang)[:8]) or "Sanne" in said(messages)


@pytest.mark.parametrize(
    "text",
    [
        "ik ben kassière, mag ik iets vragen over een boze klant",
        "ik ben boos, mag ik iets vragen",
        "mag ik iets vragen",
    ],
)
def test_no_introduction_with_an_announcement(text: str) -> None:
    said_of_self = introduction(text)
    assert said_of_self is None or not said_of_self.announces_a_question


REPORT_QUESTIONS = [
    ("wat vragen mensen het meest en wat mist er?", "nl"),
    ("welke vragen kon je niet beantwoorden?", "nl"),
    ("wat zijn de meest gestelde vragen", "nl"),
    ("welke kennis ontbreekt er nog?", "nl"),
    ("what do people ask most?", "en"),
    ("what's missing in the knowledge base?", "en"),
]
NO_REPORT_QUESTIONS = [
    "help",
    "wat kun je",
    "wat vragen klanten het meest over de kassa",
    "wat mist er aan mijn aanpak bij boze klanten?",
    "wat mist er in de bestelling van de klant",
    "what is missing from my apology to the customer",
]


@pytest.mark.parametrize(("text", "lang"), REPORT_QUESTIONS)
def test_an_admin_asking_what_people_ask_is_pointed_to_the_report(text: str, lang: str) -> None:
    assert asks_for_the_report(text)
    for action, intent in ((ActionHelp, "help"), (ActionAnswerAdvice, "ask_advice")):
        messages, _ = turn(text, lang, [], new_sender("admin"), action, intent)
        assert said(messages) == t("report_pointer", lang)


@pytest.mark.parametrize("text", NO_REPORT_QUESTIONS)
def test_no_report_question(text: str) -> None:
    assert not asks_for_the_report(text)


@pytest.mark.parametrize("role", ["employee", "manager", None])
def test_others_asking_what_people_ask_get_what_they_got(role: str | None) -> None:
    messages, _ = turn(REPORT_QUESTIONS[0][0], "nl", [], new_sender(role), ActionHelp, "help")
    assert t("report_pointer", "nl") not in said(messages)


# --- 3. context ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"), [("en als dat niet werkt?", "nl"), ("what if that doesn't work?", "en")]
)
def test_did_not_work_after_a_refusal_says_there_was_no_advice(text: str, lang: str) -> None:
    sender = new_sender()
    off = "wat voor weer wordt het morgen" if lang == "nl" else "what's the weather like tomorrow"
    _, events = turn(off, lang, [], sender, ActionOutOfScope, "out_of_scope", confidence=0.99)
    messages, _ = turn(text, lang, events, sender)
    assert said(messages) == t("did_not_work_no_advice", lang)


def test_did_not_work_after_an_answer_still_asks_what_happened() -> None:
    sender = new_sender()
    first, events = turn("hoe ga ik om met een boze klant", "nl", [], sender)
    assert source_id(first) == "angry-customer"
    messages, _ = turn("en als dat niet werkt?", "nl", events, sender)
    assert t("did_not_work_no_advice", "nl") not in said(messages)
    assert "Omgaan met een boze klant" in said(messages)


def test_did_not_work_as_a_first_message_says_there_was_no_advice() -> None:
    # stop 65 (helper G): a first message is no follow-up either (tests/unit/test_conversation_seams_s65g.py)
    messages, _ = turn("wat als dat niet werkt?", "nl", [], new_sender())
    assert said(messages) == t("did_not_work_no_advice", "nl")


def _detected(text: str, earlier: list[str], lang: str) -> str:
    events: list[dict] = [{"event": "slot", "name": "language", "value": lang}]
    for before in earlier:
        events += [{"event": "user", "text": before}, {"event": "bot", "text": "..."}]
    events.append({"event": "user", "text": text})
    latest = {
        "text": text,
        "intent": {"name": "ask_advice", "confidence": 0.9},
        "entities": [],
        "metadata": {},
    }
    slots = {"language": lang, "pinned_language": None, "tips_given": None}
    tracked = Tracker(new_sender(), slots, latest, events, False, None, {}, "action_listen")
    found = asyncio.run(ActionDetectLanguage().run(CollectingDispatcher(), tracked, {}))
    return next((e["value"] for e in found if e.get("name") == "language"), lang)


DUTCH_THEN_ENGLISH = ["hoe ga ik om met een boze klant?", "how do I say no to a customer?"]


@pytest.mark.parametrize(
    "text", ["nog een tip", "geef me nog een tip", "nog een voorbeeld", "meer voorbeelden"]
)
def test_a_dutch_form_request_after_one_english_question_in_a_dutch_conversation_is_dutch(text: str) -> None:
    assert _detected(text, DUTCH_THEN_ENGLISH, "en") == "nl"


@pytest.mark.parametrize("text", ["nog een tip", "nog een voorbeeld"])
def test_a_dutch_form_request_in_an_english_conversation_stays_english(text: str) -> None:
    assert _detected(text, ["how do I say no to a customer?"], "en") == "en"


@pytest.mark.parametrize(
    ("text", "earlier", "lang"),
    [
        ("nog een tip", [], "en"),  # an English conversation: its language (stop 53)
        ("nog een tip", ["wat voor weer wordt het morgen"], "nl"),  # Dutch spoken before: Dutch
        ("one more tip", [], "en"),
        ("another tip", [], "en"),
    ],
)
def test_another_tip_at_an_offer_asks_to_pick_the_topic(text: str, earlier: list[str], lang: str) -> None:
    sender = new_sender()
    events: list[dict] = []
    for before in earlier:
        _, events = turn(before, "nl", events, sender, ActionOutOfScope, "out_of_scope", confidence=0.99)
    question = (
        "a guest is complaining loudly that the wine is corked and wants a new bottle for free, "
        "my manager is not here"
    )
    offered, events = turn(question, "en", events, sender)
    assert "offer" in _kinds(offered)
    messages, _ = turn(text, "en", events, sender)
    assert said(messages) == t("tip_pick_first", lang)
    assert _titles(messages) == _titles(offered)


def test_another_tip_after_an_answer_still_gives_more_of_it() -> None:
    sender = new_sender()
    _, events = turn("hoe ga ik om met een boze klant", "nl", [], sender)
    messages, _ = turn("nog een tip", "nl", events, sender)
    assert source_id(messages) == "angry-customer"
    assert t("tip_pick_first", "nl") not in said(messages)


SAME_ARTICLE_ANEW = [
    "klnat is heel bozz wat moet ik doen",
    "klant is boos omdat zijn bestelling niet compleet was",
    "de klant is boos omdat zijn bestelling niet compleet was",
]
STILL_FOLLOW_UPS = [
    "en dan?",
    "hoe zeg ik dat?",
    "en als hij dan nog steeds boos is?",
    "de klant luistert niet",
    "klant is nu nog bozer geworden",
    "hij blijft maar schreeuwen tegen me",
    "het werkt niet bij deze klant",
    "ik heb dat al geprobeerd maar het werkt niet",
    "customer is still angry what now",
]


@pytest.mark.parametrize("text", SAME_ARTICLE_ANEW)
def test_a_new_question_on_the_same_article_gets_its_tips_again(text: str) -> None:
    assert is_new_question(text)
    sender = new_sender()
    first, events = turn("agressieve klant aan de kassa", "nl", [], sender)
    assert source_id(first) == "angry-customer"
    messages, _ = turn(text, "nl", events, sender)
    assert source_id(messages) == "angry-customer"
    assert said(messages).startswith(t("same_topic_again", "nl", title="Omgaan met een boze klant"))


@pytest.mark.parametrize("text", STILL_FOLLOW_UPS)
def test_a_short_follow_up_is_no_new_question(text: str) -> None:
    assert not is_new_question(text)


def test_a_follow_up_after_the_same_topic_again_gets_the_next_view() -> None:
    sender = new_sender()
    _, events = turn("agressieve klant aan de kassa", "nl", [], sender)
    _, events = turn(SAME_ARTICLE_ANEW[1], "nl", events, sender)
    messages, _ = turn("en dan?", "nl", events, sender)
    assert source_id(messages) == "angry-customer"
    assert not said(messages).startswith(t("same_topic_again", "nl", title="Omgaan met een boze klant"))
    assert "Blijf rustig, laat de klant helemaal uitpraten" not in said(messages)  # not the card again
