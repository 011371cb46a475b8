"""The last answer again, in the other language (actions/language.py `say_again_in`).

"kun je dat in het Engels zeggen?" after an example, a summary or a coaching tip got the
article's card in English, not what was on screen (stop 55). Now the same piece comes again
from the other language's version: the card, the example, the words to use, what lies behind
it, the summary, a coaching tip, what to avoid, the question after advice that did not work,
a self-check's statement, its result, the results so far. Each repeat is compared with what
the real actions give when that piece is asked for directly in that language. Real actions,
real index, a real app database (SQLite) per test."""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.coaching import ActionCoachingTip
from actions.language import ActionSetLanguage, asks_to_say_again_in
from actions.selfcheck import ActionSelfcheckAnswer, ActionShowResults, ActionStartSelfcheck
from bot.dialogue import payloads
from bot.i18n import t
from bot.settings import get_settings
from bot.storage.profiles import ProfileStore
from tests.unit.action_helpers import tracker
from tests.unit.turns import new_sender, turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

FIRST = {
    "nl": "Een klant staat tegen me te schreeuwen aan de balie, wat doe ik?",
    "en": "My customer is furious and shouting at me, what do I do?",
}
# the messages after the first question that make the coach show each piece, per language
STEPS = {
    "card": {"nl": [], "en": []},
    "example": {"nl": ["geef een voorbeeld"], "en": ["give me an example"]},
    "more": {"nl": ["nog een tip"], "en": ["one more tip"]},  # more of the article: its next view
    "wording": {"nl": ["wat zeg ik dan precies?"], "en": ["what exactly do I say?"]},
    "meaning": {
        "nl": ["en als hij dan nog steeds boos is?", "en dan?"],
        "en": ["what if he is still angry?", "and then?"],
    },
    "summary": {"nl": ["korter"], "en": ["shorter please"]},
    "avoid": {"nl": ["wat moet ik juist niet zeggen?"], "en": ["what shouldn't I say?"]},
    "did_not_work": {"nl": ["heb ik al geprobeerd"], "en": ["tried that already"]},
}
# a request to say it again, in the language asked for (Dutch, Flemish, English, informal)
ASKS = {
    "en": [
        "kun je dat in het Engels zeggen?",
        "kunde gij da ook in het engels zeggen voor mijne franstalige collega",
        "zeg het eens in het engels",
        "kan da in het engels",
        "can you say that in English?",
    ],
    "nl": [
        "say that again in dutch pls",
        "can you say that in Dutch?",
        "kun je dat in het Nederlands zeggen? dan kan ik het oefenen",
        "could you repeat it in dutch please",
        "zeg dat eens in t nederlands",
    ],
}
OTHER = {"nl": "en", "en": "nl"}
_turn, _sender = turn, new_sender  # for tests/unit/test_words_shorter_repeat_s55b.py


def _language_entity(text: str, code: str) -> list[dict]:
    """The `language` entity NLU finds in `text`, as for a language switch."""
    for name in ("engels", "english", "nederlands", "dutch"):
        start = text.lower().find(name)
        if start >= 0:
            return [{"entity": "language", "value": code, "start": start, "end": start + len(name)}]
    return []


def _say_again(text: str, lang: str, events: list[dict], sender: str) -> list[dict]:
    """The coach's reply to `text` (a request to say it again in the other language), as NLU
    reads it: a language switch."""
    target = asks_to_say_again_in(text)
    assert target == OTHER[lang], text
    entities = _language_entity(text, target)
    messages, _ = turn(text, lang, events, sender, ActionSetLanguage, "set_language", entities)
    return messages


def _shown(piece: str, lang: str, sender: str) -> tuple[list[dict], list[dict]]:
    """The coach's reply that shows `piece` in a conversation in `lang`, and the events."""
    if piece == "tip":
        # on a topic: the next tip in turn differs from one user to the next
        ask = (
            "geef me een coachingstip over een teamhuddle"
            if lang == "nl"
            else "give me a coaching tip on a team huddle"
        )
        return turn(ask, lang, [], sender, ActionCoachingTip, "ask_coaching_tip")
    messages, events = turn(FIRST[lang], lang, [], sender)
    for step in STEPS[piece][lang]:
        messages, events = turn(step, lang, events, sender)
    return messages, events


