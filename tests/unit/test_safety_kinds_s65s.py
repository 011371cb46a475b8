"""Stop 65 (fresh-user tester D, helper S): safety and where-to-go lines missed, fixed by kind
(knowledge/referrals.yml). Each kind with look-alikes that must stay as they are.

A1 one's own colleague in tears or at the end of it after a patient, a customer or a death: the
   colleague line, also with the patient or customer in the message; a customer who cries is not this.
A3 a customer scammed: an account "hacked" by a call said to be from the bank and money to move, a grandchild
   in trouble who needs money: the scam line; one's own hacked login or a birthday transfer is not.
A4 a customer threatened or hurt at home or by a neighbour, or afraid to go home: `customer_in_danger`
   (112 when acute, police 0900-8844, Veilig Thuis 0800-2000).
A5 an accusation of overcharging in words of stealing or robbing (with prices, bills, a meter) is no robbery.
B1 a medicine given to a patient, resident or client, asked by care staff: the line on giving
   medicines (`medicine_given`, stop 66).
B2 a gift named as an object (chocolate, wine, flowers) from someone served, or kept: the gifts line.
B3 someone who walks out with goods without paying: the thief line (`robbery`: don't chase).
B4 a manager who threatens the contract or the job: `conduct` (confidential adviser or HR), not `employment`.
C  an insult about the asker's origin without the word racism: `insulted_origin`, with the crossing-the-line
   article.
Real referrals (knowledge/referrals.yml) as the decision reads them (bot/engine `referrals_for`).
"""

from __future__ import annotations

import pytest

from tests.unit.replies import referrals, topics_of

BY_ID = {r.id: r for r in referrals()}

COLLEAGUE_DISTRESS = [
    "mijn collega zit op het toilet te huilen na een overleden patient, wat kan ik doen",
    "mijn collega zit in de personeelsruimte te huilen na die klant",
    "mn collega zit te janken in t magazijn na een boze klant",
    "mijn collegaatje zit te wenen na een overleden bewoner",
    "mijn collega is helemaal kapot na het overlijden van een patiënt",
    "my colleague is in the toilet crying after a patient died",
    "my coworker is sobbing in the back after a customer yelled at her",
    "my colleague broke down after a resident passed away",
]

NOT_COLLEAGUE_DISTRESS = [
    "de klant huilde en mijn collega wist niet wat ze moest doen",
    "a customer was crying and my colleague asked me what to do",
    "mijn collega heeft een klant geholpen die huilde",
    "mijn collega zegt dat de patient pijn heeft",
]

SCAM = [
    "een oudere mevrouw wil geld opnemen want iemand van 'de bank' belde dat haar rekening gehackt is",
    "een oude meneer zegt dat zijn rekening gehackt is en hij moet van de bank al zijn geld overmaken",
    "een klant wil 3000 euro opnemen want zijn kleinzoon zit in de problemen en heeft geld nodig",
    "een bejaarde klant kreeg een appje van haar kleindochter in nood en wil geld overmaken",
    "an elderly customer says the bank told her her account was hacked and she must transfer her savings",
    "an old man wants to withdraw cash because his grandson is in trouble and needs bail",
    "klant heeft via een phishingmail zijn codes ingegeven",
]

NOT_SCAM = [
    "klant zegt dat zijn account bij ons gehackt is, hij kan niet inloggen",
    "a customer says her instagram was hacked",
    "klant wil geld overmaken naar zijn kleinzoon voor zijn verjaardag",
]

IN_DANGER = [
    (
        "a woman at the desk says her neighbour threatens her and she is scared to go home, "
        "she wants us to do something"
    ),
    "een mevrouw aan de balie zegt dat haar ex haar bedreigt en ze durft niet naar huis",
    "een klant vertelt dat haar man haar slaat, wat moet ik doen",
    "een bewoner zegt dat hij bang is om naar huis te gaan omdat zijn buurman hem bedreigt",
    "klant vertelde aan de kassa over huiselijk geweld",
    "a customer told me her husband hits her",
    "a guest says he is afraid to go home because his neighbour keeps threatening him",
]

NOT_IN_DANGER = [
    "klant is bang dat zijn pakket niet thuis aankomt",
    "de buurman van een klant klaagt over geluid",
    "a customer says her neighbour keeps parking in her spot",
]

THIEF = [
    "een klant liep net weg met 2 jassen zonder te betalen, het alarm ging af",
    "er liep net een jongen weg met een fles whisky zonder te betalen",
    "iemand ging ervandoor met een laptop zonder te betalen",
    "a customer just walked out with two jackets without paying",
    "a guy ran off with a bottle of vodka without paying, the alarm went off",
]

ACCUSED_OF_STEALING = [
    (
        "customer on the phone keeps saying the smart meter is wrong and we are stealing his money, "
        "he doesnt let me talk"
    ),
    "a caller says our company robbed him with the new prices, how do i stay calm",
    "klant zegt dat we hem beroofd hebben met die rekening",
    "the customer says this price is daylight robbery",
    "klant roept dat jullie stelen met die prijzen",
    "he says you're stealing from him with these fees",
    "klant zegt dat het pure diefstal is, die rekening",
    "the customer says we are robbing him with this bill",
]

STILL_ROBBERY = [
    "we are being robbed, a man has a knife",
    "er is net een overval geweest bij de kassa",
    "someone stole money from the till",
]

