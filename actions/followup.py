"""A follow-up that lands on the article just given ("en als hij dan nog steeds boos is?").

The search has no memory, so a follow-up about the same situation often ranks the article
the coach answered with one message ago. Sending the same card again word for word reads
as if the coach did not listen (tester rounds of stops 25 and 26). Instead the coach says it
is still about that article and gives what the card did not show: the article's example
(else what it means), and asks what is different, with the related topics as buttons.

A message that reads as a continuation ("en als hij dan nog steeds boos is?", "en dan?")
stays with the article just given even when the search alone would offer or refuse, unless
it names a work matter or the search confidently answers with another article. A further
follow-up on the same article gets what it means, then the card again. A reply between that
names no article (an offer, a refusal, a thank-you, a language line, a help text) does not
reset that order; another article answered between does. A message
typed again word for word (a re-send, or a retry after a network error) gets what the coach
showed last time: the user may never have seen it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from rasa_sdk import Tracker

from actions.base import last_bot_events, last_reply, message_id
from bot.content.article_card import plain
from bot.content.articles import Article
from bot.dialogue import payloads
from bot.dialogue.metadata import MESSAGE_ID, message_id_of
from bot.dialogue.tip_request import asks_for_another_tip, asks_for_one_more, asks_to_tell_more
from bot.engine import Decision, Result
from bot.i18n import t

log = logging.getLogger(__name__)


# == An edited message replaces its original (stop 60) =========================================
# A channel that lets users edit a sent message (Telegram) sends the edit as a message of its own
# with the original's id in its metadata (EDIT_OF, bot/channels/telegram/handlers.py `edited`).
# The edit replaces the original: the actions read the conversation as if the original and the
# coach's replies to it had not been sent (an edit landing on the article the original got is
# answered with its card, not as a follow-up "Dat gaat nog steeds over ..."), an edit is never a
# message "sent again", and the gaps logged for the original (a typo'd question's `no_answer`) are
# deleted. Nothing new is stored: the original's text and time come from the tracker's events.
EDIT_OF = "edit_of"  # metadata key; the channel's id of the message the latest one is an edit of
EDIT_GAP_SLACK = timedelta(minutes=1)  # clocks of the Rasa and action servers may differ a little


def edit_of(tracker: Tracker) -> str | None:
    """The id of the message the latest one is an edit of (metadata EDIT_OF, in the shape of a
    message id: bot/dialogue/metadata.py), or None for a message that is no edit."""
    metadata = tracker.latest_message.get("metadata")
    original = metadata.get(EDIT_OF) if isinstance(metadata, dict) else None
    return message_id_of({MESSAGE_ID: original}) if isinstance(original, str) else None


def _version_of(sent: str | None, original: str) -> bool:
    """Whether a message id is `original`'s or one of an earlier edit of it ("<original>:u<n>")."""
    return sent is not None and (sent == original or sent.startswith(original + ":u"))


def without_edited_original(tracker: Tracker) -> tuple[list[dict], list[dict]] | None:
    """When the latest message is an edit (`edit_of`): the tracker's events without the user
    events of its original and of earlier edits of it, nor the coach's messages in reply to them
    (other events, such as slots, stay), and those user events left out; None for no edit."""
    original = edit_of(tracker)
    if original is None:
        return None
    latest = message_id(tracker)
    kept: list[dict] = []
    replaced: list[dict] = []
    dropping = False
    for event in tracker.events or []:
        kind = event.get("event")
        if kind == "user":
            sent = message_id_of(event.get("metadata"))
            dropping = sent != latest and _version_of(sent, original)
            if dropping:
                replaced.append(event)
                continue
        elif kind == "bot" and dropping:
            continue
        kept.append(event)
    return kept, replaced


def read_edit_as_replacement(tracker: Tracker) -> None:
    """When the latest message is an edit (`edit_of`): leave its original out of `tracker.events`
    (`without_edited_original`) and delete the gaps logged for the original's words by this
    sender since it was sent (bot/storage/insights.py `forget_gaps`; by the per-day asker keys of
    the days since, as they were logged: an edit after midnight UTC finds the day before's,
    bot/insights/askers.py `keys_since`). Nothing for a message that is no edit."""
    found = without_edited_original(tracker)
    if found is None:
        return
    kept, replaced = found
    if _adds_words(str(tracker.latest_message.get("text") or ""), replaced):
        setattr(tracker, _EDITED_ANSWERS, _articles_answered(tracker.events or [], kept))
    tracker.events = kept
    from actions.feedback import store  # feedback builds on the actions' base, as this does
    from bot.insights.askers import keys_since

    for event in replaced:
        question = str(event.get("text") or "").strip()
        if not question or payloads.is_payload(question):
            continue
        sent = event.get("timestamp")
        since = (
            datetime.fromtimestamp(float(sent), UTC).replace(tzinfo=None) - EDIT_GAP_SLACK
            if isinstance(sent, int | float)
            else datetime.now(UTC).replace(tzinfo=None) - timedelta(days=1)
        )
        try:
            store().forget_gaps(question, keys_since(tracker.sender_id, since), since)
        except Exception:
            log.exception("could not forget the gap of an edited message")


# the articles the coach answered an edited message's original with, kept on the tracker while the
# original is left out of its events (`read_edit_as_replacement`)
_EDITED_ANSWERS = "servicecoach_edited_answers"


# an edit that adds this many words of its own asks more than its original; fewer fix a typo ("klant
# is boss" -> "klant is boos": the card as if the typo had not been sent, stop 60)
EDIT_NEW_WORDS = 3


def _adds_words(text: str, replaced: list[dict]) -> bool:
    """Whether `text` has EDIT_NEW_WORDS words that the latest of the `replaced` originals had not."""
    if not replaced:
        return False
    before = set(re.findall(r"[^\W\d_]+", str(replaced[-1].get("text") or "").casefold()))
    return len(set(re.findall(r"[^\W\d_]+", text.casefold())) - before) >= EDIT_NEW_WORDS


def _articles_answered(events: list[dict], kept: list[dict]) -> frozenset[str]:
    """The ids of the articles in the source notes of the coach's replies in `events` left out of `kept`."""
    kept_ids = {id(e) for e in kept}
    return frozenset(
        str(custom.get("id"))
        for event in events
        if event.get("event") == "bot" and id(event) not in kept_ids
        for custom in [(event.get("data") or {}).get("custom") or {}]
        if isinstance(custom, dict) and custom.get("type") == "source" and custom.get("id")
    )


def answered_before_the_edit(tracker: Tracker, article_id: str) -> bool:
    """Whether the latest message is an edit that asks more than its original (`_adds_words`) and
    whose original the coach answered with `article_id`: the edited question lands on the same
    topic (tester round of stop 65: the identical card again, with no word that it is the same
    topic)."""
    return edit_of(tracker) is not None and article_id in getattr(tracker, _EDITED_ANSWERS, frozenset())


def previous_user_text(tracker: Tracker) -> str | None:
    """The text of the user's message before the latest one, or None."""
    seen = 0
    for event in reversed(tracker.events or []):
        if event.get("event") == "user":
            seen += 1
            if seen == 2:
                return str(event.get("text") or "")
    return None


# Notes of replies that answer with no article: an offer of topics ("Gaat het hierover?") and
# "pick a topic first, then I'll give you the words" (WORDING_PROMISED). A refusal, a thank-you
# for a 👍, a language line or a help text carry no note at all. A reply with any other note
# (a comparison of two articles, a self-check's result) answers with something else.
_NO_ARTICLE_NOTES = frozenset({"offer", "wording_promised", "about"})
# The note of a reply about an article that gives none of it (a question what happened after
# "en als dat niet werkt?", actions/advice.py `answered_as_did_not_work`): a request for words
# or an aside right after it is about that article (`recent_note`; tester round of stop 63: "hoe
# zeg ik dat?" was asked "Bij welke situatie?" although the reply named the article).
ABOUT = "about"


def about_note(article_id: str) -> dict:
    """The note (`ABOUT`) of a reply that is about `article_id` without showing it."""
    return {"type": ABOUT, "id": article_id}


# At most this many messages of the user's, each answered with no article, may stand between
# an answer and a follow-up on it.
BETWEEN = 2


