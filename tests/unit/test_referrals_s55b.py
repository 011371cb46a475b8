"""Stop 55, a fresh tester's referral faults (knowledge/referrals.yml), each tested by its kind
with look-alikes that must not match: a customer who calls the staff thieves is no robbery, nor
is a denial ("geen overval"); fire and smoke get the evacuation line (`fire`); a theft told in
other words ("een fles whisky in zijn jas stak") is the robbery topic's; a customer's rejected
health-insurance claim is no expense claim; a threat to wait for someone, with the particle apart
("me op komt wachten"), is unsafe, and asking whether to report it gets the police-report line;
complaints from the work itself get `health_at_work`; a system outage is IT's; someone else
sick again is `absence`; a payslip with an allowance is `pay`. Also `together` in several groups
(bot/content/referrals.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from actions.advice import ActionAnswerAdvice
from bot.content.referrals import ReferralError, load_referrals, parse_referrals
from bot.engine.decision import referral_for
from tests.unit.replies import run, topics_of

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"
REFERRALS = load_referrals(KNOWLEDGE)
BY_ID = {r.id: r for r in REFERRALS}


def topic_of(text: str) -> str | None:
    """The first work matter the coach names for `text` (the decision's own reading)."""
    found = referral_for(text, REFERRALS)
    return found.id if found else None


# -- 1. a customer who calls the staff thieves, and a denial, are no robbery -----------------

ACCUSATIONS = [
    # the tester's
    "...hij begon te zagen dat we dieven zijn. wa zeg ik dan",
    "een klant zegt dat we hem bestelen omdat de prijs aan de kassa hoger is dan op het schap",
    "nee er is geen overval, gewoon een prijsdiscussie",
    # Dutch and Flemish, in other words
    "jullie zijn dieven, riep ze aan de kassa",
    "een klant riep dat jullie zijn gewoon dieven zijn, hoe reageer ik",
    "hij maakte ons uit voor dieven omdat de parkeerkosten omhoog zijn gegaan",
    "die mevrouw noemde ons een stelletje dieven",
    "ge zijt allemaal dieven zei die vent aan de kassa",
    "klant roept dat dit gewoon diefstal is, die prijs",
    "hij zei: dit is diefstal! wat zeg ik terug",
    "klant beschuldigt ons van diefstal omdat zijn retour niet is verwerkt",
    "jullie zijn gewoon oplichters, zegt een beller",
    "een klant noemt ons afzetters, hoe blijf ik rustig",
    "we zijn niet overvallen hoor, de klant was gewoon boos over de kassa",
    # English
    "you're robbing me, a customer shouted at the till",
    "a customer said this is theft when he saw the price",
    "a guest told me you guys are thieves",
    "a customer says we're ripping him off, how do i respond",
    "he called us thieves because of the booking fee",
    "a caller accused us of stealing his money",
    "no robbery, just a customer arguing about the price at the till",
    # the asker accused of stealing
    "de klant zegt dat ik zijn telefoon heb gestolen",
    "client met dementie beschuldigt me van diefstal",
    "the guest says I stole her phone",
]


@pytest.mark.parametrize("text", ACCUSATIONS)
def test_a_customer_calling_the_staff_thieves_or_a_denial_is_no_robbery(text: str) -> None:
    assert "robbery" not in topics_of(text)


ROBBERIES_STILL = [
    "we zijn net overvallen",
    "er lopen dieven rond in de winkel, wat moet ik doen",
    "a guy pulled a knife at the till",
    "a customer stole a bottle of whisky",
    "iemand heeft de fooienpot gepikt",
    "hoe herken ik dieven in de winkel",
]


@pytest.mark.parametrize("text", ROBBERIES_STILL)
def test_a_real_robbery_or_thief_keeps_the_robbery_line(text: str) -> None:
    assert topic_of(text) == "robbery"


# -- 2. fire and smoke: the evacuation line ---------------------------------------------------

FIRE = [
    # the tester's
    "the fire alarm just went off at 3am and guests are coming down in their pyjamas asking what to do",
    "there is smoke coming from room 204",
    "het brandalarm gaat af en er zitten 20 inwoners in de wachtruimte, wat doen we",
    # Dutch and Flemish
    "het brandalarm ging net af, wat moet ik doen",
    "er komt rook uit de keuken",
    "de frituur vloog in brand",
    "ik ruik een brandlucht in het magazijn",
    "er is brand in de keuken!",
    "moeten we het pand ontruimen? er hangt rook op de gang",
    "de rookmelder gaat af in kamer 12 en de gasten staan op de gang",
    "moet ik de pompiers bellen, er komt rook uit de kelder",
    # English
    "the fryer caught fire",
    "smoke alarm keeps going off in the kitchen",
    "i can smell smoke in the stockroom, what do i do",
    "there's a fire in the bin outside the shop",
    "should we evacuate the building? the fire alarm is sounding",
    # typos
    "het brandalarm gaat af!! wat doe ik met de klanten",
    "ther is smoke coming out of the oven",
]


@pytest.mark.parametrize("text", FIRE)
def test_fire_smoke_or_a_fire_alarm_gets_the_fire_line(text: str) -> None:
    assert topic_of(text) == "fire"


FIRE_LOOK_ALIKES = [
    "we gaan als een brandweerauto",
    "ik sta in vuur en vlam voor dit werk",
    "can I take a smoke break",
    "mag ik een rookpauze nemen",
    "de klant stond te roken voor de deur",
    "can I fire someone who is always late",
    "how do I fire an employee",
    "een klant wil een ander brand koffie",
    "er is geen ander brand koffie op voorraad",
    "we moeten ons brand in de markt zetten",
    "vuurwerk verkoop begint morgen, hoe hou ik de rij rustig",
    "wanneer is de volgende brandoefening",
    "when is the next fire drill",
    "our team is on fire this month",
    "de vlammen slaan me uit bij die klant",
    "ik rook in de pauze, mag dat",
]


@pytest.mark.parametrize("text", FIRE_LOOK_ALIKES)
def test_a_brand_a_smoke_break_firing_someone_or_a_drill_is_no_fire(text: str) -> None:
    assert topic_of(text) != "fire"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_fire_line_evacuates_avoids_the_lift_calls_112_and_names_who_is_inside(lang: str) -> None:
    fire = BY_ID["fire"]
    line = fire.where[lang].lower()
    assert fire.anyone and not fire.menu
    assert "112" in line and ("lift" in line) and ("verzamelplaats" in line or "assembly point" in line)
    assert ("bhv" in line) or ("fire warden" in line)
    assert ("binnen" in line) or ("inside" in line)


@pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py
@pytest.mark.parametrize(
    ("text", "lang"),
    [("het brandalarm gaat af en er zitten 20 inwoners in de wachtruimte, wat doen we", "nl"),
     ("there is smoke coming from room 204", "en")],
)  # fmt: skip
def test_the_coach_says_the_fire_line_first_without_a_menu(text: str, lang: str) -> None:
    messages = run(ActionAnswerAdvice(), text, "ask_advice", lang)
    assert messages[0]["text"] == BY_ID["fire"].where[lang], messages
    assert not any(m.get("buttons") for m in messages), messages


# -- 3. a theft told in other words: the robbery topic ----------------------------------------

THEFT = [
    # the tester's
    "allez ik sta aan de kassa bij de colruyt en vandaag heb ik iemand gezien die een fles whisky in zijn "
    "jas stak. wat moet ik doen als ik da zie, mag ik die tegenhouden?",
    # Dutch and Flemish
    "hij stak een fles whisky in zijn jas",
    "ik zag een klant iets in zijn tas stoppen",
    "ik zag iemand iets in zijn jas steken",
    "een vrouw stopte twee flessen wijn in haar handtas",
    "die gast moffelde iets onder zijn jas",
    "hij liep zonder betalen naar buiten",
    "ze liep de winkel uit zonder te betalen",
    "een jongen pikt snoep",
    "hij gapt altijd blikjes",
    "iemand jat chips uit het rek",
    "een klant stal een fles whisky",
    # English
    "I saw a guy put a bottle in his coat",
    "a customer put a bottle of vodka in her bag and walked out",
    "someone slipped something into her pocket at the self checkout",
    "a man walked out without paying",
    "dine and dash at table 4",
    "I think that customer is stealing",
    "someone stole a bottle of wine",
    "we keep getting shoplifting at the self checkout",
]


@pytest.mark.parametrize("text", THEFT)
def test_a_theft_told_in_other_words_gets_the_robbery_line(text: str) -> None:
    assert topic_of(text) == "robbery"


THEFT_LOOK_ALIKES = [
    "klant steekt zijn pas in de automaat",
    "hij stak zijn hand op",
    "de klant stopte zijn portemonnee in zijn tas",
    "hij stak zijn pasje in zijn zak",
    "she put her phone in her bag",
    "he put his hands in his pockets",
    "mijn collega steelt mijn klanten",
    "ze jatten onze klanten",
    "hij pikt de klant op bij het station",
    "she stole the show at the team meeting",
]


@pytest.mark.parametrize("text", THEFT_LOOK_ALIKES)
def test_ones_own_card_a_raised_hand_or_stolen_customers_is_no_theft(text: str) -> None:
    assert topic_of(text) != "robbery"


def test_the_robbery_line_says_not_to_hold_anyone() -> None:
    assert "vasthouden" in BY_ID["robbery"].where["nl"] and "hold anyone" in BY_ID["robbery"].where["en"]


# -- 4. a customer's claim is no expense claim -----------------------------------------------

CUSTOMERS_CLAIM = [
    # the tester's
    "geef eens een voorbeeld wat ik kan zeggen als iemand belt over een afgewezen declaratie van de fysio",
    "nee het gaat niet om mijn eigen declaratie, het is de klant die belt. hoe leg ik uit dat het niet "
    "vergoed wordt",
    # in other words
    "een klant belt boos want zijn declaratie is afgewezen",
    "een verzekerde belt over de declaratie van de tandarts",
    "iemand belt over zijn zorgdeclaratie die niet vergoed wordt",
    "hoe leg ik een afgekeurde declaratie uit aan een beller",
    "het is niet mijn eigen declaratie maar die van een klant, wat zeg ik",
    "a caller's claim was denied, how do I explain it",
    "the member says the physio claim was rejected, what do i say",
]


@pytest.mark.parametrize("text", CUSTOMERS_CLAIM)
def test_a_customers_rejected_claim_is_a_service_question(text: str) -> None:
    assert "expenses" not in topics_of(text)


OWN_EXPENSES = [
    "waar dien ik mijn declaratie in",
    "mijn onkostendeclaratie",
    "how do I claim my travel expenses",
    "mijn declaratie is afgewezen, bij wie kan ik terecht",
    "hoe declareer ik mijn reiskosten",
    "my expense claim was rejected, who do i ask",
]


@pytest.mark.parametrize("text", OWN_EXPENSES)
def test_ones_own_expense_claim_keeps_the_expenses_line(text: str) -> None:
    assert topic_of(text) == "expenses"


# -- 5. a threat to wait for someone, and reporting it to the police ---------------------------

THREATS = [
    # the tester's
    "een beller noemde me net een kutwijf en zei dat hij weet waar ons kantoor is en me op komt wachten",
    "gisteren sloeg een inwoner met zijn vuist op de balie en schreeuwde dat hij mijn medewerker buiten op "
    "zou wachten",
    # in other words
    "die man zei dat hij me na mijn dienst op zal wachten",
    "een klant dreigde dat hij weet waar ons kantoor is",
    "hij weet waar ik werk, zei hij",
    "a customer said he'd be waiting for me outside after my shift",
    "a customer says he'll punch me",
    "he said he knows where I work",
    "the caller said he knows where our office is and will wait for me",
]


@pytest.mark.parametrize("text", THREATS)
def test_a_threat_to_wait_for_someone_or_knowing_where_they_work_is_unsafe(text: str) -> None:
    assert topic_of(text) == "unsafe"


REPORTING = [
    "moet ik hier aangifte van doen?",
    "kan ik aangifte doen",
    "kan ik daar aangifte van doen bij de politie?",
    "moet ik naar de politie stappen?",
    "should I report this to the police?",
    "can I report this to the police?",
    "should I go to the police?",
]


@pytest.mark.parametrize("text", REPORTING)
def test_asking_whether_to_report_it_to_the_police_gets_the_unsafe_line(text: str) -> None:
    assert topic_of(text) == "unsafe"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_unsafe_line_says_a_threat_can_be_reported_to_the_police_and_to_keep_notes(lang: str) -> None:
    line = BY_ID["unsafe"].where[lang].lower()
    assert "112" in line
    assert ("aangifte" in line and "politie" in line) or "report a threat or violence to the police" in line
    assert "schrijf op" in line or "write down" in line


NO_THREAT = [
    "ik sta er niet op te wachten om die klant te bellen",
    "de klant wacht buiten op zijn taxi",
    "klanten moeten buiten op hun beurt wachten",
    "de taxi zal buiten op ons wachten",
    "een burger wil aangifte doen van een geboorte",
    "moet ik mijn aangifte inkomstenbelasting doen",
    "een klant weet niet waar ons kantoor is",
    "the customer is waiting for his order outside",
]


@pytest.mark.parametrize("text", NO_THREAT)
def test_waiting_for_a_taxi_a_birth_or_a_tax_return_is_not_unsafe(text: str) -> None:
    assert topic_of(text) != "unsafe"


# -- 6. complaints from the work itself ------------------------------------------------------

HEALTH_AT_WORK = [
    # the tester's
    "ik krijg hoofdpijn en oorpijn van die headset de hele dag, moet ik daar iets mee?",
    # Dutch
    "ik heb rugpijn van de bureaustoel",
    "mijn ogen doen pijn van het beeldscherm",
    "ik heb last van mijn rug van het tillen van dozen",
    "ik heb pijnlijke voeten van de hele dag staan achter de kassa",
    "mijn pols doet pijn, ik denk een muisarm",
    "kan ik een werkplekonderzoek aanvragen",
    "het is hier zo warm, ik krijg hoofdpijn van de hitte",
    # English
    "my back hurts from standing all day at the till",
    "I get headaches from the headset all day",
    "I have sore eyes from the screen",
    "the noise in the warehouse gives me headaches",
]


@pytest.mark.parametrize("text", HEALTH_AT_WORK)
def test_complaints_from_the_work_itself_get_the_health_at_work_line(text: str) -> None:
    assert topic_of(text) == "health_at_work"


NOT_HEALTH_AT_WORK = [
    ("klant heeft hoofdpijn", None),
    ("ik krijg hoofdpijn van die klant", None),  # a sigh about a customer: a service question
    ("ik krijg hoofdpijn van al die regels", None),
    ("a guest says the noise gives him a headache, what do I say", None),
    ("a customer has a headache, can I give her paracetamol", "medicine_given"),  # stop 66
    ("welke pijnstiller is goed tegen hoofdpijn vraagt een klant", "medical"),
    ("ik heb griep en hoofdpijn, ik kan niet komen werken", "sick"),
    ("how do I handle a noisy customer at the till", None),
]


@pytest.mark.parametrize(("text", "topic"), NOT_HEALTH_AT_WORK)
def test_a_customers_health_or_a_sigh_is_not_health_at_work(text: str, topic: str | None) -> None:
    assert topic_of(text) == topic


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_health_at_work_line_names_the_manager_the_company_doctor_and_the_gp(lang: str) -> None:
    line = BY_ID["health_at_work"].where[lang].lower()
    assert "leidinggevende" in line or "manager" in line
    assert "bedrijfsarts" in line or "occupational doctor" in line
    assert "huisarts" in line or "gp" in line
    assert "preventieadviseur" in line or "prevention adviser" in line  # Belgium


# -- 7. an outage of the systems: IT --------------------------------------------------------

OUTAGE = [
    # the tester's
    "ons systeem ligt er al de hele ochtend uit, ik kan niks opzoeken en de wachtrij loopt op. "
    "wie moet ik bellen",
    # in other words
    "het systeem ligt eruit",
    "alles ligt plat hier, wie bel ik",
    "het kassasysteem doet het niet",
    "er is een storing in het systeem, wie moet ik bellen",
    "het boekingssysteem ligt plat sinds 9 uur",
    "het netwerk is uitgevallen",
    "the system is down",
    "our systems are down, who do I call",
    "the till system went down this morning",
]


@pytest.mark.parametrize("text", OUTAGE)
def test_a_system_outage_is_for_the_it_desk(text: str) -> None:
    assert topic_of(text) == "it"


NO_OUTAGE = [
    "hoe werkt het systeem van klachtafhandeling",
    "how does the loyalty points system work",
    "het systeem ligt eruit en de klanten worden boos, wat zeg ik tegen ze",  # the queue: a service question
    "we hebben een nieuw systeem voor klachten, hoe leg ik dat uit aan klanten",
    "ik voel me down, alles is te veel",
    "sales are down this month, how do I motivate my team",
    "een klant belt over een storing in zijn internet",
    "mijn dienst is uitgevallen, alles loopt door elkaar",
]


@pytest.mark.parametrize("text", NO_OUTAGE)
def test_how_a_system_works_or_a_customers_outage_is_not_the_it_desk(text: str) -> None:
    assert topic_of(text) != "it"


# -- 8. someone else sick again: absence, one's own: sick -----------------------------------

SOMEONE_ELSE = [
    # the tester's
    "een medewerker meldt zich elke maandag ziek, mag ik vragen wat ze heeft en moet ik de bedrijfsarts "
    "inschakelen?",
    "mijn collega heeft zich weer ziek gemeld",
    "one of my staff is off sick again",
    "Sanne called in sick again, second time this week",
    # in other words
    "Sanne is weer ziek, wat moet ik doen?",
    "Sanne meldt zich alweer ziek",
    "Tom calls in sick every Monday, what can I do",
    "een van mijn mensen is constant ziek",
    "mag ik vragen wat hij heeft, hij is al 3 weken ziek",
]


@pytest.mark.parametrize("text", SOMEONE_ELSE)
def test_someone_else_sick_again_is_the_absence_topic_alone(text: str) -> None:
    assert topics_of(text) == ["absence"]


OWN_SICKNESS = [
    "ik heb me weer ziek gemeld, moet ik een briefje halen",
    "ik ben weer ziek, bij wie meld ik me af",
    "hoe meld ik me ziek",
    "I called in sick again, will I get in trouble",
    "i'm sick again, who do i tell",
    "ik heb me ziekgemeld, wanneer moet ik me beter melden",
]


@pytest.mark.parametrize("text", OWN_SICKNESS)
def test_ones_own_sickness_stays_the_sick_topic(text: str) -> None:
    assert topics_of(text) == ["sick"]


def test_the_absence_line_says_the_diagnosis_is_private() -> None:
    assert "privé" in BY_ID["absence"].where["nl"] and "private" in BY_ID["absence"].where["en"]


# -- 9. a payslip with an allowance: pay ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "topic"),
    [("my payslip is missing the night allowance, who do i ask", "pay"),
     ("the evening allowance is not on my payslip", "pay"),
     ("mijn reiskostenvergoeding staat niet op mijn loonstrook", "pay"),
     ("how do I claim my travel allowance", "expenses"),
     ("what is the mileage allowance", "expenses")],
)  # fmt: skip
def test_a_payslip_word_goes_before_the_expenses_desk(text: str, topic: str) -> None:
    assert topic_of(text) == topic


