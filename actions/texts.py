"""Sentences the actions say, in both languages (domain responses hold the rest)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "practice_heading": {"nl": "Wat je morgen anders doet:", "en": "What you do differently tomorrow:"},
    "tip_heading": {"nl": "Probeer deze week met je team:", "en": "Try this week with your team:"},
    "source": {"nl": "Bron: artikel “{title}” ({id})", "en": "Source: article “{title}” ({id})"},
    "other_language": {
        "nl": "(Dit artikel bestaat nog alleen in het Engels.)",
        "en": "(This article is only available in Dutch so far.)",
    },
    "tip_title": {"nl": "Coachingstip: {title}", "en": "Coaching tip: {title}"},
    "unsure_prefix": {
        "nl": "Ik weet niet zeker of ik je goed begrijp, maar dit lijkt erop te lijken:",
        "en": "I'm not sure I understood you, but this looks closest:",
    },
    "dont_know": {
        "nl": "Daar weet ik (nog) geen goed antwoord op, en ik ga niet gokken. "
        "Kies een onderwerp hieronder, of stel je vraag anders.",
        "en": "I don't have a good answer to that yet, and I won't guess. "
        "Pick a topic below, or ask it another way.",
    },
    "broken": {
        "nl": "Sorry, er ging bij mij iets mis bij het zoeken. Probeer het zo nog eens.",
        "en": "Sorry, something went wrong on my side while searching. Please try again in a moment.",
    },
    "more_tip": {"nl": "Nog een tip", "en": "Another tip"},
    "reflect": {"nl": "Om over na te denken: {q}", "en": "Something to think about: {q}"},
}

# Shown when nothing matched: the questions staff ask most.
TOPIC_IDS = ("angry-customer", "problem-you-cannot-solve", "saying-no-kindly", "pyramid")


def t(key: str, lang: str, **values: str) -> str:
    text = TEXTS[key].get(lang) or TEXTS[key]["nl"]
    return text.format(**values) if values else text
