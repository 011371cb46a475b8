"""Yes and no with the self-check in mind (actions/yes_no.py), and a typed answer while a
self-check is paused (actions/selfcheck.py). Real actions, the real self-check files and a
real app database (SQLite), one per test.

Found by a fresh tester: "ja" to "Verder met vraag 3 van 7?" got "Mooi. Stel je vraag
maar"; a bare number after "stop" saved an answer and moved on; "?" and emoji-only messages
got "Mooi. Stel je vraag maar" (NLU read them as affirm)."""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import actions.selfcheck
from actions.selfcheck import ActionSelfcheckAnswer, ActionStartSelfcheck, ActionStop
from actions.yes_no import ActionAffirm, ActionDeny, has_words, is_gibberish, is_yes_emoji
from bot.dialogue import payloads
from bot.i18n import t
from tests.unit.replies import USER, after, run, said, scale_buttons, start

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py


# (an emoji with a plain meaning, 😡 or 😭, is answered as meant: tests/unit/test_emoji_meaning.py)
@pytest.mark.parametrize("text", ["?", "??", "...", "!?", "🍕", "🙈", "🙈🙈", "🙈 ?", "-", "…"])
def test_a_message_without_words_is_neither_yes_nor_no(text: str) -> None:
    assert not has_words(text) and not is_yes_emoji(text)
    for action, intent in ((ActionAffirm(), "affirm"), (ActionDeny(), "deny")):
        messages = run(action, text, intent)
        assert "niet goed begrepen" in said(messages)
        assert not any(m.get("response") for m in messages)
        assert any(b["payload"] == payloads.show_help() for m in messages for b in m.get("buttons") or [])


# typed along a key row and rare, though wordfreq knows the letters ("asdf" 1.7, "jkl" 1.5):
# the tester round of stop 47 got "Mooi. Stel je vraag maar" for "asdf jkl"
KEY_ROW_MASH = ["asdf jkl", "rtyu fghj", "zxcv bnm", "hjkl", "asdf asdf", "qwer tyui"]


@pytest.mark.parametrize("text", ["asdfghjkl", "sdfsdf", "jkjkjk lkjl", "qwfpgj!!", *KEY_ROW_MASH])
def test_a_key_mash_is_neither_yes_nor_no(text: str) -> None:
    """A tester's "asdfghjkl" was read as a yes and got "Mooi. Stel je vraag maar"."""
    assert is_gibberish(text)
    for action, intent in ((ActionAffirm(), "affirm"), (ActionDeny(), "deny")):
        assert "niet goed begrepen" in said(run(action, text, intent))


def test_a_key_mash_mid_check_shows_the_statement_again() -> None:
    """A tester typed "asdfghjkl" mid-check: the statement was not shown again, so a "4"
    typed next met only the help button on screen."""
    start()
    messages = run(ActionAffirm(), "asdfghjkl", "affirm")
    assert "niet goed begrepen" in said(messages) and "vraag 2 van 7" in said(messages)
    assert len(scale_buttons(messages)) == 5


@pytest.mark.parametrize(
    "text",
    [
        "ja",
        "ok",
        "jep",
        "yup",
        "oke",
        "yesss",
        "nee hoor",
        "sure",
        "prima",
        "poi",
        "wert",
        "tnx",
        "zelfscan",
        "teamresultaten",
        "klnat bozz",
    ],
)
def test_short_answers_are_not_a_key_mash(text: str) -> None:
    assert not is_gibberish(text)


@pytest.mark.parametrize("text", ["👍", "👍🏽", "❤️", "🙂 👍", "✅", "👌"])
def test_a_thumbs_up_is_still_yes(text: str) -> None:
    assert is_yes_emoji(text)
    assert [m.get("response") for m in run(ActionAffirm(), text, "affirm")] == ["utter_affirm"]


@pytest.mark.parametrize("text", ["ja", "ok", "3", "ja 👍", "nee hoor", "Ёжик", "是"])
def test_words_in_any_script_are_words(text: str) -> None:
    assert has_words(text)


