"""Stop 67 (helper C2): a fresh tester's conversation faults, each by its kind, with look-alikes
that keep today's behaviour (the crash at start-up, kind L: test_index_first_s67c.py).

F. Self-introductions ("yo ik sta bij de receptie van een sportschool", "ik ben teamleider in een
   bioscoop, 12 man personeel, veel studenten") are welcomed, by role, and right after the greeting
   the question is invited with the topic buttons; an introduction with a question is answered.
H. A follow-up never repeats a part of the article shown in the same run of follow-ups: "hoe zeg ik
   dat precies?" after the card and the example, "nog een tip" after all: a brief line, what else.
J. A tapped button answers in the language of the message it sits under (bot/dialogue/metadata.py
   BUTTON_UNDER); a typed one-word reply keeps the conversation's language.
K. A photo caption that only points at the photo gets a line that photos are not read; the knowledge
   check reports a file's field error and its sections' errors at once, by their headings.

Real actions, the real index and an own app database per test."""

from __future__ import annotations

from pathlib import Path

import pytest
from rasa_sdk import Tracker

from actions.advice import ActionAnswerAdvice, ActionKbFallback, domain_response
from actions.help import ActionHelp
from actions.language import conversation_language
from bot.content.validation import check_file
from bot.dialogue import payloads
from bot.dialogue.metadata import BUTTON_UNDER
from bot.dialogue.photo_caption import points_at_the_photo
from bot.dialogue.self_introduction import introduction
from bot.i18n import t
from bot.settings import ROOT
from tests.unit.replies import said, source_id
from tests.unit.turns import SLOTS, new_sender, turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

# --- F. self-introductions ---

INTRODUCTIONS = [
    ("yo ik sta bij de receptie van een sportschool", False),
    ("ik ben teamleider in een bioscoop, 12 man personeel, veel studenten", True),
    ("hoi ik werk bij de bieb aan de balie", False),
    ("jo ik werk in de horeca", False),
    ("hallo daar, ik sta achter de kassa bij de jumbo", False),
    ("ik ben filiaalmanager, we zijn met 15 man", True),
    ("ik ben leidinggevende, 8 vrijwilligers onder me", True),
    ("hee ik werk bij de bieb, al 3 jaar", False),
    ("hi im a team lead at a cinema, team of 12, mostly students", True),
    ("yo i work at a gym", False),
]
NOT_INTRODUCTIONS = [
    "ik ben teamleider, 12 klanten staan te wachten",
    "ik ben teamleider, veel klanten klagen",
    "ik werk bij de bieb, veel boze mensen vandaag",
    "ik werk bij de bieb, veel mensen zijn boos",
    "ik ben teamleider in een bioscoop, 12 man personeel, hoe motiveer ik ze",
    "yo wat moet ik doen als een klant schreeuwt",
    "i work at a gym, lots of people complain",
]


@pytest.mark.parametrize(("text", "leads"), INTRODUCTIONS)
def test_an_introduction_in_any_wording_is_one_with_its_role(text: str, leads: bool) -> None:
    said_of_self = introduction(text)
    assert said_of_self is not None and said_of_self.leads_a_team is leads


@pytest.mark.parametrize("text", NOT_INTRODUCTIONS)
def test_look_alike_a_question_or_a_story_beside_who_one_is_is_no_introduction(text: str) -> None:
    assert introduction(text) is None


def _after_greeting(lang: str) -> list[dict]:
    greeting = domain_response("utter_greet_employee", lang)
    return [
        {"event": "user", "text": payloads.greet()},
        {"event": "bot", "text": greeting["text"], "data": {"buttons": greeting.get("buttons")}},
    ]


@pytest.mark.parametrize("action", [ActionAnswerAdvice, ActionKbFallback, ActionHelp])
def test_an_introduction_right_after_the_greeting_is_welcomed_and_invited_with_topics(action) -> None:
    """ "hoi ik werk bij de bieb aan de balie" right after /start got only "Leuk je te leren kennen!"."""
    messages, _ = turn(
        "hoi ik werk bij de bieb aan de balie", "nl", _after_greeting("nl"), new_sender(), action
    )
    assert t("nice_to_meet", "nl") in said(messages) and t("intro_invite", "nl") in said(messages)
    assert any(m.get("buttons") for m in messages) and source_id(messages) is None
    assert "niet mee helpen" not in said(messages) and "geen goed antwoord" not in said(messages)


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        ("yo ik sta bij de receptie van een sportschool", "nl", "nice_to_meet"),
        ("ik ben teamleider in een bioscoop, 12 man personeel, veel studenten", "nl", "nice_to_meet_leader"),
        ("hi im a team lead at a cinema, team of 12, mostly students", "en", "nice_to_meet_leader"),
    ],
)
def test_an_introduction_gets_the_welcome_for_its_role_and_the_greeting(
    text: str, lang: str, key: str
) -> None:
    messages, _ = turn(text, lang, [], new_sender(), ActionKbFallback)
    assert t(key, lang) in said(messages) and any(m.get("buttons") for m in messages)
    assert source_id(messages) is None


def test_look_alike_an_introduction_with_a_question_gets_the_answer() -> None:
    text = "ik werk bij de bieb, een meneer is boos omdat hij een boete krijgt, hoe pak ik dat aan?"
    messages, _ = turn(text, "nl", [], new_sender())
    assert source_id(messages) is not None