def _source_notes(tracker: Tracker, across_questions: bool = True) -> list[dict]:
    """The source notes (which article, which view) of the coach's latest answer with an
    article: its reply to the user's previous message, or, when at most BETWEEN messages
    since were answered with no article (an offer, a refusal, a thank-you after a 👍, a
    language line, a help text), the reply before them. "en als hij dan nog steeds boos is"
    after an offer made to "en als de klant dan een slechte review online zet?" got the angry
    customer's card again word for word (helper round of stop 54). [] when there is no such
    answer, when another reply came after it (a comparison, a self-check's result), after a
    /start, /restart or the start of a self-check, or, unless `across_questions`, when a
    message between is a new question of its own (`is_new_question`): "en als hij ..." may
    then be about its matter."""
    users, notes, answered_otherwise = 0, [], False
    for event in reversed(tracker.events or []):
        kind = event.get("event")
        if kind == "user":
            if notes or answered_otherwise:
                return notes  # the reply to this message named an article, or answered otherwise
            users += 1
            text = str(event.get("text") or "")
            between = users > 1  # a message after the answer looked for, before the latest one
            if between and (users > BETWEEN + 1 or text == payloads.greet() or _starts_a_selfcheck(event)):
                return []  # too long ago, or a /start, /restart or self-check in between starts afresh
            if between and not across_questions and not payloads.is_payload(text) and is_new_question(text):
                return []
        elif kind in ("restart", "session_started"):
            return notes
        elif kind == "bot" and users >= 1:
            custom = (event.get("data") or {}).get("custom") or {}
            if custom.get("type") == "source" and custom.get("id"):
                notes.append(custom)
            elif custom.get("type") and custom.get("type") not in _NO_ARTICLE_NOTES:
                answered_otherwise = True
    return notes


def _starts_a_selfcheck(event: dict) -> bool:
    """True for a user event that starts a self-check, typed (as NLU read it) or a button:
    a follow-up after it is not about the article before the check (stop 54's open list)."""
    parsed = payloads.parse(str(event.get("text") or ""))
    intent = parsed.intent if parsed else ((event.get("parse_data") or {}).get("intent") or {}).get("name")
    return intent == "start_selfcheck"


# A message that reads as a continuation of the previous one: "en als hij dan nog steeds
# boos is?", "maar wat als ...", "what if she keeps ...", "and if he ...", "en dan?".
# An interjection may come first ("ok maar wat als ...", "ja maar als ...", "hmm and what if
# ...": tester round of stop 29), and the person may be the asker ("what if I don't know ...").
CONTINUATION = re.compile(
    r"^\W*(?:(?:ok(?:ay|e|é)?|oké|ja|jawel|nee|yes|yeah|no|hmm*|hm|oh|ah|nou|tja|allee|right|alright|"
    r"sure|true|klopt)\W+)?"
    r"(?:(?:en|maar|and|but)\s+(?:dan\s+|toch\s+|nu\s+)?(?:wat\s+)?(?:als|if|what\s+if)\b"
    # Flemish "as" for "als": "en as em dan nog altijd kwaad is" (helper round of stop 54: refused)
    r"|(?:en|maar)\s+(?:dan\s+|toch\s+|nu\s+)?(?:wat\s+)?as\b"
    # "en dan?" alone, or before a supposition: "en dan? als die mens toch blijft zagen" (tester
    # round of stop 51: refused)
    r"|(?:en|and)\s+(?:dan|then|nu|now)(?:\W*$|\W+(?:wat\s+)?(?:als|if|what\s+if)\b)"
    # "en?", "and?", "so?", "en verder?" alone: go on (tester round of stop 54: "en?" was read as
    # the language code "en"); a bare "en" without its question mark stays a language request
    r"|(?:en|and|so|en\s+verder|and\s+so)\s*(?:\?+|\.{2,}|…)\s*$"
    r"|(?:what\s+if|wat\s+als|stel\s+dat)\s+(?:he|she|they|it|i|we|you|hij|zij|ze|die|het|ik|we|wij|je|jij|u)\b)",
    re.IGNORECASE,
)
# Longer messages are new stories, even when they start with "en als".
CONTINUATION_WORDS = 25


# A request for the words to use, right after an answer: "can you give me the exact words?"
# (read as off-topic), "wat zeg ik dan precies?" and "hoe verwoord ik dat" (help), "geef eens
# een voorbeeldzin" (a self-check answer), "what exactly do I say to him" (a yes; tester
# round of stop 34). It asks for the article just given in other words, never for a menu.
WORDING = re.compile(
    r"\b(?:"
    # Dutch: what do I say (exactly), how do I put it, which words, an example sentence
    # ("wa", "wt": typed fast; "da": Flemish "dat")
    r"(?:wat|wa|wt)\s+(?:zeg|antwoord)\s+(?:ik|je)\b(?!\s+(?:ervan|daarvan|hiervan)\b)"
    r"|(?:wat|wa|wt)\s+(?:moet|moe|kan|zou|mag)\s+(?:ik|je|jij)\s+(?:\w+\s+){0,3}?(?:zeggen|zegge|antwoorden|terugzeggen)\b"
    r"|hoe\s+(?:zeg|verwoord|formuleer|breng|verpak|vertel)\s+(?:ik|je)\s+(?:dat|da|het|dit|zoiets)\b"
    # to whom, with what is to be said: "hoe zeg ik tegen de rest van de rij dat ze moeten wachten"
    # (fresh tester of stop 68: the card just shown came again), "how do I tell the others to wait"
    r"|hoe\s+(?:zeg|vertel|breng)\s+(?:ik|je)\s+(?:(?:dan|nou|het|dat|da)\s+)?(?:tegen|aan)\s+"
    r"|how\s+(?:do|should|can|could|would)\s+(?:i|you)\s+tell\s+(?:them|him|her|the\s+(?:rest|others|queue|line"
    r"|people|other\s+\w+))\b"
    r"|hoe\s+(?:moet|kan|zou)\s+(?:ik|je)\s+(?:dat|da|het|dit)\s+(?:\w+\s+){0,2}?(?:zeggen|verwoorden|formuleren|brengen)\b"
    r"|welke\s+(?:woorden|zinnen|zin|bewoording)\b|voorbeeldzin\w*|woord\s+voor\s+woord"
    # "letterlijk" in a question on one's own words ("wat zeg ik letterlijk", "hoe begin ik dat
    # gesprek letterlijk", "letterlijk zeggen", "letterlijk?"), not as a stress in a story ("hij
    # stond letterlijk te schreeuwen", "ze zei letterlijk ...": stop 55)
    r"|(?:wat|wa|wt|hoe|welke)\s[^.?!,;]{0,40}?\bletterlijk\b|letterlijk\s+(?:\w+\s+){0,3}?(?:zeggen|zeg|zegge|antwoorden|formuleren|verwoorden)\b"
    r"|^\W*(?:en\s+|maar\s+|ok\w*\s+)?letterlijk\W*$"
    # how to open the talk just discussed: "hoe begin ik dat gesprek", "how do I start that conversation"
    r"|hoe\s+(?:begin|open|start)\s+(?:ik|je)\s+(?:dat|dit|zo'?n|het)\s+gesprek\w*\b"
    r"|how\s+(?:do|should|can|could|would)\s+(?:i|you)\s+(?:start|open|begin)\s+(?:that|this|such\s+a)\s+(?:conversation|talk|chat)\b"
    r"|(?:geef|heb|hebt|ken|kun|kan)\s+(?:\w+\s+){0,4}?(?:voorbeeld|voorbeeldje|zin|zinnetje|zinnen|tekst|script)\b"
    # English: the exact words, what do I say, how do I phrase it, an example sentence
    r"|exact\s+(?:words|wording|phrase|sentence)|word\s+for\s+word|wording|phrasing"
    r"|what\s+(?:exactly\s+)?(?:do|should|can|could|would|shall)\s+(?:i|you|we)\s+(?:exactly\s+|actually\s+)?(?:say|tell|answer|reply)\b"
    r"|how\s+(?:do|should|can|could|would)\s+(?:i|you)\s+(?:say|phrase|word|put|formulate)\s+(?:it|that|this)\b"
    r"|(?:give|show|got|have)\s+(?:\w+\s+){0,3}?(?:example|examples|sentence|sentences|script|lines?)\b"
    r"|example\s+(?:sentences?|phrases?|lines?|wording)|what\s+words|^(?:a\s+)?script\W*$"
    # the answer told as a story: "tell me as a short story instead", "vertel het als een
    # verhaal" (tester round of stop 42: "I don't have a good answer")
    r"|(?:tell|vertel|geef|give|put|zet)\s+(?:\w+\s+){0,3}?(?:as\s+an?\s+|als\s+(?:een\s+)?|in\s+(?:een\s+|an?\s+)?)"
    r"(?:short\s+|little\s+|kort\s+|klein\s+)?(?:story|stories|verhaal\w*)\b"
    r"|^\W*(?:and\s+|en\s+)?(?:as|als|in)\s+(?:an?\s+|een\s+)?(?:short\s+|kort\s+)?(?:story|verhaal\w*)\b|voorbeeldverha\w*"
    r"|(?:in|als)\s+(?:een\s+)?(?:kort\s+)?verhaal\w*\s+(?:zetten|gieten|vertellen|brengen|doen)\b"
    # another or more examples: "nog een voorbeeld?", "one more example", "meer voorbeelden"
    r"|^\W*(?:en\s+|and\s+|ok\w*\s+)?(?:nog\s+(?:een|1|eentje)|een\s+ander|meer|andere|another|one\s+more|more|other)"
    r"\s+(?:voorbeeld\w*|examples?)\b"
    # a bare "example" first: "example pls, like for an energy bill" (tester round of stop 49:
    # refused as off-topic), "voorbeeldje?"
    r"|^\W*(?:an?\s+|een\s+)?(?:example|examples|voorbeeld|voorbeeldje|vb)\b(?:\s+(?:pls|plz|please|aub|graag))?"
    r"(?=\W*$|\W*,|\s+(?:for|voor|like|zoals|bij|in)\b)"
    r")",
    re.IGNORECASE,
)
# Words that name no situation in a request for words ("wat zeg ik dan precies", "give me an
# example"); any other word names one ("... tegen die collega", "... to a customer who shouts").
_NO_TOPIC = frozenset(
    str.split(
        "en dan precies nou nu eigenlijk toch dat het dit zo eens een graag geven geef nog tegen hem haar "
        "hun die iemand ik je jij u me mij wat welke hoe kan kun voorbeeld voorbeelden voorbeeldje "
        "ander andere meer eentje aub pls please to him her them can you give me the a an then and "
        "exactly so but maar ok oke okay example examples another one more other some any i do say "
        "tell vertel short korte kort little klein story stories verhaal verhaaltje voorbeeldverhaal "
        "voorbeeldverhaaltje instead liever als as in heb have it letterlijk literally "
        # "hoe breng ik da dan concreet" (fresh tester of stop 68: read as naming a situation)
        "da concreet concrete concretely specifiek specifically echt really dus"
    )
)
# Longer messages that ask for words are new questions ("what do I say to a customer who
# wants a refund after the return period?"), judged by the search as any other.
WORDING_WORDS = 12


