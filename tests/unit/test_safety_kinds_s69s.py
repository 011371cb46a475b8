"""Stop 69 (helper S4, a fresh tester's round on Telegram and in the terminal, kinds 1, 2, 7 and 10): safety
lines missed or said wrongly, and two work matters, fixed by kind in knowledge/referrals.yml, each with
look-alikes that must keep their answer.

1  Safety missed: someone with a weapon, the place said in between ("er staat een man aan de balie met een
   mes"); a crying child whose mother is nowhere; a colleague who faints ("valt net flauw"); a leader's team
   member who "ziet het niet meer zitten" (below); scams (a "bank" caller asking the PIN, gift
   cards or money for a "grandson" by app, a "police" caller and a courier for the bank card); threats (arson
   if a fault is not fixed, "ik weet je wel te vinden na werktijd", coming by with a bat: the threat line, not
   the fire or robbery line); goods hidden in a coat and walking off; a child left in a car in the sun (a
   topic of its own, `child_in_car`).
   A leader's team member who "ziet het niet meer zitten": a line of its own for the leader, with 113
   (`team_member_no_way_out`; the care line for strain names no 113).
2  A colleague who steals: not the robbery line but a calm report (`colleague_theft`).
3  False alarm: a car, a room or clothes that smell of (cigarette) smoke are a complaint, not a fire.
4  A caller alone at home who is unwell: a line for someone on the phone (`caller_unwell`: stay on the line,
   112 to the address), ahead of the lines for someone in front of you.
5  Work matters: leave asked as "hoe vraag ik vrij aan voor kerst"; an outage of the wifi, network or tills
   with customers who notice it (`outage_with_customers`: the IT desk, and what to tell the customers).

Real referrals as the decision reads them, real actions on the real index, an own app database. None of
these messages is a dev set's sentence."""

from __future__ import annotations

import pytest

from tests.unit.replies import referrals, said, topics_of
from tests.unit.turns import advice_turn

BY_ID = {r.id: r for r in referrals()}

