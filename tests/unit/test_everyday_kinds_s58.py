"""Everyday kinds that got a wrong or no answer (stop 58), on the real index, the real referrals and
the calibrated decision, ranked and decided as `servicecoach search` does (bot/cli/main.py).

Per kind, the cause and the fix (docs/answer-quality.md, "Everyday kinds (stop 58)"):

1. praise the asker got ("een klant gaf me een compliment"): receiving-feedback was searched only
   with a criticism cue (bot/content/audience.py `PRAISE_RECEIVED` is now one), and "gaf" drew the
   price objection as a rare word (bot/engine/dutch_inflection.py `unpast`: read as "geven");
2. an employee in the team huddle: "teamhuddle" was no leading word, so the huddle article (a
   manager article, now with a paragraph for a team member) was never searched;
3. a blocked bank account: "rekening" read as a bill (`ACCOUNT_BLOCKED` leaves the price
   objection out);
4. an overbooked flight or hotel: saying-no-kindly names it now;
5. abuse and "moet ik dat pikken?": `ABUSE_ENDURED` leaves out the articles on an angry customer
   and on the customer as king, "schold" is read as "schelden" (it was the typo of "schuld");
   customer-crossing-the-line says what to do when the abuse comes with a demand for the manager;
6. a manager's demotivated team after bad scores: `STAFF_DEMOTIVATED` leaves the metrics article
   out.

The messages of each kind, and look-alikes that keep their article, are in
tests/data/everyday_kinds_s58.yml, tested by tests/unit/test_everyday_kinds.py; here the cues and
the content behind the fixes.
"""

from __future__ import annotations

import pytest

from bot.content.audience import (
    ABUSE_ENDURED,
    ACCOUNT_BLOCKED,
    LEADING,
    PRAISE_RECEIVED,
    STAFF_DEMOTIVATED,
)
from bot.engine.dutch_inflection import unpast

# the search and the decision as the coach runs them (other files import `_coach` from here too)
from tests.unit.test_everyday_kinds import _coach


def test_the_price_objection_is_never_offered_for_a_blocked_account(searcher) -> None:
    for message in (
        "klant is boos want zijn rekening is geblokkeerd",
        "customer's account is blocked and he's furious",
    ):
        results, _ = _coach(searcher, message, "employee")
        assert "price-objection" not in [r.id for r in results[:3]], message


@pytest.mark.parametrize(
    ("pattern", "message", "matches"),
    [
        (PRAISE_RECEIVED, "een klant gaf me een compliment", True),
        (PRAISE_RECEIVED, "a customer praised me to my manager", True),
        (PRAISE_RECEIVED, "klant zei dat ik het super had gedaan", True),
        (PRAISE_RECEIVED, "she said I did a great job", True),
        (PRAISE_RECEIVED, "hoe geef ik een compliment aan een collega", False),
        (PRAISE_RECEIVED, "klant wil korting want hij vindt het te duur", False),
        (ABUSE_ENDURED, "hij schold me uit voor van alles, moet ik dat pikken?", True),
        (ABUSE_ENDURED, "do i have to put up with a customer cursing at me", True),
        (ABUSE_ENDURED, "customer keeps swearing at me, do I have to take it", True),
        (ABUSE_ENDURED, "klant scheldt en is woedend, hoe krijg ik hem rustig", False),
        (ABUSE_ENDURED, "hoe rond ik een gesprek af met een klant die maar blijft praten", False),
        (ABUSE_ENDURED, "mn loonbrief klopt ni, hoe ga ik om met een klant die tegen mij roept?", False),
        (ACCOUNT_BLOCKED, "klant is boos want zijn rekening is geblokkeerd", True),
        (ACCOUNT_BLOCKED, "the bank froze his account", True),
        (ACCOUNT_BLOCKED, "his card was blocked and he is angry", True),
        (ACCOUNT_BLOCKED, "de rekening is te hoog en zijn pas is geblokkeerd, hij wil korting", False),
        (ACCOUNT_BLOCKED, "klant vindt de rekening te hoog", False),
        (STAFF_DEMOTIVATED, "mijn agents zijn gedemotiveerd na slechte NPS scores", True),
        (STAFF_DEMOTIVATED, "the team's morale dropped after the scores", True),
        (STAFF_DEMOTIVATED, "mijn team scoort slecht op NPS, hoe verbeter ik dat", False),
        (LEADING, "wat moet ik zeggen in de teamhuddle", True),
        (LEADING, "wat vertel ik in de ochtendhuddle", True),
    ],
)
def test_the_cues(pattern, message: str, matches: bool) -> None:
    assert bool(pattern.search(message)) is matches


def test_strong_past_forms_read_as_their_verb() -> None:
    assert unpast("gaf") == "geven" and unpast("schold") == "schelden" and unpast("klant") == "klant"


def test_the_huddle_article_speaks_to_a_team_member_too(searcher) -> None:
    articles = searcher.index.articles
    for lang, words in (("nl", "als teamlid"), ("en", "as a team member")):
        article = articles[("coaching-team-huddle", lang)]
        assert article.audience == "manager"  # the weekly coaching tips draw on it
        assert words in " ".join(s.text for s in article.sections)
