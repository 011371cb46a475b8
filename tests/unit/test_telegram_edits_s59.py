"""Stop 59: an edited Telegram message is read against the screen its message was typed under
(bot/channels/telegram/handlers.py `CoachBot.edited`, `_remember_text`), by kind, against the
fake Bot API and a scripted Rasa (the end-to-end walk with the real servers:
tests/e2e/test_telegram_edits_s59.py).

1. An edit of a message typed under a self-check statement that has been answered since (or
   typed before the check, or before its result) reaches Rasa not at all: "3" edited into "4"
   scored the NEXT statement 4 (found end to end at stop 59). Look-alikes that are answered: an
   edit of a message typed under the statement still on screen (a question mid-check, an answer
   not understood), and edits with no self-check in play.
2. A typed pick edited into another pick picks from the buttons on screen when it was typed
   ("1" -> "2" under the greeting's topics gave the second related article of the reply to
   the "1"). Look-alikes: an edit into a question is sent as text; a pick typed under a later
   reply picks from that reply.
"""

from __future__ import annotations

import time
from contextlib import ExitStack

import pytest

from bot.channels.telegram import handlers
from bot.dialogue import payloads
from bot.i18n import t
from tests.fakes.telegram import FakeTelegram
from tests.unit.telegram_fixtures import Reply, joined_chat

SCALE = ["Helemaal oneens", "Oneens", "Neutraal", "Eens", "Helemaal eens"]


class SelfCheckScript:
    """A seven-statement check as the actions run it: "start" asks statement 1 with answer
    buttons bound to (run 1, statement); a message with "?" is a question (answered, then the
    statement again); anything else is an answer to the statement on screen (noted, then the
    next statement, or the result after the seventh)."""

    def __init__(self) -> None:
        self.position = 0  # 0: no check; 1..7 the statement on screen; 8 done
        self.scored: list[tuple[int, str]] = []

    def ask(self) -> dict:
        n = self.position
        buttons = [
            {"title": f"{v} · {label}", "payload": payloads.selfcheck_answer(v, 1, f"s{n}")}
            for v, label in enumerate(SCALE, 1)
        ]
        return {"text": f"vraag {n} van 7", "buttons": buttons}

    def __call__(self, message: str) -> list[dict]:
        if message == "start":
            self.position = 1
            return [self.ask()]
        if not 1 <= self.position <= 7 or "?" in message:
            return [{"text": f"ok: {message}"}, *([self.ask()] if 1 <= self.position <= 7 else [])]
        self.scored.append((self.position, message))
        self.position += 1
        note = {"custom": {"type": "selfcheck_answer", "outcome": "applied"}}
        if self.position > 7:
            return [note, {"custom": {"type": "selfcheck_result"}}, {"text": "Klaar!"}]
        return [note, self.ask()]


TOPICS = [("Omgaan met een boze klant", "angry-customer"), ("Een probleem dat ik niet kan oplossen",
          "problem-you-cannot-solve"), ("De servicepiramide", "pyramid")]  # fmt: skip
RELATED = [("Klachten afhandelen", "complaint-handling"), ("Een fout goedmaken", "service-recovery"),
           ("Herstellen na een lastig gesprek", "after-a-hard-conversation")]  # fmt: skip


def menu_script(message: str) -> list[dict]:
    """The greeting's topic menu for "menu"; an article with related buttons and 👍/👎 for an
    advice payload; "ok: ..." for anything else."""
    if message == "menu":
        return [{"text": "Waar kan ik je mee helpen?", "buttons": [
            {"title": title, "payload": payloads.advice(aid)} for title, aid in TOPICS]}]  # fmt: skip
    parsed = payloads.parse(message)
    if parsed is not None and parsed.intent == payloads.ASK_ADVICE:
        related = [{"title": title, "payload": payloads.advice(aid)} for title, aid in RELATED]
        rate = [{"title": "👍 Nuttig", "payload": payloads.feedback("up", "r1")},
                {"title": "👎 Niet nuttig", "payload": payloads.feedback("down", "r1")}]  # fmt: skip
        return [{"text": f"artikel {parsed.entity('article_id')}", "buttons": related},
                {"text": "Had je hier iets aan?", "buttons": rate}]  # fmt: skip
    return [{"text": f"ok: {message}"}]


@pytest.fixture()
def talk(tmp_path):
    """Start a bot against a ScriptedRasa: `talk(script)` -> (fake, rasa, user, runner), the user
    joined and greeted (tests/unit/telegram_fixtures.py `joined_chat`)."""
    with ExitStack() as started:

        def begin(script: Reply):
            fake, rasa, user, runner = started.enter_context(joined_chat(tmp_path, script))
            settle(runner, fake)
            return fake, rasa, user, runner

        yield begin


def settle(runner, fake: FakeTelegram) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not (fake.pending_updates() == 0 and runner.idle()):
        time.sleep(0.05)
    time.sleep(0.3)  # anything more would have been sent by now


def typed(fake: FakeTelegram, runner, user, text: str) -> int:
    fake.send_text(user, text)
    settle(runner, fake)
    return fake.last_sent(user)


def edit(fake: FakeTelegram, runner, user, message_id: int, text: str) -> None:
    fake.send_edit(user, message_id, text)
    settle(runner, fake)


# --- 1. self-check answers -----------------------------------------------------------------------

ANSWER_EDITS = [
    ("3", "4"),
    ("eens", "oneens"),
    ("4 · Eens", "2 · Oneens"),
    ("vier", "twee"),
    ("helemaal eens", "eens"),
    ("akkoord", "nie akkoord"),  # Flemish
    ("agree", "disagree"),
    ("ja hoor", "nee joh"),  # chat spelling
    ("5", "5 eigenlijk"),
]


