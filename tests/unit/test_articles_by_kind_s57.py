"""Stop 57 tester round: everyday questions that got a wrong or weak article, by kind.

Each kind runs the real search and decision on the real index (`searcher` fixture,
tests/conftest.py) as the coach does (actions/knowledge.py `decide_for`), and asserts the
article ranked first; look-alikes keep their own article. None of these messages is in an
article's `questions` or `asked` (knowledge/<lang>/*.md)."""

from __future__ import annotations

import pytest

from actions.knowledge import audience_for, decide_for


def _first(searcher, text: str, lang: str, role: str = "employee") -> tuple[str, str]:
    """(id of the first article the coach decides on, outcome "answer"/"offer"/"refuse")."""
    decision, results = decide_for(text, lang, audience_for(role, text), searcher)
    shown = decision.results or results
    return (shown[0].id if shown else ""), decision.outcome


# Sworn at or insulted by a customer, asking whether one has to accept it: the article on a
# customer crossing the line (knowledge/<lang>/customer-crossing-the-line.md), not "the customer
# is king" nor the angry customer.
INSULTED = [
    # known gap (stop 57): the participle "uitgescholden" is a tag of after-a-hard-conversation, which
    # still wins when "must I take it" is the only other cue
    pytest.param(
        "nl",
        "hij heeft me daarnet uitgescholden voor alles en nog wat, moet ik dat nou pikken?",
        marks=pytest.mark.xfail(strict=True, reason="after-a-hard-conversation first"),
    ),
    ("nl", "moet ik het gewoon accepteren als een klant me uitscheldt"),
    ("nl", "klant scheld me steeds uit, moet ik da pikke"),
    ("nl", "een klant scheldt me de huid vol, moet ik dat zomaar slikken"),
    ("nl", "die vent noemde me een kutwijf, hoort dat nou bij mijn werk?"),
    ("en", "a guest called me an idiot and worse, should I just put up with it"),
    ("en", "the caller keeps cursing at me, am I supposed to just listen to it"),
    ("en", "a customer keeps swearing at me at the counter, do I have to take that"),
]


@pytest.mark.parametrize(("lang", "text"), INSULTED)
def test_being_sworn_at_and_asking_whether_to_accept_it_gets_crossing_the_line(
    searcher, lang: str, text: str
) -> None:
    first, outcome = _first(searcher, text, lang)
    assert first == "customer-crossing-the-line", (first, outcome)
    assert outcome in ("answer", "offer")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("nl", "een klant is boos en schreeuwt, hoe kalmeer ik hem", "angry-customer"),
        ("en", "customer is angry about a late delivery and raising his voice, how do I calm him down",
         "angry-customer"),
        ("nl", "moet ik alles pikken omdat de klant koning is?", "culture-customer-as-king"),
        ("en", "the customer is always right, do I have to accept everything?", "culture-customer-as-king"),
        ("nl", "ik ben nog helemaal van slag na een klant die me uitschold", "after-a-hard-conversation"),
    ],
)  # fmt: skip
def test_anger_kingship_and_aftermath_keep_their_article(
    searcher, lang: str, text: str, expected: str
) -> None:
    first, outcome = _first(searcher, text, lang)
    assert (first, outcome) == (expected, "answer")


# Bad news or a decision of the organisation the employee cannot change (overbooked, a claim or
# application turned down, a new rule): the article on saying no kindly, not price objection.
BAD_NEWS = [
    ("nl", "de vlucht is overboekt en ik moet een passagier weigeren, hoe breng ik dat"),
    ("nl", "ik moet een gast vertellen dat zijn kamer toch niet beschikbaar is, hoe zeg ik dat"),
    ("nl", "hoe leg ik een klant uit dat de verzekeraar zijn claim heeft afgewezen"),
    ("nl", "de gemeente heeft zijn aanvraag afgewezen, hoe breng ik dat aan de balie"),
    ("en", "how do i explain a new rule the customer hates"),
    ("en", "how do I explain to a customer that head office decided to close his account"),
]