MEDICINE = [
    "mag ik een patient die pijn heeft een extra paracetamol geven",
    "mag ik een patient paracetamol geven zonder dat de arts het heeft voorgeschreven",
    "mag ik een bewoner een extra slaappil geven als hij niet kan slapen",
    "kan ik een cliënt een ibuprofen geven zonder recept",
    "mag ik mevrouw een pijnstiller geven, ze heeft hoofdpijn",
    "mag ik de bewoonster een extra oxazepam geven, ze is onrustig",
    "can i give a patient extra ibuprofen for the pain",
    "may i give a resident a sleeping pill without a prescription",
    # stop 66: the line on giving a medicine, also in a shop or a hotel, and without naming one
    "mag ik een klant een paracetamol geven, hij heeft hoofdpijn",
    "can i give the guest an aspirin, he has a headache",
    "kan ik meneer een extra pilletje geven voor de nacht",
    "mag ik de patient iets tegen de pijn geven",
    "can i give her something for the pain, the nurse is on her break",
    "is it ok to give the patient an extra painkiller",
]

NOT_MEDICINE = [
    "mag ik een klant korting geven",
    "mag ik een patient een extra kopje koffie geven",
    "can i give the customer a tablet to fill in the form",
    "mag ik een bewoner een extra dekentje geven",
]

GIFTS = [
    "mag ik een doos chocolade aannemen van een burger die blij was",
    "mag ik een fles wijn aannemen van een tevreden klant",
    "mag ik die bloemen houden",
    "mag ik de bonbons houden die ik kreeg",
    "a customer gave me a bottle of wine, can i keep it",
    "can i keep the flowers a patient gave me",
    "mag ik een taart aannemen van een dankbare familie",
    "may i accept a box of chocolates from a grateful guest",
]

NOT_GIFTS = [
    "mag ik de klant een fles wijn geven als excuus",
    "kan ik de klant bloemen sturen na een klacht",
    "mag ik de wijn in de koelkast houden",
]

MANAGER_THREAT = [
    "mijn manager zegt dat ik moet glimlachen anders krijg ik geen contractverlenging",
    "mijn baas zegt dat ik moet overwerken anders word ik ontslagen",
    "mijn leidinggevende dreigt mijn contract niet te verlengen als ik me ziek meld",
    "mn chef zegt da ik moet zwijgen anders lig ik eruit",
    "my manager says I have to smile more or I won't get a contract extension",
    "my boss threatened to fire me if i report it",
]

CONTRACT = [
    "wanneer wordt mijn contract verlengd",
    "mijn manager zegt dat mijn contract verlengd wordt",
    "my manager says my contract will be renewed, what should i ask",
]

ORIGIN_INSULT = [
    "iemand aan de balie noemde me net een vuile buitenlander",
    "een klant zei net dat ik terug moet naar mijn eigen land",
    "een klant schold me uit voor aap",
    "klant riep: ga terug naar je eigen land",
    "ne klant schold mij uit voor aap en vuile buitenlander",
    "a customer told me to go back to my country",
    "a guest called me a monkey",
    "a customer shouted go back where you came from",
]

NOT_ORIGIN_INSULT = [
    "klant wil terug naar zijn eigen land en vraagt naar vluchten",
    "a customer wants to go back to his country next week",
    "the monkey bars in the play area are broken",
]


@pytest.mark.parametrize(
    ("texts", "topic"),
    [
        (COLLEAGUE_DISTRESS, "colleague_distress"),
        (SCAM, "customer_scam"),
        (IN_DANGER, "customer_in_danger"),
        (THIEF, "robbery"),
        (STILL_ROBBERY, "robbery"),
        (MEDICINE, "medicine_given"),
        (GIFTS, "gifts"),
        (MANAGER_THREAT, "conduct"),
        (ORIGIN_INSULT, "insulted_origin"),
    ],
)
def test_each_kind_gets_its_line_first(texts: list[str], topic: str) -> None:
    wrong = [(text, topics_of(text)) for text in texts if topics_of(text)[:1] != [topic]]
    assert not wrong, wrong


@pytest.mark.parametrize(
    ("texts", "topic"),
    [
        (NOT_COLLEAGUE_DISTRESS, "colleague_distress"),
        (NOT_SCAM, "customer_scam"),
        (NOT_IN_DANGER, "customer_in_danger"),
        (ACCUSED_OF_STEALING, "robbery"),
        (NOT_MEDICINE, "medical"),
        (NOT_GIFTS, "gifts"),
        (CONTRACT, "conduct"),
        (NOT_ORIGIN_INSULT, "insulted_origin"),
    ],
)
def test_look_alikes_stay_as_they_are(texts: list[str], topic: str) -> None:
    wrong = [(text, topics_of(text)) for text in texts if topic in topics_of(text)]
    assert not wrong, wrong


def test_a_contract_question_stays_the_contract_line() -> None:
    assert all(topics_of(text)[:1] == ["employment"] for text in CONTRACT)


def test_the_new_lines_name_where_to_go_in_both_languages() -> None:
    danger = BY_ID["customer_in_danger"].where
    assert all(n in danger["nl"] and n in danger["en"] for n in ("112", "0900-8844", "0800-2000", "1712"))
    assert BY_ID["insulted_origin"].article == "customer-crossing-the-line"
