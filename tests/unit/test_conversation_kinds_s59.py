"""Stop 59, four seams of the conversation (helper B), fixed by kind, with real functions, real
actions on the real index and an app database of their own.

1. The knowledge report listed no "not_helpful" gaps: questions sent a third time after an answer
   are now a group of their own, per article shown, counted in people (bot/insights/report.py).
2. A bare yes or no asked with a question mark at a statement ("ja?", "nee?", "yes?") scored, and
   slips of "klopt dat?" ("kloppt dat?", "iss dat zo?") got the not-understood line: both are a
   question back now (bot/selfchecks/not_understood.py `asks_whether_it_holds`); "ja", "ja!",
   "dat klopt", "klopt wel" still score, and "ja?" to "Verder met vraag 3?" is still a yes.
3. The terminal numbered 👍/👎 after a list of seven as 8 and 9: they get letters now, and "9"
   there gets the list's range (bot/channels/terminal/render.py).
4. Over plain REST a place on the list on screen ("2" after an offer of three) picked nothing:
   now it picks that button, whatever intent NLU read (actions/selfcheck.py `button_picked`)."""

from __future__ import annotations

import builtins
from datetime import timedelta

import pytest

import actions.selfcheck
from actions.advice import ActionAnswerAdvice, ActionKbFallback
from actions.selfcheck import ActionSelfcheckAnswer, ActionStartSelfcheck, ActionStop, button_picked
from actions.yes_no import ActionAffirm, ActionDeny
from bot.channels.terminal import chat
from bot.channels.terminal.render import choice_hint, choice_keys, render, resolve_choice
from bot.dialogue import payloads
from bot.i18n import t
from bot.insights.askers import asker_key
from bot.insights.report import build_report, render_report
from bot.selfchecks.answers import agreement, parse_answer, plain_yes_no
from bot.selfchecks.not_understood import asks_whether_it_holds, yes_or_no_asked
from bot.settings import get_settings
from bot.storage.insights import InsightsStore
from bot.storage.models import now
from tests.unit.test_telegram_picking_s57 import ANSWER, FEEDBACK, OFFER, PRINCIPLES, SCALE, as_replies
from tests.unit.test_telegram_picking_s57 import overview as overview_of
from tests.unit.turns import at_question_2, new_sender, open_position, statement_text, turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py: own app database

ANGRY = {
    "nl": "Een klant staat tegen me te schreeuwen aan de balie, wat doe ik?",
    "en": "how do I deal with an angry customer at the desk",
}
OVERVIEW = {"nl": "wat zijn de zeven principes", "en": "what are the seven principles of service excellence"}


def _texts(messages: list[dict]) -> list[str]:
    return [str(m.get("text") or "") for m in messages if m.get("text")]


def _notes(messages: list[dict]) -> list[dict]:
    return [m["custom"] for m in messages if (m.get("custom") or {}).get("type") == "source"]


def _offer_events() -> list[dict]:
    return [
        {"event": "user", "text": "iets over beloftes"},
        {"event": "bot", "text": OFFER[0], "data": as_replies(OFFER)[0]},
    ]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(
    ("text", "action", "intent", "place"),
    [
        ("3", ActionSelfcheckAnswer, "selfcheck_answer", 3),
        ("3", ActionKbFallback, "nlu_fallback", 3),
        ("nr 2", ActionAnswerAdvice, "ask_advice", 2),
        ("7.", ActionAffirm, "affirm", 7),
        ("1", ActionDeny, "deny", 1),
        ("de tweede", ActionKbFallback, "nlu_fallback", 2),
    ],
)
def test_a_place_on_an_overview_picks_its_article(lang, text, action, intent, place) -> None:
    sender = new_sender()
    first, events = turn(OVERVIEW[lang], lang, [], sender)
    assert _notes(first)[0]["id"] == "overview-principles"
    listed = [b["payload"] for b in first[0]["buttons"]]
    messages, _ = turn(text, lang, events, sender, action, intent)
    article = payloads.parse(listed[place - 1]).entity("article_id")
    assert _notes(messages)[0]["id"] == article, _texts(messages)


