"""Tell a real question from small talk by its words (issue 9.4): the vocabulary of the
small-talk intents' training examples, and the rule that says a message predicted as small
talk is a question after all.

DIET reads "hoe vraag ik een vrije dag aan" as goodbye ("dag") and "mijn loonstrook klopt
niet" as deny ("niet"): it leans on the one word it knows. A greeting, a thank-you, a
"nee" or a "start de zelftest" is said with a small set of words, and the training examples
hold them. A message that carries several content words that never occur in those examples
("loonstrook", "vakantiedagen", "rooster") is about something else, so it is a question.

Pure Python, no Rasa: the Rasa component (bot/dialogue/small_talk_guard.py) builds a
`SmallTalkVocabulary` from the training data and asks `is_question`. Runs inside Rasa
(Python 3.10) and in the tests (3.11)."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

WORD = re.compile(r"[^\W\d_]+")  # a run of letters (any script); digits and punctuation split words
_ANNOTATION = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")  # "[nps](topic)" -> "nps"


def examples_of(nlu_dir: Path, intents: Iterable[str]) -> list[str]:
    """The training examples of `intents` in nlu_dir/*.yml (Rasa NLU files), entity
    annotations reduced to their text, in file order."""
    wanted = set(intents)
    examples: list[str] = []
    for path in sorted(nlu_dir.glob("*.yml")):
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu", []):
            if block.get("intent") in wanted:
                for line in str(block.get("examples") or "").splitlines():
                    examples.append(_ANNOTATION.sub(r"\1", line.strip().removeprefix("- ")))
    return examples


def words(text: str) -> list[str]:
    """The message's words, lower case, letters only: "Mijn loonstrook klopt niet!" ->
    ["mijn", "loonstrook", "klopt", "niet"]."""
    return WORD.findall(text.lower())


@dataclass(frozen=True)
class SmallTalkVocabulary:
    """Every word of the small-talk intents' training examples.

    `known`: the words (lower case). `min_length`: shorter words are never content words
    ("ik", "de", "ok", typos of them). `similarity`: a word counts as known when it is this
    close to a known word (difflib's ratio, 0..1; "bedankd" ~ "bedankt", "zelftestje" ~
    "zelftest"), so informal spellings of small talk stay small talk."""

    known: frozenset[str]
    min_length: int = 3
    similarity: float = 0.8
    _close: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_examples(cls, examples: Iterable[str], min_length: int = 3,
                      similarity: float = 0.8) -> SmallTalkVocabulary:
        """The vocabulary of these example messages (the texts of the small-talk intents)."""
        known = frozenset(w for text in examples for w in words(text))
        return cls(known, min_length, similarity)

    def is_known(self, word: str) -> bool:
        """True when `word` (lower case) or a close spelling of it occurs in the examples."""
        if word in self.known:
            return True
        if word not in self._close:
            self._close[word] = bool(
                difflib.get_close_matches(word, self.known, n=1, cutoff=self.similarity)
            )
        return self._close[word]

    def unknown_words(self, text: str) -> list[str]:
        """The message's content words that small talk never uses: at least `min_length`
        letters and not known (see `is_known`), in message order, each once."""
        found: list[str] = []
        for word in words(text):
            if len(word) >= self.min_length and word not in found and not self.is_known(word):
                found.append(word)
        return found

    def is_question(self, text: str, min_unknown: int = 2) -> bool:
        """True when the message carries at least `min_unknown` content words that small
        talk never uses, so a small-talk reading of it is wrong."""
        return len(self.unknown_words(text)) >= min_unknown


# --- criticism of the coach and requests for a task it does not do (tester round of stop 61) ---

_YOU = r"(?:je|jij|u|ge|gij|gy|jou)"
_USELESS = (
    r"(?:nutteloos|nuttelos|nuttenloos|waardeloos|waardelos|dom|stom|slecht|onbruikbaar|irritant|vervelend"
    r"|niks\s+waard|nergens\s+goed\s+voor|nergens\s+goe\s+voor|een\s+(?:nutteloze|waardeloze|domme|stomme)\s+\w+"
    r"|useless|usless|stupid|dumb|terrible|rubbish|worthless|garbage|annoying|pointless|no\s+help|not\s+helpful"
    r"|a\s+(?:useless|stupid|dumb|terrible)\s+\w+)"
)
_CRITICISM = re.compile(
    r"^\W*(?:(?:man|pff+|jeez|zeg|echt|serieus|god|omg|lol|nou|wow|bro|ha(?:ha)+h?|hah|hihi+|lmao|rofl|sorry"
    r"|maar|but|en|and)\W+)*(?:"
    rf"{_YOU}\s+(?:bent|zijt|zijn|is)\s+(?:echt\s+|zo\s+|heel\s+|totaal\s+|compleet\s+|best\s+|wel\s+|gewoon\s+|"
    rf"really\s+|so\s+)*{_USELESS}"
    rf"|wat\s+(?:ben|zijt)\s+{_YOU}\s+(?:toch\s+|echt\s+)?{_USELESS}"
    rf"|(?:you'?re|you\s+are|ur|u\s+r|youre)\s+(?:really\s+|so\s+|completely\s+|totally\s+|pretty\s+|just\s+)*{_USELESS}"
    r"|(?:wat\s+een\s+|stomme\s+|domme\s+|nutteloze\s+|waardeloze\s+|slechte\s+|kut\s*|rot\s*|useless\s+|stupid\s+"
    r"|dumb\s+|crap\s+|shit\s+|terrible\s+)+"
    r"(?:bot|chatbot|robot|coach|app|ding|machine)"
    r"|(?:what\s+a\s+)(?:useless|stupid|dumb|terrible|bad|crap|crappy|lousy)\s+(?:bot|chatbot|coach|app|thing)"
    rf"|{_YOU}\s+(?:snapt|snapte|begrijpt|begrijp|verstaat)\s+(?:er\s+)?(?:ook\s+)?(?:echt\s+)?(?:niks|niets|nix)(?:\s+van)?"
    rf"|{_YOU}\s+(?:helpt|helpte)\s+(?:me\s+|mij\s+)?(?:echt\s+)?(?:niet|niks|nooit|totaal\s+niet)"
    r"|(?:you|u)\s+(?:don'?t|do\s+not|dont)\s+(?:understand|get)\s+(?:anything|a\s+thing|it)"
    r"|(?:you|u)\s+(?:are\s+not|aren'?t|r\s+not)\s+(?:helping|helpful|any\s+help)"
    r"|(?:you|this\s+bot|this\s+app)\s+(?:suck|sucks)"
    r"|(?:ik\s+)?(?:heb|hebt)\s+(?:ik\s+)?(?:echt\s+)?(?:niks|niets)\s+aan\s+(?:jou|je|u)"
    r")"
    r"(?:\s+(?:zeg|hoor|he|hè|joh|man|echt|gewoon|lol|hoor\s+je|seriously|mate|dude|bro))*\W*$",
    re.IGNORECASE,
)


def criticises_the_coach(text: str | None) -> bool:
    """Whether the whole message is a complaint about the coach itself ("je bent nutteloos", "wat
    ben jij dom", "stomme bot", "gij zijt nergens goe voor", "you're useless", "you don't
    understand anything"). NLU read "je bent nutteloos" as "are you a bot" and got "Ik ben een
    bot..." (tester round of stop 61). A message about someone else ("mijn collega is
    nutteloos", "de klant zei: je bent nutteloos, wat zeg ik dan") is no such complaint."""
    return _CRITICISM.match(" ".join((text or "").split())) is not None


_CREATE = (
    r"(?:schrijf|schrijft|maak|verzin|bedenk|dicht|componeer|teken|rap|zing|vertaal|genereer|write|make|compose"
    r"|draw|sing|create|generate|come\s+up\s+with|give\s+me|geef\s+me|tell\s+me|vertel\s+me|vertel|can\s+you\s+write"
    r"|kun\s+je|kan\s+je|kunt\s+u|could\s+you|can\s+you)"
)
# a piece of creative or general work: a poem, a song, a joke, a story, an essay, code, a recipe
_CREATIVE_WORK = (
    r"(?:een\s+|a\s+|an\s+|me\s+een\s+|me\s+a\s+|mij\s+een\s+)?(?:kort\s+|grappig\s+|leuk\s+|mooi\s+|short\s+|funny\s+"
    r"|little\s+)?(?:gedicht(?:je)?|versje|rijm(?:pje)?|limerick|haiku|sonnet|liedje|lied|songtekst|rap|mop(?:je)?"
    r"|grap(?:je)?|sprookje|opstel|essay|poem|song|lyrics|joke|fairy\s+tale|bedtime\s+story|recept|recipe"
    r"|python\s*script|code|programma|tekening|drawing|picture|plaatje|horoscoop|horoscope|sollicitatiebrief"
    r"|cover\s+letter|boodschappenlijst|shopping\s+list)\b"
)
_CREATIVE = re.compile(
    rf"^\W*(?:(?:hey|hoi|hi|ok|oké|please|pls|aub|graag)\W+)*{_CREATE}\s+(?:(?:eens|even|voor\s+mij|for\s+me|me)\s+)*"
    rf"{_CREATIVE_WORK}",
    re.IGNORECASE,
)


def asks_for_a_creative_task(text: str | None) -> bool:
    """Whether the message asks the coach to make something it does not make: a poem, a song, a
    joke, a story, an essay, code, a recipe ("schrijf een gedicht over klanten", "maak een
    liedje over service", "write me a poem about customers", "vertel een mop"). Searched, "schrijf
    een gedicht over klanten" was offered articles on customer intimacy (tester round of stop
    61). Not a request for words or a script for a customer ("schrijf een mail aan een boze
    klant", "geef me een zin om nee te zeggen"): those are the coach's work."""
    return _CREATIVE.match(" ".join((text or "").split())) is not None


# --- a set phrase of another language said on its own or with a laugh (stop 62) ---
# "c'est la vie lol", "no pasa nada", "danke schön haha", "hasta la vista!", "ciao 👋": small talk,
# answered as such. They got a topic offer: the words searched were the phrase's. The phrases are
# bot/engine/language.py SET_PHRASES (read there); here only what is said around them.

# a laugh or a filler said beside a set phrase ("lol", "hahaha", "hoor", "zeg", "toch", "right")
_AROUND = re.compile(
    r"(?:l+o+l+|lmao|rofl|xd+|(?:h+[aeiu]+){2,}h*|ha+|he+|hi+|hihi+|hehe+|hoor|he|hè|zeg|toch|hé|joh|man|jaja|ja"
    r"|nou|tja|ach|och|ok|oké|oke|okay|haja|ofzo|right|well|oh|oh\s+well|yeah|yep|zo\s+is\s+het|such\s+is\s+life"
    r"|maar\s+goed|anyway|whatever|dus|so|hey|hoi|hi|nog|eh|euh|uh|uhm|hmm+|pff+|haha+|lekker|ouwe|bro|mate|baby|babe"
    r"|schat|amigo|amiga)"
)
_THANKS = re.compile(r"danke|gracias|grazie|obrigad|merci|dank", re.IGNORECASE)
_BYE = re.compile(
    r"au\s*revoir|hasta|adi[oó]s|arrivederci|auf\s*wiedersehen|ciao|a\s*bient[oô]t|bonne\s*nuit|bon\s*voyage"
    r"|bonne\s*journ[ée]e",
    re.IGNORECASE,
)
_HELLO = re.compile(r"hola|buongiorno|buenos\s*d[ií]as|guten\s*(?:tag|morgen)|[cç]a\s*va", re.IGNORECASE)


def set_phrase_talk(text: str | None) -> str | None:
    """What a message made of a set phrase of another language (bot/engine/language.py
    `without_set_phrases`) and at most a laugh, a filler, punctuation or emoji says: "thank" ("danke
    schön haha", "gracias!", "grazie mille"), "goodbye" ("hasta la vista lol", "au revoir", "ciao"),
    "greet" ("hola", "buongiorno", "ça va?") or "shrug" for any other ("c'est la vie lol", "no pasa
    nada", "alles klar", "tant pis hoor", "mamma mia"); None for anything more ("c'est la vie, maar
    hoe ga ik om met een boze klant", "danke voor de tip over klachten") and for a message without one.
    Stop 62: they got a topic offer."""
    from bot.engine.language import without_set_phrases  # lingua: not loaded for the Rasa component

    said = " ".join((text or "").split())
    rest = without_set_phrases(said)
    if not said or rest == said:
        return None
    leftover = [w for w in words(rest) if not _AROUND.fullmatch(w)]
    if leftover or re.search(r"\d", rest):
        return None
    if _THANKS.search(said):
        return "thank"
    if _BYE.search(said):
        return "goodbye"
    if _HELLO.search(said):
        return "greet"
    return "shrug"


def without_foreign_phrases(text: str | None) -> str:
    """`text` without the set phrases of other languages ("no pasa nada hoor" -> " hoor":
    bot/engine/language.py `without_set_phrases`), for the actions, which use bot/engine's public
    API only: "no pasa nada" said nothing of the message's language, but its "no" made it English."""
    from bot.engine.language import without_set_phrases  # lingua: not loaded for the Rasa component

    return without_set_phrases(text or "")


# --- talk to the coach about the coach: praise, and who or what it is (tester round of stop 62) ---
# "ge zijt ne goeie" (Flemish praise) and "who made you?" / "wie heeft jou gemaakt" got "Daar weet ik
# (nog) geen goed antwoord op" with topics. The whole message must be such talk: "de klant is ne
# goeie", "wie heeft dit beleid gemaakt", "who made the mistake" and "je bent goed in klachten, hoe
# doe ik dat?" are not.

_SUBJECT = r"(?:je|jij|u|ge|gij|gy|jy)"  # "you" as subject, Dutch and Flemish
_IS = r"(?:bent|ben|bnt|zijt|zyt|zijde|zedde)"  # "are" after it, chat spelling and Flemish
_VERY = (
    r"(?:echt|zo|heel|super|gewoon|wel|toch|best|eigenlijk|werkelijk|ontzettend|enorm|mega|really|so|very|pretty"
    r"|just|truly|actually|such|totally|seriously)"
)
# praise in Dutch and Flemish, with its article: "ne goeie", "een topper", "de beste", "de max"
_GOOD_NL = (
    r"(?:(?:een|ne|nen|'n|n|de)\s+)?(?:goeie|goei|goede|goed|top|toppie|topper|toppertje|geweldig|geweldige|super"
    r"|fantastisch|briljant|slim|slimme|lief|lieve|fijn|fijne|handig|handige|cool|tof|toffe|beste|max|held"
    r"|kanjer|crack|schat|schatje|genie|aanrader|behulpzaam|aanwinst|geniaal|te\s+gek|hulp|grote\s+hulp"
    r"|goud\s+waard|knap|knappe|wijs|wijze)(?:\s+(?:bezig|bot|coach|chatbot|hulp))?"
)
_GOOD_EN = (
    r"(?:(?:a|an|the|such\s+a)\s+)?(?:great|awesome|amazing|best|brilliant|smart|clever|helpful|star|legend"
    r"|lifesaver|life\s+saver|gem|genius|cool|fantastic|wonderful|good|nice|lovely|big\s+help|great\s+help|help"
    r"|sweet|kind|hero|rockstar|superstar|goat|champ|wizard)(?:\s+(?:bot|coach|chatbot|one|help))?"
)
_BOT_NOUN = r"(?:bot|chatbot|robot|coach|servicecoach|app|ding|programma|tool|thing|program)"
_PRAISE = (
    rf"{_SUBJECT}\s+{_IS}\s+(?:{_VERY}\s+)*{_GOOD_NL}"
    rf"|(?:wat|wa)\s+{_IS}\s+{_SUBJECT}\s+(?:{_VERY}\s+)*{_GOOD_NL}"
    rf"|{_SUBJECT}\s+(?:doet|doe)\s+(?:het|da|dat)\s+(?:{_VERY}\s+)*(?:goed|goe|top|prima|geweldig|super)"
    r"|(?:goed|goe|top|prima|super|lekker|netjes)\s+(?:gedaan|bezig)"
    rf"|(?:wat\s+een\s+|echt\s+een\s+|(?:een|ne|nen)\s+)?(?:goeie|goede|toffe|slimme|fijne|lieve|handige|geweldige"
    rf"|knappe|super|top)\s+{_BOT_NOUN}"
    rf"|ik\s+vind\s+(?:je|jou|u|dit|deze\s+{_BOT_NOUN})\s+(?:{_VERY}\s+)*(?:goed|top|geweldig|fijn|handig|slim"
    r"|leuk|tof|super|de\s+beste|de\s+max|knap)"
    r"|topper|toppertje|kanjer"
    rf"|(?:you'?re|you\s+are|youre|ur|u\s+r|u\s+are|you\s+r)\s+(?:{_VERY}\s+)*{_GOOD_EN}"
    rf"|(?:what\s+a\s+)?(?:good|great|nice|smart|clever|helpful|awesome|lovely|brilliant)\s+{_BOT_NOUN}"
    r"|(?:good|great|nice)\s+(?:job|work|one)"
    rf"|i\s+(?:really\s+)?(?:like|love)\s+(?:you|u|this\s+{_BOT_NOUN}|talking\s+to\s+(?:you|u))"
    r"|(?:you|u)\s+(?:rock|rule)"
)
_MADE_NL = (
    r"(?:gemaakt|gemaakd|gemaak|gemaakte|gebouwd|gebouwt|ontwikkeld|ontwikkelt|ontworpen|geprogrammeerd"
    r"|geprogameerd|bedacht|geschreven|gecre[eë]erd|uitgevonden|in\s+elkaar\s+gezet|getraind|opgezet|geleerd)"
)
# the coach as an object: "jou", "u", "deze bot", "dit" (a bare "dit" only as the whole object)
_COACH_NL = rf"(?:jou|je|u|jij|gij|ou|dit|deze\s+{_BOT_NOUN}|dit\s+{_BOT_NOUN})"
_COACH_EN = rf"(?:you|u|ya|this|this\s+{_BOT_NOUN})"
_MADE = (
    rf"wie\s+(?:heeft|heb|hebben|had|het)\s+{_COACH_NL}\s+(?:{_VERY}\s+|ooit\s+)*{_MADE_NL}"
    rf"|wie\s+(?:maakte|bouwde|ontwikkelde|bedacht|programmeerde|schreef)\s+{_COACH_NL}"
    rf"|door\s+wie\s+(?:ben|bent|zijt|zyt|is|werd|wordt)\s+{_COACH_NL}\s+(?:{_VERY}\s+)*{_MADE_NL}"
    rf"|wie\s+(?:is|zijn)\s+(?:je|jouw|uw|ou|de)\s+(?:maker|makers|bedenker|bedenkers|ontwikkelaar|ontwikkelaars"
    rf"|eigenaar|programmeur|programmeurs|schepper|ouders)(?:\s+van\s+{_COACH_NL})?"
    rf"|wie\s+(?:zit|zitten)\s+(?:er\s+)?achter\s+{_COACH_NL}"
    rf"|van\s+wie\s+{_IS}\s+{_SUBJECT}"
    rf"|who\s+(?:made|built|build|created|create|programmed|coded|designed|developed|wrote|trained|invented"
    rf"|owns|runs|is\s+behind|'?s\s+behind|makes|made\s+and\s+trained)\s+{_COACH_EN}"
    rf"|who(?:'s|\s+is|\s+are|s)\s+(?:your|ur|the)\s+(?:maker|makers|creator|creators|developer|developers|owner"
    rf"|owners|author|authors|programmer|programmers|inventor|parents?|builder|builders)(?:\s+of\s+{_COACH_EN})?"
    rf"|(?:by\s+whom|who)\s+(?:were|was|are|is)\s+{_COACH_EN}\s+(?:made|built|created|developed|programmed"
    r"|designed)(?:\s+by)?"
)
_WHAT = (
    rf"(?:wat|wa)\s+{_IS}\s+{_SUBJECT}(?:\s+(?:eigenlijk|precies|nou|nu|dan|nu\s+eigenlijk))?"
    rf"(?:\s+voor\s+(?:iets|iemand|eentje|(?:(?:een|ne|nen)\s+)?(?:\w+\s+)?{_BOT_NOUN}))?"
    # "met wie praat ik?", "who am I talking to?", "what exactly are you?" (stop 63)
    r"|met\s+wie\s+(?:praat|spreek|chat)\s+ik(?:\s+(?:eigenlijk|nu|hier))?"
    r"|(?:who|what)\s+am\s+i\s+(?:talking|chatting|speaking)\s+(?:to|with)(?:\s+(?:here|now|exactly))?"
    r"|what\s+(?:exactly|even|actually|really)\s+(?:are|r)\s+(?:you|u)"
    rf"|what(?:'s|s|\s+is)\s+this\s+{_BOT_NOUN}"
    rf"|wat\s+voor\s+(?:een\s+|ne\s+|nen\s+)?(?:{_BOT_NOUN}|iets|ai|systeem)\s+{_IS}\s+{_SUBJECT}(?:\s+eigenlijk)?"
    rf"|wat\s+is\s+(?:dit|dat)\s+(?:eigenlijk\s+)?voor\s+(?:een\s+)?(?:{_BOT_NOUN}|iets|systeem)"
    rf"|wat\s+is\s+deze\s+{_BOT_NOUN}(?:\s+eigenlijk)?"
    rf"|wie\s+{_IS}\s+{_SUBJECT}(?:\s+(?:eigenlijk|precies|nou|dan))?"
    r"|(?:what|who)\s+(?:are|r)\s+(?:you|u)(?:\s+(?:exactly|actually|really|then|anyway))?"
    rf"|what\s+(?:kind|sort|type)\s+of\s+(?:{_BOT_NOUN}|ai|system)\s+(?:are|r)\s+(?:you|u)"
    rf"|what\s+(?:is|'s)\s+this\s+(?:{_BOT_NOUN}|system)(?:\s+exactly)?"
)
_BOT = (
    rf"(?:ben|bent|zijt|zyt|zijde|zedde|benje|ben\s*je)\s+(?:{_SUBJECT}\s+)?(?:{_VERY}\s+)?(?:een\s+|ne\s+|nen\s+|n\s+)?"
    r"(?:bot|robot|robotje|chatbot|computer|mens|echt\s+persoon|echte\s+persoon|persoon|ai|a\.i\.|machine"
    r"|programma|chatgpt|echt|echt\s+of\s+nep|een\s+mens\s+of\s+een\s+(?:bot|robot|computer|machine))"
    r"|praat\s+ik\s+(?:nu\s+)?(?:met|tegen)\s+(?:een\s+)?(?:mens|bot|robot|computer|persoon|echt\s+iemand|iemand|chatgpt)"
    r"|(?:are|r)\s+(?:you|u)\s+(?:a\s+|an\s+|really\s+a\s+|actually\s+a\s+|even\s+a\s+)?(?:bot|robot|human|real"
    r"|person|real\s+person|machine|ai|a\.i\.|chatbot|computer|chatgpt|human\s+or\s+(?:a\s+)?(?:bot|robot|machine))"
    r"|am\s+i\s+(?:talking|chatting|speaking)\s+(?:to|with)\s+(?:a\s+)?(?:human|bot|robot|person|real\s+person"
    r"|computer|machine|chatgpt)"
    r"|is\s+this\s+(?:a\s+)?(?:bot|robot|human|real\s+person|chatgpt|ai|a\s+real\s+person)"
)
_WHERE = (
    rf"(?:waar|van\s*waar|vanwaar)\s+(?:kom|komt|komde|komdegij|komje)(?:\s+{_SUBJECT})?(?:\s+(?:eigenlijk|nou))?"
    r"(?:\s+(?:vandaan|van|weg))?"
    rf"|van\s*waar\s+{_IS}\s+{_SUBJECT}"
    rf"|waar\s+{_IS}\s+{_SUBJECT}\s+(?:eigenlijk\s+)?{_MADE_NL}"
    r"|where\s+(?:are|r)\s+(?:you|u)\s+from"
    r"|where\s+(?:do|did)\s+(?:you|u)\s+come\s+from"
    r"|where\s+(?:were|are)\s+(?:you|u)\s+(?:made|built|developed|created)"
)
_NAME = (
    rf"hoe\s+(?:heet|heette|noem)\s+{_SUBJECT}"
    r"|wat\s+is\s+(?:je|jouw|uw|ou)\s+naam"
    rf"|(?:heb|hebt|hedde|hebde)\s+{_SUBJECT}\s+(?:ook\s+)?(?:een|ne|nen)\s+naam"
    r"|what(?:'s|\s+is|s)\s+(?:your|ur)\s+name"
    r"|(?:do|have)\s+(?:you|u)\s+(?:have\s+|got\s+)?a\s+name"
)
# said around such talk: a greeting, thanks, a laugh, an aside ("trouwens", "by the way", "just curious")
_LEAD = (
    r"(?:hey|hoi|hi|hallo|hello|ok|oké|oke|okay|nou|wow|wauw|echt|zeg|man|ha+|(?:ha){2,}|lol|serieus|bedankt"
    r"|dankjewel|dankuwel|dank\s+je(?:wel)?|dank\s+u(?:wel)?|merci|thanks|thank\s+you|thx|tnx|coach|bot|servicecoach"
    r"|eh|euh|trouwens|btw|by\s+the\s+way|mag\s+ik\s+(?:eens\s+)?vragen|even\s+iets\s+anders|iets\s+anders"
    r"|just\s+curious|out\s+of\s+curiosity|uit\s+nieuwsgierigheid|ik\s+ben\s+benieuwd|ik\s+vroeg\s+me\s+af|so|dus"
    r"|en|and|maar|but|allee|awel|amai|goh|oh|ah|ja|yes|yeah)"
)
_TAIL = (
    r"(?:zeg|hoor|he|hè|hé|joh|man|echt|gewoon|lol|eigenlijk|precies|exactly|actually|trouwens|btw|anyway|coach"
    r"|bot|servicecoach|hoor\s+je|seriously|mate|dude|bro|ha+|(?:ha){2,}|xd|dan|nou|gij|jij|jou|vriend|maat"
    r"|allee|amai|weet\s+je\s+dat|thanks|bedankt|dankjewel|merci|thx|for\s+that|daarvoor|voor\s+de\s+hulp"
    r"|for\s+the\s+help|ofzo|or\s+something)"
)
_COACH_TALK = {
    kind: re.compile(rf"^\W*(?:{_LEAD}\W+)*(?:{core})(?:\W+{_TAIL})*\W*$", re.IGNORECASE)
    for kind, core in (
        ("praise", _PRAISE),
        ("made", _MADE),
        ("what", _WHAT),
        ("bot", _BOT),
        ("where", _WHERE),
        ("name", _NAME),
    )
}


def coach_talk(text: str | None) -> str | None:
    """What a message that is all talk to the coach about the coach says: "praise" ("ge zijt ne
    goeie", "je bent top!", "wat een toffe bot", "you're the best", "good bot"), "made" ("who made
    you?", "wie heeft jou gemaakt", "wie zit er achter deze app"), "what" ("wat ben jij eigenlijk?",
    "what are you?", "wie ben jij"), "bot" ("zijt gij ne robot?", "r u a bot", "praat ik met een
    mens?"), "where" ("waar kom je vandaan?", "where are you from?") or "name" ("hoe heet je?",
    "what's your name"); None for anything else. The whole message must say it, beside a greeting,
    thanks, a laugh or an aside: "de klant is ne goeie", "wie heeft dit beleid gemaakt", "who made
    the mistake", "je bent goed in klachten, hoe doe ik dat?" and a criticism ("je bent nutteloos",
    `criticises_the_coach`) are None. Tester round of stop 62: they got "no good answer"."""
    said = " ".join((text or "").split())
    if not said or criticises_the_coach(said):
        return None
    return next((kind for kind, pattern in _COACH_TALK.items() if pattern.match(said)), None)
