"""A message right after a danger line (knowledge/referrals.yml: emergency, fire, a robbery, ...)
that tells more of the same situation gets that topic's `then` line: what to do while it goes
on. Tester round of stop 56: after "een vrouw is net flauwgevallen in de wachtkamer" (the 112
line), "ze ligt op de grond maar ze praat weer" got a menu with "Omgaan met een boze klant"."""

from __future__ import annotations

import re
from dataclasses import replace

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.base import last_bot_events
from bot.content.referrals import SERVED, Referral, load_referrals
from bot.dialogue.scene_turn import someone_new_calls, thanks_then_a_question, turn_at
from bot.engine import Decision
from bot.settings import get_settings


def _said(tracker: Tracker) -> list[str]:
    """The texts of the coach's last reply."""
    return [str(event.get("text") or "") for event in last_bot_events(tracker)]


SCENE_MINUTES = 30  # a danger line longer ago than this (or before a new session) is no scene going on


def _line_gone_by(tracker: Tracker) -> bool:
    """Whether the coach's last reply came before a new session (a restart or a session start between it
    and the latest message) or more than SCENE_MINUTES before the latest message (Rasa keeps a timestamp
    on every event). Fresh tester D4 of stop 69: a question asked the next morning is no news of
    yesterday's scene."""
    latest: float | None = None
    seen_user = False
    for event in reversed(tracker.events or []):
        kind = event.get("event")
        if kind == "user" and not seen_user:
            seen_user, latest = True, event.get("timestamp")
        elif kind == "user":
            return False
        elif seen_user and kind in ("session_started", "restart"):
            return True
        elif seen_user and kind == "bot":
            when = event.get("timestamp")
            return latest is not None and when is not None and latest - when > SCENE_MINUTES * 60
    return False


def danger_just_told(tracker: Tracker) -> Referral | None:
    """The danger topic whose `where` or `then` line (either language) the coach's last reply
    said, if it has a `then` line and that reply was not too long ago (`_line_gone_by`); else None."""
    said = _said(tracker)
    if not any(said) or _line_gone_by(tracker):
        return None
    for topic in load_referrals(get_settings().knowledge_dir):
        if not (topic.danger and topic.then):
            continue
        if any(line in text for text in said for line in topic.said_lines):
            return topic
    return None


