"""BM25 over stemmed words, one index per language so Dutch and English each get
their own stemmer and stop words, plus a BM25 over character n-grams of the words.

The n-gram stream is there for Dutch compounds and spelling variants: "klachtenafdeling"
shares most of its n-grams with "klacht" and "afdeling", "klantvriendelijkheid" with
"klantvriendelijk", and a typo in a long word keeps most of them, where whole-word BM25
sees nothing in common. Accents are folded on both sides ("enquete" finds "enquête"). A
query word the index does not know and that is no real Dutch or English word is read as the
index word it is a typo of ("klnat" -> "klant"; bot/engine/spelling.py, `query_words`)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import chain

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_DUTCH, STOPWORDS_EN

from bot.content.word_frequency import is_real_word
from bot.engine import lexical_coverage
from bot.engine.bm25_matrix import build_bm25, query_scores
from bot.engine.dutch_compounds import split_compound
from bot.engine.dutch_inflection import uninflect, unpast
from bot.engine.spelling import Spelling

_STEMMERS = {"nl": "dutch", "en": "english"}
_STOPWORDS = {"nl": list(STOPWORDS_DUTCH), "en": list(STOPWORDS_EN)}
GRAM_SIZE = 4
# weight of the n-gram scores next to the word scores (both scaled to the best chunk = 1)
GRAM_WEIGHT = {"nl": 1.0, "en": 1.0}
# b (length normalisation) stays at 0.75. b=0.3 was tried (dev hit@1/hit@3 0.806/0.899
# against 0.802/0.891: one and two questions of 258) but it let long articles that repeat a
# query word outrank the article about the question ("Wat doe ik als ik het probleem van
# een klant zelf niet kan oplossen?" went to pyramid-complaints), so it was not kept. The
# decision (bot/engine/decision.py) is calibrated on scores from these parameters. Dev set
# after refitting: answered-right / right-or-offered / confident-wrong 0.678 / 0.822 / 0.050
# at b=0.75, 0.643 / 0.806 / 0.054 at 0.5, 0.659 / 0.829 / 0.050 at 0.3.
BM25_PARAMS = {"k1": 1.5, "b": 0.75}
# At most this many matching chunks per query go on to fusion (the best by ranking score);
# the bundled knowledge never has more, a base of 100,000 chunks often does.
LEXICAL_CANDIDATES = 2_000
# The word score of an unknown Dutch compound's parts, relative to a word as typed
# (bot/engine/dutch_compounds.py). At 1.0 a part that is a word of its own elsewhere drew the
# search off: "kamerprijs" ranked service recovery (a dirty "kamer") above the price
# objection, "fietsband" shift-relationships (a "band" with customers). Dev 1-8 and blind
# (stop 44): 0.5 lost none of the answers 1.0 won on dev 4 and 6.
PART_WEIGHT = 0.5
# The shortest part of an unknown compound that is read as the typo of an index word
# (`LexicalIndex._parts`): a 4-letter part is one edit from too many words.
TYPO_PART = 5


class _UninflectingStemmer:
    """Snowball Dutch, then adjective inflection undone (bot/engine/dutch_inflection.py:
    "boze" and "boos" are one stem); a listed strong past form is stemmed as its infinitive
    ("gaf" as "geven", `unpast`). Same two methods as Stemmer.Stemmer."""

    def __init__(self) -> None:
        self._snowball = Stemmer.Stemmer(_STEMMERS["nl"])

    def stemWord(self, word: str) -> str:  # noqa: N802 - PyStemmer's name
        return uninflect(self._snowball.stemWord(unpast(word)))

    def stemWords(self, words: list[str]) -> list[str]:  # noqa: N802 - PyStemmer's name
        return [uninflect(stem) for stem in self._snowball.stemWords([unpast(w) for w in words])]


@lru_cache(maxsize=2)
def _stemmer(lang: str) -> Stemmer.Stemmer | _UninflectingStemmer:
    return _UninflectingStemmer() if lang == "nl" else Stemmer.Stemmer(_STEMMERS[lang])


class _Uncombined(dict):
    """str.translate table: code point -> None for combining marks, itself otherwise; each
    code point is looked up once (unicodedata.combining), then the table answers in C."""

    def __missing__(self, code: int) -> int | None:
        self[code] = None if unicodedata.combining(chr(code)) else code
        return self[code]


_UNCOMBINED = _Uncombined()


_WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Lowercase without accents: people type "enquete", "patient", "een" where the
    articles say "enquête", "patiënt", "één" (NFKD, then the combining marks dropped)."""
    lowered = text.lower()
    if lowered.isascii():  # NFKD leaves ASCII as it is and it has no combining marks
        return lowered
    return unicodedata.normalize("NFKD", lowered).translate(_UNCOMBINED)


