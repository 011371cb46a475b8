"""Messages that mix Dutch and English, over REST with the real Rasa and action servers
(bot/engine/code_switching.py): the reply is in the language of the message's function
words, whatever the turn before was in, and a mixed work matter finds where to go."""

from __future__ import annotations

import uuid

import pytest

pytestmark = pytest.mark.e2e


def new_user() -> str:
    return f"e2e-mixed-{uuid.uuid4().hex[:10]}"


def custom(replies: list[dict], kind: str) -> dict | None:
    found = [r["custom"] for r in replies if (r.get("custom") or {}).get("type") == kind]
    return found[0] if found else None


def texts(replies: list[dict]) -> str:
    return "\n".join(r.get("text", "") for r in replies)


@pytest.mark.parametrize(
    ("before", "message", "lang", "expected"),
    [
        # a Dutch sentence with one English word, after an English turn: Dutch, and answered
        (
            "how do I deal with an angry customer",
            "hoe ga ik om met een boze customer",
            "nl",
            "angry-customer",
        ),
        # an English sentence with one Dutch word, after a Dutch turn: English
        ("hoe ga ik om met een boze klant", "how do I deal with a boze customer", "en", "angry-customer"),
        ("hoe ga ik om met een boze klant", "what is gastvrijheid", "en", "culture-hospitality"),
    ],
)
def test_the_reply_is_in_the_messages_language_not_the_last_turns(chat, before, message, lang, expected):
    user = new_user()
    chat(user, before)
    replies = chat(user, message)
    source = custom(replies, "source")
    assert source is not None, texts(replies)
    assert source["id"] == expected and source["lang"] == lang, source


@pytest.mark.parametrize(
    ("message", "where"),
    [
        ("how do I claim my reiskosten", "Expense claims"),
        ("when is my salaris paid this month", "payroll"),
        ("how many vakantiedagen do I have left", "HR portal"),
    ],
)
def test_a_mixed_work_matter_is_referred_in_its_own_language(chat, message: str, where: str) -> None:
    user = new_user()
    chat(user, "hoi")  # a Dutch conversation
    replies = chat(user, message)
    assert custom(replies, "source") is None and custom(replies, "offer") is None
    assert where in texts(replies), texts(replies)
