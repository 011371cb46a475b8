"""Understand a typed answer on a check's scale: "4", "vier", "four", "helemaal eens",
"4 - eens", "ik geef een 3". The words come from the scale (bot/content/scale.py), the
phrasings from bot/selfchecks/nlu.py, the same sources the NLU examples are made from.

Free answers in Flemish and with a hedge or emphasis (tester round of stop 52): "nee nooit ni"
(Flemish doubled negation: never), "da's ni waar" ("waar" as "klopt"), "zeker en vast" and
"hell yes" (strongly agree), "bijlange ni", "absoluut ni", "not at all" (strongly disagree),
"eerder wel"/"eerder ni", "quasi altijd", "yeah kinda". "Ja maar niet altijd" / "yes but not
always" is agreement, not strong (as "meestal wel"): the yes says which side. "Niet altijd" /
"ni altijd" / "not always" alone stays unscored, as decided at stop 51: it only says the top of
the scale is wrong, and is said for "usually" as well as for "hardly ever", so any point would be
a guess; the coach asks again with the scale instead (`tries_to_answer`)."""

from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import zipf_frequency

from bot.content.question_words import clauses, opens_with_question_word
from bot.content.scale import AGREE_5, LANGS, NUMBER_WORDS, Scale, normalize
from bot.content.selfchecks import SelfCheck
from bot.dialogue.emoji_meaning import APPROVAL_EMOJI, DISAPPROVAL_EMOJI, only_emoji_of
from bot.dialogue.shorter_request import asks_for_shorter
from bot.selfchecks.nlu import PHRASES
from bot.selfchecks.not_understood import asks_whether_it_holds, yes_or_no_asked

_NUMBER = re.compile(r"(\d{1,6})(\s.*)?")  # \d: decimal digits int() reads; not "²", not 5000 digits
_ANY_NUMBER_WORD = {
    normalize(w): value for lang in LANGS for value, ws in NUMBER_WORDS[lang].items() for w in ws
}


def _phrase_patterns() -> list[re.Pattern[str]]:
    patterns = []
    for phrase in (p for lang in LANGS for p in PHRASES[lang]):
        before, _, after = normalize(phrase.replace("{value}", " VALUE ")).partition("value")
        patterns.append(re.compile(re.escape(before) + r"(?P<value>.+?)" + re.escape(after)))
    return patterns


_PATTERNS = _phrase_patterns()


def _candidates(norm: str) -> list[str]:
    """The text itself, then what a known phrasing ("ik geef een {value}") wraps."""
    found = [norm]
    for pattern in _PATTERNS:
        match = pattern.fullmatch(norm)
        if match:
            found.append(match.group("value").strip())
    return found


# How people say (dis)agreement in a sentence ("ja, helemaal mee eens", "no I don't agree",
# "yes I agree completely"): a stance word, maybe a negation, maybe a word that makes it
# strong, and words that add nothing. Any other word: not an answer (e.g. a question).
_STANCE = {"eens": "agree", "agree": "agree", "akkoord": "agree", "klopt": "agree", "oneens": "disagree",
           "disagree": "disagree", "neutraal": "neutral", "neutral": "neutral",
           # "klopt" in other words: "sadly true", "dat is juist", "not true", "onjuist"
           "true": "agree", "correct": "agree", "juist": "agree", "false": "disagree", "untrue": "disagree",
           "onjuist": "disagree", "incorrect": "disagree"}  # fmt: skip
_NEGATION = {"niet", "not", "t", "dont", "geen", "nee", "no", "nah", "nope", "never"}  # "don't" -> "don t"
_LEADING_NO = ("nee", "no", "nah", "nope")  # "nee, oneens": a leading no repeats the stance
# Hedged disagreement said in words without a stance word ("niet echt", "not really")
_DISAGREE_PHRASES = ("niet echt eens", "niet echt", "niet zo vaak", "niet vaak", "niet zo erg", "niet zo",
                     "niet bepaald", "not really", "not so much", "not much", "not quite", "not that often",
                     "not often")  # fmt: skip
# a yes beside a word on the fence adds nothing: "ja een beetje", "yeah kinda" (tester round of stop 52)
_YES_AROUND_FENCE = frozenset({"ja", "yes", "yeah", "yep", "jawel", "wel", "i", "ik", "zeg", "say", "would"})
# Said alone, these sit on the fence: the middle of a scale that has one ("een beetje",
# "sort of"); with a stance word they only soften it ("kinda agree" is agree).
_FENCE = {"sort of", "kinda", "kind of", "soort van", "een beetje", "beetje", "deels", "gedeeltelijk",
          "partly", "min of meer", "more or less", "half half", "zo zo", "so so", "gaat wel",
          "half"}  # fmt: skip
# "I don't know": no point of the scale; the coach says any nearest answer will do
_DONT_KNOW = re.compile(
    r"(ik )?weet (ik )?(het )?(eigenlijk |echt |ook )?niet( goed| zo goed| precies)?|geen (flauw )?idee|"
    r"twijfel\w*|idk|dunno|i (really )?(don ?t|do not)( really)? know|dont know|don t know|no idea|not sure|"
    r"no clue|"
    r"moeilijk te zeggen|hard to say|lastig"
)
# "hmm weet ik niet zo goed", "tja, geen idee": a hesitation before it changes nothing
_DONT_KNOW_HEAD = re.compile(r"^((h+m+|e+h+m*|u+h*m+|u+h+|pf+|tja|mwa+h?|nou|well|oh|ach|och) )+")
_DONT_KNOW_TAIL = re.compile(r"( (eigenlijk|hoor|echt|really|honestly|tbh|sorry|haha))+$")
_STRONG = {
    "helemaal",
    "volledig",
    "totaal",
    "compleet",
    "absoluut",
    "zeer",
    "heel",
    "erg",
    "sterk",
    "volmondig",
    "totally",
    "completely",
    "fully",
    "strongly",
    "absolutely",
    "entirely",
    "very",
    "much",
    "so",
    "really",
    "100",
    # "definitely agree", "zeker en vast" (tester round of stop 52)
    "definitely",
    "certainly",
}
_FILLER = {"ja", "jazeker", "zeker", "yes", "yeah", "yep", "ik", "i", "ben", "het", "er", "mee", "ermee",
           "daar", "hiermee", "daarmee", "wel", "dat", "eigenlijk", "am", "do", "m", "with", "that",
           "this", "it", "ok", "oke", "okay", "would", "d", "say", "zou", "zeggen", "beetje", "eerder",
           "somewhat", "mostly", "grotendeels", "redelijk", "fairly", "quite", "rather", "s", "is",
           "wat", "a", "bit", "dus", "then", "dan", "hoor", "toch", "does", "doesn", "don",
           "didn", "kinda", "k"}  # fmt: skip
# ("k": Flemish and chat "ik", "k doe da soms"; stop 61)
_KNOWN = set(_STANCE) | _NEGATION | _STRONG | _FILLER
# Statements describe what someone does, so people answer with how often ("meestal wel",
# "altijd", "I usually do", "bijna nooit"). How often reads as a stance: always = strongly
# agree, usually = agree, sometimes = neutral, rarely = disagree, never = strongly disagree.
# "wel eens" on its own is Dutch for "now and then", so a frequency word decides over a
# plain "eens"/"agree"; "almost" takes "always"/"never" one step toward the middle.
_FREQUENCY: dict[str, tuple[str, bool]] = {
    "altijd": ("agree", True), "always": ("agree", True), "steeds": ("agree", True),
    "meestal": ("agree", False), "vaak": ("agree", False), "doorgaans": ("agree", False),
    "gewoonlijk": ("agree", False), "usually": ("agree", False), "often": ("agree", False),
    "mostly": ("agree", False),  # "yeah mostly" (verifier round of stop 50)
    "generally": ("agree", False), "normally": ("agree", False), "normaal": ("agree", False),
    "soms": ("neutral", False), "sometimes": ("neutral", False), "occasionally": ("neutral", False),
    "zelden": ("disagree", False), "rarely": ("disagree", False), "seldom": ("disagree", False),
    "hardly": ("disagree", False), "nauwelijks": ("disagree", False), "amper": ("disagree", False),
    "nooit": ("disagree", True), "never": ("disagree", True),
    # tester round of stop 52: "grotendeels" was not read, "telkens" neither
    "grotendeels": ("agree", False), "overwegend": ("agree", False), "merendeels": ("agree", False),
    "telkens": ("agree", True),
}  # fmt: skip
# "quasi altijd", "haast nooit": Flemish and spoken forms of "bijna" (tester round of stop 52)
_ALMOST = {"bijna", "almost", "nearly", "vrijwel", "quasi", "haast", "bijkans", "nagenoeg"}
# Frequencies said in several words, read as the one word that means the same
_FREQUENCY_PHRASES = {
    "af en toe": "soms", "van tijd tot tijd": "soms", "every now and then": "sometimes",
    "now and then": "sometimes", "once in a while": "sometimes", "most of the time": "usually",
    "de meeste tijd": "meestal", "in de regel": "meestal",
    # tester round of stop 52
    "elke keer": "altijd", "iedere keer": "altijd", "every time": "always", "all the time": "always",
    "de meeste keren": "meestal", "most times": "usually", "pretty much": "almost", "zo goed als": "bijna",
    # stop 53 ("ja dat gebeurt echt constant"): "constant" and "regelmatig" are how often too
    "de hele tijd": "altijd", "aan de lopende band": "altijd", "constant": "altijd", "continu": "altijd",
    "voortdurend": "altijd", "the whole time": "always", "constantly": "always", "non stop": "always",
    "regelmatig": "vaak", "geregeld": "vaak", "regularly": "often", "frequently": "often",
}  # fmt: skip
# a bare yes or no beside a frequency repeats it: "nope, never" is never (tester round of stop 44:
# it was read as not wanting to go on), "yep, always" always
_FREQUENCY_FILLER = {"doe", "zo", "it", "ever", "yes", "ja", "nee", "no", "the", "wel", "gedaan", "done",
                     "did", "do", "dat", "that", "nah", "nope", "neen", "yup", "jawel",
                     "we", "wij", "doen"}  # fmt: skip
