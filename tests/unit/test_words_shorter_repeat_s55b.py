"""Tester round of stop 55, by kind, on the real actions and the real index:

1. a request for the words that also names its situation ("ok maar wat zeg ik letterlijk tegen
   iemand die huilt aan de telefoon", "what do i say exactly when they walk up to the desk") got
   the card just shown again: now the words of the article the situation leads to;
2. a request for a shorter answer during a paused self-check ("kunde da eens in één zin
   zeggen") was read as the answer 1, and "korter" after it got an article by search;
3. a request to say the last answer again ("can you give me that last answer in Dutch
   please", "herhaal dat nog eens", "ok repeat the last answer then") was not read;
4. a self-check answer with a filler around it ("allez da doe ik altijd", "niet altijd eerlijk
   gezegd") got a refusal or an offer of topics inside the check."""

from __future__ import annotations

import pytest

from actions.advice import ActionAnswerAdvice, ActionKbFallback, ActionOutOfScope
from actions.coaching import ActionCoachingTip
from actions.followup import asks_for_wording, asks_for_words_about, practice_sentences
from actions.help import ActionHelp
from actions.language import ActionSetLanguage, asks_to_repeat, asks_to_say_again_in
from actions.selfcheck import ActionSelfcheckAnswer, ActionStop
from actions.small_talk import ActionSmallTalk
from bot.dialogue import payloads
from bot.dialogue.shorter_request import asks_for_shorter
from bot.i18n import t
from bot.selfchecks.answers import parse_answer, tries_to_answer
from tests.unit.test_say_again_in_s55 import _piece, _sender, _start, _statement_or_none, _turn, _views

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py


def _note(messages: list[dict]) -> tuple[str, str]:
    views = _views(messages)
    assert views, [m.get("text") for m in messages]
    return views[0]


def _text(messages: list[dict]) -> str:
    return "\n".join(m.get("text") or "" for m in messages)


# == 1. the words for a situation named ========================================================

# (first question, its article, the request for words with a situation, language)
SAME_ARTICLE = [
    (
        "een meneer aan de lijn begon te huilen, zijn vrouw is overleden. ik wist niet wat ik moest zeggen",
        "shift-emotion",
        "ok maar wat zeg ik letterlijk tegen iemand die huilt aan de telefoon",
        "nl",
    ),
    (
        "we are overbooked tonight, a couple arrives at 11pm with a confirmed booking and there's no "
        "room left. how do i tell them, they will be furious",
        "service-recovery",
        "what do i say exactly when they walk up to the desk",
        "en",
    ),
    (
        "Een klant staat tegen me te schreeuwen aan de balie, wat doe ik?",
        "angry-customer",
        "en wat moet ik dan letterlijk zeggen als hij aan de balie blijft roepen tegen mij",
        "nl",
    ),
]


@pytest.mark.parametrize(("first", "article_id", "asked", "lang"), SAME_ARTICLE)
def test_words_asked_for_a_situation_on_the_article_just_shown_are_its_words(
    first: str, article_id: str, asked: str, lang: str
) -> None:
    sender = _sender()
    shown, events = _turn(first, lang, [], sender)
    assert _note(shown) == (article_id, "card")
    assert asks_for_words_about(asked)
    again, _ = _turn(asked, lang, events, sender)
    text = _text(again)
    assert _views(again)[0][0] == article_id
    assert t("practice_heading", lang) not in text  # not the card again
    assert not text.startswith(t("same_topic_again", lang, title="")[:15])
    assert text.startswith(t("followup_wording", lang, title="")[:10]) or text.startswith(
        t("followup_words_from_tips", lang, title="")[:10]
    )


def test_after_the_summary_the_words_for_a_situation_are_the_example() -> None:
    """The tester's own turn: the card, "korter", then the request: the example, not the card."""
    sender = _sender()
    first, article_id, request, lang = SAME_ARTICLE[0]
    _, events = _turn(first, lang, [], sender)
    summary, events = _turn("korter", lang, events, sender)
    assert _note(summary) == (article_id, "summary")
    again, _ = _turn(request, lang, events, sender)
    assert _note(again) == (article_id, "example")