@pytest.mark.parametrize(
    ("text", "action", "intent"),
    [
        ("2", ActionKbFallback, "nlu_fallback"),
        ("2", ActionSelfcheckAnswer, "selfcheck_answer"),
        ("nummer 2", ActionAnswerAdvice, "ask_advice"),
        ("2)", ActionAffirm, "affirm"),
        ("de tweede", ActionKbFallback, "nlu_fallback"),
        ("the second one", ActionDeny, "deny"),
    ],
)
def test_a_place_on_an_offer_picks_that_article(text, action, intent) -> None:
    messages, _ = turn(text, "nl", _offer_events(), new_sender(), action, intent)
    assert _notes(messages)[0]["id"] == "shift-relationships", _texts(messages)


@pytest.mark.parametrize(("text", "place"), [("1", 1), ("4", 4), ("de laatste", 4), ("nr. 2", 2)])
def test_a_place_on_an_answers_topics_picks_that_topic_never_a_rating(text: str, place: int) -> None:
    sender = new_sender()
    first, events = turn(ANGRY["nl"], "nl", [], sender)
    topics = [b["payload"] for b in first[0]["buttons"]]
    assert len(topics) == 4 and payloads.parse(first[-1]["buttons"][0]["payload"]).intent == payloads.FEEDBACK
    messages, _ = turn(text, "nl", events, sender, ActionSelfcheckAnswer, "selfcheck_answer")
    assert _notes(messages)[0]["id"] == payloads.parse(topics[place - 1]).entity("article_id")


def test_a_place_on_the_list_of_selfchecks_starts_that_check() -> None:
    sender = new_sender()
    asked = "ik wil een zelftest doen"
    first, events = turn(asked, "nl", [], sender, ActionStartSelfcheck, "start_selfcheck")
    second = payloads.parse(first[0]["buttons"][1]["payload"]).entity("selfcheck_id")
    turn("2", "nl", events, sender, ActionKbFallback, "nlu_fallback")
    step = actions.selfcheck.service().open_step(sender)
    assert step is not None and step.check.id == second and step.position == 0


@pytest.mark.parametrize(
    ("action", "intent"),
    [
        (ActionSelfcheckAnswer, "selfcheck_answer"),
        (ActionKbFallback, "nlu_fallback"),
        (ActionAnswerAdvice, "ask_advice"),
        (ActionAffirm, "affirm"),
    ],
)
def test_with_a_check_paused_a_place_on_the_list_still_picks(action: type, intent: str) -> None:
    sender = new_sender()
    events = at_question_2("nl", sender)
    _, events = turn("stop", "nl", events, sender, ActionStop, "stop")
    _, events = turn(OVERVIEW["nl"], "nl", events, sender)
    messages, _ = turn("2", "nl", events, sender, action, intent)
    assert _notes(messages)[0]["id"] == "principle-customer-intimacy"
    assert open_position(sender) == 1  # nothing was scored


LANGUAGE_MENU = (
    "Welke taal? / Which language?",
    [("Nederlands", payloads.set_language("nl")), ("English", payloads.set_language("en"))],
)


@pytest.mark.parametrize(
    ("action", "intent"),
    [
        (ActionKbFallback, "nlu_fallback"),
        (ActionAffirm, "affirm"),
        (ActionSelfcheckAnswer, "selfcheck_answer"),
    ],
)
def test_a_place_on_a_language_menu_sets_the_language_from_any_action(action: type, intent: str) -> None:
    """The picked action's events come back (a language button's slot), whichever action NLU chose."""
    import asyncio

    from rasa_sdk import Tracker
    from rasa_sdk.executor import CollectingDispatcher

    events = [{"event": "user", "text": "taal"}, {"event": "bot", "data": as_replies(LANGUAGE_MENU)[0]}]
    events.append({"event": "user", "text": "2"})
    latest = {"text": "2", "intent": {"name": intent, "confidence": 0.9}, "entities": []}
    tracker = Tracker(new_sender(), {"language": "nl"}, latest, events, False, None, {}, "action_listen")
    returned = asyncio.run(action().run(CollectingDispatcher(), tracker, {}))
    slots = {e.get("name"): e.get("value") for e in returned if e.get("event") == "slot"}
    assert slots.get("language") == "en", returned


