"""Stop 61 (tester round, task F): danger the tester found missed, by kind, Dutch, Flemish,
English and chat spelling, with look-alikes that must not change (knowledge/referrals.yml).

1. Gas smell or leak, a suspicious package or unattended bag, a bomb threat, water at the
   electrics: the new `hazard` topic (keep away, keep others away, no switches near gas, 112 and
   the internal alarm, tell the manager). Not a gas bill, "gas geven", "de bom barst", a pool
   "bommetje", or a customer's bag that is lost or left behind.
2. Violence against a colleague or a third person, a drunk guest turning violent: `unsafe`. Not
   "slaat de spijker op de kop", "hit the wrong button", a drunk guest who is a nuisance only.
3. A threat to come back and hurt the asker, a customer who waits for or follows a colleague:
   `unsafe`. Not a customer who "comes back with a lawyer" or waits for a colleague at the desk.
4. The asker's own panic in chat spelling ("kheb", "kben aan t hyperventileren"), and
   breathlessness with a racing heart of one's own: `own_panic`. A sigh with "lol" stays out.
5. A lost child, or one walking around alone: the new `lost_child` topic. Not a lost bag or toy.
6. A colleague in tears after a customer: `colleague_distress`. Not tears of laughter, not a
   customer who cries.
7. A possible medication error in care: the new `medication_error` topic (tell the nurse or
   doctor in charge, give nothing extra, report the incident), not service recovery. A wrong
   order stays a service question and a customer's medicine question `medical`'s.
8. A customer who touches the asker: `unsafe` (and its article on customers crossing the line).
   Not a story that "touched me" or a customer who touches a product.
Real referrals, and for the tester's messages the real actions.
"""

from __future__ import annotations

import pytest

from actions.advice import ActionAnswerAdvice, ActionOutOfScope
from tests.unit.replies import said
from tests.unit.test_referrals_s55b import BY_ID, topic_of, topics_of
from tests.unit.turns import new_sender, turn

pytestmark = pytest.mark.usefixtures("own_app_db")