@pytest.mark.parametrize(("lang", "text"), BAD_NEWS)
def test_bad_news_the_asker_cannot_change_gets_saying_no_kindly(searcher, lang: str, text: str) -> None:
    first, outcome = _first(searcher, text, lang)
    assert first == "saying-no-kindly", (first, outcome)
    assert outcome in ("answer", "offer")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("nl", "de klant vindt het te duur, wat zeg ik", "price-objection"),
        ("nl", "klant vindt de rekening veel te hoog", "price-objection"),
        ("nl", "klant wil korting op de rekening", "price-objection"),
        ("en", "customer says we're more expensive than the competitor", "price-objection"),
        ("nl", "het systeem ligt eruit en ik kan de klant niet helpen", "problem-you-cannot-solve"),
    ],
)
def test_price_and_a_problem_one_cannot_solve_keep_their_article(
    searcher, lang: str, text: str, expected: str
) -> None:
    first, outcome = _first(searcher, text, lang)
    assert (first, outcome) == (expected, "answer")


# A compliment: passed on to a team it is the recognition article; an employee's own compliment
# has no employee article (receiving-feedback is left out without a criticism cue:
# bot/content/audience.py CUED), but the irregular past "gaf" no longer answers it with
# price-objection (bot/engine/lexical.py LIGHT_PAST).
@pytest.mark.parametrize(
    ("lang", "text", "role"),
    [
        ("nl", "een compliment van een klant delen met mijn team, hoe doe ik dat", "employee"),
        ("nl", "een klant belde om mijn medewerker te bedanken, wat doe ik daarmee", "employee"),
        ("en", "a customer emailed to praise one of my staff, how do I share that with the team", "manager"),
    ],
)
def test_a_customers_compliment_for_the_team_gets_the_recognition_article(
    searcher, lang: str, text: str, role: str
) -> None:
    first, outcome = _first(searcher, text, lang, role)
    assert first == "coaching-recognition", (first, outcome)
    assert outcome in ("answer", "offer")


@pytest.mark.parametrize(
    "text",
    [
        "een klant gaf me vandaag een compliment, wat moet ik ermee",
        "ik kreeg een compliment van een klant",
        "die mevrouw gaf me een dikke pluim",
    ],
)
def test_a_compliment_told_with_an_irregular_past_is_not_answered_with_price_objection(
    searcher, text: str
) -> None:
    decision, results = decide_for(text, "nl", audience_for("employee", text), searcher)
    answered = decision.results[0].id if decision.outcome == "answer" and decision.results else None
    assert answered != "price-objection", [r.id for r in results]


def test_an_irregular_past_is_no_query_word() -> None:
    from bot.engine.lexical import LIGHT_PAST, LexicalIndex

    index = LexicalIndex("nl", ["ik gaf korting op de prijs", "de klant kreeg een compliment"], [0, 1])
    words = index.query_words("een klant gaf me een compliment")
    assert "gaf" not in words and words
    assert {"gaf", "kreeg", "zei"} <= LIGHT_PAST


# A leader addressing a team member's behaviour (late, phone, rude, agreements): the feedback
# conversation article, not aftercare; a team member hurt by a customer keeps aftercare.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("nl", "iemand uit mijn team komt steeds te laat op zijn dienst, hoe spreek ik hem daarop aan",
         "coaching-feedback-conversation"),
        ("nl", "mijne medewerker komt telkens te laat, hoe kaart ik da aan",
         "coaching-feedback-conversation"),
        ("nl", "mijn kassamedewerker zit steeds op haar telefoon bij klanten, hoe zeg ik daar iets van",
         "coaching-feedback-conversation"),
        ("en", "one of my staff keeps turning up late for his shift, how do I raise it with him",
         "coaching-feedback-conversation"),
        ("en", "how do I address a team member who is rude to customers", "coaching-feedback-conversation"),
        ("nl", "een medewerker is uitgescholden door een klant en zit er doorheen, hoe vang ik haar op",
         "coaching-aftercare"),
        ("en", "my team member was threatened by a customer, how do I support her", "coaching-aftercare"),
    ],
)  # fmt: skip
def test_a_leader_addressing_behaviour_gets_the_feedback_article(
    searcher, lang: str, text: str, expected: str
) -> None:
    first, outcome = _first(searcher, text, lang, "manager")
    assert first == expected, (first, outcome)
    assert outcome in ("answer", "offer")


@pytest.mark.parametrize(
    "text", ["hoe doe ik een goede teamhuddle", "tips voor een korte huddle bij de dagstart"]
)
def test_a_manager_asking_about_a_team_huddle_gets_the_huddle_article(searcher, text: str) -> None:
    first, outcome = _first(searcher, text, "nl", "manager")
    assert (first, outcome) == ("coaching-team-huddle", "answer")
