"""Stop 67 (helper A3, a fresh tester's round, kind G "refused or unhelpful, though an article fits"):
everyday kinds the coach refused although an article covers them, fixed by kind in
bot/engine/plain_kinds.py ("Stop 67"): a payment that will not go through at the till, a queue waiting
(a problem you cannot solve yourself: another way to pay); a customer asking for something the asker
cannot do because they cannot leave their post (saying no kindly); a house rule to keep, a place held
with a coat or a towel or a table taken all day on one coffee (saying no kindly); a customer who
accuses the asker of theft (the angry customer, crossing a line); and, widened, a team lax at greeting
customers (TEAM_TO_TAKE_UP_A_HABIT: the role model, a huddle, feedback on the floor). Each kind reads
its messages and leaves its look-alikes alone; the answers on the real index:
tests/data/everyday_kinds_s67.yml (read by test_everyday_kinds.py). None of these messages is a dev
set's sentence.
"""

from __future__ import annotations

import pytest

from bot.engine import plain_kinds as pk
from tests.unit.plain_kind_checks import assert_not_of_kind, assert_read_plainly, kind_cases

OF_THE_KIND = {
    "payment-fails": [
        "de pinbetaling van een klant lukt niet en er staat een hele rij te wachten",
        "bij een mevrouw gaat de betaling steeds niet door en ze heeft geen cash bij zich",
        "pinnen lukt ni bij die klant en de rij wordt langer, wa doe ik",
        "klant kan nie pinnen en heeft geen contant geld, wat nu",
        "a customer's payment won't go through and there's a queue behind her",
        "the card payment keeps failing for this guy and he has no cash",
    ],
    "cant-leave-my-post": [
        "klant wil dat ik even meeloop naar het magazijn maar ik kan de balie niet alleen laten",
        "een gast vraagt of ik zijn koffer naar boven breng maar ik mag de receptie niet verlaten",
        "klant vraagt steeds of ik een tweede kassa open maar ik kan hier nie weg",
        "a guest wants me to walk her to the car park but i can't leave the front desk",
    ],
    "house-rule": [
        "gasten houden de ligbedden bezet met handdoeken en komen pas uren later, wat zeg ik",
        "iemand zit de hele middag met één koffie aan de grote tafel terwijl anderen wachten",
        "hoe spreek ik een bezoeker aan op de huisregels zonder onbeleefd te zijn",
        "guests keep saving sunbeds with towels at 7am, how do i address it",
        "a student is hogging a table for four all day, how do i ask him to move",
    ],
    "accused-of-theft": [
        "een klant beschuldigt me van diefstal omdat zijn telefoon weg is",
        "die vent riep dat ik hem heb opgelicht met het wisselgeld",
        "klant zegt dat ik em te weinig geld terug heb gegeven en dat ik een dief ben",
        "a customer accused me of stealing his wallet, what do i do",
    ],
    "team-to-take-up-a-habit": [
        "mijn medewerkers vergeten steeds klanten te groeten, hoe los ik dat op",
        "my staff keep forgetting to greet customers at the till, how do i fix that without nagging",
        "our crew rarely says hello to guests, how do i change that",
    ],
}

NOT_OF_THE_KIND = {
    "payment-fails": [
        "klant wil niet betalen omdat het eten koud was",
        "de pinautomaat doet het niet, hoe kan ik hem resetten",
        "mijn collega zegt dat de betaling niet lukt op zijn kassa",
    ],
    "cant-leave-my-post": [
        "ik kan mijn werk niet verlaten voor een afspraak bij de dokter",
        "i can't leave the customer waiting but my manager calls me",
        "gast vraagt om een late check-out maar we zitten vol",
    ],
    "house-rule": [
        "het is super druk aan de balie, hoe blijf ik rustig en aardig",
        "een gast wil een tafel reserveren voor zaterdag",
        "mijn collega houdt altijd de beste werkplek bezet",
    ],
    "accused-of-theft": [
        "zijn fiets is gestolen uit de stalling en hij wil dat wij betalen",
        "ik zag een klant iets in zijn tas stoppen, wat doe ik",
        "mijn collega zegt dat ik geld uit de kassa heb gepakt",
        "een bewoner met dementie zegt steeds dat ik haar sieraden heb gestolen",
    ],
    "team-to-take-up-a-habit": [
        "mijn team is gedemotiveerd en groet klanten niet meer, hoe krijg ik de energie terug",
        "een klant groet nooit terug, wat doe ik",
        "mijn collega's zijn niet vriendelijk tegen mij",
    ],
}


@pytest.mark.parametrize(("name", "message"), kind_cases(OF_THE_KIND))
def test_a_message_of_the_kind_is_read_with_its_plain_words(name: str, message: str) -> None:
    assert_read_plainly(name, message)


@pytest.mark.parametrize(("name", "message"), kind_cases(NOT_OF_THE_KIND))
def test_a_look_alike_is_not_of_the_kind(name: str, message: str) -> None:
    assert_not_of_kind(name, message)


def test_an_accusation_of_theft_is_no_theft_to_pay_for() -> None:
    """Accused of stealing is the angry customer's words; a stolen bike to pay for is saying no."""
    accused = pk.kinds_of("een klant beschuldigt me van diefstal omdat zijn telefoon weg is")
    assert [k.name for k in accused] == ["accused-of-theft"]
    bike = [k.name for k in pk.kinds_of("zijn fiets is gestolen uit de stalling en hij wil dat wij betalen")]
    assert "accused-of-theft" not in bike and "theft-to-pay-for" in bike


def test_a_failed_payment_is_read_as_a_problem_one_cannot_solve_not_as_a_refusal_to_pay() -> None:
    read = pk.plainly("klant kan nie pinnen en heeft geen contant geld", "nl")
    assert "zelf niet kunt oplossen" in read and "nee zeggen" not in read