def tokenize(texts: list[str], lang: str) -> list[list[str]]:
    return bm25s.tokenize(
        [fold(t) for t in texts],
        stopwords=_STOPWORDS[lang],
        stemmer=_stemmer(lang).stemWords,
        return_ids=False,
        show_progress=False,
    )


def char_grams(texts: list[str], lang: str, n: int = GRAM_SIZE) -> list[list[str]]:
    """Character n-grams of each non-stop word, with word-boundary marks ("#klant#")."""
    words = bm25s.tokenize(
        [fold(t) for t in texts], stopwords=_STOPWORDS[lang], return_ids=False, show_progress=False
    )
    out = []
    for doc in words:
        grams: list[str] = []
        for word in doc:
            marked = f"#{word}#"
            grams += [marked[i : i + n] for i in range(max(len(marked) - n + 1, 1))]
        out.append(grams)
    return out


def word_streams(texts: list[str], lang: str) -> tuple[bm25s.BM25, bm25s.BM25]:
    """(stemmed-word BM25, character n-gram BM25) over `texts`, equal to
    `_bm25(tokenize(texts, lang))` and `_bm25(char_grams(texts, lang))` but built from flat
    token ids (bot/engine/bm25_matrix.py): the texts are folded and split once, and each
    distinct word is stemmed and cut into n-grams once, not at every occurrence."""
    split = bm25s.tokenize(
        [fold(t) for t in texts], stopwords=_STOPWORDS[lang], return_ids=True, show_progress=False
    )
    words = list(split.vocab)  # split.vocab: word -> id, ids 0..n-1 in this order
    lengths = np.fromiter((len(doc) for doc in split.ids), dtype="int64", count=len(split.ids))
    flat = np.fromiter(chain.from_iterable(split.ids), dtype="int64", count=int(lengths.sum()))
    stem_vocab: dict[str, int] = {}
    word_stem = np.array(
        [stem_vocab.setdefault(s, len(stem_vocab)) for s in _stemmer(lang).stemWords(words)], dtype="int64"
    )
    gram_vocab: dict[str, int] = {}
    word_grams = [[gram_vocab.setdefault(g, len(gram_vocab)) for g in char_grams_of(w)] for w in words]
    gram_count = np.array([len(g) for g in word_grams], dtype="int64")
    gram_start = np.concatenate([[0], np.cumsum(gram_count)[:-1]]) if words else np.zeros(0, "int64")
    gram_ids = np.fromiter(chain.from_iterable(word_grams), dtype="int64", count=int(gram_count.sum()))
    # every occurrence of a word becomes its n-grams: positions start..start+count of gram_ids
    per_token = gram_count[flat]
    offsets = np.arange(int(per_token.sum())) - np.repeat(np.cumsum(per_token) - per_token, per_token)
    grams = gram_ids[np.repeat(gram_start[flat], per_token) + offsets]
    doc_of_token = np.repeat(np.arange(len(lengths)), lengths)
    gram_lengths = np.bincount(doc_of_token, weights=per_token, minlength=len(lengths)).astype("int64")
    word_model = build_bm25(word_stem[flat], lengths, stem_vocab, **BM25_PARAMS)
    # the words as written (folded), each with its stem id: typos are read against these
    word_model.surface_words = dict(zip(words, word_stem.tolist(), strict=True))
    return word_model, build_bm25(grams, gram_lengths, gram_vocab, **BM25_PARAMS)


