"""Stop 66 (helper G): conversation faults a fresh tester found, each by its kind, with look-alikes
that keep today's behaviour.

E. A button's label typed ("Toon de tips", "show the tips", "laat de tips nog eens zien") does what
   the button does: the card of the article just given; right after an offer, which topic first; out
   of the blue, which topic (bot/dialogue/button_label.py, actions/advice.py `answered_as_tips_again`).
   A tap on an older "Toon de tips" after "Bij welke situatie wil je de woorden?" shows the tips, not
   the example (the promise holds for the situation typed next or the buttons shown with it).
F. Right after an offer, with no advice given: "en als dat niet werkt?" gets the offer again with a
   line that no advice was given yet; "nog een tip" (whatever action NLU chose) which topic first.
   "The advice did not work" in other words ("je advies klopte niet, die klant werd alleen maar
   bozer", "that made it worse") right after an answer gets the did-not-work reply
   (bot/dialogue/did_not_work.py `says_the_advice_failed`); as a first message it stays a question.
J. "hoe zeg ik dat in het nederlands?" is one message (Rasa's REST channel cut a text without buttons
   at each blank line); a jab at the coach ("hahaha jij bent echt nutteloos") is a 👎 without "Dank
   je"; a tip on a topic whose tip was given earlier in the conversation gives the next one on it, or
   says it is the same; a channel that gets no reply while the action server still starts says so.

Real actions, the real index and an own app database per test."""

from __future__ import annotations

import http.server
import socket
import threading

import pytest

from actions.advice import ActionAnswerAdvice, ActionKbFallback
from actions.coaching import ActionCoachingTip
from actions.feedback import ActionFeedback
from bot.dialogue import payloads
from bot.dialogue.button_label import asks_for_the_tips
from bot.dialogue.did_not_work import says_it_did_not_work, says_the_advice_failed
from bot.dialogue.feedback_words import about_someone_else
from bot.dialogue.small_talk import criticises_the_coach
from bot.dialogue.starting_up import still_starting
from bot.i18n import t
from tests.unit.replies import said, source_id, source_of
from tests.unit.turns import new_sender, turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py

ANGRY = "een klant is boos omdat zijn pakket kwijt is"
ANGRY_EN = "a customer is angry because his parcel is lost, what do I do"
# a story the search is not sure of: "Gaat het hierover?" (tester round of stop 66, terminal)
OFFERED = "ik werk bij een pakketpunt, klant z'n pakket is kwijt en hij wil dat ik het nu oplos"


def _offered(messages: list[dict]) -> list[dict]:
    """The offer's buttons among `messages`, [] when there was no offer."""
    if not any((m.get("custom") or {}).get("type") == "offer" for m in messages):
        return []
    return next((list(m["buttons"]) for m in messages if m.get("buttons")), [])


def _answered(text: str, lang: str, sender: str) -> tuple[list[dict], list[dict]]:
    messages, events = turn(text, lang, [], sender)
    assert source_id(messages), messages
    return messages, events


# --- E. a button's label typed ------------------------------------------------------------------

TIPS_ASKED = [
    "Toon de tips",
    "toon de tips",
    "toon tips aub",
    "ton de tips",
    "toon d tips",
    "laat de tips nog eens zien",
    "laat me de tips zien",
    "geef de tips nog eens",
    "de tips graag",
    "kan ik de tips nog eens zien?",
    "ok, toon de tips",
    "Show the tips",
    "show me the tips again",
    "the tips please",
    "can I see the tips again?",
]
NOT_TIPS_ASKED = [
    "toon de tips over een boze klant",
    "tips voor drukte aan de balie",
    "nog een tip",
    "geef me tips voor een boze klant",
    "welke tips heb je",
    "show me tips on angry customers",
    "de tips werken niet",
    "the tips did not work",
    "Leiders zetten de toon in service",
]


@pytest.mark.parametrize("text", TIPS_ASKED)
def test_the_tips_asked_for_by_the_buttons_label(text: str) -> None:
    assert asks_for_the_tips(text)


@pytest.mark.parametrize("text", NOT_TIPS_ASKED)
def test_a_topic_or_another_request_is_no_label(text: str) -> None:
    assert not asks_for_the_tips(text)


