"""Stop 68 (helper G3): safety lines and work matters, fixed by kind, each with look-alikes that must
keep their answer (knowledge/referrals.yml, bot/content/referrals.py, actions/after_danger.py).

1  The 113 line fits who is at risk: the asker ("ik wil niet meer leven", `where_self`, and after it
   `then_self`, not "stay with the person") or someone else ("klant zegt dat hij zichzelf iets wil
   aandoen", `where_other`); a message that does not say ("zelfmoord") keeps the line for both.
2  A team member shaken right after being yelled at, told by their leader: a short care line
   (`team_member_shaken`) with the aftercare article; the employee's own version: the wellbeing line
   with the article on recovering after a hard conversation. Not shaken, or shaken by the cold: no line.
3  After the suspicious-package line, news asked of the scene's thing ("klant vraagt of het pakket al
   weg is": "het pakket", gone or still there) is its follow-up (`then`); the customer's own parcel
   ("zijn pakket", or one in the post: "al verzonden", "dat hij besteld heeft") is a scene of its own,
   as stop 67's own-thing rule has it.
4  Bare work-matter words: vrij, planning, wifi, declaratie, loonstrook, overuren, payslip, overtime,
   day off, alone and in a short sentence, whatever NLU read; "leave" and "quit" alone stay out (they
   stop a self-check), and so do "is deze plek vrij?" and a customer's delivery planning.

Real referrals as the decision reads them, real actions, the real index and an own app database."""

from __future__ import annotations

import pytest

from actions.advice import ActionAnswerAdvice
from actions.after_danger import asks_of_the_scenes_thing, tells_a_new_scene
from actions.small_talk import ActionSmallTalk
from actions.yes_no import ActionAffirm
from bot.content.referrals import at_risk
from tests.unit.replies import referrals, said, source_id, topics_of
from tests.unit.turns import advice_turn, new_sender, turn

BY_ID = {r.id: r for r in referrals()}
CRISIS = BY_ID["crisis"]

# 1: who is at risk
ASKER_AT_RISK = {
    "nl": [
        "ik wil niet meer leven",
        "ik denk de laatste tijd aan zelfmoord",
        "kzie het echt niet meer zitten",
        "soms wil ik mezelf iets aandoen na mijn dienst",
    ],
    "en": ["I want to die", "i keep thinking about killing myself", "I feel like I can't go on anymore"],
}
SOMEONE_ELSE_AT_RISK = {
    "nl": [
        "klant zegt dat hij zichzelf iets wil aandoen, wat moet ik doen",
        "mijn collega zei tegen me dat ze niet meer wil leven",
        "beller zegt dat ie er een eind aan wil maken",
        "da gast aan de balie zegt da hij dood wil",
        "ik denk dat mijn collega suïcidaal is",
    ],
    "en": [
        "a customer on the phone says he wants to kill himself",
        "my coworker told me she wants to end it all",
        "a guest said he doesn't want to live anymore, what do I do",
    ],
}
NOT_SAID_WHO = ["zelfmoord", "wat doe ik bij zelfmoordgedachten", "suicide"]


@pytest.mark.parametrize("text", [*ASKER_AT_RISK["nl"], *ASKER_AT_RISK["en"]])
def test_the_asker_at_risk_gets_the_line_for_themself(text: str) -> None:
    assert topics_of(text)[:1] == ["crisis"], topics_of(text)
    assert at_risk(text) == "self"


@pytest.mark.parametrize("text", [*SOMEONE_ELSE_AT_RISK["nl"], *SOMEONE_ELSE_AT_RISK["en"]])
def test_someone_else_at_risk_gets_the_line_for_a_helper(text: str) -> None:
    assert topics_of(text)[:1] == ["crisis"], topics_of(text)
    assert at_risk(text) == "other"


