"""Stop 62: everyday kinds of message read with the plain words of their article
(bot/engine/plain_kinds.py) and KPI pressure opening the KPI article to staff
(bot/content/audience.py `KPI_PRESSURE`). Here the patterns, per kind: messages of the kind (Dutch,
English, chat spelling, Flemish, typos) and look-alikes that must stay as typed. The answers on the real
index: tests/data/everyday_kinds_s62.yml (tests/unit/test_everyday_kinds.py)."""

from __future__ import annotations

import pytest

from bot.content.audience import audience_for
from bot.engine.plain_kinds import KINDS, kinds_of, plainly

OF_THE_KIND = {
    "bad-mood": [
        "kzit op de kassa en die klant is superchagrijnig, tips??",
        "die meneer aan de balie is mega humeurig, wat doe ik",
        "klant is nors en kortaf",
        "de gast is echt in een rotbui",
        "ne klant was precies chagrijnig vandaag, wa zeg ik dan",
        "the customer is grumpy, any tips?",
        "a guest in a really bad mood at check-in",
        "caller was super cranky",
    ],
    "difficult-at-contact": [
        "kan je me helpen met een difficult klant aan de phone?",
        "moeilijke klant aan de telefoon",
        "een lastige beller aan de lijn",
        "how do I handle a dificult customer on the phone",
        "een lastige klant aan de kassa, tips?",
    ],
    "legal-threat": [
        "klant zegt dat hij ons gaat aanklagen",
        "klant dreigt met een advocaat",
        "klant zegt dat hij naar de rechter stapt",
        "klant dreigt met juridische stappen",
        "customer threatens legal action",
        "the guest says he will get a lawyer",
    ],
    "late-return": [
        "klant wil iets terugbrengen na 3 maanden",
        "klant wil een jas ruilen na een half jaar",
        "een klant wil zn geld terug na twee maanden",
        "customer wants to return something after 3 months",
        "guest wants a refund after six weeks",
    ],
    "apology-without-blame": [
        "hoe bied ik excuses aan zonder de schuld op me te nemen",
        "hoe zeg ik sorry zonder toe te geven dat het onze fout was",
        "excuses maken zonder schuld te bekennen",
        "how do I apologise without admitting fault",
        "how to say sorry without taking the blame",
    ],
    "stress-from-customers": [
        "lastige klanten geven me zoveel stress",
        "al die boze klanten zorgen voor zoveel stress bij mij",
        "ik ben gestrest van al die moeilijke klanten",
        "how can I handle the stress from difficult customers",
        "how do i deal with stress from dificult customers",
        "rude customers stress me out every day",
    ],
    "angry-in-queue": [
        "de rij is lang en de klanten worden boos",
        "klanten in de wachtrij worden kwaad",
        "de mensen moeten lang wachten en zijn geïrriteerd",
        "the queue is long and customers are getting angry",
        "customers are annoyed about the waiting time",
    ],
    "fault-for-discount": [
        "guest says the room is too noisy and wants a discount",
        "klant zegt dat de kamer vies was en wil korting",
        "the coffee machine was broken and the customer wants a refund",
        "gast klaagt over lawaai en wil compensatie",
    ],
    "measuring-a-team": [
        "hoe meet ik of mijn team klantgericht werkt",
        "how do I measure whether my team is customer focused",
        "hoe kan ik meten hoe klantvriendelijk mijn medewerkers zijn",
    ],
    "satisfied-vs-delighted": [
        "wat is het verschil tussen tevreden en enthousiaste klanten",
        "what is the difference between satisfaction and delight",
        "satisfied vs delighted customers?",
    ],
    "new-staff": [
        "ik ben nieuw, waar moet ik op letten bij klanten",
        "ik ben net begonnen in de winkel, hoe pak ik klanten goed aan?",
        "I'm new here, what should I pay attention to with customers",
        "just started at the front desk, any tips for dealing with guests?",
        "mijn eerste week als verkoper, hoe help ik klanten goed",
    ],
    "kpi-pressure": [
        "mijn baas let alleen op hoeveel klanten ik per uur help",
        "my boss only cares about how many customers I serve per hour",
    ],
}

