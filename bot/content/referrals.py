"""Where to go for work matters the coach does not cover (pay, leave, IT, expenses):
knowledge/referrals.yml, edited by admins, read here and checked by `knowledge check`.

File shape: {version: 1, topics: [{id, words: {nl: [...], en: [...]}, where: {nl, en},
where_manager: {nl, en} (optional), together: [[...], [...]] (optional), anyone: bool
(optional), article: id (optional), intro: bool (optional)}]}.
`where_manager` (optional): `where` as said to someone who leads a team, about their own or
their staff's matter ("mijn medewerker vraagt wanneer het loon wordt gestort": payroll or HR,
and what the manager checks, not "ask your manager"); said when the message speaks as a
leader (`leads_a_team`, bot/engine/decision.py) or, where the actions pass it, when the sender's
stored role is manager or admin (`Referral.for_a_leader`).
A topic matches a message when one of its words or phrases occurs as whole words
(case-insensitive), in either language, since staff mix them. A `*` inside a phrase stands
for up to two words ("werd * bedreigd" finds "werd vandaag bedreigd" and "werd bedreigd").
A Dutch single word of at least COMPOUND_MIN letters also matches as the last part of a
compound, as Dutch writes them as one word: "verlof" finds "zwangerschapsverlof" and "studieverlof".
`anyone: true` (optional) lets a topic match whoever the message is about: "a guest fainted in
the lobby" is an emergency, not a service question (see the served-person rule below).
`article` (optional) names the article that goes with the `where` line: "ik voel me niet
veilig" gets what to do now and then the article on customers who cross the line
(bot/engine/decision.py answers with it when the search found it; `knowledge check` checks
that the article exists in both languages).
`intro: false` (optional): `where` is said on its own, without the line that this is a
matter for the organisation (for a request the coach does not do, such as translating).
`preamble: false` (optional): `where` is said without that line too, but the topic stays a
plain work matter (bot/engine/decision.py `plain_matter`: told beside a service question, one
line of two matters): for a matter of someone's safety or health (a customer being scammed,
being sick), where "I'm not the right one for it" sounds cold (tester round of stop 60).
`service_menu: false` (optional): no menu of service topics after `where` either (a customer
being scammed now: a menu after it reads as "now pick something else"), while the topic stays a
plain work matter, unlike `menu: false`: a service question told beside it is still answered,
the line first, and an open self-check may go on (stop 61).
`where_self`, `where_other` (optional, {nl, en}): `where` as said when the asker is the one at risk,
and when someone else is (`at_risk`: "ik wil niet meer leven", "klant zegt dat hij zichzelf iets wil
aandoen"); a message that does not say keeps `where`. `then_self` (optional): `then` after `where_self`
(`Referral.then_for`): the asker at risk is not told to stay with "the person" (stop 68).
`article_if` (optional): words or phrases of which the message must hold one for `article` to go with
`where` ("klant", "gesprek", "shift"); without one, `where` is said alone (`Referral.for_the_asker`): weeks
of feeling down get the wellbeing line, not a card on one hard customer conversation (stop 66).
`together` names a kind by two or more word lists: the topic also matches when the message
holds a word of every list, anywhere ("de kassa op post 2 blijft crashen": a device and a
fault), so admins need not write out every device with every way it fails. Its single
words of at least COMPOUND_MIN letters also end compounds ("zelfscankassa"). `together` may
also hold several such groups (a list of groups, each two or more word lists), each matched on
its own: a thing taken from the till, or one hidden in a coat ("stak een fles in zijn jas"),
where one group's words would mix badly with the other's ("stak" with "kassa").
A key given twice in a topic (or at the top of the file) is a problem for `knowledge check`:
YAML itself keeps the last one and says nothing (`duplicate_keys`).

A message about someone the asker serves (a customer, guest, patient, passenger...) that
names nothing of the asker's own ("mijn auto", "my receipts") is about the served person's
matter, not the asker's: then only the words that say it is the asker's own ("mijn
wachtwoord", "ik kan niet inloggen", "my laptop") or that name the served person themself
("cadeau van een klant") count, and those that ask the coach itself (`ASKS_THE_COACH`: "kun je dit
vertalen ... voor een klant"). "klant zijn bankpas is geblokkeerd" or "a guest wants a
reimbursement" is a service question, not one for IT or the expenses desk."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import yaml
from rapidfuzz.distance import DamerauLevenshtein

from bot.content.audience import LEADING
from bot.content.served import tells_a_service_scene
from bot.content.shorthand import written_out

FILE_NAME = "referrals.yml"
COMPOUND_MIN = 5  # shorter heads ("cao", "fooi") would end unrelated words ("cacao")
LANGS = ("nl", "en")


# someone the asker serves (both languages)
_SERVED_WORDS = (
    r"klant|klanten|klantje|gast|gasten|cli[eë]nt|cli[eë]nten|pati[eë]nt|pati[eë]nten|reiziger|reizigers|"
    r"passagier|passagiers|bezoeker|bezoekers|beller|bellers|burger|burgers|bewoner|bewoners|consument|"
    r"consumenten|customer|customers|guest|guests|client|clients|patient|patients|passenger|passengers|"
    r"visitor|visitors|caller|callers|shopper|shoppers|resident|residents|mevrouw|meneer|mijnheer|"
    r"gebruiker|gebruikers|huurder|huurders|huurster|tenant|tenants|"  # a helpdesk's, a landlord's
    # a driving school's or a trainer's learners (tester D of stop 66: "leerling belt dat ie gezakt is en zit
    # te huilen aan de telefoon" got the colleague-in-distress line)
    # ("als student", "I'm a student": the asker's own role, not someone served)
    r"(?<!als )(?<!ben )(?<!as a )(?<!m a )(?:leerling|leerlingen|cursist|cursisten|student|studenten|"
    r"students|pupil|pupils|learner|learners)|"
    # a helpdesk's users in English too, not a user account or profile ("a user can't log in and is
    # angry, how do I help him" got the IT desk's line: tester round of stop 64)
    r"users?(?!\s+(?:account|accounts|name|names|id|ids|profile|profiles|settings|rights|group|groups|"
    r"interface|manual|guide|experience|data)(?!\w))|"
    r"madam|sir|wachtenden|mensen in de rij|mensen aan de kassa|people waiting|people in the (queue|line)|"
    # a library's or a gym's patrons and members (tester D2 of stop 67: "a patron is yelling at me because the
    # printer ate his money" got the IT desk's line); not a member of staff or of the team
    r"patron|patrons|lener|leners|abonnee|abonnees|"
    r"(?<!team )(?<!staff )members?(?!\s+of\s+(?:staff|the team|my team|our team))|"
    # a queue is customers too: "de pinautomaat doet het niet en er staat een rij van 10 man"
    r"rij|wachtrij|queue|die mensen|those people"
)
SERVED = re.compile(rf"(?<!\w)({_SERVED_WORDS})(?!\w)")
# a word or phrase that says the matter is the asker's own
FIRST_PERSON = re.compile(r"(?<!\w)(ik|mijn|mij|me|i|my|i'm|im|i've|mine)(?!\w)")
# the message speaks of the asker's own things ("mijn eigen auto", "my receipts"), not of
# "mijn klant" / "my customer"
# "mijn collega" / "my manager" are people, not things of the asker's own
_PEOPLE_AT_WORK = (
    r"collega|collega's|leidinggevende|baas|chef|manager|teamleider|colleague|boss|supervisor|"
    # a boss by their title (a long shop story with "mijn bedrijfsleider" was read as the
    # asker's own matter, and its "kassasysteem" and "bonnetjes" referred it: verifier round
    # of stop 48)
    r"bedrijfsleider|filiaalmanager|filiaalleider|filiaalverantwoordelijke|afdelingshoofd|"
    r"teamcoach|ploegbaas|ploegleider|zaakvoerder|verantwoordelijke|shiftleader|coworkers?|"
    r"co-workers?|team ?lead(er)?|line manager|store manager|duty manager|shift lead(er)?"
)
# "mijn" in a turn of phrase or of the job itself, never a work matter of one's own:
# "op mijn kop krijgen", "mijn best doen", "tijdens mijn dienst", "aan mijn kassa"
_WAYS_OF_SPEAKING = (
    r"kop|best|dienst|shift|werk|job|kassa|balie|post|afdeling|winkel|ogen|mening|gevoel|excuses|"
    r"work|desk|counter|till|department|store|shop|eyes|opinion|apologies"
)
OWN_THINGS = re.compile(
    rf"(?<!\w)(mijn|my)(?!\w)(?!\s+(\w+\s+)?({_SERVED_WORDS}|{_PEOPLE_AT_WORK})(?!\w))"
    rf"(?!\s+({_WAYS_OF_SPEAKING})(?!\w))"
)

# a phrase that asks the coach itself ("kun je * vertalen", "can you translate", "vertaal dit"): the
# asker's own request, also when it is for a customer ("kun je dit vertalen naar het pools voor een
# klant": tester round of stop 64, only "vertaal dit naar" was caught with a customer in it)
ASKS_THE_COACH = re.compile(
    r"(?<!\w)(kun je|kan je|kun jij|kan jij|wil je|can you|could you|will you|vertaal|translate)(?!\w)"
)

# asking whom to contact or who repairs something: "wie moet ik bellen", "who do I call for repairs"
ASKS_WHO_FIXES = re.compile(
    r"(?<!\w)((wie|who) (moet|kan|mag|zal|do|should|can|must)( ik| i| we)? (bellen|mailen|call|email|"
    r"contact|ring|ask|vragen)|wie (fixt|repareert|maakt)|who (fixes|repairs)|(for|voor) (repairs?|"
    r"reparatie)|laten repareren|get it (fixed|repaired)|"
    # how to reset or renew the device itself (probe of stop 50: "de bonprinter doet het weer
    # niet en de klanten staan te wachten, hoe reset ik dat ding")
    r"hoe (reset|herstart|verleng|repareer) (ik|je|we)|"
    r"how (do|can|should|would) (i|we|you) (reset|renew|restart|reboot|repair))(?!\w)"
)
# Words quoted from someone the asker serves: "een klant mailde: ik voel me niet veilig in
# jullie parkeergarage" (tester round of stop 34), "guest said "my password doesn't work"".
# Inside the quote "ik", "me", "my" are the customer, not the asker; it starts after a served
# person, a verb of saying and a colon or an opening quote mark (not the ' of "he'd": "a
# customer said he'd be waiting for me outside" is a threat told, not a quote; stop 55).
_SAYING = (
    r"zegt|zei|zeiden|zeggen|mailde|mailt|mailden|schreef|schrijft|schreven|belde|belt|vertelde|vertelt|"
    r"appte|appt|riep|roept|klaagt|klaagde|meldt|meldde|vroeg|vraagt|antwoordde|antwoordt|reageerde|"
    r"says|said|say|wrote|writes|emailed|e-mailed|mailed|told me|tells me|told us|tells us|texted|"
    r"messaged|complained|complains|reported|asked|asks|shouted|yelled|replied|replies|goes"
)
QUOTED_SPEECH = re.compile(
    rf"(?<!\w)(?:{_SERVED_WORDS}|iemand|someone|somebody)(?!\w)[^.!?:\"“”‘’']{{0,40}}?"
    rf"(?<!\w)(?:{_SAYING})(?!\w)[^.!?:\"“”‘’']{{0,20}}?\s*(?:[:\"“‘]|(?<!\w)')(?:\s*[\"“‘'])?"
)


# where a quote ends: a closing quote mark, or the end of its sentence
# (not the ' in "don't" or in Dutch "'s avonds")
_QUOTE_END = re.compile(r"[\"”]|(?<!\w)['’](?!s\s)|['’](?!\w)|[.!?](?=\s|$)")


def own_part(low: str) -> str:
    """`low` (lower case) without the words quoted from a served person (QUOTED_SPEECH, up to
    a closing quote mark or the end of that sentence): what the asker says in their own
    voice. "a customer told me: watch out. I don't feel safe now" keeps "I don't feel safe now"."""
    kept, start = [], 0
    while (quote := QUOTED_SPEECH.search(low, start)) is not None:
        kept.append(low[start : quote.end()])
        end = _QUOTE_END.search(low, quote.end())
        start = end.end() if end else len(low)
    kept.append(low[start:])
    return " … ".join(kept)


def leads_a_team(text: str) -> bool:
    """Whether `text` speaks as someone who leads a team: of their own staff ("mijn medewerker",
    "een van mijn mensen", "one of my team", "my cashier") or of their role ("als
    leidinggevende", "I'm a manager"): bot/content/audience.py `LEADING`, by which manager
    articles fit the question too. "mijn collega", "my manager" and "our customers" do not."""
    return LEADING.search(text or "") is not None


def informal_possessives(text: str) -> str:
    """`text` (lower case) with chat shorthand written out (bot/content/shorthand.py `written_out`:
    "mn", "m'n" and "mijne" as "mijn", "zn" as "zijn", Flemish "ni" and "nie" as "niet", "kben" as
    "ik ben", "idk", "pls", English "u"), so the word "mijn contract" also matches "mn contract loopt
    af", "ik trek het niet meer" matches "ik trek het ni meer" and "niet lekker in zijn vel" matches
    "ni lekker in zn vel"; a misspelled word for a customer as the word itself (`served_spelled`:
    "customr" -> "customer", "klnat" -> "klant"). Every topic's words and every message are read
    through it here, for the work matters, the safety lines and the decision's reading of them
    (bot/engine/decision.py `named_in`). The search does not read the shorthand written out: with
    "ni" as "niet", "idk" as "i don't know", five dev questions lost their answer or offer and one
    gained (stop 64); it reads the `ik ...` forms and "nie" (bot/content/regional_words.txt)."""
    return served_spelled(written_out(text))


# The words for a customer that staff misspell most, typing fast (tester round of stop 61:
# "customr says google shows other opening hours" got the roster line, as the typo hid the
# customer; "klnat", "costumer", "cutsomer", "klamt", "klnt").
_CUSTOMER_WORDS = ("klant", "klanten", "customer", "customers")
_WORD = re.compile(r"[^\W\d_]{4,}")


@lru_cache(maxsize=16384)
def _customer_word(word: str) -> str | None:
    """The word for a customer (`_CUSTOMER_WORDS`) that lower-case `word` is a typo of, or None:
    the same first letter, at most one edit away (two for "customer(s)": "costumer"; an edit is
    a letter added, left out, changed, or two neighbours swapped), and no real Dutch or English
    word itself (bot/content/word_frequency.py `is_real_word`: "kant", "klank", "costume" and
    "customs" stay what they are)."""
    from bot.content.word_frequency import is_real_word  # wordfreq only when a word is looked up

    if word in _CUSTOMER_WORDS:
        return None
    near = [(DamerauLevenshtein.distance(word, k), k) for k in _CUSTOMER_WORDS if k[0] == word[0]]
    near = [(d, known) for d, known in near if d <= (2 if len(known) >= 8 else 1)]
    if not near or is_real_word(word):
        return None
    return min(near)[1]


def served_spelled(text: str) -> str:
    """`text` with each misspelled word for a customer (`_customer_word`) written as that word,
    in lower case ("Customr says ..." -> "customer says ..."); the rest as it was. Referral
    matching reads messages through it (`informal_possessives`), and so do the decision
    (bot/engine/decision.py `named_in`) and the search (bot/engine/question.py), so that the
    customer rule and the customer's topics see the customer."""
    return _WORD.sub(lambda m: _customer_word(m.group(0).lower()) or m.group(0), text)


@dataclass(frozen=True)
class Referral:
    id: str
    words: tuple[str, ...]  # both languages, lower case
    where: dict[str, str]  # lang -> sentence
    heads: tuple[str, ...] = ()  # Dutch single words that also end a compound
    together: tuple[tuple[str, ...], ...] = ()  # a word of every list, anywhere in the message
    anyone: bool = False  # matches whoever it is about: an emergency is one for a customer too
    article: str | None = None  # the article that goes with `where` (its id), if any
    intro: bool = True  # False: `where` alone, without "this is a matter for your organisation"
    menu: bool = True  # False: no menu of service topics after `where` (someone in distress)
    fallback: bool = False  # True: only when no other topic matches ("bij wie kan ik terecht")
    # topic ids this one goes before when both match: bullying with "ik durf niet meer naar
    # het werk" is the confidential adviser's, not the safety line's (verifier round of stop 51)
    before: tuple[str, ...] = ()
    # idioms that only look like this topic: "ik ben ziek van die klant" is fed up, not sick
    # (stop 52's open list); when one is in the message, the topic does not match
    unless: tuple[str, ...] = ()
    # further `together` groups, each matched on its own like `together` (stop 55: a bottle
    # hidden in a coat is a theft as much as something taken from the till)
    more_together: tuple[tuple[tuple[str, ...], ...], ...] = ()
    # lang -> what to do while it goes on, for a message right after `where` that tells more
    # of the same situation ("ze ligt op de grond maar ze praat weer" after the 112 line;
    # tester round of stop 56: it got a menu of service topics); {} when the topic has none
    then: dict[str, str] = field(default_factory=dict)
    # phrases that block this topic wherever they are in the message, not only in their own
    # clause as `unless` does for a danger topic: "hij voelt zich niet goed, mag hij naar huis"
    # asks about going home, not for 112 (tester round of stop 56)
    unless_anywhere: tuple[str, ...] = ()
    # topic ids this one makes redundant when both match: the 112 line says all the calmer
    # `unwell` line says ("ze is flauwgevallen en voelt zich niet goed")
    covers: tuple[str, ...] = ()
    # lang -> `where` as said to someone who leads a team (their own matter or their staff's:
    # payroll or HR and what to check, not "ask your manager"); {} when the topic has none
    where_manager: dict[str, str] = field(default_factory=dict)
    # False: `where` without the line that this is the organisation's matter, though the topic
    # stays a plain work matter (a customer being scammed, being sick: stop 60)
    preamble: bool = True
    # False: no menu of service topics after `where`, though the topic stays a plain work
    # matter (a customer being scammed: stop 61); `menu: false` also makes it no plain matter
    service_menu: bool = True
    # words or phrases of which one must be in the message for `article` to go with `where`; without
    # one, `where` is said alone (tester D of stop 66: "ik voel me zo down de laatste tijd" got the
    # wellbeing line and a card on recovering after one hard customer conversation); () = always
    article_if: tuple[str, ...] = ()
    # lang -> `where` as said when the asker is the one at risk, and when someone else is (a customer,
    # a colleague); {} when the topic says one line for both (stop 68: the 113 line told a customer's
    # threat "think of it yourself or ..."); `then_self`: `then` after `where_self`
    where_self: dict[str, str] = field(default_factory=dict)
    where_other: dict[str, str] = field(default_factory=dict)
    then_self: dict[str, str] = field(default_factory=dict)

    @property
    def said_lines(self) -> list[str]:
        """Every line this topic may say, both languages: `where` (and its versions for the asker,
        someone else, a leader) and `then` (and `then_self`)."""
        versions = (self.where, self.where_self, self.where_other, self.where_manager)
        versions += (self.then, self.then_self)
        return [line for version in versions for line in version.values() if line]

    def then_for(self, said: list[str], lang: str) -> str:
        """The `then` line in `lang` after the replies `said`: `then_self` when they told the asker
        at risk (`where_self` or `then_self`), else `then`."""
        own = [*self.where_self.values(), *self.then_self.values()]
        if self.then_self and any(line and line in text for text in said for line in own):
            return self.then_self[lang]
        return self.then[lang]

    def matches(self, text: str) -> bool:
        return self.match_length(text) > 0

    def for_a_leader(self) -> Referral:
        """This topic with `where_manager` as its `where` (the same topic when it has none):
        for a message that speaks as a leader (`for_the_asker`) or a sender whose stored role
        is manager or admin."""
        return replace(self, where=dict(self.where_manager)) if self.where_manager else self

    def for_the_asker(self, text: str) -> Referral:
        """This topic as said to whoever wrote `text`: its `where_manager` line when the message
        speaks as one who leads a team (`leads_a_team`: "mijn medewerker vraagt wanneer het loon
        wordt gestort", "one of my team asks about overtime pay"), else as it is."""
        topic = self.for_a_leader() if self.where_manager and leads_a_team(text) else self
        who = at_risk(text) if (topic.where_self or topic.where_other) else None
        if who == "self" and topic.where_self:
            topic = replace(topic, where=dict(topic.where_self))
        elif who == "other" and topic.where_other:
            topic = replace(topic, where=dict(topic.where_other))
        return topic if topic.article_fits(text) else replace(topic, article=None)

    def article_fits(self, text: str) -> bool:
        """Whether this topic's `article` goes with `where` for `text`: always, unless the topic
        names `article_if` words and `text` holds none of them ("ik ben kapot na dat gesprek met
        die klant" gets the wellbeing line with the article on a hard conversation, "ik voel me zo
        down de laatste tijd" the line alone)."""
        if not (self.article and self.article_if):
            return True
        low = _read(text)
        return any(key in low and _whole(w).search(low) for w, key, _ in _keyed(self.article_if))

    def blocked_anywhere(self, text: str) -> bool:
        """Whether an `unless_anywhere` phrase is in `text` (the whole message), which blocks
        this topic in every clause of it."""
        low = _read(text)
        return any(key in low and _whole(w).search(low) for w, key, _ in _keyed(self.unless_anywhere))

    def _past_an_unless(self, low: str) -> int:
        """The match length in a clause of a message that no `unless` phrase is in, 0 when there
        is none. An `unless` phrase blocks its topic for what it is said of, not for the rest of
        the message: "er was geen overval maar hij had wel een mes", "hij had een mes, maar het
        was geen overval" (stop 55) and "geen overval, hij had wel een mes" (stop 56; a denial in
        `unless`) still name the robbery topic by the knife. Clauses end at a contrast word
        ("maar", "but"), and for a danger topic also at a comma or a sentence end (`_clauses`):
        for a work matter such as `customer_asks_facts`, an `unless` phrase ("how do I handle")
        tells that the whole message is a service question. The words must match with every
        `unless` phrase taken out of the whole message too, so that an idiom spread over a comma
        ("ik voelde me, eerlijk, overvallen") still blocks its topic."""
        split = _clauses if self.danger else _contrast_parts
        unless = _keyed(self.unless)
        parts = [p for p in split(low) if not any(key in p and _whole(w).search(p) for w, key, _ in unless)]
        length = max((self.match_length(p) for p in parts), default=0)
        if not length:
            return 0
        rest = low
        for phrase in self.unless:
            rest = _whole(phrase).sub(" ; ", rest)
        return length if self.match_length(rest) else 0

    @property
    def danger(self) -> bool:
        """Whether this is a danger topic (`anyone` and no `menu`: emergency, fire, robbery, unsafe
        and the like), which is named whatever else a message says."""
        return self.anyone and not self.menu

    @property
    def groups(self) -> tuple[tuple[tuple[str, ...], ...], ...]:
        """Every `together` group of this topic (`together` and `more_together`)."""
        return tuple(group for group in (self.together, *self.more_together) if group)

    def match_length(self, text: str) -> int:
        """Length in characters of the longest of this topic's words in `text` (0 = no match)."""
        low = _read(text)
        if self.unless_anywhere and self.blocked_anywhere(low):
            return 0
        if any(key in low and _whole(w).search(low) for w, key, _ in _keyed(self.unless)):
            return self._past_an_unless(low)
        facts = _facts(low)
        own = facts.own  # "klant mailde: ik voel me niet veilig": that "ik" is the customer
        # about someone served and not about the asker's own things: only the asker's own words count
        served = facts.served_not_own and not self.anyone
        words = _asker_words(self.words) if served else self.words
        heads = () if served else self.heads
        found = [
            len(w)
            for w, key, mine in _keyed(words)
            if key in (own if mine else low) and _whole(w).search(own if mine else low)
        ]
        found += [len(w) for w in heads if w in low and _word_end(w).search(low)]
        # a device fault with a customer in it is a service question, unless it asks who repairs
        # it; lists that name the served person themself ("van een klant": a gift) count, as
        # such words do
        # upset people or a queue are someone served too ("de pinautomaat is kapot en de mensen
        # worden boos op mij": verifier round of stop 50, only the IT desk came back)
        for group in self.groups:
            if not facts.someone_served or facts.asks_who_fixes or _names_served(group):
                found.append(_together_length(group, low))
        return max(found, default=0)


# Where a clause of a message ends: a contrast word ("er was geen overval, maar hij had wel een
# mes"), a comma or a sentence end.
_CLAUSE_BREAK = re.compile(r"\b(?:maar|but|however|though|alleen)\b|[,;:.!?]+(?:\s|$)")


# Where a message turns to a contrast (`_contrast_parts`).
_CONTRAST = re.compile(r"\b(?:maar|but|however|though|alleen)\b")


def _contrast_parts(low: str) -> list[str]:
    """The parts of `low` before and after each contrast word ([] when it has none)."""
    parts = _CONTRAST.split(low)
    return [part for part in parts if part.strip()] if len(parts) > 1 else []


def _clauses(low: str) -> list[str]:
    """The clauses of `low` (`_CLAUSE_BREAK`), [] when it is one clause."""
    parts = _CLAUSE_BREAK.split(low)
    return [part for part in parts if part.strip()] if len(parts) > 1 else []


@lru_cache(maxsize=1024)
def _names_served(group: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a list of the `together` group names the person served ("van een klant", "from
    a guest"): then the group matches with a customer in the message too."""
    return any(SERVED.search(w) for ws in group for w in ws)


# a "*" in a phrase stands for up to two words: "voel me * niet veilig" also finds "voel me
# echt niet veilig" and "voel me niet veilig"
_GAP = r"\s+(?:\S+\s+){0,2}"


# "mijn"/"my" in a phrase also stands for the Flemish "me" and the plural "ons"/"onze"/"our":
# "ik ben me wachtwoord kwijt", "wanneer krijgen we ons loon" (tester round of stop 37)
_OWNER = {r"mijn\ ": r"(?:mijn|me|ons|onze)\ ", r"my\ ": r"(?:my|our)\ "}


# a phrase that ends in "$" counts only where its clause ends: at the end of the message, at
# a punctuation mark, or before a word that cannot be its object. "ik kan het niet meer aan$"
# finds "ik kan het niet meer aan, echt" but not "ik kan het niet meer aan de klant uitleggen",
# and "ik ben op$" not "ik ben op tijd" (stop 51: the caring line came for such sentences)
CLAUSE_END = "$"
_CLAUSE_ENDS = (
    r"(?=\s*(?:$|[.,!?;:…)\-]|(?:en|maar|want|omdat|doordat|door|van|met|sinds|hoor|echt|gewoon|meer|"
    r"allemaal|helemaal|totaal|zo|nu|vandaag|nou|man|joh|zeg|he|hè|lol|haha|and|but|because|anymore|"
    r"honestly|really|today|now|then|so|though|tho)(?!\w)))"
)


# a phrase that starts with "^" counts only where a sentence begins: at the start of the message or
# after a full stop, "!", "?", ";" or ":", also after a filler ("honestly,", "tbh", "ugh"). English
# chat leaves out "I" ("feeling really down lately", "been so low lately"), while "the team is
# feeling down lately" or "sales have been so low lately" say who (stop 63)
CLAUSE_START = "^"
_CLAUSE_STARTS = (
    r"(?:^|(?<=[.!?;:…])|(?<=[.!?;:…]\s))(?:(?:honestly|honest|tbh|ngl|ugh|man|just|hey|hi|hello|yeah|"
    r"well|lol|sigh|hmm|idk|anyway|ok|okay|so)(?:\s*[,.!]+)?\s+)*"
)


def _pattern(phrase: str) -> str:
    """The regular expression for a topic's word or phrase (`*`: up to two words; "mijn" and
    "my" also as "me", "ons", "onze" and "our"; a final `$`: only where the clause ends,
    CLAUSE_END; a leading `^`: only where the clause begins, CLAUSE_START)."""
    ends_clause = phrase.endswith(CLAUSE_END)
    starts_clause = phrase.startswith(CLAUSE_START)
    phrase = phrase.removesuffix(CLAUSE_END).removeprefix(CLAUSE_START).strip()
    escaped = re.escape(phrase).replace(r"\ \*\ ", _GAP).replace(r"\*\ ", "").replace(r"\ \*", "")
    pattern = re.sub(r"(?<![\w\\])(?:mijn|my)\\ ", lambda m: _OWNER[m.group(0)], escaped)
    pattern = _CLAUSE_STARTS + pattern if starts_clause else pattern
    return pattern + _CLAUSE_ENDS if ends_clause else pattern


# Compiled once per phrase: a message is checked against some 3,000 phrases, more than the
# `re` module's own cache holds, so they were compiled anew for every message (about 120 ms a
# lookup in stop 54).
@lru_cache(maxsize=16384)
def _whole(phrase: str) -> re.Pattern[str]:
    """A topic's word or phrase (`_pattern`) as a whole word or phrase."""
    return re.compile(rf"(?<!\w){_pattern(phrase)}(?!\w)")


@lru_cache(maxsize=16384)
def _literal(word: str) -> re.Pattern[str]:
    """`word` as written, as a whole word or phrase."""
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")


@lru_cache(maxsize=16384)
def _word_end(word: str) -> re.Pattern[str]:
    """`word` as the end of a longer word (a Dutch compound: "kassasysteem" ends in "systeem")."""
    return re.compile(rf"\w{re.escape(word)}(?!\w)")


# Speed only (stop 65; the same results): a message is read (lower case, shorthand written out) and
# its own part and served-person facts found once, not once per topic; a topic's phrase is tried
# as a regular expression only when every word of it that the pattern holds as written is in the
# text (`_needed`); most of some 3,000 phrases fail that plain substring test.


@lru_cache(maxsize=4096)
def _read(text: str) -> str:
    """`text` as the matcher reads it: lower case, single spaces, `informal_possessives`."""
    return informal_possessives(" ".join(text.lower().split()))


@dataclass(frozen=True)
class _Facts:
    """What `match_length` asks of a read message (`_read`), whatever the topic."""

    own: str  # `own_part`: without the words quoted from a served person
    served_not_own: bool  # names someone served and none of the asker's own things
    someone_served: bool  # names someone served, or upset people or a queue
    asks_who_fixes: bool  # `ASKS_WHO_FIXES`


@lru_cache(maxsize=4096)
def _facts(low: str) -> _Facts:
    """The topic-independent facts of the read message `low`, found once per message."""
    own = own_part(low)
    served = SERVED.search(low) is not None
    return _Facts(
        own,
        served and OWN_THINGS.search(own) is None,
        served or tells_a_service_scene(low),
        ASKS_WHO_FIXES.search(low) is not None,
    )


@lru_cache(maxsize=1024)
def _asker_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """The `words` that still count for a message about someone served: those that say it is the
    asker's own, name the served person, or ask the coach itself."""
    return tuple(w for w in words if FIRST_PERSON.search(w) or SERVED.search(w) or ASKS_THE_COACH.search(w))


def _needed(phrase: str) -> str:
    """The longest word of `phrase` that its pattern (`_pattern`) holds as written ("" when none):
    not one with a `*`, nor the clause marks, nor a word ending in "mijn"/"my" (which also stand
    for "me", "ons", "our"). Every match of the pattern holds it as a substring."""
    core = phrase.removesuffix(CLAUSE_END).removeprefix(CLAUSE_START).strip()
    kept = [w for w in core.split() if "*" not in w and not w.endswith(("mijn", "my"))]
    return max(kept, key=len, default="")


@lru_cache(maxsize=1024)
def _keyed(phrases: tuple[str, ...]) -> tuple[tuple[str, str, bool], ...]:
    """Each of a topic's `phrases` with its `_needed` word, tried as a plain substring before the
    pattern (`_whole`) is, and whether it speaks as the asker (`FIRST_PERSON`: then it is sought
    in the asker's own part of the message)."""
    return tuple((w, _needed(w), FIRST_PERSON.search(w) is not None) for w in phrases)


def _together_length(lists: tuple[tuple[str, ...], ...], low: str) -> int:
    """The summed length of the longest word of each list found in `low`, 0 unless every
    list has one (single words of COMPOUND_MIN letters or more may end a compound)."""
    total = 0
    for words in lists:
        lengths = [
            len(w)
            for w in words
            if w in low
            and (
                _literal(w).search(low)
                or (" " not in w and len(w) >= COMPOUND_MIN and _word_end(w).search(low))
            )
        ]
        if not lengths:
            return 0
        total += max(lengths)
    return total


def _together_groups(together: object) -> list[list[list[str]]] | None:
    """The groups of a topic's `together`: one group (a list of two or more word lists) or
    several (a list of such groups); None when it is neither."""
    if not isinstance(together, list) or not together:
        return None
    several = all(isinstance(g, list) and g and all(isinstance(ws, list) for ws in g) for g in together)
    groups = together if several else [together]
    for group in groups:
        if len(group) < 2 or not all(
            isinstance(ws, list) and ws and all(isinstance(w, str) and w.strip() for w in ws) for ws in group
        ):
            return None
    return groups


class ReferralError(ValueError):
    """The file is not valid; `problems` lists (line, message) pairs."""

    def __init__(self, problems: list[tuple[int, str]]) -> None:
        super().__init__("; ".join(m for _, m in problems))
        self.problems = problems


def _load_yaml(text: str) -> tuple[object, yaml.Node | None]:
    """The file's data and its node tree (for the lines of keys); raises ReferralError when it
    is no valid YAML."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        return (loader.construct_document(node) if node is not None else None), node
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ReferralError([((mark.line + 1) if mark else 1, f"not valid YAML: {exc}")]) from exc
    finally:
        loader.dispose()


def _key_of(node: yaml.Node, key: str) -> yaml.Node | None:
    """The value node of `key` in the mapping `node` (its last one, as YAML reads it)."""
    found = None
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value == key:
                found = v
    return found


def _topic_nodes(root: yaml.Node | None) -> list[yaml.Node]:
    """The node of every topic in the `topics` list, in order ([] without one)."""
    topics = _key_of(root, "topics") if root is not None else None
    return list(topics.value) if isinstance(topics, yaml.SequenceNode) else []


def _keys_twice(
    node: yaml.MappingNode, label: str, path: str = "", deep: bool = True
) -> list[tuple[int, str]]:
    """Keys given twice in the mapping `node` or (`deep`) in a mapping inside it ("words",
    "where"), as (line, message) naming `label` and the key: YAML itself keeps the last one
    and says nothing, so a second `before:` silently replaced the first."""
    problems, first_line = [], {}
    for key, value in node.value:
        name = f"{path}{key.value}" if isinstance(key, yaml.ScalarNode) else None
        if name is None:
            continue
        line = key.start_mark.line + 1
        if name in first_line:
            lines = f"lines {first_line[name]} and {line}" if first_line[name] != line else f"line {line}"
            twice = f"given twice ({lines}); YAML keeps only the last"
            problems.append((line, f"{label}: key `{name}` {twice}"))
        first_line.setdefault(name, line)
        if deep and isinstance(value, yaml.MappingNode):
            problems += _keys_twice(value, label, f"{name}.")
    return problems


def duplicate_keys(root: yaml.Node | None) -> list[tuple[int, str]]:
    """Keys given twice in the file (the node tree of `_load_yaml`): at its top, or inside a
    topic (named by its id), as (line, message)."""
    if not isinstance(root, yaml.MappingNode):
        return []
    problems = _keys_twice(root, "the file", deep=False)  # `topics` or `version` twice
    for n, topic in enumerate(_topic_nodes(root), 1):
        if isinstance(topic, yaml.MappingNode):
            tid = _key_of(topic, "id")
            name = tid.value if isinstance(tid, yaml.ScalarNode) and tid.value else n
            problems += _keys_twice(topic, f"topic {name}")
    return problems


def parse_referrals(text: str, strict: bool = True) -> list[Referral]:
    """Referrals in the file's order. Raises ReferralError with every problem found (with the
    line of the topic it is in). `strict=False` (the coach reading the file) lets a key given
    twice pass, with the last one as YAML reads it, so that a slip in one topic does not stop
    every referral (112 included); `knowledge check` reads it strictly and reports it."""
    data, root = _load_yaml(text)
    data = data or {}
    problems: list[tuple[int, str]] = []
    twice = duplicate_keys(root) if strict else []
    topics = data.get("topics") if isinstance(data, dict) else None
    if not isinstance(topics, list) or not topics:
        raise ReferralError([*twice, (1, "needs a non-empty `topics` list")])
    nodes = _topic_nodes(root)
    out, seen = [], {}
    for n, topic in enumerate(topics, 1):
        tid = topic.get("id") if isinstance(topic, dict) else None
        label = f"topic {tid or n}"
        at = nodes[n - 1].start_mark.line + 1 if n <= len(nodes) else 1
        if not isinstance(tid, str) or not tid:
            problems.append((at, f"{label}: needs an `id`"))
            continue
        if tid in seen:
            problems.append((at, f"{label}: id used twice (lines {seen[tid]} and {at})"))
        seen.setdefault(tid, at)
        words, where = topic.get("words") or {}, topic.get("where") or {}
        for lang in LANGS:
            ws = words.get(lang) if isinstance(words, dict) else None
            if not isinstance(ws, list) or not ws or not all(isinstance(w, str) and w.strip() for w in ws):
                problems.append((at, f"{label}: `words.{lang}` needs a list of words"))
            if not isinstance(where, dict) or not isinstance(where.get(lang), str) or not where[lang].strip():
                problems.append((at, f"{label}: `where.{lang}` needs a sentence"))
        together = topic.get("together")
        groups = _together_groups(together) if together is not None else []
        if groups is None:
            problems.append((at, f"{label}: `together` needs two or more lists of words"))
        anyone = topic.get("anyone", False)
        if not isinstance(anyone, bool):
            problems.append((at, f"{label}: `anyone` is true or false"))
        intro = topic.get("intro", True)
        if not isinstance(intro, bool):
            problems.append((at, f"{label}: `intro` is true or false"))
        preamble = topic.get("preamble", True)
        if not isinstance(preamble, bool):
            problems.append((at, f"{label}: `preamble` is true or false"))
        service_menu = topic.get("service_menu", True)
        if not isinstance(service_menu, bool):
            problems.append((at, f"{label}: `service_menu` is true or false"))
        menu, fallback = topic.get("menu", True), topic.get("fallback", False)
        if not isinstance(menu, bool):
            problems.append((at, f"{label}: `menu` is true or false"))
        if not isinstance(fallback, bool):
            problems.append((at, f"{label}: `fallback` is true or false"))
        before = topic.get("before", [])
        if not isinstance(before, list) or not all(isinstance(b, str) and b.strip() for b in before):
            problems.append((at, f"{label}: `before` is a list of topic ids"))
            before = []
        unless = topic.get("unless", [])
        if not isinstance(unless, list) or not all(isinstance(w, str) and w.strip() for w in unless):
            problems.append((at, f"{label}: `unless` is a list of words or phrases"))
            unless = []
        anywhere = topic.get("unless_anywhere", [])
        if not isinstance(anywhere, list) or not all(isinstance(w, str) and w.strip() for w in anywhere):
            problems.append((at, f"{label}: `unless_anywhere` is a list of words or phrases"))
            anywhere = []
        covers = topic.get("covers", [])
        if not isinstance(covers, list) or not all(isinstance(c, str) and c.strip() for c in covers):
            problems.append((at, f"{label}: `covers` is a list of topic ids"))
            covers = []
        then = topic.get("then")
        said = isinstance(then, dict) and all(isinstance(then.get(lang), str) for lang in LANGS)
        if then is not None and not (said and all(then[lang].strip() for lang in LANGS)):
            problems.append((at, f"{label}: `then` needs a sentence for " + " and ".join(LANGS)))
        leader = topic.get("where_manager")
        told = isinstance(leader, dict) and all(isinstance(leader.get(lang), str) for lang in LANGS)
        if leader is not None and not (told and all(leader[lang].strip() for lang in LANGS)):
            problems.append((at, f"{label}: `where_manager` needs a sentence for " + " and ".join(LANGS)))
        versions = {key: topic.get(key) for key in ("where_self", "where_other", "then_self")}
        for key, version in versions.items():
            given = isinstance(version, dict) and all(isinstance(version.get(lang), str) for lang in LANGS)
            if version is not None and not (given and all(version[lang].strip() for lang in LANGS)):
                problems.append((at, f"{label}: `{key}` needs a sentence for " + " and ".join(LANGS)))
                versions[key] = None
        if versions["then_self"] and not (then and versions["where_self"]):
            problems.append((at, f"{label}: `then_self` needs `then` and `where_self`"))
        article = topic.get("article")
        if article is not None and (not isinstance(article, str) or not article.strip()):
            problems.append((at, f"{label}: `article` is an article id"))
        article_if = topic.get("article_if", [])
        if not isinstance(article_if, list) or not all(isinstance(w, str) and w.strip() for w in article_if):
            problems.append((at, f"{label}: `article_if` is a list of words or phrases"))
            article_if = []
        elif article_if and article is None:
            problems.append((at, f"{label}: `article_if` needs an `article`"))
        if not problems:
            all_words = tuple(
                informal_possessives(" ".join(w.lower().split())) for lang in LANGS for w in words[lang]
            )
            heads = tuple(
                w.lower() for w in words["nl"] if " " not in w.strip() and len(w.strip()) >= COMPOUND_MIN
            )
            lists = [
                tuple(tuple(informal_possessives(" ".join(w.lower().split())) for w in ws) for ws in group)
                for group in groups or ()
            ]
            where_to = {lang: where[lang].strip() for lang in LANGS}
            out.append(
                Referral(
                    tid,
                    all_words,
                    where_to,
                    heads,
                    lists[0] if lists else (),
                    anyone,
                    article and article.strip(),
                    intro,
                    menu,
                    fallback,
                    tuple(b.strip() for b in before),
                    tuple(informal_possessives(" ".join(w.lower().split())) for w in unless),
                    tuple(lists[1:]),
                    {lang: then[lang].strip() for lang in LANGS} if then else {},
                    tuple(informal_possessives(" ".join(w.lower().split())) for w in anywhere),
                    tuple(c.strip() for c in covers),
                    {lang: leader[lang].strip() for lang in LANGS} if leader else {},
                    preamble,
                    service_menu,
                    tuple(informal_possessives(" ".join(w.lower().split())) for w in article_if),
                    *(
                        {lang: versions[key][lang].strip() for lang in LANGS} if versions[key] else {}
                        for key in ("where_self", "where_other", "then_self")
                    ),
                )
            )
    known = {r.id for r in out}
    for topic in out:
        for key, others in (("before", topic.before), ("covers", topic.covers)):
            for other in others:
                if other not in known or other == topic.id:
                    named = f"`{key}` names '{other}', which is no other topic"
                    problems.append((seen.get(topic.id, 1), f"topic '{topic.id}': {named}"))
    if problems or twice:
        raise ReferralError(twice + problems)
    return out


def load_referrals(knowledge_dir: Path) -> list[Referral]:
    """The referrals of knowledge_dir; [] when the file is absent or invalid (the check
    reports invalid files; the coach then simply refers nowhere). Read once per version of
    the file (its modification time and size), not once per message: an admin's edit is
    seen by the next message."""
    path = knowledge_dir / FILE_NAME
    try:
        stat = path.stat()
    except OSError:
        return []
    return list(_parsed(path, stat.st_mtime_ns, stat.st_size))


@lru_cache(maxsize=8)
def _parsed(path: Path, mtime_ns: int, size: int) -> tuple[Referral, ...]:
    try:
        return tuple(parse_referrals(path.read_text(encoding="utf-8"), strict=False))
    except (OSError, ReferralError):
        return ()


# Who is at risk in a message about thoughts of ending one's life (`Referral.for_the_asker`, stop 68).
# Someone else by the words of the deed itself ("zichzelf iets aandoen", "zijn leven", "kill himself"),
# the asker by theirs ("mezelf", "mijn leven", "myself"); else by who is in the message once the
# asker's own question about what to do is set aside ("wat moet ik doen", "how do I help"): a person
# served, a colleague, someone, he or she is someone else; "ik", "I", "me" alone is the asker.
_OTHER_AT_RISK = re.compile(
    r"\b(?:zichzelf|zich|zijn(?: eigen)? leven|z'n leven|haar(?: eigen)? leven|hun(?: eigen)? leven|"
    r"himself|herself|themselves|themself|(?:his|her|their)(?: own)? life|wants to die|"
    r"(?:doesn't|doesnt|does not) want to (?:live|be here))\b",
    re.IGNORECASE,
)
_SELF_AT_RISK = re.compile(
    r"\b(?:mezelf|mijzelf|mij zelf|(?:mijn|m'n)(?: eigen)? leven|myself|my(?: own)? life)\b", re.IGNORECASE
)
_ASKERS_QUESTION = re.compile(
    r"\b(?:wat (?:moet|kan|zal) (?:ik|k) (?:nu |dan |daar |hier )?(?:mee )?(?:doen|zeggen)|"
    r"wat doe (?:ik|k)(?: nu| dan)?|hoe (?:moet|kan) (?:ik|k)\b[^.?!]*|hoe help (?:ik|k)\b[^.?!]*|"
    r"hoe reageer (?:ik|k)\b[^.?!]*|ik denk dat|kdenk dat|"
    r"ik maak me zorgen|ik heb het gevoel dat|ik hoorde dat|ik zag dat|ik weet niet wat|ik ben bang dat|"
    r"tegen mij|tegen me|vertelde me|vertelde mij|zei me|zei mij|zegt me|"
    r"what (?:do|should|can|must) i (?:do|say)\b[^.?!]*|how (?:do|should|can) i\b[^.?!]*|i think|i'm worried|"
    r"im worried|i am worried|i heard|i don't know what|i dont know what|i'm afraid|told me|to me)\b",
    re.IGNORECASE,
)
_SOMEONE_ELSE = re.compile(
    rf"(?<!\w)(?:{_SERVED_WORDS}|collega|collegaatje|collega's|colleague|coworker|co-worker|medewerker|"
    r"medewerkster|teamlid|iemand|someone|somebody|vriend|vriendin|friend|zoon|dochter|son|daughter|"
    r"hij|zij|ze|hem|he|she|him|they|leerling|student|kind|child|kid|man|vrouw|meisje|jongen|"
    r"girl|boy|guy|woman|lady)(?!\w)",
    re.IGNORECASE,
)
_ASKER = re.compile(r"\b(?:ik|ikke|k|kw?il|kzie|kkan|mij|me|mijn|m'n|i|i'm|im|i've|ive|my)\b", re.IGNORECASE)


def at_risk(text: str) -> str | None:
    """Who a message about thoughts of ending one's life is about: "other" (a customer, a
    colleague, someone), "self" (the asker) or None when it does not say (a bare "zelfmoord")."""
    if _OTHER_AT_RISK.search(text):
        return "other"
    if _SELF_AT_RISK.search(text):
        return "self"
    rest = _ASKERS_QUESTION.sub(" ", text)
    if _SOMEONE_ELSE.search(rest):
        return "other"
    return "self" if _ASKER.search(rest) else None


def _is_emergency(referral: Referral) -> bool:
    return referral.anyone and not referral.article


def find_referrals(text: str, referrals: list[Referral]) -> list[Referral]:
    """Every topic `text` names: an emergency (a topic for anyone with no article of its own:
    someone unwell) first, whatever else the message names; a `fallback` topic ("who can I talk
    to", "moet ik dat melden?") only when no other topic is named (stop 61: "ik ben ziek, moet ik
    dat melden?" got the sick line and then the fallback's); else the one with the longest
    matching word or phrase ("I forgot my password for the roster app": "password for" over
    "roster"), the file's order on a tie; a topic goes ahead of the topics its `before` names;
    [] when it names none."""
    lengths = [r.match_length(text) for r in referrals]
    found = (i for i, n in enumerate(lengths) if n > 0)
    named = sorted(
        found, key=lambda i: (not _is_emergency(referrals[i]), referrals[i].fallback, -lengths[i], i)
    )
    ordered = without_covered([referrals[i] for i in named])
    if any(not topic.fallback for topic in ordered):  # a fallback counts only when nothing else does
        ordered = [topic for topic in ordered if not topic.fallback]
    for topic in list(ordered):  # `before`: this topic ahead of the ones it names
        ahead = [j for j, other in enumerate(ordered) if other.id in topic.before]
        if ahead and min(ahead) < ordered.index(topic):
            ordered.remove(topic)
            ordered.insert(min(ahead), topic)
    return ordered


def without_covered(topics: list[Referral]) -> list[Referral]:
    """`topics` without those another of them `covers` (the 112 line makes the calmer
    `unwell` line redundant), in their order."""
    covered = {other for topic in topics for other in topic.covers}
    return [topic for topic in topics if topic.id not in covered]


def find_referral(text: str, referrals: list[Referral]) -> Referral | None:
    """The topic `text` names; when several do, the first of `find_referrals`."""
    named = find_referrals(text, referrals)
    return named[0] if named else None