def asks_for_wording(text: str) -> bool:
    """Whether `text` asks for the words to use (WORDING) in at most WORDING_WORDS words."""
    return len(text.split()) <= WORDING_WORDS and WORDING.search(text) is not None


# A request for words that tells the situation they are for may run longer than WORDING_WORDS:
# "ok maar wat zeg ik letterlijk tegen iemand die huilt aan de telefoon" (13 words) got the
# card just shown again (tester round of stop 55). It is searched as any question; what it
# asks for is the words.
WORDING_SITUATION_WORDS = 20


def asks_for_words_about(text: str) -> bool:
    """Whether `text` asks for the words to use (WORDING) and names the situation they are for
    (`names_a_situation`), in at most WORDING_SITUATION_WORDS words: "wat zeg ik letterlijk
    tegen iemand die huilt aan de telefoon", "what do i say exactly when they walk up to the
    desk", "hoe begin ik dat gesprek letterlijk, ze wordt snel defensief"."""
    if len(text.split()) > WORDING_SITUATION_WORDS or WORDING.search(text) is None:
        return False
    return names_a_situation(text)


# A request for the words themselves, not for advice put as "what do I say": "letterlijk",
# "woord voor woord", "precies", a "voorbeeldzin", "the exact words", "word for word", "what
# exactly do I say", "example sentences", a "script". Colloquially "wat moet ik zeggen", "hoe
# zeg ik dat", "hoe verwoord ik", "what do I say", "what should I tell him", "how do I word it"
# inside a new question ask what to do: "een klant belt boos, wat moet ik zeggen" got the
# example of the relatives-privacy article, "a guest is furious because his room isn't ready,
# what do I say?" a DIY store's example (tester round of stop 62). Such a question gets the
# card of its situation; these words get the example (`view_for_words`).
_EXACT_WORDS = re.compile(
    r"\b(?:letterlijk|literally|woord\s+voor\s+woord|word\s+for\s+word|voorbeeldzin\w*|zinnetjes?"
    r"|exacte?\s+(?:woorden|zin|zinnen|bewoording|words|wording|phrases?|sentences?|lines?)"
    r"|welke\s+(?:woorden|zinnen|zin|bewoording)|(?:what|which)\s+words|scripts?"
    r"|(?:example|voorbeeld)\s*(?:sentences?|phrases?|lines?|wording|zin\w*)"
    r"|(?:wat|wa|wt)\s+(?:\w+\s+){0,3}?precies|precies\s+(?:\w+\s+){0,2}?(?:zeggen|zegge|zeg|antwoorden)"
    r"|what\s+exactly|exactly\s+what|(?:say|tell\s+\w+|answer|reply)\s+exactly"
    r"|(?:lines?|sentences?|zinnen)\s+(?:i|ik|je|you)\s+(?:can|could|kan|kun)\s+(?:use|say|gebruiken|zeggen))\b",
    re.IGNORECASE,
)


def asks_for_the_words_themselves(text: str) -> bool:
    """Whether a request for words (WORDING) asks for the sentences themselves (_EXACT_WORDS:
    "letterlijk", "word for word", "een voorbeeldzin"), not for advice put as "what do I say"."""
    return _EXACT_WORDS.search(text) is not None


# A request for an example story rather than for words: it names an example or a story and
# no words, sentences or lines ("example pls", "geef eens een voorbeeld", "as a story").
_STORY = re.compile(r"\b(?:examples?|voorbeeld\w*|stor(?:y|ies)|verha\w*)\b", re.IGNORECASE)
_WORDS = re.compile(
    r"\b(?:words?|wording|sentences?|phras\w*|lines?|script|say|zeg\w*|woord\w*|zin|zinnen|zinnetje|"
    r"voorbeeldzin\w*|tekst|letterlijk|verwoord\w*|formuleer\w*)\b",
    re.IGNORECASE,
)


def asks_for_story(text: str) -> bool:
    """Whether a request for words (`asks_for_wording`) asks for the example itself ("example
    pls, like for an energy bill", "geef eens een voorbeeld"): then the example's story is told
    even when it quotes no sentence, rather than the tips' sentences (verifier round of stop
    49: "example pls" after the price article gave two tip sentences)."""
    return bool(_STORY.search(text) and not _WORDS.search(text))


def names_a_situation(text: str) -> bool:
    """Whether a request for words also says what it is about: "... tegen die collega" does,
    "wat zeg ik dan precies?" and "nog een voorbeeld?" do not."""
    words = re.findall(r"[^\W\d_]+", continuation_topic(text).lower())
    return any(w not in _NO_TOPIC for w in words)


def continued_article(tracker: Tracker, text: str) -> str | None:
    """The article the coach answered the previous message with, when `text` reads as a
    continuation of it (CONTINUATION, at most CONTINUATION_WORDS words), also across replies
    since that named no article (`_source_notes`: an offer, a refusal, a thank-you) unless a
    message between is a new question of its own; for a request for the words to use
    (`asks_for_wording`) across a short aside (`recent_article`); for a request for another
    tip also across an offer (`tip_article`); else None."""
    if asks_for_wording(text):
        return recent_article(tracker)
    if asks_for_another_tip(text) or asks_for_one_more(text) or asks_to_tell_more(text):
        return tip_article(tracker)  # "nog een tip", "vertel meer" after an article: more of it
    if len(text.split()) > CONTINUATION_WORDS or not (CONTINUATION.search(text) or tells_what_was_done(text)):
        return None
    found = next((str(n["id"]) for n in _source_notes(tracker, across_questions=False)), None)
    return None if found and _offered_elsewhere(tracker, found) else found


# What the asker did about the matter just discussed, told right after the answer: "wat had ik anders
# moeten doen, ik heb het vorige week in de groep gezegd" after the feedback card got an offer of
# unrelated topics (fresh tester of stop 69): the asker did it (first person), "het"/"dat"/"it"
# points back at it, and a word or more says how, where or when. The article just given goes on.
_DONE_NL = (
    r"gezegd|gedaan|verteld|gevraagd|gegeven|besproken|aangekaart|gemeld|uitgelegd|gestuurd|gemaild|"
    r"aangepakt|aangesproken|opgelost|afgesproken|gezegt|gedaan"
)
_TOLD_WHAT_WAS_DONE = re.compile(
    r"\b(?:(?:ik|we|wij)\s+(?:heb|had|hebben|hadden)|'?k\s*heb|'?k\s*had|kheb|khad)\s+(?:\w+\s+)?"
    rf"(?:het|dat|da|dit|'t|hem|haar)\s+(?!(?:(?:al|toch|net|wel|nog|ook|eens|zelf|ook\s+al)\s+)+(?:{_DONE_NL})\b)"
    rf"(?:[^\s?!.,]+\s+){{1,8}}?(?:{_DONE_NL})\b"
    r"|\b(?:ik|'?k|we|wij)\s+(?:zei|zeiden|deed|deden|vertelde|besprak|gaf|meldde|stuurde|sprak)\s+(?:het|dat|da|dit|'t)"
    r"\s+(?:[^\s?!.,]+\s*){1,8}"
    r"|\b(?:i|we)(?:'ve|\s+have|\s+had|'d)?\s+(?:already\s+|just\s+)?(?:said|did|done|told|mentioned|raised|gave|"
    r"sent|explained|brought\s+up)\s+(?:it|that|this|him|her|them)\s+(?:[^\s?!.,]+\s*){1,8}",
    re.IGNORECASE,
)
TOLD_WORDS = 20  # longer messages tell a story of their own


