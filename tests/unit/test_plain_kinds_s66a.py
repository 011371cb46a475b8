"""Stop 66 (helper A, a fresh tester's round on Telegram): three everyday kinds the coach answered with a
neighbour, fixed by kind in bot/engine/plain_kinds.py ("Stop 66"): a customer who regrets a purchase and
wants the deposit or the money back, though nothing went wrong (saying no kindly, not the angry customer
nor a failure to put right); turning an ordinary or satisfied customer into a fan (level 4 of the
pyramid, surprise and delight, not service recovery); and a customer who cannot choose between options
(customer intimacy: ask what matters most to this customer, advise honestly, don't push; the article
names that case since this stop, where before the coach answered confidently with a relationship article
or the confused customer). Each kind reads its messages and leaves its look-alikes alone; the answers on
the real index: tests/data/everyday_kinds_s66.yml (read by test_everyday_kinds.py). None of these
messages is a dev set's sentence.
"""

from __future__ import annotations

import pytest

from bot.engine import plain_kinds as pk
from tests.unit.plain_kind_checks import assert_not_of_kind, assert_read_plainly, kind_cases

OF_THE_KIND = {
    "regret-money-back": [
        "klant wil zn aanbetaling terug want hij heeft spijt van de hele keuken, wat zeg ik tegen hem",
        "klant heeft spijt van zijn bank en wil hem terugbrengen, maar het is maatwerk",
        "mevrouw heeft zich bedacht en wil haar voorschot terug voor de verbouwing",
        "een klant wil zijn abonnement opzeggen en zijn geld terug want hij heeft er geen zin meer in",
        "klant wil de reis annuleren zonder kosten omdat hij er toch geen zin meer in heeft",
        "die klant ziet ervan af en wil de aanbetaling terug, maar die is niet terugbetaalbaar",
        "customer changed his mind about the sofa and wants his deposit back",
        "a guest regrets booking the package and wants a full refund, but it's non-refundable",
        "buyer's remorse: customer wants to cancel the kitchen order and get her deposit back",
    ],
    "turn-into-fans": [
        "hoe maak ik van een gewone gast een echte fan",
        "hoe zorg ik dat klanten fan van ons worden",
        "hoe maak ik van tevreden klanten echte ambassadeurs",
        "hoe krijg ik klanten zo enthousiast dat ze ons aanraden aan vrienden",
        "hoe maak ik klanten loyaal, niet alleen tevreden",
        "how do i turn a regular guest into a real fan",
        "how do we turn satisfied customers into promoters",
        "how do i make customers loyal instead of just satisfied",
        "how can i wow my customers",
    ],
    "cant-choose": [
        "klant twijfelt al 3 weken tussen 2 keukens en blijft maar terugkomen, hoe help ik hem kiezen",
        "een klant kan niet kiezen tussen twee fietsen, hoe help ik haar zonder opdringerig te zijn",
        "meneer twijfelt tussen de dure en de goedkope tv, wat zeg ik",
        "klant komt voor de vierde keer kijken naar een bank maar durft niet te beslissen",
        "hoe adviseer ik een klant die niet weet welk abonnement hij moet nemen",
        "customer can't decide between two laptops, how do i help without being pushy",
        "a customer keeps coming back but can't make up her mind about the kitchen",
        "how do i advise a customer who is unsure which plan to pick",
    ],
}

NOT_OF_THE_KIND = {
    "regret-money-back": [
        "klant wil zijn geld terug want de keuken is beschadigd geleverd",
        "customer wants a refund because the sofa arrived broken",
        "klant heeft spijt dat hij zo boos werd en biedt excuses aan",
        "ik heb spijt dat ik de klant verkeerd heb geholpen",
        "klant wil annuleren omdat wij de levering drie keer hebben uitgesteld",
        "the guest wants a refund because she waited an hour for her table",
        "mijn collega heeft spijt en wil de klant zijn geld terugstorten",
    ],
    "turn-into-fans": [
        "how do i turn an angry customer into a loyal one",
        "hoe maak ik van een ontevreden klant weer een trouwe klant",
        "hoe voel ik me meer ambassadeur van mijn bedrijf",
        "what are promoters and detractors in nps",
        "hoe krijg ik mijn team enthousiast over klanten",
        "klant is fan van de concurrent, wat nu",
        "how do we measure how many customers are promoters",
    ],
    "cant-choose": [
        "ik twijfel of ik de klant moet terugbellen",
        "klant twijfelt aan mijn advies en wil de manager spreken",
        "klant kan maar niet kiezen and the queue is out the door",
        "mijn collega kan niet kiezen welke klant hij eerst helpt",
        "een bewoner met dementie weet niet wat hij moet kiezen bij het eten",
        "the customer is unsure which form to fill in and gets confused",
    ],
}


@pytest.mark.parametrize(("name", "message"), kind_cases(OF_THE_KIND))
def test_a_message_of_the_kind_is_read_with_its_plain_words(name: str, message: str) -> None:
    assert_read_plainly(name, message)


@pytest.mark.parametrize(("name", "message"), kind_cases(NOT_OF_THE_KIND))
def test_a_look_alike_is_not_of_the_kind(name: str, message: str) -> None:
    assert_not_of_kind(name, message)


def test_a_regret_is_read_with_the_words_of_saying_no_not_of_anger() -> None:
    """Nobody is angry in a regret: the plain words name saying no kindly and the terms, no anger."""
    read = pk.plainly("klant wil zn aanbetaling terug want hij heeft spijt van de hele keuken", "nl")
    assert "vriendelijk nee zeggen" in read and "boos" not in read


def test_a_doubting_customer_is_no_customer_who_cannot_follow() -> None:
    """A customer torn between two laptops is advised (customer intimacy), not explained to again."""
    names = [k.name for k in pk.kinds_of("customer can't decide between two laptops")]
    assert names == ["cant-choose"]