@pytest.mark.parametrize("action", [ActionCoachingTip, ActionAnswerAdvice], ids=lambda a: a.__name__)
def test_how_to_open_the_talk_just_discussed_gets_the_tips_sentences(action) -> None:
    """ "hoe begin ik dat gesprek letterlijk, ze wordt snel defensief" after the feedback tip got
    the card again: the feedback article's example quotes no sentence, its tips do."""
    sender = _sender()
    first = "ik wil tips voor feedback geven aan mijn medewerker die kortaf is tegen inwoners"
    shown, events = _turn(first, "nl", [], sender, ActionCoachingTip, "ask_coaching_tip")
    assert _views(shown)[0][0] == "coaching-feedback-conversation"
    request = "hoe begin ik dat gesprek letterlijk, ze wordt snel defensief"
    again, _ = _turn(request, "nl", events, sender, action, "ask_coaching_tip")
    text = _text(again)
    assert text.startswith(t("followup_words_from_tips", "nl", title="Feedback geven op servicegedrag"))
    from actions import knowledge as kb

    art, _ = kb.article("coaching-feedback-conversation", "nl")
    assert practice_sentences(art)[0] in text


def test_a_long_request_for_words_on_another_situation_gets_that_articles_example() -> None:
    """Longer than 12 words, naming another matter: searched, and the words of what it finds."""
    sender = _sender()
    _, events = _turn("een klant vindt het veel te duur, wat zeg ik?", "nl", [], sender)
    request = "maar wat zeg ik letterlijk tegen een klant die tegen me staat te schreeuwen aan de balie"
    assert not asks_for_wording(request) and asks_for_words_about(request)
    again, _ = _turn(request, "nl", events, sender)
    assert _note(again) == ("angry-customer", "example")


@pytest.mark.parametrize(
    "text",
    [
        "de klant stond letterlijk te schreeuwen, wat moet ik doen",
        "die man zei letterlijk dat hij ons gaat aanklagen",
        "ik werd letterlijk uitgescholden aan de kassa",
    ],
)
def test_letterlijk_in_a_story_is_no_request_for_words(text: str) -> None:
    assert not asks_for_wording(text) and not asks_for_words_about(text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("what do i say word for word", "en"), ("wat zeg ik letterlijk dan", "nl"), ("letterlijk?", "nl")],
)
@pytest.mark.parametrize(
    "action",
    [ActionAnswerAdvice, ActionOutOfScope, ActionHelp, ActionSmallTalk, ActionKbFallback],
    ids=lambda a: a.__name__,
)
def test_words_asked_right_after_an_answer_go_to_its_example_in_both_languages(
    text: str, lang: str, action
) -> None:
    """ "what do i say word for word" after the saying-no article asked which situation, while
    "wat zeg ik letterlijk dan" gave the example: both give the example."""
    sender = _sender()
    first = "a guest wants a late checkout at 3pm but we are fully booked, how do i say no"
    shown, events = _turn(first, lang, [], sender)
    assert _note(shown) == ("saying-no-kindly", "card")
    again, _ = _turn(text, lang, events, sender, action, "ask_advice")
    assert _note(again) == ("saying-no-kindly", "example")
    assert t("wording_which_situation", lang) not in _text(again)


# == 2. shorter, also with a paused self-check =================================================

SHORTER = [
    "kunde da eens in één zin zeggen", "in één zin", "in 1 zin", "in one sentence", "kort samengevat",
    "tldr", "tl dr", "nee ik bedoel korter", "no I mean shorter", "nee, korter", "can you sum it up",
    "bondiger aub", "kortom?",
]  # fmt: skip
NOT_SHORTER = [
    "nee ik bedoel de klant",
    "nee",
    "i mean it",
    "hoe hou ik het gesprek korter",
    "de rij is te lang",
]


