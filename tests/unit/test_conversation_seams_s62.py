"""Stop 62, seams of the conversation (issue 9, "pleasure to use"), fixed by kind. Real functions and
real actions on the real index, the real self-check files and an app database of their own.

1. A pick typed with no list on screen ("optie b", "option c", "keuze 2", "b)") got the help list:
   now a short line that there is nothing to pick from, and what to do (bot/dialogue/choices.py
   `names_a_pick`, `nothing_to_pick`; actions/selfcheck.py `answered_as_pick_without_list`). With a
   list on screen it still picks; a bare "2" and words around a letter ("plan b") are no such pick.
2. A manager whose role came only as the channel's metadata ({"role": "manager"}, over REST) got
   the "tips are meant for leaders" line with every tip: never now; anyone else gets it once per
   conversation (actions/coaching.py `for_leaders_line`, `leaders_line_said`).
3. A set phrase of another language on its own or with a laugh ("c'est la vie lol", "no pasa nada",
   "danke schön haha") got a topic offer: now it is small talk, a thanks, a goodbye, a greeting or
   a light line (bot/dialogue/small_talk.py `set_phrase_talk`, actions/small_talk.py
   `answered_as_set_phrase`).
5. actions/advice.py no longer checks for another language itself: every action says so first
   (actions/language.py `answered_as_foreign`), action_set_language too before it answers a message
   as a question (`_answer_as_a_question`, the one path that did not)."""

from __future__ import annotations

import pytest

from actions.advice import ActionAnswerAdvice, ActionKbFallback, ActionOutOfScope
from actions.coaching import ActionCoachingTip
from actions.help import ActionHelp
from actions.language import ActionSetLanguage
from actions.selfcheck import ActionSelfcheckAnswer
from actions.small_talk import ActionSmallTalk
from actions.yes_no import ActionAffirm
from bot.dialogue import payloads
from bot.dialogue.choices import names_a_pick, nothing_to_pick
from bot.dialogue.domain_responses import domain_response
from bot.dialogue.small_talk import set_phrase_talk
from bot.i18n import t
from tests.unit.turns import at_question_2, new_sender, open_position, turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py: own app database


def _texts(messages: list[dict]) -> list[str]:
    return [str(m.get("text") or "") for m in messages if m.get("text")]


def _sources(messages: list[dict]) -> list[str]:
    return [m["custom"]["id"] for m in messages if (m.get("custom") or {}).get("type") == "source"]


def _advice_buttons(messages: list[dict]) -> list[str]:
    shown = [b["payload"] for m in messages for b in m.get("buttons") or []]
    return [p for p in shown if p.startswith("/ask_advice")]


# == 1. a pick typed with no list on screen =====================================================

PICKS = {
    "nl": ["optie b", "Optie B", "optie b graag", "keuze 2", "keuze twee", "nr. 3", "nummer 2", "#2", "b)",
           "(c)", "ik kies optie b", "doe maar optie c", "optei b", "optie b!", "ok optie a", "antwoord c",
           "allez, optie b hé"],
    "en": ["option c", "Option C please", "choice 2", "number 3", "i choose option a", "option three",
           "i'll take option b", "option b then", "answer b"],
}  # fmt: skip
NO_PICKS = ["2", "b", "plan b", "optie b is beter", "a klant", "welke keuze heb ik", "nummer 1 klacht",
            "b2b", "optie om te ruilen", "de klant koos optie b", "option to return the item", "is b)",
            "no problem", "keuze maken is lastig"]  # fmt: skip
FEEDBACK = [
    {"title": "👍 Nuttig", "payload": payloads.feedback("up", "ref1")},
    {"title": "👎 Niet nuttig", "payload": payloads.feedback("down", "ref1")},
]
OFFERED = ["angry-customer", "complaint-handling", "after-a-hard-conversation"]


def _shown(buttons: list[dict], text: str = "Gaat het hierover?") -> list[dict]:
    """The events of a conversation whose coach's last reply is `text` with `buttons`."""
    return [{"event": "user", "text": "hmm"}, {"event": "bot", "text": text, "data": {"buttons": buttons}}]


@pytest.mark.parametrize("text", [x for xs in PICKS.values() for x in xs])
def test_a_pick_is_read_as_one(text: str) -> None:
    assert names_a_pick(text)
    assert nothing_to_pick(text, [])
    assert nothing_to_pick(text, [("Had je hier iets aan?", [(b["title"], b["payload"]) for b in FEEDBACK])])