@pytest.mark.parametrize(("answer", "edited"), ANSWER_EDITS)
def test_an_edited_answer_scores_no_statement_again(talk, answer, edited) -> None:
    script = SelfCheckScript()
    fake, rasa, user, runner = talk(script)
    before_check = typed(fake, runner, user, "hoe ga ik om met een boze klant")
    typed(fake, runner, user, "start")  # the script's check starts
    message_id = typed(fake, runner, user, answer)
    sent = len(rasa.messages)
    note = t("edit_after_answer", "nl")
    edit(fake, runner, user, message_id, edited)  # typed under statement 1; statement 2 on screen
    assert fake.messages_to(user.id)[-1].text == note  # the user is told why nothing changed
    edit(fake, runner, user, before_check, "wat zeg ik tegen een klant die 3 keer belt")  # before it
    assert [m.text for m in fake.messages_to(user.id)].count(note) == 1  # no note: typed before the check
    assert rasa.messages[sent:] == [] and script.position == 2
    assert len(script.scored) == 1 and script.scored[0][0] == 1


def test_edits_under_the_statement_still_on_screen_are_answered(talk) -> None:
    script = SelfCheckScript()
    fake, rasa, user, runner = talk(script)
    typed(fake, runner, user, "start")
    asked = typed(fake, runner, user, "wat bedoelen ze met termijn?")
    edit(fake, runner, user, asked, "wat bedoelen ze met een termijn noemen?")
    assert rasa.messages[-1] == "wat bedoelen ze met een termijn noemen?" and script.position == 1
    # an edit of the question into an answer answers the statement it was typed under
    edit(fake, runner, user, asked, "eens")
    assert script.scored == [(1, payloads.selfcheck_answer(4, 1, "s1"))] and script.position == 2


def test_after_the_result_edits_of_the_checks_answers_get_no_reply_and_later_ones_are_answered(talk):
    script = SelfCheckScript()
    fake, rasa, user, runner = talk(script)
    typed(fake, runner, user, "start")
    ids = [typed(fake, runner, user, str(v)) for v in (4, 4, 3, 5, 2, 1, 4)]
    assert script.position == 8
    sent = len(rasa.messages)
    edit(fake, runner, user, ids[-1], "5")  # the last answer, after the result
    assert rasa.messages[sent:] == []
    after = typed(fake, runner, user, "hoe zeg ik nee")
    edit(fake, runner, user, after, "hoe zeg ik nee tegen een vaste klant")
    assert rasa.messages[-1] == "hoe zeg ik nee tegen een vaste klant"


def test_no_self_check_in_play_edits_are_answered(talk) -> None:
    fake, rasa, user, runner = talk(lambda m: [{"text": f"ok: {m}"}])
    first = typed(fake, runner, user, "hoe ga ik om met een bze klnt")
    edit(fake, runner, user, first, "hoe ga ik om met een boze klant")
    assert rasa.messages[-1] == "hoe ga ik om met een boze klant"


# --- 2. picks --------------------------------------------------------------------------------------

PICK_EDITS = [
    ("1", "2"),
    ("1", "nummer 2"),
    ("de eerste", "de tweede"),
    ("da eerste", "da tweede"),  # Flemish
    ("the first one", "the second one"),
    ("1e", "2e"),
    ("boze klant", "Een probleem dat ik niet kan oplossen"),
    ("1", "nr 2 graag"),
]


@pytest.mark.parametrize(("pick", "edited"), PICK_EDITS)
def test_an_edited_pick_picks_from_the_menu_it_was_typed_under(talk, pick, edited) -> None:
    fake, rasa, user, runner = talk(menu_script)
    typed(fake, runner, user, "menu")
    message_id = typed(fake, runner, user, pick)
    assert rasa.messages[-1] == payloads.advice("angry-customer")
    edit(fake, runner, user, message_id, edited)
    assert rasa.messages[-1] == payloads.advice("problem-you-cannot-solve")  # not "service-recovery"


def test_look_alikes_of_an_edited_pick(talk) -> None:
    fake, rasa, user, runner = talk(menu_script)
    typed(fake, runner, user, "menu")
    message_id = typed(fake, runner, user, "1")
    # an edit into a question: sent as text
    edit(fake, runner, user, message_id, "hoe zeg ik nee tegen een klant")
    assert rasa.messages[-1] == "hoe zeg ik nee tegen een klant"
    # a pick typed under the article's reply picks from that reply, and so does its edit
    typed(fake, runner, user, "menu")
    typed(fake, runner, user, "1")
    later = typed(fake, runner, user, "2")
    assert rasa.messages[-1] == payloads.advice("service-recovery")
    edit(fake, runner, user, later, "3")
    assert rasa.messages[-1] == payloads.advice("after-a-hard-conversation")


def test_the_screens_kept_follow_the_last_typed_messages() -> None:
    from types import SimpleNamespace

    context = SimpleNamespace(chat_data={handlers.KEYBOARDS_KEY: [[1, "menu", [["a", "/x"]]]]})
    for n in range(1, 7):
        handlers._remember_text(context, n, f"bericht {n}")
    assert sorted(context.chat_data[handlers._SCREENS_KEY]) == ["4", "5", "6"]
    context.chat_data[handlers.KEYBOARDS_KEY][0][2].append(["b", "/y"])  # a later reply's change
    assert context.chat_data[handlers._SCREENS_KEY]["6"] == [None, [[1, "menu", [["a", "/x"]]]]]