# ("we doen dat meestal": stop 61)


# A frequency negated ("meestal niet", "vaak niet", "usually not", "I don't usually", "mostly no")
# says it mostly does not happen: disagree, as "niet vaak" and "bijna nooit" (a tester's "meestal
# niet" was not understood). Only "usually"/"often" turn so: "niet altijd" / "not
# always" stays too vague to score, "nooit niet" and "soms niet" are no clear answer either.
_FREQUENCY_NOT = frozenset({"niet", "not", "t", "dont", "doesnt", "didnt", "isnt"})
# a no after a frequency negates it ("meestal nee", "usually no"); before it, it only repeats a
# "never" ("nee, nooit") and so stays as it was
_FREQUENCY_NO_AFTER = frozenset({"nee", "neen", "no", "nope", "nah"})
_FREQUENCY_NOT_FILLER = frozenset({"echt", "really"})  # "meestal niet echt", "usually not really"
# "heel vaak", "very often", "erg zelden": the same step as the word alone (tester round of stop 52)
_FREQUENCY_VERY = frozenset({"heel", "zeer", "erg", "very", "pretty", "echt", "really"})


def _how_often(words: list[str]) -> tuple[str, bool] | None:
    """The stance a frequency answer reads as ("meestal wel" -> ("agree", False), "meestal
    niet" -> ("disagree", False)), or None when the words are not a frequency answer. A plain
    "eens"/"agree" may come with it; any other stance word or unknown word makes it None, and
    so does a negation of anything but "usually"/"often" ("niet altijd", "nooit niet")."""
    text = " ".join(words)
    for phrase, word in _FREQUENCY_PHRASES.items():
        text = re.sub(rf"\b{phrase}\b", word, text)
    words = text.split()
    found = [(i, _FREQUENCY[w]) for i, w in enumerate(words) if w in _FREQUENCY]
    if len(found) != 1:
        return None
    at, (stance, strong) = found[0]
    negated = any(w in _FREQUENCY_NOT for w in words) or (
        stance == "agree" and any(w in _FREQUENCY_NO_AFTER for w in words[at + 1 :])
    )
    allowed = _FILLER | _FREQUENCY_FILLER | _ALMOST | set(_FREQUENCY) | {"eens", "agree"} | _FREQUENCY_VERY
    if negated:
        allowed = allowed | _FREQUENCY_NOT | _FREQUENCY_NOT_FILLER
    if any(w not in allowed for w in words):
        return None
    almost = any(w in _ALMOST for w in words)
    if negated:
        return ("disagree", False) if stance == "agree" and not strong and not almost else None
    if almost:
        if not strong:
            return None  # "almost sometimes": not a way of speaking
        strong = False
    return stance, strong


# A plain yes or no to a statement ("Ik begin een contact bij de mens": "nee") says whether
# it holds: agree or disagree, not strongly (tester round of stop 36: "nee" was not taken).
# "zeker", "zekers" and "sure" alone are a yes too (tester round of stop 52: "zeker" was not read)
PLAIN_YES = frozenset({"ja", "jawel", "jazeker", "yes", "yep", "yeah", "yup", "zeker", "zekers", "sure"})
PLAIN_NO = frozenset({"nee", "neen", "no", "nope", "nah"})
# words beside a plain yes or no that add nothing: "ja hoor doe ik", "yes I do", "ja dat is zo"
# (tester round of stop 40: "ja hoor doe ik" got the statement again without a word)
_PLAIN_FILLER = frozenset(
    {"hoor", "wel", "zeker", "toch", "dus", "doe", "ik", "i", "do", "does", "dat", "that", "it", "is", "zo",
     "ben", "am", "klopt"}
)  # fmt: skip


def thumbs(text: str) -> str | None:
    """ "agree" for a thumbs up (or another approval emoji: 👌 ✅), "disagree" for a thumbs
    down, alone or repeated ("👍🏽👍"); None for anything else (bot/dialogue/emoji_meaning.py)."""
    if only_emoji_of(text, APPROVAL_EMOJI):
        return "agree"
    return "disagree" if only_emoji_of(text, DISAPPROVAL_EMOJI) else None


def plain_yes_no(text: str) -> str | None:
    """ "agree" for a plain yes ("ja", "ja hoor", "yes", 👍), "disagree" for a plain no ("nee",
    "nope", 👎), None otherwise. Since stop 53 also a yes or no with a remark after it that reads
    as an answer ("ja die hoort er gewoon bij", "nah not really my thing": `said_with_remark`),
    as the yes or no it opens with: said to "Verder met vraag 3 van 7?", it answers that question,
    not the statement (actions/advice.py `answered_as_selfcheck_answer`)."""
    if asks_whether_it_holds(text) and not yes_or_no_asked(text):
        return None  # "klopt dat?", "is that right?": a question back, no yes (stop 58)
    plain = _plain_yes_no(text)  # "ja?" is still a yes to "Verder met vraag 3?" (no statement: stop 59)
    if plain is not None:
        return plain
    remark = _yes_no_and_remark(text)
    if remark is None or remark[0] == "effort" or said_with_remark(text) is None:
        return None  # "ik probeer het wel" is no yes to "carry on?"
    return remark[0]


def _plain_yes_no(text: str) -> str | None:
    """`plain_yes_no` without a remark: a yes or no alone, with filler ("ja hoor doe ik")."""
    said_with_emoji = thumbs(text)
    if said_with_emoji is not None:
        return said_with_emoji
    words = normalize(text).split()
    if not words or any(w not in PLAIN_YES | PLAIN_NO | _PLAIN_FILLER for w in words):
        return None
    said = {w in PLAIN_YES for w in words if w in PLAIN_YES | PLAIN_NO}
    if len(said) != 1:
        return None
    return "agree" if said.pop() else "disagree"


# Flemish and quick-typed forms of "niet" ("helemaal nie mee eens", "ni echt"; tester round
# of stop 38: both were misread)
# and the Flemish "da" and "wa" (tester round of stop 50: "ja da doe ik bijna altijd")
_NOT_FORMS = {"nie": "niet", "ni": "niet", "nt": "niet", "da": "dat", "wa": "wat"}
# Flemish doubles a negation: "nooit ni", "ik doe da nooit nie" mean "nooit" (negative concord;
# tester round of stop 52: "nee nooit ni" was not read). Only the Flemish spelling is read so:
# typed in full, "nooit niet" stays no clear answer (a "not never"), as decided at stop 51.
_FLEMISH_CONCORD = re.compile(r"\bnooit (?:ni|nie)\b")