# -- `together` in several groups -------------------------------------------------------------

GROUPS = """version: 1
topics:
  - id: theft
    words: {nl: [winkeldief], en: [shoplifter]}
    where: {nl: Bel je leidinggevende., en: Call your manager.}
    together:
      - - [gestolen, stolen]
        - [kassa, till]
      - - [stak, put]
        - [in zijn jas, in his coat]
"""


def test_several_together_groups_each_match_on_their_own_and_never_mixed() -> None:
    theft = parse_referrals(GROUPS)[0]
    assert theft.matches("iemand heeft geld uit de kassa gestolen")
    assert theft.matches("hij stak een fles in zijn jas")
    assert not theft.matches("hij stak zijn pas in de kassa")  # "stak" of one group, "kassa" of the other
    assert not theft.matches("de jas is gestolen")


@pytest.mark.parametrize(
    "together",
    ["[[[kassa]], [[a], [b]]]", "[[[a], []], [[b], [c]]]", "[[[a], [b]], [c]]"],
)
def test_a_together_group_with_fewer_than_two_lists_is_reported(together: str) -> None:
    text = "topics:\n  - id: it\n    words: {nl: [pc], en: [pc]}\n    where: {nl: x, en: y}\n"
    with pytest.raises(ReferralError, match="together"):
        parse_referrals(text + f"    together: {together}")


