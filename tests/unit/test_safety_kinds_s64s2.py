"""Stop 64 (fresh-user tester D, helper S2): safety and where-to-go faults fixed by kind.

1. A person who no longer responds or wakes, has a fit, chokes, turns blue or bleeds badly is an
   emergency (the 112 line) without a fall or lying-down word; not answering mail, a till that does
   not respond, an attack of anger or choking on one's words are not.
2. One's own low mood in chat words ("k voel me echt kut vandaag") gets the wellbeing line; "ik zie
   het (eigenlijk) niet meer zitten (allemaal)" on its own gets the crisis line (113).
3. A request to translate for a customer gets the translate line.
4. A boss who treats the asker badly in vague words is the conduct topic's.
Real referrals (knowledge/referrals.yml), the decision's reading and the real actions.
"""

from __future__ import annotations

import pytest

from actions.advice import ActionAnswerAdvice
from actions.after_danger import continues_the_scene
from actions.selfcheck import ActionStop
from actions.yes_no import ActionDeny
from tests.unit.replies import referrals, said, topics_of
from tests.unit.turns import new_sender, turn

BY_ID = {r.id: r for r in referrals()}

UNRESPONSIVE = [
    "er ligt iemand op het perron die niet meer reageert",
    "er zit een man aan tafel 4 die niet meer wakker wordt",
    "die meneer aan de bar reageert niet meer",
    "a guest at table 2 is not responding anymore",
    "iemand reageert niet meer",
    "mijn collega reageert niet meer, wat moet ik doen",
    "een klant reageert nergens meer op",
    "ze wordt niet wakker",
    "een klant krijgt een aanval",
    "een gast krijgt een toeval",
    "hij ligt te schokken",
    "a guest is having a fit",
    "een klant verslikt zich",
    "a guest is choking on his food",
    "een klant bloedt flink uit zijn hoofd",
    "a customer is bleeding heavily",
    "he is turning blue",
]
NOT_AN_EMERGENCY = [
    "de klant reageert niet op mijn mails",
    "de kassa reageert niet meer",
    "hij reageert niet op mijn vraag",
    "a customer isn't responding to my emails",
    "de klant reageert niet meer op mijn berichten",
    "de klant reageert niet meer, moet ik nog een mail sturen",
    "de pinautomaat reageert niet meer",
    "the card reader is not responding",
    "de klant krijgt een aanval van woede",
    "ik krijg een aanval van die klant",
    "de klant verslikt zich in zijn woorden",
    "klant is blauw van de kou",
    "hij wordt niet wakker van de wekker",
    "my colleague is not responding to my messages",
]


@pytest.mark.parametrize("text", UNRESPONSIVE)
def test_a_person_who_does_not_respond_or_has_a_fit_is_an_emergency(text: str) -> None:
    assert topics_of(text)[:1] == ["emergency"], text


@pytest.mark.parametrize("text", NOT_AN_EMERGENCY)
def test_mail_a_till_or_anger_is_no_emergency(text: str) -> None:
    assert "emergency" not in topics_of(text), text


@pytest.mark.parametrize(
    "text", ["iemand reageert niet meer", "hij wordt niet meer wakker", "ze krijgt een aanval"]
)
def test_after_the_112_line_an_unresponsive_person_continues_the_scene(text: str) -> None:
    assert continues_the_scene(text), text


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(("action", "intent"), [(ActionDeny, "deny"), (ActionAnswerAdvice, "ask_advice")])
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("iemand reageert niet meer", "nl"),
        ("er zit een man aan tafel 4 die niet meer wakker wordt", "nl"),
        ("a guest at table 2 is not responding anymore", "en"),
    ],
)
def test_an_unresponsive_person_gets_the_112_line_whatever_nlu_read(action, intent, text, lang) -> None:
    messages, _ = turn(text, lang, [], sender=new_sender(), action=action, intent=intent)
    assert BY_ID["emergency"].where[lang] in said(messages), said(messages)


