"""A request to compare two things ("compare level 2 with level 3", "vergelijk de servicepiramide
met de zeven principes", "can you compare nps and ces") was searched as one question: one
article, or an offer of three (tester round of stop 52). It is read as a comparison now
(bot/dialogue/comparison.py), and gets both articles side by side when each half alone is
answered with its own article (actions/comparison.py). A choice ("wat is beter, A of B") and a
question about comparing compare no two concepts. Real actions on the real index."""

from __future__ import annotations

import pytest

from bot.dialogue.comparison import compared_parts
from tests.unit.test_comparison import _reply

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # the tester's messages
        ("compare level 2 with level 3", ("level 2", "level 3")),
        ("vergelijk de servicepiramide met de zeven principes", ("servicepiramide", "zeven principes")),
        ("vergelijk klachten afhandelen en service recovery", ("klachten afhandelen", "service recovery")),
        ("can you compare nps and ces", ("nps", "ces")),
        ("compare complaint handling to service recovery", ("complaint handling", "service recovery")),
        # other requests to compare
        ("Compare NPS vs CES please", ("NPS", "CES")),
        ("ok, compare nps and ces", ("nps", "ces")),
        ("vergelijk eens nps met ces aub", ("nps", "ces")),
        ("vergelijk nps met ces, wat past het best bij ons?", ("nps", "ces")),
        ("kun je klachten afhandelen en service recovery vergelijken?",
         ("klachten afhandelen", "service recovery")),
        ("kan je nps met ces vergelijken", ("nps", "ces")),
        ("kun je de servicepiramide vergelijken met de zeven principes",
         ("servicepiramide", "zeven principes")),
        ("servicepiramide en zeven principes met elkaar vergelijken", ("servicepiramide", "zeven principes")),
        ("vergelijking tussen niveau 1 en niveau 2", ("niveau 1", "niveau 2")),
        ("give me a comparison of nps and ces", ("nps", "ces")),
        ("service recovery compared to complaint handling", ("service recovery", "complaint handling")),
        ("how does complaint handling compare to service recovery",
         ("complaint handling", "service recovery")),
        ("hoe verhoudt service recovery zich tot klachtafhandeling?",
         ("service recovery", "klachtafhandeling")),
        # the two things as the subject: "waarin verschillen A en B", "how do A and B differ"
        ("waarin verschillen nps en ces?", ("nps", "ces")),
        ("hoe verschillen klachtafhandeling en service recovery van elkaar",
         ("klachtafhandeling", "service recovery")),
        ("how do nps and ces differ", ("nps", "ces")),
        ("nps en ces: wat zijn de verschillen?", ("nps", "ces")),
        ("coaching or feedback, what are the differences", ("coaching", "feedback")),
        ("what is different between nps and ces", ("nps", "ces")),
        # numbered concepts: a shared noun, a plural noun, an ordinal, a shared context
        ("vergelijk niveau 2 met 3", ("niveau 2", "niveau 3")),
        ("compare levels 2 and 3", ("level 2", "level 3")),
        ("verschil tussen niveaus 3 en 4", ("niveau 3", "niveau 4")),
        ("vergelijk de niveaus 1 en 2 van de piramide",
         ("niveau 1 van de piramide", "niveau 2 van de piramide")),
        ("compare level 2 with level 3 of the pyramid", ("level 2 of the pyramid", "level 3 of the pyramid")),
        # a bare number before the shared context (it kept "4 van de piramide" on its own)
        ("wat is het verschil tussen niveau 3 en 4 van de piramide",
         ("niveau 3 van de piramide", "niveau 4 van de piramide")),
        ("vergelijk het tweede en derde principe", ("tweede principe", "derde principe")),
        ("compare the first and second level of the pyramid",
         ("first level of the pyramid", "second level of the pyramid")),
        ("verschil tussen niveau twee en drie", ("niveau twee", "niveau drie")),
        ("compare level two and three", ("level two", "level three")),
        ("compare the 2nd and 3rd level", ("2nd level", "3rd level")),
        ("compare process 2 and 3", ("process 2", "process 3")),
    ],
)  # fmt: skip
def test_a_request_to_compare_names_its_two_things(text: str, parts: tuple[str, str]) -> None:
    assert compared_parts(text) == parts


