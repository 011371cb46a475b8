"""Stop 66 (fresh-user tester D, helper S): safety and where-to-go lines missed, fixed by kind
(knowledge/referrals.yml, bot/content/referrals.py, bot/engine/decision.py `asks_apart`). Each kind
with look-alikes that must stay as they are.

A  someone in the water in trouble (a child lying still in the pool, drowning): `drowning` (112, the
   lifeguard, out of the water if safe, CPR and the AED); a child missing by boy, girl, son, daughter,
   zoontje, meisje, kleine...: `lost_child`. "ik verdrink in het werk" and a cold pool are not.
B  a customer scammed where money is sent (versturen, sturen, send, wire) after a call said to be from
   the bank, to someone met online who keeps asking for money, or as crypto or gift-card codes.
C  the asker's own chest pain, feeling faint or not getting air: the 112 line first (not "rest or go
   home"), without the calmer own_unwell line.
D  a learner, caller or guest in tears is a service question, not a colleague in distress.
G  a long story with a work matter in it and a service question at the end: the question answered.
I  pay words (provisie, commissie, ORT, toeslag, commission): the pay line.
J  weeks of feeling down: the wellbeing line alone, without the card on one hard customer conversation.
Real referrals as the decision reads them (bot/engine `referrals_for`); G and J over real actions.
"""

from __future__ import annotations

import pytest

from bot.engine.decision import asks_apart
from tests.unit.replies import referrals, said, source_id, topics_of
from tests.unit.turns import advice_turn

BY_ID = {r.id: r for r in referrals()}

DROWNING = [
    "help er ligt een kind in het zwembad en hij beweegt niet",
    "een kind verdrinkt bijna in het zwembad, wat moet ik doen",
    "er drijft een jongetje in het zwembad en hij beweegt niet meer",
    "gast roept dat zn zoontje kopje onder ging in het diepe en niet meer boven kwam",
    "een meisje ligt op de bodem van het zwembad!!",
    "kleine jongen in het pierenbad ademt niet",
    "kind roept om hulp in het zwembad",
    "a kid is drowning in the pool!!",
    "someone is drowning in the lake by the campsite",
    "a guest pulled a kid out of the pool, he isnt breathing",
    "there's a child face down in the pool",
]

NOT_DROWNING = [
    "ik verdrink in het werk deze week",
    "we verdrinken in de klachten, hoe hou ik het bij",
    "i'm drowning in emails from angry customers",
    "gast klaagt dat het water in het zwembad te koud is",
    "the guest says the pool is dirty, there are leaves floating in it",
    "kind wil niet uit het zwembad, ouders boos",
    "a kid keeps jumping in the pool and the parents dont care",
    "de gast vond een ring op de bodem van het zwembad",
    "a guest dropped his phone at the bottom of the pool",
    "the company went under last year and the customer wants a refund",
    "the music drowned out the announcement",
]

LOST_CHILD = [
    "a little boy is missing near the pool, parents panicking!!",
    "de moeder zegt dat haar dochtertje weg is en ze kan haar nergens vinden",
    "mevrouw haar zoontje is zoek bij de speeltuin",
    "een jongetje van 4 is vermist op de camping",
    "ouders kunnen hun kleine niet meer vinden",
    "a little girl went missing on the beach",
    "a mum can't find her little boy in the shop",
    "the parents are looking for their son, he is missing since 10 minutes",
]

NOT_LOST_CHILD = [
    "klant is de bon van zijn zoontje kwijt",
    "een meisje aan de kassa kan de bon niet vinden",
    "customer lost his son's jacket in the changing room",
    "het kind is zijn knuffel kwijt",
]

SCAM = [
    (
        "een oudere mevrouw wil 2000 euro versturen en zegt dat iemand van de bank haar net belde dat het "
        "dringend moest"
    ),
    (
        "an elderly customer wants to send 3000 euros, someone from 'the bank' told her on the phone it "
        "was urgent"
    ),
    (
        "een bejaarde klant wil 2000 euro versturen naar iemand die ze via internet kent en die haar steeds "
        "om geld vraagt"
    ),
    "een oudere mevrouw wil geld sturen naar haar online vriend die ze nog nooit ontmoet heeft",
    "a customer wants to wire 5000 dollars to a man she met online who keeps asking for money",
    "an old lady wants to buy 500 euros in gift cards and send the codes to someone on the phone",
    "meneer wil 3000 euro in bitcoin storten bij de automaat, iemand aan de telefoon zegt wat hij moet doen",
    "ne oude madam wil haar spaargeld opsturen naar nen vent da ze via facebook kent",
    "klant wil 1500 euro overmaken, de bank zei dat het dringend moest",
    "a pensioner wants to send money to her online boyfriend in the army overseas",
]