def _tracker_after(keyboards: list[tuple], text: str, sender: str) -> object:
    from rasa_sdk import Tracker

    events = [{"event": "user", "text": "x"}]
    events += [{"event": "bot", "data": r} for r in as_replies(*keyboards)]
    events.append({"event": "user", "text": text})
    latest = {"text": text, "intent": {"name": "nlu_fallback"}, "entities": []}
    return Tracker(sender, {"language": "nl"}, latest, events, False, None, {}, "action_listen")


@pytest.mark.parametrize(
    ("keyboards", "text"),
    [
        ([OFFER], "2 klanten wachten al"),  # a message with a number in it
        ([OFFER], "9"),  # past the end: the list's range (stop 58)
        ([OFFER], "0"),
        ([OFFER], "-1"),
        ([OFFER], "principe 2"),
        ([OFFER], "twee"),
        ([FEEDBACK], "1"),  # 👍/👎 alone are no list: "1" is no 👍
        ([("Verder met vraag 3 van 7?", SCALE)], "2"),  # a statement's scale: "2" is a score
        ([], "2"),
        ([OFFER], payloads.advice("x")),  # a tap is its own payload
    ],
)
def test_what_is_no_place_on_the_list_picks_nothing(keyboards: list[tuple], text: str) -> None:
    assert button_picked(_tracker_after(keyboards, text, new_sender())) is None


def test_a_number_at_a_statement_is_still_its_score_and_with_no_list_as_before() -> None:
    sender = new_sender()
    events = at_question_2("nl", sender)
    turn("2", "nl", events, sender, ActionKbFallback, "nlu_fallback")
    assert open_position(sender) == 2
    messages, _ = turn("2", "nl", [], new_sender(), ActionSelfcheckAnswer, "selfcheck_answer")
    assert _texts(messages) == [t("choice_number_unbound", "nl")]
    messages, _ = turn("9", "nl", _offer_events(), new_sender(), ActionKbFallback, "nlu_fallback")
    assert _texts(messages) == [t("choice_number_outside", "nl", first="1", last="3")]


# == 2. a question back at a statement: slips, and a bare yes or no asked ========================

SLIPS = [
    "kloppt dat?", "klop dat?", "kopt dat?", "klpt dat?", "klopt da?", "klopt dat wel?", "kloppt da wel?",
    "iss dat zo?", "isdat zo?", "is dat zoo?", "s dat zo?", "is da waar?", "isda zo?", "ja, klopt dat?",
    "nee, klopt dat?", "is that rite?", "is tht right?", "is that ture?", "isit true?",
]  # fmt: skip
BARE_ASKED = [
    "ja?", "nee?", "yes?", "no?", "jaa?", "ja??", "ja ?", "ja!?", "Ja?", "JA?", "jawel?", "neen?", "nope?",
    "yeah?", "yep?", "ja toch?", "nee toch?", "nee echt?", "yes really?", "zeker?", "ja hoor?", "klopt niet?",
]  # fmt: skip
STILL_SCORED = [
    ("ja", 4), ("ja!", 4), ("ja.", 4), ("Ja!!", 4), ("nee", 2), ("nee.", 2), ("dat klopt", 4),
    ("klopt wel", 4),
    ("klopt", 4), ("ja klopt", 4), ("ja hoor", 4), ("nee hoor", 2), ("yes", 4), ("no", 2), ("zeker", 4),
    ("klopt niet", 2), ("ja zeker", 4),
]  # fmt: skip
NOT_ASKED_BACK = [
    "ja maar soms?", "ja ik denk het?", "nee dank je?", "no idea?", "ok?", "klopt dat met de regels?",
    "is dat zo erg?", "nooit?", "is dit de goede?", "nee want dat is lastig?", "jaloers?", "neem ik dan?",
    "nog iets?", "yesterday?", "klopt", "ja",
]  # fmt: skip


