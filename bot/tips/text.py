"""A weekly tip as channel-neutral messages: title, the article's practical core, what to
try with the team, the source, and a button that asks the coach for the full advice.
The article's pieces come from bot/content/article_card.py, as the coach's answers do;
a channel only renders TipMessage (text is plain; the button is a title and a payload)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.content.article_card import bullets, plain
from bot.content.articles import Article, article_files, load_articles
from bot.dialogue import payloads
from bot.dialogue.split import TEXT_LIMIT, split_text

Text = Callable[..., str]  # t(key, lang, **values): the user-facing texts


@dataclass(frozen=True)
class TipMessage:
    """One chat message of a tip: plain text, and on the last one a button."""

    text: str
    button: tuple[str, str] | None = None  # (title, intent payload)


class ArticleShelf:
    """The articles as they are on disk now, reloaded only when a file changed (edits
    are live, so a new manager article joins the rotation without a restart)."""

    def __init__(self, knowledge_dir: Path) -> None:
        self.knowledge_dir = Path(knowledge_dir)
        self._signature: tuple = ()
        self._articles: dict[tuple[str, str], Article] = {}

    def refresh(self) -> None:
        files = article_files(self.knowledge_dir)
        signature = tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files)
        if signature != self._signature:
            articles, _errors = load_articles(self.knowledge_dir)  # broken files are skipped
            self._articles = {a.key: a for a in articles}
            self._signature = signature

    def manager_ids(self) -> list[str]:
        return sorted({a.id for a in self._articles.values() if a.audience == "manager"})

    def get(self, article_id: str, lang: str) -> tuple[Article | None, bool]:
        """The article in `lang`, else in the other language (second value: a fallback)."""
        if (article_id, lang) in self._articles:
            return self._articles[(article_id, lang)], False
        other = next((a for (aid, _), a in self._articles.items() if aid == article_id), None)
        return other, other is not None


def tip_text(art: Article, lang: str, fallback_language: bool, t: Text) -> str:
    parts = [t("tip_week_title", lang, title=art.title)]
    if art.summary:
        parts.append(plain(art.summary))
    items = bullets(art)
    if items:
        parts.append(t("tip_heading", lang) + "\n" + "\n".join(f"• {i}" for i in items))
    source = t("source", lang, title=art.title, id=art.id)
    if fallback_language:
        source += " " + t("other_language", lang)
    parts += [source, t("tip_footer", lang)]
    return "\n\n".join(parts)


def tip_messages(
    art: Article, lang: str, fallback_language: bool, t: Text, limit: int = TEXT_LIMIT
) -> list[TipMessage]:
    """The tip in pieces of at most `limit` (see bot/dialogue/split.py); the button that
    asks for the article's full advice goes on the last one."""
    pieces = split_text(tip_text(art, lang, fallback_language, t), limit)
    button = (t("tip_read_more", lang), payloads.advice(art.id))
    return [TipMessage(piece, button if n == len(pieces) - 1 else None) for n, piece in enumerate(pieces)]
