"""Tester round of stop 62 in Telegram (fake Bot API, real Rasa and action servers): a typed
answer to the coach's own yes/no question.

- /vergeet's "Weet je het zeker?": a typed "ja" deletes (it went to the coach, which said "Mooi.
  Stel je vraag maar" and deleted nothing), "misschien" gets the question again with a hint, a
  question of its own is answered and lets the confirmation lapse, a typed "nope" keeps all.
- "ja" to "Verder met vraag 4 van 7?" after an offer ("Gaat het hierover?") shows the statement
  again, as in the terminal, not "Welke bedoel je?" with the scale as the choices."""

from __future__ import annotations

import pytest

from bot.i18n import t
from bot.storage.access import AccessStore
from tests.e2e.telegram_steps import exchange, has, member, said, sender

pytestmark = pytest.mark.e2e
CONFIRM = "Weet je het zeker?"


def test_typed_replies_to_forget_delete_only_after_a_clear_yes(fake, settings, bot) -> None:
    user = member(settings)
    store = AccessStore(settings.app_db_url)
    still_member = lambda: store.member(sender(settings, user)) is not None  # noqa: E731

    exchange(fake, bot, user, "/vergeet", until=has(CONFIRM))
    again = exchange(fake, bot, user, "misschien", until=has(CONFIRM))
    assert said(again).startswith(t("forget_unclear", "nl")) and len(again[-1].buttons) == 2
    # a question of its own: answered by the coach; the confirmation lapses, nothing is deleted
    answer = exchange(fake, bot, user, "hoe ga ik om met een boze klant?", until=has("Bron:"))
    assert t("forgotten", "nl") not in said(answer) and still_member()
    assert again[-1].buttons == []
    exchange(fake, bot, user, "ja", until=lambda new: bool(new))  # for the coach now
    assert still_member()

    exchange(fake, bot, user, "/vergeet", until=has(CONFIRM))
    assert said(exchange(fake, bot, user, "nope", until=lambda new: bool(new))) == t("not_forgotten", "nl")
    assert still_member()

    exchange(fake, bot, user, "/vergeet", until=has(CONFIRM))
    assert said(exchange(fake, bot, user, "ja", until=has("gewist"))) == t("forgotten", "nl")
    assert not still_member()


def test_yes_to_carry_on_after_an_offer_shows_the_statement_again(fake, settings, bot) -> None:
    user = member(settings)
    checks = exchange(fake, bot, user, "/zelftest")
    listed = next(m for m in checks if m.buttons)
    exchange(fake, bot, user, press=(listed, listed.button("Klachten")), until=has("vraag 1 van"))
    exchange(fake, bot, user, "4", until=has("vraag 2 van"))
    for typed in ("ja", "jep"):  # each to a new offer and "Verder met vraag 2 van 7?"
        reply = exchange(fake, bot, user, "hoe ga ik om met een boze familie?", until=has("vraag 2 van"))
        assert "Verder met vraag 2 van" in said(reply), said(reply)
        asked = next(m for m in reversed(reply) if "Antwoord met" in m.text)  # the statement, with its scale
        again = exchange(fake, bot, user, typed, until=has("vraag 2 van"))
        assert t("offer_pick_one", "nl") not in said(again), said(again)
        assert again[-1].text == asked.text and len(again[-1].buttons) == 5  # the scale, to answer it
    assert has("vraag 3 van")(exchange(fake, bot, user, "5", until=has("vraag 3 van")))
