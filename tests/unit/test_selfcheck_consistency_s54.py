"""Stop 54: three self-check faults, by kind, with the real self-check files and actions.

1. The parts a result names to work on follow the same boundary as the chart's colours and the
   feedback bands: every part under the top band's lowest point (3.75 on 1-5), from the check's own
   bands (bot/selfchecks/scoring.py `score`, `band`). Until then it was 3.5 (`WEAK_BELOW`), so a
   part at 3.6 was named nowhere, yet drawn middle beside the middle band's text.
2. An answer that goes both ways by turns ("ja soms wel soms niet", "nu eens wel dan weer niet",
   "de ene keer wel de andere keer niet", Flemish "ne keer wel ne keer ni", "hit and miss", "50/50")
   is the middle of the scale, as "soms" is (bot/selfchecks/answers.py `goes_both_ways`); a yes
   beside a no ("ja nee", "yes no", "ja maar nee") and questions stay unscored.
3. A question about a score that is not the user's own ("wat betekent een 2,9?" with an own 3,1)
   gets, beside that score's band, the user's own average and its band (actions/selfcheck.py
   `answered_as_score_question`)."""

from __future__ import annotations

import asyncio
import dataclasses
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import actions.selfcheck
from actions.advice import ActionAnswerAdvice, ActionKbFallback
from actions.selfcheck import ActionSelfcheckAnswer, ActionStartSelfcheck, dimension_title
from bot.content.scale import parse_scale
from bot.content.selfchecks import SelfCheck, load_selfcheck, load_selfchecks
from bot.dialogue import payloads
from bot.selfchecks import chart
from bot.selfchecks.answers import (
    goes_both_ways,
    off_scale,
    parse_answer,
    plain_yes_no,
    said_with_remark,
    tries_to_answer,
)
from bot.selfchecks.scoring import articles_for, band, band_limits, band_mins, score, tips_for
from tests.helpers import ROOT, four_point_selfcheck
from tests.unit.replies import USER, after, run, said, start

CHECKS, _ = load_selfchecks(ROOT / "knowledge" / "selfchecks")
FIVE = CHECKS["keeping-promises"]


def _answers(check: SelfCheck, counted: dict[str, list[int]]) -> dict[str, int]:
    """Answers whose items count `counted[dimension]` (in statement order), reverse ones flipped."""
    left = {dim: list(values) for dim, values in counted.items()}
    return {
        s.id: (check.scale.reverse(v) if s.reverse else v)
        for s in check.statements
        for v in [left[s.dimension].pop(0)]
    }


def _with_scale(check: SelfCheck, rows: list[tuple[int, str, str]]) -> SelfCheck:
    scale = parse_scale([{"value": v, "nl": nl, "en": en} for v, nl, en in rows])
    return dataclasses.replace(check, scale=scale)


# == 1. the parts to work on, the chart and the feedback agree ================================


@given(
    check_id=st.sampled_from(sorted(CHECKS)),
    values=st.lists(st.integers(min_value=1, max_value=5), min_size=8, max_size=8),
)
def test_parts_to_work_on_are_those_the_chart_and_the_feedback_call_middle_or_low(
    check_id: str, values: list[int]
) -> None:
    check = CHECKS[check_id]
    result = score(check, {s.id: values[i] for i, s in enumerate(check.statements)})
    mins = band_mins(check)
    averages = result.per_dimension
    for value in averages.values():
        where = band(check.scale, value, mins)
        assert where == chart.band(check.scale, value, mins)  # the chart's colour
        in_top_band = [b for b in check.bands if b.min <= value][-1] is check.bands[-1]
        assert (where == "high") == in_top_band  # the feedback text's band
    under_top = sorted((d for d, v in averages.items() if band(check.scale, v, mins) != "high"),
                       key=lambda d: (averages[d], d))  # fmt: skip
    lowest = min(averages, key=lambda d: (averages[d], d))
    assert result.weakest == (tuple(under_top) or (lowest,))


