"""Issue 13 without servers: typed agreement on every scale, the terminal's choices (which
key picks which button, typed titles, hints), the chart's axis/legend/previous run, help
per role, the language requests, decimal commas and the start-up progress lines."""

from __future__ import annotations

import io
from pathlib import Path

import matplotlib.pyplot as plt
import pytest

from actions.help import help_lines
from actions.language import asks_for_automatic
from bot.channels.terminal.render import choice_hint, choice_keys, render, resolve_choice
from bot.content.articles import load_articles
from bot.content.scale import AGREE_5, parse_scale
from bot.content.selfchecks import load_selfcheck
from bot.dialogue import payloads
from bot.i18n import decimal
from bot.selfchecks.answers import agreement, parse_answer
from bot.selfchecks.chart import chart_figure, render_chart
from bot.stack.progress import Progress, wait_text
from tests.helpers import ROOT, four_point_selfcheck

IDS = {a.id for a in load_articles(ROOT / "knowledge")[0]}
FIVE = load_selfcheck(ROOT / "knowledge" / "selfchecks" / "keeping-promises.yml", IDS)


@pytest.fixture()
def four(tmp_path: Path):
    return load_selfcheck(four_point_selfcheck(tmp_path), IDS)


# --- 4. typed self-check answers: every way of saying (dis)agreement, on every scale ---
AGREEMENT = [
    # (typed, on the 1-5 scale, on the 1-4 scale without a neutral point)
    ("mee eens", 4, 3), ("ja eens", 4, 3), ("Ja, eens!", 4, 3), ("ik ben het ermee eens", 4, 3),
    ("eens hoor", 4, 3), ("helemaal mee eens", 5, 4), ("ik ben het er helemaal mee eens", 5, 4),
    ("volledig eens", 5, 4), ("absoluut mee eens", 5, 4), ("niet mee eens", 2, 2),
    ("ik ben het niet eens", 2, 2), ("nee, oneens", 2, 2), ("mee oneens", 2, 2),
    ("helemaal niet mee eens", 1, 1), ("totaal oneens", 1, 1), ("neutraal", 3, None),
    ("totally agree", 5, 4), ("yes I agree completely", 5, 4), ("I agree with that completely", 5, 4),
    ("I fully agree", 5, 4), ("yes, I agree", 4, 3), ("I agree", 4, 3), ("agree", 4, 3),
    ("I don't agree", 2, 2), ("I do not agree", 2, 2), ("no, I disagree", 2, 2),
    ("I strongly disagree", 1, 1), ("completely disagree", 1, 1), ("neither agree nor disagree", 3, None),
    ("4", 4, 4), ("vier", 4, 4), ("five", 5, None), ("ik geef een 3", 3, 3),
    # how often: statements say what someone does, and people answer with a frequency
    ("meestal wel eens", 4, 3), ("meestal wel", 4, 3), ("vaak", 4, 3), ("Ja, meestal.", 4, 3),
    ("altijd", 5, 4), ("ja altijd", 5, 4), ("bijna altijd", 4, 3), ("soms", 3, None),
    ("af en toe", 3, None), ("zelden", 2, 2), ("bijna nooit", 2, 2), ("nooit", 1, 1),
    ("nee, nooit", 1, 1), ("I usually do", 4, 3), ("most of the time", 4, 3), ("always", 5, 4),
    ("sometimes", 3, None), ("every now and then", 3, None), ("rarely", 2, 2),
    ("almost never", 2, 2), ("never", 1, 1), ("no never", 1, 1), ("nee nooit gedaan eigenlijk", 1, 1),
    # hedged disagreement without a stance word
    ("niet echt", 2, 2), ("nee, niet echt", 2, 2), ("niet echt eens", 2, 2), ("niet zo", 2, 2),
    ("not really", 2, 2), ("nah not really", 2, 2), ("no, not really", 2, 2),
    # a second tester's words: rarely, right, on the fence
    ("nauwelijks", 2, 2), ("niet vaak", 2, 2), ("not often", 2, 2), ("klopt wel", 4, 3),
    ("dat klopt niet", 2, 2), ("sort of", 3, None), ("kinda", 3, None), ("een beetje", 3, None),
    ("kinda agree", 4, 3), ("gaat wel", 3, None),
    # both, or it depends: the middle, as "soms" (tester round of stop 41: "mwa soms wel soms nie"
    # was not an answer and left the check)
    ("mwa soms wel soms nie", 3, None), ("soms wel, soms niet", 3, None), ("soms ja soms nee", 3, None),
    ("ja en nee", 3, None), ("sometimes yes sometimes no", 3, None), ("hangt ervan af", 3, None),
    ("het hangt af van de klant", 3, None), ("it depends", 3, None), ("wisselt per dag", 3, None),
    ("mwah", 3, None), ("meh sometimes", 3, None), ("tja meestal wel", 4, 3), ("nou nee", 2, 2),
    ("uh yes", 4, 3), ("mwa niet echt", 2, 2),
]  # fmt: skip


