"""Stop 67 (fresh-user tester D2, helper S2): safety and work-matter lines missed or of the wrong
kind, fixed by kind (knowledge/referrals.yml, bot/content/referrals.py). Each kind with look-alikes
that must stay as they are.

A  a child alone or without its parents, not said as lost ("er zit een jongetje al een uur alleen in
   de kinderhoek en ik zie nergens zn ouders", "een kindje van 4 staat te huilen zonder ouders"):
   `lost_child`. A child with its parent or a children's corner as a topic is not.
B  the asker feeling down in their own words ("ik voel me zelf ook zo down", "zo moe en somber, heb
   nergens meer zin in", "I feel so low lately"): `wellbeing`; "ik zie het niet meer zitten" stays
   `crisis` (113). A customer who is down, a system that is down, low sales are not.
D  an accusation of theft with a threat to wait for the employee is a threat (`unsafe`), no robbery;
   the asker's own bad feeling after a hard contact is `wellbeing`, not a colleague in distress;
   the 113 line opens for the asker and a customer or colleague alike, not as if the asker is at risk.
E  a patron or member (someone served) who is angry about a thing, or an insult to one of the
   asker's own staff by a visitor who now cries in the staff room (the room as the place where someone
   is), is a service scene: no IT or facilities line. A member of staff, or the asker's own staff off
   sick, still get theirs.
I  commission asked another way ("hoeveel commissie krijg ik"): pay; the asker's own benefits as
   staff ("kan ik als huurder bij ons voorrang krijgen", "staff discount"): employment (HR).
Real referrals as the decision reads them (bot/engine `referrals_for`); B, D and E over real actions.
"""

from __future__ import annotations

import pytest

from tests.unit.replies import referrals, said, source_id, topics_of
from tests.unit.turns import advice_turn

BY_ID = {r.id: r for r in referrals()}

CHILD_ALONE = [
    "er zit een jongetje van een jaar of 5 al een uur alleen in de kinderhoek en ik zie nergens zn ouders",
    "ik zie een kindje van 4 bij de uitgang staan huilen zonder ouders",
    "er loopt een kindje van 3 zonder ouders rond op de parking",
    "een klant zegt dat er een meisje helemaal in haar eentje bij de ingang staat",
    "da manneke staat daar al een tijdje alleen te wenen, geen ouders te zien",
    "kleuter zit alleen te huilen bij de kassa",
    "there's a little boy crying by himself near the exit, no parents in sight",
    "a kid is sitting alone in the kids corner for an hour, no parent around",
    "a little girl is sitting by herself on the stairs",
    "toddler wandering alone in the parking lot without his parents",
]

NOT_CHILD_ALONE = [
    "een kind met zijn moeder in de kinderhoek maakt veel lawaai",
    "de kinderhoek is een rommel, hoe vraag ik ouders om op te ruimen",
    "ik sta helemaal alleen aan de kassa en een kind huilt",
    "a mum by herself with two kids needs help with her bags",
    "a dad is on his own with three kids and they keep running around",
    "moeder laat haar kind in de kinderhoek spelen terwijl ze winkelt",
    "kunnen we een kinderhoek inrichten in de winkel",
    "a girl at the till is crying because her card was declined",
    "the kids corner is always a mess",
]

FEELING_DOWN = [
    "ik voel me zelf ook zo down de laatste tijd",
    "ik voel me de laatste tijd zo down",
    "ik ben zo moe en somber, heb nergens meer zin in",
    "kvoel mij ook zo down",
    "heb echt nergens meer zin in",
    "I feel so low lately",
    "i feel really low these days",
    "I've been feeling so low lately",
]

NOT_FEELING_DOWN = [
    "de klant voelt zich zo down",
    "my customer seems down, how do I cheer him up",
    "sales have been so low lately",
    "prices are so low lately",
    "the system is down again",
    "het kassasysteem ligt al de hele ochtend down",
]

ACCUSED_AND_THREATENED = [
    "die klant zegt nu dat ik een dief ben en dat ie me gaat opwachten",
    "customer says i'm a thief and he'll wait for me outside",
    "hij zegt dat ik een dief ben en dreigt me op te wachten na mijn dienst",
]

STILL_A_THIEF = ["er is net een dief met een tas weggerend", "a thief grabbed the cash box"]

OWN_BAD_FEELING = [
    "Wat had ik anders kunnen doen en hoe zorg ik dat ik me er zelf niet zo rot over voel?",
    "mijn collega stond erbij en de klant begon te huilen. hoe zorg ik dat ik me er niet zo rot over voel",
    "my colleague was there when the customer started crying, and i still feel so bad about it",
]

SERVICE_SCENES_WITH_A_THING = [
    "a patron is yelling at me because the printer ate his money",
    "a member is shouting at me because the treadmill broke",
    "een van mn medewerkers is uitgescholden door een bezoeker en huilt nu in de personeelsruimte",
    "een lener scheldt me uit omdat de printer zijn geld heeft opgegeten",
    "een klant scheldt me uit omdat de koffieautomaat zijn geld heeft opgegeten",
    "ne klant staat mij uit te kafferen omdat de lift kapot is",
    "a guest is screaming at me because the elevator is broken",
    "a library member is yelling at me because the printer ate his coins",
    "a patron complains the wifi is down",
]

