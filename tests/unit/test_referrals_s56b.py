"""Stop 56 (tester round): a collapse in any word order or chat spelling gets the 112 line, that
line fits a hospital or large building too, and a customer who seems to be scammed gets a referral.

"help er is net een man in de wachtkamer van zn stoel gegleden ... heel wit en zweterig" got a
menu: the `emergency` topic (knowledge/referrals.yml) had "gleed van zijn stoel" and "grauw en
bezweet", not the participle, "zn" or "wit en zweterig". Things that collapse (a share price, the
website) and idioms ("wit van woede", "van mijn stoel van verbazing") stay out. A nervous customer
withdrawing cash while someone on the phone tells him what to do got menus about customers who
cross the line; `customer_scam` now names it, and not a customer who calls us crooks. Real
referrals, the real decision code and the real action.
"""

from __future__ import annotations

import pytest

from actions.advice import ActionAnswerAdvice
from bot.engine.decision import asks_apart, plain_matter
from tests.unit.action_helpers import run_text as run
from tests.unit.test_referrals_s55b import REFERRALS, topic_of

BY_ID = {r.id: r for r in REFERRALS}
COLLAPSE = (
    "help er is net een man in de wachtkamer van zn stoel gegleden hij is wel wakker maar heel wit "
    "en zweterig"
)
SCAM = (
    "vanmorgen kwam er een meneer die 9000 euro cash wou afhalen, hij was heel zenuwachtig en zat "
    "constant op zn gsm te bellen met iemand. ik denk dat hij opgelicht wordt (bankhelpdeskfraude "
    "ofzo). hoe spreek ik hem daar op aan zonder hem te beledigen?"
)


# -- a collapse: off a chair, a colour with sweat, legs giving way, "onwel" -------------------------


@pytest.mark.parametrize(
    "text",
    [
        COLLAPSE,
        "een man is van zijn stoel gegleden",
        "hij gleed van z'n stoel",
        "ze glijdt van haar stoel in de wachtkamer",
        "hij gleed zo van zijn stoel",
        "ze viel van d'r stoel",
        "ze is van de stoel gevallen",
        "een meneer zakte ineens uit zijn stoel",
        "hij is wit en zweterig",
        "ze is bleek en zweterig",
        "zweterig en bleek, hij zegt niks",
        "hij is klam en bleek",
        "ze werd helemaal wit en begon te zweten",
        "hij zag lijkbleek en zweette",
        "hij zakte door zijn benen",
        "meneer zakt in elkaar",
        "ze is in mekaar gezakt aan de balie",  # Flemish
        "een patiënt wordt onwel",
        "een vrouw is onwel in de wachtkamer",
        "meneer voelt zich onwel",
        "klant werd niet goed en ging zitten",
        "een man is niet goed geworden aan de kassa",
        "een bejaarde dame viel om bij de ingang",
        "mevrouw zakt weg in haar stoel",
        "a man slid off his chair",
        "she fell off the chair",
        "he slid off the chair and is really pale",
        "she's pale and sweaty",
        "he is clammy",
        "the guest looks grey and clammy",
        "she went white and started sweating",
        "a guest slumped in the lobby",
        "a passenger slumped against the window",
        "an old man blacked out at the counter",
        "she feels faint and is sweating",
        "he keeled over",
        "she passed out",
    ],
)
def test_a_collapse_in_any_word_order_or_spelling_gets_the_112_line(text: str) -> None:
    assert topic_of(text) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "ik zweet me een ongeluk in die wachtkamer",
        "de klant werd wit van woede",
        "ik viel bijna van mijn stoel van verbazing",
        "ik viel van mijn stoel toen ik de prijs zag",
        "mijn collega viel om van het lachen",
        "hij zakte door zijn benen van het lachen",
        "de koers is in elkaar gezakt",
        "de verkoop is in elkaar gezakt",
        "de omzet zakte volledig in elkaar",
        "het plan is helemaal in elkaar gezakt",
        "de soufflé is in elkaar gezakt",
        "de stoel in de wachtkamer is kapot",
        "ik heb klamme handen voor een presentatie",
        "the website keeled over",
        "the server passed out",
        "the business keeled over last year",
        "the server collapsed in the night",
        "sales collapsed in march",
        "sales slumped in the last quarter",
        "i nearly fell off my chair laughing",
    ],
)
def test_things_that_collapse_and_idioms_get_no_112_line(text: str) -> None:
    assert topic_of(text) != "emergency"


@pytest.mark.parametrize("topic", ["emergency", "short_of_breath"])
def test_the_112_lines_fit_a_hospital_or_large_building_too(topic: str) -> None:
    """112 or the internal alarm number, and the first-aider or the building's own team."""
    nl, en = BY_ID[topic].where["nl"], BY_ID[topic].where["en"]
    assert "112" in nl and "interne alarmnummer" in nl and "eigen noodteam" in nl
    assert "112" in en and "internal alarm number" in en and "in-house emergency team" in en
    if topic == "emergency":  # the e2e test's phrases (tests/e2e/test_decision_e2e.py)
        assert nl.startswith("Is iemand onwel of in gevaar? Bel eerst 112")
        assert en.startswith("Is someone unwell or in danger? Call the emergency number")


