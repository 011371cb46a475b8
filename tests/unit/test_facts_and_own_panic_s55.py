"""Stop 55: a customer who asks a fact of the organisation's own (opening hours above all, a
price, a delivery time, stock) gets an honest referral (`customer_asks_facts` in
knowledge/referrals.yml) instead of unrelated service articles; the asker's own panic attack
gets a line of its own (`own_panic`); and a key given twice in referrals.yml is reported by
`knowledge check` instead of YAML silently keeping the last one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from actions.advice import ActionAnswerAdvice
from bot.cli.main import main as cli
from bot.content.referrals import (
    ReferralError,
    find_referral,
    find_referrals,
    load_referrals,
    parse_referrals,
)
from bot.content.validation import check_referrals
from tests.unit.replies import after, run, scale_buttons, start

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"
REFERRALS = load_referrals(KNOWLEDGE)
BY_ID = {r.id: r for r in REFERRALS}


def topic_of(text: str) -> str | None:
    found = find_referral(text, REFERRALS)
    return found.id if found else None


# -- a customer asks a fact of the organisation's own ------------------------------------------

CUSTOMER_ASKS_A_FACT = [
    # the two of the brief, and the price
    "klant vraagt hoe laat de winkel open gaat op zondag",
    "een klant wil weten of we open zijn op tweede kerstdag",
    "klant vraagt wat een knipbeurt kost",
    # opening and closing hours, holidays, other places and people served
    "klant vraagt: zijn jullie zondag open?",
    "een klant belt en wil weten tot hoe laat we vandaag open zijn",
    "klant vroeg of we met pasen open zijn",
    "klanten vragen steeds naar onze openingstijden met kerst, waar vind ik die",
    "de klant vraagt hoe laat we dichtgaan",
    "gast wil weten wanneer het zwembad sluit",
    "een gast vraagt hoe laat het ontbijt is",
    "patiënt vraagt hoe laat de poli dicht gaat",
    "bezoeker vraagt wanneer het bezoekuur is",
    "een lid vraagt tot hoe laat de sportschool open is",
    # Flemish
    "ne klant vraagt tot hoe laat we open zijn",
    "nen klant vraagt of we zaterdag open zijn, weet ik ni",
    "klant vraagt wat de openingsuren zijn tijdens de feestdagen",
    # prices, delivery, stock, what a product is like
    "klant vraagt hoeveel een kamer per nacht kost",
    "klant vraagt wat het tarief is voor een verhuisbus",
    "mevrouw vraagt wat de verzendkosten zijn",
    "klant vraagt hoe lang de levertijd is",
    "klant vraagt of de schoenen in maat 44 op voorraad zijn",
    "klant wil weten of de tent waterdicht is",
    "meneer vraagt hoe lang de garantie op de wasmachine is",
    "gast vraagt of er nog een kamer vrij is",
    # English
    "customer asks what time we open on sunday",
    "a guest wants to know if we're open on boxing day",
    "customer asked if we're open on easter monday",
    "a customer asks when we close tonight",
    "a patient asks what the visiting hours are",
    "a customer asks how much a haircut costs",
    "caller asks how much the annual subscription costs",
    "customer asks what the delivery time is for a sofa",
    "a customer asks whether the sofa is in stock",
    "customer wants to know if the jacket is waterproof",
    "customer asks if we have this in another size",
    # someone who asks is not in the served-person list of the other topics
    "someone asked if we are open on new year's day",
]


@pytest.mark.parametrize("text", CUSTOMER_ASKS_A_FACT)
def test_a_customer_asking_a_fact_gets_the_honest_referral(text: str) -> None:
    assert topic_of(text) == "customer_asks_facts"


def test_the_fact_line_says_it_does_not_know_where_to_look_and_what_to_tell_the_customer() -> None:
    facts = BY_ID["customer_asks_facts"]
    # said on its own, with the menu of service topics after it; the customer's matter, not an
    # emergency that goes ahead of everything
    assert not facts.intro and facts.menu and not facts.anyone and facts.article is None
    nl, en = facts.where["nl"], facts.where["en"]
    for part in ("Openingstijden", "prijzen", "ken ik niet", "website", "intranet", "prijslijst",
                 "kassasysteem", "collega", "leidinggevende", "nakijkt", "meteen bij hem op terug"):
        assert part in nl, part
    for part in ("I don't know", "opening hours", "prices", "website", "intranet", "price list",
                 "till system", "colleague", "manager", "you'll check", "come back to them straight away"):
        assert part in en, part


SERVICE_QUESTIONS_ABOUT_FACTS = [
    # the brief's
    "klant is boos omdat we op zondag dicht zijn",
    "klant vindt onze openingstijden belachelijk",
    "customer is upset we closed early",
    "klant vindt het te duur",
    "how do I explain our prices to a customer",
    "klant klaagt over de levertijd",
    "klant vraagt om korting",
    "klant vraagt naar de manager",
    # a reason, a better price, money back, how to deal with it
    "klant vraagt waarom we op zondag dicht zijn",
    "customer asks why our prices went up",
    "klant vraagt of hij korting krijgt als hij er twee koopt",
    "klant vraagt of het goedkoper kan",
    "klant vraagt een vergoeding voor de vertraagde levering",
    "the customer asks for reimbursement of the delivery costs",
    "customer asked for a discount because the delivery was late",
    "klant vraagt me steeds naar de prijs en koopt dan niks, hoe ga ik daarmee om",
    "klant zegt dat we woekerprijzen vragen",
    "klant vraagt wat de prijs is van een fles wijn en wordt boos",
    "customer is angry that we close at 5 and asks to speak to the manager",
    "a guest at our campsite asked if she could check out three hours late for free, our policy says no",
    # "laten", not "laat"; the time of day; a request, not a fact
    "de aanvraag van ne meneer duurt nog efkes, hoe laat ik hem da weten zonder da hij ontploft",
    "klant vraagt hoe laat het is",
    "klant vraagt of ik de deur open kan houden",
    "customer asks me to open the door",
    "a customer asks how much longer the wait is",
    "klant vraagt of hij een abonnement kan afsluiten",
]


@pytest.mark.parametrize("text", SERVICE_QUESTIONS_ABOUT_FACTS)
def test_a_customer_upset_about_a_fact_or_asking_for_a_better_deal_is_a_service_question(text: str) -> None:
    assert topic_of(text) != "customer_asks_facts"


@pytest.mark.parametrize(
    ("text", "topic"),
    [  # an allergen and a medicine keep their own lines
        ("klant vraagt of er gluten in het brood zitten", "food_safety"),
        ("klant vraagt of de taart glutenvrij is", "food_safety"),
        ("a customer asks if the bread is gluten free", "food_safety"),
        ("klant wil weten of er noten in de saus zitten", "food_safety"),
        ("klant vraagt of hij ibuprofen mag nemen", "medical"),
        ("klant vraagt of hij zijn medicijnen mag combineren met alcohol", "medical"),
        # the asker's own opening hours, and a price asked without a customer
        ("hoe laat gaat de winkel open op zondag", "rosters"),
        ("ik wil weten hoe laat we open zijn op zondag", "rosters"),
        ("zijn we open op 2e paasdag", "rosters"),
        ("wat kost een knipbeurt", "product_facts"),
    ],
)
def test_other_topics_keep_their_own_facts(text: str, topic: str) -> None:
    assert topic_of(text) == topic


def test_a_matter_of_ones_own_beside_the_customers_question_is_named_too() -> None:
    text = "klant vraagt hoe laat we open zijn, mijn wachtwoord werkt niet"
    named = [r.id for r in find_referrals(text, REFERRALS)]
    assert named[0] == "customer_asks_facts" and "it" in named, named  # the customer's, before `rosters`


def tracker_reply(text: str, lang: str) -> list[dict]:
    """The coach's reply to `text` as a new question (the real index and decision)."""
    return run(ActionAnswerAdvice(), text, "ask_advice", lang)


@pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py
@pytest.mark.parametrize(
    ("text", "lang"),
    [("klant vraagt hoe laat de winkel open gaat op zondag", "nl"),
     ("een klant wil weten of we open zijn op tweede kerstdag", "nl"),
     ("a customer asks how much a haircut costs", "en")],
)  # fmt: skip
def test_the_coach_says_the_fact_line_not_unrelated_articles(text: str, lang: str) -> None:
    """Before stop 55 these were offered "Gastvrijheid als houding" and "Klantintimiteit"."""
    messages = tracker_reply(text, lang)
    assert messages[0]["text"] == BY_ID["customer_asks_facts"].where[lang]  # no offer of articles
    assert any(m.get("buttons") for m in messages[1:])  # then the menu of service topics


# -- the asker's own panic attack ----------------------------------------------------------

OWN_PANIC = [
    # the brief's
    "ik denk dat ik een paniekaanval krijg",
    "I think I'm having a panic attack",
    "ik krijg geen adem meer van de stress, ik zit te trillen op de wc",
    "mijn hart gaat tekeer en ik krijg paniek achter de kassa",
    # Dutch, in other words and word orders
    "ik krijg een paniekaanval",
    "ik krijg echt een paniekaanval, wat moet ik doen",
    "ik denk dat ik een paniekaanval heb",
    "ik zit midden in een paniekaanval op het werk",
    "ik voel een paniekaanval opkomen",
    "een klant bedreigde me en nu krijg ik een paniekaanval",
    "wat doe ik als ik een paniekaanval krijg bij een klant",
    "ik hyperventileer",
    "ik zit te hyperventileren in het magazijn",
    "ik krijg een angstaanval",
    "mijn hart bonkt en ik ben zo gestrest",
    "ik tril helemaal van de stress en ik krijg geen lucht",
    "ik kan niet meer ademen van de stress",
    # Flemish and informal
    "k krijg een paniekaanval achter de toog",
    "mn hart gaat tekeer en ik krijg paniek, wat moet ik doen",
    # with customers in the message
    "ik krijg een paniekaanval, er staat een rij klanten te wachten",
    "mijn hart gaat tekeer en ik krijg paniek, de klant schreeuwt",
    "de klant schreeuwt en ik krijg geen adem meer van de stress",
    # English
    "i'm having a panic attack at work",
    "im having a panic attack",
    "i think im hyperventilating",
    "my heart is racing and i'm so anxious",
    "i'm shaking and i can't breathe, i'm so stressed",
    "I feel a panic attack coming on",
    "i'm freaking out and can't breathe",
    "what do i do if i have a panic attack in front of a customer",
]


