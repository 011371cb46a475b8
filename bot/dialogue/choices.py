"""What a button on screen is, for a channel that lets people type instead of tap: its
kind (a self-check answer carries the value it answers with) and whether a typed line
names it by its title ("Nog een tip", "nuttig" for "👍 Nuttig", "eens" for "4 · Eens"), by a
clear part of one title ("standaard waar het moet"), by its place in words in one menu ("de
tweede graag", "the first one") or, where the buttons carry no keys of their own (Telegram),
by its place ("2" for the second)."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.content.glossary import Glossary, glossary_for, numbered_references
from bot.dialogue import payloads
from bot.settings import get_settings

ANSWER_INTENT = "selfcheck_answer"
Choice = tuple[str, str]  # (title, payload)


def answer_value(payload: str) -> int | None:
    """The scale value a self-check answer button carries, else None (any other button)."""
    parsed = payloads.parse(payload)
    if parsed is None or parsed.intent != ANSWER_INTENT:
        return None
    raw = str(parsed.entity("selfcheck_value") or "")
    return int(raw) if re.fullmatch(r"-?[0-9]{1,3}", raw) else None


def plain(text: str) -> str:
    """A title or typed line as compared: letters and digits only (no emoji, no
    punctuation), lower case, single spaces."""
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def by_title(text: str, choices: list[Choice]) -> str | None:
    """The payload of the choice whose title `text` types out, else None. An answer button
    "4 · Eens" is also named by its label alone ("eens"); a bare number names no title.
    Without an exact title, a numbered concept whose article is a button ("principe 3",
    "shift 5": `by_numbered_concept`), a place in words picks from one menu ("de tweede
    graag", "the first one": `by_place_in_words`) and a clear part of one title picks it
    ("standaard waar het moet": `by_part_of_title`); the channels (terminal, Telegram) call
    this one for every typed line (tester round of stop 53: both were searched as questions)."""
    typed = plain(text)
    if not typed or typed.isdigit():
        return None
    return (
        _by_exact_title(typed, choices)
        or by_numbered_concept(text, choices)
        or by_place_in_words(text, choices)
        or by_part_of_title(text, choices)
    )


def _by_exact_title(typed: str, choices: list[Choice]) -> str | None:
    """The payload of the choice whose title (or answer label) is `typed` (already `plain`)."""
    for title, payload in choices:
        label = re.sub(r"^[0-9]+ ", "", plain(title)) if answer_value(payload) is not None else None
        if plain(title) == typed or label == typed:
            return payload
    return None


@lru_cache(maxsize=1)
def _default_glossary() -> Glossary | None:
    """The glossary of the configured knowledge folder (knowledge/glossary.yml); None when
    it cannot be read (then no concept is picked by its number)."""
    try:
        return glossary_for(get_settings().knowledge_dir)
    except Exception:  # picking by a concept's number is a convenience, never a failure
        return None


def by_numbered_concept(text: str, choices: list[Choice], glossary: Glossary | None = None) -> str | None:
    """The payload of the button to the article of the concept `text` names by its number
    ("principe 3", "shift 5", "paradigmashift 5", "het derde principe", "level 2 please"; the
    nouns and ordinals of knowledge/glossary.yml), with only words that say nothing about which
    around it; None when no button leads to that concept's article (then it is a question for
    the coach, which answers it from the glossary). A bare "shift" counts here: the list on
    screen says which shifts are meant."""
    words = _words(text)
    if not choices or not words or len(words) > PICK_MAX_WORDS:
        return None
    glossary = glossary or _default_glossary()
    if glossary is None:
        return None
    found = numbered_references(text, glossary)
    if len(found) != 1:
        return None
    ref = found[0]
    said = {*plain(ref.noun).split(), str(ref.number), *(w for w, n in _ORDINALS.items() if n == ref.number)}
    said |= {w for ws in glossary.ordinals.values() for i, w in enumerate(ws, 1) if i == ref.number}
    said |= {w for w, n in _NUMBER_WORDS.items() if n == ref.number}
    if not all(w in _PICK_WORDS or w in said or w in _CHOICE_WORDS for w in words):
        return None  # "wat is principe 3 precies", "shift 5 uitleggen": a question
    concept = glossary.concept(ref.kind, ref.number)
    if concept is None or not concept.article:
        return None
    for _, payload in choices:
        parsed = payloads.parse(payload)
        if (
            parsed is not None
            and parsed.intent == payloads.ASK_ADVICE
            and (parsed.entity("article_id") == concept.article)
        ):
            return payload
    return None


# "2", "2.", "2)", "(2)", "nr 2", "optie 2", "#2": a place in the list, as people type a pick
_PLACE = re.compile(
    r"\(?\s*(?:nr\.?|nummer|number|no\.?|optie|option|keuze|choice|#)?\s*([0-9]{1,2})\s*[).:]?\s*\)?"
)


def by_position(text: str, choices: list[Choice]) -> str | None:
    """The payload of the choice at the place `text` names, counted from 1 in the order shown
    ("2" for the second button) or in words ("de tweede", "2e", "the first one",
    `_place_in_words`), else None. For a channel whose buttons show no numbers
    (Telegram): "Welke bedoel je? Kies er een of typ het nummer" asks for one. Never for
    self-check answer buttons: there "2" is the answer 2 on the scale, read by the action."""
    if not choices or any(answer_value(p) is not None for _, p in choices):
        return None
    return _pick_at(place_named(text), choices)


def place_named(text: str) -> int | None:
    """The place (from 1; -1 for the last) a typed line names as a pick: a number as people
    type one ("2", "2.", "(2)", "nr 2", "nummer 2", "#2") or in words ("de tweede", "da eerste",
    "the 1st", "nummer twee": `_place_in_words`); else None."""
    match = _PLACE.fullmatch(text.strip().casefold())
    if match is None:  # "de tweede graag", "2e", "the first one", "nummer twee", "option 2 please"
        return _place_in_words(text, digits=True)
    return int(match.group(1))


# --- which buttons a place picks from when a reply has several messages with buttons (Telegram:
# an answer with its topic buttons, then 👍/👎, maybe "Verder met vraag 3?"). Tester round of
# stop 57: after an overview ("wat zijn de zeven principes"), with its numbered list, a button per
# item and "kies er een voor meer", a typed "3" reached the action as a bare number ---

Keyboard = tuple[str, list[Choice]]  # (the text of one message of the coach, its buttons in order)
# "1. Van buiten naar binnen", "2) Klantintimiteit": a numbered line of a list in a message
_NUMBERED_LINE = re.compile(r"^\s*([0-9]{1,2})\s*[.)]\s+(\S.*?)\s*$", re.MULTILINE)


def numbered_buttons(keyboard: Keyboard) -> dict[int, Choice]:
    """The buttons of a message whose text numbers them ("Alle 7 op een rij (kies er een voor
    meer):" then "1. <title>", "2. <title>"...): number in the text -> its button (the one with
    that title). {} when fewer than two numbered lines name a button of the message."""
    text, choices = keyboard
    titled = {plain(title): (title, payload) for title, payload in choices}
    found = {int(n): titled[plain(line)] for n, line in _NUMBERED_LINE.findall(text) if plain(line) in titled}
    return found if len(found) >= 2 else {}


def _rates(choices: list[Choice]) -> bool:
    """Whether these are rating buttons (👍/👎 after an answer): never picked by a place."""
    intents = {parsed.intent if (parsed := payloads.parse(p)) is not None else None for _, p in choices}
    return intents == {payloads.FEEDBACK}


def place_target(keyboards: list[Keyboard]) -> list[Choice | None] | None:
    """The buttons a typed place ("3", "de derde") picks from, in the order of their places
    (None for a place the message numbers without a button for it), among the messages with
    buttons of the coach's latest reply: the latest message whose text numbers its buttons
    (`numbered_buttons`), else the one message with buttons that is not 👍/👎. None when a
    self-check statement's answer buttons are on screen (there "3" is a score, read by the
    action) or when no single message is meant."""
    if any(answer_value(p) is not None for _, choices in keyboards for _, p in choices):
        return None
    menus = [k for k in keyboards if k[1] and not _rates(k[1])]
    for keyboard in reversed(menus):
        numbered = numbered_buttons(keyboard)
        if numbered:
            return [numbered.get(n) for n in range(1, max(numbered) + 1)]
    return list(menus[0][1]) if len(menus) == 1 else None


def by_place(text: str, keyboards: list[Keyboard]) -> str | None:
    """The payload of the button at the place `text` names (`place_named`: "3", "nummer 3",
    "de derde", "da eerste", "the third one"; or by a letter, `letter_place`: "optie b", "b")
    in the buttons it picks from (`place_target`), else None."""
    target = place_target(keyboards)
    place = place_named(text)
    return _pick_at(place if place is not None else letter_place(text), target) if target else None


# "optie b", "option c", "b", "b)", "(b)", "keuze a", "antwoord b": a place by a letter, as a list
# in a quiz or a form is read (tester round of stop 61: "optie b" under a list got the help
# text). Only where the buttons carry no keys of their own (REST, Telegram): the terminal shows
# letters for 👍/👎 and reads them itself (bot/channels/terminal/render.py).
_LETTER_PICK = re.compile(
    r"\(?\s*(?:(?:optie|option|keuze|choice|antwoord|answer|nr\.?|nummer|number|letter)\s*)?"
    r"([a-j])\s*[).:!]?\s*\)?(?:\s+(?:graag|aub|pls|please|svp|alsjeblieft))?"
)


def letter_place(text: str) -> int | None:
    """The place (from 1) a typed letter names as a pick ("optie b" -> 2, "option c" -> 3,
    "(a)" -> 1, "b graag"), else None ("b2b", "a klant", "optie z")."""
    found = _LETTER_PICK.fullmatch(" ".join(text.split()).casefold())
    return ord(found.group(1)) - ord("a") + 1 if found else None


# a number as people type a pick, up to three digits ("9", "12", "0", "nr 12", "#9", "123"):
# one past the list's end is said to be so (`place_outside`)
_LOOSE_PLACE = re.compile(
    r"\(?\s*(?:nr\.?|nummer|number|no\.?|optie|option|keuze|choice|#)?\s*([0-9]{1,3})\s*[).:!?]*\s*\)?"
)


def place_outside(text: str, keyboards: list[Keyboard]) -> int | None:
    """How many places the list on screen has (`place_target`: an overview's numbered list, the
    one menu of a reply) when `text` names a place as a pick that is not on it ("9", "0", "12",
    "nummer 12", "de negende" after a list of seven); None for a place on it, for anything that
    is no pick, when no single list is on screen and while a self-check statement's answer
    buttons are (there "9" is a number off the scale). Tester round of stop 57: "9" after the
    seven principles got "a number on its own picks nothing" instead of the list's range."""
    target = place_target(keyboards)
    if not target:
        return None
    found = _LOOSE_PLACE.fullmatch(text.strip().casefold())
    place = int(found.group(1)) if found else _place_in_words(text, digits=True)
    place = place if place is not None else letter_place(text)  # "optie f" under three
    if place is None or place == -1 or 1 <= place <= len(target):
        return None
    return len(target)


