"""Stop 56: a weapon told in any clause gets the robbery line, whatever a denial says elsewhere.

A denial or an idiom in a topic's `unless` ("geen overval", "jullie zijn dieven") blocks the topic
only in its own clause (bot/content/referrals.py `Referral._past_an_unless`): before, only a
"maar"/"but" separated the two, so "geen overval, hij had wel een mes" got no safety line. A weapon
told with an adverb or inverted ("toen trok hij een mes", "he did have a knife") is named too
(knowledge/referrals.yml, robbery), while a knife bought, asked for or used on a parcel is not.
"""

from __future__ import annotations

import pytest

from tests.unit.test_referrals_s55b import topic_of


@pytest.mark.parametrize(
    "text",
    [
        "geen overval, hij had wel een mes",
        "er was geen overval. hij had wel een mes",
        "nee geen overval hoor! maar die vent zwaaide wel met een mes",
        "it wasnt a robbery. he pulled a knife",
        "it wasn't a robbery, he did have a knife though",
        "jullie zijn dieven zei hij, en toen trok hij een mes",
        "niet overvallen nee, maar hij dreigde wel met een mes",
        "no robbery; the guy had a gun",
    ],
)
def test_a_weapon_in_another_clause_than_a_denial_gets_the_robbery_line(text: str) -> None:
    assert topic_of(text) == "robbery"


@pytest.mark.parametrize(
    "text",
    [
        "nee er is geen overval, gewoon een prijsdiscussie aan de kassa",
        "geen overval hoor, wel een prijsdiscussie",
        "ik voelde me, eerlijk gezegd, overvallen door die vraag",
        "ik voelde me echt overvallen. door die vraag",
        "klant beschuldigt me, zegt dat ik zijn telefoon heb gestolen",
        "dat is diefstal, riep hij, jullie zijn oplichters",
        "the price is daylight robbery, he said. what do i say",
        "ik ben ziek van die klant, echt waar",
    ],
)
def test_an_idiom_or_denial_still_blocks_its_topic_across_clauses(text: str) -> None:
    assert topic_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "en toen trok hij een mes",
        "hij dreigde ineens met een mes",
        "hij had zelfs een mes",
        "hij had ook een mes",
        "ik zag dat hij een mes had",
        "hij droeg een mes bij zich",
        "iemand haalde een mes uit zijn zak",
        "hij pakte een mes",
        "he did have a knife",
        "he had a knife on him",
        "suddenly he took out a knife",
        "he had a knife in his hand",
        "he was carrying a knife",
        "de man haalde een pistool tevoorschijn",
    ],
)
def test_a_weapon_told_with_an_adverb_or_inverted_gets_the_robbery_line(text: str) -> None:
    assert topic_of(text) == "robbery"


@pytest.mark.parametrize(
    "text",
    [
        "het mes snijdt aan twee kanten",
        "klant had een mes gekocht dat bot was",
        "ik had een mes nodig om de doos open te maken",
        "klant wil een mes terugbrengen",
        "the guest asked for a steak knife",
        "ik pakte een mes om het pakket open te snijden",
        "de klant had een mes besteld maar het was niet geleverd",
        "hebben jullie een mes voor de taart",
    ],
)
def test_a_knife_that_is_no_threat_gets_no_robbery_line(text: str) -> None:
    assert topic_of(text) != "robbery"