def tells_what_was_done(text: str) -> bool:
    """Whether `text` tells, in at most TOLD_WORDS words, what the asker did about the matter just
    discussed, pointing back at it (_TOLD_WHAT_WAS_DONE): "ik heb het vorige week in de groep
    gezegd", "I told him in front of the whole team"; not "ik heb een klant die ..." (no pointing
    back), nor a bare "ik heb dat al gezegd" (nothing said about how)."""
    return len(text.split()) <= TOLD_WORDS and _TOLD_WHAT_WAS_DONE.search(text) is not None


def _offers_between(tracker: Tracker) -> list[tuple[str, frozenset[str]]]:
    """The offers the coach made since its latest answer with an article, newest first, each as
    (the user's message it answered, the ids offered)."""
    users, offered, found = 0, None, []
    for event in reversed(tracker.events or []):
        kind = event.get("event")
        if kind == "user":
            users += 1
            if offered is not None:
                found.append((str(event.get("text") or ""), offered))
                offered = None
        elif kind == "bot" and users >= 1:
            custom = (event.get("data") or {}).get("custom") or {}
            if custom.get("type") == "source":
                break
            if custom.get("type") == "offer":
                offered = frozenset(str(i) for i in custom.get("ids") or ())
    return found


def _offered_elsewhere(tracker: Tracker, article_id: str) -> bool:
    """Whether an offer since the answer with `article_id` was made to a question of its own (no
    continuation, supposition or button) and did not hold `article_id`: a continuation after it
    ("en als hij dan nog steeds boos is?") is about what that question told, not the older article
    (stop 68's closing note: after the time-pressure card, "wat zeg ik tegen een klant zonder bon?"
    was offered topics and "en als hij dan nog steeds boos is?" got the time-pressure example). An
    offer made to a continuation ("en als de klant dan een slechte review online zet?") goes on
    with the article, as an offer that holds it does."""
    return any(
        article_id not in ids
        and not (payloads.is_payload(asked) or CONTINUATION.search(asked) or HYPOTHETICAL.search(asked))
        for asked, ids in _offers_between(tracker)
    )


# A short message between an answer and a request for its words is an aside: a verdict
# ("ja top", 👍), thanks, a button press. "wat zeg ik dan precies?" after "Niveau 3" and a 👍
# was searched on its own and answered with the article on what to share with relatives
# (tester round of stop 36).
ASIDE_WORDS = 4
ASIDES = 2


def recent_article(tracker: Tracker) -> str | None:
    """The article of the coach's latest answer, when the user's messages since it are at
    most ASIDES asides (a button press, or at most ASIDE_WORDS words); None when there is
    none, after an offer, after a longer message, or after a /start or /restart (tester
    round of stop 45: "translate that into Dutch" after /restart got the article before it)."""
    note = recent_note(tracker)
    return str(note["id"]) if note else None


def recent_note(tracker: Tracker) -> dict | None:
    """The source note (id, view) of the coach's latest answer, under the conditions of
    `recent_article`, else None."""
    users = 0
    for event in reversed(tracker.events or []):
        kind = event.get("event")
        if kind == "user":
            users += 1
            text = str(event.get("text") or "")
            aside = payloads.is_payload(text) or len(text.split()) <= ASIDE_WORDS
            if users > 1 and (users > ASIDES + 1 or not aside or text == payloads.greet()):
                return None  # a /start or /restart in between starts afresh
        elif kind == "bot" and users >= 1:
            custom = (event.get("data") or {}).get("custom") or {}
            if custom.get("type") in ("source", ABOUT) and custom.get("id"):
                return custom
            if custom.get("type") == "offer":
                return None
    return None


def _message_of(event: dict) -> dict:
    """A bot event as the message the user saw: its text, buttons and note (custom)."""
    data = event.get("data") or {}
    return {
        "text": str(event.get("text") or data.get("text") or ""),
        "buttons": list(data.get("buttons") or []),
        "custom": data.get("custom") or {},
    }


def last_messages(tracker: Tracker) -> list[dict]:
    """The coach's messages in reply to the user's previous message, in the order sent, each
    as {"text", "buttons", "custom"}; [] when there is none."""
    return [_message_of(event) for event in reversed(last_bot_events(tracker))]


def recent_answer(tracker: Tracker) -> tuple[dict, dict] | None:
    """The coach's latest answer with an article, under the conditions of `recent_article`:
    its source note (id, lang, view) and the message that showed it, the latest with a
    text before the note ({"text", "buttons", "custom"}); None when there is none."""
    note = recent_note(tracker)
    if note is None:
        return None
    seen = False
    for event in reversed(tracker.events or []):
        if event.get("event") == "user" and seen:
            return None  # no text sent with the note
        if event.get("event") != "bot":
            continue
        message = _message_of(event)
        if (event.get("data") or {}).get("custom") is note:  # the very note `recent_note` found
            seen = True
        elif seen and message["text"].strip():
            return note, message
    return None


# How many of the user's messages back the question an answer was for is looked for
QUESTION_BACK = 4


def question_asked_before(tracker: Tracker) -> str | None:
    """The user's latest question before the latest message: the last of their messages (at
    most QUESTION_BACK back) that is neither a button press, a short aside (ASIDE_WORDS words
    at most: "3", "ok") nor a request for words ("wat zeg ik letterlijk dan"); None when there
    is none, or a /start or /restart comes first. "ja mijn situatie is anders, ..." after "hoe
    leg ik uit dat het niet vergoed wordt", "3" and "wat zeg ik letterlijk dan" -> the first."""
    users = 0
    for event in reversed(tracker.events or []):
        if event.get("event") != "user":
            continue
        users += 1
        text = str(event.get("text") or "")
        if users == 1:
            continue  # the latest message itself
        if users > QUESTION_BACK + 1 or text.strip() in (payloads.greet(), "/restart"):
            return None
        if payloads.is_payload(text) or len(text.split()) <= ASIDE_WORDS or asks_for_wording(text):
            continue
        return text
    return None


# the view of an employee's tip (actions/coaching.py TIP_VIEW): one step of the article
TIP_VIEW = "tip"


def tip_step_shown(tracker: Tracker, article_id: str) -> bool:
    """Whether the coach's latest answer with `article_id` (`recent_note`, or across an offer or a
    refusal: `_source_notes`) was an employee's tip: one step of it (its note's view TIP_VIEW).
    "vertel meer" then asks for the whole article, which `next_view` gives (the card)."""
    notes = [n for n in [recent_note(tracker), *_source_notes(tracker)] if n]
    return next((n.get("view") for n in notes if n.get("id") == article_id), None) == TIP_VIEW


def answered_article(tracker: Tracker) -> str | None:
    """The article the coach answered the user's previous message with (its source note), or
    the one before replies that named no article (`_source_notes`), or None."""
    return next((str(n["id"]) for n in _source_notes(tracker)), None)


def tip_article(tracker: Tracker) -> str | None:
    """The article a request for another tip ("nog een tip", "one more tip") asks more of:
    the coach's latest answer (`recent_article`), also across an offer or a refusal since
    (`answered_article`): after an offer, "nog een tip" got a coaching tip for team leaders
    (helper round of stop 54). None when there is none."""
    return recent_article(tracker) or answered_article(tracker)


# Words that only say the situation goes on ("blijft", "nog steeds", "keeps", "again"). In a
# continuation they name no topic, and an article that uses them often drew the message:
# "en als hij dan blijft roepen?" after an angry customer went to time-pressure (a caller who
# "blijft praten"), "en als hij blijft aandringen op korting?" after a price objection too
# (tester round of stop 28).
PERSISTENCE = re.compile(
    r"\b(?:blijft|blijven|bleef|bleven|nog\s+steeds|nog\s+altijd|steeds|telkens|alsmaar|weer|opnieuw"
    r"|keeps?(?:\s+on)?|kept|still|again|continues?\s+to|goes\s+on)\b",
    re.IGNORECASE,
)


def continuation_topic(text: str) -> str:
    """`text` without the words that only say the situation goes on (PERSISTENCE) and
    without a request for words (WORDING: "hoe zeg ik dat netjes" named saying no kindly by
    "zeg ... netjes"); "" when the message only asks for words ("script?": nothing to judge
    it on), else `text` itself when nothing else is left."""
    topic = " ".join(WORDING.sub(" ", PERSISTENCE.sub(" ", text)).split())
    if topic.strip(" ?!.,"):
        return topic
    return "" if WORDING.search(text) else text


# A runner-up within this share of the first result's score is a near tie.
NEAR_TIE = 0.75

# A topic that names a situation in at least this many words of its own can be read by the
# whole message: "pax furious, flight cxl" says enough, "netjes" or "tegen hem" do not.
NAMED_WORDS = 2


