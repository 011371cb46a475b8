"""A message that says the answer did not fit ("mijn situatie is anders, het is geen rij
...") is not answered with the same article again (bot/dialogue/different_situation.py,
actions/advice.py `set_aside`). Found by a tester in the terminal chat (stop 40): the coach
gave the queue article's next view and asked "Is jouw situatie anders?" once more. Real
actions on the real index; trackers built from the first turn's real replies."""

from __future__ import annotations

import pytest

from actions.advice import ActionAnswerAdvice, ActionKbFallback
from bot.dialogue.different_situation import says_situation_differs
from tests.unit.replies import source_of
from tests.unit.turns import advice_turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

DIFFERS = [
    "ja mijn situatie is anders, het is geen rij, het is 1 mevrouw thuis die wil dat ik langer blijf",
    "mijn situatie is anders", "nee dat is het niet", "dat is niet wat ik bedoel", "da bedoel ik ni",
    "bij mij is het anders: ik werk alleen", "dat past niet bij mijn situatie",
    "my situation is different, it's one guest", "that's not it", "not what i meant, the guest is drunk",
    # tester round of stop 50: a no that corrects what was meant
    "nee ik bedoel mijn collega wordt boos als ik er wat van zeg", "no, I meant the manager",
    "ik bedoel eigenlijk een collega", "nee, bedoelde ik niet",
]  # fmt: skip
SAME = [
    "de situatie aan de balie is gespannen", "hoe ga ik om met een andere situatie",
    "the customer is different every day", "ik wil anders reageren", "klant zegt dat is niet mijn probleem",
    "that is not my job says the customer", "ik bedoel, wat zeg ik dan", "I mean, what do I say",
]  # fmt: skip


@pytest.mark.parametrize("text", DIFFERS)
def test_a_different_situation_is_heard(text: str) -> None:
    assert says_situation_differs(text)


@pytest.mark.parametrize("text", SAME)
def test_a_situation_told_is_not_a_correction(text: str) -> None:
    assert not says_situation_differs(text)


def _shown(messages: list[dict]) -> list[str]:
    """The articles a reply answers with or offers."""
    for m in messages:
        custom = m.get("custom") or {}
        if custom.get("type") == "source":
            return [custom["id"]]
        if custom.get("type") == "offer":
            return list(custom["ids"])
    return []


@pytest.mark.parametrize("action", [ActionAnswerAdvice, ActionKbFallback])
@pytest.mark.parametrize(
    ("first", "correction", "lang"),
    [
        (
            "het is superdruk en de rij aan de kassa wordt steeds langer, hoe blijf ik vriendelijk",
            "ja mijn situatie is anders, het is geen rij, het is 1 mevrouw thuis die wil dat ik langer blijf",
            "nl",
        ),
        (
            "there's a long queue at the front desk and everyone is impatient, how do I stay friendly",
            "my situation is different, it's one elderly guest who keeps me talking for ages",
            "en",
        ),
        (
            "een klant staat tegen me te schreeuwen aan de balie, wat doe ik",
            "nee ik bedoel mijn collega wordt boos als ik er wat van zeg",
            "nl",
        ),
    ],
)
def test_the_article_just_given_is_not_given_again(action, first: str, correction: str, lang: str) -> None:
    answered, events = advice_turn(first, lang, [])
    given = source_of(answered)["id"]
    assert given in ("time-pressure", "angry-customer")
    again, _ = advice_turn(correction, lang, events, action)
    assert _shown(again) and given not in _shown(again), again