@pytest.mark.parametrize("text", NOT_SAID_WHO)
def test_look_alike_a_message_that_does_not_say_who_keeps_the_line_for_both(text: str) -> None:
    assert at_risk(text) is None
    assert CRISIS.for_the_asker(text).where == CRISIS.where


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_three_lines_speak_to_whom_they_are_for(lang: str) -> None:
    own, other, both = CRISIS.where_self[lang], CRISIS.where_other[lang], CRISIS.where[lang]
    assert len({own, other, both}) == 3
    assert all("113" in x and "1813" in x and "112" in x for x in (own, other))
    assert ("klant of collega" if lang == "nl" else "customer or colleague") not in own + other
    assert ("niet alleen" if lang == "nl" else "alone") in own
    assert ("blijf erbij" if lang == "nl" else "stay with them") in other
    assert ("blijf erbij" if lang == "nl" else "stay with them") not in own + CRISIS.then_self[lang]


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_over_the_actions_each_gets_its_line_and_its_follow_up(lang: str) -> None:
    follow_up = {"nl": "er is niemand bij me", "en": "there is nobody with me"}[lang]
    first, events = advice_turn(ASKER_AT_RISK[lang][0], lang, [])
    assert CRISIS.where_self[lang] in said(first), said(first)
    messages, _ = advice_turn(follow_up, lang, events)
    assert said(messages) == CRISIS.then_self[lang], said(messages)
    first, events = advice_turn(SOMEONE_ELSE_AT_RISK[lang][0], lang, [])
    assert CRISIS.where_other[lang] in said(first), said(first)
    more = {"nl": "hij zit nu in de pauzeruimte", "en": "he is in the back room now"}[lang]
    messages, _ = advice_turn(more, lang, events)
    assert said(messages) == CRISIS.then[lang], said(messages)


# 2: a team member shaken after being yelled at
LEADER_SHAKEN = [
    "mijn medewerker is net uitgescholden en zit te trillen, wat doe ik nu",
    "iemand van mijn team werd uitgescholden door een klant en is helemaal van slag",
    "mn medewerker is uitgekafferd en zit te huilen, hoe vang ik haar op",
    "one of my team just got screamed at by a customer and is shaking, what do I do",
    "my employee was sworn at by a guest and is in tears",
]
OWN_SHAKEN = [
    "ik ben net uitgescholden en zit te trillen",
    "kben net uitgescholden door een klant, zit te trillen",
    "klant schreeuwde tegen me, ik sta nog te trillen",
    "i just got yelled at by a customer and i'm shaking",
]
NOT_SHAKEN = [
    "mijn medewerker is net uitgescholden, hoe vang ik die op",
    "mijn medewerker trilt van de kou bij de deur",
    "ik ben net uitgescholden, hoe reageer ik de volgende keer",
    "klant staat te trillen en is uitgescholden door een andere klant",
]


@pytest.mark.parametrize("text", LEADER_SHAKEN)
def test_a_leaders_shaken_team_member_gets_the_care_line(text: str) -> None:
    assert topics_of(text)[:1] == ["team_member_shaken"], topics_of(text)


@pytest.mark.parametrize("text", OWN_SHAKEN)
def test_the_asker_shaken_after_being_yelled_at_gets_the_wellbeing_line(text: str) -> None:
    assert topics_of(text)[:1] == ["wellbeing"], topics_of(text)


@pytest.mark.parametrize("text", NOT_SHAKEN)
def test_look_alike_not_shaken_or_not_by_abuse_gets_no_care_line(text: str) -> None:
    care = {"team_member_shaken", "wellbeing", "colleague_distress"}
    assert not care & set(topics_of(text)), topics_of(text)


@pytest.mark.usefixtures("own_app_db")
def test_over_the_actions_the_care_line_comes_with_its_article() -> None:
    messages, _ = advice_turn(LEADER_SHAKEN[0], "nl", [])
    assert BY_ID["team_member_shaken"].where["nl"] in said(messages), said(messages)
    assert source_id(messages) == "coaching-aftercare"
    messages, _ = advice_turn(OWN_SHAKEN[0], "nl", [])
    assert BY_ID["wellbeing"].where["nl"] in said(messages), said(messages)
    assert source_id(messages) == "after-a-hard-conversation"


# 3: after the suspicious-package line
NEWS_OF_THE_THING = [
    "klant vraagt of het pakket al weg is",
    "klant vraagt of dat pakket nog gevaarlijk is",
    "da madammeke vraagt of da pakske al weg is",
    "gast vraagt of de tas al weg is",
    "a customer asks if the package is gone yet",
]
THEIR_OWN_PARCEL = [
    "klant vraagt of zijn pakket al weg is",
    "klant vraagt of het pakket al verzonden is",
    "klant vraagt of het pakket dat hij besteld heeft al binnen is",
    "a customer asks if his parcel has been shipped",
]


@pytest.mark.parametrize("text", NEWS_OF_THE_THING)
def test_news_of_the_scenes_thing_goes_on_with_the_scene(text: str) -> None:
    assert asks_of_the_scenes_thing(text, BY_ID["hazard"]) and not tells_a_new_scene(text, BY_ID["hazard"])


