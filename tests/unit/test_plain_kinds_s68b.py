"""Stop 68 (helper A5, a fresh tester's round, kind 6 "wrong or refused articles for everyday
questions"): everyday kinds fixed in bot/engine/plain_kinds.py ("Stop 68 (helper A5"): a bill far above
the quote (the price objection), an emotion the asker wants to prevent while a queue waits (time
pressure, not the angry customer), a customer who speaks another language (whatever the language: the
customer who cannot follow), a booking the business did not note (a promise not kept, put right), a
leader who asks how to support an employee after a customer's threat (aftercare), a rule to keep or
something a visitor may not do (a house rule, saying no kindly) and an apology that should sound
sincere (service recovery), a customer's matter the asker cannot speed up (a problem one cannot
solve oneself). And the article on what to share with relatives, left out when the message
names no one else (bot/content/audience.py, RELATIVE_CUE): its frames ("belt", "wil weten", "mag ik
zeggen") had drawn it into offers for any customer who calls. The answers on the real index:
tests/data/everyday_kinds_s68b.yml (test_everyday_kinds.py). None of these is a dev set's sentence.
"""

from __future__ import annotations

import pytest

from bot.content.audience import RELATIVE_CUE, without_their_cue
from bot.engine import plain_kinds as pk
from tests.unit.plain_kind_checks import assert_not_of_kind, assert_read_plainly, kind_cases

OF_THE_KIND = {
    "bill-over-quote": [
        "klant komt zn e-bike ophalen na reparatie, rekening is 180 euro ipv de 90 die we hadden gezegd "
        "want de motor moest ook nagekeken worden. hij ontploft. wat nu",
        "de factuur is het dubbele van de offerte en de klant is woest",
        "de rekening viel veel hoger uit dan we hadden geschat, hoe vertel ik dat de klant",
        "allee, de herstelling is duurder uitgevallen dan afgesproken en ne klant staat te roepen",
        "the bill came to twice what we quoted and the customer is furious",
        "customer says the invoice is way higher than the estimate we gave him",
    ],
    "wait-without-anger": [
        "hoe zeg ik tegen de rest van de rij da ze even moeten wachten zonder da ze boos worden",
        "hoe zeg ik tegen wachtende klanten dat het nog even duurt zonder dat ze kwaad worden",
        "how do I tell the queue they have to wait a bit longer before they get angry",
        "hoe laat ik de mensen in de wachtrij weten dat ze moeten wachten zodat ze niet pissig worden",
    ],
    "foreign-language": [
        "klant belt over zijn schadeclaim maar praat alleen Frans, hoe help ik hem?",
        "passagier spreekt enkel Pools en snapt niet dat de gate veranderd is",
        "een mevrouw aan de balie spreekt geen woord Nederlands, hoe help ik haar",
        "a guest who only speaks Arabic wants to check in, how do I help him",
        "ne klant kent alleen Duits en begrijpt de automaat ni",
        "klant is Spaanstalig en snapt de factuur niet",
    ],
    "not-noted": [
        "klant wil een rolstoel lenen maar ze zijn allemaal uitgeleend, ze is boos want ze heeft gebeld om "
        "te reserveren en dat is niet genoteerd",
        "gast heeft een tafel gereserveerd maar de reservering staat nergens in het systeem",
        "meneer had een afspraak gemaakt voor een bandenwissel maar die is nooit ingepland",
        "a guest says he booked a room for tonight but the booking isn't in the system",
        "customer rang ahead to reserve a cake but it was never written down",
    ],
    "staff-aftercare": [
        "een klant dreigde gisteren mijn verkoper in elkaar te slaan, hoe vang ik haar op",
        "mijn kassière is vanochtend uitgescholden door een klant, hoe steun ik haar",
        "one of my staff was threatened by a customer last night, how do I support her",
        "hoe vang ik mijn team op na een overval",
    ],
    "rule-to-keep": [
        "hoe vraag ik beleefd aan iemand om haar hond aan de lijn te houden in de wachtkamer?",
        "een bezoeker wil met een grote rugzak de zaal in, dat mag niet, hij wordt pissig",
        "hoe vraag ik vriendelijk aan een gast om zijn telefoon weg te leggen tijdens de voorstelling",
        "how do I politely ask a customer to keep his dog on a leash",
        "a visitor wants to take photos with flash in the gallery but that's not allowed",
        "klant wil met zn fiets de winkel in maar da mag ni",
    ],
    "sincere-apology": [
        "hoe zeg ik sorry zonder dat het nep klinkt",
        "how do I apologise so it sounds genuine and not scripted",
        "mijn excuses klinken altijd zo ingestudeerd, hoe doe ik dat oprecht",
        "k wil sorry zeggen maar het voelt zo gemaakt",
    ],
    "cant-speed-up": [
        "mevrouw belt voor de derde keer over haar waterschade, claim ligt 6 weken stil bij de expert, "
        "ik kan niks versnellen. ze huilt. wat kan ik zeggen",
        "klant wacht al weken op zijn vergunning maar ik kan het niet sneller maken, hoe zeg ik dat",
        "ne mens wacht op zn terugbetaling en ik kan da ni versnellen",
        "the customer keeps calling about his refund but it's out of my hands, finance decides",
        "passenger wants his bag faster but I can't speed it up, what do i say",
    ],
}

