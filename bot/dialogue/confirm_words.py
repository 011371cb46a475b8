"""A typed reply to a yes/no question a channel asks itself, such as /vergeet's "Weet je het
zeker?" on Telegram (bot/channels/telegram/handlers.py; tester round of stop 62: a typed "ja"
went to the coach, which said "Mooi. Stel je vraag maar" and deleted nothing).

`confirmation_reply` reads a typed line as "yes", "no", "unclear" (ask again) or None (a
message of its own: the question lapses). Deleting needs an explicit yes, so a yes with a
doubt or a no in it is never a yes: "ja misschien", "ja nee", "ok?" are unclear. Dutch,
Flemish, English and chat spelling: "ja", "jep", "jup", "yes", "yup", "ok", "doe maar",
"ja, wis alles"; "nee", "neen", "nope", "laat maar", "toch niet", "liever niet", "cancel";
"misschien", "weet ik niet", "not sure", "mss", "?". `is_unsure`: a reply that only doubts ("misschien",
"hmm misschien", "maybe", "geen idee"), for a question that is asked again plainly then."""

from __future__ import annotations

import re
from collections.abc import Iterable

YES, NO, UNCLEAR = "yes", "no", "unclear"


def _words(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


# an explicit yes
_YES = _words(
    "ja jaa jaja jah jawel jazeker jep jepp jup jip jop yes yess yep yup yeah yea ya ye y j "
    "akkoord graag bevestig confirm confirmed"
)
# a yes when no "no" is said with it: "ok", "zeker"; "ok laat maar", "zeker niet" are a no
_WEAK_YES = _words(
    "ok okk oké oke okay okee okey oki okido k kk goed prima sure fine allez awel zeker zekers absoluut "
    "definitely absolutely certainly natuurlijk tuurlijk course"
)
# doing it: "wis maar", "doe maar", "go ahead", "delete it" (a yes unless negated: "niet wissen")
_DO = _words("wis wissen verwijder verwijderen delete erase doe doen do go ahead gang moogt mag")
# an explicit no
_NO = _words("nee neen nope no noo nah nein neuh nö n")
# words that turn a reply into a no: "niet wissen", "toch niet", "laat maar", "cancel"
_NOT = _words(
    "niet nie ni not dont never nooit cancel annuleer annuleren stop stoppen laat laten nvm nevermind "
    "keep houden bewaren behouden"
)
# a doubt: never a yes
_DOUBT = _words(
    "misschien mss misch miss maybe perhaps twijfel idk dunno weet weetnie kweetni kweetnie "
    "kweet hmm hmmm hm uhm uh eh ehm euh huh pff pfff tja"
)
_DOUBT_PAIRS = {("niet", "zeker"), ("nie", "zeker"), ("not", "sure"), ("geen", "idee"), ("no", "idea")}
# words said around a yes or no that change nothing: "ja hoor", "nee dank je", "ok, doe maar alles"
_FILLER = _words(
    "hoor maar dan dus toch wel gewoon even graag aub alsjeblieft alstublieft svp please pls plz "
    "thanks thank thx tx dank je u bedankt merci dankjewel dankuwel "
    "alles everything all it het t dat that this dit is mijn my me mij gegevens data gesprek "
    "ik i de the a een hoor he hé hè ah oh o zo so later liever rather sorry "
    "about zitten staan your just ff effe of echt really joh ge gij nu now nog yet"
)
# a question about the question itself: "wat wordt er gewist?", "echt alles?", "waarom?"
_ABOUT_IT = _words(
    "wat what wordt word er allemaal precies which welke will be gets get deleted gewist verwijderd "
    "hoezo waarom why whats kan can terug back ongedaan undo"
)
MAX_WORDS = 8  # a longer line is a message of its own
_NO_PHRASES = {
    ("vergeet", "het"), ("vergeet", "het", "maar"), ("forget", "it"), ("forget", "about", "it"),
    ("never", "mind"), ("no", "way"), ("of", "course", "not"),
}  # fmt: skip
_YES_EMOJI = frozenset("👍👌✅✔☑🆗")
_NO_EMOJI = frozenset("👎❌✖🚫🙅")


def _plain(text: str) -> list[str]:
    """Lower-case words, without apostrophes ("don't" -> "dont", "'t") and with a letter said
    three times or more said twice ("jaaaa" -> "jaa", "yesss" -> "yess")."""
    words = re.sub(r"[^\w]+", " ", re.sub(r"['’`]", "", text.casefold())).split()
    return [re.sub(r"(\w)\1{2,}", r"\1\1", w) for w in words]


def confirmation_reply(
    text: str | None, yes_titles: Iterable[str] = (), no_titles: Iterable[str] = ()
) -> str | None:
    """YES, NO or UNCLEAR for a typed reply to a yes/no question, else None (a message of its
    own). `yes_titles`/`no_titles`: the titles of the question's buttons ("Ja, wis alles"); a
    title typed out, or "1"/"2" (their places), picks them."""
    raw = (text or "").strip()
    if not raw:
        return None
    words = _plain(raw)
    if words == ["1"] or words in (_plain(t) for t in yes_titles):
        return YES
    if words == ["2"] or words in (_plain(t) for t in no_titles):
        return NO
    if not words:  # "?", "...", "🤔", "👍"
        marks = {c for c in raw if not c.isspace()}
        if marks and marks <= _YES_EMOJI | {"\ufe0f"} | set("🏻🏼🏽🏾🏿!"):
            return YES
        if marks and marks <= _NO_EMOJI | {"\ufe0f"} | set("🏻🏼🏽🏾🏿!"):
            return NO
        return UNCLEAR
    if len(words) > MAX_WORDS:
        return None
    if tuple(words) in _NO_PHRASES or tuple(w for w in words if w not in _FILLER) in _NO_PHRASES:
        return NO
    known = _YES | _WEAK_YES | _DO | _NO | _NOT | _DOUBT | _FILLER
    question = "?" in raw
    if any(w not in known for w in words):
        # "wat wordt er gewist?": a question about this question is asked again; else its own
        return UNCLEAR if question and all(w in known or w in _ABOUT_IT for w in words) else None
    doubt = _doubtful(words)
    said_no = any(w in _NO for w in words)
    negated = said_no or any(w in _NOT for w in words)
    said_yes = any(w in _YES for w in words) or (not negated and any(w in _DO for w in words))
    if question:
        return UNCLEAR  # "ok?", "zeker?", "echt alles?"
    if said_yes and negated:
        return UNCLEAR  # "ja nee", "ja, toch niet"
    if doubt:
        return NO if said_no else UNCLEAR  # "misschien", "ja misschien"; "nee, weet niet" deletes nothing
    if negated:
        return NO
    if said_yes or any(w in _WEAK_YES for w in words):
        return YES
    return UNCLEAR  # "alles", "dank je": said nothing either way


def _doubtful(words: list[str]) -> bool:
    """Whether plain words (`_plain`) say a doubt: "misschien", "weet niet", "not sure", "geen idee"."""
    pairs = set(zip(words, words[1:], strict=False))
    return any(w in _DOUBT for w in words) or bool(pairs & _DOUBT_PAIRS)


def is_unsure(text: str | None) -> bool:
    """Whether a typed reply to a yes/no question only says the user is unsure: "misschien", "hmm
    misschien", "weet niet", "geen idee", "maybe", "not sure", "ja misschien", "misschien later?"
    (UNCLEAR with a doubt in it). A yes, a no ("nee, weet niet"), a message of its own ("misschien
    kan ik de klant terugbellen?") or a question about the question ("wat wordt er gewist?") is not.
    Stop 63: "misschien" to "Verder met vraag 4 van 7?" got "Daar weet ik (nog) geen goed antwoord op"."""
    return confirmation_reply(text) == UNCLEAR and _doubtful(_plain(text or ""))
