"""Tester round of stop 57 in Telegram (fake Bot API, real Rasa and action servers): a typed
number, "principe 3" or "shift 5" picks from an overview's numbered list (with 👍/👎 after
it); "da eerste" picks from "Welke bedoel je?" and from an answer's topic buttons; a 👍 on an
older answer leaves the offer below it pickable; /restart greets in a new session and /help
lists the commands without pointing to itself."""

from __future__ import annotations

import pytest

from bot.i18n import t
from tests.e2e.telegram_steps import exchange, has, member, sender
from tests.helpers import tracker_events

pytestmark = pytest.mark.e2e
UNBOUND = "Met alleen een nummer"


def text(messages) -> str:
    return "\n".join(m.text for m in messages)


def answered(new) -> bool:
    """An article's answer came (its source line and the 👍/👎 question)."""
    return has("Bron:")(new) and has("Had je hier iets aan?")(new)


def card_titles(messages) -> list[str]:
    """The button titles of the message with the overview's list (the one with the most buttons)."""
    card = max(messages, key=lambda m: len(m.buttons))
    return [b["text"] for b in card.buttons]


def test_a_number_or_a_concept_picks_from_an_overview(fake, settings, bot) -> None:
    user = member(settings)
    overview = exchange(fake, bot, user, "wat zijn de zeven principes", until=answered)
    assert "kies er een voor meer" in text(overview) and "1. " in text(overview)
    titles = card_titles(overview)
    assert len(titles) >= 5, titles
    third = text(exchange(fake, bot, user, "3", until=answered))
    assert UNBOUND not in third and titles[2] in third

    exchange(fake, bot, user, "what are the 7 principles?", until=lambda new: has("Source:")(new))
    exchange(fake, bot, user, "wat zijn de zeven principes", until=answered)
    picked = text(exchange(fake, bot, user, "principe 3", until=answered))
    assert titles[2] in picked

    shifts = exchange(fake, bot, user, "wat zijn de tien paradigmashifts", until=answered)
    shift_titles = card_titles(shifts)
    assert len(shift_titles) == 10, shift_titles
    fifth = text(exchange(fake, bot, user, "shift 5", until=answered))
    assert shift_titles[4] in fifth
    exchange(fake, bot, user, "wat zijn de tien paradigmashifts", until=answered)
    assert shift_titles[6] in text(exchange(fake, bot, user, "de zevende", until=answered))


def test_flemish_ordinals_pick_from_the_latest_keyboard(fake, settings, bot) -> None:
    user = member(settings)
    # not the vague message of test_telegram_conversation.py, which counts the picks logged for it
    vague = "afwijzen zonder de relatie kapot te maken, tips?"
    offer = exchange(fake, bot, user, vague, until=has("Gaat het hierover?"))
    titles = [b["text"] for b in offer[-1].buttons]
    exchange(fake, bot, user, "ja", until=has("typ het nummer"))
    chosen = text(exchange(fake, bot, user, "da eerste", until=answered))
    assert titles[0] in chosen, (titles, chosen)

    # after an answer with topic buttons and 👍/👎: "de eerste" is its first topic
    answer = exchange(fake, bot, user, "hoe ga ik om met een boze klant?", until=answered)
    topics = next(m for m in answer if m.buttons and "Had je hier iets aan?" not in m.text)
    first_topic = topics.buttons[0]["text"]
    assert first_topic in text(exchange(fake, bot, user, "de eerste", until=answered))

    # a 👍 on an older answer leaves the offer below it open: "1" still picks its first
    older = next(m for m in answer if "Had je hier iets aan?" in m.text)
    offer = exchange(fake, bot, user, vague, until=has("Gaat het hierover?"))
    titles = [b["text"] for b in offer[-1].buttons]
    exchange(fake, bot, user, press=(older, older.buttons[0]), until=lambda new: bool(new))
    one = text(exchange(fake, bot, user, "1", until=answered))
    assert UNBOUND not in one and titles[0] in one


def test_restart_greets_in_a_new_session_and_help_lists_it(fake, settings, bot) -> None:
    user = member(settings)
    exchange(fake, bot, user, "hoe ga ik om met een boze klant?", until=answered)
    before = sum(1 for e in tracker_events(settings, sender(settings, user)) if e[1] == "session_started")
    greeting = exchange(fake, bot, user, "/restart", until=has("Waar kan ik je mee helpen?"))
    assert t("unknown_command", "nl").strip() not in text(greeting)
    after = sum(1 for e in tracker_events(settings, sender(settings, user)) if e[1] == "session_started")
    assert after == before + 1
    assert has("Waar kan ik je mee helpen?")(exchange(fake, bot, user, "/opnieuw"))

    shown = text(exchange(fake, bot, user, "/help", until=has("Dit kan ik voor je doen")))
    assert "/start – " in shown and "/restart – " in shown and "/zelftest – " in shown
    assert "/help laat de commando's zien" not in shown
    assert t("help_telegram_buttons", "nl") in shown
    menus = fake.calls_of("setMyCommands")
    assert menus and all(any(c["command"] == "restart" for c in m["commands"]) for m in menus)
    assert {m.get("language_code") for m in menus} == {None, "en"}