# A runner-up within this share of the first result's score ranks as high: a tie.
TIE = 0.97


def _first_or_tied(article_id: str, ranked: Sequence[Result]) -> bool:
    """Whether `ranked` (best first) puts `article_id` first, or second within TIE of the
    first's score ("pax furious, flight cxl": recovery 0.795, angry-customer 0.794)."""
    if ranked[0].id == article_id:
        return True
    return len(ranked) > 1 and ranked[1].id == article_id and ranked[1].score >= TIE * ranked[0].score


def names_another(
    decision: Decision | None, article_id: str, topic: str, topic_ranked: Sequence[Result] = ()
) -> bool:
    """Whether a continuation names another situation after all: the whole message
    confidently answers with another article, which the `topic` alone (best first in
    `topic_ranked`) also ranks first or ties for first (_first_or_tied), and the topic has at
    least NAMED_WORDS words that are not request or pointing words. "pax furious, flight cxl,
    what do i say" after another answer: the topic alone was unsure (0.12) so the old article
    stayed, although the whole message answers the angry-customer article at 0.95 (tester
    round of stop 42)."""
    if decision is None or decision.outcome != "answer" or not decision.results:
        return False
    best = decision.results[0].id
    if best == article_id or not topic_ranked or not _first_or_tied(best, topic_ranked):
        return False
    words = re.findall(r"[^\W\d_]+", topic.casefold())
    return sum(w not in _NO_TOPIC and w not in POINTING_BACK for w in words) >= NAMED_WORDS


# a continuation about what a person does next: "and what if he posts ...", "en als ze dan ..."
_PERSON_ACTS = re.compile(
    r"\b(?:als|if|as)\s+(?:(?:dan|then|nu|now|toch)\s+)?(?:hij|zij|ze|he|she|they|em|ie)\b", re.IGNORECASE
)


# the person's act points back at what was discussed ("en als ze het dan toch fout doen?", "and what if
# they get it wrong anyway?": after the empowerment card an offer dropped it, fresh tester of stop 69):
# the same matter, not one of its own ("and what if he posts a bad review online?")
_ACTS_ON_IT = re.compile(
    r"\b(?:als|if|as)\s+(?:(?:dan|then|nu|now|toch)\s+)?(?:hij|zij|ze|he|she|they|em|ie)\s+"
    r"(?:(?:dan|toch|nu|weer|then|still|now)\s+)*(?:\w+\s+)?(?:het|'t|dat|da|dit|it|that|this)\s+"
    r"(?:(?:dan|toch|nu|weer|alsnog|then|still|anyway)\s+)*"
    r"(?:fout|verkeerd|mis|slecht|niet\s+goed|wrong|badly|bad|up|niet|not)\b",
    re.IGNORECASE,
)


def continues(
    decision: Decision | None, article_id: str, ranked: Sequence[Result] = (), text: str = ""
) -> bool:
    """Whether a continuation stays with `article_id`: unless the search refers it to a
    work matter or confidently answers with another article ("en als hij me dan bedreigt?")
    while `article_id` is not the runner-up of the `ranked` results (best first) within
    NEAR_TIE of the first's score: the conversation breaks a near tie ("en als hij dan nog
    steeds blijft roepen?" after an angry customer ranked the queue article a little higher,
    0.83 against 0.90; tester round of stop 27), not a clear lead ("en als hij me dan gaat
    filmen met zijn gsm?": the line-crossing article 1.0, angry-customer second at 0.34)."""
    if decision is None:
        return True
    if decision.referral is not None:
        return False
    if (
        decision.outcome == "offer"
        and _PERSON_ACTS.search(text)
        and not _ACTS_ON_IT.search(text)
        and ranked
        and article_id not in {r.id for r in ranked[:3]}
    ):
        # what the person does next, a matter the search places far from the article: "and what
        # if he posts a bad review online?", "and if he asks for a refund?" after an angry
        # customer got its example (verifier round of stop 54); the offer answers it. "and if
        # it's a regular customer?" varies the situation and goes on with the article.
        return False
    if not (decision.outcome == "answer" and decision.results and decision.results[0].id != article_id):
        return True
    if len(ranked) < 2 or ranked[1].id != article_id:
        return False
    return ranked[1].score >= NEAR_TIE * ranked[0].score


# Who or what a continuation is about, when it points back to the situation just discussed:
# a pronoun or demonstrative ("en als hij ...", "and if it's ...", "en als die klant ..."), or
# the asker ("en als ik het niet mag beslissen"). Any other subject names a party or matter
# of its own: "en als mijn collega ...", "en als de passagiers ...", "and what if the customer
# then posts ...", "what if there is ..." (possessives of others too: "zijn vrouw", "her boss").
_POINTING_SUBJECTS = frozenset(
    str.split(
        "hij zij ze die dat dit deze het hem ik je jij u we wij men zo'n zoiets zulke "
        "em ie m ge gij "  # informal and Flemish: "en as em ...", "en als ie ...", "en als ge ..."
        "he she they it that this these those i you we him them one such"
    )
)
# Dutch "je" (you, your) and "het" (it, the) point back unless a party follows them
_ARTICLE_OR_PRONOUN = frozenset({"je", "het"})
_PARTY = re.compile(
    r"collega'?s?|leidinggevenden?|baas|bazen|manager|managers|team|teamleider|chef|werkgever|directeur|"
    r"directie|afdeling|organisatie|bedrijf|klant|klanten|passagiers?|gast|gasten|pati[eë]nten?|"
    r"bezoekers?|beller|bellers|reizigers?|partner|vrouw|man|collegaatje"
)
# words that may stand between "en als" / "and if" and the subject
_BEFORE_SUBJECT = frozenset(
    str.split("dan nu toch ook opeens ineens plots weer nog then now still also suddenly again later daarna")
)


def names_its_own_subject(text: str) -> bool:
    """Whether `text` is a continuation (CONTINUATION) whose subject does not point back
    (_POINTING_SUBJECTS) but names a party or matter of its own: "en als mijn collega steeds
    te laat komt", "and what if the customer then posts a bad review online", "en als er een
    rij staat". False for "en als hij dan nog steeds boos is", "and if that doesn't work?",
    "en als ik het niet mag beslissen", "en dan?" and for a message that is no continuation."""
    match = CONTINUATION.search(text)
    if match is None or asks_for_wording(text):
        return False  # "en als verhaal?": the article just given, told as a story
    if re.search(r"(?:what\s+if|wat\s+als|stel\s+dat)\s+\w+$", match.group(0), re.IGNORECASE):
        return False  # "what if he ...", "stel dat ze ...": a pronoun by CONTINUATION itself
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", text[match.end() :].casefold())
    words = [w for w in words if w not in _BEFORE_SUBJECT]
    if not words:
        return False  # "en dan?", "and if?"
    subject = re.sub(r"['’](?:s|m|re|ll|d|ve)$", "", words[0])  # "it's", "i'm", "he'll"
    if subject in _ARTICLE_OR_PRONOUN and len(words) > 1 and _PARTY.fullmatch(words[1]):
        return True  # "en als je collega ...", "en als het team ...": a party of its own
    return subject not in _POINTING_SUBJECTS


def tells_a_new_matter(
    text: str, decision: Decision | None, article_id: str, ranked: Sequence[Result] = ()
) -> bool:
    """Whether a continuation of `article_id` tells a new matter after all: it names a
    subject of its own (`names_its_own_subject`) and the search on what it names (`decision`
    on `ranked`, best first) does not confidently answer with `article_id` (first or tied
    for first: _first_or_tied): then it is a question of its own, answered, offered or
    refused as any other ("en als de passagiers gaan klagen bij de centrale over mij", "en
    als mijn collega steeds te laat komt", "and what if the customer then posts a bad review
    online": they got the previous article's example; helper round of stop 53). A
    continuation that points back ("en als hij dan nog steeds boos is") is judged by
    `continues`; one whose own subject is answered with the article ("en als de boze klant
    dan blijft schreeuwen?") goes on with it."""
    if not names_its_own_subject(text):
        return False
    sure = decision is not None and decision.outcome == "answer" and decision.referral is None
    return not (sure and ranked and _first_or_tied(article_id, ranked))


# A message of at least this many words that is no continuation and does not start by
# pointing back ("hij ...", "that ...") is a new question of its own, even when it lands on
# the article just given: "customer on the phone wont stop talking and theres a queue, how do
# i end the call politley" after the time-pressure card wants that card's advice, not its
# example (tester round of stop 30). Follow-ups without a continuation word are short ("hij
# blijft maar roepen") or point back.
NEW_QUESTION_WORDS = 10
_POINTING_BACK_NL = (
    "hij zij ze die dat dit het hem haar zo toen daarna dan nu maar en of ok oké ja nee toch nog"
)
_POINTING_BACK_EN = "he she they it that this then now but and or okay yes no still so"
POINTING_BACK = frozenset(f"{_POINTING_BACK_NL} {_POINTING_BACK_EN}".split())

