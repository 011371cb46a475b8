"""Stop 69 (a re-test on Telegram after the fixes): explaining a term or rule the customer will not like
("hoe leg ik uit dat de borg pas na 10 werkdagen vrijkomt": the search alone refused it; live, NLU also
read "ok dank. hoe leg ik uit ..." as off-topic, which still refuses it) is saying no kindly, explaining why
(bot/engine/plain_kinds.py EXPLAIN_A_RULE). Explaining how something works, what the asker does not
know, or a delay is not a rule. Real actions on the real index (tests/unit/turns.py); none of these is a
dev set's sentence."""

from __future__ import annotations

import pytest

from tests.unit.plain_kind_checks import assert_not_of_kind, assert_read_plainly, kind_cases
from tests.unit.replies import said, source_id
from tests.unit.turns import new_sender, turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

OF_THE_KIND = {
    "explain-a-rule": [
        "hoe leg ik uit dat de borg pas na 10 werkdagen vrijkomt",
        "hoe leg ik een klant uit dat retourneren alleen binnen 14 dagen kan",
        "hoe moet ik uitleggen dat we geen geld terug geven zonder bon",
        "hoe leg ik uit dat je pas na de proefperiode kan opzeggen",
        "hoe leg ik een klant uit dat de actie niet meer geldig is",
        "how do i explain that the deposit only comes back after 10 working days",
        "how can i explain to a guest that breakfast is only served until 10",
    ],
}
NOT_OF_THE_KIND = {
    "explain-a-rule": [
        "hoe leg ik uit hoe de app werkt",
        "hoe leg ik uit dat het pakket pas morgen komt",
        "hoe leg ik uit dat de levering pas na 3 weken komt",
        "hoe leg ik uit wat er misging met de bestelling",
        "how do i explain the new loyalty programme to customers",
    ],
}


@pytest.mark.parametrize(("name", "message"), kind_cases(OF_THE_KIND))
def test_a_message_of_the_kind_is_read_with_its_plain_words(name: str, message: str) -> None:
    assert_read_plainly(name, message)


@pytest.mark.parametrize(("name", "message"), kind_cases(NOT_OF_THE_KIND))
def test_a_look_alike_is_not_of_the_kind(name: str, message: str) -> None:
    assert_not_of_kind(name, message)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ok dank. hoe leg ik uit dat de borg pas na 10 werkdagen vrijkomt", "nl"),
        ("how do i explain that the deposit only comes back after 10 working days", "en"),
    ],
)
def test_the_rule_gets_saying_no_kindly(text: str, lang: str) -> None:
    """Answered as a question (the search alone had refused it). Read by NLU as off-topic at high
    confidence it is still refused: letting a kind overrule a sure off-topic reading gave an
    employee's "our manager only cares about call times" a manager article (stop 69's last CI)."""
    replies, _ = turn(text, lang, [], new_sender())
    assert source_id(replies) == "saying-no-kindly", said(replies)
