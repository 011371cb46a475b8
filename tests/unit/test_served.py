"""A short situation about someone served that NLU read as a no, or as a request for the
asker's results, is answered as the question it is (bot/content/served.py; actions/yes_no.py
`tells_a_situation`; bot/selfchecks/asking.py `asks_for_results`). Tester round of stop 46:
"klant niet tevreden" and "client not pleased with the result" got "Geen probleem, ik ben er
als je me nodig hebt", and "klant niet tevreden over het resultaat" showed the asker's own
self-check results. Real actions, the real index and a real app database."""

from __future__ import annotations

import pytest

from actions.selfcheck import ActionShowResults
from actions.yes_no import ActionDeny, tells_a_situation
from bot.content.served import names_someone_served, tells_a_service_scene
from bot.i18n import t
from bot.selfchecks.asking import asks_for_results
from tests.unit.replies import run, said, tracker

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

READ_AS_NO = [
    ("klant niet tevreden", "nl"),
    ("klant niet blij", "nl"),
    ("gast niet tevreden over de kamer", "nl"),
    ("mevrouw helemaal niet tevreden", "nl"),
    ("client not pleased", "en"),
    ("client not pleased with the result", "en"),
    ("client is not pleased with the outcome", "en"),
    ("guest not happy", "en"),
    # tester round of stop 50: a third person's "no" is a situation, not the user's no
    ("but he doesnt accept no", "en"),
    ("she doesnt accept no", "en"),
    ("maar hij accepteert geen nee", "nl"),
    ("ze wil geen nee horen", "nl"),
]


@pytest.mark.parametrize(("text", "lang"), READ_AS_NO)
def test_a_situation_about_someone_served_read_as_no_is_a_question(text: str, lang: str) -> None:
    assert tells_a_situation(tracker(text, "deny", lang), lang)
    messages = run(ActionDeny(), text, "deny", lang)
    assert [m.get("response") for m in messages] != ["utter_deny"], messages
    assert t("offer_question", lang) in said(messages) or any(
        (m.get("custom") or {}).get("type") == "source" for m in messages
    ), said(messages)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("nee, mijn klant is al weg", "nl"), ("nee, de klant is al weg", "nl"),
     ("no, the customer already left", "en"), ("not happy", "en"), ("niet echt", "nl"),
     ("nee, hij is al weg", "nl"), ("no, she left already", "en"), ("nee dank je", "nl")],
)  # fmt: skip
def test_a_reply_or_a_bare_no_is_still_a_no(text: str, lang: str) -> None:
    assert not tells_a_situation(tracker(text, "deny", lang), lang)


@pytest.mark.parametrize(
    "text",
    ["klant niet tevreden over het resultaat", "de gast vond het resultaat niks",
     "customer unhappy with the result of her repair", "klant niet blij met de uitkomst van zijn aanvraag"],
)  # fmt: skip
def test_a_customers_result_is_no_self_check_result(text: str) -> None:
    assert not asks_for_results(text)
    messages = run(ActionShowResults(), text, "show_results")
    assert t("sc_results_head", "nl") not in said(messages)
    assert t("sc_no_results", "nl").split("{")[0][:25] not in said(messages)


@pytest.mark.parametrize(
    ("text", "served"),
    [("klant niet tevreden", True), ("Client not pleased", True), ("de meneer van tafel 4", True),
     ("klantgericht werken", False), ("mijn team", False), ("de manager", False), ("my results", False)],
)  # fmt: skip
def test_names_someone_served(text: str, served: bool) -> None:
    assert names_someone_served(text) is served


@pytest.mark.parametrize(
    ("text", "scene"),
    [("flight is overbooked and ppl are getting angry at me", True), ("theres 40 people in line", True),
     ("one of them is crying now", True), ("de rij wordt steeds langer", True), ("klant niet tevreden", True),
     ("who won the champions league", False), ("book me a flight to london", False),
     ("my mom is angry at me", False), ("wat eten we vanavond", False)],
)  # fmt: skip
def test_tells_a_service_scene(text: str, scene: bool) -> None:
    """Upset people in front of the asker or a queue are a scene at work (tester round of stop
    50); actions/advice.py lets the knowledge base overrule an off-topic reading of one."""
    assert tells_a_service_scene(text) is scene