# "what if the angry customer still keeps shouting after that", "stel dat de klant ...": a
# supposition goes on from the situation just discussed.
HYPOTHETICAL = re.compile(
    r"^\W*(?:what\s+if|wat\s+als|stel\s+(?:dat|nou|je)|suppose|if|als)\b", re.IGNORECASE
)


# A shorter message is a question of its own when it opens with a subject of its own and
# nothing in it points back: "klant is boos omdat zijn bestelling niet compleet was", "klnat is
# heel bozz wat moet ik doen" right after the angry-customer card got its example and its
# meaning (tester round of stop 64). "hoe zeg ik dat?", "de klant luistert niet", "klant is nu
# nog bozer", "ik heb dat al geprobeerd" stay follow-ups.
OWN_SUBJECT_WORDS = 6
# words that start a follow-up rather than a subject: the asker, a question word, a request
_NO_SUBJECT = frozenset(
    str.split(
        "ik k je jij u we wij men i you we hoe wat wa waarom wanneer welke wie waar kan kun mag moet zal "
        "how what why when which who where can could may should shall would geef toon vertel laat give show "
        "tell let is are was does do"
    )
)
# words anywhere in it that tie it to what was said: "nu", "nog", "weer", "then", "again"
_TIED_BACK = frozenset(
    str.split(
        "hij zij ze die dat dit hem haar toen daarna dan nu nog weer opnieuw daar daarmee zo "
        "he she they it that this them then now still again there"
    )
)


def _opens_with_own_subject(words: list[str], text: str) -> bool:
    """Whether a message of at least OWN_SUBJECT_WORDS words opens with a subject of its own
    (not the asker, a question word or a request: _NO_SUBJECT; not POINTING_BACK) and no word
    of it ties it to what was said (_TIED_BACK, PERSISTENCE, a request for words)."""
    if len(words) < OWN_SUBJECT_WORDS or words[0] in _NO_SUBJECT or words[0] in POINTING_BACK:
        return False
    if any(w in _TIED_BACK for w in words) or PERSISTENCE.search(text) or asks_for_wording(text):
        return False
    return not (asks_for_another_tip(text) or asks_for_one_more(text) or asks_to_tell_more(text))


