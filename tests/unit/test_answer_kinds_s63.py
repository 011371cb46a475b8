"""Stop 63 (helper A, issue 9 "right first time, or ask"): everyday kinds of message the coach missed,
read with the plain words of their article (bot/engine/plain_kinds.py). Per kind: messages of the kind
(Dutch, English, chat spelling, Flemish) that are none of the dev sets' sentences, and look-alikes that
must stay as typed. The answers on the real index: tests/data/everyday_kinds_s63.yml (read by
tests/unit/test_everyday_kinds.py).

Kinds new here: apologising when it is not one's fault (an extra pattern of apology-without-blame), a
customer's question the asker could not answer, measuring whether a team gives good service (an extra
pattern of measuring-a-team), staff treated well so they treat customers well, a manager's coaching talk
with one employee, the rule that says no against the feeling that says help, a conversation the asker
cannot let go of, and a nervous customer in a Dutch clause with the verb last. Kinds of earlier
stops read with other plain words: a threat to sue, and the same question asked again.
"""

from __future__ import annotations

import pytest

from bot.engine.plain_kinds import KINDS
from tests.unit.plain_kind_checks import KIND_NAMES, assert_not_of_kind, assert_read_plainly, kind_cases

OF_THE_KIND = {
    "apology-without-blame": [
        "moet ik sorry zeggen als het niet mijn fout is",
        "should I apologise when it wasn't my fault?",
        "excuses maken terwijl het niet aan mij lag, hoe doe ik dat",
        "is it ok to say sorry if it's not even my fault",
        "sorry zeggen als het ni mijn schuld is, moet da?",
    ],
    "didnt-know-the-answer": [
        "een gast vroeg naar de openingstijden van het zwembad en ik wist het antwoord niet",
        "a customer asked me about the warranty and I didn't know the answer",
        "klant stelde een vraag over de factuur, ik wist het ni",
        "the patient asked about side effects and I just guessed",
        "iemand vroeg iets over zijn pensioen en ik had geen antwoord",
    ],
    "measuring-a-team": [
        "hoe meet je of je team goede service geeft",
        "how do I measure whether my department delivers good service",
        "hoe meten we de kwaliteit van onze service",
        "how can we track service quality across the branches",
    ],
    "staff-treated-well": [
        "how do I keep my nurses from burning out while patients still get good care",
        "onze medewerkers zijn uitgeput en de klanten merken het",
        "waarom zou ik mijn personeel goed behandelen als ik goede service wil",
        "our staff are overworked and guests notice it",
        "ons team zit op hun tandvlees, hoe houden we de service voor de klant goed",
    ],
    "coaching-talk": [
        "hoe bereid ik een feedbackgesprek voor met een medewerker die kortaf is tegen klanten",
        "how do I run a coaching conversation with an employee who gets a lot of complaints",
        "tips voor een coachingsgesprek met mijn nieuwe kassamedewerker",
        "feedback talk with a waiter who ignores guests, where do I start",
    ],
    "nervous-customer": [
        "hoe help ik een klant die erg zenuwachtig is",
        "een gast die bang is om in de lift te stappen",
        "patiënt die zich zorgen maakt over de uitslag, wat zeg ik",
        "reiziger die op van de zenuwen is omdat zijn trein niet rijdt",
    ],
    "legal-threat": [
        "a guest threatened to sue the hotel",
        "klant dreigt met een advocaat",
        "die meneer zegt dat hij naar de rechter stapt",
        "the caller threatened legal action over the bill",
    ],
    "rule-against-heart": [
        "het protocol zegt nee maar ik wil die mevrouw echt helpen",
        "policy says no but my gut says help her",
        "the rules don't allow it but I'd like to help this guest",
        "volgens de procedure mag het niet, maar mijn hart zegt ja",
    ],
    "lingering-conversation": [
        "that rude guest this morning, I can't get it out of my head",
        "ik krijg die klant van vanochtend niet uit mijn hoofd",
        "dat gesprek met die boze beller blijft maar door mijn hoofd spoken",
        "kan het niet loslaten, die klant was zo gemeen",
    ],
    "same-question-again": [
        "klant stelt voor de vijfde keer dezelfde vraag",
        "mevrouw vraagt voor de derde keer hetzelfde",
        "the guest asks the same question for the fourth time",
        "ne klant die telkens opnieuw dezelfde vraag stelt",
    ],
}

