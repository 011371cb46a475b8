"""Stop 64 (helper A2, a tester's faults): everyday kinds the coach refused or answered with a
neighbour, fixed by kind in bot/engine/plain_kinds.py ("Stop 64 (helper A2 ...)") and in how the search
reads a long message (bot/engine/long_query.py): a customer who says something went wrong without a
complaint word (wrong change, cold coffee, a hair in the soup), someone served who gets ruder and ruder
(an IT helpdesk's user too), a lead in the middle of the rush, a theft the customer wants us to pay for,
a customer who does not listen, and "may I give it myself" at the end of a story. Each kind reads its
messages and leaves its look-alikes alone; the answers on the real index:
tests/data/everyday_kinds_s64b.yml (read by test_everyday_kinds.py). None of these messages is a dev
set's sentence.
"""

from __future__ import annotations

import pytest

from bot.engine import plain_kinds as pk
from bot.engine.long_query import QUERY_CHARS, read_long
from tests.unit.plain_kind_checks import assert_not_of_kind, assert_read_plainly, kind_cases

OF_THE_KIND = {
    "customer-says-it-went-wrong": [
        "de klant zegt dat ik haar verkeerd wisselgeld heb teruggegeven",
        "a guest says his tea is lukewarm",
        "klant zegt dat er een boek ontbreekt in zijn pakket",
        "hoe help ik een klant die zijn pakket niet ontvangen heeft",
        "a customer says her parcel never arrived, what do I say",
        "klant belt dat zijn bestelling nog steeds niet geleverd is",
        "de meneer beweert dat we hem te veel hebben gerekend",
        "a customer found a fly in her salad",
        "the caller says she was overcharged on her bill",
    ],
    "ruder-and-ruder": [
        "een gebruiker van het systeem wordt steeds onvriendelijker aan de lijn",
        "the caller is getting ruder and more hostile every time",
        "mevrouw wordt echt brutaal aan het loket",
    ],
    "lead-in-the-rush": [
        "als teamleider: het is superdruk en er staan lange rijen, wat nu",
        "what should I do as the shift leader when it's this busy",
        "spits in de winkel, hoe stuur ik als manager mijn mensen aan",
    ],
    "theft-to-pay-for": [
        "haar tas is gestolen in de wachtkamer en ze wil dat wij die vergoeden",
        "a guest wants us to pay because his phone was stolen from the lobby",
        "klant eist dat wij betalen voor zijn gestolen scooter",
    ],
    "not-listening": [
        "wat doe je met een klant die gewoon niet luistert",
        "a caller who won't listen to anything I say",
        "meneer wil niet luisteren naar de uitleg",
    ],
    "may-i-decide-myself": [
        "mag ik een klant zelf een cadeaubon geven na een fout",
        "can I give a refund myself without asking",
        "am I allowed to decide on a discount",
    ],
}

NOT_OF_THE_KIND = {
    "customer-says-it-went-wrong": [
        "de klant is woest omdat zijn koffie koud is",  # angry first: the angry customer
        "het is koud in de winkel, hoe houd ik het gezellig",
        "ik heb te lang gewacht op mijn salaris",
        # a wait or a fault to prevent, not one that happened (the lead's absence question of stop 55)
        "hoe zorg ik dat de klanten niet te lang moeten wachten?",
        "how do I make sure customers don't wait too long",
        "how do i prevent guests waiting too long for their food",
        "hoe voorkom ik dat een klant een verkeerde bestelling krijgt",
        # parts the asker waits for: bad news to tell (pyramid-promise), not a failure the customer had
        "de auto van een klant is nog niet klaar want de onderdelen zijn niet geleverd, hoe zeg ik dat",
        "ik mag van mijn baas geen korting geven aan een klant met een koude maaltijd",
    ],
    "ruder-and-ruder": [
        "een gast heeft te veel gedronken en wordt vervelend tegen andere gasten",  # crossing the line
        "a drunk customer is getting rude to other people in the queue",
        "mijn collega wordt steeds onaardiger tegen mij",
        "de klant is heel vriendelijk, hoe bedank ik hem",
        "ik heb sorry gezegd maar de klant wordt steeds brutaler",
    ],
    "lead-in-the-rush": [
        "hoe zorg ik als manager dat mijn team niet opbrandt in de drukke decembermaand",
        "het is druk en de klanten worden boos in de rij",  # no lead: the angry queue
        "als leidinggevende wil ik mijn team coachen op klantvriendelijkheid",  # no rush
    ],
    "theft-to-pay-for": [
        "een klant vraagt of zijn fiets gestolen kan worden in de stalling",
        "hoe voorkom ik diefstal in de winkel",
        "de klant wil dat wij de kapotte fiets vergoeden",
    ],
    "not-listening": [
        "hoe luister ik beter naar klanten",
        "mijn collega luistert niet naar mij",
        "klanten luisteren: wat zeggen ze in de enquête",
    ],
    "may-i-decide-myself": [
        "mag ik een klant iets extra's geven",
        "de klant wil zelf beslissen welke kamer hij krijgt",
        "can I give the customer a discount",
    ],
    "team-wearing-out": [
        # someone of the team in tears after a contact: aftercare, not workload (test_referrals_s56c)
        "mijn team zit tegen een burn-out aan en een van hen huilde na een gesprek met een bewoner",
        "my staff are exhausted and one was in tears after a call with an angry customer",
    ],
    "wont-pay": [
        "gast heeft een vlieg in zijn soep gevonden en wil niet betalen",
        "a guest got the wrong order and won't pay",
    ],
    "fault-for-discount": [
        "de afwasmachine was stuk en een gast vroeg korting, mag ik dat zelf geven",
    ],
}


@pytest.mark.parametrize(("name", "message"), kind_cases(OF_THE_KIND))
def test_a_message_of_the_kind_is_read_with_its_plain_words(name: str, message: str) -> None:
    assert_read_plainly(name, message)


@pytest.mark.parametrize(("name", "message"), kind_cases(NOT_OF_THE_KIND))
def test_a_look_alike_is_not_of_the_kind(name: str, message: str) -> None:
    assert_not_of_kind(name, message)


def test_a_team_wearing_out_is_still_its_kind() -> None:
    assert pk.TEAM_WEARING_OUT.fits("mijn team zit tegen een burn-out aan, hoe zorg ik voor ze")


def test_a_short_message_is_read_whole() -> None:
    text = "een klant zegt dat zijn koffie koud is"
    assert read_long(text) == text


def test_a_long_story_is_read_with_its_question_first() -> None:
    story = "De keuken liep achter en twee collega's waren ziek. " * 40
    text = story + "Een gast vroeg korting. Mag ik dat zelf geven?"
    read = read_long(text)
    assert len(read) <= QUERY_CHARS
    end, start = read.split(" … ")
    assert end.endswith("Mag ik dat zelf geven?") and start.startswith("De keuken liep achter")
    words = set(text.split())  # no word is cut in two
    assert all(word in words for word in f"{end} {start}".split())
