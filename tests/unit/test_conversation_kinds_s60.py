"""Stop 60, two seams of the conversation, fixed by kind, with real functions, real actions on the
real index and an app database of their own.

1. A word of the scale asked back at an open statement ("eens?", "soms?", "always?", "mee eens?",
   "helemaal eens?", and slips: "altjid?", "eenz?") scored as that word; it is a question back
   now, as "ja?" and "klopt dat?" are (bot/selfchecks/answers.py `answer_word_asked`): "only you
   can say", the statement again, nothing scored, whichever action NLU chose. "eens", "soms",
   "vaak!", "mee eens", "3", "3?", "vier?" still score; "ja?" to "Verder met vraag 3?" is a yes.
2. An edited message (metadata "edit_of", sent by the Telegram channel) replaces its original:
   the actions leave the original and the replies to it out (no follow-up "Dat gaat nog steeds
   over ..." when the edit lands on the original's article, no "sent again"), and the gaps logged
   for the original are deleted (actions/followup.py `read_edit_as_replacement`)."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from rasa_sdk import Tracker

from actions import followup
from actions.advice import ActionAnswerAdvice, ActionKbFallback
from actions.selfcheck import ActionSelfcheckAnswer
from actions.yes_no import ActionAffirm, ActionDeny
from bot.channels.telegram import handlers
from bot.content.scale import AGREE_5
from bot.dialogue import payloads
from bot.i18n import t
from bot.insights.askers import asker_key
from bot.selfchecks.answers import answer_word_asked, parse_answer, tries_to_answer
from bot.selfchecks.not_understood import yes_or_no_asked
from bot.settings import get_settings
from bot.storage.insights import InsightsStore
from bot.storage.models import now
from tests.unit.turns import SLOTS, at_question_2, new_sender, open_position, statement_text, turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py: own app database


def _texts(messages: list[dict]) -> list[str]:
    return [str(m.get("text") or "") for m in messages if m.get("text")]


# == 1. a word of the scale asked back ==========================================================

ASKED = [
    # Dutch scale and agreement words
    "eens?", "soms?", "altijd?", "vaak?", "nooit?", "oneens?", "mee eens?", "helemaal eens?", "neutraal?",
    "zelden?", "meestal?", "meestal wel?", "bijna altijd?", "eerder eens?", "niet eens?", "mee oneens?",
    "helemaal oneens?", "helemaal mee eens?", "niet altijd?", "een beetje?",
    # English
    "sometimes?", "agree?", "always?", "never?", "often?", "disagree?", "mostly?", "rarely?", "neutral?",
    "strongly agree?", "strongly disagree?", "totally agree?", "agreed?",
    # marks, case, a tag or a hesitation around it, a yes or no before it
    "eens??", "eens ?", "Eens?", "SOMS?", "eens?!", "soms dan?", "altijd toch?", "always right?", "hmm soms?",
    "euh eens?", "ja eens?", "nee nooit?", "vaak ?", "dat klopt?",
    # slips and chat spelling
    "eenz?", "sosm?", "altjid?", "aletijd?", "altyd?", "agre?", "somtimes?", "sometims?", "nevr?", "usualy?",
    "allways?", "oneenss?",
]  # fmt: skip
STILL_SCORED = [
    ("eens", 4), ("soms", 3), ("vaak!", 4), ("mee eens", 4), ("3", 3), ("3?", 3), ("4?", 4), ("vier?", 4),
    ("twee?", 2), ("five?", 5), ("een?", 1), ("4 - eens?", 4), ("ik geef een drie?", 3), ("eens.", 4),
    ("altijd!", 5), ("nooit.", 1), ("sometimes i guess", 3), ("helemaal eens", 5), ("always", 5),
    ("soms wel soms niet?", 3), ("hangt ervan af?", 3), ("ik zou zeggen 4?", 4),
]  # fmt: skip
NO_WORD_ASKED = [
    "ja?", "nee?", "zeker?", "yes?", "eens", "soms", "vaak!", "3?", "vier?", "hoe vaak?", "wat is eens?",
    "hoe vaak moet dat?", "is eens goed?", "ok?", "vaag?", "ooit?", "wanneer?", "som?", "vak?", "eenz",
    "altjid", "soms als het druk is?", "jaloers?", "some?", "",
]  # fmt: skip


@pytest.mark.parametrize("text", ASKED)
def test_a_word_of_the_scale_asked_is_no_answer_at_a_statement(text: str) -> None:
    assert answer_word_asked(text, AGREE_5), text
    check = _check()
    assert parse_answer(text, check) is None, text
    assert tries_to_answer(text), text  # so the unread-answer path reaches `say_not_understood`


@pytest.mark.parametrize(("text", "value"), STILL_SCORED)
def test_look_alikes_keep_their_score(text: str, value: int) -> None:
    assert not answer_word_asked(text), text
    assert parse_answer(text, _check()) == value, text


@pytest.mark.parametrize("text", NO_WORD_ASKED)
def test_look_alikes_are_no_word_asked(text: str) -> None:
    assert not answer_word_asked(text), text


@pytest.mark.parametrize(("text", "value"), [("always?", 5), ("never?", 1), ("eens?", 4), ("soms?", 3)])
def test_without_a_check_the_words_still_read_so_no_language_is_chosen_by_them(text: str, value: int) -> None:
    """actions/language.py keeps the conversation's language for an answer word at a statement
    ("always?" at a Dutch statement) by `parse_answer(typed)` without a check: it still reads."""
    assert parse_answer(text) == value


def _check():
    from bot.content.selfchecks import load_selfchecks

    return load_selfchecks(get_settings().selfcheck_dir)[0]["keeping-promises"]


@pytest.mark.parametrize(
    ("text", "lang", "action", "intent"),
    [
        ("eens?", "nl", ActionSelfcheckAnswer, "selfcheck_answer"),
        ("soms?", "nl", ActionAffirm, "affirm"),
        ("nooit?", "nl", ActionDeny, "deny"),
        ("helemaal eens?", "nl", ActionAnswerAdvice, "ask_advice"),
        ("altjid?", "nl", ActionKbFallback, "nlu_fallback"),
        ("mee eens?", "nl", ActionKbFallback, "nlu_fallback"),
        ("always?", "en", ActionSelfcheckAnswer, "selfcheck_answer"),
        ("sometimes?", "en", ActionAffirm, "affirm"),
        ("agree?", "en", ActionAnswerAdvice, "ask_advice"),
        ("somtimes?", "en", ActionKbFallback, "nlu_fallback"),
    ],
)
def test_asked_back_at_a_statement_it_is_explained_and_not_scored(text, lang, action, intent) -> None:
    sender = new_sender(prefix="s60")
    events = at_question_2(lang, sender)
    entities = (
        [{"entity": "selfcheck_value", "value": text.rstrip("?")}] if intent == "selfcheck_answer" else []
    )
    messages, _ = turn(text, lang, events, sender, action, intent, entities=entities)
    assert _texts(messages)[0] == t("sc_asked_back", lang, min="1", max="5"), _texts(messages)
    assert statement_text(lang) in _texts(messages)[1]
    assert open_position(sender) == 1  # statement 2 is still open


@pytest.mark.parametrize(
    ("text", "action", "intent"),
    [("eens", ActionSelfcheckAnswer, "selfcheck_answer"), ("soms", ActionAffirm, "affirm"),
     ("vaak!", ActionKbFallback, "nlu_fallback"), ("mee eens", ActionSelfcheckAnswer, "selfcheck_answer"),
     ("3?", ActionSelfcheckAnswer, "selfcheck_answer"), ("3", ActionKbFallback, "nlu_fallback")],
)  # fmt: skip
def test_a_scale_word_or_number_without_doubt_is_still_scored(text, action, intent) -> None:
    sender = new_sender(prefix="s60")
    events = at_question_2("nl", sender)
    turn(text, "nl", events, sender, action, intent)
    assert open_position(sender) == 2


@pytest.mark.parametrize(("text", "action", "intent"), [("ja?", ActionAffirm, "affirm")])
def test_a_yes_asked_to_carry_on_still_carries_on(text, action, intent) -> None:
    sender = new_sender(prefix="s60")
    events = at_question_2("nl", sender)
    asked, events = turn(
        "Een klant staat tegen me te schreeuwen aan de balie, wat doe ik?", "nl", events, sender
    )
    assert any(b["payload"] == payloads.stop() for m in asked for b in m.get("buttons") or [])
    assert yes_or_no_asked(text)
    messages, _ = turn(text, "nl", events, sender, action, intent)
    assert t("sc_asked_back", "nl", min="1", max="5") not in _texts(messages)
    assert any(statement_text("nl") in x for x in _texts(messages)) and open_position(sender) == 1


# == 2. an edited message replaces its original ==================================================


def edited_turn(
    text: str,
    lang: str,
    events: list[dict],
    sender: str,
    message_id: str,
    edit_of: str | None = None,
    action: type = ActionAnswerAdvice,
    intent: str = "ask_advice",
) -> tuple[list[dict], list[dict]]:
    """tests/unit/turns.py `turn`, with the metadata the Telegram channel sends for an edit
    (`edit_of`: the original's id) and a timestamp on the user event, as Rasa keeps it."""
    metadata = {followup.EDIT_OF: edit_of} if edit_of is not None else {}
    return turn(
        text,
        lang,
        events,
        sender,
        action,
        intent,
        message_id=message_id,
        metadata=metadata,
        timestamp=time.time(),
    )


SAME_ARTICLE = {
    "nl": ("hoe ga ik om met een boze klnt aan de balie", "hoe ga ik om met een boze klant aan de balie"),
    "en": (
        "how do i deal with an angy customer at the desk",
        "how do i deal with an angry customer at the desk",
    ),
}
NO_ANSWER = {
    "nl": ("hoe ga ik om met een bze klnt", "hoe ga ik om met een boze klant"),
    "en": ("wat do i sy to a cstmr wh wts", "how do i deal with an angry customer"),
}


def _article_of(messages: list[dict]) -> str | None:
    return next(
        (str(m["custom"]["id"]) for m in messages if (m.get("custom") or {}).get("type") == "source"), None
    )


def test_the_channel_and_the_actions_name_the_edit_the_same() -> None:
    assert handlers.EDIT_OF == followup.EDIT_OF == "edit_of"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_an_edit_landing_on_its_originals_article_gets_the_card_not_a_follow_up(lang: str) -> None:
    typo, right = SAME_ARTICLE[lang]
    sender = new_sender(prefix="s60")
    first, events = edited_turn(typo, lang, [], sender, "tg:7:11")
    article = _article_of(first)
    assert article is not None, _texts(first)
    intro = t("followup_intro", lang, title="").split("“")[0]
    # the same words typed as a new message: a follow-up on that article (as before stop 60)
    control, _ = edited_turn(right, lang, events, sender, "tg:7:12")
    assert _article_of(control) == article
    # the edit of the original: the card again, as if the typo had not been sent
    answer, _ = edited_turn(right, lang, events, sender, "tg:7:11:u99", edit_of="tg:7:11")
    assert _article_of(answer) == article, _texts(answer)
    assert not any(x.startswith(intro) for x in _texts(answer)), _texts(answer)
    assert _texts(answer)[0] == _texts(first)[0]  # the card, as the original got it


def _gaps(question: str, sender: str) -> list[str]:
    store = InsightsStore(get_settings().app_db_url)
    return [g.reason for g in store.gaps() if g.question == question and g.asker == asker_key(sender)]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_gap_of_an_edited_original_is_deleted_and_others_stay(lang: str) -> None:
    typo, right = NO_ANSWER[lang]
    sender, other = new_sender(prefix="s60"), new_sender(prefix="s60")
    _, events = edited_turn(typo, lang, [], sender, "tg:7:21")
    _, others = edited_turn(typo, lang, [], other, "tg:8:21")
    assert _gaps(typo, sender) and _gaps(typo, other)
    # a new message (no edit) leaves the gap
    _, later = edited_turn(
        "bedankt", lang, events, sender, "tg:7:22", action=ActionKbFallback, intent="thanks"
    )
    assert _gaps(typo, sender)
    # the edit deletes it, for this sender only; the edit is answered
    answer, _ = edited_turn(right, lang, later, sender, "tg:7:21:u5", edit_of="tg:7:21")
    assert _article_of(answer) is not None, _texts(answer)
    assert _gaps(typo, sender) == [] and _gaps(typo, other)
    assert _gaps(right, sender) == []


def test_the_original_and_earlier_edits_are_left_out_and_nothing_else() -> None:
    events = [
        {"event": "user", "text": "a", "metadata": {"message_id": "tg:1:1"}},
        {"event": "bot", "text": "reply a"},
        {"event": "user", "text": "b", "metadata": {"message_id": "tg:1:2"}},
        {"event": "bot", "text": "reply b"},
        {"event": "slot", "name": "language", "value": "en"},
        {"event": "user", "text": "b2", "metadata": {"message_id": "tg:1:2:u7"}},
        {"event": "bot", "text": "reply b2"},
        {"event": "user", "text": "c", "metadata": {"message_id": "tg:1:20"}},
        {"event": "bot", "text": "reply c"},
        {"event": "user", "text": "b3", "metadata": {"message_id": "tg:1:2:u9", "edit_of": "tg:1:2"}},
    ]
    latest = {"text": "b3", "metadata": {"message_id": "tg:1:2:u9", "edit_of": "tg:1:2"}}
    tracker = Tracker("x", dict(SLOTS), latest, events, False, None, {}, "action_listen")
    found = followup.without_edited_original(tracker)
    assert found is not None
    kept, replaced = found
    assert [e.get("text") for e in kept] == ["a", "reply a", None, "c", "reply c", "b3"]
    assert [e["text"] for e in replaced] == ["b", "b2"]
    assert followup.times_sent(tracker) == 1 and not followup._sent_again(tracker)
    # no edit, or an edit_of not shaped as an id: nothing left out
    for metadata in ({"message_id": "tg:1:21"}, {"message_id": "tg:1:21", "edit_of": "bad id!"}):
        plain = Tracker("x", dict(SLOTS), {"text": "b", "metadata": metadata}, events, False, None, {}, "")
        assert followup.without_edited_original(plain) is None


def test_an_edit_into_the_message_before_is_no_send_again() -> None:
    events = [
        {"event": "user", "text": "hoe ga ik om met een boze klant", "metadata": {"message_id": "tg:1:1"}},
        {"event": "user", "text": "hoe ga ik om met een boze klant", "metadata": {"message_id": "tg:1:2"}},
        {"event": "user", "text": "iets anders", "metadata": {"message_id": "tg:1:3"}},
    ]
    meta = {"message_id": "tg:1:3:u4", "edit_of": "tg:1:3"}
    latest = {"text": "hoe ga ik om met een boze klant", "metadata": meta}
    tracker = Tracker("x", dict(SLOTS), latest, [*events, {"event": "user", **latest}], False, None, {}, "")
    followup.read_edit_as_replacement(tracker)
    assert followup.times_sent(tracker) == 1 and not followup._sent_again(tracker)


def test_forget_gaps_deletes_only_that_question_of_that_asker_since_then() -> None:
    store = InsightsStore(get_settings().app_db_url)
    me, you = asker_key("s60-me"), asker_key("s60-you")
    store.log_gap("s60 typo vraag", "nl", "no_answer", asker=me)
    store.log_gap("s60 typo vraag", "nl", "no_answer", asker=you)
    store.log_gap("s60 andere vraag", "nl", "unsure", asker=me)
    assert store.forget_gaps("s60 typo vraag", me, now() + timedelta(minutes=5)) == 0  # logged before
    assert store.forget_gaps("s60 typo vraag", me, now() - timedelta(minutes=5)) == 1
    left = [(g.question, g.asker) for g in store.gaps() if g.question.startswith("s60 ")]
    assert sorted(left) == sorted([("s60 typo vraag", you), ("s60 andere vraag", me)])