# "Soms wel, soms niet", "ja en nee", "hangt ervan af", "mwah": both, or it depends; the middle
# of the scale, as "soms" is (tester round of stop 41: "mwa soms wel soms nie" left the check).
# Since stop 54 also the answer that goes one way, then the other, in any words: "nu eens wel dan
# weer niet", "de ene keer wel de andere keer niet", Flemish "ne keer wel ne keer ni", "soms lukt
# het, soms niet", "some days yes some days no", "sometimes it works, sometimes it doesn't", "hit
# and miss", "50/50", "on and off", "met wisselend succes", "'t is te zien", "ça dépend", and any of
# them after a yes, a no or "ik doe dat" ("ja soms wel soms niet", "k doe da soms wel soms ni": left
# unscored until then). A yes beside a no alone ("ja nee", "yes no", "ja maar nee") stays unclear.
_TURN_FIRST = (
    r"soms|somtijds|nu eens|dan weer|(?:de |d )?ene (?:keer|dag|week|moment)|(?:ne|nen|een|enen|den enen) "
    r"(?:keer|dag)|sommige (?:keren|dagen|momenten)|sometimes|some (?:days|times|weeks)|one (?:day|time|week)"
    r"|at times"
)
_TURN_SECOND = (
    r"soms|somtijds|dan weer|(?:de |d |den )?andere?n?(?: (?:keer|dag|week|moment|keren|dagen|momenten))?"
    r"|(?:ne|nen|een) (?:keer|dag)|sometimes|(?:some|other) (?:days|times|weeks)"
    r"|(?:the )?(?:next|other)(?: (?:day|time|week|one))?|one (?:day|time)|at other times"
)
_TURN_DOES = r"(?:doe ik|lukt|gaat|werkt|gebeurt)(?: (?:het|t|dat|dit|me))?"  # "soms lukt het, soms niet"
_TURN_YES = (
    rf"(?:ook )?(?:(?:{_TURN_DOES})(?: wel)?|wel|ja|yes|yeah|i do|we do|it does|it works|it goes well|so)"
)
_TURN_NO = (
    rf"(?:ook )?(?:(?:{_TURN_DOES}) niet|niet|nee|no|not|nope|(?:i|we) (?:don t|dont|do not)"
    r"|it (?:doesn t|doesnt|does not)(?: work| go well)?)"  # "dont": typed without the apostrophe
)
_TURN_JOIN = r"(?: (?:en|maar|of|and|but|or|dan))?"
_MIXED_SAID = (
    rf"(?:{_TURN_FIRST}) {_TURN_YES}{_TURN_JOIN} (?:{_TURN_SECOND}) {_TURN_NO}"
    rf"|(?:{_TURN_FIRST}) {_TURN_NO}{_TURN_JOIN} (?:{_TURN_SECOND}) {_TURN_YES}"
    r"|(ja|yes) (en|and|or|of) (nee|no)"
    r"|(het |dat )?hangt (er )?(ervan |van )?af( van( \w+){1,3})?"
    r"|(it |that )?depends( on( \w+){1,3})?|(?:af)?wisselend|wisselvallig"
    r"|(het )?(wisselt|verschilt)( per \w+)?"
    r"|(?:met )?wisselend succes|it varies|varies|fifty fifty|50 50|vijftig vijftig|half om half"
    r"|(?:it s |its |it is |that s |thats )?(?:a )?(?:hit (?:and|or|n|en) miss|mixed bag|mixed)"
    r"|on and off|off and on|(?:de )?helft van de tijd|half (?:of )?the time"
    r"|(?:50|fifty|vijftig)(?: procent| percent)? (?:van de tijd|of the time)"
    r"|(?:ça|ca|sa) d[ée]pend|mwa+h?|meh|bwa+h?"
)
_MIXED = re.compile(rf"\b(?:{_MIXED_SAID})\b")
# only said alone, in its Flemish spelling, it depends: "'t is te zien", "tis te zien" ("ja, dat is te
# zien aan mijn agenda" is a yes: "that shows")
_MIXED_ALONE = r"(?:t is|tis) te zien"
# around it: a yes or no, "ik doe dat", "dat gebeurt", "eerlijk gezegd" before ("ja soms wel soms niet",
# "nee, de ene keer wel de andere keer niet", "k doe da soms wel soms ni"), a word that adds nothing
# after ("hoor", "eigenlijk", "really")
_MIXED_LEAD = (
    r"(?:(?:ja+|jawel|nee+|neen|yes|yeah|yep|no|nah|nou|tja|eigenlijk|gewoon|echt|eerlijk gezegd|ik|k|i|"
    r"doe|do|het|t|dat|dit|it|that|s|is|tis|das|gebeurt|happens|lukt|gaat|works|zo|so|maar|but|en|and|"
    r"zeg maar|i d say|ik zou zeggen|its|thats|honestly|really) )*"  # no word made of two: fast
)
_MIXED_TAIL = (
    r"(?: (?:hoor|eigenlijk|echt|gewoon|really|honestly|though|tbh|zo|ook|dus|he|eh|zeg maar|denk ik|"
    r"i think|i guess|i d say|zou ik zeggen|to be honest|haha|lol))*"
)
_BOTH_WAYS = re.compile(rf"{_MIXED_LEAD}(?:{_MIXED_SAID}|{_MIXED_ALONE}){_MIXED_TAIL}")
# A hesitation around an answer ("mwa soms", "bwa, soms", "meh sometimes", "tja meestal wel",
# "euh, vier", "ja nee, altijd", "soms hoor euh") changes nothing (tester round of stop 44: "bwa,
# soms" got the statement again). Said alone ("hmm", "euh") it is no answer; "mwah", "bwa" and
# "meh" alone are the middle of the scale (`_MIXED`).
_HESITATION_WORD = (
    r"h+m+|e+u*h+m*|u+h*m+|u+h+|e+r+m+|pf+|ts?ja+h?|mja|nja|mwa+h?|bwa+h?|meh|nou( ja)?|well|ach|och|goh|"
    r"oh|ah|allee|ja nee|oke?|okay|"
    # Flemish "allez" in its spellings (tester round of stop 55: "allez da doe ik altijd" got a
    # topic offer inside the check, while "altijd" alone was recorded)
    r"allez|alleh|allé|alé|alee|ewa|enfin"
)
# An aside around an answer says nothing about it either: "hmm rarely to be honest", "amai,
# moeilijk. euh drie", "meestal denk ik" (tester round of stop 50: all three were read as a
# question). Said alone, an aside is no answer.
_ASIDE = (
    r"to be honest|honestly|tbh|if i m honest|if i am honest|i think|i guess|i suppose|good question|"
    r"tough one|hard one|tricky one|let me think|eerlijk gezegd|om eerlijk te zijn|als ik eerlijk ben|"
    r"denk ik|ik denk|volgens mij|moeilijk|moeilijke vraag|lastige vraag|goeie vraag|goede vraag|"
    r"even denken|eens kijken|amai|oei|oef|wow|"
    # verifier round of stop 50: "always lol", "awel ja, altijd", "idk maybe 3", "allee, vier zeker"
    r"lol|haha|hihi|xd|awel|idk|dunno|maybe|misschien|perhaps|zeker|"
    # how one puts it (stop 55): "I'd say always", "always, I reckon", "ik zou zeggen vaak"
    r"i d say|id say|i would say|i reckon|i feel|i believe|ik zou zeggen|zou ik zeggen|"
    r"laten we zeggen|zeg maar|let s say"
)
# A regret or a "naturally" inside an answer says nothing about it either: "klopt helaas wel",
# "jammer genoeg wel", "unfortunately yes", "sadly true", "gelukkig niet" (a tester's "klopt
# helaas wel" was refused as a question). With one, a bare "wel" or "niet" (or "I
# do", "I don't", "dat is zo") is the yes or no it stands for: "helaas wel" agrees.
_REGRET = (
    r"helaas|jammer genoeg|spijtig genoeg|gelukkig|natuurlijk|uiteraard|vrees ik|ik vrees|"
    r"moet ik (?:toegeven|bekennen|eerlijk zeggen)|unfortunately|sadly|regrettably|fortunately|luckily|"
    r"thankfully|happily|of course|naturally|i m afraid|i am afraid|i must admit|i have to admit|"
    r"i admit|admittedly|to be fair"
)
_REGRET_WORDS = re.compile(rf"(?:^| )(?:{_REGRET})(?= |$)")
_ASIDE += "|" + _REGRET
_HESITATION = re.compile(rf"^(({_HESITATION_WORD}|{_ASIDE}) )+(?=\w)")
_HESITATION_AFTER = re.compile(rf"(?<=\w)( ({_HESITATION_WORD}|{_ASIDE}))+$")


# Flemish and chat "k" for "ik" run into its verb ("kdoe da soms", "kben het eens"; stop 61)
_RUN_TOGETHER = {"kdoe": "k doe", "kben": "k ben", "kzou": "k zou", "kdoen": "k doe"}


def _words(text: str) -> list[str]:
    """`text` normalized (bot/content/scale.py `normalize`) into words, "nie"/"ni" as "niet",
    the Flemish "da"/"wa" as "dat"/"wat", "kdoe" as "k doe"."""
    said = _FLEMISH_CONCORD.sub("nooit", normalize(text)).split()
    return [_NOT_FORMS.get(w, w) for word in said for w in _RUN_TOGETHER.get(word, word).split()]


def without_hesitation(norm: str) -> str:
    """A normalized text without the hesitations and asides before and after what it says
    ("bwa soms" -> "soms", "euh 4" -> "4", "hmm rarely to be honest" -> "rarely", "soms hoor
    euh" stays "soms hoor"); a hesitation or aside alone stays."""
    return _HESITATION_AFTER.sub("", _HESITATION.sub("", norm))


# With a regret said, the words of a bare yes or no without "ja"/"nee": "(helaas) wel", "(sadly)
# I do", "(helaas) is dat zo"; a negation makes it a no: "(helaas) niet", "(sadly) I don't"
_BARE_YES = frozenset({"wel", "do", "does", "did", "am", "is", "s", "are", "zo", "so", "doe", "waar"})
_BARE_FILLER = (
    _PLAIN_FILLER | _BARE_YES | {"het", "it", "er", "the", "case", "m", "ben", "don", "doesn", "didn", "isn"}
)


def _bare_yes_no(words: list[str]) -> str | None:
    """ "agree" for words that only say it is so ("wel", "i do", "dat is zo"), "disagree" when
    they only say it is not ("niet", "i don t", "doe ik niet"), None otherwise."""
    negated = [w for w in words if w in _FREQUENCY_NOT]
    if not words or any(w not in _BARE_FILLER | _FREQUENCY_NOT for w in words):
        return None
    if negated:
        return "disagree"
    return "agree" if any(w in _BARE_YES for w in words) else None


def _without_regret(norm: str) -> str:
    """`norm` without the regrets in it ("klopt helaas wel" -> "klopt wel"); a regret alone stays."""
    rest = " ".join(_REGRET_WORDS.sub(" ", norm).split())
    return rest or norm


