"""The knowledge engine: markdown articles -> chunks -> dense (FAISS) and lexical (BM25) search.

The public API; callers outside bot/engine import from here, not from the modules:
`shared_searcher()` gives the process-wide (live) Searcher, `open_searcher()` a fresh one,
`Searcher.search(question, lang, top_k)` ranked `Result`s, `detect_language(text)` "nl",
"en" or None, `foreign_language(text)` the language the coach does not speak that a message
is written in (or None), `decide_question(searcher, text, lang, audience, referrals)` answer / offer /
refuse for a typed question exactly as the coach decides it, `has_link(text)` and
`without_links(text)` for web addresses in a message, `without_reply_word(text)` a message
without the yes or no that opens it, `on_reload_problems(handler)` wires what happens with invalid knowledge.
"""

from bot.engine.code_switching import clear_language, is_mixed
from bot.engine.decision import (
    FEATURE_DEPTH,
    OFFER_SIZE,
    Decision,
    decide,
    load_calibration,
    referral_for,
    referrals_for,
)
from bot.engine.embedder import Embedder, model_path
from bot.engine.index import KnowledgeIndex, build_index
from bot.engine.language import clear_word_language, detect_language, english_courtesy, foreign_language
from bot.engine.live import LiveKnowledge, ProblemHandler, ReloadReport
from bot.engine.named_concept import sentence_on
from bot.engine.question import decide_question, has_link, ranked, without_links
from bot.engine.reply_words import without_reply_word
from bot.engine.search import Result, Searcher
from bot.engine.service import live_knowledge, on_reload_problems, open_searcher, shared_searcher
from bot.engine.spelling import is_gibberish

__all__ = [
    "OFFER_SIZE",
    "FEATURE_DEPTH",
    "Decision",
    "decide",
    "load_calibration",
    "Embedder",
    "KnowledgeIndex",
    "LiveKnowledge",
    "ProblemHandler",
    "ReloadReport",
    "Result",
    "Searcher",
    "build_index",
    "clear_language",
    "clear_word_language",
    "decide_question",
    "detect_language",
    "english_courtesy",
    "is_mixed",
    "foreign_language",
    "has_link",
    "is_gibberish",
    "live_knowledge",
    "model_path",
    "on_reload_problems",
    "open_searcher",
    "referral_for",
    "referrals_for",
    "ranked",
    "sentence_on",
    "shared_searcher",
    "without_links",
    "without_reply_word",
]
