"""Everyday questions that went to the wrong article, by kind (issue 9 points 2 and 3), on
the real index (fixture `searcher`) with the audience the coach uses for an employee
(actions/knowledge.py `audience_for`). Per kind: the issue's sentence and others of the same
kind written for this test; none of them is in an article's `questions` or in the dev set.

Kinds: a no that must not sound rude (tone words); a complaint told in a setting that an
article's example shares (hotel, shop: the example's setting words used to win); the
customer asks for someone who is not there; messages mixing Dutch and English; the
difference between a satisfied and an enthusiastic customer; an employee whose planning
leaves too little time per customer; an employee asking what they may decide themselves; a
complaint made in public (a review, a post); the employee's own state after a hard contact."""

from __future__ import annotations

import pytest

from actions.knowledge import EMPLOYEE_AUDIENCES, audience_for
from bot.content.audience import without_their_cue
from bot.engine import FEATURE_DEPTH, decide, load_calibration

RECOVERY = {"complaint-handling", "service-recovery"}
KINDS = [
    ("no-tone", "how do I tell a customer no without sounding rude", {"saying-no-kindly"}),
    ("no-tone", "how can I refuse a customer's request politely", {"saying-no-kindly"}),
    ("no-tone", "how do i turn a customer down without being impolite", {"saying-no-kindly"}),
    ("no-tone", "hoe zeg ik nee tegen een klant zonder onbeleefd te zijn", {"saying-no-kindly"}),
    ("no-tone", "hoe kan ik een klant netjes weigeren zonder dat het bot overkomt", {"saying-no-kindly"}),
    (
        "setting",
        "a guest is complaining that her hotel room wasnt cleaned, what should i say to her",
        RECOVERY,
    ),
    ("setting", "a hotel guest complains the room was noisy all night, what do i tell him", RECOVERY),
    (
        "setting",
        "a customer in our shop complains that the jacket she bought last week already tore, what do i say",
        RECOVERY,
    ),
    (
        "setting",
        "een klant klaagt bij de kassa dat zijn brood van gisteren beschimmeld was, hoe reageer ik",
        RECOVERY,
    ),
    (
        "absent",
        "een klant vraagt steeds om mijn collega omdat die hem altijd helpt maar die is er niet, wat zeg ik",
        {"problem-you-cannot-solve"},
    ),
    (
        "absent",
        "klant wil perse de manager spreken maar die is er vandaag niet",
        {"problem-you-cannot-solve"},
    ),
    (
        "absent",
        "een klant wil alleen door zijn vaste contactpersoon geholpen worden en die is ziek",
        {"problem-you-cannot-solve"},
    ),
    (
        "absent",
        "a customer keeps asking for my colleague who always helps him but she is off today",
        {"problem-you-cannot-solve"},
    ),
    (
        "absent",
        "the customer insists on speaking to the manager but the manager is not in today",
        {"problem-you-cannot-solve"},
    ),
    (
        "absent",
        "a caller only wants to talk to the advisor who handled her case and he is not working today",
        {"problem-you-cannot-solve"},
    ),
    (
        "absent",
        "een beller wil per se zijn eigen adviseur spreken maar die heeft vandaag vrij",
        {"problem-you-cannot-solve"},
    ),
    ("mixed", "the klant keeps complaining about de prijs", {"complaint-handling", "price-objection"}),
    ("mixed", "my klant is heel boos, what should i do", {"angry-customer"}),
    ("mixed", "how do i handle een boze klant", {"angry-customer"}),
    ("satisfied", "wat is het verschil tussen een tevreden klant en een enthousiaste klant", {"pyramid"}),
    ("satisfied", "hoe maak ik van een tevreden klant een enthousiaste klant", {"pyramid"}),
    (
        "satisfied",
        "what is the difference between a satisfied customer and an enthusiastic customer",
        {"pyramid"},
    ),
    (
        "planning",
        "ik werk in de thuiszorg en een client zegt dat ik te weinig tijd voor haar heb, maar mijn planning "
        "is gewoon te vol",
        {"time-pressure"},
    ),
    (
        "planning",
        "ik werk aan de balie van het gemeentehuis en mensen klagen dat ik te weinig tijd voor ze heb",
        {"time-pressure"},
    ),
    (
        "planning",
        "in the call centre customers say i rush them but we have to keep calls short",
        {"time-pressure"},
    ),
    (
        "authority",
        "mag ik zelf beslissen om een klant korting te geven als er iets mis is gegaan",
        {"empowerment", "service-recovery"},
    ),
    (
        "authority",
        "mag ik een klant zelf iets vergoeden als we een fout hebben gemaakt",
        {"empowerment", "service-recovery"},
    ),
    ("authority", "ben ik bevoegd om een klant een tegoedbon te geven", {"empowerment", "service-recovery"}),
]


@pytest.mark.parametrize(
    ("kind", "message", "expected"), KINDS, ids=[f"{k}-{n}" for n, (k, *_) in enumerate(KINDS)]
)
def test_the_right_article_ranks_first_and_is_never_answered_wrongly(
    searcher, kind: str, message: str, expected: set[str]
) -> None:
    audience = audience_for("employee", message)
    assert audience == EMPLOYEE_AUDIENCES, kind  # none of these asks about leading a team
    results = searcher.search(message, top_k=FEATURE_DEPTH, audience=audience)
    assert results[0].id in expected, [r.id for r in results[:3]]
    decision = decide(message, results, load_calibration(searcher.embedder.name))
    if decision.outcome == "answer":
        assert decision.results[0].id in expected


STILL_WRONG = pytest.mark.xfail(strict=True, reason="issue 9.2 open: ranks another article first")


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # first-ranked since stop 45 (recovery's line on an unhappy guest, the room among its
        # examples); before, the dense model preferred saying-no's hotel example
        ("een gast klaagt dat zijn hotelkamer niet schoon was, wat zeg ik tegen hem", RECOVERY),
        # a refund asked because of our failure is recovery, not a no (tester round of stop 44:
        # saying-no-kindly answered at 0.93). Recovery's tags for a dirty room fixed it but went
        # past the guide's 20 tags; a line in its text did not fix it. Since stop 62 the search reads
        # a fault with a refund asked as a complaint to put right (bot/engine/plain_kinds.py).
        ("hotel receptie, gast zegt dat zijn kamer vuil is en hij wil zijn geld terug", RECOVERY),
        # mixed languages: read in one language (bot/engine/code_switching.py)
        ("mijn customer is boos over the price", {"angry-customer", "price-objection"}),
    ],
)
def test_open_cases_of_the_same_kinds(searcher, message: str, expected: set[str]) -> None:
    results = searcher.search(message, top_k=3, audience=audience_for("employee", message))
    assert results[0].id in expected