def present_tense_stem(word: str, stem: str, stemmer: Stemmer.Stemmer | _UninflectingStemmer) -> str | None:
    """The stem of a Dutch verb's infinitive for its present-tense "-t" form, which Snowball
    leaves whole: "schreeuwt" -> "schreeuw" (as "schreeuwen"), "klaagt" -> "klaag", "huilt" ->
    "huil". None for a word Snowball changed, a short word, an ending that is part of the
    stem (a vowel before the t: "praat", "moet"; "-st", "-cht", "-tt") or an everyday verb
    (LIGHT_VERBS: "vraagt", "wordt").
    Callers keep the candidate only when the index knows it: "klant" -> "klan" is no word."""
    if stem != word or len(word) < 4 or not word.endswith("t") or word.endswith(("st", "cht", "tt")):
        return None
    if word[-2] in "aeiouy":
        return None
    candidate = stemmer.stemWord(word[:-1])
    return candidate if candidate != stem and candidate not in LIGHT_VERBS else None


def comparative_stems(word: str, stem: str, stemmer: Stemmer.Stemmer | _UninflectingStemmer) -> list[str]:
    """Candidate stems of the plain adjective for a comparative Snowball leaves whole, in
    either language: "korter" -> "kort", "sneller" -> "snel", "groter" -> "groot",
    "duurder" -> "duur", "shorter" -> "short", "ruder" -> "rude". An article that says "houd
    het kort" then also answers "hoe houd ik een gesprek korter?". Empty for a word Snowball
    changed, a short word or one without "-er".
    Callers keep a candidate only when the index knows it, so a noun that merely ends in
    "-er" ("kamer" -> "kam", "order" -> "ord") finds nothing it should not."""
    if stem != word or len(word) < 5 or not word.endswith("er") or word in NOT_COMPARATIVES:
        return []
    base = word[:-2]
    forms = [base, base + "e"]  # "ruder" -> "rude", "nicer" -> "nice"
    if len(base) >= 3 and base[-1] == base[-2] and base[-1] not in "aeiouy":
        forms.append(base[:-1])  # "sneller" -> "snel", "bigger" -> "big"
    if base.endswith("rd"):
        forms.append(base[:-1])  # "duurder" -> "duur", "zwaarder" -> "zwaar"
    if len(base) >= 3 and base[-1] not in "aeiouy" and base[-2] in "aeou" and base[-3] not in "aeiouy":
        forms.append(base[:-1] + base[-2] + base[-1])  # "groter" -> "groot", "trager" -> "traag"
    found = [stemmer.stemWord(form) for form in forms]
    unique = dict.fromkeys(found)
    return [candidate for candidate in unique if candidate != stem and candidate not in LIGHT_VERBS]


# Words in "-er" that say when, how much or which rather than more of a quality ("moet ik de
# klant later nog terugbellen" read "laat" and lost a dev answer)
NOT_COMPARATIVES = frozenset(
    {
        *("later", "eerder", "verder", "liever", "minder", "ander", "anders", "nader", "zeker", "weer"),
        *("over", "onder", "achter", "earlier", "rather", "never", "ever", "other", "either", "neither"),
        *("whether", "after", "under"),
    }
)


# Everyday verbs that say little about a topic and whose stems are everywhere in the
# articles ("vraag" is also every article's "question"): "een klant vraagt steeds om mijn
# collega" ranked culture-internal-respect first when "vraagt" also read as "vraag".
LIGHT_VERBS = frozenset(
    "vraag zeg kom krijg geef neem vind houd word laat zet leg wil bel ga sta doe zie denk".split()  # noqa: SIM905
)


def char_grams_of(word: str, n: int = GRAM_SIZE) -> list[str]:
    """Character n-grams of one word with word-boundary marks ("#klant#" -> "#kla", ...)."""
    marked = f"#{word}#"
    return [marked[i : i + n] for i in range(max(len(marked) - n + 1, 1))]


def _bm25(docs: list[list[str]]) -> bm25s.BM25:
    model = bm25s.BM25(**BM25_PARAMS)
    model.index(docs, show_progress=False)
    return model


def _scaled(scores: np.ndarray | None) -> np.ndarray | None:
    """Scores relative to the best one, so word and n-gram scores can be added."""
    if scores is None or not len(scores):
        return None
    top = float(scores.max())
    return scores / top if top > 0 else None


