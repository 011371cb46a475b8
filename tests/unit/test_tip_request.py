"""A message that only asks for another tip gets one (bot/dialogue/tip_request.py,
actions/advice.py `answered_as_tip_request`). Found by a tester in the terminal chat (stop
40): "geef me nog een tip" (NLU: feedback) got "Bij welk antwoord hoort je reactie?" and
"nog een" after a coaching tip was refused. Real actions on the real index; trackers built
from the first turn's real replies."""

from __future__ import annotations

import pytest

from actions.advice import ActionAnswerAdvice, ActionKbFallback
from actions.coaching import ActionCoachingTip
from actions.feedback import ActionFeedback
from actions.yes_no import ActionAffirm
from bot.dialogue import payloads
from bot.dialogue.tip_request import asks_for_another_tip, asks_for_one_more
from bot.i18n import t
from tests.unit.replies import source_of
from tests.unit.turns import advice_turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

ANOTHER_TIP = [
    "geef me nog een tip", "nog een tip", "nog een tip graag", "Geef me nog een tip!", "meer tips?",
    "heb je nog een tip voor mijn team", "mag ik nog een tip", "ok nog een tip", "een andere tip",
    "nog een tipje aub", "another tip please", "give me another tip", "can I have another tip",
    "any more tips?", "one more tip", "got any other ideas?",
]  # fmt: skip
NOT_ANOTHER_TIP = [
    "geef me een tip over klachten", "nog een tip over boze klanten", "tip: wees rustig",
    "de klant gaf me een tip", "mag ik een tip houden", "heb je een tip voor een boze klant",
    "nog een voorbeeld", "hoeveel tips krijg ik", "geef me een coachingstip",
    "ik heb een tip voor jou", "any tips for angry guests?",
]  # fmt: skip
ONE_MORE = ["nog een", "nog eentje", "one more", "another one", "meer", "ok nog een", "next"]


@pytest.mark.parametrize("text", ANOTHER_TIP)
def test_a_request_for_another_tip_is_read_as_one(text: str) -> None:
    assert asks_for_another_tip(text)


@pytest.mark.parametrize("text", NOT_ANOTHER_TIP)
def test_a_tip_on_a_topic_or_a_tip_in_a_story_is_not(text: str) -> None:
    assert not asks_for_another_tip(text)


@pytest.mark.parametrize("text", ONE_MORE)
def test_one_more_is_read_as_such(text: str) -> None:
    assert asks_for_one_more(text) and not asks_for_one_more(f"{text} keer uitleggen aan de klant")


def _tip_id(messages: list[dict]) -> str | None:
    tips = [
        m
        for m in messages
        if any(b.get("payload") == payloads.ask_coaching_tip() for b in m.get("buttons") or [])
    ]
    return source_of(messages)["id"] if tips else None


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(("action", "text"), [(ActionFeedback, 0), (ActionKbFallback, 1), (ActionAffirm, 2)])
def test_after_a_coaching_tip_another_is_the_next_tip(lang: str, action, text: int) -> None:
    """NLU read "geef me nog een tip" as feedback; "nog een" and "one more" as a fallback or a yes."""
    asked = {
        "nl": ["geef me nog een tip", "nog een", "nog eentje"],
        "en": ["another tip please", "one more", "next"],
    }
    tip = "geef me een coachingstip" if lang == "nl" else "give me a coaching tip"
    first, events = advice_turn(tip, lang, [], ActionCoachingTip)
    first_tip = _tip_id(first)
    assert first_tip is not None
    messages, _ = advice_turn(asked[lang][text], lang, events, action)
    second_tip = _tip_id(messages)
    assert second_tip is not None and second_tip != first_tip, messages
    assert t("feedback_unclear", lang) not in [m.get("text") for m in messages]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("action", [ActionFeedback, ActionAnswerAdvice, ActionCoachingTip])
def test_after_an_article_another_tip_gives_more_of_it(lang: str, action) -> None:
    """An employee who just got an article and asks for another tip gets more of that article
    (its example), not a coaching tip for a team they do not lead, nor a refusal."""
    first = {"nl": "Een klant staat tegen me te schreeuwen aan de balie, wat doe ik?",
             "en": "How do I say no to a customer without losing them?"}  # fmt: skip
    answered, events = advice_turn(first[lang], lang, [])
    article_id = source_of(answered)["id"]
    messages, _ = advice_turn(
        "geef me nog een tip" if lang == "nl" else "give me another tip", lang, events, action
    )
    note = source_of(messages)
    assert note["id"] == article_id and note["view"] == "example", messages
    assert _tip_id(messages) is None


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_out_of_the_blue_another_tip_asks_which_topic(lang: str) -> None:
    """Without an article just given, "geef me nog een tip" (NLU: feedback) is a tip request; from
    an employee, with nothing shown before it, it asks which topic, with buttons (stop 68: it gave a
    tip of an article never shown; a team lead's is the next coaching tip,
    tests/unit/test_conversation_kinds_s68c.py); a bare "meer" is no tip request."""
    asked = "geef me nog een tip" if lang == "nl" else "give me another tip"
    messages, _ = advice_turn(asked, lang, [], ActionFeedback)
    assert _tip_id(messages) is None and messages[0]["text"] == t("tips_which_topic", lang), messages
    assert messages[0].get("buttons")
    plain, _ = advice_turn("meer", lang, [], ActionAnswerAdvice)
    assert _tip_id(plain) is None


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("action", [ActionFeedback, ActionAnswerAdvice])
def test_once_every_view_was_shown_another_tip_says_that_was_all(lang: str, action) -> None:
    """Tester round of stop 41: the third "geef me nog een tip" after an article sent its first
    answer again, word for word. After the tips, the example and the meaning, the coach now
    says there are no more, with the related articles and a button to see the tips again."""
    from actions import knowledge as kb

    first = {"nl": "Een klant staat tegen me te schreeuwen aan de balie, wat doe ik?",
             "en": "How do I say no to a customer without losing them?"}  # fmt: skip
    another = "geef me nog een tip" if lang == "nl" else "give me another tip"
    answered, events = advice_turn(first[lang], lang, [])
    article_id = source_of(answered)["id"]
    views = []
    for _ in range(2):
        messages, events = advice_turn(another, lang, events)
        views.append(source_of(messages)["view"])
    assert views == ["example", "meaning"]
    messages, _ = advice_turn(another, lang, events, action)
    art, _ = kb.article(article_id, lang)
    assert [m.get("text") for m in messages] == [t("tips_all_told", lang, title=art.title)]
    payloads_shown = [b["payload"] for b in messages[0]["buttons"]]
    assert payloads_shown[-1] == payloads.advice(article_id)  # the tips again, on request
    assert set(payloads_shown[:-1]) <= {payloads.advice(r) for r in art.related} and payloads_shown[:-1]