@pytest.mark.parametrize("text", NO_PICKS)
def test_look_alikes_are_no_pick(text: str) -> None:
    assert not names_a_pick(text)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(
    ("action", "intent"),
    [(ActionHelp, "help"), (ActionAnswerAdvice, "ask_advice"), (ActionSelfcheckAnswer, "selfcheck_answer"),
     (ActionKbFallback, "nlu_fallback")],
)  # fmt: skip
def test_with_no_list_on_screen_a_pick_is_told_so(lang, action, intent) -> None:
    for text in PICKS[lang]:
        for events in ([], _shown(FEEDBACK, "Had je hier iets aan?")):
            messages, _ = turn(text, lang, events, new_sender(prefix="s62"), action, intent)
            assert _texts(messages) == [t("choice_no_list", lang)], (text, _texts(messages))
            assert [b["payload"] for b in messages[0]["buttons"]] == [payloads.show_help()]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_with_a_list_on_screen_a_pick_still_picks(lang: str) -> None:
    buttons = [{"title": aid, "payload": payloads.advice(aid)} for aid in OFFERED]
    for text, place in (("optie b", 1), ("keuze 2", 1), ("option c", 2), ("b)", 1), ("nr. 3", 2)):
        messages, _ = turn(text, lang, _shown(buttons), new_sender(prefix="s62"), ActionHelp, "help")
        said = _texts(messages)
        assert t("choice_no_list", lang) not in said and t("help_head", lang) not in " ".join(said)
        sources = _sources(messages)
        assert sources[:1] == [OFFERED[place]], (text, sources, said)
    # a letter past the end of the list gets the list's range, as a number does (stop 58)
    messages, _ = turn("optie f", lang, _shown(buttons), new_sender(prefix="s62"), ActionHelp, "help")
    assert _texts(messages) == [t("choice_number_outside", lang, first="1", last="3")]


def test_at_an_open_statement_a_pick_is_no_hint() -> None:
    sender = new_sender(prefix="s62")
    events = at_question_2("nl", sender)
    messages, _ = turn("optie b", "nl", events, sender, ActionSelfcheckAnswer, "selfcheck_answer")
    assert t("choice_no_list", "nl") not in _texts(messages)
    assert open_position(sender) == 1  # nothing scored


@pytest.mark.parametrize("text", ["plan b", "wat is optie b bij een klacht?", "2"])
def test_look_alikes_keep_their_reply(text: str) -> None:
    messages, _ = turn(text, "nl", [], new_sender(prefix="s62"), ActionAnswerAdvice, "ask_advice")
    assert t("choice_no_list", "nl") not in _texts(messages)


# == 2. the line for leaders, once and never to a leader =========================================

TIP = {"nl": "geef me een coachingstip", "en": "give me a coaching tip"}
INTENT = "ask_coaching_tip"


def _line_said(messages: list[dict]) -> bool:
    return any(x in (t("tips_for_leaders", "nl"), t("tips_for_leaders", "en")) for x in _texts(messages))


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("role", ["manager", "admin"])
def test_a_leader_by_metadata_never_gets_the_line(lang: str, role: str) -> None:
    sender, events = new_sender(prefix="s62"), []
    for _ in range(3):
        messages, events = turn(
            TIP[lang], lang, events, sender, ActionCoachingTip, "ask_coaching_tip", metadata={"role": role}
        )
        assert not _line_said(messages) and _texts(messages)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(("stored", "channel"), [(None, None), (None, "employee"), ("employee", None)])
def test_anyone_else_gets_it_once_per_conversation(lang: str, stored, channel) -> None:
    sender, events = new_sender(stored, prefix="s62"), []
    metadata = {"role": channel} if channel else None
    seen = []
    for text in (TIP[lang], "nog een coachingstip" if lang == "nl" else "another coaching tip", TIP[lang]):
        messages, events = turn(text, lang, events, sender, ActionCoachingTip, INTENT, metadata=metadata)
        seen.append(_line_said(messages))
    assert seen == [True, False, False]
    # after /start the conversation is a new one: the line once more
    _, events = turn(payloads.greet(), lang, events, sender, ActionSmallTalk, "greet")
    messages, _ = turn(TIP[lang], lang, events, sender, ActionCoachingTip, INTENT, metadata=metadata)
    assert _line_said(messages)


# == 3. a set phrase of another language, said as small talk =====================================

SET_PHRASE_TALK = [
    ("c'est la vie lol", "shrug"), ("c'est la vie", "shrug"), ("cest la vie hahaha", "shrug"),
    ("C'EST LA VIE LOL", "shrug"), ("tja c'est la vie hé", "shrug"), ("no pasa nada", "shrug"),
    ("no pasa nada hoor", "shrug"), ("alles klar", "shrug"), ("tant pis lol", "shrug"),
    ("mamma mia", "shrug"),
    ("déjà vu lol", "shrug"), ("que sera sera", "shrug"), ("well c'est la vie", "shrug"),
    ("danke schön haha", "thank"), ("Danke schoen!", "thank"), ("gracias amigo", "thank"),
    ("grazie mille!!", "thank"), ("muchas gracias lol", "thank"),
    ("hasta la vista baby", "goodbye"), ("au revoir", "goodbye"), ("ciao 👋", "goodbye"),
    ("adios amigos haha", "goodbye"), ("hola", "greet"), ("ça va?", "greet"), ("buongiorno!", "greet"),
]  # fmt: skip
NOT_SET_PHRASE_TALK = [
    "c'est la vie, maar hoe ga ik om met een boze klant", "danke voor de tip over klachten", "no problem",
    "dank je wel", "hoe zeg je danke in het engels", "klant zei no pasa nada en liep weg", "hallo",
    "bedankt haha", "la vie", "manana komt de levering", "ok", "déjà vu, same customer again",
    "danke schön, tot morgen",
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), SET_PHRASE_TALK)
def test_a_set_phrase_alone_is_small_talk(text: str, kind: str) -> None:
    assert set_phrase_talk(text) == kind


