"""Issue 13 in Telegram (fake Bot API, real Rasa and action servers): help per role, a
typed button title picks the button, and inside a self-check a question in between leads
back to the same statement, where a typed number or words answer it."""

from __future__ import annotations

import pytest

from bot.i18n import t
from tests.e2e.telegram_steps import exchange, has, member

pytestmark = pytest.mark.e2e


def text(messages) -> str:
    return "\n".join(m.text for m in messages)


def shows(part: str):
    """The bot's new messages show `part` in a text or a button's title (a button title is
    not in the message text: waiting for it there waits until the timeout)."""
    return lambda new: any(part in m.text or any(part in b["text"] for b in m.buttons) for m in new)


def test_help_titles_and_the_way_back_into_a_self_check(fake, settings, bot) -> None:
    manager = member(settings, role="manager")
    shown = text(exchange(fake, bot, manager, "/help", until=has("Dit kan ik voor je doen")))
    assert "/tips aan" in shown and "coachingstip" in shown and "hoe doet mijn team het" in shown
    assert "Tik op een knop" in shown and "/quit" not in shown

    tip = exchange(fake, bot, manager, "geef me een coachingstip", until=shows("Nog een tip"))
    first_title = next(m.text for m in tip if m.text.startswith("Coachingstip:")).splitlines()[0]
    again = exchange(fake, bot, manager, "nog een tip", until=has("Coachingstip:"))  # the button's title
    second_title = next(m.text for m in again if m.text.startswith("Coachingstip:")).splitlines()[0]
    assert second_title != first_title

    employee = member(settings)
    help_text = text(exchange(fake, bot, employee, "wat kun je allemaal?", until=has("Dit kan ik")))
    assert "zelftest" in help_text and "coachingstip" not in help_text

    listing = exchange(fake, bot, employee, "/zelftest")
    first = exchange(fake, bot, employee, press=(listing[-1], listing[-1].button("Beloftes nakomen")))
    assert "vraag 1 van 7" in first[-1].text
    detour = exchange(fake, bot, employee, "hoe ga ik om met een boze klant?", until=has("vraag 1 van 7"))
    assert "Verder met vraag 1 van 7?" in text(detour)
    assert [b["text"][0] for b in detour[-1].buttons] == ["1", "2", "3", "4", "5"]  # the statement itself
    assert "vraag 2 van 7" in text(exchange(fake, bot, employee, "4", until=has("vraag 2 van 7")))
    assert "vraag 3 van 7" in text(exchange(fake, bot, employee, "helemaal mee eens", until=has("vraag 3")))
    stopped = exchange(fake, bot, employee, "niet mee eens", until=has("vraag 4"))
    assert "vraag 4 van 7" in text(stopped)  # "niet mee eens" is an answer, not a stop


def test_the_long_message_note_follows_the_conversation_not_the_client(fake, settings, bot) -> None:
    """A message over 4000 characters is read in part and the user told so, just before the answer
    (since stop 67: a fresh tester read the whole card before learning that only part of the
    message was read), in the language the conversation is in: a Dutch message from an English
    Telegram client gets the Dutch note, an English one from a Dutch client the English note."""
    cases = [
        ("en", "Hoe kalmeer ik een boze klant die staat te schreeuwen? ", "Hij blijft maar doorgaan. ", "nl"),
        ("nl", "How do I calm down an angry customer who is shouting? ", "He keeps going on and on. ", "en"),
    ]
    notes = {
        "nl": "Je bericht was lang; ik heb het begin en het einde gelezen, samen 4000 tekens.",
        "en": "Your message was long; I read its beginning and its end, 4000 characters in all.",
    }
    for client, question, filler, spoken in cases:
        user = member(settings, language=client)
        message = (question + filler * 200)[:4090]  # over our 4000, within Telegram's 4096
        new = exchange(fake, bot, user, message, until=has(notes[spoken]))
        said = [m.text for m in new]
        assert said[0] == notes[spoken], said  # first, then the answer
        assert len(said) > 1 and t("feedback_ask", spoken) not in said[:2], said
        assert notes[client] not in text(new)
        # the next system line (an unknown command) stays in the conversation's language
        unknown = text(exchange(fake, bot, user, "/onbekend", until=lambda new: bool(new)))
        assert unknown.strip() == t("unknown_command", spoken).strip()


def test_a_typed_number_picks_from_an_offer_and_a_double_tap_counts_once(fake, settings, bot) -> None:
    """Tester round of stop 38 against the fake Bot API: Telegram buttons show no numbers, so
    after "Gaat het hierover?" (and "Welke bedoel je? Kies er een of typ het nummer.") a typed
    "2" picks the second topic. Two quick taps on one button answer once and log once."""
    from sqlalchemy import func, select

    from bot.storage.db import sessions
    from bot.storage.models import AnswerLogRow

    user = member(settings)
    vague = "klant zegt da we hem vorige week iets beloofd hebben en da is nie gebeurd"
    offer = exchange(fake, bot, user, vague, until=has("Gaat het hierover?"))
    titles = [b["text"] for b in offer[-1].buttons]
    assert len(titles) >= 2, titles
    picked = text(exchange(fake, bot, user, "2", until=has("Had je hier iets aan?")))
    assert titles[1].lstrip("✓ ") in picked and "Met alleen een nummer" not in picked

    offer = exchange(fake, bot, user, vague, until=has("Gaat het hierover?"))
    titles = [b["text"] for b in offer[-1].buttons]
    which = exchange(fake, bot, user, "ja", until=has("typ het nummer"))
    chosen = text(exchange(fake, bot, user, "1", until=has("Had je hier iets aan?")))
    assert titles[0] in chosen and which

    offer = exchange(fake, bot, user, vague, until=has("Gaat het hierover?"))
    button = offer[-1].buttons[0]
    before = len(fake.messages_to(user.id))
    fake.press(user, offer[-1], button["callback_data"])  # two taps before the bot answers
    fake.press(user, offer[-1], button["callback_data"])
    fake.wait_for(
        lambda: (
            has("Had je hier iets aan?")(fake.messages_to(user.id)[before:])
            and fake.pending_updates() == 0
            and bot.idle()
        ),
        180,
        "the answer to a double tap",
    )
    new = fake.messages_to(user.id)[before:]
    assert sum("Had je hier iets aan?" in m.text for m in new) == 1, [m.text for m in new]
    with sessions(settings.app_db_url)() as session:
        picks = session.scalar(
            select(func.count())
            .select_from(AnswerLogRow)
            .where(AnswerLogRow.kind == "offer_pick", AnswerLogRow.question == vague)
        )
    assert picks == 3  # the typed "2", the "1" after "ja" and one tap; the second tap logged nothing