@pytest.mark.parametrize(
    "message",
    [
        "mag ik zelf beslissen om een klant korting te geven als er iets mis is gegaan",
        "ik werk in de thuiszorg en een client zegt dat ik te weinig tijd voor haar heb, "
        "maar mijn planning is gewoon te vol",
        "klant wil perse de manager spreken maar die is er vandaag niet",
        # "onze manager stuurt alleen op gesprekstijd" was here until stop 62: KPI pressure opens the
        # KPI article to staff (bot/content/audience.py `KPI_PRESSURE`, tests/unit/test_answer_kinds_s62.py)
        "can i give a customer a discount myself when something went wrong",
        "the customer insists on speaking to the manager but the manager is not in today",
    ],
)
def test_an_employee_gets_no_manager_article(searcher, message: str) -> None:
    """Naming a manager is not asking about leading a team: the employee audience stays."""
    audience = audience_for("employee", message)
    assert audience == EMPLOYEE_AUDIENCES
    results = searcher.search(message, top_k=FEATURE_DEPTH, audience=audience)
    managers = {aid for (aid, _), art in searcher.index.articles.items() if art.audience == "manager"}
    assert results and not {r.id for r in results} & managers


@pytest.mark.parametrize(
    "message",
    [
        "hoe geef ik als leidinggevende feedback aan mijn team",
        "ik ben manager, hoe houd ik een goede teamhuddle",
        "how do I recognise good work in my team",
        "as a team leader how do i coach my staff on complaints",
    ],
)
def test_a_question_about_leading_a_team_may_get_manager_articles(message: str) -> None:
    assert audience_for("employee", message) is None
    assert audience_for("manager", "hoe ga ik om met een boze klant") is None


PUBLIC_COMPLAINTS = [
    "a customer left a bad review online",
    "how do i reply to a one star review",
    "iemand heeft een slechte recensie over ons geschreven, wat nu",
    "iemand heeft ons 1 ster gegeven op google en schrijft dat ik onbeleefd was, moet ik daar op reageren?",
    "klant heeft op facebook een post gezet over onze winkel met een foto van mij erbij. wat doe ik hiermee",
    "someone posted on instagram that the staff at our bank branch are rude and tagged us. how do i reply?",
    "customer tweeted at us calling our call centre a joke after 45 min on hold. answer publicly or DM?",
    "gast heeft een slechte beoordeling op booking gezet over het ontbijt, hoe reageer ik",
    "someone left us one star on trustpilot, how should i reply",
    "iemand heeft op booking.com geschreven dat ons personeel onbeleefd was, hoe reageer ik daar op?",
    "someone slammed us in an instagram story, how do I respond",
]


@pytest.mark.parametrize(
    "message",
    [
        pytest.param(m, marks=pytest.mark.xfail(strict=True, reason="stop 32: read as a hard conversation"))
        if m.startswith("customer tweeted")
        else m
        for m in PUBLIC_COMPLAINTS
    ],
)
def test_a_complaint_made_in_public_goes_to_complaint_handling(searcher, message: str) -> None:
    """A review or a post is a complaint made in public (tester round, stop 24): it went to the
    digital-culture article or nowhere; complaint-handling now says how to answer one."""
    results = searcher.search(message, top_k=3, audience=audience_for("employee", message))
    assert results[0].id == "complaint-handling"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("ik ben helemaal kapot na een klant die tegen me schreeuwde", "after-a-hard-conversation"),
        ("need to cry honestly, a customer yelled at me, how do i get over it", "after-a-hard-conversation"),
        ("mag ik zelf iets terugbetalen zonder te vragen aan mijn chef", "empowerment"),
        (
            "kan ik de administratiekost kwijtschelden voor een klant "
            "zonder dat aan mijn teamleider te vragen",
            "empowerment",
        ),
        ("am I allowed to waive a fee for a customer myself", "empowerment"),
        ("what do I say when a customer asks to speak to my manager", "problem-you-cannot-solve"),
        ("a customer demands my supervisor and she is not in today, what now", "problem-you-cannot-solve"),
        ("patiënt wil de directeur van het ziekenhuis spreken", "problem-you-cannot-solve"),
    ],
)
def test_tester_kinds_rank_the_right_article_first(searcher, message: str, expected: str) -> None:
    results = searcher.search(message, top_k=3, audience=audience_for("employee", message))
    assert results[0].id == expected


