"""Stop 61: explaining another party's decision to a customer, read by the search with the plain words
of a problem one cannot solve oneself (bot/engine/search.py `anothers_decision_plainly`). The answers on
the real index: tests/data/everyday_kinds_s61.yml (tests/unit/test_everyday_kinds.py)."""

from __future__ import annotations

import pytest

from bot.engine.search import anothers_decision_plainly

ANOTHERS = [
    ("en", "how do I explain to a guest that the airline cancelled the flight"),
    ("en", "how to explain to a passenger the airline canceled their flight"),
    ("en", "hw do i tel a guest the airline canceld his flight"),
    ("en", "how do i tell a customer that the courier lost his parcel"),
    ("en", "how do I explain to a customer that the insurer turned down her claim"),
    ("en", "how do i break the news that the insurance company rejected the claim"),
    ("en", "how do I tell a tenant that the landlord won't fix it"),
    ("en", "how do i explain to a resident that the council refused his permit"),
    ("en", "how do I explain to a customer that head office stopped the promotion"),
    ("en", "how do I explain that the bank blocked his account"),
    ("nl", "hoe leg ik een gast uit dat de luchtvaartmaatschappij de vlucht heeft geannuleerd"),
    ("nl", "hoe leg ik uit dat de verzekeraar de claim heeft afgewezen"),
    ("nl", "hoe vertel ik een klant dat de koerier zijn pakket kwijt is"),
    ("nl", "hoe zeg ik tegen de huurder dat de verhuurder het niet wil maken"),
    ("nl", "hoe leg ik da uit dat de leverancier de levering heeft geschrapt"),
    ("nl", "hoe leg ik uit dat de gemeente de vergunning heeft geweigerd"),
]

NOT_ANOTHERS = [
    ("en", "how do I explain our cancellation policy to a guest"),
    ("en", "how do I explain to a customer that we cancelled his order"),
    ("en", "how do I explain a complicated invoice to a customer"),
    ("en", "my flight got cancelled, can I still come to work"),
    ("en", "the airline cancelled my flight, what are my rights"),
    ("en", "tell me about the bank"),
    ("nl", "hoe leg ik onze annuleringsvoorwaarden uit aan een gast"),
    ("nl", "hoe vertel ik een klant dat wij zijn bestelling hebben geannuleerd"),
    ("nl", "mijn vlucht is geannuleerd, moet ik nu toch werken"),
]


@pytest.mark.parametrize(("lang", "message"), ANOTHERS)
def test_another_partys_decision_is_read_plainly(lang: str, message: str) -> None:
    read = anothers_decision_plainly(message, lang)
    assert read.startswith(message) and len(read) > len(message)


@pytest.mark.parametrize(("lang", "message"), NOT_ANOTHERS)
def test_our_own_decision_or_no_explaining_stays_as_typed(lang: str, message: str) -> None:
    assert anothers_decision_plainly(message, lang) == message
