"""Secrets never reach a log: every log record, from any library (httpx logs each request
URL, and Telegram's URLs contain the bot token), is rendered and scrubbed when created.

Two kinds are scrubbed: the values given to `protect()` (bot token, webhook secret, hash key,
Rasa's API token, database passwords), and, by their shape, secrets in URLs whatever their
value: query parameters named like a secret (`?token=...`, `&api_key=...`, `password=`,
`secret=`, `auth=`, `signature=`), the password of `scheme://user:password@host`, and a
Telegram bot token in a Bot API path (`/bot<id>:<key>/`)."""

from __future__ import annotations

import logging
import re
import threading

_secrets: set[str] = set()
_lock = threading.Lock()
_installed = False
MASK = "[secret]"


_SECRET_QUERY = re.compile(
    r"(?P<name>[?&;](?:[\w.-]*[_.-])?(?:token|secret|passw(?:or)?d|pwd|apikey|auth|signature|sig|key)=)"
    r"(?P<value>[^&#\s\"'<>]+)",
    re.IGNORECASE,
)
_URL_PASSWORD = re.compile(
    r"(?P<name>\b[a-z][a-z0-9+.-]*://[^:/@\s]*:)(?P<value>[^@/\s]+)(?=@)", re.IGNORECASE
)
_BOT_TOKEN = re.compile(r"(?P<name>/bot\d+:)(?P<value>[A-Za-z0-9_-]{20,})")


def redact(text: str) -> str:
    """`text` with every protected value and every secret-shaped part of a URL masked."""
    for secret in _secrets:
        text = text.replace(secret, MASK)
    for shape in (_SECRET_QUERY, _URL_PASSWORD, _BOT_TOKEN):
        text = shape.sub(lambda m: m["name"] + MASK, text)
    return text


def protect(*secrets: str) -> None:
    """Scrub these values (and secret-shaped URL parts, see the module) from every log record
    of this process from now on. Values shorter than 6 characters are not scrubbed by value."""
    global _installed
    with _lock:
        _secrets.update(s for s in secrets if s and len(s) >= 6)
        if _installed:
            return
        _installed = True
        make_record = logging.getLogRecordFactory()

        def scrubbed(*args, **kwargs) -> logging.LogRecord:
            record = make_record(*args, **kwargs)
            try:
                message = record.getMessage()
            except Exception:  # a broken format string is not ours to fix here
                return record
            clean = redact(message)
            if clean != message:
                record.msg, record.args = clean, None
            if record.exc_info and not record.exc_text:
                record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
                record.exc_info = None
            return record

        logging.setLogRecordFactory(scrubbed)


def url_passwords(*urls: str) -> list[str]:
    """The passwords in these URLs (database URLs), percent-decoded and as written."""
    from urllib.parse import unquote, urlsplit

    found = []
    for url in urls:
        try:
            password = urlsplit(url).password
        except ValueError:
            continue
        if password:
            found += [password, unquote(password)]
    return found


def quiet_http_logs() -> None:
    """httpx logs every request at INFO; keep those out of the bot's log."""
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)
