"""Stop 68 (helper C3): a fresh tester's conversation faults, each by its kind, with more messages of
the kind and look-alikes that keep today's behaviour.

1. Self-introductions that name the job as a noun ("schadebehandelaar", "fietsenmaker", "an insurance
   call center agent"), as "X hier" or as "ik doe de onthaal", Flemish openers ("allee"); an
   administrator who wants to try a new article gets a welcome and how to try it.
2. Follow-up state: a follow-up refers to the article shown last when that is the last thing shown;
   with an offer on screen the offer is picked first (its buttons again), for a tip, the words or
   "geef nog iets"; "nog een tip" with nothing shown asks which topic, with buttons; a team lead's
   "nog een tip" right after an article gets more of it; "hoe zeg ik tegen de rest van de rij ..."
   right after the card gets the words; "mijn situatie is anders, ze is niet boos maar wanhopig"
   reads what the situation is, not what it is not.
3. Language: "kan je da herhalen in het engels?" says the piece again in English, once (no pin);
   "hoe zeg ik dat in het Nederlands?" typed in Dutch after an English answer gets the Dutch words;
   a mostly-Dutch message with English words is Dutch.
4. A photo caption that only says who sent the photo and asks what to do with it asks for words.
5. README: the long-message note comes before the answer.

Real actions, the real index and an own app database per test."""

from __future__ import annotations

import pytest
from rasa_sdk import Tracker

from actions.advice import ActionKbFallback
from actions.language import _dominant_language, asks_to_say_again_in, conversation_language
from bot.dialogue import payloads
from bot.dialogue.different_situation import situation_details, what_it_is
from bot.dialogue.photo_caption import points_at_the_photo
from bot.dialogue.self_introduction import introduction
from bot.dialogue.tip_request import asks_for_one_more
from bot.i18n import t
from bot.settings import ROOT, get_settings
from bot.storage.profiles import ProfileStore
from tests.unit.replies import said, source_id
from tests.unit.turns import new_sender, turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

# --- 1. self-introductions ---

INTRODUCTIONS = [
    # the tester's
    "hallo, ik ben schadebehandelaar bij een verzekeraar, aan de telefoon",
    "allee, ik ben nieuw hier, ik doe de onthaal bij ne dierenkliniek sinds maandag",
    "goeiemorgen! bram hier, fietsenmaker, ik sta meestal achter de toonbank",
    "hey im an insurance call center agent, been here 2 weeks",
    # more of the kind
    "ik ben kassier in een supermarkt",
    "awel, ik doe de kassa bij ne bakker",
    "Sanne hier, baliemedewerker bij de gemeente",
    "yo ik ben bezorger bij een pizzeria",
    "hi, I'm a hotel night porter, started last week",
    "i run the front desk at a small hotel",
]
NOT_INTRODUCTIONS = [
    "ik ben gisteren door een bezoeker uitgescholden",
    "druk hier vandaag",
    "let's stop here",
    "mijn collega hier is boos",
    "ik ben de hele dag al bezig",
]


@pytest.mark.parametrize("text", INTRODUCTIONS)
def test_a_job_named_as_a_noun_here_or_as_what_one_does_is_an_introduction(text: str) -> None:
    assert introduction(text) is not None


@pytest.mark.parametrize("text", NOT_INTRODUCTIONS)
def test_look_alike_a_story_or_a_remark_is_no_introduction(text: str) -> None:
    assert introduction(text) is None


def test_a_name_before_hier_is_the_name() -> None:
    said_of_self = introduction("goeiemorgen! Bram hier, fietsenmaker")
    assert said_of_self is not None and said_of_self.name == "Bram"


@pytest.mark.parametrize(
    "text",
    [
        "hoi, ik ben beheerder en wil checken of mijn nieuwe artikel werkt",
        "hi, im the admin and i want to test my new article",
        "ik ben teamleider en wil kijken of het artikel over boze klanten klopt",
    ],
)
def test_an_introduction_that_wants_to_try_an_article(text: str) -> None:
    said_of_self = introduction(text)
    assert said_of_self is not None and said_of_self.tests_an_article


def test_look_alike_wanting_to_check_something_for_a_customer_is_no_introduction() -> None:
    assert introduction("ik ben beheerder en wil checken of de klant zijn geld terug krijgt") is None


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        ("hallo, ik ben schadebehandelaar bij een verzekeraar, aan de telefoon", "nl", "nice_to_meet"),
        ("hey im an insurance call center agent, been here 2 weeks", "en", "nice_to_meet"),
    ],
)
def test_a_job_noun_gets_the_welcome(text: str, lang: str, key: str) -> None:
    messages, _ = turn(text, lang, [], new_sender(), ActionKbFallback)
    assert t(key, lang) in said(messages) and source_id(messages) is None
    assert "geen goed antwoord" not in said(messages) and "good answer" not in said(messages)