# Said with emphasis, without a stance word (tester round of stop 52: "zeker en vast", "bijlange
# ni", "absoluut ni", "hell yes" were not read): a "without a doubt" yes is strong agreement, as
# "absoluut mee eens" is (a plain "zeker"/"sure" is a yes: `PLAIN_YES`); an emphatic
# no ("helemaal niet", "bijlange niet", "not at all", "no way") is strong disagreement.
# "ni"/"nie" are read as "niet" first (`_words`).
_STRONG_YES = (
    "zeker en vast", "zeker weten", "absoluut", "absolutely", "definitely", "certainly", "hell yes",
    "hell yeah", "heck yes", "heck yeah", "fuck yes", "fuck yeah", "echt wel", "totally", "for sure",
    "zeer zeker", "heel zeker", "absoluut zeker", "most definitely", "most certainly",
)  # fmt: skip
_STRONG_NO = (
    "absoluut niet", "absolutely not", "helemaal niet", "totaal niet", "zeker niet", "zeker en vast niet",
    "bijlange niet", "bijlange na niet", "lang niet", "echt niet", "definitely not", "certainly not",
    "not at all", "hell no", "heck no", "fuck no", "no way", "in geen geval", "geenszins", "allerminst",
    "nooit of te nooit", "by no means", "totally not", "zeker weten van niet", "helemaal nooit",
)  # fmt: skip
_EMPHATIC: dict[str, tuple[str, bool]] = {
    **dict.fromkeys(_STRONG_YES, ("agree", True)),
    **dict.fromkeys(_STRONG_NO, ("disagree", True)),
}
# around an emphatic answer: a yes before a yes ("ja, zeker en vast"), a no before or after a no
# ("nee, absoluut niet", "not at all, no"), and words that add nothing ("zeker wel", "absoluut hoor")
_EMPHATIC_AROUND = frozenset({"hoor", "wel", "toch", "dus", "zeg", "man", "joh", "gast"})


def _emphatic(words: list[str]) -> tuple[str, bool] | None:
    """The reading of an emphatic answer (`_EMPHATIC`) in `words`, with a yes or no beside it
    that says the same and filler around it; None otherwise ("nee, absoluut" says both)."""
    around = PLAIN_YES | PLAIN_NO | _EMPHATIC_AROUND
    core = list(words)
    beside: list[str] = []  # the words set aside around it
    while core and " ".join(core) not in _EMPHATIC and (core[0] in around or core[-1] in around):
        at = 0 if core[0] in around else -1  # "no way" and "hell no" are phrases of their own
        beside.append(core.pop(at))
    reading = _EMPHATIC.get(" ".join(core))
    if reading is None:
        return None
    said = {"agree" if w in PLAIN_YES else "disagree" for w in beside if w in PLAIN_YES | PLAIN_NO}
    return None if said - {reading[0]} else reading


# A yes that is not always ("ja maar niet altijd", "yes but not always", "meestal wel, maar ni
# altijd", "niet altijd, maar wel vaak"): the yes says which side, so it is agreement, not strong,
# as "meestal wel" (tester round of stop 52). Alone, "niet altijd" / "not always" stays unscored
# (decided at stop 51): it only says the top of the scale is wrong, and may mean "usually" as well
# as "hardly ever"; a "nee, niet altijd" is no clearer.
_YES_BUT_NOT_ALWAYS = re.compile(
    # each word once in the repeat ("meestal wel" is two of them): "ja ja ja ..." took seconds (stop 54)
    r"(?:(?:ja|jawel|jazeker|yes|yeah|yep|yup|wel|meestal|vaak|doorgaans|usually|mostly|often|generally) )+"
    r"(?:maar |but )?(?:wel )?(?:niet|not) (?:altijd|always)(?: hoor| though)?"
    r"|(?:niet|not) (?:altijd|always) (?:maar|but) (?:wel |i do )?(?:meestal|vaak|usually|mostly|often)"
    r"(?: wel| ja| yes)?"
)
# "Dat is (niet) waar", "da's ni waar", "das waar", "helemaal niet waar": "waar" is "klopt" said
# another way (tester round of stop 52). Only after "is" or a word that qualifies it, and never in
# a question ("waar is dat?", "is dat waar?" keep their own words).
_TRUE_SAID = re.compile(
    r"^(?P<lead>(?:(?:ja|jawel|nee|neen|dus|toch) )*)"
    r"(?:(?:dat|het|t|dit) (?:is|s) |(?:das|dats|tis|dis) )"
    r"(?P<how>(?:(?:niet|helemaal|echt|zeker|wel|absoluut|heel|volledig|totaal|gewoon|zeer) )*)waar"
    r"(?P<tail>(?: (?:hoor|wel|toch|ja|nee))*)$"
    r"|^(?P<lead2>(?:(?:ja|jawel|nee|neen) )*)"
    r"(?P<how2>(?:(?:niet|helemaal|echt|zeker|absoluut|volledig|totaal) )+)"
    r"waar(?P<tail2>(?: (?:hoor|toch))*)$"
)


def _true_as_klopt(said: str, text: str) -> str:
    """`said` (normalized words) with a "waar" that means "true" as "klopt" (`_TRUE_SAID`); as it
    was otherwise, and always for a question (`text` holds a "?")."""
    found = None if "?" in text else _TRUE_SAID.fullmatch(said)
    if found is None:
        return said
    lead, how, tail = (found.group(n) or found.group(n + "2") or "" for n in ("lead", "how", "tail"))
    return f"{lead}{how}klopt{tail}"


# "Eerder wel", "eerder niet", "rather yes": a leaning to one side, not strongly (tester round of
# stop 52: "eerder ni" was not read)
_RATHER = re.compile(r"(?:eerder|rather|veeleer) (?P<side>wel|ja|yes|niet|nee|no|not)(?: dan (?:niet|wel))?")


# "Klopt" said with how far it holds (tester round of stop 57: "da klopt wel ongeveer", "klopt wel
# zo'n beetje", "klopt niet echt" at a statement were refused as off-topic), and the English ways
# to say the same ("that's about right", "pretty much", "not really true"): a word that says it is
# so (`_TRUE_CORE`), maybe how far: "helemaal", "exactly", "als een bus" make it strong; "ongeveer",
# "zo'n beetje", "min of meer", "about", "mostly" keep it agreement (a stance word only softened, as
# "kinda agree"); a not makes it disagreement ("klopt niet echt", "not quite right"), strong after a
# word of strength or with "at all" ("klopt helemaal niet", "not true at all"), and no clear answer
# before one ("klopt niet helemaal", "not entirely true": too vague to score, as "not totally agree").
# "right" needs a word beside it ("that's right"): alone it is an "okay". "Pretty much", "zo
# ongeveer", "zowat" said alone (or with a yes) agree too. Never a question ("?", "klopt dat?").
_TRUE_PHRASES = {
    "zo n beetje": "APPROX", "zon beetje": "APPROX", "een beetje": "APPROX", "min of meer": "APPROX",
    "more or less": "APPROX", "pretty much": "APPROX", "kind of": "APPROX", "sort of": "APPROX",
    "best wel": "APPROX", "zo ongeveer": "APPROX", "for the most part": "APPROX", "so to speak": "",
    "als een bus": "STRONG", "spot on": "right STRONG", "100 procent": "STRONG", "100 percent": "STRONG",
    "voor 100": "STRONG", "at all": "ATALL", "van geen kant": "niet ATALL", "whatsoever": "ATALL",
}  # fmt: skip
_TRUE_CORE = frozenset({"klopt", "kloppen", "juist", "correct", "right", "true", "accurate"})
_TRUE_STRONG = frozenset(
    {"helemaal", "volledig", "totaal", "compleet", "absoluut", "zeker", "precies", "perfect", "exactly",
     "absolutely", "totally", "completely", "entirely", "definitely", "fully", "100", "STRONG"}
)  # fmt: skip
_TRUE_APPROX = frozenset(
    {"ongeveer", "zowat", "grotendeels", "redelijk", "vrij", "deels", "gedeeltelijk", "beetje", "about",
     "roughly", "mostly", "largely", "basically", "kinda", "sorta", "fairly", "partly", "partially",
     "approximately", "almost", "bijna", "nagenoeg", "vrijwel", "quasi", "pretty", "quite", "APPROX"}
)  # fmt: skip
_TRUE_NOT = frozenset({"niet", "not", "geen", "nope", "nah"})
_TRUE_FILLER = frozenset(
    {"ja", "jawel", "jazeker", "yes", "yeah", "yep", "yup", "ok", "oke", "okay", "dus", "so", "nou", "well",
     "dat", "het", "t", "dit", "that", "it", "this", "s", "is", "das", "dats", "thats", "tis", "its", "was",
     "wel", "eigenlijk", "echt", "really", "hoor", "toch", "ook", "just", "ik", "i", "denk", "think", "zou",
     "zeggen", "d", "say", "would", "guess", "wat", "mij", "me", "betreft", "voor", "for", "sounds", "klinkt",
     "nee", "neen", "no", "in", "mijn", "my", "geval", "case", "zeg", "maar"}
)  # fmt: skip
_TRUE_ALONE = frozenset({"APPROX", "zowat", "basically", "mostly"})


