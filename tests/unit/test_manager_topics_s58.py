"""A manager's replies without an article offer coaching the team, and a work matter gets the
leader's line (stop 58): the real advice action on the real index, with the role stored as
`servicecoach profile set` stores it."""

from __future__ import annotations

import pytest

from actions import selfcheck
from actions.advice import ActionAnswerAdvice
from bot.i18n import MANAGER_TOPIC_IDS, TOPIC_IDS
from tests.unit.action_helpers import run_text as run

pytestmark = pytest.mark.usefixtures("own_app_db")

USER = "work-matter-user"  # the sender `run` uses

# messages with no article in either language: the coach refuses with topic buttons
REFUSED = [
    ("welke kleur moet ons uniform hebben", "nl"),
    ("hoeveel parkeerplaatsen heeft een winkel nodig", "nl"),
    ("what colour should our uniforms be", "en"),
]


def _payload_ids(messages: list[dict]) -> list[str]:
    return [
        b["payload"].split('"article_id":"')[1].split('"')[0]
        for m in messages
        for b in m.get("buttons") or []
        if '"article_id":"' in b["payload"]
    ]


@pytest.mark.parametrize(("text", "lang"), REFUSED)
def test_a_refused_manager_is_offered_coaching_topics(text: str, lang: str) -> None:
    selfcheck.service().repo.set_profile(USER, "manager", None)
    ids = _payload_ids(run(ActionAnswerAdvice(), text, "ask_advice", lang))
    assert ids and set(MANAGER_TOPIC_IDS) & set(ids)
    assert not set(TOPIC_IDS) - set(MANAGER_TOPIC_IDS) & set(ids)


@pytest.mark.parametrize(("text", "lang"), REFUSED)
@pytest.mark.parametrize("role", ["employee", None])
def test_a_refused_employee_keeps_the_employee_topics(text: str, lang: str, role: str | None) -> None:
    if role is not None:
        selfcheck.service().repo.set_profile(USER, role, None)
    ids = _payload_ids(run(ActionAnswerAdvice(), text, "ask_advice", lang))
    assert set(TOPIC_IDS) - set(MANAGER_TOPIC_IDS) & set(ids)
    assert not set(MANAGER_TOPIC_IDS) - set(TOPIC_IDS) & set(ids)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("wanneer wordt het loon gestort?", "nl"), ("when is the salary paid this month", "en")],
)
def test_a_stored_manager_asking_about_pay_gets_the_leaders_line(text: str, lang: str) -> None:
    from actions import knowledge as kb

    referral = kb.referral_for(text)
    assert referral is not None and referral.where_manager
    selfcheck.service().repo.set_profile(USER, "manager", None)
    said = "\n".join(str(m.get("text") or "") for m in run(ActionAnswerAdvice(), text, "ask_advice", lang))
    assert referral.where_manager[lang] in said and referral.where[lang] not in said
    selfcheck.service().repo.set_profile(USER, "employee", None)
    said = "\n".join(str(m.get("text") or "") for m in run(ActionAnswerAdvice(), text, "ask_advice", lang))
    assert referral.where[lang] in said and referral.where_manager[lang] not in said
