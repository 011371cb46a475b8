"""Tester round of stop 57 over Telegram (fake Bot API): picking from the coach's latest reply
by typing, /restart and /help, and a second "Ja, wis alles".

1. After an overview (its numbered list, a button per item, then 👍/👎) a typed "3", "nummer
   3", "de derde", "principe 3", "shift 5", "the third one" picks that item
   (bot/dialogue/choices.py `pick`, `place_target`, `by_numbered_concept`); the terminal does
   the same (bot/channels/terminal/render.py `resolve_choice`).
2. Flemish and chat ordinals ("da eerste", "d'n eerste", "de 1e", "the 1st") pick from the latest
   keyboard, also after an answer with topic buttons and 👍/👎.
3. A tap whose reply has no buttons (👍 on an older answer) keeps the keyboards on screen
   (bot/channels/telegram/handlers.py `_remember_keyboards`).
4. /restart is a command, in the menu in both languages; /help lists the commands.
5. A second "Ja, wis alles" gets "al gedaan", not the newcomer's text."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from telegram import CallbackQuery, Chat, InlineKeyboardButton, InlineKeyboardMarkup, Message, User

from bot.channels.telegram.app import COMMANDS
from bot.channels.telegram.callback_data import local
from bot.channels.telegram.handlers import (
    DONE,
    KEYBOARDS_KEY,
    _forget_tap,
    _remember_keyboards,
    _replaced,
    command_lines,
    latest_keyboards,
)
from bot.channels.terminal.render import render, resolve_choice
from bot.dialogue import payloads
from bot.dialogue.choices import by_numbered_concept, by_place, pick, place_target
from bot.i18n import LANGUAGES, t
from bot.settings import Settings
from tests.fakes.telegram import FakeTelegram
from tests.helpers import TOKEN, bot_settings, free_port, new_user, start_bot

PRINCIPLES = [
    ("Van buiten naar binnen", "principle-outside-in"),
    ("Klantintimiteit", "principle-customer-intimacy"),
    ("Mensen maken het verschil", "principle-people"),
    ("Evenwichtige aandacht", "principle-symmetric-attention"),
    ("De geïntegreerde aanpak", "principle-integrated-approach"),
    ("Technologie benutten", "principle-technology"),
    ("Waarde voor belanghebbenden", "principle-stakeholder-value"),
]
SHIFT_IDS = [
    "shift-emotion", "shift-relationships", "shift-business-case", "shift-higher-purpose", "shift-trust",
    "shift-engagement", "shift-listening", "shift-innovation", "shift-customer-journeys", "shift-partners",
]  # fmt: skip
SHIFTS = [(f"Shift titel {n}", aid) for n, aid in enumerate(SHIFT_IDS, 1)]


def overview(items: list[tuple[str, str]], buttons: list[tuple[str, str]] | None = None) -> tuple:
    """An overview's answer card as a keyboard: its numbered list and a button per item."""
    listed = "\n".join(f"{n}. {title}" for n, (title, _) in enumerate(items, 1))
    head = f"Alle {len(items)} op een rij (kies er een voor meer):"
    text = f"De zeven principes\n\nSamenvatting.\n\n{head}\n{listed}"
    shown = items if buttons is None else buttons
    return text, [(title, payloads.advice(aid)) for title, aid in shown]


FEEDBACK = ("Had je hier iets aan?", [("👍 Nuttig", payloads.feedback("up", "ref1")),
                                      ("👎 Niet nuttig", payloads.feedback("down", "ref1"))])  # fmt: skip
SCALE = [(f"{v} · label", payloads.selfcheck_answer(v, 1, "s3")) for v in range(1, 6)]
CONTINUE = ("Verder met vraag 3 van 7?", SCALE)
OFFER = ("Gaat het hierover?", [
    ("Beloftes nakomen", payloads.advice("pyramid-promise", ref="o1")),
    ("Van transactie naar relatie", payloads.advice("shift-relationships", ref="o1")),
    ("Leiderschap", payloads.advice("culture-leadership", ref="o1")),
])  # fmt: skip
ANSWER = ("Omgaan met een boze klant\n\nTips...", [
    ("Klachten goed oplossen", payloads.advice("pyramid-complaints")),
    ("Emoties van klanten", payloads.advice("shift-emotion")),
])  # fmt: skip


def advice(aid: str) -> str:
    return payloads.advice(aid)


# --- 1. a place or a concept's number after an overview --------------------------------------