def _said_true(words: list[str], text: str) -> tuple[str, bool] | None:
    """The reading (stance, strong) of "klopt" and its English forms said with how far it holds
    (see above); None for anything else or a question."""
    if "?" in text or not words:
        return None
    said = _NOT_CONTRACTED.sub("not", " ".join(words))
    for phrase, token in _TRUE_PHRASES.items():
        said = re.sub(rf"\b{phrase}\b", token, said)
    tokens = said.split()
    cores = [w for w in tokens if w in _TRUE_CORE]
    allowed = _TRUE_CORE | _TRUE_STRONG | _TRUE_APPROX | _TRUE_NOT | _TRUE_FILLER | {"ATALL"}
    if len(cores) > 1 or any(w not in allowed for w in tokens):
        return None
    degree = [w for w in tokens if w in _TRUE_STRONG | _TRUE_APPROX]
    if not cores:  # "pretty much", "ja zo ongeveer", "yeah basically"
        alone = [w for w in tokens if w not in _TRUE_FILLER]
        said_no = set(tokens) & (_TRUE_NOT | {"nee", "neen", "no"})
        if len(alone) != 1 or alone[0] not in _TRUE_ALONE or said_no:
            return None
        return "agree", False
    if cores == ["right"] and not (set(tokens) - {"right", "yes", "yeah", "yep", "ja", "ok", "oke", "okay"}):
        return None  # "right", "ok right": an okay, not a stance
    nots = [i for i, w in enumerate(tokens) if w in _TRUE_NOT]
    strong = [i for i, w in enumerate(tokens) if w in _TRUE_STRONG]
    if nots:
        if "ATALL" in tokens or (strong and strong[0] < nots[0]):
            return "disagree", True  # "klopt helemaal niet", "not true at all"
        if strong:
            return None  # "klopt niet helemaal", "not entirely true": too vague to score
        return "disagree", False  # "klopt niet echt", "not quite right", "that's not true"
    if "ATALL" in tokens or set(tokens) & {"nee", "neen", "no"}:
        return None  # "nee, klopt": a no and a yes
    approx = any(w in _TRUE_APPROX for w in degree)
    return "agree", bool(strong) and not approx


def agreement(text: str) -> tuple[str, bool] | None:
    """How a typed text reads as (dis)agreement: (stance, strong), stance "agree",
    "disagree" or "neutral"; None when it is not a plain statement of (dis)agreement.
    "niet mee eens" -> ("disagree", False), "yes I agree completely" -> ("agree", True),
    "meestal wel" -> ("agree", False), "bijna nooit" -> ("disagree", False), "meestal
    niet" -> ("disagree", False), "klopt helaas wel" -> ("agree", False), "zeker en vast" ->
    ("agree", True), "da's ni waar" -> ("disagree", False), "ja maar niet altijd" -> ("agree",
    False), "bijlange ni" -> ("disagree", True); "niet altijd" -> None (see the module's docstring),
    and so is a question back at the statement ("klopt dat?", "is that true?": `asks_whether_it_holds`)."""
    if asks_whether_it_holds(text):
        return None
    return _agreement(text)


def _agreement(text: str) -> tuple[str, bool] | None:
    """`agreement` without the question back: how the words read, "?" or not."""
    plain = _plain_yes_no(text)
    if plain is not None:
        return plain, False
    said = _true_as_klopt(" ".join(_words(text)), text)
    regret = _without_regret(said) != said
    emphatic = _emphatic(_without_regret(said).split())  # before "zeker" is set aside as an aside
    if emphatic is not None:
        return emphatic
    words = without_hesitation(_without_regret(said)).split()
    said_plainly = " ".join(words)
    emphatic = _emphatic(words)  # "euh, absoluut niet"
    if emphatic is not None:
        return emphatic
    if _YES_BUT_NOT_ALWAYS.fullmatch(said_plainly):
        return "agree", False
    rather = _RATHER.fullmatch(said_plainly)
    if rather is not None:
        return ("agree" if rather.group("side") in ("wel", "ja", "yes") else "disagree"), False
    if regret:
        bare = _bare_yes_no(words)  # "helaas wel", "gelukkig niet", "unfortunately I do"
        if bare is not None:
            return bare, False
    if _BOTH_WAYS.fullmatch(" ".join(words)):
        return "neutral", False
    plain = _plain_yes_no(" ".join(words))  # "nou nee", "uh yes"
    if plain is not None:
        return plain, False
    how_often = _how_often(words)
    if how_often is not None:
        return how_often
    hedged = " ".join(words)
    plain = " ".join(w for w in words if w not in _YES_AROUND_FENCE)
    if hedged in _FENCE or plain in _FENCE:
        return "neutral", False
    for phrase in _DISAGREE_PHRASES:
        hedged = re.sub(rf"\b{phrase}\b", "oneens", hedged)
    words = hedged.split()
    stances = [_STANCE[w] for w in words if w in _STANCE]
    if len(set(stances)) != 1 or any(w not in _KNOWN for w in words):
        return _said_true(said_plainly.split(), text)  # "da klopt wel ongeveer", "that's about right"
    stance = stances[0]
    # "nee, oneens" / "no, I disagree": a leading no just repeats the stance, and so does a no
    # anywhere beside a disagreement ("not really, no": tester round of stop 52)
    negations = [
        i
        for i, w in enumerate(words)
        if w in _NEGATION and not (w in _LEADING_NO and (i == 0 or stance == "disagree"))
    ]
    strong = [i for i, w in enumerate(words) if w in _STRONG]
    if negations:
        if stance != "agree" or (strong and negations[0] < strong[0]):
            return None  # "niet oneens", "not totally agree": too vague to score
        stance = "disagree"
    return stance, bool(strong)


def _by_agreement(text: str, scale: Scale) -> int | None:
    """The point whose label reads the same (stance, strong) as `text`, on any scale whose
    labels say (dis)agreement; None otherwise."""
    return _by_reading(agreement(text), scale)


def _by_reading(reading: tuple[str, bool] | None, scale: Scale) -> int | None:
    """The point whose label reads as `reading` (stance, strong); None when none does."""
    if reading is None:
        return None
    for lang in LANGS:
        for point in scale:
            if agreement(point.label[lang]) == reading:
                return point.value
    return None


def goes_both_ways(text: str) -> bool:
    """True when `text` says the answer goes both ways or depends (`_BOTH_WAYS`): "soms wel soms
    niet", "ja soms wel soms niet", "nu eens wel dan weer niet", "ne keer wel ne keer ni", "hit and
    miss", "50/50"; a hesitation or aside around it changes nothing. Not "ja nee" or "yes no"."""
    said = without_hesitation(" ".join(_words(text)))
    return len(said) <= 160 and bool(_BOTH_WAYS.fullmatch(said))


def _number(text: str, scale: Scale, anywhere: bool) -> int | None:
    said_with_emoji = thumbs(text)  # 👍 agrees, 👎 disagrees
    if said_with_emoji is not None:
        return _by_reading((said_with_emoji, False), scale)
    if goes_both_ways(text):  # "50/50" is no number fifty (stop 54), "soms wel soms niet" the middle
        return _by_reading(("neutral", False), scale)
    words = {w: v for lang in LANGS for w, v in scale.words(lang).items()}
    norm = normalize(text)
    bare = without_hesitation(norm)  # "euh, vier", "bwa, eens"
    candidates = _candidates(norm) + (_candidates(bare) if bare != norm else [])
    # a bare yes or no before a word of the scale repeats it: "nee, nooit", "nope, never"
    first, _, rest = bare.partition(" ")
    if first in PLAIN_YES | PLAIN_NO and rest in words:
        candidates.append(rest)
    for candidate in candidates:
        match = _NUMBER.fullmatch(candidate)
        if match:
            return int(match.group(1))
        if candidate in words:
            return words[candidate]
        if anywhere and candidate in _ANY_NUMBER_WORD:
            return _ANY_NUMBER_WORD[candidate]
        value = _by_agreement(candidate + ("?" if "?" in text else ""), scale)  # "niet waar?" asks
        if value is not None:
            return value
    return None


# "Hangt ervan af", said with what it depends on ("hangt ervan af eigenlijk, als het druk is niet",
# "it depends on the day", "afhankelijk van de situatie", "ligt eraan", "verschilt per dag"): the
# middle of the scale, as "soms" is, whatever the condition says (tester round of stop 52: all
# but the shortest left the check and got topic menus). On a scale without a middle it is no
# answer, as "soms" is not: the coach shows the scale again (`tries_to_answer`).
_DEPENDS_LEAD = (
    r"ja|nee|neen|yes|no|nou|tja|well|hmm+|e+u*h+m*|u+h+m*|mwa+h?|bwa+h?|meh|goh|ach|och|oh|ah|allee|awel|"
    r"het|dat|t|s|dit|it|that|this|eigenlijk|echt|gewoon|really|honestly|tbh|eerlijk gezegd|"
    r"ik zou zeggen|i d say|i would say|zoals altijd|as always|all|kinda|sort of|een beetje|beetje|"
    r"soms|sometimes|maar|but|denk ik|i think|i guess"
)  # no lead made of two others ("ja nee", "it all"): "ja nee ja nee ..." took seconds (stop 54)
_DEPENDS = re.compile(
    rf"(?:(?:{_DEPENDS_LEAD}) )*"
    r"(?:hangt (?:het |dat |t )?(?:er ?|daar ?)?(?:van ?)?af"
    r"|hangt (?:het |dat )?(?:er|daar) (?:\w+ ){0,2}(?:van ?)?af"
    r"|(?:ligt|lag) (?:er ?|daar ?)?(?:maar )?aan|(?:is )?(?:afhankelijk|situatieafhankelijk)"
    r"|(?:verschilt|wisselt|varieert|depends|depending|(?:it |that )?varies|differs|case by case"
    r"|(?:it s |that s |its |thats )?situational|per situatie|per geval))"
    r"(?: \w+){0,15}"
)


