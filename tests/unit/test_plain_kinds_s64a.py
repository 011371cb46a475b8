"""Stop 64 (helper A, the new tuning set tests/data/devset9.yml): everyday kinds the coach offered
or answered with a neighbour, fixed by kind in bot/engine/plain_kinds.py ("Stop 64"): a lead coaching
a new employee, a team to greet customers, a customer's reproach ("jullie zijn altijd ..."), a confused
person, a team wearing out, a condescending customer, the blame for a colleague's promise, someone
furious at the asker, the asker's own mistake, intimidation, a dish sent back, what the asker may not
tell, standards for service, a bad review online, asking better questions and colleagues who tell
customers different things. Each kind reads its messages and leaves its look-alikes alone; the answers
on the real index: tests/data/everyday_kinds_s64.yml (read by test_everyday_kinds.py). None of these
messages is a dev set's sentence.
"""

from __future__ import annotations

import pytest

from bot.engine import plain_kinds as pk
from tests.unit.plain_kind_checks import assert_not_of_kind, assert_read_plainly, kind_cases

OF_THE_KIND = {
    "coaching-a-newcomer": [
        "how do I coach a new hire who is shy with guests",
        "een nieuwe collega inwerken op de afdeling, tips?",
        "hoe begeleid ik een stagiair die nog nooit met klanten heeft gewerkt",
    ],
    "team-to-take-up-a-habit": [
        "hoe krijg ik mijn team zover dat ze klanten altijd begroeten",
        "how do I get my staff to greet every guest",
        "hoe krijgen we onze mensen zo ver dat ze bezoekers welkom heten",
    ],
    "customer-reproach": [
        "klant roept dat jullie zijn altijd te laat",
        "the man yelled you're always late",
        "een meneer zei: jullie komen nooit op tijd, wat antwoord ik",
    ],
    "confused-person": [
        "een klant met dementie weet niet meer waar hij is",
        "the patient is confused and keeps asking for her husband",
        "een bewoner is verward en wil naar huis",
    ],
    "team-wearing-out": [
        "my staff are worn out after the holidays",
        "mijn mensen zijn overbelast, hoe zorg ik voor ze",
        "ons team raakt opgebrand door de vele diensten",
    ],
    "condescending-customer": [
        "de gast praat tegen me alsof ik dom ben",
        "a customer who talks down to me every week",
        "een klant doet heel neerbuigend tegen mij aan het loket",
    ],
    "blamed-for-a-colleague": [
        "my colleague promised a refund and now the customer blames me",
        "klant zegt dat mijn collega het anders had verteld",
        "ik krijg de schuld van wat mijn collega deed",
    ],
    "furious-at-me": [
        "de reizigers zijn woest omdat de trein niet rijdt",
        "de klant is boos op mij omdat het pakket te laat is",
        "the guests were angry at me about the noise",
    ],
    "own-mistake": [
        "ik heb een fout gemaakt met de bestelling",
        "I made a mistake in the invoice",
        "we hebben een vergissing gemaakt met de afspraak van een klant",
    ],
    "intimidation": [
        "een klant probeert me te intimideren",
        "a guest got in my face at the bar",
        "een man komt veel te dichtbij staan aan de kassa",
    ],
    "sent-back": [
        "de gast stuurt zijn steak terug",
        "a guest sent the soup back, it was cold",
        "klant stuurt het eten voor de derde keer terug",
    ],
    "may-not-say-why": [
        "ik mag niet zeggen waarom de kaart geblokkeerd is",
        "we can't tell the customer why the order was stopped",
        "wij mogen de reden niet uitleggen, hoe breng ik dat",
    ],
    "may-not-give": [
        "hij wil dat ik het terugbetaal maar ik mag geen geld teruggeven",
        "klant wil terugbetaling maar ik mag van mijn baas niks doen",
        "ze wil haar geld terug maar dat mag ik niet geven",
    ],
    "didnt-know-the-answer": [
        "ik weet nog niet alle antwoorden op vragen van klanten",
        "I'm new and don't know the answers yet, what do I say",
        "ik ken de antwoorden nog niet, wat zeg ik tegen de klant",
    ],
    "service-standards": [
        "is er een norm voor klantenservice",
        "which standards exist for customer service",
        "zijn er certificeringen voor goede dienstverlening",
    ],
    "online-review": [
        "er staat een negatieve review over ons hotel online",
        "how do I reply to a one-star review",
        "iemand schreef een recensie op google over onze winkel",
    ],
    "asking-better-questions": [
        "hoe stel ik betere vragen aan klanten",
        "how can I ask better questions to understand a caller",
        "de juiste vragen stellen aan een gast, hoe doe ik dat",
    ],
    "saying-different-things": [
        "mijn collega's vertellen klanten elk iets anders over de garantie",
        "our staff give customers conflicting information about returns",
        "in ons team geven we patiënten verschillende antwoorden over bezoekuren",
    ],
}

