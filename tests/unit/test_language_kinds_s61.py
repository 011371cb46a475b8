"""Stop 61, language kinds fixed by kind, with real functions and real actions on an app database of
their own.

1. Set phrases of other languages in Dutch, Flemish and English chat ("c'est la vie lol", "déjà vu",
   "no pasa nada hoor", "danke schön") got "Sorry, ik spreek alleen Nederlands en Engels": they say
   nothing of the message's language now (bot/engine/language.py `SET_PHRASES`), while a real
   question in another language, with or without such a phrase, is still recognised.
2. A message in another language got the line only from the advice action: NLU's greeting, goodbye,
   out-of-scope or yes made the coach answer it as such. Every action but the language actions says
   it now (actions/language.py `answered_as_foreign`), except for an answer read on the scale of an
   open statement.
3. A sentence stating one's own practice with a question mark ("k doe da soms?", "ik doe dat soms?",
   "i do that sometimes?") at a statement is an answer, scored; a bare word asked ("meestal wel?",
   "soms?") and a question in asking order ("doe ik dat soms?") stay asked back (stop 60's rule;
   bot/selfchecks/answers.py `states_own_answer`)."""

from __future__ import annotations

import pytest

from actions.advice import ActionAnswerAdvice, ActionKbFallback, ActionOutOfScope
from actions.selfcheck import ActionSelfcheckAnswer
from actions.small_talk import ActionSmallTalk
from actions.yes_no import ActionAffirm, ActionDeny
from bot.content.selfchecks import load_selfchecks
from bot.engine import detect_language, foreign_language
from bot.engine.language import without_set_phrases
from bot.i18n import t
from bot.selfchecks.answers import answer_word_asked, parse_answer
from bot.settings import get_settings
from tests.unit.turns import at_question_2, new_sender, open_position, statement_text, turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py: own app database


def _texts(messages: list[dict]) -> list[str]:
    return [str(m.get("text") or "") for m in messages if m.get("text")]


# == 1. set phrases of other languages in Dutch and English chat ================================

SET_PHRASES_IN_CHAT = [
    # the tester's message and the brief's phrases, with chat words around them
    "c'est la vie lol", "c'est la vie", "déjà vu haha", "voilà, zo doe je dat", "enfin bon, de klant was weg",
    "bon appétit allemaal", "ça va? alles goed?", "savoir-vivre is belangrijk bij klanten",
    "no pasa nada hoor", "hasta la vista baby", "danke schön!", "prima", "ciao ciao",
    # spelt without accents, apostrophe or space, in capitals
    "c est la vie lol", "cest la vie lol", "C'EST LA VIE LOL", "deja vu lol echt", "ca va lol",
    "danke schoen lol echt", "savoir vivre lol", "hasta la vista, baby lol",
    # more phrases of the kind, in Dutch, Flemish and English chat
    "well c'est la vie i guess", "c'est la vie haha ok", "que sera sera lol", "je ne sais quoi lol",
    "comme ci comme ça lol", "hasta luego amigo lol", "mi casa es su casa lol", "la dolce vita lol",
    "no pasa nada lol", "mamma mia wat een dag", "oh là là lol", "tant pis lol", "grazie mille lol",
    "auf wiedersehen lol", "alles klar lol", "por favor lol", "allee, c'est la vie he", "tja c'est la vie hé",
    "déjà vu, same customer again", "bon appétit guys", "danke schön, tot morgen", "ciao doei",
    "inshallah komt het goed", "yalla we gaan",
]  # fmt: skip
FOREIGN_QUESTIONS = [
    ("Comment gérer un client en colère ?", "fr"),
    ("Ça va ? Comment gérer un client en colère ?", "fr"),
    ("C'est quoi la meilleure façon de calmer un client fâché ?", "fr"),
    ("c'est la vie, mais comment gérer un client qui crie ?", "fr"),
    ("Bonjour, comment dire non à un client ?", "fr"),
    ("Wie gehe ich mit einem unfreundlichen Kunden um?", "de"),
    ("Danke schön! Wie gehe ich mit einem unfreundlichen Kunden um?", "de"),
    ("¿Cómo puedo calmar a un cliente enfadado? Gracias", "es"),
    ("Hola, ¿cómo puedo calmar a un cliente enfadado?", "es"),
    ("no pasa nada, pero cómo puedo calmar a un cliente enfadado", "es"),
    ("Ciao, come posso calmare un cliente arrabbiato?", "it"),
    ("Nasıl sinirli bir müşteriyi sakinleştirebilirim? Tamam", "tr"),
]