def says_it_depends(text: str | None) -> bool:
    """True when `text` answers a statement with "it depends" (`_DEPENDS`), maybe saying on what:
    "hangt ervan af", "hangt ervan af eigenlijk, als het druk is niet", "depends on the day",
    "afhankelijk van de situatie", "ligt eraan", "it really depends"; not a question ("hangt het
    ervan af?", "afhankelijk van de klant, hoe reageer ik dan") and not a message that only has it
    somewhere inside ("mijn humeur hangt af van de klant")."""
    if not text or "?" in text or len(text) > 160:
        return False
    if any(opens_with_question_word(c) for c in clauses(text)[1:]):
        return False  # "it depends, what do you mean": a question after it
    return bool(_DEPENDS.fullmatch(" ".join(_words(text))))


# An answer with a condition or an aside after it ("soms, als het echt druk is", "meestal wel,
# behalve op maandag", "vaak, tenminste als ik tijd heb", "sometimes, when it's busy", "mostly yes
# unless we're short-staffed"; stop 53): the answer word is the answer, the rest says when. Read
# on normalized words (`_words`); where the condition starts:
_CONDITION = re.compile(
    r"\b(?:"
    r"als|wanneer|indien|mits|zolang|tenzij|behalve|buiten|uitgezonderd|tenminste|ten minste|althans|"
    r"alleen|enkel|vooral|voornamelijk|afhankelijk|naargelang|bij|op|in|tijdens|met|omdat|want|aangezien|"
    r"(?:zeker|ook|zelfs|niet) (?:als|as|wanneer|bij|op|in|tijdens|met)|"
    r"as (?:t|het|ik|we|ge|je|de|er|em)|"  # Flemish "as" for "als": "soms as t druk is"
    r"if|when|whenever|unless|except|excluding|apart from|besides|only|especially|particularly|mainly|"
    r"as long as|provided|depending|on|at|during|with|because|since|cause|though|although|"
    r"(?:not|even) (?:when|if|on|during|with|in)"
    r")\b"
)
# a "but" or "and" between the answer and its condition ("meestal wel, maar niet als...")
_BEFORE_CONDITION = re.compile(r"(?: (?:maar|but|en|and|dus|so))+$")
# a condition holds no question ("soms, als het druk is, hoe pak ik dat aan")
_QUESTION_IN_CONDITION = frozenset(
    {"wat", "hoe", "waarom", "welke", "welk", "wie", "what", "how", "why", "which", "who"}
)
_CONDITION_WORDS = 15  # more words after the answer: a story, not a condition
# "always" or "never" right before its condition, without a comma, says what happens each time it
# holds ("altijd als het druk is": whenever it is busy), not how often: no answer (stop 51's test)
_EVERY_TIME = frozenset({"altijd", "always", "nooit", "never", "telkens", "steeds"})
_WHEN_IT_HOLDS = frozenset(
    {"als", "as", "wanneer", "indien", "bij", "op", "in", "tijdens", "met", "if", "when", "whenever", "on",
     "at", "during", "with"}
)  # fmt: skip


def _conditions(said: str) -> list[re.Match[str]]:
    """Every place in `said` (normalized words) where a condition starts, overlapping ones too:
    in "soms wel soms niet als het druk is" both "niet als ..." and "als ..." (stop 54: only the
    first was tried, so "soms wel soms" was no answer and the whole went unscored)."""
    starts = [0] + [m.end() for m in re.finditer(" ", said)]
    return [found for at in starts if (found := _CONDITION.match(said, at)) is not None]


def _before_condition(text: str, scale: Scale) -> int | None:
    """The answer said before a condition or aside (`_CONDITION`), or None: no condition, a
    question in the message, or nothing before the condition that is an answer on its own
    ("niet altijd, als het druk is" stays unscored, as "niet altijd" does)."""
    if "?" in text or len(text) > 160:
        return None
    said = " ".join(_words(text))
    for found in _conditions(said):
        answer = _BEFORE_CONDITION.sub("", said[: found.start()].strip())
        rest = said[found.start() :].split()
        if not answer or len(rest) > _CONDITION_WORDS or _QUESTION_IN_CONDITION & set(rest):
            continue
        restricts = found.group(0).split()[0] in _WHEN_IT_HOLDS  # not "tenzij", "unless"
        if restricts and answer.split()[-1] in _EVERY_TIME and not re.search(r"[,;:.–—-]", text):
            continue  # "altijd als het druk is": every time it is busy, not how often
        value = _number(answer, scale, anywhere=False)
        if value is not None:
            return value
    return None


# A yes or no with a remark after it ("ja die hoort er gewoon bij", "ja dat gebeurt echt constant,
# vreselijk", "nee, dat gebeurt bijna nooit", "yes that's part of the job", "yeah happens all the
# time", "nah not really my thing"; tester round of stop 53: all were left unscored mid-check), and
# an effort that is not always a success ("probeer ik wel maar lukt niet altijd", "ik doe mijn
# best", "I try to but don't always manage"). Read as the rest of this module reads answers: how
# often, said in the remark, decides ("ja, dat gebeurt constant" is "altijd": strongly agree, as
# "ja, altijd"; "nee, dat gebeurt bijna nooit" is "bijna nooit": disagree); a not in the remark
# after a no repeats it ("nee, dat doe ik niet": disagree), after a yes it makes the answer unclear
# ("ja, dat doe ik niet": unscored); an answer at the start stays itself ("ja absoluut, dat is
# belangrijk": strongly agree); else the yes or no alone: agree or disagree, not strongly.
# An effort is a yes that says which side, as "ja maar niet altijd" does: agree, not strongly, with
# a "not always" after it too; a failure said without how often ("ik probeer het maar het lukt niet",
# "I try but it doesn't work") disagrees; how often decides here as well ("... lukt bijna nooit").
# The scale asks for agreement with the statement: a remark on how bad it is ("vreselijk") changes
# nothing. Never read: a question ("?", a clause opening with a question word), a request to the coach
# ("ja, kun je het uitleggen", "yes please", "nee, stop"), a remark of more than 15 words.
_LEAD_YES = frozenset(
    {"ja", "jawel", "jazeker", "yes", "yep", "yeah", "yup", "yea", "ya", "jep", "jup", "jaja", "klopt",
     "inderdaad", "precies", "tuurlijk"}
)  # fmt: skip
_LEAD_NO = frozenset({"nee", "neen", "no", "nope", "nah", "neuh", "neu"})
_EFFORT = re.compile(
    r"(?:(?:ja|jawel|yes|yeah|yep|nou|well|tja) )?(?:"
    r"(?:(?:ik|k) )?(?:probeer|probeerde|tracht)(?: (?:ik|het|t|dat|dit|wel|echt|zeker|altijd|toch|"
    r"toch wel|zeker wel|in ieder geval|iig))*"
    r"|(?:dat|het|t|dit) (?:probeer|probeerde|tracht) ik(?: (?:wel|echt|zeker|altijd|toch))*"
    r"|(?:(?:ik|k) )?doe (?:ik )?(?:(?:wel|echt|zeker|altijd|toch) )*(?:mijn|m n|mn|zeker mijn) "
    r"(?:best|uiterste)"
    r"|(?:ik )?(?:span|spande) me (?:(?:wel|echt|zeker|altijd) )*in"
    r"|i (?:(?:do|really|always|definitely) )*(?:try|tried)(?: (?:my best|hard|to|it))*"
    r"|i (?:(?:really|always) )*do my best|i (?:(?:really|always) )*make an effort"
    r"|(?:i m |im |i am )?trying(?: to)?|i (?:m|am) (?:really |always )?doing my best"
    r")(?= |$)"
)
# the words of a remark that say how often or that it does not hold; English "n't" read as "not"
_NOT_CONTRACTED = re.compile(r"\b(?:do|does|did|is|are|was|were|ca|can|wo|won|have|has|had|could|would)n t\b")
_REMARK_NOT = frozenset(
    {"niet", "not", "geen", "no", "nee", "neen", "nope", "nah", "none", "niks", "nothing"}
)
_REMARK_HOW_OFTEN = set(_FREQUENCY) | _ALMOST | _FREQUENCY_VERY | {"niet", "not", "maar", "but"}
# a remark that asks something of the coach, or says what to do next: no answer
_ASKS_THE_COACH = re.compile(
    r"\b(?:(?:kun|kan|kunt|wil|wilt|zou|mag|moet) (?:je|jij|u|ik|we|jullie)"
    r"|(?:can|could|would|will|should|may) (?:you|i|we)"
    r"|(?:geef|vertel|toon|leg|laat|help) (?:me|mij|eens|even|maar|uit)|(?:explain|tell|show|give|help) me"
    r"|tips?|(?:meer|wat) uitleg|uitleggen|stop|stoppen|gestopt|pauze|pauzeren|verder|ga (?:maar )?door"
    r"|doorgaan|volgende|vorige|terug|overslaan|skip|next|previous|continue|go on|go ahead"
    r"|end (?:the|this|it)|quit|cancel|never mind|bedankt|dank|danku|dankje|thanks|thank|thx|please|pls"
    r"|plz|graag|alsjeblieft|aub|svp|(?:een|mijn|nog een|andere) vraag|vraagje|(?:a|my|one more) question"
    r"|bedoel|bedoelt|mean|meant|snap|begrijp|understand|jij|jou|jouw|you|your"
    r"|geen tijd|no time|not now|nu (?:even )?niet|geen zin|feel like|in the mood)\b"
)
# words that say how much one agrees: left over after the answer at the start, they make it unclear
_UNREAD_IN_REMARK = (
    set(_STANCE)
    | {"zeker", "helemaal", "totaal", "volledig", "beetje", "deels", "gedeeltelijk", "partly", "kinda",
       "sorta", "half", "soort", "somewhat", "enigszins", "redelijk", "fairly", "waar"}
)  # fmt: skip
_OPENS_A_QUESTION = re.compile(
    r"^(?:wat|wa|hoe|wie|waarom|welke?|wanneer|waar|what|how|who|why|which|when|where)\b"
)
_REMARK_WORDS = 15  # more words after the yes or no: a story, not a remark