def _piece(messages: list[dict]) -> dict:
    """The message that shows the piece: the first with a text, but for the line that the
    language is pinned."""
    pinned = {t("language_pinned", code) for code in ("nl", "en")}
    return next(m for m in messages if m.get("text") and m["text"] not in pinned)


def _views(messages: list[dict]) -> list[tuple[str, str | None]]:
    return [
        (m["custom"]["id"], m["custom"].get("view") or "card")
        for m in messages
        if (m.get("custom") or {}).get("type") == "source"
    ]


def _pinned(sender: str) -> str | None:
    return ProfileStore(get_settings().app_db_url).language(sender)


PIECES = [*STEPS, "tip"]
CASES = [
    (piece, lang, ASKS[OTHER[lang]][i % len(ASKS[OTHER[lang]])])
    for i, piece in enumerate(PIECES)
    for lang in ("nl", "en")
]


@pytest.mark.parametrize(("piece", "lang", "ask"), CASES)
def test_the_piece_shown_last_comes_again_in_the_other_language(piece: str, lang: str, ask: str) -> None:
    target = OTHER[lang]
    direct, _ = _shown(piece, target, new_sender())  # asked for directly in the target language
    sender = new_sender()
    shown, events = _shown(piece, lang, sender)
    again = _say_again(ask, lang, events, sender)
    assert _pinned(sender) is None  # said again once, nothing pinned (stop 68)
    assert t("language_pinned", target) not in [m.get("text") for m in again]  # once, no pin (stop 68)
    expected, said = _piece(direct), _piece(again)
    assert said["text"] == expected["text"], (piece, said["text"][:200], expected["text"][:200])
    assert (said.get("buttons") or []) == (expected.get("buttons") or [])
    assert _views(again) == _views(direct)  # its note, with the same view (none when it had none)
    assert said["text"] != _piece(shown)["text"]  # not what was shown: its other language
    if piece != "card":  # the piece, not the card
        card, _ = _shown("card", target, new_sender())
        assert said["text"] != _piece(card)["text"]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_piece_said_again_can_be_said_again_back(lang: str) -> None:
    """ "say that in English", then "en nu terug in het Nederlands": the example both times."""
    sender = new_sender()
    shown, events = _shown("example", lang, sender)
    ask = ASKS[OTHER[lang]][0]
    messages, events = turn(
        ask, lang, events, sender, ActionSetLanguage, "set_language", _language_entity(ask, OTHER[lang])
    )
    back = ASKS[lang][1]
    again = _say_again(back, OTHER[lang], events, sender)
    assert _piece(again)["text"] == _piece(shown)["text"]
    assert _views(again) == [("angry-customer", "example")]


def test_after_a_thank_you_the_answer_before_it_comes_again() -> None:
    """A short aside between ("top, bedankt"): the piece before it, here the summary."""
    sender = new_sender()
    shown, events = _shown("summary", "nl", sender)
    _, events = turn("top, bedankt", "nl", events, sender, intent="thank")
    direct, _ = _shown("summary", "en", new_sender())
    again = _say_again("can you say that in English?", "nl", events, sender)
    assert _piece(again)["text"] == _piece(direct)["text"]


# (Dutch, English): a question with a line of knowledge/referrals.yml said before the article
WITH_WHERE = [
    ("ik voel me niet veilig bij die klant", "I don't feel safe with this customer"),
    (
        "mijn loonstrook klopt niet. hoe ga ik om met een boze klant?",
        "my payslip is wrong. how do I deal with an angry customer?",
    ),
]


@pytest.mark.parametrize(("dutch", "english"), WITH_WHERE)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_where_to_go_said_before_the_article_comes_again_too(dutch: str, english: str, lang: str) -> None:
    """What to do now, or where to go for a work matter, is no less needed in the other language."""
    asked = {"nl": dutch, "en": english}
    target = OTHER[lang]
    direct, _ = turn(asked[target], target, [], new_sender())
    sender = new_sender()
    shown, events = turn(asked[lang], lang, [], sender)
    again = _say_again(ASKS[target][3], lang, events, sender)
    assert _piece(again)["text"] == _piece(direct)["text"]
    assert _views(again) == _views(direct)


