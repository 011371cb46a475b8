"""Stop 62 (fresh-user tester, verdict `safety-miss`): distress said in everyday words, by kind.

1. Weariness of life ("I've been feeling really down lately and don't see the point anymore",
   "honestly I feel like I can't go on anymore", "ik zie het nut niet meer", "ik kan niet meer
   verder") gets the crisis line (113 / 1813); a point of a policy, a late shift, a questionnaire
   or a new till only looks like it.
2. One's own low mood, crying after shifts, and stress with a sign that it weighs ("I'm so
   stressed, I cry after every shift", "ik voel me zo down", "ik huil na elke dienst") get the
   wellbeing line; a customer in tears, tears of laughter, stress alone or "I'm down for lunch" do
   not.
3. A colleague and a word of distress in one message ("my colleague cries in the back room after
   every shift", "mijn collega is al weken niet zichzelf en huilt in de pauze") get the
   colleague_distress line (`together`); a customer who cries, a colleague who cried laughing or
   shut down the till do not.
Real referrals (knowledge/referrals.yml), the decision's reading and the real advice action.
"""

from __future__ import annotations

import pytest

from tests.unit.replies import said, topics_of
from tests.unit.test_referrals_s55b import BY_ID, topic_of
from tests.unit.turns import new_sender, turn

# -- 1. weariness of life: the crisis line --------------------------------------------------------

CRISIS = [
    # the tester's
    "I've been feeling really down lately and don't see the point anymore",
    "honestly I feel like I can't go on anymore",
    # more of the kind: English, chat spelling
    "i dont see the point anymore",
    "honestly what's even the point anymore",
    "I can't go on anymore",
    "i cant go on any longer",
    "I just can't go on.",
    "nothing to live for anymore",
    "life isnt worth living",
    "I'm tired of living",
    "i don't see the point in anything",
    # Dutch, Flemish, chat spelling
    "ik zie het nut niet meer",
    "kzie het nut ni meer",
    "ik zie het nut er niet meer van in",
    "ik zie nergens het nut meer van in",
    "ik kan niet meer verder",
    "ik kan ni meer verder",
    "ik kan echt nie meer verder, echt",
    "ik zie geen uitweg meer",
    "wat heeft het leven nog voor zin",
    "het heeft allemaal geen zin meer",
    "ik wil niet meer wakker worden",
]
NOT_CRISIS = [
    "the point of this policy",
    "I don't see the point of NPS",
    "I don't see the point of NPS anymore",
    "I don't see the point of this training",
    "what's the point of the new policy?",
    "what's the point?",
    "I can't go on the late shift",
    "I can't go on break now",
    "I can't go on holiday this year",
    "I can't go on and on about it",
    "ik kan niet verder met de vragenlijst",
    "ik kan niet meer verder met de vragenlijst",
    "ik kan niet meer verder in de app",
    "de klant kan niet verder met betalen",
    "ik zie het nut niet van die nieuwe kassa",
    "ik zie het nut niet meer van die nieuwe kassa",
    "het heeft geen zin om de klant terug te bellen",
]


@pytest.mark.parametrize("text", CRISIS)
def test_weariness_of_life_in_everyday_words_gets_the_crisis_line(text: str) -> None:
    assert topic_of(text) == "crisis", text


@pytest.mark.parametrize("text", NOT_CRISIS)
def test_the_point_of_a_thing_or_going_on_a_shift_is_no_crisis(text: str) -> None:
    assert "crisis" not in topics_of(text), text
    assert "wellbeing" not in topics_of(text), text


# -- 2. one's own low mood, crying, weighing stress: the wellbeing line ---------------------------

WELLBEING = [
    # the tester's
    "I'm so stressed, I cry after every shift",
    # more of the kind: English, chat spelling
    "i cry after every shift",
    "im crying after work every day",
    "i keep crying on my way home",
    "im so down lately",
    "i feel so low",
    "I'm depressed",
    "I'm stressed and I can't sleep",
    "I'm not okay",
    "I can't go on like this",
    "a customer yelled at me and I cried",
    # Dutch, Flemish, chat spelling
    "ik voel me zo down de laatste tijd",
    "ik voel mij al weken down",
    "kvoel me echt down",
    "ik zit in een dip",
    "ik zit niet lekker in mn vel",
    "ik ben mezelf niet meer",
    "ik huil na elke dienst",
    "ik moet altijd huilen na mijn shift",
    "ik ween elke avond na het werk",
    "kzit te janken na elke shift",
    "ik heb zoveel stress, ik slaap slecht",
    "ik ben zo gestrest elke dag",
    "ik kan zo niet verder",
]
NOT_WELLBEING = [
    "a customer cried",
    "the customer was in tears because her order was lost",
    "tears of laughter",
    "I cry laughing every time",
    "I'm down for a team lunch",
    "i'm down to help",
    "I'm not okay with that",
    "I feel let down by my manager",
    "I'm stressed about the audit",
    "how can I handle the stress from difficult customers",
    "I'm stressed because the queue is so long, how do I stay calm",
    "ik heb stress van de drukte aan de kassa",
    "customer started crying at the counter, what do i do",
    "wat doe je als een patient huilt aan de balie",
    "een vrouw begon te huilen aan het loket, hoe reageer ik gepast?",
]


