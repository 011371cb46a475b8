"""Secrets never reach a log, by value and by shape (bot/privacy/redact.py)."""

from __future__ import annotations

import logging

import pytest

from bot.privacy.redact import MASK, protect, redact, url_passwords


@pytest.mark.parametrize(
    ("line", "secret"),
    [
        ('HTTP Request: GET http://127.0.0.1:5005/status?token=Abc123_-xyz "HTTP/1.1 200 OK"', "Abc123_-xyz"),
        ("GET /conversations/u/tracker?include_events=ALL&token=T0ken.value", "T0ken.value"),
        ("https://x.org/api?api_key=K3y&q=1", "K3y"),
        ("https://x.org/api?access_token=AT;x", "AT"),
        ("connect postgresql+psycopg://coach:pa%40ss@db:5432/app", "pa%40ss"),
        ("redis://:redispw@cache:6379/0", "redispw"),
        ("POST https://api.telegram.org/bot123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/getUpdates",
         "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"),
    ],
)
def test_secret_shapes_are_masked_whatever_their_value(line: str, secret: str) -> None:
    assert secret not in redact(line) and MASK in redact(line)


@pytest.mark.parametrize("line", ["https://a.b/c?q=hoe+ga+ik&page=2", "keyboard=1&monkey=2", "sqlite:///var/app.db"])
def test_ordinary_urls_are_left_alone(line: str) -> None:
    assert redact(line) == line


def test_protected_values_and_shapes_leave_every_log_record(caplog) -> None:
    protect("value-only-0123456789", *url_passwords("postgresql://u:dbpw%2Fx@h/d"))
    with caplog.at_level(logging.INFO):
        logging.getLogger("any.library").info("url %s?token=%s and %s", "http://h", "tok123456", "dbpw/x")
        logging.getLogger("any.library").info("value-only-0123456789")
    text = caplog.text
    assert "tok123456" not in text and "dbpw/x" not in text and "value-only-0123456789" not in text