NOT_SCAM = [
    "klant wil geld overmaken naar zijn kleinzoon voor zijn verjaardag",
    "klant wil een pakket versturen naar zijn dochter in spanje",
    "a customer wants to send a parcel abroad, how much does it cost",
    "klant wil een cadeaukaart kopen voor zijn kleinzoon",
    "a customer asks if we accept bitcoin",
    "klant heeft online een stofzuiger besteld en wil zijn geld terug",
    "een klant wil 500 euro versturen naar familie in marokko",
    (
        "bij de bank wil een klant geld afhalen aan het loket maar het systeem ligt plat. hoe breng ik dat "
        "slecht nieuws"
    ),
]

OWN_CHEST_PAIN = [
    "ik voel me niet goed, ik heb pijn op mijn borst",
    "ik voel me niet lekker en heb zon druk op mn borst",
    "kvoel me ni goe, pijn in mijn borst",
    "ik denk dat ik ga flauwvallen",
    "i don't feel well, my chest hurts",
    "i feel faint and my chest feels tight",
    "I'm not feeling well, pain in my chest",
]

NO_AIR = ["ik krijg geen lucht, help", "i can't breathe properly", "i'm struggling to breathe"]

STILL_OWN_UNWELL = [
    "ik voel me niet lekker vandaag",
    "i don't feel well, can i go home early",
]

SERVED_IN_TEARS = [
    "leerling belt dat ie gezakt is en zit te huilen aan de telefoon, wat zeg ik",
    "een cursist zit te huilen na het examen, wat doe ik",
    "a student is crying on the phone because she failed her driving test",
    "my student is in tears after failing, what do i say",
    "een beller zit te huilen aan de lijn, hoe reageer ik",
    "a caller is sobbing on the phone what do i say",
    "de gast staat te huilen aan de receptie",
]

STILL_COLLEAGUE_DISTRESS = [
    "mijn collega zit te huilen in de pauzeruimte",
    "mijn collega zit te huilen na een leerling die tegen haar schreeuwde",
]

PAY = [
    "wanneer krijg ik mijn provisie uitbetaald",
    "wanneer wordt de commissie uitbetaald",
    "krijg ik ORT op zondag",
    "krijg ik mijn meeruren uitbetaald",
    "krijgen we een toeslag voor de nachtdienst",
    "krijg ik als student vakantiegeld",
    "when do i get my commission",
    "when is my commission paid out",
    "as a student do i get holiday pay",
]

NOT_PAY = [
    "de klachtencommissie heeft de klant gelijk gegeven",
    "de klant wil dat de commissie zich over zijn klacht buigt",
    "a customer complained to the commission about us",
    "the customer wants his deposit paid out",
    "klant vraagt wanneer zijn schade wordt uitbetaald",
]


@pytest.mark.parametrize(
    ("texts", "topic"),
    [
        (DROWNING, "drowning"),
        (LOST_CHILD, "lost_child"),
        (SCAM, "customer_scam"),
        (OWN_CHEST_PAIN, "emergency"),
        (NO_AIR, "short_of_breath"),
        (STILL_OWN_UNWELL, "own_unwell"),
        (STILL_COLLEAGUE_DISTRESS, "colleague_distress"),
        (PAY, "pay"),
    ],
)
def test_each_kind_gets_its_line_first(texts: list[str], topic: str) -> None:
    wrong = [(text, topics_of(text)) for text in texts if topics_of(text)[:1] != [topic]]
    assert not wrong, wrong


