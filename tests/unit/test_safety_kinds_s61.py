"""Stop 61 (tester round): safety, referrals and work matters, by kind.

1. Someone present who does not respond ("hij reageert niet meer als ik hem aanspreek", "meneer
   zit op een stoel en reageert nergens op") is an emergency: a person, not responding, and a
   cue of presence or the body (spoken to, shaken, sitting, staring). A bare "hij reageert niet"
   stays none (a customer who does not answer mail reads the same), and so do mail, a device,
   confronting someone about their conduct ("aanspreken op zijn gedrag") and being ignored.
2. Whether to report an unusual transaction or a suspicion ("een klant wil 10.000 euro opnemen,
   moet ik dat melden?") gets `report_suspicion` (the organisation's procedure, the manager or the
   compliance officer), not the `unsafe` line; a scam keeps `customer_scam`, a threat `unsafe`.
3. A misspelled customer ("customr", "klnat", "costumer", "klnt") is a customer for the referrals
   (bot/content/referrals.py `served_spelled`); a customer who says another source shows other
   opening hours gets `customer_asks_facts`, not the asker's own roster (another price stays a
   service question).
4. A parts question without a model ("hoeveel niveaus zijn er", "welke lagen zijn er") is
   answered with the only model that has such parts; a part word of any model ("welke stappen
   zijn er") is offered the overviews (bot/engine/question.py `decide_by_parts`).
5. The scam line comes without the menu of service topics (`service_menu: false`), and a service
   question told beside it is still answered.
Real referrals, the real search and the real actions.
"""

from __future__ import annotations

import pytest

from actions.advice import ActionOutOfScope
from actions.help import ActionHelp
from bot.content.referrals import ReferralError, parse_referrals, served_spelled
from bot.dialogue.topic_request import parts_without_a_model
from bot.engine.decision import plain_matter
from bot.i18n import t
from tests.unit.replies import said, source_id
from tests.unit.test_referrals_s55b import BY_ID, topic_of, topics_of
from tests.unit.turns import new_sender, turn

pytestmark = pytest.mark.usefixtures("own_app_db")


def offered(messages: list[dict]) -> list[str]:
    """The ids of an offer ("Gaat het hierover?"), [] without one."""
    found = [m["custom"] for m in messages if (m.get("custom") or {}).get("type") == "offer"]
    return list(found[0]["ids"]) if found else []


# -- 1. someone present who does not respond --------------------------------------------------------

NOT_RESPONDING = [
    # the tester's
    "hij reageert niet meer als ik hem aanspreek",
    "de klant is niet aanspreekbaar",
    "meneer zit op een stoel en reageert nergens op",
    "she's not responding when I talk to her",
    # more of the kind: Dutch, Flemish, chat spelling, English
    "ze reageert niet als ik haar aanspreek",
    "meneer reageert niet meer als ik tegen hem praat",
    "de klant reageert niet meer, ik heb hem al aangesproken en aan zijn schouder geschud",
    "mevrouw zit op een bankje en reageert niet",
    "klant staart voor zich uit en reageert niet meer",
    "mevrouw is nie aanspreekbaar",
    "ne vent zit op de grond en reageert nergens op",
    "he's not responding when I talk to him",
    "the customer doesn't respond when I speak to her",
    "a guest is sitting in a chair and not responding",
    "the old man isn't responding, he's just staring",
    "the lady won't wake up",
]
NOT_AN_EMERGENCY = [
    "hij reageert niet",
    "hij reageert niet meer",
    "de klant reageert nergens op",
    "de klant reageert nergens op, ik heb al drie keer gemaild",
    "klant reageert niet op mijn mail",
    "de klant reageert niet op mijn vraag",
    "de klant reageert niet meer op mijn voorstel",
    "de kassa reageert niet",
    "het scherm reageert niet meer als ik erop druk",
    "he doesn't respond to my emails",
    "the customer is not responding to my emails",
    "she's not responding to my texts",
    "the till is not responding",
    "my screen is not responding when I touch it",
    "the app isn't responding when i tap it",
    "klant reageert niet als ik hem aanspreek op zijn gedrag",
    "collega reageert niet als ik hem aanspreek op zijn gedrag",
    "de klant reageert niet als ik hem aanspreek, hij negeert me gewoon",
    "he doesn't respond when I talk to him about his behaviour",
]


