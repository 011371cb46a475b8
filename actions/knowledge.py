"""What the actions share: the process-wide search index, the confidence rule and the
way an article becomes a short chat answer."""

from __future__ import annotations

import re

from bot.content.article_card import MAX_RELATED, bullets, plain
from bot.content.articles import Article
from bot.content.referrals import Referral, find_referral, load_referrals
from bot.dialogue import payloads
from bot.engine import (
    FEATURE_DEPTH,
    Decision,
    Result,
    Searcher,
    confident,
    decide,
    detect_language,
    load_calibration,
    shared_searcher,
)
from bot.i18n import TOPIC_IDS, t
from bot.settings import get_settings


def searcher() -> Searcher:
    return shared_searcher()


def find(
    text: str, answer_lang: str, audience: tuple[str, ...] | None = None, s: Searcher | None = None
) -> Result | None:
    """The best trusted result for the text. Retrieval runs in the language the text is
    written in (a Dutch question to a user who pinned English still matches Dutch words);
    the caller then shows the article in the answer language."""
    results = search(text, answer_lang, audience, s)
    return results[0] if results and confident(results[0]) else None


def search(
    text: str, answer_lang: str, audience: tuple[str, ...] | None = None, s: Searcher | None = None
) -> list[Result]:
    """The top results, trusted or not (the gap log wants the best score too)."""
    query_lang = detect_language(text) or answer_lang
    return (s or searcher()).search(text, lang=query_lang, top_k=3, audience=audience)


EMPLOYEE_AUDIENCES = ("employee", "all")
# The question is about leading a team (then manager articles fit whoever asks).
_LEADING = re.compile(
    r"\b(mijn|m'n|ons|onze) (team|teams|medewerkers|mensen|afdeling)\b|"
    r"\bals (leidinggevende|manager|teamleider|teamleid(st)?er|teamcoach)\b|"
    r"\bik ben (een )?(leidinggevende|manager|teamleider)\b|\bleidinggeven\b|"
    r"\b(my|our) (team|teams|staff|employees|people)\b|\bas an? (manager|team ?leader|supervisor)\b|"
    r"\bi(?:'m| am) an? (manager|team ?leader|supervisor)\b|\bleading a team\b|\bi manage\b",
    re.IGNORECASE,
)


def audience_for(role: str | None, text: str) -> tuple[str, ...] | None:
    """Which articles suit this person and question: managers and admins get every
    article; employees get employee articles unless they ask about leading a team."""
    if role in ("manager", "admin") or _LEADING.search(text or ""):
        return None
    return EMPLOYEE_AUDIENCES


def referral_for(text: str) -> Referral | None:
    """The work matter (knowledge/referrals.yml) a typed message names, if any; None for a
    button payload ("/intent{...}")."""
    if not text or text.startswith("/"):
        return None
    return find_referral(text, load_referrals(get_settings().knowledge_dir))


def decide_for(
    text: str, answer_lang: str, audience: tuple[str, ...] | None = None, s: Searcher | None = None
) -> tuple[Decision, list[Result]]:
    """Answer, offer or refuse (bot/engine/decision.py) for the text, and its top 3 (the
    decision reads the first FEATURE_DEPTH results)."""
    s = s or searcher()
    query_lang = detect_language(text) or answer_lang
    results = s.search(text, lang=query_lang, top_k=FEATURE_DEPTH, audience=audience)
    found = load_referrals(get_settings().knowledge_dir)
    return decide(text, results, load_calibration(s.embedder.name), found), results[:3]


def article(article_id: str, lang: str, s: Searcher | None = None) -> tuple[Article | None, bool]:
    """The article in `lang`, else in the other language (second value: it is a fallback)."""
    articles = (s or searcher()).index.articles
    if (article_id, lang) in articles:
        return articles[(article_id, lang)], False
    other = next((a for (aid, _), a in articles.items() if aid == article_id), None)
    return other, other is not None


def answer_text(
    art: Article, lang: str, fallback_language: bool, heading_key: str, title: str | None = None
) -> str:
    parts = [title or art.title]
    if art.summary:
        parts.append(plain(art.summary))
    items = bullets(art)
    if items:
        parts.append(t(heading_key, lang) + "\n" + "\n".join(f"• {i}" for i in items))
    reflection = art.section("reflection")
    if reflection and reflection.text:
        parts.append(t("reflect", lang, q=plain(" ".join(reflection.text.split()))))
    source = t("source", lang, title=art.title, id=art.id)
    if fallback_language:
        source += " " + t("other_language", lang)
    parts.append(source)
    return "\n\n".join(parts)



def related_buttons(
    art: Article, lang: str, limit: int = MAX_RELATED, s: Searcher | None = None
) -> list[dict]:
    buttons = []
    for rid in art.related[:limit]:
        other, _ = article(rid, lang, s)
        if other is not None:
            buttons.append({"title": other.title, "payload": payloads.advice(rid)})
    return buttons


def offer_buttons(
    results: tuple[Result, ...], lang: str, ref: str | None, s: Searcher | None = None
) -> list[dict]:
    """One button per offered article; `ref` ties the pick to the logged offer."""
    out = []
    for result in results:
        art, _ = article(result.id, lang, s)
        if art is not None:
            out.append({"title": art.title, "payload": payloads.advice(result.id, ref=ref)})
    return out


def topic_buttons(lang: str, s: Searcher | None = None) -> list[dict]:
    out = []
    for aid in TOPIC_IDS:
        art, _ = article(aid, lang, s)
        if art is not None:
            out.append({"title": art.title, "payload": payloads.advice(aid)})
    return out


def source_message(art: Article, result: Result | None) -> dict:
    """Machine-readable note of where an answer came from (front ends may ignore it)."""
    note = {"type": "source", "id": art.id, "lang": art.lang, "title": art.title}
    if result is not None:
        note.update(score=round(result.score, 4), section=result.section)
    return note