@pytest.mark.parametrize("text", SET_PHRASES_IN_CHAT)
def test_a_set_phrase_of_another_language_is_no_foreign_message(text: str) -> None:
    assert foreign_language(text) is None


@pytest.mark.parametrize(("text", "code"), FOREIGN_QUESTIONS)
def test_a_real_question_in_another_language_is_still_foreign(text: str, code: str) -> None:
    assert foreign_language(text) == code


@pytest.mark.parametrize(
    ("text", "lang"),
    [("no pasa nada hoor", "nl"), ("c'est la vie, zo gaat dat", "nl"),
     ("ça va, de klant was weer boos", "nl"), ("danke schön, tot morgen", "nl"), ("ciao doei", "nl"),
     ("déjà vu, same customer again", "en"), ("c'est la vie lol", None), ("no pasa nada lol", None),
     ("hasta la vista baby", None), ("prima", None)],
)  # fmt: skip
def test_the_rest_of_the_message_decides_its_language(text: str, lang: str | None) -> None:
    """A Flemish "no pasa nada hoor" was English by its "no"; a phrase alone keeps the conversation's."""
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    "text",
    ["la vie is mooi", "ik heb een afspraak om pas de klant te bellen", "de cava was op",
     "een bravo voor het team", "hoe ga ik om met een klant die alleen frans spreekt",
     "the customer said c'est la vie and left"],
)  # fmt: skip
def test_look_alikes_keep_their_words(text: str) -> None:
    """Words that only look like a phrase stay: "la vie", "pas de", "cava" (wine, not "ça va")."""
    assert foreign_language(text) is None
    if "c'est" not in text and "bravo" not in text:
        assert without_set_phrases(text) == text


# == 2. the foreign line whatever NLU read =====================================================

FOREIGN_BY_INTENT = [
    ("Bonjour, je voudrais savoir comment vous allez aujourd'hui", ActionSmallTalk, "greet"),
    ("Merci beaucoup, à bientôt et bonne journée à vous", ActionSmallTalk, "goodbye"),
    ("Wie gehe ich mit einem unfreundlichen Kunden um?", ActionOutOfScope, "out_of_scope"),
    ("Oui, je suis d'accord avec vous sur ce point", ActionAffirm, "affirm"),
    ("Non, je ne veux pas continuer comme ça", ActionDeny, "deny"),
    ("¿Cómo puedo calmar a un cliente enfadado?", ActionKbFallback, "nlu_fallback"),
    ("Comment gérer un client en colère ?", ActionAnswerAdvice, "ask_advice"),
]


@pytest.mark.parametrize(("text", "action", "intent"), FOREIGN_BY_INTENT)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_foreign_message_gets_the_line_whatever_the_intent(text, action, intent, lang) -> None:
    assert foreign_language(text) is not None
    messages, _ = turn(text, lang, [], new_sender(prefix="s61"), action, intent)
    assert _texts(messages) == [t("language_unsupported", lang)], _texts(messages)


@pytest.mark.parametrize(
    ("text", "action", "intent"),
    [("c'est la vie lol", ActionOutOfScope, "out_of_scope"),
     ("hallo, hoe gaat het?", ActionSmallTalk, "greet"),
     ("déjà vu, same customer again", ActionKbFallback, "nlu_fallback"),
     ("Bonjour", ActionSmallTalk, "greet"), ("merci beaucoup", ActionSmallTalk, "thank")],
)  # fmt: skip
def test_look_alikes_get_their_own_reply(text, action, intent) -> None:
    messages, _ = turn(text, "nl", [], new_sender(prefix="s61"), action, intent)
    assert t("language_unsupported", "nl") not in _texts(messages)


