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
    "sc_choose": {
        "nl": "Welke zelftest wil je doen? Het duurt een paar minuten.",
        "en": "Which self-check would you like to do? It takes a few minutes.",
    },
    "sc_resume_button": {
        "nl": "Ga verder: {title} (vraag {n} van {total})",
        "en": "Continue: {title} (question {n} of {total})",
    },
    "sc_none": {
        "nl": "Er zijn op dit moment geen zelftests voor jouw rol.",
        "en": "There are no self-checks for your role right now.",
    },
    "sc_unknown": {
        "nl": "Die zelftest ken ik niet (meer). Kies er een uit de lijst.",
        "en": "I don't know that self-check (any more). Pick one from the list.",
    },
    "sc_question": {
        "nl": "{title} · vraag {n} van {total}\n\n{statement}",
        "en": "{title} · question {n} of {total}\n\n{statement}",
    },
    "sc_scale_hint": {
        "nl": "Antwoord met 1 tot 5 (of typ bijvoorbeeld “eens”).",
        "en": "Answer 1 to 5 (or type, say, “agree”).",
    },
    "sc_not_understood": {
        "nl": "Dat snap ik niet als antwoord. Kies een getal van 1 tot 5.",
        "en": "I didn't get that as an answer. Pick a number from 1 to 5.",
    },
    "sc_no_open": {
        "nl": "Je bent nu niet met een zelftest bezig. Wil je er een starten?",
        "en": "You're not in a self-check right now. Want to start one?",
    },
    "sc_start_button": {"nl": "Start een zelftest", "en": "Start a self-check"},
    "sc_paused": {
        "nl": "Gestopt. Je antwoorden tot nu toe zijn bewaard: zeg “ga verder met mijn zelftest” "
        "wanneer je wilt.",
        "en": "Stopped. Your answers so far are saved: say “continue my self-check” whenever you like.",
    },
    "sc_offer_continue": {
        "nl": "Je zit nog midden in “{title}” (vraag {n} van {total}). Verder gaan?",
        "en": "You're still in the middle of “{title}” (question {n} of {total}). Continue?",
    },
    "sc_continue": {"nl": "Ga verder", "en": "Continue"},
    "sc_stop": {"nl": "Stop", "en": "Stop"},
    "sc_done": {
        "nl": "Klaar! Zo sta je ervoor per onderdeel (1 tot 5):",
        "en": "Done! Here is where you stand per part (1 to 5):",
    },
    "sc_overall": {"nl": "Gemiddeld: {score} van 5", "en": "Overall: {score} out of 5"},
    "sc_try": {"nl": "Probeer deze week:", "en": "Try this week:"},
    "sc_read": {"nl": "Lees verder:", "en": "Read more:"},
    "sc_chart": {"nl": "Je scores in een grafiek", "en": "Your scores as a chart"},
    "sc_no_results": {
        "nl": "Je hebt nog geen zelftest afgerond.",
        "en": "You haven't finished a self-check yet.",
    },
    "sc_results_head": {"nl": "Je resultaten tot nu toe:", "en": "Your results so far:"},
    "sc_result_line": {
        "nl": "{title} ({date}): gemiddeld {score}",
        "en": "{title} ({date}): overall {score}",
    },
    "team_not_manager": {
        "nl": "Teamresultaten zijn er voor leidinggevenden met een team in hun profiel.",
        "en": "Team results are for managers who have a team in their profile.",
    },
    "team_head": {
        "nl": "Resultaten van team {team} (gemiddelden, nooit individuele antwoorden):",
        "en": "Results of team {team} (averages, never individual answers):",
    },
    "team_check": {"nl": "{title}: {n} deelnemers", "en": "{title}: {n} participants"},
    "team_too_few": {
        "nl": "Nog geen zelftest met minstens {min} deelnemers uit je team; "
        "onder die grens laat ik niets zien, zodat niemands antwoord te herleiden is.",
        "en": "No self-check has at least {min} participants from your team yet; below that "
        "I show nothing, so nobody's answers can be traced.",
    },
    "feedback_ask": {"nl": "Had je hier iets aan?", "en": "Was this helpful?"},
    "feedback_up": {"nl": "👍 Nuttig", "en": "👍 Helpful"},
    "feedback_down": {"nl": "👎 Niet nuttig", "en": "👎 Not helpful"},
    "feedback_thanks_up": {
        "nl": "Fijn, dank je voor je reactie!",
        "en": "Glad to hear it, thanks for letting me know!",
    },
    "feedback_thanks_down": {
        "nl": "Dank je. Ik geef door dat dit antwoord tekortschoot, zodat de kennis beter wordt.",
        "en": "Thanks. I'll pass on that this answer fell short, so the knowledge gets better.",
    },
    "feedback_unclear": {
        "nl": "Bij welk antwoord hoort je reactie? Gebruik de knoppen onder een antwoord.",
        "en": "Which answer is your feedback about? Please use the buttons under an answer.",
    },
}

# Shown when nothing matched: the questions staff ask most.
TOPIC_IDS = ("angry-customer", "problem-you-cannot-solve", "saying-no-kindly", "pyramid")


def t(key: str, lang: str, **values: str) -> str:
    text = TEXTS[key].get(lang) or TEXTS[key]["nl"]
    return text.format(**values) if values else text
