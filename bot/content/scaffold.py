"""`servicecoach knowledge new ID`: start an article in both languages from a template, so
an admin fills in text instead of remembering the format."""

from __future__ import annotations

from pathlib import Path

from bot.content.validation import ID_PATTERN

TEMPLATES = {
    "nl": """---
id: {id}
title: "TODO titel"
lang: nl
audience: employee              # employee | manager | all
category: practice              # shift | principle | pyramid | model | culture | practice | coaching
summary: "TODO: de kern in één of twee zinnen; dit zegt de coach als eerste."
tags: [TODO, trefwoord]
questions:
  - "TODO: hoe zou een medewerker hiernaar vragen?"
  - "TODO: en op een andere manier?"
related: []                     # 2-4 bestaande ids
---

## Wat het betekent
TODO: twee tot vier korte zinnen.

## Wat je morgen anders doet
- TODO: één concreet gedrag per regel.
- TODO

## Voorbeeld
TODO: een korte scène van drie tot vijf zinnen.

## Reflectievraag
TODO: één vraag om over na te denken?
""",
    "en": """---
id: {id}
title: "TODO title"
lang: en
audience: employee              # employee | manager | all
category: practice              # shift | principle | pyramid | model | culture | practice | coaching
summary: "TODO: the core in one or two sentences; the coach says this first."
tags: [TODO, keyword]
questions:
  - "TODO: how would someone ask for this?"
  - "TODO: and another way?"
related: []                     # 2-4 existing ids
---

## What it means
TODO: two to four short sentences.

## What you do differently tomorrow
- TODO: one concrete behaviour per line.
- TODO

## Example
TODO: a short scene of three to five sentences.

## Question to reflect on
TODO: one question to think about?
""",
}


def scaffold_article(knowledge_dir: Path, article_id: str) -> list[Path]:
    """Write knowledge/nl/ID.md and knowledge/en/ID.md; never overwrites."""
    if not ID_PATTERN.match(article_id):
        raise ValueError("an id is lowercase words joined by hyphens, e.g. 'phone-etiquette'")
    paths = [knowledge_dir / lang / f"{article_id}.md" for lang in TEMPLATES]
    existing = [p for p in paths if p.exists()]
    if existing:
        raise FileExistsError(f"already exists: {', '.join(map(str, existing))}")
    for path, template in zip(paths, TEMPLATES.values(), strict=True):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(template.format(id=article_id), encoding="utf-8")
    return paths