# "optie b", "option c", "keuze 2", "nr 3", "b)", "ik kies optie b": a pick as people type one, by a
# word for a choice and a letter or number, or a letter with its bracket. A bare "2" or "b" is not
# counted here (a score, a typo, or the terminal's key): those have their own replies. Stop 62: with
# no list on screen, "optie b" got the help list.
_PICK_WORD = (
    r"(?:opties?|optei|opite|optoin|opion|opt|option|keuze|keus|keuse|kuze|choice|choise|antwoord|answer"
    r"|nr\.?|nummer|numer|number|no\.|letter|#)"
)
_NUMBER_WORD = r"(?:een|één|twee|drie|vier|vijf|zes|zeven|one|two|three|four|five|six|seven)\b"
_PICK_ANY = re.compile(
    r"(?:(?:ik\s+)?(?:kies|neem|wil|ga\s+voor)\s+|doe\s+maar\s+|geef\s+maar\s+|(?:i\s*'?\s*ll\s+)?take\s+"
    r"|i\s+(?:choose|pick|want)\s+|(?:ok|oké|oke|okay|dan|then|allez|awel|euh|uhm)\W+)*"
    rf"\(?\s*(?:{_PICK_WORD}\s*(?:[a-j]|[0-9]{{1,3}}|{_NUMBER_WORD})|[a-j]\s*[).]|\(\s*[a-j]\s*\))\s*[).:!?]*\s*\)?"
    r"(?:\s*,?\s*(?:graag|aub|pls|plz|please|svp|alsjeblieft|dan|then|hè|hé|he|hoor|lol|haha|dank\s+je|thanks|thx))*"
)


