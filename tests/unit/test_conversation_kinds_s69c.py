"""Stop 69 (helper C4, a fresh tester's round on Telegram and in the terminal): four conversation kinds.

- A short follow-up about the matter just answered lost its article: what the asker did about it
  ("wat had ik anders moeten doen, ik heb het vorige week in de groep gezegd" after the feedback card;
  actions/followup.py `tells_what_was_done`), or what the people it is about do with it ("en als ze het
  dan toch fout doen?" after the empowerment card: `_ACTS_ON_IT`). Both go on with that article; a
  matter of its own ("and what if he posts a bad review online?") still does not.
- A self-introduction by the place one works rather than a job noun ("ik sta bij een autoverhuur balie
  op schiphol", "ik zit aan de balie van de poli in het ziekenhuis"), and a manager's with the team's
  place ("team van 14 man aan de telefoon"): the welcome (bot/dialogue/self_introduction.py).
- Language: "ok en nu in het engels graag" says the last answer once in English, it pins nothing
  (actions/language.py `asks_to_say_again_in`); a request to repeat an offer in a language shows that
  offer in it (`_repeat_offer`); "hoe zeg ik dat in het engels tegen een toerist?" gets the English
  words (bot/dialogue/say_it_in.py); /vergeet's typed reply is answered in its own language when none is
  pinned (bot/channels/telegram/handlers.py `reply_language`).
- Repeats: "nog een tip" after the card came back does not give the example shown before another
  article between (actions/followup.py `views_shown(across_others=True)`); a bare "geen van deze" to an
  offer asks what it is about, not the same offer again (bot/dialogue/offer_rejection.py `rejects_only`).

Real actions on the real index (tests/unit/turns.py). None of these messages is a dev set's sentence.
"""

from __future__ import annotations

import pytest

from actions.followup import _ACTS_ON_IT, tells_what_was_done
from actions.language import ActionSetLanguage, asks_to_say_again_in
from bot.dialogue.offer_rejection import rejects_only
from bot.dialogue.say_it_in import asks_to_say_it_in
from bot.dialogue.self_introduction import introduction
from bot.settings import get_settings
from bot.storage.profiles import ProfileStore
from tests.unit.replies import said, source_id
from tests.unit.turns import new_sender, turn

pytestmark = pytest.mark.usefixtures("own_app_db")  # tests/unit/conftest.py


def _notes(messages: list[dict]) -> list[dict]:
    return [m["custom"] for m in messages if m.get("custom")]


def _offered(messages: list[dict]) -> bool:
    return any(n.get("type") == "offer" for n in _notes(messages))


def _view(messages: list[dict]) -> str | None:
    return next((n.get("view") for n in _notes(messages) if n.get("type") == "source"), None)


# == 1. follow-ups that keep the article =========================================================
TOLD = [
    "wat had ik anders moeten doen, ik heb het vorige week in de groep gezegd",
    "kheb da vorige week in de groep gezegd",
    "ik zei het in het werkoverleg waar iedereen bij was",
    "we hebben het zo in het teamoverleg besproken, was dat fout?",
    "ik had het haar via de app gestuurd",
    "I told him in front of the whole team",
    "I said it in the team meeting last week",
]
NOT_TOLD = [
    "ik heb dat al gezegd",  # nothing said about how: no story
    "ik heb het toch al gedaan",
    "ik heb een klant die altijd te laat is",
    "ik heb het geprobeerd maar hij blijft boos",  # the advice did not work: a kind of its own
    "i told you already",
    "ik heb het druk vandaag",
]


@pytest.mark.parametrize("text", TOLD)
def test_what_the_asker_did_about_it_is_told(text: str) -> None:
    assert tells_what_was_done(text)


@pytest.mark.parametrize("text", NOT_TOLD)
def test_look_alike_without_what_was_done_is_not(text: str) -> None:
    assert not tells_what_was_done(text)


ACTS_ON_IT = [
    "en als ze het dan toch fout doen?",
    "and what if they get it wrong anyway?",
    "en als ze dat verkeerd doen",
    "what if they mess it up?",
    "en als hij het dan niet goed doet",
]
ACTS_OF_ITS_OWN = [
    "and what if he posts a bad review online?",
    "en als hij dan zijn geld terug wil?",
    "and if he asks for a refund?",
]