@pytest.mark.parametrize("text", THEIR_OWN_PARCEL)
def test_look_alike_the_customers_own_parcel_is_a_scene_of_its_own(text: str) -> None:
    assert not asks_of_the_scenes_thing(text, BY_ID["hazard"]) and tells_a_new_scene(text, BY_ID["hazard"])


@pytest.mark.usefixtures("own_app_db")
def test_over_the_actions_news_of_the_package_gets_the_then_line_and_a_parcel_does_not() -> None:
    first, events = advice_turn("er ligt een verdacht pakket bij de ingang", "nl", [])
    assert BY_ID["hazard"].where["nl"] in said(first), said(first)
    messages, _ = advice_turn(NEWS_OF_THE_THING[0], "nl", events)
    assert said(messages) == BY_ID["hazard"].then["nl"], said(messages)
    messages, _ = advice_turn(THEIR_OWN_PARCEL[1], "nl", events)
    assert BY_ID["hazard"].then["nl"] not in said(messages) and said(messages), said(messages)


# 4: bare work-matter words
BARE = {
    "leave": [("vrij", "nl"), ("mag ik zaterdag vrij", "nl"), ("kan ik morgen vrij krijgen?", "nl"),
              ("day off", "en"), ("can i get a day off next week", "en")],
    "rosters": [("planning", "nl"), ("wanneer komt de planning uit", "nl"),
                ("waar vind ik de planning", "nl")],
    "it": [("wifi", "nl"), ("wachtwoord wifi", "nl"), ("wat is het wachtwoord van de wifi", "nl"),
           ("de wifi werkt niet", "nl")],
    "expenses": [("declaratie", "nl"), ("hoe dien ik een declaratie in", "nl")],
    "pay": [("loonstrook", "nl"), ("waar vind ik mijn loonstrook", "nl"), ("overuren", "nl"),
            ("krijg ik mijn overuren uitbetaald", "nl"), ("payslip", "en"), ("where is my payslip", "en"),
            ("overtime", "en"), ("do i get paid for overtime", "en")],
}  # fmt: skip
NOT_BARE = [
    "is deze plek vrij?",
    "is de kassa vrij",
    "klant vraagt naar de planning van zijn levering",
    "klant klaagt dat de wifi niet werkt",
    "klant vraagt het wachtwoord van de wifi",
    "leave",
    "quit",
]


@pytest.mark.parametrize(("topic", "text"), [(t, x) for t, xs in BARE.items() for x, _ in xs])
def test_a_work_matter_word_alone_or_in_a_short_sentence_names_its_topic(topic: str, text: str) -> None:
    assert topic in topics_of(text), topics_of(text)


@pytest.mark.parametrize("text", NOT_BARE)
def test_look_alike_the_word_as_a_service_word_or_a_stop_word_is_no_work_matter(text: str) -> None:
    assert not {"leave", "rosters", "it", "expenses", "pay"} & set(topics_of(text)), topics_of(text)


READINGS = ((ActionAnswerAdvice, "ask_advice"), (ActionSmallTalk, "goodbye"), (ActionAffirm, "affirm"))


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize("topic", BARE)
def test_each_bare_word_gets_its_line_whatever_nlu_read(topic: str) -> None:
    wrong = []
    for text, lang in BARE[topic]:
        if len(text.split()) > 2:
            continue  # the bare words only: a sentence is read as a question
        for action, intent in READINGS:
            messages, _ = turn(text, lang, [], new_sender("employee", "s68g"), action, intent)
            if BY_ID[topic].where[lang] not in said(messages):
                wrong.append((text, intent, said(messages)[:120]))
    assert not wrong, wrong


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize("intent", ["bot_challenge", "greet", "thank"])
def test_more_of_the_scene_read_as_small_talk_gets_the_follow_up(intent: str) -> None:
    """Live, "er is niemand bij me" right after the 113 line for the asker was read as "are you a
    bot" and got "Ik ben een bot"; it gets `then_self` (actions/small_talk.py), and a plain
    greeting after the line is still a greeting."""
    _, events = advice_turn(ASKER_AT_RISK["nl"][0], "nl", [])
    messages, _ = advice_turn("er is niemand bij me", "nl", events, ActionSmallTalk, intent)
    assert said(messages) == CRISIS.then_self["nl"], said(messages)
    messages, _ = advice_turn("hallo", "nl", events, ActionSmallTalk, "greet")
    assert CRISIS.then_self["nl"] not in said(messages) and messages, messages  # the greeting
