"""Stop 68 (helper S3): safety lines missed in Dutch wordings, and work matters, fixed by kind, each
with look-alikes that must keep their answer (knowledge/referrals.yml, actions/after_danger.py).
The English versions worked; the Dutch ones named the thing in words no list held.

1  A child alone or lost: a child and a class or group lost ("schoolkind is zn klas kwijt"); a child
   whose parent is away long or does not answer the phone ("haar mama is al een uur weg en neemt haar
   telefoon nie op"): the lost-child line.
2  A scam on an elderly customer: cash taken out to hand to someone who called, a "police officer" or a
   courier ("wil 2000 euro cash opnemen om aan een 'agent' te geven die hem belde").
3  A customer in danger: a partner or ex who will kill or hurt her ("haar ex gaat haar vermoorden als ze
   thuis komt"); the line says not to send her away.
4  Shoplifting: anything hidden in a coat or bag by someone who walks out or does not pay, whatever the
   goods ("een fietsslot in zn jas gestoken en loopt naar buiten", "een catalogus in haar tas gestopt
   zonder te betalen").
5  A team member's weeks of misery or sleeplessness, told by their leader: the care line with the
   aftercare article.
6  A threat by phone without the word "threat": someone who will come over and make you pay.
7  After a danger line: news of the scene and then another person served ("hij ademt weer. btw, een
   andere klant vraagt ..."): a short word on the news, then the new question; another person served
   alone ("een andere beller wil weten ...") is a scene of its own, not the danger line's `then` again.
8  A password forgotten or lost, in any order ("wachtwoord kassa vergeten"): the IT line; a customer's
   own password stays a service question.

Real referrals as the decision reads them, real actions, the real index and an own app database."""

from __future__ import annotations

import pytest

from actions.after_danger import first_sentence, tells_a_new_scene, tells_news_then_a_new_scene
from tests.unit.replies import referrals, said, topics_of
from tests.unit.turns import advice_turn

BY_ID = {r.id: r for r in referrals()}

# topic -> messages of the kind that name it (Dutch, Flemish, chat spelling, English)
OF_THE_KIND = {
    "lost_child": [
        "er zit hier een meisje van een jaar of 8 alleen in de wachtkamer met een kat in een mandje, "
        "haar mama is al een uur weg en neemt haar telefoon nie op",
        "een schoolkind is zn klas kwijt in het museum, hij huilt",
        "er staat een jongetje bij de kassa, zijn papa is al een half uur weg en neemt niet op",
        "allee, da manneke is zijn klas kwijt op de schooluitstap, wa doen ik",
        "kleuter is zn juf kwijt in de speeltuin",
        "a girl of about 8 has been alone in the waiting room, her mum left an hour ago and isnt "
        "answering her phone",
        "a schoolboy lost his class in the museum and is crying",
    ],
    "customer_scam": [
        'een oudere meneer wil 2000 euro cash opnemen om aan een "agent" te geven die hem belde',
        "een bejaarde mevrouw wil 5000 euro contant afhalen want er komt een koerier het ophalen",
        "oud madammeke wil geld opnemen, iemand aan de telefoon zegt da ze het aan de politie moet geven",
        "an elderly man wants to withdraw 3000 in cash to give to a police officer who called him",
    ],
    "customer_in_danger": [
        "een vrouw zegt dat haar ex haar gaat vermoorden als ze thuis komt, ze is echt bang",
        "klant vertelt dat haar man haar iets gaat aandoen als ze thuiskomt",
        "mevrouw durft niet thuis te komen, haar vriend gaat haar vermoorden zegt ze",
        "a woman at the counter says her ex is going to kill her when she gets home",
    ],
    "robbery": [
        "iemand heeft net een fietsslot in zn jas gestoken en loopt naar buiten",
        "gast heeft net een catalogus in haar tas gestopt zonder te betalen, ze staat nog bij de uitgang",
        "die gast stak een koptelefoon in zijn rugzak en liep de winkel uit",
        "a guy just put a bike light in his jacket and is walking out",
    ],
    "team_member_distress": [
        "een medewerker zegt dat ze zich al weken ellendig voelt en niet meer kan slapen",
        "iemand van mijn team zegt dat hij niet meer kan slapen van de stress",
        "one of my staff says she feels miserable and can't sleep anymore",
    ],
    "unsafe": [
        "caller is super angry his claim got rejected and he says hes gonna come to our office and make "
        "us pay. should i be worried?",
        "caller says hes gonna come to our office and make us pay. should i be worried?",
        "klant zegt aan de telefoon dat hij naar de winkel komt en dat we het gaan voelen",
        "een beller zegt dat hij langskomt en dat ik er spijt van ga krijgen",
    ],
    "it": [
        "wachtwoord kassa vergeten",
        "ik ben mijn wachtwoord van de kassa kwijt",
        "paswoord verlopen van de webmail",
        "forgot the till password",
        "wifi",
    ],
}
# topic -> look-alikes that must not name it
LOOK_ALIKES = {
    "lost_child": [
        "een moeder met een kind wil weten of de wachtkamer een uur open is",
        "klant is de bon van zijn zoontje kwijt",
    ],
    "customer_scam": [
        "klant wil 2000 euro cash opnemen maar de automaat geeft maar 500",
        "een oudere meneer wil geld opnemen voor de verjaardag van zijn kleinzoon",
    ],
    "customer_in_danger": [
        "klant zegt dat ze haar man gaat bellen om de auto op te halen",
        "mevrouw is bang dat ze haar bus naar huis mist",
    ],
    "robbery": [
        "klant stopt zijn bonnetje in zijn tas en vraagt waar de kassa is",
        "klant stak zijn pas in de automaat en liep weg",
    ],
    "team_member_distress": [
        "een medewerker zegt dat hij al weken wacht op zijn loon",
        "een medewerker vraagt of ze vrij kan nemen",
    ],
    "unsafe": [
        "klant zegt dat hij morgen langskomt om te betalen",
        "klant komt naar de winkel want ze heeft er spijt van dat ze de jas niet kocht",
    ],
    "it": [
        "klant is zijn wachtwoord vergeten van de webshop",
        "hoe help ik een klant die zijn wachtwoord kwijt is",
    ],
}


