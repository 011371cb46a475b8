"""Understanding faults of the tester round of stop 57 (Telegram), fixed by kind. Real functions
and real actions on the real index, the real self-check files and an app database of their own.

1. A complaint about long answers ("ge moet mij ni zo lange teksten sturen hé, ik heb geen tijd")
   got the full article: now the shorter-answer path (bot/dialogue/shorter_request.py).
2. A request to be tested in other words ("kunt ge mij ne keer testen?") was refused: now the
   list of self-checks (bot/selfchecks/asking.py).
3. An employee's "geef me een tip" was read as feedback, "heb je nog een tip voor mij?" got a team
   lead's coaching tip: now one practical tip from an employee article (actions/coaching.py).
4. "wt is empowerment lol" in a Dutch chat switched to English: a short chat message whose only
   content is a term keeps the conversation's language (bot/engine/language.py).
5. "da klopt wel ongeveer" at a statement was refused, "I'm not sure what you mean" got "Your
   self-check is still open": now the scale value it means, or how to read the statement
   (bot/selfchecks/answers.py, bot/selfchecks/not_understood.py)."""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk.executor import CollectingDispatcher

import actions.selfcheck
from actions.advice import ActionAnswerAdvice, ActionKbFallback, ActionOutOfScope
from actions.coaching import ActionCoachingTip, employee_tip_articles
from actions.feedback import ActionFeedback
from actions.yes_no import ActionAffirm, ActionDeny
from bot.content.audience import EMPLOYEE_AUDIENCES
from bot.dialogue import payloads
from bot.dialogue.shorter_request import asks_for_shorter
from bot.dialogue.tip_request import asks_for_a_tip, asks_for_another_tip
from bot.engine.language import detect_language
from bot.i18n import t
from bot.selfchecks.answers import parse_answer, tries_to_answer
from bot.selfchecks.asking import asks_to_do_a_selfcheck
from bot.selfchecks.not_understood import does_not_understand
from tests.unit.replies import USER, after, said, scale_buttons, source_of, start
from tests.unit.turns import new_sender, turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

ARTICLE_FIRST = {
    "nl": "Een klant staat tegen me te schreeuwen aan de balie, wat doe ik?",
    "en": "My customer is furious and shouting at me, what do I do?",
}


def _texts(messages: list[dict]) -> list[str]:
    return [m.get("text") or "" for m in messages]


# == 1. complaints about long answers: the shorter-answer path =================================

TOO_LONG = [
    "ge moet mij ni zo lange teksten sturen hé, ik heb geen tijd",  # the tester's
    "kort graag", "minder tekst", "tl;dr", "too long", "keep it short", "te lang",
    "waarom altijd zo lang?", "stop met die lange teksten", "jij stuurt altijd zulke lange berichten",
    "hou het kort aub", "kort en bondig graag", "pff wat een lap tekst", "da is veel te lang",
    "your answers are way too long", "stop sending me such long texts", "less text please", "be brief",
    "I don't have time for long messages", "wall of text lol", "too wordy",
]  # fmt: skip
NOT_TOO_LONG = [
    "de rij is te lang", "hoe hou ik het gesprek korter", "de man aan de balie praat te lang",
    "ik heb geen tijd", "klant stuurt lange mails, wat doe ik", "mijn collega praat altijd zo lang",
    "the queue is too long", "customers send long emails", "my shift is too long", "waarom is de rij zo lang",
    "hoe houd ik het kort met een babbelaar", "geef me lange teksten", "ik heb een korte vraag",
    "why is the queue always so long", "hoe lang duurt de zelftest", "lange rij",
]  # fmt: skip


@pytest.mark.parametrize("text", TOO_LONG)
def test_a_complaint_about_long_answers_asks_for_a_shorter_one(text: str) -> None:
    assert asks_for_shorter(text)