def is_new_question(text: str) -> bool:
    """Whether `text` reads as a question of its own rather than a follow-up on the previous
    answer: no continuation (CONTINUATION) or supposition (HYPOTHETICAL), and either at least
    NEW_QUESTION_WORDS words whose first does not point back (POINTING_BACK), or a shorter one
    that opens with a subject of its own (`_opens_with_own_subject`)."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    if not words or CONTINUATION.search(text) or HYPOTHETICAL.search(text) or tells_what_was_done(text):
        return False  # "..., ik heb het vorige week in de groep gezegd": what was done about it
    if len(words) < NEW_QUESTION_WORDS:
        return _opens_with_own_subject(words, text)
    return words[0] not in POINTING_BACK


def asked_anew(tracker: Tracker, article_id: str) -> bool:
    """Whether the coach answered the user's previous message with `article_id` (or the one
    before replies that named no article: `_source_notes`) and the latest message is a new
    question (`is_new_question`) landing on it again, not that message again: then the card
    is given once more, with a line that it is the same topic."""
    if not any(n["id"] == article_id for n in _source_notes(tracker)) or _sent_again(tracker):
        return False
    return is_new_question(" ".join(str(tracker.latest_message.get("text") or "").split()))


def _sent_again(tracker: Tracker) -> bool:
    """Whether the latest message is the user's previous one again (a re-send, or a retry
    after a network error), ignoring case and spacing; never for an edit (`edit_of`)."""
    if edit_of(tracker) is not None:
        return False
    latest = " ".join(str(tracker.latest_message.get("text") or "").split()).casefold()
    previous = " ".join((previous_user_text(tracker) or "").split()).casefold()
    return latest == previous


def _same_text(text: str) -> str:
    """`text` as a re-send is compared: case, spacing and the closing marks ("?", "!!") aside."""
    return " ".join(text.split()).casefold().rstrip("?!. ")


def times_sent(tracker: Tracker) -> int:
    """How many times in a row the user sent the latest typed message (`_same_text`): 1 for a
    message unlike the one before, 2 for a re-send, 3 for the third; 0 for a button's
    payload (a press of the same button again asks for the same again)."""
    latest = str(tracker.latest_message.get("text") or "")
    if not latest.strip() or payloads.is_payload(latest):
        return 0
    if edit_of(tracker) is not None:
        return 1  # an edit replaces its message: never "sent again" (stop 60)
    said = _same_text(latest)
    count, seen = 0, set()
    for event in reversed(tracker.events or []):
        if event.get("event") != "user":
            continue
        if _same_text(str(event.get("text") or "")) != said:
            break
        # a channel's retry of one message (its reply was lost) carries the same message id:
        # one message, however often it reached Rasa
        sent = message_id_of(event.get("metadata"))
        if sent is not None and sent in seen:
            continue
        seen.add(sent)
        count += 1
    return max(count, 1)  # the tracker may not hold the latest message yet


# What the coach shows of one article, in turn, while follow-ups keep landing on it.
VIEWS = ("card", "example", "meaning")


WORDING_PROMISED = {"type": "wording_promised"}


def wording_promised(tracker: Tracker) -> bool:
    """Whether the coach's reply to the previous message promised the words to use once the
    situation is known: "Kies eerst welk onderwerp het is, dan geef ik je de woorden" or "Bij
    welke situatie wil je de woorden?" (its note WORDING_PROMISED, kept on an offer made to
    the situation typed next). Then the article picked or found next is answered with its
    example, not its card (tester round of stop 37)."""
    return any((r.get("custom") or {}).get("type") == WORDING_PROMISED["type"] for r in last_reply(tracker))


def next_view(tracker: Tracker, article_id: str) -> str:
    """ "card" unless the coach answered the user's previous message with `article_id` (its
    source note names it; also across replies since that named no article, such as an offer
    or a refusal: `_source_notes`) and the latest message is neither that message again nor
    a new question of its own (`asked_anew`); then the view
    after the one shown (its note's "view"; a note without one was the card): card ->
    example -> meaning -> card; after an employee's tip (TIP_VIEW: one step) the card."""
    text = str(tracker.latest_message.get("text") or "")
    notes = _source_notes(tracker)
    if not notes and asks_for_wording(text):  # "wat zeg ik dan precies?" after an aside (a 👍)
        notes = [n for n in [recent_note(tracker)] if n]
    shown = next((n.get("view") or "card" for n in notes if n["id"] == article_id), None)
    if shown is None or asked_anew(tracker, article_id):
        return "card"
    more = asks_for_another_tip(text) or asks_for_one_more(text) or asks_to_tell_more(text)
    if _sent_again(tracker) and not more:
        return shown  # a re-send or a retry: the user may not have seen the answer ("nog een tip"
        # twice asks for more twice)
    seen = views_shown(tracker, article_id, across_others=more)
    if asks_for_wording(text):
        # "wat zeg ik dan precies?": the example says it in words; after the example, the
        # tips (their quoted sentences); both shown already: "card", and `all_shown` says so
        return "card" if shown == "example" or "example" in seen else "example"
    if shown not in VIEWS:
        return "card"
    # the next view not shown yet in this run of follow-ups: "nog een tip" after card, example
    # and the card again got the example word for word (fresh tester of stop 67); all shown:
    # "card" (a tip request then says all is told, `all_shown`)
    after = [VIEWS[(VIEWS.index(shown) + step) % len(VIEWS)] for step in range(1, len(VIEWS))]
    return next((view for view in after if view not in seen), "card")


# How far back a run of follow-ups on one article is read (user messages): beyond it, the
# article may be shown afresh.
FOLLOWUP_RUN = 8


def views_shown(tracker: Tracker, article_id: str, across_others: bool = False) -> set[str]:
    """The views of `article_id` ("card", "example", "meaning") the coach showed in the run of
    follow-ups on it that the latest message continues: its source notes back to the first
    answer with another article, a /start, /restart, the start of a self-check or a new
    session, at most FOLLOWUP_RUN user messages back. `across_others`: past answers with other
    articles too, for a request for more ("nog een tip" after the card came back, with the
    example shown before another article between, got that example again: fresh tester of
    stop 69)."""
    seen: set[str] = set()
    users = 0
    for event in reversed(tracker.events or []):
        kind = event.get("event")
        if kind in ("restart", "session_started"):
            break
        if kind == "user":
            users += 1
            text = str(event.get("text") or "")
            if users > 1 and (users > FOLLOWUP_RUN or text == payloads.greet() or _starts_a_selfcheck(event)):
                break
        elif kind == "bot":
            custom = (event.get("data") or {}).get("custom") or {}
            if custom.get("type") == "source" and custom.get("id"):
                if custom["id"] != article_id:
                    if across_others:
                        continue
                    break
                seen.add(custom.get("view") or "card")
    return seen


def all_shown(tracker: Tracker, article_id: str, view: str) -> bool:
    """Whether `view`, the view `next_view` chose for a follow-up on `article_id`, is the card
    although it was shown in this run already, as were the other views asked for: every part
    was shown, and showing the card again repeats it word for word. Not for a re-send, nor for
    a new question landing on the article (`asked_anew`: "same topic" and the card)."""
    if view != "card" or _sent_again(tracker) or asked_anew(tracker, article_id):
        return False
    if not any(n["id"] == article_id for n in _source_notes(tracker)):
        return False
    return "card" in views_shown(tracker, article_id)


def view_for_words(tracker: Tracker, art: Article) -> str:
    """The view that gives the words a request naming its situation (`asks_for_words_about`)
    asks for, when the search lands on `art`: on the article of the coach's latest answer
    (`recent_note`, or across an offer or a refusal: `_source_notes`) its words ("example":
    the example's sentences, else the tips' own), not its card again ("what do i say exactly
    when they walk up to the desk" after service recovery got "This question also falls
    under ..." and the card; tester round of stop 55); on another article (a new question) its
    card, whose tips lead with what to do and say ("een klant belt boos, wat moet ik zeggen":
    stop 62), and its example only when the sentences themselves are asked for
    (`asks_for_the_words_themselves`: "wat zeg ik letterlijk tegen ...") and it has them.
    "card" when those words were just shown."""
    notes = [n for n in [recent_note(tracker), *_source_notes(tracker)] if n]
    shown = next((n.get("view") or "card" for n in notes if n.get("id") == art.id), None)
    if shown == "example":
        return "card"
    if shown is not None:
        return "example"
    text = str(tracker.latest_message.get("text") or "")
    return "example" if asks_for_the_words_themselves(text) and example_has_words(art) else "card"


# a sentence said out loud in an example: at least two words between quotes ("Dat snap ik.",
# ‘Wat fijn dat u belt’); an example that is a story without one shows no words to use. A
# straight apostrophe is no quote: "'s middags ... zo'n" and "doesn't ... isn't" were read as
# speech, and a story without a sentence to say was shown as "Zo kun je het zeggen" (stop 41)
_QUOTED_SPEECH = re.compile(r"[“\"‘][^”\"’\n]*\w+\W+\w+[^”\"’\n]*[”\"’]")


def example_has_words(art: Article) -> bool:
    """Whether the article's example holds a sentence to say (in quotes): then a request for
    words that names its situation gets the example; else the card, whose tips say more."""
    section = art.section("example")
    return section is not None and _QUOTED_SPEECH.search(section.text) is not None


# a sentence in double quotes (an apostrophe, as in "zo'n" or "'s avonds", is no quote), of
# at least SAID_MIN_WORDS words: "onvriendelijk" is a word quoted, not a sentence to say
_SAID = re.compile(r"“[^”\n]+”|\"[^\"\n]+\"")
SAID_MIN_WORDS = 3
# A quote right after these words is what not to say: `Say "I'll sort it" rather than
# "that's another department"` (tester round of stop 41: both were offered as sentences).
_NOT_TO_SAY = re.compile(
    r"\b(?:rather\s+than|instead\s+of(?:\s+saying)?|in\s+plaats\s+van(?:\s+alleen)?(?:\s+te\s+zeggen)?|"
    r"niet\s+met|niet|nooit|never|not(?:\s+by\s+asking)?|avoid(?:\s+saying)?|vermijd|zeg\s+niet|"
    r"don'?t\s+say|without(?:\s+hiding\s+behind)?|zonder(?:\s+je\s+te\s+verschuilen\s+achter)?|"
    r"in\s+plaats\s+van\s+alleen|geen|no)\s*[:,]?\s*$",
    re.IGNORECASE,
)


def practice_sentences(art: Article) -> list[str]:
    """The sentences to say quoted in the article's tips ("Wat je morgen anders doet"), in
    their quotes, in order; [] when the tips quote none."""
    section = art.section("practice")
    if section is None:
        return []
    text = section.text
    to_say = (m for m in _SAID.finditer(text) if not _NOT_TO_SAY.search(text[: m.start()]))
    quoted = (" ".join(m.group(0).split()) for m in to_say)
    return [q for q in quoted if len(q.split()) >= SAID_MIN_WORDS]


def paragraphs(text: str) -> str:
    """A section's `text` as plain paragraphs (no markdown), each on one line, blank-line apart."""
    return "\n\n".join(plain(" ".join(p.split())) for p in text.split("\n\n") if p.strip())


def followup_text(art: Article, lang: str, view: str = "example", wording: bool = False) -> str | None:
    """The reply to a follow-up on `art` for `view` ("example" or "meaning"): a line that it
    is still about this article (`wording`: asked for the words to use, the example shows
    them), that section, an invitation to say what is different and the source line. None
    when the article has no such section (then the card is sent)."""
    section = art.section(view)
    if section is None or not section.text.strip():
        return None
    if wording and view == "example" and not example_has_words(art):
        # the example is a story without a sentence to say: the tips' own sentences, or
        # honestly none (tester round of stop 40: "Zo kun je het zeggen" above a story)
        sentences = practice_sentences(art)
        if sentences:
            return "\n\n".join(
                [
                    t("followup_words_from_tips", lang, title=art.title),
                    "\n".join(f"• {s}" for s in sentences),
                    t("followup_more", lang),
                    t("source", lang, title=art.title, id=art.id),
                ]
            )
    intro = ("followup_wording" if wording else "followup_intro") if view == "example" else "followup_meaning"
    if intro == "followup_wording" and not example_has_words(art):
        intro = "followup_no_words"
    return "\n\n".join(
        [
            t(intro, lang, title=art.title),
            paragraphs(section.text),
            t("followup_more", lang),
            t("source", lang, title=art.title, id=art.id),
        ]
    )


# A question what not to say or do, right after an answer: "en wat moet ik juist niet
# zeggen?" was read as a request for words and got the same example again (tester round of
# stop 42).
_AVOID_REQUEST = re.compile(
    r"\b(?:"
    r"(?:wat|wa|wt)\s+(?:moet|kan|mag|zou|zeg|doe)\s+(?:ik|je|jij)\s+(?:\w+\s+){0,3}?(?:niet|nooit|beter\s+niet)"
    r"(?:\s+\w+){0,2}?\s*(?:zeggen|doen|zeg|doe)?\b"
    r"|wat\s+(?:moet|kan)\s+(?:ik|je)\s+(?:\w+\s+){0,2}?vermijden|(?:wat|welke\s+\w+)\s+(?:vermijd|vermijden)"
    r"|wat\s+(?:niet|nooit)\s+(?:te\s+)?(?:zeggen|doen)|dingen\s+om\s+te\s+vermijden|do'?s\s+(?:and|en|&)\s+don'?ts|valkuilen"
    r"|what\s+(?:should|shouldn'?t|must|mustn'?t|do|can)\s+(?:i|you|we)\s+(?:\w+\s+){0,2}?"
    r"(?:not|never|avoid)(?:\s+\w+){0,2}?\s*(?:say|saying|do|doing)?\b"
    r"|what\s+(?:shouldn'?t|mustn'?t|not\s+to)\s+(?:i\s+|you\s+)?(?:say|do)\b|what\s+to\s+avoid|things\s+to\s+avoid|don'?ts\b|pitfalls"
    r"|(?:anything|something|things?|what)\s+(?:(?:that\s+)?i\s+)?(?:should|must|need\s+to|have\s+to|better)\s+(?:not\s+)?avoid"
    r"|(?:iets|dingen|wat)\s+(?:wat|dat|die)?\s*(?:ik|je)\s+(?:beter\s+)?(?:moet|kan|mag)\s+(?:\w+\s+)?(?:vermijden|laten)"
    r")",
    re.IGNORECASE,
)
AVOID_WORDS = 12  # longer messages are new questions


def asks_what_to_avoid(text: str) -> bool:
    """Whether `text` asks what not to say or do (in at most AVOID_WORDS words)."""
    return len(text.split()) <= AVOID_WORDS and _AVOID_REQUEST.search(text) is not None


_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[”\"’]?|$)")
# A tip that says what not to do, as an imperative: "Don't interrupt", "Never ...", "Avoid
# ...", "Vermijd vakjargon", "Beloof niets ...", "Neem het niet over ..."; a clause after a
# comma or colon counts too ("..., and don't promise ..."). A negation elsewhere does not:
# "You are the face of the organisation, not the culprit", "Het bedrag hoeft niet groot te
# zijn" (tester round of stop 42: such sentences were listed as things to avoid).
_IMPERATIVE_DONT = re.compile(
    r"^(?:"
    r"(?:don'?t|do\s+not|never|avoid|stop)\b"
    r"|(?:niet|nooit|niets|geen|vermijd|voorkom)\b"
    r"|(?:zeg|beloof|ga|neem|geef|doe|spreek|vat|laat|wacht|stel|wees|praat|reageer|schuif|verschuil|leg|"
    r"gebruik|verwijs|onderbreek|vraag|kom|maak|verdedig|discussieer|speel|wijs|raak)\b"
    r"[^?,:;]{0,40}?\b(?:niet|nooit|niets|geen)\b"
    r")"
    r"|[,;:]\s*(?:and\s+|en\s+|but\s+|maar\s+)?(?:don'?t|do\s+not|never|avoid|vermijd|nooit)\b",
    re.IGNORECASE,
)
AVOID_MAX = 5


def sentences_to_avoid(art: Article) -> list[str]:
    """The sentences of the article's tips ("Wat je morgen anders doet") that say what not to
    say or do, in order, at most AVOID_MAX; [] when there are none: a sentence with a
    sentence not to say (`_NOT_TO_SAY` before a quote: "... in plaats van “ik moet even
    overleggen”") or with a negative imperative (`_IMPERATIVE_DONT`). A question ("Staat een
    regel tussen jou en een oplossing?") is never one."""
    section = art.section("practice")
    if section is None:
        return []
    lines = (line.strip().lstrip("-•* ").strip() for line in section.text.splitlines())
    found = []
    for line in lines:
        for m in _SENTENCE.finditer(line):
            sentence = " ".join(m.group(0).split())
            if not sentence or sentence.rstrip('”"’').endswith("?"):
                continue
            quotes_to_avoid = any(_NOT_TO_SAY.search(sentence[: q.start()]) for q in _SAID.finditer(sentence))
            if quotes_to_avoid or _IMPERATIVE_DONT.search(sentence):
                found.append(sentence)
    return found[:AVOID_MAX]


# == How it could have been prevented (stop 68) ================================================
# A question how what was just told could have been prevented, right after an answer: "hoe had ik
# dat kunnen voorkomen eigenlijk?" after the angry customer's card on a bill 400 euro over the quote
# was refused (a fresh tester of stop 67: on its own it names nothing to search for). It is read
# with the question the answer was for and the plain words of prevention (PREVENTION_PLAIN): keeping
# promises and setting expectations beforehand, level 1 of the pyramid, unless the story itself
# points elsewhere. Only a short question that points back ("dat", "dit", "this") and names nothing
# of its own: "hoe voorkom ik dat klanten boos worden" is a question of its own.
_PREVENT = re.compile(
    r"\b(?:"
    r"hoe\s+(?:had|hadden|kon|kan|kun|kunnen)\s+(?:ik|'k|we|wij|je|jij|ge|gij)\s+(?:dat|dit|da|het|dees|zoiets)\s+"
    r"(?:\w+\s+)?(?:kunnen\s+|moeten\s+)?(?:voorkomen|vermijden|voorkome|vermijde)"
    r"|(?:had|hadden|kon|kan|kun|kunnen)\s+(?:ik|'k|we|wij|je|jij|ge|gij)\s+(?:dat|dit|da|het)\s+(?:\w+\s+)?"
    r"(?:kunnen\s+)?(?:voorkomen|vermijden)"
    r"|hoe\s+(?:voorkom|vermijd|voorkomen|vermijden)\s+(?:ik|'k|we|wij|je|ge)\s+(?:dat|dit|da|het|zoiets)"
    r"|hoe\s+(?:kan|kun|kunnen|moet|moeten)\s+(?:ik|'k|we|wij|je|ge)\s+(?:dat|dit|da|het|zoiets)\s+(?:\w+\s+){0,3}?"
    r"(?:voorkomen|vermijden)"
    r"|wat\s+(?:had|hadden|moet|moest|kan|kon|zou)\s+(?:ik|'k|we|wij|je|ge)\s+(?:\w+\s+){0,2}?anders\s+"
    r"(?:\w+\s+)?(?:moeten\s+|kunnen\s+)?(?:doen|aanpakken|zeggen)"
    r"|hoe\s+zorg\s+(?:ik|'k|we|je)\s+(?:ervoor\s+)?dat\s+(?:dat|dit|da|het|zoiets)\s+(?:\w+\s+){0,2}?"
    r"(?:niet\s+meer|nooit\s+meer|niet\s+nog\s+eens|niet\s+opnieuw|niet\s+weer)\s+(?:\w+\s+)?(?:gebeurt|voorkomt|gebeuren)"
    r"|how\s+(?:could|can|should|would|do|did|might)\s+(?:i|we|you)\s+(?:have\s+)?"
    r"(?:avoid(?:ed)?|prevent(?:ed)?|stop(?:ped)?)\s+(?:this|that|it|something like (?:this|that))"
    r"|(?:could|can|should|might)\s+(?:i|we)\s+have\s+(?:avoided|prevented|stopped)\s+(?:this|that|it)"
    r"|what\s+(?:should|could|would|might)\s+(?:i|we)\s+have\s+done\s+(?:\w+\s+)?differently"
    r"|what\s+(?:should|could|can|do)\s+(?:i|we)\s+do\s+differently"
    r"|how\s+(?:do|can|could)\s+(?:i|we)\s+(?:stop|keep)\s+(?:this|that|it)\s+(?:from\s+)?happening"
    r")",
    re.IGNORECASE,
)
# words that may stand around the question and name nothing of their own
_PREVENT_FILLER = frozenset(
    str.split(
        "eigenlijk achteraf dan de het volgende keer in toekomst voortaan nog eens opnieuw ok oke oké okay "
        "maar en hmm ja nee dus beter zelf wel toch nou eerder vooraf gewoon allee next time the future "
        "again happening from so but and then actually really better beforehand in advance earlier a bit on "
        "hindsight with sorry right yeah well hm er zo'n zoiets situatie situation such anyway"
    )
)
# the moment of the story the question is about, right after it (stop 69: "wat had ik anders moeten doen
# bij het uitgeven van de auto" was refused): a preposition, "de/het/the" and at most five words, nothing
# after; never a person or a clause of its own ("met die klant die schreeuwde", "bij een boze klant" ask
# about someone: questions of their own)
_PREVENT_MOMENT = re.compile(
    r"^\s*,?\s*(?:bij|tijdens|aan|op|na|with|at|during|on)\s+(?:de|het|'t|the)\s+"
    r"(?:[^\s?!.,]+\s+){0,4}[^\s?!.,]+\s*[?!.]*\s*$",
    re.IGNORECASE,
)
_PREVENT_NOT_A_MOMENT = re.compile(
    r"\b(?:klant\w*|customer\w*|gast\w*|guest\w*|pati[eë]nt\w*|client\w*|cli[eë]nt\w*|man|vrouw|mevrouw|meneer|"
    r"collega\w*|colleague\w*|die|dat|wie|who|that|which|whose)\b",
    re.IGNORECASE,
)
PREVENT_WORDS = 14  # longer messages are questions of their own
PREVENTION_PLAIN = {
    "nl": "Hoe voorkom je dit vooraf: beloof alleen wat je kunt waarmaken, zet verwachtingen goed en laat "
    "het op tijd weten.",
    "en": "How do you prevent this beforehand: promise only what you can deliver, set expectations and let "
    "them know in time.",
}


def asks_how_to_prevent(text: str) -> bool:
    """Whether `text` asks how what was just told could have been prevented (_PREVENT) and names
    nothing of its own (every other word a _PREVENT_FILLER), in at most PREVENT_WORDS words:
    "hoe had ik dat kunnen voorkomen eigenlijk?", "how could I have avoided this?", "wat had ik
    anders moeten doen"; not "hoe voorkom ik dat klanten boos worden"."""
    if len(text.split()) > PREVENT_WORDS:
        return False
    found = _PREVENT.search(text)
    if found is None:
        return False
    # "... bij het uitgeven van de auto", "... at the check-in": the moment it is about may follow
    after = text[found.end() :]
    if not _PREVENT_NOT_A_MOMENT.search(after):
        after = _PREVENT_MOMENT.sub(" ", after)
    rest = (text[: found.start()] + " " + after).lower()
    return all(word in _PREVENT_FILLER for word in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", rest))


def prevention_query(tracker: Tracker, text: str, lang: str) -> str | None:
    """For a question how it could have been prevented (`asks_how_to_prevent`) right after an
    answer or an offer of topics (`recent_article`, or across replies that named no article:
    `answered_article`): the
    question that answer was for (`question_asked_before`) with PREVENTION_PLAIN in `lang`, to be
    searched instead of `text`; else None."""
    if not asks_how_to_prevent(text):
        return None
    offered = any(m["custom"].get("type") == "offer" for m in last_messages(tracker))
    if not offered and (recent_article(tracker) or answered_article(tracker)) is None:
        return None
    before = question_asked_before(tracker)
    if before is None:
        return None
    return f"{before.rstrip(' .?!')}. {PREVENTION_PLAIN.get(lang, PREVENTION_PLAIN['en'])}"