@pytest.mark.parametrize(("text", "on_five", "on_four"), AGREEMENT)
def test_agreement_in_words_is_understood_on_every_scale(text: str, on_five, on_four, four) -> None:
    assert parse_answer(text, FIVE) == on_five
    assert parse_answer(text, four) == on_four


@pytest.mark.parametrize(
    "text",
    # (a plain "ja"/"nee" answers the statement since stop 37: tests/unit/test_yes_no.py)
    ["hoe bedoel je?", "wat is een belofte", "niet helemaal eens", "niet oneens", "ja nee", "stop",
     "I agree that customers matter, but why?", "eens en oneens", "",
     "niet altijd", "not always", "altijd als het druk is", "bijna soms", "mwa, wat bedoel je?",
     "hoe hangt dat af van de klant?",
     "nooit oneens", "hoe vaak moet dat", "nee dank je", "no thanks", "weet ik niet", "idk", "hoe klopt dat",
     "klopt het dat ik dit moet doen"],
)  # fmt: skip
def test_questions_and_vague_answers_are_not_scored(text: str) -> None:
    assert parse_answer(text, FIVE) is None


def test_agreement_follows_a_scale_with_its_own_labels() -> None:
    scale = parse_scale(
        [{"value": v, "nl": nl, "en": en} for v, nl, en in (
            (0, "Sterk oneens", "Strongly disagree"), (1, "Oneens", "Disagree"),
            (2, "Eens", "Agree"), (3, "Volledig eens", "Completely agree"))]
    )  # fmt: skip
    assert agreement("Volledig eens") == ("agree", True)
    check = FIVE.__class__(**{**FIVE.__dict__, "scale": scale})
    assert parse_answer("helemaal mee eens", check) == 3
    assert parse_answer("niet mee eens", check) == 1
    assert parse_answer("neutraal", check) is None


# --- 3. menus and choices in the terminal ---
def answer_buttons(run: int = 7, statement: str = "s3") -> list[tuple[str, str]]:
    return [
        (f"{v} · {AGREE_5.label(v, 'nl')}", payloads.selfcheck_answer(v, run, statement)) for v in range(1, 6)
    ]


MIXED = [
    ("Klachten goed afhandelen", payloads.advice("complaint-handling")),
    ("👍 Nuttig", payloads.feedback("up", "r1")),
    ("👎 Niet nuttig", payloads.feedback("down", "r1")),
    ("Stop de zelftest", payloads.stop()),
    *answer_buttons(),
]


def test_with_a_statement_on_screen_a_number_is_its_score_and_other_buttons_get_letters() -> None:
    assert choice_keys(MIXED) == ["a", "b", "c", "d", "1", "2", "3", "4", "5"]
    for value in range(1, 6):
        picked = payloads.bound_answer_of(resolve_choice(str(value), MIXED))
        assert picked is not None and picked.value == str(value) and picked.statement_id == "s3"
    assert resolve_choice("b", MIXED) == payloads.feedback("up", "r1")  # 👍 only by its letter
    shown = render([{"text": "x", "buttons": [{"title": a, "payload": b} for a, b in MIXED]}]).lines[-1]
    assert "  b) 👍 Nuttig" in shown and "  4) 4 · Eens" in shown


def test_without_a_statement_buttons_are_numbered() -> None:
    plain = MIXED[:4]  # 👍/👎 get letters (stop 59): a number is always a place on the list
    assert choice_keys(plain) == ["1", "a", "b", "2"]
    assert resolve_choice("2", plain) == payloads.stop()
    assert resolve_choice("a", plain) == payloads.feedback("up", "r1")


