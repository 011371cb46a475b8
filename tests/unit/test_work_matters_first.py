"""A work matter that NLU read as small talk gets where to go (actions/base.py,
`answering_work_matters_first`; actions/small_talk.py). Real actions, the real referrals file
(knowledge/referrals.yml), the real index and a real app database (SQLite), one per test.

Found in issue 9.4: "hoeveel vakantiedagen heb ik nog" was read as goodbye and got "Succes
vandaag!"; "mijn loonstrook klopt niet" as deny got "Geen probleem"."""

from __future__ import annotations

import pytest

from actions import knowledge as kb
from actions.advice import ActionAnswerAdvice, ActionOutOfScope
from actions.feedback import ActionFeedback
from actions.selfcheck import ActionShowResults, ActionTeamResults
from actions.small_talk import RESPONSES, ActionSmallTalk
from actions.yes_no import ActionAffirm, ActionDeny
from bot.dialogue import payloads
from bot.i18n import t
from tests.unit.action_helpers import run_text as run

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py


def referred(messages: list[dict], text: str, lang: str) -> bool:
    referral = kb.referral_for(text)
    assert referral is not None, text
    wanted = t("referral", lang, where=referral.where[lang])
    return any(m.get("text") == wanted for m in messages)


# (action, intent NLU gave, message, language): each a work matter of knowledge/referrals.yml
MISREAD = [
    (ActionSmallTalk, "goodbye", "hoeveel vakantiedagen heb ik nog", "nl"),
    (ActionSmallTalk, "goodbye", "fijne dag, waar vind ik het rooster", "nl"),
    (ActionSmallTalk, "thank", "thanks, and how do i reset my password", "en"),
    (ActionSmallTalk, "greet", "hoi, mijn laptop start niet op", "nl"),
    (ActionSmallTalk, "bot_challenge", "is there a bot for my payslip", "en"),
    (ActionDeny, "deny", "mijn loonstrook klopt niet", "nl"),
    (ActionDeny, "deny", "no, my payslip is wrong again", "en"),
    (ActionAffirm, "affirm", "ja, wie heeft de sleutel van het magazijn", "nl"),
    (ActionFeedback, "feedback", "mijn salaris klopt niet", "nl"),
    (ActionShowResults, "show_results", "waar zie ik mijn loonstrook", "nl"),
    (ActionShowResults, "show_results", "where can i see my payslip", "en"),
    (ActionTeamResults, "team_results", "who do i ask for a parking permit", "en"),
]


@pytest.mark.parametrize(("action", "intent", "text", "lang"), MISREAD)
def test_a_work_matter_read_as_small_talk_gets_where_to_go(action, intent: str, text: str, lang: str) -> None:
    messages = run(action(), text, intent, lang)
    assert referred(messages, text, lang), messages
    assert not [m for m in messages if m.get("response")], messages  # no small-talk reply as well


@pytest.mark.parametrize(
    ("intent", "text"),
    [
        ("greet", "hoi coach"),
        ("goodbye", "doei, tot morgen"),
        ("thank", "thanks a lot"),
        ("bot_challenge", "ben jij een bot"),
        ("goodbye", "ik ga naar huis, fijne avond"),
    ],
)
def test_small_talk_gets_its_own_reply(intent: str, text: str) -> None:
    expected = "utter_greet_employee" if intent == "greet" else RESPONSES[intent]  # no role: an employee
    assert [m.get("response") for m in run(ActionSmallTalk(), text, intent)] == [expected]


def test_a_button_is_never_read_as_a_work_matter() -> None:
    """A payload holds no words of the user's: /affirm stays yes."""
    messages = run(ActionAffirm(), "/affirm", "affirm")
    assert payloads.is_payload("/affirm")
    assert [m.get("response") for m in messages] == ["utter_affirm"]


def test_every_small_talk_response_exists_in_the_domain() -> None:
    import yaml

    from bot.settings import get_settings

    domain = yaml.safe_load((get_settings().root / "domain.yml").read_text(encoding="utf-8"))
    assert set(RESPONSES.values()) <= set(domain["responses"])


# A request the coach does not do (knowledge/referrals.yml `translation`, `intro: false`):
# its `where` alone, in the user's language, whatever NLU read (tester round of stop 38).
TRANSLATIONS = [
    (ActionAnswerAdvice, "ask_advice", "wat is 'klantvriendelijk' in het frans", "nl"),
    (ActionAnswerAdvice, "ask_advice", "vertaal dit naar het duits: we gaan om 5 uur dicht", "nl"),
    (ActionOutOfScope, "out_of_scope", "kan je dit vertalen: bedankt voor het wachten", "nl"),
    (ActionAnswerAdvice, "ask_advice", "how do you say 'sorry for the wait' in german", "en"),
    (ActionOutOfScope, "out_of_scope", "can you translate this into spanish please", "en"),
]


@pytest.mark.parametrize(("action", "intent", "text", "lang"), TRANSLATIONS)
def test_a_translation_request_gets_its_line_without_the_organisations_intro(
    action, intent: str, text: str, lang: str
) -> None:
    referral = kb.referral_for(text)
    assert referral is not None and referral.id == "translation" and not referral.intro
    messages = run(action(), text, intent, lang)
    assert [m.get("text") for m in messages if m.get("text")][0] == referral.where[lang]
    assert t("referral", lang, where="")[:12] not in str(messages)