OF_THE_KIND["not-covered"] = [  # stop 68 (after "dat is het niet", test_not_it_s55 was refused)
    "het is een zorgverzekeraar en mevrouw krijgt haar fysio niet vergoed",
    "klant krijgt zijn bril niet vergoed, hoe vertel ik dat",
    "the customer's glasses are not reimbursed, how do I tell her",
    "de schade valt niet onder de dekking en meneer is woedend",
    "the repair isn't covered by the warranty",
]

NOT_OF_THE_KIND = {
    "not-covered": [
        "klant vraagt of fysio vergoed wordt",
        "mijn collega krijgt zijn reiskosten niet vergoed",
        "is this covered by the warranty?",
    ],
    "bill-over-quote": [
        "klant vindt de prijs te hoog",
        "klant wil weten hoeveel de reparatie kost",
        "mijn collega zegt dat de rekening hoger is dan afgesproken",
    ],
    "wait-without-anger": [
        "de rij is lang en de klanten worden boos",
        "the queue is long and people are getting angry",
        "hoe zeg ik nee zonder dat hij boos wordt",
    ],
    "foreign-language": [
        "hoe zeg ik dat in het Engels?",
        "kan je da herhalen in het engels",
        "answer in French please",
    ],
    "not-noted": [
        "mijn dienst staat niet in het rooster",
        "klant is boos want zijn pakket is niet geleverd",
        "mijn collega heeft de reservering niet genoteerd en nu is de baas boos",
    ],
    "staff-aftercare": [
        "een klant dreigt mn gezicht in elkaar te slaan als zn fiets morgen ni klaar is",
        "klant is boos omdat zijn bestelling niet compleet was",
        "how do I support a customer who just lost her husband",
    ],
    "rule-to-keep": [
        "hoe vraag ik beleefd om een review",
        "klant wil korting maar dat mag ik niet geven",
        "mag ik een klant vragen om zijn jas uit te doen",
        "hoe vraag ik vriendelijk aan een klant om even te wachten",
    ],
    "sincere-apology": [
        "hoe bied ik excuses aan",
        "klant zegt sorry voor zijn gedrag van gisteren",
        "sorry, ik bedoelde een andere vraag",
    ],
    "cant-speed-up": [
        "hoe kunnen we de levertijd versnellen",
        "kan ik de procedure niet versnellen voor mijn klant?",
        "my colleague can't speed up at the till",
    ],
}


@pytest.mark.parametrize(("name", "message"), kind_cases(OF_THE_KIND))
def test_a_message_of_the_kind_is_read_with_its_plain_words(name: str, message: str) -> None:
    assert_read_plainly(name, message)


@pytest.mark.parametrize(("name", "message"), kind_cases(NOT_OF_THE_KIND))
def test_a_look_alike_is_not_of_the_kind(name: str, message: str) -> None:
    assert_not_of_kind(name, message)


def test_a_prevented_emotion_is_no_angry_queue() -> None:
    """"zonder da ze boos worden" reads as time pressure only, not as angry customers in a queue."""
    message = "hoe zeg ik tegen de rij da ze moeten wachten zonder da ze boos worden"
    names = [k.name for k in pk.kinds_of(message)]
    assert names == ["wait-without-anger"]


@pytest.mark.parametrize(
    ("message", "cued"),
    [
        ("mevrouw belt voor de derde keer over haar waterschade, ze huilt. wat kan ik zeggen", False),
        ("een klant vraagt of ze in termijnen mag betalen voor de operatie, wat zeg ik?", False),
        ("en de man achter haar wil weten of hij met museumkaart korting krijgt op de audiotour", False),
        ("ne mens belde dat zn kat gestorven is na de ingreep, wa zeg ik tegen zo iemand", False),
        ("de vrouw van een klant belt of ze zijn saldo mag weten", True),
        ("zoon belt namens zn pa die dementeert, wa moet ik doen", True),
        ("a guy calls saying he's the customer's dad and wants her balance", True),
        ("girlfriend of a gym member asks if he checked in today, can i say", True),
    ],
)
def test_the_relatives_article_needs_someone_else_named(message: str, cued: bool) -> None:
    assert bool(RELATIVE_CUE.search(message)) is cued
    assert ("sharing-with-relatives" in without_their_cue(message)) is not cued