@pytest.mark.parametrize(
    ("text", "lang", "action", "intent"),
    [
        ("Toon de tips", "nl", ActionAnswerAdvice, "ask_advice"),
        ("laat de tips nog eens zien", "nl", ActionKbFallback, "nlu_fallback"),
        ("show the tips", "en", ActionAnswerAdvice, "ask_advice"),
        ("Show the tips", "en", ActionCoachingTip, "ask_coaching_tip"),
    ],
)
def test_typed_label_after_the_example_shows_the_articles_card(
    text: str, lang: str, action: type, intent: str
) -> None:
    sender = new_sender("employee")
    first, events = _answered(ANGRY if lang == "nl" else ANGRY_EN, lang, sender)
    article = source_id(first)
    more = "en als hij dan nog steeds boos is?" if lang == "nl" else "and if he is still angry?"
    example, events = turn(more, lang, events, sender)
    assert source_of(example).get("view") == "example", example
    messages, _ = turn(text, lang, events, sender, action, intent)
    assert source_id(messages) == article, messages
    assert source_of(messages).get("view") in (None, "card"), messages
    assert not _offered(messages)
    assert t("practice_heading", lang) in said(messages)


@pytest.mark.parametrize(("text", "lang"), [("Toon de tips", "nl"), ("show the tips", "en")])
def test_typed_label_right_after_an_offer_asks_which_topic_first(text: str, lang: str) -> None:
    sender = new_sender("employee")
    offer, events = turn(OFFERED, "nl", [], sender)
    buttons = _offered(offer)
    assert buttons, offer
    messages, _ = turn(text, lang, events, sender)
    assert messages[0]["text"] == t("tip_pick_first", lang)
    assert messages[0]["buttons"] == buttons
    assert source_id(messages) is None


@pytest.mark.parametrize(("text", "lang"), [("Toon de tips", "nl"), ("show the tips", "en")])
def test_typed_label_out_of_the_blue_asks_which_topic(text: str, lang: str) -> None:
    messages, _ = turn(text, lang, [], new_sender("employee"))
    assert messages[0]["text"] == t("tips_which_topic", lang)
    assert messages[0]["buttons"]
    assert source_id(messages) is None


def test_tips_that_name_a_topic_are_still_a_question() -> None:
    messages, _ = turn("toon de tips over een boze klant", "nl", [], new_sender("employee"))
    assert t("tips_which_topic", "nl") not in said(messages)
    assert source_id(messages) == "angry-customer" or _offered(messages)


def test_an_older_tips_button_after_the_words_were_promised_shows_the_tips() -> None:
    sender = new_sender("employee")
    asked, events = turn("hoe zeg ik dat?", "nl", [], sender)
    assert asked[0]["text"] == t("wording_which_situation", "nl")
    press = payloads.advice("pyramid-surprise")  # "Toon de tips" under an earlier tip
    entities = [{"entity": "article_id", "value": "pyramid-surprise"}]
    messages, _ = turn(press, "nl", events, sender, entities=entities)
    assert source_id(messages) == "pyramid-surprise"
    assert source_of(messages).get("view") in (None, "card"), messages
    assert t("practice_heading", "nl") in said(messages)


def test_a_pick_from_the_offer_that_promised_the_words_still_gets_them() -> None:
    sender = new_sender("employee")
    offer, events = turn(OFFERED, "nl", [], sender)
    assert _offered(offer)
    asked, events = turn("wat zeg ik dan precies?", "nl", events, sender)
    assert asked[0]["text"] == t("wording_pick_first", "nl")
    pick = asked[0]["buttons"][0]
    article = payloads.parse(pick["payload"]).entity("article_id")
    entities = [{"entity": "article_id", "value": article}]
    messages, _ = turn(pick["payload"], "nl", events, sender, entities=entities)
    assert source_id(messages) == article
    assert source_of(messages).get("view") == "example", messages


# --- F. follow-ups right after an offer, and "it did not work" in other words --------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("en als dat niet werkt?", "nl"),
        ("wat als dat niks uithaalt", "nl"),
        ("heb ik al geprobeerd", "nl"),
        ("and if that doesn't work?", "en"),
        ("tried that already", "en"),
    ],
)
def test_did_not_work_right_after_an_offer_offers_it_again(text: str, lang: str) -> None:
    sender = new_sender("employee")
    offer, events = turn(OFFERED, "nl", [], sender)
    buttons = _offered(offer)
    assert buttons
    messages, events = turn(text, lang, events, sender)
    assert messages[0]["text"] == t("did_not_work_pick_first", lang)
    assert messages[0]["buttons"] == buttons
    tips, _ = turn("toon de tips", "nl", events, sender)  # the offer is still the one on screen
    assert tips[0]["buttons"] == buttons and source_id(tips) is None


