"""Results asked while a self-check is paused halfway (actions/selfcheck.py `ActionShowResults`).
Found by a tester: /resultaten after stopping a self-check halfway said there was no finished
self-check yet and did not mention the paused one. The reply now says where it stands (question
n of total) and how to go on, with a button that resumes it, in the user's language. Real
actions, the real self-check files and a real app database (SQLite), one per test."""

from __future__ import annotations

import pytest

import actions.selfcheck
from actions.selfcheck import ActionShowResults, ActionStartSelfcheck, ActionStop
from bot.dialogue import payloads
from bot.i18n import t
from tests.unit.replies import CHECK, USER, run, said, scale_buttons, start

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

PAUSED_AT = {"nl": "staat op pauze bij vraag {n} van 7", "en": "is paused at question {n} of 7"}
REQUESTS = [  # (typed or tapped, intent, language)
    (payloads.show_results(), "show_results", "nl"),
    (payloads.show_results(), "show_results", "en"),
    ("mijn resultaten", "show_results", "nl"),
    ("laat mijn uitslag zien", "show_results", "nl"),
    ("show me my results", "show_results", "en"),
    ("my scores please", "show_results", "en"),
]


def buttons(messages: list[dict]) -> list[str]:
    return [b["payload"] for m in messages for b in m.get("buttons") or []]


def answer(times: int, check: str = CHECK) -> None:
    """Start `check` (or resume it) and answer `times` statements with a 4, through the service."""
    svc = actions.selfcheck.service()
    svc.start(USER, check)
    for _ in range(times):
        svc.answer(USER, 4)


def finish(check: str = CHECK) -> None:
    svc = actions.selfcheck.service()
    step = svc.start(USER, check)
    while step is not None and not step.done:
        step = svc.answer(USER, 4).step


@pytest.mark.parametrize(("text", "intent", "lang"), REQUESTS)
def test_results_after_a_stop_halfway_say_where_the_check_stands(text: str, intent: str, lang: str) -> None:
    start(lang)  # question 1 answered
    run(ActionStop(), "stop", "stop", lang)
    messages = run(ActionShowResults(), text, intent, lang)
    assert PAUSED_AT[lang].format(n=2) in said(messages), said(messages)
    assert t("sc_no_results", lang) in said(messages)  # still true: none finished
    assert buttons(messages) == [payloads.start_selfcheck(CHECK)]  # resume, not "start one"
    step = actions.selfcheck.service().open_step(USER)
    assert step is not None and step.run.paused and step.position == 1  # nothing changed


@pytest.mark.parametrize(("answered", "lang"), [(0, "nl"), (3, "nl"), (5, "en"), (6, "en")])
def test_the_question_it_is_paused_at_is_the_next_to_answer(answered: int, lang: str) -> None:
    answer(answered)
    actions.selfcheck.service().pause(USER)
    messages = run(ActionShowResults(), payloads.show_results(), "show_results", lang)
    assert PAUSED_AT[lang].format(n=answered + 1) in said(messages), said(messages)
    title = actions.selfcheck.service().checks()[CHECK].title[lang]
    assert f"“{title}”" in said(messages)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_button_resumes_the_paused_check(lang: str) -> None:
    start(lang)
    run(ActionStop(), "stop", "stop", lang)
    resume = buttons(run(ActionShowResults(), payloads.show_results(), "show_results", lang))
    resumed = run(ActionStartSelfcheck(), resume[0], "start_selfcheck", lang)
    assert ("vraag 2 van 7" if lang == "nl" else "question 2 of 7") in said(resumed)
    assert len(scale_buttons(resumed)) == 5


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_finished_results_and_a_paused_check_are_both_shown(lang: str) -> None:
    finish("keeping-promises")
    answer(2, "handling-complaints")
    actions.selfcheck.service().pause(USER)
    messages = run(ActionShowResults(), payloads.show_results(), "show_results", lang)
    checks = actions.selfcheck.service().checks()
    text = said(messages)
    assert t("sc_results_head", lang) in text and checks["keeping-promises"].title[lang] in text
    step = actions.selfcheck.service().open_step(USER)
    assert step is not None and step.check.id == "handling-complaints"
    title = checks["handling-complaints"].title[lang]
    assert t("sc_results_paused", lang, title=title, n="3", total=str(step.total)) in text, text
    assert t("sc_no_results", lang) not in text
    assert buttons(messages) == [payloads.start_selfcheck("handling-complaints")]


# -- what must not change ------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_with_no_check_at_all_results_offer_to_start_one(lang: str) -> None:
    messages = run(ActionShowResults(), payloads.show_results(), "show_results", lang)
    assert said(messages) == t("sc_no_results", lang)
    assert buttons(messages) == [payloads.start_selfcheck()]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_mid_check_results_offer_to_carry_on_and_say_nothing_of_a_pause(lang: str) -> None:
    start(lang)
    messages = run(ActionShowResults(), payloads.show_results(), "show_results", lang)
    offer = t("sc_offer_continue", lang, title="", n="2", total="7").split("“")[0]
    assert offer in said(messages) and len(scale_buttons(messages)) == 5
    assert PAUSED_AT[lang].format(n=2) not in said(messages)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_finished_results_alone_say_nothing_of_a_pause(lang: str) -> None:
    finish("keeping-promises")
    messages = run(ActionShowResults(), payloads.show_results(), "show_results", lang)
    assert t("sc_results_head", lang) in said(messages)
    assert "pauze" not in said(messages) and "paused" not in said(messages)
    assert buttons(messages) == []


@pytest.mark.parametrize(
    ("text", "intent", "lang", "article_id"),
    [("niveau twee", "selfcheck_answer", "nl", "pyramid-complaints"),
     ("paradigma shift 5", "selfcheck_answer", "nl", "shift-trust"),
     ("niveau twee", "ask_advice", "nl", "pyramid-complaints"),
     ("what's level 3 of the pyramid", "ask_advice", "en", "pyramid-personal")],
)  # fmt: skip
def test_a_numbered_concept_while_a_check_is_paused_is_answered(
    text: str, intent: str, lang: str, article_id: str
) -> None:
    """Verifier round of stop 52: after "stop", "niveau twee" and "paradigma shift 5" got "Je
    zelftest staat op pauze ... niet als antwoord bewaard": the number in them was read as an
    answer. A message naming a numbered concept is a question about the frameworks."""
    from actions.advice import ActionAnswerAdvice
    from actions.selfcheck import ActionSelfcheckAnswer

    start(lang)
    run(ActionStop(), "stop", "stop", lang)
    action = ActionSelfcheckAnswer() if intent == "selfcheck_answer" else ActionAnswerAdvice()
    messages = run(action, text, intent, lang)
    notes = [m.get("custom") or {} for m in messages]
    ids = [note.get("id") for note in notes if note.get("type") == "source"]
    assert ids == [article_id], said(messages)
    step = actions.selfcheck.service().open_step(USER)
    assert step is not None and step.run.paused and step.position == 1  # nothing recorded
