"""Stop 65 (helper G2): conversation faults a fresh tester found, each by its kind, with look-alikes
that must keep today's behaviour.

D. NLU's out-of-scope beat an answerable scene: a citizen, a caller, "iemand aan de balie", or
   someone served told of without a word for who ("..., third time he calls", "hij is woest")
   (bot/dialogue/someone_at_work.py).
E1. With a self-check paused, "oke ben er weer, waar was ik" goes on with it; with one open, "pauze
   even" pauses it (bot/dialogue/back_again.py). "stop" when already paused says so (I, #222).
E2. "hoi ik sta bij de receptie, mag ik je wat vragen" and "kheb een vraag" are invited ("Vertel
   maar!"), not given the help list (bot/dialogue/announced_question.py, self_introduction.py).
F. A follow-up typed at an offer ("en als ze zegt dat ze nooit meer komt?") is read with the question
   offered; a question what the statement on screen means gets its topic and the statement again
   (bot/dialogue/statement_meaning.py).
H. /taal auto goes back to the language of the latest typed message; a message of clauses in both
   languages is in the language of most of its words (actions/language.py).
I. An edit that asks more and lands on its original's article says it is the same topic; a coaching
   tip skips the articles already answered in the conversation while others are left.

Real actions, the real index and self-check files, and an own app database per test."""

from __future__ import annotations

import time

import pytest

import actions.selfcheck
from actions import followup
from actions.advice import ActionAnswerAdvice, ActionKbFallback, ActionOutOfScope
from actions.coaching import ActionCoachingTip
from actions.help import ActionHelp
from actions.language import ActionSetLanguage, _dominant_language
from actions.selfcheck import ActionStop
from bot.dialogue import payloads
from bot.dialogue.announced_question import announces_a_question
from bot.dialogue.back_again import asks_for_a_pause, says_back
from bot.dialogue.someone_at_work import a_sentence_tells_of_someone
from bot.dialogue.statement_meaning import asks_what_it_means
from bot.i18n import t
from tests.unit.replies import said, source_id
from tests.unit.turns import at_question_2, new_sender, open_position, statement_text, turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py


def _kinds(messages: list[dict]) -> set[str]:
    return {str((m.get("custom") or {}).get("type")) for m in messages} - {"None"}


def _off_topic(messages: list[dict]) -> bool:
    return any(m.get("response") == "utter_out_of_scope" for m in messages)


# --- D. out-of-scope read for a scene at work -------------------------------------------------

SCENES = [
    ("a citizen is furious because his parking permit application was lost by our department, third time "
     "he calls", "en"),
    ("citizens keep shouting at me because the town hall lost their forms", "en"),
    ("a walk-in is yelling at me because we have no rooms left", "en"),
    ("hij belt voor de derde keer over zijn aanvraag die wij kwijt zijn en hij is woest", "nl"),
    ("ze is woest want haar pakket is voor de derde keer niet bezorgd", "nl"),
    ("she's furious because we lost her order again", "en"),
    ("iemand aan de balie scheldt me uit omdat zijn paspoort er nog niet is", "nl"),
    ("someone at the counter is yelling because his refund is late", "en"),
]  # fmt: skip
REALLY_OFF_TOPIC = [
    ("wie heeft de champions league gewonnen", "nl"),
    ("wat voor weer wordt het morgen", "nl"),
    ("hoe maak ik pannenkoeken", "nl"),
    ("what's the weather like tomorrow", "en"),
    ("he scored for the third time", "en"),
]


@pytest.mark.parametrize(("text", "lang"), SCENES)
def test_a_scene_at_work_read_as_off_topic_is_answered_or_offered(text: str, lang: str) -> None:
    assert a_sentence_tells_of_someone(text)
    messages, _ = turn(text, lang, [], new_sender(), ActionOutOfScope, "out_of_scope", confidence=0.99)
    assert not _off_topic(messages), said(messages)
    assert source_id(messages) or "offer" in _kinds(messages), said(messages)


@pytest.mark.parametrize(("text", "lang"), REALLY_OFF_TOPIC)
def test_a_message_really_off_topic_is_still_refused(text: str, lang: str) -> None:
    assert not a_sentence_tells_of_someone(text)
    messages, _ = turn(text, lang, [], new_sender(), ActionOutOfScope, "out_of_scope", confidence=0.99)
    assert source_id(messages) is None and "offer" not in _kinds(messages), said(messages)


