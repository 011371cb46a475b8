"""Stop 56 (tester round, items 15, 16, 31, 37, 42, 43): fear of a person, a customer who feels
unwell, a year-end bonus and a leader worried about the team, in knowledge/referrals.yml.

"ik voel mij ni gerust", "ik voel me niet op mijn gemak bij die man" (read as a polite no), "da's
ier echt ni pluis", "k zen bang van die vent" and "I'm scared of the guy at the counter" got no
safety line: `unsafe` knew "veilig" and "bang van die man", not unease, Flemish or English fear of
a person. A worry ("bang dat", "I'm afraid I can't"), nerves and a customer's own fear stay out.
A customer who "zich niet goed voelt" or "feels dizzy" got the article on customers' emotions:
`emergency` now names feeling unwell, dizzy or faint said of someone else, not a customer who
"voelt zich niet goed geholpen" or a sigh ("ik word duizelig van al die regels"). "eindejaars-
uitkering" and "13e maand" were no pay words. A team leader asking about burn-out in the team got
the colleague's line ("wijs op hulp: de leidinggevende") with 113: `colleague_distress` now leaves
a leader's question to the coaching articles, and keeps a colleague crying in the break room.
Real referrals, the real decision code and the real actions.
"""

from __future__ import annotations

import pytest

from actions.advice import ActionAnswerAdvice
from actions.yes_no import ActionDeny
from bot.engine.decision import referrals_for
from tests.unit.action_helpers import run_text as run
from tests.unit.test_referrals_s55b import REFERRALS, topic_of

BY_ID = {r.id: r for r in REFERRALS}
LEADER = (
    "ik maak me zorgen, 2 mensen in mijn team zitten tegen een burn-out aan denk ik, ze zijn op en een "
    "van hen huilde gisteren na een gesprek met een bewoner. wat kan ik als leidinggevende doen"
)


# -- 1. unease or fear about a person: the safety line ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the tester's
        "er hangt al een half uur een gast rond aan onze bankautomaat in de inkomhal en hij spreekt "
        "klanten aan, ik voel mij ni gerust",
        "ik voel me niet op mijn gemak bij die man",
        "da's ier echt ni pluis",
        "k zen bang van die vent aan de balie",
        "I'm scared of the guy at the counter",
        "im scared of the guy at the counter",
        "I'm afraid of a customer",
        # Dutch and Flemish in other words
        "ik voel me niet gerust bij die vent",
        "k voel mij nie gerust",
        "ik voel mij hier ni op mijn gemak",
        "ik voel me niet op m'n gemak bij die gasten aan de ingang",
        "kzen bang van die gast",
        "ik ben bang voor die rare man bij de deur",
        "ik heb schrik van die vent aan de kassa",
        "die vent maakt me bang",
        "ik vind die man eng, hij blijft maar rondhangen",
        "ik vertrouw die vent niet, hij hangt al een uur rond",
        "het is hier echt niet pluis vandaag",
        "ik heb een onveilig gevoel bij die man",
        # English
        "he scares me, he keeps coming back to the counter",
        "that guy creeps me out",
        "the man at the door gives me the creeps",
        "I feel uneasy around him",
        "I feel uncomfortable around that guy",
        "i dont trust that guy at the atm",
        "I'm terrified of this customer",
    ],
)
def test_fear_or_unease_about_a_person_gets_the_safety_line(text: str) -> None:
    assert topic_of(text) == "unsafe", text


@pytest.mark.parametrize(
    "text",
    [
        # a worry, a polite "I'm afraid", nerves: a service question or no referral
        "ik ben bang dat de klant boos wordt als ik nee zeg",
        "I'm afraid I can't help",
        "I'm afraid that the customer will complain",
        "I'm afraid the customer will not like it",
        "ik ben bang dat ik het verkeerd doe",
        "ik ben niet gerust in de uitslag",
        "ik ben er niet gerust op dat de levering op tijd komt",
        "ik voel me er niet gerust bij om die klant korting te geven",
        "ik voel me niet op mijn gemak bij presentaties",
        "ik voel me niet op mijn gemak als ik nee moet zeggen",
        "ik heb schrik van presentaties",
        "ik ben bang voor de reactie van de klant",
        "I'm afraid of losing the customer",
        "I'm afraid of the customer's reaction",
        "I'm scared of making mistakes with the new till",
        # a customer's own fear, or a suspect payment or mail
        "klant is bang voor de tandarts",
        "passenger is scared of flying",
        "the customer is afraid of dogs",
        "er is iets niet pluis met deze betaling",
        "die mail is niet pluis",
    ],
)
def test_a_worry_nerves_or_a_customers_fear_gets_no_safety_line(text: str) -> None:
    assert topic_of(text) != "unsafe", text