PICKS_AFTER_PRINCIPLES = [
    ("3", 3), ("3.", 3), ("nummer 3", 3), ("nr 3", 3), ("#3", 3), ("de derde", 3), ("derde", 3),
    ("3e", 3), ("de 3de", 3), ("principe 3", 3), ("Principe 3!", 3), ("het derde principe", 3),
    ("principe nummer 3", 3), ("principle 3", 3), ("the third one", 3), ("third", 3), ("the 3rd", 3),
    ("doe maar de derde", 3), ("de zevende", 7), ("7", 7), ("1", 1), ("da eerste", 1), ("de laatste", 7),
    ("nummer drie", 3), ("principe drie", 3),
]  # fmt: skip


@pytest.mark.parametrize(("typed", "place"), PICKS_AFTER_PRINCIPLES)
def test_after_an_overview_a_place_or_its_number_picks_that_item(typed: str, place: int) -> None:
    keyboards = [overview(PRINCIPLES), FEEDBACK]
    assert pick(typed, keyboards) == advice(PRINCIPLES[place - 1][1])


PICKS_AFTER_SHIFTS = [
    ("shift 5", 5), ("paradigmashift 5", 5), ("paradigma shift 5", 5), ("paradigma-shift 5", 5),
    ("Shift 10", 10), ("de tiende", 10), ("10", 10), ("the 10th", 10), ("de vijfde shift", 5),
    ("shift vijf", 5), ("paradigm shift 5", 5), ("de 8ste", 8), ("nummer 9", 9),
]  # fmt: skip


@pytest.mark.parametrize(("typed", "place"), PICKS_AFTER_SHIFTS)
def test_after_the_shifts_overview_a_shift_by_number_is_picked(typed: str, place: int) -> None:
    keyboards = [overview(SHIFTS), FEEDBACK]
    assert pick(typed, keyboards) == advice(SHIFTS[place - 1][1])


@pytest.mark.parametrize(
    "typed",
    ["8", "0", "wat is principe 3", "principe 3 uitleggen", "hoe werkt principe 3 in de praktijk",
     "shift 5", "paradigmashift 5", "ik heb 3 klanten", "3 klanten", "2 en 3", "de derde keer al",
     "is da de eerste stap", "da's de eerste keer", "principe 3 en 4", "level 3"],
)  # fmt: skip
def test_a_question_or_another_concept_after_the_principles_picks_nothing(typed: str) -> None:
    """"shift 5" names no principle (it goes to the coach, which answers it from the glossary)."""
    assert pick(typed, [overview(PRINCIPLES), FEEDBACK]) is None


def test_a_number_follows_the_list_when_an_item_has_no_button() -> None:
    """An employee is not shown a button to a manager article: the list's "5." stays 5."""
    buttons = [item for item in PRINCIPLES if item[1] != "principle-people"]
    keyboards = [overview(PRINCIPLES, buttons), FEEDBACK]
    assert pick("5", keyboards) == advice(PRINCIPLES[4][1])
    assert pick("de vierde", keyboards) == advice(PRINCIPLES[3][1])
    assert pick("3", keyboards) is None  # listed, but no button to tap
    assert pick("principe 3", keyboards) is None


def test_the_latest_numbered_list_is_the_one_meant() -> None:
    keyboards = [overview(PRINCIPLES), overview(SHIFTS), FEEDBACK]
    assert pick("2", keyboards) == advice(SHIFTS[1][1])
    assert pick("principe 2", keyboards) == advice(PRINCIPLES[1][1])  # a concept names its own


def test_the_terminal_picks_a_concept_and_a_place_in_words_too() -> None:
    text, buttons = overview(PRINCIPLES)
    shown = render(as_replies((text, buttons), FEEDBACK))
    typed_places = [("principe 3", 3), ("3", 3), ("de derde", 3), ("da eerste", 1), ("the third one", 3)]
    for typed, place in typed_places:
        assert resolve_choice(typed, shown.choices) == advice(PRINCIPLES[place - 1][1]), typed
    assert resolve_choice("9", shown.choices) == "9"  # past the list: 👍/👎 are a) and b) (stop 59)
    assert resolve_choice("b", shown.choices) == payloads.feedback("down", "ref1")  # its key on screen
    assert resolve_choice("wat is principe 3", shown.choices) == "wat is principe 3"
    text, buttons = overview(SHIFTS)
    shifts = render(as_replies((text, buttons))).choices
    for typed in ("shift 5", "paradigmashift 5", "de vijfde"):
        assert resolve_choice(typed, shifts) == advice(SHIFTS[4][1]), typed