NOT_OF_THE_KIND = {
    "bad-mood": [
        "collegas van de planning zijn altijd chagrijnig tegen ons aan de telefoon",
        "mijn collega is zo chagrijnig tegen klanten",
        "ik heb sorry gezegd en een nieuw bord gebracht maar hij bleef chagrijnig",
        "my coworker is grumpy every morning",
        "hoe word ik zelf minder chagrijnig na een lange dienst",
    ],
    "difficult-at-contact": [
        "hoe ga ik om met een moeilijke klant",
        "een moeilijke collega aan de telefoon",
        "the phone is difficult to use",
    ],
    "legal-threat": [
        "kan ik mijn werkgever aanklagen",
        "can i sue my employer for this",
        "klant dreigt met een slechte review",
    ],
    "late-return": [
        "klant wil iets terugbrengen",
        "klant wil iets terugbrengen binnen 14 dagen",
        "na 3 maanden werk ik hier nog steeds graag",
        "klant wil zn geld terug voor ne stofzuiger die na 3 maand kapot is",
    ],
    "apology-without-blame": [
        "hoe bied ik excuses aan",
        "how do I apologise properly",
        "moet ik altijd sorry zeggen",
    ],
    "stress-from-customers": [
        "ik schiet zelf in de stress van boze klanten, hoe blijf ik rustig?",
        "how do i stay calm when angry customers stress me out",
        "ik heb stress van mijn rooster",
    ],
    "angry-in-queue": [
        "de rij is lang, hoe blijf ik vriendelijk",
        "There was a queue behind him and people were getting impatient",
        "klant is boos over zijn factuur",
    ],
    "fault-for-discount": [
        "customer wants a discount because he thinks it's too expensive",
        "klant vindt het te duur en wil korting",
        "the room is too noisy, can I move him",
    ],
    "measuring-a-team": [
        "hoe krijg ik mn team klantgericht",
        "wat is klanttevredenheid en hoe meet je die",
    ],
    "satisfied-vs-delighted": [
        "hoe meet ik klanttevredenheid",
        "how do I delight a guest",
    ],
    "new-staff": [
        "ik ben nieuw, waar haal ik mijn uniform",
        "ik ben nieuwe teamleider, hoe krijg ik mn team klantgericht",
        "we hebben een nieuw kassasysteem voor klanten",
    ],
    "kpi-pressure": [
        "hoeveel klanten komen er per dag",
        "ik verdien 14 euro per uur",
    ],
}

KIND_NAMES = {kind.name for kind in KINDS}


def _cases(table: dict[str, list[str]]) -> list:
    return [pytest.param(name, message, id=f"{name}-{message[:40]}") for name, messages in table.items()
            for message in messages]


def test_every_kind_has_messages_and_look_alikes() -> None:
    # the kinds of the second helper of stop 62 are in tests/unit/test_answer_kinds_s62b.py
    assert set(OF_THE_KIND) == set(NOT_OF_THE_KIND) <= KIND_NAMES
    assert all(len(OF_THE_KIND[name]) >= 2 and NOT_OF_THE_KIND[name] for name in OF_THE_KIND)


@pytest.mark.parametrize(("name", "message"), _cases(OF_THE_KIND))
def test_a_message_of_the_kind_is_read_with_its_plain_words(name: str, message: str) -> None:
    assert name in [kind.name for kind in kinds_of(message)]
    for lang in ("nl", "en"):
        kind = next(k for k in KINDS if k.name == name)
        read = plainly(message, lang)
        assert read.startswith(message) and kind.plain[lang] in read


@pytest.mark.parametrize(("name", "message"), _cases(NOT_OF_THE_KIND))
def test_a_look_alike_is_not_of_the_kind(name: str, message: str) -> None:
    assert name not in [kind.name for kind in kinds_of(message)]


def test_the_typed_message_decides_the_kind_of_a_reading() -> None:
    """The search matches the message as typed and adds to its reading in each language."""
    typed = "kan je me helpen met een difficult klant aan de phone?"
    reading = "can your me helpen met a difficult customer aan the phone?"
    assert plainly(reading, "en", typed).endswith("calm an irritated customer on the phone")
    assert plainly("hoe gaat het", "nl") == "hoe gaat het"


@pytest.mark.parametrize(
    "message",
    [
        "mijn baas let alleen op hoeveel klanten ik per uur help",
        "we worden afgerekend op gesprekstijd max 4 min, daardoor kan ik klanten niet goed helpen",
        "ik word beoordeeld op afhandeltijd",
        "my boss only cares about how many customers I serve per hour",
        "onze manager stuurt alleen op gesprekstijd",
        "my manager only looks at call times",
        "handle time targets are killing our service",
    ],
)
def test_kpi_pressure_opens_every_article_to_staff(message: str) -> None:
    assert audience_for("employee", message) is None


@pytest.mark.parametrize(
    "message",
    [
        "ik verdien 14 euro per uur",
        "de rij is lang, hoe blijf ik vriendelijk",
        "hoe kapt ge nen babbelaar af aan de telefoon? mn gemiddelde gesprekstijd schiet door het dak",
        "hoeveel klanten komen er per dag in de winkel",
    ],
)
def test_no_kpi_pressure_keeps_staff_articles(message: str) -> None:
    assert audience_for("employee", message) == ("employee", "all")