def test_the_administrator_who_wants_to_try_an_article_is_told_how() -> None:
    text = "hoi, ik ben beheerder en wil checken of mijn nieuwe artikel werkt"
    messages, _ = turn(text, "nl", [], new_sender("admin"), ActionKbFallback)
    assert t("try_article", "nl") in said(messages) and source_id(messages) is None


# --- 2. follow-up state ---

CARD_FIRST = "een meneer komt boos terug omdat hij een boete krijgt, hoe pak ik dat aan?"
OFFERED = ["saying-no-kindly", "service-recovery"]


def _offer_after(events: list[dict]) -> list[dict]:
    """`events`, then a message and the offer ("Gaat het hierover?") the coach made to it."""
    buttons = [{"title": a, "payload": payloads.advice(a)} for a in OFFERED]
    return [
        *events,
        {"event": "user", "text": "en nu iets heel anders, een meneer wil zijn abonnement opzeggen"},
        {
            "event": "bot",
            "text": t("offer_question", "nl"),
            "data": {"buttons": buttons, "custom": {"type": "offer"}},
        },
    ]


def _offered(messages: list[dict]) -> list[str]:
    return [b["payload"] for m in messages for b in m.get("buttons") or []]


@pytest.mark.parametrize("follow_up", ["nog een tip", "hmm geef nog iets", "nog ene tip aub"])
def test_with_an_offer_on_screen_a_tip_asks_to_pick_first_also_after_an_older_article(follow_up: str) -> None:
    sender = new_sender()
    first, events = turn(CARD_FIRST, "nl", [], sender)
    assert source_id(first) == "angry-customer"
    messages, _ = turn(follow_up, "nl", _offer_after(events), sender, ActionKbFallback)
    assert t("tip_pick_first", "nl") in said(messages) and source_id(messages) is None
    assert _offered(messages) == [payloads.advice(a) for a in OFFERED]


@pytest.mark.parametrize("words", ["hoe zeg ik dat precies?", "hoe breng ik da dan concreet"])
def test_words_asked_at_an_offer_shown_again_ask_to_pick_first_with_its_buttons(words: str) -> None:
    sender = new_sender()
    _, events = turn("nog een tip", "nl", _offer_after([]), sender, ActionKbFallback)
    messages, _ = turn(words, "nl", events, sender, ActionKbFallback)
    assert t("wording_pick_first", "nl") in said(messages)
    assert _offered(messages) == [payloads.advice(a) for a in OFFERED]


@pytest.mark.parametrize(
    "lang,text", [("nl", "nog een tip"), ("nl", "geef me nog een tip"), ("en", "another tip please")]
)
def test_a_tip_with_nothing_shown_asks_which_topic_with_buttons(lang: str, text: str) -> None:
    messages, _ = turn(text, lang, [], new_sender(), ActionKbFallback)
    assert t("tips_which_topic", lang) in said(messages) and source_id(messages) is None
    assert any(m.get("buttons") for m in messages)


def test_look_alike_a_tip_right_after_an_article_is_more_of_it() -> None:
    sender = new_sender()
    first, events = turn(CARD_FIRST, "nl", [], sender)
    more, _ = turn("nog een tip", "nl", events, sender, ActionKbFallback)
    assert source_id(more) == source_id(first) == "angry-customer"


def test_a_leaders_tip_right_after_an_article_is_more_of_that_article() -> None:
    sender = new_sender("manager")
    question = (
        "mijn verkopers staan vaak met elkaar te kletsen terwijl klanten rondlopen, hoe pak ik dat aan "
        "zonder de politieagent te spelen"
    )
    first, events = turn(question, "nl", [], sender)
    article = source_id(first)
    assert article is not None
    more, _ = turn("nog een tip", "nl", events, sender, ActionKbFallback)
    assert source_id(more) == article


def test_look_alike_a_leaders_tip_out_of_the_blue_is_a_coaching_tip() -> None:
    messages, _ = turn("nog een tip", "nl", [], new_sender("manager"), ActionKbFallback)
    assert t("tips_which_topic", "nl") not in said(messages) and said(messages)


def test_words_for_someone_named_right_after_the_card_are_the_words_not_the_card() -> None:
    sender = new_sender()
    first, events = turn(
        "hoe blijf ik vriendelijk als er zes mensen tegelijk aan de toonbank staan te wachten?",
        "nl",
        [],
        sender,
    )
    article = source_id(first)
    assert article is not None and "Wat je morgen anders doet" in said(first)
    words, _ = turn(
        "ni slecht maar hoe zeg ik tegen de rest van de rij dat ze moeten wachten", "nl", events, sender
    )
    assert source_id(words) == article and "Wat je morgen anders doet" not in said(words)


def test_what_the_situation_is_not_is_left_out() -> None:
    details = situation_details("mijn situatie is anders, ze is niet boos maar wanhopig")
    assert what_it_is(details) == "ze is wanhopig"
    assert what_it_is("she is not angry but desperate") == "she is desperate"
    assert what_it_is("de klant is boos") == "de klant is boos"  # look-alike: nothing ruled out


