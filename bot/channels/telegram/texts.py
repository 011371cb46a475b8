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
        "• Alleen als je beheerder bent of wekelijkse tips aanzet: je chat-id, zodat ik je uit "
        "mezelf een bericht kan sturen. /tips uit wist het (tenzij je beheerder bent).\n"
        "Dit alles staat onder een schuilnaam: niet je Telegram-id of naam, maar een "
        "versleutelde afgeleide daarvan. Je berichten gaan niet naar je leidinggevende.\n"
        "Met /vergeet wis je je gesprek, je zelftestantwoorden, je profiel, je tips en je chat-id.",
        "en": "What I keep and why:\n"
        "• Your conversation with the coach, so I can follow the thread (for example your "
        "language, or a self-check you stopped halfway).\n"
        "• Your self-check answers, so you can see your results and progress. Nobody else "
        "sees your answers; your team only sees averages over at least 5 people.\n"
        "• Your role and team from your invite code, so you get the right self-checks.\n"
        "• Only if you are an admin or turn on weekly tips: your chat id, so I can message you "
        "unprompted. /tips off deletes it (unless you are an admin).\n"
        "All of it is stored under a pseudonym: not your Telegram id or name, but a keyed "
        "hash of it. Your messages are not passed on to your manager.\n"
        "/forget deletes your conversation, self-check answers, profile, tips and chat id.",
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
    "commands": {
        "nl": "Commando's: /zelftest, /resultaten, /taal, /privacy, /vergeet.",
        "en": "Commands: /selfcheck, /results, /language, /privacy, /forget.",
    },
    "commands_manager": {
        "nl": "Als leidinggevende: /tips aan [dag] [uur] voor een wekelijkse coachingstip "
        "(bijvoorbeeld /tips aan dinsdag 9), /tips uit, /tips om je instelling te zien.",
        "en": "As a manager: /tips on [day] [hour] for a weekly coaching tip "
        "(for example /tips on tue 9), /tips off, /tips to see your setting.",
    },
    "commands_admin": {
        "nl": "Als beheerder: /report [7d of JJJJ-MM-DD], /invite, /codes, /revoke, /members, "
        "/setrole, /removemember. Meldingen over kennisbestanden met fouten krijg je hier vanzelf.",
        "en": "As an admin: /report [7d or YYYY-MM-DD], /invite, /codes, /revoke, /members, "
        "/setrole, /removemember. Notices about knowledge files with errors arrive here by themselves.",
    },
    "tips_managers_only": {
        "nl": "Wekelijkse coachingstips zijn voor leidinggevenden. Vraag gerust om een tip in het gesprek.",
        "en": "Weekly coaching tips are for managers. You can still ask for a tip in the chat.",
    },
    "tips_usage": {
        "nl": "Gebruik: /tips aan [dag] [uur], bijvoorbeeld /tips aan dinsdag 9; /tips uit; of /tips.",
        "en": "Usage: /tips on [day] [hour], for example /tips on tue 9; /tips off; or /tips.",
    },
    "tips_on": {
        "nl": "Afgesproken: elke {day} om {hour}:00 een coachingstip. De eerste komt {first}. "
        "/tips uit zet ze stop.",
        "en": "Done: a coaching tip every {day} at {hour}:00. The first comes {first}. /tips off stops them.",
    },
    "tips_quiet": {
        "nl": "Dat is 's avonds, 's nachts of in het weekend; omdat je het zelf kiest, "
        "stuur ik hem dan toch.",
        "en": "That is in the evening, at night or at the weekend; as you chose it, I will send it then.",
    },
    "tips_off": {
        "nl": "Je krijgt geen wekelijkse tips meer. Je chat-id voor tips is gewist.",
        "en": "No more weekly tips. Your chat id for tips has been deleted.",
    },
    "tips_were_off": {
        "nl": "Je kreeg al geen wekelijkse tips.",
        "en": "You were not getting weekly tips.",
    },
    "tips_status_on": {
        "nl": "Je krijgt elke {day} om {hour}:00 een coachingstip; de volgende komt {next}. "
        "/tips uit zet ze stop.",
        "en": "You get a coaching tip every {day} at {hour}:00; the next comes {next}. /tips off stops them.",
    },
    "tips_status_off": {
        "nl": "Je krijgt nu geen wekelijkse tips. Zet ze aan met /tips aan [dag] [uur], "
        "bijvoorbeeld /tips aan dinsdag 9.",
        "en": "You are not getting weekly tips. Turn them on with /tips on [day] [hour], "
        "for example /tips on tue 9.",
    },
    "tip_title": {"nl": "Coachingstip van de week: {title}", "en": "Coaching tip of the week: {title}"},
    "tip_heading": {"nl": "Probeer deze week met je team:", "en": "Try this week with your team:"},
    "tip_source": {"nl": "Bron: artikel “{title}” ({id})", "en": "Source: article “{title}” ({id})"},
    "tip_other_language": {
        "nl": "(Dit artikel bestaat nog alleen in het Engels.)",
        "en": "(This article is only available in Dutch so far.)",
    },
    "tip_footer": {"nl": "/tips uit zet de wekelijkse tips stop.", "en": "/tips off stops the weekly tips."},
    "tip_read_more": {"nl": "Lees het hele advies", "en": "Read the full advice"},
    "report_usage": {
        "nl": "Gebruik: /report, /report 7d (de laatste 7 dagen) of /report 2026-11-01 (sinds die datum).",
        "en": "Usage: /report, /report 7d (the last 7 days) or /report 2026-11-01 (since that date).",
    },
    "notice_head": {
        "nl": "Melding voor beheerders (kennisbank):",
        "en": "Notice for admins (knowledge base):",
    },
    "admin_only": {
        "nl": "Dit commando is alleen voor beheerders.",
        "en": "This command is for admins only.",
    },
}

DAY_NAMES = {
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
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