@pytest.mark.parametrize(
    ("check_id", "counted", "work_on"),
    [
        # 3.5 and 3.67 are middle (under 3.75): both named, weakest first (3.5 was named nowhere)
        ("keeping-promises",
         {"pyramid-promise": [4, 4, 3], "customer-effort": [4, 3], "moments-of-truth": [5, 5]},
         ("customer-effort", "pyramid-promise")),
        ("keeping-promises",
         {"pyramid-promise": [4, 4, 3], "customer-effort": [4, 4], "moments-of-truth": [5, 5]},
         ("pyramid-promise",)),
        # 3.75 is the top band's lowest point: high, as the chart and the feedback say; 3.5 is not
        ("room-to-act",
         {"shift-trust": [4, 4, 4, 3], "empowerment": [4, 3], "problem-you-cannot-solve": [5, 5]},
         ("empowerment",)),
        ("room-to-act",
         {"shift-trust": [4, 4, 3, 3], "empowerment": [5, 4], "problem-you-cannot-solve": [5, 5]},
         ("shift-trust",)),
        # low and middle parts together, weakest first
        ("keeping-promises",
         {"pyramid-promise": [2, 2, 2], "customer-effort": [3, 4], "moments-of-truth": [4, 4]},
         ("pyramid-promise", "customer-effort")),
        # every part high: the weakest alone, ties by name
        ("keeping-promises",
         {"pyramid-promise": [5, 5, 5], "customer-effort": [4, 4], "moments-of-truth": [4, 4]},
         ("customer-effort",)),
    ],
)  # fmt: skip
def test_a_part_under_the_top_band_is_one_to_work_on(
    check_id: str, counted: dict[str, list[int]], work_on: tuple[str, ...]
) -> None:
    check = CHECKS[check_id]
    result = score(check, _answers(check, counted))
    assert result.weakest == work_on, result.per_dimension
    coloured = {d: chart.band(check.scale, v, band_mins(check)) for d, v in result.per_dimension.items()}
    under_top = {d for d, colour in coloured.items() if colour != "high"}
    assert set(work_on) == under_top or (not under_top and len(work_on) == 1), coloured


def test_the_articles_to_read_come_from_every_part_to_work_on() -> None:
    """3.5 on "customer-effort" and 3.67 on "pyramid-promise": both parts' articles, weakest first."""
    counted = {"pyramid-promise": [4, 4, 3], "customer-effort": [4, 3], "moments-of-truth": [5, 5]}
    result = score(FIVE, _answers(FIVE, counted))
    read = articles_for(FIVE, result, limit=10)
    effort, promise = FIVE.dimensions["customer-effort"].articles, FIVE.dimensions["pyramid-promise"].articles
    assert read[: len(effort)] == list(effort)
    assert set(promise) <= set(read)
    assert tips_for(FIVE, result, "nl")[0] == FIVE.dimensions["customer-effort"].tips["nl"][0]


def test_on_a_four_point_scale_the_check_s_own_top_band_decides(tmp_path: Path) -> None:
    """Bands from 1.0, 2.0 and 3.0: 3.0 is high (not to work on), 2.67 middle (to work on); with
    the top band from 3.5, 3.0 is middle and to work on too (under the old 2.875 of 1-4 it was not)."""
    four = load_selfcheck(four_point_selfcheck(tmp_path))
    assert band_limits(four.scale, band_mins(four)) == (2.0, 3.0)
    counted = {"pyramid-promise": [3, 3, 2], "customer-effort": [3, 3], "moments-of-truth": [4, 4]}
    assert score(four, _answers(four, counted)).weakest == ("pyramid-promise",)
    top = dataclasses.replace(four.bands[2], min=3.5)
    higher_top = dataclasses.replace(four, bands=(*four.bands[:2], top))
    assert score(higher_top, _answers(higher_top, counted)).weakest == ("pyramid-promise", "customer-effort")


def test_with_one_band_every_part_is_middle_and_one_to_work_on() -> None:
    one_band = dataclasses.replace(FIVE, bands=FIVE.bands[:1])
    counted = {"pyramid-promise": [5, 5, 5], "customer-effort": [4, 4], "moments-of-truth": [2, 3]}
    result = score(one_band, _answers(one_band, counted))
    assert result.weakest == ("moments-of-truth", "customer-effort", "pyramid-promise")
    colours = {chart.band(FIVE.scale, v, band_mins(one_band)) for v in result.per_dimension.values()}
    assert colours == {"middle"}


def test_without_bands_the_chart_s_fallback_is_the_boundary() -> None:
    no_bands = dataclasses.replace(FIVE, bands=())
    assert band_mins(no_bands) is None
    fallback = band_limits(FIVE.scale, band_mins(no_bands))
    assert fallback == band_limits(FIVE.scale, band_mins(FIVE)) == (2.5, 3.75)


