"""Buttons in domain.yml's fixed responses that open an article (`/ask_advice{"article_id": ...}`)
name an article that exists in the response's language, under that article's own title. The
off-topic reply offers the three examples it names (an angry customer, saying no kindly, a
problem you cannot solve yourself) as such buttons; it used to offer only saying no (tester
round of stop 37)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.content.articles import load_article
from bot.dialogue import payloads

ROOT = Path(__file__).resolve().parents[2]
RESPONSES = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["responses"]


def as_sent(template: str) -> str:
    """A response's text or payload as Rasa sends it. Rasa fills `{name}` from the slots
    (rasa/core/nlg/interpolator.py): a payload's JSON braces must be doubled (`{{...}}`),
    or every reply logs a KeyError and the template goes out unfilled. Raises KeyError for
    single braces, as Rasa's interpolation fails."""
    filled = re.sub(r"{([^\n{}]+?)}", r"{0[\1]}", template).format({})
    return template.format({}) if "0[" in filled else filled


def _variants() -> list[tuple[str, str, dict]]:
    out = []
    for name, variants in RESPONSES.items():
        for variant in variants:
            conditions = variant.get("condition") or []
            lang = next((c["value"] for c in conditions if c.get("name") == "language"), "nl")
            buttons = [{**b, "payload": as_sent(b["payload"])} for b in variant.get("buttons") or []]
            out.append((name, lang, {**variant, "buttons": buttons}))
    return out


ARTICLE_BUTTONS = [
    (name, lang, button)
    for name, lang, variant in _variants()
    for button in variant.get("buttons") or []
    if payloads.parse(button["payload"]) is not None
    and payloads.parse(button["payload"]).intent == "ask_advice"
]


def test_there_are_article_buttons_to_check() -> None:
    assert len(ARTICLE_BUTTONS) >= 6


@pytest.mark.parametrize(("name", "lang", "button"), ARTICLE_BUTTONS)
def test_an_article_button_names_an_article_under_its_own_title(name: str, lang: str, button: dict) -> None:
    article_id = payloads.parse(button["payload"]).entity("article_id")
    path = ROOT / "knowledge" / lang / f"{article_id}.md"
    assert path.exists(), (name, article_id)
    assert load_article(path).title == button["title"], name


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_off_topic_reply_offers_each_example_it_names(lang: str) -> None:
    variant = next(v for n, language, v in _variants() if n == "utter_out_of_scope" and language == lang)
    ids = [
        payloads.parse(b["payload"]).entity("article_id")
        for b in variant["buttons"]
        if payloads.parse(b["payload"]).intent == "ask_advice"
    ]
    assert ids == ["angry-customer", "saying-no-kindly", "problem-you-cannot-solve"]


def test_single_braces_in_a_payload_fail_as_in_rasa() -> None:
    with pytest.raises(KeyError):
        as_sent('/ask_advice{"article_id":"angry-customer"}')
    assert (
        as_sent('/ask_advice{{"article_id":"angry-customer"}}')
        == '/ask_advice{"article_id":"angry-customer"}'
    )
    assert as_sent("/help") == "/help"
