"""When a search result is trusted enough to answer from (the advice action) and, for the
knowledge report, whether a logged gap is now answered by the current knowledge."""

from __future__ import annotations

from bot.engine.search import Result

# A result is trusted when dense and lexical evidence together are clearly above what
# off-topic questions reach. Calibrated with benchmarks/confidence.py: the English-centric
# model gives any Dutch sentence a fair cosine, so dense alone must be high.
MIN_COMBINED = 0.74  # dense + LEXICAL_WEIGHT * lexical
LEXICAL_WEIGHT = 0.03
MIN_LEXICAL = 3.5


def confident(result: Result) -> bool:
    """True when the coach answers from this result (cosine in [-1, 1], BM25 >= 0)."""
    combined = result.dense + LEXICAL_WEIGHT * result.lexical
    return combined >= MIN_COMBINED or result.lexical >= MIN_LEXICAL