@pytest.mark.parametrize("text", OWN_PANIC)
def test_ones_own_panic_attack_gets_the_own_panic_line(text: str) -> None:
    assert topic_of(text) == "own_panic"


def test_the_own_panic_line_breathes_steps_away_names_112_and_someone_to_talk_to() -> None:
    own = BY_ID["own_panic"]
    assert own.anyone and not own.menu and not own.intro and own.article is None
    nl, en = own.where["nl"], own.where["en"]
    for part in ("zelf", "langzaam uit", "langer uit dan in", "rustige, veilige plek", "collega", "minuten",
                 "112", "pijn op de borst", "niet overgaat", "twijfelt", "vaker", "leidinggevende",
                 "bedrijfsarts", "huisarts"):
        assert part in nl, part
    for part in ("yourself", "out slowly", "longer out than in", "quiet, safe spot", "colleague", "minutes",
                 "112", "chest pain", "doesn't pass", "not sure", "more often", "manager",
                 "occupational doctor", "GP"):
        assert part in en, part
    # written for oneself, not for helping another (the `panic_attack` line)
    assert own.where["nl"] != BY_ID["panic_attack"].where["nl"] and "Blijf erbij" not in nl
    assert nl.index("langer uit") < nl.index("112")  # calm first, 112 when it is more


NOT_ONES_OWN_PANIC_ATTACK = [
    # sighs and a past one
    ("ik krijg een paniekaanval van die kassa lol", None),
    ("ik raak in paniek van al die mails", None),
    ("ik krijg paniek van al die mails", None),
    ("I'm hyperventilating over this deadline lol", None),
    ("ik krijg het benauwd van die klant haha", None),
    ("ik heb vorige week een paniekaanval gehad", None),
    ("ik had gisteren een paniekaanval, hoe vertel ik dat mijn leidinggevende", None),
    ("I had a panic attack last week", None),
    ("mijn telefoon blijft trillen en ik word gek van de stress", None),
    ("my heart is racing just thinking about that customer", None),
    # someone else's
    ("mijn collega krijgt paniek en trilt helemaal", None),
    ("klant zit te trillen van de stress", None),
    ("hoe help ik een klant die een paniekaanval krijgt", "panic_attack"),
    ("mijn collega heeft een paniekaanval en ik krijg er ook een", "panic_attack"),
    # in a panic, said on its own: the safety line, as before
    ("ik ben in paniek", "unsafe"),
    ("ik ben in paniek, mijn collega heeft een paniekaanval", "panic_attack"),
]


@pytest.mark.parametrize(("text", "topic"), NOT_ONES_OWN_PANIC_ATTACK)
def test_a_sigh_a_past_attack_or_someone_elses_is_not_ones_own(text: str, topic: str | None) -> None:
    assert topic_of(text) == topic