def test_a_concept_is_picked_only_by_its_own_article() -> None:
    choices = OFFER[1]
    assert by_numbered_concept("shift 2", choices) == choices[1][1]  # shift-relationships is on screen
    assert by_numbered_concept("shift 3", choices) is None
    assert by_numbered_concept("principe 1", choices) is None


# --- 2. Flemish and chat ordinals -----------------------------------------------------------

ORDINALS = [
    ("da eerste", 1), ("den eerste", 1), ("t eerste", 1), ("'t eerste", 1), ("de 1e", 1), ("eerste", 1),
    ("nummer 1", 1), ("the 1st", 1), ("d'n eerste", 1), ("dn 2de", 2), ("da tweede", 2), ("de 2e aub", 2),
    ("allez, da derde", 3), ("den twidde", None), ("da eerste hé", 1), ("1ste", 1), ("de 1ste", 1),
    ("the 1st one", 1), ("number one", 1), ("nr. 2", 2), ("Da Eerste!", 1), ("ja da eerste", 1),
]  # fmt: skip


@pytest.mark.parametrize(("typed", "place"), ORDINALS)
def test_flemish_and_chat_ordinals_pick_from_an_offer(typed: str, place: int | None) -> None:
    expected = OFFER[1][place - 1][1] if place else None
    assert pick(typed, [OFFER]) == expected
    assert resolve_choice(typed, OFFER[1]) == (expected or typed)  # the terminal


@pytest.mark.parametrize(("typed", "place"), [("de eerste", 1), ("da eerste", 1), ("2", 2), ("de tweede", 2),
                                               ("the second one", 2), ("nummer 1", 1)])  # fmt: skip
def test_after_an_answer_a_place_picks_its_topic_not_the_rating(typed: str, place: int) -> None:
    assert pick(typed, [ANSWER, FEEDBACK]) == ANSWER[1][place - 1][1]


def test_no_place_is_picked_where_it_could_mean_two_things_or_a_score() -> None:
    assert pick("de eerste", [FEEDBACK]) is None  # a rating is never picked by a place
    assert pick("1", [FEEDBACK]) is None
    assert place_target([ANSWER, OFFER, FEEDBACK]) is None  # two menus, neither numbered
    assert pick("2", [ANSWER, FEEDBACK, CONTINUE]) is None  # "2" is the score, read by the action
    assert pick("de tweede", [ANSWER, FEEDBACK, CONTINUE]) is None
    assert by_place("2", []) is None
    assert pick("👍 Nuttig", [ANSWER, FEEDBACK]) == FEEDBACK[1][0][1]  # a title still picks its button


# --- 3. a tap keeps the keyboards on screen --------------------------------------------------


def context(kept: list | None = None) -> SimpleNamespace:
    return SimpleNamespace(chat_data={} if kept is None else {KEYBOARDS_KEY: kept})


def as_replies(*keyboards: tuple) -> list[dict]:
    return [{"text": text, "buttons": [{"title": a, "payload": b} for a, b in bs]} for text, bs in keyboards]


def test_a_tap_whose_reply_has_no_buttons_keeps_the_keyboards_on_screen() -> None:
    ctx = context()
    _remember_keyboards(ctx, [*as_replies(ANSWER, FEEDBACK), {"text": "geen knoppen"}], [11, 12], None)
    assert latest_keyboards(ctx) == [ANSWER, FEEDBACK]
    _remember_keyboards(ctx, [{"text": "Fijn dat het hielp!"}], [], tapped=12)  # 👍 tapped
    assert latest_keyboards(ctx) == [ANSWER]
    assert pick("de eerste", latest_keyboards(ctx)) == ANSWER[1][0][1]
    _remember_keyboards(ctx, [{"text": "Dank je"}], [], tapped=3)  # 👍 on an older answer
    assert latest_keyboards(ctx) == [ANSWER]


def test_an_offer_stays_pickable_after_a_thumbs_up_on_an_older_answer() -> None:
    ctx = context()
    _remember_keyboards(ctx, as_replies(OFFER), [40], None)
    _remember_keyboards(ctx, [{"text": "Dank je voor je reactie!"}], [], tapped=21)
    assert pick("1", latest_keyboards(ctx)) == OFFER[1][0][1]


def test_a_typed_message_or_a_tap_with_buttons_replaces_them() -> None:
    ctx = context()
    _remember_keyboards(ctx, as_replies(OFFER), [40], None)
    _remember_keyboards(ctx, [{"text": "Graag gedaan"}], [], None)  # typed "bedankt"
    assert latest_keyboards(ctx) == []
    _remember_keyboards(ctx, as_replies(OFFER), [40], None)
    _remember_keyboards(ctx, as_replies(ANSWER, FEEDBACK), [41, 42], tapped=40)
    assert latest_keyboards(ctx) == [ANSWER, FEEDBACK]
    _remember_keyboards(ctx, as_replies(OFFER), [], None)  # message ids unknown: still kept
    assert latest_keyboards(ctx) == [OFFER]