@pytest.mark.parametrize("text", ["my wife is angry at me", "they are angry", "zij won de derde keer"])
def test_no_scene_without_someone_served(text: str) -> None:
    assert not a_sentence_tells_of_someone(text)


# --- E1. back and pause, and stop when already paused -----------------------------------------

BACK = [
    "oke ben er weer, waar was ik", "ben er weer", "ik ben terug", "waar waren we gebleven", "waar was ik?",
    "zo, daar ben ik weer", "kben er weer", "i'm back, where was I", "ok back", "where were we",
]  # fmt: skip
NOT_BACK = [
    "ik ben er weer, de klant is weg maar ik ben boos", "terug naar de winkel", "ik ben terug bij de klant",
    "waar was ik mee bezig toen de klant binnenkwam", "ik ben weer boos",
]  # fmt: skip
PAUSES = ["pauze even", "pauze", "ff pauze hoor", "even pauzeren", "pause pls", "brb", "ben zo terug",
          "moet ff weg", "one moment please", "momentje"]  # fmt: skip
NO_PAUSE = ["mijn pauze is te kort", "mag ik pauze nemen", "klant even pauze", "pauze van 15 minuten",
            "de klant moet even weg"]  # fmt: skip


@pytest.mark.parametrize("text", BACK)
def test_back_is_read(text: str) -> None:
    assert says_back(text)


@pytest.mark.parametrize("text", NOT_BACK)
def test_no_back(text: str) -> None:
    assert not says_back(text)


@pytest.mark.parametrize("text", PAUSES)
def test_a_pause_is_read(text: str) -> None:
    assert asks_for_a_pause(text)


@pytest.mark.parametrize("text", NO_PAUSE)
def test_no_pause(text: str) -> None:
    assert not asks_for_a_pause(text)


def _paused(lang: str, sender: str) -> list[dict]:
    events = at_question_2(lang, sender)
    _, events = turn("stop", lang, events, sender, ActionStop, "stop")
    step = actions.selfcheck.service().open_step(sender)
    assert step is not None and step.run.paused
    return events


@pytest.mark.parametrize(
    ("text", "lang"), [(BACK[0], "nl"), (BACK[3], "nl"), ("i'm back, where was I", "en")]
)
@pytest.mark.parametrize("action", [ActionOutOfScope, ActionAnswerAdvice])
def test_back_at_a_paused_check_goes_on_with_it(text: str, lang: str, action: type) -> None:
    sender = new_sender()
    events = _paused(lang, sender)
    intent = "out_of_scope" if action is ActionOutOfScope else "ask_advice"
    messages, _ = turn(text, lang, events, sender, action, intent, confidence=0.99)
    step = actions.selfcheck.service().open_step(sender)
    assert step is not None and not step.run.paused and open_position(sender) == 1, said(messages)
    assert statement_text(lang) in said(messages) and not _off_topic(messages)


@pytest.mark.parametrize("text", ["pauze even", "brb", "moet ff weg"])
@pytest.mark.parametrize("action", [ActionOutOfScope, ActionKbFallback])
def test_a_short_pause_pauses_the_open_check(text: str, action: type) -> None:
    sender = new_sender()
    events = at_question_2("nl", sender)
    messages, _ = turn(text, "nl", events, sender, action, "out_of_scope", confidence=0.99)
    step = actions.selfcheck.service().open_step(sender)
    assert step is not None and step.run.paused, said(messages)
    assert said(messages) == t("sc_paused", "nl") and not _off_topic(messages)


@pytest.mark.parametrize("text", ["stop", "pauze even"])
def test_stop_when_already_paused_says_so_with_the_way_on(text: str) -> None:
    sender = new_sender()
    events = _paused("nl", sender)
    messages, _ = turn(text, "nl", events, sender, ActionStop, "stop")
    assert t("sc_paused", "nl") not in said(messages)
    assert said(messages).startswith("Je zelftest") and "al op pauze" in said(messages), said(messages)
    assert any(
        str(b.get("payload", "")).startswith("/start_selfcheck") for b in messages[0].get("buttons") or []
    )


def test_stop_when_already_stopped_before_any_answer_says_so() -> None:
    sender = new_sender()
    start = [{"entity": "selfcheck_id", "value": "keeping-promises"}]
    starting = actions.selfcheck.ActionStartSelfcheck
    begin = payloads.start_selfcheck("keeping-promises")
    _, events = turn(begin, "nl", [], sender, starting, "start_selfcheck", entities=start)
    first, events = turn("stop", "nl", events, sender, ActionStop, "stop")
    assert said(first) == t("sc_stopped_nothing", "nl")
    again, _ = turn("stop", "nl", events, sender, ActionStop, "stop")
    assert said(again) == t("sc_already_stopped", "nl")


