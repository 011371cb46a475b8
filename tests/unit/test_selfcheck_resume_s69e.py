"""Stop 69 (helper E4, tester D4's round, kind 9): carrying on with a self-check, and what a
typed "2" means in each state.

- "Carry on with THAT test", in any order and with any lead ("ok verder met die vragenlijst",
  "ik wil mijn zelftest afmaken", "doe maar voort met die test", "can we continue the self-check?")
  resumes the open check, whatever NLU read (bot/selfchecks/stopping.py `asks_to_go_on`); it showed
  the list of self-checks. "Later verder met de test", "verder met de test van mijn klant" are none.
- The list of self-checks asked for while a statement waits for its answer ends with that statement
  and its answer buttons (actions/selfcheck.py `offer_selfchecks`), so a "2" typed next is its score
  on every channel; on Telegram (buttons without numbers) it picked the list's second check and
  dropped the open one with its answers. With no statement open, "2" stays the list's second item.
- A check stopped before its first answer ("niets bewaard") is not offered in the list as "Ga
  verder: … (vraag 1 van 7)" but in its own place; one paused with answers still is, first.

Real actions on the real index (tests/unit/turns.py). None of these messages is a dev set's sentence.
"""

from __future__ import annotations

import pytest

import actions.selfcheck
from actions.advice import ActionAnswerAdvice, ActionKbFallback
from actions.selfcheck import ActionSelfcheckAnswer, ActionStartSelfcheck, ActionStop
from bot.dialogue import payloads
from bot.dialogue.choices import pick
from bot.i18n import t
from bot.selfchecks.stopping import asks_to_go_on
from tests.unit.replies import said
from tests.unit.turns import CHECK, at_question_2, new_sender, open_position, statement_text, turn

CARRY_ON = [
    "ok verder met die vragenlijst",
    "kunnen we verder met de test?",
    "ik wil mijn zelftest afmaken",
    "de vragenlijst hervatten",
    "doe maar voort met die test",
    "allee, voort met de vragenlijst",
    "k wil verder me de vragenlijst",
    "ff verder met die test",
    "laten we de zelftest afmaken",
    "zelftest afmaken aub",
    "ik wil verder met de vragenlijst van daarnet",
    "let's finish the quiz",
    "can we continue the self-check?",
    "ok carry on with that test",
    "i want to finish the questionnaire",
]
WANT, START = "ik wil een zelftest doen", "start_selfcheck"  # the list asked for
NOT_CARRY_ON = [
    "ik wil niet verder met de vragenlijst",
    "later verder met de test",
    "continue the test tomorrow",
    "verder met de test van mijn klant",
    "de klant wil verder met de test",
    "ga verder met de volgende klant",
    "ik wil een andere zelftest",
    "ik wil een zelftest doen",
    "verder met een nieuwe test",
    "finish the check-in",
    "can we stop the test?",
]


@pytest.mark.parametrize("text", CARRY_ON)
def test_carrying_on_with_that_test_is_going_on(text: str) -> None:
    assert asks_to_go_on(text)


@pytest.mark.parametrize("text", NOT_CARRY_ON)
def test_look_alikes_are_not(text: str) -> None:
    assert not asks_to_go_on(text)


def _menu_titles(messages: list[dict]) -> list[str]:
    menu = [m for m in messages if m.get("text") == t("sc_choose", "nl")]
    return [b["title"] for b in menu[0]["buttons"]] if menu else []


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("text", "action", "intent"),
    [
        ("ok verder met die vragenlijst", ActionStartSelfcheck, "start_selfcheck"),
        ("ok verder met die vragenlijst", ActionAnswerAdvice, "ask_advice"),
        ("ik wil mijn zelftest afmaken", ActionStartSelfcheck, "start_selfcheck"),
        ("doe maar voort met die test", ActionKbFallback, "nlu_fallback"),
    ],
)
def test_carry_on_mid_check_shows_the_statement_not_the_list(text: str, action: type, intent: str) -> None:
    sender = new_sender(prefix="s69e")
    events = at_question_2("nl", sender)
    messages, _ = turn(text, "nl", events, sender, action, intent)
    assert statement_text("nl", 1) in said(messages), said(messages)
    assert not _menu_titles(messages)
    assert open_position(sender) == 1


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("text", "lang"), [("ok verder met die vragenlijst", "nl"), ("can we continue the self-check?", "en")]
)
def test_carry_on_after_a_pause_resumes(text: str, lang: str) -> None:
    sender = new_sender(prefix="s69e")
    events = at_question_2(lang, sender)
    _, events = turn("stop", lang, events, sender, ActionStop, "stop")
    messages, _ = turn(text, lang, events, sender, ActionStartSelfcheck, "start_selfcheck")
    assert statement_text(lang, 1) in said(messages), said(messages)
    step = actions.selfcheck.service().open_step(sender)
    assert step is not None and not step.run.paused and step.position == 1