@pytest.mark.parametrize(
    ("text", "first"),
    [  # a real emergency, thoughts of suicide or a robbery go first
        ("ik heb een paniekaanval en pijn op de borst", "emergency"),
        ("i'm having a panic attack and chest pain", "emergency"),
        ("ik krijg een paniekaanval en ik kan helemaal niet ademen", "emergency"),
        ("ik heb een paniekaanval en ik wil niet meer leven", "crisis"),
        ("we zijn net overvallen en ik krijg een paniekaanval", "robbery"),
        # own_panic goes ahead of struggling to breathe (112), of the safety line for "ik ben in
        # paniek", of the caring line and of someone else's panic attack
        ("i'm shaking and i can't breathe, i'm so stressed", "own_panic"),
        ("i can't catch my breath, total panic", "own_panic"),
        ("ik ben in paniek, ik krijg een paniekaanval", "own_panic"),
        ("ik kan niet meer, ik krijg een paniekaanval", "own_panic"),
        ("I'm having a panic attack behind the counter", "own_panic"),
    ],
)  # fmt: skip
def test_own_panic_and_the_other_urgent_topics_come_in_order(text: str, first: str) -> None:
    named = [r.id for r in find_referrals(text, REFERRALS)]
    assert named[0] == first and "own_panic" in named, named


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("text", "lang"),
    [("ik denk dat ik een paniekaanval krijg", "nl"), ("I think I'm having a panic attack", "en")],
)
def test_the_own_panic_line_comes_alone_without_a_menu_or_carry_on(text: str, lang: str) -> None:
    """Typed in the middle of a self-check: the line alone, no menu, no "Verder met vraag 2?"."""
    messages = run_after_question_2(text, lang)
    assert messages[0]["text"] == BY_ID["own_panic"].where[lang]
    assert not any(m.get("buttons") for m in messages), messages
    assert len(messages) == 1 and not scale_buttons(messages)


def run_after_question_2(text: str, lang: str) -> list[dict]:
    import asyncio

    from rasa_sdk.executor import CollectingDispatcher

    dispatcher = CollectingDispatcher()
    asyncio.run(ActionAnswerAdvice().run(dispatcher, after(start(lang), text, "ask_advice", lang), {}))
    return dispatcher.messages


# -- a key given twice in referrals.yml ----------------------------------------------------

TWICE = """version: 1
topics:
  - id: pay
    before: [it]
    words: {nl: [loon], en: [pay], nl: [salaris]}
    where:
      nl: Vraag het HR.
      en: Ask HR.
    before: []
  - id: it
    words: {nl: [pc], en: [pc]}
    where: {nl: Bel IT., en: Call IT., nl: Bel de helpdesk.}
"""


def test_a_key_given_twice_in_a_topic_is_a_check_error_with_the_topic_and_key(tmp_path: Path) -> None:
    with pytest.raises(ReferralError) as raised:
        parse_referrals(TWICE)
    problems = raised.value.problems
    assert (9, "topic pay: key `before` given twice (lines 4 and 9); YAML keeps only the last") in problems
    assert (5, "topic pay: key `words.nl` given twice (line 5); YAML keeps only the last") in problems
    assert (12, "topic it: key `where.nl` given twice (line 12); YAML keeps only the last") in problems
    assert len(problems) == 3
    (tmp_path / "referrals.yml").write_text(TWICE, encoding="utf-8")
    checked = check_referrals(tmp_path)
    assert sorted((p.line, p.severity) for p in checked) == [(5, "error"), (9, "error"), (12, "error")]


def test_the_coach_keeps_referring_with_a_key_given_twice(tmp_path: Path) -> None:
    """Only `knowledge check` is strict: one slip must not stop every referral, 112 included."""
    (tmp_path / "referrals.yml").write_text(TWICE, encoding="utf-8")
    topics = load_referrals(tmp_path)
    assert [t.id for t in topics] == ["pay", "it"] and topics[0].before == ()  # YAML's last
    assert find_referral("mijn salaris klopt niet", topics).id == "pay"


def test_a_topic_id_used_twice_names_both_lines(tmp_path: Path) -> None:
    text = TWICE.replace("id: it", "id: pay").replace("before: [it]", "before: []")
    with pytest.raises(ReferralError, match=r"topic pay: id used twice \(lines 3 and 10\)"):
        parse_referrals(text)


def test_a_top_level_key_given_twice_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ReferralError, match="the file: key `version` given twice"):
        parse_referrals("version: 1\n" + TWICE)


def test_knowledge_check_shows_a_key_given_twice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, copy)
    text = (copy / "referrals.yml").read_text(encoding="utf-8")
    first = "  - id: rosters\n"
    assert text.count(first) == 1
    (copy / "referrals.yml").write_text(text.replace(first, first + "    before: [it]\n    before: []\n"))
    assert cli(["knowledge", "check", "--dir", str(copy), "--no-tokens"]) != 0
    out = capsys.readouterr()
    assert "topic rosters: key `before` given twice" in out.out + out.err


def test_the_real_file_has_no_key_twice() -> None:
    parse_referrals((KNOWLEDGE / "referrals.yml").read_text(encoding="utf-8"))  # strict: raises on one