# Kinds from dev set 3's misses (stop 25), each fixed in the articles' text or tags; the
# messages are new (none is in a question set or an article's `questions`).
ABUSE = {"after-a-hard-conversation", "customer-crossing-the-line"}
STOP25_KINDS = [
    ("abuse", "a customer made a racist comment about my accent, what do I do now", ABUSE),
    ("abuse", "klant maakte een racistische opmerking tegen mijn collega, wat moeten we doen", ABUSE),
    ("abuse", "a guest made a sexist remark to me at the bar, should I report it", ABUSE),
    ("not-my-fault", "moet ik sorry zeggen als een collega de fout heeft gemaakt", {"service-recovery"}),
    ("win-back", "how can I keep a customer who wants to cancel after we messed up", {"service-recovery"}),
    (
        "win-back",
        "klant wil zijn abonnement opzeggen na een fout van ons, hoe houd ik hem",
        {"service-recovery"},
    ),
    ("chatty", "how do I politely wrap up a call with a caller who keeps talking", {"time-pressure"}),
    ("chatty", "hoe rond ik een gesprek af met een klant die maar blijft praten", {"time-pressure"}),
    (
        "self-service",
        "an older lady can't work the self-checkout, how do I help without being patronising",
        {"culture-digital", "customer-cannot-follow"},  # stop 34: the practical article
    ),
    (
        "self-service",
        "oudere meneer komt niet uit de app van de bank, hoe help ik hem zonder het over te nemen",
        {"culture-digital", "customer-cannot-follow"},  # stop 34: the practical article
    ),
    ("in-writing", "how do I write a good email reply to a complaint", {"complaint-handling"}),
    ("in-writing", "hoe beantwoord ik een klachtenmail netjes", {"complaint-handling"}),
    (
        "repeat",
        "customer is back for the third time about the same problem, what do I do",
        {"customer-effort"},
    ),
    ("free", "mag ik een klant iets gratis geven als excuus", {"empowerment", "service-recovery"}),
    (
        "free",
        "can I give a customer something for free to make up for a mistake",
        {"empowerment", "service-recovery"},
    ),
    ("extra", "een klant vraagt iets extra's wat eigenlijk niet mag, hoe zeg ik dat", {"saying-no-kindly"}),
    (
        "extra",
        "a regular asks for a little extra that our rules don't allow, how do I say no",
        {"saying-no-kindly"},
    ),
]
OPEN_25 = pytest.mark.xfail(strict=True, reason="stop 25: another article shares the message's words")


@pytest.mark.parametrize(
    ("kind", "message", "expected"),
    [
        *STOP25_KINDS,
        # "geintimideerd" shares its words' stem with customer-intimacy; the article
        # classifier (stop 28) reads it as the line being crossed
        ("abuse", "een man bleef veel te dicht bij me staan en ik voelde me geintimideerd", ABUSE),
        # "complaints" is complaint-handling's word; the article about one's own state lost
        # until stop 32 (the classifier's larger share) in English, still does in Dutch
        ("personal", "how do I stop taking customer complaints so personally", ABUSE),
        pytest.param(
            "personal", "ik trek me alle klachten persoonlijk aan, hoe leer ik dat af", ABUSE, marks=OPEN_25
        ),
        # angry-customer says to apologise for the impact even when another department erred
        (
            "not-my-fault",
            "should I apologise to a customer when another department made the mistake",
            {"service-recovery", "angry-customer"},
        ),
        (
            "repeat",
            "een klant neemt voor de derde keer contact op over dezelfde storing",
            {"customer-effort"},
        ),
    ],
)
def test_kinds_of_dev_set_3_rank_the_right_article_first(
    searcher, kind: str, message: str, expected: set[str]
) -> None:
    audience = audience_for("employee", message)
    results = searcher.search(message, top_k=FEATURE_DEPTH, audience=audience)
    assert results[0].id in expected, (kind, [r.id for r in results[:3]])
    decision = decide(message, results, load_calibration(searcher.embedder.name))
    if decision.outcome == "answer":
        assert decision.results[0].id in expected


# A customer who crosses the line (tester round of stop 25: 11 of 16 such messages got a
# wrong article, a refusal or the out-of-scope reply). The article customer-crossing-the-line
# is new; these messages were written before it, by the tester and for this test.
CROSSING = {"customer-crossing-the-line", "after-a-hard-conversation", "angry-customer"}
CROSSING_MESSAGES = [
    "een klant riep dat ik terug moest naar mijn eigen land, ik weet niet hoe ik moet reageren",
    "een klant staat me te filmen met zijn gsm, mag dat",
    "a customer made a sexist joke about me, how do I deal with that afterwards",
    "a guy was really intimidating, leaning over the counter and shouting at me",
    "klant maakte opmerkingen over mijn hoofddoek",
    "a customer keeps filming me with his phone while I serve him",
    "na zo'n klant die mij uitschold moet ik dat ergens melden?",
    "een gast maakte de hele avond seksueel getinte grapjes tegen mij",
    "ik voel me onveilig bij een vaste klant die me steeds opwacht na mijn dienst",
    "a customer called me a slur because of my skin colour",
    "a man keeps commenting on my body when I serve him, what can I do",
    "someone recorded me on his phone and said he'd post it on tiktok",
    "meneer aan de balie pakte mijn arm vast toen ik nee zei",
    "die klant noemde me een dom wijf en liep weg",
]
# Dutch without the kind's words (racism without the word); a separable verb ("pakte ...
# vast") and an insult ("dom wijf") rank the article first since stop 32
# "een klant riep dat ik terug moest naar mijn eigen land" (open since stop 25) ranks the
# angry customer first since stop 49: "riep" is read as "schreeuwde" (regional_words.txt)
CROSSING_OPEN: list[str] = []


@pytest.mark.parametrize(
    "message",
    [*CROSSING_MESSAGES, *(pytest.param(m, marks=OPEN_25) for m in CROSSING_OPEN)],
)
def test_a_customer_who_crosses_the_line_gets_advice_about_it(searcher, message: str) -> None:
    results = searcher.search(message, top_k=FEATURE_DEPTH, audience=audience_for("employee", message))
    assert results[0].id in CROSSING, [r.id for r in results[:3]]
    decision = decide(message, results, load_calibration(searcher.embedder.name))
    if decision.outcome == "answer":
        assert decision.results[0].id in CROSSING


# Fresh dev set 7 (stop 43): a drunk guest bothering other guests got saying no kindly and
# the angry customer; the line-crossing article now has a tip on it. Dutch ranks it first;
# English among the first three (offered), and neither is answered with another article.
DRUNK_NL = [
    "een dronken klant valt andere klanten lastig in de winkel",
    "beschonken gast aan de toog valt de andere gasten lastig",
    "een gast heeft te veel gedronken en wordt vervelend tegen andere gasten",
]
DRUNK_EN = [
    "a drunk guest is bothering other guests at the bar, what do i do",
    "drunk customer harassing other people in the queue",
    "customer is drunk and shouting at other people in the store",
]


@pytest.mark.parametrize("message", [*DRUNK_NL, *DRUNK_EN])
def test_a_drunk_guest_bothering_others_gets_the_line_crossing_tips(searcher, message: str) -> None:
    results = searcher.search(message, top_k=FEATURE_DEPTH, audience=audience_for("employee", message))
    first = [r.id for r in results[: 1 if message in DRUNK_NL else 3]]
    assert "customer-crossing-the-line" in first, [r.id for r in results[:3]]
    decision = decide(message, results, load_calibration(searcher.embedder.name))
    if decision.outcome == "answer":
        assert decision.results[0].id in CROSSING