def test_outside_a_self_check_yes_and_no_get_the_usual_reply() -> None:
    assert [m.get("response") for m in run(ActionAffirm(), "ja hoor", "affirm")] == ["utter_affirm"]
    assert [m.get("response") for m in run(ActionDeny(), "nee, nu even niet", "deny")] == ["utter_deny"]


# A plain yes or no to the statement on screen says whether it holds: agree or disagree,
# recorded with a line saying how it was read (tester round of stop 36: "nee" to "Ik begin
# een contact bij de mens" was not taken; an earlier stop showed the statement again).
@pytest.mark.parametrize(
    ("said_", "intent", "lang", "value", "label", "question"),
    [
        ("ja", "affirm", "nl", 4, "Eens", "vraag 3 van 7"),
        ("nee", "deny", "nl", 2, "Oneens", "vraag 3 van 7"),
        ("nee hoor", "deny", "nl", 2, "Oneens", "vraag 3 van 7"),
        ("yes", "affirm", "en", 4, "Agree", "question 3 of 7"),
        ("nope", "deny", "en", 2, "Disagree", "question 3 of 7"),
        # a yes with words that add nothing (tester round of stop 40: "ja hoor doe ik")
        ("ja hoor doe ik", "affirm", "nl", 4, "Eens", "vraag 3 van 7"),
        ("ja dat is zo", "affirm", "nl", 4, "Eens", "vraag 3 van 7"),
        ("yes I do", "affirm", "en", 4, "Agree", "question 3 of 7"),
    ],
)
def test_yes_or_no_to_the_statement_on_screen_answers_it(
    said_: str, intent: str, lang: str, value: int, label: str, question: str
) -> None:
    question_2 = start(lang)
    action = ActionAffirm() if intent == "affirm" else ActionDeny()
    dispatcher = CollectingDispatcher()
    asyncio.run(action.run(dispatcher, after(question_2, said_, intent, lang), {}))
    messages = dispatcher.messages
    noted = t("sc_typed_as", lang, value=str(value), label=label)
    assert noted in said(messages) and question in said(messages), said(messages)
    assert not any(m.get("response") for m in messages)
    step = actions.selfcheck.service().open_step(USER)
    assert step is not None and step.position == 2 and not step.run.paused


def test_yes_beside_carry_on_carries_on_and_answers_nothing() -> None:
    """ "ja" to "Verder met vraag 2 van 7?" (with a stop button beside the statement) is no
    answer to the statement: it is shown again."""
    question_2 = start()
    carry_on = [
        {"text": "Verder met vraag 2 van 7?", "buttons": [{"title": "Stop", "payload": payloads.stop()}]}
    ]
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionAffirm().run(dispatcher, after(carry_on + question_2, "ja", "affirm"), {}))
    assert "vraag 2 van 7" in said(dispatcher.messages) and "Genoteerd" not in said(dispatcher.messages)
    step = actions.selfcheck.service().open_step(USER)
    assert step is not None and step.position == 1


def test_a_number_typed_is_not_repeated_back() -> None:
    start()
    messages = run(ActionSelfcheckAnswer(), "3", "selfcheck_answer")
    assert "Genoteerd" not in said(messages) and "vraag 3 van 7" in said(messages)


def test_no_thanks_in_an_open_self_check_keeps_it_open_and_saves_nothing() -> None:
    start()
    messages = run(ActionDeny(), "nee dank je", "deny")
    assert "staat nog open bij vraag 2 van 7" in said(messages) and "stop" in said(messages)
    assert len(scale_buttons(messages)) == 5  # the statement on screen again
    step = actions.selfcheck.service().open_step(USER)
    assert step is not None and step.position == 1 and not step.run.paused


