"""Stop 53, by kind: an answer word with a condition after it is scored by its answer word;
past results asked again ("wa waren mijn punten van die test ook weer") get the results; the
chart's colours follow the feedback bands; a bare number typed mid-check under an offer is the
statement's score, said back, with the offer's buttons to tap."""

from __future__ import annotations

import asyncio

import matplotlib.pyplot as plt
import pytest
from rasa_sdk.executor import CollectingDispatcher

import actions.selfcheck
from actions.advice import ActionAnswerAdvice, ActionKbFallback
from actions.selfcheck import ActionSelfcheckAnswer, ActionStartSelfcheck
from bot.content.articles import load_articles
from bot.content.scale import AGREE_5
from bot.content.selfchecks import load_selfchecks
from bot.dialogue import payloads
from bot.dialogue.choices import by_position
from bot.selfchecks.answers import parse_answer, tries_to_answer
from bot.selfchecks.asking import asks_for_own_results
from bot.selfchecks.chart import LOW, MIDDLE, band, band_limits, chart_figure
from bot.selfchecks.scoring import score
from tests.helpers import ROOT
from tests.unit.replies import USER, after, said, scale_buttons, start

# -- 1. an answer word with a condition or an aside after it -----------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("soms, als het echt druk is", 3), ("soms, als het druk is", 3), ("soms als t druk is", 3),
        ("meestal wel, behalve op maandag", 4), ("vaak, tenminste als ik tijd heb", 4),
        ("altijd, behalve als ik ziek ben", 5), ("nooit, tenzij het echt moet", 1),
        ("zelden, alleen als het druk is", 2), ("meestal wel, niet als het druk is", 4),
        ("meestal niet, behalve als het rustig is", 2), ("vaak, zeker bij vaste klanten", 4),
        ("euh meestal wel, behalve op maandag", 4), ("ja, behalve als het druk is", 4),
        ("helemaal eens, behalve bij boze klanten", 5), ("vier, als het druk is", 4),
        # Flemish
        ("soms as t druk is", 3), ("meestal wel, buiten op maandag", 4), ("meestal wel, ni as t druk is", 4),
        ("da doe ik soms, als het druk is", 3), ("eerder ni, alleen als het druk is", 2),
        ("zeker en vast, als ik tijd heb", 5), ("bwa, soms, als het druk is", 3),
        # English
        ("sometimes, when it's busy", 3), ("mostly yes unless we're short-staffed", 4),
        ("usually, except on mondays", 4), ("always, if I have time", 5), ("never unless my boss asks", 1),
        ("rarely, only when it's quiet", 2), ("mostly, but not when it's busy", 4),
        ("sometimes, especially when it's busy", 3), ("once in a while, when it's busy", 3),
        ("not at all, unless I have to", 1),
    ],
)  # fmt: skip
def test_an_answer_with_a_condition_is_scored_by_its_answer_word(text: str, value: int) -> None:
    assert parse_answer(text) == value


@pytest.mark.parametrize(
    "text",
    [
        # genuinely ambiguous, as alone (decided at stop 51)
        "niet altijd", "niet altijd, als het druk is", "ni altijd, as t druk is",
        "not always, when it's busy",
        "niet altijd, behalve op maandag",
        # a condition without an answer
        "als het druk is", "when it's busy", "alleen als het druk is", "op maandag",
        # a question after the answer word
        "soms, hoe bedoel je?", "soms, wat moet ik doen als het druk is?", "altijd, en hoe doe jij dat?",
        "soms, als het druk is, hoe pak ik dat aan", "sometimes, when it's busy, what should I do then",
        "soms, als het druk is. Hoe doe ik dat beter",
        # "always"/"never" right before "when", no comma: whenever it holds, not how often
        "altijd als het druk is", "always when it's busy", "nooit als de klant boos is",
    ],
)  # fmt: skip
def test_no_answer_or_a_question_with_a_condition_stays_unscored(text: str) -> None:
    assert parse_answer(text) is None