def _yes_no_and_remark(text: str) -> tuple[str, list[str]] | None:
    """The side a message opens with and the words of the remark after it, the opening word first:
    ("agree", ["ja", ...]) for a yes, ("disagree", ["nee", ...]) for a no, ("effort", [...]) for an
    effort (its words left out); None when it opens with none of these, asks something
    (`_ASKS_THE_COACH`, a question) or says too much."""
    if not text or "?" in text or len(text) > 160:
        return None
    if any(_OPENS_A_QUESTION.match(" ".join(_words(c))) for c in clauses(text)[1:]):
        return None  # "ja, hoe doe ik dat dan"
    said = _NOT_CONTRACTED.sub("not", without_hesitation(" ".join(_words(text))))
    if _ASKS_THE_COACH.search(said) or _QUESTION_IN_CONDITION & set(said.split()):
        return None  # "ja, en waarom is dat belangrijk"
    words = said.split()
    effort = _EFFORT.match(said)
    if effort is not None:
        side, rest = "effort", said[effort.end() :].split()
    elif words[:1] == ["klopt"] and words[1:2] in (["het"], ["t"], ["dat"], ["dit"]) and words[2:]:
        return None  # "klopt het helaas dat ik dit moet doen": asks whether it is so
    elif words and words[0] in _LEAD_YES | _LEAD_NO:
        side, rest = ("agree" if words[0] in _LEAD_YES else "disagree"), words
    else:
        return None
    if len(rest) > _REMARK_WORDS + 1:
        return None
    return side, rest


def said_with_remark(text: str) -> tuple[str, bool] | None:
    """The reading (stance, strong) of a yes, a no or an effort with a remark after it (see above):
    "ja die hoort er gewoon bij" -> ("agree", False), "ja dat gebeurt echt constant, vreselijk" ->
    ("agree", True), "nee, dat gebeurt bijna nooit" -> ("disagree", False), "probeer ik wel maar
    lukt niet altijd" -> ("agree", False); None for "ja, dat doe ik niet", a question or a request."""
    found = _yes_no_and_remark(text)
    if found is None or says_it_depends(text) or _MIXED.search(" ".join(_words(text))):
        return None  # "ja, hangt ervan af", "ja en nee": the middle, where a scale has one
    side, said = found
    lead, rest = ("ja", said) if side == "effort" else (said[0], said[1:])
    text_of_rest = " ".join(rest)
    for phrase, word in _FREQUENCY_PHRASES.items():
        text_of_rest = re.sub(rf"\b{phrase}\b", word, text_of_rest)
    rest = text_of_rest.split()
    if side == "disagree" and any(w in _LEAD_YES for w in rest):
        return None  # "nee, ja, dat klopt": no and yes
    if any(w in _FREQUENCY for w in rest):  # how often decides: "... gebeurt bijna nooit"
        kept = [w for w in rest if w in _REMARK_HOW_OFTEN]
        yes_or_no = "ja" if side != "disagree" else "nee"
        reading = agreement(" ".join([yes_or_no, *kept])) or agreement(  # "ja maar niet altijd"
            " ".join([yes_or_no, *(w for w in kept if w not in ("maar", "but"))])  # "maar lukt meestal niet"
        )
        opposite = {"agree": "disagree", "disagree": "agree"}.get(side)  # after an effort: how it goes
        # "ja, ik kom nooit te laat": the yes and the never disagree (the never may be about
        # being late), so the answer is unclear; "ja, soms" stays the middle, as it was
        return None if reading is None or reading[0] == opposite else reading
    if any(w in _REMARK_NOT for w in rest):
        if side == "disagree":
            return "disagree", False  # "nee, dat doe ik niet", "nah not really my thing"
        if side == "effort" and _FAILS.search(text_of_rest):
            return "disagree", False  # "ik probeer het maar het lukt niet"
        return None  # "ja, dat doe ik niet": yes and no
    if side == "effort":
        return "agree", False
    for end in range(len(rest), -1, -1):  # "ja absoluut, dat is belangrijk": the answer at the start
        reading = agreement(" ".join([lead, *rest[:end]]))
        if reading is not None:
            # an answer word left unread after it makes it unclear: "nee absoluut"
            return None if (_UNREAD_IN_REMARK | _EMPHATIC_WORDS) & set(rest[end:]) else reading
    return side, False


# a failure after an effort: "maar het lukt (me) niet", "but it doesn't work", "but I don't manage"
_FAILS = re.compile(
    r"\b(?:lukt|lukken|lukte|gaat|ging|werkt|werkte|manage|managed|work|works|worked|succeed)\b"
)


def parse_answer(text: str, check: SelfCheck | None = None, with_condition: bool = True) -> int | None:
    """The value on the check's scale (the standard 1-5 scale without a check), or None when
    the text is not an answer on it (a question, or a number off the scale). "It depends" in
    any words is the middle of a scale that has one (`says_it_depends`); an answer with a
    condition after it is that answer (`_before_condition`: "soms, als het druk is" is "soms"),
    unless `with_condition` is False (no statement open: "soms als de klant boos is ..." is more
    likely a question than an answer). At a check's statement (`check` given) a word of the scale
    asked back ("eens?", "soms?", "always?": `answer_word_asked`) is no answer either; without a
    check (how a text reads, e.g. to tell an answer from a choice of language: actions/language.py)
    it reads as its word, as it did before stop 60."""
    if asks_for_shorter(text):  # "nee, korter", "in één zin": a request, no answer (stop 55)
        return None
    if asks_whether_it_holds(text):  # "klopt dat?", "is dat zo?": a question back, scored 4 (stop 58)
        return None
    scale = check.scale if check is not None else AGREE_5
    if check is not None and answer_word_asked(text, scale):  # "eens?", "soms?" at a statement (stop 60)
        return None
    value = _number(text, scale, anywhere=False)
    if value is None and says_it_depends(text):
        value = _by_reading(("neutral", False), scale)
    if value is None and with_condition:
        value = _before_condition(text, scale)
    if value is None and with_condition:  # "ja die hoort er gewoon bij", "ik probeer het wel" (stop 53)
        value = _by_reading(said_with_remark(text), scale)
    return value if value in scale else None


def off_scale(text: str, scale: Scale) -> int | None:
    """The number typed when it is a number but not on the scale ("5" on a 1-4 scale, "nine"),
    else None: such an answer is refused with the scale's range, not misunderstood."""
    value = _number(text, scale, anywhere=True)
    return value if value is not None and value not in scale else None


def doesnt_know(text: str) -> bool:
    """True when `text` says "I don't know" ("weet ik niet", "geen idee", "idk", "not sure")
    and nothing else that could be an answer: the coach then says any nearest answer will do
    instead of reading it as a question or a no."""
    said = _DONT_KNOW_HEAD.sub("", _DONT_KNOW_TAIL.sub("", " ".join(_words(text))))
    return bool(_DONT_KNOW.fullmatch(said))


# words only said in an emphatic answer (tester round of stop 52): "vast" of "zeker en vast"
_EMPHATIC_WORDS = frozenset(
    ["vast", "absoluut", "absolutely", "definitely", "certainly", "totally", "bijlange", "geenszins",
     "allerminst"]
)  # fmt: skip
# The words answers are made of: stances, negations, strength, how often, yes and no, numbers
# in words and the words around them. A message of these words only (or hesitations, or a
# number) that is no answer was still meant as one ("ok", "hmm", "eens oneens").
_ANSWER_WORDS = (
    _KNOWN
    | set(_FREQUENCY)
    | _ALMOST
    | _FREQUENCY_FILLER
    | PLAIN_YES
    | PLAIN_NO
    | _PLAIN_FILLER
    | set(_ANY_NUMBER_WORD)
    | {w for phrase in _FENCE for w in phrase.split()}
    | set(_NOT_FORMS)
    | _EMPHATIC_WORDS
    # "klopt" and how far it holds ("klopt zo'n beetje wel"; stop 57): not read, still meant as an answer
    | (_TRUE_CORE | _TRUE_STRONG | _TRUE_APPROX) - {"STRONG", "APPROX"}
    | {"zo", "n", "zon", "min", "of", "meer"}
)
_HESITATION_ALONE = re.compile(rf"(?:{_HESITATION_WORD})")


