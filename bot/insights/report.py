"""The knowledge report: what people ask about most, which answers they found not helpful,
and which questions the coach could not answer (grouped), so admins know what to write
next. `render_report` is shared by `servicecoach report` and Telegram's /report."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.insights.grouping import QuestionGroup, group_questions
from bot.settings import Settings
from bot.storage.insights import InsightsStore
from bot.storage.models import now


@dataclass(frozen=True)
class Report:
    since: datetime | None
    answers: int
    top_topics: list[tuple[str, int]]  # article id, times answered from
    not_helpful: list[tuple[str, str, int]]  # question, article id, times rated down
    helpful: int
    unhelpful: int
    gaps: list[QuestionGroup]
    titles: dict[str, str]


def parse_since(value: str, today: datetime | None = None) -> datetime:
    """'2026-11-01' or '7d' (the last seven days)."""
    value = value.strip()
    days = re.fullmatch(r"(\d{1,5})\s*d", value)  # at most 99999 days: no overflow
    if days:
        return (today or now()) - timedelta(days=int(days.group(1)))
    try:
        return datetime.strptime(value, "%Y-%m-%d")
    except ValueError:
        raise ValueError(f"--since wants YYYY-MM-DD or a number of days like 7d, not {value!r}") from None


def _titles(settings: Settings, lang: str) -> dict[str, str]:
    from bot.content.articles import load_articles

    articles, _ = load_articles(settings.knowledge_dir)
    titles = {a.id: a.title for a in articles if a.lang != lang}
    titles.update({a.id: a.title for a in articles if a.lang == lang})
    return titles


def build_report(
    settings: Settings, since: datetime | None = None, lang: str = "en", top: int = 10
) -> Report:
    store = InsightsStore(settings.app_db_url)
    answers = store.answers(since)
    topics = Counter(a.article_id for a in answers).most_common(top)
    down = Counter(
        (a.question or "(button)", a.article_id) for a in answers if a.feedback == "down"
    ).most_common(top)
    unanswered = [g.question for g in store.gaps(since) if g.reason in ("no_answer", "unsure")]
    return Report(
        since=since,
        answers=len(answers),
        top_topics=topics,
        not_helpful=[(q, aid, n) for (q, aid), n in down],
        helpful=sum(a.feedback == "up" for a in answers),
        unhelpful=sum(a.feedback == "down" for a in answers),
        gaps=group_questions(unanswered)[:top],
        titles=_titles(settings, lang),
    )


HEADINGS = {
    "en": {
        "head": "Knowledge report",
        "since": "since {date}",
        "all": "all time",
        "answers": "{n} answers given; feedback: {up} helpful, {down} not helpful.",
        "topics": "Most asked topics",
        "down": "Answers rated not helpful",
        "gaps": "Questions without a good answer (write these next)",
        "none": "  (none)",
        "times": "{n}×",
        "also": "also",
    },
    "nl": {
        "head": "Kennisrapport",
        "since": "sinds {date}",
        "all": "alles",
        "answers": "{n} antwoorden gegeven; reacties: {up} nuttig, {down} niet nuttig.",
        "topics": "Meest gevraagde onderwerpen",
        "down": "Antwoorden die niet nuttig waren",
        "gaps": "Vragen zonder goed antwoord (schrijf hier een artikel over)",
        "none": "  (geen)",
        "times": "{n}×",
        "also": "ook",
    },
}


def render_report(report: Report, lang: str = "en") -> str:
    h = HEADINGS.get(lang, HEADINGS["en"])
    period = h["since"].format(date=report.since.strftime("%Y-%m-%d")) if report.since else h["all"]
    out = [
        f"{h['head']} ({period})",
        h["answers"].format(n=report.answers, up=report.helpful, down=report.unhelpful),
    ]

    def title(aid: str) -> str:
        return f"{report.titles.get(aid, aid)} ({aid})"

    out += ["", h["topics"]]
    out += [f"  {h['times'].format(n=n)} {title(aid)}" for aid, n in report.top_topics] or [h["none"]]
    out += ["", h["down"]]
    out += [f"  {h['times'].format(n=n)} “{q}” → {title(aid)}" for q, aid, n in report.not_helpful] or [
        h["none"]
    ]
    out += ["", h["gaps"]]
    for group in report.gaps:
        out.append(f"  {h['times'].format(n=group.size)} “{group.example}”")
        others = [q for q in dict.fromkeys(group.questions) if q != group.example][:2]
        out += [f"      {h['also']}: “{q}”" for q in others]
    if not report.gaps:
        out.append(h["none"])
    return "\n".join(out)