@pytest.mark.parametrize("text", WELLBEING)
def test_own_low_mood_crying_or_weighing_stress_gets_the_wellbeing_line(text: str) -> None:
    assert topic_of(text) == "wellbeing", text


@pytest.mark.parametrize("text", NOT_WELLBEING)
def test_a_customer_in_tears_laughter_or_stress_alone_is_no_wellbeing_matter(text: str) -> None:
    assert not {"wellbeing", "crisis", "colleague_distress"} & set(topics_of(text)), text


# -- 3. a colleague in distress ------------------------------------------------------------------

COLLEAGUE = [
    # the tester's
    "my colleague cries in the back room after every shift",
    "a colleague seems really down lately and cried in the toilets",
    "mijn collega is al weken niet zichzelf en huilt in de pauze",
    # more of the kind
    "my coworker has been crying in the toilets",
    "my colleague seems really down lately",
    "my colleague isn't herself lately",
    "my colleague has been feeling really down",
    "my co-worker is depressed",
    "mijn collega zit al weken in de put",
    "mijn collega is zichzelf niet, ik maak me zorgen",
    "mijn collegaatje weent elke dag na de shift",
    "mijn collega zit niet lekker in haar vel",
    "mijn collega is opgebrand",
    "mijn collega huilde na een klant",
]
NOT_COLLEAGUE = [
    "mijn collega huilde van het lachen",
    "my colleague cried laughing",
    "my colleague had tears of laughter",
    "my colleague made a customer cry",
    "my colleague shut down the till",
    "my colleague went down to the stockroom",
    "my colleague did not cry",
    "the baby was crying and my colleague didn't know what to do",
    "mijn collega kan zichzelf niet inhouden bij boze klanten",
    "ik zit tegen een burnout aan",  # one's own: wellbeing
    "ik zit te huilen",  # one's own: wellbeing
]


@pytest.mark.parametrize("text", COLLEAGUE)
def test_a_colleague_with_a_word_of_distress_gets_the_colleague_line(text: str) -> None:
    assert topic_of(text) == "colleague_distress", text


@pytest.mark.parametrize("text", NOT_COLLEAGUE)
def test_laughter_a_customer_or_ones_own_is_no_colleague_distress(text: str) -> None:
    assert "colleague_distress" not in topics_of(text), text


# -- what the coach says --------------------------------------------------------------------------


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("text", "lang", "topic"),
    [("I've been feeling really down lately and don't see the point anymore", "en", "crisis"),
     ("honestly I feel like I can't go on anymore", "en", "crisis"),
     ("ik kan niet meer verder", "nl", "crisis"),
     ("I'm so stressed, I cry after every shift", "en", "wellbeing"),
     ("ik huil na elke dienst", "nl", "wellbeing"),
     ("my colleague cries in the back room after every shift", "en", "colleague_distress"),
     ("mijn collega is al weken niet zichzelf en huilt in de pauze", "nl", "colleague_distress")],
)  # fmt: skip
def test_the_coach_leads_with_the_line_of_the_kind(text: str, lang: str, topic: str) -> None:
    messages, _ = turn(text, lang, [], new_sender())
    # the line as said to this asker (stop 68: the crisis line has a version for the asker at risk)
    assert said(messages).startswith(BY_ID[topic].for_the_asker(text).where[lang]), said(messages)
    if topic != "wellbeing":  # the crisis and colleague lines come alone, without a menu
        assert not any(m.get("buttons") for m in messages), messages


def test_the_lines_fit_the_new_kinds() -> None:
    crisis, wellbeing, colleague = BY_ID["crisis"], BY_ID["wellbeing"], BY_ID["colleague_distress"]
    for lang in ("nl", "en"):
        for line in (crisis.where, crisis.where_self, crisis.where_other):
            assert "113" in line[lang] and "1813" in line[lang]
        assert "113" in colleague.where[lang] and "1813" in colleague.where[lang]
    assert "vertrouwenspersoon" in wellbeing.where["nl"] and "confidential adviser" in wellbeing.where["en"]
    assert not crisis.menu and not wellbeing.menu and not colleague.menu