# topic -> messages of the kind that name it (Dutch, Flemish, chat spelling, English)
OF_THE_KIND = {
    "robbery": [
        "er staat een man aan de balie met een mes en hij roept dat hij zijn vrouw wil zien",
        "er staat een vent bij de kassa met een mes",
        "een klant loopt hier rond met een groot mes",
        "allee, er staat ne gast aan de toog met een mes te zwaaien",
        "iemand kwam net binnen in de wachtkamer met een pistool",
        "there's a guy standing at the front desk with a knife",
        "a man just walked in with a gun and is shouting",
        # shoplifting: hidden in a coat or bag and walking off
        "ik zag net een jongen een hoesje in zn jas stoppen en weglopen",
        "een vrouw stopte een oplader in haar tas en liep weg",
        "die gast stak een powerbank in zijn jaszak en wandelt weg",
        "kzag iemand een kabel in zn rugzak steken en ervandoor gaan",
        "a girl put a phone case in her bag and walked off",
    ],
    "lost_child": [
        "er rent een kind van 4 huilend door de zaak, mama is nergens",
        "een kindje staat te huilen bij de kassa en zoekt zijn mama",
        "jongetje van een jaar of 5 huilt, zijn papa is nergens te zien",
        "da manneke roept om zijn mama en de ouders zijn nergens te bekennen",
        "meisje loopt huilend rond, moeder is nergens",
        "a little boy is running around crying, his mum is nowhere",
        "a girl is crying for her mum in the shop",
    ],
    "emergency": [
        "mijn collega valt net flauw achter de kassa",
        "een klant viel ineens flauw bij de balie",
        "collega is net flauwgevallen in het magazijn",
        "mevrouw zakte net in elkaar bij de pinautomaat",
        "my colleague just fainted behind the till",
    ],
    "team_member_no_way_out": [
        "een van mijn medewerkers is al weken stil en zei gisteren dat ze het niet meer ziet zitten",
        "mijn medewerker ziet het niet meer zitten, hoe help ik hem",
        "iemand van mijn team zei vanochtend dat hij het echt niet meer ziet zitten",
        "een medewerkster zegt dat ze het niet meer ziet zitten",
        "kheb een teamlid da het ni meer ziet zitten",
    ],
    "customer_scam": [
        'oudere meneer komt binnen, zegt dat "iemand van de bank" hem belde en dat hij zijn pincode moest '
        "geven",
        "een mevrouw zegt dat de bank belde en naar haar pincode vroeg, ze wil hem nu doorgeven",
        "klant heeft net zijn pincode gegeven aan een bankmedewerker die hem belde",
        "an elderly customer says someone from the bank called and asked for his pin",
        'een oma heeft 2000 euro aan cadeaukaarten gekocht omdat haar "kleinzoon" via whatsapp om geld vroeg',
        "opa wil geld overmaken, zijn kleindochter vroeg om geld via een appje",
        "een klant zegt dat haar zoon een nieuw nummer heeft en dringend een rekening moet betalen",
        "an old lady is buying gift cards because her grandson asked for money on whatsapp",
        "een oudere mevrouw belt met iemand die zegt van de politie te zijn, ze moet haar pinpas aan "
        "een koerier meegeven",
        "meneer zegt dat de politie belde en dat er straks iemand zijn bankpas komt ophalen",
        "an elderly man says the police called and a courier will pick up his bank card",
    ],
    "unsafe": [
        "klant zegt dat ze de winkel in brand steekt als haar storing morgen niet opgelost is",
        "een beller dreigde de zaak in de fik te steken als hij zijn geld niet terugkrijgt",
        "hij zei dat hij de winkel in brand zal steken",
        "customer said he will burn the store down if we dont fix it",
        'een klant stond net te dreigen dat hij me "wel weet te vinden" na werktijd',
        "die vent zei dat hij me wel weet te vinden na het werk",
        "klant dreigde dat hij weet waar ik woon",
        "a customer threatened me, said he knows where to find me after work",
        "een klant belt en zegt dat hij morgen met een knuppel langskomt",
        "beller zegt dat hij vanavond met een mes langskomt",
        "a caller says he'll come by with a bat tomorrow",
    ],
    "colleague_theft": [
        "collega pikt volgens mij telefoons uit het magazijn, wat moet ik doen",
        "ik denk dat mijn collega geld uit de kassa steelt",
        "een collega jat spullen uit de voorraad",
        "i think my colleague is stealing from the stockroom",
        "volgens mij steelt een collega van ons producten uit het magazijn",
    ],
    "child_in_car": [
        "klant heeft zijn kind van een jaar of 3 in de auto laten zitten terwijl hij binnen papieren tekent, "
        "auto staat in de zon",
        "er zit een baby alleen in een auto op de parkeerplaats, het is 30 graden",
        "een moeder liet haar peuter in de auto zitten, die staat in de volle zon",
        "er zit een kindje alleen in de auto en de ramen zijn dicht",
        "a customer left his toddler in the car in the sun",
        "there's a kid alone in a car in the parking lot",
    ],
    "caller_unwell": [
        "klant aan de telefoon zegt dat ze zich heel duizelig voelt en alleen thuis is",
        "een beller is alleen thuis en heeft pijn op de borst",
        "meneer belt, hij is gevallen en komt niet overeind, hij woont alleen",
        "mevrouw aan de lijn is heel verward en alleen thuis",
        "a caller says she feels very dizzy and is home alone",
        "an old man on the phone has chest pain and lives alone",
    ],
    "leave": [
        "ok. hoe vraag ik vrij aan voor kerst?",
        "hoe vraag ik een dag vrij aan",
        "kan ik vrij krijgen met oud en nieuw",
        "ik wil vrij met kerst, bij wie moet ik zijn",
        "how do I get christmas off",
        "can I request time off for new year's eve",
    ],
    "outage_with_customers": [
        "wifi in de winkel ligt eruit, klanten klagen",
        "het internet ligt plat en de klanten worden boos",
        "ons kassasysteem is uitgevallen en er staat een rij",
        "storing bij het pinnen, klanten kunnen niet betalen",
        "the wifi is down and customers keep complaining",
        "the payment system is down and there's a queue",
        "the system went down and customers are angry",
    ],
}