@pytest.mark.parametrize("text", ACTS_ON_IT)
def test_an_act_on_what_was_discussed_points_back(text: str) -> None:
    assert _ACTS_ON_IT.search(text)


@pytest.mark.parametrize("text", ACTS_OF_ITS_OWN)
def test_an_act_of_its_own_does_not(text: str) -> None:
    assert not _ACTS_ON_IT.search(text)


FEEDBACK = "hoe geef ik feedback aan een medewerker die kortaf is tegen bellers"
EMPOWER = "hoe krijg ik mijn team zover dat ze zelf beslissingen durven nemen"


@pytest.mark.parametrize(
    ("question", "follow_up", "article"),
    [
        (
            FEEDBACK,
            "wat had ik anders moeten doen, ik heb het vorige week in de groep gezegd",
            "coaching-feedback-conversation",
        ),
        (FEEDBACK, "ik zei het in het werkoverleg waar iedereen bij was", "coaching-feedback-conversation"),
        (EMPOWER, "en als ze het dan toch fout doen?", "coaching-empowerment-zone"),
        (EMPOWER, "en als ze dat verkeerd doen", "coaching-empowerment-zone"),
    ],
)
def test_a_short_follow_up_on_the_same_matter_goes_on_with_the_article(
    question: str, follow_up: str, article: str
) -> None:
    sender = new_sender("manager")
    first, events = turn(question, "nl", [], sender)
    assert source_id(first) == article
    messages, _ = turn(follow_up, "nl", events, sender)
    assert source_id(messages) == article and _view(messages) == "example", said(messages)


def test_a_pointing_follow_up_about_a_matter_of_its_own_still_moves_on() -> None:
    sender = new_sender()
    first, events = turn("a guest is angry because his room was not ready when he arrived", "en", [], sender)
    assert source_id(first) == "angry-customer"
    messages, _ = turn("and what if he posts a bad review online?", "en", events, sender)
    assert _view(messages) != "example" or source_id(messages) != "angry-customer"


# == 2. introductions by place ===================================================================
BY_PLACE = [
    "goedemiddag, ik sta bij een autoverhuur balie op schiphol",
    "Goeiemorgen, ik zit aan de balie van de poli in het ziekenhuis",
    "k sta in ne frituur in gent",
    "hallo ik sta achter de kassa bij de albert heijn",
    "ik zit aan de receptie van een tandartspraktijk",
    "hey i stand at the counter of a car rental at the airport",
    "ik werk in een bakkerij in utrecht",
    "goeiedag, ik sta aan den toog van een café in antwerpen",
]
MANAGERS = [
    "hoi, ik ben teamleider klantcontact, team van 14 man aan de telefoon",
    "hoi, ik ben supervisor, team of 20 people on the phones",
]
NOT_AN_INTRODUCTION = [
    "ik sta in de rij bij de bakker",
    "ik zit in de problemen met een klant",
    "ik sta aan de kassa en een klant schreeuwt",
    "ik zit aan de balie, hoe ga ik om met boze bellers",
    "ik zit bij de dokter",
    "ik sta bij een autoverhuur balie en de klant wil zijn borg terug",
]


@pytest.mark.parametrize("text", BY_PLACE)
def test_where_one_stands_or_sits_at_work_is_an_introduction(text: str) -> None:
    found = introduction(text)
    assert found is not None and not found.leads_a_team


@pytest.mark.parametrize("text", MANAGERS)
def test_a_manager_with_the_teams_place_is_a_leaders_introduction(text: str) -> None:
    found = introduction(text)
    assert found is not None and found.leads_a_team


@pytest.mark.parametrize("text", NOT_AN_INTRODUCTION)
def test_look_alike_a_place_with_a_matter_is_no_introduction(text: str) -> None:
    assert introduction(text) is None


@pytest.mark.parametrize("text", [BY_PLACE[0], BY_PLACE[1], MANAGERS[0]])
def test_an_introduction_by_place_gets_the_welcome_not_an_offer(text: str) -> None:
    messages, _ = turn(text, "nl", [], new_sender())
    assert not _offered(messages) and source_id(messages) is None
    assert "servicecoach" in said(messages)


