"""Answer, offer or refuse over REST, in both languages (issue 9): real Rasa server, real
action server, real index and the calibrated decision in bot/engine/calibration.json."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import httpx
import pytest
import yaml

from actions.knowledge import TOPIC_BUTTONS_MAX, audience_for
from bot.dialogue import payloads
from bot.i18n import TOPIC_IDS, t
from tests.unit.test_small_talk_guard import SHORT_ANSWERS, WORK_QUESTIONS

pytestmark = pytest.mark.e2e
HELDOUT = Path(__file__).resolve().parents[1] / "data" / "nlu_heldout.yml"

def manager_articles() -> set[str]:
    """Ids of the articles with `audience: manager`, read from the knowledge folder."""
    folder = Path(__file__).resolve().parents[2] / "knowledge" / "nl"
    return {p.stem for p in folder.glob("*.md") if "\naudience: manager" in p.read_text(encoding="utf-8")}



def new_user() -> str:
    return f"e2e9-{uuid.uuid4().hex[:10]}"


def texts(replies: list[dict]) -> str:
    return "\n".join(r.get("text", "") for r in replies)


def custom(replies: list[dict], kind: str) -> dict | None:
    found = [r["custom"] for r in replies if (r.get("custom") or {}).get("type") == kind]
    return found[0] if found else None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("hoe kan ik een klant verassen", {"pyramid-surprise"}),  # typo: bot/engine/spelling.py
        ("agressieve klant aan de kassa", {"angry-customer"}),  # angry-customer now covers aggression
        ("klnat is heel bozz wat moet ik doen", {"angry-customer"}),  # typos: bot/engine/spelling.py
        # service-recovery names incomplete orders and the failures staff meet (issue 9.2 content)
        ("klant is boos omdat zijn bestelling niet compleet was", {"angry-customer", "service-recovery"}),
        # service-recovery first, empowerment (a related article) second: stop 31
        (
            "pakket te laat geleverd, klant is pissig en wil een schadevergoeding. ik mag max 10 euro geven",
            {"angry-customer", "service-recovery", "empowerment"},
        ),
        ("Hoe ga ik om met een boze klant?", {"angry-customer"}),
        ("the customer is shouting at me at the counter because his order is missing", {"angry-customer"}),
        # mixed Dutch and English: read in one language (bot/engine/code_switching.py)
        ("the klant keeps complaining about de prijs", {"price-objection"}),
        ("wat zijn de zeven principes van die iso norm", {"overview-principles"}),
        ("wat zijn de tien paradigmashifts", {"overview-shifts"}),
    ],
)
def test_answer_when_the_right_article_clearly_ranks_first(chat, question: str, expected: set[str]) -> None:
    replies = chat(new_user(), question)
    source = custom(replies, "source")
    assert source is not None, texts(replies)
    assert source["id"] in expected


def test_an_angry_customer_about_the_price_is_shown_price_objection(chat) -> None:
    """Answered until stop 29; since the classifier's certainty counts (stop 30) it is offered
    with angry-customer, which the classifier prefers and which fits as well (first since the
    classifier's larger share, stop 32). Never answered with anything else."""
    replies = chat(new_user(), "mijn customer is boos over the price")
    source, offer = custom(replies, "source"), custom(replies, "offer")
    shown = [source["id"]] if source else offer["ids"] if offer else []
    assert "price-objection" in shown, texts(replies)
    assert source is None or source["id"] == "price-objection", texts(replies)


def test_employee_question_gets_no_manager_article(chat) -> None:
    question = "mag ik zelf beslissen om een klant korting te geven als er iets mis is gegaan"
    replies = chat(new_user(), question)
    source = custom(replies, "source")
    offer = custom(replies, "offer")
    shown = {source["id"]} if source else set(offer["ids"] if offer else [])
    assert shown and not shown & manager_articles()


@pytest.mark.parametrize(
    "question",
    [
        "klant wil perse de manager spreken maar die is er vandaag niet",
        "the customer demands to see the manager but she is not in",
        "our manager only cares about call times",
        "mijn leidinggevende kijkt alleen naar de wachttijd en niet naar de klant",
    ],
)
def test_an_employee_naming_a_manager_gets_no_coaching_tip(chat, question: str) -> None:
    """Naming a manager is not asking for a tip on leading a team (issue 9.3): the message is
    answered from the employee articles (answer, offer or refuse), never as a coaching tip."""
    from bot.dialogue import payloads

    replies = chat(new_user(), question)
    tip = payloads.ask_coaching_tip()
    assert not any(b["payload"] == tip for r in replies for b in r.get("buttons") or []), texts(replies)
    source = custom(replies, "source")
    offer = custom(replies, "offer")
    shown = {source["id"]} if source else set(offer["ids"] if offer else [])
    assert not shown & manager_articles(), shown



def test_staff_steered_on_handle_time_get_the_kpi_article_and_no_tip(chat) -> None:
    """Issue 9.3's "onze manager stuurt alleen op gesprekstijd" got a coaching tip. Since stop 62
    KPI pressure opens the KPI article to staff (the dev and blind sets expect it): no tip, and that
    article is shown (bot/content/audience.py `KPI_PRESSURE`)."""
    from bot.dialogue import payloads

    replies = chat(new_user(), "onze manager stuurt alleen op gesprekstijd")
    tip = payloads.ask_coaching_tip()
    assert not any(b["payload"] == tip for r in replies for b in r.get("buttons") or []), texts(replies)
    source = custom(replies, "source")
    offer = custom(replies, "offer")
    shown = {source["id"]} if source else set(offer["ids"] if offer else [])
    assert "culture-kpis" in shown, shown

@pytest.mark.parametrize(
    ("question", "lang", "where"),
    [
        ("wanneer wordt mijn salaris gestort deze maand", "nl", "salarisadministratie"),
        ("ik ben mijn wachtwoord van het kassasysteem vergeten", "nl", "IT-servicedesk"),
        ("Waar mag ik mijn fiets parkeren?", "nl", "facilitaire dienst"),
        ("How do I call in sick?", "en", "Report sick"),
        ("how do i submit an expense claim for the taxi", "en", "finance"),
        ("i forgot my password for the staff portal", "en", "IT service desk"),
        # an emergency, whoever it is about (tester round of stop 27: it got the off-topic reply)
        ("een klant is flauwgevallen aan de kassa, wat moet ik doen", "nl", "Bel eerst 112"),
        ("a guest fainted in the lobby", "en", "Call the emergency number"),
        ("de kassa op post 2 blijft crashen", "nl", "IT-servicedesk"),
    ],
)
def test_refuse_work_matters_and_point_where_to_go(chat, stack, question: str, lang: str, where: str) -> None:
    from bot.content.referrals import find_referral, load_referrals
    from bot.storage.insights import InsightsStore

    replies = chat(new_user(), question)
    assert custom(replies, "source") is None and custom(replies, "offer") is None
    assert where in texts(replies)
    topics = any(b["payload"].startswith("/ask_advice") for r in replies for b in r.get("buttons") or [])
    # an emergency (`menu: false` since stop 52) comes without a menu of service topics
    referral = find_referral(question, load_referrals(stack.settings.knowledge_dir))
    assert referral is not None and topics == referral.menu, (referral, replies)
    gaps = InsightsStore(stack.settings.app_db_url).gaps()
    assert any(g.question == question and g.reason == "referred" for g in gaps)  # not "write these next"


@pytest.mark.parametrize(
    ("question", "lang", "where", "referred"),
    [
        # the customer's own matter in a work matter's words: a service question (stop 24)
        ("klant zijn bankpas is geblokkeerd en hij is woedend", "nl", "IT-servicedesk", False),
        ("a guest wants a reimbursement for his ruined dinner", "en", "finance", False),
        # the asker's own matter, with a customer in it: still referred
        ("ik kan niet inloggen op de kassa en er staat een klant te wachten", "nl", "IT-servicedesk", True),
        # two topics: the most specific wins ("password for" over "roster")
        ("I forgot my password for the roster app", "en", "IT service desk", True),
    ],
)
def test_whose_matter_it_is_decides_the_referral(
    chat, question: str, lang: str, where: str, referred: bool
) -> None:
    said = texts(chat(new_user(), question))
    assert (where in said) is referred, said


# Messages on which the coach is unsure: an offer sits between the two calibrated thresholds,
# so which of them is offered moves with every refit. The test takes the first that the
# engine itself (same index, same calibration) offers and checks that REST does exactly that.
UNSURE = {
    "nl": [
        "klant is boos omdat zijn bestelling niet compleet was",
        "een klant zeurt over de prijs",
        "klant wil perse de manager spreken maar die is er vandaag niet",
        "een gast klaagt dat zijn hotelkamer niet schoon was, wat zeg ik tegen hem",
        "een gast klaagt over zijn kamer, wat moet ik doen",
        "de klant wil een terugbetaling maar dat mag ik niet geven",
        "klant is boos omdat zijn bestelling te laat is",
    ],
    "en": [
        "my customer keeps asking for my colleague who is not here",
        "a guest is complaining that her hotel room wasnt cleaned, what should i say to her",
        "how can we give personal service when it is very busy",
        "my cashier handled a tricky refund really well today, how do I let her know",
        "customer unhappy about the price",
    ],
}
PROMPT = {"nl": "Gaat het hierover?", "en": "Is it about one of these?"}


def first_offered(searcher, lang: str) -> tuple[str, list[str]]:
    from bot.content.audience import audience_for
    from bot.content.referrals import load_referrals
    from bot.engine.language import detect_language
    from bot.engine.question import decide_question
    from bot.settings import get_settings

    referrals = load_referrals(get_settings().knowledge_dir)
    for message in UNSURE[lang]:
        if detect_language(message) not in (lang, None):
            continue
        # the articles a new user (no role yet: an employee) is searched among, as the action does
        audience = audience_for(None, message)
        decision, _ = decide_question(searcher, message, lang, audience, referrals)
        if decision.outcome == "offer":
            return message, [r.id for r in decision.results]
    pytest.fail(f"none of the unsure {lang} messages is offered by the engine")


DECLINED = {"nl": "niet goed begrepen", "en": "didn't get you"}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_offer_when_unsure_and_a_pick_answers_and_is_logged(chat, stack, searcher, lang: str) -> None:
    from bot.storage.insights import InsightsStore

    question, engine_ids = first_offered(searcher, lang)
    user = new_user()
    replies = chat(user, question)
    offer = custom(replies, "offer")
    assert offer is not None and custom(replies, "source") is None, texts(replies)
    assert offer["ids"] == engine_ids
    assert PROMPT[lang] in texts(replies)
    buttons = [b for r in replies for b in r.get("buttons") or []]
    assert 2 <= len(buttons) <= 3 and [json.loads(b["payload"].split("/ask_advice", 1)[1])["article_id"]
                                       for b in buttons] == offer["ids"]
    picked = chat(user, buttons[1]["payload"])
    assert custom(picked, "source")["id"] == offer["ids"][1]
    answers = InsightsStore(stack.settings.app_db_url).answers()
    assert any(a.kind == "offer_pick" and a.question == question and a.article_id == offer["ids"][1]
               for a in answers)
    # "nee" / "no" to the same offer, in a new conversation: other words and the topics
    other = new_user()
    chat(other, question)
    declined = chat(other, {"nl": "nee", "en": "no"}[lang])
    assert DECLINED[lang] in texts(declined), texts(declined)
    assert len([b for r in declined for b in r.get("buttons") or []]) >= 3


# Service questions the coach is unsure of (fresh wording, stop 26 testers): refused, and the
# topics shown after "ik weet het niet" start with the nearest articles (stop 27).
REFUSED_NEAR = {
    "nl": [
        "meneer van 80 kan niet overweg met de betaalautomaat",
        "oma staat al 10 min te sukkelen aan de zelfscankassa",
        "iemand van de avondploeg is altijd kortaf tegen klanten, wat doe ik",
        "klant begint te wenen aan de balie",
    ],
    "en": [
        "elderly man confused by the QR menu",
        "customer starts crying at the desk",
        "the new girl on the team is very shy with guests",
    ],
}


def first_refused_near(searcher, lang: str) -> tuple[str, list[str]]:
    """A message of REFUSED_NEAR[lang] the engine refuses for want of certainty, and the ids
    of its nearest articles that suit a new user (no manager's article for one who does not ask
    about leading a team: actions/knowledge.py `topic_buttons`, stop 63)."""
    from actions import knowledge as kb
    from bot.content.referrals import load_referrals
    from bot.engine.question import decide_question
    from bot.settings import get_settings

    referrals = load_referrals(get_settings().knowledge_dir)
    for message in REFUSED_NEAR[lang]:
        decision, _ = decide_question(searcher, message, lang, audience_for("employee", message), referrals)
        suits = audience_for(None, message)
        nearest = [
            r.id for r in decision.nearest
            if suits is None or kb.article(r.id, lang, searcher)[0].audience in suits
        ]
        if decision.outcome == "refuse" and nearest:
            return message, nearest
    pytest.fail(f"the engine refuses none of the {lang} messages with articles near")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_refuse_when_nothing_fits_surely_and_show_the_nearest_topics_first(chat, searcher, lang: str) -> None:
    question, nearest = first_refused_near(searcher, lang)
    replies = chat(new_user(), question)
    assert custom(replies, "offer") is None and custom(replies, "source") is None, texts(replies)
    assert t("dont_know", lang) in texts(replies)
    shown = [json.loads(b["payload"].split("/ask_advice", 1)[1])["article_id"]
             for r in replies for b in r.get("buttons") or []]
    assert shown[: len(nearest)] == nearest and len(set(shown)) == len(shown) <= TOPIC_BUTTONS_MAX
    assert set(shown[len(nearest) :]) <= set(TOPIC_IDS) and len(shown) > len(nearest)  # then standard ones
    picked = chat(new_user(), payloads.advice(nearest[0]))  # a topic button answers with that article
    assert custom(picked, "source")["id"] == nearest[0]


# Off-topic messages: none of these is about serving customers. A stray word may match an
# article ("Champions League" is a metaphor in excellence-as-norm, "koning" in customer-as-
# king), and the offer tried to help with the weather; NLU reads them as out of scope, and a
# confident off-topic reading is not overruled by the knowledge base (actions/advice.py).
OFF_TOPIC = [
    "wat is het weer morgen", "who won the champions league", "wie heeft de champions league gewonnen",
    "heb je een recept voor pannenkoeken", "hoe oud is de koning", "welke film moet ik kijken vanavond",
    "what is bitcoin worth", "wat vind jij van ajax", "wie wint het songfestival dit jaar",
    "hoeveel calorieen zitten er in een banaan", "recommend me a good netflix series",
    "what's the best pizza place in amsterdam", "wat is de koers van de euro vandaag",
    "can you do my homework", "who will win the world cup",
]  # fmt: skip


@pytest.mark.parametrize("text", OFF_TOPIC)
def test_off_topic_messages_get_no_article_and_no_offer(chat, text: str) -> None:
    replies = chat(f"off-{uuid.uuid4().hex[:8]}", text)
    said = " ".join(r.get("text") or "" for r in replies)
    assert not any((r.get("custom") or {}).get("type") in ("offer", "source") for r in replies), replies
    assert "Bron:" not in said and "Source:" not in said, replies
    refusals = (
        "niet mee helpen", "outside what I know", "geen goed antwoord", "don't have a good answer",
        "can't help with that",  # the asker's private affairs (knowledge/referrals.yml, stop 49)
    )  # fmt: skip
    assert any(w in said for w in refusals), replies



# General knowledge framed as the asker's own ("my mate says", "dit jaar"): NLU read these as
# advice before out_of_scope had examples of that kind (stop 24), and the engine answered from a
# stray word ("capital", "jaar"). DIET moves such borderline messages between trainings ("whats
# the capital of australia, my mate says sydney" went out_of_scope in one training and back to
# ask_advice in the next), so this is a measured bound: 5 of 6 got no article when measured.
FRAMED_OFF_TOPIC = [
    "whats the capital of australia, my mate says sydney", "wie wint de eredivisie dit jaar",
    "what's going on with the news about the elections in the US?",
    "my sister reckons the great wall is visible from space, true?", "wie is de beste keeper van belgie",
    "mijn buurman zegt dat de eiffeltoren 500 meter hoog is, klopt dat",
]  # fmt: skip


def test_off_topic_general_knowledge_in_a_personal_frame_mostly_gets_no_article(chat) -> None:
    articled = []
    for text in FRAMED_OFF_TOPIC:
        replies = chat(f"frame-off-{uuid.uuid4().hex[:8]}", text)
        if any((r.get("custom") or {}).get("type") in ("offer", "source") for r in replies):
            articled.append(text)
    assert len(articled) <= 1, articled


@pytest.mark.parametrize(
    "text",
    [
        "mijn manager zegt dat de klant altijd gelijk heeft, klopt dat?",
        "my colleague reckons you should never apologise to a customer, is she right",
    ],
)
def test_a_service_claim_in_the_off_topic_frame_is_still_a_service_question(chat, text: str) -> None:
    """The out_of_scope examples of stop 24 ("my friend says <trivia>, is that true") must not
    take a service question of the same shape: it gets an article or an offer, not a redirect."""
    replies = chat(f"frame-{uuid.uuid4().hex[:8]}", text)
    said = " ".join(r.get("text") or "" for r in replies)
    assert "niet mee helpen" not in said and "outside what I know" not in said, replies
    assert any((r.get("custom") or {}).get("type") in ("offer", "source") for r in replies), replies


# A customer who cannot work a machine (payment terminal, self-scan till, app, QR code) or does
# not speak the language: NLU read such messages as off-topic ("opa lukt het niet om te
# pinnen", 1.0), as starting a self-check ("zelfscan"), as help or as a language switch ("man in
# his 80s struggling with the self checkout"): 8 of 18. Each starts with the person, and the
# actions of those intents answer such a message from the knowledge base (stop 33,
# bot/dialogue/someone_at_work.py).
CUSTOMER_AND_MACHINE = [
    "meneer van 80 kan niet overweg met de betaalautomaat", "mevrouw van 75 snapt de zelfscan niet",
    "opa lukt het niet om te pinnen", "een oudere man krijgt de parkeerautomaat niet aan de praat",
    "jongen spreekt geen nederlands en wil iets terugbrengen", "meneer is doof en verstaat me niet",
    "dame vindt de app te ingewikkeld", "oude man kan zijn pincode niet onthouden",
    "mevrouw van 90 begrijpt de qr code niet", "meneer weet niet hoe de zelfscankassa werkt",
    "bejaarde vrouw kan het formulier niet invullen", "old lady can't work the card machine",
    "man in his 80s struggling with the self checkout", "guy doesnt speak english and wants a refund",
    "elderly man confused by the QR menu", "my older customer keeps pressing the wrong button on the kiosk",
    "woman at the counter cant use the parking app", "grandpa doesnt get how contactless payment works",
]  # fmt: skip


@pytest.mark.parametrize("text", CUSTOMER_AND_MACHINE)
def test_a_customer_who_cannot_work_a_machine_is_a_service_question(chat, text: str) -> None:
    """Answered, offered, or "I don't know" with the nearest topics: never "not what I'm for",
    a self-check, the help menu or a language switch."""
    replies = chat(new_user(), text)
    said = texts(replies)
    kinds = {(r.get("custom") or {}).get("type") for r in replies}
    refused = t("dont_know", "nl") in said or t("dont_know", "en") in said
    assert kinds & {"source", "offer"} or refused, replies


# Staff who say they feel unsafe (tester round of stop 32): NLU read "ik voel me niet veilig" as
# deny ("Geen probleem. Ik ben er als je me nodig hebt."), "I don't feel safe" as stop and "I
# don't feel safe at work anymore" and "ik durf niet meer naar mijn werk" as off-topic. Whatever
# NLU reads, the coach says what to do now (knowledge/referrals.yml, topic `unsafe`) and gives
# the article on customers who cross the line (stop 34).
FEELS_UNSAFE = [
    ("ik voel me niet veilig", "nl"), ("ik voel me niet veilig bij die klant", "nl"),
    ("ik durf niet meer naar mijn werk", "nl"), ("ik voel me onveilig", "nl"),
    ("nee, ik voel me echt niet veilig", "nl"), ("ik werd vandaag bedreigd door een klant", "nl"),
    ("I don't feel safe", "en"), ("I don't feel safe at work anymore", "en"),
    ("i dont feel safe with this customer", "en"), ("I'm scared of him, he keeps coming back", "en"),
    # the tester round of stop 34: NLU read the first as a greeting, the second as a no
    ("hij heeft me bedreigd", "nl"), ("ik voel me niet veilg", "nl"), ("they threatened me", "en"),
    ("k voel mij hier ni veilig", "nl"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang"), FEELS_UNSAFE)
def test_staff_who_feel_unsafe_get_what_to_do_and_the_article(chat, stack, text: str, lang: str) -> None:
    from bot.content.referrals import load_referrals

    unsafe = next(r for r in load_referrals(stack.settings.knowledge_dir) if r.id == "unsafe")
    replies = chat(new_user(), text)
    said = texts(replies)
    assert unsafe.where[lang] in said, replies
    assert (custom(replies, "source") or {}).get("id") == unsafe.article, replies


# A "no" or "yes" that tells a situation in two or more words no yes, no or thanks uses is a
# question; a plain one keeps its short reply (actions/yes_no.py, `tells_a_situation`).
@pytest.mark.parametrize("text", ["ik voel me niet goed na dat gesprek"])
def test_a_no_that_tells_a_situation_is_answered(chat, text: str) -> None:
    replies = chat(new_user(), text)
    assert custom(replies, "source") is not None, replies


@pytest.mark.parametrize("text", ["nee dank je", "nee hoor", "nee niet echt", "no thanks", "nah i'm good"])
def test_a_plain_no_keeps_its_short_reply(chat, text: str) -> None:
    replies = chat(new_user(), text)
    assert custom(replies, "source") is None and custom(replies, "offer") is None, replies
    said = texts(replies)
    assert "Geen probleem" in said or "No problem" in said, replies


@pytest.mark.parametrize("text", ["ik wil niet verder met de vragenlijst", "end the self-check now pls"])
def test_stopping_a_self_check_never_starts_one(chat, text: str) -> None:
    user = new_user()
    chat(user, "/start_selfcheck")
    replies = chat(user, text)
    assert not any(
        b["payload"].startswith("/start_selfcheck") or b["payload"].startswith("/selfcheck_answer")
        for r in replies for b in r.get("buttons") or []
    ), replies


def misclassified(stack, path: Path) -> tuple[int, list[tuple[str, str, str]]]:
    """Parse every message of an NLU set (YAML list of {text, intent}) with the stack's real Rasa
    server (POST /model/parse). Returns (number of messages, [(text, expected, predicted)] wrong)."""
    rows = yaml.safe_load(path.read_text(encoding="utf-8"))
    wrong = []
    with httpx.Client(base_url=stack.settings.rasa_url, timeout=30) as client:
        for row in rows:
            answer = client.post(  # Rasa's HTTP API takes the stack's token
                "/model/parse", params={"token": stack.api_token}, json={"text": row["text"]}
            )
            intent = answer.raise_for_status().json()["intent"]["name"]
            if intent != row["intent"]:
                wrong.append((row["text"], row["intent"], intent))
    return len(rows), wrong


def test_intent_accuracy_on_informal_held_out_messages(stack) -> None:
    """Issue 9.4: >= 0.95 on the informal held-out set (tuning set: its confusions guided the
    NLU examples added by kind, never its messages)."""
    total, wrong = misclassified(stack, HELDOUT)
    assert total >= 40
    print(f"nlu_heldout accuracy {1 - len(wrong) / total:.3f}", wrong)
    assert 1 - len(wrong) / total >= 0.95, wrong


def test_intent_accuracy_on_informal_blind_messages(stack) -> None:
    """Issue 9.4: the second, blind set (tests/data/nlu_blind.yml, never used to choose training
    examples) measures generalisation. Reached: 0.930 (53/57) before issue 9.4's fix and after it
    (work questions and the small-talk guard; docs/answer-quality.md); 0.912 with the +258 examples
    that were taken back. Floor 0.91: one message of margin, as DIET moves by one or two between
    trainings on different data."""
    total, wrong = misclassified(stack, HELDOUT.with_name("nlu_blind.yml"))
    assert total >= 40
    print(f"nlu_blind accuracy {1 - len(wrong) / total:.3f}", len(wrong))
    assert 1 - len(wrong) / total >= 0.91, wrong


# Intents that answer without looking at the message's content (a greeting, a goodbye, "Geen
# probleem", a language switch, the help text, a self-check step). ask_advice, out_of_scope,
# ask_coaching_tip and nlu_fallback all read the question (knowledge, referrals or the tip
# topic), so they may take a real question.
CHITCHAT = {
    "affirm", "deny", "greet", "goodbye", "thank", "bot_challenge", "help", "set_language", "stop",
    "start_selfcheck", "selfcheck_answer", "show_results", "team_results", "feedback",
}
SMALL_TALK_SHARE = 0.03  # measured 8 of 437 (1.8%; 7 without the e5 featurizer); 27 (6.2%) before 9.4's fix
QUESTION_SETS = [
    Path(__file__).resolve().parents[2] / p for p in ("tests/data/devset.yml", "benchmarks/data/checkset.yml")
]


def parse(client: httpx.Client, stack, text: str) -> dict:
    """Rasa's real NLU result for one message: {"name", "confidence"} of the top intent."""
    answer = client.post("/model/parse", params={"token": stack.api_token}, json={"text": text})
    return answer.raise_for_status().json()["intent"]


def test_real_questions_are_not_taken_for_small_talk(stack) -> None:
    """Every question of the dev and blind sets (customer situations and work matters, 437
    messages) is a question, yet some landed on an intent that ignores the content: "mijn
    loonstrook klopt niet" read as deny, "hoeveel vakantiedagen heb ik nog" as goodbye: 27 of
    437 (6.2%) before issue 9.4's fix. Fixed by kind with the small-talk guard in config.yml
    (bot/dialogue/small_talk_guard.py; docs/answer-quality.md): SMALL_TALK_SHARE measured."""
    questions = [
        row["q"] for path in QUESTION_SETS for row in yaml.safe_load(path.read_text(encoding="utf-8"))
    ]
    taken = []
    with httpx.Client(base_url=stack.settings.rasa_url, timeout=30) as client:
        for text in questions:
            intent = parse(client, stack, text)
            if intent["name"] in CHITCHAT and intent["confidence"] >= 0.45:  # below: nlu_fallback
                taken.append((text, intent["name"]))
    assert len(questions) >= 400
    assert len(taken) / len(questions) <= SMALL_TALK_SHARE, taken


# Two words small talk never uses are below the guard's min_unknown (3), so DIET decides, and
# its reading of these short questions moves between trainings (3 to 6 of 19 measured). What
# the user sees does not: test_everyday_work_questions_get_no_small_talk_reply, below.
WORK_QUESTIONS_AS_SMALL_TALK = 6


def test_everyday_work_questions_are_mostly_not_small_talk(stack) -> None:
    """Pay, leave, rosters, IT, expenses, keys, parking, facilities, in both languages (none in
    the training data, the dev or the blind sets): DIET and the guard together keep most of
    them questions (docs/answer-quality.md, "Intents")."""
    with httpx.Client(base_url=stack.settings.rasa_url, timeout=30) as client:
        intents = {q: parse(client, stack, q) for q in WORK_QUESTIONS}
    taken = {q: i["name"] for q, i in intents.items() if i["name"] in CHITCHAT and i["confidence"] >= 0.45}
    print(f"work questions taken for small talk: {len(taken)} of {len(WORK_QUESTIONS)}", taken)
    assert len(taken) <= WORK_QUESTIONS_AS_SMALL_TALK, taken


def test_short_answers_keep_their_small_talk_intents(stack) -> None:
    """The guard leaves what small talk says in its own words: "ja hoor", "nee dank je", "4",
    "helemaal mee eens" keep their intents, so a self-check goes on (tests/e2e/test_selfcheck_e2e.py)."""
    with httpx.Client(base_url=stack.settings.rasa_url, timeout=30) as client:
        intents = {text: parse(client, stack, text)["name"] for text in SHORT_ANSWERS}
    assert {t: i for t, i in intents.items() if i not in CHITCHAT} == {}


# The replies of the intents that ignore the message's words (domain.yml and the catalogue).
SMALL_TALK_REPLIES = ("Succes vandaag", "Good luck out there", "Graag gedaan", "You're welcome",
                      "Geen probleem", "No problem", "Mooi. Stel je vraag", "Great. Ask me",
                      "Ik ben een bot", "I'm a bot", "Hoi! Ik ben je servicecoach", "Hi! I'm your")


@pytest.mark.parametrize("question", WORK_QUESTIONS)
def test_everyday_work_questions_get_no_small_talk_reply(chat, question: str) -> None:
    """Whatever intent NLU gives an everyday work question (five still land on small talk,
    above), the reply is never a small-talk one: a work matter of knowledge/referrals.yml gets
    where to go (actions/small_talk.py, actions/base.py `answering_work_matters_first`)."""
    from actions import knowledge as kb
    from bot.engine.language import detect_language

    said = texts(chat(new_user(), question))
    assert not [r for r in SMALL_TALK_REPLIES if r in said], said
    referral = kb.referral_for(question)
    if referral is not None:
        assert referral.where[detect_language(question) or "nl"] in said, said


def test_intent_accuracy_on_the_fresh_nlu_dev_set(stack) -> None:
    """tests/data/nlu_dev2.yml: 60 informal messages written later by someone who never read
    the NLU data (every intent, short work questions as ask_advice). Measured 0.900 (6 of 60:
    two short work questions, "pause the quiz", "mag ik zelf een korting geven", a race, "that
    didnt help"; the actions handle the first four by their words); 0.917 with the e5
    featurizer (the race is out_of_scope). The bound allows a message or two of DIET's drift
    between trainings."""
    total, wrong = misclassified(stack, HELDOUT.with_name("nlu_dev2.yml"))
    assert total >= 60
    print(f"nlu_dev2 accuracy {1 - len(wrong) / total:.3f}", wrong)
    assert 1 - len(wrong) / total >= 0.86, wrong