NOT_OF_THE_KIND = {
    "apology-without-blame": [
        "hoe bied ik excuses aan",
        "de klant zegt dat het niet zijn schuld is",
        "it was not my fault but the customer is angry",
        "sorry, ik heb een vraag",
    ],
    "didnt-know-the-answer": [
        "ik weet niet wat ik moet doen met een boze klant",
        "mijn collega vroeg iets en ik wist het niet",
        "i don't know what to say to an angry customer",
        "klant vraagt naar de prijs",
    ],
    "measuring-a-team": [
        "how do I meet my targets",
        "we geven goede service",
        "hoe geef ik goede service",
        "meet and greet with customers",
    ],
    "staff-treated-well": [
        "ik ben uitgeput door lastige klanten",
        "i'm exhausted after all the angry customers today",
        "the stress from difficult customers",
        "mijn team is uitgeput",
        "how do I treat a customer well",
    ],
    "coaching-talk": [
        "een feedbackgesprek met een klant over onze service",
        "feedback session with our customers",
        "hoe geef ik feedback aan mijn collega",
        "coaching tip please",
    ],
    "nervous-customer": [
        "collega die bang is voor boze klanten",
        "ik ben bang dat de klant boos wordt",
        "klant die boos is",
        "customer who is angry about the delay",
    ],
    "legal-threat": [
        "kan ik mijn werkgever aanklagen",
        "can I sue my boss",
        "a customer threatened me, what should I do now?",
        "klant dreigt het online te zetten",
    ],
    "rule-against-heart": [
        "de regels zeggen nee, hoe zeg ik nee tegen de klant",
        "klant wil iets wat niet mag volgens de regels",
        "how do I say no when the policy doesn't allow it",
        "ik wil helpen maar weet niet hoe",
    ],
    "lingering-conversation": [
        "the customer can't let it go and keeps emailing",
        "how do I help a customer who can't stop thinking about the mistake",
        "klant wil het niet loslaten en blijft mailen",
        "ik krijg de kassa niet open",
    ],
    "same-question-again": [
        "klant belt voor de derde keer over hetzelfde pakket",
        "veel klanten stellen steeds dezelfde vraag",
        "customer called for the third time about the same order",
        "mijn collega vraagt steeds hetzelfde",
    ],
}

def test_every_kind_here_is_a_kind_with_enough_messages_and_look_alikes() -> None:
    assert set(OF_THE_KIND) == set(NOT_OF_THE_KIND)
    assert set(OF_THE_KIND) <= KIND_NAMES
    assert all(len(messages) >= 4 for messages in OF_THE_KIND.values())
    assert all(len(messages) >= 4 for messages in NOT_OF_THE_KIND.values())


@pytest.mark.parametrize(("name", "message"), kind_cases(OF_THE_KIND))
def test_a_message_of_the_kind_is_read_with_its_plain_words(name: str, message: str) -> None:
    assert_read_plainly(name, message)


@pytest.mark.parametrize(("name", "message"), kind_cases(NOT_OF_THE_KIND))
def test_a_look_alike_is_not_of_the_kind(name: str, message: str) -> None:
    assert_not_of_kind(name, message)


def test_the_threat_and_the_same_question_are_read_with_their_articles_own_words() -> None:
    """A threat to sue shared "threatened" with after-a-hard-conversation and "voor de vijfde keer"
    put customer effort first: the plain words now carry the angry customer's advice on threats and
    the words of the customer who cannot follow."""
    threat = next(k for k in KINDS if k.name == "legal-threat")
    again = next(k for k in KINDS if k.name == "same-question-again")
    assert "rustig blijven" in threat.plain["nl"] and "stay calm" in threat.plain["en"]
    assert "in de war" in again.plain["nl"] and "confused" in again.plain["en"]
