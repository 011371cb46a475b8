"""knowledge/referrals.yml: where the coach sends work questions it does not cover, and
its check in `knowledge check`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.content.referrals import ReferralError, find_referral, load_referrals, parse_referrals
from bot.content.validation import check_referrals

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("wanneer wordt mijn salaris gestort", "pay"),
        ("mijn LOONSTROOK klopt niet", "pay"),
        ("when is payroll this month", "pay"),
        ("hoeveel vakantiedagen heb ik nog", "leave"),
        ("how do i request parental leave", "leave"),
        ("ik ben mijn wachtwoord vergeten", "it"),
        ("i forgot my password for the portal", "it"),
        ("hoe declareer ik mijn reiskosten", "expenses"),
        ("where does my expense claim go", "expenses"),
        ("how do i submit an expense claim for the taxi", "expenses"),
        ("where do i send my expenses from the conference", "expenses"),
        ("can i get mileage for driving to the other branch", "expenses"),
        ("ik wil mijn kilometervergoeding declareren", "expenses"),
        ("hoe zit het met mijn reiskostenvergoeding", "expenses"),
        ("kan ik mijn dienst van zaterdag ruilen met een collega", "rosters"),
        ("wanneer komt het rooster uit", "rosters"),
        ("wanneer komt het rooster van volgende maand uit", "rosters"),
        ("can i swap my shift", "rosters"),
        ("can I swap shifts with Tom", "rosters"),
        ("When is payday?", "pay"),
        ("how do i get my pay stub online", "pay"),
        ("Hoe meld ik me ziek?", "sick"),
        ("How do I call in sick?", "sick"),
        # found by a fresh tester: own words for these matters
        ("ik ben ziek morgen, hoe meld ik me af", "sick"),
        ("k zit thuis met griep, bij wie moet ik mij ziek melden", "sick"),
        ("ben mijn kluissleutel kwijt", "facilities"),
        ("ik ben de sleutel van mn locker kwijt", "facilities"),
        ("goeiemorgen, wanneer wordt het loon gestort", "pay"),
        ("wie regelt de parkeerkaart", "facilities"),
        # found by a fourth tester: supplies, name badges, who makes the roster
        ("waar ligt de ehbo doos", "facilities"),
        ("where is the first aid kit", "facilities"),
        ("ik ben mijn naambordje kwijt", "employment"),
        ("i lost my name badge", "employment"),
        ("wie maakt het rooster, ik wil ruilen", "rosters"),
        ("How do I request time off?", "leave"),
        ("wat is het wifi-wachtwoord", "it"),
        ("Wat is de wifi-code van het kantoor?", "it"),
        ("Mag ik een fooi aannemen?", "gifts"),
        ("mag ik fooi houden", "gifts"),
        ("Mag ik een cadeau van een klant aannemen?", "gifts"),
        ("Can I accept a tip from a customer?", "gifts"),
        ("is it ok to keep tips from guests", "gifts"),
        ("Waar mag ik mijn fiets parkeren?", "facilities"),
        ("Where am I allowed to smoke on my break?", "facilities"),
        ("Heb ik recht op een opleidingsbudget?", "employment"),
        ("Do I have to wash my uniform myself?", "employment"),
        # Dutch compounds end in a topic word: bot/content/referrals.py COMPOUND_MIN
        ("hoe zit het met zwangerschapsverlof bij ons", "leave"),
        ("kan ik studieverlof krijgen voor mijn opleiding", "leave"),
        ("wie regelt het ziekteverlof", "leave"),
        ("ik mis de avondtoeslag en wat overuren op mijn salarisstrook", "pay"),
        ("waar lever ik de parkeerbonnetjes in", "expenses"),
        ("mijn nieuwe toegangspas doet het niet", "it"),
        ("wat is het nummer van de helpdesk", "it"),
        ("how do i contact the helpdesk about my laptop", "it"),
        # leave and contract as people phrase them in English
        ("my manager says I can't take two weeks off in august", "leave"),
        ("how does requesting holiday work here", "leave"),
        ("when does my maternity leave start", "leave"),
        ("nobody has said anything about my temporary contract", "employment"),
        ("we told the building manager about the broken heating but nothing happened", "facilities"),
        ("moet ik de lekkage in het magazijn bij de facilitaire dienst melden", "facilities"),
        # keys of the building, and how staff are treated by colleagues or managers
        ("wie heeft de sleutel van het magazijn", "facilities"),
        ("who has the keys to the stockroom tonight", "facilities"),
        ("my manager yells at me in front of customers", "conduct"),
        ("mijn leidinggevende schreeuwt tegen me waar klanten bij zijn", "conduct"),
        ("ik word gepest door een collega, bij wie kan ik terecht", "conduct"),
        ("I'm being bullied by a coworker", "conduct"),
        ("wie is bij ons de vertrouwenspersoon", "conduct"),
        ("ik heb last van seksuele intimidatie door een collega", "conduct"),
        # parking a car, smoking, leaving the job
        ("mag ik op het terrein parkeren", "facilities"),
        ("waar kan ik mijn auto parkeren?", "facilities"),
        ("where do I park", "facilities"),
        ("mag ik hier roken", "facilities"),
        ("ik wil stoppen met werken hier", "employment"),
        ("how do I resign", "employment"),
        # stop 25: being ill said with "als"/"when", the roster in an app, a computer that fails
        ("als ik ziek ben, wie moet ik dan bellen", "sick"),
        ("wat moet ik doen wanneer ik ziek ben", "sick"),
        ("if i'm sick tomorrow who do i text", "sick"),
        ("when i am sick do i call my manager or hr", "sick"),
        ("waar kan ik mijn rooster bekijken", "rosters"),
        ("staat het rooster in de app?", "rosters"),
        ("mijn pc start niet op, wie kan helpen", "it"),
        ("my pc won't start this morning", "it"),
        ("the laptop wont start, who do i call", "it"),
        ("mn pas om binnen te komen werkt ni", "it"),
        ("mijn badge doet het niet meer", "it"),
        # stop 26 (tester): the issue's compound "onkostennota", Flemish pay words
        ("hoe dien ik een onkostennota in", "expenses"),
        ("waar laat ik mijn onkostennota's", "expenses"),
        ("waar vind ik mijn loonbrief van vorige maand", "pay"),
        ("mijn loonfiche klopt niet", "pay"),
        ("wanneer wordt mijn wedde gestort", "pay"),
        # stop 26: a fresh batch of work matters (written without the referral list)
        ("ben ziek vandaag, bij wie moet ik me afmelden", "sick"),
        ("moet ik voor één dag ziek ook een doktersattest binnenbrengen", "sick"),
        ("hoeveel pensioen bouw ik eigenlijk op hier", "pay"),
        ("my pay was short this month, who do i talk to", "pay"),
        ("can i swap my sunday shift with a colleague", "rosters"),
        ("de bonnenprinter bij de balie geeft alleen witte strookjes, wie fixt dat", "it"),
        ("de kassa crasht steeds midden in een betaling, wie moet ik bellen", "it"),
        ("my work phone screen is cracked, do I get a new one", "it"),
        ("mag ik op het personeelsparkeerterrein staan", "facilities"),
        ("hoe word ik lid van de vakbond", "employment"),
        ("who is our hr contact these days", "employment"),
        ("waar kan ik zien hoeveel pensioen ik later krijg?", "pay"),
        ("wie is hier de vakbondsafgevaardigde?", "employment"),
        ("where do i change my bank account details for my pay", "pay"),
        # stop 28: opening hours, how a device works, parking costs to claim
        ("hoe laat gaat de winkel open op zondag", "rosters"),
        ("wat zijn de openingsuren tijdens de feestdagen", "rosters"),
        ("what time do we close on christmas eve", "rosters"),
        ("hoe werkt de nieuwe kassa", "it"),
        ("how do i use the new handheld scanner", "it"),
        ("kan ik mijn parkeerkosten declareren", "expenses"),
        # stop 29, by kind: changing one's own shift pattern, meeting rooms and leaving drinks,
        # a name tag, a course of one's own and what it costs
        ("can i change my shifts to mornings only from next month", "rosters"),
        ("i'd like to move to the early shift for good, who decides that", "rosters"),
        ("ik wil graag naar de vroege dienst vanaf januari, bij wie moet ik zijn", "rosters"),
        ("kan ik van dienst wisselen met iemand van de avondploeg", "rosters"),
        ("hoe boek ik de vergaderruimte voor donderdag", "facilities"),
        ("can we use the meeting room for a birthday cake on friday", "facilities"),
        ("wie regelt de afscheidsborrel van jan", "facilities"),
        ("my name tag fell off and broke, where do i get another", "employment"),
        ("mijn naamkaart is kwijt, wie maakt een nieuwe", "employment"),
        ("ik wil een cursus spaans volgen voor mijn werk, betaalt de zaak dat", "employment"),
        (
            "there is an online course on conflict handling that costs 150, would they pay it for me",
            "employment",
        ),
    ],
)
def test_work_questions_find_their_referral(question: str, topic: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == topic
    assert found.where["nl"] and found.where["en"]


@pytest.mark.parametrize(
    "question",
    [
        "klant wil niet betalen voor de reparatie",
        "customer wants to leave a bad review",
        "klant wil een schadevergoeding",
        "de klant vraagt waarom zijn loonbrief niet klopt",
        "klant geeft een onkostennota af aan de balie",
        "klant belt boos over zijn pensioen dat te laat is uitbetaald",
        "klant vraagt hoeveel pensioen hij later krijgt",
        "een klant is ziek geworden in de winkel, wat doe ik",
        "the customer's printer broke two days after delivery",
        "any tips for dealing with an angry customer?",
        "geef me een tip voor een klant die steeds belt",
        "a guest says the wifi in his room does not work",
        "klant klaagt dat de wifi in het hotel traag is",
        "klant kan niet inloggen op de webshop en is boos",
        "klant zegt 'ik betaal jullie salaris dus doe wat ik zeg'",
        "ik zit na mijn dienst nog vol van een boze klant",
        "klant is zijn wachtwoord vergeten en wordt boos",
        "the customer wants to be reimbursed for the broken vase",
        "the customer wants his money back for the taxi we promised",
        "customer says im sick of waiting and walks off",
        "een klant zegt dat hij ziek is van het wachten",
        "klant klaagt over het eten in de kantine van het ziekenhuis",
        "the guest lost his key card and is angry",
        "a guest ignores the dress code of the restaurant",
        "klant wil weten waar het rooster van de bus hangt",
        "ik werk in de thuiszorg en mijn rooster zit propvol, een client zegt dat ik te weinig tijd heb",
        # short words are never read as the end of a compound ("cao" in "cacao", "fooi")
        "klant vraagt of de warme chocolademelk met echte cacao is",
        "the customer is on the phone about her leave of absence from our gym",
        "a guest says the heating in his hotel room is broken and he is freezing",
        # customers who shout at or harass staff: a coaching matter, not one for HR
        "de klant schreeuwt tegen me",
        "a customer is harassing my colleague",
        "een klant intimideert mijn collega, wat doe ik",
        "my colleague is being bullied by customers",
        "what is the key to excellent service",
        "de sleutel tot goede service",
        "klant kan niet parkeren en is boos",
        "a resident asks for a parking permit exception and the rules say no",
        "klant wil zijn contract opzeggen",
        "klant vraagt naar de opzegtermijn",
        # staff who serve at a helpdesk ask about their service, not for IT help
        "ik werk op de helpdesk en een beller snapt mijn uitleg niet",
        "iemand aan de helpdesk snapt niks van computers, hoe leg ik het beter uit",
        "i work on the helpdesk and callers get annoyed when i ask if they restarted",
        # the served person's own matter, in a work matter's words: a service question
        "klant zijn bankpas is geblokkeerd en hij is woedend",
        "een klant zegt dat zijn account geblokkeerd is",
        "customer's account is locked and he is furious",
        "a customer wants a reimbursement for his ruined dinner",
        "the customer asks for reimbursement of the delivery costs",
        "klant wil zijn onkosten vergoed hebben",
        "klant wil reiskosten vergoed na de vertraging",
        "mijn klant wil zijn reiskosten vergoed na de vertraging",
        "klant heeft zijn bonnetjes niet meer en wil ruilen",
        "the customer emailed me through outlook to complain",
        "a guest wants an allowance for the broken minibar",
        "passagier wil zijn reiskosten terug omdat de trein uitviel",
        "mevrouw haar account is geblokkeerd na 3 foute pogingen en ze is in paniek, wat doe ik",
        "meneer wil zijn reiskosten terug",
        "klant zegt dat zijn pc niet start na onze update en hij is boos",
        "the customer's laptop won't start after our repair",
        "klant zegt: mijn pas werkt niet bij de kassa",
        "klant wil zijn parkeerkosten terug omdat hij zo lang moest wachten",
        "the customer wants to claim back the parking costs, what do i say",
        "klant snapt niet hoe de zelfscan werkt, hoe help ik hem",
        # ("klant vraagt hoe laat de winkel open gaat op zondag" was here: stop 55 decided that a
        # fact the coach cannot know gets an honest referral, not unrelated articles; it is the
        # `customer_asks_facts` topic's now, in test_customer_asking_a_fact_is_referred below)
        # stop 29: the same words in service situations
        "had een man aan de balie die al drie keer was doorgestuurd door andere diensten",
        "we spent 5000 euro on a customer service course and nothing changed",
        "onze organisatie betaalde een dure opleiding klantvriendelijkheid maar niemand doet er iets mee",
        "a guest asked if he could book the meeting room for tomorrow",
    ],
)
def test_customer_questions_with_similar_words_are_not_referred(question: str) -> None:
    assert find_referral(question, load_referrals(KNOWLEDGE)) is None


# a device and a fault, in any words and order (`together` in knowledge/referrals.yml, stop 27)
DEVICE_FAULTS = [
    "de kassa op post 2 blijft crashen",
    "the till at register 3 keeps crashing",
    "pinautomaat doet het niet meer sinds vanochtend",
    "mijn handscanner valt steeds uit",
    "de zelfscankassa loopt steeds vast",
    "the card machine is down again, who do i call",
    "headset werkt ni, wie moet ik bellen",
    "our payment terminal froze twice today",
    "barcode scanner is broken at the back desk",
    "de betaalterminal geeft storing",
    # tester round of stop 27: a fault in other words, a Flemish device name
    "pinautomaat doet het weer niet, geeft foutcode",
    "my headset keeps cutting out during calls",
    "self checkout number 4 is stuck on 'please wait for assistance' all morning",
    "het bancontact toestel werkt ni meer sinds deze morgen",
    "t scherm van de zelfscankassa is zwart, wa moet ik doen",
    "the screen of the card machine went black",
    # customers named, but the question is who repairs it
    "The card terminal at till 3 keeps freezing when customers tap, who do I call for repairs?",
    "de pinautomaat doet het niet, klanten moeten contant betalen, wie moet ik bellen?",
]
# someone unwell, whoever it is (`anyone: true`: the served-person rule keeps a customer's own
# matter a service question, but a customer who faints is an emergency first; stop 27)
EMERGENCIES = [
    "een klant is flauwgevallen aan de kassa, wat moet ik doen",
    "meneer werd onwel in de wachtzaal",
    "a guest fainted in the lobby",
    "what if a customer faints in the queue",
    "a patient collapsed in the waiting room and is not breathing",
    "mijn collega is bewusteloos geraakt in het magazijn",
    # a stab wound (stop 54: "neergestoken" and "stabbed" matched no topic)
    "mijn collega is neergestoken bij de achteringang", "hij heeft een steekwond en bloedt",
    "a guest has been stabbed outside the bar", "my coworker got stabbed, what do i do",
    "he has a knife wound on his arm",
]


@pytest.mark.parametrize(
    ("question", "topic"), [(q, "it") for q in DEVICE_FAULTS] + [(q, "emergency") for q in EMERGENCIES]
)
def test_a_topic_named_by_word_lists_or_for_anyone_is_found(question: str, topic: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == topic


def test_an_emergency_says_to_call_112_in_both_languages() -> None:
    emergency = next(r for r in load_referrals(KNOWLEDGE) if r.id == "emergency")
    assert "112" in emergency.where["nl"] and "112" in emergency.where["en"]


@pytest.mark.parametrize(
    "question",
    [
        "my manager collapsed the two teams into one",
        "klant belde een ambulance voor zijn vrouw en is nu boos op ons",
        "een klant viel bijna flauw van de prijs",
        "klant dreigt me te slaan, wat doe ik",
        "my colleague stabbed me in the back with the manager",
        "i feel like my team stabbed me in the back",
        "ik ben gestoken door een wesp op het terras",
    ],
)
def test_words_near_an_emergency_are_not_one(question: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is None or found.id != "emergency"


@pytest.mark.parametrize(
    "question",
    [
        # a device fault with a customer, or the people waiting, in it: a service question
        "de pin doet het niet en de klant wordt boos, wat zeg ik",
        "the card machine is broken and the customer is getting angry",
        "klant is boos want de kassa was kapot en hij moest lang wachten",
        "mijn collega zegt dat de kassa kapot is, wat zeg ik tegen de mensen in de rij",
        "the till crashed and people in the queue started complaining",
        # a device without a fault, or a fault without a device
        "hoe leg ik een klant uit hoe de zelfscankassa werkt",
        "mijn uitleg werkt niet bij oudere klanten",
        "the register is where customers complain the most",
        "klant is boos want de pinautomaat geeft een foutcode",
        "i'm stuck at the till with a long queue, how do i stay friendly",
        "ik zit vast met een lastige klant aan de kassa",
    ],
)
def test_a_device_fault_in_a_service_situation_is_not_referred(question: str) -> None:
    assert find_referral(question, load_referrals(KNOWLEDGE)) is None


def test_the_shipped_file_passes_the_check() -> None:
    assert check_referrals(KNOWLEDGE) == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("topics: []", "non-empty"),
        ("topics:\n  - id: pay\n    words: {nl: [loon]}\n    where: {nl: x, en: y}", "words.en"),
        ("topics:\n  - id: pay\n    words: {nl: [loon], en: [pay]}\n    where: {nl: x}", "where.en"),
        ("topics: [unclosed", "YAML"),
        (
            "topics:\n  - id: it\n    words: {nl: [pc], en: [pc]}\n    where: {nl: x, en: y}\n"
            "    together: [[kassa]]",
            "together",
        ),
        (
            "topics:\n  - id: help\n    words: {nl: [onwel], en: [fainted]}\n    where: {nl: x, en: y}\n"
            "    anyone: yes please",
            "anyone",
        ),
        (
            "topics:\n  - id: it\n    words: {nl: [pc], en: [pc]}\n    where: {nl: x, en: y}\n"
            "    together: [[kassa], []]",
            "together",
        ),
        (
            "topics:\n  - id: tr\n    words: {nl: [vertaal dit], en: [translate]}\n"
            "    where: {nl: x, en: y}\n"
            "    intro: nope",
            "intro",
        ),
    ],
)
def test_broken_files_are_reported(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ReferralError, match=message):
        parse_referrals(text)
    (tmp_path / "referrals.yml").write_text(text, encoding="utf-8")
    problems = check_referrals(tmp_path)
    assert problems and message in problems[0].message
    assert load_referrals(tmp_path) == []  # the coach then refers nowhere, and keeps running


def test_check_knowledge_includes_referrals(tmp_path: Path) -> None:
    from bot.content.validation import check_knowledge

    copy = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, copy)
    (copy / "referrals.yml").write_text("topics: []", encoding="utf-8")
    assert any(p.path.name == "referrals.yml" for p in check_knowledge(copy))


def test_an_edit_of_the_file_is_seen_by_the_next_load(tmp_path: Path) -> None:
    """Read once per version of the file, not per message, and an admin's edit counts at once."""
    shutil.copy(KNOWLEDGE / "referrals.yml", tmp_path / "referrals.yml")
    first = load_referrals(tmp_path)
    assert find_referral("wie voert de vissen in het aquarium", first) is None
    assert load_referrals(tmp_path) == first  # unchanged file: same referrals
    text = (tmp_path / "referrals.yml").read_text(encoding="utf-8")
    text += (
        "  - id: coffee\n    words:\n      nl: [aquarium]\n      en: [aquarium]\n"
        '    where:\n      nl: "Vraag het de facilitaire dienst."\n      en: "Ask facilities."\n'
    )
    (tmp_path / "referrals.yml").write_text(text, encoding="utf-8")
    found = find_referral("wie voert de vissen in het aquarium", load_referrals(tmp_path))
    assert found is not None and found.id == "coffee"
    (tmp_path / "referrals.yml").write_text("topics: [", encoding="utf-8")  # broken: refers nowhere
    assert load_referrals(tmp_path) == []