# (message, the topic it must get first); the tester's first in each kind
KINDS: list[tuple[str, str]] = [
    # 1. hazard
    ("er lekt gas denk ik, het stinkt in de keuken", "hazard"),
    ("ik ruik gas bij de ingang", "hazard"),
    ("I think there's a gas leak in the kitchen", "hazard"),
    ("gaslucht in de kelder wat moet ik doen", "hazard"),
    ("er belt iemand die zegt dat er een bom ligt", "hazard"),
    ("someone left an unattended suitcase in the lobby", "hazard"),
    ("er staat een verdachte tas bij de ingang", "hazard"),
    ("er is water aan het lekken bij de stroomkast", "hazard"),
    ("het ruikt hier naar gas in de keuken", "hazard"),
    ("ik ruik een gaslucht bij de ovens", "hazard"),
    ("t riekt naar gas in de kelder", "hazard"),
    ("er hangt een gasgeur in het magazijn", "hazard"),
    ("i can smell gas in the storeroom", "hazard"),
    ("it smells like gas near the boiler", "hazard"),
    ("er staat een onbeheerde koffer in de hal", "hazard"),
    ("een verdacht pakketje bij de balie, niemand weet van wie", "hazard"),
    ("there's a suspicious package at the entrance", "hazard"),
    ("unattended bag near gate 3, what do i do", "hazard"),
    ("iemand belde met een bommelding", "hazard"),
    ("a caller said there is a bomb in the building", "hazard"),
    ("we got a bomb threat on the phone", "hazard"),
    ("het water lekt in de meterkast", "hazard"),
    ("water druppelt op het stopcontact achter de bar", "hazard"),
    ("water is leaking into the fuse box", "hazard"),
    ("the electrical panel is wet, water coming through the ceiling", "hazard"),
    # 2. violence against a colleague or a third person
    ("een klant heeft net een collega geslagen", "unsafe"),
    ("a customer just punched my colleague", "unsafe"),
    ("een bezoeker gaf mijn collega een duw en loopt nu weg", "unsafe"),
    ("een klant slaat zijn vrouw in de winkel", "unsafe"),
    ("a drunk guest is getting aggressive in the bar", "unsafe"),
    ("dronken man in het café begint te duwen", "unsafe"),
    ("een klant sloeg mijn collega in zijn gezicht", "unsafe"),
    ("die man heeft mijn collega geduwd", "unsafe"),
    ("een klant heeft onze collega aangevallen", "unsafe"),
    ("twee klanten zijn aan het vechten bij de ingang", "unsafe"),
    ("er is een vechtpartij op het terras", "unsafe"),
    ("een man slaat zijn kind in de winkel", "unsafe"),
    ("een klant schopte mijn collega", "unsafe"),
    ("a guest hit my colleague", "unsafe"),
    ("a man is hitting his wife in the parking lot", "unsafe"),
    ("two customers are fighting in the store", "unsafe"),
    ("a customer shoved my coworker", "unsafe"),
    ("the drunk guy is getting violent", "unsafe"),
    ("een dronken klant wordt agressief", "unsafe"),
    ("nen zatlap begint te slaan aan de toog", "unsafe"),
    # 3. threats to come back, a colleague waited for or followed
    ("burger dreigt terug te komen en mij wat aan te doen", "unsafe"),
    ("guest threatened to come back and hurt me", "unsafe"),
    ("een klant wacht mijn collega steeds op na het werk, ze is bang", "unsafe"),
    ("die klant zei dat hij terug zou komen en me iets aan zou doen", "unsafe"),
    ("he said he'd come back for me after closing", "unsafe"),
    ("the customer said he will come back and hurt me", "unsafe"),
    ("een man wacht mijn collega elke avond op bij de uitgang", "unsafe"),
    ("een klant volgt mijn collega naar huis", "unsafe"),
    ("a customer keeps following my colleague home", "unsafe"),
    ("a customer is stalking my colleague", "unsafe"),
    ("er is een klant die mijn collega stalkt", "unsafe"),
    # 4. own panic, chat spelling and body signs
    ("kheb een paniekaanval ofzo, hart bonkt", "own_panic"),
    ("ik heb het benauwd en mijn hart gaat tekeer, ik sta achter de kassa", "own_panic"),
    ("kben aan t hyperventileren", "own_panic"),
    ("kheb precies een paniekaanval", "own_panic"),
    ("k ben aan t hyperventileren achter de kassa", "own_panic"),
    ("kzit te hyperventileren", "own_panic"),
    ("ik krijg geen lucht en mijn hart bonkt", "own_panic"),
    ("i can't breathe and my heart is racing", "own_panic"),
    # 5. a lost child
    ("er loopt een klein kind alleen rond in de winkel en het huilt", "lost_child"),
    ("lost a kid in the store, parents are panicking", "lost_child"),
    ("een moeder is haar kind kwijt in de winkel", "lost_child"),
    ("een mama is haar zoontje kwijt in de winkel", "lost_child"),
    ("er loopt een kindje alleen rond bij de kassa's", "lost_child"),
    ("een papa vindt zijn kind niet meer", "lost_child"),
    ("ne klein manneke loopt hier alleen rond en huilt", "lost_child"),
    ("a mother can't find her son in the shop", "lost_child"),
    ("a little girl is wandering around alone in the store", "lost_child"),
    ("there's a child on his own at the checkout crying", "lost_child"),
    ("a parent lost their child in the mall", "lost_child"),
    # 6. a colleague in tears after a customer
    ("my colleague is crying in the back room after a customer yelled at her", "colleague_distress"),
    ("mijn collega zit te huilen in de pauzeruimte na een boze klant", "colleague_distress"),
    ("mijn collega zit in tranen na dat gesprek", "colleague_distress"),
    ("mn collega huilt in het magazijn na een boze klant", "colleague_distress"),
    ("me collega zit te wenen achter", "colleague_distress"),
    ("een collega zit te huilen in de pauzeruimte na een boze klant", "colleague_distress"),
    ("my coworker is in tears after a rude customer", "colleague_distress"),
    ("my colleague was crying after a guest screamed at her", "colleague_distress"),
    ("a colleague is crying in the back after a customer yelled", "colleague_distress"),
    # 7. a possible medication error
    ("ik heb een bewoner misschien de verkeerde medicijnen gegeven", "medication_error"),
    ("de bewoner zegt dat ze haar pillen al heeft gehad maar ik weet het niet zeker", "medication_error"),
    ("ik heb een bewoner de verkeerde medicatie gegeven", "medication_error"),
    ("ik denk dat ik de verkeerde pillen heb gegeven aan mevrouw", "medication_error"),
    ("ik weet niet zeker of ik de medicatie al gegeven heb", "medication_error"),
    ("ik heb een patiënt misschien een dubbele dosis gegeven", "medication_error"),
    ("I think I gave a resident the wrong medication", "medication_error"),
    ("I may have given the wrong dose to a patient", "medication_error"),
    ("not sure if she had her pills already", "medication_error"),
    ("the resident says she already had her pills but I'm not sure", "medication_error"),
    # 8. unwanted touching by a customer
    ("een klant raakte me net aan op een manier die echt niet ok was", "unsafe"),
    ("een klant betast steeds mijn arm en zegt dat ik lief ben", "unsafe"),
    ("een klant zit steeds aan me", "unsafe"),
    ("een gast kneep in mijn kont", "unsafe"),
    ("een klant legde zijn hand op mijn been", "unsafe"),
    ("een klant raakte mij aan en dat voelde niet ok", "unsafe"),
    ("a customer touched me inappropriately", "unsafe"),
    ("a guest keeps touching my arm", "unsafe"),
    ("a customer groped me at the bar", "unsafe"),
]