@pytest.mark.parametrize("text", SLIPS + BARE_ASKED)
def test_slips_and_a_bare_yes_or_no_asked_are_a_question_back(text: str) -> None:
    assert asks_whether_it_holds(text), text
    assert parse_answer(text) is None and agreement(text) is None


@pytest.mark.parametrize(
    ("text", "side"),
    [("ja?", "agree"), ("nee?", "disagree"), ("yes?", "agree"), ("no?", "disagree"), ("ja??", "agree"),
     ("ja ?", "agree"), ("ja!?", "agree"), ("jawel?", "agree"), ("neen?", "disagree"), ("nope?", "disagree"),
     ("yeah?", "agree"), ("ja toch?", "agree"), ("nee toch?", "disagree"), ("zeker?", "agree")],
)  # fmt: skip
def test_a_bare_yes_or_no_asked_is_still_a_yes_or_no_to_a_question(text: str, side: str) -> None:
    assert yes_or_no_asked(text) and plain_yes_no(text) == side


@pytest.mark.parametrize("text", SLIPS)
def test_a_slip_of_klopt_dat_is_no_yes_at_all(text: str) -> None:
    assert not yes_or_no_asked(text) and plain_yes_no(text) is None


@pytest.mark.parametrize(("text", "value"), STILL_SCORED)
def test_a_yes_or_no_without_a_question_mark_keeps_its_score(text: str, value: int) -> None:
    assert not asks_whether_it_holds(text) and parse_answer(text) == value


@pytest.mark.parametrize("text", NOT_ASKED_BACK)
def test_look_alikes_are_no_question_back(text: str) -> None:
    assert not asks_whether_it_holds(text) and not yes_or_no_asked(text)


@pytest.mark.parametrize(
    ("text", "lang", "action", "intent"),
    [
        ("ja?", "nl", ActionAffirm, "affirm"),
        ("ja?", "nl", ActionSelfcheckAnswer, "selfcheck_answer"),
        ("nee?", "nl", ActionDeny, "deny"),
        ("nee?", "nl", ActionKbFallback, "nlu_fallback"),
        ("ja toch?", "nl", ActionAffirm, "affirm"),
        ("kloppt dat?", "nl", ActionAffirm, "affirm"),
        ("iss dat zo?", "nl", ActionSelfcheckAnswer, "selfcheck_answer"),
        ("yes?", "en", ActionAffirm, "affirm"),
        ("no?", "en", ActionDeny, "deny"),
        ("is that rite?", "en", ActionKbFallback, "nlu_fallback"),
    ],
)
def test_asked_back_at_a_statement_it_is_explained_and_not_scored(text, lang, action, intent) -> None:
    sender = new_sender()
    events = at_question_2(lang, sender)
    messages, _ = turn(text, lang, events, sender, action, intent)
    assert _texts(messages)[0] == t("sc_asked_back", lang, min="1", max="5")
    assert statement_text(lang) in _texts(messages)[1]
    assert open_position(sender) == 1  # question 2 is still open


@pytest.mark.parametrize(
    ("text", "action", "intent"),
    [("ja", ActionAffirm, "affirm"), ("ja!", ActionSelfcheckAnswer, "selfcheck_answer"),
     ("nee", ActionDeny, "deny"), ("klopt", ActionAffirm, "affirm")],
)  # fmt: skip
def test_a_plain_yes_or_no_at_a_statement_is_still_scored(text, action, intent) -> None:
    sender = new_sender()
    events = at_question_2("nl", sender)
    turn(text, "nl", events, sender, action, intent)
    assert open_position(sender) == 2


@pytest.mark.parametrize(
    ("text", "action", "intent"),
    [("ja?", ActionAffirm, "affirm"), ("ja?", ActionSelfcheckAnswer, "selfcheck_answer")],
)
def test_a_yes_asked_to_carry_on_carries_on(text, action, intent) -> None:
    sender = new_sender()
    events = at_question_2("nl", sender)
    asked, events = turn(ANGRY["nl"], "nl", events, sender)
    stop = payloads.stop()
    assert any(b["payload"] == stop for m in asked for b in m.get("buttons") or [])  # "Verder met vraag 2?"
    messages, _ = turn(text, "nl", events, sender, action, intent)
    assert t("sc_asked_back", "nl", min="1", max="5") not in _texts(messages)
    assert any(statement_text("nl") in x for x in _texts(messages)) and open_position(sender) == 1