@pytest.mark.parametrize(("typed", "lang"), [("3", "nl"), ("eens", "nl"), ("5", "en"), ("agree", "en")])
def test_a_typed_answer_while_paused_saves_nothing_and_offers_to_carry_on(typed: str, lang: str) -> None:
    start(lang)
    run(ActionStop(), "stop", "stop", lang)
    messages = run(ActionSelfcheckAnswer(), typed, "selfcheck_answer", lang)
    text = said(messages)
    assert ("op pauze bij vraag 2 van 7" in text) if lang == "nl" else ("paused at question 2 of 7" in text)
    resume = [b["payload"] for m in messages for b in m.get("buttons") or []]
    assert resume == [payloads.start_selfcheck("keeping-promises")]
    step = actions.selfcheck.service().open_step(USER)
    assert step is not None and step.position == 1 and step.run.paused and len(step.run.answers) == 1
    resumed = run(ActionStartSelfcheck(), resume[0], "start_selfcheck", lang)
    assert ("vraag 2 van 7" if lang == "nl" else "question 2 of 7") in said(resumed)


@pytest.mark.parametrize(("yes", "lang"), [("ja", "nl"), ("ja hoor", "nl"), ("yes", "en")])
def test_yes_to_carry_on_after_a_paused_answer_resumes(yes: str, lang: str) -> None:
    """ "ja" to "... staat op pauze bij vraag 2 van 7. Wil je verder?" resumes (it said
    "Mooi. Stel je vraag maar"); the same "ja" without that question does not."""
    start(lang)
    run(ActionStop(), "stop", "stop", lang)
    assert [m.get("response") for m in run(ActionAffirm(), yes, "affirm", lang)] == ["utter_affirm"]
    prompt = run(ActionSelfcheckAnswer(), "3", "selfcheck_answer", lang)[0]
    messages = run(ActionAffirm(), yes, "affirm", lang, last_bot=prompt)
    assert ("vraag 2 van 7" if lang == "nl" else "question 2 of 7") in said(messages)
    assert len(scale_buttons(messages)) == 5
    step = actions.selfcheck.service().open_step(USER)
    assert step is not None and not step.run.paused and step.position == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mag ik op het terrein parkeren", "facilitaire dienst"),  # a work matter: where to go
        ("ik wil stoppen met werken hier", "HR"),
        ("hoe ga ik om met een boze klant die staat te schreeuwen", "Bron:"),  # a question: answered
    ],
)
def test_a_question_read_as_stop_is_answered_and_pauses_nothing(text: str, expected: str) -> None:
    start()
    messages = run(ActionStop(), text, "stop")
    assert expected in said(messages) and "Gestopt" not in said(messages)
    step = actions.selfcheck.service().open_step(USER)
    assert step is not None and not step.run.paused


@pytest.mark.parametrize(
    "text", ["stop", "stoppen", "laat maar", "never mind", "ik wil niet verder", payloads.stop()]
)
def test_a_stop_still_pauses(text: str) -> None:
    start()
    assert "Gestopt" in said(run(ActionStop(), text, "stop"))
    step = actions.selfcheck.service().open_step(USER)
    assert step is not None and step.run.paused


def test_results_asked_mid_check_offer_to_carry_on() -> None:
    """ "mijn resultaten" mid-check, then "2": the 2 was saved for a statement not on screen."""
    from actions.selfcheck import ActionShowResults

    start()
    messages = run(ActionShowResults(), "mijn resultaten", "show_results")
    assert "Verder met vraag 2 van 7?" in said(messages) and len(scale_buttons(messages)) == 5


def _after_offer(text: str, intent: str, lang: str, offered: bool) -> Tracker:
    buttons = [{"title": "Omgaan met een boze klant", "payload": payloads.advice("angry-customer", ref="r1")}]
    events = [
        {"event": "user", "text": "klant doet raar"},
        {"event": "bot", "text": "Gaat het hierover?", "data": {"buttons": buttons}},
    ]
    if offered:
        events.append(
            {"event": "bot", "text": None, "data": {"custom": {"type": "offer", "ids": ["angry-customer"]}}}
        )
    events.append({"event": "user", "text": text})
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": []}
    slots = {"language": lang, "pinned_language": None, "tips_given": None}
    return Tracker(USER, slots, latest, events, False, None, {}, "action_listen")