# topic -> look-alikes that must not name it
LOOK_ALIKES = {
    # saying no to a discount is a service question (live check: it got the facts line after "andere vraag:")
    "customer_asks_facts": [
        "hij is er nu, het kind is uit de auto. andere vraag: hoe zeg ik nee tegen een klant die korting wil",
        "hoe zeg ik nee tegen een gast die korting eist",
        "how do i say no to a customer who asks for a discount",
    ],
    "robbery": [
        "klant staat te klagen dat hij zijn steak met een mes moest snijden",
        "een man staat aan de balie met een mes dat hij wil laten slijpen",
        "klant stopt zijn bonnetje in zijn jas en loopt naar de kassa",
        "collega pikt volgens mij telefoons uit het magazijn",
        "een klant belt en zegt dat hij morgen met een knuppel langskomt",
    ],
    "lost_child": [
        "een moeder vraagt waar de kinderafdeling is",
        "klant zegt dat zijn mama nergens parkeerplek kon vinden",
        "kind zoekt een cadeau voor zijn mama",
    ],
    "emergency": [
        "mijn collega valt een beetje flauw uit tegen klanten",
        "de verkoop zakte in elkaar na de feestdagen",
    ],
    "team_member_no_way_out": [
        "mijn team ziet het niet meer zitten met die nieuwe kassa",
        "mijn medewerker ziet het niet meer zitten om op zaterdag te werken",
    ],
    "customer_scam": [
        "klant is zijn pincode vergeten, wat moet ik doen",
        "een oma koopt een cadeaukaart voor de verjaardag van haar kleinzoon",
        "klant heeft zijn pinpas verloren en wil de politie bellen",
        "mevrouw wil haar pakket aan de koerier meegeven",
    ],
    "unsafe": [
        "klanten weten ons wel te vinden voor klachten",
        "klant zegt dat hij morgen langskomt om te betalen",
        "mijn collega vindt het heerlijk om na het werk buiten te zitten",
    ],
    "fire": [
        "klant wil een andere auto want deze ruikt naar rook, alles is verhuurd",
        "gast klaagt dat zijn kamer naar rook ruikt",
        "hotel guest says the room smells of cigarette smoke",
        "mijn jas ruikt naar rook na de barbecue, mag ik zo werken",
        "klant zegt dat ze de winkel in brand steekt als haar storing morgen niet opgelost is",
    ],
    "colleague_theft": [
        "collega steelt al mijn klanten",
        "mijn collega steelt altijd de show bij de teamvergadering",
    ],
    "child_in_car": [
        "klant wil een kinderzitje in de auto",
        "klant vraagt of haar kind in de auto mag wachten in de garage",
    ],
    "caller_unwell": [
        "ik word duizelig van al die bellers",
        "beller vraagt of hij thuis kan blijven voor de monteur",
    ],
    "leave": [
        "klant wil vrij parkeren met kerst",
        "hoe vraag ik een klant om een review",
    ],
    "outage_with_customers": [
        "de klant is boos want de pin doet het niet",
        "klant vraagt hoe het systeem van de klachtafhandeling werkt",
        "een klant zegt dat zijn internet thuis eruit ligt, hoe help ik hem",
    ],
}
# topic -> messages that must still name it (a real fire; a customer's question of fact)
STILL = {
    "customer_asks_facts": [
        "andere vraag: een klant vraagt hoe laat we open zijn op zondag",
        "klant vraagt of er studentenkorting is",
    ],
    "fire": [
        "het ruikt hier naar rook in het magazijn",
        "er komt rook uit de meterkast",
        "i smell smoke in the kitchen",
    ],
}


@pytest.mark.parametrize(("topic", "text"), [(t, x) for t, xs in OF_THE_KIND.items() for x in xs])
def test_a_message_of_the_kind_names_its_topic(topic: str, text: str) -> None:
    assert topic in topics_of(text), topics_of(text)


