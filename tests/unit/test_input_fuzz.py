"""Odd input never crashes the pure input handling, fuzzed with hypothesis: the terminal
chat's choice resolution and rendering, the parsers of what users type (answers on a scale,
/invite, /revoke-like numbers, /tips, /report since), Telegram rendering (whatever Rasa or a
knowledge file says, the HTML Telegram receives parses, so nothing injects markup), and
charts (a `$...$` in a title is text, not mathtext)."""

from __future__ import annotations

import contextlib
import re
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.channels.telegram.admin import parse_invite_args
from bot.channels.telegram.render import escape, to_outgoing
from bot.channels.telegram.tips import parse_tips_args
from bot.channels.terminal.render import render, resolve_choice
from bot.content.scale import AGREE_5
from bot.insights.report import parse_since
from bot.selfchecks.answers import off_scale, parse_answer
from bot.selfchecks.chart import render_chart
from tests.fakes.telegram import parse_html, utf16_len

# The kinds of odd input: every digit-like character int() may refuse, control characters,
# mixed scripts, emoji, HTML and markdown fragments, very long texts.
DIGIT_LIKE = [c for c in map(chr, range(0x110000)) if c.isdigit() or c.isnumeric()][:400]
FRAGMENTS = ["<b>", "</i>", "<script>alert(1)</script>", "&amp;", "&", "<", "*bold*", "_x_", "`code`",
             "[link](http://x)", "$\\frac{1}{0}$", "$x^2$", "/start_selfcheck{\"x\":1}", "\u202e", "\u200b",
             "\x00", "\x1b[31m", "\r\n", "ﷺ", "👩🏽‍💻", "١٢٣", "²", "½", "Ⅻ", "𝟗", "ߡ"]  # fmt: skip
odd_text = st.one_of(
    st.text(max_size=200),
    st.text(alphabet=st.sampled_from(DIGIT_LIKE), min_size=1, max_size=12),
    st.lists(st.sampled_from(FRAGMENTS + ["1", "3", " ", "vier", "eens"]), max_size=12).map("".join),
    st.integers(min_value=4000, max_value=6000).map(lambda n: "9" * n),
    st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zs", "Mn"]), max_size=50),
)
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

CHOICES = [("Eens", "/answer{\"value\": 4}"), ("Oneens", "/answer{\"value\": 2}")]


@FUZZ
@given(odd_text)
def test_a_typed_choice_is_a_listed_button_or_the_text_itself(text: str) -> None:
    chosen = resolve_choice(text, CHOICES)
    typed_title = " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())
    if text.strip() in ("1", "2"):
        assert chosen == CHOICES[int(text.strip()) - 1][1]
    elif typed_title in ("eens", "oneens"):  # a button's title typed out picks it
        assert chosen == dict((title.lower(), payload) for title, payload in CHOICES)[typed_title]
    elif _one_title_with_single_letters(typed_title):  # "I:EENS": a title with a stray letter
        assert chosen in (text, dict((title.lower(), payload) for title, payload in CHOICES)[
            next(w for w in typed_title.split() if w in ("eens", "oneens"))
        ])
    else:
        assert chosen == text  # "²", "٣", "0", "99", 5000 nines: sent as typed


def _one_title_with_single_letters(typed_title: str) -> bool:
    """One button title typed out with only one-letter words around it ("i eens"): the choice's
    reader may take it as that title (bot/dialogue/choices.py `by_part_of_title` skips words that
    say nothing about which), or send it as typed; either is right (hypothesis found "I:EENS")."""
    words = typed_title.split()
    titles = {w for w in words if w in ("eens", "oneens")}
    return len(titles) == 1 and all(len(w) <= 1 for w in words if w not in titles)


@pytest.mark.parametrize("typed", ["²", "³", "¹", "½", "Ⅻ", "𝟗", "٣", "߁", "1" * 5000, "0", "-1", "1.0"])
def test_unusual_digits_pick_no_button(typed: str) -> None:
    assert resolve_choice(typed, CHOICES) == typed


reply = st.fixed_dictionaries(
    {},
    optional={
        "text": st.one_of(st.none(), odd_text, st.integers()),
        "image": st.one_of(st.none(), odd_text),
        "buttons": st.one_of(st.none(), st.lists(st.fixed_dictionaries(
            {}, optional={"title": st.one_of(st.none(), odd_text), "payload": st.one_of(st.none(), odd_text)}
        ), max_size=4)),
        "custom": st.one_of(st.none(), st.dictionaries(st.text(max_size=5), st.text(max_size=5))),
    },
)  # fmt: skip


@FUZZ
@given(st.lists(reply, max_size=5))
def test_terminal_rendering_takes_any_reply_shape(replies: list[dict]) -> None:
    shown = render(replies)
    assert all(isinstance(line, str) for line in shown.lines)


@FUZZ
@given(st.lists(reply, max_size=5))
def test_telegram_messages_always_parse_and_fit(replies: list[dict]) -> None:
    for out in to_outgoing(replies):
        plain = parse_html(out.html)  # what Telegram does with it: no tag, no entity error
        limit = 1024 if out.photo else 4096
        assert utf16_len(plain) <= limit


@FUZZ
@given(odd_text)
def test_escaped_text_is_shown_as_typed(text: str) -> None:
    assert parse_html(escape(text)) == text  # <script>, <b>, & stay visible text


@FUZZ
@given(odd_text)
def test_answer_parsing_takes_anything(text: str) -> None:
    value = parse_answer(text)
    assert value is None or value in AGREE_5
    off = off_scale(text, AGREE_5)
    assert off is None or off not in AGREE_5


@FUZZ
@given(st.lists(odd_text, max_size=5))
def test_command_arguments_are_parsed_or_refused_with_usage(args: list[str]) -> None:
    for parse in (parse_invite_args, parse_tips_args):
        with contextlib.suppress(ValueError):  # shown to the user as the command's usage
            parse(args)
    with contextlib.suppress(ValueError):
        parse_since(" ".join(args))


ODD_LIMITS = ["days=inf", "days=nan", "days=1e400", "days=-1", "days=²", "uses=٣", "uses=0",
              "uses=" + "9" * 5000, "days=" + "9" * 400, "uses=1.5"]  # fmt: skip


@pytest.mark.parametrize("arg", ODD_LIMITS)
def test_invite_limits_refuse_odd_numbers_with_the_usage(arg: str) -> None:
    with pytest.raises(ValueError, match="/invite ROLE"):
        parse_invite_args(["employee", arg])


@pytest.mark.parametrize("since", ["99999999999d", "²d", "9" * 5000 + "d", "2026-13-45"])
def test_report_since_refuses_odd_numbers(since: str) -> None:
    with pytest.raises(ValueError):
        parse_since(since)


@pytest.mark.parametrize(
    "title",
    ["Kosten $\\frac{a}{b}$", "$\\undefinedcommand$", "$$", "a$b", "<script>alert(1)</script>", "$x^{2$"],
)
def test_chart_titles_and_names_are_text_never_mathtext(tmp_path, title: str) -> None:
    path = render_chart(title, {title: 3.0, "$\\sqrt{x}$ ok": 2.0, "€ $5": 4.5}, tmp_path / "c.png", AGREE_5)
    assert path.read_bytes().startswith(b"\x89PNG")


def test_the_digit_kinds_are_really_tried() -> None:
    """The fuzz alphabet holds the characters the "²" crash came from."""
    kinds = {unicodedata.category(c) for c in DIGIT_LIKE}
    assert {"Nd", "No"} <= kinds and "²" in DIGIT_LIKE