# == 3. the terminal: 👍/👎 get letters, so a number is always a place on the list ==============

PRINCIPLES_SHOWN = as_replies(overview_of(PRINCIPLES), FEEDBACK)


def _range_hint(lang: str, last: int) -> str:
    """The terminal's hint for a number off the list: "Kies 1 tot 7 uit de keuzes hierboven ..."."""
    return t("choice_hint", lang, choices=t("choice_range", lang, first="1", last=str(last)))


def test_the_ratings_get_letters_and_the_list_keeps_its_numbers() -> None:
    shown = render(PRINCIPLES_SHOWN)
    assert choice_keys(shown.choices) == ["1", "2", "3", "4", "5", "6", "7", "a", "b"]
    assert "  7) Waarde voor belanghebbenden" in shown.lines[-1] and "  b) 👎 Niet nuttig" in shown.lines[-1]
    up, down = (p for _, p in FEEDBACK[1])
    third, last = payloads.advice(PRINCIPLES[2][1]), payloads.advice(PRINCIPLES[6][1])
    typed_picks = [("a", up), ("b", down), ("nuttig", up), ("niet nuttig", down), ("👎 Niet nuttig", down),
                   ("3", third), ("de laatste", last), ("nr 7", last)]  # fmt: skip
    for typed, payload in typed_picks:
        assert resolve_choice(typed, shown.choices) == payload, typed


@pytest.mark.parametrize("typed", ["9", "8", "0", "12", "nr 9", "9.", "(8)", "optie 8"])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_number_past_the_list_gets_its_range_not_a_rating(typed: str, lang: str) -> None:
    shown = render(PRINCIPLES_SHOWN)
    assert resolve_choice(typed, shown.choices) == typed
    assert choice_hint(typed, shown.choices, lang) == _range_hint(lang, 7)


def test_other_screens_keep_their_keys_and_hints() -> None:
    offer = render(as_replies(OFFER, FEEDBACK))
    assert choice_keys(offer.choices) == ["1", "2", "3", "a", "b"]
    assert choice_hint("4", offer.choices, "nl") == _range_hint("nl", 3)
    assert choice_hint("c", offer.choices, "en") == t(
        "choice_hint", "en", choices=t("choice_or", "en", a=t("choice_range", "en", first="1", last="3"),
                                       b=t("choice_range", "en", first="a", last="b"))
    )  # fmt: skip
    ratings = render(as_replies(FEEDBACK))  # 👍/👎 alone: letters, "1" is no 👍
    assert choice_keys(ratings.choices) == ["a", "b"] and resolve_choice("1", ratings.choices) == "1"
    scale = render(as_replies(("Stelling", SCALE)))  # a statement: its values, as before
    assert choice_keys(scale.choices) == ["1", "2", "3", "4", "5"]
    assert resolve_choice("de derde", scale.choices) == SCALE[2][1]
    topics = render(as_replies(ANSWER))
    assert choice_keys(topics.choices) == ["1", "2"]
    assert choice_hint("3", topics.choices, "nl") == _range_hint("nl", 2)


class _FakeRasa:
    """The REST client as the chat loop uses it: each message sent, and the replies given."""

    def __init__(self, replies: list[list[dict]]) -> None:
        self.sent: list[str] = []
        self._replies = iter(replies)

    def send(self, sender: str, message: str, metadata: dict) -> list[dict]:
        self.sent.append(message)
        return next(self._replies)