@pytest.mark.parametrize(
    "text",
    [
        # a choice between two, not how they differ
        "wat is beter, nps of ces", "nps of ces?", "which is better, nps or ces", "nps or ces",
        "wat is beter: klachten afhandelen of service recovery?",
        # comparing as a situation or a how-to question
        "hoe vergelijk ik onze prijzen met de concurrent", "de klant vergelijkt ons met de concurrent",
        "klanten vergelijken prijzen met andere winkels", "customers compare our prices to online shops",
        "the customer compared us to a competitor", "ik wil niet vergeleken worden met mijn collega",
        "hoe ga ik om met een klant die ons vergelijkt met de concurrent",
        "mijn collega en ik verschillen van mening", "how do customers and staff differ in their view",
        # nothing to compare
        "compare prices", "vergelijk", "compare", "vergelijk het", "compare with",
    ],
)  # fmt: skip
def test_other_messages_with_compare_words_compare_nothing(text: str) -> None:
    assert compared_parts(text) is None


@pytest.mark.parametrize(
    ("text", "lang", "ids"),
    [
        ("compare level 2 with level 3", "en", ["pyramid-complaints", "pyramid-personal"]),
        ("vergelijk niveau 2 met niveau 3", "nl", ["pyramid-complaints", "pyramid-personal"]),
        ("verschil tussen niveau 2 en niveau 3", "nl", ["pyramid-complaints", "pyramid-personal"]),
        ("vergelijk de servicepiramide met de zeven principes", "nl", ["pyramid", "overview-principles"]),
        ("vergelijk klachten afhandelen en service recovery", "nl",
         ["complaint-handling", "service-recovery"]),
        ("compare complaint handling to service recovery", "en", ["complaint-handling", "service-recovery"]),
        ("vergelijk niveau 2 met 3", "nl", ["pyramid-complaints", "pyramid-personal"]),
        ("wat is het verschil tussen niveau 3 en 4 van de piramide", "nl",
         ["pyramid-personal", "pyramid-surprise"]),
        ("compare levels 2 and 3", "en", ["pyramid-complaints", "pyramid-personal"]),
        ("compare the first and second level of the pyramid", "en",
         ["pyramid-promise", "pyramid-complaints"]),
        ("vergelijk het tweede en derde principe", "nl", ["principle-customer-intimacy", "principle-people"]),
        ("kun je klachten afhandelen en service recovery vergelijken?", "nl",
         ["complaint-handling", "service-recovery"]),
        ("how does complaint handling compare to service recovery", "en",
         ["complaint-handling", "service-recovery"]),
        ("waarin verschillen klachtafhandeling en service recovery?", "nl",
         ["complaint-handling", "service-recovery"]),
        ("how do an angry customer and a customer who crosses the line differ", "en",
         ["angry-customer", "customer-crossing-the-line"]),
    ],
)  # fmt: skip
def test_a_request_to_compare_gets_two_articles_side_by_side(
    searcher, text: str, lang: str, ids: list[str]
) -> None:
    messages, note = _reply(text, lang)
    assert note is not None and note["ids"] == ids, messages
    said = messages[0]["text"]
    for aid in ids:
        art = searcher.index.articles[(aid, lang)]
        assert f"“{art.title}”" in said and art.summary in said
    assert [b["title"] for b in messages[0]["buttons"]] == [
        searcher.index.articles[(i, lang)].title for i in ids
    ]


@pytest.mark.parametrize(
    ("text", "lang", "article_id"),
    [
        # one article explains both halves: answered with it, as "is nps the same as ces?"
        ("can you compare nps and ces", "en", "customer-feedback-metrics"),
        ("vergelijk nps met ces", "nl", "customer-feedback-metrics"),
        # a choice is no comparison: answered as any question
        ("wat is beter, nps of ces", "nl", "customer-feedback-metrics"),
    ],
)
def test_a_request_one_article_explains_is_answered_with_it(text: str, lang: str, article_id: str) -> None:
    messages, note = _reply(text, lang)
    assert note is None
    source = next(m["custom"] for m in messages if (m.get("custom") or {}).get("type") == "source")
    assert source["id"] == article_id


@pytest.mark.parametrize("text", ["level 2", "level 3", "niveau 2", "niveau 3"])
def test_each_numbered_half_alone_is_answered_with_its_level(text: str) -> None:
    """A half goes through the same decision as a whole message (the glossary's numbered
    concepts, bot/engine/question.py `decide_by_number`): "level 3" alone is the level-3 article."""
    lang = "en" if text.startswith("level") else "nl"
    messages, note = _reply(text, lang)
    source = next(m["custom"] for m in messages if (m.get("custom") or {}).get("type") == "source")
    assert note is None
    assert source["id"] == ("pyramid-complaints" if text.endswith("2") else "pyramid-personal")
