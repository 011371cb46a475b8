"""Audience and wrong picks (stop 60, tester round), on the real index, referrals and calibrated
decision, searched and decided as `servicecoach search` does (`_coach`).

Per kind, the cause and the fix (docs/answer-quality.md, "Audience and wrong picks (stop 60)"):

1. manager articles shown to an employee: an impersonal question is searched among all articles
   (manager ones weighted 0.8); an offer led by an employee article now leaves manager articles
   out (bot/engine/question.py `offered_to_the_asker`); the 👎 list (actions/feedback.py
   `way_forward`) filters its logged articles and related topics by `audience_for`;
2. a coaching tip asked by someone who leads no team: a line says whom it is for and what else
   they can ask (actions/coaching.py `for_leaders_line`);
3. being sworn at in an idiom ("voor rotte vis", "blaft me af", "every name in the book"): read as
   plain words by search (bot/engine/search.py `plain_insults`), the cues too;
4. a manager asking how to give the team ownership: coaching-empowerment-zone names ownership;
5. a fact asked inside a customer's story: `fact_asked_in_a_story` (bot/engine/decision.py) reads
   the question as the customer's, for the line of `customer_asks_facts`;
6. another party's decision told to a customer: `ANOTHERS_DECISION` needs no "dat" now and leaves
   shift-partners out; problem-you-cannot-solve has an example of breaking such news.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from actions.coaching import for_leaders_line
from actions.feedback import way_forward
from bot.content.audience import ANOTHERS_DECISION
from bot.dialogue import payloads
from bot.engine.decision import fact_asked_in_a_story
from bot.engine.search import plain_insults
from tests.unit.test_everyday_kinds import _coach

# (role, message, whose matter: "own" or "impersonal") from someone who leads no team.
# Their own matter: answered or offered, and an offer that starts with an employee article holds no
# manager article (bot/engine/question.py `offered_to_the_asker`).
# Impersonal questions about a topic of the manager articles: searched among all, manager articles
# lowered, so one may answer when it clearly fits best (showing an employee only employee articles
# was measured at stop 60: 7 dev questions right -> worse); an offer led by an employee article
# still holds no manager article.
NO_TEAM = [
    ("employee", "klant wil geld terug maar bon is kwijt", "own"),
    ("employee", "klant wil zn geld trug maar heeft geen bonnetje meer", "own"),
    ("employee", "ne klant wil zijn geld terug zonder kasticket", "own"),
    ("employee", "customer wants a refund but lost the receipt", "own"),
    (None, "klant wil geld terug maar bon is kwijt", "own"),
    ("employee", "wat is een servicecultuur?", "impersonal"),
    ("employee", "what does service culture actually mean", "impersonal"),
    (None, "werkt een training klantvriendelijkheid eigenlijk wel", "impersonal"),
    (None, "handle time targets are killing our service", "impersonal"),
]


def _audience(searcher, article_id: str) -> str:
    return next(a.audience for (aid, _), a in searcher.index.articles.items() if aid == article_id)


@pytest.mark.parametrize(("role", "message", "matter"), NO_TEAM)
def test_an_offer_to_someone_who_leads_no_team_holds_no_manager_article(
    searcher, role, message: str, matter: str
) -> None:
    results, decision = _coach(searcher, message, role)
    offered = [r.id for r in decision.results]
    if matter == "own":
        assert decision.outcome in ("answer", "offer"), (decision.outcome, [r.id for r in results[:3]])
    else:
        # a manager article is lowered, not hidden: it can still be among the results
        assert results, message
    led_by_staff = decision.outcome == "offer" and _audience(searcher, offered[0]) != "manager"
    if matter == "own" or led_by_staff:
        assert all(_audience(searcher, aid) != "manager" for aid in offered), offered


# Look-alikes: leading a team, a peer's conduct, or a manager asking, keep manager articles.
@pytest.mark.parametrize(
    ("role", "message", "article"),
    [
        ("manager", "wat is een servicecultuur?", "culture-implementation"),
        ("employee", "hoe bouw ik een servicecultuur op in mijn team", "culture-implementation"),
        ("employee", "hoe geef ik feedback aan een collega", "coaching-feedback-conversation"),
        (
            "manager",
            "werkt een training klantvriendelijkheid eigenlijk wel",
            "culture-training-is-not-enough",
        ),
    ],
)
def test_leading_a_team_keeps_manager_articles(searcher, role: str, message: str, article: str) -> None:
    results, _ = _coach(searcher, message, role)
    assert article in [r.id for r in results[:3]], [r.id for r in results[:3]]


def _answer(question: str, shown: list[str], rated: str) -> SimpleNamespace:
    return SimpleNamespace(question=question, shown=[{"id": i} for i in shown], article_id=rated)


@pytest.mark.parametrize("role", ["employee", None])
def test_the_thumbs_down_list_has_no_manager_article_for_an_employee(searcher, role) -> None:
    answer = _answer(
        "klant wil geld terug maar bon is kwijt",
        ["saying-no-kindly", "coaching-demotivated-team", "culture-kpis", "empowerment"],
        "customer-feedback-metrics",  # related: culture-kpis, a manager's
    )
    for lang in ("nl", "en"):
        payload_ids = [
            payloads.parse(b["payload"]).entity("article_id") for b in way_forward(answer, lang, role)
        ]
        assert payload_ids and all(_audience(searcher, aid) != "manager" for aid in payload_ids), payload_ids


def test_the_thumbs_down_list_keeps_manager_articles_for_a_manager() -> None:
    answer = _answer("mijn team is gedemotiveerd", ["coaching-demotivated-team", "culture-kpis"], "pyramid")
    ids = [payloads.parse(b["payload"]).entity("article_id") for b in way_forward(answer, "nl", "manager")]
    assert "coaching-demotivated-team" in ids


@pytest.mark.parametrize(
    ("role", "said"), [(None, True), ("employee", True), ("manager", False), ("admin", False)]
)
def test_a_coaching_tip_to_someone_who_leads_no_team_says_whom_it_is_for(role, said: bool) -> None:
    for lang, word in (("nl", "team leidt"), ("en", "lead a team")):
        line = for_leaders_line(role, lang, "geef me een coachingstip")
        assert (line is not None and word in line) is said
    # a tip about leading a team needs no such line, whoever asks
    assert for_leaders_line(role, "nl", "tip voor een teamoverleg over klachten") is None


# Sworn at, in idioms: the articles on an angry customer or a customer crossing the line answer or lead.
SWORN_AT = {"angry-customer", "customer-crossing-the-line"}


@pytest.mark.parametrize(
    "message",
    [
        "klant scheldt mij uit voor rotte vis",
        "klant scheld me uit voor rotte vis",
        "ne klant maakte mij uit voor alles wat los en vast zit",
        "klant begon mij af te blaffen",
        "die vent blaft me af aan de telefoon",
        "customer called me every name in the book",
        "a customer called me all sorts of names today, what do i do",
        "the guest bit my head off over the bill",
    ],
)
def test_sworn_at_in_an_idiom_gets_the_abuse_articles(searcher, message: str) -> None:
    results, decision = _coach(searcher, message, "employee")
    assert results[0].id in SWORN_AT, [r.id for r in results[:3]]
    assert decision.outcome in ("answer", "offer")
    assert decision.results[0].id in SWORN_AT


@pytest.mark.parametrize(
    ("text", "lang", "plain"),
    [
        ("klant scheldt mij uit voor rotte vis", "nl", "klant scheldt mij uit"),
        ("uitgescholden voor alles wat mooi en lelijk is", "nl", "uitgescholden"),
        ("klant begon mij af te blaffen", "nl", "klant begon mij uit te schelden"),
        ("called me every name in the book", "en", "insulted me, called me names"),
        # look-alikes that stay as they are
        ("ik maakte tijd voor alles", "nl", "ik maakte tijd voor alles"),
        ("schold me uit voor kankerlijer", "nl", "schold me uit voor kankerlijer"),
        ("she called me back in the afternoon", "en", "she called me back in the afternoon"),
    ],
)
def test_plain_insults(text: str, lang: str, plain: str) -> None:
    assert plain_insults(text, lang) == plain


@pytest.mark.parametrize(
    ("message", "article"),
    [
        # a slur named, with how it left the asker: recovering after it (stop 52), unchanged
        (
            "een passagier schold me uit voor kankerlijer, ik was er echt kapot van",
            "after-a-hard-conversation",
        ),
        ("meneer aan de telefoon is woedend en scheldt me uit, hoe krijg ik hem rustig", "angry-customer"),
    ],
)
def test_abuse_look_alikes_keep_their_article(searcher, message: str, article: str) -> None:
    results, _ = _coach(searcher, message, "employee")
    assert results[0].id == article, [r.id for r in results[:3]]


# Wrong picks: (role, message, the articles that may come first)
NO_KINDLY = {"saying-no-kindly"}
PRICE = {"price-objection"}
OWNERSHIP = {"coaching-empowerment-zone", "empowerment", "shift-trust"}
PICKS = [
    (
        "employee",
        "ik werk in de thuiszorg en mevrouw wil dat ik ook de ramen lap, dat mag niet, hoe zeg ik nee",
        NO_KINDLY,
    ),
    ("employee", "klant vindt dat de rente veel te laag is, wat zeg ik", PRICE),
    ("manager", "ik wil mijn thuiszorgteam meer eigenaarschap geven bij klachten", OWNERSHIP),
    ("manager", "ik wil mijn team meer eigenaarschap geven bij klachten", OWNERSHIP),
    ("manager", "hoe geef ik mijn team meer eigenaarschap", OWNERSHIP),
    ("manager", "how do i give my team more ownership of complaints", OWNERSHIP),
    ("manager", "hoe geef ik mijn medewerkers meer mandaat om zelf klachten op te lossen", OWNERSHIP),
    ("manager", "ik wil mijn winkelteam meer ruimte geven om zelf te beslissen", OWNERSHIP),
]


@pytest.mark.parametrize(("role", "message", "expected"), PICKS)
def test_the_pick_fits_the_kind(searcher, role: str, message: str, expected: set[str]) -> None:
    results, decision = _coach(searcher, message, role)
    assert {r.id for r in results[:2]} & expected, [r.id for r in results[:3]]
    assert decision.outcome != "answer" or decision.results[0].id in expected
    assert decision.outcome != "offer" or {r.id for r in decision.results} & expected


# A fact asked inside a customer's story gets the line of `customer_asks_facts`.
@pytest.mark.parametrize(
    "message",
    [
        "een klant zegt dat de openingstijden op de website niet kloppen, hoe laat zijn we open op zondag?",
        "ne klant zei da de uren op de site ni juist zijn, tot hoe laat zijn we open op zaterdag?",
        "a customer says the opening hours on our website are wrong, what time are we open on sunday?",
        "klant belt dat de site zegt dat we tot 8 open zijn, zijn we zondag open?",
        "een klant vraagt hoe laat we open zijn",
    ],
)
def test_a_fact_asked_in_a_story_gets_the_fact_line(searcher, message: str) -> None:
    _, decision = _coach(searcher, message, "employee")
    assert decision.referral is not None and decision.referral.id == "customer_asks_facts", decision


@pytest.mark.parametrize(
    ("message", "article"),
    [
        ("customer says our price is higher than online, what do i say?", "price-objection"),
        ("klant zegt dat de prijs op de website anders is, wat doe ik?", "price-objection"),
        ("klant vindt dat de rente veel te laag is, wat zeg ik", "price-objection"),
        ("klant klaagt dat we te vroeg dicht gaan, hoe reageer ik?", "complaint-handling"),
    ],
)
def test_a_story_without_a_fact_question_is_no_fact(searcher, message: str, article: str) -> None:
    results, decision = _coach(searcher, message, "employee")
    assert decision.referral is None and results[0].id == article, [r.id for r in results[:3]]


def test_the_fact_reading() -> None:
    assert fact_asked_in_a_story("klant zegt dat het niet klopt, hoe laat zijn we open?") == (
        "een klant vraagt hoe laat zijn we open?"
    )
    assert fact_asked_in_a_story("hoe laat zijn we open?") == ""  # no one served: the asker's own
    assert fact_asked_in_a_story("klant is boos, hoe ga ik daarmee om?") == ""


# Another party's decision told to a customer.
@pytest.mark.parametrize(
    "message",
    [
        "hoe leg ik uit dat de leverancier de levering heeft geschrapt",
        "how do i tell a customer the bank froze her account",
        "hoe vertel ik de klant dat het hoofdkantoor de actie heeft stopgezet",
    ],
)
def test_anothers_decision_is_news_to_break(searcher, message: str) -> None:
    results, _ = _coach(searcher, message, "employee")
    assert results[0].id in {"problem-you-cannot-solve", "pyramid-promise", "saying-no-kindly"}
    assert "shift-partners" not in [r.id for r in results]


def test_working_with_suppliers_keeps_shift_partners(searcher) -> None:
    results, _ = _coach(searcher, "hoe werk ik beter samen met onze leveranciers voor de klant", "employee")
    assert results[0].id == "shift-partners"
    assert not ANOTHERS_DECISION.search("hoe werk ik beter samen met onze leveranciers voor de klant")