class LexicalIndex:
    """BM25 over the chunks of one language; `rows` maps back to global chunk numbers."""

    def __init__(self, lang: str, texts: list[str], rows: list[int]) -> None:
        self.lang = lang
        self.rows = np.asarray(rows, dtype="int64")
        self._words, self._grams = word_streams(texts, lang) if rows else (None, None)
        self._spelling: Spelling | None = None

    def query_words(self, query: str, parts: bool = True) -> list[str]:
        """The query's distinct stems as the word stream reads them: a word the index does not
        know and that is no real word (bot/engine/spelling.py: "klnat", "custmer") is read as
        the index word (as written in the articles) a typo away; a real word ("night",
        "luider") stays as typed. A Dutch compound the index does not know, that is no real
        word and is made of words the index knows, is read as its parts as well ("klantbeloftes":
        bot/engine/dutch_compounds.py), unless `parts` is False. `ranks` weighs the parts at
        PART_WEIGHT. Splitting known compounds too ("klantcontact") won a few dev answers but
        ranked a manager's question on onboarding under shift-relationships, so it is not done."""
        words, split = self._query_terms(query)
        return words + split if parts else words

    def _query_terms(self, query: str) -> tuple[list[str], list[str]]:
        """(the query's distinct stems, the distinct stems of its unknown compounds' parts that
        are not among them), as `query_words` describes them; read once per search by `ranks`."""
        surface = bm25s.tokenize(
            [fold(query)], stopwords=_STOPWORDS[self.lang], return_ids=False, show_progress=False
        )[0]
        stemmer = _stemmer(self.lang)
        stems = stemmer.stemWords(surface)
        if self._words is None:
            return list(dict.fromkeys(stems)), []
        vocab = self._words.vocab_dict
        out: list[str] = []
        split: list[str] = []
        for word, stem in zip(surface, stems, strict=True):
            if stem not in vocab and not is_real_word(word):
                stem = stemmer.stemWord(self._spell().correct(word))
            out.append(stem)
            if stem not in vocab and (found := self._parts(word)) is not None:
                split.extend(stemmer.stemWords(found))  # "klantbeloftes": "klant", "belofte"
            if self.lang == "nl" and (verb := present_tense_stem(word, stem, stemmer)) in vocab:
                out.append(verb)  # "schreeuwt" also finds "schreeuwen"
            out.extend(base for base in comparative_stems(word, stem, stemmer) if base in vocab)
        words = list(dict.fromkeys(out))
        return words, [w for w in dict.fromkeys(split) if w not in words]

    def corrected(self, text: str) -> str:
        """`text` with each word that `query_words` would correct ("klnat", "bozz") replaced by
        its correction as the articles write it (folded: lowercase, no accents); other words as typed.
        The article classifier reads this, so a typo weighs as the word it stands for."""
        if self._words is None:
            return text
        vocab = self._words.vocab_dict
        stemmer = _stemmer(self.lang)

        def fix(match: re.Match[str]) -> str:
            typed = match.group(0)
            word = fold(typed)
            if word.isdigit() or stemmer.stemWord(word) in vocab:
                return typed
            if not is_real_word(word) and (correction := self._spell().correct(word)) != word:
                return correction
            parts = self._parts(word)  # "piramidemodel": "piramide model"
            return " ".join(parts) if parts is not None else typed  # "enquête" stays as typed

        return _WORD.sub(fix, text)

    def _parts(self, word: str) -> list[str] | None:
        """A Dutch compound that is no real word (a common compound means more than its parts:
        "wachtwoord"), as the parts the index knows (bot/engine/dutch_compounds.py); None in
        English or when `word` is no such compound."""
        if self.lang != "nl" or self._words is None or is_real_word(word):
            return None
        vocab, stemmer = self._words.vocab_dict, _stemmer(self.lang)

        def known(part: str) -> bool:
            return stemmer.stemWord(part) in vocab

        if (parts := split_compound(word, known)) is not None:
            return parts
        # a compound with a typo in its last part ("ochtendhudle": "ochtend" + "huddle"): that
        # part is read as its correction, when it is no real word and long enough (TYPO_PART)
        # to be a typo of one word only (stop 59: the whole word was too far from every index
        # word and its parts were not all known, so the message lost its key word)
        spell = self._spell()

        def fix(tail: str) -> str:
            return tail if len(tail) < TYPO_PART or is_real_word(tail) else spell.correct(tail)

        return split_compound(word, known, fix=fix)

    def _spell(self) -> Spelling:
        """Corrections against the index's words as written; each weighs as the number of
        chunks its stem occurs in (the common reading wins a tie)."""
        if self._spelling is None:
            chunks = np.diff(np.asarray(self._words.scores["indptr"]))
            surface = getattr(self._words, "surface_words", {})
            self._spelling = Spelling({w: int(chunks[i]) for w, i in surface.items() if i < len(chunks)})
        return self._spelling

    def search(self, query: str) -> list[tuple[int, float]]:
        """All chunks with a positive word score, best first, as (chunk row, BM25 score)."""
        hits = [(row, raw) for row, (_, raw) in self.scores(query).items() if raw > 0]
        return sorted(hits, key=lambda hit: -hit[1])

    def ranks(self, query: str) -> tuple[np.ndarray, np.ndarray | None]:
        """(ranking score, BM25 word score) of every chunk of this index, aligned with `rows`
        (float64, shape (len(rows),); 0 = no match). The word scores are None when the query
        has no word left after stop words. See `scores` for what the two mean."""
        if self._words is None or self._grams is None:
            return np.zeros(len(self.rows)), None
        # bm25s skips unknown tokens itself; an all-unknown query scores zero
        # a word counts once however often it is typed: repeats made a long message's raw
        # score grow with its length, not with its match (bot/engine/lexical_coverage.py)
        word_tokens, part_tokens = self._query_terms(query)
        raw = np.asarray(query_scores(self._words, word_tokens), dtype="float64") if word_tokens else None
        if part_tokens and PART_WEIGHT > 0:  # a compound's parts weigh less than a word typed
            by_parts = PART_WEIGHT * np.asarray(query_scores(self._words, part_tokens), dtype="float64")
            raw = by_parts if raw is None else raw + by_parts
        words = _scaled(raw)
        grams = _scaled(self._gram_scores(query))
        weight = GRAM_WEIGHT.get(self.lang, 0.0)
        rank = np.zeros(len(self.rows))
        if words is not None:
            rank += words
        if grams is not None and weight > 0:
            rank += weight * grams
        return rank, raw

    def scores(self, query: str) -> dict[int, tuple[float, float]]:
        """chunk row -> (ranking score, BM25 word score) for chunks that match at all (at
        most LEXICAL_CANDIDATES, the best).

        The ranking score is the word score plus the weighted n-gram score, each relative
        to its best chunk; the raw word score stays available because the coach's
        decision (bot/engine/decision.py) is calibrated on it."""
        if self._words is None or self._grams is None:
            return {}
        rank, raw = self.ranks(query)
        hits = np.flatnonzero(rank > 0)
        if len(hits) > LEXICAL_CANDIDATES:  # a large base: only the best, chosen in numpy
            hits = hits[np.argpartition(-rank[hits], LEXICAL_CANDIDATES - 1)[:LEXICAL_CANDIDATES]]
        raw_hits = raw[hits] if raw is not None else np.zeros(len(hits))
        pairs = zip(rank[hits].tolist(), raw_hits.tolist(), strict=True)
        return dict(zip(self.rows[hits].tolist(), pairs, strict=True))

    def ceiling(self, query: str) -> float:
        """What the query's distinct words could score together (bot/engine/lexical_coverage.py);
        0.0 for an empty index or a query of stop words only."""
        tokens = self.query_words(query)
        return lexical_coverage.ceiling(self._words, tokens) if self._words is not None and tokens else 0.0

    def known_words(self, words: list[str]) -> list[bool | None]:
        """Per word: True when its stem is in this index's vocabulary, False when not,
        None when it is a stop word (or nothing is left of it after tokenising)."""
        vocab = self._words.vocab_dict if self._words is not None else {}
        out: list[bool | None] = []
        for tokens in tokenize(words, self.lang):
            out.append(None if not tokens else tokens[0] in vocab)
        return out

    def _gram_scores(self, query: str) -> np.ndarray | None:
        grams = char_grams([query], self.lang)[0]
        if not grams or self._grams is None:
            return None
        return np.asarray(query_scores(self._grams, grams), dtype="float64")
