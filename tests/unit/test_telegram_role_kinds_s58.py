"""Stop 58: Telegram's edited messages, and what a manager is told, by kind.

1. An edited typed message (`edited_message`) is answered as a new message, under an id of its own
   ("tg:<chat>:<message>:u<update>"), so the actions neither take it for a retry of the original
   nor count it as "sent again" by its id; editing again answers again. No reply to an edit of a
   message older than the last EDITS_ANSWERED typed ones, to one that changes only case, spacing
   or a closing mark, or to an edited command (bot/channels/telegram/handlers.py `edited`).
2. The standard topics after a refusal follow the stored role: a manager is offered coaching the
   team, not the employee topics (actions/knowledge.py `topic_buttons`, `standard_topics`).
3. A leader asking about their staff's pay, leave, expenses, contract or gifts gets the topic's
   `where_manager` line (payroll or HR and what to check), not "ask your manager"
   (knowledge/referrals.yml, bot/content/referrals.py `for_the_asker`, bot/engine/decision.py).
4. `colleague_unwell` (someone unwell who wants to go home) comes without a menu of service
   topics, as `unwell`; the plain work matters (sick, absence, pay...) keep theirs.
5. The coach's help ends per channel: the terminal and Telegram point to their /help list, except
   right after Telegram's /help listed the commands (metadata `commands_listed`); i18n keys that
   nothing uses are gone.
"""

from __future__ import annotations

import re
import subprocess
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from telegram import Chat, Message, Update, User

from actions import knowledge as kb
from actions.help import COMMANDS_LISTED, help_lines
from bot.channels.telegram import handlers
from bot.channels.telegram.handlers import (
    EDITS_ANSWERED,
    _remember_text,
    _same_words,
    update_message_id,
)
from bot.content.articles import load_articles
from bot.content.referrals import ReferralError, leads_a_team, load_referrals, parse_referrals
from bot.dialogue.metadata import message_id_of
from bot.engine.decision import decide
from bot.i18n import LANGUAGES, MANAGER_TOPIC_IDS, TEXTS, TOPIC_IDS, t
from tests.fakes.telegram import FakeTelegram
from tests.unit.telegram_fixtures import ScriptedRasa, joined_chat

ROOT = Path(__file__).resolve().parents[2]
KNOWLEDGE = ROOT / "knowledge"
REFERRALS = load_referrals(KNOWLEDGE)
BY_ID = {r.id: r for r in REFERRALS}


# --- 1. edited messages -------------------------------------------------------------------------


def edit(fake: FakeTelegram, user, message_id: int, text: str) -> int:
    entities = (
        [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}] if text[0] == "/" else []
    )
    return fake.send_update({"edited_message": {
        "message_id": message_id, "date": int(time.time()) - 5, "edit_date": int(time.time()),
        "chat": {"id": user.id, "type": "private", "first_name": user.first_name},
        "from": user.as_dict(), "text": text, **({"entities": entities} if entities else {}),
    }})  # fmt: skip


@pytest.fixture()
def chat(tmp_path):
    """(fake Telegram, fake Rasa, a member, runner) with the member joined and greeted; the fake
    Rasa answers "ok: <message>" (tests/unit/telegram_fixtures.py)."""
    with joined_chat(tmp_path) as joined:
        yield joined


def settle(runner, rasa: ScriptedRasa, count: int) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not (len(rasa.bodies) >= count and runner.idle()):
        time.sleep(0.05)
    time.sleep(0.3)  # anything more would have been sent by now


EDITS = [
    ("hoe ga ik om met een boze klant", "hoe ga ik om met een boze klant die blijft schreeuwen"),
    ("how do i say no to a customer", "how do i say no nicely to a regular customer"),
    ("wa zeg ik tegen ne klant die te laat is", "wa zeg ik tegen ne klant die een uur te laat is"),
    ("klant wil korting", "klant wil korting want de doos was kapot"),
]


@pytest.mark.parametrize(("first", "edited"), EDITS)
def test_an_edit_is_answered_as_a_new_message_with_an_id_of_its_own(chat, first, edited) -> None:
    fake, rasa, user, runner = chat
    start = len(rasa.bodies)
    fake.send_text(user, first)
    settle(runner, rasa, start + 1)
    message_id = int(rasa.bodies[-1]["metadata"]["message_id"].split(":")[2])
    edit(fake, user, message_id, edited)
    settle(runner, rasa, start + 2)
    assert rasa.texts()[start:] == [first, edited]
    ids = [b["metadata"]["message_id"] for b in rasa.bodies[start:]]
    assert ids[0] == f"tg:{user.id}:{message_id}" and ids[1].startswith(f"{ids[0]}:u") and ids[0] != ids[1]
    assert all(message_id_of(b["metadata"]) == b["metadata"]["message_id"] for b in rasa.bodies[start:])
    assert any(m.text == f"ok: {edited}" for m in fake.messages_to(user.id))
    # editing again answers again, under another id
    edit(fake, user, message_id, edited + " en nu?")
    settle(runner, rasa, start + 3)
    assert rasa.texts()[start:] == [first, edited, edited + " en nu?"]
    assert len({b["metadata"]["message_id"] for b in rasa.bodies[start:]}) == 3