def _chat(typed_lines: list[str], replies: list[list[dict]], monkeypatch) -> _FakeRasa:
    typed = iter([*typed_lines, "/quit"])
    monkeypatch.setattr(builtins, "input", lambda prompt="": next(typed))
    monkeypatch.setattr(chat, "pinned_language", lambda url, sender: None)
    monkeypatch.setattr(chat, "_follow_language", lambda stack, sender: None)
    monkeypatch.setattr(chat, "LANG", "nl")
    client = _FakeRasa(replies)
    stack = type("Stack", (), {"settings": get_settings()})()
    assert chat._loop(client, stack, "terminal-test") == 0  # type: ignore[arg-type]
    return client


def test_through_the_terminal_loop_9_is_the_lists_range_and_b_a_thumbs_down(monkeypatch, capsys) -> None:
    asked = "wat zijn de zeven principes"
    client = _chat([asked, "9", "3"], [PRINCIPLES_SHOWN, [{"text": "Klantintimiteit"}]], monkeypatch)
    out = capsys.readouterr().out
    assert _range_hint("nl", 7) in out  # "9": the list's range, nothing sent
    assert client.sent == [payloads.as_text(asked), payloads.advice(PRINCIPLES[2][1])]
    assert "  a) 👍 Nuttig" in out and "  8)" not in out and "  9)" not in out
    client = _chat([asked, "12", "b"], [PRINCIPLES_SHOWN, [{"text": "Jammer."}]], monkeypatch)
    assert client.sent == [payloads.as_text(asked), FEEDBACK[1][1][1]]  # "b": 👎
    assert _range_hint("nl", 7) in capsys.readouterr().out


# == 1. the report: questions sent again after an answer ========================================


def _sent_three_times(text: str, lang: str, sender: str) -> list[dict]:
    events: list[dict] = []
    for _ in (1, 2, 3):
        _, events = turn(text, lang, events, sender, message_id=new_sender(prefix="m"))  # a new id each
    return events


def _thumbs_down(events: list[dict], lang: str, sender: str) -> None:
    down = next(b["payload"] for e in events if e["event"] == "bot" for b in e["data"]["buttons"]
                if b["payload"].startswith("/feedback") and "down" in b["payload"])  # fmt: skip
    ref = payloads.answer_ref_of(down)
    entities = [{"entity": "feedback_value", "value": "down"}, {"entity": "answer_ref", "value": ref}]
    from actions.feedback import ActionFeedback

    turn(down, lang, events, sender, ActionFeedback, "feedback", entities=entities)


def test_the_report_lists_questions_sent_again_per_article_in_people() -> None:
    first, second = new_sender(), new_sender()
    _sent_three_times(ANGRY["nl"], "nl", first)
    _sent_three_times(ANGRY["nl"] + "!", "nl", second)
    again = _sent_three_times(ANGRY["nl"], "nl", first)  # the same person again: one person
    _thumbs_down(_sent_three_times(ANGRY["en"], "en", new_sender())[:5], "en", new_sender())
    gaps = InsightsStore(get_settings().app_db_url).gaps()
    assert sum(g.reason == "not_helpful" for g in gaps) >= 4 and again
    report = build_report(get_settings(), lang="nl")
    by_article = {g.article_id: g for g in report.sent_again}
    group = by_article["angry-customer"]
    # two people, three questions; the English one was also rated 👎: listed with the rated answers
    assert group.askers == 2 and group.size == 3 and group.example == ANGRY["nl"]
    assert ANGRY["en"] not in group.questions and (ANGRY["en"], "angry-customer", 1) in report.not_helpful
    text = render_report(report, "nl")
    assert t("report_sent_again", "nl") in text
    assert f"  {t('report_people', 'nl').format(n=2, q=3)} → " in text and f"“{ANGRY['nl']}”" in text
    assert f"{t('report_also', 'nl')}: “{ANGRY['nl']}!”" in text
    english = render_report(build_report(get_settings(), lang="en"), "en")
    assert t("report_sent_again", "en") in english and "people" in english