@pytest.mark.parametrize("text", NOT_SET_PHRASE_TALK)
def test_more_than_a_set_phrase_is_not(text: str) -> None:
    assert set_phrase_talk(text) is None


def _reply_for(kind: str, lang: str) -> str:
    if kind == "shrug":
        return t("small_talk_shrug", lang)
    return domain_response({"thank": "utter_thank", "goodbye": "utter_goodbye"}[kind], lang)["text"]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(
    ("action", "intent"),
    [(ActionOutOfScope, "out_of_scope"), (ActionKbFallback, "nlu_fallback"),
     (ActionAnswerAdvice, "ask_advice"), (ActionSmallTalk, "greet"), (ActionSmallTalk, "bot_challenge")],
)  # fmt: skip
def test_through_the_actions_it_gets_small_talk_not_topics(lang, action, intent) -> None:
    for text, kind in SET_PHRASE_TALK:
        messages, _ = turn(text, lang, [], new_sender(prefix="s62"), action, intent)
        said = _texts(messages)
        assert not _advice_buttons(messages), (text, said)
        assert t("dont_know", lang) not in said and t("refuse_topics", lang) not in said
        assert t("language_unsupported", lang) not in said
        if kind != "greet":  # "tja c'est la vie hé" is Dutch by its "tja", "well c'est la vie" English
            assert said and said[0] in (_reply_for(kind, "nl"), _reply_for(kind, "en")), (text, said)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(
    ("text", "kind"),
    [("c'est la vie lol", "shrug"), ("no pasa nada", "shrug"), ("alles klar", "shrug"),
     ("déjà vu lol", "shrug"), ("danke schön haha", "thank"), ("gracias!", "thank"), ("au revoir", "goodbye"),
     ("hasta la vista", "goodbye")],
)  # fmt: skip
def test_a_phrase_alone_is_answered_in_the_conversations_language(lang: str, text: str, kind: str) -> None:
    for events in ([], [{"event": "user", "text": "hoi" if lang == "nl" else "hello"}]):
        messages, _ = turn(text, lang, events, new_sender(prefix="s62"), ActionOutOfScope, "out_of_scope")
        assert _texts(messages)[:1] == [_reply_for(kind, lang)], (text, _texts(messages))


@pytest.mark.parametrize("text", ["c'est la vie, maar hoe ga ik om met een boze klant",
                                  "no pasa nada, maar de klant blijft schreeuwen aan de balie"])  # fmt: skip
def test_a_question_beside_a_set_phrase_is_answered(text: str) -> None:
    messages, _ = turn(text, "nl", [], new_sender(prefix="s62"), ActionAnswerAdvice, "ask_advice")
    assert t("small_talk_shrug", "nl") not in _texts(messages)
    assert _sources(messages) or _advice_buttons(messages)


def test_at_an_open_statement_the_way_back_follows() -> None:
    sender = new_sender(prefix="s62")
    events = at_question_2("nl", sender)
    messages, _ = turn("c'est la vie lol", "nl", events, sender, ActionOutOfScope, "out_of_scope")
    said = _texts(messages)
    assert said[0] == t("small_talk_shrug", "nl") and len(said) >= 2
    assert open_position(sender) == 1


# == 5. another language: one check, for every action =============================================

FOREIGN = ["Wie gehe ich mit einem unfreundlichen Kunden um?", "Comment gérer un client en colère ?",
           "¿Cómo puedo calmar a un cliente enfadado?"]  # fmt: skip


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(
    ("action", "intent"),
    [(ActionAnswerAdvice, "ask_advice"), (ActionKbFallback, "nlu_fallback"),
     (ActionOutOfScope, "out_of_scope"), (ActionSetLanguage, "set_language"), (ActionAffirm, "affirm"),
     (ActionCoachingTip, "ask_coaching_tip")],
)  # fmt: skip
def test_a_foreign_message_gets_the_line_once_on_every_path(lang, action, intent) -> None:
    for text in FOREIGN:
        messages, _ = turn(text, lang, [], new_sender(prefix="s62"), action, intent)
        assert _texts(messages) == [t("language_unsupported", lang)], (text, _texts(messages))


def test_the_advice_action_keeps_no_check_of_its_own() -> None:
    import inspect

    import actions.advice

    assert "foreign_language" not in inspect.getsource(actions.advice)


@pytest.mark.parametrize(
    ("text", "lang"), [("can I swap shifts with Tom", "en"), ("waar dien ik mijn onkosten in", "nl")]
)
def test_set_language_still_answers_a_question_in_our_languages(text: str, lang: str) -> None:
    messages, _ = turn(text, lang, [], new_sender(prefix="s62"), ActionSetLanguage, "set_language")
    said = _texts(messages)
    assert said and t("language_unsupported", lang) not in said