@pytest.mark.parametrize(
    ("typed", "payload"),
    [("Nog een tip", "/ask_coaching_tip"), ("nog een tip!", "/ask_coaching_tip"),
     ("NOG EEN TIP", "/ask_coaching_tip"), ("nuttig", payloads.feedback("up", "r1")),
     ("👍 Nuttig", payloads.feedback("up", "r1")), ("niet nuttig", payloads.feedback("down", "r1")),
     ("stop de zelftest", payloads.stop()),
     ("klachten goed afhandelen", payloads.advice("complaint-handling"))],
)  # fmt: skip
def test_typing_a_buttons_title_picks_it(typed: str, payload: str) -> None:
    choices = [*MIXED[:4], ("Nog een tip", "/ask_coaching_tip")]
    assert resolve_choice(typed, choices) == payload


@pytest.mark.parametrize(
    ("typed", "picked"),
    [("1)", 0), ("2.", 1), ("(2)", 1), ("nr 2", 1), ("optie 1", 0), ("Nr. 2", 1), ("2 .", 1)],
)
def test_a_choice_written_with_punctuation_picks_it(typed: str, picked: int) -> None:
    """A tester typed "2." and got "Kies 1 tot 5", though 2 was on screen."""
    plain = [("Nog een tip", "/ask_coaching_tip"), ("Klachten", payloads.advice("complaint-handling"))]
    assert resolve_choice(typed, plain) == plain[picked][1]
    assert choice_hint(typed, plain, "nl") is None


@pytest.mark.parametrize("typed", ["7", "0", "3)", "4.", "(3)", "nr 5", "optie 9", "z"])
def test_a_choice_that_is_not_on_screen_gets_a_hint_in_the_users_language(typed: str) -> None:
    plain = [("Nog een tip", "/ask_coaching_tip"), ("Klachten", payloads.advice("complaint-handling"))]
    assert resolve_choice(typed, plain) == typed
    assert choice_hint(typed, plain, "nl") == "Kies 1 tot 2 uit de keuzes hierboven, of typ gewoon je vraag."
    assert (
        choice_hint(typed, plain, "en") == "Pick 1 to 2 from the choices above, or just type your question."
    )
    assert "1 tot 5 of a tot d" in (choice_hint("9", MIXED, "nl") or "")


@pytest.mark.parametrize("typed", ["hoe ga ik om met een boze klant?", "mee eens", "1", "help"])
def test_no_hint_for_a_choice_made_or_ordinary_text(typed: str) -> None:
    assert choice_hint(typed, [("Nog een tip", "/ask_coaching_tip")], "nl") is None
    assert choice_hint(typed, [], "nl") is None


# --- 6. results and charts ---
def test_dutch_numbers_have_a_decimal_comma() -> None:
    assert decimal(3.6, "nl") == "3,6" and decimal(3.6, "en") == "3.6"
    assert decimal(0.4, "nl", sign=True) == "+0,4" and decimal(-0.25, "en", sign=True) == "-0.3"
    assert decimal(3.25, "nl") == "3,3"  # a half rounds away from zero (tester round of stop 50: "3,2")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_chart_has_axis_title_legend_real_scale_and_the_previous_run(lang: str, tmp_path: Path) -> None:
    scores = {"Beloftes die je kunt waarmaken": 3.6, "Proactief informeren": 2.2}
    fig = chart_figure("Beloftes nakomen", scores, AGREE_5, lang, {"Proactief informeren": 2.6}, "01-11-2026")
    ax = fig.axes[0]
    assert ax.get_xlim()[0] == 1  # the 1-5 scale, not 0-5
    bars = [p for p in ax.patches]
    assert all(p.get_x() == 1 for p in bars) and len(bars) == 3  # two latest + one previous
    label = ax.get_xlabel()
    assert ("Gemiddelde score" if lang == "nl" else "Average score") in label
    assert ("helemaal oneens" if lang == "nl" else "strongly disagree") in label
    legend = [text.get_text() for text in fig.legends[0].get_texts()]
    assert legend[0] == ("laag (onder 2,5)" if lang == "nl" else "low (under 2.5)")
    assert legend[-1] == ("vorige keer (01-11-2026)" if lang == "nl" else "previous (01-11-2026)")
    values = [t.get_text() for t in ax.texts]
    assert ("3,6" if lang == "nl" else "3.6") in values
    plt.close(fig)
    png = render_chart("Beloftes nakomen", scores, tmp_path / "c.png", AGREE_5, lang)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PIL import Image

    width, height = Image.open(png).size
    assert width >= 900 and height >= 500  # sharp on a phone, text not shrunk to fit