def test_the_new_article_is_employee_facing_in_both_languages(searcher) -> None:
    articles = searcher.index.articles
    for lang in ("nl", "en"):
        assert articles[("customer-crossing-the-line", lang)].audience == "employee"


# Stop 36: the asker's own slip towards a customer (wrong information, advice, price, a call
# put through wrongly) is service recovery; a promise that turns out wrong may be the
# promise article. Before, "I'm scared I gave the customer the wrong information" was
# refused and the Dutch ones were offered with another article first.
OWN_MISTAKE = {"service-recovery", "pyramid-promise"}
OWN_MISTAKES = [
    "I'm scared I gave the customer the wrong information",
    "ik heb een klant verkeerde informatie gegeven, wat nu",
    "ik heb een klant een verkeerd advies gegeven en nu heeft hij schade",
    "oeps ik heb de verkeerde prijs genoemd aan een klant",
    "I told a guest the wrong checkout time and now she missed her train",
    "ik heb per ongeluk een klant verkeerd doorverbonden en nu is hij kwijt",
    "my mistake: I said the parcel would arrive today but it won't",
    "ik heb me vergist in de levertijd die ik aan een klant noemde",
    # tester round of stop 36, English
    "I gave a customer the wrong opening hours",
]


@pytest.mark.parametrize("message", OWN_MISTAKES)
def test_the_askers_own_slip_towards_a_customer_is_service_recovery(searcher, message: str) -> None:
    results = searcher.search(message, top_k=FEATURE_DEPTH, audience=audience_for("employee", message))
    assert results[0].id in OWN_MISTAKE, [r.id for r in results[:3]]
    decision = decide(message, results, load_calibration(searcher.embedder.name))
    assert decision.outcome != "refuse", decision.p_top1
    assert decision.results[0].id in OWN_MISTAKE


# Stop 36: a reply word that opens a message ("nee dat lukt me niet ...") is not searched
# for (bot/engine/reply_words.py); it pulled saying-no-kindly first for whatever followed.
REPLY_OPENED = [
    "nee dat lukt me niet, ik word er gek van",
    "nee hoor, de klant blijft maar doorgaan over zijn factuur",
    "neen, die klant blijft maar zagen over de wachttijd",
    "no I mean the customer keeps shouting at me",
    "nope, she is still furious about the bill",
]


@pytest.mark.parametrize("message", REPLY_OPENED)
def test_an_opening_yes_or_no_does_not_pull_saying_no_forward(searcher, message: str) -> None:
    results = searcher.search(message, top_k=3, audience=audience_for("employee", message))
    assert results[0].id != "saying-no-kindly", [r.id for r in results]


@pytest.mark.parametrize(
    "message",
    ["nee zeggen tegen een vaste klant", "hoe zeg ik nee tegen een klant", "saying no to a regular customer"],
)
def test_a_no_that_is_the_topic_still_finds_saying_no(searcher, message: str) -> None:
    results = searcher.search(message, top_k=3, audience=audience_for("employee", message))
    assert results[0].id == "saying-no-kindly", [r.id for r in results]


# Tester round of stop 36: feeling burned out by hard customers is the employee's own
# recovery, not advice on the angry customer.
@pytest.mark.parametrize(
    "message",
    [
        "honestly i think im burned out, every shift someone yells at me",
        "ik denk dat ik opgebrand ben, elke dienst scheldt iemand me uit",
    ],
)
def test_feeling_burned_out_is_the_employees_own_recovery(searcher, message: str) -> None:
    results = searcher.search(message, top_k=FEATURE_DEPTH, audience=audience_for("employee", message))
    assert results[0].id == "after-a-hard-conversation", [r.id for r in results[:3]]
    decision = decide(message, results, load_calibration(searcher.embedder.name))
    if decision.outcome == "answer":
        assert decision.results[0].id == "after-a-hard-conversation"


# Tester round of stop 36 (found in stop 37): the words that ask what to say ("ik wist niet
# wat ik moest zeggen", "what do I say") are not searched for (bot/engine/wording_words.py);
# "zeggen"/"say" pulled saying-no-kindly first, confidently, whatever the situation.
WHAT_TO_SAY = [
    "ik wist niet wat ik moest zeggen toen de klant begon te huilen",
    "de customer was super rude en ik wist echt niet wat te zeggen, any tips?",
    "wat moet ik zeggen als een klant vraagt waarom het zo lang duurt",
    "i didnt know what to say when the guest started crying",
    "ik weet nooit wat ik moet zeggen als een klant heel onbeleefd is",
]


@pytest.mark.parametrize("message", WHAT_TO_SAY)
def test_asking_what_to_say_does_not_pull_saying_no_forward(searcher, message: str) -> None:
    results = searcher.search(message, top_k=FEATURE_DEPTH, audience=audience_for("employee", message))
    assert results[0].id != "saying-no-kindly", [r.id for r in results[:3]]
    decision = decide(message, results, load_calibration(searcher.embedder.name))
    assert not (decision.outcome == "answer" and decision.results[0].id == "saying-no-kindly")


# A rude customer ("onbeleefd", "onbeschoft", "rude") is handled as an upset one; a client with
# dementia who accuses you of stealing gets the confusion article (stop 41: it ranked the
# time-pressure article first, or nothing fitted). Either is among the first two, not refused.
@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("een klant was echt onbeschoft tegen me aan de kassa", "angry-customer"),
        ("hoe ga ik om met een onbeleefde klant", "angry-customer"),
        ("how do I deal with a rude customer at the counter", "angry-customer"),
        ("mevrouw met dementie zegt dat ik haar portemonnee heb gestolen", "customer-cannot-follow"),
        ("client met dementie beschuldigt me van diefstal", "customer-cannot-follow"),
        ("a resident with dementia says I stole her ring", "customer-cannot-follow"),
    ],
)
def test_a_rude_or_confused_customer_finds_its_article(searcher, message: str, expected: str) -> None:
    results = searcher.search(message, top_k=3, audience=audience_for("employee", message))
    decision = decide(message, results, load_calibration(searcher.embedder.name))
    assert expected in [r.id for r in results[:2]], [r.id for r in results]
    assert decision.outcome != "refuse" and expected in [r.id for r in decision.results[:2]], (
        decision.outcome,
        [r.id for r in decision.results],
    )