@pytest.mark.parametrize(
    ("texts", "topic"),
    [
        (NOT_DROWNING, "drowning"),
        (NOT_LOST_CHILD, "lost_child"),
        (NOT_SCAM, "customer_scam"),
        (OWN_CHEST_PAIN, "own_unwell"),  # the 112 line covers it: no "rest or go home" after it
        (SERVED_IN_TEARS, "colleague_distress"),
        (NOT_PAY, "pay"),
    ],
)
def test_look_alikes_stay_as_they_are(texts: list[str], topic: str) -> None:
    wrong = [(text, topics_of(text)) for text in texts if topic in topics_of(text)]
    assert not wrong, wrong


def test_nothing_of_the_water_or_a_sigh_is_an_emergency() -> None:
    sighs = [
        *NOT_DROWNING,
        "ik voel me niet goed over hoe ik die klant behandelde",
        "mijn hart bloedt voor die klant",
    ]
    assert not [text for text in sighs if topics_of(text)[:1] in (["emergency"], ["lost_child"])]


def test_the_drowning_line_says_112_the_lifeguard_and_the_aed_in_both_languages() -> None:
    topic = BY_ID["drowning"]
    assert topic.danger and topic.then and "emergency" in topic.covers
    for lang, words in (
        ("nl", ("112", "badmeester", "AED", "reanimeren")),
        ("en", ("112", "lifeguard", "AED", "CPR")),
    ):
        assert all(w in topic.where[lang] for w in words), topic.where[lang]


# -- G: a long story with a work matter, and a service question at its end -------------------------
STORY = "vandaag was echt een rare dag, eerst was de koffieautomaat kapot en toen kwam mijn collega te laat. "
QUESTION = {
    "nl": (
        "maar mijn eigenlijke vraag: een klant zegt dat zijn pakket beschadigd is aangekomen en wil zijn "
        "geld terug, wat doe ik?"
    ),
    "en": (
        "but my real question: a customer says his parcel arrived damaged and wants his money back, what "
        "do I do?"
    ),
}
STORY_EN = "what a day, first the coffee machine was broken and then my colleague came in late. "


@pytest.mark.parametrize(
    "text",
    [
        STORY * 3 + QUESTION["nl"],
        "de printer is weer kapot. een klant zegt dat zijn pakket beschadigd is aangekomen, wat doe ik?",
        STORY_EN * 3 + QUESTION["en"],
    ],
)
def test_the_service_question_after_a_story_is_asked_apart(text: str) -> None:
    part = asks_apart(text, referrals())
    assert "pakket" in part or "parcel" in part, part


def test_a_bare_what_now_after_a_work_matter_asks_nothing_apart() -> None:
    assert asks_apart("de koffieautomaat is kapot, wat doe ik?", referrals()) == ""
    assert asks_apart("Sanne is weer ziek, wat moet ik doen?", referrals()) == ""


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_testers_long_story_gets_the_service_answer(lang: str) -> None:
    text = (STORY if lang == "nl" else STORY_EN) * 25 + QUESTION[lang]
    messages, _ = advice_turn(text, lang, [])
    assert source_id(messages) == "service-recovery", said(messages)


# -- J: weeks of feeling down: the line alone -------------------------------------------------------
@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ik voel me zo down de laatste tijd, heb nergens zin meer in", "nl"),
        ("ik kan echt niet meer", "nl"),
        ("i've been feeling really down lately", "en"),
    ],
)
def test_feeling_down_gets_the_wellbeing_line_alone(text: str, lang: str) -> None:
    messages, _ = advice_turn(text, lang, [])
    assert BY_ID["wellbeing"].where[lang] in said(messages), said(messages)
    assert source_id(messages) is None, said(messages)


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ik kan het niet meer aan met al die boze klanten", "nl"),
        ("i can't do it anymore, the customers are killing me", "en"),
    ],
)
def test_worn_out_after_customers_still_gets_the_article(text: str, lang: str) -> None:
    messages, _ = advice_turn(text, lang, [])
    assert BY_ID["wellbeing"].where[lang] in said(messages), said(messages)
    assert source_id(messages) == "after-a-hard-conversation", said(messages)


def test_article_if_keeps_the_article_only_with_a_customer_or_a_conversation() -> None:
    wellbeing = BY_ID["wellbeing"]
    assert wellbeing.for_the_asker("ik voel me zo down de laatste tijd").article is None
    assert (
        wellbeing.for_the_asker("ik ben zo moe van de klanten vandaag").article == "after-a-hard-conversation"
    )