@pytest.mark.parametrize(
    ("no", "lang", "said_"), [("nee", "nl", "niet goed begrepen"), ("no", "en", "didn't get you")]
)
def test_no_to_an_offer_asks_for_other_words_and_shows_topics(no: str, lang: str, said_: str) -> None:
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionDeny().run(dispatcher, _after_offer(no, "deny", lang, offered=True), {}))
    assert said_ in said(dispatcher.messages)
    assert len([b for m in dispatcher.messages for b in m.get("buttons") or []]) >= 3  # the topics
    dispatcher = CollectingDispatcher()  # the same "nee" after an answer: the usual reply
    asyncio.run(ActionDeny().run(dispatcher, _after_offer(no, "deny", lang, offered=False), {}))
    assert [m.get("response") for m in dispatcher.messages] == ["utter_deny"]


@pytest.mark.parametrize(
    ("no", "lang"),
    [("nee dank je", "nl"), ("nee hoor, bedankt", "nl"), ("no thanks", "en"), ("nah, thank you", "en")],
)
def test_no_thanks_to_an_offer_is_taken_kindly(no: str, lang: str) -> None:
    """A polite "nee dank je" to "Gaat het hierover?" is not told it was misunderstood (tester
    round of stop 37): the coach says fine and still shows the topics."""
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionDeny().run(dispatcher, _after_offer(no, "deny", lang, offered=True), {}))
    assert said(dispatcher.messages).startswith(t("offer_declined_politely", lang)[:12])
    assert "niet goed begrepen" not in said(dispatcher.messages) and "didn't get" not in said(
        dispatcher.messages
    )
    assert len([b for m in dispatcher.messages for b in m.get("buttons") or []]) >= 3


@pytest.mark.parametrize(
    ("no", "intent", "lang"), [("nee bedankt", "thank", "nl"), ("no thanks", "goodbye", "en")]
)
def test_no_thanks_read_as_thanks_after_an_offer_is_a_polite_no(no: str, intent: str, lang: str) -> None:
    """NLU reads "nee bedankt" as thank (0.75): after an offer it is still a polite no, and
    without an offer the usual short reply."""
    from actions.small_talk import ActionSmallTalk

    dispatcher = CollectingDispatcher()
    asyncio.run(ActionSmallTalk().run(dispatcher, _after_offer(no, intent, lang, offered=True), {}))
    assert said(dispatcher.messages).startswith(t("offer_declined_politely", lang)[:12])
    assert len([b for m in dispatcher.messages for b in m.get("buttons") or []]) >= 3
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionSmallTalk().run(dispatcher, _after_offer(no, intent, lang, offered=False), {}))
    assert [m.get("response") for m in dispatcher.messages] == [f"utter_{intent}"]


def test_yes_to_an_offer_asks_which_one() -> None:
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionAffirm().run(dispatcher, _after_offer("ja", "affirm", "nl", offered=True), {}))
    assert "Welke bedoel je?" in said(dispatcher.messages)
    assert [b["payload"] for m in dispatcher.messages for b in m.get("buttons") or []] == [
        payloads.advice("angry-customer", ref="r1")
    ]