@pytest.mark.parametrize("text", NOT_RESPONDING)
def test_someone_present_who_does_not_respond_gets_the_112_line(text: str) -> None:
    assert topic_of(text) == "emergency", text


@pytest.mark.parametrize("text", NOT_AN_EMERGENCY)
def test_no_answer_to_mail_a_device_or_being_ignored_is_no_emergency(text: str) -> None:
    assert "emergency" not in topics_of(text), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [("hij reageert niet meer als ik hem aanspreek", "nl"),
     ("she's not responding when I talk to her", "en")],
)  # fmt: skip
def test_the_coach_says_call_112_for_someone_who_does_not_respond(text: str, lang: str) -> None:
    messages, _ = turn(text, lang, [], new_sender())
    assert said(messages).startswith(BY_ID["emergency"].where[lang])


# -- 2. whether to report an unusual transaction or a suspicion -----------------------------------------

REPORT = [
    # the tester's
    "een klant wil 10.000 euro opnemen, moet ik dat melden?",
    # more of the kind
    "een klant wil 10.000 euro opnemen, moet ik dat doorgeven?",
    "klant wil 15000 cash storten, moet ik dat aangeven?",
    "mevrouw wil 20.000 euro contant overmaken naar het buitenland, moet ik dat melden",
    "een klant betaalt elke week 9000 euro cash, wat is de procedure?",
    "klnt wil 12.000 euro afhalen, moet ik da melden",
    "a customer wants to withdraw 10,000 euros, do I have to report this?",
    "a guest wants to pay 12000 in cash, should I report it?",
    "customer deposits large amounts of cash every week, do i need to flag it?",
    "moet ik een ongebruikelijke transactie melden?",
    "ik zie een verdachte transactie, moet ik dat melden?",
    "how do I report a suspicious transaction?",
]
SCAM_OR_THREAT = [
    ("een meneer aan de balie wil 5000 euro cash opnemen en zegt dat de bank hem gebeld heeft, moet ik dat "
     "melden?", "customer_scam"),
    ("an old man wants to transfer 4000 euros, he says the bank called him, should I report it?",
     "customer_scam"),
    ("klnt wil 5000 euro opneme en zegt dat de bank hem gebeld heeft", "customer_scam"),
    ("een klant bedreigde me, moet ik dat melden?", "unsafe"),
    ("een klant dreigde me te slaan omdat hij zijn geld niet kon opnemen, moet ik dat melden?", "unsafe"),
    ("a customer threatened me, should I report it?", "unsafe"),
]  # fmt: skip
NOT_REPORT = [
    "klant wil een groot bedrag cash opnemen, hoe ga ik daarmee om",
    "a customer wants to withdraw a large amount, what's the limit?",
    "klant denkt dat onze factuur fraude is",
    "klant klaagt over een dubbele betaling, moet ik dat melden?",
    "mijn collega neemt geld uit de kassa, moet ik dat melden?",
    "een klant is gevallen, moet ik dat melden?",
]


@pytest.mark.parametrize("text", REPORT)
def test_whether_to_report_a_transaction_gets_the_procedure_line(text: str) -> None:
    assert topic_of(text) == "report_suspicion", text


@pytest.mark.parametrize(("text", "topic"), SCAM_OR_THREAT)
def test_a_scam_or_a_threat_keeps_its_own_line(text: str, topic: str) -> None:
    assert topic_of(text) == topic, text
    assert "report_suspicion" not in topics_of(text), text


@pytest.mark.parametrize("text", NOT_REPORT)
def test_a_plain_withdrawal_a_complaint_or_a_colleague_is_no_report_question(text: str) -> None:
    assert "report_suspicion" not in topics_of(text), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [("een klant wil 10.000 euro opnemen, moet ik dat melden?", "nl"),
     ("a customer wants to withdraw 10,000 euros, do I have to report this?", "en")],
)  # fmt: skip
def test_the_coach_points_to_the_procedure_not_to_ones_own_safety(text: str, lang: str) -> None:
    messages, _ = turn(text, lang, [], new_sender())
    assert t("referral", lang, where=BY_ID["report_suspicion"].where[lang]) in said(messages)
    assert BY_ID["unsafe"].where[lang] not in said(messages)
    assert source_id(messages) is None