def tries_to_answer(text: str) -> bool:
    """Whether `text` has words and is made only of words answers are made of, hesitations
    ("hmm", "euh") and numbers, so that one `parse_answer` cannot read ("ok", "hmm", "eens
    oneens") was meant as an answer, and so was "it depends" or "soms wel soms niet" in any words
    (`says_it_depends`, `goes_both_ways`); False for a question or request in other words ("hoe
    vaak moet dat?", "stop", "bedankt")."""
    # without the hesitations and asides around it: "niet altijd eerlijk gezegd" tries to answer
    # as "niet altijd" does (tester round of stop 55: it got a topic offer inside the check)
    words = without_hesitation(" ".join(_words(text))).split()
    return bool(words) and (
        all(w in _ANSWER_WORDS or w.isdigit() or _HESITATION_ALONE.fullmatch(w) for w in words)
        or says_it_depends(text)  # "hangt ervan af" on a scale without a middle (tester round of stop 52)
        or ("?" not in text and goes_both_ways(text))  # "de ene keer wel de andere keer niet" (stop 54)
        or answer_word_asked(text)  # "altjid?": a slip of an answer word asked back (stop 60)
    )


# == A word of the scale asked back (stop 60) ===================================================
# At an open statement, a word of the scale or of (dis)agreement with a question mark asks the
# coach back whether that is the answer ("eens?", "soms?", "altijd?", "nooit?", "mee eens?",
# "helemaal eens?", "sometimes?", "agree?", "always?", "niet altijd?", "altijd toch?"), as "ja?" and
# "klopt dat?" do (bot/selfchecks/not_understood.py): only the one answering can say, so nothing is
# scored and the coach explains how to read the statement (actions/selfcheck.py `say_asked_back`).
# So is a slip of such a word asked ("eenz?", "altjid?", "somtimes?", "agre?"): one letter off,
# added, left out or two swapped, the same first letter, four letters or more. Still scored: the
# word without a question mark ("eens", "soms", "vaak!"), a number asked ("3?", "vier?", "4 - eens?":
# a number names a point of the scale, the "?" only doubts it, as "3 denk ik"), an answer both ways
# or "it depends" asked ("soms wel soms niet?", "hangt ervan af?": a hedged answer, the middle).
_ASKED = re.compile(r"\?[\s?!.]*$")
_ASKED_TAG = re.compile(r"(?: (?:toch|dan|echt|nu|dus|of zo|ofzo|right|then|really|or so|or what|hè|he))+$")
_ASKED_MAX_WORDS = 5
_ASKABLE = frozenset(set(_STANCE) | set(_FREQUENCY))  # the words whose slips are read (below)


def _one_slip(typed: str, word: str) -> bool:
    """True when `typed` is `word` with one slip: a letter changed, added or left out, or two
    letters next to each other swapped; never the word itself."""
    if typed == word or abs(len(typed) - len(word)) > 1:
        return False
    if len(typed) == len(word):
        diff = [i for i, (a, b) in enumerate(zip(typed, word, strict=True)) if a != b]
        if len(diff) == 1:
            return True
        i = diff[0]
        return len(diff) == 2 and diff[1] == i + 1 and typed[i] == word[i + 1] and typed[i + 1] == word[i]
    short, long_ = sorted((typed, word), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


@lru_cache(maxsize=4096)
def _is_a_word(word: str) -> bool:
    """True when `word` is a word of its own in Dutch or English (wordfreq Zipf 3 or more, the
    threshold of bot/engine/spelling.py `is_real_word`): "vaag", "some", "agreed"."""
    return max(zipf_frequency(word, lang) for lang in LANGS) >= 3.0


def _slip_of_answer_word(word: str, scale: Scale) -> str | None:
    """The answer word (`_ASKABLE`, or a one-word label or word of `scale` that is no number)
    `word` is a slip of, or None; the same first letter, four letters or more."""
    if len(word) < 4 or word in _ANSWER_WORDS:
        return None
    own = {w for lang in LANGS for w in scale.words(lang) if " " not in w and w not in _ANY_NUMBER_WORD}
    typed = {word, word.replace("y", "ij")}  # "altyd": chat spelling of "altijd"
    for known in sorted(_ASKABLE | own):
        if len(known) < 4 or known[0] != word[0] or not any(_one_slip(w, known) or w == known for w in typed):
            continue
        # a word of its own is no slip ("vaag?" is "vague?", not "vaak?"), unless it is the answer
        # word inflected ("agreed?")
        if not _is_a_word(word) or word.startswith(known):
            return known
    return None


def _reads_as_answer_words(words: list[str], scale: Scale) -> bool:
    """Words that read as (dis)agreement or how often ("mee eens", "bijna altijd", "strongly
    agree"), or made only of answer words with a stance or frequency in them ("niet altijd",
    "eens oneens"), or a word of the scale; no plain yes or no ("ja": see `yes_or_no_asked`)."""
    said = " ".join(words)
    if not words or _plain_yes_no(said) is not None:
        return False
    if said in {w for lang in LANGS for w in scale.words(lang)} or _agreement(said) is not None:
        return True
    return all(w in _ANSWER_WORDS for w in words) and any(w in _ASKABLE for w in words)


# A sentence that says what one does or thinks oneself, with a question mark ("ik doe dat soms?",
# "k doe da soms?", "i do that sometimes?", "dat doe ik meestal?", "ik ben het eens?"), answers the
# statement and only doubts the word, as a number asked does: scored (stop 61). Asked back stay a
# bare word ("soms?", "meestal wel?", "niet altijd?") and a question in asking order, its verb first
# ("doe ik dat soms?", "do i do that sometimes?", "ben ik het eens?").
_OWN_SUBJECT = frozenset({"ik", "k", "i", "we", "wij"})
_VERB_FIRST = frozenset(
    {"doe", "doen", "ben", "is", "zijn", "heb", "zou", "vind", "do", "does", "did", "am", "are", "would",
     "should", "have", "moet", "mag", "kan"}
)  # fmt: skip


def states_own_answer(words: list[str]) -> bool:
    """True when the normalized `words` (`_words`) say what the one answering does or thinks, in
    the order of a statement: a first-person subject ("ik", Flemish "k", "i", "we") and no verb
    first ("ik doe dat soms", "dat doe ik meestal", "sometimes i do"); False for a question in
    asking order ("doe ik dat soms", "do i") and for words without a subject ("meestal wel")."""
    return bool(words) and words[0] not in _VERB_FIRST and any(w in _OWN_SUBJECT for w in words)


def answer_word_asked(text: str | None, scale: Scale = AGREE_5) -> bool:
    """True when the whole message is a word of the scale or of (dis)agreement, or a slip of one,
    with a question mark ("eens?", "soms?", "mee eens?", "always?", "altjid?": see above); False
    for the same without one, a number asked ("3?", "vier?"), a plain yes or no asked ("ja?":
    bot/selfchecks/not_understood.py `yes_or_no_asked`), "soms wel soms niet?", or a question in
    other words ("hoe vaak?"). `scale` adds its own words (bot/content/scale.py)."""
    said = " ".join((text or "").split())
    if not said or len(said) > 60 or not _ASKED.search(said) or any(c.isdigit() for c in said):
        return False
    plain = without_hesitation(" ".join(_words(said)))
    words = plain.split()
    # "do i do that sometimes?", "doe ik dat soms?": the answer's own words in asking order (stop 61)
    own_words_asked = len(words) > 2 and words[0] in _VERB_FIRST and words[1] in _OWN_SUBJECT
    if not words or len(words) > _ASKED_MAX_WORDS or words == ["een"]:
        return False
    if opens_with_question_word(plain) and not own_words_asked:
        return False  # "wat is eens?", "hoe vaak?": a question in words
    if any(w in _ANY_NUMBER_WORD and w != "een" for w in words):
        return False  # "vier?", "ik geef een drie?": a number, doubted
    if goes_both_ways(plain) or says_it_depends(plain):
        return False
    if states_own_answer(words):
        return False  # "ik doe dat soms?", "k doe da soms?", "i do that sometimes?": an answer (stop 61)
    untagged = _ASKED_TAG.sub("", plain).split()  # "altijd toch?", "agree right?"
    for candidate in (words, untagged):
        if _reads_as_answer_words(candidate, scale):
            return True
        slips = [(i, _slip_of_answer_word(w, scale)) for i, w in enumerate(candidate)]
        slips = [(i, known) for i, known in slips if known is not None]
        if len(slips) == 1:
            fixed = list(candidate)
            fixed[slips[0][0]] = slips[0][1]
            if _reads_as_answer_words(fixed, scale):
                return True
    return False