def test_a_different_situation_with_no_article_is_not_offered_what_it_rules_out() -> None:
    messages, _ = turn("mijn situatie is anders, ze is niet boos maar wanhopig", "nl", [], new_sender())
    offers = [m["custom"] for m in messages if (m.get("custom") or {}).get("type") == "offer"]
    assert not offers or "angry-customer" not in offers[0].get("ids", [])  # the refusal's topics may hold it
    assert source_id(messages) != "angry-customer"


def test_look_alike_more_words_of_asking_are_no_request_for_more() -> None:
    assert asks_for_one_more("hmm geef nog iets") and asks_for_one_more("anything else?")
    assert not asks_for_one_more("ik wil nog iets vragen") and not asks_for_one_more("nog iets vergeten")


# --- 3. language ---


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("kan je da herhalen in het engels?", "en"),
        ("kunt ge dat herhalen in t engels", "en"),
        ("kun je dat nog eens zeggen in het Nederlands", "nl"),
        ("can you repeat that in dutch please", "nl"),
    ],
)
def test_a_request_to_repeat_in_a_language(text: str, lang: str) -> None:
    assert asks_to_say_again_in(text) == lang


@pytest.mark.parametrize(
    "text", ["kun je in het Engels antwoorden", "de klant wil dat ik het herhaal in het engels"]
)
def test_look_alike_a_switch_or_a_story_is_no_request_to_repeat(text: str) -> None:
    assert asks_to_say_again_in(text) is None


def _pinned(sender: str) -> str | None:
    return ProfileStore(get_settings().app_db_url).language(sender)


def test_repeated_in_english_once_pins_nothing_and_the_next_dutch_message_stays_dutch() -> None:
    sender = new_sender()
    first, events = turn(CARD_FIRST, "nl", [], sender)
    assert source_id(first) == "angry-customer"
    again, events = turn("kan je da herhalen in het engels?", "nl", events, sender, ActionKbFallback)
    assert source_id(again) == "angry-customer" and (again[0].get("custom") or {}).get("lang", "en") == "en"
    assert t("language_pinned", "en") not in said(again) and _pinned(sender) is None
    next_text = "en een klant vraagt of we ook op zondag open zijn, wat zeg ik"
    latest = {"text": next_text, "intent": {"name": "ask_advice", "confidence": 0.9}, "entities": []}
    events = [*events, {"event": "user", "text": next_text}]
    tracker = Tracker(
        sender, {"language": "en", "pinned_language": None}, latest, events, False, None, {}, ""
    )
    assert conversation_language(tracker) == "nl"


def test_how_to_say_it_in_dutch_after_an_english_answer_gets_the_dutch_words() -> None:
    sender = new_sender()
    first, events = turn(
        "a school group teacher wants free entry for 30 kids, we dont do that, how do i say no",
        "en",
        [],
        sender,
    )
    article = source_id(first)
    assert article is not None
    # the question is Dutch: the chat's language is Dutch with it
    words, _ = turn("hoe zeg ik dat in het Nederlands?", "nl", events, sender, ActionKbFallback)
    text = said(words)
    assert "Vertalen doe ik niet" not in text and "Nederlands" in text
    assert "Zo zeg je het" in text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("the klant is really upset dat de audiogids kapot is, wat moet ik doen", "nl"),
        ("my customer is echt boos omdat zijn pakket niet kwam, what should I do", "nl"),
        ("de klant is really upset because the audioguide is broken, what do I do", "en"),
        ("the customer is so angry, ze wil haar geld terug, what do I say", "en"),
    ],
)
def test_a_mixed_message_is_in_the_language_of_most_of_its_words(text: str, lang: str) -> None:
    assert _dominant_language(text) == lang


# --- 4. a caption about where the photo came from ---


@pytest.mark.parametrize(
    "caption",
    [
        "kijk wat deze klant me stuurt, wat moet ik hiermee",
        "dit screenshot stuurde ze",
        "een klant stuurde me dit, wat moet ik ermee?",
        "deze foto kreeg ik net van een klant",
        "got this from a customer, what do I do with it",
        "look what a guest just sent me",
    ],
)
def test_a_caption_that_only_says_who_sent_the_photo_points_at_it(caption: str) -> None:
    assert points_at_the_photo(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "klant stuurde dit, wat zeg ik?",
        "kijk wat deze klant me stuurt over zijn bestelling",
        "deze klant stuurt me elke dag berichten",
        "klant stuurt foto van zijn kapotte bumper en wil meteen geld, hij wordt steeds bozer",
    ],
)
def test_look_alike_a_caption_that_tells_more_is_answered(caption: str) -> None:
    assert not points_at_the_photo(caption)


# --- 5. README ---


def test_the_readme_puts_the_long_message_note_before_the_answer() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = readme[readme.index("**A long message**") :].split("\n- ")[0]
    assert "before the answer" in line and "between the answer" not in line