# (message, the topic it must not get)
LOOK_ALIKES: list[tuple[str, str]] = [
    ("de gasrekening klopt niet", "hazard"),
    ("de klant zegt dat de gasrekening veel te hoog is", "hazard"),
    ("de bom gaat laten barsten als ik dit zeg", "hazard"),
    ("de tas van een klant is kwijt", "hazard"),
    ("een klant heeft zijn tas laten liggen", "hazard"),
    ("de kinderen doen een bommetje in het zwembad", "hazard"),
    ("ik moet gas geven want de rij is lang", "hazard"),
    ("the customer left his bag at the table", "hazard"),
    ("a guest forgot her suitcase in the lobby", "hazard"),
    ("de klant vraagt of we stopcontacten hebben om te laden", "hazard"),
    ("het dak lekt en de klanten klagen", "hazard"),
    ("mijn collega slaat de spijker op de kop", "unsafe"),
    ("a customer hit the wrong button", "unsafe"),
    ("we need to hit the target this month", "unsafe"),
    ("de klant sloeg met de deur", "unsafe"),
    ("the news hit my colleague hard", "unsafe"),
    ("een dronken man valt de andere klanten lastig aan de kassa, wat doe ik", "unsafe"),
    ("a drunk customer keeps bothering the other people in the queue", "unsafe"),
    ("een klant slaat alarm over de prijs", "unsafe"),
    ("de klant sloeg op tafel van frustratie", "unsafe"),
    ("mijn collega duwt de kar naar binnen", "unsafe"),
    ("de klant dreigt terug te komen met een advocaat", "unsafe"),
    ("de klant komt morgen terug voor zijn bestelling", "unsafe"),
    ("de klant wacht op mijn collega", "unsafe"),
    ("the customer is waiting for my colleague to finish the call", "unsafe"),
    ("the customer said he will come back tomorrow", "unsafe"),
    ("we are fighting to keep our customers", "unsafe"),
    ("we zijn aan het vechten voor elke klant", "unsafe"),
    ("my colleagues are fighting about the roster", "unsafe"),
    ("ik heb de klant even gestalkt op linkedin", "unsafe"),
    ("I stalked the customer on linkedin", "unsafe"),
    ("the customer started a fight about the bill", "unsafe"),
    ("de baas gaat me pakken als ik te laat ben", "unsafe"),
    ("the flu hit my colleague hard", "unsafe"),
    ("het nieuws raakte me", "unsafe"),
    ("de klant zat aan mijn kassa", "unsafe"),
    ("ik krijg een paniekaanval van die kassa lol", "own_panic"),
    ("ik krijg een paniekaanval van al die mails haha", "own_panic"),
    ("ik had vorige week een paniekaanval gehad", "own_panic"),
    ("de klant is haar tas kwijt", "lost_child"),
    ("het kind is zijn knuffel kwijt", "lost_child"),
    ("ik ben het kind van de rekening", "lost_child"),
    ("een klant komt altijd met haar kind binnen", "lost_child"),
    ("a customer lost her keys", "lost_child"),
    ("the child lost his toy", "lost_child"),
    ("my child is sick, can i stay home", "lost_child"),
    ("mijn collega huilde van het lachen om die klant", "colleague_distress"),
    ("my colleague was crying with laughter", "colleague_distress"),
    ("de klant huilde bij mijn collega", "colleague_distress"),
    ("ik heb een klant de verkeerde bestelling gegeven", "medication_error"),
    ("i gave the customer the wrong order", "medication_error"),
    ("een klant vraagt welk medicijn goed is tegen hoofdpijn", "medication_error"),
    ("de klant kreeg de verkeerde maat schoenen", "medication_error"),
    ("haar verhaal raakte me echt", "unsafe"),
    ("de klant raakte het product aan", "unsafe"),
    ("her story touched me", "unsafe"),
    ("the customer touched the screen", "unsafe"),
]