@pytest.mark.parametrize(("topic", "text"), [(t, x) for t, xs in LOOK_ALIKES.items() for x in xs])
def test_look_alike_keeps_its_answer(topic: str, text: str) -> None:
    assert topic not in topics_of(text), topics_of(text)


@pytest.mark.parametrize(("topic", "text"), [(t, x) for t, xs in STILL.items() for x in xs])
def test_the_real_thing_still_names_its_topic(topic: str, text: str) -> None:
    assert topic in topics_of(text), topics_of(text)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("klant zegt dat ze de winkel in brand steekt als haar storing morgen niet opgelost is", "unsafe"),
        ("een klant belt en zegt dat hij morgen met een knuppel langskomt", "unsafe"),
        ("klant aan de telefoon zegt dat ze zich heel duizelig voelt en alleen thuis is", "caller_unwell"),
        ("een beller is alleen thuis, hij is flauwgevallen en weer bij", "caller_unwell"),
        ("klant heeft zijn kind in de auto laten zitten, auto staat in de zon", "child_in_car"),
        ("collega pikt volgens mij telefoons uit het magazijn, wat moet ik doen", "colleague_theft"),
    ],
)
def test_the_right_line_comes_first_and_alone(text: str, first: str) -> None:
    """Not the fire line for a threat of arson, not the robbery line for a threat by phone or a colleague's
    theft, not the in-person unwell or 112 line for a caller, not the lost-child line for a child in a car."""
    found = topics_of(text)
    assert found and found[0] == first, found
    assert not {"fire", "robbery", "unwell", "emergency", "lost_child"} & set(found), found


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_callers_line_says_to_stay_on_the_line_and_call_112_to_the_address(lang: str) -> None:
    line = BY_ID["caller_unwell"].where[lang]
    words = {"nl": ["aan de lijn", "adres", "112"], "en": ["on the line", "address", "112"]}[lang]
    assert all(word in line for word in words), line
    assert {"nl": "blijf erbij", "en": "stay with them"}[lang] not in line.lower()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_leaders_line_for_a_team_member_who_sees_no_way_out_names_113(lang: str) -> None:
    line = BY_ID["team_member_no_way_out"].where[lang]
    assert "113" in line and {"nl": "bedrijfsarts", "en": "doctor"}[lang] in line, line


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_colleague_theft_line_is_a_calm_report_not_the_robbery_line(lang: str) -> None:
    line = BY_ID["colleague_theft"].where[lang]
    assert {"nl": "leidinggevende", "en": "manager"}[lang] in line
    assert {"nl": "vertrouwenspersoon", "en": "confidential adviser"}[lang] in line
    assert "112" not in line and {"nl": "overval", "en": "robbery"}[lang] not in line


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("text", "lang", "topic"),
    [
        (
            "er staat een man aan de balie met een mes en hij roept dat hij zijn vrouw wil zien",
            "nl",
            "robbery",
        ),
        ("er rent een kind van 4 huilend door de zaak, mama is nergens", "nl", "lost_child"),
        (
            "een oudere mevrouw belt met iemand van de politie, ze moet haar pinpas aan een koerier meegeven",
            "nl",
            "customer_scam",
        ),
        ("a caller says she feels very dizzy and is home alone", "en", "caller_unwell"),
        ("hoe vraag ik vrij aan voor kerst?", "nl", "leave"),
        ("wifi in de winkel ligt eruit, klanten klagen", "nl", "outage_with_customers"),
    ],
)
def test_over_the_actions_the_line_is_said(text: str, lang: str, topic: str) -> None:
    messages, _ = advice_turn(text, lang, [])
    assert any(line in said(messages) for line in BY_ID[topic].said_lines), said(messages)


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    "text",
    [
        "klant wil een andere auto want deze ruikt naar rook, alles is verhuurd",
        "klant wil een andere auto want deze ruikt naar rook en er zitten vlekken op de stoel, wat bied ik",
    ],
)
def test_over_the_actions_a_car_that_smells_of_smoke_gets_no_fire_line(text: str) -> None:
    messages, _ = advice_turn(text, "nl", [])
    assert not any(line in said(messages) for line in BY_ID["fire"].said_lines), said(messages)
    assert said(messages), messages