@pytest.mark.usefixtures("own_app_db")
def test_the_list_mid_check_ends_with_the_statement_so_2_is_its_score() -> None:
    sender = new_sender(prefix="s69e")
    events = at_question_2("nl", sender)
    messages, events = turn(WANT, "nl", events, sender, ActionStartSelfcheck, START)
    titles = _menu_titles(messages)
    assert titles and not any(title.startswith("Ga verder") for title in titles)
    # the statement again, last, with its answer buttons
    assert statement_text("nl", 1) in str(messages[-1].get("text"))
    assert all(b["payload"].startswith("/selfcheck_answer") for b in messages[-1]["buttons"])
    # Telegram's typed pick (bot/channels/telegram/handlers.py) no longer picks the list's second check
    keyboards = [
        (str(m.get("text") or ""), [(b["title"], b["payload"]) for b in m["buttons"]])
        for m in messages
        if m.get("buttons")
    ]
    picked = pick("2", keyboards)
    assert picked is None or picked.startswith("/selfcheck_answer")
    messages, _ = turn("2", "nl", events, sender, ActionSelfcheckAnswer, "selfcheck_answer")
    step = actions.selfcheck.service().open_step(sender)
    assert step is not None and step.check.id == CHECK and step.position == 2
    assert step.run.answers[step.check.statement(1).id] == 2


@pytest.mark.usefixtures("own_app_db")
def test_with_no_statement_open_2_is_the_lists_second_item() -> None:
    sender = new_sender(prefix="s69e")
    messages, _ = turn(WANT, "nl", [], sender, ActionStartSelfcheck, START)
    keyboards = [(str(m.get("text") or ""), [(b["title"], b["payload"]) for b in m["buttons"]])
                 for m in messages]
    second = messages[-1]["buttons"][1]["payload"]
    assert pick("2", keyboards) == second


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize("stop", ["stop", "ik wil niet verder met de vragenlijst"])
def test_a_check_stopped_before_its_first_answer_is_no_resume(stop: str) -> None:
    sender = new_sender(prefix="s69e")
    start = payloads.start_selfcheck(CHECK)
    entities = [{"entity": "selfcheck_id", "value": CHECK}]
    _, events = turn(start, "nl", [], sender, ActionStartSelfcheck, "start_selfcheck", entities=entities)
    messages, events = turn(stop, "nl", events, sender, ActionStop, "stop")
    assert t("sc_stopped_nothing", "nl") in said(messages)
    messages, events = turn(
        "start de zelfscan", "nl", events, sender, ActionStartSelfcheck, "start_selfcheck"
    )
    titles = _menu_titles(messages)
    assert titles and not any(title.startswith("Ga verder") for title in titles), titles
    assert "Beloftes nakomen" in titles  # in its own place, to start afresh


@pytest.mark.usefixtures("own_app_db")
def test_a_check_paused_with_answers_is_still_offered_first() -> None:
    sender = new_sender(prefix="s69e")
    events = at_question_2("nl", sender)
    _, events = turn("stop", "nl", events, sender, ActionStop, "stop")
    messages, _ = turn(WANT, "nl", events, sender, ActionStartSelfcheck, START)
    titles = _menu_titles(messages)
    assert titles[0].startswith("Ga verder") and "vraag 2 van 7" in titles[0]