# Someone shouting at you now is an angry customer, not the aftermath of one (stop 41: "een
# klant die tegen me schreeuwt" and "een beller die ..." answered after-a-hard-conversation,
# whose text listed "een beller die minutenlang tegen je schreeuwde"); a message about the
# aftermath still finds the aftermath.
@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("een klant die tegen me schreeuwt", "angry-customer"),
        ("een beller die tegen me schreeuwt", "angry-customer"),
        ("een gast die tegen me schreeuwt", "angry-customer"),
        ("a caller who is screaming at me", "angry-customer"),
        ("net een beller gehad die tegen me schreeuwde, hoe herstel ik", "after-a-hard-conversation"),
    ],
)
def test_shouting_now_is_the_angry_customer_and_after_it_the_aftermath(
    searcher, message: str, expected: str
) -> None:
    results = searcher.search(message, top_k=3, audience=audience_for("employee", message))
    decision = decide(message, results, load_calibration(searcher.embedder.name))
    assert decision.outcome == "answer" and decision.results[0].id == expected, (
        decision.outcome,
        [r.id for r in decision.results],
    )


# A customer who is unhappy, dissatisfied or disappointed, told in a line with no other topic:
# refused, or first-ranked with an article that only names the word (why customers are
# unhappy with a process that works), before stop 45. Making it right is the answer: here
# first-ranked, and answered or offered, never refused. None of these is in an article's lists.
UNHAPPY = [
    "de klant is ontevreden over de bediening",
    "klant is ontevreden",
    "de mensen aan tafel 4 zijn ontevreden over de bediening",
    "klant is ontevreden over de wachttijd",
    "mevrouw is ontevreden, wat nu",
    "klant is niet tevreden",
    "gast is ontevreden over het eten",
    "klant is teleurgesteld",
    "the customer is unhappy with the service",
    "customer is unhappy",
    "customer is not happy with the food",
    "the client is dissatisfied, what now",
    "guest is dissatisfied with her room",
]


@pytest.mark.parametrize("message", UNHAPPY)
def test_an_unhappy_customer_gets_making_it_right_not_a_refusal(searcher, message: str) -> None:
    audience = audience_for("employee", message)
    results = searcher.search(message, top_k=FEATURE_DEPTH, audience=audience)
    assert results[0].id in RECOVERY | {"angry-customer"}, [r.id for r in results[:3]]
    decision = decide(message, results, load_calibration(searcher.embedder.name))
    assert decision.outcome in ("answer", "offer"), decision.outcome


# An unhappy customer said with a negated word of contentment ("niet blij", "isn't happy"):
# refused, or first-ranked with an article about happy customers, before stop 46 (tester
# round of stop 45). The negation is read as its opposite (bot/engine/negated_words.py), so
# these rank making it right first, like UNHAPPY. None of these is in an article's lists.
NOT_HAPPY = [
    "klant is niet blij",
    "klant niet blij",
    "de klant is niet zo blij met de reparatie",
    "mevrouw is helemaal niet blij met haar nieuwe bril",
    "klant is niet gelukkig met het resultaat",
    "meneer was echt niet tevreden over de bezorging",
    "the customer is not happy",
    "customer not happy with her purchase",
    "customer isn't happy",
    "client not pleased with the result",
    "the customer is not satisfied with her haircut",
    "the guests weren't really happy with their table",
]


@pytest.mark.parametrize("message", NOT_HAPPY)
def test_a_customer_who_is_not_happy_gets_making_it_right(searcher, message: str) -> None:
    audience = audience_for("employee", message)
    results = searcher.search(message, top_k=FEATURE_DEPTH, audience=audience)
    assert results[0].id in RECOVERY, [r.id for r in results[:3]]
    decision = decide(message, results, load_calibration(searcher.embedder.name))
    assert decision.outcome in ("answer", "offer"), decision.outcome


# A parcel or order that never arrived (Flemish "kzit met een klant die zijn pakket nie
# heeft gekregen" was refused, tester round of stop 45): never refused, and an article on
# putting it right or solving the problem is answered or among those offered. "pakket" and
# "niet gekregen" pulled saying no kindly forward ("zit niet in zijn pakket"). None of these
# is in an article's lists.
PROBLEM_SOLVED = RECOVERY | {"pyramid-complaints"}
NOT_RECEIVED = [
    "kzit met een klant die zijn pakket nie heeft gekregen",
    "ik zit met een klant die zijn pakket niet heeft gekregen",
    "klant heeft zijn bestelling nooit ontvangen",
    "pakket is niet aangekomen en de klant belt",
    "klant wacht al twee weken op zijn bestelling",
    "het pakket van een klant is zoekgeraakt",
    "een klant heeft zijn pakje nooit gekregen",
    "customer never received her parcel",
    "the order never arrived, what do I tell the customer",
    "customer says the delivery never came",
    "a customer is still waiting for his order after two weeks",
]


@pytest.mark.parametrize("message", NOT_RECEIVED)
def test_a_parcel_that_never_arrived_is_answered_or_offered_with_putting_it_right(
    searcher, message: str
) -> None:
    audience = audience_for("employee", message)
    results = searcher.search(message, top_k=FEATURE_DEPTH, audience=audience)
    decision = decide(message, results, load_calibration(searcher.embedder.name))
    assert decision.outcome in ("answer", "offer"), decision.outcome
    shown = [r.id for r in results[: 1 if decision.outcome == "answer" else 3]]
    assert PROBLEM_SOLVED & set(shown), shown