def _finish(counted: dict[str, int], lang: str) -> list[dict[str, Any]]:
    """Do keeping-promises to the end, each statement's item counting `counted[id]`; the coach's
    last reply (the results)."""
    run(ActionStartSelfcheck(), payloads.start_selfcheck(FIVE.id), "start_selfcheck", lang)
    reply: list[dict[str, Any]] = []
    for s in FIVE.statements:
        value = FIVE.scale.reverse(counted[s.id]) if s.reverse else counted[s.id]
        reply = run(ActionSelfcheckAnswer(), str(value), "selfcheck_answer", lang)
    assert any((m.get("custom") or {}).get("type") == "selfcheck_result" for m in reply), reply
    return reply


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_with_every_part_high_the_result_calls_none_weak(lang: str) -> None:
    """4,0 on "customer-effort", 5,0 elsewhere: all high. The result names the part with most to
    gain (the lowest, as before) and its tips, and calls nothing weak or low."""
    reply = _finish({"s1": 5, "s2": 5, "s3": 5, "s4": 4, "s5": 4, "s6": 5, "s7": 5}, lang)
    text = said(reply)
    effort = dimension_title("customer-effort", lang)
    most_to_gain = {"nl": "Hier valt het meest te winnen: ", "en": "Most to gain: "}[lang]
    assert most_to_gain + effort + "." in text
    assert FIVE.dimensions["customer-effort"].tips[lang][0] in text
    assert FIVE.bands[-1].feedback[lang] in text
    summary = text.split(FIVE.bands[-1].feedback[lang])[0].lower()  # the lines that name the parts
    for unkind in ("zwak", "weak", "laag", "low", "slecht", "poor", "verbeter", "improve"):
        assert unkind not in summary, unkind


# == 2. an answer that goes both ways is the middle, as "soms" ================================

BOTH_WAYS = [
    # the tester's words, and the same with a yes, a no, a hesitation or words around them
    "ja soms wel soms niet", "soms wel soms niet", "soms wel, soms niet", "Ja, soms wel, soms niet.",
    "nee soms wel soms niet", "jaaa soms wel soms niet hoor", "tja, soms wel en soms niet",
    "soms wel maar soms ook niet", "soms ja soms nee", "soms nee soms ja", "soms niet soms wel",
    "ja dat gebeurt soms wel soms niet", "ik doe het soms wel soms niet", "soms lukt het, soms niet",
    "soms doe ik het wel, soms niet", "soms wel soms niet eigenlijk", "eerlijk gezegd soms wel soms niet",
    "soms wel soms niet, als het druk is",
    # in other Dutch words
    "nu eens wel dan weer niet", "nu eens wel, dan weer niet", "nu eens niet dan weer wel",
    "dan weer wel dan weer niet", "de ene keer wel de andere keer niet",
    "de ene keer wel, de andere keer niet",
    "de ene keer ja de andere keer nee", "ene keer wel andere keer niet", "de ene dag wel de andere niet",
    "een keer wel een keer niet", "sommige dagen wel andere dagen niet", "wisselend", "het wisselt",
    "afwisselend", "met wisselend succes", "hangt ervan af", "afhankelijk van de dag", "half om half",
    "de helft van de tijd", "50 procent van de tijd", "vijftig vijftig",
    # Flemish
    "ne keer wel ne keer ni", "ne keer wel, ne keer nie", "nen keer wel nen keer ni", "soms wel soms ni",
    "tis soms wel soms ni", "k doe da soms wel soms ni", "den enen keer wel den anderen keer ni",
    "'t is te zien", "tis te zien", "ça dépend", "allee, soms wel soms nie",
    # English
    "sometimes yes sometimes no", "sometimes yes, sometimes no", "sometimes I do, sometimes I don't",
    "sometimes i do and sometimes i dont", "sometimes it works, sometimes it doesn't",
    "some days yes some days no", "sometimes it does sometimes it doesnt", "sometimes I do sometimes I don’t",
    "some days I do, other days I don't", "one day yes the next day no", "it depends", "it varies",
    "hit and miss", "it's hit and miss", "hit or miss", "yeah it's hit or miss tbh", "50/50", "50-50",
    "50 / 50", "it's 50/50", "fifty fifty", "fifty-fifty", "half the time", "50% of the time", "on and off",
    "it's a mixed bag", "yes and no",
]  # fmt: skip


@pytest.mark.parametrize("text", BOTH_WAYS)
def test_an_answer_that_goes_both_ways_is_the_middle_as_soms(text: str, tmp_path: Path) -> None:
    assert parse_answer(text, FIVE) == parse_answer("soms", FIVE) == 3
    assert off_scale(text, FIVE.scale) is None  # "50/50" is no fifty off the scale
    assert plain_yes_no(text) is None and said_with_remark(text) is None  # no yes to "carry on?"
    # on a scale without a middle, no point, as for "soms": the scale is shown again
    four = load_selfcheck(four_point_selfcheck(tmp_path))
    assert parse_answer(text, four) is parse_answer("soms", four) is None
    assert tries_to_answer(text) or "als het druk is" in text  # with a condition, as "soms, als ..."