@pytest.mark.usefixtures("own_app_db")
def test_unease_read_as_a_polite_no_still_gets_the_safety_line() -> None:
    """The tester's "ik voel me niet op mijn gemak bij die man" got "Geen probleem. Ik ben er als
    je me nodig hebt." (the reply to a no)."""
    messages = run(ActionDeny(), "ik voel me niet op mijn gemak bij die man", "deny", "nl")
    assert messages[0]["text"].startswith(BY_ID["unsafe"].where["nl"]), messages[0]
    assert not any("Geen probleem" in (m.get("text") or "") for m in messages)


# -- 2. someone served or present who feels unwell, dizzy or faint: the 112 line ----------------


@pytest.mark.parametrize(
    "text",
    [
        # the tester's: pale and sweaty, or fainting, is an emergency
        "een klant zit heel bleek en zweterig op een stoel en zegt dat hij zich niet goed voelt",
        "de klant ging van zijn stokje in de rij",
        "a customer is going to faint",
        "he's feeling faint and pale",
        "meneer voelt zich onwel",
    ],
)
def test_someone_unwell_with_a_sign_of_an_emergency_gets_the_112_line(text: str) -> None:
    assert topic_of(text) == "emergency", text
    assert [r.id for r in referrals_for(text, REFERRALS)] == ["emergency"], "the 112 line covers `unwell`"


@pytest.mark.parametrize(
    "text",
    [
        "een meneer in de rij zegt dat hij zich niet lekker voelt en duizelig is",
        "customer feels dizzy and sat down on the floor",
        # Dutch and Flemish in other words
        "de klant zegt dat hij zich niet lekker voelt",
        "mevrouw voelt zich ineens niet goed aan de balie",
        "een passagier aan de gate voelt zich niet goed, wat moet ik doen",
        "hij voelt hem ni goed, hij zit op de grond",
        "de patiënt is duizelig en zit op de grond",
        "de bewoner wordt plots duizelig",
        "een klant werd draaierig in de winkel",
        "iemand is licht in het hoofd bij de kassa",
        # English
        "a guest says he feels unwell",
        "the passenger is dizzy and sweating",
        "the lady at the counter doesn't feel well",
        "the customer isn't feeling well, she's sitting down",
    ],
)
def test_someone_who_feels_unwell_or_dizzy_gets_the_calm_first_aid_line(text: str) -> None:
    # stop 57: the calmer `unwell` line (sit or lie down, stay, 112 when ...), a danger topic
    # too (no menu); it got the 112 line first in stop 56
    assert topic_of(text) == "unwell", text
    assert BY_ID["unwell"].danger


@pytest.mark.parametrize(
    "text",
    [
        # a customer's feelings about the service
        "de klant voelt zich niet gehoord",
        "klant voelt zich niet goed geholpen",
        "de klant voelt zich niet goed behandeld",
        "de klant voelt zich niet serieus genomen",
        "de klant voelt zich niet goed bij de beslissing",
        "de klant voelt zich niet goed aan de kant gezet",
        "the customer feels ill-treated",
        "the customer feels unwell-treated",
        "the customer feels sick of waiting",
        # sighs and figures of speech
        "ik word duizelig van al die regels",
        "je wordt er duizelig van, al die regels",
        "de klant ging bijna van zijn stokje toen hij de prijs zag",
        # someone unwell for weeks, or rescheduling: no emergency
        "mijn collega voelt zich al weken niet goed",
        "een beller zegt dat hij zich niet goed voelt en zijn afspraak wil verzetten",
    ],
)
def test_feelings_about_the_service_and_sighs_get_no_112_line(text: str) -> None:
    assert topic_of(text) not in ("emergency", "unwell"), text