@pytest.mark.parametrize(
    ("typed", "lang", "article"),
    [
        ("agressieve klant aan de kassa", "nl", "angry-customer"),  # tester round of stop 32
        ("agressieve klant", "nl", "angry-customer"),
        ("klant is heel boos aan de balie", "nl", "angry-customer"),
        ("how do I tell a customer no without sounding rude", "en", "saying-no-kindly"),
    ],
)
def test_words_read_as_an_answer_with_no_self_check_open_are_a_question(
    typed: str, lang: str, article: str
) -> None:
    """NLU read "agressieve klant aan de kassa" as a self-check answer ("agree"): with no
    self-check open and no answer in the words, the message is answered from the knowledge
    base, not with "Je bent nu niet met een zelftest bezig"."""
    messages = run(ActionSelfcheckAnswer(), typed, "selfcheck_answer", lang)
    text = said(messages)
    assert "zelftest bezig" not in text and "not in a self-check" not in text, text
    shown = [m["custom"].get("id") for m in messages if (m.get("custom") or {}).get("type") == "source"]
    offered = [
        i for m in messages if (m.get("custom") or {}).get("type") == "offer" for i in m["custom"]["ids"]
    ]
    assert article in shown + offered, messages
    assert actions.selfcheck.service().open_step(USER) is None  # nothing started or saved


@pytest.mark.parametrize(("typed", "lang"), [("eens", "nl"), ("agree", "en"), ("helemaal mee eens", "nl")])
def test_an_answer_with_no_self_check_open_still_offers_to_start_one(typed: str, lang: str) -> None:
    text = said(run(ActionSelfcheckAnswer(), typed, "selfcheck_answer", lang))
    assert ("zelftest bezig" in text) if lang == "nl" else ("not in a self-check" in text)


def test_a_thumbs_up_on_an_answer_mid_check_shows_the_statement_again() -> None:
    """A question asked mid-check gets its answer and "Had je hier iets aan?"; a 👍 then is a
    verdict on that answer, and the check goes on where it was (tester round of stop 36)."""
    from actions.advice import ActionAnswerAdvice
    from bot.storage.insights import InsightsStore

    start()
    question = "hoe ga ik om met een boze klant?"
    answer = run(ActionAnswerAdvice(), question, "ask_advice")
    replies = [
        {
            "event": "bot",
            "text": m.get("text"),
            "data": {"buttons": m.get("buttons"), "custom": m.get("custom")},
        }
        for m in answer
    ]
    events = [{"event": "user", "text": question}, *replies, {"event": "user", "text": "👍"}]
    latest = {"text": "👍", "intent": {"name": "affirm", "confidence": 0.5}, "entities": [], "metadata": {}}
    slots = {"language": "nl", "pinned_language": None, "tips_given": None}
    dispatcher = CollectingDispatcher()
    asyncio.run(
        ActionAffirm().run(
            dispatcher, Tracker(USER, slots, latest, events, False, None, {}, "action_listen"), {}
        )
    )
    assert t("feedback_thanks_up", "nl") in said(dispatcher.messages)
    assert "vraag 2 van 7" in said(dispatcher.messages) and len(scale_buttons(dispatcher.messages)) == 5
    from bot.settings import get_settings

    assert InsightsStore(get_settings().app_db_url).answers()[0].feedback == "up"


def test_yes_to_feedback_and_carry_on_together_carries_on_and_rates_nothing() -> None:
    """Mid-check, an answer ends with "Had je hier iets aan?" and "Verder met vraag 2 van
    7?" together; "ja" then carries on with the check, it is no 👍 (tester round of stop 37)."""
    from actions.advice import ActionAnswerAdvice
    from bot.settings import get_settings
    from bot.storage.insights import InsightsStore

    start()
    question = "hoe ga ik om met een boze klant?"
    answer = run(ActionAnswerAdvice(), question, "ask_advice")
    assert any(b["payload"] == payloads.stop() for m in answer for b in m.get("buttons") or [])
    replies = [{"event": "bot", "text": m.get("text"), "data": {"buttons": m.get("buttons")}} for m in answer]
    events = [{"event": "user", "text": question}, *replies, {"event": "user", "text": "ja"}]
    latest = {"text": "ja", "intent": {"name": "affirm", "confidence": 0.9}, "entities": [], "metadata": {}}
    slots = {"language": "nl", "pinned_language": None, "tips_given": None}
    dispatcher = CollectingDispatcher()
    tracker_ = Tracker(USER, slots, latest, events, False, None, {}, "action_listen")
    asyncio.run(ActionAffirm().run(dispatcher, tracker_, {}))
    assert "vraag 2 van 7" in said(dispatcher.messages) and "Fijn, dank je" not in said(dispatcher.messages)
    assert InsightsStore(get_settings().app_db_url).answers()[0].feedback is None


