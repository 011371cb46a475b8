"""A message that tells of a customer or another person at work is a service question,
whatever intent NLU gave it (bot/dialogue/someone_at_work.py): starting a self-check, help,
off-topic or a language switch answer it from the real knowledge base instead."""

from __future__ import annotations

import pytest

from actions.advice import ActionOutOfScope
from actions.help import ActionHelp
from actions.language import ActionSetLanguage
from actions.selfcheck import ActionStartSelfcheck
from bot.dialogue import payloads
from bot.dialogue.someone_at_work import a_sentence_tells_of_someone, tells_of_someone
from bot.i18n import t
from tests.helpers import ROOT
from tests.unit.replies import run, said, scale_buttons
from tests.yaml_sets import load_yaml

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

# the kind, as staff type it (none is a training example: data/nlu/advice.yml)
SOMEONE = [
    "meneer van 80 kan niet overweg met de betaalautomaat", "mevrouw van 75 snapt de zelfscan niet",
    "opa lukt het niet om te pinnen", "jongen spreekt geen nederlands en wil iets terugbrengen",
    "dame vindt de app te ingewikkeld", "oude man kan zijn pincode niet onthouden",
    "meneer weet niet hoe de zelfscankassa werkt", "een klant snapt de nieuwe kassa niet",
    "er staat een mevrouw die de weg niet kan vinden", "ik heb een klant die geen engels spreekt",
    "old lady can't work the card machine", "man in his 80s struggling with the self checkout",
    "grandpa doesnt get how contactless payment works", "my older customer keeps pressing the wrong button",
    "there's a guest who cant open his room with the app", "customer wants help with the self-scan",
    "I've got a tourist who only speaks Italian", "the lady at table 4 doesn't understand the QR menu",
    # stop 37: people a municipality or care home serves, and a relative of someone served
    "een bewoner belt elke dag over zijn post", "burgers klagen over de parking",
    "de dochter van een bewoner belt en wil weten welke medicijnen haar vader krijgt, mag ik dat zeggen?",
    "de zoon van een patiënt wil de arts spreken", "familie van een patiënt staat aan de balie",
    "the daughter of a resident keeps calling about her dad",
    # stop 44: guests by where they sit or sleep (tester round: off-topic at 1.0)
    "tafel 6 klaagt da hun eten koud was, de chef zegt da het ni waar is. wa doe ik",
    "de mensen aan tafel 4 zijn ontevreden over de bediening", "kamer 204 belt al voor de derde keer",
    "het stel aan tafel 3 zit al een uur te wachten", "room 12 keeps calling about the noise",
    "table 5 wants to speak to the manager", "the family in room 8 is furious", "bed 3 belt steeds",
]  # fmt: skip
# the user's own request, though a person may be named further on
NOT_SOMEONE = [
    "start de zelfscan", "zelfscan", "start de zelfscan voor leidinggevenden",
    "ik wil de zelfscan over klanten doen",
    "how customer focused am I, let's find out with a test", "wat kun je allemaal", "help",
    "hoe werkt dit ding eigenlijk", "speak english please", "antwoord in het Nederlands",
    "what can you do for my customers", "wat is het weer morgen", "who won the champions league",
    "hoe oud is de koning", "recommend me a good netflix series", "can you do my homework",
    "mijn moeder is ziek, mag ik vrij", "mijn dochter is jarig", "de partner van mijn collega",
    "tafel dekken, hoe doe je dat", "hoe laat moet ik aan tafel 6 beginnen", "mensen zijn raar",
    "de tafel is vies", "room service menu", "kamer opruimen",
]  # fmt: skip
INTENTS_THAT_IGNORE_WORDS = (
    "start_selfcheck",
    "help",
    "set_language",
    "out_of_scope",
    "show_results",
    "team_results",
)


@pytest.mark.parametrize("text", SOMEONE)
def test_a_message_about_someone_at_work_is_read_as_such(text: str) -> None:
    assert tells_of_someone(text)


@pytest.mark.parametrize("text", NOT_SOMEONE)
def test_a_request_to_the_coach_is_not(text: str) -> None:
    assert not tells_of_someone(text)


def test_no_training_or_held_out_message_of_the_intents_that_ignore_words_is_taken() -> None:
    """The actions of these intents would answer such a message from the knowledge base."""
    taken = []
    for path in (ROOT / "data" / "nlu").glob("*.yml"):
        for block in load_yaml(path).get("nlu", []):
            if block.get("intent") in INTENTS_THAT_IGNORE_WORDS:
                lines = [x.strip()[2:] for x in block["examples"].splitlines() if x.strip().startswith("- ")]
                taken += [x for x in lines if tells_of_someone(x)]
    for name in ("nlu_heldout.yml", "nlu_blind.yml", "nlu_dev2.yml"):
        rows = load_yaml(ROOT / "tests" / "data" / name)
        taken += [
            r["text"]
            for r in rows
            if r["intent"] in INTENTS_THAT_IGNORE_WORDS and tells_of_someone(r["text"])
        ]
    assert taken == []