@pytest.mark.parametrize(
    ("text", "action", "intent"),
    [
        ("nog een tip", ActionCoachingTip, "ask_coaching_tip"),
        ("geef me nog een tip", ActionFeedback, "feedback"),
        ("another tip please", ActionCoachingTip, "ask_coaching_tip"),
    ],
)
def test_another_tip_right_after_an_offer_asks_which_topic_first(
    text: str, action: type, intent: str
) -> None:
    sender = new_sender("employee")
    offer, events = turn(OFFERED, "nl", [], sender)
    buttons = _offered(offer)
    assert buttons
    lang = "en" if text.startswith("another") else "nl"
    messages, _ = turn(text, lang, events, sender, action, intent)
    # a short English request in a Dutch conversation may be answered in Dutch
    assert messages[0]["text"] in (t("tip_pick_first", lang), t("tip_pick_first", "nl"))
    assert messages[0]["buttons"] == buttons
    assert source_id(messages) is None  # no tip from an article never shown


ADVICE_FAILED = [
    ("je advies klopte niet, die klant werd alleen maar bozer", "nl"),
    ("je advies klopte niet", "nl"),
    ("jouw tip werkte niet", "nl"),
    ("die tip hielp niks", "nl"),
    ("het werkte averechts", "nl"),
    ("hij werd alleen maar bozer", "nl"),
    ("dat maakte het alleen maar erger", "nl"),
    ("de klant werd er alleen maar bozer van", "nl"),
    ("your advice was wrong", "en"),
    ("that made it worse, he just got angrier", "en"),
    ("it backfired", "en"),
    ("the customer only got more angry", "en"),
]
NOT_ADVICE_FAILED = [
    "de klant wordt steeds bozer, wat doe ik?",
    "hoe voorkom ik dat het erger wordt",
    "het advies van mijn teamleider werkte niet",
    "wat als hij nog bozer wordt",
    ANGRY,
    "what if he gets angrier?",
    "mijn collega geeft slecht advies aan klanten",
]


@pytest.mark.parametrize(("text", "lang"), ADVICE_FAILED)
def test_the_advice_failing_in_other_words(text: str, lang: str) -> None:
    assert says_the_advice_failed(text) or says_it_did_not_work(text)


@pytest.mark.parametrize("text", NOT_ADVICE_FAILED)
def test_a_situation_going_on_or_someone_elses_advice_is_no_such_verdict(text: str) -> None:
    assert not says_the_advice_failed(text)


@pytest.mark.parametrize(("text", "lang"), ADVICE_FAILED[:3] + ADVICE_FAILED[8:10])
def test_advice_failed_after_a_thumbs_down_asks_what_happened(text: str, lang: str) -> None:
    sender = new_sender("employee")
    first, events = _answered(ANGRY if lang == "nl" else ANGRY_EN, lang, sender)
    title = source_of(first)["title"]
    down = next(
        b["payload"]
        for m in first
        for b in m.get("buttons") or []
        if b["payload"].startswith("/feedback") and "down" in b["payload"]
    )
    _, events = turn(down, lang, events, sender, ActionFeedback, "feedback")
    messages, _ = turn(text, lang, events, sender)
    assert messages[0]["text"].startswith(t("did_not_work", lang, title=title)), messages
    assert not _offered(messages)


def test_advice_failed_right_after_the_answer_asks_what_happened() -> None:
    sender = new_sender("employee")
    first, events = _answered(ANGRY_EN, "en", sender)
    title = source_of(first)["title"]
    messages, _ = turn("that made it worse, he just got angrier", "en", events, sender)
    assert messages[0]["text"].startswith(t("did_not_work", "en", title=title)), messages


def test_a_customer_who_got_angrier_as_a_first_message_is_a_question() -> None:
    text = "de klant werd alleen maar bozer toen ik uitleg gaf, wat doe ik nu?"
    messages, _ = turn(text, "nl", [], new_sender("employee"))
    assert t("did_not_work_no_advice", "nl") not in said(messages)
    assert source_id(messages) or _offered(messages)


# --- J. tone and form ------------------------------------------------------------------------------