@pytest.mark.parametrize(("topic", "text"), [(t, x) for t, xs in OF_THE_KIND.items() for x in xs])
def test_a_message_of_the_kind_names_its_topic(topic: str, text: str) -> None:
    assert topic in topics_of(text), topics_of(text)


@pytest.mark.parametrize(("topic", "text"), [(t, x) for t, xs in LOOK_ALIKES.items() for x in xs])
def test_look_alike_keeps_its_answer(topic: str, text: str) -> None:
    assert topic not in topics_of(text), topics_of(text)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_customer_in_danger_line_says_not_to_send_her_away(lang: str) -> None:
    line = BY_ID["customer_in_danger"].where[lang]
    assert {"nl": "niet weg", "en": "don't send them away"}[lang] in line and "112" in line


# 7: after a danger line
NEWS_THEN_ANOTHER = [
    "hij ademt weer. btw, een andere klant vraagt hoeveel een nieuwe ketting kost, wat zeg ik",
    "ze praat weer. trouwens, nog een klant wil weten hoe laat we sluiten",
    "he's breathing again. another customer asks how much a new chain costs",
]
ANOTHER_ALONE = [
    "ok en een andere beller wil weten hoeveel eigen risico hij heeft, hoe help ik die",
    "and the next caller just wants to know how long a claim takes, how do i help him",
    "oké, een andere klant heeft een vraag over zijn factuur",
]
OF_THE_SCENE = [  # look-alikes: more of the same scene
    "een andere klant zegt dat ze het kind bij de wc heeft gezien",
    "hij ademt weer, wat nu",
]


@pytest.mark.parametrize("text", NEWS_THEN_ANOTHER)
def test_news_then_another_person_served_is_told_apart(text: str) -> None:
    assert tells_news_then_a_new_scene(text)


@pytest.mark.parametrize("text", ANOTHER_ALONE)
def test_another_person_served_is_a_scene_of_its_own(text: str) -> None:
    assert tells_a_new_scene(text, BY_ID["crisis"]) and not tells_news_then_a_new_scene(text)


@pytest.mark.parametrize("text", OF_THE_SCENE)
def test_look_alike_more_of_the_scene_goes_on_with_it(text: str) -> None:
    told = BY_ID["lost_child"] if "kind" in text else BY_ID["emergency"]
    assert not tells_a_new_scene(text, told) and not tells_news_then_a_new_scene(text)


@pytest.mark.usefixtures("own_app_db")
def test_over_the_actions_news_gets_a_word_then_the_new_question_its_answer() -> None:
    first, events = advice_turn("er ligt een klant op de grond in de winkel, hij reageert niet", "nl", [])
    assert BY_ID["emergency"].where["nl"] in said(first), said(first)
    messages, _ = advice_turn(NEWS_THEN_ANOTHER[0], "nl", events)
    text = said(messages)
    assert text.startswith(first_sentence(BY_ID["emergency"].then["nl"])), text
    assert BY_ID["emergency"].then["nl"] not in text and len(messages) > 1, text


@pytest.mark.usefixtures("own_app_db")
def test_over_the_actions_another_caller_after_the_crisis_line_is_not_told_it_again() -> None:
    first, events = advice_turn("customer says he will kill himself if we dont pay out his claim", "en", [])
    crisis = BY_ID["crisis"]
    assert any(line in said(first) for line in crisis.said_lines), said(first)
    messages, _ = advice_turn(ANOTHER_ALONE[0], "nl", events)
    assert not any(line in said(messages) for line in crisis.said_lines), said(messages)
    assert said(messages), messages


def test_a_leaders_team_member_who_cannot_sleep_gets_the_leaders_line_alone() -> None:
    text = "one of my staff says she feels miserable and can't sleep anymore"
    assert topics_of(text) == ["team_member_distress"], topics_of(text)
    assert topics_of("i can't sleep anymore, every shift is hell") == ["wellbeing"]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_leaders_care_line_names_talking_the_company_doctor_and_the_gp(lang: str) -> None:
    line = BY_ID["team_member_distress"].where[lang]
    assert all(word in line for word in {"nl": ["bedrijfsarts", "huisarts"], "en": ["doctor", "GP"]}[lang])
