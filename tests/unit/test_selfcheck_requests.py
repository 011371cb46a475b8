"""A message NLU reads as a self-check request but that names no self-check is a question
(bot/selfchecks/asking.py; actions/selfcheck.py ActionStartSelfcheck). Real action, real
self-check files, real index and a real app database (SQLite), one per test.

Found on the fresh NLU dev set: "mag ik zelf een korting geven" was read as start_selfcheck
("zelf" ~ "zelftest") and got the list of self-checks."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.selfcheck import ActionStartSelfcheck
from bot.i18n import t
from bot.selfchecks.asking import named_check, names_a_selfcheck

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

ROOT = Path(__file__).resolve().parents[2]


def run(text: str, lang: str = "nl") -> list[dict[str, Any]]:
    latest = {"text": text, "intent": {"name": "start_selfcheck", "confidence": 0.9}, "entities": [],
              "metadata": {}}
    slots = {"language": lang, "pinned_language": None, "tips_given": None}
    tracker = Tracker("sc-request-user", slots, latest, [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionStartSelfcheck().run(dispatcher, tracker, {}))
    return dispatcher.messages


def _examples(intent: str) -> list[str]:
    texts = []
    for path in (ROOT / "data" / "nlu").glob("*.yml"):
        for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            if block.get("intent") == intent:
                for line in block["examples"].splitlines():
                    line = line.strip()[2:]
                    texts.append(line.replace("[", "").split("]")[0] + line.split(")", 1)[-1]
                                 if "](" in line else line.replace("[", "").replace("]", ""))
    return texts


def test_every_start_example_of_the_training_data_names_a_selfcheck() -> None:
    examples = _examples("start_selfcheck")
    assert len(examples) >= 40
    assert [e for e in examples if not names_a_selfcheck(e)] == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("mag ik zelf een korting geven", "nl"),
        ("kan ik dat zelf oplossen voor de klant", "nl"),
        ("mag ik zelf beslissen over een vergoeding", "nl"),
        ("can i decide that myself", "en"),
    ],
)
def test_a_question_read_as_a_selfcheck_request_is_answered(text: str, lang: str) -> None:
    messages = run(text, lang)
    said = "\n".join(m.get("text") or "" for m in messages)
    assert t("sc_choose", lang) not in said
    kinds = {(m.get("custom") or {}).get("type") for m in messages}
    assert kinds & {"source", "offer"} or t("dont_know", lang) in said, messages


@pytest.mark.parametrize(
    "text", ["ik wil een zelftest doen", "doe maar een vragenlijst met mij", "lets do a quiz",
             "klachten afhandelen test", "hoe klantgericht ben ik eigenlijk"],
)
def test_a_request_naming_a_selfcheck_lists_or_starts_one(text: str) -> None:
    messages = run(text)
    assert any(t("sc_choose", "nl") in (m.get("text") or "") for m in messages) or any(
        m.get("buttons") for m in messages
    ), messages


def test_a_check_title_names_it() -> None:
    assert names_a_selfcheck("klachten goed afhandelen", ["Klachten goed afhandelen"])
    assert not names_a_selfcheck("een klant klaagt", ["Klachten goed afhandelen"])


@pytest.mark.parametrize("text", ["doe maar een vragenlijst met mij", "nog een quizje graag"])
def test_a_selfcheck_request_read_as_stop_lists_the_checks(text: str) -> None:
    """NLU read "doe maar een vragenlijst met mij" as stop ("doe maar" ~ "laat maar"): a
    message that names a self-check and asks to stop nothing asks for one."""
    from actions.selfcheck import ActionStop

    latest = {"text": text, "intent": {"name": "stop", "confidence": 0.9}, "entities": [], "metadata": {}}
    slots = {"language": "nl", "pinned_language": None, "tips_given": None}
    tracker = Tracker("sc-request-user", slots, latest, [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionStop().run(dispatcher, tracker, {}))
    said = "\n".join(m.get("text") or "" for m in dispatcher.messages)
    assert t("sc_choose", "nl") in said, dispatcher.messages


# Tester round of stop 41: "kunnek hier een zelftest doen ofzo?" (NLU: a question) was offered
# articles. A wish to do a self-check oneself lists the checks whatever NLU read.
WISHES = [
    ("kunnek hier een zelftest doen ofzo?", "nl"), ("kan ik een zelftest doen", "nl"),
    ("mag ik de vragenlijst invullen", "nl"), ("ik wil een quiz doen", "nl"),
    ("can I take the self check", "en"), ("lets do a self-check", "en"),
    ("I want to do the questionnaire", "en"),
]  # fmt: skip
NOT_WISHES = [
    "de klant kan de zelfscan niet gebruiken", "hoe maak ik een vragenlijst voor klanten",
    "wat is een zelftest",
    "ik moet een test doen voor mijn rijbewijs", "ik wil niet verder met de vragenlijst",
    "kan mijn team de zelftest doen", "stop de zelftest, ik wil iets anders doen",
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang"), WISHES)
def test_a_wish_to_do_a_selfcheck_is_read_as_one(text: str, lang: str) -> None:
    from bot.selfchecks.asking import asks_to_do_a_selfcheck

    assert asks_to_do_a_selfcheck(text)


@pytest.mark.parametrize("text", NOT_WISHES)
def test_a_check_for_others_a_till_or_a_stop_is_not(text: str) -> None:
    from bot.selfchecks.asking import asks_to_do_a_selfcheck

    assert not asks_to_do_a_selfcheck(text)


@pytest.mark.parametrize("action", ["ActionAnswerAdvice", "ActionKbFallback"])
@pytest.mark.parametrize(("text", "lang"), WISHES[:1] + WISHES[4:5])
def test_the_wish_read_as_a_question_still_lists_the_checks(action: str, text: str, lang: str) -> None:
    import actions.advice

    latest = {"text": text, "intent": {"name": "ask_advice", "confidence": 0.5}, "entities": [],
              "metadata": {}}  # fmt: skip
    tracker = Tracker("wish-user", {"language": lang}, latest, [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    asyncio.run(getattr(actions.advice, action)().run(dispatcher, tracker, {}))
    assert [m.get("text") for m in dispatcher.messages] == [t("sc_choose", lang)]
    assert len(dispatcher.messages[0]["buttons"]) >= 5


_CHECK_FILES = sorted((ROOT / "knowledge" / "selfchecks").glob("*.yml"))
_CHECKS = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in _CHECK_FILES]
_TITLES = {d["id"]: list(d["title"].values()) for d in _CHECKS}


@pytest.mark.parametrize(
    ("text", "check"),
    [
        ("zelftest beloftes nakomen", "keeping-promises"),
        ("doe de test over klachten", "handling-complaints"),
        ("zelftest echt luisteren", "really-listening"),
        ("self-check on listening", "really-listening"),
        ("test me on keeping promises", "keeping-promises"),
        ("kan ik de zelftest over klanten verrassen doen", "surprising-customers"),
        ("quiz over de zeven principes", "seven-principles-in-your-team"),
        ("ik wil een zelftest doen", None),  # no title word: the list
        ("zelftest voor mijn team", None),  # "team" is in several titles
        ("beloftes nakomen", None),  # no request for a self-check: a topic
    ],
)
def test_a_request_names_a_check_by_a_word_of_its_title(text: str, check: str | None) -> None:
    assert named_check(text, _TITLES) == check


@pytest.mark.parametrize(
    ("text", "lang", "first"),
    [
        ("zelftest beloftes nakomen", "nl", "Beloftes nakomen · vraag 1 van 7"),
        ("doe de test over klachten", "nl", "Klachten en problemen oplossen · vraag 1 van"),
        ("start the self-check on surprising customers", "en", "Surprising customers · question 1 of"),
    ],
)
def test_a_check_named_in_the_request_starts_instead_of_the_list(text: str, lang: str, first: str) -> None:
    """ "zelftest beloftes nakomen" got "Welke zelftest wil je doen?" and every check (tester
    round of stop 42)."""
    said = "\n".join(m.get("text") or "" for m in run(text, lang))
    assert first in said and t("sc_choose", lang) not in said, said
