"""Privacy questions the coach answers itself (tester round of stop 61): who can see the chat or
the self-check answers, where the data is kept, whether the coach is trained on it, a leader who
asks to see their staff's own answers, and "vergeet alles van mij" (the /vergeet route, which asks
first: a typed sentence deletes nothing). Before, "mag mijn baas mijn antwoorden zien?" got a menu,
"wie kan mijn gesprekken lezen?" and "waar worden mijn gegevens opgeslagen" "I can't help with that",
"kan mijn leidinggevende zien wat ik hier vraag?" and "ik wil dat je alles van mij vergeet" the help
text (bot/dialogue/own_data_request.py `privacy_topic`, actions/own_data.py). A customer's privacy
and a sigh about one's boss stay what they are. Real actions; nothing is deleted."""

from __future__ import annotations

import pytest

from actions.advice import ActionAnswerAdvice, ActionKbFallback, ActionOutOfScope
from actions.help import ActionHelp
from actions.selfcheck import ActionTeamResults
from bot.dialogue.own_data_request import asks_about_own_data, privacy_topic
from bot.i18n import t
from bot.selfchecks.team import MIN_GROUP_FLOOR
from bot.settings import get_settings
from tests.unit.replies import run, said

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/conftest.py

WHO_SEES = [
    # the tester's
    "mag mijn baas mijn antwoorden zien?", "kan mijn leidinggevende zien wat ik hier vraag?",
    "wie kan mijn gesprekken lezen?", "can my boss read my chats with you?",
    # more of the kind: Dutch, Flemish, chat spelling, English
    "krijgt mn chef mijn scores te zien", "leest er iemand mee met dit gesprek?",
    "kan iemand van HR mijn berichten lezen", "ziet mijn teamleider wat ik invul bij de zelftest",
    "mag ma baas mn antwoorden zien", "wie ziet wat ik typ", "blijft dit tussen ons?", "is dit prive?",
    "who can see my answers", "does my manager see my self-check answers", "can anyone read this chat",
    "does this stay between us",
]  # fmt: skip
WHERE_KEPT = [
    "waar worden mijn gegevens opgeslagen", "waar sla je mijn gegevens op", "waar staan mijn gegevens",
    "waar worden mijn antwoorden bewaard", "staan mijn gegevens in de cloud?", "where is my data stored",
    "where do my answers go", "is my data kept in the cloud",
]  # fmt: skip
TRAINING = [
    "worden mijn vragen gebruikt om jou te trainen?", "leer je van mijn vragen?",
    "train je op mijn gesprekken",
    "gebruik je mijn berichten voor ai?", "worden mijn antwoorden gebruikt voor training van de ai",
    "are my chats used to train you?", "do you learn from my messages",
]  # fmt: skip
STAFF_ANSWERS = [
    "kan ik de zelftestantwoorden van mijn medewerkers zien", "mag ik de antwoorden van mijn team inzien",
    "kan ik zien wat mijn medewerkers hebben ingevuld", "kan k de antwoorde van mn medewerkers zien",
    "kan ik als teamleider de antwoorden van mijn mensen bekijken",
    "welke medewerker scoorde het laagst op de zelftest", "can i see my team's answers",
    "can I see what each of my staff answered", "which of my team scored low",
]  # fmt: skip
FORGET_ALL = [
    "ik wil dat je alles van mij vergeet", "vergeet alles van mij", "wis alles wat je over mij weet",
    "kun je alles over mij wissen", "forget everything you know about me", "delete everything you have on me",
]  # fmt: skip
# look-alikes: a customer's privacy, one's boss at work, the team's averages, training one's team
NEITHER = [
    "klant vraagt wie zijn gegevens kan zien", "de klant wil weten waar zijn gegevens worden opgeslagen",
    "a customer asks who can see his data", "mijn baas ziet niet wat ik doe",
    "mijn leidinggevende ziet nooit wat ik goed doe", "mijn baas kijkt niet naar wat ik doe",
    "ik wil dat mijn baas ziet wat ik doe", "mijn leidinggevende wil mijn verkoopcijfers zien",
    "kan mijn collega zien wat ik in de kassa typ", "hoe zorg ik dat mijn team elkaars berichten leest",
    "laat de resultaten van mijn team zien", "resultaten van mijn medewerkers", "hoe doet mijn team het",
    "ik zie dat mijn medewerkers korte antwoorden geven", "mijn medewerker geeft kortaf antwoorden",
    "hoe geef ik feedback op de antwoorden van mijn team", "hoe train ik mijn team",
    "hoe leer ik van mijn fouten",
    "leer je me hoe ik mijn berichten korter maak", "kun je ai gebruiken om klanten te helpen",
    "waar vind ik mijn resultaten", "waar staan mijn resultaten", "waar bewaar ik de sleutels",
    "where do i save this file", "who can check this for me", "vergeet alles wat ik zei",
    "hij wist alles van mij", "mijn collega wist alles over mij",
]  # fmt: skip
LEAST = str(max(MIN_GROUP_FLOOR, get_settings().team_min_group))