NOT_OF_THE_KIND = {
    "coaching-a-newcomer": [
        "can you help me, I'm a new employee at the front desk",
        "een nieuwe klant helpen met zijn eerste bestelling",
        "ik ben stagiair en weet niet hoe ik klanten aanspreek",
    ],
    "team-to-take-up-a-habit": [
        "how do I get my team to go the extra mile",
        "hoe krijg ik mijn team zover dat ze weer gemotiveerd zijn",
        "hoe krijg ik mijn team zover dat ze zelf beslissingen nemen",
    ],
    "customer-reproach": [
        "do you always greet customers at the door",
        "hoe zorgen jullie dat klanten terugkomen",
        "my colleague says you people are always late, is that true",
    ],
    "confused-person": [
        "ik ben zelf een beetje in de war van het nieuwe systeem",
        "my colleague is confused about the new rules",
        "de klant is boos over zijn rekening",
    ],
    "team-wearing-out": [
        "ik ben zelf opgebrand, wat nu",
        "my nurses are exhausted and still so kind, how do I recognise that",
        "the customer is exhausted after the long wait",
    ],
    "condescending-customer": [
        "mijn collega doet neerbuigend tegen mij",
        "how do I help him without being patronising",
        "the guy I work with is condescending to new members",
    ],
    "blamed-for-a-colleague": [
        "mijn collega beloofde iets wat niet kan, hoe zeg ik nee",
        "a customer blames me for the delay",
        "hoe geef ik een collega feedback",
    ],
    "furious-at-me": [
        "mijn collega is woest op mij",
        "ik heb sorry gezegd maar de klant is woest op mij",
        "I'm furious at my manager",
    ],
    "own-mistake": [
        "mijn manager zegt dat ik een fout heb gemaakt in mijn beoordeling",
        "my colleague made a mistake with the order",
        "de klant heeft een fout gemaakt in zijn aanvraag",
    ],
    "intimidation": [
        "mijn collega probeert mij te intimideren",
        "de klant komt te laat voor zijn afspraak",
        "how do I stay calm with an angry caller",
    ],
    "sent-back": [
        "ik stuur de klant een mail terug",
        "billing sent him to us and we send him back to billing",
        "de klant wil het pakket terugsturen",
    ],
    "may-not-say-why": [
        "de dochter belt en ik mag niet vertellen hoe het met haar moeder gaat",
        "I can't tell my colleague what the manager said",
        "de klant wil niet zeggen waarom hij boos is",
    ],
    "may-not-give": [
        "de klant wil een korting, hoe bied ik die aan",
        "ik mag niks zeggen over de reorganisatie",
        "mag ik een klant iets extra's geven",
    ],
    "didnt-know-the-answer": [
        "ik weet niet wat ik moet doen met een boze klant",
        "what are the answers to the quiz",
        "ik weet het antwoord wel maar de klant gelooft me niet",
    ],
    "service-standards": [
        "excelleren als norm voor service, wat betekent dat",
        "welke principes heeft de iso norm voor service",
        "our service is not up to standard, what now",
    ],
    "online-review": [
        "klant dreigt met een slechte review als ik hem niet help",
        "the guest says she'll write a bad review unless we upgrade her room",
        "hij gaat een negatieve recensie schrijven als hij geen korting krijgt",
    ],
    "asking-better-questions": [
        "how do I ask better questions in our customer survey",
        "klant stelt steeds dezelfde vragen",
        "mijn collega stelt goede vragen, hoe zeg ik dat",
    ],
    "saying-different-things": [
        "mijn collega zegt iets anders dan ik over de planning",
        "de klant vertelt elke keer een ander verhaal",
        "we hebben verschillende klanten met dezelfde vraag",
    ],
}


@pytest.mark.parametrize(("name", "message"), kind_cases(OF_THE_KIND))
def test_a_message_of_the_kind_is_read_with_its_plain_words(name: str, message: str) -> None:
    assert_read_plainly(name, message)


@pytest.mark.parametrize(("name", "message"), kind_cases(NOT_OF_THE_KIND))
def test_a_look_alike_is_not_of_the_kind(name: str, message: str) -> None:
    assert_not_of_kind(name, message)


def test_a_new_employee_nervous_with_customers_is_no_nervous_customer() -> None:
    assert not pk.NERVOUS_CUSTOMER.fits("how do I coach a new hire who is nervous with customers")
    assert pk.NERVOUS_CUSTOMER.fits("a nervous customer at the desk, how do I help")


def test_not_knowing_the_answers_yet_is_not_the_new_staff_kind() -> None:
    message = "ik ben nieuw in de winkel en ken de antwoorden nog niet, hoe zeg ik dat tegen klanten"
    assert [k.name for k in pk.kinds_of(message)] == ["didnt-know-the-answer"]
