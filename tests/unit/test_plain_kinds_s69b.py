"""Stop 69 (helper A7, a fresh tester's round, kinds 5 and 6 "house rules and saying no", "complaints
and recovery"): everyday kinds fixed in bot/engine/plain_kinds.py ("Stop 69 (helper A7") and
bot/content/audience.py (KPI_PRESSURE, CHILDREN_ABOUT).

- House rules and saying no (saying-no-kindly): a rule stated ("bij ons mogen geen honden"), a
  customer's children running about ("2 kleine kinderen rennen door de zaak tussen de scharen"; no
  longer the article on sharing with relatives for "mum" or "kinderen"), something spoken for or a
  regular who claims an exception ("laatste brood al gereserveerd", "ik kom hier al 20 jaar"), a
  customer who keeps demanding something free, a customer who cancels late or does not show, again.
- Complaints and recovery: a customer unhappy with the result who wants money back ("kapsel ni goe",
  "brood beschimmeld") and costs our own failure caused ("parkeerkosten niet vergoed terwijl het onze
  schuld was"; no longer a claim not covered) are service recovery; a quoted sum and a far higher bill
  ("offerte 180 euro, bij inleveren 420") the price objection; sorry for something the asker did not
  do service recovery; a wait the asker cannot shorten time pressure (not a matter stuck elsewhere); a
  manager's staff without time for customers because of targets culture-kpis.

Each kind with look-alikes that must not change; the tester's messages through the real advice action
on the real index (tests/unit/turns.py); the ranking on the real index: tests/data/
everyday_kinds_s69b.yml (test_everyday_kinds.py). None of these is a dev set's sentence.
"""

from __future__ import annotations

import pytest

from bot.content.audience import without_their_cue
from tests.unit.plain_kind_checks import assert_not_of_kind, assert_read_plainly, kind_cases
from tests.unit.replies import source_id
from tests.unit.turns import new_sender, turn

OF_THE_KIND = {
    "house-rule-stated": [
        "mevrouw neemt grote hond mee, bij ons mogen geen honden",
        "honden zijn hier niet toegestaan en meneer wordt boos",
        "ne mens komt binnen me zn hond, bij ons mogen geen beesten binnen",
        "gast wil zijn eigen eten opeten, dat is hier verboden",
        "a lady walks in with a big dog, no dogs allowed in the salon",
        "customer brought his dog but pets aren't allowed inside",
        "we don't allow skateboards and this kid won't listen",
    ],
    "children-running": [
        "2 kleine kinderen rennen door de zaak tussen de scharen",
        "twee kindjes rennen door de winkel tussen de glazen schappen, de moeder doet niks",
        "kinderen klimmen op de stellingen en de ouders kijken niet",
        "de kids van een klant spelen met de föhns, hoe zeg ik da tegen de mama",
        "kids running around the shop between the scissors, what do I say to the dad",
        "children climbing on the displays while their mum is on the phone",
    ],
    "spoken-for": [
        'laatste brood al gereserveerd, "ik kom hier al 20 jaar". wat nu',
        "het laatste taartje is al besteld door iemand anders en een klant wil het toch",
        "the last cake is reserved for someone else but a regular wants it",
        "meneer zegt ik kom hier al 30 jaar, dus ik krijg toch wel korting",
        'klant: "ik ben hier al twintig jaar klant" en wil voorrang',
        "she said I've been coming here for 15 years, you can make an exception",
    ],
    "demands-free": [
        "ok. wat doe ik met een klant die telkens een gratis hoesje eist",
        "klant eist steeds een gratis koffie erbij",
        "er is een vent die elke keer iets gratis wil",
        "klant blijft aandringen op een gratis extra behandeling",
        "a customer keeps demanding a free phone case",
        "a guest always asks for a free upgrade, how do I say no",
    ],
    "late-canceller": [
        "klant belt af 10 min voor afspraak, 3e keer deze maand, hoe spreek ik haar daarop aan",
        "patiënt komt voor de derde keer niet opdagen, hoe spreek ik hem aan",
        "klant zegt weer op het laatste moment af",
        "mevrouw annuleert steeds last minute",
        "a client cancelled last minute again, the third time this month",
        "customer didn't show up again for his appointment",
    ],
    "poor-result-money-back": [
        "allee, ne madam vindt haar kapsel ni goe, wil geld terug",
        "klant zegt dat brood van gisteren beschimmeld was en wil geld terug",
        "klant vindt zijn maaltijd niet lekker en wil zijn geld terug",
        "mevrouw zegt dat het vlees bedorven was en wil een vergoeding",
        "ne klant vindt zijn haar verknipt, wil zn geld terug",
        "customer says the bread was mouldy and wants a refund",
        "she's not happy with her haircut and wants her money back",
    ],
    "our-fault-costs": [
        "patient: parkeerkosten niet vergoed terwijl het onze schuld was dat hij 2 uur wachtte",
        "het was onze fout dat hij zijn trein miste, hij wil de kosten vergoed",
        "klant wil zijn taxikosten terug, het lag aan ons",
        "we caused the delay and he wants his parking reimbursed",
        "it was our mistake and she wants compensation for the costs",
    ],
    "cant-shorten-wait": [
        "ik kan de wachttijd niet korter maken, wat kan ik dan wel doen",
        "ik kan de wachtrij niet sneller maken, wat zeg ik tegen de mensen",
        "we kunnen de wachttijd nie korter maken, hoe breng ik da",
        "k kan niks doen aan de wachtrij",
        "I can't make the wait any shorter, what can I do instead",
        "I can't shorten the waiting time at the desk",
    ],
    "bill-over-quote": [
        "offerte 180 euro, bij inleveren 420, klant voelt zich opgelicht",
        "de offerte was 250 euro en nu is het 600, klant is kwaad",
        "quote was 300, invoice 750, customer feels ripped off",
        "klant voelt zich afgezet want de offerte was veel lager",
    ],
    "apology-without-blame": [
        "sorry zeggen voor iets wat ik niet fout heb gedaan, zonder dat het nep klinkt",
        "excuses aanbieden voor iets wat ik zelf niet heb veroorzaakt",
        "how do I say sorry for something I didn't do",
        "customer wants an apology for something I didn't do",
    ],
    "kpi-pressure": [
        "medewerkers: te weinig tijd voor klanten door de targets, wat doe ik",
        "door de KPI's hebben mijn mensen geen tijd meer voor een praatje met de klant",
        "my team has no time for customers because of the targets",
        "de targets laten mijn medewerkers geen tijd voor de klanten",
    ],
}