# "kwaad" (angry; the Flemish and everyday Dutch word) ranked the price-objection article
# first (tester round of stop 45: "amai, die klant was echt kwaad"): that article's phrase is
# "kwaad over de prijs". The angry-customer article tags the word itself now.
KWAAD = [
    "amai, die klant was echt kwaad",
    "die klant was echt kwaad",
    "klant is echt heel kwaad",
    "de klant werd echt kwaad op mij",
    "klant wordt kwaad, wat doe ik",
    "een kwaaie klant aan de balie",
    "de klant is kwaad",
]


@pytest.mark.parametrize("message", KWAAD)
def test_an_angry_customer_said_as_kwaad_gets_the_angry_customer_article(searcher, message: str) -> None:
    audience = audience_for("employee", message)
    results = searcher.search(message, top_k=FEATURE_DEPTH, audience=audience)
    assert results[0].id == "angry-customer", [r.id for r in results[:3]]
    decision = decide(message, results, load_calibration(searcher.embedder.name))
    assert decision.outcome in ("answer", "offer"), decision.outcome


# The coach's headline question: a customer's problem the asker cannot solve. Worded with
# "probleem ... oplossen" / "solve ... problem" it ranked the pyramid's level 2 (problems and
# complaints handled well) first, and was answered with it three times in twelve (stop 47;
# issue 9.2: "what do I do when I cannot solve the customers problem", no apostrophe). That
# article had an `asked` message about a problem the asker could not solve; it moved to the
# article on problems you cannot solve, which now tags the words too.
CANNOT_SOLVE = [
    "wat doe je als je het probleem van de klant gewoon ni kan oplossen",
    "wat doe ik als ik het probleem van een klant niet kan oplossen",
    "ik kan het probleem van de klant niet oplossen",
    "klant heeft een probleem dat ik zelf niet kan oplossen",
    "kzit met een klant waarvan ik het probleem ni kan oplossen",
    "hoe zeg ik tegen een klant dat ik zijn probleem niet kan oplossen",
    "what do I do when I cannot solve the customers problem",
    "what if i cant fix the customers issue",
    "i cannot solve this customer's problem, what now",
    "how do I tell a customer I can't solve their problem",
    "customer has a problem I can't fix myself",
    "the guests problem is something i cant solve, what do i say",
]


@pytest.mark.parametrize("message", CANNOT_SOLVE)
def test_a_problem_the_asker_cannot_solve_gets_its_article_not_level_two(searcher, message: str) -> None:
    audience = audience_for("employee", message)
    results = searcher.search(message, top_k=FEATURE_DEPTH, audience=audience)
    assert results[0].id == "problem-you-cannot-solve", [r.id for r in results[:3]]
    decision = decide(message, results, load_calibration(searcher.embedder.name))
    assert decision.outcome in ("answer", "offer"), decision.outcome


# Feedback the asker receives from a colleague, team leader or manager had no article of its
# own and got the article on a customer crossing the line, or respect between colleagues
# (tester rounds of stops 45 and 46). knowledge/*/receiving-feedback.md (stop 47).
RECEIVED_FEEDBACK = [
    "een collega spreekt mij aan op mijn gedrag",
    "mijn leidinggevende zei dat ik te kortaf ben tegen klanten, hoe ga ik daarmee om",
    "mn teamleider gaf me kritiek waar de klanten bij stonden, voelde echt rot",
    "kreeg net feedback van mijn chef dat ik te traag werk aan de kassa, hoe reageer ik daar goed op",
    "ik vind de opmerking van mijn collega over mijn toon aan de telefoon echt onterecht",
    "hoe ga je om met kritiek van je baas",
    "my coworker told me I was too slow with customers",
    "my boss gave me harsh feedback in front of colleagues, how do i respond",
    "how do I take criticism from my supervisor without getting defensive",
    "got negative feedback in my review about how I talk to guests, what now",
    "my team lead said customers find me cold, how do i deal with that",
    "a colleague keeps correcting me in front of customers",
]
# giving feedback to a peer keeps the article on the feedback conversation (stop 46)
GIVING_FEEDBACK = [
    "hoe geef ik feedback aan een collega",
    "hoe spreek ik mijn collega aan op zijn gedrag tegen klanten",
    "how do I confront a coworker who is rude to customers",
    "how do i give feedback to a colleague",
]


@pytest.mark.parametrize("message", RECEIVED_FEEDBACK)
def test_feedback_the_asker_receives_gets_its_own_article(searcher, message: str) -> None:
    audience = audience_for("employee", message)
    results = searcher.search(message, top_k=FEATURE_DEPTH, audience=audience)
    assert results[0].id == "receiving-feedback", [r.id for r in results[:3]]
    decision = decide(message, results, load_calibration(searcher.embedder.name))
    assert decision.outcome in ("answer", "offer"), decision.outcome


@pytest.mark.parametrize("message", GIVING_FEEDBACK)
def test_feedback_the_asker_gives_keeps_the_feedback_conversation(searcher, message: str) -> None:
    audience = audience_for("employee", message)
    results = searcher.search(message, top_k=FEATURE_DEPTH, audience=audience)
    assert results[0].id == "coaching-feedback-conversation", [r.id for r in results[:3]]


# Without a cue that the asker got feedback, the article on receiving it is not searched
# (bot/content/audience.py, CUED): its texts are full of colleagues, bosses and scenes in
# front of customers, and it ranked first for messages of other kinds (stop 47).
NOT_RECEIVED_FEEDBACK = [
    "customer called my coworker a racist slur in front of everyone and i froze",
    "Ze zei meteen dat ze met mijn chef wilde praten omdat ik toch niks te zeggen heb. Wat doe ik dan?",
    "er is ne meneer in de fitness die altijd klaagt. collega's lopen al weg als ze hem zien. tips?",
    "klant wil per se mn baas spreken",
    "hoe geef ik mijn collega feedback",
    "my colleague is rude to customers, how do I tell him",
    "help me with my chemistry homework",
]


@pytest.mark.parametrize("message", RECEIVED_FEEDBACK)
def test_feedback_the_asker_receives_carries_its_cue(message: str) -> None:
    assert "receiving-feedback" not in without_their_cue(message)


@pytest.mark.parametrize("message", NOT_RECEIVED_FEEDBACK)
def test_other_messages_do_not_search_the_article_on_receiving_feedback(searcher, message: str) -> None:
    assert "receiving-feedback" in without_their_cue(message)
    audience = audience_for("employee", message)
    results = searcher.search(message, top_k=FEATURE_DEPTH, audience=audience)
    assert "receiving-feedback" not in [r.id for r in results]


