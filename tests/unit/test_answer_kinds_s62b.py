"""Stop 62 (second helper, issue 9 of the fresh-user round): venting about a customer, look-alike
answers and offers that could be answers, read with the plain words of their article
(bot/engine/plain_kinds.py). Here the patterns, per kind: messages of the kind (Dutch, English, chat
spelling, Flemish, typos) and look-alikes that must stay as typed; then the real advice actions on
messages of the tester's round (an off-topic reading by NLU, "mijn situatie is anders", a photo's
caption read as text). The answers on the real index: tests/data/everyday_kinds_s62b.yml
(tests/unit/test_everyday_kinds.py)."""

from __future__ import annotations

import pytest

from actions.advice import ActionOutOfScope
from tests.unit import test_answer_kinds_f_s63 as stop63f
from tests.unit import test_answer_kinds_s62 as first_helper
from tests.unit import test_answer_kinds_s63 as stop63
from tests.unit import test_plain_kinds_s64a as stop64a
from tests.unit import test_plain_kinds_s64a2 as stop64a2
from tests.unit import test_plain_kinds_s65a as stop65a
from tests.unit import test_plain_kinds_s66a as stop66a
from tests.unit import test_plain_kinds_s67a as stop67a
from tests.unit import test_plain_kinds_s68a as stop68a
from tests.unit import test_plain_kinds_s68b as stop68b
from tests.unit import test_plain_kinds_s69b as stop69b
from tests.unit import test_plain_kinds_s69r as stop69r
from tests.unit.plain_kind_checks import KIND_NAMES, assert_not_of_kind, assert_read_plainly, kind_cases
from tests.unit.turns import advice_turn, new_sender, turn

OF_THE_KIND = {
    "fed-up-with-customers": [
        "ik ben ziek van die klant",
        "ik ben zo moe van de klanten vandaag",
        "kben het beu van die klanten",
        "ik ben echt klaar met die bellers vandaag",
        "k ben zo kapot van al die gasten",
        "i'm so sick of customers today",
        "fed up with rude guests, honestly",
        "die klanten hangen me de keel uit",
    ],
    "customer-called-names": [
        "wtf die klant is echt een eikel",
        "klant is echt een zeikerd wat doe ik",
        "die gast aan tafel 4 is echt een hufter",
        "ne klant was precies ne zeveraar",
        "this customer is such a jerk, what do i do",
        "wat een sukkel die klant",
        "that caller was a real pain in the neck",
    ],
    "nervous-customer": [
        "how do I calm an anxious patient?",
        "een zenuwachtige klant aan de balie, hoe stel ik haar gerust",
        "the guest seems really nervous about the treatment",
        "een angstige patiënt in de wachtkamer",
        "klant is erg bang voor de behandeling",
        "worried customer on the phone about her order",
    ],
    "late-customer": [
        "hoe ga ik om met een klant die te laat is voor zijn afspraak?",
        "patient turns up 20 minutes late for the appointment",
        "de gast komt een uur te laat voor zijn reservering",
        "klant was te laat voor de afspraak en wil toch geholpen worden",
        "klant kwam telaat voor zn afspraak",
        "customer was late for her booking and still wants the table",
    ],
    "same-question-again": [
        "a customer keeps asking the same question, how do I stay patient?",
        "meneer vraagt steeds hetzelfde, wat doe ik",
        "klant stelt voor de vijfde keer dezelfde vraag",
        "the caller asks the same thing over and over",
        "mevrouw vraagt telkens weer hetzelfde",
        "hoe ga ik om met iemand met dementie die steeds hetzelfde vraagt",
    ],
    "wont-pay": [
        "hoe ga ik om met een klant die niet wil betalen",
        "hoe ga ik om met een klant die weigert te betalen",
        "customer refuses to pay, what now",
        "gast wil de rekening niet betalen",
        "klant wilt ni betalen",
        "the guest won't pay for the drinks",
    ],
    "card-fails": [
        "mijn situatie is anders, het gaat om een klant die wil afrekenen met een kapotte pinpas",
        "klant wil afrekenen maar zijn pinpas werkt niet",
        "the customer's card was declined at the till",
        "klant z'n bankkaart wordt geweigerd",
        "guest has a broken credit card and wants to check out",
    ],
    "fault-complained-of": [
        "the wifi in the lobby doesn't work and guests complain",
        "de airco is kapot en de gasten klagen",
        "the lift is broken and visitors keep complaining",
        "de koffieautomaat werkt niet en klanten mopperen",
        "klanten klagen dat de wc vies is",
    ],
    "keeps-complaining": [
        "hoe ga ik om met een klant die blijft klagen?",
        "wat doe je met een klant die steeds klaagt",
        "customer keeps complaining about everything",
        "die mevrouw zit altijd te zeuren",
        "a guest who constantly complains",
    ],
    "staff-rude-to-customers": [
        "een medewerker van mij is steeds onbeleefd tegen klanten",
        "my staff member is rude to customers",
        "one of the other nurses is rude to patients, what do I do?",
        "mijn collega is kortaf tegen de gasten",
        "een stagiair is onvriendelijk naar klanten",
    ],
    "coaching-on-the-floor": [
        "hoe coach ik mijn mensen op de vloer",
        "how do I coach my people on the shop floor",
        "hoe stuur ik mijn team bij op de winkelvloer",
        "hoe begeleid ik nieuwe medewerkers tijdens de dienst",
        "coaching staff during the rush",
    ],
}

