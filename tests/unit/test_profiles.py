"""The profile store: role, team and the pinned language in one row per user, read and
written by every channel and the actions; a restart keeps them, /forget removes them."""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.language import ActionDetectLanguage, ActionSetLanguage
from bot.storage.access import AccessStore
from bot.storage.profiles import ProfileStore


@pytest.fixture()
def url(tmp_path, monkeypatch) -> str:
    url = f"sqlite:///{tmp_path / 'app.db'}"
    monkeypatch.setenv("SERVICECOACH_DATABASE_URL", url)  # where the actions look
    return url


def test_language_is_pinned_per_user_and_validated(url) -> None:
    store = ProfileStore(url)
    assert store.language("u1") is None
    store.set_language("u1", "en")
    assert store.language("u1") == "en" and store.language("u2") is None
    assert store.profile("u1").role == "employee"  # a pin makes a plain profile
    store.set_language("u1", "nl", pinned=False)  # known, but not pinned: not in force
    assert store.language("u1") is None
    with pytest.raises(ValueError):
        store.set_language("u1", "de")


def test_role_and_team_live_in_the_profile_only(url) -> None:
    access = AccessStore(url)
    code, _ = access.create_invite("manager", "front-desk")
    access.redeem("tg-a", code)
    access.profiles.set_language("tg-a", "en")
    assert access.member("tg-a").role == "manager" and access.profiles.profile("tg-a").team == "front-desk"

    access.set_member("tg-a", "admin", "office")  # one write, seen by both
    assert (access.member("tg-a").role, access.member("tg-a").team) == ("admin", "office")
    assert (access.repo.profile("tg-a").role, access.repo.profile("tg-a").team) == ("admin", "office")
    access.repo.set_profile("tg-a", "employee", None)  # `servicecoach profile set` too
    assert (access.member("tg-a").role, access.member("tg-a").team) == ("employee", None)
    assert access.profiles.language("tg-a") == "en"  # role changes keep the language

    access.add_member("tg-b", "manager", "kitchen")
    assert [c.user_id for c in access.chats("manager")] == []
    access.remember_chat("tg-b", 42, "nl")
    assert [c.user_id for c in access.chats("manager")] == ["tg-b"]

    assert access.remove_member("tg-a")
    assert access.member("tg-a") is None and access.profiles.language("tg-a") == "en"  # data stays
    access.repo.forget("tg-b")  # the profile goes, and with it the membership
    assert access.member("tg-b") is None and access.profiles.profile("tg-b") is None


def _tracker(sender: str, text: str, slots: dict | None = None, intent: str = "ask_advice") -> Tracker:
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": [], "metadata": {}}
    base = {"language": "nl", "pinned_language": None, "tips_given": None, **(slots or {})}
    return Tracker(sender, base, latest, [], False, None, {}, "action_listen")


def _run(action, tracker: Tracker) -> list[dict]:
    return asyncio.run(action.run(CollectingDispatcher(), tracker, {}))


def test_a_pin_made_in_the_conversation_is_stored_and_read_back(url) -> None:
    _run(ActionSetLanguage(), _tracker("s1", "in English please", intent="set_language"))
    assert ProfileStore(url).language("s1") == "en"
    # a fresh conversation (e.g. the tracker was lost): the stored pin still holds
    events = _run(ActionDetectLanguage(), _tracker("s1", "Hoe kalmeer ik een boze klant?"))
    assert events == [{"event": "slot", "timestamp": None, "name": "language", "value": "en"}]


def test_a_pin_made_by_a_channel_is_followed_by_the_actions(url) -> None:
    ProfileStore(url).set_language("s2", "nl")  # e.g. Telegram's /taal nl with Rasa down
    events = _run(ActionDetectLanguage(), _tracker("s2", "How do I calm an angry customer?"))
    assert events == []  # stays Dutch


def test_the_conversation_language_is_kept_for_the_channels_own_lines(url) -> None:
    """The actions keep the language each message is answered in, so a channel's own lines
    (the long-message note, errors, command replies) follow the conversation in both
    directions; a pin wins; no profile is made for a sender without one."""
    store = ProfileStore(url)
    store.set_profile("member", "employee", None)
    assert store.conversation_language("member") is None  # before any message: the client's hint
    for text, expected in [
        ("How do I calm down an angry customer who is shouting?", "en"),
        ("ok", "en"),  # says nothing about the language: the conversation's stays
        ("Hoe kalmeer ik een boze klant die staat te schreeuwen?", "nl"),
        ("4", "nl"),
    ]:
        _run(
            ActionDetectLanguage(),
            _tracker("member", text, slots={"language": store.conversation_language("member")}),
        )
        assert store.conversation_language("member") == expected, text
    assert store.language("member") is None  # followed, never pinned

    store.set_language("member", "en")  # pinned: a Dutch message changes nothing
    _run(ActionDetectLanguage(), _tracker("member", "Hoe kalmeer ik een boze klant die staat te schreeuwen?"))
    assert store.conversation_language("member") == "en"

    _run(ActionDetectLanguage(), _tracker("stranger", "How do I calm down an angry customer?"))
    assert store.profile("stranger") is None
    with pytest.raises(ValueError):
        store.follow_language("member", "fr")
