"""Stopping a self-check never starts one (bot/selfchecks/stopping.py)."""

from __future__ import annotations

import pytest

from bot.selfchecks.stopping import asks_to_stop


@pytest.mark.parametrize(
    "text",
    [
        "ik wil niet verder met de vragenlijst",
        "end the self-check now pls",
        "stop de zelftest",
        "ik heb geen zin meer in die zelfscan",
        "kappen met die quiz",
        "zelfscan afbreken aub",
        "beëindig de vragenlijst",
        "nie verder doen met die test",  # Flemish
        "i dont want to continue the questionnaire",
        "cancel the self check",
        "quit the quiz",
        "no more questions please",
        "klaar met de zelftest",
        # a pause is a stop (the check stays open): NLU read "pause the quiz" as a start
        "pause the quiz",
        "pauzeer de vragenlijst even",
        "ff pauze met die zelftest",
        "ik ga morgen verder met de test",
        "can i finish the self-check later",
    ],
)
def test_stop_requests_naming_the_self_check(text: str) -> None:
    assert asks_to_stop(text)


@pytest.mark.parametrize(
    "text",
    [
        "start de zelfscan voor leidinggevenden",
        "ik wil een zelftest doen",
        "ga verder met mijn zelftest",
        "ik wil mijn zelftest afmaken",
        "I want to finish my assessment",
        "pick up my self-check where I left off",
        "niet stoppen, ga door met de test",
        "don't stop the quiz",
        "start the listening self-check",
        "hervat de vragenlijst",
        "",
    ],
)
def test_start_and_resume_requests_are_not_stops(text: str) -> None:
    assert not asks_to_stop(text)


@pytest.mark.parametrize(
    "text",
    [
        "ff stoppen, klant aan de balie",
        "even pauze want er komt iemand",
        "stop for now, customer waiting",
        "ik moet stoppen er staat een klant",
        "laat maar, later verder",
        "stop",
    ],
)
def test_a_stop_with_its_reason_opens_the_message(text: str) -> None:
    from bot.selfchecks.stopping import opens_with_stop

    assert opens_with_stop(text)


@pytest.mark.parametrize(
    "text",
    [
        "hoe stop ik een klant die blijft praten?",
        "hoe stop ik een klant die blijft praten",
        "klant stopt niet met praten",
        "niet stoppen, ga door",
        "genoeg over mij, wat doe ik met een boze klant",
        "de klant wil stoppen met zijn abonnement en is boos",
        "4",
        "eens",
    ],
)
def test_questions_and_stories_with_a_stop_word_do_not_open_with_a_stop(text: str) -> None:
    from bot.selfchecks.stopping import opens_with_stop

    assert not opens_with_stop(text)


@pytest.mark.parametrize(
    ("text", "intent"),
    [("ff stoppen, klant aan de balie", "ask_advice"), ("stop for now, customer waiting", "nlu_fallback")],
)
def test_mid_check_a_stop_with_its_reason_pauses_whatever_nlu_read(
    text: str, intent: str, tmp_path, monkeypatch, searcher
) -> None:
    """Tester round of stop 37: "ff stoppen, klant aan de balie" at question 5 got topics (NLU:
    a question about "klant aan de balie"); only a bare "stop" paused."""
    import asyncio

    from rasa_sdk.executor import CollectingDispatcher

    import actions.selfcheck
    from actions.advice import ActionAnswerAdvice, ActionKbFallback
    from tests.unit.test_yes_no import USER, after, said, start

    monkeypatch.setenv("SERVICECOACH_DATABASE_URL", f"sqlite:///{tmp_path / 'app.db'}")
    monkeypatch.setattr(actions.selfcheck, "_service", None)
    question_2 = start()
    action = ActionAnswerAdvice() if intent == "ask_advice" else ActionKbFallback()
    dispatcher = CollectingDispatcher()
    asyncio.run(action.run(dispatcher, after(question_2, text, intent), {}))
    from bot.i18n import t

    lang = "en" if intent == "nlu_fallback" else "nl"  # the reply follows the message's language
    assert t("sc_paused", lang) in said(dispatcher.messages), said(dispatcher.messages)
    step = actions.selfcheck.service().open_step(USER)
    assert step is not None and step.run.paused