@pytest.mark.parametrize(("typed", "label"), [("oneens", "Oneens"), ("helemaal eens", "Helemaal eens")])
def test_an_answer_in_words_through_its_own_intent_is_said_back(typed: str, label: str) -> None:
    start()
    messages = run(ActionSelfcheckAnswer(), typed, "selfcheck_answer")
    assert "Genoteerd: " in said(messages) and f"· {label}." in said(messages), said(messages)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_tap_on_the_paused_statements_button_resumes_and_says_so(lang: str) -> None:
    """Tester round of stop 38 (Telegram): after "stop" the statement keeps its buttons; a tap
    on one saved the answer and went on without a word that the check had resumed."""
    start(lang)
    run(ActionStop(), "stop", "stop", lang)
    step = actions.selfcheck.service().open_step(USER)
    assert step.run.paused
    tap = payloads.selfcheck_answer(4, step.run.run_id, step.check.statement(step.position).id)
    messages = run(ActionSelfcheckAnswer(), tap, "selfcheck_answer", lang)
    assert t("sc_resumed_by_answer", lang) in said(messages)
    assert ("vraag 3 van 7" if lang == "nl" else "question 3 of 7") in said(messages)
    step = actions.selfcheck.service().open_step(USER)
    assert not step.run.paused and step.position == 2
    # a tap without a pause before it says nothing of the kind
    tap = payloads.selfcheck_answer(4, step.run.run_id, step.check.statement(step.position).id)
    assert t("sc_resumed_by_answer", lang) not in said(
        run(ActionSelfcheckAnswer(), tap, "selfcheck_answer", lang)
    )


@pytest.mark.parametrize(
    ("text", "lang", "question"),
    [("hmm snap de vraag niet", "nl", "vraag 2 van 7"), ("wat bedoel je hiermee?", "nl", "vraag 2 van 7"),
     ("I don't get the question", "en", "question 2 of 7")],
)  # fmt: skip
def test_a_statement_not_understood_is_explained_and_asked_again(text: str, lang: str, question: str) -> None:
    """Tester round of stop 40: "hmm snap de vraag niet" (NLU: help) got the whole help text,
    a self-check to start among it, in the middle of one. Nothing is recorded."""
    from actions.help import ActionHelp

    question_2 = start(lang)
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionHelp().run(dispatcher, after(question_2, text, "help", lang), {}))
    messages = dispatcher.messages
    assert messages[0]["text"] == t("sc_explain", lang) and question in said(messages), said(messages)
    assert not any(
        b["payload"] == payloads.start_selfcheck() for m in messages for b in m.get("buttons") or []
    )
    step = actions.selfcheck.service().open_step(USER)
    assert step is not None and step.position == 1 and not step.run.paused


@pytest.mark.parametrize(
    ("typed", "lang"), [("nee", "nl"), ("nee hoor", "nl"), ("no", "en"), ("ja", "nl"), ("yes", "en")]
)
def test_yes_or_no_to_carry_on_read_as_an_answer_scores_nothing(typed: str, lang: str) -> None:
    """ "nee" to "Verder met vraag 2 van 7?" that NLU reads as a self-check answer is a reply to
    that question: it scored "2 · Oneens" (tester round of stop 42). A no says the check is
    still open and how to pause it, a yes shows the statement again; neither is recorded."""
    question_2 = start(lang)
    carry_on = [
        {"text": "Verder met vraag 2 van 7?", "buttons": [{"title": "Stop", "payload": payloads.stop()}]}
    ]
    dispatcher = CollectingDispatcher()
    asyncio.run(
        ActionSelfcheckAnswer().run(
            dispatcher, after(carry_on + question_2, typed, "selfcheck_answer", lang), {}
        )
    )
    noted = t("sc_typed_as", lang, value="2", label="x").split("2")[0]
    assert noted not in said(dispatcher.messages), said(dispatcher.messages)
    assert ("vraag 2 van 7" if lang == "nl" else "question 2 of 7") in said(dispatcher.messages)
    if typed.startswith("n"):
        assert ("staat nog open" if lang == "nl" else "is still open") in said(dispatcher.messages)
    step = actions.selfcheck.service().open_step(USER)
    assert step is not None and step.position == 1 and not step.run.paused and len(step.run.answers) == 1


