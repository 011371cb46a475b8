"""What the bot says itself (everything else comes from Rasa), in Dutch and English."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "stranger": {
        "nl": "Hallo! Deze coach is alleen voor medewerkers van onze organisatie. "
        "Heb je een uitnodigingscode gekregen? Stuur die dan hier als bericht.",
        "en": "Hello! This coach is only for people in our organisation. "
        "If you received an invite code, send it here as a message.",
    },
    "bad_code": {
        "nl": "Die code ken ik niet, of hij is verlopen of al gebruikt. Vraag je beheerder om een nieuwe.",
        "en": "I don't know that code, or it has expired or been used up. Ask your admin for a new one.",
    },
    "welcome": {
        "nl": "Welkom! Je bent aangemeld als {role}{team}. Typ /privacy om te lezen wat ik bewaar.",
        "en": "Welcome! You have joined as {role}{team}. Type /privacy to read what I keep.",
    },
    "private_only": {
        "nl": "Praat met me in een privégesprek, niet in een groep.",
        "en": "Please talk to me in a private chat, not in a group.",
    },
    "only_text": {
        "nl": "Ik kan alleen tekst lezen. Typ je vraag maar.",
        "en": "I can only read text. Please type your question.",
    },
    "unknown_command": {
        "nl": "Dat commando ken ik niet. Typ /help om te zien wat ik kan.",
        "en": "I don't know that command. Type /help to see what I can do.",
    },
    "language_usage": {
        "nl": "Kies een taal: /taal nl of /taal en.",
        "en": "Choose a language: /language nl or /language en.",
    },
    "language_choose": {"nl": "In welke taal wil je praten?", "en": "Which language would you like?"},
    "long_message": {
        "nl": "Je bericht was lang; ik heb de eerste {n} tekens gelezen.",
        "en": "Your message was long; I read the first {n} characters.",
    },
    "reconnecting": {
        "nl": "Ik kan mijn servers even niet bereiken. Ik probeer het opnieuw; je krijgt zo antwoord.",
        "en": "I can't reach my servers just now. I'm trying again; you'll get an answer shortly.",
    },
    "slow": {
        "nl": "Ik denk nog even na, een ogenblik…",
        "en": "Still thinking, one moment…",
    },
    "gave_up": {
        "nl": "Sorry, het lukt nu niet om een antwoord te krijgen. "
        "Probeer het over een paar minuten opnieuw.",
        "en": "Sorry, I can't get an answer right now. Please try again in a few minutes.",
    },
    "no_answer": {
        "nl": "Sorry, ik had net geen antwoord. Wil je het nog eens vragen?",
        "en": "Sorry, I had no answer just now. Could you ask again?",
    },
    "stale_button": {
        "nl": "Deze knop werkt niet meer. Typ je vraag gewoon opnieuw.",
        "en": "This button no longer works. Just type your question again.",
    },
    "privacy": {
        "nl": "Wat ik bewaar en waarom:\n"
        "• Je gesprek met de coach, zodat ik de draad vasthoud (bijvoorbeeld je taal of een "
        "zelftest die je halverwege stopte).\n"
        "• Je antwoorden op zelftesten, zodat je je resultaten en je voortgang kunt zien. "
        "Niemand anders ziet je antwoorden; je team ziet alleen gemiddelden van minstens 5 mensen.\n"
        "• Je rol en team uit je uitnodigingscode, zodat je de juiste zelftesten krijgt.\n"
        "Dit alles staat onder een schuilnaam: niet je Telegram-id of naam, maar een "
        "versleutelde afgeleide daarvan. Je berichten gaan niet naar je leidinggevende.\n"
        "Met /vergeet wis je je gesprek, je zelftestantwoorden en je profiel.",
        "en": "What I keep and why:\n"
        "• Your conversation with the coach, so I can follow the thread (for example your "
        "language, or a self-check you stopped halfway).\n"
        "• Your self-check answers, so you can see your results and progress. Nobody else "
        "sees your answers; your team only sees averages over at least 5 people.\n"
        "• Your role and team from your invite code, so you get the right self-checks.\n"
        "All of it is stored under a pseudonym: not your Telegram id or name, but a keyed "
        "hash of it. Your messages are not passed on to your manager.\n"
        "/forget deletes your conversation, self-check answers and profile.",
    },
    "forget_confirm": {
        "nl": "Weet je het zeker? Ik wis dan je gesprek, je zelftestantwoorden en je profiel. "
        "Daarna heb je een nieuwe uitnodigingscode nodig om de coach te gebruiken.",
        "en": "Are you sure? I will delete your conversation, your self-check answers and your "
        "profile. After that you need a new invite code to use the coach.",
    },
    "forget_yes": {"nl": "Ja, wis alles", "en": "Yes, delete everything"},
    "forget_no": {"nl": "Nee, niet wissen", "en": "No, keep it"},
    "forgotten": {
        "nl": "Gedaan: je gesprek, je zelftestantwoorden en je profiel zijn gewist "
        "({events} gespreksregels, {runs} zelftesten). Tot ziens!",
        "en": "Done: your conversation, your self-check answers and your profile have been "
        "deleted ({events} conversation events, {runs} self-checks). Goodbye!",
    },
    "not_forgotten": {"nl": "Oké, ik heb niets gewist.", "en": "Okay, I deleted nothing."},
    "admin_only": {
        "nl": "Dit commando is alleen voor beheerders.",
        "en": "This command is for admins only.",
    },
}

ROLE_NAMES = {
    "nl": {"employee": "medewerker", "manager": "leidinggevende", "admin": "beheerder"},
    "en": {"employee": "employee", "manager": "manager", "admin": "admin"},
}


def t(key: str, lang: str, **values: object) -> str:
    text = TEXTS[key]["en" if lang == "en" else "nl"]
    return text.format(**values) if values else text


def language_of(code: str | None) -> str:
    """Dutch first: English only for clients set to English."""
    return "en" if (code or "").lower().startswith("en") else "nl"