def names_a_pick(text: str | None) -> bool:
    """Whether a typed line is a pick from a list by a word for a choice and its letter or number
    ("optie b", "Option C", "keuze 2", "nr. 3", "#2", "ik kies optie b", "optie b graag") or by a
    letter with its bracket ("b)", "(c)"); False for a bare "2" or "b" and for anything more ("optie
    b is beter", "plan b", "a klant", "welke keuze heb ik", "nummer 1 klacht")."""
    return _PICK_ANY.fullmatch(" ".join((text or "").split()).casefold()) is not None


def nothing_to_pick(text: str, keyboards: list[Keyboard]) -> bool:
    """Whether `text` names a pick (`names_a_pick`) while no list to pick from is on screen: no
    buttons at all, or only 👍/👎; never while a self-check statement's answer buttons are there
    (a number or letter is read as an answer or told it is none)."""
    if not names_a_pick(text):
        return False
    if any(answer_value(p) is not None for _, choices in keyboards for _, p in choices):
        return False
    return not [k for k in keyboards if k[1] and not _rates(k[1])]


def list_on_screen(keyboards: list[Keyboard]) -> list[Choice]:
    """The buttons a typed place picks from (`place_target`), in their order; [] when no single
    list is on screen or one of its places has no button (then they are not offered again)."""
    target = place_target(keyboards) or []
    return [c for c in target if c is not None] if target and None not in target else []