# --- 2. help that tells the truth ---
def test_help_lists_what_the_role_can_do_and_the_pinned_language() -> None:
    employee = "\n".join(help_lines("nl", "employee", None, "terminal"))
    manager = "\n".join(help_lines("nl", "manager", "en", "telegram"))
    assert "zelftest" in employee and "mijn resultaten" in employee and "/quit" in employee
    assert "coachingstip" not in employee and "mijn team" not in employee
    assert "coachingstip" in manager and "hoe doet mijn team het" in manager
    assert "De taal staat nu vast op Engels." in manager and "/quit" not in manager
    english = "\n".join(help_lines("en", "admin", "nl", "terminal"))
    assert "The language is now pinned to Dutch." in english and "my results" in english
    # what it does not do, and that it says where to go (tester round of stop 52)
    assert "Wat ik niet doe" in employee and "verlof" in employee and "What I don't do" in english


@pytest.mark.parametrize(
    "text",
    ["antwoord gewoon in de taal waarin ik schrijf", "answer in whatever language I write in",
     "zet de taal weer op automatisch", "reply in the same language as me", "language auto"],
)  # fmt: skip
def test_asking_for_automatic_language_is_recognised(text: str) -> None:
    assert asks_for_automatic(text)


def test_naming_a_language_is_not_automatic() -> None:
    assert not asks_for_automatic("in English please") and not asks_for_automatic("in het Nederlands")


# --- 7. start-up progress ---
def test_start_up_shows_one_line_per_stage_with_the_expected_wait(tmp_path: Path) -> None:
    out = io.StringIO()
    progress = Progress("nl", tmp_path, total=2, out=out)
    with progress.stage("startup_schema", default=2):
        pass
    with progress.stage("startup_servers", default=60):
        pass
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("1/2 Database klaarzetten (meestal 2 s)… ✓")
    assert lines[1].startswith("2/2 Servers starten en kennis laden (meestal 60 s)… ✓")
    again = io.StringIO()
    with Progress("en", tmp_path, total=1, out=again).stage("startup_servers", default=60):
        pass
    assert "(usually 1 s)" in again.getvalue()  # this machine's own last time
    assert wait_text(420, "en") == "7 min" and wait_text(42, "nl") == "40 s"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("weet ik niet", True), ("geen idee", True), ("idk", True), ("I don't know", True), ("not sure", True),
     ("ik weet het niet precies", True), ("hoe weet ik dat", False), ("weet jij hoe dat moet", False),
     ("4", False), ("eens", False), ("no idea tbh", True), ("weet ik eigenlijk niet", True),
     ("geen idee haha", True),
     # tester round of stop 36: a hesitation first ("hmm weet ik niet zo goed" got the help text)
     ("hmm weet ik niet zo goed", True), ("Hmm, weet ik niet zo goed", True), ("tja geen idee", True),
     ("uhm lastig", True), ("dunno", True), ("hmm i dont really know", True), ("hmm", False),
     ("hmm eens", False), ("nou ja", False)],
)  # fmt: skip
def test_i_dont_know_is_recognised_and_nothing_else(text: str, expected: bool) -> None:
    from bot.selfchecks.answers import doesnt_know

    assert doesnt_know(text) is expected


# Flemish "nie"/"ni" for "niet" (tester round of stop 38, Telegram): "helemaal nie mee eens"
# was not understood and "nie echt" was taken as a no to the self-check.
@pytest.mark.parametrize(
    ("flemish", "standard"),
    [("helemaal nie mee eens", "helemaal niet mee eens"), ("nie echt", "niet echt"),
     ("ni mee eens", "niet mee eens"), ("nie zo vaak", "niet zo vaak"), ("nie eens", "niet eens")],
)  # fmt: skip
def test_flemish_not_reads_as_not(flemish: str, standard: str) -> None:
    assert parse_answer(standard) is not None
    assert parse_answer(flemish) == parse_answer(standard)
    assert agreement(flemish) == agreement(standard)
