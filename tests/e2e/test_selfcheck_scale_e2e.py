"""A self-check on a 1-4 scale, added as a file only, run through the real Rasa and action
servers over REST: buttons, typed answers, an answer off the scale, the score and the chart
all follow the check's own scale."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml

from bot.dialogue.client import RasaClient
from bot.i18n import decimal
from bot.stack.stack import Stack
from tests.helpers import FOUR_POINT_ID, free_port, knowledge_with_four_point_check, seed_index_cache

pytestmark = pytest.mark.e2e


def text_of(replies: list[dict]) -> str:
    return "\n".join(r.get("text") or "" for r in replies)


def buttons(replies: list[dict]) -> list[dict]:
    return [b for r in replies for b in r.get("buttons") or []]


@pytest.fixture(scope="module")
def four_point_stack(tmp_path_factory, rasa_model) -> Iterator[Stack]:
    """Both servers, reading a copy of the knowledge folder with one extra 1-4 check."""
    from bot.settings import Settings

    base = tmp_path_factory.mktemp("scale")
    knowledge = knowledge_with_four_point_check(base / "knowledge")
    settings = Settings(
        knowledge_dir=knowledge, var_dir=base / "var", rasa_port=free_port(), action_port=free_port()
    )
    # the same articles as the repo's: its index under the copy's key, so the action server
    # neither fits the classifier again nor saves an index that replaces the repo's
    seed_index_cache(knowledge, settings.cache_dir)
    with Stack(settings, show_progress=False, model=rasa_model) as running:
        yield running


def test_a_four_point_check_end_to_end(four_point_stack: Stack) -> None:
    settings = four_point_stack.settings
    check = yaml.safe_load((settings.selfcheck_dir / f"{FOUR_POINT_ID}.yml").read_text(encoding="utf-8"))
    statements = check["statements"]
    client = RasaClient(settings.rasa_url)
    user = "four-point-user"
    try:
        listing = client.send(user, "ik wil een zelftest doen")
        start = next(b["payload"] for b in buttons(listing) if b["title"] == "Vier punten")
        first = client.send(user, start)
        assert f"vraag 1 van {len(statements)}" in text_of(first)
        assert [b["title"] for b in buttons(first)] == [
            "1 · Helemaal oneens", "2 · Oneens", "3 · Eens", "4 · Helemaal eens",
        ]  # fmt: skip
        assert "Antwoord met 1 tot 4" in text_of(first)

        refused = client.send(user, "5")  # on the standard scale a fine answer, not here
        assert "5 staat niet op deze schaal" in text_of(refused) and "1 tot 4" in text_of(refused)
        assert "vraag 1 van" in text_of(refused)

        # typed in words: "eens" is 3 on this scale (4 on the 1-5 scale), "helemaal eens" 4
        answers: list[int] = []
        replies = client.send(user, "eens")
        answers.append(3)
        assert "vraag 2 van" in text_of(replies), replies
        replies = client.send(user, "helemaal eens")
        answers.append(4)
        assert "vraag 3 van" in text_of(replies), replies
        while len(answers) < len(statements):  # the rest by button: always "2 · Oneens"
            replies = client.send(user, buttons(replies)[1]["payload"])
            answers.append(2)
    finally:
        client.close()

    result = next(r["custom"] for r in replies if (r.get("custom") or {}).get("type") == "selfcheck_result")
    counted = [5 - a if s.get("reverse") else a for s, a in zip(statements, answers, strict=True)]
    assert result["scale"] == {"min": 1, "max": 4}
    assert result["overall"] == pytest.approx(round(sum(counted) / len(counted), 2))
    band = [b for b in check["bands"] if b["min"] <= result["overall"]][-1]
    summary = text_of(replies)
    assert band["nl"] in summary.splitlines(), summary  # the overall feedback, a line of its own
    assert (
        "op een schaal van 1 tot 4" in summary
        and f"Gemiddeld: {decimal(result['overall'], 'nl')} van 4" in summary
    )
    image = next(r["image"] for r in replies if r.get("image"))
    png = Path(urlparse(image).path)
    assert png.is_relative_to(settings.var_dir) and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_english_result_shows_its_band_feedback_and_scale(four_point_stack: Stack) -> None:
    """The same check in English, every answer the top one: the feedback line of the top band."""
    settings = four_point_stack.settings
    check = yaml.safe_load((settings.selfcheck_dir / f"{FOUR_POINT_ID}.yml").read_text(encoding="utf-8"))
    client = RasaClient(settings.rasa_url)
    user = "four-point-english"
    try:
        listing = client.send(user, "I would like to do a self-check please")
        replies = client.send(
            user, next(b["payload"] for b in buttons(listing) if b["title"] == "Four points")
        )
        assert f"question 1 of {len(check['statements'])}" in text_of(replies), replies
        for _ in check["statements"]:
            replies = client.send(user, buttons(replies)[3]["payload"])  # "4 · Strongly agree"
    finally:
        client.close()
    result = next(r["custom"] for r in replies if (r.get("custom") or {}).get("type") == "selfcheck_result")
    band = [b for b in check["bands"] if b["min"] <= result["overall"]][-1]
    summary = text_of(replies)
    assert band["en"] in summary.splitlines(), summary
    assert band["nl"] not in summary
    assert (
        "on a scale of 1 to 4" in summary
        and f"Overall: {decimal(result['overall'], 'en')} out of 4" in summary
    )