@pytest.mark.parametrize(
    ("text", "lang"), [(COLLAPSE, "nl"), ("a man slid off the chair, pale and clammy", "en")]
)
def test_the_testers_collapse_gets_the_112_line_on_its_own(text: str, lang: str) -> None:
    messages = run(ActionAnswerAdvice(), text, "ask_advice", lang)
    assert messages[0]["text"] == BY_ID["emergency"].where[lang]
    assert not any(m.get("buttons") or m.get("custom") for m in messages)


# -- a customer who seems to be scammed or pressured -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        SCAM,
        "een klant belt en zegt dat ze een sms kreeg van ons met een link om haar kaart te activeren, "
        "ze heeft al op de link geklikt en haar codes ingegeven",
        "een oudere klant wil 5000 euro opnemen en staat ondertussen aan de telefoon met iemand die "
        "zegt wat ze moet doen",
        "er staat een mevrouw aan de balie die geld wil overmaken naar een veilige rekening",
        "ik denk dat een klant wordt opgelicht, wat doe ik",
        "een bejaarde meneer wil voor 500 euro google play kaarten kopen om de helpdesk van microsoft "
        "te betalen",
        "klant is slachtoffer van bankhelpdeskfraude",
        "een klant is opgelicht via whatsapp, vriend in nood fraude",
        "da madammeke wordt opgelicht denk ik, ze wil al haar spaargeld afhalen",  # Flemish
        "klant heeft haar pincode doorgegeven aan iemand die belde namens de bank",
        "a customer wants to withdraw 3000 in cash and someone on the phone is telling her what to do",
        "i think an elderly customer is being scammed",
        "a guest wants to buy gift cards to pay the tax office, someone is on the phone with him",
        "customer got a phishing text from us and entered her card details",
        "an old lady is a victim of a romance scam and wants to transfer her savings",
    ],
)
def test_a_customer_who_seems_scammed_gets_the_fraud_line(text: str) -> None:
    assert topic_of(text) == "customer_scam"


@pytest.mark.parametrize(
    "text",
    [
        "de klant noemt ons oplichters",
        "klant zegt dat we oplichters zijn omdat de prijs omhoog ging",
        "mevrouw aan de kassa begint te roepen dat we oplichters zijn omdat de prijs op het schap anders is",
        "de klant noemde me een oplichter",
        "klant zegt dat dit oplichterij is",
        "de klant voelt zich opgelicht door onze prijzen",
        "klant zegt dat we hem hebben opgelicht",
        "klant denkt dat onze factuur fraude is",
        "customer says we scammed him",
        "a customer says our prices are a scam",
        "the customer feels scammed by the delivery fee",
        "klant wil geld terug en belt ondertussen met iemand",
        "een klant wil cadeaukaarten kopen voor haar kleinkinderen",
        "klant belt over een link in onze nieuwsbrief die niet werkt",
        "klant wil cash afhalen maar de automaat is leeg",
        # past and averted: a service question (dev set 3)
        "i work in a bank and an elderly customer was nearly scammed. she is embarrassed. how do i talk "
        "to her about it without making her feel stupid",
    ],
)
def test_a_customer_who_calls_us_crooks_or_an_innocent_errand_gets_no_fraud_line(text: str) -> None:
    assert topic_of(text) != "customer_scam"


@pytest.mark.parametrize(
    "text",
    [
        "ik word gek van die phishingmails op mijn werk",
        "ik heb op een phishinglink geklikt",
        "ik kreeg een phishing mail op mijn werkmail",
        "i clicked a phishing link on my work laptop",
    ],
)
def test_phishing_at_the_askers_own_work_is_for_it(text: str) -> None:
    assert topic_of(text) == "it"


def test_the_fraud_line_is_a_plain_matter_with_the_service_side_in_it() -> None:
    """A plain matter, so a service question beside it that names the customer is answered
    too (`asks_apart`); the line itself says: the procedure, someone to bring in, no
    accusation but calm concern and open questions, the police, 112 only in danger."""
    scam = BY_ID["customer_scam"]
    assert plain_matter(scam)
    for part in (
        "fraudeprocedure",
        "leidinggevende",
        "Beschuldig niemand",
        "open vragen",
        "0900-8844",
        "lokale politie",
        "112 alleen",
    ):
        assert part in scam.where["nl"], part
    for part in (
        "fraud procedure",
        "manager",
        "Don't accuse",
        "open questions",
        "0900-8844",
        "local police",
        "112 only",
    ):
        assert part in scam.where["en"], part
    question = "hoe spreek ik de klant daar op aan zonder hem te beledigen?"
    assert asks_apart(f"ik denk dat een klant wordt opgelicht, {question}", REFERRALS) == question


@pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py
@pytest.mark.parametrize(
    ("text", "lang"), [(SCAM, "nl"), ("i think an elderly customer is being scammed", "en")]
)
def test_the_testers_scam_gets_the_fraud_line(text: str, lang: str) -> None:
    messages = run(ActionAnswerAdvice(), text, "ask_advice", lang)
    # the line on its own: a customer's safety gets no "daarvoor ben ik niet de juiste" (stop 60)
    wanted = BY_ID["customer_scam"].where[lang]
    assert any(m.get("text") == wanted for m in messages), messages