@pytest.mark.parametrize("text", NOT_TOO_LONG)
def test_long_things_at_work_are_questions(text: str) -> None:
    assert not asks_for_shorter(text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("ge moet mij ni zo lange teksten sturen hé, ik heb geen tijd", "nl"),
     ("stop sending me such long texts, I have no time", "en")],
)  # fmt: skip
def test_after_an_article_the_complaint_gets_its_summary(text: str, lang: str) -> None:
    sender = new_sender()
    first, events = turn(ARTICLE_FIRST[lang], lang, [], sender)
    article_id = source_of(first)["id"]
    messages, _ = turn(text, lang, events, sender)
    note = source_of(messages)
    assert note["id"] == article_id and note["view"] == "summary", _texts(messages)
    assert messages[0]["text"].startswith(t("shorter", lang, title=note["title"], summary="")[:10])


def test_out_of_the_blue_the_complaint_is_asked_what_about() -> None:
    messages, _ = turn(
        "ge moet mij ni zo lange teksten sturen hé", "nl", [], new_sender(), ActionOutOfScope, "out_of_scope"
    )
    assert _texts(messages) == [t("shorter_without_topic", "nl")]


# == 2. asking to be tested: the self-check list ================================================

TEST_ME = [
    "kunt ge mij ne keer testen?",  # the tester's
    "test mij eens", "kan je me testen", "quiz me", "can you test me", "doe een test met mij", "test me",
    "overhoor me", "kunde mij efkes testen", "wil je me testen?", "test mijn kennis", "test my knowledge",
    "Can you quiz me please?", "kun je mij eens overhoren", "doe eens een testje met mij", "let's do a quiz",
    "ik wil getest worden", "i want to be tested", "quiz me on service", "zou je me willen testen",
    "hey coach, test me eens", "ik wil ne zelftest doen",
]  # fmt: skip
NOT_TEST_ME = [
    "how do i test a customer", "hoe test ik mijn team", "kan je mijn kassa testen",
    "ik moet morgen een test doen",
    "hoe kan ik testen of de klant tevreden is", "mijn baas wil me testen", "test de kassa",
    "ik word getest door mijn manager", "de klant test me", "klant wil me testen", "can you test the till",
    "quiz me about my team", "test mijn collega", "klanten testen me altijd", "hoe test ik de scanner",
]  # fmt: skip


@pytest.mark.parametrize("text", TEST_ME)
def test_asking_to_be_tested_asks_for_a_selfcheck(text: str) -> None:
    assert asks_to_do_a_selfcheck(text)


@pytest.mark.parametrize("text", NOT_TEST_ME)
def test_testing_someone_or_something_else_is_no_selfcheck_request(text: str) -> None:
    assert not asks_to_do_a_selfcheck(text)


@pytest.mark.parametrize(
    ("text", "lang", "action", "intent"),
    [("kunt ge mij ne keer testen?", "nl", ActionOutOfScope, "out_of_scope"),
     ("can you quiz me", "en", ActionKbFallback, "nlu_fallback"),
     ("test mij eens", "nl", ActionAnswerAdvice, "ask_advice")],
)  # fmt: skip
def test_asked_to_be_tested_the_coach_lists_the_selfchecks(text: str, lang: str, action, intent: str) -> None:
    messages, _ = turn(text, lang, [], new_sender("employee"), action, intent)
    starts = [b["payload"] for m in messages for b in m.get("buttons") or []]
    assert any(p.startswith("/start_selfcheck") for p in starts), _texts(messages)
    assert t("refuse_topics", lang) not in _texts(messages)


# == 3. an employee asks for a tip ==============================================================

A_TIP = [
    "geef me een tip", "heb je een tip voor mij?", "kan je me een tipje geven", "tip?", "tips?",
    "hedde gij ne tip voor mij", "kunde mij ne tip geven", "give me a tip", "any tips?", "got a tip for me?",
    "I need a tip", "een tip graag", "ik heb een tip nodig", "can you give me a tip", "i could use a tip",
]  # fmt: skip
NOT_A_TIP = [
    "geef me een tip over klachten", "heb je een tip voor een boze klant", "de klant gaf me een tip",
    "mag ik een tip houden", "tip: wees rustig", "ik heb een tip voor jou", "any tips for angry guests?",
    "geef me een coachingstip", "ik kreeg een tip van een klant", "mag ik tips aannemen", "ik heb een tip",
]  # fmt: skip