def test_with_no_statement_open_a_condition_is_not_read_as_an_answer() -> None:
    """ActionSelfcheckAnswer with no check open: "soms als de klant boos is" is a question."""
    assert parse_answer("soms als de klant boos is", with_condition=False) is None
    assert parse_answer("soms", with_condition=False) == 3
    assert not tries_to_answer("soms, als het druk is")  # unchanged: only parse_answer reads it


# -- 2. past results asked again ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "wa waren mijn punten van die test ook weer", "wat waren mijn punten van die test ook weer",
        "wat waren mijn punten ook weer", "wat was mijn score ook weer", "wa was mijn score nog eens",
        "wat was mijn resultaat van de test ook weer", "wat waren m'n scores van die zelftest ook weer",
        "hoeveel punten had ik ook weer", "hoeveel punten had ik op die test",
        "wat had ik ook weer op die test",
        "mijn punten van de test", "wa was da resultaat van die test", "wat was de uitslag van de zelftest",
        "wat was het resultaat van die test ook weer", "wat was mijn score nog eens op die quiz",
        "hoeveel had ik gescoord ook weer", "wat heb ik gescoord ook weer",
        "hoe scoorde ik ook weer op de test",
        "welke score had ik ook weer", "wat was de score van mijn test", "waar zie ik mijn punten",
        "what did I score again", "what were my results on that quiz", "what were my scores again",
        "what was my score on that test again", "what did i get on the quiz again",
        "how many points did I get",
        "what were my points", "which score did I get again", "remind me of my score",
        "what was the result of that test",
    ],
)  # fmt: skip
def test_past_results_asked_again_are_own_results(text: str) -> None:
    assert asks_for_own_results(text)


@pytest.mark.parametrize(
    "text",
    [
        "wat zijn punten van aandacht bij een klacht", "wat waren mijn punten van aandacht",
        "wat waren de punten van de klant ook weer", "wat was de uitslag van het klanttevredenheidsonderzoek",
        "what was the score of the NPS survey", "hoe verhoog ik onze scores",
        "wat betekent een lage NPS score",
        "hoeveel punten heb ik", "hoeveel punten heeft een klant", "what is the result of a test",
        "wat had ik ook weer", "wat is het resultaat van de enquête",
        "wat was de uitslag van de test bij de klant",
    ],
)  # fmt: skip
def test_other_points_and_scores_are_not_own_results(text: str) -> None:
    assert not asks_for_own_results(text)


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("text", "lang"),
    [("wa waren mijn punten van die test ook weer", "nl"), ("what did I score again", "en")],
)
def test_results_asked_again_as_a_start_show_results_not_a_new_check(text: str, lang: str) -> None:
    """NLU reads "test" as a request to start one: the results come, no check starts."""
    dispatcher = CollectingDispatcher()
    latest = {
        "text": text,
        "intent": {"name": "start_selfcheck", "confidence": 0.9},
        "entities": [],
        "metadata": {},
    }
    from rasa_sdk import Tracker

    tracker = Tracker(USER, {"language": lang}, latest, [], False, None, {}, "action_listen")
    asyncio.run(ActionStartSelfcheck().run(dispatcher, tracker, {}))
    no_results = "Je hebt nog geen zelftest afgerond" if lang == "nl" else "You haven't finished a self-check"
    assert no_results in said(dispatcher.messages)
    assert actions.selfcheck.service().open_step(USER) is None  # nothing started
    assert not scale_buttons(dispatcher.messages)


# -- 3. the chart's colours follow the feedback bands ------------------------------------

IDS = {a.id for a in load_articles(ROOT / "knowledge")[0]}
CHECKS = load_selfchecks(ROOT / "knowledge" / "selfchecks", IDS)[0]


def _checks() -> list:
    assert CHECKS
    return list(CHECKS.values())


