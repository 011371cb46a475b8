"""Cut articles into search units: an overview (title, summary, tags, questions) and one
chunk per section, so a hit can say which part of the article matched."""

from __future__ import annotations

from dataclasses import dataclass

from bot.content.articles import Article

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


# Dutch runs to ~2.3 word pieces a word in the model's English vocabulary, so a dense unit
# of at most 90 words (plus its title) stays within the 256 the model reads.
DENSE_WORDS = 90


def _dense_pieces(text: str, max_words: int = DENSE_WORDS) -> list[str]:
    """Cut a chunk into pieces the model reads whole: by line (bullets), then by sentence.
    Word search keeps the whole chunk; only the embedding is done piece by piece."""
    if len(text.split()) <= max_words:
        return [text]
    units: list[str] = []
    for line in (x.strip() for x in text.splitlines()):
        units += [line] if len(line.split()) <= max_words else _sentences(line, max_words)
    pieces: list[str] = []
    current: list[str] = []
    for unit in (u for u in units if u):
        if current and len(" ".join(current).split()) + len(unit.split()) > max_words:
            pieces.append("\n".join(current))
            current = []
        current.append(unit)
    if current:
        pieces.append("\n".join(current))
    return pieces


def _sentences(line: str, max_words: int) -> list[str]:
    words = line.replace(". ", ".\n").split("\n")
    out: list[str] = []
    for sentence in words:
        tokens = sentence.split()
        out += [" ".join(tokens[i : i + max_words]) for i in range(0, len(tokens), max_words)]
    return out


def dense_units(chunk: Chunk, article: Article) -> list[str]:
    """Texts embedded for a chunk: the chunk itself (in pieces the model reads whole) and,
    for the overview, each question alone (a short user question sits closest to a short
    stored question). The overview itself is embedded without its questions: they have
    their own units, and with them it would run past the 256 word pieces the model reads."""
    if chunk.section != overview_label(article.lang):
        return [f"{chunk.title}. {chunk.section}. {piece}" for piece in _dense_pieces(chunk.text)]
    units = [f"{chunk.title}. {chunk.section}. {article.summary}\n{' '.join(article.tags)}".strip()]
    units += [f"{article.title}: {q}" for q in article.questions]
    units.append(article.title)
    return units
