"""Staff who say they feel unsafe get what to do now and the article on customers who cross
the line, whatever NLU read (knowledge/referrals.yml, topic `unsafe` with its `article`);
and a "no" that tells a situation is answered as a question (actions/yes_no.py).

Found in the tester round of stop 32: "ik voel me niet veilig" was read as deny and got
"Geen probleem. Ik ben er als je me nodig hebt."; "I don't feel safe at work anymore" got the
off-topic reply. Real actions, the real knowledge base and index, an app database per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from actions.advice import ActionAnswerAdvice, ActionOutOfScope
from actions.knowledge import audience_for
from actions.selfcheck import ActionStop
from actions.yes_no import ActionAffirm, ActionDeny, tells_a_situation
from bot.content.referrals import ReferralError, find_referral, load_referrals, parse_referrals
from bot.content.validation import check_knowledge
from bot.engine.decision import decide
from bot.engine.question import decide_question
from bot.i18n import t
from tests.unit.replies import run, said, tracker

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"
REFERRALS = load_referrals(KNOWLEDGE)
UNSAFE = next(r for r in REFERRALS if r.id == "unsafe")

# the kind, as staff type it, in both languages, with and without a customer in it
FEELS_UNSAFE = [
    "ik voel me niet veilig", "ik voel me niet veilig bij die klant", "Ik voel mij onveilig op mijn werk",
    "sinds gisteren voel ik me niet meer veilig... ik voel me niet meer veilig achter de balie",
    "ik durf niet meer naar mijn werk", "ik werd vandaag bedreigd door een klant",
    "ik ben bang voor die klant, hij komt elke dag terug", "nee, ik voel me echt niet veilig",
    "I don't feel safe", "i dont feel safe with this customer", "I do not feel safe at work anymore",
    "I'm scared of him, he keeps coming back", "a guest said he knows where I live, I fear for my safety",
    "I felt threatened by a customer today", "honestly I feel unsafe at my job",
]  # fmt: skip
# the tester round of stop 34: threats, violence, fear in Flemish and with typos
TESTER_UNSAFE = [
    "hij heeft me bedreigd", "they threatened me", "ik voel me niet veilg", "someone said he would stab me",
    "voel me nie veilig op men werk", "k voel mij hier ni veilig",
    "im scared to work the night shift alone after what happend",
    "een klant dreigde me in elkaar te slaan, wat moet ik doen", "bedreigd door een klant vandaag",
    "a guy pushed me at the counter and I'm shaking", "ik heb schrik van die klant, hij komt elke dag terug",
    "een klant heeft me geslagen", "die vent bedreigde mij aan de kassa", "ze bedreigen me",
    "er stond gisteren een man op mij te wachten bij de uitgang, ik durf nu niet meer alleen naar buiten",
    "ik durf morgen niet meer te gaan werken", "ik heb schrik om nog alleen te sluiten",
    "I'm scared of a customer who keeps coming back", "ik word geintimideerd door een vaste klant",
    "hij zei dat hij me na mijn werk ging opwachten", "a customer is harassing me and I'm really scared",
    "a customer threatened me today and said he'd wait for me after my shift",
]  # fmt: skip
# a threat by a colleague or manager: the confidential adviser or HR (topic `conduct`)
FROM_A_COLLEAGUE = [
    "mijn leidinggevende intimideert me en ik voel me niet veilig bij hem",
    "een collega maakt steeds seksistische opmerkingen naar mij, wat moet ik doen",
    "my colleague keeps making sexist comments to me", "my boss threatened me",
]  # fmt: skip
# worry, not danger ("I'm afraid" as politeness, "ik ben bang dat"), or someone else's safety
NOT_UNSAFE = [
    "ik ben bang dat ik het verkeerd heb gedaan", "ik ben bang dat de klant boos wordt",
    "I'm afraid I don't know the answer", "I'm afraid we're out of stock, how do I tell the customer",
    "de klant voelt zich niet veilig in de parkeergarage", "mijn klant was bang voor de hond",
    "a customer says she doesn't feel safe in our car park", "ik voel me niet gehoord door mijn team",
    "I'm scared I gave the customer the wrong information", "I'm afraid of making mistakes with customers",
    "ik ben bang dat ik ontslagen word omdat een klant over mij heeft geklaagd",
    "ik ben bang voor de reactie van die klant als ik nee zeg", "de klant dreigt met een slechte review",
    "klant dreigt naar de krant te stappen", "customer threatened to leave a bad review",
    "the customer hit the roof when I said no", "een klant dreigde zijn abonnement op te zeggen",
    "my manager pushed me to sell more", "the customer hit me with a bad review",
]  # fmt: skip


@pytest.mark.parametrize("text", FEELS_UNSAFE)
def test_feeling_unsafe_finds_the_unsafe_topic(text: str) -> None:
    found = find_referral(text, REFERRALS)
    assert found is not None and found.id == "unsafe", found


@pytest.mark.parametrize("text", TESTER_UNSAFE)
def test_threats_violence_and_fear_in_other_words_find_it_too(text: str) -> None:
    found = find_referral(text, REFERRALS)
    assert found is not None and found.id == "unsafe", found


# a threat with a weapon gets the safety line and advice for a robbery or an armed threat
# (topic `robbery`, stop 54), not the article on unwanted behaviour
@pytest.mark.parametrize(
    "text", ["een klant heeft me vandaag bedreigd met een mes", "he pulled a knife on me"]
)
def test_a_threat_with_a_weapon_finds_the_robbery_topic(text: str) -> None:
    found = find_referral(text, REFERRALS)
    assert found is not None and found.id == "robbery" and found.article == "robbery-and-violence", found


@pytest.mark.parametrize("text", FROM_A_COLLEAGUE)
def test_a_threat_by_a_colleague_or_manager_goes_to_the_confidential_adviser(text: str) -> None:
    found = find_referral(text, REFERRALS)
    assert found is not None and found.id == "conduct", found


def test_what_to_do_now_asks_nothing() -> None:
    """ "Voel je je nu onveilig?" invited a "ja", which got "Mooi. Stel je vraag maar" (tester,
    stop 34): the line says what to do, it asks no question."""
    assert all("?" not in UNSAFE.where[lang] for lang in ("nl", "en"))


@pytest.mark.parametrize("text", NOT_UNSAFE)
def test_worry_or_someone_elses_safety_does_not(text: str) -> None:
    found = find_referral(text, REFERRALS)
    assert found is None or found.id != "unsafe", found


@pytest.mark.parametrize("text", FEELS_UNSAFE)
def test_the_decision_answers_with_the_topics_article(searcher, text: str) -> None:
    decision, _ = decide_question(searcher, text, "nl", audience_for("employee", text), REFERRALS)
    assert decision.outcome == "answer" and decision.results[0].id == UNSAFE.article
    assert decision.referral is UNSAFE and decision.of(UNSAFE.article) == "answer"


def test_without_the_article_among_the_results_it_is_refused_with_where_to_go(searcher) -> None:
    decision, results = decide_question(searcher, "ik voel me niet veilig", "nl", None, REFERRALS)
    others = [r for r in results if r.id != UNSAFE.article]
    refused = decide("ik voel me niet veilig", others, None, REFERRALS)
    assert refused.outcome == "refuse" and refused.referral is UNSAFE and not refused.results


@pytest.mark.parametrize(
    ("action", "intent", "text", "lang"),
    [
        (ActionDeny(), "deny", "ik voel me niet veilig", "nl"),  # NLU: deny, 0.91
        (ActionStop(), "stop", "I don't feel safe", "en"),  # NLU: stop, 0.83
        (ActionOutOfScope(), "out_of_scope", "I don't feel safe at work anymore", "en"),  # 0.87
        (ActionOutOfScope(), "out_of_scope", "ik durf niet meer naar mijn werk", "nl"),  # 0.95
        (ActionAffirm(), "affirm", "ja, ik voel me onveilig", "nl"),
        (ActionAnswerAdvice(), "ask_advice", "ik voel me niet veilig bij die klant", "nl"),
    ],
)
def test_every_action_says_what_to_do_now_and_gives_the_article(action, intent, text, lang) -> None:
    messages = run(action, text, intent, lang)
    assert said(messages).startswith(UNSAFE.where[lang]), messages
    sources = [m["custom"] for m in messages if (m.get("custom") or {}).get("type") == "source"]
    assert [s["id"] for s in sources] == [UNSAFE.article], messages


def test_the_article_must_exist_in_both_languages(tmp_path: Path) -> None:
    copy = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, copy)
    text = (copy / "referrals.yml").read_text(encoding="utf-8")
    (copy / "referrals.yml").write_text(
        text.replace(f"article: {UNSAFE.article}", "article: no-such-article"), encoding="utf-8"
    )
    problems = [p for p in check_knowledge(copy) if p.path.name == "referrals.yml"]
    assert any("no-such-article" in p.message and "nl and en" in p.message for p in problems), problems
    assert all(p.line > 1 for p in problems)  # points at the line of the `article` key
    (copy / "en" / f"{UNSAFE.article}.md").unlink()
    (copy / "referrals.yml").write_text(text, encoding="utf-8")
    problems = [p for p in check_knowledge(copy) if p.path.name == "referrals.yml"]
    assert any(p.message.endswith("is not an article in en") for p in problems), problems


def test_an_article_that_is_not_an_id_is_reported() -> None:
    bad = (
        "topics:\n  - id: x\n    article: [a, b]\n    words: {nl: [a], en: [a]}\n"
        "    where: {nl: hier, en: here}\n"
    )
    with pytest.raises(ReferralError, match="`article` is an article id"):
        parse_referrals(bad)


# A "no" or "yes" that tells a situation: two or more words that no yes, no, thanks or greeting
# uses, and an article the coach would answer with.
SITUATION = ["ik voel me niet goed na dat gesprek", "ik voel me niet veilig", "I don't feel safe"]
PLAIN = [
    "nee dank je", "nee hoor", "niet nodig", "no thanks", "nee, dat was het", "ja graag", "yes please",
    "nee, ik weet het niet", "misschien later", "nee hoor, ik red me wel", "nee, niet meer nodig",
    "nee, dat was alles voor vandaag", "ja, ik wil nog een vraag stellen",
    "no, I was just looking around", "nah I'm just testing you", "nee, ik kom er later op terug",
    "nee, mijn klant is al weg", "nee, hij is al naar huis", "ja klopt, dat doe ik al",
]  # fmt: skip


@pytest.mark.parametrize("text", SITUATION)
def test_a_no_that_tells_a_situation_is_a_question(text: str) -> None:
    assert tells_a_situation(tracker(text, "deny"), "nl")
    messages = run(ActionDeny(), text, "deny")
    assert any((m.get("custom") or {}).get("type") == "source" for m in messages), messages


@pytest.mark.parametrize("text", PLAIN)
def test_a_plain_yes_or_no_is_not(text: str) -> None:
    assert not tells_a_situation(tracker(text, "deny"), "nl")
    messages = run(ActionDeny(), text, "deny")
    assert [m.get("response") for m in messages] == ["utter_deny"], messages


def test_a_no_that_meant_something_else_asks_what_it_was() -> None:
    """Not a situation either, but no goodbye (stop 61: "nee dat bedoel ik niet" after a
    refusal): what was meant, with topics."""
    text = "nee, ik bedoel iets anders"
    assert not tells_a_situation(tracker(text, "deny"), "nl")
    messages = run(ActionDeny(), text, "deny")
    assert messages[0].get("text") == t("offer_declined", "nl") and messages[0].get("buttons"), messages
