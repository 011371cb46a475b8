"""A work matter told beside a service question of its own gets both: the matter's `where`
line, then the article the question asks for (bot/engine/decision.py `decide`,
`asks_apart`; actions/advice.py says the line first). Found by a tester in stop 55: "Sanne
called in sick again, ... how do I keep service ok for the customers?" was to get the HR line
and the coaching answer. Only a plain matter (HR, IT, payroll...: no emergency or safety
line), only when the question after it names no matter and speaks of someone served or of the
service, and only when the scores alone would answer the whole message; a work matter asked
on its own stays refused. Real referrals (knowledge/referrals.yml), the real index and the
calibrated decision, the real action."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from actions.advice import ActionAnswerAdvice
from actions.knowledge import audience_for
from bot.content.referrals import load_referrals
from bot.engine.decision import asks_apart, decide, load_calibration
from bot.engine.evaluate import Question, outcomes
from bot.engine.question import decide_question
from bot.i18n import t
from tests.unit.action_helpers import run_text as run

REFERRALS = load_referrals(Path(__file__).resolve().parents[2] / "knowledge")
BY_ID = {r.id: r for r in REFERRALS}
ROTA_QUEUE = "mijn rooster klopt niet, hoe help ik de klanten in de rij sneller?"
TWO_AND_QUESTION = "my payslip is wrong and I forgot my password. how do I deal with an angry customer?"

# (message, the matter it names, the article its question asks for)
MATTER_AND_QUESTION = [
    # absence: a manager's staff member off sick, and the customers meanwhile
    (
        "een van mijn mensen meldt zich steeds ziek en we zijn onderbezet, hoe zorg ik dat de klanten niet "
        "te lang moeten wachten?",
        "absence",
        "time-pressure",
    ),
    (
        "one of my staff keeps calling in sick and we're short again. how do I stop the queue getting out of "
        "hand?",
        "absence",
        "time-pressure",
    ),
    # rosters, pay, IT, expenses, the contract, the asker's own sickness
    (ROTA_QUEUE, "rosters", "time-pressure"),
    ("mijn rooster klopt niet maar hoe help ik de klanten in de rij sneller?", "rosters", "time-pressure"),
    ("my rota is wrong again, how do I handle a long queue at the till?", "rosters", "time-pressure"),
    ("mijn loonstrook klopt niet. hoe ga ik om met een boze klant?", "pay", "angry-customer"),
    ("my payslip is wrong. how do I deal with an angry customer?", "pay", "angry-customer"),
    ("I forgot my password, how do I handle the queue at the desk meanwhile?", "it", "time-pressure"),
    ("mijn declaratie is nog niet betaald. hoe reageer ik op een klant die een klacht heeft?", "expenses",
     "complaint-handling"),
    ("my contract ends next month, how do I say no to a customer politely?", "employment",
     "saying-no-kindly"),
    ("ik ben vandaag ziek, hoe laat ik de klanten weten dat hun afspraak niet doorgaat?", "sick",
     "pyramid-promise"),
    # Flemish: "mn", "ni", "uurrooster", "loonfiche"
    ("mijn uurrooster klopt ni, hoe help ik de klanten in de rij sneller?", "rosters", "time-pressure"),
    ("mn loonfiche klopt ni, hoe ga ik om met een boze klant?", "pay", "angry-customer"),
]  # fmt: skip

# work matters asked on their own, or beside a question that is no service question: refused
# with their line, though for some the scores alone would answer (a feedback conversation for
# "hoe spreek ik haar daarop aan", at 0.9)
MATTER_ALONE = [
    ("how much annual leave do i have left", "leave"),
    ("mijn loonstrook klopt niet en mijn wachtwoord werkt niet", "it"),
    ("een medewerker is vaak ziek, hoe voer ik een verzuimgesprek", "absence"),  # the question is the matter
    ("mijn collega meldt zich steeds ziek, hoe spreek ik haar daarop aan?", "absence"),  # no customer
    ("one of my staff keeps calling in sick, how do I talk to her about it?", "absence"),
    ("een van mijn mensen meldt zich steeds ziek, hoe regel ik vervanging?", "absence"),
    ("mijn rooster klopt niet, wie moet ik bellen?", "rosters"),
    ("mijn rooster klopt niet, hoe ruil ik een dienst met een collega?", "rosters"),
    ("my payslip is wrong, who do I contact?", "pay"),
    ("mijn laptop is kapot, hoe bereik ik de service desk?", "it"),
    ("mijn loonstrook klopt niet, een klant is boos", "pay"),  # asks nothing
    # the matter told last: the question before it is the matter's own (dev set)
    (
        "vorige week heb ik met mijn eigen auto naar een klant in een andere stad gereden voor een "
        "installatie en ik heb ook nog parkeergeld betaald, hoe krijg ik die kilometers en het parkeergeld "
        "terug van het bedrijf en moet ik bonnetjes bewaren",
        "expenses",
    ),
]


def coach(searcher, text: str):
    """The decision as the coach makes it for someone of no stored role (bot/engine/question.py,
    the audience of actions/knowledge.py `audience_for`), with the real referrals."""
    return decide_question(searcher, text, None, audience_for(None, text), REFERRALS)[0]


@pytest.mark.parametrize(("text", "topic", "article"), MATTER_AND_QUESTION)
def test_a_matter_beside_a_service_question_gets_its_line_and_the_answer(
    searcher, text: str, topic: str, article: str
) -> None:
    decision = coach(searcher, text)
    assert decision.outcome == "answer", (text, decision)
    assert decision.referral is not None and decision.referral.id == topic
    assert decision.results[0].id == article
    assert decision.p_top1 >= load_calibration(searcher.embedder.name).answer_threshold


@pytest.mark.parametrize(("text", "topic"), MATTER_ALONE)
def test_a_matter_asked_on_its_own_stays_refused(searcher, text: str, topic: str) -> None:
    decision = coach(searcher, text)
    assert decision.outcome == "refuse", (text, decision)
    assert decision.referral is not None and decision.referral.id == topic
    assert decision.results == ()


@pytest.mark.parametrize(
    "text",
    [
        "Sanne called in sick again, what do I do",
        "Sanne is weer ziek, wat moet ik doen?",
    ],
)
def test_a_manager_asking_about_absence_alone_gets_no_article(searcher, text: str) -> None:
    assert coach(searcher, text).outcome == "refuse"


@pytest.mark.parametrize(
    "text",
    [
        "Sanne called in sick again, second time this week, and we're short on the floor. how do I keep "
        "service ok for the customers?",
        "mijn collega heeft zich weer ziek gemeld en we staan met te weinig mensen, hoe zorg ik dat de "
        "klanten er niks van merken?",
    ],
)
def test_the_testers_messages_get_the_coaching_answer(searcher, text: str) -> None:
    """With a customer in it, the absence topic does not match these (the served-person rule
    of bot/content/referrals.py); whether it does or not, the question is answered."""
    decision = coach(searcher, text)
    assert decision.outcome == "answer", decision
    assert decision.referral is None or decision.referral.id == "absence"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("een collega is flauwgevallen, hoe stel ik de andere klanten gerust?", "emergency"),
        ("mijn collega wil zichzelf iets aandoen, hoe ga ik intussen om met de klanten?", "crisis"),
    ],
)
def test_a_safety_line_beside_a_service_question_stays_on_its_own(searcher, text: str, topic: str) -> None:
    decision = coach(searcher, text)
    assert decision.outcome == "refuse"
    assert decision.referral is not None and decision.referral.id == topic


def test_feeling_unsafe_beside_a_question_still_gets_its_own_article(searcher) -> None:
    decision = coach(searcher, "ik voel me niet veilig, hoe ga ik om met een boze klant?")
    assert decision.outcome == "answer"
    assert decision.referral is not None and decision.referral.id == "unsafe"
    assert decision.results[0].id == BY_ID["unsafe"].article


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (ROTA_QUEUE, "hoe help ik de klanten in de rij sneller?"),
        ("ik moet mijn dienstrooster aanpassen maar hoe zeg ik dat tegen de klant",
         "hoe zeg ik dat tegen de klant"),
        ("my payslip is wrong. second time. how do I keep service up today?",
         "how do I keep service up today?"),
        ("my payslip is wrong, tips for a busy queue?", "tips for a busy queue?"),
        ("Sanne is weer ziek, wat moet ik doen?", ""),  # names no matter
        ("mijn rooster klopt niet, wat moet ik doen?", ""),  # no one served, no service
        ("mijn laptop is kapot, hoe bereik ik de service desk?", ""),  # the IT desk, no service
        ("mijn loonstrook klopt niet, een klant is boos", ""),  # asks nothing
        ("mijn loonstrook klopt niet en mijn wachtwoord werkt niet", ""),  # a matter in every clause
        ("hoe help ik de klant, mijn rooster klopt niet", ""),  # the matter last
        ("how much annual leave do i have left", ""),
    ],
)  # fmt: skip
def test_the_question_apart_is_what_follows_the_matter(text: str, part: str) -> None:
    assert asks_apart(text, REFERRALS) == part


def test_two_matters_beside_a_question_each_keep_their_line(searcher) -> None:
    decision = coach(searcher, TWO_AND_QUESTION)
    assert decision.outcome == "answer" and decision.results[0].id == "angry-customer"
    assert decision.referral is not None
    assert {decision.referral.id, *(r.id for r in decision.also_referred)} == {"pay", "it"}


@pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py
@pytest.mark.parametrize(
    ("text", "lang", "topics"),
    [
        ("mijn loonstrook klopt niet. hoe ga ik om met een boze klant?", "nl", ("pay",)),
        (TWO_AND_QUESTION, "en", ("it", "pay")),
    ],
)  # fmt: skip
def test_the_reply_says_each_line_then_the_article(text: str, lang: str, topics: tuple[str, ...]) -> None:
    messages = run(ActionAnswerAdvice(), text, "ask_advice", lang)
    said = messages[0].get("text") or ""
    assert not said.startswith(t("referral", lang, where="").strip())  # no "not the right one for this"
    lines = [BY_ID[topic].where[lang] for topic in topics]
    assert said.startswith(lines[0]), said
    for line in lines:
        assert line in said
    source = next(m["custom"] for m in messages if (m.get("custom") or {}).get("type") == "source")
    assert source["id"] == "angry-customer", source
    assert said.index(source["title"]) > max(said.index(line) for line in lines)  # the article follows


def test_eval_scores_what_the_coach_does(searcher) -> None:
    """bot/engine/evaluate.py runs `decide` as the coach does: a matter beside a service
    question counts as answered (rightly here), a matter alone as refused."""
    decider = partial(decide, calibration=load_calibration(searcher.embedder.name), referrals=REFERRALS)
    questions = [
        Question("my payslip is wrong. how do I deal with an angry customer?", "en", ("angry-customer",)),
        Question(ROTA_QUEUE, "nl", ("time-pressure",)),
        Question("how much annual leave do i have left", "en", ()),
        Question("een medewerker is vaak ziek, hoe voer ik een verzuimgesprek", "nl", ()),
    ]
    result = outcomes(searcher, questions, decider, role="manager")
    assert result.answered_right == 1.0
    assert result.unanswerable_refused == 1.0


@pytest.mark.parametrize(
    ("text", "topic", "article"),
    [
        # the matter pulled the whole message's search to the article on feedback conversations
        ("one of my team members keeps calling in sick, how do I keep the customers waiting in line calm?",
         "absence", "time-pressure"),
        # the whole message was unsure (0.49); the question alone is sure
        ("mn loonbrief klopt ni, hoe ga ik om met een klant die tegen mij roept?", "pay", "angry-customer"),
    ],
)  # fmt: skip
def test_the_question_part_is_decided_on_its_own(searcher, text: str, topic: str, article: str) -> None:
    """bot/engine/question.py `decide_apart`: the question beside the matter is searched and
    decided alone; the whole message's answer stands only when the question ranks it too."""
    decision = coach(searcher, text)
    assert decision.outcome == "answer", (text, decision)
    assert decision.referral is not None and decision.referral.id == topic
    assert decision.results[0].id == article