def test_edits_that_change_nothing_that_matters_or_come_too_late_get_no_reply(chat) -> None:
    fake, rasa, user, runner = chat
    start = len(rasa.bodies)
    texts = ["wanneer mag ik pauze nemen", "hoe help ik een klant", "wat zeg ik dan", "oké, en daarna?"]
    for n, text in enumerate(texts, 1):
        fake.send_text(user, text)
        settle(runner, rasa, start + n)
    ids = [int(b["metadata"]["message_id"].split(":")[2]) for b in rasa.bodies[start:]]
    assert len(ids) == len(texts) > EDITS_ANSWERED
    edit(fake, user, ids[-1], "Oké,  en daarna")  # case, spacing and the closing mark only
    edit(fake, user, ids[-2], "WAT ZEG IK DAN?!")
    edit(fake, user, ids[0], "wanneer mag ik koffie drinken")  # older than the last three
    edit(fake, user, 999_999, "een bericht dat ik nooit zag")  # unknown (before a restart)
    edit(fake, user, ids[-1], "/help")  # an edit into a command
    settle(runner, rasa, start + len(texts))
    assert rasa.texts()[start:] == texts
    # one of the last three, with new words: answered
    edit(fake, user, ids[1], "hoe help ik een klant die verdwaald is")
    settle(runner, rasa, start + len(texts) + 1)
    assert rasa.texts()[-1] == "hoe help ik een klant die verdwaald is"


def _update(update_id: int, *, edited: bool) -> Update:
    message = Message(45, None, Chat(7, "private"), from_user=User(7, "a", False), text="hoi")
    return Update(update_id, **({"edited_message": message} if edited else {"message": message}))


def test_the_edit_id_differs_from_the_message_id_and_stays_the_same_when_redelivered() -> None:
    original, first_edit, again, second_edit = (
        update_message_id(_update(10, edited=False)),
        update_message_id(_update(11, edited=True)),
        update_message_id(_update(11, edited=True)),  # Telegram redelivers the same edit
        update_message_id(_update(12, edited=True)),
    )
    assert original == "tg:7:45"
    assert first_edit == again == "tg:7:45:u11" and second_edit == "tg:7:45:u12"
    assert all(message_id_of({"message_id": i}) == i for i in (original, first_edit, second_edit))


@pytest.mark.parametrize(
    ("before", "after", "same"),
    [
        ("hoe zeg ik nee?", "Hoe zeg ik nee", True),
        ("how do I   say no", "how do i say no!!", True),
        ("klant is boos.", "klant is boos", True),
        ("klant is boos", "klant is niet boos", False),
        ("how do i say no", "how do i say yes", False),
        ("loon", "loon gestort?", False),
    ],
)
def test_an_edit_that_changes_only_case_spacing_or_marks_is_the_same_words(before, after, same) -> None:
    assert _same_words(before, after) is same


def test_only_the_last_typed_messages_are_kept_for_an_edit() -> None:
    context = SimpleNamespace(chat_data={})
    for n in range(1, 7):
        _remember_text(context, n, f"bericht {n}")
    assert [mid for mid, _ in context.chat_data[handlers._RECENT_KEY]] == [4, 5, 6]
    _remember_text(SimpleNamespace(chat_data=None), 1, "x")  # no chat data: nothing kept, no error


# --- 2. the standard topics follow the stored role ----------------------------------------------


@pytest.fixture(scope="module")
def shelf() -> SimpleNamespace:
    articles, _ = load_articles(KNOWLEDGE)
    return SimpleNamespace(index=SimpleNamespace(articles={(a.id, a.lang): a for a in articles}))


def _ids(buttons: list[dict]) -> list[str]:
    return [re.search(r'"article_id":\s*"([^"]+)"', b["payload"]).group(1) for b in buttons]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("role", ["manager", "admin"])
def test_a_manager_is_offered_coaching_the_team(shelf, lang, role) -> None:
    shown = _ids(kb.topic_buttons(lang, shelf, role=role))
    assert shown == list(MANAGER_TOPIC_IDS)
    assert not set(shown) & set(TOPIC_IDS)
    audiences = {shelf.index.articles[(aid, lang)].audience for aid in shown}
    assert audiences == {"manager"}
    # the nearest articles still come first, then the manager topics, at most five
    nearest = kb.topic_buttons(lang, shelf, ["angry-customer"], role=role)
    assert _ids(nearest) == ["angry-customer", *MANAGER_TOPIC_IDS][: kb.TOPIC_BUTTONS_MAX]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("role", ["employee", None, "", "stranger"])