@pytest.mark.parametrize(
    ("texts", "topic"),
    [
        (WHO_SEES, "who_sees"),
        (WHERE_KEPT, "where_kept"),
        (TRAINING, "training"),
        (STAFF_ANSWERS, "staff_answers"),
    ],
)
def test_each_privacy_question_is_read_as_its_kind(texts: list[str], topic: str) -> None:
    for text in texts:
        assert (asks_about_own_data(text), privacy_topic(text)) == ("privacy", topic), text


@pytest.mark.parametrize("text", FORGET_ALL)
def test_forget_all_of_me_takes_the_forget_route(text: str) -> None:
    assert asks_about_own_data(text) == "forget"
    assert privacy_topic(text) is None


@pytest.mark.parametrize("text", NEITHER)
def test_look_alikes_are_no_privacy_question(text: str) -> None:
    assert asks_about_own_data(text) is None
    assert privacy_topic(text) is None


@pytest.mark.parametrize(
    ("action", "intent"),
    [
        (ActionAnswerAdvice(), "ask_advice"),
        (ActionKbFallback(), "nlu_fallback"),
        (ActionOutOfScope(), "out_of_scope"),
        (ActionHelp(), "help"),
        (ActionTeamResults(), "team_results"),
    ],
)
@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        ("mag mijn baas mijn antwoorden zien?", "nl", "own_data_who_sees"),
        ("can my boss read my chats with you?", "en", "own_data_who_sees"),
        ("waar worden mijn gegevens opgeslagen", "nl", "own_data_where_kept"),
        ("worden mijn vragen gebruikt om jou te trainen?", "nl", "own_data_training"),
        ("are my chats used to train you?", "en", "own_data_training"),
        ("kan ik de zelftestantwoorden van mijn medewerkers zien", "nl", "own_data_staff_answers"),
        ("can i see my team's answers", "en", "own_data_staff_answers"),
        ("ik wil dat je alles van mij vergeet", "nl", "own_data_forget"),
    ],
)
def test_whatever_intent_nlu_read_the_answer_is_given(
    action, intent: str, text: str, lang: str, key: str
) -> None:
    reply = said(run(action, text, intent, lang))
    assert reply == (t(key, lang, min=LEAST) if "{min}" in t(key, lang) else t(key, lang))


def test_the_answers_say_what_the_coach_does() -> None:
    """Managers see team averages only, from the minimum the coach applies; nothing is deleted by a
    sentence; the answers name /privacy, and the forget route asks first."""
    for lang in ("nl", "en"):
        staff = t("own_data_staff_answers", lang, min=LEAST)
        assert LEAST in staff and "{" not in staff
        assert LEAST in t("own_data_who_sees", lang, min=LEAST)
        assert "/privacy" in t("own_data_where_kept", lang) and "/privacy" in t("own_data_training", lang)
    assert "vraag eerst" in t("own_data_forget", "nl") and "ask first" in t("own_data_forget", "en")