def pick(text: str, keyboards: list[Keyboard]) -> str | None:
    """The payload a typed line picks from the coach's latest reply (its messages with
    buttons, in order), else None: a title typed out or a numbered concept on a button
    ("principe 3", "shift 5": `by_title`), a place (`by_place`), then the rest of `by_title`
    (a place in words in one menu, a clear part of one title). For Telegram, whose buttons
    show no numbers."""
    choices = [c for _, cs in keyboards for c in cs]
    typed = plain(text)
    if typed and not typed.isdigit():
        exact = _by_exact_title(typed, choices) or by_numbered_concept(text, choices)
        if exact is not None:
            return exact
    return by_place(text, keyboards) or by_title(text, choices)


# --- picking by a word for the place ("de tweede graag", "the first one") or by a clear part
# of one title ("standaard waar het moet"): tester round of stop 53, where both were searched
# as questions and opened another article ---

# ordinal words (Dutch, Flemish, English) -> place; "last" is counted from the end (-1). Up to
# the tenth: the overview of the ten paradigm shifts lists ten (tester round of stop 57)
_ORDINALS = {
    **dict.fromkeys(("eerste", "1e", "1ste", "1de", "first", "1st", "bovenste"), 1),
    **dict.fromkeys(("tweede", "2e", "2de", "second", "2nd"), 2),
    **dict.fromkeys(("derde", "3e", "3de", "third", "3rd"), 3),
    **dict.fromkeys(("vierde", "4e", "4de", "fourth", "4th"), 4),
    **dict.fromkeys(("vijfde", "5e", "5de", "fifth", "5th"), 5),
    **dict.fromkeys(("zesde", "6e", "6de", "sixth", "6th"), 6),
    **dict.fromkeys(("zevende", "7e", "7de", "seventh", "7th"), 7),
    **dict.fromkeys(("achtste", "8e", "8ste", "8de", "eighth", "8th"), 8),
    **dict.fromkeys(("negende", "9e", "9de", "ninth", "9th"), 9),
    **dict.fromkeys(("tiende", "10e", "10de", "tenth", "10th"), 10),
    **dict.fromkeys(("laatste", "onderste", "last"), -1),
}
# a number in words after a word for a choice ("nummer twee", "option three")
_NUMBER_WORDS = {
    **dict.fromkeys(("een", "één", "eentje", "one"), 1),
    **dict.fromkeys(("twee", "two"), 2),
    **dict.fromkeys(("drie", "three"), 3),
    **dict.fromkeys(("vier", "four"), 4),
    **dict.fromkeys(("vijf", "five"), 5),
    **dict.fromkeys(("zes", "six"), 6),
    **dict.fromkeys(("zeven", "seven"), 7),
    **dict.fromkeys(("acht", "eight"), 8),
    **dict.fromkeys(("negen", "nine"), 9),
    **dict.fromkeys(("tien", "ten"), 10),
}
_CHOICE_WORDS = frozenset(("nummer", "number", "nr", "no", "optie", "option", "keuze", "choice"))
# words said around a pick that say nothing about which: "ok, doe maar de tweede graag",
# "I'll take the first one please", "allez, den eerste hé"
_PICK_WORDS = frozenset(
    str.split(
        "ok oké oke okay okee ja jaa yes yeah yep yup nee no allez awel uhm ehm eh hmm nou "
        "doe geef neem kies pak wil bedoel denk lijkt gaat graag maar dan dus even toch hoor he hé "
        "please pls plz aub alsjeblieft alstublieft svp thanks thx dank bedankt merci "
        "ik ga voor i ll d m take want would like choose pick mean go for with lets let s give me mij "
        "think guess "
        "one ene optie option keuze choice knop button artikel article onderwerp topic link "
        "die dat deze daar hierover over about is it its this that het de den t the a "
        # Flemish and chat spellings of the article: "da eerste", "d'n eerste", "dn 2de"
        # (tester round of stop 57: "da eerste" was searched as a question)
        "da d dn n "
        # a pick that follows on from the last one: "en de laatste?", "and the second one?" (tester
        # round of stop 60: refused after the list of ten shifts)
        "en and"
    )
)
# words that carry no content when a title is compared with a part of it typed
_FUNCTION_WORDS = frozenset(
    str.split(
        "de het een t den der des en of maar waar wat die dat dit deze ik je jij u we wij ze zij hij "
        "mijn jouw uw ons onze hun van in op aan met voor bij naar om over uit tot door als dan te er "
        "is zijn was ben bent hoe wie welke wanneer waarom ook nog wel al zo "
        "the a an of in on at to for with by from and or but is are be it its that this these those "
        "what which who how why when i you we my your our their me us about as"
    )
)
# a part of a title: at least this many of its content words, or this share of them
PART_MIN_WORDS = 2
PART_MIN_SHARE = 0.6
# a typed word matches a longer word of a title it starts ("standaard" for "standaardiseren")
# when it has at least PREFIX_MIN_CHARS letters and PREFIX_MIN_SHARE of the longer word's
PREFIX_MIN_CHARS = 4
PREFIX_MIN_SHARE = 0.55
# a line longer than this is a message of its own, never a pick
PICK_MAX_WORDS = 12