def test_an_employee_or_unknown_role_keeps_the_employee_topics(shelf, lang, role) -> None:
    assert _ids(kb.topic_buttons(lang, shelf, role=role)) == list(TOPIC_IDS)
    assert _ids(kb.topic_buttons(lang, shelf)) == list(TOPIC_IDS)  # no role given: as before


def test_every_manager_topic_exists_in_both_languages(shelf) -> None:
    for aid in MANAGER_TOPIC_IDS:
        for lang in LANGUAGES:
            assert (aid, lang) in shelf.index.articles, (aid, lang)


# --- 3. a leader's work matter: the `where_manager` line ----------------------------------------

LEADERS_ASKING = [
    # (message, topic)
    ("mijn medewerker vraagt wanneer het loon wordt gestort, wat zeg ik", "pay"),
    ("one of my team asks about overtime pay", "pay"),
    ("mn medewerker vraagt wanneer het loon gestort wordt", "pay"),
    ("een van mijn mensen vraagt of zijn overuren worden uitbetaald", "pay"),
    ("iemand uit mijn team zegt dat zijn loonstrook niet klopt", "pay"),
    ("my cashier says her payslip is wrong, what do i tell her", "pay"),
    ("as a manager, who do I send payslip questions to?", "pay"),
    ("mijn medewerker wil verlof aanvragen voor drie weken, mag dat", "leave"),
    ("one of my team wants annual leave in december", "leave"),
    ("mijn medewerker vraagt hoe hij een declaratie indient", "expenses"),
    ("een medewerker wil zijn reiskosten declareren, hoe gaat dat", "expenses"),
    ("my team member asks how to claim expenses", "expenses"),
    ("my employee wants to work from home two days, what's the policy", "employment"),
    ("mijn medewerker vraagt of hij een opleiding vergoed krijgt", "employment"),
    # a leader's own matter: the line fits it too
    ("ik ben teamleider, wanneer krijg ik mijn vakantiegeld", "pay"),
    ("my staff ask if they may accept tips from customers", "gifts"),
]
EMPLOYEES_ASKING = [
    # look-alikes: the asker's own pay, a colleague's, a manager named as the asker's boss
    ("wanneer wordt mijn loon gestort", "pay"),
    ("mijn loonstrook klopt niet", "pay"),
    ("when do we get paid this month", "pay"),
    ("een collega vraagt wanneer het loon komt, wat zeg ik", "pay"),
    ("my manager says my overtime isn't paid", "pay"),
    ("hoeveel vakantiedagen heb ik nog", "leave"),
]


@pytest.mark.parametrize(("text", "topic"), LEADERS_ASKING)
def test_a_leader_asking_for_their_staff_gets_the_managers_line(text, topic) -> None:
    assert leads_a_team(text), text
    decision = decide(text, [], referrals=REFERRALS)
    assert decision.referral is not None and decision.referral.id == topic, text
    for lang in LANGUAGES:
        said = decision.referral.where[lang]
        assert said == BY_ID[topic].where_manager[lang] != BY_ID[topic].where[lang]
        assert not re.search(r"je leidinggevende|your manager", said), said


@pytest.mark.parametrize(("text", "topic"), EMPLOYEES_ASKING)
def test_an_employee_asking_keeps_the_employee_line(text, topic) -> None:
    assert not leads_a_team(text), text
    decision = decide(text, [], referrals=REFERRALS)
    assert decision.referral is not None and decision.referral.id == topic, text
    assert decision.referral.where == BY_ID[topic].where


def test_the_manager_lines_are_there_and_for_a_leader_by_role_too() -> None:
    with_line = sorted(r.id for r in REFERRALS if r.where_manager)
    assert with_line == [
        "colleague_theft", "colleague_unwell", "employment", "expenses", "gifts", "leave", "pay",
    ]  # fmt: skip
    for topic in REFERRALS:
        leader = topic.for_a_leader()
        assert leader.where == (topic.where_manager or topic.where) and leader.id == topic.id
    assert BY_ID["it"].for_the_asker("mijn medewerker kan niet inloggen") == BY_ID["it"]  # no line: as is


