"""Tester round of stop 62 (/tmp/s62/D/log.md #29, #46, T9): a NEW question that asks "wat moet ik
zeggen", "hoe zeg ik da vriendelijk?", "what do I say?" got the example ("Zo kun je het zeggen
...") of whatever article ranked first, skipping its card; "een klant belt boos, wat moet ik
zeggen" got the relatives-privacy example of a health insurer. Within a new question such words
ask what to do: the card of the situation's article (actions/followup.py `view_for_words`). The
example stays a follow-up on the article on screen ("hoe zeg ik dat dan?"), or the answer to a
request for the sentences themselves ("letterlijk", "word for word": `asks_for_the_words_themselves`).
The closing words no longer pull the search to the relatives or saying-no articles either
(bot/engine/wording_words.py `closed_plainly`, Dutch only). Real actions on the real index
(tests/unit/turns.py)."""

from __future__ import annotations

import pytest

from actions.advice import ActionAnswerAdvice, ActionOutOfScope
from actions.followup import WORDING_PROMISED, asks_for_the_words_themselves, asks_for_wording
from actions.help import ActionHelp
from bot.dialogue import payloads
from bot.engine.wording_words import without_wording_words
from bot.i18n import t
from tests.unit.turns import new_sender, turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py


def _notes(messages: list[dict]) -> list[dict]:
    return [m["custom"] for m in messages if (m.get("custom") or {}).get("type")]


def _source(messages: list[dict]) -> dict | None:
    return next((n for n in _notes(messages) if n["type"] == "source"), None)


def _text(messages: list[dict]) -> str:
    return "\n".join(m.get("text") or "" for m in messages)


def _no_example_words(messages: list[dict], lang: str) -> None:
    """No "Zo kun je het zeggen" / "This is how you could put it" and no example note."""
    text = _text(messages)
    for key in ("followup_wording", "followup_no_words", "followup_words_from_tips"):
        assert t(key, lang, title="")[:12] not in text, text[:200]
    source = _source(messages)
    assert source is None or source.get("view") == "card"


# (language, a new question with the words asked in passing, the article whose card it gets)
NEW_QUESTIONS = [
    ("nl", "een klant belt boos, wat moet ik zeggen", "angry-customer"),  # T9
    ("nl", "ne klant belt kwaad, wa moet ik zeggen", "angry-customer"),  # Flemish, chat spelling
    ("nl", "klant is boos aan de telefoon wat kan ik zeggen", "angry-customer"),
    (
        "nl",
        "allee, een mevrouw wilt da ik langer blijf maar ik heb gene tijd, hoe zeg ik da vriendelijk?",
        "time-pressure",
    ),  # #29
    ("nl", "een klant wil zijn geld terug zonder bon, hoe verwoord ik dat", "saying-no-kindly"),
    ("nl", "wat zeg ik tegen een klant die tegen me schreeuwt", "angry-customer"),
    ("nl", "een klant huilt aan de telefoon wat zeg ik dan", "shift-emotion"),
    ("nl", "ik moet nee zeggen tegen een klant, hoe zeg ik dat", "saying-no-kindly"),
    ("nl", "een klant huilt aan de telefoon, wat moet ik dan zegge", "shift-emotion"),
    (
        "en",
        "hi! a guest at the front desk is furious because his room isn't ready, what do I say?",
        "angry-customer",
    ),
    ("en", "customer shouting at me at the till, what do I say", "angry-customer"),
    ("en", "what do i say to a customer who is angry about a late delivery", "angry-customer"),
    # a room that is not clean is a failure to put right (stop 65: the room-not-clean kind)
    ("en", "a guest complains the room is dirty, how do I word it", "service-recovery"),
    ("en", "a customer calls, angry, what should i say", "angry-customer"),
    # typos: "zegen", "sya"
    ("nl", "een klant belt boos, wat moet ik zegen", "angry-customer"),
    ("en", "a guest is furious at the front desk, what do i sya", "angry-customer"),
]


@pytest.mark.parametrize(("lang", "text", "article_id"), NEW_QUESTIONS)
@pytest.mark.parametrize(
    "action", [ActionAnswerAdvice, ActionOutOfScope, ActionHelp], ids=lambda a: a.__name__
)
def test_a_new_question_asking_what_to_say_gets_the_card(
    action, lang: str, text: str, article_id: str
) -> None:
    messages, _ = turn(text, lang, [], new_sender(), action)
    _no_example_words(messages, lang)
    source = _source(messages)
    assert source is not None, _text(messages)[:200]
    assert (source["id"], source["view"]) == (article_id, "card")
    assert t("practice_heading", lang) in _text(messages)  # the card, tips and all


