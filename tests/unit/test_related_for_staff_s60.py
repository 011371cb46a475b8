"""The follow-up paths' related topics suit the sender (stop 60, after the tester's round found a
manager article in an employee's lists): an employee, or a sender without a role, gets no button
to a manager article unless the message is about leading a team or the article shown is a
leader's already (actions/knowledge.py `related_buttons_for`, used by "nee dat is het niet",
all tips told and the steps without the story). Real index and articles."""

from __future__ import annotations

import pytest

from actions import knowledge as kb
from actions.yes_no import ActionDeny
from bot.dialogue import payloads
from tests.unit.turns import advice_turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

MANAGERS = payloads.advice("culture-kpis")  # a manager article related to time-pressure


def _payloads(buttons: list[dict]) -> list[str]:
    return [b["payload"] for b in buttons]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("role", ["employee", None])
def test_staff_get_no_manager_article_among_the_related(lang: str, role: str | None) -> None:
    art, _ = kb.article("time-pressure", lang)
    assert art is not None and "culture-kpis" in art.related  # the case this test is about
    buttons = kb.related_buttons_for(art, lang, role, "nee dat is het niet")
    assert buttons and MANAGERS not in _payloads(buttons), buttons


@pytest.mark.parametrize(
    ("role", "text"),
    [("manager", "nee dat is het niet"), ("admin", "no that's not it"),
     ("employee", "hoe stuur ik mijn team aan als het druk is")],
)  # fmt: skip
def test_a_leader_or_a_question_about_leading_keeps_them(role: str, text: str) -> None:
    art, _ = kb.article("time-pressure", "nl")
    assert MANAGERS in _payloads(kb.related_buttons_for(art, "nl", role, text))


def test_a_leaders_article_keeps_its_related_for_anyone() -> None:
    art, _ = kb.article("culture-kpis", "nl")
    assert art is not None and art.audience == "manager"
    assert _payloads(kb.related_buttons_for(art, "nl", "employee", "ok")) == _payloads(
        kb.related_buttons(art, "nl")
    )


def test_not_it_after_an_answer_offers_no_manager_article() -> None:
    first = "de rij wordt steeds langer en ik heb geen tijd, hoe blijf ik vriendelijk"
    answered, events = advice_turn(first, "nl", [])
    assert any((m.get("custom") or {}).get("id") == "time-pressure" for m in answered), answered
    messages, _ = advice_turn("nee dat is het niet", "nl", events, ActionDeny, "deny")
    buttons = [b for m in messages for b in m.get("buttons") or []]
    assert buttons and MANAGERS not in _payloads(buttons), buttons