# --- E2. an announcement of a question ----------------------------------------------------------

ANNOUNCEMENTS = [
    ("hoi ik sta bij de receptie van een hotel, mag ik je wat vragen", "nl"),
    ("hoi ik sta bij de receptie, mag ik je wat vragen", "nl"),
    ("kheb een vraag", "nl"),
    ("k heb een vraagje", "nl"),
    ("mag ik jou een vraag stellen", "nl"),
    ("ik zit op de klantenservice van een energiebedrijf, ik heb een vraag", "nl"),
    ("ik sta achter de kassa bij de albert heijn, mag ik je even iets vragen", "nl"),
    ("hi, I'm at the front desk of a hotel, can I ask you something?", "en"),
    ("can i ask u something", "en"),
    ("got a question", "en"),
]


@pytest.mark.parametrize(("text", "lang"), ANNOUNCEMENTS)
def test_an_announced_question_is_invited(text: str, lang: str) -> None:
    messages, _ = turn(text, lang, [], new_sender(), ActionHelp, "help")
    assert t("ask_away", lang) in said(messages), said(messages)


@pytest.mark.parametrize(
    "text",
    ["ik sta bij de receptie en een gast is boos, mag ik je wat vragen", "ik zit met een boze klant",
     "mag ik iets vragen over een boze klant", "ik sta er alleen voor"],
)  # fmt: skip
def test_no_bare_announcement(text: str) -> None:
    assert not announces_a_question(text)
    messages, _ = turn(text, "nl", [], new_sender(), ActionAnswerAdvice, "ask_advice")
    assert t("ask_away", "nl") not in said(messages)


# --- F. a follow-up at an offer, a question about the statement ---------------------------------

AT_AN_OFFER = [
    ("ne klant wil een kleed terugbrengen dat ze duidelijk al gedragen heeft, hoe zeg ik da ze het ni kan "
     "terugbrengen", "en als ze zegt dat ze nooit meer komt?", "nl"),
    ("klant blijft maar doordrammen over zijn voorschot dat te hoog is",
     "what do I say to him in english, he is an expat", "en"),
]  # fmt: skip


@pytest.mark.parametrize(("first", "text", "lang"), AT_AN_OFFER)
def test_a_follow_up_at_an_offer_is_read_with_its_question(first: str, text: str, lang: str) -> None:
    sender = new_sender()
    offered, events = turn(first, "nl", [], sender)
    assert "offer" in _kinds(offered), said(offered)
    messages, _ = turn(text, lang, events, sender, ActionKbFallback, "ask_advice", confidence=0.4)
    assert source_id(messages) or "offer" in _kinds(messages), said(messages)


def test_a_question_of_its_own_at_an_offer_is_read_on_its_own() -> None:
    sender = new_sender()
    _, events = turn(AT_AN_OFFER[0][0], "nl", [], sender)
    weather = "wat voor weer wordt het morgen"
    messages, _ = turn(weather, "nl", events, sender, ActionOutOfScope, "out_of_scope", confidence=0.99)
    assert source_id(messages) is None and "offer" not in _kinds(messages)


STATEMENT = "Ik kan de drie grootste ergernissen van onze klanten noemen, in hun eigen woorden."
STATEMENT_EN = "I can name our customers' three biggest irritations, in their own words."


@pytest.mark.parametrize(
    ("text", "statement", "expected"),
    [
        ("wat betekent dat eigenlijk, ergernissen in hun eigen woorden?", STATEMENT, True),
        ("wat bedoel je met ergernissen?", STATEMENT, True),
        ("wat houdt dat in?", STATEMENT, True),
        ("wat wordt er bedoeld met in hun eigen woorden", STATEMENT, True),
        ("what does that mean?", STATEMENT_EN, True),
        ("what do you mean by irritations?", STATEMENT_EN, True),
        ("wat betekent NPS?", STATEMENT, False),
        ("wat zeg ik tegen die klant", STATEMENT, False),
        ("what do I say to that customer", STATEMENT_EN, False),
        ("what does NPS mean", STATEMENT_EN, False),
        ("4", STATEMENT, False),
    ],
)
def test_a_question_what_the_statement_means(text: str, statement: str, expected: bool) -> None:
    assert asks_what_it_means(text, statement) is expected