def test_a_plain_no_to_the_statement_alone_still_answers_it() -> None:
    question_2 = start()
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionSelfcheckAnswer().run(dispatcher, after(question_2, "nee", "selfcheck_answer"), {}))
    step = actions.selfcheck.service().open_step(USER)
    assert step is not None and step.position == 2 and len(step.run.answers) == 2


@pytest.mark.parametrize(
    ("typed", "intent", "lang"),
    [
        ("doei", "goodbye", "nl"),
        ("bye", "goodbye", "en"),
        ("thanks, bye!", "thank", "en"),
        ("bedankt, doei", "thank", "nl"),
    ],
)
def test_a_goodbye_mid_check_pauses_it_and_says_so(typed: str, intent: str, lang: str) -> None:
    """After "doei" mid-check every later answer still asked "Verder met vraag 3 van 7?"
    (tester round of stop 42): leaving pauses the check, its answers kept."""
    from actions.advice import ActionAnswerAdvice
    from actions.small_talk import ActionSmallTalk

    start(lang)
    messages = run(ActionSmallTalk(), typed, intent, lang)
    paused = t("sc_paused_goodbye", lang, title="", n="2", total="7").split("“")[0]
    assert paused in said(messages), said(messages)
    step = actions.selfcheck.service().open_step(USER)
    assert step is not None and step.run.paused and len(step.run.answers) == 1
    later = run(ActionAnswerAdvice(), "hoe zeg ik nee tegen een klant", "ask_advice", lang)
    offer = t("sc_offer_continue", lang, title="", n="2", total="7").split("“")[0]
    assert offer not in said(later)
    assert paused not in said(run(ActionSmallTalk(), typed, intent, lang))  # said once


@pytest.mark.parametrize(
    ("typed", "lang"),
    [
        ("oei klant aan de balie, moet gaan. doei!", "nl"),
        ("ok ik moet terug aan de slag, tot morgen", "nl"),
        ("sorry moet gaan, dag!", "nl"),
        ("customer at the desk, gotta go, bye", "en"),
    ],
)
def test_leaving_words_read_as_a_question_mid_check_pause_it_with_a_goodbye(typed: str, lang: str) -> None:
    """Tester round of stop 43: NLU read these as questions, and they got "Gaat het
    hierover?" with three topics; the check stayed open."""
    from actions.advice import ActionAnswerAdvice
    from bot.dialogue.domain_responses import domain_response

    start(lang)
    messages = run(ActionAnswerAdvice(), typed, "ask_advice", lang)
    assert domain_response("utter_goodbye", lang)["text"] in said(messages), said(messages)
    assert not any((m.get("custom") or {}).get("type") == "offer" for m in messages)
    paused = t("sc_paused_goodbye", lang, title="", n="2", total="7").split("“")[0]
    assert paused in said(messages)
    step = actions.selfcheck.service().open_step(USER)
    assert step is not None and step.run.paused and len(step.run.answers) == 1


def test_a_goodbye_with_no_check_open_is_only_a_goodbye() -> None:
    from actions.small_talk import ActionSmallTalk

    assert [m.get("response") for m in run(ActionSmallTalk(), "doei", "goodbye")] == ["utter_goodbye"]