def test_every_checks_chart_colour_agrees_with_its_feedback_band() -> None:
    """For every real check and every average on its scale (steps of 0.05): the bar is red in
    the lowest feedback band, green in the top one, orange between: the same boundaries as the
    feedback text (a 3.6 was green beside the middle band's text before stop 53)."""
    for check in _checks():
        mins = [b.min for b in check.bands]
        steps = int((check.scale.max - check.scale.min) / 0.05)
        for i in range(steps + 1):
            value = round(check.scale.min + i * 0.05, 2)
            feedback = [b for b in check.bands if b.min <= value][-1]
            index = check.bands.index(feedback)
            expected = "low" if index == 0 else "high" if index == len(check.bands) - 1 else "middle"
            assert band(check.scale, value, mins) == expected, (check.id, value)


def test_a_check_scored_in_the_middle_band_gets_no_green_bar() -> None:
    """ "Neutraal" and "eens" in turn: the feedback is the middle band's, and so are the colours
    of the parts under 3.75 (before stop 53, 3.5 and more was green)."""
    check = _checks()[0]
    # items counting 3 and 4 in turn: an overall of about 3.5
    answers = {s.id: 3 if i % 2 else (2 if s.reverse else 4) for i, s in enumerate(check.statements)}
    result = score(check, answers)
    mins = [b.min for b in check.bands]
    assert result.band == check.bands[1]  # the middle band's text
    for value in result.per_dimension.values():
        assert band(check.scale, value, mins) == ("middle" if value < mins[-1] else "high")
    assert band(check.scale, 3.6, mins) == "middle" and band(check.scale, 3.75, mins) == "high"


def test_the_default_bands_are_the_real_checks_bands() -> None:
    """A chart drawn without bands (tests, the fuzz test) uses LOW and MIDDLE: the real files'."""
    for check in _checks():
        mins = [b.min for b in check.bands]
        assert band_limits(check.scale, mins) == (check.scale.at(LOW), check.scale.at(MIDDLE)), check.id
    assert band_limits(AGREE_5) == (2.5, 3.75)


@pytest.mark.parametrize(("lang", "high"), [("nl", "hoog (3,75 of meer)"), ("en", "high (3.75 or more)")])
def test_the_legend_names_the_feedback_bands(lang: str, high: str) -> None:
    fig = chart_figure("T", {"A": 3.6, "B": 3.8, "C": 2.0}, AGREE_5, lang, {}, "", [1.0, 2.5, 3.75])
    legend = [text.get_text() for text in fig.legends[0].get_texts()]
    assert legend[0] == ("laag (onder 2,5)" if lang == "nl" else "low (under 2.5)") and legend[-1] == high
    colours = [p.get_facecolor() for p in fig.axes[0].patches]  # bars bottom-up: C, B, A
    plt.close(fig)
    from matplotlib.colors import to_rgba

    assert colours == [to_rgba("#c0392b"), to_rgba("#27ae60"), to_rgba("#e67e22")]


def test_two_or_one_bands_still_draw() -> None:
    assert band(AGREE_5, 2.9, [1.0, 3.0]) == "low" and band(AGREE_5, 3.0, [1.0, 3.0]) == "high"
    assert band(AGREE_5, 4.9, [1.0]) == "middle" and band(AGREE_5, 1.0, [1.0]) == "middle"
    fig = chart_figure("T", {"A": 3.6}, AGREE_5, "nl", {}, "", [1.0])
    assert [t.get_text() for t in fig.legends[0].get_texts()] == ["midden"]
    plt.close(fig)


# -- 4. a bare number under an offer mid-check -------------------------------------------

OFFER = [
    {"title": "Van enquêtes naar echt luisteren", "payload": payloads.advice("shift-listening", ref="r1")},
    {
        "title": "Hoe je met collega's omgaat",
        "payload": payloads.advice("culture-internal-respect", ref="r1"),
    },
    {"title": "Structureel innoveren", "payload": payloads.advice("shift-innovation", ref="r1")},
]


def _offer_reply(lang: str) -> list[dict]:
    text = "Gaat het hierover?" if lang == "nl" else "Is it about one of these?"
    return [{"text": text, "buttons": OFFER}]