# Someone of the scene: a person ("ze", "hij", "iedereen", "the guy"); a clause-final "he" is the
# Dutch tag "hè" ("amai ge zijt nie veel waard he", said to the coach).
_SOMEONE_OF_THE_SCENE = re.compile(
    r"\b(?:hij|zij|ze|hem|haar|iemand|iedereen|niemand|mensen|allemaal|he(?!\s*(?:[.!?,;:]|$))|she|him|her|"
    r"his|they|them|their|someone|somebody|everyone|everybody|nobody|people|ppl)\b",
    re.IGNORECASE,
)
# Something of the scene: a thing told with an article ("de deur", "the alarm"). A message without
# it or a person tells nothing more of the situation.
_SOMETHING_OF_THE_SCENE = re.compile(r"\b(?:zijn|die|dat|de|het|een|the|a|an)\b", re.IGNORECASE)
# What to do now, asked of the same situation: "wat nu?", "wat moet ik doen", "what do I do now"
_WHAT_NOW = re.compile(
    r"\b(?:wat nu|en nu|wat moet(?:en)? (?:ik|we|wij) (?:nu |dan )?doen|wat doe ik (?:nu|dan)|what now|"
    r"now what|what (?:do|should|can) (?:i|we) do)\b",
    re.IGNORECASE,
)
# Words of a danger scene itself: asked about ("waar is de AED?", "is the ambulance coming?"), they
# go on with it
_SCENE_WORDS = re.compile(
    r"\b(?:ambulance|ziekenwagen|aed|defibrillator|112|politie|police|brandweer|fire brigade|"
    r"firefighters|alarm|brandalarm|fire alarm|rook|smoke|vuur|fire|brand|bloed|bloedt|blood|bleeding|"
    r"adem|ademt|ademen|breathing|breathe|bewustzijn|conscious|ehbo|first aid|bhv|dader|daders|"
    r"overvaller|overvallers|robber|robbers|mes|knife|wapen|weapon|pistool|gun|verzamelplaats|"
    r"assembly point|nooduitgang|emergency exit|"
    # help for the person there, asked about (stop 64: "is er een dokter in de buurt?", "moet ik
    # reanimeren" got a refusal): a doctor, resuscitation, the recovery position, the pulse
    r"dokter|arts|huisarts|doctor|medic|medics|paramedic|paramedics|ambulancier|hulpdiensten|"
    r"hulpverleners|emergency services|reanimeren|reanimatie|hartmassage|cpr|zijligging|"
    r"recovery position|pols|pulse|flauwgevallen|flauwvallen|fainted|bewusteloos|unconscious|"
    # leaving the place, asked about (helper S of stop 65: "moeten we naar buiten?" right after the fire
    # line got "Daar kan ik je niet mee helpen"): outside, evacuating, the exits, the lift or the stairs
    r"naar buiten|buiten|ontruimen|ontruiming|evacueren|evacuatie|uitgang|uitgangen|lift|trap|"
    r"outside|evacuate|evacuation|exit|exits|lift|elevator|stairs|get out|leave the building)\b",
    re.IGNORECASE,
)
# The people close to the person in danger, as the subject of the message (the first words): "de
# moeder vraagt of het kind al gevonden is", "the dad is asking if we found her yet", "de oma staat
# te huilen bij de balie", "her parents want to know if there is news" (stop 67: offers or an
# article about relatives). Only as its subject: "klant wil een cadeau voor haar moeder" is not.
_CLOSE_ONE_FIRST = re.compile(
    r"^\W*(?:(?:en|and|nu|now|ok(?:é|e|ay)?|maar|but)\W+)?(?:(?:de|het|die|haar|zijn|hun|z'n|d'r|the|her|his|"
    r"their|its)\s+)?(?:moeder|mama|mams|vader|papa|paps|ouders|ouder|oma|opa|grootouders|tante|oom|"
    r"man|vrouw|partner|familie|familieleden|broer|broertje|zus|zusje|begeleider|begeleidster|"
    r"mother|mum|mom|mommy|mummy|father|dad|daddy|parents|parent|grandma|grandmother|granny|"
    r"grandpa|grandfather|grandparents|aunt|uncle|husband|wife|family|relatives|brother|sister|"
    r"carer|caregiver)\b",
    re.IGNORECASE,
)
# Asking news of the person in danger: "is het kind al gevonden?", "al iets gehoord?", "any news?",
# "have they found her yet", "klant vraagt of de vrouw weer bij is", "is the man okay?"
_NEWS = re.compile(
    r"\b(?:al (?:gevonden|terecht|boven water|opgedoken|iets gehoord|nieuws)|nog (?:steeds )?niet "
    r"(?:gevonden|terecht)|nieuws|(?:found|seen) (?:\w+ )?(?:yet|already)|been found|any news|"
    r"is there news|turned up|heard anything|weer bij(?: bewustzijn)?|weer wakker|"
    r"(?:(?:is|are) (?:he|she|they|the (?:man|woman|lady|gentleman|guy|child|kid|boy|girl))|"
    r"(?:he|she|they|the (?:man|woman|lady|gentleman|guy|child|kid|boy|girl)) (?:is|are)) "
    r"(?:ok|okay|alright|all right|awake|conscious)|how is (?:he|she|the \w+) doing)\b",
    re.IGNORECASE,
)
WHAT_NOW_WORDS = 6  # "wat moet ik nu doen?" alone; longer, it names a matter of its own
# Asking what the asker can do for the person there, or how long help takes: "kan ik iets doen?",
# "can I do anything?", "hoe lang duurt het nog?" (stop 64)
_CAN_I_HELP = re.compile(
    r"\b(?:kan ik (?:nog )?(?:iets|wat) doen|kan ik (?:nog )?helpen|moet ik (?:nog )?iets doen|"
    r"can i (?:do )?(?:anything|something)|can i help|should i do (?:anything|something)|"
    r"hoe ?lang duurt het(?: nog)?|how long (?:will|does|is) (?:it|this|that)|"
    r"how long until)\b",
    re.IGNORECASE,
)
# A question of its own: one that opens with a question word ("hoe laat is het?", "what's the wifi
# password for guests"), or someone who asks a fact ("burger vraagt hoe laat het stadhuis zaterdag
# open is"). Tester round of stop 63: such questions right after a danger line got its `then` line
# ("Take your time: breathe out slowly...", twice).
_A_QUESTION_OF_ITS_OWN = re.compile(
    r"^\W*(?:(?:ok(?:é|e|ay)?|oh|ah|trouwens|btw|by the way|and|en|maar|but|so|dus)\W+)*"
    r"(?:hoe|wat|wat's|waar|wanneer|wie|welke|welk|hoeveel|waarom|how|what|what's|whats|where|when|who|"
    r"which|why|kun|kan|kunt|mag|heb|hebben|hebt|weet|is|are|do|does|can|could|have|has)\b"
    r"|\b(?:vraagt|vroeg|vragen|wil weten|wilt weten|wou weten|asks|asked|asking|wants to know)\s+"
    r"(?:hoe|wat|waar|wanneer|wie|welke|hoeveel|of|how|what|where|when|who|which|whether|if)\b",
    re.IGNORECASE,
)