@pytest.mark.parametrize(("lang", "text", "article_id"), NEW_QUESTIONS[:3] + NEW_QUESTIONS[-5:-2])
def test_after_an_answer_on_another_article_it_is_still_the_new_articles_card(
    lang: str, text: str, article_id: str
) -> None:
    """The price article on screen: the new situation's card, not its example."""
    sender = new_sender()
    first = {
        "nl": "een klant vindt het veel te duur, wat zeg ik?",
        "en": "a customer says we are too expensive",
    }
    shown, events = turn(first[lang], lang, [], sender)
    assert _source(shown)["id"] == "price-objection"
    messages, _ = turn(text, lang, events, sender)
    _no_example_words(messages, lang)
    assert (_source(messages)["id"], _source(messages)["view"]) == (article_id, "card")


# Look-alikes that keep the words: a request for words right after an answer, about it
FOLLOW_UPS = {
    "nl": [
        "hoe zeg ik dat dan?",
        "geef een voorbeeldzin",
        "wat kan ik letterlijk zeggen",
        "hoe verwoord ik dat",
        "wa moet ik dan zeggen",
    ],
    "en": ["what do I say then?", "how do I word it", "give me an example sentence", "word for word please"],
}
FIRST = {
    "nl": ("Een klant staat tegen me te schreeuwen aan de balie, wat doe ik?", "angry-customer"),
    "en": ("a guest is shouting at me at the front desk, what do I do?", "angry-customer"),
}


@pytest.mark.parametrize(("lang", "asked"), [(lang, r) for lang, rs in FOLLOW_UPS.items() for r in rs])
def test_a_request_for_words_right_after_an_answer_keeps_its_example(lang: str, asked: str) -> None:
    sender = new_sender()
    first, article_id = FIRST[lang]
    shown, events = turn(first, lang, [], sender)
    assert (_source(shown)["id"], _source(shown)["view"]) == (article_id, "card")
    messages, _ = turn(asked, lang, events, sender)
    assert (_source(messages)["id"], _source(messages)["view"]) == (article_id, "example")
    assert _text(messages).startswith(t("followup_wording", lang, title="")[:12])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "een klant belt boos, wat moet ik zeggen"),
        ("en", "a guest at the desk is furious, what do I say?"),
    ],
)
def test_the_same_situation_asked_again_after_its_card_gets_the_words(lang: str, text: str) -> None:
    """On the article on screen the words are a follow-up: its example (stop 55 kept)."""
    sender = new_sender()
    shown, events = turn(text, lang, [], sender)
    assert (_source(shown)["id"], _source(shown)["view"]) == ("angry-customer", "card")
    again, _ = turn(FOLLOW_UPS[lang][0], lang, events, sender)
    assert (_source(again)["id"], _source(again)["view"]) == ("angry-customer", "example")


# The sentences themselves asked for, with a new situation: the words (the example), directly or
# after an offer that promises them
LITERAL = [
    ("nl", "wat zeg ik letterlijk tegen een klant die boos belt"),
    ("nl", "geef me een voorbeeldzin voor een klant die tegen me schreeuwt aan de kassa"),
    ("en", "what are the exact words for a customer who is shouting at me at the till"),
    ("en", "word for word, what do i tell a guest who is furious at the front desk"),
]


@pytest.mark.parametrize(("lang", "text"), LITERAL)
def test_the_words_themselves_for_a_new_situation_are_its_example(lang: str, text: str) -> None:
    assert asks_for_the_words_themselves(text)
    sender = new_sender()
    messages, events = turn(text, lang, [], sender)
    if any(n["type"] == "offer" for n in _notes(messages)):
        assert WORDING_PROMISED in _notes(messages)  # the topic picked gets the words
        buttons = next(m["buttons"] for m in messages if m.get("buttons"))
        pick = next(
            b for b in buttons if payloads.parse(b["payload"]).entity("article_id") == "angry-customer"
        )
        entities = [{"entity": k, "value": v} for k, v in payloads.parse(pick["payload"]).entities.items()]
        messages, _ = turn(pick["payload"], lang, events, sender, entities=entities)
    assert (_source(messages)["id"], _source(messages)["view"]) == ("angry-customer", "example")


