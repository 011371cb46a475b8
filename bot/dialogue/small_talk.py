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
    r"^\W*(?:(?:man|pff+|jeez|zeg|echt|serieus|god|omg|lol|nou|wow|bro)\W+)*(?:"
    rf"{_YOU}\s+(?:bent|zijt|zijn|is)\s+(?:echt\s+|zo\s+|heel\s+|totaal\s+|compleet\s+|best\s+|wel\s+|gewoon\s+|"
    rf"really\s+|so\s+)*{_USELESS}"
    rf"|wat\s+(?:ben|zijt)\s+{_YOU}\s+(?:toch\s+|echt\s+)?{_USELESS}"
    rf"|(?:you'?re|you\s+are|ur|u\s+r|youre)\s+(?:really\s+|so\s+|completely\s+|totally\s+|pretty\s+|just\s+)*{_USELESS}"
    r"|(?:wat\s+een\s+|stomme\s+|domme\s+|nutteloze\s+|waardeloze\s+|useless\s+|stupid\s+|dumb\s+)+"
    r"(?:bot|chatbot|robot|coach|app|ding|machine)"
    r"|(?:what\s+a\s+)(?:useless|stupid|dumb|terrible)\s+(?:bot|chatbot|coach|app|thing)"
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