# --- 4. /restart and /help ------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_restart_is_in_the_menu_and_help_lists_the_commands(lang: str) -> None:
    names = [name for name, _ in COMMANDS[lang]]
    assert "restart" in names and names.index("restart") == names.index("start") + 1
    lines = command_lines(lang)
    shown = "\n".join(lines)
    assert lines[0] == t("commands_head", lang)
    for command in ("start", "restart", "privacy"):
        assert f"/{command} – " in shown
    assert "/help" not in shown  # it was just typed
    assert "/tips" not in shown and "/report" not in shown  # said per role
    assert ("/zelftest" in shown) == (lang == "nl") and ("/selfcheck" in shown) == (lang == "en")


def test_the_coach_help_no_longer_points_to_help_after_help() -> None:
    pointer = {t("help_telegram", code): t("help_telegram_buttons", code) for code in LANGUAGES}
    reply = {"text": "Dit kan ik voor je doen:\n• Advies\n" + t("help_telegram", "nl"), "buttons": []}
    replaced = _replaced(reply, pointer)
    assert "/help" not in replaced["text"] and replaced["text"].endswith(t("help_telegram_buttons", "nl"))
    assert _replaced({"custom": {"type": "x"}}, pointer) == {"custom": {"type": "x"}}


# --- 5. a second "Ja, wis alles" ------------------------------------------------------------


def query(data: str, buttons: list[tuple[str, str]] | None = None) -> CallbackQuery:
    user = User(id=5, first_name="a", is_bot=False)
    markup = InlineKeyboardMarkup([[InlineKeyboardButton(a, callback_data=b)] for a, b in buttons or []])
    message = Message(1, None, Chat(5, "private"), text="Weet je het zeker?", reply_markup=markup)
    return CallbackQuery("q1", user, "ci", message=message, data=data)


def test_a_forget_tap_is_known_by_its_button_or_its_mark() -> None:
    assert _forget_tap(query(local("forget-yes")))
    for lang in LANGUAGES:
        assert _forget_tap(query(local(DONE), [(f"✓ {t('forget_yes', lang)}", local(DONE))]))
    assert not _forget_tap(query(local(DONE), [("✓ Omgaan met een boze klant", local(DONE))]))
    assert not _forget_tap(query(local("forget-no")))
    assert not _forget_tap(query("r:/greet"))


def test_a_second_forget_tap_says_it_is_done_already(tmp_path) -> None:
    """No Rasa here: /vergeet and its buttons are the bot's own."""
    from bot.privacy.pseudonym import Pseudonyms
    from bot.storage.access import AccessStore

    with FakeTelegram(TOKEN) as fake:
        s = bot_settings(Settings(var_dir=tmp_path, rasa_port=free_port(), action_port=free_port()), fake)
        store = AccessStore(s.app_db_url)
        user = new_user("nl")
        code, _ = store.create_invite("employee")
        assert store.redeem(Pseudonyms(s.telegram_hash_key.encode()).sender_id(user.id), code)
        with start_bot(s):
            fake.send_text(user, "/vergeet")
            confirm = fake.wait_messages(user.id, 1)[-1]
            yes = confirm.button("Ja, wis alles")["callback_data"]
            first = fake.press(user, confirm, yes)
            second = fake.press(user, confirm, yes)  # before the keyboard became "✓ Ja, wis alles"
            gone = lambda: any("gewist" in m.text for m in fake.messages_to(user.id))  # noqa: E731
            fake.wait_for(gone, what="forgotten")
            fake.wait_for(lambda: second in fake.callback_answers, what="the second tap answered")
            fake.wait_for(lambda: confirm.buttons[0]["callback_data"] == local(DONE), what="the ✓ mark")
            third = fake.press(user, confirm, local(DONE))  # the "✓ Ja, wis alles" mark
            fake.wait_for(lambda: third in fake.callback_answers, what="the mark's tap answered")
    assert not fake.callback_answers[first].get("text")
    for tap in (second, third):
        assert fake.callback_answers[tap].get("text") == t("forget_already_done", "nl")
    assert sum("gewist" in m.text for m in fake.messages_to(user.id)) == 1
    assert not any("alleen voor medewerkers" in m.text for m in fake.messages_to(user.id))