def _words(text: str) -> list[str]:
    return plain(re.sub(r"a\.u\.b\.?", "aub", text.casefold())).split()


def _place_in_words(text: str, digits: bool) -> int | None:
    """The place (from 1; -1 for the last) that `text` names by an ordinal word ("de tweede
    graag", "the first one", "2e", "den eerste hé") or by a word for a choice and a number
    ("nummer twee", "option 2" when `digits`), with only words that say nothing about which
    around it; else None ("wat is de eerste stap", "niet de eerste", "twee")."""
    words = _words(text)
    for i, word in enumerate(words[:-1]):
        number = words[i + 1]
        rest = words[:i] + words[i + 2 :]
        if word not in _CHOICE_WORDS or not all(w in _PICK_WORDS for w in rest):
            continue
        if number in _NUMBER_WORDS:
            return _NUMBER_WORDS[number]
        if digits and re.fullmatch(r"[0-9]{1,2}", number):
            return int(number)
    places = [_ORDINALS[w] for w in words if w in _ORDINALS]
    if len(places) == 1 and all(w in _PICK_WORDS or w in _ORDINALS for w in words):
        return places[0]
    return None


def _pick_at(place: int | None, choices: list[Choice | None]) -> str | None:
    """The payload at `place` (from 1; -1 the last) of `choices`, else None (also for a place
    a numbered list holds no button for)."""
    if place is None or not choices:
        return None
    at = choices[-1] if place == -1 else choices[place - 1] if 1 <= place <= len(choices) else None
    return at[1] if at is not None else None