def test_the_report_line_is_a_plain_matter_that_names_the_procedure() -> None:
    report = BY_ID["report_suspicion"]
    assert plain_matter(report)
    assert "compliance officer" in report.where["nl"] and "compliance officer" in report.where["en"]
    assert "procedure" in report.where["nl"] and "procedure" in report.where["en"]


# -- 3. a misspelled customer ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "read"),
    [("customr", "customer"), ("custmer", "customer"), ("costumer", "customer"), ("cutsomer", "customer"),
     ("Customr", "customer"), ("costumers", "customers"), ("klnat", "klant"), ("kalnt", "klant"),
     ("klamt", "klant"), ("klnt", "klant"), ("klnaten", "klanten")],
)  # fmt: skip
def test_a_misspelled_customer_is_read_as_the_word(typed: str, read: str) -> None:
    assert served_spelled(f"de {typed} zegt") == f"de {read} zegt"


@pytest.mark.parametrize(
    "text", ["de kant van de kassa", "een mooie klank", "a costume at customs", "Klant en klanten", "de klan"]
)
def test_real_words_near_customer_stay_as_they_are(text: str) -> None:
    assert served_spelled(text) == text


CUSTOMER_FACTS = [
    # the tester's
    "customr says google shows other hours",
    # more of the kind: the customer misspelled, or telling of another source
    "customer says google shows other hours",
    "customr says google shows other opening hours",
    "costumer asks about our opening hours",
    "klnat vraagt naar de openingstijden",
    "custmer asks what time we open on sunday",
    "cutsomer wants to know the price of the lamp",
    "kalnt vraagt wat de prijs is",
    "klamt zegt dat google andere openingsuren toont",
    "klant zegt dat de openingstijden op de website niet kloppen",
    "a costumer told me the website has different opening times",
    "klnt zegt dat op de folder andere openingsuren staan",
]
OWN_OR_SERVICE = [
    ("what are our opening hours", "rosters"),
    ("tot hoe laat zijn we open op zondag", "rosters"),
    ("our website shows the wrong opening hours, who do I tell", "rosters"),
    ("klnt zijn bankpas is geblokkeerd", None),
    ("a custmer wants a reimbursement", None),
    ("klant is boos want op google staan andere openingstijden", None),
    ("customer says on google that our service is bad", None),
    ("a costumer told me the website has different prices", None),  # price-objection (stop 60)
    ("klnt zegt dat op de folder een andere prijs staat", None),
    ("de kant van de kassa is kapot", "it"),
]


@pytest.mark.parametrize("text", CUSTOMER_FACTS)
def test_a_customers_question_about_our_facts_is_no_roster_question(text: str) -> None:
    assert topic_of(text) == "customer_asks_facts", text


@pytest.mark.parametrize(("text", "topic"), OWN_OR_SERVICE)
def test_the_askers_own_hours_and_a_customers_service_matter_stay(text: str, topic: str | None) -> None:
    assert topic_of(text) == topic, text


def test_the_coach_gives_the_facts_line_to_a_misspelled_customer() -> None:
    messages, _ = turn("customr says google shows other hours", "en", [], new_sender())
    assert said(messages).startswith(BY_ID["customer_asks_facts"].where["en"])
    assert BY_ID["rosters"].where["en"] not in said(messages)


# -- 4. a parts question without a model -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kinds"),
    [("hoeveel niveaus zijn er", ("levels",)), ("welke lagen zijn er?", ("levels",)),
     ("hoeveel nivos zijn er ook alweer?", ("levels",)), ("wlke lagen zijn er", ("levels",)),
     ("hoeveel treden zijn er", ("levels",)), ("how many levels are there", ("levels",)),
     ("which layers are there", ("levels",)), ("hoeveel principes zijn er", ("principles",)),
     ("welke shifts zijn er", ("shifts",)), ("welke stappen zijn er", ()), ("how many parts are there", ()),
     ("hoeveel stappen heeft het model", ())],
)  # fmt: skip
def test_a_parts_question_without_a_model_names_its_kinds(text: str, kinds: tuple[str, ...]) -> None:
    assert parts_without_a_model(text) == kinds


@pytest.mark.parametrize(
    "text",
    ["welke niveaus heeft de piramide?", "hoeveel levels heeft candy crush", "hoeveel lagen heeft een taart",
     "welke stappen moet ik zetten om piloot te worden", "welke shifts heb ik volgende week", "hoe gaat het"],
)  # fmt: skip
def test_a_named_model_or_another_thing_is_no_parts_question_without_a_model(text: str) -> None:
    assert parts_without_a_model(text) is None


