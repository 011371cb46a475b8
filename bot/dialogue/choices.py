"""What a button on screen is, for a channel that lets people type instead of tap: its
kind (a self-check answer carries the value it answers with) and whether a typed line
names it by its title ("Nog een tip", "nuttig" for "👍 Nuttig", "eens" for "4 · Eens"), by a
clear part of one title ("standaard waar het moet"), by its place in words in one menu ("de
tweede graag", "the first one") or, where the buttons carry no keys of their own (Telegram),
by its place ("2" for the second)."""

from __future__ import annotations

import re

from bot.dialogue import payloads

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
    Without an exact title, a place in words picks from one menu ("de tweede graag", "the
    first one": `by_place_in_words`) and a clear part of one title picks it ("standaard waar
    het moet": `by_part_of_title`); the channels (terminal, Telegram) call this one for every
    typed line (tester round of stop 53: both were searched as questions)."""
    typed = plain(text)
    if not typed or typed.isdigit():
        return None
    for title, payload in choices:
        label = re.sub(r"^[0-9]+ ", "", plain(title)) if answer_value(payload) is not None else None
        if plain(title) == typed or label == typed:
            return payload
    return by_place_in_words(text, choices) or by_part_of_title(text, choices)


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
    match = _PLACE.fullmatch(text.strip().casefold())
    if match is None:  # "de tweede graag", "2e", "the first one", "nummer twee", "option 2 please"
        return _pick_at(_place_in_words(text, digits=True), choices)
    place = int(match.group(1))
    return choices[place - 1][1] if 1 <= place <= len(choices) else None


# --- picking by a word for the place ("de tweede graag", "the first one") or by a clear part
# of one title ("standaard waar het moet"): tester round of stop 53, where both were searched
# as questions and opened another article ---

# ordinal words (Dutch, Flemish, English) -> place; "last" is counted from the end (-1)
_ORDINALS = {
    **dict.fromkeys(("eerste", "1e", "1ste", "first", "1st", "bovenste"), 1),
    **dict.fromkeys(("tweede", "2e", "2de", "second", "2nd"), 2),
    **dict.fromkeys(("derde", "3e", "3de", "third", "3rd"), 3),
    **dict.fromkeys(("vierde", "4e", "4de", "fourth", "4th"), 4),
    **dict.fromkeys(("vijfde", "5e", "5de", "fifth", "5th"), 5),
    **dict.fromkeys(("laatste", "onderste", "last"), -1),
}
# a number in words after a word for a choice ("nummer twee", "option three")
_NUMBER_WORDS = {
    **dict.fromkeys(("een", "één", "eentje", "one"), 1),
    **dict.fromkeys(("twee", "two"), 2),
    **dict.fromkeys(("drie", "three"), 3),
    **dict.fromkeys(("vier", "four"), 4),
    **dict.fromkeys(("vijf", "five"), 5),
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
        "die dat deze daar hierover over about is it its this that het de den t the a"
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


def _pick_at(place: int | None, choices: list[Choice]) -> str | None:
    if place is None or not choices:
        return None
    if place == -1:
        return choices[-1][1]
    return choices[place - 1][1] if 1 <= place <= len(choices) else None


def _one_menu(choices: list[Choice]) -> bool:
    """Whether the buttons on screen are one list to pick from: no self-check answer among
    them and all of one kind (one intent: an offer, a topic menu, "Welke bedoel je?"), so a
    place in words ("de tweede") can only mean one of them."""
    if not choices or any(answer_value(p) is not None for _, p in choices):
        return False
    intents = {parsed.intent if (parsed := payloads.parse(p)) is not None else p for _, p in choices}
    return len(intents) == 1


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