def test_said_in_the_other_language_is_one_message() -> None:
    sender = new_sender("employee")
    _, events = turn("in English please", "en", [], sender, intent="set_language")
    slots = {"pinned_language": "en"}
    first, events = turn(ANGRY_EN, "en", events, sender, slots=slots)
    assert source_id(first) == "angry-customer"
    messages, _ = turn("hoe zeg ik dat in het nederlands?", "en", events, sender, slots=slots)
    texts = [m for m in messages if m.get("text")]
    assert len(texts) == 1, messages
    only = texts[0]
    assert only["text"].startswith(
        t("said_in_language", "en", language="Dutch", title="Omgaan met een boze klant")
    )
    assert "\n\n" not in only["text"] or only.get("buttons"), only  # Rasa cuts a text without buttons


@pytest.mark.parametrize(
    "text", ["hahaha jij bent echt nutteloos", "je bent nutteloos", "wat een slechte bot", "haha you suck"]
)
def test_a_jab_at_the_coach_after_an_answer_is_a_thumbs_down_without_thanks(text: str) -> None:
    assert criticises_the_coach(text)
    sender = new_sender("employee")
    lang = "en" if "you" in text else "nl"
    _, events = _answered(ANGRY if lang == "nl" else ANGRY_EN, lang, sender)
    for action, intent in ((ActionFeedback, "feedback"), (ActionAnswerAdvice, "ask_advice")):
        messages, _ = turn(text, lang, events, sender, action, intent)
        assert messages[0]["text"] == t("feedback_sorry_down", lang), messages
        assert not any(m.get("text", "").startswith(("Dank je", "Thanks")) for m in messages)


@pytest.mark.parametrize(
    ("text", "lang"), [("niet nuttig", "nl"), ("dat hielp niet echt", "nl"), ("not helpful", "en")]
)
def test_a_plain_thumbs_down_is_still_thanked(text: str, lang: str) -> None:
    sender = new_sender("employee")
    _, events = _answered(ANGRY if lang == "nl" else ANGRY_EN, lang, sender)
    messages, _ = turn(text, lang, events, sender)
    assert messages[0]["text"] == t("feedback_thanks_down", lang), messages


@pytest.mark.parametrize(
    "text", ["klant noemt me nutteloos", "de klant zei dat ik dom ben", "the guest called me useless"]
)
def test_what_a_customer_called_the_asker_is_no_verdict(text: str) -> None:
    assert about_someone_else(text) and not criticises_the_coach(text)
    sender = new_sender("employee")
    lang = "en" if "guest" in text else "nl"
    _, events = _answered(ANGRY if lang == "nl" else ANGRY_EN, lang, sender)
    messages, _ = turn(text, lang, events, sender)
    shown = said(messages)
    assert t("feedback_thanks_down", lang) not in shown and t("feedback_sorry_down", lang) not in shown


def test_a_tip_on_a_topic_whose_tip_was_given_gives_the_next_or_says_it_is_the_same() -> None:
    sender = new_sender("manager")
    first, events = turn("tip voor een teamoverleg", "nl", [], sender, ActionCoachingTip, "ask_coaching_tip")
    huddle = source_id(first)
    assert huddle == "coaching-team-huddle"
    text = "tip voor een teamoverleg over klachten van clienten"
    second, events = turn(text, "nl", events, sender, ActionCoachingTip, "ask_coaching_tip")
    assert source_id(second) not in (None, huddle), second
    title = source_of(first)["title"]
    assert t("tip_topic_given", "nl", title=title) in said(second)
    third, _ = turn("tip voor een teamoverleg", "nl", events, sender, ActionCoachingTip, "ask_coaching_tip")
    assert source_id(third) == huddle
    assert t("tip_same_again", "nl", title=title) in said(third)


def test_a_tip_on_a_new_topic_has_no_such_line() -> None:
    messages, _ = turn(
        "tip voor een teamoverleg", "nl", [], new_sender("manager"), ActionCoachingTip, "ask_coaching_tip"
    )
    shown = said(messages)
    assert "kreeg je net al" not in shown


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_still_starting_until_the_action_server_answers_its_health_check() -> None:
    port = _free_port()
    assert still_starting(f"http://127.0.0.1:{port}", timeout=0.5)  # nothing listens yet

    class Health(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            self.send_response(200 if self.path == "/health" else 404)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            return None

    server = http.server.HTTPServer(("127.0.0.1", port), Health)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        assert not still_starting(f"http://127.0.0.1:{port}")
    finally:
        server.shutdown()
        server.server_close()


def test_the_starting_line_is_there_in_both_languages() -> None:
    assert "opstarten" in t("starting_up", "nl") and "starting up" in t("starting_up", "en")