@pytest.mark.parametrize(
    "text", ["ja soms wel soms niet", "de ene keer wel de andere keer niet", "hit and miss"]
)
def test_on_a_frequency_scale_it_is_the_point_soms_is(text: str) -> None:
    five = _with_scale(FIVE, [(1, "Nooit", "Never"), (2, "Zelden", "Rarely"), (3, "Soms", "Sometimes"),
                              (4, "Vaak", "Often"), (5, "Altijd", "Always")])  # fmt: skip
    four = _with_scale(FIVE, [(1, "Nooit", "Never"), (2, "Soms", "Sometimes"), (3, "Vaak", "Often"),
                              (4, "Altijd", "Always")])  # fmt: skip
    assert parse_answer(text, five) == parse_answer("soms", five) == 3
    assert parse_answer(text, four) == parse_answer("soms", four) == 2


LOOK_ALIKES = [
    # a yes beside a no: unclear, as before
    "ja nee", "ja, nee", "yes no", "no yes", "nee ja", "ja maar nee", "ja, maar nee", "yes but no",
    "nee, maar ja", "eens en oneens",
    # questions and stories about someone else
    "soms wel soms niet, hoe moet dat?", "hangt het ervan af?", "wat als het wisselend is?",
    "is 50/50 goed?", "what if it's hit and miss?", "wat betekent soms wel soms niet?",
    "hoe ga ik om met een klant die de ene keer wel en de andere keer niet betaalt?",
    "mijn collega doet het soms wel soms niet", "de klant wil soms wel soms niet",
    # half of it, or not the kind
    "soms niet", "sometimes not", "sometimes it doesnt", "niet altijd", "niet soms wel soms niet",
    "mixed feelings", "wisselend wel en niet",
]  # fmt: skip


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_stay_unscored(text: str) -> None:
    assert parse_answer(text, FIVE) is None
    assert not goes_both_ways(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [("ja, dat is te zien aan mijn agenda", 4), ("dat is te zien", None), ("ja soms", 3), ("nee, soms", 3),
     ("soms wel", 3), ("ja en nee", 3), ("meestal wel", 4), ("yes, always", 5)],
)  # fmt: skip
def test_answers_near_it_keep_their_reading(text: str, value: int | None) -> None:
    assert parse_answer(text, FIVE) == value


def test_long_runs_of_answer_words_are_read_quickly() -> None:
    """Words that a pattern could split in two ways ("ja nee", "it s") made reading take seconds."""
    for text in ("ja nee " * 22, "ja " * 50 + "x", "it s " * 30 + "x", "soms wel " * 17, "it all " * 22):
        began = time.perf_counter()
        parse_answer(text, FIVE), tries_to_answer(text), plain_yes_no(text)
        assert time.perf_counter() - began < 0.5, text


def _position() -> int:
    step = actions.selfcheck.service().open_step(USER)
    assert step is not None
    return step.position


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("text", "action", "intent", "lang"),
    [
        ("ja soms wel soms niet", ActionAnswerAdvice, "ask_advice", "nl"),
        ("ne keer wel ne keer ni", ActionKbFallback, "nlu_fallback", "nl"),
        ("nu eens wel, dan weer niet", ActionSelfcheckAnswer, "selfcheck_answer", "nl"),
        ("hit and miss", ActionKbFallback, "nlu_fallback", "en"),
        ("50/50", ActionSelfcheckAnswer, "selfcheck_answer", "en"),
    ],
)
def test_in_the_chat_it_is_recorded_as_the_middle(text: str, action: Any, intent: str, lang: str) -> None:
    question_2 = start(lang)
    dispatcher = CollectingDispatcher()
    asyncio.run(action().run(dispatcher, after(question_2, text, intent, lang), {}))
    noted = "Genoteerd: 3 · Neutraal." if lang == "nl" else "Noted: 3 · Neutral."
    assert noted in said(dispatcher.messages), said(dispatcher.messages)
    assert _position() == 2


# == 3. a score that is not the user's own gets the user's own beside it ======================