@pytest.mark.parametrize("text", SHORTER)
def test_shorter_requests_are_read(text: str) -> None:
    assert asks_for_shorter(text)
    assert parse_answer(text) is None  # no "één" or "1" read as a score


@pytest.mark.parametrize("text", NOT_SHORTER)
def test_other_messages_are_no_shorter_request(text: str) -> None:
    assert not asks_for_shorter(text)


def _paused_after_an_answer(sender: str) -> tuple[str, list[dict]]:
    """An answer, then a self-check started and paused: the article and the events."""
    _, events = _turn("Een klant staat tegen me te schreeuwen aan de balie, wat doe ik?", "nl", [], sender)
    _, started = _start("keeping-promises", "nl", sender)
    _, events = _turn("4", "nl", [*events, *started], sender, ActionSelfcheckAnswer, "selfcheck_answer")
    _, events = _turn(payloads.stop(), "nl", events, sender, ActionStop, "stop")
    return "angry-customer", events


def test_in_one_sentence_with_a_paused_check_is_no_answer_and_korter_after_it_is_answered() -> None:
    sender = _sender()
    _, events = _paused_after_an_answer(sender)
    one = [{"entity": "selfcheck_value", "value": "één"}]  # NLU's reading of "één"
    text = "kunde da eens in één zin zeggen"
    messages, events = _turn(text, "nl", events, sender, ActionSelfcheckAnswer, "selfcheck_answer", one)
    said = _text(messages)
    assert "pauze" not in said and "Genoteerd" not in said, said
    assert said.startswith(t("shorter_without_topic", "nl")) or said.startswith("In het kort")
    messages, _ = _turn("korter", "nl", events, sender)
    assert not any(view[0] == "coaching-team-huddle" for view in _views(messages))
    said = _text(messages)
    assert said.startswith("In het kort") or said == t("shorter_without_topic", "nl"), said


def test_in_one_sentence_with_a_statement_on_screen_is_not_scored() -> None:
    sender = _sender()
    _, events = _start("keeping-promises", "nl", sender)
    one = [{"entity": "selfcheck_value", "value": "één"}]
    messages, _ = _turn(
        "in één zin aub", "nl", events, sender, ActionSelfcheckAnswer, "selfcheck_answer", one
    )
    assert "Genoteerd" not in _text(messages)
    assert _statement_or_none(messages)  # the statement again, to be answered


# == 3. say it again ===========================================================================


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("can you give me that last answer in Dutch please, my colleague reads dutch", "nl"),
        ("repeat the last answer in dutch", "nl"),
        ("that last answer in dutch please", "nl"),
        ("kun je je laatste antwoord in het Engels geven", "en"),
        ("geef dat antwoord eens in het engels", "en"),
    ],
)
def test_the_last_answer_named_is_a_request_to_say_it_again(text: str, code: str) -> None:
    assert asks_to_say_again_in(text) == code


@pytest.mark.parametrize(
    "text", ["in Dutch please", "in het Engels aub", "ik geef het antwoord in het Engels"]
)
def test_a_language_alone_points_back_at_nothing(text: str) -> None:
    assert asks_to_say_again_in(text) is None


REPEAT = [
    "ok repeat the last answer then", "herhaal dat nog eens", "kun je dat herhalen", "can you repeat that",
    "say that again", "zeg dat nog eens", "kunde da nog es herhalen", "sorry, can you repeat it?",
    "herhaal het laatste antwoord",
]  # fmt: skip
NOT_REPEAT = [
    "de klant herhaalt steeds hetzelfde", "how do i repeat a question to a customer", "nog een keer",
    "say that again in dutch", "again",
]  # fmt: skip


@pytest.mark.parametrize("text", REPEAT)
def test_repeat_requests_are_read(text: str) -> None:
    assert asks_to_repeat(text)


@pytest.mark.parametrize("text", NOT_REPEAT)
def test_other_messages_are_no_repeat_request(text: str) -> None:
    assert not asks_to_repeat(text)


