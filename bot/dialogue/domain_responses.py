"""A response of the domain (domain.yml) in a given language, for an action that must say it
in the language it has just detected. Rasa picks a response's variation by the `language`
slot *before* the action's events apply (actions/base.py `in_conversation_language`), so a
first English message that is not read as a greeting got the Dutch greeting. Pure Python
(no Rasa); the file is read once."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.settings import ROOT


@lru_cache(maxsize=4)
def _responses(path: Path) -> dict[str, list[dict[str, Any]]]:
    return yaml.safe_load(path.read_text(encoding="utf-8")).get("responses") or {}


def _language_of(variation: dict[str, Any]) -> str | None:
    for condition in variation.get("condition") or []:
        if condition.get("type") == "slot" and condition.get("name") == "language":
            return condition.get("value")
    return None


def domain_response(name: str, lang: str, domain_file: Path = ROOT / "domain.yml") -> dict[str, Any]:
    """The variation of response `name` for `lang`: its `text` and `buttons` (a list of
    {title, payload}; [] when it has none), as keyword arguments for `utter_message`. The
    variation without a language condition stands for any other language.

    Raises KeyError when the domain has no such response."""
    variations = _responses(domain_file)[name]
    chosen = next((v for v in variations if _language_of(v) == lang), None) or next(
        v for v in variations if _language_of(v) is None
    )
    return {"text": chosen["text"], "buttons": list(chosen.get("buttons") or [])}