def _start(check_id: str, lang: str, sender: str) -> tuple[list[dict], list[dict]]:
    text = payloads.start_selfcheck(check_id)
    entities = [{"entity": "selfcheck_id", "value": check_id}]
    return turn(text, lang, [], sender, ActionStartSelfcheck, "start_selfcheck", entities)


def _statement(messages: list[dict]) -> dict:
    return next(
        m
        for m in messages
        if any(b["payload"].startswith("/selfcheck_answer") for b in m.get("buttons") or [])
    )


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_statement_on_screen_is_asked_again_in_the_other_language(lang: str) -> None:
    target = OTHER[lang]
    direct, _ = _start("really-listening", target, new_sender())
    sender = new_sender()
    shown, events = _start("really-listening", lang, sender)
    again = _say_again(ASKS[target][0], lang, events, sender)
    assert t("language_pinned", target) not in [m.get("text") for m in again]  # once, no pin (stop 68)
    asked, expected = _statement(again), _statement(direct)
    assert expected["text"].endswith(asked["text"])  # the statement and its scale, without the intro
    assert [b["title"] for b in asked["buttons"]] == [b["title"] for b in expected["buttons"]]
    assert [b["payload"] for b in asked["buttons"]] == [b["payload"] for b in _statement(shown)["buttons"]]
    assert not _views(again)  # no article instead


def _finish(lang: str, sender: str) -> tuple[list[dict], list[dict]]:
    messages, events = _start("keeping-promises", lang, sender)
    while any(_statement_or_none(messages)):
        messages, events = turn("4", lang, events, sender, ActionSelfcheckAnswer, "selfcheck_answer")
    return messages, events


def _statement_or_none(messages: list[dict]) -> list[dict]:
    return [
        m
        for m in messages
        if any(b["payload"].startswith("/selfcheck_answer") for b in m.get("buttons") or [])
    ]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_selfcheck_result_comes_again_in_the_other_language(lang: str) -> None:
    target = OTHER[lang]
    direct, _ = _finish(target, new_sender())
    sender = new_sender()
    shown, events = _finish(lang, sender)
    assert t("sc_done", lang, min=1, max=5) in _piece(shown)["text"]
    again = _say_again(ASKS[target][1], lang, events, sender)
    assert _piece(again)["text"] == _piece(direct)["text"]
    assert [m["custom"]["type"] for m in again if m.get("custom")] == ["selfcheck_result"]
    assert not _views(again)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_results_so_far_come_again_in_the_other_language(lang: str) -> None:
    target = OTHER[lang]
    sender = new_sender()
    _, events = _finish(lang, sender)
    results = payloads.show_results()
    shown, events = turn(results, lang, events, sender, ActionShowResults, "show_results")
    assert _piece(shown)["text"].startswith(t("sc_results_head", lang))
    again = _say_again(ASKS[target][2], lang, events, sender)
    direct, _ = turn(results, target, [], sender, ActionShowResults, "show_results")  # pinned: same user
    assert _piece(again)["text"] == _piece(direct)["text"]


# --- what stays as it was ---
def test_with_nothing_shown_before_only_the_language_is_pinned() -> None:
    sender = new_sender()
    _, events = turn("hallo", "nl", [], sender, intent="greet")
    again = _say_again("kun je dat in het Engels zeggen?", "nl", events, sender)
    assert [m.get("text") for m in again] == [t("language_pinned", "en")]
    assert _pinned(sender) == "en"


def test_after_an_offer_only_the_language_is_pinned() -> None:
    """An offer ("Gaat het hierover?") says no answer: there is nothing to say again."""
    sender = new_sender()
    _, events = turn("Een klant staat tegen me te schreeuwen aan de balie, wat doe ik?", "nl", [], sender)
    events = [*events, {"event": "user", "text": "iets over klanten"}]
    events.append(
        {"event": "bot", "text": t("offer_question", "nl"), "data": {"buttons": [], "custom": None}}
    )
    events.append({"event": "bot", "data": {"custom": {"type": "offer", "ids": ["angry-customer"]}}})
    again = _say_again("kun je dat in het Engels zeggen?", "nl", events, sender)
    assert [m.get("text") for m in again] == [t("language_pinned", "en")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("kun je in het Engels antwoorden", "nl"), ("can you answer in Dutch from now on", "en")],
)
def test_a_switch_only_repeats_nothing(text: str, lang: str) -> None:
    assert asks_to_say_again_in(text) is None
    sender = new_sender()
    _, events = _shown("example", lang, sender)
    target = OTHER[lang]
    messages, _ = turn(
        text, lang, events, sender, ActionSetLanguage, "set_language", _language_entity(text, target)
    )
    assert [m.get("text") for m in messages] == [t("language_pinned", target)]