# How staff satisfaction and customer satisfaction hang together is the principle of
# symmetric attention; the Dutch compounds "klanttevredenheid" and "medewerkerstevredenheid"
# pulled the article on NPS, CES and CSAT first (tester round of stop 47). The principle
# now tags the pair, and has `asked` messages on the link.
SATISFACTION_LINK = [
    "wat is de link tussen medewerkerstevredenheid en klanttevredenheid",
    "heeft personeelstevredenheid invloed op klanttevredenheid",
    "zijn tevreden medewerkers goed voor de klanttevredenheid",
    "what is the link between employee satisfaction and customer satisfaction",
    "do satisfied staff lead to satisfied customers",
    "does staff happiness affect how happy our customers are",
]


@pytest.mark.parametrize("message", SATISFACTION_LINK)
def test_the_link_between_staff_and_customer_satisfaction_is_symmetric_attention(
    searcher, message: str
) -> None:
    audience = audience_for("employee", message)
    results = searcher.search(message, top_k=FEATURE_DEPTH, audience=audience)
    decision = decide(message, results, load_calibration(searcher.embedder.name))
    assert decision.outcome in ("answer", "offer"), decision.outcome
    shown = [r.id for r in results[: 1 if decision.outcome == "answer" else 3]]
    assert "principle-symmetric-attention" in shown, shown


def shown(searcher, message: str) -> list[str]:
    """The article ids the coach shows for the message, as an employee: the one answered with,
    the ones offered, or none when it refuses."""
    audience = audience_for("employee", message)
    results = searcher.search(message, top_k=FEATURE_DEPTH, audience=audience)
    decision = decide(message, results, load_calibration(searcher.embedder.name))
    return [r.id for r in results[: {"answer": 1, "offer": 3}.get(decision.outcome, 0)]]


# A customer who complains about everything (zeuren, mopperen, mekkeren, zagen; moaning,
# whining) was refused or given the customer-as-king or time-pressure article: "blijft maar"
# pulled time-pressure's chatty caller, "alles" the king's "alles pikken" (tester round of
# stop 47). Complaint handling now has `asked` messages in those verbs; none of these is one.
CHRONIC_COMPLAINER = [
    "klant blijft maar zeuren over alles",
    "de klant blijft maar klagen over alles",
    "klant zeurt de hele tijd",
    "klant blijft maar mekkeren",
    "mevrouw vindt alles slecht en blijft maar mopperen",
    "vaste klant die altijd iets te klagen heeft",
    "er is een bewoner die over alles klaagt",
    "die meneer zaagt over alles",
    "klant is nooit content",
    "a customer who complains about everything",
    "how do i handle a customer who moans about everything",
    "this lady complains about literally everything",
]


@pytest.mark.parametrize("message", CHRONIC_COMPLAINER)
def test_a_customer_who_complains_about_everything_gets_complaint_handling(searcher, message: str) -> None:
    assert "complaint-handling" in shown(searcher, message)


# An everyday message with the word "product" (return, exchange, broken, explain) was answered
# with "Van product naar emotie" at 0.9-1.0: the shift's name is in its title, which stands in
# every unit of the article, and 11 of its texts said "product" (verifier round of stop 48).
# Its `asked` messages now say "wat we verkopen", "aanbod", "what we sell" where the shift's
# name is not meant, and the articles on saying no, empowerment, recovery, complaints and
# problems you cannot solve have `asked` messages about products. Still answered wrongly: a
# plain return or exchange (open).
_PRODUCT_OPEN = pytest.mark.xfail(strict=True, reason="issue 9.2 open: the title's word still wins")
PRODUCT_WORD = [
    "Een klant wil een product ruilen maar heeft geen bon meer, wat doe ik?",
    "het product dat de klant kocht is kapot, wat nu",
    "klant vraagt uitleg over een product dat ik niet ken",
    "a customer wants to exchange a product",
    "the product arrived broken and the customer is upset",
    pytest.param("klant wil een product terugbrengen", marks=_PRODUCT_OPEN),
    pytest.param("klant wil een product ruilen", marks=_PRODUCT_OPEN),
]


@pytest.mark.parametrize("message", PRODUCT_WORD)
def test_the_word_product_alone_does_not_answer_with_the_shift_from_product_to_emotion(
    searcher, message: str
) -> None:
    assert shown(searcher, message) != ["shift-emotion"]  # an offer with it among others will do


# The shift itself, asked about with the word: still answered with it
@pytest.mark.parametrize(
    "message",
    [
        "wat betekent van product naar emotie",
        "ons product is prima maar klanten zijn niet enthousiast",
        "why do customers remember feelings more than the product",
    ],
)
def test_the_shift_from_product_to_emotion_is_still_answered(searcher, message: str) -> None:
    assert shown(searcher, message) == ["shift-emotion"]


# A complaint about a price in other words (rip-off, daylight robbery, afzetterij, a fee) was
# refused or offered although the price article ranked first: "fee" and "rip-off" were in none
# of its indexed texts, and "member" drew the team member of the feedback article (probe of
# stop 49, "gym member says the fee is a rip-off"). Its tags now have them.
PRICE_IN_OTHER_WORDS = [
    "gym member says the fee is a rip-off",
    "customer says our prices are a rip off",
    "he said it's daylight robbery",
    "klant zegt dat het afzetterij is",
    "klant vindt het abonnement veel te duur",
    "a member says the annual fee is way too high",
    "klant zegt dat we woekerprijzen vragen",
    "guest says the room is overpriced",
]


@pytest.mark.parametrize("message", PRICE_IN_OTHER_WORDS)
def test_a_complaint_about_a_price_in_other_words_gets_the_price_article(searcher, message: str) -> None:
    assert "price-objection" in shown(searcher, message)


