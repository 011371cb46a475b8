"""Stop 59: edited Telegram messages end to end, as a user meets them: real Rasa and action
servers (the session's `stack`), the real python-telegram-bot Application, and the fake Bot
API, where the user edits a message they sent (`FakeTelegram.send_edit`: a real
`edited_message` update). Dutch and English.

What an edit gets (bot/channels/telegram/handlers.py `CoachBot.edited`):
- answered as a new message under an id of its own ("tg:<chat>:<message>:u<update>"): a
  typo'd question edited into a right one gets a real article for the edited words; the
  actions neither take it for a retry of the original (its answer and gaps are logged as its
  own) nor count it as the same question sent again;
- no reply to an edit that changes only case, spacing or the closing mark, to an edited
  command, to an edit of a message older than the user's last three typed ones;
- read against the screen its message was typed under: a typed pick ("1" edited into "2")
  picks from the buttons on screen then, not from the reply to the "1";
- only a note ("that answer stays") for an edit of a message typed under another self-check
  statement than the one on screen now (decided at stop 59): a typed answer "3" edited into
  "4" is not scored again, and not given to the next statement (before stop 59 it scored the
  next statement, unseen); a counted answer stays as it was. An answer the coach did not
  understand, with its statement still on screen, is answered when edited.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.i18n import t
from bot.storage.access import AccessStore
from bot.storage.insights import InsightsStore
from tests.e2e.telegram_steps import SOURCE, edit, exchange, gaps_for, member, said, sender, settle, typed
from tests.fakes.telegram import FakeTelegram, FakeUser
from tests.helpers import BotRunner, tracker_events, tracker_user_metadata

pytestmark = pytest.mark.e2e

SENT_AGAIN = {"nl": "Je stuurt dezelfde vraag", "en": "You've sent the same question"}
CHECK = {"nl": ("/zelftest", "Beloftes nakomen"), "en": ("/selfcheck", "Keeping promises")}
QUESTION_OF = {"nl": "vraag {n} van 7", "en": "question {n} of 7"}


def user_events(settings, user: FakeUser) -> int:
    return sum(1 for _, kind in tracker_events(settings, sender(settings, user)) if kind == "user")


def logged_answers(settings, question: str) -> int:
    return sum(1 for a in InsightsStore(settings.app_db_url).answers() if a.question == question)


def answers(settings, user: FakeUser) -> dict[str, int]:
    run = AccessStore(settings.app_db_url).repo.open_run(sender(settings, user))
    return dict(run.answers) if run is not None else {}


def no_reply(fake: FakeTelegram, bot: BotRunner, settings, user: FakeUser) -> Callable[[int, str], None]:
    """An edit that must get no reply and reach Rasa not at all."""

    def check(message_id: int, text: str) -> None:
        events = user_events(settings, user)
        assert edit(fake, bot, user, message_id, text) == [], text
        assert user_events(settings, user) == events, text

    return check


def noted(
    fake: FakeTelegram, bot: BotRunner, settings, user: FakeUser, lang: str
) -> Callable[[int, str], None]:
    """An edit of an answer already counted: only the note that it stays, and nothing reaches Rasa."""

    def check(message_id: int, text: str) -> None:
        events = user_events(settings, user)
        assert said(edit(fake, bot, user, message_id, text)) == t("edit_after_answer", lang), text
        assert user_events(settings, user) == events, text

    return check


# --- a typo'd question edited into a right one ----------------------------------------------

TYPOS = {
    "nl": ("hoe ga ik om met een bze klnt", "hoe ga ik om met een boze klant", "Omgaan met een boze klant",
           "wat als die klant dan ook nog gaat schelden"),
    # stop 60: "custmer complains abt waiting" is answered now (complaint handling); these typos are not
    "en": ("cstmr complnz abt waitng", "customer complains about waiting time",
           "Handling complaints and learning from them", "and what if the customer starts swearing at me"),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_typod_question_edited_into_a_right_one_gets_the_answer_to_the_edit(fake, settings, bot, lang):
    typo, right, title, again = TYPOS[lang]
    user = member(settings, language=lang)
    gaps_before = gaps_for(settings, typo)
    message_id, first = typed(fake, bot, user, typo)
    assert SOURCE[lang] not in said(first)  # no article for the typo'd words

    answer = edit(fake, bot, user, message_id, right)
    assert answer and answer[0].text.startswith(title), said(answer)
    assert SOURCE[lang] in said(answer) and SOURCE["en" if lang == "nl" else "nl"] not in said(answer)
    # its own message id, the edit's: no retry of the original
    ids = [m.get("message_id") for m in tracker_user_metadata(settings, sender(settings, user))][-2:]
    assert ids[0] == f"tg:{user.id}:{message_id}" and ids[1].startswith(f"{ids[0]}:u"), ids
    # its answer is logged as its own; the typo'd question's gap (a message of its own) stays
    logged = [a for a in InsightsStore(settings.app_db_url).answers() if a.question == right]
    assert len(logged) == 1 and logged[0].article_id
    assert len(gaps_for(settings, typo)) <= len(gaps_before) + 1
    assert gaps_for(settings, right) == []

    # editing again answers again (the latest edit's words)
    more = edit(fake, bot, user, message_id, again)
    assert more and SENT_AGAIN[lang] not in said(more)
    assert user_events(settings, user) == 3


# --- edits that get no reply ----------------------------------------------------------------

QUIET = {
    "nl": (["hoi", "wanneer mag ik pauze nemen", "hoe help ik een klant die verdwaald is", "bedankt"],
           "Bedankt!", "HOE HELP IK EEN KLANT DIE VERDWAALD IS?!", "wanneer mag ik  koffie drinken",
           "hoe help ik een toerist die verdwaald is"),
    "en": (["hi", "when can i take a break", "how do i help a customer who is lost", "thanks"],
           "Thanks!", "How do I help a customer who is lost ??", "when can i grab a coffee",
           "how do i help a tourist who is lost"),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_edits_that_change_nothing_or_are_commands_or_too_old_get_no_reply(fake, settings, bot, lang):
    texts, marks_only, case_only, too_old, fresh = QUIET[lang]
    user = member(settings, language=lang)
    command_id, _ = typed(fake, bot, user, "/help")
    ids = [typed(fake, bot, user, text)[0] for text in texts]
    quiet = no_reply(fake, bot, settings, user)
    quiet(ids[-1], marks_only)  # case and the closing mark only
    quiet(ids[-2], case_only)  # case, spacing and closing marks only
    quiet(ids[0], too_old)  # the fourth typed message back: older than the last three
    quiet(command_id, CHECK[lang][0])  # an edited command ("/help" -> "/zelftest")
    quiet(ids[-1], "/help")  # a message edited into a command
    # one of the last three, with new words: answered, as its own message
    answer = edit(fake, bot, user, ids[-2], fresh)
    assert answer and user_events(settings, user) == len(texts) + 2  # /help, the texts, the edit
    assert SENT_AGAIN[lang] not in said(answer)


# --- an edit while a self-check is open -------------------------------------------------------

SELF_CHECK = {
    "nl": ("hoe ga ik om met een boze klant", "eens", "oneens", "niet altijd", "5",
           "wat zeg ik tegen een klant die te lang wacht"),
    "en": ("how do i deal with an angry customer", "agree", "disagree", "not always", "5",
           "what do i say to a customer who waits too long"),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_an_edited_self_check_answer_is_not_scored_twice_nor_given_to_the_next_statement(
    fake, settings, bot, lang
) -> None:
    """Decided at stop 59: an edit of a message typed under a statement answered since gets only
    a note that the counted answer stays (a check is redone to change it); nothing is stored, and
    the next statement is not scored with a value the user gave to another one."""
    question, agree, disagree, unsure, five, other = SELF_CHECK[lang]
    command, title = CHECK[lang]
    user = member(settings, language=lang)
    before_check, _ = typed(fake, bot, user, question)
    listing = exchange(fake, bot, user, command)
    exchange(fake, bot, user, press=(listing[-1], listing[-1].button(title)))
    quiet = no_reply(fake, bot, settings, user)
    counted = noted(fake, bot, settings, user, lang)

    three, reply = typed(fake, bot, user, "3")
    assert QUESTION_OF[lang].format(n=2) in said(reply)
    counted(three, "4")
    assert answers(settings, user) == {"s1": 3}

    agreed, reply = typed(fake, bot, user, agree)
    assert QUESTION_OF[lang].format(n=3) in said(reply)
    counted(agreed, disagree)
    quiet(before_check, other)  # typed before the check began: no statement was on screen then
    assert answers(settings, user) == {"s1": 3, "s2": 4}

    # an answer not understood, its statement still on screen: the edit answers that statement
    unsure_id, reply = typed(fake, bot, user, unsure)
    assert QUESTION_OF[lang].format(n=3) in said(reply) and answers(settings, user) == {"s1": 3, "s2": 4}
    moved_on = edit(fake, bot, user, unsure_id, five)
    assert QUESTION_OF[lang].format(n=4) in said(moved_on)
    assert answers(settings, user) == {"s1": 3, "s2": 4, "s3": 5}
    counted(unsure_id, "1")  # and now that it counted, it is not changed


# --- picks, and an edit with a button tapped after it ---------------------------------------

PICKS = {
    "nl": ("Omgaan met een boze klant", "Als je het probleem zelf niet kunt oplossen",
           "hoe ga ik om met een bze klnt", "hoe zeg ik nee tegen een klant", "Vriendelijk nee zeggen"),
    "en": ("Handling an angry customer", "When you can't solve the problem yourself",
           "custmer complains abt waiting", "how do i say no to a customer", "Saying no"),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_an_edited_pick_picks_from_the_buttons_it_was_typed_under(fake, settings, bot, lang) -> None:
    first_title, second_title, typo, question, no_title = PICKS[lang]
    user = member(settings, language=lang)
    typed(fake, bot, user, "/start")  # the greeting's four topics
    one, reply = typed(fake, bot, user, "1")
    assert reply[0].text.startswith(first_title), said(reply)
    two = edit(fake, bot, user, one, "2")  # the second topic of the greeting, not of the article
    assert two and two[0].text.startswith(second_title), said(two)

    # a typed question, a button tapped under its reply, then the question edited
    asked, menu = typed(fake, bot, user, typo)
    offer = next(m for m in menu if m.buttons)
    tapped = exchange(fake, bot, user, press=(offer, offer.buttons[0]), until=lambda new: bool(new))
    assert SOURCE[lang] in said(tapped)
    settle(fake, bot)
    answer = edit(fake, bot, user, asked, question)
    assert answer and no_title.lower() in answer[0].text.lower(), said(answer)
    assert [b["text"] for b in fake.messages_to(user.id)[fake.messages_to(user.id).index(offer)].buttons] == [
        f"✓ {offer.buttons[0]['text'].removeprefix('✓ ')}"
    ]  # the tapped menu keeps its mark


# --- an edit is no re-send: the sent-again reply and its gap stay away -------------------------

RESENT = {
    "nl": ("hoe ga ik om met een boze klant", "hoe ga ik om met een boze klant die scheldt"),
    "en": ("how do i deal with an angry customer", "how do i deal with an angry customer who swears"),
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_an_edit_is_not_the_same_question_sent_again(fake, settings, bot, lang) -> None:
    """The question sent twice, then a third message edited into it: the edit is a message of
    its own after another, not the third send in a row (no "you've sent the same question",
    no not_helpful gap); and the edit of the second send into other words is answered."""
    question, longer = RESENT[lang]
    user = member(settings, language=lang)
    typed(fake, bot, user, question)
    second, again = typed(fake, bot, user, question)
    assert SENT_AGAIN[lang] not in said(again)
    third, _ = typed(fake, bot, user, longer)
    gaps = gaps_for(settings, question)
    logged = logged_answers(settings, question)
    answer = edit(fake, bot, user, third, question)
    assert answer and SENT_AGAIN[lang] not in said(answer), said(answer)
    assert SOURCE[lang] in said(answer)
    assert gaps_for(settings, question) == gaps
    assert logged_answers(settings, question) == logged + 1  # its answer logged as its own
    assert not [r for r in gaps_for(settings, longer) if r == "not_helpful"]