def test_an_offer_for_a_question_asking_what_to_say_promises_no_words() -> None:
    """An offer made to "..., what should I tell her" carries no promise of words: the topic
    picked gets its card, as any pick."""
    sender = new_sender()
    offered = None
    for text in (
        "a customer wants a refund but it's past 30 days, what should I tell him",
        "a customer wants to cancel her subscription but the contract says 12 months, what should I tell her",
        "iemand wil zijn abonnement opzeggen maar het contract loopt nog een jaar, wat moet ik zeggen",
        "caller keeps interrupting me, what do I say",
    ):
        lang = "nl" if text.startswith("iemand") else "en"
        messages, events = turn(text, lang, [], sender)
        if any(n["type"] == "offer" for n in _notes(messages)):
            offered = (lang, messages, events)
            break
        _no_example_words(messages, lang)
    if offered is None:
        pytest.skip("none of the questions gets an offer any more: each got a card (checked above)")
    lang, messages, events = offered
    assert WORDING_PROMISED not in _notes(messages)
    pick = next(m["buttons"] for m in messages if m.get("buttons"))[0]
    entities = [{"entity": k, "value": v} for k, v in payloads.parse(pick["payload"]).entities.items()]
    picked, _ = turn(pick["payload"], lang, events, sender, entities=entities)
    assert _source(picked)["view"] == "card"


# == the recognisers ============================================================================


@pytest.mark.parametrize(
    "text",
    [
        "wat zeg ik letterlijk tegen hem",
        "geef een voorbeeldzin",
        "woord voor woord graag",
        "wat moet ik precies zeggen als hij boos belt",
        "welke woorden gebruik ik dan",
        "can you give me the exact words?",
        "what exactly do I say to him",
        "word for word please",
        "any example sentences?",
        "script?",
        "give me some lines I can use",
    ],
)
def test_requests_for_the_sentences_themselves(text: str) -> None:
    assert asks_for_wording(text) and asks_for_the_words_themselves(text)


@pytest.mark.parametrize(
    "text",
    [
        "een klant belt boos, wat moet ik zeggen",
        "hoe zeg ik da vriendelijk?",
        "hoe verwoord ik dat",
        "wat zeg ik tegen een klant die schreeuwt",
        "wa moet ik zeggen",
        "what do I say?",
        "what should I tell him",
        "how do I word it",
        "what do i say to a customer who is angry",
        # "precies" / "exactly" in the story, not on the words
        "de klant wist precies wat hij wilde, wat moet ik zeggen",
        "she exactly repeated her complaint, what do i say",
    ],
)
def test_colloquial_requests_ask_what_to_do(text: str) -> None:
    assert asks_for_wording(text) and not asks_for_the_words_themselves(text)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("een klant belt boos, wat moet ik zeggen", "een klant belt boos, wat zeg ik?"),
        ("ne klant belt kwaad, wa moet ik zeggen", "ne klant belt kwaad, wat zeg ik?"),
        (
            "een klant huilt aan de telefoon wat moet ik dan zeggen",
            "een klant huilt aan de telefoon, wat zeg ik?",
        ),
        (
            "mevrouw wil dat ik blijf maar ik heb geen tijd, hoe zeg ik da vriendelijk?",
            "mevrouw wil dat ik blijf maar ik heb geen tijd, wat zeg ik?",
        ),
        (
            "een klant wil geld terug zonder bon, hoe verwoord ik dat",
            "een klant wil geld terug zonder bon, wat zeg ik?",
        ),
    ],
)
def test_a_dutch_closing_request_for_words_is_searched_as_wat_zeg_ik(text: str, read: str) -> None:
    assert without_wording_words(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "hoe zeg ik dat dan?",  # too little before it: the words alone
        "wat moet ik zeggen",
        "what should I tell him",
        "ik moet nee zeggen tegen een klant",  # no request for words
        "hoe zeg ik nee tegen een klant die korting wil",  # the request first, and "nee" said
        "een klant zei: dat moet je niet zeggen",
        "de klant vroeg wat ik moest zeggen tegen zijn vrouw en ik wist het niet",
        "tell him what I should say to the manager tomorrow",
        # English closings stay (read as "what do I say" they moved other questions)
        "a customer wants a refund, what should I tell him",
        "a guest complains the room is dirty, how do I word it",
        # bringing bad news leans on saying no kindly
        "de trein is vol en ik moet reizigers laten staan, hoe breng ik dat",
        # what one is allowed to say: a question of its own
        "zoon van een patient wil de uitslagen weten van zijn moeder, wat mag ik zeggen",
    ],
)
def test_other_messages_are_searched_as_they_are(text: str) -> None:
    assert without_wording_words(text) == text


def test_the_worst_case_is_searched_as_an_angry_caller(searcher) -> None:
    """T9: "belt" + "moet ik zeggen" ranked the relatives-privacy article first (0.89 vs 0.88)."""
    from actions import knowledge as kb

    decision, results = kb.decide_for(
        "een klant belt boos, wat moet ik zeggen", "nl", kb.audience_for("employee", "x"), searcher
    )
    assert decision.outcome == "answer" and results[0].id == "angry-customer"
