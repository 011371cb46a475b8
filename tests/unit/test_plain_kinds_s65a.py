"""Stop 65 (helper A, the new tuning set tests/data/devset10.yml): everyday kinds the coach answered with a
neighbour, fixed by kind in bot/engine/plain_kinds.py ("Stop 65"): a repair that did not hold (the
customer back with the same fault: service recovery, not a problem the asker cannot solve), a relative
who is angry or complains about the care of someone cared for (the relative is the customer: complaint
handling, not the confused person) and bad news about a long wait to tell (the promise). Widened: a room
or linen not clean (a customer says it went wrong), still feeling bad afterwards (lingering
conversation), an outage everyone there wants compensation for (a fault for a discount) and a customer
who says it was better before (a reproach). A customer who keeps interrupting is left a content gap, as
dev sets 3 and 7 label it. Each kind reads its messages and leaves its look-alikes alone; the answers on
the real index: tests/data/everyday_kinds_s65.yml (read by test_everyday_kinds.py). None of these
messages is a dev set's sentence.
"""

from __future__ import annotations

import pytest

from bot.engine import plain_kinds as pk
from tests.unit.plain_kind_checks import assert_not_of_kind, assert_read_plainly, kind_cases

OF_THE_KIND = {
    "repair-didnt-hold": [
        "de auto is net uit de garage en nu brandt het lampje alweer, de klant belt boos op",
        "we hebben de wasmachine van een klant vorige week gerepareerd en nu lekt hij opnieuw",
        "customer picked up her laptop after repair and the same problem came back after two days",
        "klant komt voor de derde keer terug met dezelfde storing na onze reparatie",
        "ik heb de verwarming bij een klant gemaakt maar hij doet het alweer niet, hoe breng ik dat",
    ],
    "relative-complains": [
        "de zoon van een bewoner met alzheimer klaagt steeds dat zijn moeder niet genoeg drinkt",
        "the wife of a patient with dementia keeps complaining that he isn't shaved",
        "de dochter van een cliënt in de thuiszorg is boos dat we te laat kwamen",
        "de familie van een patiënt komt verhaal halen omdat hij niet geholpen is",
    ],
    "long-wait-to-tell": [
        "how do I tell a customer the part won't arrive for another 5 weeks",
        "de klant moet nog 3 weken wachten op zijn bril, hoe vertel ik dat",
        "hoe breng ik het nieuws dat de keuken pas in maart geleverd wordt",
        "what do I say when the sofa is on back order until june",
    ],
}

NOT_OF_THE_KIND = {
    "repair-didnt-hold": [
        "klant komt steeds terug met dezelfde vraag",
        "mijn laptop is gerepareerd maar doet het weer niet",
        "hoe voorkom ik dat klanten na een reparatie terugkomen met hetzelfde probleem",
        "de klant zegt dat ik een fout heb gemaakt en nu is het probleem er weer",
        "how do I tell a customer the repair will take two weeks",
    ],
    "relative-complains": [
        "de dochter belt boos en ik mag niet zeggen hoe het met haar vader gaat",
        "mijn dochter is boos dat ik zo laat werk",
        "de familie vraagt of ze langer mag blijven op bezoek",
        "een patiënt klaagt over het eten",
        "the family wants the test results but I'm not allowed to share them and they are angry",
    ],
    "long-wait-to-tell": [
        "klant vraagt wat de levertijd is",
        "hoe zorg ik dat de levertijd korter wordt",
        "ik moet nog 3 weken wachten op mijn loon",
        "hoe vertel ik een klant dat we zijn pakket kwijt zijn",
    ],
}

# kinds of earlier stops, widened in stop 65: (kind, messages now of it, look-alikes still not)
WIDENED = {
    "customer-says-it-went-wrong": (
        [
            "gast zegt dat zijn kamer vies is, wat zeg ik",
            "a guest says the bathroom in her room is dirty",
            "de gast zegt dat de lakens niet schoon zijn",
            "een patient zegt dat zijn kamer niet is schoongemaakt",
        ],
        [
            "de klant zegt dat de badkamer mooi schoon is",
            "hoe maak ik een kamer goed schoon",
            "mijn collega laat de kamers vies achter",
        ],
    ),
    "fault-for-discount": (
        [
            "de stroom viel uit in de winkel en alle klanten willen korting",
            "the system went down at check-in and all the passengers want compensation",
            "de pinautomaat lag plat en de klanten willen een vergoeding voor het wachten",
        ],
        ["de stroom viel uit in de winkel, wat doe ik", "the customer wants a discount on the sofa"],
    ),
    "customer-reproach": (
        [
            "een klant zegt dat de service vroeger veel beter was",
            "a regular says we've gone downhill and it used to be better here",
            "mevrouw zegt dat het hier vroeger veel gezelliger was, hoe reageer ik",
        ],
        ["vroeger was ik beter in mijn werk", "was het vroeger beter met de servicenormen"],
    ),
    "lingering-conversation": (
        [
            "ik voel me er nog steeds rot over, hoe verwerk ik dit",
            "i still feel awful about it, how do i get over it",
            "ik zit er nog mee dat die klant zo boos was",
        ],
        [
            "ik voel me slecht, mag ik naar huis",
            "ik heb nee gezegd en voel me er rot over, had ik het mogen doen",
            "hoe verwerk ik een klacht in het systeem",
            "how do i process a refund",
        ],
    ),
}


@pytest.mark.parametrize(("name", "message"), kind_cases(OF_THE_KIND))
def test_a_message_of_the_kind_is_read_with_its_plain_words(name: str, message: str) -> None:
    assert_read_plainly(name, message)


@pytest.mark.parametrize(("name", "message"), kind_cases(NOT_OF_THE_KIND))
def test_a_look_alike_is_not_of_the_kind(name: str, message: str) -> None:
    assert_not_of_kind(name, message)


@pytest.mark.parametrize(("name", "message"), [(name, m) for name, (of, _) in WIDENED.items() for m in of])
def test_a_message_of_a_widened_kind_is_read_with_its_plain_words(name: str, message: str) -> None:
    assert_read_plainly(name, message)


@pytest.mark.parametrize(
    ("name", "message"), [(name, m) for name, (_, alike) in WIDENED.items() for m in alike]
)
def test_a_look_alike_of_a_widened_kind_is_not_of_it(name: str, message: str) -> None:
    assert_not_of_kind(name, message)


def test_a_relative_complaining_about_a_confused_person_is_no_confused_person() -> None:
    """The one cared for has dementia, but the message is about the relative who complains."""
    message = "de dochter van een meneer met dementie belt elke dag boos op dat hij niet gewassen is"
    assert [k.name for k in pk.kinds_of(message)] == ["relative-complains"]
    assert pk.CONFUSED_PERSON.fits("een bewoner met dementie wordt boos als ik hem wil wassen")