@pytest.mark.parametrize(("text", "topic"), KINDS)
def test_danger_of_each_kind_gets_its_line(text: str, topic: str) -> None:
    assert topic_of(text) == topic, (text, topics_of(text))


@pytest.mark.parametrize(("text", "topic"), LOOK_ALIKES)
def test_look_alikes_stay_out(text: str, topic: str) -> None:
    assert topic not in topics_of(text), text


def test_a_customers_medicine_question_is_still_medical() -> None:
    assert topic_of("een klant vraagt welk medicijn goed is tegen hoofdpijn") == "medical"


def test_someone_collapsing_goes_ahead_of_the_new_danger_lines() -> None:
    assert topic_of("ik ruik gas en er ligt een man op de grond") == "emergency"
    assert topic_of("ik heb de verkeerde pillen gegeven en nu is ze flauwgevallen") == "emergency"


@pytest.mark.parametrize("topic", ["hazard", "lost_child", "medication_error"])
def test_the_new_lines_are_danger_lines_that_say_what_to_do(topic: str) -> None:
    found = BY_ID[topic]
    assert found.anyone and not found.menu and found.then
    for lang in ("nl", "en"):
        assert "112" in found.where[lang]
    if topic == "hazard":
        assert "BHV" in found.where["nl"] and "leidinggevende" in found.where["nl"]
        assert "switches" in found.where["en"] and "manager" in found.where["en"]
    if topic == "lost_child":
        assert "omroepen" in found.where["nl"] and "announced" in found.where["en"]
    if topic == "medication_error":
        assert "verpleegkundige" in found.where["nl"] and "incident" in found.where["en"]


# the tester's messages through the action the coach ran for them: the line first, no menu
@pytest.mark.parametrize(
    ("text", "lang", "action", "intent", "topic"),
    [
        ("er lekt gas denk ik, het stinkt in de keuken", "nl", ActionOutOfScope, "out_of_scope", "hazard"),
        ("I think there's a gas leak in the kitchen", "en", ActionOutOfScope, "out_of_scope", "hazard"),
        ("er belt iemand die zegt dat er een bom ligt", "nl", ActionAnswerAdvice, "ask_advice", "hazard"),
        ("er is water aan het lekken bij de stroomkast", "nl", ActionOutOfScope, "out_of_scope", "hazard"),
        ("een moeder is haar kind kwijt in de winkel", "nl", ActionAnswerAdvice, "ask_advice", "lost_child"),
        ("lost a kid in the store, parents are panicking", "en", ActionAnswerAdvice, "ask_advice",
         "lost_child"),
        ("ik heb een bewoner misschien de verkeerde medicijnen gegeven", "nl", ActionAnswerAdvice,
         "ask_advice", "medication_error"),
        ("a customer just punched my colleague", "en", ActionAnswerAdvice, "ask_advice", "unsafe"),
        ("kheb een paniekaanval ofzo, hart bonkt", "nl", ActionOutOfScope, "out_of_scope", "own_panic"),
        ("mijn collega zit te huilen in de pauzeruimte na een boze klant", "nl", ActionAnswerAdvice,
         "ask_advice", "colleague_distress"),
    ],
)  # fmt: skip
def test_the_coach_says_the_line_first_without_a_menu(
    text: str, lang: str, action: type, intent: str, topic: str
) -> None:
    messages, _ = turn(text, lang, [], new_sender(), action=action, intent=intent, confidence=0.9)
    assert BY_ID[topic].where[lang] in said(messages), said(messages)
    assert said(messages).index(BY_ID[topic].where[lang]) < 80, said(messages)
    if BY_ID[topic].article is None:  # `unsafe` goes on with its article, which has its related topics
        assert not any(m.get("buttons") for m in messages), messages
