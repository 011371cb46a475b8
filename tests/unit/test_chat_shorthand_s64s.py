"""Stop 64: chat shorthand is written out once, where the coach reads a message's words
(bot/content/shorthand.py `written_out`, called by bot/content/referrals.py `informal_possessives`,
which every topic's words and every message are read through for the work matters and safety
lines; the search keeps its own reading, as writing "ni" out cost dev answers). A team lead's
"iemand van mijn team zit niet lekker in zn vel" was not read as "zijn vel"; "kzie het ni meer
zitten" missed the caring line that "ik zie het niet meer zitten" gets. Checked on the real referrals."""

from __future__ import annotations

import pytest

from bot.content.referrals import informal_possessives
from bot.content.shorthand import written_out
from tests.unit.test_referrals_s55b import REFERRALS, topic_of


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("iemand van mn team zit ni lekker in zn vel", "iemand van mijn team zit niet lekker in zijn vel"),
        ("mijn collega zit niet lekker in z'n vel", "mijn collega zit niet lekker in zijn vel"),
        ("m’n baas is het probleem", "mijn baas is het probleem"),
        ("Mn collega huilt", "Mijn collega huilt"),
        ("kben op", "ik ben op"),
        ("Kzie het nie meer zitten", "Ik zie het niet meer zitten"),
        ("kvoel me ni goed", "ik voel me niet goed"),
        ("kweet het ni", "ik weet het niet"),
        ("kzen bang van die vent", "ik ben bang van die vent"),
        ("how do u handle an angry customer pls", "how do you handle an angry customer please"),
        ("thank u", "thank you"),
        ("U know what I mean", "You know what I mean"),
        ("idk who to talk to", "i don't know who to talk to"),
        ("can u check ur schedule plz", "can you check your schedule please"),
    ],
)  # fmt: skip
def test_chat_shorthand_is_written_out(typed: str, read: str) -> None:
    assert written_out(typed) == read
    assert informal_possessives(typed.lower()) == read.lower()  # where messages and topics are read


@pytest.mark.parametrize(
    "typed",
    [
        "kunt u mij helpen",  # Dutch "u" is the polite "you" itself
        "als u wilt, help ik u verder",
        "heeft u de kassabon nog",
        "de klant is niet blij",
        "ik ben op tijd",
        "een nieuw nummer",  # no shorthand inside a word
        "de klant kocht een kraam",  # a real word that starts with a k
        "da was ni plezant",  # "da" stays "da" (stop 46)
    ],
)
def test_look_alike_words_stay_as_typed(typed: str) -> None:
    assert written_out(typed).replace("ni ", "niet ") == typed.replace("ni ", "niet ")
    assert "dat" not in written_out("da was ni plezant")


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("mn collega zit ni lekker in zn vel", "colleague_distress"),
        ("mijn collega zit niet lekker in z'n vel", "colleague_distress"),
        ("mn collega zit nie goed in z'n vel", "colleague_distress"),
        ("my coworker has been really down lately, idk what to do", "colleague_distress"),
        ("kben op", "wellbeing"),
        ("kzie het ni meer zitten", "crisis"),  # the classic warning phrase: 113 (stop 64, S2)
        ("kheb m'n loonstrook nog ni gekregen", "pay"),
        ("kan iemand mn shift overnemen", "rosters"),
    ],
)
def test_shorthand_finds_the_topic_its_words_name(text: str, topic: str) -> None:
    assert topic_of(text) == topic, text


def test_the_topics_words_are_read_the_same_way() -> None:
    """A topic's own words go through the same reading: "ni meer ziet zitten" in referrals.yml is
    "niet meer ziet zitten", so both spellings of a message meet it."""
    words = {w for r in REFERRALS for w in r.words}
    assert not any(" ni " in f" {w} " or " mn " in f" {w} " or " zn " in f" {w} " for w in words)
