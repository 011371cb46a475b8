"""Stop 68 (helper A4, a fresh tester's round of stop 67, kind G "refused or unhelpful, though an
article fits"): everyday kinds fixed in bot/engine/plain_kinds.py ("Stop 68"): someone served who asks
whether they may bring someone or something along (a child to the gym, a dog, their own food: a house
rule, saying no kindly; the child put sharing-with-relatives first), and a customer short of money at
the till who must put things back (how the customer feels: shame and relief, shift-emotion). Each kind
reads its messages and leaves its look-alikes alone; the answers on the real index:
tests/data/everyday_kinds_s68.yml (read by test_everyday_kinds.py). None of these messages is a dev
set's sentence.
"""

from __future__ import annotations

import pytest

from bot.engine import plain_kinds as pk
from tests.unit.plain_kind_checks import assert_not_of_kind, assert_read_plainly, kind_cases

OF_THE_KIND = {
    "bring-along": [
        "iemand vraagt of ze haar kind van 10 mee mag nemen naar de fitness",
        "ok, die is opgehaald. iemand vraagt of ze haar kind van 10 mee mag nemen naar de fitness",
        "een moeder wil weten of haar dochtertje mee mag naar binnen in de sauna",
        "klant vraagt of hij zijn hond mag meenemen in de winkel",
        "kan ik mn hond meenemen vraagt een klant",
        "gast vraagt of ze hun eigen eten mogen meebrengen",
        "a member asked if she can bring her 10 year old to the gym",
        "can i bring my dog, a guest asks",
    ],
    "short-of-money": [
        "hoe ga ik om met een klant die steeds te weinig geld heeft en dan dingen terug moet leggen, het is "
        "zo pijnlijk",
        "mevrouw had niet genoeg geld bij zich en moest de helft terugleggen, ik vond het zo sneu",
        "klant kwam 5 euro tekort en moest dingen laten liggen",
        "ne klant had te weinig centen en moest zijn boodschappen terugzetten, hoe doe ik da discreet",
        "een oudere mevrouw kwam aan de kassa een paar euro tekort, hoe help ik haar zonder dat ze zich "
        "schaamt",
        "an old man didn't have enough money and had to put some groceries back, how do i handle that kindly",
        "customer was a few euros short and had to put items back",
        "my customer was short of money at the checkout",
    ],
}

NOT_OF_THE_KIND = {
    "bring-along": [
        "mag ik mijn kind meenemen naar mijn werk",
        "can i take my kid to work with me",
        "klant vraagt of hij zijn aankoop mag terugbrengen",
        "mag ik een collega meenemen naar de training",
        "mijn collega vraagt of ze haar hond mee mag nemen naar kantoor",
    ],
    "short-of-money": [
        "klant kan nie pinnen en heeft geen contant geld, wat nu",
        "klant heeft te weinig wisselgeld teruggekregen",
        "klant wil niet betalen en legt alles terug",
        "we komen personeel tekort aan de kassa",
        "the till is short 20 euros at the end of my shift",
        "er kwam 20 euro tekort in de kassa",
        "mijn collega kwam 20 euro tekort bij het tellen",
    ],
}


@pytest.mark.parametrize(("name", "message"), kind_cases(OF_THE_KIND))
def test_a_message_of_the_kind_is_read_with_its_plain_words(name: str, message: str) -> None:
    assert_read_plainly(name, message)


@pytest.mark.parametrize(("name", "message"), kind_cases(NOT_OF_THE_KIND))
def test_a_look_alike_is_not_of_the_kind(name: str, message: str) -> None:
    assert_not_of_kind(name, message)


def test_a_failed_payment_without_cash_stays_a_problem_one_cannot_solve() -> None:
    """No cash with a card that fails is PAYMENT_FAILS only: no money to put things back for."""
    names = [k.name for k in pk.kinds_of("de pin doet het niet en de klant heeft geen cash")]
    assert names == ["payment-fails"]


def test_a_child_brought_along_is_read_as_a_house_rule_not_as_relatives() -> None:
    read = pk.plainly("iemand vraagt of ze haar kind van 10 mee mag nemen naar de fitness", "nl")
    assert "huisregel" in read and "nee zeggen" in read