QUESTION_SETS = [
    KNOWLEDGE.parent / p
    for p in (
        "tests/data/devset.yml",
        "tests/data/devset2.yml",
        "tests/data/devset3.yml",
        "tests/data/devset4.yml",
        "tests/data/devset5.yml",
        "tests/data/devset6.yml",
        "tests/data/devset7.yml",
        "tests/data/devset8.yml",
        "tests/data/devset9.yml",
        "tests/data/devset10.yml",
        "benchmarks/data/checkset.yml",
    )
]


def test_no_answerable_question_of_the_dev_and_blind_sets_is_referred() -> None:
    """A referral word that also sits in a customer situation sends staff away from an
    answer: none of the answerable questions (three sets, ~400) may match one, unless the
    topic's `article` is a right answer to it (the `unsafe` topic answers with its article)."""
    from tests.yaml_sets import load_yaml

    referrals = load_referrals(KNOWLEDGE)
    referred = [
        (row["q"], found.id)
        for path in QUESTION_SETS
        for row in load_yaml(path)
        if row["expected"]
        and (found := find_referral(row["q"], referrals)) is not None
        and found.article not in row["expected"]
    ]
    assert referred == []


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("mn contract loopt af, wordt het verlengd", "employment"),
        ("sleutel van m'n kluisje kwijt", "facilities"),
        ("kan ik mn dienst van zaterdag ruilen", "rosters"),
        ("wanneer komt mijne loonstrook", "pay"),
    ],
)
def test_informal_possessives_match_mijn(question: str, topic: str) -> None:
    """ "mn", "m'n" and Flemish "mijne" are "mijn" to the referral words."""
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == topic


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("ik kan niet inloggen op de kassa en er staat een klant te wachten", "it"),
        ("mijn wachtwoord werkt niet en de klant wacht", "it"),
        ("my laptop froze while a customer was on the line", "it"),
        ("ik ben met mijn eigen auto naar een klant gereden, hoe declareer ik de kilometers", "expenses"),
        ("I drove my own car to a client, how do I claim the mileage and keep my receipts", "expenses"),
        ("how do I claim back the parking costs from when I visited clients last week?", "expenses"),
        ("Mag ik een cadeau van een klant aannemen?", "gifts"),
    ],
)
def test_the_askers_own_matter_is_referred_when_a_customer_is_named(question: str, topic: str) -> None:
    """A customer in the message does not hide the asker's own work matter: their own things
    ("mijn wachtwoord", "my own car") or a topic that names the customer still refer."""
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == topic


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("I forgot my password for the roster app", "it"),
        ("ik ben mijn wachtwoord van het roosterprogramma vergeten", "it"),
        ("hoe vraag ik ouderschapsverlof aan, moet dat via het rooster", "leave"),
        # second tester round (stop 24): the asker's own roster and costs in other words
        ("mijn rooster klopt niet, bij wie moet ik zijn?", "rosters"),
        ("wie moet ik bellen, ik sta volgende week dubbel ingepland", "rosters"),
        ("how do I claim my hotel costs for the training", "expenses"),
    ],
)
def test_the_most_specific_topic_wins_when_several_match(question: str, topic: str) -> None:
    """Several topics' words in one message: the longest matching word or phrase decides
    ("password for" over "roster"); before, the file's first topic won (tester round, stop 24)."""
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == topic