def test_where_manager_needs_both_languages() -> None:
    base = "version: 1\ntopics:\n  - id: pay\n    words: {nl: [loon], en: [pay]}\n    where: {nl: a, en: b}\n"
    parsed = parse_referrals(base + "    where_manager: {nl: c, en: d}\n")
    assert parsed[0].where_manager == {"nl": "c", "en": "d"}
    assert parse_referrals(base)[0].where_manager == {}
    for bad in ("{nl: c}", "{nl: c, en: ''}", "tekst", "{nl: c, en: [d]}"):
        with pytest.raises(ReferralError) as caught:
            parse_referrals(base + f"    where_manager: {bad}\n")
        assert any("`where_manager` needs a sentence" in m for _, m in caught.value.problems), bad


# --- 4. someone unwell who wants to go home: no menu --------------------------------------------

COLLEAGUE_UNWELL = [
    "mijn collega voelt zich niet goed en wil naar huis",
    "collega voelt zich niet lekker, mag ze naar huis gaan?",
    "mn collega voelt zich ni goed en wil naar huis",
    "my colleague feels unwell and wants to go home",
    "a colleague is not feeling well and wants to go home early",
]


@pytest.mark.parametrize("text", COLLEAGUE_UNWELL)
def test_a_colleague_unwell_gets_no_menu(text) -> None:
    decision = decide(text, [], referrals=REFERRALS)
    assert decision.referral is not None and decision.referral.id == "colleague_unwell", text
    assert not decision.referral.menu


@pytest.mark.parametrize(
    ("text", "topic"),
    [("ik ben ziek, bij wie meld ik me af", "sick"), ("mijn loonstrook klopt niet", "pay"),
     ("hoeveel vakantiedagen heb ik nog", "leave"), ("my password doesn't work", "it")],
)  # fmt: skip
def test_plain_work_matters_keep_their_menu(text, topic) -> None:
    decision = decide(text, [], referrals=REFERRALS)
    assert decision.referral is not None and decision.referral.id == topic and decision.referral.menu


# --- 5. help per channel, and no unused texts ---------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_help_ends_per_channel(lang) -> None:
    terminal = help_lines(lang, "employee", None, "terminal")
    assert terminal[-1] == t("help_terminal", lang) and "/help" in terminal[-1] and "/quit" in terminal[-1]
    typed = help_lines(lang, "employee", None, "telegram")
    assert typed[-1] == t("help_telegram", lang) and "/help" in typed[-1]
    after_help = help_lines(lang, "manager", None, "telegram", commands_listed=True)
    assert after_help[-1] == t("help_telegram_buttons", lang) and "/help" not in "\n".join(after_help)
    for other in ("", "rest", "socketio"):  # another client's commands are not the coach's
        lines = help_lines(lang, "employee", None, other)
        assert "/help" not in "\n".join(lines) and lines[-1] == t("help_language", lang)


def test_telegrams_help_tells_the_action_the_commands_are_listed(chat) -> None:
    fake, rasa, user, runner = chat
    start = len(rasa.bodies)
    fake.send_text(user, "/help")
    fake.send_text(user, "wat kun je allemaal")
    settle(runner, rasa, start + 2)
    listed = [b["metadata"].get(COMMANDS_LISTED) for b in rasa.bodies[start:]]
    assert listed == [True, None]


@pytest.mark.parametrize(
    "key", ["chart_axis", "commands", "unsure_prefix", "sc_continue", "reload_not_published"]
)
def test_unused_texts_are_gone(key) -> None:
    assert key not in TEXTS


# keys built from a prefix or suffix in the code (t(f"report_{key}"), t(f"{key}_name"), ...)
_BUILT = re.compile(r"^(report_|beyond_|language_name_|role_name_|nice_to_meet)")


def test_every_text_is_used_somewhere() -> None:
    files = subprocess.run(
        ["git", "ls-files", "*.py", "*.yml", "*.md"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    code = "\n".join(
        (ROOT / f).read_text(encoding="utf-8") for f in files if f != "bot/i18n.py" and (ROOT / f).is_file()
    )
    own = (ROOT / "bot" / "i18n.py").read_text(encoding="utf-8")
    unused = [
        key
        for key in TEXTS
        if not _BUILT.match(key)
        and f'"{key}"' not in code
        and f"'{key}'" not in code
        and own.count(f'"{key}"') < 2  # used by a helper in bot/i18n.py itself ("and_join")
    ]
    assert unused == []


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("mijn medewerker vraagt wanneer het loon wordt gestort, wat zeg ik", "nl"),
        ("one of my team asks about overtime pay", "en"),
    ],
)
def test_the_coach_says_the_managers_line(text, lang) -> None:
    """The real advice action on the real index: the decision's line is what the user reads."""
    from actions.advice import ActionAnswerAdvice
    from tests.unit.action_helpers import run_text as run

    said = "\n".join(str(m.get("text") or "") for m in run(ActionAnswerAdvice(), text, "ask_advice", lang))
    assert BY_ID["pay"].where_manager[lang] in said and BY_ID["pay"].where[lang] not in said