@pytest.mark.parametrize(
    ("text", "lang", "target"),
    [("hoe zeg ik dat in het Engels?", "nl", "en"), ("how do I say that in Dutch?", "en", "nl")],
)
def test_how_to_say_it_in_a_language_still_gives_the_words_in_the_chats_language(
    text: str, lang: str, target: str
) -> None:
    """bot/dialogue/say_it_in.py: the example's words from the other version, introduced in
    the chat's language, which stays."""
    assert asks_to_say_again_in(text) is None
    sender = new_sender()
    _, events = _shown("example", lang, sender)
    messages, _ = turn(text, lang, events, sender)
    language = t(f"language_name_{target}", lang)
    assert messages[0]["text"].startswith(
        t("said_in_language_example", lang, language=language, title="")[:20]
    )
    assert _pinned(sender) is None


def test_a_card_mid_check_comes_again_with_the_statement_in_the_other_language() -> None:
    """A question asked mid-check got its card and the statement again; said again in English,
    both come in English."""
    sender = new_sender()
    _, events = _start("really-listening", "nl", sender)
    shown, events = turn(FIRST["nl"], "nl", events, sender)
    assert _statement_or_none(shown)
    again = _say_again("can you say that in English?", "nl", events, sender)
    direct, _ = _shown("card", "en", new_sender())
    assert _piece(again)["text"] == _piece(direct)["text"]
    asked = _statement_or_none(again)
    assert asked and "Really listening" in asked[-1]["text"]
    assert [b["payload"] for b in asked[-1]["buttons"]] == [
        b["payload"] for b in _statement_or_none(shown)[-1]["buttons"]
    ]


def test_the_request_itself_is_left_as_it_was() -> None:
    """The request's own message is left as it was: no fake button press in the tracker."""
    sender = new_sender()
    _, events = _shown("example", "nl", sender)
    text = "kun je dat in het Engels zeggen?"
    events = [*events, {"event": "user", "text": text}]
    tracked = tracker(
        text, "set_language", _language_entity(text, "en"), slots={"language": "nl"}, events=events
    )
    tracked.sender_id = sender
    before = dict(tracked.latest_message), dict(tracked.slots)
    asyncio.run(ActionSetLanguage().run(CollectingDispatcher(), tracked, {}))
    assert (tracked.latest_message, tracked.slots) == before


@pytest.mark.parametrize(
    ("lang", "action", "intent"),
    [
        ("en", "ActionOutOfScope", "out_of_scope"),
        ("en", "ActionAnswerAdvice", "ask_advice"),
        ("nl", "ActionAnswerAdvice", "ask_advice"),
        ("nl", "ActionSmallTalk", "chitchat"),
    ],
)
def test_whatever_nlu_reads_the_request_says_the_piece_again(lang: str, action: str, intent: str) -> None:
    """Helper round of stop 55: "say that again in dutch pls" read as off-topic pinned Dutch
    and said "Daar weet ik (nog) geen goed antwoord op"; "kun je dat in het Engels zeggen?" read
    as a question got "Zo zeg je het in het Engels". Every action but the language actions
    reads the request first (actions/base.py `answering_say_again_first`)."""
    import actions.advice
    import actions.small_talk

    cls = getattr(actions.advice, action, None) or getattr(actions.small_talk, action)
    target = OTHER[lang]
    direct, _ = _shown("example", target, new_sender())
    sender = new_sender()
    _, events = _shown("example", lang, sender)
    ask = ASKS[target][0]
    again, _ = turn(ask, lang, events, sender, cls, intent)
    assert _pinned(sender) is None  # said again once, nothing pinned (stop 68)
    assert t("language_pinned", target) not in [m.get("text") for m in again]  # once, no pin (stop 68)
    assert _piece(again)["text"] == _piece(direct)["text"]
