"""What the actions share: the process-wide search index, the answer/offer/refuse decision
(bot/engine/question.py) and the way an article becomes a short chat answer."""

from __future__ import annotations

from collections.abc import Sequence

from bot.content.article_card import MAX_RELATED, bullets, plain
from bot.content.articles import Article
from bot.content.audience import EMPLOYEE_AUDIENCES, audience_for  # noqa: F401 (actions' API)
from bot.content.glossary import glossary_for, numbered_references
from bot.content.referrals import Referral, load_referrals
from bot.dialogue import payloads
from bot.dialogue.translation_request import asks_to_translate
from bot.engine import (
    Decision,
    Result,
    Searcher,
    decide_question,
    detect_language,
    shared_searcher,
)
from bot.engine import referral_for as referral_in  # this module's referral_for wraps it
from bot.i18n import MANAGER_TOPIC_IDS, TOPIC_IDS, t
from bot.settings import get_settings


def searcher() -> Searcher:
    return shared_searcher()


def search(
    text: str, answer_lang: str, audience: tuple[str, ...] | None = None, s: Searcher | None = None
) -> list[Result]:
    """The top results, trusted or not (the gap log wants the best score too)."""
    query_lang = detect_language(text) or answer_lang
    return (s or searcher()).search(text, lang=query_lang, top_k=3, audience=audience)


# the topic of knowledge/referrals.yml for a request to translate (`intro: false`)
TRANSLATION_TOPIC = "translation"


def translation_referral(text: str) -> Referral | None:
    """The `translation` topic (knowledge/referrals.yml) when the typed message asks the coach
    to translate something in a way its words do not catch, into Dutch or English above all
    ("hoe zeg je 'excuses' in het Engels", "how do you say receipt in Dutch": "in het Engels"
    is no topic word, as a language switch says it too; bot/dialogue/translation_request.py);
    None otherwise, or when the file has no such topic."""
    if not asks_to_translate(text):
        return None
    found = load_referrals(get_settings().knowledge_dir)
    # a topic that goes before translation keeps its place ("mag ik google translate gebruiken
    # voor medische uitleg?": the interpreter line of `medical`, not "a translation app works
    # better"; verifier round of stop 54)
    first = referral_in(text, found)
    if first is not None and TRANSLATION_TOPIC in first.before:
        return None
    return next((r for r in found if r.id == TRANSLATION_TOPIC), None)


def referral_for(text: str) -> Referral | None:
    """The work matter (knowledge/referrals.yml) a typed message names, if any (a request to
    translate: `translation_referral`); None for a button payload ("/intent{...}")."""
    if not text or text.startswith("/"):
        return None
    return translation_referral(text) or referral_in(text, load_referrals(get_settings().knowledge_dir))


def decide_for(
    text: str, answer_lang: str, audience: tuple[str, ...] | None = None, s: Searcher | None = None
) -> tuple[Decision, list[Result]]:
    """Answer, offer or refuse (bot/engine/decision.py) for the text, and its top 3 (the
    decision reads the first FEATURE_DEPTH results). A request to translate is refused with
    the `translation` topic, unsearched (`translation_referral`)."""
    translation = None if text.startswith("/") else translation_referral(text)
    if translation is not None:
        return Decision("refuse", (), 0.0, 0.0, translation), []
    found = load_referrals(get_settings().knowledge_dir)
    glossary = glossary_for(get_settings().knowledge_dir)  # "level 3": that level's article
    decision, results = decide_question(s or searcher(), text, answer_lang, audience, found, glossary)
    return decision, results[:3]


def article(article_id: str, lang: str, s: Searcher | None = None) -> tuple[Article | None, bool]:
    """The article in `lang`, else in the other language (second value: it is a fallback)."""
    articles = (s or searcher()).index.articles
    if (article_id, lang) in articles:
        return articles[(article_id, lang)], False
    other = next((a for (aid, _), a in articles.items() if aid == article_id), None)
    return other, other is not None


def part_titles(art: Article, lang: str, s: Searcher | None = None) -> list[str]:
    """The titles of an overview's parts (`parts` in its front matter), in order, in `lang`
    where there is a version in it; [] for an article that is not an overview."""
    found = [article(pid, lang, s)[0] for pid in art.parts]
    return [other.title for other in found if other is not None]