def continues_the_scene(text: str) -> bool:
    """Whether `text`, right after a danger line, tells more of the same situation: it speaks of
    someone there ("ze ligt op de grond maar ze praat weer", "everyone is outside now"), asks what
    to do now ("wat nu?"), names the scene itself ("waar is de AED?"), or tells of a thing there
    ("de deur is dicht") without asking a question of its own. "hoe laat is het?", "what's the wifi
    password for guests" and "burger vraagt hoe laat het stadhuis zaterdag open is" are new
    questions, answered as usual."""
    if _SOMEONE_OF_THE_SCENE.search(text) or asks_of_the_scene(text):
        return True
    return _SOMETHING_OF_THE_SCENE.search(text) is not None and not _A_QUESTION_OF_ITS_OWN.search(text)


def asks_of_the_scene(text: str) -> bool:
    """Whether `text` asks or tells of the danger scene itself: what to do now ("wat moet ik nu
    doen"), its own words ("moet ik de ambulance bellen?", "is er een dokter in de buurt?", "hij
    ademt nog"), what the asker can do ("kan ik iets doen?", "hoe lang duurt het nog?"), news of
    the person ("is het kind al gevonden?") or the person's close ones ("de moeder vraagt ...")."""
    return any(p.search(text) for p in (_WHAT_NOW, _SCENE_WORDS, _CAN_I_HELP, _NEWS, _CLOSE_ONE_FIRST))


def _asks_only_of_the_scene(text: str) -> bool:
    """Whether `text` is about the scene alone, so that its `then` line goes before an article
    that answers it: the scene's own words or help for the person there, with no customer in it
    ("moet ik de ambulance bellen?"), or a bare "wat moet ik nu doen" (a longer "what do I do with
    a rude colleague" is a question of its own)."""
    if SERVED.search(text.lower()):
        return False
    if any(p.search(text) for p in (_SCENE_WORDS, _CAN_I_HELP, _NEWS, _CLOSE_ONE_FIRST)):
        return True
    return _WHAT_NOW.search(text) is not None and len(text.split()) <= WHAT_NOW_WORDS


def answered_after_a_danger_line(
    dispatcher: CollectingDispatcher, tracker: Tracker, lang: str, decision: Decision | None
) -> bool:
    """Say the `then` line of the danger topic just told about when the latest message names
    no topic of its own and no article answers it (an offer or a refusal): it tells more of the
    same situation. True when it replied. A new question that an article answers ("hoe vang ik
    de andere klanten op") or a new danger (its own line) is answered as usual; a question of the
    scene itself without a customer in it is not, even when an article would answer it ("moet ik de
    ambulance bellen?" found the article on bystanders after an incident: stop 64)."""
    if decision is None:
        return False
    before = len(dispatcher.messages)
    if _said_the_then_line(dispatcher, tracker, lang, decision):
        return True
    if len(dispatcher.messages) == before and decision.referral is None:
        _a_word_for_the_asker(dispatcher, tracker, lang)
    return False


def _a_word_for_the_asker(dispatcher: CollectingDispatcher, tracker: Tracker, lang: str) -> None:
    """Right after the line for the asker at risk (`then_self`: "ik wil er niet meer zijn" got the 113
    line), a new question is answered as itself, after the first sentence of that line ("Je staat er
    niet alleen voor."): fresh tester D4 of stop 69 asked a service question six minutes after the 113
    line and got the whole 113 line again."""
    topic = danger_just_told(tracker)
    if topic is None or not topic.then_self:
        return
    line = topic.then_for(_said(tracker), lang)
    if line == topic.then_self.get(lang):
        dispatcher.utter_message(text=first_sentence(line))