def test_the_askers_own_unwellness_is_still_reporting_sick() -> None:
    assert topic_of("ik voel me niet lekker vandaag, moet ik me ziekmelden") == "sick"


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("een meneer in de rij zegt dat hij zich niet lekker voelt en duizelig is", "nl"),
        ("customer feels dizzy and sat down on the floor", "en"),
    ],
)
def test_the_testers_unwell_customer_gets_the_112_line_not_an_article(text: str, lang: str) -> None:
    messages = run(ActionAnswerAdvice(), text, "ask_advice", lang)
    assert messages[0]["text"] == BY_ID["unwell"].where[lang]
    assert not any(m.get("buttons") or m.get("custom") for m in messages)


# -- 3. a year-end bonus, a thirteenth month and other pay ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "en wanneer krijg ik mijn eindejaarsuitkering eigenlijk",
        "wij krijgen een 13e maand, wanneer wordt die uitbetaald",
        "wanneer wordt de eindejaarspremie gestort",
        "krijgen we dit jaar een dertiende maand",
        "wanneer krijg ik mijn 13de maand",
        "wanneer wordt mijn bonus uitbetaald",
        "hoeveel winstdeling krijgen we",
        "krijg ik overwerktoeslag als ik langer blijf",
        "wanneer krijg ik loonsverhoging",
        "when do we get the year-end bonus",
        "is the 13th month paid in december",
        "when is my christmas bonus paid",
        "do i get overtime pay for the extra hours",
    ],
)
def test_a_bonus_or_thirteenth_month_of_ones_own_is_for_payroll(text: str) -> None:
    assert topic_of(text) == "pay", text


@pytest.mark.parametrize(
    "text",
    [
        "klant vraagt of zijn eindejaarsuitkering al gestort is",
        "een klant wil weten wanneer zijn vakantiegeld komt",
        "a customer asks when her year-end bonus will be paid",
        "de klant krijgt een bonus als hij zijn abonnement verlengt",
        "bonus voor de klant bij aankoop van twee producten",
        "hoe geef ik een klant een bonus",
    ],
)
def test_a_customers_bonus_is_a_service_question(text: str) -> None:
    assert topic_of(text) != "pay", text


# -- 4. a leader about the team's strain: the coaching articles; a colleague in tears: the line ---


@pytest.mark.parametrize(
    "text",
    [
        LEADER,
        "twee van mijn medewerkers zitten er helemaal doorheen, hoe help ik ze",
        "one of my team has been crying every day, what do i do as her manager",
        "my staff are close to burnout, what can I do as a manager",
    ],
)
def test_a_leader_asking_about_the_teams_strain_gets_no_colleague_line(text: str) -> None:
    # stop 64 (S2): a leader's own line may come, with the coaching article, never 113
    assert topic_of(text) in (None, "team_member_distress"), text
    assert "113" not in BY_ID["team_member_distress"].where["nl"] + BY_ID["team_member_distress"].where["en"]


@pytest.mark.parametrize(
    "text",
    [
        "mijn collega zit te huilen in de pauzeruimte en zegt dat ze niet meer kan",
        "my colleague is crying in the break room and says she can't cope",
        "mijn collega zit tegen een burnout aan",
        "ze zegt ook dat ze niet meer slaapt en het allemaal niet meer ziet zitten",
    ],
)
def test_a_colleague_in_distress_keeps_the_caring_line(text: str) -> None:
    assert topic_of(text) == "colleague_distress", text


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("mijn collega zegt dat ze niet meer kan komen op dinsdag", None),  # a roster matter, no distress
        ("de klant zit te huilen aan de balie", None),  # a customer in tears: a service question
        ("ik zit tegen een burnout aan", "wellbeing"),  # the asker's own
        ("een collega in mijn team ziet het leven niet meer zitten", "crisis"),  # a sign of danger
    ],
)
def test_others_in_tears_or_danger_go_where_they_belong(text: str, topic: str | None) -> None:
    assert topic_of(text) == topic, text


@pytest.mark.usefixtures("own_app_db")
def test_the_testers_leader_gets_the_coaching_articles_without_113() -> None:
    messages = run(ActionAnswerAdvice(), LEADER, "ask_advice", "nl")
    said = " ".join(m.get("text") or "" for m in messages)
    assert "113" not in said and "1813" not in said, said
    offered = [m["custom"] for m in messages if (m.get("custom") or {}).get("type") in ("offer", "source")]
    ids = [i for c in offered for i in (c.get("ids") or [c.get("id")])]
    assert "coaching-aftercare" in ids, messages