def _position() -> int:
    step = actions.selfcheck.service().open_step(USER)
    assert step is not None
    return step.position


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(("lang", "intent", "action"), [
    ("nl", "selfcheck_answer", ActionSelfcheckAnswer), ("en", "selfcheck_answer", ActionSelfcheckAnswer),
    ("nl", "nlu_fallback", ActionKbFallback), ("nl", "ask_advice", ActionAnswerAdvice),
])  # fmt: skip
def test_a_number_under_an_offer_mid_check_is_the_score_said_back_with_the_offer_to_tap(
    lang: str, intent: str, action
) -> None:
    """Mid-check (question 2 open), the coach answered a question with an offer and 1-3 buttons.
    A typed "2" is the statement's score, whatever intent NLU read; it was recorded silently
    before stop 53. Now it is said back, with the offer's buttons to tap, then question 3."""
    start(lang)
    dispatcher = CollectingDispatcher()
    asyncio.run(action().run(dispatcher, after(_offer_reply(lang), "2", intent, lang), {}))
    text = said(dispatcher.messages)
    assert ("Genoteerd als antwoord op de stelling: 2" if lang == "nl" else "Noted as your answer") in text
    assert [b for m in dispatcher.messages for b in m.get("buttons") or []][: len(OFFER)] == OFFER
    assert ("vraag 3 van 7" if lang == "nl" else "question 3 of 7") in text
    assert len(scale_buttons(dispatcher.messages[-1:])) == 5  # the next statement last
    assert _position() == 2


@pytest.mark.usefixtures("own_app_db")
def test_a_tapped_offer_button_mid_check_opens_the_article_and_scores_nothing() -> None:
    start("nl")
    dispatcher = CollectingDispatcher()
    tracker = after(_offer_reply("nl"), OFFER[1]["payload"], "ask_advice", "nl")
    tracker.latest_message["entities"] = [{"entity": "article_id", "value": "culture-internal-respect"}]
    asyncio.run(ActionAnswerAdvice().run(dispatcher, tracker, {}))
    assert "Genoteerd" not in said(dispatcher.messages)
    assert "vraag 2 van 7" in said(dispatcher.messages)  # and the way back to the statement
    assert _position() == 1


@pytest.mark.usefixtures("own_app_db")
def test_a_number_with_the_statement_alone_on_screen_is_not_said_back() -> None:
    question_2 = start("nl")
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionSelfcheckAnswer().run(dispatcher, after(question_2, "2", "selfcheck_answer"), {}))
    assert "Genoteerd" not in said(dispatcher.messages) and _position() == 2


def test_a_channel_picks_by_place_only_without_answer_buttons() -> None:
    """Telegram's typed "2" picks the offer's second button only when the offer is the one
    keyboard and no statement's answer buttons are on screen (bot/dialogue/choices.py); with
    the statement's buttons shown, "2" reaches the action as text: the score."""
    offer = [(b["title"], b["payload"]) for b in OFFER]
    scale = [(f"{v} · x", payloads.selfcheck_answer(v)) for v in range(1, 6)]
    assert by_position("2", offer) == OFFER[1]["payload"]
    assert by_position("2", offer + scale) is None


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(("lang", "question"), [
    ("nl", "een dronken gast zonder id wil nog een biertje"),
    ("en", "a guy with no id wants to buy alcohol and gets angry"),
])
def test_an_offer_mid_check_ends_with_the_statement_so_a_digit_is_a_score_everywhere(
    lang: str, question: str
) -> None:
    """Mid-check, a question the coach is unsure about gets "Gaat het hierover?" with buttons,
    then the way back to the statement with its answer buttons last (stop 53): the terminal
    and Telegram then read a typed "2" as the score, not as the offer's second button."""
    question_2 = start(lang)
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionAnswerAdvice().run(dispatcher, after(question_2, question, "ask_advice", lang), {}))
    kinds = [(m.get("custom") or {}).get("type") for m in dispatcher.messages]
    assert "offer" in kinds, dispatcher.messages
    assert ("vraag 2 van 7" if lang == "nl" else "question 2 of 7") in said(dispatcher.messages)
    assert len(scale_buttons(dispatcher.messages[-1:])) == 5
    shown = [(b["title"], b["payload"]) for m in dispatcher.messages for b in m.get("buttons") or []]
    assert by_position("2", shown) is None
