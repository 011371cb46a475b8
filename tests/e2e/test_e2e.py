"""The whole coach over HTTP: real Rasa server, real action server, real index."""

from __future__ import annotations

import uuid

import httpx
import pytest

pytestmark = pytest.mark.e2e


def new_user() -> str:
    return f"e2e-{uuid.uuid4().hex[:10]}"


def texts(replies: list[dict]) -> str:
    return "\n".join(r.get("text", "") for r in replies)


def source(replies: list[dict]) -> dict:
    found = [r["custom"] for r in replies if (r.get("custom") or {}).get("type") == "source"]
    assert found, f"no source in {replies}"
    return found[0]


def test_dutch_greeting_offers_buttons(chat) -> None:
    replies = chat(new_user(), "Goedemorgen!")
    assert "servicecoach" in texts(replies)
    assert len(replies[0]["buttons"]) == 4


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        ("Hoe ga ik om met een boze klant die staat te schreeuwen?", "nl", "angry-customer"),
        (
            "Wat doe ik als ik het probleem van een klant zelf niet kan oplossen?",
            "nl",
            "problem-you-cannot-solve",
        ),
        ("How do I handle an angry customer who is shouting at me?", "en", "angry-customer"),
        ("What is the service excellence pyramid?", "en", "pyramid"),
    ],
)
def test_advice_comes_from_the_right_article(chat, question: str, lang: str, expected: str) -> None:
    replies = chat(new_user(), question)
    assert source(replies) == {**source(replies), "id": expected, "lang": lang}
    assert ("Bron:" if lang == "nl" else "Source:") in texts(replies)
    assert replies[0]["buttons"]  # related topics


def test_following_a_related_topic_button(chat) -> None:
    user = new_user()
    first = chat(user, "Hoe ga ik om met een boze klant?")
    payload = first[0]["buttons"][0]["payload"]
    second = chat(user, payload)
    assert source(second)["id"] == payload.split('"article_id":"')[1].rstrip('"}')


def test_language_follows_each_message_and_can_be_pinned(chat) -> None:
    user = new_user()
    assert "Hi!" in texts(chat(user, "Hello there"))
    assert source(chat(user, "Hoe zeg ik nee tegen een klant?"))["lang"] == "nl"
    assert "English" in texts(chat(user, "in English please"))
    replies = chat(user, "Hoe zeg ik nee tegen een klant?")
    assert source(replies)["lang"] == "en"
    assert "Source:" in texts(replies)


def test_coaching_tip_for_a_manager(chat) -> None:
    replies = chat(new_user(), "Geef me een tip voor mijn teamoverleg over klachten")
    assert texts(replies).startswith("Coachingstip:")
    assert source(replies)["id"]


def test_out_of_scope_is_redirected_politely(chat) -> None:
    replies = chat(new_user(), "Wat wordt het weer morgen in Utrecht?")
    assert "kan ik je niet mee helpen" in texts(replies)


def test_gibberish_gets_an_honest_answer(chat) -> None:
    replies = chat(new_user(), "qwx zzkv plorf bnnnt")
    assert replies and texts(replies)


@pytest.mark.parametrize(
    "message",
    [
        "klant " * 3000,  # over-long
        "🙂😡 klant​ is‮ boos\u0000!!",  # emoji, zero-width, bidi override, NUL
        "**onaf_gemaakte [markdown](",
        '/ask_advice{"article_id":"does-not-exist"}',
    ],
)
def test_bad_input_gets_a_friendly_answer(chat, message: str) -> None:
    replies = chat(new_user(), message)
    assert replies and all("Traceback" not in r.get("text", "") for r in replies)


def test_action_server_crash_is_survived(stack, chat) -> None:
    user = new_user()
    stack.action_server.stop(grace=0.1)
    try:
        down = chat(user, "Hoe ga ik om met een boze klant?")
        assert all("Traceback" not in r.get("text", "") for r in down)
    finally:
        assert stack.restart_dead() == ["action server"]
    assert source(chat(user, "Hoe ga ik om met een boze klant?"))["id"] == "angry-customer"


def test_rest_channel_health(stack) -> None:
    response = httpx.get(f"{stack.settings.rasa_url}/webhooks/rest/", timeout=5)
    assert response.json() == {"status": "ok"}