# -- 2. own low mood; the classic warning phrase ------------------------------------------------

LOW_MOOD = [
    "k voel me echt kut vandaag na die klant",
    "ik voel me kut",
    "ik voel me klote na dat gesprek",
    "ik voel me echt rot vandaag",
    "voel me shit na die klant",
    "ik zit er doorheen",
    "ik zit er helemaal doorheen",
    "ik ben er helemaal klaar mee",
    "i feel like shit after that customer",
]
NOT_LOW_MOOD = [
    "ik voel me rot voor die klant",
    "ik voel me rot dat ik nee moest zeggen",
    "het voelt kut om nee te zeggen",
    "de klant voelt zich kut",
    "ik ben klaar met die klant",
    "ik ben er klaar mee",  # mild: a sigh about a customer, not the wellbeing line
]


@pytest.mark.parametrize("text", LOW_MOOD)
def test_own_low_mood_in_chat_words_gets_the_wellbeing_line(text: str) -> None:
    assert topics_of(text)[:1] == ["wellbeing"], text


@pytest.mark.parametrize("text", NOT_LOW_MOOD)
def test_feeling_bad_for_a_customer_or_a_sigh_is_no_wellbeing_line(text: str) -> None:
    assert "wellbeing" not in topics_of(text), text


@pytest.mark.parametrize(
    "text",
    [
        "ik zie het niet meer zitten",
        "ik zie het eigenlijk niet meer zitten allemaal",
        "ik zie het allemaal niet meer zitten",
        "kzie het ni meer zitten",
    ],
)
def test_not_seeing_it_anymore_gets_the_crisis_line(text: str) -> None:
    assert topics_of(text)[:1] == ["crisis"], text


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("ik zie het niet zitten om zaterdag te werken", None),
        ("ik zie het niet zitten dat die nieuwe kassa komt", None),
        ("ik zie het niet meer zitten met die nieuwe kassa", "wellbeing"),
        ("ik zie mijn werk niet meer zitten", "wellbeing"),
    ],
)
def test_not_seeing_a_shift_or_a_till_is_no_crisis(text: str, topic: str | None) -> None:
    found = topics_of(text)
    assert "crisis" not in found, text
    assert found[:1] == ([topic] if topic else []), (text, found)


# -- 3. translate for a customer -------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "kun je dit vertalen naar het pools voor een klant: uw pas is geblokkeerd",
        "can you translate this into polish for a customer: your card is blocked",
        "kun je dit vertalen naar het pools",
        "how do I say your card is blocked in spanish",
        "hoe zeg ik in het spaans dat de winkel om 6 uur sluit",
    ],
)
def test_a_request_to_translate_gets_the_translate_line(text: str) -> None:
    assert topics_of(text)[:1] == ["translation"], text


@pytest.mark.parametrize(
    "text",
    [
        "hoe zeg ik dat in het nederlands?",
        "hoe zeg ik nee tegen een klant",
        "hoe help ik een klant die alleen pools spreekt",
        "een klant spreekt alleen arabisch, hoe help ik hem",
    ],
)
def test_wording_or_a_customer_who_speaks_another_language_is_no_translation(text: str) -> None:
    assert "translation" not in topics_of(text), text


# -- 4. the boss as the problem, in vague words ----------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "mijn baas doet heel vervelend tegen me en ik weet niet bij wie ik terecht kan",
        "mijn manager doet raar tegen mij, wat moet ik doen",
        "mijn chef doet gemeen tegen me",
        "mijn leidinggevende behandelt me slecht",
        "mijn baas negeert me al weken",
        "my boss treats me badly",
        "my manager is being weird to me",
        "my boss is mean to me",
    ],
)
def test_a_boss_who_treats_the_asker_badly_is_the_conduct_topic(text: str) -> None:
    assert topics_of(text)[:1] == ["conduct"], text


