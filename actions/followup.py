"""A follow-up that lands on the article just given ("en als hij dan nog steeds boos is?").

The search has no memory, so a follow-up about the same situation often ranks the article
the coach answered with one message ago. Sending the same card again word for word reads
as if the coach did not listen (tester rounds of stops 25 and 26). Instead the coach says it
is still about that article and gives what the card did not show: the article's example
(else what it means), and asks what is different, with the related topics as buttons.

A message typed again word for word (a re-send, or a retry after a network error) still
gets the card itself: the user may never have seen the first one.
"""

from __future__ import annotations

from rasa_sdk import Tracker

from actions.base import last_reply
from bot.content.article_card import plain
from bot.content.articles import Article
from bot.i18n import t


def _previous_user_text(tracker: Tracker) -> str | None:
    """The text of the user's message before the latest one, or None."""
    seen = 0
    for event in reversed(tracker.events or []):
        if event.get("event") == "user":
            seen += 1
            if seen == 2:
                return str(event.get("text") or "")
    return None


def same_article_again(tracker: Tracker, article_id: str) -> bool:
    """Whether the coach answered the user's previous message with `article_id` (its source
    note names it) and the latest message is not that message again."""
    answered = any(
        (reply.get("custom") or {}).get("type") == "source"
        and (reply.get("custom") or {}).get("id") == article_id
        for reply in last_reply(tracker)
    )
    if not answered:
        return False
    latest = " ".join(str(tracker.latest_message.get("text") or "").split()).casefold()
    previous = " ".join((_previous_user_text(tracker) or "").split()).casefold()
    return latest != previous


def followup_text(art: Article, lang: str) -> str | None:
    """The reply to a follow-up on `art`: a line that it is still about this article, its
    example (else its "what it means" section), an invitation to say what is different and
    the source line. None when the article has neither section (then the card is sent)."""
    section = art.section("example") or art.section("meaning")
    if section is None or not section.text.strip():
        return None
    return "\n\n".join(
        [
            t("followup_intro", lang, title=art.title),
            "\n\n".join(plain(" ".join(p.split())) for p in section.text.split("\n\n") if p.strip()),
            t("followup_more", lang),
            t("source", lang, title=art.title, id=art.id),
        ]
    )
