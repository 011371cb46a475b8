"""A knowledge question about the parts of a model by a short word: "welke niveaus heeft de
piramide?", "hoeveel stappen heeft het model", "which layers are there" (`asks_about_parts`;
tester round of stop 60: NLU read them as off-topic at 0.999, or as goodbye), and which kind of
model such a question means when it names none (`parts_without_a_model`: "hoeveel niveaus zijn
er" -> the pyramid; tester round of stop 61: refused). Read by the engine's decision
(bot/engine/question.py `decide_by_parts`) and by actions/advice.py (through
bot/dialogue/topic_request.py). Pure Python."""

from __future__ import annotations

import re

__all__ = ["PARTS_MAX_WORDS", "asks_about_parts", "parts_without_a_model"]

# The parts a model of the coach is made of, by the short words staff use for them (Dutch,
# Flemish, chat spelling, English): "niveaus", "nivo's", "lagen", "treden", "principes".
_PARTS = (
    r"niveaus|niveau's|niveaus's|nivo's|nivos|niveaux|lagen|treden|trappen|stappen|stapjes|fasen|fases|"
    r"principes|principe's|pijlers|onderdelen|elementen|bouwstenen|dimensies|componenten|shifts|"
    r"verschuivingen|levels|layers|tiers|steps|stages|phases|principles|pillars|parts|elements|"
    r"building\s+blocks|dimensions|components"
)
# A question word that asks which parts, or how many, then the parts within four words:
# "welke niveaus", "wat zijn de lagen", "hoeveel treden heeft", "which layers", "how many levels".
_ASKS_PARTS = re.compile(
    r"(?<!\w)(?:welke|welk|wlke|wleke|wele|wat\s+zijn|wa\s+zijn|wat\s+zin|wt\s+zijn|hoeveel|hoe\s+veel|"
    r"hoevl|noem|which|what\s+are|whats|what's|wat\s+r|what\s+r|how\s+many|hw\s+many|name|list)"
    rf"\s+(?:\S+\s+){{0,4}}?(?:{_PARTS})(?!\w)",
    re.IGNORECASE,
)
# The asker's own matter ("welke stappen moet ik zetten voor mijn verlof", "welke shifts heb
# ik"): no question about a model's parts.
_OWN = re.compile(r"(?<!\w)(?:ik|mijn|mn|m'n|me|mij|i|my|i'm|im)(?!\w)", re.IGNORECASE)
PARTS_MAX_WORDS = 12  # a knowledge question about parts is short; a longer message tells a scene


def asks_about_parts(text: str) -> bool:
    """Whether `text` is a short knowledge question about which parts (levels, layers, steps,
    principles, shifts...) a model has, or how many: "welke niveaus heeft de piramide?",
    "hoeveel stappen heeft het model", "which layers are there". Not the asker's own matter
    ("welke shifts heb ik volgende week") nor a long message. actions/advice.py lets a
    confident answer from the knowledge base win over an NLU reading of off-topic or small
    talk for it, as for `asks_for_a_topic`."""
    said = " ".join(str(text or "").split())
    if not said or len(said.split()) > PARTS_MAX_WORDS or _OWN.search(said):
        return False
    return _ASKS_PARTS.search(said) is not None


# The kind of numbered concept (knowledge/glossary.yml `nouns`) a part word can only mean: the
# pyramid has levels or layers, the principles are principles, the paradigm shifts shifts.
_PARTS_OF_A_KIND = (
    (
        "levels",
        re.compile(
            r"(?<!\w)(?:niveaus|niveau's|niveaus's|nivo's|nivos|niveaux|lagen|treden|trappen|levels|layers|tiers)(?!\w)"
        ),
    ),
    ("principles", re.compile(r"(?<!\w)(?:principes|principe's|principles)(?!\w)")),
    ("shifts", re.compile(r"(?<!\w)(?:shifts|verschuivingen|paradigmashifts|paradigmaverschuivingen)(?!\w)")),
)
# Words that leave a parts question without a model named: "hoeveel niveaus zijn er (ook
# alweer)?", "welke lagen heeft het model", "how many layers are there again".
_FILLER = frozenset(
    str.split(
        "zijn er is heeft hebben het de een dat dit die deze model methode theorie framework raamwerk kader "
        "eigenlijk nou nu ook alweer nog weer precies allemaal daar daarvan ervan van in totaal dan zo "
        "are there is does do it have has the a an this that these those model framework method theory again "
        "exactly all in total then of them so"
    )
)


def parts_without_a_model(text: str) -> tuple[str, ...] | None:
    """The kinds of numbered concept (knowledge/glossary.yml: "levels", "principles", "shifts")
    a parts question names no model for can be about, or None when `text` is no such question
    (`asks_about_parts`) or names something ("welke niveaus heeft de piramide", "hoeveel levels
    heeft candy crush"). "hoeveel niveaus zijn er", "welke lagen zijn er" -> ("levels",): only
    the pyramid has levels (tester round of stop 61: refused); "hoeveel principes zijn er" ->
    ("principles",); a part word of any model ("welke stappen zijn er", "how many parts are
    there") -> () : every kind may be meant."""
    said = " ".join(str(text or "").split())
    if not asks_about_parts(said):
        return None
    found = _ASKS_PARTS.search(said)
    if found is None:
        return None
    rest = (said[: found.start()] + " " + said[found.end() :]).lower()
    if any(word not in _FILLER for word in re.findall(r"[^\W\d_]+", rest)):
        return None
    asked = found.group(0).lower()
    return tuple(kind for kind, words in _PARTS_OF_A_KIND if words.search(asked))