@pytest.mark.parametrize(
    "text",
    [
        "mijn baas doet moeilijk over mijn vakantie",
        "mijn manager doet raar over de nieuwe kassa",
        "mijn baas doet vervelend over mijn rooster",
        "de klant doet heel vervelend tegen me",
    ],
)
def test_a_boss_difficult_about_leave_or_a_customer_is_no_conduct(text: str) -> None:
    assert "conduct" not in topics_of(text), text


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize("text", ["iemand reageert niet meer", "hij wordt niet meer wakker"])
def test_right_after_the_112_line_an_unresponsive_person_is_no_stop(text: str) -> None:
    """Tester D's 138: "iemand reageert niet meer" after the 112 line was read as stop ("Oké, gestopt")."""
    sender = new_sender()
    scene = "er ligt een man op de grond in de hal"
    first, events = turn(scene, "nl", [], sender, ActionAnswerAdvice, "ask_advice")
    assert BY_ID["emergency"].where["nl"] in said(first)
    messages, _ = turn(text, "nl", events, sender, ActionStop, "stop")
    replies = said(messages)
    assert "112" in replies, replies
    assert "gestopt" not in replies.lower(), replies


# -- 5. the asker's role: a leader's line, an onlooker's line ----------------------------------


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("een medewerker van me wil naar huis want ze voelt zich niet lekker, mag dat", "nl"),
        ("iemand van mijn team voelt zich niet lekker, mag ze naar huis", "nl"),
        ("one of my team feels unwell and wants to go home, is that ok", "en"),
    ],
)
def test_a_leader_whose_staff_member_is_unwell_gets_the_leaders_line(text: str, lang: str) -> None:
    messages, _ = turn(text, lang, [], new_sender(), ActionAnswerAdvice, "ask_advice")
    replies = said(messages)
    assert BY_ID["colleague_unwell"].where_manager[lang] in replies, replies
    assert BY_ID["colleague_unwell"].where[lang] not in replies, replies


def test_a_colleague_who_is_unwell_keeps_the_colleagues_line() -> None:
    assert topics_of("mijn collega voelt zich niet goed en wil naar huis")[:1] == ["colleague_unwell"]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("mijn collega wordt gepest door de chef", "colleague_bullied"),
        ("mijn collega wordt al maanden gepest door de bedrijfsleider", "colleague_bullied"),
        ("my colleague is being bullied by our manager", "colleague_bullied"),
        ("ik word gepest door een collega, bij wie kan ik terecht", "conduct"),
        ("mijn collega wordt gepest door klanten", None),
        ("my colleague is being bullied by customers", None),
    ],
)
def test_an_onlooker_gets_the_onlookers_line_the_bullied_their_own(text: str, topic: str | None) -> None:
    found = topics_of(text)
    assert found[:1] == ([topic] if topic else []), (text, found)
    if topic == "colleague_bullied":
        assert "conduct" not in found  # "Wat naar dat je dit meemaakt" is not said to the onlooker


# -- 6. a leader about a team member's wellbeing: a leader's line with the coaching article -----


@pytest.mark.parametrize(
    "text",
    [
        "iemand van mijn team zit niet lekker in zn vel",
        "een van mijn medewerkers is al weken down",
        "twee van mijn medewerkers zitten er helemaal doorheen, hoe help ik ze",
        "my staff are close to burnout, what can I do as a manager",
    ],
)
def test_a_leader_about_a_team_members_wellbeing_gets_the_leaders_line(text: str) -> None:
    assert topics_of(text)[:1] == ["team_member_distress"], text
    assert BY_ID["team_member_distress"].article == "coaching-aftercare"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("de kassa is down en mijn team staat te wachten", "it"),
        ("mijn collega zit tegen een burnout aan", "colleague_distress"),
        ("een collega in mijn team ziet het leven niet meer zitten", "crisis"),
    ],
)
def test_a_device_a_colleague_or_a_sign_of_danger_keeps_its_line(text: str, topic: str) -> None:
    assert topics_of(text)[:1] == [topic], text