@pytest.mark.parametrize("text", A_TIP)
def test_a_tip_asked_without_a_topic_is_a_tip_request(text: str) -> None:
    assert asks_for_a_tip(text) and asks_for_another_tip(text)


@pytest.mark.parametrize("text", NOT_A_TIP)
def test_a_tip_on_a_topic_or_someone_elses_tip_is_not(text: str) -> None:
    assert not asks_for_a_tip(text)


@pytest.mark.parametrize(
    ("text", "lang", "action", "intent"),
    [("geef me een tip", "nl", ActionFeedback, "feedback"),  # the tester's, read as feedback
     ("heb je nog een tip voor mij?", "nl", ActionCoachingTip, "ask_coaching_tip"),  # got a coaching tip
     ("hedde gij ne tip voor mij", "nl", ActionAnswerAdvice, "ask_advice"),
     ("give me a tip", "en", ActionAnswerAdvice, "ask_advice"),
     ("any tips?", "en", ActionFeedback, "feedback"),
     ("got another tip for me?", "en", ActionCoachingTip, "ask_coaching_tip"),
     ("tip?", "nl", ActionAffirm, "affirm")],
)  # fmt: skip
def test_an_employee_asking_for_a_tip_gets_an_employee_tip(text: str, lang: str, action, intent: str) -> None:
    from actions import knowledge as kb

    sender = new_sender("employee")
    messages, events = turn(text, lang, [], sender, action, intent)
    texts = _texts(messages)
    assert t("feedback_unclear", lang) not in texts
    assert not any(x.startswith(t("tip_title", lang, title="")) for x in texts), texts
    tip = next(m for m in messages if (m.get("text") or "").startswith(t("employee_tip", lang)))
    art, _ = kb.article(source_of(messages)["id"], lang)
    assert art is not None and art.audience in EMPLOYEE_AUDIENCES and art.category != "coaching"
    assert len(tip["text"]) < 700  # one step, not the whole article
    button_payloads = [b["payload"] for b in tip["buttons"]]
    assert button_payloads == [payloads.advice(art.id), payloads.ask_coaching_tip()]
    # the "Nog een tip" button gives the next one, from another article
    again, _ = turn(payloads.ask_coaching_tip(), lang, events, sender, ActionCoachingTip, "ask_coaching_tip")
    assert source_of(again)["id"] != art.id
    assert any((m.get("text") or "").startswith(t("employee_tip", lang)) for m in again)


def test_employee_tips_go_round_all_employee_articles_before_a_repeat() -> None:
    sender = new_sender("employee")
    pool = {a.id for a in employee_tip_articles("nl")}
    assert "robbery-and-violence" not in pool and len(pool) >= 8
    seen = []
    for _ in range(len(pool)):
        messages, _ = turn("geef me een tip", "nl", [], sender, ActionCoachingTip, "ask_coaching_tip")
        seen.append(source_of(messages)["id"])
    assert set(seen) == pool


@pytest.mark.parametrize(
    ("role", "text"),
    [("manager", "geef me een tip"), ("manager", "heb je nog een tip voor mij?"),
     ("employee", "geef me een coachingstip"), ("employee", "geef me een tip voor mijn team"),
     (None, "geef me een tip")],
)  # fmt: skip
def test_leaders_and_coaching_asked_for_keep_the_coaching_tip(role: str | None, text: str) -> None:
    messages, _ = turn(text, "nl", [], new_sender(role), ActionCoachingTip, "ask_coaching_tip")
    assert any((m.get("text") or "").startswith(t("tip_title", "nl", title="")) for m in messages), _texts(
        messages
    )


def test_an_employee_tip_on_a_topic_is_answered_as_a_question() -> None:
    asked, employee = "geef me een tip over klachten", new_sender("employee")
    messages, _ = turn(asked, "nl", [], employee, ActionCoachingTip, "ask_coaching_tip")
    assert not any((m.get("text") or "").startswith(t("employee_tip", "nl")) for m in messages)
    assert not any((m.get("text") or "").startswith(t("tip_title", "nl", title="")) for m in messages)