def _said_the_then_line(
    dispatcher: CollectingDispatcher, tracker: Tracker, lang: str, decision: Decision
) -> bool:
    """`answered_after_a_danger_line` for a decision: True when it said the `then` line."""
    text = str(tracker.latest_message.get("text") or "")
    told = danger_just_told(tracker) if tells_news_then_a_new_scene(text) else None
    if told is not None and not news_ends_the_scene(text):
        # "hij ademt weer. btw, een andere klant vraagt ...": a word on the news, then the new question
        # answered as usual (fresh tester of stop 68)
        dispatcher.utter_message(text=first_sentence(told.then_for(_said(tracker), lang)))
        return False
    if decision.outcome == "answer" and not (
        _asks_only_of_the_scene(text) or asks_of_the_scenes_thing(text, danger_just_told(tracker))
    ):
        return False
    if asks_of_the_bystanders(text):
        return False  # a question the danger line invites: answered as usual
    topic = danger_just_told(tracker)
    if not (continues_the_scene(text) or asks_of_the_scenes_thing(text, topic)):
        return False  # said to the coach, or a question of its own
    if topic is None or tells_a_new_scene(text, topic):
        return False
    # a new danger, or another matter: its own line; the person's close ones in tears or asking
    # ("de oma staat te huilen bij de balie") are of the scene unless in danger themselves
    if (
        decision.referral is not None
        and not tells_of_the_same_person(text, decision.referral, topic)
        and (decision.referral.danger or not _CLOSE_ONE_FIRST.search(text))
    ):
        return False
    dispatcher.utter_message(text=topic.then_for(_said(tracker), lang))
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
    NLU read as a yes or as small talk, tells of the scene ("ok ze gaat zo", "oké hij zit nu"; stop 58:
    it got "Mooi. Stel je vraag maar"; stop 68: "er is niemand bij me" after the 113 line got "Ik ben
    een bot"). True when it replied; a bare "ok" or "ja" gets False."""
    text = str(tracker.latest_message.get("text") or "")
    if not continues_the_scene(text):
        return False
    topic = danger_just_told(tracker)
    if topic is None or tells_a_new_scene(text, topic):
        return False
    dispatcher.utter_message(text=topic.then_for(_said(tracker), lang))
    return True


# Someone served who wants, asks or complains about something: a service scene of its own ("gast wil een
# andere bungalow want hij vindt het uitzicht niks", "a customer is complaining about the queue"), whatever
# pronoun follows it.
_A_WISH_OR_COMPLAINT = re.compile(
    r"\b(?:wil|wilt|willen|wou|wouden|wilde|wilden|vraagt|vroeg|vragen|klaagt|klaagde|klagen|zeurt|zeurde|"
    r"eist|eiste|moppert|mopperde|belt|belde|mailt|mailde|is boos|wordt boos|werd boos|is kwaad|"
    r"wants|wanted|want|asks|asked|asking|complains|complained|complaining|demands|demanded|is angry|"
    r"got angry|is upset|is annoyed|calls|called|emails|emailed)\b",
    re.IGNORECASE,
)
# Words of four letters or more that say nothing of a scene (in the danger lines as in any message).
_PLAIN = (
    "niet meer maar want heeft hebben wordt worden werd zijn haar deze dit die naar voor over onder "
    "door alle alles iets niets even toch heel veel weer waar wanneer omdat zodat terwijl nog with "
    "that this what have from they them their there when your will would could should been about "
    "into than then also just only very some more other andere ander after before while laat laten "
    "moet moeten kunnen gaat gaan komt komen doen doet zegt zeggen goed eerst daarna gewoon zelf "
    "echt zonder terug back make made does done says said tell told keep until again still "
    "ligt liggen staat staan "
    # asking the coach for help with one's own question ("hoe help ik die": fresh tester of stop 68, the
    # "help" of the English 113 line tied it to the scene)
    "help helpen "
    # people, named by no scene ("aan iemand anders verhuurd" after the 113 line: fresh tester D4 of stop 69)
    "iemand niemand iedereen anders someone somebody anyone anybody everyone everybody nobody"
)
_PLAIN_WORDS = frozenset(_PLAIN.split())
_WORD = re.compile(r"[^\W\d_]{4,}")


def _scene_words(text: str) -> set[str]:
    """The words of four letters or more in `text` (lower case) that could name a scene."""
    return {w for w in _WORD.findall(text.lower()) if w not in _PLAIN_WORDS}


# The other customers and the shop around the scene, asked after a danger line that invites it ("hoe vang ik
# de andere klanten op", "moet ik de kassa dan sluiten", "what do I tell the other guests"): tester D2 of stop
# 67 got the first-aid `then` line again. Its own question, answered as usual (the bystanders article).
_BYSTANDERS = re.compile(
    r"\b(?:(?:de |die )?andere (?:klanten|gasten|bezoekers|reizigers|mensen|wachtenden|leden|patiënten|"
    r"patienten)|"
    r"de rest van de (?:klanten|gasten|mensen|rij)|omstanders|toeschouwers|"
    r"(?:de |mijn |onze )?(?:kassa|winkel|zaak|balie|receptie|deur|deuren|shop|store|till|desk) (?:\w+ )?"
    r"(?:dicht|sluiten|dichtdoen|open houden|openhouden|close|shut|keep open)|"
    r"(?:sluiten|dichtdoen|close|shut) (?:de |the )?"
    r"(?:kassa|winkel|zaak|balie|receptie|shop|store|till|desk)|"
    r"(?:the )?other (?:customers|guests|visitors|passengers|people|members|patients|shoppers)|"
    r"(?:the )?rest of the (?:customers|guests|queue|line|people)|bystanders|onlookers)\b",
    re.IGNORECASE,
)
# The scene told of is over: "die is opgehaald", "de ambulance is weg", "she's been taken to hospital", "all
# sorted". What follows is a scene of its own (tester D2 of stop 67: "ok, die is opgehaald. iemand vraagt of
# ze haar kind van 10 mee mag nemen naar de fitness" got the first-aid line again).
_SCENE_OVER = re.compile(
    r"\b(?:is|zijn|werd|werden) (?:al |net |nu |inmiddels )?(?:opgehaald|meegenomen|afgevoerd|weggebracht|"
    r"vertrokken|weg|terecht|gevonden|opgelost|voorbij|geregeld)\b|"
    r"\bhet gaat (?:weer )?goed met (?:hem|haar)\b|"
    r"\b(?:has|have|had|'s|'ve) been (?:picked up|taken away|taken to (?:the )?hospital|found|sorted)\b|"
    r"\b(?:is|are) (?:gone|fine now|okay now|ok now|safe now)\b|\ball sorted\b|\ball good now\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?;]\s+")
# A parcel in the post: sent, ordered, delivered, tracked. A customer asking of one asks of their own
# parcel, whatever its article ("klant vraagt of het pakket al verzonden is"): a scene of its own (stop 68).
_IN_THE_POST = re.compile(
    r"\b(?:verzonden|verstuurd|opgestuurd|bezorgd|bezorging|geleverd|levering|besteld|bestelling|bestelde|"
    r"verzending|track(?:\s*(?:&|en)\s*trace)?|tracking|trackingcode|postnl|bpost|dhl|pakketpunt|afhaalpunt|"
    r"shipped|shipping|delivered|delivery|ordered|order|dispatched|posted|courier)\b",
    re.IGNORECASE,
)
# News asked of a thing of the scene: gone, removed, still there, safe, dangerous ("klant vraagt of het
# pakket al weg is", "is the bag still there?", "mag de tas al weg?").
_NEWS_OF_A_THING = re.compile(
    r"\b(?:al weg|nog (?:steeds )?(?:daar|er|gevaarlijk|niet weg)|weggehaald|opgeruimd|veilig|gevaarlijk|"
    r"onschadelijk|ontmanteld|gecontroleerd|nagekeken|onderzocht|opgehaald door|"
    r"gone|removed|taken away|still there|safe|dangerous|cleared|checked|harmless)\b",
    re.IGNORECASE,
)
# The scene's own thing, named with a definite article: "het pakket", "die tas", "the bag", "da pakske"
_THE_THING = re.compile(r"\b(?:de|het|die|dat|da|dien|the|that)\s+([^\W\d_]{3,})", re.IGNORECASE)


def asks_of_the_scenes_thing(text: str, told: Referral | None) -> bool:
    """Whether `text`, right after the danger line of `told`, asks news of the thing of that scene:
    named with a definite article ("het pakket", "die tas", "the package": a word of the line itself,
    or a Flemish or short form of one) and asked whether it is gone, still there or safe
    (`_NEWS_OF_A_THING`). Stop 68: "klant vraagt of het pakket al weg is" after the suspicious-package
    line is news of the danger, its follow-up; a thing of the customer's own ("zijn pakket", `_THEIR_THING`)
    or one in the post ("het pakket dat hij besteld heeft", `_IN_THE_POST`) is a scene of its own
    (`tells_a_new_scene`)."""
    if told is None or not _NEWS_OF_A_THING.search(text) or _IN_THE_POST.search(text):
        return False
    lines = {w for w in _SHORT_WORD.findall(" ".join(told.said_lines).lower()) if w not in _PLAIN_WORDS}
    stems = {_DIMINUTIVE.sub("", m.group(1).lower()) for m in _THE_THING.finditer(text)}
    stems = {stem for stem in stems if len(stem) >= 3 and stem not in _PLAIN_WORDS}
    return any(line.startswith(stem) for stem in stems for line in lines)


_SHORT_WORD = re.compile(r"[^\W\d_]{3,}")  # "tas", "bag": things of a scene in three letters
_DIMINUTIVE = re.compile(r"(?:etje|tje|ske|je|ke)$")  # "pakketje", "pakske", "tasje": the thing itself


def asks_of_the_bystanders(text: str) -> bool:
    """Whether `text` asks about the other customers or the shop around a danger scene ("hoe vang ik
    de andere klanten op", "moet ik de kassa sluiten?"): a question the danger line invites, answered
    as usual."""
    return _BYSTANDERS.search(text) is not None


# The article a danger line invites ("Daarna kun je me vragen hoe je de andere klanten of jezelf opvangt").
BYSTANDERS_ARTICLE = "bystanders-after-an-incident"


def invited_after_a_danger_line(tracker: Tracker, decision: Decision | None) -> Decision | None:
    """`decision` answered with the bystanders article when the latest message, right after a danger
    line, asks about the other customers or the shop ("en moet ik de kassa dan sluiten of zo? hoe vang
    ik de andere klanten op": tester D2 of stop 67 got the first-aid line again, then an offer with the
    article third) and the search found that article among its results; None otherwise (the decision
    stands)."""
    if decision is None or decision.outcome == "answer" or decision.referral is not None:
        return None
    text = str(tracker.latest_message.get("text") or "")
    if not asks_of_the_bystanders(text) or danger_just_told(tracker) is None:
        return None
    invited = [r for r in decision.results if r.id == BYSTANDERS_ARTICLE]
    if not invited:
        return None
    rest = tuple(r for r in decision.results if r.id != BYSTANDERS_ARTICLE)
    return replace(decision, outcome="answer", results=(invited[0], *rest))


def tells_the_scene_is_over(text: str) -> bool:
    """Whether `text` says the scene is over and then goes on to something else: "ok, die is opgehaald.
    iemand vraagt of ze haar kind mee mag nemen" (a new sentence after the end of the scene, which does
    not ask of the scene itself: "hij is weg. wat nu?" after the robbery line goes on with it)."""
    parts = _SENTENCE_END.split(text.strip())
    rest = parts[-1].strip()
    return any(_SCENE_OVER.search(part) for part in parts[:-1]) and bool(rest) and not asks_of_the_scene(rest)


# Another person served than the one of the scene: "een andere klant", "nog een beller", "de volgende
# gast", "another customer", "the next caller". Fresh tester of stop 68: "ok en een andere beller wil weten
# hoeveel eigen risico hij heeft" right after the 113 line got that line's `then` again, as "hij" read as
# the person at risk.
_ANOTHER_SERVED = re.compile(
    r"\b(?:een andere|een ander|ne andere|nen andere|nog een|nog ene|de volgende|een volgende|een nieuwe|"
    r"another|the next|a different|one more|a new)\s+(?:klant|klante|klantje|beller|gast|bezoeker|patiënt|"
    r"patient|passagier|reiziger|bewoner|cliënt|client|burger|huurder|lid|meneer|mevrouw|madam|customer|"
    r"caller|guest|visitor|passenger|resident|tenant|member|shopper)\b",
    re.IGNORECASE,
)


def tells_news_then_a_new_scene(text: str) -> bool:
    """Whether `text`, right after a danger line, first tells news of that scene and then turns to
    another person served: "hij ademt weer. btw, een andere klant vraagt hoeveel een nieuwe ketting kost"
    (fresh tester of stop 68: only the new question was answered, the news of the person in danger got no
    word). What comes before "een andere klant" goes on with the scene (`continues_the_scene`), what
    comes from it on does not (`asks_of_the_scene`)."""
    news = _news_before_a_new_scene(text)
    return news is not None and continues_the_scene(news)


def _news_before_a_new_scene(text: str) -> str | None:
    """The news of the scene that `text` tells before it turns to another person served or another
    matter (`tells_news_then_a_new_scene`), turn words taken out; None without such a turn or news."""
    found = _ANOTHER_SERVED.search(text)
    cut = found.start() if found is not None and not asks_of_the_scene(text[found.start() :]) else None
    turn = turn_at(text)
    if turn is not None and turns_to_something_else(text):
        cut = turn[0] if cut is None else min(cut, turn[0])
    if not cut:
        return None
    return _TURN_WORDS.sub(" ", text[:cut])


# Help has come or the danger is over, told as news: "de politie is er", "brandweer is weg, alles ok",
# "ze is weg", "the ambulance has arrived", "all clear". Re-test of stop 69: "ok de politie is er. iets
# anders: klant wil korting ..." got "Blijf bij de auto ..." before the answer, contradicting the asker.
_HELP_HAS_COME = re.compile(
    r"\b(?:ambulance|ambu|ziekenwagen|politie|flikken|brandweer|hulpdiensten|hulpverleners|verpleging|"
    r"verpleegkundige|dokter|arts|huisarts|ehbo|bhv|beveiliging|security|paramedics|medics|police|cops|"
    r"fire brigade|firefighters|doctor|nurse|ouder|ouders|moeder|vader|mama|papa|parent|parents|mother|"
    r"father|mum|mom|dad)\s+(?:is|zijn|was|waren|has|have|are|'s)\s+(?:"
    r"(?:er|erbij|al|nu|net|inmiddels|eindelijk|here|there|now|just|finally|already)\b(?!\s+(?:nog\s+)?niet)|"
    r"(?:aangekomen|gekomen|gearriveerd|ter plaatse|arrived|come|on site))"
    r"|\balles\s+(?:is\s+)?(?:weer\s+)?(?:ok|oké|oke|okay|goed|in orde|veilig|rustig|voorbij|opgelost)\b"
    r"|\b(?:all clear|everything(?:'s| is) (?:ok|okay|fine|alright|safe)|it(?:'s| is) over|"
    r"gevaar is geweken|het is voorbij|is (?:weer )?veilig|brand is uit|vuur is uit|fire is out)\b",
    re.IGNORECASE,
)


def news_ends_the_scene(text: str) -> bool:
    """Whether the news that `text` tells before it turns to a new question (`_news_before_a_new_scene`)
    says the scene is over: help has come, the danger is gone, the person left ("ok de politie is er. iets
    anders: ...", "oke, ze is weg. vraag: ..."). Then only the new question is answered: the first sentence
    of the follow-up ("Blijf bij de auto ...") would contradict the asker. "ze ademt weer. btw, ..." is
    news of a scene going on."""
    news = _news_before_a_new_scene(text)
    return news is not None and any(p.search(news) for p in (_SCENE_OVER, _HELP_HAS_COME))


def turns_to_something_else(text: str) -> bool:
    """Whether `text` turns to another matter (bot/dialogue/scene_turn.py `turn_at`): a strong turn word
    ("nog iets anders:", "andere vraag", "los daarvan", "another thing") always; a loose one ("btw",
    "trouwens") when what follows it does not go on with the scene ("btw ze zit nu" does). Fresh tester D4
    of stop 69: "ok de verpleging is erbij. nog iets anders: mensen zitten al een uur te wachten ..." got
    the unwell line again."""
    turn = turn_at(text)
    if turn is None:
        return False
    start, strong = turn
    return strong or not continues_the_scene(_TURN_WORDS.sub(" ", text[start:]))


# Words that turn to something else, taken out of the news before another person served: "btw", "trouwens"
_TURN_WORDS = re.compile(
    r"\b(?:btw|trouwens|overigens|by the way|anyway|en|and|ook|also|verder|nog iets|nog iets anders|"
    r"iets anders|andere vraag|los daarvan)\b",
    re.IGNORECASE,
)


def first_sentence(line: str) -> str:
    """The first sentence of a `then` line: a short word on the news before a new question."""
    return _SENTENCE_END.split(line.strip(), maxsplit=1)[0].rstrip(".") + "."


def tells_a_new_scene(text: str, told: Referral) -> bool:
    """Whether `text`, right after the danger line of `told`, starts a scene of its own rather than
    telling more of that one: someone served who wants, asks or complains about something
    (`_A_WISH_OR_COMPLAINT`), with no word of the danger scene itself (`asks_of_the_scene`) and no
    word of the danger topic's lines (its `where` and `then`, either language: "de moeder vraagt of het
    kind al gevonden is" goes on after the lost-child line). Tester D of stop 66: after the lost-child
    line, "gast wil een andere bungalow want hij vindt het uitzicht niks" got "Blijf bij het kind ...".
    For every danger topic alike."""
    low = text.lower()
    if tells_the_scene_is_over(text) or turns_to_something_else(text) or someone_new_calls(text):
        return True
    question = thanks_then_a_question(text)
    if question is not None and not asks_of_the_scene(question):
        return True  # "ok dank. hoe leg ik uit dat de borg pas na 10 werkdagen vrijkomt" (stop 69)
    if tells_a_service_matter(text, told):
        return True
    # another person served ("een andere klant heeft een vraag over ...") needs no wish word (stop 68)
    wish = _A_WISH_OR_COMPLAINT.search(low) is not None or _ANOTHER_SERVED.search(low) is not None
    if SERVED.search(low) is None or not wish or asks_of_the_scene(text):
        return False
    if asks_of_the_scenes_thing(text, told):
        return False  # "klant vraagt of het pakket al weg is": news of the danger (stop 68)
    if _IN_THE_POST.search(low):
        return True  # "klant vraagt of het pakket dat hij besteld heeft al binnen is": their own parcel
    lines = " ".join(told.said_lines)
    own = _scene_words(_A_WISH_OR_COMPLAINT.sub(" ", SERVED.sub(" ", _THEIR_THING.sub(" ", low))))
    return not own & _scene_words(lines)


# A service matter of money: a price, an amount, a quote, a bill, a refund, a discount, a deposit. Re-test of
# stop 69: after the child-in-car line, "de offerte zei 180 euro voor een week maar bij inleveren kwam er 420
# uit door extra kilometers en tanken, klant voelt zich opgelicht" got only "Blijf bij de auto ...".
_SERVICE_MATTER = re.compile(
    r"(?:€\s*\d|\d+(?:[.,]\d+)?\s*(?:€|euro|eur|dollar|pond)\b|\$\s*\d)|"
    r"\b(?:euro|prijs|prijzen|offerte|factuur|facturen|rekening|bon|bonnetje|kassabon|korting|borg|"
    r"terugbetaling|terugbetalen|geld terug|betalen|betaald|betaling|kosten|gerekend|aangerekend|"
    r"opgelicht|afgezet|te duur|tarief|abonnement|contract|reservering|boeking|"
    r"price|prices|quote|quoted|invoice|bill|billed|receipt|refund|discount|deposit|charged|charge|"
    r"overcharged|ripped off|paid|payment|fee|fees|booking|reservation|subscription)\b",
    re.IGNORECASE,
)


def tells_a_service_matter(text: str, told: Referral) -> bool:
    """Whether `text`, right after the danger line of `told`, tells a service matter of its own with no
    turn word: money, a price, a bill or a booking (`_SERVICE_MATTER`), with no word of the danger scene
    itself (`asks_of_the_scene`) and no word of the danger topic's lines. "de offerte zei 180 euro ...,
    klant voelt zich opgelicht" after the child-in-car line is a new question; "het kind huilt nog" and
    "de rook wordt erger" tell more of the scene."""
    low = text.lower()
    if _SERVICE_MATTER.search(low) is None or asks_of_the_scene(text):
        return False
    own = _scene_words(_SERVICE_MATTER.sub(" ", SERVED.sub(" ", _THEIR_THING.sub(" ", low)))) - _MONEY_PLAIN
    return not own & _scene_words(" ".join(told.said_lines))


# Words of a money story that tie it to no scene, though a danger line may say them ("voelt zich opgelicht",
# "nog steeds niet teruggestort", "the invoice is wrong", "extra kilometers").
_MONEY_PLAIN = frozenset(
    {"zich", "voelt", "voel", "voelen", "feel", "feels", "felt", "steeds", "wrong", "extra"}
)


# A thing of the served person's own, or a new one: "zijn pakket", "haar tas", "een pakket", "his
# parcel". A word of the danger line there is no tie to the scene (stop 67: after the line on a
# suspicious package, "klant klaagt dat zijn pakket te laat is" got "Blijf op afstand ..."); "het
# pakket" (the one of the scene) still is, and so is a person ("mevrouw vraagt of haar kind al
# gevonden is").
_THEIR_THING = re.compile(
    r"\b(?:zijn|haar|hun|z'n|d'r|mijn|m'n|een|nog een|his|her|their|my|a|an|another)\s+"
    r"(?!(?:kind|kindje|zoon|zoontje|dochter|dochtertje|baby|jongetje|meisje|child|kid|son|daughter|"
    r"boy|girl|baby|toddler|man|vrouw|husband|wife|moeder|vader|mother|father|mum|mom|dad)\b)"
    r"(?:[^\W\d_]+\s+)?[^\W\d_]+",
    re.IGNORECASE,
)