# --- H. no part of an article twice in one run of follow-ups ---

CARD_FIRST = "een meneer komt boos terug omdat hij een boete krijgt, hoe pak ik dat aan?"


def test_words_asked_after_the_card_and_the_example_get_a_brief_line_then_the_background() -> None:
    sender = new_sender()
    first, events = turn(CARD_FIRST, "nl", [], sender)
    article = source_id(first)
    assert article == "angry-customer", first
    example, events = turn("en als hij het dan nog steeds niet gelooft?", "nl", events, sender)
    assert source_id(example) == article
    words, events = turn("hoe zeg ik dat precies?", "nl", events, sender)
    text = said(words)
    assert "Wat je morgen anders doet" not in text and "in de praktijk" not in text
    assert "‘vertel meer’" in text and source_id(words) is None
    more, events = turn("nog een tip", "nl", events, sender, ActionKbFallback)
    assert source_id(more) == article and "Wat erachter zit" in said(more)  # the background, not the example
    last, _ = turn("nog een tip", "nl", events, sender, ActionKbFallback)
    assert said(last).startswith(t("tips_all_told", "nl", title="x").split("‘")[0])
    assert source_id(last) is None


def test_look_alike_a_resend_still_gets_what_was_shown() -> None:
    sender = new_sender()
    first, events = turn(CARD_FIRST, "nl", [], sender)
    again, _ = turn(CARD_FIRST, "nl", events, sender)
    assert source_id(again) == source_id(first) and "Wat je morgen anders doet" in said(again)


# --- J. a button's reply in the language of the message it sits under ---


def _language_of(text: str, current: str, metadata: dict | None = None, events: list | None = None) -> str:
    latest = {
        "text": text,
        "intent": {"name": "x", "confidence": 1.0},
        "entities": [],
        "metadata": metadata or {},
    }
    history = [*(events or []), {"event": "user", "text": text, "metadata": metadata or {}}]
    tracked = Tracker(
        new_sender(), {**SLOTS, "language": current}, latest, history, False, None, {}, "action_listen"
    )
    return conversation_language(tracked)


@pytest.mark.parametrize(
    ("under", "current", "expected"),
    [
        (t("feedback_ask", "en"), "nl", "en"),  # 👍 under "Was this helpful?"
        (t("feedback_ask", "nl"), "en", "nl"),
        (
            "Handling an angry customer\n\nStay calm, let the customer finish and name what you hear.",
            "nl",
            "en",
        ),
        ("Omgaan met een boze klant\n\nBlijf rustig en laat de klant helemaal uitpraten.", "en", "nl"),
    ],
)
def test_a_tap_answers_in_the_language_of_the_message_it_sits_under(
    under: str, current: str, expected: str
) -> None:
    tap = payloads.advice("angry-customer")
    assert _language_of(tap, current, {BUTTON_UNDER: under}) == expected


@pytest.mark.parametrize("current", ["nl", "en"])
def test_look_alike_a_tap_without_its_message_or_a_one_word_reply_keeps_the_language(current: str) -> None:
    assert _language_of(payloads.advice("angry-customer"), current) == current
    typed = "a customer is yelling, what do I do" if current == "en" else "een klant schreeuwt, wat doe ik"
    said_before = [{"event": "user", "text": typed}]
    for word in ("ok", "4"):
        assert _language_of(word, current, events=said_before) == current


# --- K. a caption pointing at a photo; every error of a knowledge file at once ---


@pytest.mark.parametrize(
    "caption",
    [
        "kijk deze kras",
        "kijk eens",
        "wat vind je hiervan?",
        "zie foto",
        "look at this dent",
        "check this out",
        "deze deuk",
    ],
)
def test_a_caption_that_only_points_at_the_photo_is_nothing_to_answer(caption: str) -> None:
    assert points_at_the_photo(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "klant stuurde dit, wat zeg ik?",
        "de klant zegt dat deze kras door ons komt",
        "hoe reageer ik hierop",
        "kijk deze klant is boos",
        "what should I say to this customer",
        "de kassa doet het niet",
    ],
)
def test_look_alike_a_caption_that_tells_or_asks_is_answered(caption: str) -> None:
    assert not points_at_the_photo(caption)


@pytest.mark.parametrize(
    ("lang", "heading"), [("nl", "Wat je morgen anders doet"), ("en", "What you do differently tomorrow")]
)
def test_the_check_reports_a_field_and_a_misspelt_heading_at_once_by_its_name(
    tmp_path: Path, lang: str, heading: str
) -> None:
    text = (ROOT / "knowledge" / lang / "angry-customer.md").read_text(encoding="utf-8")
    text = text.replace(f"## {heading}", f"## {heading[:-3]}xx doet", 1)
    lines = text.splitlines()
    lines = [('title: ""' if line.startswith("title:") else line) for line in lines]
    path = tmp_path / lang / "angry-customer.md"
    path.parent.mkdir()
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _, problems = check_file(path)
    messages = [p.message for p in problems]
    assert any("title" in m for m in messages), messages
    missing = [m for m in messages if f"section '{heading}' is missing" in m]
    assert missing and "misspelling" in missing[0], messages
    assert not any("'practice'" in m for m in messages)
