"""Employees get employee articles; manager articles only for managers or questions about
leading a team (actions/knowledge.audience_for)."""

from __future__ import annotations

import pytest

from actions.knowledge import EMPLOYEE_AUDIENCES, audience_for
from bot.dialogue import payloads


@pytest.mark.parametrize(
    "text",
    [
        "mag ik zelf beslissen om een klant korting te geven als er iets mis is gegaan",
        "ik werk in de thuiszorg en een client zegt dat ik te weinig tijd voor haar heb",
        "klant wil perse de manager spreken maar die is er vandaag niet",
        "onze manager stuurt alleen op gesprekstijd",
        "can i give a customer a discount myself",
        "my manager only looks at call times",
    ],
)
def test_employee_questions_get_employee_articles(text: str) -> None:
    assert audience_for("employee", text) == EMPLOYEE_AUDIENCES
    assert audience_for(None, text) == EMPLOYEE_AUDIENCES


@pytest.mark.parametrize(
    "text",
    [
        "hoe geef ik mijn team meer ruimte bij klachten",
        "als leidinggevende wil ik feedback geven op servicegedrag",
        "ik ben teamleider, hoe vier ik successen",
        "how do i coach my team on complaints",
        "as a manager how do i run a huddle",
    ],
)
def test_questions_about_leading_a_team_get_all_articles(text: str) -> None:
    assert audience_for("employee", text) is None


@pytest.mark.parametrize("role", ["manager", "admin"])
def test_managers_get_all_articles(role: str) -> None:
    assert audience_for(role, "klant is boos") is None


def test_offer_buttons_carry_the_offer_ref() -> None:
    parsed = payloads.parse(payloads.advice("angry-customer", ref="abcd1234"))
    assert parsed is not None and parsed.intent == payloads.ASK_ADVICE
    assert parsed.entity("article_id") == "angry-customer" and parsed.entity("answer_ref") == "abcd1234"
    assert payloads.advice("pyramid") == '/ask_advice{"article_id":"pyramid"}'