# == 3. language ================================================================================
SAY_AGAIN = [
    ("ok en nu in het engels graag", "en"),
    ("and now in dutch please", "nl"),
    ("same in english pls", "en"),
    ("hetzelfde in 't nederlands", "nl"),
    ("nu in het engels aub", "en"),
    ("ok nu ook in het engels?", "en"),
]
NOT_SAY_AGAIN = [
    "in het engels graag",  # a switch: pinned
    "and in english? what are the four levels",
    "vanaf nu in het engels",
    "antwoord nu in het engels",
    "ik spreek nu in het engels met een klant",
]


@pytest.mark.parametrize(("text", "lang"), SAY_AGAIN)
def test_now_in_a_language_asks_for_the_last_answer_again(text: str, lang: str) -> None:
    assert asks_to_say_again_in(text) == lang


@pytest.mark.parametrize("text", NOT_SAY_AGAIN)
def test_look_alike_a_switch_or_a_question_is_not(text: str) -> None:
    assert asks_to_say_again_in(text) is None


BILL = "rekening bijna dubbel zo hoog als bij reservering gezegd, woedend"


@pytest.mark.parametrize(("action", "intent"), [(ActionSetLanguage, "set_language"), (None, "ask_advice")])
def test_now_in_english_says_the_answer_once_in_english_and_pins_nothing(action, intent: str) -> None:
    sender = new_sender()
    first, events = turn(BILL, "nl", [], sender)
    assert source_id(first) == "price-objection"
    kwargs = {"action": action} if action else {}
    messages, _ = turn("ok en nu in het engels graag", "nl", events, sender, intent=intent, **kwargs)
    assert "When a customer says it's too expensive" in said(messages)
    assert ProfileStore(get_settings().app_db_url).language(sender) is None


@pytest.mark.parametrize(("action", "intent"), [(ActionSetLanguage, "set_language"), (None, "ask_advice")])
def test_an_offer_asked_again_in_dutch_is_that_offer_in_dutch(action, intent: str) -> None:
    sender = new_sender()
    first, events = turn("what if he refuses to pay?", "en", [], sender)
    assert _offered(first)
    ids = next(n["ids"] for n in _notes(first) if n.get("type") == "offer")
    kwargs = {"action": action} if action else {}
    messages, _ = turn("kan je da herhalen in het nederlands", "en", events, sender, intent=intent, **kwargs)
    assert _offered(messages) and next(n["ids"] for n in _notes(messages) if n.get("type") == "offer") == ids
    assert "Gaat het hierover?" in said(messages)
    titles = [b["title"] for m in messages for b in m.get("buttons") or []]
    assert titles and all(title not in said(first) for title in titles if title.startswith("Saying no"))
    assert ProfileStore(get_settings().app_db_url).language(sender) is None


SAY_IT_TO = [
    ("hoe zeg ik dat in het engels tegen een toerist?", "en"),
    ("hoe zeg ik da in het engels tegen ne toerist", "en"),
    ("how do I say that in dutch to a customer", "nl"),
    ("how do i say this in english to an english guest please", "en"),
    ("hoe zeg ik da in t engels", "en"),
]


@pytest.mark.parametrize(("text", "lang"), SAY_IT_TO)
def test_how_to_say_it_in_a_language_to_someone_asks_for_the_words(text: str, lang: str) -> None:
    assert asks_to_say_it_in(text) == lang


def test_how_to_say_it_with_a_situation_of_its_own_is_a_question() -> None:
    assert (
        asks_to_say_it_in("hoe zeg ik dat in het engels tegen een klant die boos is en niet wil betalen")
        is None
    )


def test_how_to_say_it_in_english_to_a_tourist_gets_english_words() -> None:
    sender = new_sender()
    first, events = turn("hoe zeg ik nee zonder dat het bot klinkt", "nl", [], sender)
    assert source_id(first) == "saying-no-kindly"
    messages, _ = turn("hoe zeg ik dat in het engels tegen een toerist?", "nl", events, sender)
    assert "Zo zeg je het in het Engels" in said(messages) and "I understand" in said(messages)