@pytest.mark.parametrize(
    ("lang", "text", "action", "intent"),
    [
        ("nl", "herhaal dat nog eens", ActionAnswerAdvice, "ask_advice"),
        ("nl", "kun je dat herhalen", ActionSetLanguage, "set_language"),
        ("en", "ok repeat the last answer then", ActionOutOfScope, "out_of_scope"),
        ("en", "can you repeat that", ActionSmallTalk, "chitchat"),
    ],
)
def test_a_repeat_request_shows_the_last_piece_again_in_the_same_language(
    lang: str, text: str, action, intent: str
) -> None:
    sender = _sender()
    first = {
        "nl": "Een klant staat tegen me te schreeuwen aan de balie, wat doe ik?",
        "en": "My customer is furious and shouting at me, what do I do?",
    }[lang]
    _, events = _turn(first, lang, [], sender)
    shown, events = _turn(
        "geef een voorbeeld" if lang == "nl" else "give me an example", lang, events, sender
    )
    again, _ = _turn(text, lang, events, sender, action, intent)
    assert _piece(again)["text"] == _piece(shown)["text"]
    assert _views(again) == _views(shown)


def test_the_last_answer_asked_in_dutch_comes_in_dutch() -> None:
    sender = _sender()
    _, events = _turn("My customer is furious and shouting at me, what do I do?", "en", [], sender)
    direct, _ = _turn("Een klant staat tegen me te schreeuwen aan de balie, wat doe ik?", "nl", [], _sender())
    text = "can you give me that last answer in Dutch please, my colleague reads dutch"
    again, _ = _turn(text, "en", events, sender, ActionOutOfScope, "out_of_scope")
    assert t("language_pinned", "nl") not in [m.get("text") for m in again]  # once, no pin (stop 68)
    assert _piece(again)["text"] == _piece(direct)["text"]


# == 4. self-check answers with a filler around them ===========================================


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("allez da doe ik altijd", 5), ("allez altijd", 5), ("altijd allez", 5), ("allé, nooit", 1),
        ("awel da doe ik altijd", 5), ("enfin, soms", 3), ("da doe ik nooit eerlijk gezegd", 1),
        ("I'd say always", 5), ("always, I reckon", 5), ("ik zou zeggen vaak", 4), ("tja da doe ik soms", 3),
        ("to be honest I always do", 5),
    ],
)  # fmt: skip
def test_an_answer_with_a_filler_is_read(text: str, value: int) -> None:
    assert parse_answer(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "niet altijd eerlijk gezegd",
        "eerlijk gezegd niet altijd",
        "to be honest not always",
        "tja niet altijd",
    ],
)
def test_not_always_with_a_filler_is_read_as_not_always(text: str) -> None:
    """ "niet altijd" alone stays unscored (stop 51, bot/selfchecks/answers.py): with a filler
    too, it is an attempt at an answer, so the scale is shown again inside the check."""
    assert parse_answer(text) is None and tries_to_answer(text)


@pytest.mark.parametrize(
    ("text", "intent", "recorded"),
    [
        ("allez da doe ik altijd", "nlu_fallback", True),
        ("allez da doe ik altijd", "ask_advice", True),
        ("niet altijd eerlijk gezegd", "ask_advice", False),
    ],
)
def test_mid_check_an_answer_with_a_filler_stays_in_the_check(text: str, intent: str, recorded: bool) -> None:
    sender = _sender()
    _, events = _start("keeping-promises", "nl", sender)
    action = {"nlu_fallback": ActionKbFallback, "ask_advice": ActionAnswerAdvice}[intent]
    messages, _ = _turn(text, "nl", events, sender, action, intent)
    said = _text(messages)
    assert not _views(messages) and "Gaat het hierover" not in said and "geen goed antwoord" not in said, said
    assert ("Genoteerd" in said) is recorded, said
    assert _statement_or_none(messages)  # the next statement, or the same one again