# stop 48 (tester round): the story comes after an introduction, in a sentence of its own;
# NLU called the first off-topic (sure), so the coach said "That's outside what I know"
TOLD_AFTER_AN_INTRODUCTION = [
    "Hi, I'm a hotel receptionist. A guest arrived at 11pm and we gave away his room because of "
    "overbooking. He is furious. What should I say?",
    "I work at a hotel reception. A guest is furious about an overbooking, what do I say?",
    "Hallo, ik werk aan de receptie van een hotel. Een gast is woedend omdat zijn kamer niet klaar is.",
    "goeiemorgen! ik sta aan de kassa\nmeneer wil zijn geld terug zonder bon",
    "I'm new here; the lady at table 4 says her soup is cold",
    # the people waiting, named as one (verifier round of stop 48: "de rij is te lang" refused)
    "de rij is te lang",
    "De wachtrij blijft maar groeien, wat doe ik?",
    "the queue keeps growing and I'm alone",
    "Help. De telefoon blijft maar gaan.",
]
NOT_TOLD_AFTER_AN_INTRODUCTION = [
    "Hoi. Wat is het weer morgen?", "Hi! Who won the champions league? Tell me.",
    "ik ben receptionist. wat verdien ik ongeveer?", "I'm bored. Tell me a joke.",
    "de rij voor de achtbaan in de efteling", "what's the phone number of the cinema",
]  # fmt: skip


@pytest.mark.parametrize("text", TOLD_AFTER_AN_INTRODUCTION)
def test_a_story_told_after_an_introduction_is_about_someone_off_topic_or_not(text: str) -> None:
    assert a_sentence_tells_of_someone(text) and not tells_of_someone(text)  # the stricter reading stays


@pytest.mark.parametrize("text", NOT_TOLD_AFTER_AN_INTRODUCTION + NOT_SOMEONE)
def test_a_request_in_several_sentences_is_not(text: str) -> None:
    assert not a_sentence_tells_of_someone(text)


def test_no_off_topic_training_or_held_out_message_is_taken_by_a_sentence() -> None:
    taken = []
    for path in (ROOT / "data" / "nlu").glob("*.yml"):
        for block in load_yaml(path).get("nlu", []):
            if block.get("intent") == "out_of_scope":
                lines = [x.strip()[2:] for x in block["examples"].splitlines() if x.strip().startswith("- ")]
                taken += [x for x in lines if a_sentence_tells_of_someone(x)]
    for name in ("nlu_heldout.yml", "nlu_blind.yml", "nlu_dev2.yml"):
        rows = load_yaml(ROOT / "tests" / "data" / name)
        off_topic = [r["text"] for r in rows if r["intent"] == "out_of_scope"]
        taken += [text for text in off_topic if a_sentence_tells_of_someone(text)]
    assert taken == []


def from_knowledge(messages: list[dict], lang: str) -> bool:
    kinds = {(m.get("custom") or {}).get("type") for m in messages}
    return bool(kinds & {"source", "offer"}) or t("dont_know", lang) in said(messages)


@pytest.mark.parametrize(
    ("action", "intent", "text", "lang"),
    [
        (ActionStartSelfcheck(), "start_selfcheck", "mevrouw van 75 snapt de zelfscan niet", "nl"),
        (ActionStartSelfcheck(), "start_selfcheck", "man in his 80s struggling with the self checkout", "en"),
        (ActionHelp(), "help", "meneer weet niet hoe de zelfscankassa werkt", "nl"),
        (ActionHelp(), "help", "old guy doesn't know how the ticket machine works", "en"),
        (ActionOutOfScope(), "out_of_scope", "dame vindt de app te ingewikkeld", "nl"),
        (ActionOutOfScope(), "out_of_scope", "customer says our website is impossible to use", "en"),
        (ActionOutOfScope(), "out_of_scope", "tafel 6 klaagt dat hun eten koud was, wat doe ik", "nl"),
        (ActionOutOfScope(), "out_of_scope", TOLD_AFTER_AN_INTRODUCTION[0], "en"),
        (ActionOutOfScope(), "out_of_scope", "de rij is te lang", "nl"),
        (
            ActionSetLanguage(),
            "set_language",
            "jongen spreekt geen nederlands en wil iets terugbrengen",
            "nl",
        ),
    ],
)
def test_the_intents_that_ignore_the_words_answer_it_from_the_knowledge_base(
    action, intent, text, lang
) -> None:
    messages = run(action, text, intent, lang)
    assert from_knowledge(messages, lang), messages
    assert not scale_buttons(messages)  # no self-check started
    assert "Daar kan ik je niet mee helpen" not in said(messages) and "outside what I know" not in said(
        messages
    )


def test_the_coach_is_still_asked_for_a_self_check_help_and_off_topic() -> None:
    started = run(ActionStartSelfcheck(), "start de zelfscan", "start_selfcheck")
    assert not from_knowledge(started, "nl") and "zelf" in said(started).lower()
    helped = run(ActionHelp(), "wat kun je allemaal", "help")
    assert not from_knowledge(helped, "nl") and said(helped)
    redirected = run(ActionOutOfScope(), "hoe oud wordt een kat gemiddeld", "out_of_scope")
    assert [m.get("response") for m in redirected] == ["utter_out_of_scope"]
    # the weather is named by the `everyday` referral (stop 52): said plainly, outside the coach
    weather = run(ActionOutOfScope(), "wat is het weer morgen", "out_of_scope")
    assert not from_knowledge(weather, "nl") and "Daar kan ik je niet mee helpen" in said(weather)


def test_a_button_press_is_never_read_as_a_message_about_someone() -> None:
    """A payload starts the self-check it names (here one whose id would not match anyway)."""
    messages = run(ActionStartSelfcheck(), payloads.start_selfcheck("keeping-promises"), "start_selfcheck")
    assert scale_buttons(messages) and not from_knowledge(messages, "nl")
