"""A message right after a danger line (knowledge/referrals.yml: emergency, fire, a robbery, ...)
that tells more of the same situation gets that topic's `then` line: what to do while it goes
on. Tester round of stop 56: after "een vrouw is net flauwgevallen in de wachtkamer" (the 112
line), "ze ligt op de grond maar ze praat weer" got a menu with "Omgaan met een boze klant"."""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.base import last_bot_events
from bot.content.referrals import Referral, load_referrals
from bot.engine import Decision
from bot.settings import get_settings


def danger_just_told(tracker: Tracker) -> Referral | None:
    """The danger topic whose `where` or `then` line (either language) the coach's last reply
    said, if it has a `then` line; else None."""
    said = [str(event.get("text") or "") for event in last_bot_events(tracker)]
    if not any(said):
        return None
    for topic in load_referrals(get_settings().knowledge_dir):
        if not (topic.danger and topic.then):
            continue
        lines = [*topic.where.values(), *topic.then.values()]
        if any(line and line in text for text in said for line in lines):
            return topic
    return None


# Someone or something of the scene: a person ("ze", "hij", "iedereen", "the guy") or a thing told
# with an article ("de deur", "the alarm"). A message without any ("amai ge zijt nie veel waard
# he", said to the coach; a clause-final "he" is the Dutch tag "hè") tells nothing more of the
# situation.
_OF_THE_SCENE = re.compile(
    r"\b(?:hij|zij|ze|hem|haar|zijn|die|dat|iemand|iedereen|niemand|mensen|allemaal|he(?!\s*(?:[.!?,;:]|$))|she|him|her|his|they|"
    r"them|their|someone|somebody|everyone|everybody|nobody|people|ppl|de|het|een|the|a|an)\b",
    re.IGNORECASE,
)


def answered_after_a_danger_line(
    dispatcher: CollectingDispatcher, tracker: Tracker, lang: str, decision: Decision | None
) -> bool:
    """Say the `then` line of the danger topic just told about when the latest message names
    no topic of its own and no article answers it (an offer or a refusal): it tells more of the
    same situation. True when it replied. A new question that an article answers ("hoe vang ik
    de andere klanten op") or a new danger (its own line) is answered as usual."""
    if decision is None or decision.outcome == "answer":
        return False
    text = str(tracker.latest_message.get("text") or "")
    if not _OF_THE_SCENE.search(text):
        return False  # said to the coach, not of the scene
    topic = danger_just_told(tracker)
    if topic is None:
        return False
    if decision.referral is not None and not tells_of_the_same_person(text, decision.referral, topic):
        return False  # a new danger, or another matter: its own line
    dispatcher.utter_message(text=topic.then[lang])
    return True


# Someone new in the scene: "er is iemand flauwgevallen", "nu ligt er nog een klant", "another
# guest fell". Without one, "ze ligt op de grond maar ze praat weer" is of the person just told about.
_SOMEONE_NEW = re.compile(
    r"\b(?:iemand|een|ene|ne|nog een|er\s+(?:is|ligt|zit|staat)|andere|ander|someone|somebody|a|an|another|"
    r"other|there\s+is|there's)\b",
    re.IGNORECASE,
)


def tells_of_the_same_person(text: str, named: Referral, told: Referral) -> bool:
    """Whether `text`, which names the danger topic `named`, tells more of the person the
    danger line `told` was about: the same topic, of someone already in the scene ("ze ligt op
    de grond maar ze praat weer" after the 112 line; stop 60 made "ligt op de grond" name the
    112 line itself), not of someone new ("er is iemand flauwgevallen bij de uitgang",
    `_SOMEONE_NEW`). The `then` line says to call 112 again if it gets worse."""
    return named.id == told.id and _SOMEONE_NEW.search(text) is None


def then_after_a_yes(dispatcher: CollectingDispatcher, tracker: Tracker, lang: str) -> bool:
    """Say the `then` line of the danger topic just told about when the latest message, which
    NLU read as a yes, tells of the scene ("ok ze gaat zo", "oké hij zit nu"; stop 58: it got
    "Mooi. Stel je vraag maar"). True when it replied; a bare "ok" or "ja" gets False."""
    if not _OF_THE_SCENE.search(str(tracker.latest_message.get("text") or "")):
        return False
    topic = danger_just_told(tracker)
    if topic is None:
        return False
    dispatcher.utter_message(text=topic.then[lang])
    return True
