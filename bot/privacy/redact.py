"""Secrets never reach a log: every log record, from any library (httpx logs each request
URL, and Telegram's URLs contain the bot token), is rendered and scrubbed when created."""

from __future__ import annotations

import logging
import threading

_secrets: set[str] = set()
_lock = threading.Lock()
_installed = False
MASK = "[secret]"


def redact(text: str) -> str:
    for secret in _secrets:
        text = text.replace(secret, MASK)
    return text


def protect(*secrets: str) -> None:
    """Scrub these values from every log record from now on."""
    global _installed
    with _lock:
        _secrets.update(s for s in secrets if s and len(s) >= 6)
        if _installed:
            return
        _installed = True
        make_record = logging.getLogRecordFactory()

        def scrubbed(*args, **kwargs) -> logging.LogRecord:
            record = make_record(*args, **kwargs)
            if _secrets:
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


def quiet_http_logs() -> None:
    """httpx logs every request at INFO; keep those out of the bot's log."""
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)
