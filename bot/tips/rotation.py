"""Which manager article comes next: every article once, in an order of its own per
manager, before any repeats; then a new round starts."""

from __future__ import annotations

import random


def round_order(user_id: str, round_number: int, article_ids: list[str]) -> list[str]:
    """A fixed shuffle per manager and round: varied between managers, stable on retries."""
    order = sorted(set(article_ids))
    random.Random(f"{user_id}:{round_number}").shuffle(order)
    return order


def next_article(
    user_id: str, round_number: int, sent_this_round: set[str], article_ids: list[str]
) -> tuple[str | None, int]:
    """(article id, round) for the next tip; a new round when all have been sent."""
    if not article_ids:
        return None, round_number
    remaining = [a for a in round_order(user_id, round_number, article_ids) if a not in sent_this_round]
    if remaining:
        return remaining[0], round_number
    return round_order(user_id, round_number + 1, article_ids)[0], round_number + 1
