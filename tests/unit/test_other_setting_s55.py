"""A message that says the example just told is set elsewhere ("het gaat niet om een
bouwmarkt", "ik werk in een supermarkt, niet in een bouwmarkt", "I don't work in a DIY
store") gets the same article's steps without the story and an invitation to tell one's own
situation (bot/dialogue/other_setting.py; actions/advice.py `answered_as_other_setting`).
Stop 54's open list: "het gaat niet om een hotel" got "geen goed antwoord" or an offer. Real
actions on the real index, with trackers built from the real replies of each turn."""

from __future__ import annotations

import pytest

from bot.dialogue.other_setting import says_another_setting, set_in_story
from bot.i18n import t
from tests.unit.turns import advice_turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("het gaat niet om een hotel", ("hotel", "")),
        ("nee het gaat niet om een bouwmarkt hoor", ("bouwmarkt", "")),
        ("ik werk niet in een hotel", ("hotel", "")),
        ("wij zijn geen restaurant", ("restaurant", "")),
        ("ik werk in een supermarkt, niet in een bouwmarkt", ("bouwmarkt", "supermarkt")),
        ("nee, ik werk in een supermarkt en niet in een bouwmarkt", ("bouwmarkt", "supermarkt")),
        ("I don't work in a hotel", ("hotel", "")),
        ("we're not a restaurant", ("restaurant", "")),
        ("it's not a hotel", ("hotel", "")),
        ("i work in a coffee shop, not a DIY store", ("diy store", "coffee shop")),
    ],
)
def test_the_place_said_not_to_fit_is_read(text: str, said: tuple[str, str]) -> None:
    assert says_another_setting(text) == said


@pytest.mark.parametrize(
    "text",
    [
        "het gaat niet om een klant",  # who, not where
        "het gaat niet om het geld",
        "it's not a problem",
        "ik ben geen manager",
        "het gaat niet om een hotel maar om een gast die al drie keer heeft gebeld over zijn kamer en nu "
        "dreigt met een slechte review",  # a story of its own
        "ik werk in een hotel",
    ],
)
def test_other_messages_name_no_other_setting(text: str) -> None:
    assert says_another_setting(text) is None


def test_a_place_counts_only_when_the_story_names_it() -> None:
    story = "Bij het servicepunt van een bouwmarkt stapt een man binnen"
    assert set_in_story("bouwmarkt", story) and not set_in_story("hotel", story)


FIRST = {
    "nl": "klant is boos omdat zijn pakket te laat is",
    "en": "customer is angry because his parcel is late",
}
EXAMPLE = {"nl": "geef een voorbeeld", "en": "give me an example"}
NOT_THERE = {
    "nl": ["het gaat niet om een bouwmarkt", "ik werk in een supermarkt, niet in een bouwmarkt"],
    "en": ["I don't work in a DIY store", "i work in a coffee shop, not a DIY store"],
}


def _example_shown(lang: str) -> list[dict]:
    _, events = advice_turn(FIRST[lang], lang, [])
    messages, events = advice_turn(EXAMPLE[lang], lang, events)
    assert any((m.get("custom") or {}).get("view") == "example" for m in messages)
    return events


@pytest.mark.parametrize(("lang", "text"), [(lang, m) for lang, ms in NOT_THERE.items() for m in ms])
def test_after_the_example_the_steps_come_without_the_story(searcher, lang: str, text: str) -> None:
    messages, _ = advice_turn(text, lang, _example_shown(lang))
    said = "\n".join(m.get("text") or "" for m in messages)
    art = searcher.index.articles[("angry-customer", lang)]
    assert said.startswith(t("other_setting", lang, title=art.title, where="")[:25]), said
    assert t("other_setting_ask", lang) in said
    own = says_another_setting(text)[1]
    assert (t("other_setting_yours", lang, own=own) if own else t("other_setting_any", lang)) in said
    assert art.section("example").text[:40] not in said  # not the story again


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_place_the_story_does_not_name_is_no_reply_about_it(lang: str) -> None:
    text = "het gaat niet om een ruimteschip" if lang == "nl" else "it's not a spaceship"
    messages, _ = advice_turn(text, lang, _example_shown(lang))
    said = "\n".join(m.get("text") or "" for m in messages)
    assert t("other_setting_ask", lang) not in said


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_without_an_example_before_it_is_no_reply_about_it(lang: str) -> None:
    _, events = advice_turn(FIRST[lang], lang, [])
    messages, _ = advice_turn(NOT_THERE[lang][0], lang, events)
    said = "\n".join(m.get("text") or "" for m in messages)
    assert t("other_setting_ask", lang) not in said