NOT_OF_THE_KIND = {
    "fed-up-with-customers": [
        "ik ben ziek",
        "ik ben ziek, kan ik naar huis?",
        "ik ben moe van mijn collega",
        "de klant is ziek",
        "the customer is tired of waiting",
    ],
    "customer-called-names": [
        "de klant noemde me een eikel",
        "customer called me an idiot",
        "mijn collega is een eikel",
        "klant schold me uit voor sukkel",
        "klant is echt een eikel en hij slaat me",
        "this customer is such a jerk, he pushed me",
    ],
    "nervous-customer": [
        "ik ben zelf zenuwachtig voor mijn eerste dag",
        "i'm nervous about talking to angry customers",
        "mijn collega is bang voor boze klanten",
        "hoe ga ik om met een boze klant?",
    ],
    "late-customer": [
        "mijn collega komt altijd te laat",
        "de levering is te laat en de klant is boos",
        "we were late for the customer's appointment, what now",
        "klant wil een afspraak maken",
    ],
    "same-question-again": [
        "veel klanten stellen steeds dezelfde vraag",
        "many customers ask the same question, how can we make it easier",
        "klant blijft klagen",
        "mijn collega vraagt steeds hetzelfde",
        "resident keeps asking for something the council simply doesn't do, how to decline politely",
        "idk how to say no to someone who keeps asking for a discount",
    ],
    "wont-pay": [
        "mijn werkgever wil mijn overuren niet betalen",
        "klant wil niet betalen omdat het eten koud was",
        "klant kan niet betalen want de pinautomaat is kapot",
        "hoe betaal ik mijn parkeerkosten",
        "passenger on the bus refuses to pay and starts yelling at me what do i do",
    ],
    "card-fails": [
        "de pinautomaat is kapot",
        "the card reader at the till is broken",
        "mijn pas werkt niet meer, ik kan niet binnen",
        "klant wil met kaart betalen",
    ],
    "fault-complained-of": [
        "the wifi doesn't work",
        "gast klaagt over lawaai en wil compensatie",
        "klant klaagt over de prijs",
        "de airco is kapot",
    ],
    "keeps-complaining": [
        "mijn team blijft klagen over de klanten",
        "collega's zeuren altijd over het rooster",
        "een klant klaagt over de wachttijd",
        "klant blijft maar boos",
    ],
    "staff-rude-to-customers": [
        "een klant is onbeleefd tegen mij",
        "customer was rude to my colleague",
        "mijn collega is onbeleefd tegen mij",
        "mijn collega van de backoffice doet echt kortaf tegen mij waar klanten bij staan, maakt dat uit",
    ],
    "coaching-on-the-floor": [
        "hoe geef ik een coachingstip",
        "ik sta alleen op de vloer en het is druk",
        "coach me on angry customers",
    ],
}