NOT_OF_THE_KIND = {
    "house-rule-stated": [
        "mag ik een klant weigeren die dronken is",
        "ik mag geen korting geven, hoe zeg ik dat",
        "mijn collega zegt dat honden hier niet toegestaan zijn",
        "het is rustig, er komt geen klant binnen, wat kan ik doen",
    ],
    "children-running": [
        "mijn kinderen rennen altijd rond als ik thuiskom",
        "kind van 4 huilend, mama is nergens te vinden",
        "de kinderen van een klant zijn kwijt in de winkel",
        "kids running around lost, their mum is missing",
    ],
    "spoken-for": [
        "klant komt hier al 20 jaar, hoe verras ik hem eens",
        "klant heeft een tafel gereserveerd maar de reservering staat niet in het systeem",
        "ik heb al besteld maar het komt niet",
        "klant heeft de laatste keer besteld en het pakket kwam nooit aan",
    ],
    "demands-free": [
        "wij geven altijd gratis koffie, is dat slim",
        "klant wil een gratis proefles",
        "hoe verras ik klanten met iets gratis",
    ],
    "late-canceller": [
        "we hebben de afspraak geannuleerd en de klant is boos",
        "klant wil zijn afspraak verzetten",
        "mijn collega zegt steeds last minute af",
    ],
    "poor-result-money-back": [
        "klant vindt de prijs te hoog en wil korting",
        "klant wil geld terug want hij heeft spijt van de aankoop",
        "klant wil geld terug maar dat mag ik niet geven",
        "klant dreigt met een slechte review als hij zijn geld niet terugkrijgt",
        "he'll post a bad review unless I give him a refund",
    ],
    "our-fault-costs": [
        "klant krijgt zijn bril niet vergoed, hoe vertel ik dat",
        "mijn collega zegt dat het onze fout was",
        "is it our fault when a customer gets angry?",
    ],
    "cant-shorten-wait": [
        "hoe kunnen we de wachttijd korter maken",
        "how can we shorten the wait",
        "de wachtrij is lang en de klanten worden boos",
    ],
    "not-covered": [
        "patient: parkeerkosten niet vergoed terwijl het onze schuld was dat hij 2 uur wachtte",
    ],
    "cant-speed-up": [
        "ik kan de wachtrij niet sneller maken, wat zeg ik tegen de mensen",
    ],
    "kpi-pressure": [
        "ik heb geen tijd voor een praatje, het is te druk",
        "we hebben onze targets gehaald deze maand",
        "geen tijd door de drukte",
    ],
}


