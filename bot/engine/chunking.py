"""Cut articles into search units: an overview (title, summary, tags, questions) and one
chunk per section, so a hit can say which part of the article matched."""

from __future__ import annotations

from dataclasses import dataclass

from bot.engine.articles import Article

# all-MiniLM-L6-v2 reads at most 256 word pieces; ~150 words keeps Dutch text under it.
MAX_WORDS = 150


@dataclass(frozen=True)
class Chunk:
    article_id: str
    lang: str
    title: str
    section: str
    text: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.article_id, self.lang)

    @property
    def search_text(self) -> str:
        return f"{self.title}. {self.section}. {self.text}"


def _split_long(text: str, max_words: int = MAX_WORDS) -> list[str]:
    """Split at paragraph (then sentence) boundaries so each piece fits the model."""
    pieces: list[str] = []
    current: list[str] = []
    for paragraph in [p.strip() for p in text.split("\n\n") if p.strip()]:
        words = paragraph.split()
        while len(words) > max_words:  # one giant paragraph: hard split
            pieces.append(" ".join(words[:max_words]))
            words = words[max_words:]
        if current and len(" ".join(current).split()) + len(words) > max_words:
            pieces.append("\n\n".join(current))
            current = []
        current.append(" ".join(words) if len(words) != len(paragraph.split()) else paragraph)
    if current:
        pieces.append("\n\n".join(current))
    return pieces


def overview_label(lang: str) -> str:
    return "Samenvatting" if lang == "nl" else "Summary"


def chunk_article(article: Article) -> list[Chunk]:
    overview = "\n".join([article.summary, " ".join(article.tags), *article.questions]).strip()
    chunks = [Chunk(article.id, article.lang, article.title, overview_label(article.lang), overview)]
    for section in article.sections:
        if not section.text:
            continue
        for piece in _split_long(section.text):
            chunks.append(Chunk(article.id, article.lang, article.title, section.heading, piece))
    return chunks


def dense_units(chunk: Chunk, article: Article) -> list[str]:
    """Texts embedded for a chunk: the chunk itself and, for the overview, each question
    alone (a short user question sits closest to a short stored question)."""
    units = [chunk.search_text]
    if chunk.section == overview_label(article.lang):
        units += [f"{article.title}: {q}" for q in article.questions]
        units.append(article.title)
    return units
