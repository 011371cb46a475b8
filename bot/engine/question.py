"""One typed question to its decision, exactly as the coach decides it: retrieval in the
language the text is written in (else the answer language), the first FEATURE_DEPTH results,
then answer / offer / refuse (bot/engine/decision.py) with the embedder's calibration.

Used by the advice action and by the knowledge report (a logged gap drops out only when the
coach would now answer it), so the two cannot disagree."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.content.audience import ranking_for
from bot.content.glossary import Glossary, NumberedReference, numbered_references
from bot.content.referrals import Referral, served_spelled
from bot.engine.decision import (
    FEATURE_DEPTH,
    OFFER_SIZE,
    Decision,
    asks_apart,
    decide,
    load_calibration,
    named_in,
    plain_matter,
)
from bot.engine.language import detect_language
from bot.engine.named_concept import DISTINCTIVE, asks_what, first_mentioning, mentions, named_concept
from bot.engine.parts_question import parts_without_a_model
from bot.engine.search import Result, Searcher
from bot.engine.work_shift import as_work_shift


def decide_question(
    searcher: Searcher,
    text: str,
    answer_lang: str | None,
    audience: tuple[str, ...] | None = None,
    referrals: Sequence[Referral] = (),
    glossary: Glossary | None = None,
) -> tuple[Decision, list[Result]]:
    """The decision for `text` and the ranked results it read (up to FEATURE_DEPTH, best
    first). `answer_lang`: "nl"/"en" (or None) when the text's language cannot be detected;
    `audience`: article audiences to search (None = all); `referrals`: work matters that
    are refused with a place to go (knowledge/referrals.yml), or answered with their topic's
    `article` (found by the search or not: the admin named it); `glossary`: the frameworks'
    numbered concepts, for a question that names one by number (`decide_by_number`)."""
    text = without_markup(text) or text  # "<b>hoe</b> ga ik om met een boze klant": the words
    text = without_links(text) or text  # "kijk maar op https://www.colruyt.be/nl/promoties": the words
    text = served_spelled(text)  # "customr says ...": the customer, for the search, audience and referrals
    query_lang = detect_language(text) or answer_lang
    results = ranked(searcher, text, query_lang, audience, FEATURE_DEPTH)
    decision = decide(text, results, load_calibration(searcher.embedder.name), referrals)
    decision = decide_by_name(searcher, text, decision, results)
    decision = decide_apart(searcher, text, decision, referrals, query_lang, audience)
    decision = offered_to_the_asker(searcher, text, decision, audience)  # no manager article for staff
    if glossary is not None:
        decision = decide_by_number(searcher, text, decision, results, glossary, answer_lang)
        decision = decide_by_parts(searcher, text, decision, results, glossary, answer_lang)
    pointed = decision.referral.article if decision.referral is not None else None
    if decision.outcome == "refuse" and pointed:  # the topic's article, though the search missed it
        lang = query_lang or answer_lang or "nl"
        art = searcher.index.articles.get((pointed, lang)) or next(
            (a for (aid, _), a in searcher.index.articles.items() if aid == pointed), None
        )
        if art is not None:
            found = Result(art.id, art.title, art.lang, "", 0.0, 0.0, 0.0, art.summary)
            decision = replace(decision, outcome="answer", results=(found,), p_top1=1.0, p_top3=1.0)
    return decision, results


def offered_to_the_asker(
    searcher: Searcher, text: str, decision: Decision, audience: tuple[str, ...] | None
) -> Decision:
    """`decision` with an offer that starts with an article for the asker's audience left
    without the other audiences' articles: an employee's impersonal question searches every
    article with manager ones lowered (bot/content/audience.py `ranking_for`), and "klant wil
    geld terug maar bon is kwijt" was offered "Een gedemotiveerd team weer op gang krijgen"
    beside two employee articles (tester round of stop 60). An offer led by a manager article
    (it ranked first although lowered) and any other decision stay as they are."""
    if decision.outcome != "offer" or not decision.results:
        return decision
    prefer = ranking_for(audience, text).prefer
    if not prefer:
        return decision
    articles = searcher.index.articles

    def suits(result: Result) -> bool:
        art = articles.get((result.id, result.lang))
        return art is None or art.audience in prefer

    if not suits(decision.results[0]):
        return decision
    return replace(decision, results=tuple(r for r in decision.results if suits(r)))


def decide_apart(
    searcher: Searcher,
    text: str,
    decision: Decision,
    referrals: Sequence[Referral],
    lang: str | None,
    audience: tuple[str, ...] | None = None,
) -> Decision:
    """The decision for a plain work matter told beside a service question of its own
    (bot/engine/decision.py `asks_apart`): the question part searched and decided on its
    own, answered with its first result when that decision answers (the matter's `where`
    line stays on the decision, said first); else the whole message's answer when the
    question alone ranks it among its first OFFER_SIZE ("we zijn onderbezet, hoe zorg ik
    dat de klanten niet te lang moeten wachten?" needs the story); else refused with the
    matter. The whole message
    let the matter pull the search: "one of my team members keeps calling in sick, how do I
    keep the customers waiting in line calm?" was answered with the article on feedback
    conversations; the question alone is time pressure's (stop 55). Any other `decision`
    as it is."""
    if decision.referral is None or decision.referral.article or not referrals:
        return decision
    reading, named = named_in(text, referrals)
    part = asks_apart(reading, referrals) if named and all(plain_matter(r) for r in named) else ""
    if not part:
        return decision
    own_lang = detect_language(part) or lang
    found = ranked(searcher, part, own_lang, audience, FEATURE_DEPTH)
    own = decide(part, found, load_calibration(searcher.embedder.name))
    if own.outcome == "answer":
        return replace(decision, outcome="answer", results=own.results, p_top1=own.p_top1, p_top3=own.p_top3)
    if decision.outcome == "answer" and decision.results[0].id in {r.id for r in found[:OFFER_SIZE]}:
        return decision  # the whole message is surer, and the question alone ranks it high too
    return replace(decision, outcome="refuse", results=(), p_top1=own.p_top1, p_top3=own.p_top3)


def decide_by_name(searcher: Searcher, text: str, decision: Decision, results: Sequence[Result]) -> Decision:
    """The decision for a question about a named model or method (bot/engine/named_concept.py):
    refused, saying so, when no article uses the name ("explain the SERVQUAL model"). When at
    most DISTINCTIVE articles use it, the decision is marked `named` and starts with one of
    them: answered with the only one ("wat is het Kano model": the innovation article
    explains it), else offered with those first, unless the answer already uses it. Else
    `decision` as it is."""
    named = named_concept(text) if decision.referral is None else None
    if named is None:
        return decision
    name, written = named
    mentioned = mentions(name, searcher.index.articles, capitals=written.split()[0].isupper())
    if not mentioned:
        return Decision("refuse", (), decision.p_top1, decision.p_top3, unknown=written)
    if len(mentioned) > DISTINCTIVE:
        return decision
    if decision.outcome == "answer" and decision.results[0].id in mentioned:
        return replace(decision, named=written)
    by_id = {r.id: r for r in results}
    order = first_mentioning(by_id, mentioned)
    if not order or order[0] not in mentioned:  # none of them among the results: as it was
        return decision
    if len(mentioned) == 1:
        return replace(decision, outcome="answer", results=(by_id[order[0]],), named=written)
    offered = tuple(by_id[i] for i in order[:OFFER_SIZE])
    return replace(decision, outcome="offer", results=offered, named=written)


def decide_by_parts(
    searcher: Searcher,
    text: str,
    decision: Decision,
    results: Sequence[Result],
    glossary: Glossary,
    answer_lang: str | None = None,
) -> Decision:
    """The decision for a question about a model's parts that names no model (bot/engine/
    parts_question.py `parts_without_a_model`): answered with the overview of the only kind
    with such parts (glossary `overviews`: "hoeveel niveaus zijn er", "welke lagen zijn er" ->
    the pyramid; "hoeveel principes zijn er" -> the seven principles), or, for a part word of
    any model ("welke stappen zijn er"), the overviews offered (the candidates) when the search
    does not answer (tester round of stop 61: "hoeveel niveaus zijn er" was refused, the search only
    offering). Marked `parts`. A decision that answers already, a work matter, a named model or
    a numbered concept stays as it is."""
    if decision.referral is not None or decision.named or decision.unknown or decision.numbered:
        return decision
    kinds = parts_without_a_model(text)
    if kinds is None or decision.outcome == "answer":
        return decision
    lang = answer_lang or detect_language(text) or "nl"
    ids = [glossary.overviews[k] for k in (kinds or glossary.overviews) if glossary.overviews.get(k)]
    by_id = {r.id: r for r in results}
    found = []
    for target in dict.fromkeys(ids):
        art = searcher.index.articles.get((target, lang)) or next(
            (a for (aid, _), a in searcher.index.articles.items() if aid == target), None
        )
        if target in by_id:
            found.append(by_id[target])
        elif art is not None:
            found.append(Result(art.id, art.title, art.lang, "", 0.0, 0.0, 0.0, art.summary))
    if not found:
        return decision
    if len(found) == 1:
        sure = max(decision.p_top1, 0.9)
        return replace(decision, outcome="answer", results=(found[0],), p_top1=sure, parts=True)
    return replace(decision, outcome="offer", results=tuple(found[:OFFER_SIZE]), parts=True)


# A question that names a numbered concept is about it when it is this short, or asks what it is.
NUMBERED_WORDS = 12


def decide_by_number(
    searcher: Searcher,
    text: str,
    decision: Decision,
    results: Sequence[Result],
    glossary: Glossary,
    answer_lang: str | None = None,
) -> Decision:
    """The decision for a question that names exactly one numbered concept of the glossary
    with an article ("level 3 of the pyramid", "wat is het vierde principe", "paradigmashift
    10", "niveau twee", "the 2nd paradigm shift"): answered with that article. "level 3 of the
    pyramid" was answered with the level-2 article (sure at 0.91): the word index drops
    numbers, so every level's article matched "level" and "pyramid" alike (tester round of
    stop 51). A number beyond the kind ("level 5 of the pyramid", "principe 9") is answered
    with the kind's overview article (glossary `overviews`), marked `beyond` so the reply says
    how many there are (verifier round of stop 51: refused). Only a short question (at most
    NUMBERED_WORDS words) or one that asks what something is; a work matter, a named model or
    two numbered references ("niveau 3 of 4?") leave `decision` as it is. A bare "shift"
    ("wat is de derde shift") counts only in a question asking what it is that speaks of no
    work shift of the asker's ("mijn derde shift"). `answer_lang`: the chat's language, for the
    article when the search did not find it."""
    if decision.referral is not None or decision.named or decision.unknown:
        return decision
    said_in = detect_language(text) or answer_lang or "nl"
    lang = answer_lang or said_in
    what = asks_what(text)
    bare_ok = what and as_work_shift(text, said_in) == text
    refs = [r for r in numbered_references(text, glossary) if bare_ok or not r.everyday]
    if len(refs) != 1:
        return decision
    words = re.findall(r"[^\W_]+", text)
    if len(words) > NUMBERED_WORDS and not what:
        return decision
    concept = glossary.concept(refs[0].kind, refs[0].number)
    beyond: tuple[str, int, int] | None = None
    if concept is not None:
        target = concept.article
    elif _beyond_in_context(refs[0], text) and glossary.overviews.get(refs[0].kind):
        target = glossary.overviews[refs[0].kind]
        beyond = (refs[0].kind, refs[0].number, glossary.count(refs[0].kind))
    else:
        return decision
    if not target:
        return decision
    found = next((r for r in results if r.id == target), None)
    if found is None:
        art = searcher.index.articles.get((target, lang)) or next(
            (a for (aid, _), a in searcher.index.articles.items() if aid == target), None
        )
        if art is None:
            return decision
        found = Result(art.id, art.title, art.lang, "", 0.0, 0.0, 0.0, art.summary)
    return replace(
        decision,
        outcome="answer",
        results=(found,),
        p_top1=max(decision.p_top1, 0.9),
        beyond=beyond,
        numbered=True,
    )


# the frameworks a number beyond their count may be asked of: a "level 5" only of the pyramid
# ("my stress level is 5" is none), a principle or paradigm shift by its own name
_CONTEXT = {"levels": re.compile(r"pyram|piramid|pyramid", re.IGNORECASE)}


def _beyond_in_context(ref: NumberedReference, text: str) -> bool:
    """Whether a number beyond the glossary's count is meant of the framework: a level of the
    pyramid named as such; a principle or a paradigm shift (not a bare "shift")."""
    context = _CONTEXT.get(ref.kind)
    return (context.search(text) is not None) if context else not ref.everyday and ref.number <= 20


_LINK = re.compile(r"<?(?:https?://|\bwww\.)\S+>?", re.IGNORECASE)  # the one web-address pattern


def has_link(text: str | None) -> bool:
    """Whether `text` holds a web address anywhere ("kijk maar op https://www.colruyt.be/...",
    "www.example.nl")."""
    return _LINK.search(text or "") is not None


def without_links(text: str) -> str:
    """`text` without its web addresses, spaces collapsed: a link's path ("/nl/promoties",
    "utm_source") is no words of the question, and drew the search off (tester round of
    stop 41: a question with a link was refused, the same without it offered)."""
    return " ".join(_LINK.sub(" ", text).split())


# Markup around the words of a question: a script or style block with what is in it, HTML tags,
# a markdown link's address, and markdown's emphasis, code and heading marks.
_SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(
    r"</?(?:a|abbr|b|big|blockquote|body|br|button|center|code|del|div|em|font|form|h[1-6]|head|hr|html|i|"
    r"iframe|img|input|ins|label|li|link|mark|meta|ol|p|pre|s|small|span|strike|strong|sub|sup|table|td|th|"
    r"title|tr|tt|u|ul)\b[^<>]{0,200}>",
    re.IGNORECASE,
)
_MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
# emphasis marks at a word's start or end only: "klant_id" and "5 * 3" keep theirs
_EMPHASIS = re.compile(
    r"(?:(?<![\w*_~`])(?:\*{1,3}|_{1,3}|~~|`+)(?=[^\s*_~`]))|(?:(?<=[^\s*_~`])(?:\*{1,3}|_{1,3}|~~|`+)(?![\w*_~`]))"
    r"|^\s*#{1,6}\s+",
    re.MULTILINE,
)


def without_markup(text: str) -> str:
    """`text` without HTML tags (a script block with its content), markdown links (their words
    kept) and markdown emphasis, spaces collapsed: "<b>hoe</b> ga ik om met een boze klant" and
    "**klant** is _boos_ over de factuur" are the same question as without them (tester round of
    stop 56: the first got a menu, the second was refused)."""
    plain = _MARKDOWN_LINK.sub(r" \1 ", _TAG.sub(" ", _SCRIPT.sub(" ", text)))
    return " ".join(_EMPHASIS.sub("", plain).split())


def ranked(
    searcher: Searcher, text: str, lang: str | None, audience: tuple[str, ...] | None, top_k: int
) -> list[Result]:
    """The `top_k` results for `text` that suit `audience` (bot/content/audience.py,
    `ranking_for`): only those audiences' articles, or all with the others' scores lowered
    (then re-sorted), best first."""
    ranking = ranking_for(audience, text)
    if ranking.weight >= 1.0 or not ranking.prefer:
        return searcher.search(text, lang=lang, top_k=top_k, audience=ranking.keep)
    articles = searcher.index.articles
    results = searcher.search(text, lang=lang, top_k=top_k * 3, audience=ranking.keep)
    lowered = [
        replace(r, score=r.score * ranking.weight)
        if (a := articles.get((r.id, r.lang))) is not None and a.audience not in ranking.prefer
        else r
        for r in results
    ]
    return sorted(lowered, key=lambda r: -r.score)[:top_k]