def test_every_kind_has_messages_and_look_alikes_in_one_of_the_two_files() -> None:
    assert set(OF_THE_KIND) == set(NOT_OF_THE_KIND)
    assert set(OF_THE_KIND).isdisjoint(first_helper.OF_THE_KIND)
    # kinds new in stop 63: tests/unit/test_answer_kinds_s63.py and test_answer_kinds_f_s63.py
    named = set(OF_THE_KIND) | set(first_helper.OF_THE_KIND) | set(stop63.OF_THE_KIND)
    # kinds new in stop 64 (helper A): tests/unit/test_plain_kinds_s64a.py (also may-not-give and
    # didnt-know-the-answer, widened there) and helper A2: tests/unit/test_plain_kinds_s64a2.py
    # and stop 65 (helper A): tests/unit/test_plain_kinds_s65a.py, stop 66 (helper A): _s66a.py
    # and stop 67 (helper A3): _s67a.py, stop 68 (helper A4): _s68a.py
    later = set(stop63f.OF_THE_KIND) | set(stop64a.OF_THE_KIND) | set(stop64a2.OF_THE_KIND)
    later |= set(stop65a.OF_THE_KIND) | set(stop66a.OF_THE_KIND) | set(stop67a.OF_THE_KIND)
    later |= set(stop68a.OF_THE_KIND) | set(stop68b.OF_THE_KIND)  # and helper A5: _s68b.py
    later |= set(stop69b.OF_THE_KIND) | set(stop69r.OF_THE_KIND)  # stop 69: _s69b.py, _s69r.py
    assert named | later == KIND_NAMES
    assert all(len(messages) >= 3 for messages in OF_THE_KIND.values())
    assert all(len(messages) >= 3 for messages in NOT_OF_THE_KIND.values())


@pytest.mark.parametrize(("name", "message"), kind_cases(OF_THE_KIND))
def test_a_message_of_the_kind_is_read_with_its_plain_words(name: str, message: str) -> None:
    assert_read_plainly(name, message)


@pytest.mark.parametrize(("name", "message"), kind_cases(NOT_OF_THE_KIND))
def test_a_look_alike_is_not_of_the_kind(name: str, message: str) -> None:
    assert_not_of_kind(name, message)


def _shown(messages: list[dict]) -> list[str]:
    """The articles a reply answers with or offers (none for a refusal)."""
    for m in messages:
        custom = m.get("custom") or {}
        if custom.get("type") == "source":
            return [custom["id"]]
        if custom.get("type") == "offer":
            return list(custom["ids"])
    return []


@pytest.mark.parametrize(
    ("message", "lang", "article"),
    [
        ("ik ben zo moe van de klanten vandaag", "nl", "after-a-hard-conversation"),
        ("ik ben ziek van die klant", "nl", "after-a-hard-conversation"),
        ("i'm so sick of customers today", "en", "after-a-hard-conversation"),
        ("klant is echt een zeikerd wat doe ik", "nl", "angry-customer"),
    ],
)
def test_venting_read_by_nlu_as_off_topic_is_answered(message: str, lang: str, article: str) -> None:
    """NLU read "ik ben zo moe van de klanten vandaag" as out of scope (refused as off-topic)."""
    said, _ = turn(message, lang, [], new_sender("employee", "s62b"), ActionOutOfScope, "out_of_scope",
                   confidence=1.0)
    assert _shown(said)[:1] == [article], said


def test_a_different_situation_with_a_broken_card_offers_what_cannot_be_solved() -> None:
    """After the angry-customer card, "mijn situatie is anders, ... kapotte pinpas" was offered the
    angry customer's neighbours without the problem one cannot solve."""
    answered, events = advice_turn("hoe ga ik om met een boze klant?", "nl", [])
    assert _shown(answered) == ["angry-customer"]
    told = "mijn situatie is anders, het gaat om een klant die wil afrekenen met een kapotte pinpas"
    again, _ = advice_turn(told, "nl", events)
    assert _shown(again)[:1] == ["problem-you-cannot-solve"], again


@pytest.mark.parametrize(
    ("message", "lang", "role", "article"),
    [
        ("hoe ga ik om met een klant die blijft klagen?", "nl", "employee", "complaint-handling"),
        ("een medewerker van mij is steeds onbeleefd tegen klanten", "nl", "manager",
         "coaching-feedback-conversation"),
        ("hoe coach ik mijn mensen op de vloer", "nl", "manager", "coaching-on-the-floor"),
        ("how do I calm an anxious patient?", "en", "employee", "shift-emotion"),
        ("the wifi in the lobby doesn't work and guests complain", "en", "employee", "complaint-handling"),
    ],
)
def test_the_tester_s_offers_and_look_alikes_are_answered(message: str, lang: str, role: str,
                                                         article: str) -> None:
    """A caption reaches the advice action as typed text (bot/channels/telegram/handlers.py), so the
    photo's "klant die blijft klagen" is this same message."""
    said, _ = turn(message, lang, [], new_sender(role, "s62b"))
    assert _shown(said) == [article], said