# == 4. a Dutch chat message about a term keeps the chat's language ==============================

TERM_ONLY = [
    "wt is empowerment lol",  # the tester's
    "wt is nps", "wa is empowerment", "empowerment lol", "wt is customer effort", "nps lol",
    "empowerment haha", "wa is da, customer effort",
]  # fmt: skip
STILL_READ = [
    ("wat is empowerment?", "nl"), ("wat betekent recovery lol", "nl"), ("wt is een KPI", "nl"),
    ("what is empowerment", "en"), ("what is nps", "en"), ("what does empowerment mean", "en"),
    ("tell me about empowerment", "en"), ("how do i handle an angry customer", "en"), ("klnat is bozz", "nl"),
    ("wa kunde gij eigenlijk", "nl"), ("what is customer effort", "en"),
]  # fmt: skip


@pytest.mark.parametrize("text", TERM_ONLY)
def test_a_chat_message_about_a_term_names_no_language(text: str) -> None:
    assert detect_language(text) is None


@pytest.mark.parametrize(("text", "lang"), STILL_READ)
def test_messages_that_say_their_language_are_read_as_before(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", ["wt is empowerment lol", "wa is nps", "wt is customer effort"])
def test_in_a_dutch_chat_the_answer_to_a_term_stays_dutch(text: str) -> None:
    sender = new_sender("employee")
    _, events = turn("hoe blijf ik rustig bij een boze klant?", "nl", [], sender)
    events = [*events, {"event": "slot", "name": "language", "value": "nl"}]
    messages, _ = turn(text, "nl", events, sender)
    assert source_of(messages)["lang"] == "nl", _texts(messages)


def test_a_real_english_question_still_switches() -> None:
    sender = new_sender("employee")
    _, events = turn("hoe blijf ik rustig bij een boze klant?", "nl", [], sender)
    messages, _ = turn("what is empowerment", "nl", events, sender)
    assert source_of(messages)["lang"] == "en"


# == 5. "klopt" and not knowing what is meant at a statement ====================================

KLOPT = [
    ("da klopt wel ongeveer", 4), ("dat klopt wel ongeveer", 4), ("klopt wel zo'n beetje", 4),
    ("dat klopt helemaal", 5), ("klopt niet echt", 2), ("da klopt ni echt", 2), ("klopt ongeveer", 4),
    ("klopt min of meer", 4), ("klopt als een bus", 5), ("klopt helemaal niet", 1),
    ("dat klopt van geen kant", 1), ("das juist", 4), ("helemaal juist", 5),
    ("that's about right", 4), ("thats about right", 4), ("pretty much", 4), ("yeah pretty much", 4),
    ("that's right", 4), ("more or less right", 4), ("mostly true", 4), ("sounds about right", 4),
    ("that's exactly right", 5), ("spot on", 5), ("not quite right", 2), ("not really true", 2),
    ("that isn't right", 2), ("that's not true at all", 1), ("ja zo ongeveer", 4),
]  # fmt: skip
# look-alikes that keep their reading
KLOPT_KEPT = [("klopt", 4), ("klopt niet", 2), ("more or less", 3), ("een beetje", 3), ("meestal wel", 4)]
KLOPT_UNCLEAR = ["dat klopt niet helemaal", "not entirely true", "right", "klopt niet helemaal"]


@pytest.mark.parametrize(("text", "value"), KLOPT + KLOPT_KEPT)
def test_klopt_and_how_far_it_holds_is_its_scale_value(text: str, value: int) -> None:
    assert parse_answer(text) == value


@pytest.mark.parametrize("text", KLOPT_UNCLEAR)
def test_a_vague_klopt_is_not_scored_but_still_meant_as_an_answer(text: str) -> None:
    assert parse_answer(text) is None and tries_to_answer(text)


@pytest.mark.parametrize(
    "text", ["klopt het dat ik dit moet doen", "klopt dat wel ongeveer?", "klopt dat met de regels?"]
)
def test_a_question_with_klopt_is_no_answer(text: str) -> None:
    assert parse_answer(text) is None


@pytest.mark.parametrize(
    ("text", "intent", "lang", "value"),
    [("da klopt wel ongeveer", "out_of_scope", "nl", 4), ("klopt wel zo'n beetje", "out_of_scope", "nl", 4),
     ("klopt niet echt", "deny", "nl", 2), ("that's about right", "out_of_scope", "en", 4),
     ("pretty much", "affirm", "en", 4)],
)  # fmt: skip
def test_klopt_at_a_statement_is_recorded(text: str, intent: str, lang: str, value: int) -> None:
    from tests.unit.test_informal_answers import ACTIONS

    ACTIONS.setdefault("out_of_scope", ActionOutOfScope)
    question_2 = start(lang)
    dispatcher = CollectingDispatcher()
    asyncio.run(ACTIONS[intent]().run(dispatcher, after(question_2, text, intent, lang), {}))
    step = actions.selfcheck.service().open_step(USER)
    assert step is not None and step.position == 2, said(dispatcher.messages)  # question 2 answered
    assert t("refuse_topics", lang) not in said(dispatcher.messages)


def test_a_vague_klopt_at_a_statement_gets_the_statement_again() -> None:
    question_2 = start("nl")
    dispatcher = CollectingDispatcher()
    asyncio.run(
        ActionOutOfScope().run(dispatcher, after(question_2, "klopt niet helemaal", "out_of_scope", "nl"), {})
    )
    assert dispatcher.messages[0]["text"] == t("sc_not_understood", "nl", min="1", max="5")
    assert len(scale_buttons(dispatcher.messages)) == 5


NOT_MEANT = [
    "I'm not sure what you mean", "not sure what you mean", "I don't know what you mean",
    "what are you asking", "I'm confused", "ik weet niet wat je bedoelt", "ik weet ni goed wa ge bedoelt",
    "geen idee wat je bedoelt",
    "hoe bedoel je?", "wat wil je daarmee zeggen", "snap niet wat je bedoelt", "huh wat bedoel je",
]  # fmt: skip
NOT_ABOUT_THE_STATEMENT = [
    "ik weet niet wat ik moet zeggen tegen een klant", "I'm not sure what to do with an angry customer",
    "I don't know what the customer means", "wat bedoelt de klant", "what are you doing",
]  # fmt: skip


@pytest.mark.parametrize("text", NOT_MEANT)
def test_not_knowing_what_is_meant_is_not_understanding_the_statement(text: str) -> None:
    assert does_not_understand(text)


@pytest.mark.parametrize("text", NOT_ABOUT_THE_STATEMENT)
def test_other_not_knowing_is_not(text: str) -> None:
    assert not does_not_understand(text)


@pytest.mark.parametrize(
    ("text", "intent", "lang"),
    [("I'm not sure what you mean", "deny", "en"), ("ik weet niet wat je bedoelt", "deny", "nl"),
     ("hoe bedoel je?", "out_of_scope", "nl"), ("what are you asking", "ask_advice", "en")],
)  # fmt: skip
def test_not_knowing_what_is_meant_gets_how_to_read_the_statement(text: str, intent: str, lang: str) -> None:
    actions_by_intent = {
        "deny": ActionDeny,
        "out_of_scope": ActionOutOfScope,
        "ask_advice": ActionAnswerAdvice,
    }
    question_2 = start(lang)
    dispatcher = CollectingDispatcher()
    asyncio.run(actions_by_intent[intent]().run(dispatcher, after(question_2, text, intent, lang), {}))
    texts = _texts(dispatcher.messages)
    assert t("sc_explain", lang) in texts or t("sc_statement_meaning", lang) in texts, texts
    assert not any(x.startswith(t("sc_open_deny", lang, title="", n="", total="")[:8]) for x in texts)
    assert len(scale_buttons(dispatcher.messages)) == 5  # the statement again
    step = actions.selfcheck.service().open_step(USER)
    assert step is not None and step.position == 1  # nothing recorded