def answer_text(
    art: Article,
    lang: str,
    fallback_language: bool,
    heading_key: str,
    title: str | None = None,
    s: Searcher | None = None,
) -> str:
    """The answer card's text: title, summary, an overview's parts as a numbered list, the
    practice bullets, the reflection question and the source line."""
    parts = [title or art.title]
    if art.summary:
        parts.append(plain(art.summary))
    listed = part_titles(art, lang, s)
    if listed:
        numbered = "\n".join(f"{n}. {name}" for n, name in enumerate(listed, 1))
        parts.append(t("overview_parts", lang, n=str(len(listed))) + "\n" + numbered)
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
    art: Article,
    lang: str,
    limit: int = MAX_RELATED,
    s: Searcher | None = None,
    audience: tuple[str, ...] | None = None,
) -> list[dict]:
    """A button to each of an overview's parts (all of them), else to the related articles;
    with `audience` (from `audience_for`), only articles written for it: an employee is not
    sent to a manager article by a button any more than by a search."""
    buttons = []
    for rid in art.parts or art.related:
        other, _ = article(rid, lang, s)
        if other is not None and (audience is None or other.audience in audience):
            buttons.append({"title": other.title, "payload": payloads.advice(rid)})
    return buttons if art.parts else buttons[:limit]


def related_buttons_for(
    art: Article, lang: str, role: str | None, text: str, limit: int = MAX_RELATED, s: Searcher | None = None
) -> list[dict]:
    """`related_buttons` for a sender with stored `role` who typed `text`: an employee (or a
    sender without a role) gets no button to a manager article unless `text` is about leading a
    team (`audience_for`) or `art` itself is one (they are reading a leader's article already).
    Stop 60: the follow-up paths ("nee dat is het niet", all tips told, the steps without the
    story) sent everyone to every related article, the 👎 list and the answer did not."""
    audience = audience_for(role, text)
    if audience is not None and art.audience not in audience:
        audience = None
    return related_buttons(art, lang, limit, s, audience)


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


TOPIC_BUTTONS_MAX = 5
LEADING_ROLES = ("manager", "admin")


def standard_topics(role: str | None) -> tuple[str, ...]:
    """The standard topics for a sender with the stored `role` ("employee", "manager", "admin"
    or None = unknown): coaching the team for a manager or admin (bot/i18n.MANAGER_TOPIC_IDS),
    else the questions staff ask most (bot/i18n.TOPIC_IDS)."""
    return MANAGER_TOPIC_IDS if role in LEADING_ROLES else TOPIC_IDS


def topic_buttons(
    lang: str,
    s: Searcher | None = None,
    nearest: Sequence[str] = (),
    role: str | None = None,
    text: str = "",
) -> list[dict]:
    """Topics to pick from after a refusal: the `nearest` articles (a refusal's first
    results, so a refused crying customer still sees the article on emotions) and then the
    standard topics for the sender's stored `role` (`standard_topics`: a manager is offered
    coaching the team, not the employee topics), each once, at most TOPIC_BUTTONS_MAX.
    Callers pass `role` from the sender's profile (actions/base.py `role_of_sender`). A nearest
    article not written for the sender (`audience_for(role, text)`: a manager's article for an
    employee who does not ask about leading a team) is left out (stop 63: a refused "klant wil een
    kortingsbon" showed an employee "Korte teamhuddle over service" first)."""
    audience = audience_for(role, text)
    out: list[dict] = []
    for aid in dict.fromkeys([*nearest, *standard_topics(role)]):
        art, _ = article(aid, lang, s)
        if art is not None and aid in nearest and audience is not None and art.audience not in audience:
            continue
        if art is not None:
            out.append({"title": art.title, "payload": payloads.advice(aid)})
        if len(out) == TOPIC_BUTTONS_MAX:
            break
    return out


def source_message(art: Article, result: Result | None) -> dict:
    """Machine-readable note of where an answer came from (front ends may ignore it)."""
    note = {"type": "source", "id": art.id, "lang": art.lang, "title": art.title}
    if result is not None:
        note.update(score=round(result.score, 4), section=result.section)
    return note


def names_numbered_concept(text: str) -> bool:
    """Whether `text` names a concept by number ("niveau twee", "paradigma shift 5", "level 3 of
    the pyramid"): a question about the frameworks, never an answer to a paused self-check's
    statement (verifier round of stop 52: "Je zelftest staat op pauze")."""
    glossary = glossary_for(get_settings().knowledge_dir)
    return glossary is not None and any(not r.everyday for r in numbered_references(text, glossary))