def _one_menu(choices: list[Choice]) -> bool:
    """Whether the buttons on screen are one list to pick from: no self-check answer among
    them and all of one kind (one intent: an offer, a topic menu, "Welke bedoel je?"; not
    👍/👎), so a place in words ("de tweede") can only mean one of them."""
    if not choices or any(answer_value(p) is not None for _, p in choices):
        return False
    intents = {parsed.intent if (parsed := payloads.parse(p)) is not None else p for _, p in choices}
    return len(intents) == 1 and intents != {payloads.FEEDBACK}  # "de eerste" is no 👍


def by_place_in_words(text: str, choices: list[Choice]) -> str | None:
    """The payload of the choice that `text` names by an ordinal word ("eerste", "de tweede
    graag", "the first one", "second", "2e", "nummer twee", "option 2 please", "de laatste")
    when the buttons on screen are one menu (`_one_menu`), else None. Never while a self-check
    statement's answer buttons are on screen: there a number is a score."""
    if not _one_menu(choices):
        return None
    return _pick_at(_place_in_words(text, digits=True), choices)


def _content(words: list[str]) -> list[str]:
    return [w for w in words if w not in _FUNCTION_WORDS and not w.isdigit()]


def _matches(typed: str, word: str) -> bool:
    """Whether a typed word is a title's word or the start of one ("standaard" for
    "standaardiseren"); never a longer word that merely starts with it ("eens0" is not "eens":
    CI's fuzz test of stop 53)."""
    if typed == word:
        return True
    return (
        word.startswith(typed)
        and len(typed) >= PREFIX_MIN_CHARS
        and len(typed) >= PREFIX_MIN_SHARE * len(word)
    )


def _part_of(typed: list[str], title: str) -> bool:
    """Whether the content words `typed` are a clear part of `title`: each is a word of it
    (or starts one, `_matches`), and together they are at least PART_MIN_WORDS of its
    content words or PART_MIN_SHARE of them."""
    words = set(_content(plain(title).split()))
    if not words or not typed:
        return False
    hit = {w for w in words if any(_matches(t, w) for t in typed)}
    if not all(any(_matches(t, w) for w in words) for t in typed):
        return False
    return len(hit) >= PART_MIN_WORDS or len(hit) >= PART_MIN_SHARE * len(words)


def by_part_of_title(text: str, choices: list[Choice]) -> str | None:
    """The payload of the one choice whose title `text` names by a clear part of it
    ("standaard waar het moet" for "Standaardiseren waar het moet, personaliseren waar het
    kan": `_part_of`), with words that say nothing about which around it ("die over
    leiderschap graag"); None when no title or more than one fits, for a line of more than
    PICK_MAX_WORDS words, and for self-check answer buttons (named by their label,
    `by_title`)."""
    words = _words(text)
    if not words or len(words) > PICK_MAX_WORDS:
        return None
    typed = _content([w for w in words if w not in _PICK_WORDS])
    # a number or a word said twice is no part of a title ("1 eens", "eens eens": CI's fuzz test)
    if not typed or any(w.isdigit() for w in words) or len(set(typed)) < len(typed):
        return None
    fits = [p for title, p in choices if answer_value(p) is None and _part_of(typed, title)]
    return fits[0] if len(set(fits)) == 1 else None