@pytest.mark.parametrize("action", [ActionKbFallback, ActionOutOfScope, ActionAnswerAdvice])
def test_a_question_about_the_statement_gets_its_topic_and_the_statement_again(action: type) -> None:
    sender = new_sender()
    events = at_question_2("nl", sender)
    text = (
        f"wat betekent dat eigenlijk, {statement_text('nl').split()[-2]} {statement_text('nl').split()[-1]}"
    )
    messages, _ = turn(text, "nl", events, sender, action, "ask_advice")
    assert said(messages).startswith("Deze uitspraak hoort bij “"), said(messages)
    assert statement_text("nl") in said(messages) and open_position(sender) == 1
    assert not _off_topic(messages) and "offer" not in _kinds(messages)


# --- H. language -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("klant is super boos want zn factuur klopt niet, what do I say?", "nl"),
        ("de klant is heel boos over zijn rekening, what should I do", "nl"),
        ("the customer is furious about his bill, wat moet ik doen", "en"),
        ("hoi, how do I handle an angry customer?", "en"),
        ("ok thx, doei", "nl"),
        ("bedankt, bye", "nl"),
    ],
)
def test_the_language_of_most_of_the_words_wins(text: str, expected: str) -> None:
    assert _dominant_language(text) == expected


def test_language_auto_goes_back_to_the_latest_typed_message() -> None:
    sender = new_sender()
    pin = [{"entity": "language", "value": "en"}]
    _, events = turn(
        payloads.set_language("en"), "nl", [], sender, ActionSetLanguage, "set_language", entities=pin
    )
    _, events = turn("klant snapt de jaarafrekening niet, hij is al 80", "en", events, sender)
    auto = [{"entity": "language", "value": "auto"}]
    messages, events = turn(
        payloads.set_language("auto"), "en", events, sender, ActionSetLanguage, "set_language", entities=auto,
        slots={"pinned_language": "en"},
    )  # fmt: skip
    assert said(messages) == t("language_automatic", "nl")


def test_language_auto_with_nothing_typed_keeps_the_current_language() -> None:
    sender = new_sender()
    auto = [{"entity": "language", "value": "auto"}]
    messages, _ = turn(payloads.set_language("auto"), "en", [], sender, ActionSetLanguage, "set_language",
                       entities=auto)  # fmt: skip
    assert said(messages) == t("language_automatic", "en")


# --- I. repeated text ----------------------------------------------------------------------------


def _edited(text: str, events: list[dict], sender: str, message_id: str, edit_of: str | None = None):
    metadata = {followup.EDIT_OF: edit_of} if edit_of is not None else {}
    return turn(text, "nl", events, sender, message_id=message_id, metadata=metadata, timestamp=time.time())


def test_an_edit_asking_more_on_the_same_article_says_it_is_the_same_topic() -> None:
    sender = new_sender()
    original = "klant vindt de jurk te duur, bij een andere winkel is hij goedkoper"
    first, events = _edited(original, [], sender, "tg:9:1")
    article = source_id(first)
    assert article is not None, said(first)
    more = original + ", mag ik de prijs matchen van die andere winkel?"
    edit, _ = _edited(more, events, sender, "tg:9:1:u2", edit_of="tg:9:1")
    assert source_id(edit) == article, said(edit)
    assert said(edit).startswith(t("edit_same_topic", "nl", title="").split("“")[0]), said(edit)


def test_an_edit_fixing_a_typo_gets_the_card_as_before() -> None:
    sender = new_sender()
    first, events = _edited("hoe ga ik om met een boze klnat", [], sender, "tg:9:5")
    edit, _ = _edited("hoe ga ik om met een boze klant", events, sender, "tg:9:5:u1", edit_of="tg:9:5")
    assert source_id(edit) == source_id(first)
    assert not said(edit).startswith(t("edit_same_topic", "nl", title="").split("“")[0])


def test_a_coaching_tip_skips_the_article_just_answered() -> None:
    sender = new_sender("manager")
    answered, events = turn(
        "mijn team klaagt de hele dag over klanten en over het management", "nl", [], sender
    )
    article = source_id(answered)
    assert article is not None, said(answered)
    seen = []
    for _ in range(3):
        messages, events = turn("geef me een coachingstip", "nl", events, sender, ActionCoachingTip,
                                "ask_coaching_tip")  # fmt: skip
        seen.append(source_id(messages))
    assert article not in seen and len(set(seen)) == 3, seen