GO_ON = [
    "ga verder", "verder", "Verder!", "ja ga maar door", "ga door", "ok verder", "ja, verder graag",
    "verder met de zelftest", "ik wil verder", "ik wil graag verder met mijn zelfscan", "volgende vraag",
    "doorgaan", "continue", "continue please", "go on", "carry on", "yes, continue", "resume", "next",
    "i want to continue", "let's continue", "keep going", "hervat de vragenlijst", "verder met zelftest",
    "resume the self-check", "continue with the quiz please",
]  # fmt: skip
NOT_GO_ON = [
    "niet verder", "ik wil niet verder", "later verder", "morgen verder",
    "hoe ga ik verder met een boze klant", "verder niks", "don't continue", "stop", "ja",
    "hoe kom ik verder in mijn carrière", "go on a break",
]  # fmt: skip


@pytest.mark.parametrize("text", GO_ON)
def test_a_wish_to_go_on_is_read_as_such(text: str) -> None:
    from bot.selfchecks.stopping import asks_to_go_on

    assert asks_to_go_on(text) and not asks_to_stop(text)


@pytest.mark.parametrize("text", NOT_GO_ON)
def test_other_messages_with_go_on_words_are_not(text: str) -> None:
    from bot.selfchecks.stopping import asks_to_go_on

    assert not asks_to_go_on(text)


@pytest.mark.parametrize(
    ("text", "intent"), [("ga verder", "ask_advice"), ("continue please", "nlu_fallback")]
)
def test_after_a_pause_go_on_resumes_whatever_nlu_read(
    text: str, intent: str, tmp_path, monkeypatch, searcher
) -> None:
    """Tester round of stop 38 (Telegram): "ga verder" to "... staat op pauze bij vraag 5 van 7
    ... Wil je verder?" was searched and got three topics."""
    import asyncio

    from rasa_sdk.executor import CollectingDispatcher

    import actions.selfcheck
    from actions.advice import ActionAnswerAdvice, ActionKbFallback
    from tests.unit.test_yes_no import USER, after, said, start

    monkeypatch.setenv("SERVICECOACH_DATABASE_URL", f"sqlite:///{tmp_path / 'app.db'}")
    monkeypatch.setattr(actions.selfcheck, "_service", None)
    question_2 = start()
    actions.selfcheck.service().pause(USER)
    assert actions.selfcheck.service().open_step(USER).run.paused
    action = ActionAnswerAdvice() if intent == "ask_advice" else ActionKbFallback()
    dispatcher = CollectingDispatcher()
    asyncio.run(action.run(dispatcher, after(question_2, text, intent), {}))
    step = actions.selfcheck.service().open_step(USER)
    assert step is not None and not step.run.paused and step.position == 1  # back at question 2
    shown = said(dispatcher.messages)
    assert "2 van 7" in shown or "2 of 7" in shown, shown
    assert any(
        b["payload"].startswith("/selfcheck_answer")
        for m in dispatcher.messages
        for b in m.get("buttons") or []
    )


@pytest.mark.parametrize(
    ("text", "stops"),
    [
        # "enough" after a word it grades is no stop: "jammer genoeg wel" answers a statement ("sadly,
        # yes"; a tester's answer paused the check)
        ("jammer genoeg wel", False), ("spijtig genoeg niet", False), ("vreemd genoeg wel", False),
        ("fair enough", False), ("often enough", False), ("sadly enough yes", False), ("vaak genoeg", False),
        # what must not change: "enough" alone, or said of the check, still stops
        ("genoeg", True), ("genoeg zo", True), ("zo is het genoeg", True), ("ik heb er genoeg van", True),
        ("enough", True), ("that's enough", True), ("jammer genoeg, maar ik stop", True),
    ],
)  # fmt: skip
def test_enough_after_a_word_it_grades_is_no_stop(text: str, stops: bool) -> None:
    assert asks_to_stop(text) is stops