# A customer who tells the asker they were rude (tester round of stop 49: "een klant zegt dat
# ik onbeleefd ben" had no fitting article; "ni vriendelijk" found saying no kindly). The
# article on receiving feedback has a tip for it and its cue now includes it; "niet
# vriendelijk" reads as "onvriendelijk" (bot/engine/negated_words.py).
CUSTOMER_SAYS_RUDE = [
    "een klant zegt dat ik onbeleefd ben",
    "ne klant zei dat ik ni vriendelijk was",
    "mevrouw aan de balie zegt dat ik haar niet serieus neem",
    "a customer told me I was rude, what do I do",
    "the guest called me rude and unprofessional",
]


@pytest.mark.parametrize("message", CUSTOMER_SAYS_RUDE)
def test_a_customer_who_calls_the_asker_rude_gets_receiving_feedback(searcher, message: str) -> None:
    assert "receiving-feedback" not in without_their_cue(message)
    assert "receiving-feedback" in shown(searcher, message)


@pytest.mark.parametrize(
    "message",
    ["een klant zei tegen mijn collega dat ze onbeleefd was", "klant is onbeleefd tegen me",
     "the customer was rude to my colleague"],
)  # fmt: skip
def test_a_rude_customer_is_no_cue_for_receiving_feedback(message: str) -> None:
    assert "receiving-feedback" in without_their_cue(message)


# Keeping a conversation short: the comparative "korter" / "shorter" is read as "kort" /
# "short" as well (bot/engine/lexical.py `comparative_stems`; tester round of stop 49: "hoe
# kan ik een gesprek met een klant korter houden?" was refused).
SHORTER_CONVERSATION = [
    "hoe kan ik een gesprek met een klant korter houden?",
    "hoe hou ik een gesprek met een klant korter",
    "how can I keep a conversation with a customer shorter?",
    "ik wil mijn gesprekken korter maken",
    "how do i keep calls shorter",
]


@pytest.mark.parametrize("message", SHORTER_CONVERSATION)
def test_keeping_a_conversation_shorter_finds_time_pressure(searcher, message: str) -> None:
    assert "time-pressure" in shown(searcher, message)


# A team or colleagues who complain are no customer complaints (tester round of stop 50: "how
# do i handle a team that is always complaining" and "mijn team klaagt over alles" were
# answered with complaint handling). The articles on customer complaints are left out
# (bot/content/audience.py NOT_FOR), and a manager finds the article on a complaining team.
COMPLAINING_TEAM = [
    "mijn team klaagt over alles",
    "negatieve sfeer in mijn team, ze klagen over alles",
    "ik ben teamleider en mijn team klaagt over alles",
    "how do i handle a team that is always complaining",
    "my staff moan about everything",
]


@pytest.mark.parametrize("message", COMPLAINING_TEAM)
def test_a_complaining_team_is_no_customer_complaint(searcher, message: str) -> None:
    assert {"complaint-handling", "pyramid-complaints"} <= without_their_cue(message)
    assert "coaching-complaining-team" not in without_their_cue(message)  # its cue
    results = searcher.search(message, top_k=FEATURE_DEPTH, audience=audience_for("manager", message))
    assert results[0].id == "coaching-complaining-team", [r.id for r in results[:3]]


@pytest.mark.parametrize(
    "message",
    ["mijn teamleden handelen klachten allemaal anders af", "a customer complained about my team",
     "klant klaagt over de service van mijn team", "een klant klaagt over mijn team"],
)  # fmt: skip
def test_customer_complaints_about_a_team_keep_complaint_handling(searcher, message: str) -> None:
    """The article on a complaining team is searched only with its cue (bot/content/audience.py
    CUED): "een klant klaagt over mijn team" found it first by "team" and "klaagt"."""
    assert "complaint-handling" not in without_their_cue(message)
    assert "coaching-complaining-team" in without_their_cue(message)
    assert "complaint-handling" in shown(searcher, message)


# Someone who wants their money back: the article on service as a business case (money, costs,
# customers who come back) ranked first for "klant wil geld terug, taart was ingezakt" (probe of
# stop 51) and "klnat wil haar geld terug voor de knipbeurt" (tester round of stop 50). It is left
# out of such a message (bot/content/audience.py NOT_FOR); a question about what service earns
# keeps it.
@pytest.mark.parametrize(
    "message",
    ["klant wil geld terug, taart was ingezakt", "klnat wil haar geld terug voor de knipbeurt",
     "customer wants his money back, the cake collapsed", "guest demands a refund for the night",
     "een klant vraagt om terugbetaling van zijn abonnement", "de man eiste zijn geld terug"],
)  # fmt: skip
def test_a_refund_request_is_no_business_case(searcher, message: str) -> None:
    assert "shift-business-case" in without_their_cue(message)
    audience = audience_for("employee", message)
    ranked = [r.id for r in searcher.search(message, top_k=FEATURE_DEPTH, audience=audience)]
    assert "shift-business-case" not in ranked
    assert {"service-recovery", "saying-no-kindly", "complaint-handling"} & set(ranked[:3]), ranked[:3]


@pytest.mark.parametrize(
    "message",
    ["is goede service het geld waard", "hoe laat ik zien dat service geld oplevert",
     "does good service make money", "verdienen we het geld terug dat we in service steken"],
)  # fmt: skip
def test_what_service_earns_keeps_the_business_case(searcher, message: str) -> None:
    assert "shift-business-case" not in without_their_cue(message)
    results = searcher.search(message, top_k=3, audience=audience_for("employee", message))
    assert results[0].id == "shift-business-case", [r.id for r in results]


# A customer who calls the asker slow, lazy or useless to their face is criticism of the asker
# too (tester round of stop 51: "een klant zei dat ik de traagste kassierster ben"): the cue
# of the article on receiving feedback.
@pytest.mark.parametrize(
    "message",
    ["een klant zei dat ik de traagste kassierster ben", "een klant zegt dat ik lui ben",
     "customer said i was too slow", "a guest told me i'm useless"],
)  # fmt: skip
def test_a_customer_calling_the_asker_slow_or_lazy_cues_receiving_feedback(message: str) -> None:
    assert "receiving-feedback" not in without_their_cue(message)


def test_a_slow_customer_is_no_criticism_of_the_asker() -> None:
    assert "receiving-feedback" in without_their_cue("een trage klant blijft maar praten, ik heb een rij")
