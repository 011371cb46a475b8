"""Everyday kinds that got a wrong, weak or refused answer (stop 59), on the real index, the real
referrals and the calibrated decision, ranked and decided as `servicecoach search` does (the
same path as tests/unit/test_everyday_kinds_s58.py).

Per kind, the cause and the fix (docs/answer-quality.md, "Everyday kinds (stop 59)"):

1. called names with a demand for the manager: "manager" drew the leadership articles for a
   manager (`MANAGER_DEMANDED` leaves culture-leadership and coaching-role-model out), and
   customer-crossing-the-line did not say "achterlijk";
2. abuse and "moet ik dat slikken / laten gebeuren / put up with": `ABUSE_ENDURED` knows more
   ways to ask it and leaves out after-a-hard-conversation unless the asker says how it left them;
   customer-crossing-the-line says that being sworn at all day need not be taken;
3. a compliment from a customer (pluim, schouderklopje, bedankkaartje, a review with one's name):
   `PRAISE_TO_ASKER` leaves the manager article on recognition out; receiving-feedback has a
   bullet on taking a compliment;
4. a typo in the huddle word ("teamhudle", "ochtendhudle", "teamhuddel"): LEADING reads it, and
   the word search reads a compound whose last part has a typo as its parts (bot/engine/lexical.py);
5. English overbooking without "bump": saying-no-kindly names denying boarding and walking a guest;
6. how to explain another party's decision about someone else's account: the IT desk's
   "geblokkeerd" no longer refers the message (bot/engine/decision.py `explains_anothers_matter`).

The messages of each kind, and look-alikes that keep their article, are in
tests/data/everyday_kinds_s59.yml, tested by tests/unit/test_everyday_kinds.py; here the cues and
the content behind the fixes.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.content.audience import (
    ABUSE_ENDURED,
    ABUSE_ENDURED_ONLY,
    LEADING,
    MANAGER_DEMANDED,
    NOT_FOR,
    PRAISE_RECEIVED,
    PRAISE_TO_ASKER,
    either_order,
)
from bot.content.referrals import load_referrals
from bot.engine.decision import (
    explains_anothers_matter,
    referral_for,
)

REFERRALS = load_referrals(Path(__file__).resolve().parents[2] / "knowledge")


@pytest.mark.parametrize(
    ("pattern", "message", "matches"),
    [
        (MANAGER_DEMANDED, "klant zegt dat ik achterlijk ben en wil de chef spreken", True),
        (MANAGER_DEMANDED, "ze zei dat ik dom was en dat ze de manager wilde", True),
        (MANAGER_DEMANDED, "customer is angry and wants to speak to my manager", True),
        (MANAGER_DEMANDED, "ik wil een goede manager zijn", False),
        (MANAGER_DEMANDED, "als manager wil ik het goede voorbeeld geven", False),
        (MANAGER_DEMANDED, "mijn manager vraagt me het goede voorbeeld te geven", False),
        (MANAGER_DEMANDED, "I want to be a better manager", False),
        (ABUSE_ENDURED, "klant scheldt me steeds uit, moet ik dat maar laten gebeuren", True),
        (ABUSE_ENDURED, "mag een klant zomaar over me heen lopen en me uitschelden", True),
        (ABUSE_ENDURED, "word de hele dag uitgescholen, moet ik dat slikken", True),
        (ABUSE_ENDURED, "customers swear at me all day, do I have to tolerate that", True),
        (ABUSE_ENDURED_ONLY, "de hele dag uitgescholden door klanten, moet ik dat slikken", True),
        (ABUSE_ENDURED_ONLY, "ik word uitgescholden op de werkvloer, moet ik dat pikken", True),
        (
            ABUSE_ENDURED_ONLY,
            "bellers schelden me de hele dag uit en ik ben er kapot van, moet ik dat pikken",
            False,
        ),
        (PRAISE_RECEIVED, "kreeg een bedankkaartje van een klant", True),
        (PRAISE_RECEIVED, "got a thank you card from a customer", True),
        (PRAISE_RECEIVED, "5 sterren review met mijn naam erin", True),
        (PRAISE_RECEIVED, "a review that mentioned me by name", True),
        (PRAISE_RECEIVED, "de review was negatief over de wachttijd", False),
        (PRAISE_TO_ASKER, "kreeg een pluim van een klant", True),
        (PRAISE_TO_ASKER, "een klant gaf een compliment over mijn medewerker", False),
        (PRAISE_TO_ASKER, "een klant gaf mijn collega een compliment", False),
        (LEADING, "wat zeg ik in de teamhudle", True),
        (LEADING, "wat zeg ik in de ochtendhudle", True),
        (LEADING, "wat zeg ik in de teamhuddel", True),
        (LEADING, "de klant schudde zijn hoofd en liep weg", False),
    ],
)
def test_the_cues(pattern, message: str, matches: bool) -> None:
    assert bool(pattern.search(message)) is matches


def test_the_cues_leave_out_their_articles() -> None:
    assert NOT_FOR["culture-leadership"] is MANAGER_DEMANDED
    assert NOT_FOR["coaching-role-model"] is MANAGER_DEMANDED
    assert NOT_FOR["coaching-recognition"] is PRAISE_TO_ASKER
    assert NOT_FOR["after-a-hard-conversation"] is ABUSE_ENDURED_ONLY


def test_either_order_finds_both_words_in_either_order() -> None:
    pattern = re.compile(either_order("rekening", "geblokkeerd", ".{0,10}?", " "), re.IGNORECASE)
    assert pattern.search("zijn rekening is geblokkeerd")
    assert pattern.search("geblokkeerd rekening")
    assert not pattern.search("geblokkeerd is zijn rekening")  # the back gap is one space
    assert not pattern.search("rekeningen geblokkeerd")  # whole words only


@pytest.mark.parametrize(
    ("message", "explains"),
    [
        ("hoe leg ik uit dat de bank zijn rekening geblokkeerd heeft", True),
        ("how do I explain that the bank blocked his account", True),
        ("hoe leg ik mijn baas uit dat mijn pasje geblokkeerd is", False),
        ("mijn account is geblokkeerd", False),
        ("hoe vertel ik dat ik ziek ben", False),
        ("hoe vertel ik mijn medewerker dat zijn contract niet verlengd wordt", False),
    ],
)
def test_explaining_anothers_matter(message: str, explains: bool) -> None:
    assert explains_anothers_matter(message) is explains


def test_the_asker_s_own_blocked_account_is_still_for_the_it_desk() -> None:
    for message in ("mijn account is geblokkeerd", "hoe leg ik mijn baas uit dat mijn pasje geblokkeerd is"):
        referral = referral_for(message, REFERRALS)
        assert referral is not None and referral.id == "it", message
    assert referral_for("hoe leg ik uit dat de bank zijn rekening geblokkeerd heeft", REFERRALS) is None


def test_a_compound_with_a_typo_in_its_last_part_is_read_as_its_parts(searcher) -> None:
    lexical = searcher.index.lexical["nl"]
    assert lexical.corrected("ochtendhudle") == "ochtend huddle"
    # a typo is never read into the head: "teamuitje" is no "team" and a typo of "uitje"
    assert "team" not in lexical.query_words("wanneer is het teamuitje dit jaar")


def test_the_feedback_card_has_a_bullet_for_a_compliment(searcher) -> None:
    from bot.content.article_card import bullets

    articles = searcher.index.articles
    for lang, word in (("nl", "compliment"), ("en", "compliment")):
        items = bullets(articles[("receiving-feedback", lang)])
        assert len(items) <= 5 and any(word in item.lower() for item in items), lang