def test_in_a_self_check_the_line_comes_with_the_way_back() -> None:
    sender = new_sender(prefix="s61")
    events = at_question_2("nl", sender)
    french = "Je ne comprends pas cette question du tout"
    messages, _ = turn(french, "nl", events, sender, ActionAffirm, "affirm")
    said = _texts(messages)
    assert said[0] == t("language_unsupported", "nl")
    assert any(statement_text("nl") in x for x in said) and open_position(sender) == 1


# == 3. a sentence stating one's own practice, asked ===========================================

STATED = [
    ("k doe da soms?", 3), ("ik doe dat soms?", 3), ("i do that sometimes?", 3), ("'k doe dat soms?", 3),
    ("kdoe da nooit?", 1), ("dat doe ik meestal?", 4), ("soms doe ik dat?", 3), ("sometimes i do?", 3),
    ("i usually do?", 4), ("i always do that?", 5), ("ik doe dat altijd?", 5), ("ik ben het eens?", 4),
    ("k ben het eens?", 4), ("ik doe da meestal wel?", 4), ("we doen dat meestal?", 4), ("k doe da soms", 3),
    ("ik doe dat soms", 3), ("i agree?", 4),
]  # fmt: skip
ASKED_BACK = ["meestal wel?", "soms?", "meestal?", "niet altijd?", "altijd toch?", "doe ik dat soms?",
              "doe ik vaak?", "sometimes?", "mee eens?", "dat klopt?", "do i do that sometimes?",
              "do i always?", "ben ik het eens?", "do i agree?"]  # fmt: skip
QUESTIONS_IN_WORDS = ["hoe vaak?", "do i have to?", "kan ik dat altijd?", "am i on time?", "wat is soms?",
                      "do you mean always?"]  # fmt: skip


def _check():
    return load_selfchecks(get_settings().selfcheck_dir)[0]["keeping-promises"]


@pytest.mark.parametrize(("text", "value"), STATED)
def test_a_sentence_stating_ones_practice_is_scored(text: str, value: int) -> None:
    assert not answer_word_asked(text, _check().scale), text
    assert parse_answer(text, _check()) == value, text


@pytest.mark.parametrize("text", ASKED_BACK)
def test_a_bare_word_or_a_question_back_stays_asked_back(text: str) -> None:
    assert answer_word_asked(text, _check().scale), text


@pytest.mark.parametrize("text", QUESTIONS_IN_WORDS)
def test_a_question_in_other_words_is_no_word_asked_back(text: str) -> None:
    assert not answer_word_asked(text, _check().scale), text


@pytest.mark.parametrize(
    ("text", "lang", "action", "intent"),
    [("k doe da soms?", "nl", ActionKbFallback, "nlu_fallback"),
     ("ik doe dat soms?", "nl", ActionSelfcheckAnswer, "selfcheck_answer"),
     ("i do that sometimes?", "en", ActionAnswerAdvice, "ask_advice")],
)  # fmt: skip
def test_through_the_actions_a_stated_answer_scores(text, lang, action, intent) -> None:
    sender = new_sender(prefix="s61")
    events = at_question_2(lang, sender)
    messages, _ = turn(text, lang, events, sender, action, intent)
    assert t("sc_asked_back", lang, min="1", max="5") not in _texts(messages)
    assert open_position(sender) == 2


@pytest.mark.parametrize(
    ("text", "action", "intent"),
    [("meestal wel?", ActionAffirm, "affirm"), ("doe ik dat soms?", ActionKbFallback, "nlu_fallback")],
)
def test_through_the_actions_a_word_asked_back_is_explained(text, action, intent) -> None:
    sender = new_sender(prefix="s61")
    events = at_question_2("nl", sender)
    messages, _ = turn(text, "nl", events, sender, action, intent)
    assert _texts(messages)[0] == t("sc_asked_back", "nl", min="1", max="5")
    assert open_position(sender) == 1