@pytest.mark.parametrize(
    "question",
    [
        "de pinautomaat doet het niet en er staat een rij van 10 man, wat zeg ik tegen die mensen",
        "the card machine is down and there's a long queue, what do I tell people",
        "kassa blijft crashen en de wachtrij wordt steeds langer",
    ],
)
def test_a_device_fault_with_a_queue_waiting_is_a_service_question(question: str) -> None:
    """A queue is customers (tester round of stop 34: both got the IT desk)."""
    assert find_referral(question, load_referrals(KNOWLEDGE)) is None


def test_asking_for_holiday_in_other_words_is_leave() -> None:
    found = find_referral("hoe vraag ik vakantie aan voor de zomer", load_referrals(KNOWLEDGE))
    assert found is not None and found.id == "leave"


# Words quoted from a customer: their "ik" and "my" are the customer's (tester round of stop 34:
# "een klant mailde: ik voel me niet veilig in jullie parkeergarage" got the staff safety line).
@pytest.mark.parametrize(
    "question",
    [
        "een klant mailde: ik voel me niet veilig in jullie parkeergarage",
        'a guest said "I don\'t feel safe in the car park at night", what do I tell her',
        "klant zei: mijn wachtwoord werkt niet, wat moet ik doen",
        "een bezoeker schreef: 'ik voel me hier onveilig 's avonds'. hoe reageer ik",
        "customer emailed: my payslip from you is wrong. how do I answer him",
    ],
)
def test_words_quoted_from_a_customer_are_not_the_askers(question: str) -> None:
    assert find_referral(question, load_referrals(KNOWLEDGE)) is None


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        # the asker's own words around the quote still count
        ("a customer told me: you'd better watch out. I don't feel safe now", "unsafe"),
        ("de klant zei: 'ik weet waar je woont'. ik voel me niet veilig meer", "unsafe"),
        ("klant zei: mijn wachtwoord werkt niet. ik kan niet inloggen op mijn laptop", "it"),
        # an emergency is one whoever says it
        ("klant zegt: ik heb een hartaanval", "emergency"),
        ("ik voel me niet veilig, een klant zei dat hij me zou opwachten", "unsafe"),
    ],
)
def test_the_askers_own_words_beside_a_quote_still_count(question: str, topic: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == topic


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("Hoe vraag ik budget aan voor een opleiding? Wie moet dat goedkeuren?", "employment"),
        ("Wordt de servicetraining van volgende week als werktijd uitbetaald?", "pay"),
        ("does the training count as working time", "pay"),
        ("waar kan ik mijn auto kwijt als ik moet werken", "facilities"),
        ("where can I leave my car during my shift", "facilities"),
    ],
)
def test_training_approval_paid_training_time_and_parking(question: str, topic: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == topic


# Tester round of stop 36: a gift or tip offered by the person served, in the words staff
# use ("een fles wijn als bedankje, mag ik die aannemen?"), is the code of conduct's matter;
# giving a customer something (pyramid-surprise) is not.
@pytest.mark.parametrize(
    "question",
    [
        "een klant geeft mij een fles wijn als bedankje, mag ik die aannemen?",
        "mevrouw stopte me 10 euro toe na het wassen, mag ik dat houden",
        "ik heb een doos bonbons van een bewoner gekregen, mag dat",
        "klant wil me 5 euro geven omdat ik zo goed geholpen heb",
        "een vaste klant wil me een cadeautje geven, mag ik dat aannemen",
        "a guest wants to give me 20 euros for helping her, can i take it",
        "a customer gave me 50 euros as a thank you, can i keep it",
        "patient wanted to tip me, is that allowed",
        "can I accept a present from a regular customer",
        # tester round of stop 37: keeping or accepting, a gift, and who gave it or why
        "mag ik een doos bonbons aannemen van een bewoner? (ik werk in de zorg)",
        "a customer offered me 20 euros as a thank you, can i keep it?",
        "een klant wil me een bos bloemen geven, mag ik die houden",
        "guest left me a bottle of wine, may i keep it",
        "een bewoner gaf me een envelopje met geld, mag ik dat aannemen",
        "mevrouw wil me chocolade geven als dank, mag ik dat accepteren",
    ],
)
def test_a_gift_or_tip_from_someone_served_is_the_code_of_conducts(question: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == "gifts"


@pytest.mark.parametrize(
    "question",
    [
        "ik wil een klant iets geven als bedankje voor zijn geduld",
        "we gave a customer a voucher as a thank you for waiting",
        "ik wil een vaste klant verrassen met een cadeautje",
        "how do I surprise a customer with a small gift",
        "customer wants to return it after 40 days, can i accept it",
        "mag ik de telefoon aannemen tijdens een gesprek met een klant",
        "I cant accept that a customer shouts at me, any tip?",
        "mag de klant het cadeau houden als hij het terugstuurt",
        "klant wil zijn geld terug, mag ik dat accepteren zonder bon",
        "can i accept cash from a customer if the card machine is down",
        "ik hou de deur open voor een klant met bloemen",
        "ik vraag de klant of hij het wisselgeld wil houden",
    ],
)
def test_giving_a_customer_something_is_not_the_gifts_matter(question: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is None or found.id != "gifts"


# Tester round of stop 37: a manager about a team member's sickness absence is HR's matter
# (`absence`), not the employee's own sick report (`sick`), and not a service question.
@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("dank je, en hoe voer ik een gesprek met iemand die zich vaak ziek meldt?", "absence"),
        ("een medewerker meldt zich steeds ziek op maandag, wat doe ik", "absence"),
        ("how do I talk to a team member who keeps calling in sick", "absence"),
        ("wat is ons verzuimbeleid", "absence"),
        ("ik ben ziek vandaag, wie bel ik", "sick"),
        ("hoe meld ik me ziek", "sick"),
    ],
)
def test_sickness_absence_of_staff_is_hrs_matter(question: str, topic: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == topic


@pytest.mark.parametrize(
    "question",
    [
        "klant is ziek en kan niet komen, wat nu",
        "patiënt is vaak ziek en voelt zich alleen",
        "mijn team heeft veel verzuim door werkdruk, hoe verbeter ik de sfeer",
    ],
)
def test_a_customer_who_is_ill_or_team_morale_is_not_absence(question: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is None or found.id not in ("absence", "sick")


# Tester round of stop 38: work matters in everyday words.
@pytest.mark.parametrize(
    ("question", "topic"),
    [
        # "mijn"/"my" in a phrase also stands for Flemish "me" and the plural "ons"/"onze"/"our"
        ("ik ben me wachtwoord kwijt van de kassa", "it"),
        # Flemish "paswoord" is a password (tester round of stop 39)
        ("ik ben me paswoord vergeten van de kassa", "it"),
        ("mijn paswoord werkt niet meer", "it"),
        ("wanneer krijgen we ons loon deze maand", "pay"),
        ("wanneer komt onze loonstrook", "pay"),
        ("when do we get our wages this month", "pay"),
        ("me contract loopt af, wat nu", "employment"),
        # a tip or gift someone served gives "me"
        ("mag ik een fooi houden die een klant me geeft", "gifts"),
        ("mag ik de bonbons houden die een bewoner mij gegeven heeft", "gifts"),
        # unwell and staying home, in the asker's own words
        ("ik voel me nie goed, ik blijf morgen thuis, bij wie moet ik dat zeggen", "sick"),
        ("ik heb koorts en kan niet komen, wat moet ik doen", "sick"),
        ("i feel unwell and want to stay home tomorrow, who do i tell", "sick"),
        # someone at work, sick, and often
        ("een van mijn mensen is constant ziek, hoe spreek ik die daarop aan", "absence"),
        ("een medewerker van mij is steeds ziek", "absence"),
        ("one of my staff is constantly off ill, how do I address it", "absence"),
        # fresh dev set 7 (stop 43): a company car, and a course's budget with "customer" in
        # the course's name
        ("can I get my company car swapped for an electric one", "employment"),
        ("when do I get my lease car", "employment"),
        ("wanneer krijg ik mijn auto van de zaak", "employment"),
        ("mag ik privé rijden met mijn leasewagen", "employment"),
        ("is there budget for me to do a customer service course, who approves that", "employment"),
        ("is er budget voor mij om een cursus klantgericht werken te volgen", "employment"),
        # a day off in other words (tester round of stop 44: "vrijaf" got a goodbye)
        ("mag ik volgende week vrijaf nemen, bij wie moet ik da aanvragen", "leave"),
        ("mag ik vrijaf nemen?", "leave"),
        ("ik wil vrijaf vragen op zaterdag", "leave"),
        ("hoe krijg ik een snipperdag", "leave"),
        ("wanneer mag ik mijn atv-dagen opnemen", "leave"),
        ("kan ik een recupdag nemen volgende week", "leave"),
        ("can I get some PTO next week", "leave"),
        ("who approves bereavement leave", "leave"),
        # money of one's own laid out for work, and workwear by its item (fresh probe, stop 48)
        (
            "ik heb gisteren een taxi voor een gast betaald met mijn eigen bankkaart, 42 euro. hoe krijg ik "
            "dat terug, welk formulier?",
            "expenses",
        ),
        ("ik heb de bloemen voor de receptie uit eigen zak betaald", "expenses"),
        ("ik heb parkeergeld voorgeschoten voor een patiënt, waar dien ik dat in", "expenses"),
        ("I paid for the guest's taxi with my own card, how do I claim it", "expenses"),
        ("bought printer paper out of my own pocket, who pays me", "expenses"),
        ("mijn werkbroek is gescheurd, waar bestel ik een nieuwe en moet ik die zelf betalen?", "employment"),
        ("mag ik een tweede werkjas aanvragen", "employment"),
        ("where do I get new safety shoes", "employment"),
        ("my work trousers are too small, who do i ask", "employment"),
    ],
)
def test_work_matters_in_everyday_words_are_referred(question: str, topic: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == topic, found


@pytest.mark.parametrize(
    "question",
    [
        "een klant is vaak ziek en komt dan boos aan de balie",
        "ik voel me niet goed na dat gesprek met die klant",
        "ik voel me niet goed over hoe ik reageerde",
        "onze klanten klagen vaak over de wachttijd",
        "geef me een tip voor ons team",
        "klant is zijn wachtwoord kwijt van de webshop",
        "klant is zijn paswoord vergeten van de webshop",
        "de klant geeft me de schuld",
        "mijn collega helpt klanten nooit",
        "a guest is often ill and stays home, how do I keep in touch",
        "we have no budget for my team's training, how do I still improve service",
        "there is no budget for me to hire more staff, how do I keep service up",
        "een klant wil een auto van de zaak huren maar we hebben er geen meer",
        "a customer's company car broke down and he is furious, what do i say",
        "klant wil een dagje vrij van zijn abonnement",
        "een klant vraagt of we op zaterdag vrij af zijn",
        "klant wil zijn geld terug omdat de schoenen kapot zijn",
        "de klant heeft met zijn eigen bankkaart betaald maar het bedrag staat er dubbel op",
        "a customer wants his money back for a broken kettle",
        "the guest paid with his own card and was charged twice",
        "een klant morste koffie op zijn broek, wat doe ik",
        # a customer's story with the asker's boss by title and a turn of phrase with "mijn" (a
        # long shop story was referred to IT and finance for "kassasysteem" and "bonnetjes":
        # verifier round of stop 48)
        "een klant wil haar geld terug zonder bonnetjes en mijn bedrijfsleider zegt dat het "
        "kassasysteem dat niet toelaat, ik kreeg al op mijn kop",
        "a customer wants a refund without receipts and my store manager says the till system won't allow it",
        "tijdens mijn dienst wilde een klant zijn bonnetjes terug, het kassasysteem gaf een foutmelding",
    ],
)
def test_service_questions_with_those_words_are_not_referred(question: str) -> None:
    assert find_referral(question, load_referrals(KNOWLEDGE)) is None


# A request to translate is one the coach does not do (`translation`, said without the
# organisation's intro); a customer who speaks another language is a service question.
@pytest.mark.parametrize(
    "question",
    [
        "wat is 'klantvriendelijk' in het frans",
        "vertaal dit naar het frans: ik kom morgen wat later",
        "kan je dit vertalen: bedankt voor het wachten",
        "kun je voor mij vertalen wat 'retour' is",
        "hoe zeg je 'welkom' in het spaans",
        "wat betekent dank u wel in het turks",
        "can you translate 'sorry for the wait' into dutch",
        "how do you say thank you for waiting in german",
        "translate this for me please",
        "what is 'receipt' in french",
    ],
)
def test_a_request_to_translate_is_the_translation_topic(question: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == "translation" and not found.intro


@pytest.mark.parametrize(
    "question",
    [
        "een klant spreekt alleen frans, hoe help ik hem",
        "een franse klant, hoe help ik die in het frans",
        "de klant wil een vertaling van zijn factuur",
        "a guest only speaks german, what do I do",
        "the customer wants a translation of the menu",
        "mag ik een klant in het engels helpen",
        "kan je in het engels antwoorden",
        "can you answer in dutch",
    ],
)
def test_a_customer_who_speaks_another_language_is_not_a_translation_request(question: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is None or found.id != "translation"


# A threat of violence, said as a threat ("is threatening to hit me", "wil me slaan") or as
# what was done ("spat at me"): the English ones got the article on recovering afterwards,
# without the line on getting safe first (tester round of stop 48). Threats of a review or a
# lawsuit are service questions.
THREATENED = [
    # tester round of stop 49: a threat to find the asker at home got the article on
    # recovering after a hard conversation, and "should i call the police?" a refusal
    "a guy on the phone said he knows where i live and will come find me. im shaking",
    "thanks. should i call the police?",
    "hij zei dat hij weet waar ik woon",
    "moet ik de politie bellen?",
    "he said he will come after me",
    "can i report him to the police for what he said",
    "a customer is threatening to hit me, what now??",
    "I'm a hotel receptionist and a drunk guest is threatening to hit me right now",
    "a guy says he is going to punch me",
    "customer wants to fight me",
    "he says he will kill me if I don't give him a refund",
    "the patient tried to slap me",
    "passenger spat at me",
    "he took a swing at me at the counter",
    "klant wil me slaan",
    "die man gaat me slaan als ik niet opschiet",
    "klant zei dat hij me zou neersteken",
    "een bezoeker spuugde naar me",
    # verifier round of stop 48: said with "he'll", or done just now
    "a guy at the bar says he'll punch me",
    "a customer just slapped me",
    "klant gaf me een klap",
]
NOT_THREATENED = [
    "de klant dreigt de politie te bellen",
    "customer threatened to call the police on us",
    "een klant wil aangifte doen van diefstal, hoe help ik hem",
    "the customer wants to press charges against the driver",
    "a customer is looking for the police station",
    "a customer is threatening to post a bad review",
    "klant dreigt met een slechte review",
    "customer threatened to sue us",
    "how do I help a customer who wants to beat the queue",
    "the price hit me too, how do I explain it to customers",
    "the song hit me on the radio, customers loved it",
]


@pytest.mark.parametrize("question", THREATENED)
def test_a_threat_of_violence_is_the_unsafe_topic(question: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == "unsafe", found


@pytest.mark.parametrize("question", NOT_THREATENED)
def test_a_threat_of_a_review_or_a_claim_is_not(question: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is None or found.id != "unsafe", found


def test_only_the_crisis_wellbeing_translation_and_private_topics_are_said_without_the_intro() -> None:
    without = [r.id for r in load_referrals(KNOWLEDGE) if not r.intro]
    assert without == [
        "colleague_unwell", "own_panic", "crisis", "own_unwell", "health_at_work", "wellbeing",
        "team_member_shaken", "team_member_threatened", "team_member_distress",
        "colleague_distress", "talk_to_someone",
        "colleague_bullied", "conduct", "translation", "private_affairs", "everyday", "customer_asks_facts",
        "product_facts",
    ]  # fmt: skip


def test_only_the_lines_for_someone_in_distress_or_danger_come_without_a_menu() -> None:
    without = [r.id for r in load_referrals(KNOWLEDGE) if not r.menu]
    assert without == [
        "emergency", "unwell", "caller_unwell", "colleague_unwell", "panic_attack", "own_panic",
        "short_of_breath", "fire", "hazard", "lost_child", "child_in_car", "drowning", "medication_error",
        "crisis", "robbery",
        "unsafe", "own_unwell", "wellbeing", "colleague_distress", "talk_to_someone", "colleague_bullied",
        "conduct",
    ]  # fmt: skip


# Staff at the end of their tether or wanting to quit (tester round of stop 47: "ik ben het
# zo beu, ik wil gewoon stoppen met deze job" got an offer of three articles, no human word):
# a person to talk to, then the article on recovering after hard contacts.
AT_THE_END = [
    # tester round of stop 49: worn out after a shift got the paradigm shifts ("shift")
    "pff ik ben kapot na mijn shift, echt op. heb je iets daarvoor?",
    "niet echt, het gaat over moe zijn na ne lange dag",
    "im exhausted after 10 hours on the phones",
    "I feel burnt out, every day the same angry callers",
    # verifier round of stop 49: read as a goodbye, and English without the caring line
    "ik zen compleet uitgeput van den dag, ik kan ni meer",
    "im so drained after work, totally burnt out. any tips?",
    "ugh i'm wrecked after my shift, totally done. got anything for that?",
    "ik ben het zo beu, ik wil gewoon stoppen met deze job",
    "ik kan het niet meer aan met al die boze klanten",
    "ik trek het ni meer, elke dag gescholden worden",
    "eerlijk gezegd zie ik het niet meer zitten op de klantenservice",
    "stress. te veel klanten, ik hou het ni meer vol",
    "i can't take it anymore, customers yelling all day",
    "honestly i'm thinking of quitting, the guests are so rude",
    "im done with this job, every shift someone shouts at me",
    # tester round of stop 50: offered three articles, saying no kindly among them
    "ik kan echt niet meer, ik slaap slecht door het werk en huil thuis",
    "honestly im so done with this job, i cry in the car before every shift",
    "ik ben er helemaal klaar mee, elke dag hetzelfde gezeur",
    "ik lig elke nacht wakker van mijn werk",
    "i dread every shift now",
    "ik zie zo op tegen mijn dienst morgen",
    # stop 51: a bare "ik kan (echt) niet meer" got the plain "no" reply; Flemish crying
    "ik kan echt niet meer",
    "ik kan niet meer.",
    "ik kan echt nie meer hoor",
    "pff ik kan gewoon niet meer, elke dag hetzelfde",
    "ik ben op",
    "ik ben op van de stress",
    "ik zit thuis te wenen na mijn dienst",
    "ik ween elke avond na het werk",
    "i cant anymore",
    "i can't do it anymore, the customers are killing me",
]


@pytest.mark.parametrize("question", AT_THE_END)
def test_staff_at_the_end_of_their_tether_get_someone_to_talk_to(question: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == "wellbeing", found
    assert found.article == "after-a-hard-conversation"
    assert "vertrouwenspersoon" in found.where["nl"] and "confidential adviser" in found.where["en"]


# A customer who asks to have their data deleted is the privacy officer's (verifier round of
# stop 48: loosely related topics); a customer's data in any other way is a service question.
@pytest.mark.parametrize(
    "question",
    [
        "klant wil dat we zijn gegevens wissen",
        "a customer wants us to delete his personal data",
        "een patiënt vraagt of zijn dossier verwijderd kan worden",
        "guest asks us to erase her details from our system",
        "een klant beroept zich op het recht op vergetelheid",
    ],
)
def test_a_customers_request_to_delete_their_data_goes_to_the_privacy_officer(question: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == "customer_data", found


@pytest.mark.parametrize(
    "question",
    [
        "ik ben een klant vergeten te bellen",
        "de dochter van een bewoner wil zijn gegevens inzien",
        "klant is boos omdat zijn bestelling gewist is",
        "customer deleted the app and lost her tickets",
        "klant heeft zijn gegevens verkeerd ingevuld",
    ],
)
def test_a_customers_data_otherwise_is_a_service_question(question: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is None or found.id != "customer_data", found


# The asker's own private affairs (taxes, allowances, a mortgage, homework) are no service
# question and no matter for the organisation (probe of stop 49: "kun je me helpen met mijn
# belastingaangifte" was offered the article on customers crossing the line, for its
# "aangifte"); a customer's tax return at a counter is a service question.
@pytest.mark.parametrize(
    "question",
    [
        "kun je me helpen met mijn belastingaangifte, weet niet welke aftrekposten ik mag invullen",
        "hoe vul ik mijn aangifte inkomstenbelasting in",
        "can you help me with my tax return",
        "hoe vraag ik huurtoeslag aan",
        "welke hypotheek moet ik nemen",
        "can you help with my homework",
        "kunde gij mij helpen met mijn belastingbrief",
        "is my car insurance too expensive",
        "ik moet nog mijn belastingpapieren invullen, tips?",
    ],
)
def test_the_askers_private_affairs_are_said_to_be_outside_the_coach(question: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == "private_affairs", found
    assert not found.intro and "adviseur" in found.where["nl"] and "adviser" in found.where["en"]


@pytest.mark.parametrize(
    "question",
    [
        "een klant snapt zijn belastingaangifte niet, hoe leg ik het uit",
        "a customer at the tax office counter is angry about his tax return",
        "klant wil een factuur voor zijn belastingaangifte",
        "een bewoner vraagt hulp bij zijn zorgtoeslag",
        "customer asks about the mortgage rates, how do i explain them simply",
    ],
)
def test_a_customers_taxes_or_mortgage_stay_a_service_question(question: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is None or found.id != "private_affairs", found


# Tired or worn out words about something else than the asker (stop 49)
@pytest.mark.parametrize(
    "question",
    [
        "de voorraad is echt op, hoe zeg ik dat",
        "klant is moe na een lange dag wachten",
        "the customer is exhausted and angry",
        "de kassa is kapot",
        "is het echt op?",
        "ik kan niet meer inloggen",
        "klant is compleet uitgeput na de reis",
        "klant huilt aan de balie",
        "the customer cried in the car park",
        "ik kan echt niet meer inloggen",
        "gelukkig huil ik niet meer thuis, het gaat beter",
        # stop 51: a phrase of distress inside a sentence that means something else
        "ik kan het niet meer aan de klant uitleggen",
        "ik ben op tijd maar de klant is toch boos",
        "ik ben op vakantie geweest en nu is alles anders",
        "ik zit helemaal op schema vandaag",
        "ik kan niet meer dan 10 euro korting geven",
        "ik kan niet meer doen dan sorry zeggen",
        "de klant zit te wenen aan de kassa",
        "i can't do it anymore for free, can i?",
        "ik ben eigenlijk op tijd vertrokken", "ik ben wel op de hoogte", "ik ben zo op tijd",
    ],
)
def test_worn_out_words_about_something_else_are_not_the_askers_wellbeing(question: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is None or found.id != "wellbeing", found


# A question about resetting, renewing or fixing a device or software licence is an IT matter,
# with a customer waiting in it too (probe of stop 50: "de bonprinter bij de balie doet het weer
# niet en de klanten staan te wachten, hoe reset ik dat ding" was offered the article on time
# pressure; a licence error at the till was answered with the angry customer).
@pytest.mark.parametrize(
    "question",
    [
        "de bonprinter bij de balie doet het weer niet en de klanten staan te wachten, hoe reset ik dat ding",
        "Klant staat te wachten want de kassa geeft een licentiefout. Wie moet ik bellen om de licentie "
        "van de kassasoftware te verlengen?",
        "A customer asked for a copy of her invoice but our billing software says the licence expired. "
        "How do I renew the licence?",
        "VPN keeps dropping when I take claims calls from home, how do I fix it?",
        "mijn vpn valt steeds weg",
        "the printer is broken and a guest is waiting, how do i restart it",
        "hoe herstart ik de pinautomaat, er staat een rij",
        "de router doet het niet meer, wie moet ik bellen",
    ],
)
def test_resetting_or_renewing_a_device_or_licence_is_an_it_matter(question: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == "it", found


@pytest.mark.parametrize(
    "question",
    [
        "de pin doet het niet en de klant wordt boos",
        "klant is boos want zijn licentie is verlopen, hoe blijf ik rustig",
        "the card machine is broken and the customer is furious, what do I say",
        "hoe reset ik de verwachtingen van een klant die te veel beloofd is",
        "how do I renew a customer's trust after a mistake",
    ],
)
def test_a_customer_upset_by_a_fault_is_still_a_service_question(question: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is None or found.id != "it", found


@pytest.mark.parametrize(
    "question",
    [
        "welke maat polo moet ik bestellen voor het uniform, M valt klein",
        "what size polo should I order for the uniform",
        "hoe kan ik een nieuw uniform bestellen",
    ],
)
def test_the_askers_uniform_is_an_employment_matter(question: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == "employment", found


# Thoughts of suicide, the asker's or someone else's, get the crisis line first (verifier round
# of stop 50: "ik wil niet meer leven" and a customer who wants to kill himself were refused).
@pytest.mark.parametrize(
    "question",
    [
        "ik wil niet meer leven", "sometimes i think about ending it all because of this job",
        "a customer says he wants to kill himself", "klant vertelt dat hij zelfmoord wil plegen",
        "ik denk soms aan zelfmoord door dit werk", "my colleague said she wants to hurt herself",
    ],
)  # fmt: skip
def test_thoughts_of_suicide_get_the_crisis_line(question: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == "crisis", found
    assert found.anyone and not found.intro
    assert "113" in found.where["nl"] and "1813" in found.where["en"] and "112" in found.where["en"]


@pytest.mark.parametrize(
    "question", ["the customer killed it with his feedback", "die klant maakt me dood met zijn vragen haha"]
)
def test_figures_of_speech_are_no_crisis(question: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is None or found.id != "crisis", found


# Upset people or a queue at a broken device are someone served, as a customer is (verifier
# round of stop 50: "de pinautomaat is kapot en de mensen worden boos op mij" got only the IT desk).
@pytest.mark.parametrize(
    "question",
    [
        "de pinautomaat is kapot en de mensen worden boos op mij",
        "the card reader is down and ppl are yelling at me",
    ],
)
def test_a_broken_device_with_upset_people_is_a_service_question(question: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is None or found.id != "it", found


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("text", "lang"), [("ik wil niet meer leven", "nl"), ("i want to kill myself", "en")]
)
def test_the_crisis_line_comes_alone_without_a_menu_of_topics(text: str, lang: str) -> None:
    """The crisis lines are said on their own: a menu of service topics after "ik wil niet meer
    leven" read as if the coach had not listened (verifier round of stop 50)."""
    from bot.i18n import t
    from tests.unit.test_followup import _turn

    messages, _ = _turn(text, lang, [])
    said = [m.get("text") or "" for m in messages]
    assert "113" in said[0] and len([s for s in said if s]) == 1, said
    assert t("refuse_topics", lang) not in said
    assert not any(m.get("buttons") for m in messages), messages


# Who to talk to, after the caring line or on its own (stop 50: "i dont have anyone to talk to
# though" got a goodbye, "met wie kan ik dan praten?" a refusal, "mijn leidinggevende is juist
# het probleem" an unrelated article): confidential people, and anonymous lines.
@pytest.mark.parametrize(
    "question",
    [
        "met wie kan ik dan praten?", "i dont have anyone to talk to though", "ik heb niemand",
        "mijn leidinggevende is juist het probleem", "my boss is the problem", "who can i talk to",
        "bij wie kan ik terecht?", "ik heb niemand om mee te praten", "I can't tell my manager",
        "ik heb niemand om mee te praten hierover",
    ],
)  # fmt: skip
def test_asking_who_to_talk_to_gets_confidential_and_anonymous_help(question: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == "talk_to_someone", found
    assert not found.menu and not found.intro
    assert "vertrouwenspersoon" in found.where["nl"] and "088 0767 000" in found.where["nl"]
    assert "Tele-Onthaal (106)" in found.where["en"] and "113" in found.where["en"]


@pytest.mark.parametrize(
    ("question", "other"),
    [
        ("met wie kan ik praten over mijn salaris", "pay"),
        ("who can i talk to about my payslip", "pay"),
        ("ik heb niemand die me kan vervangen", None),
        ("bij wie kan ik terecht voor een voorschot", None),
    ],
)
def test_who_to_talk_to_about_something_else_is_not_that_topic(question: str, other: str | None) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert (found and found.id) == other, found


@pytest.mark.parametrize(
    ("phrase", "text", "found"),
    [
        ("ik ben op$", "ik ben op", True),
        ("ik ben op$", "ik ben op, echt", True),
        ("ik ben op$", "nou ik ben op hoor", True),
        ("ik ben op$", "ik ben op!", True),
        ("ik ben op$", "ik ben op tijd", False),
        ("ik ben op$", "ik ben op de afdeling", False),
        ("werd * bedreigd$", "ik werd gisteren bedreigd.", True),
        ("werd * bedreigd$", "ik werd gisteren bedreigd door", True),
        ("werd * bedreigd$", "ik werd gisteren bedreigd geacht", False),
    ],
)
def test_a_phrase_ending_in_a_dollar_counts_only_where_its_clause_ends(
    phrase: str, text: str, found: bool
) -> None:
    referral = parse_referrals(
        f"topics:\n  - id: t\n    words: {{nl: ['{phrase}'], en: [x y z]}}\n    where: {{nl: a, en: b}}\n"
    )[0]
    assert referral.matches(text) is found


def test_menu_must_be_true_or_false() -> None:
    with pytest.raises(ReferralError, match="menu"):
        parse_referrals(
            "topics:\n  - id: t\n    menu: nee\n    words: {nl: [a], en: [b]}\n    where: {nl: a, en: b}\n"
        )


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("text", "lang"), [("met wie kan ik dan praten?", "nl"), ("i dont have anyone to talk to", "en")]
)
def test_who_to_talk_to_comes_alone_without_a_menu_of_topics(text: str, lang: str) -> None:
    """Through the real actions: where to go alone, no menu of service topics after it."""
    from tests.unit.test_followup import _turn

    messages, _ = _turn(text, lang, [])
    said = [m.get("text") or "" for m in messages if m.get("text")]
    assert len(said) == 1 and ("Luisterlijn" in said[0]), said
    assert not any(m.get("buttons") for m in messages), messages


# Tester round of stop 51: distress, fear and work matters in Flemish and everyday words that
# got a service menu, a goodbye or an article.
@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("soms wil ik er gewoon niet meer zijn", "crisis"),
        ("ik zie het allemaal ni meer zitten, soms wil ik er gewoon ni meer zijn", "crisis"),
        ("ik kan echt ni meer, ik zit elke avond te wenen als ik thuiskom", "wellbeing"),
        ("ik zie het allemaal ni meer zitten", "crisis"),  # the classic warning phrase (stop 64, S2)
        # stop 54's tester: "ik ben eigenlijk op." at the end of a long day's story
        ("ik ben eigenlijk op. hoe geraak ik hier morgen terug door zonder da ik zelf ontplof?", "wellbeing"),
        ("ik ben eigenlijk helemaal op", "wellbeing"),
        ("eerlijk gezegd trek ik het zelf ook niet meer, ik slaap slecht", "wellbeing"),
        ("who can i talk to then, my manager is never there at night", "talk_to_someone"),
        ("met wie kan ik dan praten, ik ben zelf de leidinggevende", "talk_to_someone"),
        ("im alone at the desk, its 4am, im scared", "unsafe"),
        ("ik sta alleen aan de balie en ik ben bang", "unsafe"),
        ("kunde gij mijn uurrooster efkes aanpassen", "rosters"),
        ("kun jij het belrooster voor volgende week maken", "rosters"),
        ("krijg ik extra betaald als ik op zondag werk", "pay"),
        ("een medewerker is haar wachtwoord van het KCC-systeem kwijt, kan jij dat resetten", "it"),
    ],
)
def test_distress_fear_and_work_matters_in_everyday_words(question: str, topic: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == topic, found


@pytest.mark.parametrize(
    "question",
    [
        "de klant wil er niet meer zijn voor sluitingstijd",
        "ik ben bang dat de klant boos wordt",
        "i'm scared of making mistakes with customers",
        "de klant is bang",
        "klant is zijn wachtwoord kwijt van de webshop",
        "hoe zeg ik tegen een klant dat het rooster vol zit",
    ],
)
def test_the_same_words_about_a_customer_or_a_worry_are_not_referred(question: str) -> None:
    assert find_referral(question, load_referrals(KNOWLEDGE)) is None


def test_flemish_ni_and_nie_read_as_niet() -> None:
    from bot.content.referrals import informal_possessives

    assert informal_possessives("ik trek het ni meer, echt nie") == "ik trek het niet meer, echt niet"
    assert informal_possessives("de nieuwe nier") == "de nieuwe nier"


# Whether the organisation is liable, or what the law says (probe of stop 51: a customer who
# slipped, "zijn wij aansprakelijk?", got the angry customer), and expenses in other words.
@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("Een klant dreigt ons aan te klagen omdat hij is uitgegleden op de natte vloer bij ons in de "
         "bakkerij. Hij heeft z'n pols gebroken. Zijn wij aansprakelijk?", "legal"),
        ("a customer says we are liable for his broken phone, what do i say", "legal"),
        ("de klant stelt ons aansprakelijk voor de schade", "legal"),
        ("is the company liable if a guest trips on the stairs", "legal"),
        ("how do I hand in the receipt for the taxi I took to a client last week", "expenses"),
        ("waar moet ik mijn bonnetje inleveren van de parking", "expenses"),
        # verifier round of stop 51
        ("can a customer sue us if he trips over a box in the aisle", "legal"),
        ("mag ik de klant zijn geld teruggeven volgens de wet, hij heeft geen bonnetje", "legal"),
        ("sometimes i just want to disappear forever", "crisis"),
        ("ik wil gewoon verdwijnen", "crisis"),
        ("theres a guy outside the shop staring at me, i'm freaking out", "unsafe"),
        ("er staat een man buiten die me blijft aanstaren", "unsafe"),
    ],
)  # fmt: skip
def test_liability_and_expenses_in_other_words(question: str, topic: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == topic, found


@pytest.mark.parametrize(
    "question",
    ["klant dreigt met een advocaat, hoe blijf ik rustig", "customer lost the receipt, can he return it"],
)
def test_a_customers_threat_or_receipt_stays_a_service_question(question: str) -> None:
    assert find_referral(question, load_referrals(KNOWLEDGE)) is None


# Verifier round of stop 51: more words of the same kinds.
@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("ik denk erover om er een einde aan te maken", "crisis"),
        ("mijn collega zei vandaag dat hij er niet meer wil zijn", "crisis"),
        ("I really can't take it anymore", "wellbeing"),
        ("I'm completely burned out", "wellbeing"),
        ("ik ben zo moe van alles, elke dag huilen na het werk", "wellbeing"),
        ("ik heb al weken slapeloze nachten van het werk", "wellbeing"),
        ("een klant staat met een mes aan de kassa", "robbery"),  # a weapon: stop 54
        ("someone is trying to break in through the back door right now", "unsafe"),
        ("wie betaalt mijn treinabonnement", "expenses"),
    ],
)
def test_more_words_of_distress_danger_and_expenses(question: str, topic: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == topic, found


@pytest.mark.parametrize(
    "question",
    ["klant wil een einde aan het gesprek maken", "de klant wil er niet meer zijn om 5 uur",
     "hoe snijd ik de taart met een mes", "klant vraagt of het mes scherp is"],
)  # fmt: skip
def test_the_same_words_in_an_everyday_sense_are_not_referred(question: str) -> None:
    assert find_referral(question, load_referrals(KNOWLEDGE)) is None


# Probe of stop 52: a shift swap in other word order, "im sick tomorrow", a summer roster to
# make, a payment terminal that "hapert", and health advice a customer asks for.
@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("hoe ruil ik een dienst met een collega, zaterdag kan ik ni", "rosters"),
        ("kan ik mijn shift ruilen met iemand", "rosters"),
        ("can someone cover my shift tomorrow", "rosters"),
        ("how do i swap my shift with a colleague", "rosters"),
        ("hoe maak ik het zomerrooster als de helft van mijn team tegelijk vrij wil", "rosters"),
        ("im sick tomorrow, who do i call to report it?", "sick"),
        ("i'm ill, who do i tell", "sick"),
        ("ik ben ziek, wie moet ik bellen", "sick"),
        ("wie moet ik bellen als de pinautomaat weer hapert", "it"),
        ("the card machine keeps glitching, who fixes that", "it"),
        ("de scanner reageert niet meer", "it"),
        ("een klant vraagt of ze de zalf van haar hond ook bij haar zwangere kat mag smeren", "medical"),
        ("klant vraagt of hij zijn antibiotica mag innemen met een biertje", "medical"),
        ("can she take ibuprofen with her blood pressure pills", "medical"),
        ("what are the side effects of this cream", "medical"),
        ("patient asks which medicine is best for a cold", "medical"),
    ],
)  # fmt: skip
def test_shift_swaps_sickness_faults_and_health_advice_in_other_words(question: str, topic: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == topic, found


@pytest.mark.parametrize(
    "question",
    [
        "klant is boos omdat zijn medicijnen niet klaarliggen",
        "a customer is angry her prescription is late again",
        "my team hates the summer schedule, how do i keep them motivated",
        "mijn team klaagt over het zomerrooster",
        "een klant wil zijn abonnement ruilen voor een andere dienst",
        "im sick of customers yelling at me",
        "de app hapert en de klant wordt boos",
        "my team keeps asking me for medical advice about customers, how do i set boundaries",
    ],
)
def test_the_same_words_in_a_service_question_are_not_referred(question: str) -> None:
    assert find_referral(question, load_referrals(KNOWLEDGE)) is None


# Verifier round of stop 51: "ik word gepest door mijn collega's en ik durf niet meer naar het
# werk" got the safety line (longest phrase: "ik durf niet meer naar mijn werk"), not the
# confidential adviser. The conduct topic goes `before` the unsafe one, and its line says what
# to do when unsafe.
@pytest.mark.parametrize(
    "question",
    [
        "ik word gepest door mijn collega's en ik durf niet meer naar het werk",
        "ik word al maanden gepest op mijn werk, ik durf niet meer te werken",
        "im being bullied by my coworkers and im scared to go to work",
        "bullied by my manager, i'm afraid to go to work now",
        "mijn baas schreeuwt elke dag tegen me, ik ben bang",
    ],
)
def test_bullying_with_fear_goes_to_the_confidential_adviser_with_a_safety_line(question: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == "conduct", found
    assert "112" in found.where["nl"] and "112" in found.where["en"]


@pytest.mark.parametrize(
    "question",
    ["een klant bedreigde me vandaag, ik durf niet meer naar het werk", "a customer threatened me"],
)
def test_a_customers_threat_is_still_the_safety_line(question: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == "unsafe", found


@pytest.mark.parametrize(
    ("before", "message"),
    [("[nergens]", "no other topic"), ("[t]", "no other topic"), ("ja", "list of topic ids")],
)
def test_before_must_name_other_topics(before: str, message: str) -> None:
    with pytest.raises(ReferralError, match=message):
        parse_referrals(
            f"topics:\n  - id: t\n    before: {before}\n"
            "    words: {nl: [a], en: [b]}\n    where: {nl: a, en: b}\n"
        )


@pytest.mark.parametrize(
    "question",
    [
        "how many vacation days am i allowed to approve for one of my staff",
        "mag ik als teamleider verlof goedkeuren in juli",
    ],
)
def test_the_leave_line_suits_a_manager_who_approves_leave_too(question: str) -> None:
    """The leave line told a manager to ask "je leidinggevende" (tester round of stop 51): it
    now points to the HR portal and HR, which hold the rules for asking and approving."""
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == "leave", found
    assert "leidinggevende" not in found.where["nl"] and "manager" not in found.where["en"]
    assert "HR" in found.where["nl"] and "HR" in found.where["en"]


# Everyday questions outside any work (dev sets 5 and 7: offered service articles): the
# `everyday` topic says the coach only knows service, and a child's homework is the asker's
# private affair.
@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("wat is het weer morgen in gent", "everyday"),
        ("weather this weekend?", "everyday"),
        ("geef me een recept voor lasagne", "everyday"),
        ("wie is volgens u de beste voetballer ooit", "everyday"),
        ("what is the capital of france", "everyday"),
        ("can you help with my sons maths homework, fractions", "private_affairs"),
        ("kun je helpen met het huiswerk van mijn dochter", "private_affairs"),
    ],
)
def test_everyday_questions_outside_work_are_said_to_be_outside_the_coach(question: str, topic: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == topic, found
    assert not found.intro  # no "this is a matter for your organisation"


@pytest.mark.parametrize(
    "question",
    [
        "klant is boos omdat de boot niet vaart door het weer morgen",
        "de klant heeft geen recept voor zijn medicijn",
        "ik werk in een voetbalstadion, supporters zijn boos",
        "a customer asked me for a recipe for the cake we sell",
    ],
)
def test_the_weather_a_prescription_or_football_in_a_service_question_are_not(question: str) -> None:
    assert find_referral(question, load_referrals(KNOWLEDGE)) is None


# Tester round of stop 52 (safety first): a modal verb inside a crisis phrase ("er een eind
# aan wil maken"), a collapse in other words ("zakte in elkaar", "niet aanspreekbaar"), asking
# whether to report with words between ("melding van maken of aangifte doen"), a colleague who
# belittles, and sleepless nights.
@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("een man zei dat hij het ni meer ziet zitten en er een eind aan wil maken", "crisis"),
        ("die man zei letterlijk dat hij zich van kant wil maken", "crisis"),
        ("een passagier zei dat hij er een einde aan wil maken", "crisis"),
        ("hij zei dat hij zichzelf iets wil aandoen", "crisis"),
        ("she said she wants to end her own life", "crisis"),
        ("er zakte daarnet iemand in elkaar in de inkomhal", "emergency"),
        ("een patiënt is net in elkaar gezakt aan mijn balie en reageert ni", "emergency"),
        ("meneer is niet aanspreekbaar", "emergency"),
        ("a customer is choking on a sandwich", "emergency"),
        ("moet ik daar melding van maken of aangifte doen", "unsafe"),
        ("should i report this to the police? he grabbed my arm", "unsafe"),
        ("een collega aan het onthaal die mij constant kleineert waar iedereen bij staat", "conduct"),
        ("my boss humiliates me in front of the team", "conduct"),
        ("ik heb zoveel stress van al die boze bellers, ik slaap er slecht van", "wellbeing"),
        ("en als dat niet helpt? ik lig echt elke nacht wakker", "wellbeing"),
    ],
)  # fmt: skip
def test_crisis_collapse_reporting_belittling_and_sleeplessness_in_other_words(
    question: str, topic: str
) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == topic, found


@pytest.mark.parametrize(
    "question",
    [
        "we willen een eind maken aan de lange wachtrijen",
        "hoe maak ik een einde aan het gezeur van mijn team",
        "het stikt hier van de klanten vandaag",
        "ik krijg een beroerte van die klant",
        # (stop 69: an outage with customers who notice it is `outage_with_customers`: the IT desk and what to
        # tell them, tests/unit/test_safety_kinds_s69s.py)
        "een klant maakt me belachelijk waar iedereen bij staat",
        "customers ignore me when i greet them",
    ],
)
def test_the_same_words_in_everyday_speech_or_about_a_customer_are_not_referred(question: str) -> None:
    assert find_referral(question, load_referrals(KNOWLEDGE)) is None


# Tester round of stop 52: a broken kitchen machine and food-safety rules were refused without
# saying where to go.
@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("the fryer is broken again, oil wont heat up. who do i call", "facilities"),
        ("de koelkast in de keuken lekt", "facilities"),
        ("de vaatwasser doet het niet meer", "facilities"),
        ("whats the right temperature to keep the burgers at, inspector is coming thursday", "food_safety"),
        ("hoe lang mag ik soep bewaren in de koelcel", "food_safety"),
        ("waar vind ik het haccp-plan", "food_safety"),
    ],
)
def test_broken_machines_and_food_safety_rules_are_referred(question: str, topic: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == topic, found


@pytest.mark.parametrize(
    "question",
    [
        "de lift is weer kapot en een klant in een rolstoel is boos",
        "a guest complains the heating in her room is broken",
        "a customer complains about food safety, the chicken was raw",
    ],
)
def test_a_customer_upset_by_a_broken_machine_or_raw_food_is_a_service_question(question: str) -> None:
    assert find_referral(question, load_referrals(KNOWLEDGE)) is None


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("text", "lang", "line"),
    [("ik word gepest door een collega, wat moet ik doen", "nl", "Wat naar dat je dit meemaakt"),
     ("my boss humiliates me in front of the team", "en", "I'm sorry you're going through this")],
)  # fmt: skip
def test_someone_bullied_gets_a_human_line_without_a_menu(text: str, lang: str, line: str) -> None:
    """Tester round of stop 52: the bullying line opened with "dit regelt je organisatie" and a
    menu of service topics followed; now a caring line, the confidential adviser, no menu."""
    from tests.unit.test_followup import _turn

    messages, _ = _turn(text, lang, [])
    said = [m.get("text") or "" for m in messages if m.get("text")]
    assert len(said) == 1 and said[0].startswith(line), said
    assert not any(m.get("buttons") for m in messages), messages


# Verifier round of stop 52: weapons without "mes", "liever dood", bullying in other verbs,
# medicines named by name, food and a temperature in Dutch, passing a shift on.
@pytest.mark.parametrize(
    ("question", "topic"),
    [
        # a weapon shown is the robbery topic since stop 54
        ("a man is waving a gun in the shop", "robbery"),
        ("er loopt iemand met een pistool rond in de winkel", "robbery"),
        ("er staat iemand met een vuurwapen aan de balie", "robbery"),
        ("someone pulled a knife at the checkout", "robbery"),
        ("mijn collega zei dat ze liever dood zou zijn", "crisis"),
        ("he said everyone would be better off without me", "crisis"),
        ("mijn chef roept altijd tegen mij en lacht me uit", "conduct"),
        ("ne collega zit mij de hele tijd af te kraken", "conduct"),
        ("a customer asked if she can give her kid two paracetamol with the antibiotics", "medical"),
        ("klant vraagt of die pillen van haar man ook goed tegen haar hoofdpijn zijn", "medical"),
        ("hoe koud moet de koelcel zijn voor de keuring", "food_safety"),
        ("hoelang mag soep op de bain-marie staan", "food_safety"),
        ("what temperature should the chicken be cooked to", "food_safety"),
        ("kan ik mijn shift van zondag doorgeven aan ne collega?", "rosters"),
    ],
)
def test_weapons_wishes_to_die_bullying_medicines_and_food_in_more_words(question: str, topic: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == topic, found


@pytest.mark.parametrize(
    "question",
    [
        "klant vraagt naar een waterpistool voor zijn zoon",
        "customer is angry because we ran out of a gun cleaning kit",
        "klant is boos omdat zijn antibiotica niet klaarliggen",
        "ik krijg hoofdpijn van die klant",
        "hoe warm moet ik de klant ontvangen",
        "how cold should i be to rude customers",
        "klant klaagt dat de soep koud was",
        "de klant roept tegen mij",
    ],
)
def test_toys_shortages_headaches_and_warm_welcomes_are_not_referred(question: str) -> None:
    assert find_referral(question, load_referrals(KNOWLEDGE)) is None


# Idioms that only look like a topic (stop 52's open list: "ik ben ziek van die klant" got the
# line on reporting sick): `unless` keeps the topic from matching.
@pytest.mark.parametrize(
    "question",
    [
        "ik ben ziek van die klant",
        "ik ben ziek van de drukte vandaag",
        "ik word doodziek van dat gezeur",
        "ik ben ziek en zat van die klant",
        "i'm sick and tired of this customer",
        "im sick of rude guests",
        "ik kan niet meer van het lachen",
    ],
)
def test_idioms_that_only_look_like_a_topic_are_not_referred(question: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is None or found.id not in {"sick", "wellbeing"}, found


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("ik ben ziek", "sick"),
        ("ik ben ziek, kan ik thuisblijven", "sick"),
        ("im sick tomorrow", "sick"),
        ("ik ben ziek van de stress", "wellbeing"),
        ("ik ben helemaal op van de drukte", "wellbeing"),
        ("ik kan niet meer", "wellbeing"),
    ],
)
def test_the_plain_words_still_match_next_to_the_idioms(question: str, topic: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == topic, found


@pytest.mark.parametrize("unless", ["ja", "[1, 2]", "['']"])
def test_unless_must_be_a_list_of_words(unless: str) -> None:
    with pytest.raises(ReferralError, match="unless"):
        parse_referrals(
            f"topics:\n  - id: t\n    unless: {unless}\n"
            "    words: {nl: [a], en: [b]}\n    where: {nl: a, en: b}\n"
        )


def test_unless_keeps_a_topic_from_matching() -> None:
    topics = parse_referrals(
        "topics:\n  - id: t\n    unless: [ziek van, sick * of]\n"
        "    words: {nl: [ik ben ziek], en: [i'm sick]}\n    where: {nl: a, en: b}\n"
    )
    assert find_referral("ik ben ziek", topics) is not None
    assert find_referral("ik ben ziek van die klant", topics) is None
    assert find_referral("i'm sick today, i'm off", topics) is not None
    assert find_referral("i'm sick to death of this", topics) is None


# Facts about the organisation's own products (stop 52's probe: "prijs pakket 20 rijlessen?"
# was offered the article on price objections): prices, rates, opening hours, delivery times.
@pytest.mark.parametrize(
    "question",
    [
        "prijs pakket 20 rijlessen?",
        "hoeveel kost parkeren hier",
        "wat kost een abonnement bij ons",
        "wat is de prijs van een knipbeurt",
        "hoe duur is een kamer per nacht",
        "wat zijn de tarieven voor een verhuisbus",
        "hoe lang is de levertijd van een bank",
        "how much is a single room per night",
        "what does parking cost here",
        "how much do we charge for delivery",
        "what's the price of the family ticket",
        "what is the delivery time for a sofa",
    ],
)
def test_product_facts_are_referred(question: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == "product_facts", found
    assert found.menu and not found.intro


@pytest.mark.parametrize(
    "question",
    [
        "hoeveel kost een ontevreden klant",
        "wat kost slechte service ons",
        "what does poor service cost a company",
        "how much does it cost to lose a customer",
        "the klant keeps complaining about de prijs",
        "klant zeurt al 10 min over de prijs van een fles wijn wat zeg ik dan",
        "een gast vindt de prijs van de kamer te duur",
        "how much discount can i give",
    ],
)
def test_prices_in_a_service_question_are_not_product_facts(question: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is None or found.id != "product_facts", found


# Stop 55 decision: a fact the coach cannot know gets an honest referral, not unrelated articles.
# A customer who asks the opening hours (this one was listed above among the service questions
# until stop 55) or a price gets the line that the coach does not know, where to look and what
# to tell the customer; more in tests/unit/test_facts_and_own_panic_s55.py.
@pytest.mark.parametrize(
    "question",
    ["klant vraagt hoe laat de winkel open gaat op zondag", "klant vraagt wat een knipbeurt kost",
     "a guest wants to know if we're open on boxing day"],
)  # fmt: skip
def test_customer_asking_a_fact_is_referred(question: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == "customer_asks_facts", found
    assert found.menu and not found.intro


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("how much annual leave do i have left", "leave"),
        ("how much does the company put into my pension", "pay"),
        ("hoeveel verdien ik per uur", "pay"),
        ("how much do i earn on sundays", "pay"),
    ],
)
def test_a_work_matter_with_a_price_word_keeps_its_own_topic(question: str, topic: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == topic, found


@pytest.mark.parametrize(
    "question",
    [
        "mag ik als teamleider een dienstruil goedkeuren",
        "mag ik dienstruilen goedkeuren",
        "mag ik als leidinggevende een ruil van diensten goedkeuren",
        "can i approve a shift swap as team leader",
    ],
)
def test_the_roster_line_suits_a_team_leader_who_approves_a_swap(question: str) -> None:
    """A team leader asking whether they may approve a swap was told to ask "je planner of
    leidinggevende" (verifier of stop 52): the line now says where a manager finds the rules."""
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == "rosters", found
    assert "Ben je zelf leidinggevende" in found.where["nl"] and "If you are the manager" in found.where["en"]


# Tester round of stop 53: danger said in other words than the topics had.
@pytest.mark.parametrize(
    ("question", "topic"),
    [
        # someone unwell: chest pain, nearly fainting, on the floor, pills
        ("er zit een meneer in de wachtkamer die ineens heel wit wordt en zegt dat hij pijn op de borst "
         "heeft wat moet ik doen", "emergency"),
        ("hij voelt zich niet lekker en valt bijna flauw", "emergency"),
        ("a guest is lying on the floor by the lift and not really responding", "emergency"),
        ("the guest in 108 says he feels really sick and dizzy, he took some pills, should i give him "
         "paracetamol from the first aid box", "emergency"),
        ("customer says he has chest pains", "emergency"),
        ("mevrouw ligt op de grond en reageert niet", "emergency"),
        # a knife or a robbery (the robbery topic since stop 54), a threat to wait outside or to hit
        ("er kwam daarnet een gast binnen die met een mes zwaaide en de kassa wilde", "robbery"),
        ("overval met een mes, wat nu", "robbery"),
        ("we zijn net overvallen", "robbery"),
        ("ok now hes pushing me and saying hell smash my face in", "unsafe"),
        ("er staat een man aan de balie die zegt dat hij me buiten op staat te wachten", "unsafe"),
        ("he says he'll be waiting for me outside after my shift", "unsafe"),
        ("we were held up at knifepoint last night", "robbery"),
        # self-harm said of a colleague
        ("my colleague just told me she's been self harming and doesnt want to be here anymore", "crisis"),
        ("mijn collega vertelde dat ze zichzelf snijdt", "crisis"),
        # a colleague in distress
        ("ze zegt ook dat ze niet meer slaapt en het allemaal niet meer ziet zitten", "colleague_distress"),
        ("een van mijn verkoopsters staat al 3 weken met tranen achter de toog, ze zegt dat het thuis niet "
         "goed gaat", "colleague_distress"),
        ("mijn collega huilt elke dag na haar dienst, wat kan ik doen", "colleague_distress"),
        # a manager asking about their own team gets the coaching articles (stop 56: the colleague
        # line told a team leader to turn to "de leidinggevende"): tests/unit/test_referrals_s56c.py
        ("my coworker isnt sleeping anymore and seems close to burnout", "colleague_distress"),
        # allergens, the food authority, dates; health advice for a patient
        ("een klant vraagt of er noten in ons speltbrood zitten, ze is allergisch. wat zeg ik",
         "food_safety"),
        ("mag ik het brood van gisteren nog verkopen of is dat tegen de regels van het favv", "food_safety"),
        ("does this cake contain nuts? a guest asks", "food_safety"),
        # a customer asking which allergens: the allergen information, not a guess (stop 53)
        ("klant vraagt welke allergenen in de taart zitten", "food_safety"),
        ("can i still sell yoghurt past its date", "food_safety"),
        ("een patient vraagt of hij met zijn knieblessure mag hardlopen en of hij ibuprofen mag nemen",
         "medical"),
        # work matters in other words
        ("ik wil de prijs weten van dry needling", "product_facts"),
        ("what time does breakfast start on sundays here", "product_facts"),
        ("tot hoe laat zijn wij op vrijdag open?", "rosters"),
        ("the key card encoder is broken again", "it"),
        ("wat is mijn barema volgens paritair comité 118?", "pay"),
    ],
)
def test_danger_and_work_matters_in_other_words(question: str, topic: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == topic, found


@pytest.mark.parametrize(
    "question",
    [
        "the customer is pushing me to give a discount",
        "this guest keeps pushing me for an upgrade",
        "klant reageert nauwelijks op mijn uitleg en blijft boos",
        "the customer is hardly responding to my emails",
        "the system is not really responding today",
        "klant staat met tranen in de ogen aan de balie",
        "a customer cries every day on the phone about her late payment",
        "ik heb een verkeerde allergie doorgegeven aan de keuken, hoe bied ik mijn excuses aan",
        "a guest asked what time the pool opens, i didnt know, how do i handle that",
        "elderly customer struggling with the self checkout, how do i help",
    ],
)
def test_look_alikes_of_danger_and_work_matters_stay_service_questions(question: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is None, found


# Stop 54: a robbery or a weapon shown ("we zijn net overvallen", "a guy pulled a knife at the
# till") got the safety line and then the article on customers who cross the line, which has
# nothing on a robbery. They are now the `robbery` topic: its own line (do not resist, 112 once
# it is safe) and the article on what to do during and after a robbery. Threats, intimidation
# and being followed keep the `unsafe` topic; idioms that only look like a robbery match neither.
ROBBED_OR_A_WEAPON = [
    "we zijn net overvallen",
    "er staat een man met een mes aan de kassa",
    "a guy pulled a knife at the till",
    "we got robbed last night, what now",
    "vannacht overval gehad in het tankstation, ik was alleen",
    "winkel overvallen vannacht wat moet ik doen",
    "we zijn gisteren overvalen en ik slaap slecht",  # a typo, and the days after it
    "we zijn overvalle geweest op het werk",  # Flemish
    "er was ne hold-up bij ons in de winkel, wa moet ik doen",
    "der staat ne vent me een mes aan de toog",
    "ik ben beroofd aan de kassa, ik tril nog",
    "een klant heeft me vandaag bedreigd met een mes",
    "die gast trok een mes toen ik zei dat zijn kaart geweigerd was",
    "er staat iemand aan de balie en hij is gewapend",
    "hij richtte een pistool op mij",
    "twee mannen overvielen gisteren de winkel",
    "just got robbed at work, im shaking",
    "we got robed last night",  # a typo
    "robery at the shop last nite",
    "dude pulled out a knife on me at the counter",
    "theres a man with a knife in the store",
    "he held a knife to my throat",
    "a man is pointing a gun at my colleague",
    "hes armed, what do i do",
    "i got mugged on my way to the bank with the takings",
    "the robbers ran off with the cash",
    "customer threatened to come back with a knife",
    "sinds de overval voel ik me niet meer veilig",  # the robbery goes before the safety line
    "ik ben bang voor een overval, we zijn vaak alleen",
    "a robbery at my shop, what do I do now",
]


@pytest.mark.parametrize("question", ROBBED_OR_A_WEAPON)
def test_a_robbery_or_a_weapon_is_the_robbery_topic(question: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == "robbery", found


# threats without a weapon shown, intimidation, being followed or touched: the safety line
THREATENED_WITHOUT_A_WEAPON = [
    "ik werd bedreigd door een klant",
    "een klant bedreigde me vandaag, ik durf niet meer naar het werk",
    "klant zei dat hij me zou neersteken",
    "he said he's gonna stab me",
    "someone said he would stab me",
    "he says he'll be waiting for me outside after my shift",
    "er staat een man buiten die me blijft aanstaren",
    "a guy is following me to my car",
    "a customer grabbed me",
    "ik heb schrik van die klant, hij wacht me op na mijn dienst",
    "someone is trying to break in through the back door right now",
]


@pytest.mark.parametrize("question", THREATENED_WITHOUT_A_WEAPON)
def test_a_threat_without_a_weapon_keeps_the_safety_line(question: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == "unsafe", found


# "overvallen", "robbery", a knife, a gun or "armed" in their everyday senses
NOT_A_ROBBERY = [
    "de klant voelt zich overvallen door de prijs",
    "a robbery of a deal",
    "ik werd overvallen door de drukte",
    "the price is daylight robbery",
    "mes en vork ontbreken bij de bestelling",
    "ik voelde me overvallen door die vraag",
    "hoe reageer ik als ik overvallen word met een moeilijke vraag",
    "we werden overvallen door een bus vol toeristen",
    "hoe zorg ik dat ik de klant niet overval met mijn verkooppraatje",
    "je moet klanten niet overvallen met een aanbieding",
    "het voelde als een overval toen de inspectie zomaar binnenkwam",
    "ik ben beroofd van mijn pauze door die klant",
    "klant voelt zich beroofd door de parkeerprijs",
    "de klant kwam gewapend met argumenten",
    "the customer felt robbed by the delivery fee",
    "customer says our prices are highway robbery",
    "this fee is robbery",
    "that price is a robbery",
    "the new rules robbed me of my break",
    "sorry for the hold-up, the kitchen is slow",
    "we got held up in traffic",
    "customer brandishing a receipt at me, how do i stay calm",
    "a guest is waving a coupon at me",
    "customer came armed with a complaint",
    "can I get a knife and fork for table 4",
    "hoe snijd ik de taart met een mes",
    "klant vraagt om een extra mes bij de steak",
    "het scanpistool is kapot",
    "a smile is our best weapon",
    "een klant loopt rond met een winkelwagen vol",
]


@pytest.mark.parametrize("question", NOT_A_ROBBERY)
def test_everyday_senses_of_robbery_words_are_neither_a_robbery_nor_unsafe(question: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is None or found.id not in {"robbery", "unsafe"}, found


def test_the_robbery_line_says_not_to_resist_and_112_and_comes_with_its_article() -> None:
    robbery = next(r for r in load_referrals(KNOWLEDGE) if r.id == "robbery")
    assert robbery.article == "robbery-and-violence" and robbery.anyone and not robbery.menu
    assert all("112" in robbery.where[lang] and "?" not in robbery.where[lang] for lang in ("nl", "en"))
    assert "verzet je niet" in robbery.where["nl"] and "don't resist" in robbery.where["en"]
    for lang in ("nl", "en"):
        assert (KNOWLEDGE / lang / "robbery-and-violence.md").is_file()


# Stop 54, a fresh tester: an emergency, a threat, a theft, a medicine question, an allergy and
# work facts in other words (Flemish, English, mixed). A panic attack now has its own calm line
# (stop 55: tests/unit/test_panic_and_medical_s55.py); a theft is the robbery topic (safety
# first, don't chase).
MISSED_KINDS = [
    ("een mevrouw valt om in de wachtkamer en reageert niet als ik haar aanspreek", "emergency"),
    ("een oudere meneer werd ineens heel grauw, begon te zweten en zakte weg op zijn stoel", "emergency"),
    ("a lady just slid off her chair by the window and she's not moving", "emergency"),
    ("reageert niet als ik hem aanspreek", "emergency"),
    ("de klant is weggezakt", "emergency"),
    ("she doesn't respond when I talk to her", "emergency"),
    ("he's grey and sweaty", "emergency"),
    ("her lips are going blue", "emergency"),
    ("hij loopt blauw aan", "emergency"),
    ("de man zit te stuipen", "emergency"),
    ("my barista is in the back having a panic attack, she's hyperventilating and crying", "panic_attack"),
    ("collega heeft een paniekaanval", "panic_attack"),
    ("mijn collega hyperventileert", "panic_attack"),
    ("hij zegt dat ie mij op mijne bek gaat slaan", "unsafe"),
    ("hij wil me op mijn bakkes slaan", "unsafe"),
    ("moet ik de flikken bellen of wa?", "unsafe"),
    ("should I call the cops?", "unsafe"),
    ("moet ik 112 bellen", "unsafe"),
    ("allez, ik heb echt schrik nu, hij staat nog buiten", "unsafe"),
    ("als er iets met haar gebeurt, dan weet ik jou te vinden", "unsafe"),
    ("he said I know where to find you", "unsafe"),
    ("een klant dreigt op de chat dat hij naar ons kantoor komt om haar op te wachten", "unsafe"),
    ("a guy grabbed the tip jar and ran", "robbery"),
    ("so should we try to stop thieves or just let them go?", "robbery"),
    ("mag ik een winkeldief tegenhouden", "robbery"),
    ("iemand heeft de fooienpot gepikt", "robbery"),
    ("moet ik achter een dief aan rennen", "robbery"),
    ("what do I do with a shoplifter", "robbery"),
    ("a customer stole a bottle of wine from the shelves", "robbery"),
    ("Een patiënt vraagt of hij zijn bloedverdunners moet stoppen voor zijn onderzoek", "medical"),
    ("mag ik dan gewoon zeggen dat hij ze een dag ervoor moet stoppen?", "medical"),
    ("can I tell him to skip his meds before the scan", "medical"),
    ("mag ik google translate gebruiken voor medische uitleg?", "medical"),
    ("she has a nut allergy, is the oat milk safe?", "food_safety"),
    ("is there gluten in the croissants, she's coeliac", "food_safety"),
    ("lactose free?", "food_safety"),
    ("bevat dit pinda's, hij is allergisch", "food_safety"),
    ("do shift leads get toeslag for sunday shifts?", "pay"),
    ("what's the wifi wachtwoord for the customers? a guy keeps asking", "it"),
    ("hoe laat gaat de poli vrijdag dicht, weet jij dat?", "rosters"),
    ("zijn we open op 2e paasdag", "rosters"),
    ("are we open on boxing day?", "rosters"),
]


@pytest.mark.parametrize(("question", "topic"), MISSED_KINDS)
def test_the_fresh_testers_kinds_find_their_topic(question: str, topic: str) -> None:
    found = find_referral(question, load_referrals(KNOWLEDGE))
    assert found is not None and found.id == topic, found


LOOK_ALIKES_OF_THE_KINDS = [
    "ik krijg een paniekaanval van die kassa lol",
    "the system is not responding",
    "klant reageert niet op mijn mails",
    "klant reageert niet meer op mijn mails",
    "hij zakte weg in zijn stoel van verveling",
    "the price made me sweat",
    "the screen turned blue",
    "the line is not moving",
    "ik heb schrik dat de klant boos wordt",
    "ik weet je te vinden in het systeem",
    "de klant wacht op mij aan de balie",
    "politie belt ons voor camerabeelden",
    "the customer threatened to call the police on us",
    "we wachten de gast op aan de ingang",
    "hij ging op zijn bek met die presentatie",
    "collega steelt mijn klanten",
    "hij wil altijd de show stelen",
    "die vergadering is tijd stelen",
    "she always tries to steal the show",
    "hij heeft mijn idee gepikt",
    "ik ben een dief van mijn eigen portemonnee",
    "klant vraagt of we medicijnen verkopen",
    "google translate voor een mail aan een toerist",
    "I'm allergic to rude customers lol",
    "ik ben allergisch voor maandagen",
]


@pytest.mark.parametrize("question", LOOK_ALIKES_OF_THE_KINDS)
def test_look_alikes_of_the_fresh_testers_kinds_are_not_referred(question: str) -> None:
    assert find_referral(question, load_referrals(KNOWLEDGE)) is None


def test_medical_explanation_names_an_interpreter_not_a_translation_app() -> None:
    found = find_referral("kan ik een vertaalapp gebruiken om de patiënt zijn medicatie uit te leggen",
                          load_referrals(KNOWLEDGE))
    assert found is not None and found.id == "medical", found
    assert "tolk" in found.where["nl"] and "interpreter" in found.where["en"]


def test_the_robbery_line_also_fits_a_theft() -> None:
    robbery = next(r for r in load_referrals(KNOWLEDGE) if r.id == "robbery")
    assert "achterna" in robbery.where["nl"] and "don't chase" in robbery.where["en"]
