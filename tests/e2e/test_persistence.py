"""Conversations live in the SQLite tracker store: after both servers restart the coach
still knows each user (the language one pinned, the self-check another had half done)."""

from __future__ import annotations

import sqlite3

import httpx
import pytest

from bot.dialogue.client import RasaClient
from bot.stack.stack import Stack
from tests.e2e.test_selfcheck_e2e import payload_for, text_of
from tests.helpers import stack_settings

pytestmark = pytest.mark.e2e


def test_restart_keeps_the_conversation(tmp_path, rasa_model) -> None:
    settings = stack_settings(tmp_path)
    user = "persist-user"
    checker = "restart-user"  # answers two statements of a self-check before the restart
    with Stack(settings, show_progress=False, model=rasa_model):
        client = RasaClient(settings.rasa_url)
        assert "English" in client.send(user, "please talk English")[0]["text"]
        listing = client.send(checker, "ik wil een zelftest doen")
        client.send(checker, payload_for(listing, "handling-complaints"))
        client.send(checker, "4")
        assert "vraag 3 van" in text_of(client.send(checker, "2"))
        client.close()

    db = tmp_path / "tracker.db"
    with sqlite3.connect(db) as conn:
        senders = {row[0] for row in conn.execute("select sender_id from events")}
    assert user in senders

    with Stack(settings, show_progress=False, model=rasa_model) as stack:
        client = RasaClient(settings.rasa_url)
        replies = client.send(user, "Hoe zeg ik nee tegen een klant?")
        resumed = client.send(checker, "ga verder met mijn zelftest")
        client.close()
        assert "vraag 3 van" in text_of(resumed)  # the self-check goes on where it was
        assert "Source:" in replies[0]["text"]  # still pinned to English
        tracker = httpx.get(
            f"{settings.rasa_url}/conversations/{user}/tracker", params={"token": stack.api_token}, timeout=10
        ).json()
        assert tracker["slots"]["pinned_language"] == "en"
        texts = [e.get("text") for e in tracker["events"] if e.get("event") == "user"]
        assert texts[0] == "please talk English"