# == 4. repeats =================================================================================
def test_one_more_tip_after_the_card_came_back_skips_the_example_shown_before() -> None:
    sender = new_sender()
    story = (
        "een klant komt binnen en haar afspraak staat nergens in de agenda, ze zegt dat ze vorige week "
        "gebeld heeft. wat zeg ik?"
    )
    first, events = turn(story, "nl", [], sender)
    article = source_id(first)
    assert article is not None
    example, events = turn("hoe zeg ik dat?", "nl", events, sender)
    assert _view(example) == "example"
    other, events = turn("en als ze dan boos wordt?", "nl", events, sender)
    assert source_id(other) not in (None, article)
    again, events = turn(story, "nl", events, sender)  # the card again
    assert source_id(again) == article
    messages, _ = turn("nog een tip", "nl", events, sender)
    assert _view(messages) != "example", said(messages)


REJECTS_ONLY = [
    "geen van deze",
    "nee geen van die",
    "none of those",
    "neither",
    "geen van deze, sorry",
    "Geen van deze.",
    "niet echt",
]
REJECTS_AND_TELLS = [
    "geen van deze echt. hij klaagt gewoon de hele dag",
    "geen van deze klanten is boos",
    "niet echt boos maar wel teleurgesteld",
]


@pytest.mark.parametrize("text", REJECTS_ONLY)
def test_a_bare_none_of_these_is_a_rejection_only(text: str) -> None:
    assert rejects_only(text)


@pytest.mark.parametrize("text", REJECTS_AND_TELLS)
def test_look_alike_a_rejection_with_more_said_is_not(text: str) -> None:
    assert not rejects_only(text)


@pytest.mark.parametrize(
    ("story", "reply", "lang"),
    [
        ("klant vindt dat ik te weinig tijd voor hem neem aan de telefoon", "geen van deze", "nl"),
        ("klant vindt dat ik te weinig tijd voor hem neem aan de telefoon", "nee geen van die", "nl"),
    ],
)
def test_a_bare_none_of_these_asks_what_it_is_about_not_the_same_offer(
    story: str, reply: str, lang: str
) -> None:
    sender = new_sender()
    first, events = turn(story, lang, [], sender)
    assert _offered(first)
    messages, _ = turn(reply, lang, events, sender)
    assert not _offered(messages)
    assert "Vertel in een paar woorden" in said(messages)


# == 5. /vergeet answered in the language of the typed reply (Telegram) =========================
@pytest.fixture()
def english_chat(tmp_path):
    """(fake Telegram, the member, the bot's runner), the conversation last answered in English and
    no language pinned (as after "/taal auto" following an English message)."""
    from contextlib import ExitStack

    from bot.privacy.pseudonym import Pseudonyms
    from bot.settings import Settings
    from tests.helpers import HASH_KEY
    from tests.unit.telegram_fixtures import joined_chat
    from tests.unit.test_telegram_typed_answers_s62 import settle

    with ExitStack() as started:
        fake, _rasa, user, runner = started.enter_context(joined_chat(tmp_path))
        settle(runner, fake)
        sender = Pseudonyms(HASH_KEY.encode()).sender_id(user.id)
        ProfileStore(Settings(var_dir=tmp_path).app_db_url).set_language(sender, "en", pinned=False)
        yield fake, user, runner


def test_a_dutch_reply_to_forget_is_answered_in_dutch(english_chat) -> None:
    from bot.i18n import t
    from tests.unit.test_telegram_typed_answers_s62 import say

    fake, user, runner = english_chat
    (question,) = say(fake, runner, user, "/vergeet")
    assert question.text.startswith("Are you sure?")  # the conversation's language
    (again,) = say(fake, runner, user, "misschien")
    assert again.text.startswith(t("forget_unclear", "nl")), again.text
    (kept,) = say(fake, runner, user, "nee toch niet")
    assert kept.text == t("not_forgotten", "nl")


def test_an_english_word_dutch_chats_use_too_tells_no_language(english_chat) -> None:
    from bot.i18n import t
    from tests.unit.test_telegram_typed_answers_s62 import say

    fake, user, runner = english_chat
    say(fake, runner, user, "/vergeet")
    (kept,) = say(fake, runner, user, "nope")
    assert kept.text == t("not_forgotten", "en")