STILL_A_THING = [
    ("de printer is kapot, wie moet ik bellen", "it"),
    ("the printer ate my money, who do I call", "it"),
    ("waar is de personeelsruimte", "facilities"),
    ("de lift is kapot, wie moet ik bellen", "facilities"),
    ("a member of staff broke the printer", "it"),
    ("one of the team members says the printer is broken, who fixes it", "it"),
    ("one of my staff keeps calling in sick and we're short again. how do I stop the queue?", "absence"),
]

COMMISSION = [
    "hoeveel commissie krijg ik op verkochte banden?",
    "krijg ik ook commissie op die banden?",
    "hoeveel provisie krijg ik per verkochte fiets",
    "how much commission do i get on tyres",
]

OWN_BENEFITS = [
    "ik ben zelf ook huurder bij ons, kan ik voorrang krijgen op een woning?",
    "kan ik als huurder bij ons voorrang krijgen",
    "krijg ik personeelskorting?",
    "do I get a staff discount?",
    "can i get priority as an employee for a flat",
]

NOT_OWN = [
    "hoeveel commissie krijgt de verkoper bij een klant",
    "de klant vraagt of hij voorrang kan krijgen op een woning",
    "a customer asks if he can get priority on the waiting list",
]


@pytest.mark.parametrize(
    ("texts", "topic"),
    [
        (CHILD_ALONE, "lost_child"),
        (FEELING_DOWN, "wellbeing"),
        (ACCUSED_AND_THREATENED, "unsafe"),
        (OWN_BAD_FEELING, "wellbeing"),
        (COMMISSION, "pay"),
        (OWN_BENEFITS, "employment"),
    ],
    ids=["child-alone", "feeling-down", "accused-threatened", "own-bad-feeling", "commission", "benefits"],
)
def test_each_kind_gets_its_line_first(texts: list[str], topic: str) -> None:
    wrong = [(text, topics_of(text)) for text in texts if topics_of(text)[:1] != [topic]]
    assert not wrong, wrong


def test_an_accusation_of_theft_is_no_robbery() -> None:
    for text in ACCUSED_AND_THREATENED:
        assert "robbery" not in topics_of(text), text
    for text in STILL_A_THIEF:
        assert topics_of(text)[:1] == ["robbery"], text


def test_the_own_bad_feeling_is_no_colleague_in_distress() -> None:
    for text in OWN_BAD_FEELING:
        assert "colleague_distress" not in topics_of(text), text
    crying = "mijn collega zit te huilen in de pauzeruimte na een boze klant"
    assert topics_of(crying)[:1] == ["colleague_distress"]


@pytest.mark.parametrize(
    ("texts", "not_topics"),
    [
        (NOT_CHILD_ALONE, {"lost_child"}),
        (NOT_FEELING_DOWN, {"wellbeing", "crisis"}),
        (SERVICE_SCENES_WITH_A_THING, {"it", "facilities"}),
        (NOT_OWN, {"pay", "employment"}),
    ],
    ids=["child-with-parent", "down-not-mine", "thing-in-a-scene", "customer-asks"],
)
def test_look_alikes_stay_as_they_are(texts: list[str], not_topics: set[str]) -> None:
    wrong = [(text, topics_of(text)) for text in texts if not_topics & set(topics_of(text))]
    assert not wrong, wrong


def test_a_thing_of_the_askers_own_still_gets_its_desk() -> None:
    for text, topic in STILL_A_THING:
        assert topics_of(text)[:1] == [topic], (text, topics_of(text))


def test_the_crisis_word_stays_the_crisis_line() -> None:
    assert topics_of("ik zie het niet meer zitten")[:1] == ["crisis"]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_113_line_opens_for_the_asker_and_a_customer_alike(lang: str) -> None:
    line = BY_ID["crisis"].where[lang]
    second = line.split(". ")[1]
    assert not second.startswith(("Praat er nu", "Talk to someone now")), second
    both = ("zelf", "klant of collega") if lang == "nl" else ("yourself", "customer or colleague")
    assert all(word in second for word in both), second
    assert "113" in second and "1813" in second and "112" in line


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(("text", "lang"), [(FEELING_DOWN[0], "nl"), (FEELING_DOWN[5], "en")])
def test_feeling_down_gets_the_wellbeing_line_over_real_actions(text: str, lang: str) -> None:
    messages, _ = advice_turn(text, lang, [])
    assert BY_ID["wellbeing"].where[lang] in said(messages), said(messages)


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(("text", "lang"), [(CHILD_ALONE[0], "nl"), (CHILD_ALONE[6], "en")])
def test_a_child_alone_gets_the_lost_child_line_over_real_actions(text: str, lang: str) -> None:
    messages, _ = advice_turn(text, lang, [])
    assert said(messages).startswith(BY_ID["lost_child"].where[lang]), said(messages)


@pytest.mark.usefixtures("own_app_db")
def test_a_patron_yelling_about_the_printer_gets_the_angry_customer_answer() -> None:
    messages, _ = advice_turn(SERVICE_SCENES_WITH_A_THING[0], "en", [])
    assert BY_ID["it"].where["en"] not in said(messages), said(messages)
    assert source_id(messages) == "angry-customer", said(messages)


@pytest.mark.usefixtures("own_app_db")
def test_a_staff_member_insulted_by_a_visitor_gets_the_aftercare_answer() -> None:
    messages, _ = advice_turn(SERVICE_SCENES_WITH_A_THING[2], "nl", [])
    assert BY_ID["facilities"].where["nl"] not in said(messages), said(messages)
    assert source_id(messages) == "coaching-aftercare", said(messages)