# counted items: parts 3,0 / 3,0 / 3,5, overall 3,1 (middle); and parts 5,0 / 4,0 / 4,0, overall 4,4 (high)
MIDDLE = {"s1": 3, "s2": 3, "s3": 3, "s4": 3, "s5": 3, "s6": 3, "s7": 4}
HIGH = {"s1": 5, "s2": 5, "s3": 5, "s4": 4, "s5": 4, "s6": 4, "s7": 4}
OWN_NL = "Jouw eigen gemiddelde voor Beloftes nakomen is 3,1 (midden)."
OWN_EN = "Your own average for Keeping promises is 3.1 (middle)."


def _after_results(reply: list[dict[str, Any]], text: str, intent: str, lang: str) -> Tracker:
    bots = [
        {
            "event": "bot",
            "text": m.get("text"),
            "data": {"buttons": m.get("buttons"), "custom": m.get("custom")},
        }
        for m in reply
    ]
    events = [{"event": "user", "text": "4"}, *bots, {"event": "user", "text": text}]
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": [], "metadata": {}}
    slots = {"language": lang, "pinned_language": None, "tips_given": None}
    return Tracker(USER, slots, latest, events, False, None, {}, "action_listen")


def _asked(counted: dict[str, int], text: str, lang: str, action: Any = ActionAnswerAdvice) -> str:
    reply = _finish(counted, lang)
    dispatcher = CollectingDispatcher()
    intent = "ask_advice" if action is ActionAnswerAdvice else "nlu_fallback"
    asyncio.run(action().run(dispatcher, _after_results(reply, text, intent, lang), {}))
    return said(dispatcher.messages)


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("counted", "text", "lang", "own", "band_asked"),
    [
        (MIDDLE, "wat betekent een 2,9?", "nl", OWN_NL, "midden (van 2,5 tot 3,75)"),
        (MIDDLE, "wat betekent die 2.9 nou, is dat slecht?", "nl", OWN_NL, "midden (van 2,5 tot 3,75)"),
        (MIDDLE, "en een 1,8, is dat erg?", "nl", OWN_NL, "laag (onder 2,5)"),
        (MIDDLE, "wa betekent da 4,2 nu", "nl", OWN_NL, "hoog (3,75 of meer)"),
        (MIDDLE, "what does a 2.9 mean?", "en", OWN_EN, "middle (2.5 up to 3.75)"),
        (MIDDLE, "is 2,9 bad", "en", OWN_EN, "middle (2.5 up to 3.75)"),
        (MIDDLE, "is 4.2 good for keeping promises?", "en", OWN_EN, "high (3.75 or more)"),
        # a part named by a word of its title only: that part's own average
        (MIDDLE, "wat betekent een 2,9 voor momenten van de waarheid?", "nl",
         "Jouw eigen gemiddelde voor Momenten van de waarheid: elk contact telt is 3,5 (midden).",
         "midden (van 2,5 tot 3,75)"),
        (HIGH, "wat betekent een 2,9?", "nl", "Jouw eigen gemiddelde voor Beloftes nakomen is 4,4 (hoog).",
         "midden (van 2,5 tot 3,75)"),
        (HIGH, "is a 3.2 low?", "en", "Your own average for Keeping promises is 4.4 (high).",
         "middle (2.5 up to 3.75)"),
    ],
)  # fmt: skip
def test_a_score_not_the_user_s_own_gets_their_own_average_beside_it(
    counted: dict[str, int], text: str, lang: str, own: str, band_asked: str
) -> None:
    answer = _asked(counted, text, lang)
    assert band_asked in answer and FIVE.title[lang] in answer, answer
    assert answer.rstrip().endswith(own), answer
    assert answer.count(own) == 1


@pytest.mark.usefixtures("own_app_db")
@pytest.mark.parametrize(
    ("text", "lang", "named"),
    [
        ("wat betekent 3,1?", "nl", "Die 3,1 is je gemiddelde."),  # the overall, with a comma
        ("wat betekent 3.1", "nl", "Die 3,1 is je gemiddelde."),  # or a dot
        ("wat betekent een 3,5?", "nl", "Die 3,5 is je score op"),  # a part
        ("is een 3 slecht?", "nl", "Die 3,0 is je score op"),  # 3 as 3,0
        ("what does my 3,1 mean", "en", "That 3.1 is your overall score."),
        ("is 3.5 good?", "en", "That 3.5 is your score on"),
    ],
)
def test_the_user_s_own_score_gets_no_second_line(text: str, lang: str, named: str) -> None:
    answer = _asked(MIDDLE, text, lang, ActionKbFallback)
    assert named in answer, answer
    assert "Jouw eigen gemiddelde" not in answer and "Your own average" not in answer