# A denial in `unless` ("geen overval") blocks its topic only for what it is said of: a weapon
# after "maar"/"but" still gets the robbery line (found after stop 55's CI: "er was geen
# overval maar hij had wel een mes" got no referral at all). bot/content/referrals.py
# `Referral._past_an_unless`.
@pytest.mark.parametrize(
    "text",
    [
        "er was geen overval maar hij had wel een mes",
        "geen overval, maar er staat een man met een mes aan de kassa",
        "no robbery but he pulled a knife on me",
        "it wasn't a robbery but the guy had a gun",
        "hij had een mes, maar het was geen overval",  # the weapon first
    ],
)
def test_a_weapon_after_a_denial_still_gets_the_robbery_line(text: str) -> None:
    assert topic_of(text) == "robbery"


@pytest.mark.parametrize(
    "text",
    [
        "hahaha nee er is geen overval, gewoon een prijsdiscussie aan de kassa",
        "nee er is geen overval maar een prijsdiscussie",
        "ik voelde me overvallen door zijn vraag maar ik heb het goed opgelost",
        "ik ben ziek van die klant maar ik blijf vriendelijk",
        "no robbery, but he keeps saying we rip him off",
    ],
)
def test_what_follows_a_contrast_counts_only_when_it_names_the_topic(text: str) -> None:
    assert topic_of(text) is None
