"""Overview answers (issue 9.3): "wat zijn de tien paradigmashifts" lists all ten in one
short answer with a button to each; the same for the seven principles and the pyramid's four
levels; the model's answer names its four dimensions. An overview names its items in
`parts:` (docs/admin-guide.md), checked by `knowledge check`. Real action, real index."""

from __future__ import annotations

import asyncio
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.advice import ActionAnswerAdvice
from bot.content.articles import load_article
from bot.dialogue import payloads
from tests.helpers import ROOT

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py


def answer(text: str, lang: str) -> tuple[str, list[dict], str | None]:
    latest = {
        "text": text,
        "intent": {"name": "ask_advice", "confidence": 0.9},
        "entities": [],
        "metadata": {},
    }
    slots = {"language": lang, "pinned_language": None, "tips_given": None}
    tracker = Tracker("overview-user", slots, latest, [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionAnswerAdvice().run(dispatcher, tracker, {}))
    source = next(
        (m["custom"]["id"] for m in dispatcher.messages if (m.get("custom") or {}).get("type") == "source"),
        None,
    )
    card = next((m for m in dispatcher.messages if m.get("text") and m.get("buttons") is not None), {})
    return card.get("text") or "", card.get("buttons") or [], source


@pytest.mark.parametrize(
    ("question", "lang", "overview", "count"),
    [
        ("wat zijn de tien paradigmashifts", "nl", "overview-shifts", 10),
        ("welke 10 shifts beschrijft excelleren in service", "nl", "overview-shifts", 10),
        ("what are the ten paradigm shifts", "en", "overview-shifts", 10),
        ("wat zijn de zeven principes van die iso norm", "nl", "overview-principles", 7),
        ("noem de 7 principes van service excellence", "nl", "overview-principles", 7),
        ("what are the seven principles of ISO 23592", "en", "overview-principles", 7),
        ("wat zijn de niveaus van de servicepiramide", "nl", "pyramid", 4),
        ("what are the four levels of the service pyramid", "en", "pyramid", 4),
    ],
)
def test_an_overview_lists_every_part_with_a_button_to_each(question, lang, overview, count) -> None:
    text, buttons, source = answer(question, lang)
    assert source == overview, (source, text[:200])
    parts = load_article(ROOT / "knowledge" / lang / f"{overview}.md").parts
    assert len(parts) == count
    titles = [load_article(ROOT / "knowledge" / lang / f"{pid}.md").title for pid in parts]
    listed = re.findall(r"^(\d+)\. (.+)$", text, flags=re.MULTILINE)
    assert [(str(n), t) for n, t in enumerate(titles, 1)] == listed
    assert [b["payload"] for b in buttons] == [payloads.advice(pid) for pid in parts]
    assert [b["title"] for b in buttons] == titles


@pytest.mark.parametrize(
    ("question", "lang", "dimensions"),
    [
        (
            "welke dimensies heeft het service excellence model",
            "nl",
            ["leiderschap", "cultuur", "klantervaringen", "operatie"],
        ),
        (
            "what are the dimensions of the service excellence model",
            "en",
            ["leadership", "culture", "customer experiences", "operations"],
        ),
    ],
)
def test_the_model_names_its_four_dimensions(question: str, lang: str, dimensions: list[str]) -> None:
    text, _, source = answer(question, lang)
    assert source == "service-excellence-model"
    assert all(d in text.lower() for d in dimensions), text


def test_an_article_that_is_no_overview_keeps_its_related_buttons() -> None:
    text, buttons, source = answer("Hoe ga ik om met een boze klant?", "nl")
    assert source == "angry-customer" and not re.search(r"^\d+\. ", text, flags=re.MULTILINE)
    related = load_article(ROOT / "knowledge" / "nl" / "angry-customer.md").related
    assert [b["payload"] for b in buttons] == [payloads.advice(rid) for rid in related]


def test_a_part_that_does_not_exist_is_reported(tmp_path: Path) -> None:
    copy = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", copy)
    path = copy / "nl" / "pyramid.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("parts: [", "parts: [no-such-level, ", 1), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli.main", "knowledge", "check", "--dir", str(copy), "--no-tokens"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 1
    assert re.search(
        rf"{re.escape(str(path))}:\d+: error: parts id 'no-such-level' does not exist", result.stdout
    )