@pytest.mark.parametrize(
    ("text", "lang", "article_id"),
    [("hoeveel niveaus zijn er", "nl", "pyramid"), ("welke lagen zijn er", "nl", "pyramid"),
     ("how many layers are there again?", "en", "pyramid"),
     ("hoeveel principes zijn er", "nl", "overview-principles"),
     ("hoeveel treden zijn er", "nl", "pyramid")],
)  # fmt: skip
def test_it_is_answered_with_the_only_model_with_such_parts(text: str, lang: str, article_id: str) -> None:
    messages, _ = turn(text, lang, [], new_sender(), action=ActionOutOfScope, intent="out_of_scope",
                       confidence=0.999)  # fmt: skip
    assert source_id(messages) == article_id


def test_a_bare_levels_question_read_as_help_is_answered_too() -> None:
    messages, _ = turn("hoeveel niveaus zijn er", "nl", [], new_sender(), action=ActionHelp, intent="help")
    assert source_id(messages) == "pyramid"


@pytest.mark.parametrize(
    ("text", "lang"), [("welke stappen zijn er", "nl"), ("how many steps are there", "en")]
)
def test_a_part_word_of_any_model_is_offered_the_candidates(text: str, lang: str) -> None:
    messages, _ = turn(text, lang, [], new_sender(), action=ActionOutOfScope, intent="out_of_scope",
                       confidence=0.999)  # fmt: skip
    assert set(offered(messages)) == {"pyramid", "overview-principles", "overview-shifts"}


def test_other_levels_and_the_bare_steps_question_keep_their_reply() -> None:
    refused, _ = turn("hoeveel levels heeft candy crush", "nl", [], new_sender(), action=ActionOutOfScope,
                      intent="out_of_scope", confidence=0.999)  # fmt: skip
    assert source_id(refused) is None and not offered(refused)
    helped, _ = turn("wat zijn de stappen", "nl", [], new_sender(), action=ActionHelp, intent="help")
    assert source_id(helped) is None and not offered(helped) and said(helped)


# -- 5. the scam line without the menu ------------------------------------------------------------------

SCAM = {
    "nl": "een meneer aan de balie wil 5000 euro cash opnemen en zegt dat de bank hem gebeld heeft",
    "en": "an old man wants to transfer 4000 euros, he says the bank called him",
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_scam_line_comes_without_the_menu_of_service_topics(lang: str) -> None:
    messages, _ = turn(SCAM[lang], lang, [], new_sender())
    assert said(messages) == BY_ID["customer_scam"].where[lang]
    assert not any(m.get("buttons") for m in messages)
    assert t("refuse_topics", lang) not in said(messages)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("ik denk dat een klant wordt opgelicht, hoe houd ik de wachtende klanten in de rij rustig?", "nl"),
     ("ik denk dat een klant wordt opgelicht, hoe blijf ik vriendelijk tegen de klant terwijl ik mijn "
      "leidinggevende haal?", "nl"),
     ("i think an elderly customer is being scammed, how do I keep the other customers in the queue calm "
      "while I wait?", "en")],
)  # fmt: skip
def test_a_service_question_beside_the_scam_is_still_answered(text: str, lang: str) -> None:
    messages, _ = turn(text, lang, [], new_sender())
    assert said(messages).startswith(BY_ID["customer_scam"].where[lang])
    assert source_id(messages) is not None


def test_a_plain_matter_keeps_its_menu() -> None:
    messages, _ = turn("mijn loonstrook klopt niet", "nl", [], new_sender())
    assert t("refuse_topics", "nl") in said(messages)


def test_service_menu_is_true_or_false_and_keeps_the_topic_plain() -> None:
    text = (
        "version: 1\ntopics:\n  - id: a\n    service_menu: nee\n    words: {nl: [x], en: [y]}\n"
        "    where: {nl: z, en: z}\n"
    )
    with pytest.raises(ReferralError, match="service_menu"):
        parse_referrals(text)
    scam = BY_ID["customer_scam"]
    assert not scam.service_menu and scam.menu and plain_matter(scam)
    assert BY_ID["pay"].service_menu and BY_ID["sick"].service_menu