def test_a_thumbs_down_stays_with_the_rated_answers_not_with_the_questions_sent_again() -> None:
    sender = new_sender()
    first, events = turn(ANGRY["en"], "en", [], sender, message_id="d1")
    _thumbs_down(events, "en", sender)
    gaps = [g for g in InsightsStore(get_settings().app_db_url).gaps() if g.reason == "not_helpful"]
    assert len(gaps) == 1  # the 👎 logs a gap too (actions/feedback.py)
    report = build_report(get_settings(), lang="en")
    assert report.sent_again == [] and report.not_helpful == [(ANGRY["en"], "angry-customer", 1)]
    section = render_report(report, "en").split(t("report_sent_again", "en"))[1]
    assert section.splitlines()[1] == t("report_none", "en")


def test_the_section_is_cut_like_the_others_and_counts_people_not_sends() -> None:
    store = InsightsStore(get_settings().app_db_url)
    for n in range(12):
        person = asker_key(f"p{n}")
        store.log_gap(f"vraag {n} opnieuw", "nl", "not_helpful", f"article-{n:02d}", 0.5, asker=person)
    for _ in range(5):  # the first person sending another question over and over
        store.log_gap("weer die vraag", "nl", "not_helpful", "article-00", 0.5, asker=asker_key("p0"))
    report = build_report(get_settings(), since=now() - timedelta(days=1), lang="nl")
    assert len(report.sent_again) == 12 and report.sent_again[0].article_id == "article-00"
    assert (report.sent_again[0].askers, report.sent_again[0].size) == (1, 6)
    text = render_report(report, "nl", top=10)
    assert text.split(t("report_sent_again", "nl"))[1].count("… en nog 2 (--all toont alles)") == 1
    assert "… en nog" not in render_report(report, "nl", top=None).split(t("report_gaps", "nl"))[0]


@pytest.mark.parametrize("place", [1, 2])
def test_a_place_on_the_help_menu_does_what_a_tap_on_it_does(place: int) -> None:
    from actions.help import ActionHelp

    sender = new_sender()
    first, events = turn("wat kun je allemaal", "nl", [], sender, ActionHelp, "help")
    menu = [b["payload"] for m in first for b in m.get("buttons") or []]
    payload = menu[place - 1]
    parsed = payloads.parse(payload)
    module, name = actions.selfcheck.PAYLOAD_ACTIONS[parsed.intent]
    action = getattr(__import__(module, fromlist=[name]), name)
    entities = [{"entity": k, "value": v} for k, v in parsed.entities.items()]
    tapped, _ = turn(payload, "nl", events, new_sender(), action, parsed.intent, entities=entities)
    typed, _ = turn(str(place), "nl", events, new_sender(), ActionKbFallback, "nlu_fallback")
    assert _texts(typed) == _texts(tapped) and _texts(typed)


def _real_tracker(replies: list[dict], text: str) -> object:
    """A tracker as Rasa sends it: each bot event's text beside its data, not in it."""
    from rasa_sdk import Tracker

    events = [{"event": "user", "text": "x"}]
    events += [
        {"event": "bot", "text": r["text"], "data": {"buttons": r.get("buttons") or [], "custom": None}}
        for r in replies
    ]
    events.append({"event": "user", "text": text})
    latest = {"text": text, "intent": {"name": "nlu_fallback"}, "entities": []}
    return Tracker(new_sender(), {"language": "nl"}, latest, events, False, None, {}, "action_listen")


def test_the_reply_on_screen_keeps_its_text_as_rasa_stores_it() -> None:
    """Rasa keeps a bot event's text outside its data: the reply on screen still has it, so a
    list's heading and an overview's numbered lines are read (before stop 59 they were not)."""
    from actions.base import last_reply

    tracker = _real_tracker(as_replies(OFFER, FEEDBACK), "2")
    assert [r["text"] for r in last_reply(tracker)] == [FEEDBACK[0], OFFER[0]]
    heading = t("sc_choose", "nl")
    one_check = (heading, [("Beloftes nakomen", payloads.start_selfcheck("keeping-promises"))])
    assert actions.selfcheck.menu_on_screen(_real_tracker(as_replies(one_check), "1")) == ["keeping-promises"]
    other = ("Iets anders", one_check[1])
    assert actions.selfcheck.menu_on_screen(_real_tracker(as_replies(other), "1")) == []