@pytest.mark.parametrize(("name", "message"), kind_cases(OF_THE_KIND))
def test_a_message_of_the_kind_is_read_with_its_plain_words(name: str, message: str) -> None:
    assert_read_plainly(name, message)


@pytest.mark.parametrize(("name", "message"), kind_cases(NOT_OF_THE_KIND))
def test_a_look_alike_is_not_of_the_kind(name: str, message: str) -> None:
    assert_not_of_kind(name, message)


@pytest.mark.parametrize(
    "message",
    [
        "children climbing on the displays while their mum is on the phone",
        "2 kleine kinderen rennen door de zaak, de mama kijkt niet",
    ],
)
def test_children_running_about_leave_out_the_relatives_article(message: str) -> None:
    assert "sharing-with-relatives" in without_their_cue(message)


TESTER = [  # the tester's messages (D4 rows 103, 104, 17, 117, 163, 105, 107, 146, 149, 150, 152, 168)
    ("employee", "mevrouw neemt grote hond mee, bij ons mogen geen honden", {"saying-no-kindly"}),
    ("employee", "2 kleine kinderen rennen door de zaak tussen de scharen", {"saying-no-kindly"}),
    ("employee", 'laatste brood al gereserveerd, "ik kom hier al 20 jaar". wat nu', {"saying-no-kindly"}),
    ("employee", "ok. wat doe ik met een klant die telkens een gratis hoesje eist", {"saying-no-kindly"}),
    ("employee", "klant belt af 10 min voor afspraak, 3e keer deze maand, hoe spreek ik haar daarop aan",
     {"saying-no-kindly"}),
    ("employee", "allee, ne madam vindt haar kapsel ni goe, wil geld terug",
     {"service-recovery", "complaint-handling"}),
    ("employee", "klant zegt dat brood van gisteren beschimmeld was en wil geld terug",
     {"service-recovery", "complaint-handling"}),
    ("employee", "patient: parkeerkosten niet vergoed terwijl het onze schuld was dat hij 2 uur wachtte",
     {"service-recovery"}),
    ("employee", "ik kan de wachttijd niet korter maken, wat kan ik dan wel doen", {"time-pressure"}),
    ("employee", "offerte 180 euro, bij inleveren 420, klant voelt zich opgelicht",
     {"price-objection", "service-recovery"}),
    ("employee", "sorry zeggen voor iets wat ik niet fout heb gedaan, zonder dat het nep klinkt",
     {"service-recovery"}),
    ("manager", "medewerkers: te weinig tijd voor klanten door de targets, wat doe ik", {"culture-kpis"}),
]


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(("role", "message", "articles"), TESTER, ids=[m[:40] for _, m, _ in TESTER])
def test_the_testers_message_gets_its_article_from_the_real_action(
    role: str, message: str, articles: set[str]
) -> None:
    sender = new_sender(role, prefix="s69b")
    replies, _ = turn(message, "nl", [], sender)
    assert source_id(replies) in articles, [r.get("text") for r in replies][:3]


@pytest.mark.usefixtures("own_app_db")
def test_a_free_case_demanded_after_an_offer_is_no_repeat_of_that_offer() -> None:
    """D4 row 117: after an offer for another matter, the demand for something free got that offer
    again word for word; it is saying no kindly of its own."""
    sender = new_sender("employee", prefix="s69b")
    offer, events = turn("klant wil zijn afspraak verzetten", "nl", [], sender)
    assert source_id(offer) is None  # an offer of topics, no answer
    replies, _ = turn("ok. wat doe ik met een klant die telkens een gratis hoesje eist", "nl", events, sender)
    assert source_id(replies) == "saying-no-kindly"
