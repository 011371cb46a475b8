"""The one catalogue of user-facing texts, in Dutch and English, and the one `t()`.

Rasa's domain responses hold the dialogue's own sentences; everything the code says
itself (actions, Telegram, the terminal chat, tips, admin notices) is here, once.

Fallback rule (one for every caller): a language other than "nl" or "en", or a text that
has no version in the asked language, is given in Dutch (the coach is Dutch first). An
unknown key raises KeyError: that is a programming error, and tests/unit/test_i18n.py
checks that every key has both languages.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
AUTOMATIC = "auto"  # not a language: "follow the language of each message" (no pin)
# What /taal or /language takes, in both channels: a language's code or name, or "auto".
LANGUAGE_ARGUMENTS = {
    "nl": frozenset({"nl", "nederlands", "dutch", "ned"}),
    "en": frozenset({"en", "english", "engels", "eng"}),
    AUTOMATIC: frozenset({"auto", "automatisch", "automatic", "automatically"}),
}

TEXTS: dict[str, dict[str, str]] = {
    # The actions (actions/).
    "practice_heading": {"nl": "Wat je morgen anders doet:", "en": "What you do differently tomorrow:"},
    "tip_heading": {"nl": "Probeer deze week met je team:", "en": "Try this week with your team:"},
    # a follow-up that lands on the article just given (actions/followup.py)
    "followup_intro": {
        "nl": "Dat gaat nog steeds over “{title}”. Zo kan het er in de praktijk uitzien:",
        "en": "That is still about “{title}”. This is how it can look in practice:",
    },
    "followup_wording": {
        "nl": "Zo kun je het zeggen, in een voorbeeld bij “{title}”:",
        "en": "This is how you could put it, in an example for “{title}”:",
    },
    "followup_meaning": {
        "nl": "Nog steeds over “{title}”. Wat erachter zit:",
        "en": "Still about “{title}”. What lies behind it:",
    },
    "said_in_language": {
        "nl": "Zo zeg je het in het {language}, uit de tips bij “{title}”:",
        "en": "This is how you say it in {language}, from the tips for “{title}”:",
    },
    "said_in_language_example": {
        "nl": "Zo zeg je het in het {language}, uit het voorbeeld bij “{title}”:",
        "en": "This is how you say it in {language}, from the example for “{title}”:",
    },
    "language_name_en": {"nl": "Engels", "en": "English"},
    "language_name_nl": {"nl": "Nederlands", "en": "Dutch"},
    "followup_words_from_tips": {
        "nl": "Zinnen die je kunt gebruiken bij “{title}” (zeg ze gerust in je eigen woorden):",
        "en": "Sentences you can use for “{title}” (feel free to put them in your own words):",
    },
    "followup_no_words": {
        "nl": "Kant-en-klare zinnen heb ik niet bij “{title}”, maar zo pakte iemand het aan:",
        "en": "I have no ready-made sentences for “{title}”, but this is how someone handled it:",
    },
    "followup_more": {
        "nl": "Is jouw situatie anders? Vertel me wat er anders is, of kies een verwant onderwerp.",
        "en": "Is your situation different? Tell me what is different, or pick a related topic.",
    },
    # the article's title only: its id ("angry-customer") is for admins (search, reports), and
    # the chat showed it as an English slug in Dutch answers (tester round of stop 48)
    "source": {"nl": "Bron: artikel “{title}”", "en": "Source: article “{title}”"},
    "other_language": {
        "nl": "(Dit artikel bestaat nog alleen in het Engels.)",
        "en": "(This article is only available in Dutch so far.)",
    },
    # a tip asked on a topic whose tip was given earlier in the conversation (actions/coaching.py)
    "tip_topic_given": {
        "nl": "Over dit onderwerp kreeg je net al de tip “{title}”. Nog een tip die erbij past:",
        "en": "You had the tip “{title}” on this topic a moment ago. Another tip that fits:",
    },
    "tip_same_again": {
        "nl": "Hierover kreeg je net al deze tip, “{title}”; een andere tip heb ik er niet over:",
        "en": "This is the tip on it you had a moment ago, “{title}”; I have no other tip on it:",
    },
    "tip_title": {"nl": "Coachingstip: {title}", "en": "Coaching tip: {title}"},
    "edit_same_topic": {
        "nl": "Je aangepaste vraag valt nog steeds onder “{title}”: het advies blijft hetzelfde.",
        "en": "Your edited question still falls under “{title}”: the advice stays the same.",
    },
    "same_topic_again": {
        "nl": "Ook deze vraag valt onder “{title}”, het onderwerp van net. De tips die erbij passen:",
        "en": (
            "This question also falls under “{title}”, the topic I just gave you. "
            "Here are the tips that go with it:"
        ),
    },
    "followup_card": {
        "nl": "Toon de tips",
        "en": "Show the tips",
    },
    "nice_to_meet": {
        "nl": "Leuk je te leren kennen!",
        "en": "Nice to meet you!",
    },
    "nice_to_meet_name": {
        "nl": "Leuk je te leren kennen, {name}!",
        "en": "Nice to meet you, {name}!",
    },
    # a leading role said ("ik ben teamleider"): the welcome says it was heard (tester round of
    # stop 48: no word that it was)
    "nice_to_meet_leader": {
        "nl": "Leuk je te leren kennen! Je geeft leiding aan een team, dus vraag me gerust ook om "
        "coachingstips voor je team.",
        "en": "Nice to meet you! You lead a team, so feel free to ask me for coaching tips for your "
        "team too.",
    },
    "nice_to_meet_leader_name": {
        "nl": "Leuk je te leren kennen, {name}! Je geeft leiding aan een team, dus vraag me gerust ook "
        "om coachingstips voor je team.",
        "en": "Nice to meet you, {name}! You lead a team, so feel free to ask me for coaching tips for "
        "your team too.",
    },
    # the same message sent a third time (actions/advice.py `_say_sent_again`; tester round of
    # stop 57: the third got the same reply as the second)
    "sent_again_other_topics": {
        "nl": "Je stuurt dezelfde vraag nu een paar keer, dus mijn antwoord helpt je blijkbaar nog niet "
        "verder. Wat mis je nog? Vertel wat er anders is in jouw situatie, of kijk of een van deze "
        "onderwerpen beter past.",
        "en": "You've sent the same question a few times now, so my answer doesn't seem to help yet. "
        "What's missing? Tell me what's different in your situation, or see if one of these topics "
        "fits better.",
    },
    "sent_again_no_answer": {
        "nl": "Je stuurt dezelfde vraag nu een paar keer, maar hier heb ik echt nog geen goed antwoord op. "
        "Probeer het eens in andere woorden, met een voorbeeld uit je werk, of kies een onderwerp.",
        "en": "You've sent the same question a few times now, but I really don't have a good answer to "
        "it yet. Try it in other words, with an example from your work, or pick a topic.",
    },
    # a role said in the chat ("ik ben teamleider", "ik werk als baliemedewerker"), kept in the
    # profile (actions/base.py `role_said_stored`; tester round of stop 57: it was not kept)
    "role_set": {
        "nl": "Genoteerd: je rol is nu {role}. Daar stem ik mijn antwoorden op af.",
        "en": "Noted: your role is now {role}. I'll keep that in mind in my answers.",
    },
    "role_kept": {
        "nl": "Je rol staat op {role}, zo ingesteld door je beheerder. Klopt dat niet meer? Vraag je "
        "beheerder om hem aan te passen.",
        "en": "Your role is set to {role} by your administrator. If that's no longer right, ask them "
        "to change it.",
    },
    # an invited employee who says they lead a team ("ik ben teamleider"): one for this conversation
    # (actions/base.py `conversation_role`; tester round of stop 62: told both "your role stays
    # employee" and "you lead a team", later that coaching tips are for team leads); {role} is
    # the administrator's
    "role_for_conversation": {
        "nl": "Genoteerd: in dit gesprek ga ik ervan uit dat je een team leidt, dus ook coachingstips en "
        "de zelftests voor leidinggevenden zijn voor jou. Bij je beheerder sta je nog als {role}: de "
        "resultaten van je team zie je pas als die je rol aanpast.",
        "en": "Noted: in this conversation I'll take it that you lead a team, so coaching tips and the "
        "self-checks for managers are for you too. Your administrator still has you as {role}: you'll "
        "see your team's results once they change your role.",
    },
    "role_for_conversation_welcomed": {
        "nl": "Bij je beheerder sta je nog als {role}. In dit gesprek ga ik uit van wat je me vertelt; "
        "alleen de resultaten van je team zie je pas als je beheerder je rol aanpast.",
        "en": "Your administrator still has you as {role}. In this conversation I'll go by what you "
        "tell me; only your team's results wait until your administrator changes your role.",
    },
    "role_name_employee": {"nl": "medewerker", "en": "employee"},
    "role_name_manager": {"nl": "leidinggevende", "en": "manager"},
    "role_name_admin": {"nl": "beheerder", "en": "administrator"},
    "other_setting": {
        "nl": "Klopt, dat voorbeeld speelt ergens anders dan bij jou. De aanpak van ‘{title}’ werkt net zo "
        "{where}. Dit zijn de stappen, zonder het verhaal eromheen:",
        "en": "Right, that example is set somewhere other than where you work. The approach of ‘{title}’ "
        "works just the same {where}. Here are the steps, without the story around them:",
    },
    "other_setting_yours": {"nl": "in een {own}", "en": "in a {own}"},
    "other_setting_any": {"nl": "in jouw werk", "en": "in your work"},
    # a message that only denies what it was taken to be about ("het gaat niet om een overval")
    "denial_what_then": {
        "nl": "Oké, dan had ik je verkeerd begrepen. Waar gaat het dan wel om? Vertel me kort wat er "
        "gebeurde.",
        "en": "Okay, then I got you wrong. What is it about, then? Tell me briefly what happened.",
    },
    # a situation told after "Is jouw situatie anders?" that the same article still answers
    "situation_same_steps": {
        "nl": "Ook in jouw situatie werkt de aanpak van ‘{title}’. Dit zijn de stappen, zonder het "
        "voorbeeld van net:",
        "en": "The approach of ‘{title}’ works in your situation too. Here are the steps, without the "
        "example from before:",
    },
    "other_setting_ask": {
        "nl": "Vertel gerust wat er bij jou gebeurde, dan zoek ik wat het best past.",
        "en": "Feel free to tell me what happened where you work, and I'll look for what fits best.",
    },
    "shorter": {
        "nl": "In het kort, over ‘{title}’: {summary}",
        "en": "In short, on ‘{title}’: {summary}",
    },
    "shorter_without_topic": {
        "nl": "Waar wil je een kort antwoord op? Stel je vraag, dan begin ik met de kern.",
        "en": "What would you like a short answer to? Ask your question and I'll start with the gist.",
    },
    "avoid_intro": {
        "nl": "Wat je beter niet zegt of doet, uit de tips bij ‘{title}’:",
        "en": "What to avoid saying or doing, from the tips on ‘{title}’:",
    },
    "avoid_none": {
        "nl": "De tips bij ‘{title}’ zeggen niet wat je beter kunt laten. Vertel wat er bij jou speelt, "
        "dan zoek ik verder.",
        "en": "The tips on ‘{title}’ don't say what to leave out. Tell me what is going on for you, and "
        "I'll look further.",
    },
    # "en als dat niet werkt?" right after an answer (actions/advice.py, answered_as_did_not_work)
    "did_not_work": {
        "nl": "Werkt het advies uit “{title}” niet bij jou? Dat kan gebeuren. Vertel me wat er gebeurde "
        "of wat de klant deed, dan denk ik verder mee.",
        "en": "Is the advice from “{title}” not working for you? That happens. Tell me what happened or "
        "what the customer did, and I'll think it through with you.",
    },
    # "en als dat niet werkt?" with no advice given just before (a refusal, a greeting)
    "did_not_work_no_advice": {
        "nl": "Ik heb je net nog geen advies gegeven om te proberen, dus ik weet niet goed wat er niet "
        "werkt. Vertel gerust wat er aan de hand is, dan denk ik met je mee.",
        "en": "I haven't given you any advice to try just now, so I'm not sure what isn't working. "
        "Tell me what's going on, and I'll think it through with you.",
    },
    # "en als dat niet werkt?" right after an offer, before any advice (actions/advice.py)
    "did_not_work_pick_first": {
        "nl": "Ik heb je nog geen advies gegeven om te proberen. Kies eerst welk onderwerp het is, "
        "of vertel wat er aan de hand is:",
        "en": "I haven't given you any advice to try yet. Pick the topic first, or tell me what's "
        "going on:",
    },
    "did_not_work_related": {
        "nl": "Of kijk of een van deze onderwerpen verder helpt:",
        "en": "Or see whether one of these topics helps further:",
    },
    "tips_all_told": {
        "nl": "Meer tips over ‘{title}’ heb ik niet: dit waren ze allemaal. Kies hieronder een verwant "
        "onderwerp, of vertel wat er bij jou anders is.",
        "en": "I have no more tips on ‘{title}’: that was all of them. Pick a related topic below, or "
        "tell me what's different in your situation.",
    },
    # a follow-up once every part of the article was shown (actions/advice.py `say_all_shown`;
    # fresh tester of stop 67: the example or the card again, word for word)
    "tips_all_told_more": {
        "nl": "Meer tips over ‘{title}’ heb ik niet: je hebt ze allemaal gezien. Typ ‘vertel meer’ voor "
        "wat erachter zit, kies een verwant onderwerp, of vertel wat er bij jou anders is.",
        "en": "I have no more tips on ‘{title}’: you've seen them all. Type ‘tell me more’ for the "
        "background, pick a related topic, or tell me what's different in your situation.",
    },
    "no_more_words": {
        "nl": "Een ander voorbeeld heb ik bij ‘{title}’ niet: de zinnen die je kunt gebruiken staan in "
        "het voorbeeld en de tips hierboven. Kies een verwant onderwerp, of vertel wat er bij jou anders "
        "is, dan denk ik mee.",
        "en": "I have no other example for ‘{title}’: the sentences you can use are in the example and "
        "the tips above. Pick a related topic, or tell me what's different in your situation and I'll "
        "think along.",
    },
    "no_more_words_more": {
        "nl": "Een ander voorbeeld heb ik bij ‘{title}’ niet: de zinnen die je kunt gebruiken staan in "
        "het voorbeeld en de tips hierboven. Typ ‘vertel meer’ voor wat erachter zit, kies een verwant "
        "onderwerp, of vertel wat er bij jou anders is.",
        "en": "I have no other example for ‘{title}’: the sentences you can use are in the example and "
        "the tips above. Type ‘tell me more’ for the background, pick a related topic, or tell me "
        "what's different in your situation.",
    },
    # after an introduction right after the greeting: invite the question, with the topics
    # (fresh tester of stop 67)
    "intro_invite": {
        "nl": "Waar loop je tegenaan in je werk met klanten? Vertel het in je eigen woorden, of kies "
        "een onderwerp.",
        "en": "What do you run into in your work with customers? Tell me in your own words, or pick "
        "a topic.",
    },
    # an administrator who wants to try a new article (bot/dialogue/self_introduction.py, stop 68)
    "try_article": {
        "nl": "Stel de vraag waar je artikel antwoord op geeft, in de woorden van een medewerker. Dan zie "
        "je meteen of ik het vind. Nieuw of net aangepast? Eerst `servicecoach knowledge check` en "
        "`servicecoach index`.",
        "en": "Ask the question your article answers, in an employee's own words. You'll see straight "
        "away whether I find it. New or just edited? Run `servicecoach knowledge check` and "
        "`servicecoach index` first.",
    },
    "ask_away": {
        "nl": "Vertel maar! Wat is je vraag? Beschrijf de situatie gerust in je eigen woorden.",
        "en": "Go ahead! What's your question? Feel free to describe the situation in your own words.",
    },
    "only_emoji": {
        "nl": "Ik zie alleen emoji, en die kan ik niet goed lezen. Typ je vraag in woorden, "
        "of “help” voor wat ik kan.",
        "en": "I only see emoji, and I can't read those well. Type your question in words, "
        "or “help” for what I can do.",
    },
    "no_words": {
        "nl": "Ik zie alleen leestekens of symbolen. Typ je vraag in woorden, of “help” voor wat ik kan.",
        "en": "I only see punctuation or symbols. Type your question in words, or “help” for what I can do.",
    },
    "link_unopened": {
        "nl": "Links kan ik niet openen, dus wat erachter staat zie ik niet. Vertel in een paar woorden wat "
        "er gebeurde of wat je wilt weten, dan denk ik met je mee.",
        "en": "I can't open links, so I can't see what's behind it. Tell me in a few words what happened "
        "or what you'd like to know, and I'll think along with you.",
    },
    "link_only": {
        "nl": "Links kan ik niet openen. Vertel in een paar woorden wat je wilt weten, "
        "of typ “help” voor wat ik kan.",
        "en": "I can't open links. Tell me in a few words what you'd like to know, "
        "or type “help” to see what I can do.",
    },
    "number_only": {
        "nl": "Ik zie alleen een getal. Typ je vraag in woorden, of “help” voor wat ik kan.",
        "en": "I only see a number. Type your question in words, or “help” to see what I can do.",
    },
    "blank_message": {
        "nl": "Ik zie geen tekst in je bericht. Typ je vraag, of “help” voor wat ik kan.",
        "en": "I didn't see any text in your message. Type your question, or “help” to see what I can do.",
    },
    "dont_know": {
        "nl": "Daar weet ik (nog) geen goed antwoord op, en ik ga niet gokken. "
        "Kies een onderwerp hieronder, of stel je vraag anders.",
        "en": "I don't have a good answer to that yet, and I won't guess. "
        "Pick a topic below, or ask it another way.",
    },
    # a number beyond a framework ("level 5 of the pyramid"): how many there are, then the overview
    "beyond_levels": {
        "nl": "De servicepiramide heeft {count} niveaus, dus een niveau {number} is er niet. "
        "Dit is het overzicht:",
        "en": "The service pyramid has {count} levels, so there is no level {number}. Here is the overview:",
    },
    "beyond_principles": {
        "nl": "De norm kent {count} principes, dus een principe {number} is er niet. Dit is het overzicht:",
        "en": "The standard has {count} principles, so there is no principle {number}. Here is the overview:",
    },
    "beyond_shifts": {
        "nl": "Er zijn {count} paradigmashifts, dus een shift {number} is er niet. Dit is het overzicht:",
        "en": "There are {count} paradigm shifts, so there is no shift {number}. Here is the overview:",
    },
    "named_sentence": {
        "nl": "Over '{name}' staat in dit artikel: “{sentence}.”",
        "en": "On '{name}', this article says: “{sentence}.”",
    },
    "unknown_concept": {
        "nl": "Over '{name}' weet ik niets: het staat niet in wat ik heb geleerd, en ik ga niet gokken. "
        "Ik ken wel de service-excellence-piramide, de zeven principes van de norm (CEN/TS 16880, ISO 23592) "
        "en de tien paradigmashifts. Kies hieronder een onderwerp.",
        "en": "I know nothing about '{name}': it isn't in what I have learnt, and I won't guess. "
        "I do know the service-excellence pyramid, the seven principles of the standard (CEN/TS 16880, "
        "ISO 23592) and the ten paradigm shifts. Pick a topic below.",
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
    "sc_choose_managers": {
        "nl": "Welke zelftest voor leidinggevenden wil je doen? Het duurt een paar minuten.",
        "en": "Which self-check for managers would you like to do? It takes a few minutes.",
    },
    # a request for the managers' self-checks from someone not known to lead a team
    "sc_managers_only": {
        "nl": "De zelftests voor leidinggevenden zijn voor wie een team leidt. Geef jij leiding "
        "aan een team? Zeg het gerust (bijvoorbeeld “ik ben teamleider”), of vraag je beheerder "
        "om je rol op leidinggevende te zetten. Intussen kun je deze zelftests doen.",
        "en": "The self-checks for managers are for people who lead a team. Do you lead one? "
        "Just tell me (for example “I'm a team lead”), or ask your administrator to set your "
        "role to manager. Meanwhile, you can do these self-checks.",
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
        "nl": "Antwoord met {min} tot {max}, of typ bijvoorbeeld “{example}”.",
        "en": "Answer with {min} to {max}, or type something like “{example}”.",
    },
    "sc_not_understood": {
        "nl": "Dat begrijp ik niet als antwoord. Kies een getal van {min} tot {max}, "
        "of typ bijvoorbeeld “mee eens”.",
        "en": "I didn't understand that as an answer. Pick a number from {min} to {max}, "
        "or type, for example, “agree”.",
    },
    "sc_off_scale": {
        "nl": "{value} staat niet op deze schaal, sorry. Kies een getal van {min} tot {max}.",
        "en": "Sorry, {value} is not on this scale. Pick a number from {min} to {max}.",
    },
    "sc_no_open": {
        "nl": "Je bent nu niet met een zelftest bezig. Wil je er een starten?",
        "en": "You're not in a self-check right now. Want to start one?",
    },
    "sc_start_button": {"nl": "Start een zelftest", "en": "Start a self-check"},
    "sc_paused_goodbye": {
        "nl": "Je zelftest “{title}” staat op pauze bij vraag {n} van {total}. Zeg “ga verder met mijn "
        "zelftest” wanneer je wilt.",
        "en": "Your self-check “{title}” is paused at question {n} of {total}. Say “continue my "
        "self-check” whenever you like.",
    },
    "sc_paused": {
        "nl": "Gestopt. Je antwoorden tot nu toe zijn bewaard: zeg “ga verder met mijn zelftest” "
        "wanneer je wilt.",
        "en": "Stopped. Your answers so far are saved: say “continue my self-check” whenever you like.",
    },
    "sc_already_paused": {
        "nl": "Je zelftest “{title}” staat al op pauze bij vraag {n} van {total}; je antwoorden zijn "
        "bewaard. Zeg “ga verder met mijn zelftest” wanneer je verder wilt.",
        "en": "Your self-check “{title}” is already paused at question {n} of {total}; your answers are "
        "saved. Say “continue my self-check” whenever you want to carry on.",
    },
    "sc_already_stopped": {
        "nl": "Die zelftest is al gestopt, en er was nog niets bewaard. Zeg “ik wil een zelftest doen” om "
        "opnieuw te beginnen.",
        "en": "That self-check is already stopped, and nothing was saved yet. Say “start a self-check” to "
        "begin again.",
    },
    "sc_offer_continue": {
        "nl": "Je zit nog midden in “{title}”. Verder met vraag {n} van {total}?",
        "en": "You're still in the middle of “{title}”. Carry on with question {n} of {total}?",
    },
    # an unsure reply ("misschien", "maybe") to "carry on?": asked again plainly (actions/selfcheck_unread.py
    # `answered_as_unsure_about_going_on`; stop 63: it got "Daar weet ik (nog) geen goed antwoord op")
    "sc_carry_on_unsure": {
        "nl": "Geen haast. Wil je verder met vraag {n} van {total}? Kies dan hieronder je antwoord. "
        "Liever later? Tik op “Stop de zelftest”; je antwoorden tot nu toe blijven bewaard.",
        "en": "No rush. Do you want to carry on with question {n} of {total}? Then pick your answer "
        "below. Rather later? Tap “Stop the self-check”; your answers so far are kept.",
    },
    "sc_resume_unsure": {
        "nl": "Geen haast. Je zelftest “{title}” blijft op pauze bij vraag {n} van {total}. Wil je nu "
        "verder? Tik op de knop of zeg “ja”. Liever later is ook goed: stel gerust eerst je vraag.",
        "en": "No rush. Your self-check “{title}” stays paused at question {n} of {total}. Do you want "
        "to carry on now? Tap the button or say “yes”. Later is fine too: just ask your question first.",
    },
    "sc_stop": {"nl": "Stop de zelftest", "en": "Stop the self-check"},
    "sc_done": {
        "nl": "Klaar! Zo sta je ervoor per onderdeel (op een schaal van {min} tot {max}):",
        "en": "Done! Here is where you stand per part (on a scale of {min} to {max}):",
    },
    "sc_overall": {"nl": "Gemiddeld: {score} van {max}", "en": "Overall: {score} out of {max}"},
    "sc_resumed_by_answer": {
        "nl": "Genoteerd. Je zelftest stond op pauze en gaat nu weer verder.",
        "en": "Noted. Your self-check was paused and carries on now.",
    },
    "and_join": {"nl": " en ", "en": " and "},
    "sc_best_and_low": {
        "nl": "Het sterkst: {best}. Hier valt het meest te winnen: {low}.",
        "en": "Strongest: {best}. Most to gain: {low}.",
    },
    "sc_try": {"nl": "Probeer deze week:", "en": "Try this week:"},
    "sc_read": {"nl": "Lees verder:", "en": "Read more:"},
    "sc_chart": {"nl": "Je scores in een grafiek", "en": "Your scores as a chart"},
    "sc_no_results": {
        "nl": "Je hebt nog geen zelftest afgerond.",
        "en": "You haven't finished a self-check yet.",
    },
    "sc_results_head": {"nl": "Je resultaten tot nu toe:", "en": "Your results so far:"},
    # results asked while a self-check is paused halfway: where it stands and how to go on
    "sc_results_paused": {
        "nl": "Je zelftest “{title}” staat op pauze bij vraag {n} van {total}; de uitslag krijg je als je "
        "hem afmaakt. Tik op de knop of zeg “ga verder met mijn zelftest”.",
        "en": "Your self-check “{title}” is paused at question {n} of {total}; you get its result when "
        "you finish it. Tap the button or say “continue my self-check”.",
    },
    "sc_result_line": {
        "nl": "{title} ({date}): gemiddeld {score} van {max}",
        "en": "{title} ({date}): overall {score} out of {max}",
    },
    # a question what a self-check statement means, asked while it is on screen
    "sc_statement_meaning": {
        "nl": "Lees de stelling zoals ze er staat en denk aan hoe het bij jou meestal gaat, niet aan je "
        "beste of slechtste dag. Er is geen goed of fout antwoord. Twijfel je, of past de stelling niet "
        "bij je werk, kies dan 3.",
        "en": "Read the statement as it stands and think of how it usually goes for you, not your best or "
        "worst day. There is no right or wrong answer. If you're unsure, or it doesn't fit your work, "
        "pick 3.",
    },
    "team_not_manager": {
        # with the next step (tester round of stop 49: a team leader got a dead end)
        "nl": "Teamresultaten zijn er voor leidinggevenden die aan een team gekoppeld zijn. Die koppeling "
        "maakt de beheerder van de coach: je krijgt dan een uitnodigingscode voor leidinggevenden met je "
        "team erin. Je eigen resultaten zie je met /resultaten.",
        "en": "Team results are for managers who are linked to a team. The coach's admin makes that link: "
        "you then get a manager's invite code with your team in it. You can see your own results with "
        "/results.",
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
        "nl": "Dank je. Ik geef door dat dit antwoord tekortschoot, zodat de kennisbank beter wordt.",
        "en": "Thanks. I'll pass on that this answer fell short, so the knowledge base gets better.",
    },
    # a "down" said as a jab at the coach ("jij bent echt nutteloos", "you suck"): no thanks for it
    "feedback_sorry_down": {
        "nl": "Jammer dat ik je hier niet mee hielp. Ik geef door dat dit antwoord tekortschoot, "
        "zodat de kennisbank beter wordt.",
        "en": "Sorry I wasn't any help with this. I'll pass on that this answer fell short, so the "
        "knowledge base gets better.",
    },
    "feedback_unclear": {
        "nl": "Bij welk antwoord hoort je reactie? Gebruik de knoppen onder een antwoord.",
        "en": "Which answer is your feedback about? Please use the buttons under an answer.",
    },
    # issue 13 (language, help, menus, results, charts, start-up): texts of the conversation's frame
    "language_pinned": {
        "nl": "Prima, vanaf nu antwoord ik in het Nederlands. Zeg “antwoord in de taal waarin ik schrijf” "
        "of typ /taal auto om dat weer los te laten.",
        "en": "Sure, I'll answer in English from now on. Say “answer in whatever language I write in” "
        "or type /language auto to undo that.",
    },
    "language_automatic": {
        "nl": "Goed, ik antwoord weer in de taal waarin je schrijft: Nederlands of Engels.",
        "en": "All right, I'll answer in whatever language you write in again: Dutch or English.",
    },
    "language_unsupported": {
        "nl": "Sorry, ik spreek alleen Nederlands en Engels. Ik ga verder in het Nederlands; "
        "zeg “in English please” voor Engels.",
        "en": "Sorry, I only speak Dutch and English. I'll carry on in English; say “in het Nederlands” "
        "for Dutch.",
    },
    "help_head": {"nl": "Dit kan ik voor je doen:", "en": "Here's what I can do for you:"},
    "help_advice": {
        "nl": "• Advies: beschrijf een situatie met een klant (“een klant is boos omdat zijn bestelling "
        "te laat is”) en je krijgt praktisch advies, met het artikel waar het uit komt.",
        "en": "• Advice: describe a situation with a customer (“a customer is angry because their order "
        "is late”) and you get practical advice, with the article it comes from.",
    },
    "help_background": {
        "nl": "• Achtergrond: de servicepiramide, de zeven principes van CEN/TS 16880 en ISO 23592, de tien "
        "paradigmashifts van Thomassen & De Haan, servicecultuur.",
        "en": "• Background: the service-excellence pyramid, the seven principles of CEN/TS 16880 and "
        "ISO 23592, the ten paradigm shifts of Thomassen & De Haan, service culture.",
    },
    "help_selfcheck": {
        "nl": "• Zelftests: zeg “ik wil een zelftest doen”. Antwoord per stelling met een knop of typ "
        "het (“4”, “vier”, “mee eens”); “stop” pauzeert, “ga verder met mijn zelftest” hervat.",
        "en": "• Self-checks: say “start a self-check”. Answer each statement with a button or type it "
        "(“4”, “four”, “agree”); “stop” pauses, “continue my self-check” picks it up again.",
    },
    "help_results": {
        "nl": "• Je resultaten: zeg “mijn resultaten” voor je scores en wat er veranderde.",
        "en": "• Your results: say “my results” for your scores and how they changed.",
    },
    # what the coach does not do (tester round of stop 52: "what cant you help me with" got only
    # what it can do)
    "help_limits": {
        "nl": "• Wat ik niet doe: vragen over salaris, verlof, roosters, IT, declaraties, voedselveiligheid, "
        "medicijnen of de wet. Dan zeg ik waar je terechtkunt.",
        "en": "• What I don't do: questions about pay, leave, rosters, IT, expenses, food safety, medicines "
        "or the law. For those I tell you where to go.",
    },
    "help_tips": {
        "nl": "• Coachingstips: zeg “geef me een coachingstip”, of noem een onderwerp (“tip voor een "
        "teamoverleg over klachten”). Je krijgt steeds een tip die je nog niet had.",
        "en": "• Coaching tips: say “give me a coaching tip”, or name a topic (“a tip for a team meeting "
        "about complaints”). Each time you get one you haven't had yet.",
    },
    "help_team": {
        "nl": "• Je team: zeg “hoe doet mijn team het” voor de gemiddelden van je team (vanaf 5 deelnemers).",
        "en": "• Your team: say “how is my team doing” for your team's averages (from 5 participants).",
    },
    # a leader whose team view is not open yet (by conversation only, or without a team: actions/help.py
    # `team_view_open`; stop 63: the help offered "Hoe doet mijn team het?" that then said no)
    "help_team_later": {
        "nl": "• Je team: de resultaten van je team zie je zodra de beheerder je als leidinggevende aan je "
        "team koppelt.",
        "en": "• Your team: you'll see your team's results once the administrator links you to your team "
        "as its manager.",
    },
    "help_language": {
        "nl": "• Taal: ik antwoord in de taal waarin je schrijft. “In English please” of “in het "
        "Nederlands” zet de taal vast; “antwoord in de taal waarin ik schrijf” laat hem weer los.",
        "en": "• Language: I answer in the language you write in. “In het Nederlands” or “in English "
        "please” pins it; “answer in whatever language I write in” unpins it.",
    },
    "help_language_pinned": {
        "nl": "De taal staat nu vast op {language}.",
        "en": "The language is now pinned to {language}.",
    },
    "greet_language_pinned": {
        "nl": "Ik antwoord in het Nederlands, zoals je eerder vroeg. Liever in de taal waarin je schrijft? "
        "Zeg dan “antwoord in de taal waarin ik schrijf”.",
        "en": "I answer in English, as you asked earlier. Rather in the language you write in? Say "
        "“answer in whatever language I write in”.",
    },
    # the last line of the coach's help, per channel (actions/help.py `help_lines`)
    "help_terminal": {
        "nl": "Typ een nummer of letter om een keuze te maken; /help laat de commando's zien, /privacy "
        "zegt wat ik bewaar, /vergeet wist het; /quit of Ctrl-D stopt de chat.",
        "en": "Type a number or letter to pick a choice; /help lists the commands, /privacy says what I "
        "keep, /forget deletes it; /quit or Ctrl-D leaves the chat.",
    },
    "help_telegram": {
        "nl": "Tik op een knop om te kiezen, of typ het nummer; /help laat de commando's zien.",
        "en": "Tap a button to choose, or type its number; /help shows the commands.",
    },
    "help_button_results": {"nl": "Mijn resultaten", "en": "My results"},
    "help_button_tip": {"nl": "Een coachingstip", "en": "A coaching tip"},
    "help_button_team": {"nl": "Hoe doet mijn team het?", "en": "How is my team doing?"},
    "choice_hint": {
        "nl": "Kies {choices} uit de keuzes hierboven, of typ gewoon je vraag.",
        "en": "Pick {choices} from the choices above, or just type your question.",
    },
    "choice_number_unbound": {
        "nl": "Met alleen een nummer kan ik nu niets kiezen: er staat geen vraag of keuze open. "
        "Kies een van de keuzes die ik je laat zien, of stel gewoon je vraag.",
        "en": "A number on its own picks nothing just now: no question or choice is open. "
        "Pick one of the choices I show you, or just ask your question.",
    },
    "help_button_help": {"nl": "Wat kun je allemaal?", "en": "What can you do?"},
    # "9" after a list of seven (stop 58): the list's range
    "choice_number_outside": {
        "nl": "Die lijst heeft de nummers {first} tot {last}. Kies een van die nummers, of stel "
        "gewoon je vraag.",
        "en": "That list has the numbers {first} to {last}. Pick one of those, or just ask your question.",
    },
    "choice_range": {"nl": "{first} tot {last}", "en": "{first} to {last}"},
    # "c'est la vie lol", "no pasa nada", "alles klar": a set phrase of another language (stop 62)
    "small_talk_shrug": {
        "nl": "😊 Zo is het. Speelt er iets waar ik je bij kan helpen? Vertel het gerust.",
        "en": "😊 Fair enough. Is there something I can help you with? Just tell me.",
    },
    # talk about the coach itself (actions/small_talk.py `answered_as_coach_talk`; tester round of
    # stop 62: "ge zijt ne goeie" and "who made you?" got "no good answer")
    "coach_praised": {
        "nl": "Dank je, dat hoor ik graag! 😊 Kan ik je nog ergens mee helpen?",
        "en": "Thank you, that's nice to hear! 😊 Is there anything else I can help you with?",
    },
    "coach_about_made": {
        "nl": "Ik ben gemaakt als open-source project: een chatbot, gebouwd met Rasa.",
        "en": "I was made as an open-source project: a chatbot, built with Rasa.",
    },
    "coach_about_what": {
        "nl": "Ik ben een servicecoach: een open-source chatbot, gebouwd met Rasa. Geen mens dus.",
        "en": "I'm a service coach: an open-source chatbot, built with Rasa. So not a person.",
    },
    "coach_about_where": {
        "nl": "Ik kom niet ergens vandaan zoals een mens: ik ben een open-source chatbot, gebouwd met Rasa.",
        "en": "I'm not from anywhere the way a person is: I'm an open-source chatbot, built with Rasa.",
    },
    "coach_about_name": {
        "nl": "Ik heet gewoon de servicecoach: een open-source chatbot, gebouwd met Rasa.",
        "en": "I'm simply the service coach: an open-source chatbot, built with Rasa.",
    },
    "coach_about": {
        "nl": "Mijn antwoorden komen uit een kennisbank over service die mensen in het Nederlands en het "
        "Engels hebben geschreven; ik verzin ze niet zelf. Er leest geen mens mee met dit gesprek. Waar "
        "kan ik je mee helpen?",
        "en": "My answers come from a knowledge base on service that people wrote in Dutch and English; "
        "I don't make them up. No person reads along with this conversation. What can I help you with?",
    },
    # "optie b", "option c", "keuze 2" with no list on screen (stop 62: it got the help list)
    "choice_no_list": {
        "nl": "Er staat nu geen lijst om uit te kiezen. Stel gewoon je vraag, of typ “help” om te zien "
        "wat ik kan.",
        "en": "There is no list to pick from just now. Just ask your question, or type “help” to see what "
        "I can do.",
    },
    "choice_or": {"nl": "{a} of {b}", "en": "{a} or {b}"},
    "sc_stopped_nothing": {
        "nl": "Oké, gestopt. Je had nog niets beantwoord, dus er is niets bewaard. "
        "Zeg “ik wil een zelftest doen” om opnieuw te beginnen.",
        "en": "Okay, stopped. You hadn't answered anything yet, so nothing was saved. "
        "Say “start a self-check” to begin again.",
    },
    "feedback_down_next": {
        "nl": "Wil je het op een andere manier vragen? Of kies hieronder een ander artikel of onderwerp.",
        "en": "Would you like to ask it another way? Or pick another article or topic below.",
    },
    "chart_low": {"nl": "laag (onder {value})", "en": "low (under {value})"},
    "chart_middle": {"nl": "midden", "en": "middle"},
    "chart_high": {"nl": "hoog ({value} of meer)", "en": "high ({value} or more)"},
    "chart_previous": {"nl": "vorige keer ({date})", "en": "previous ({date})"},
    # stop 57: the chart's axis says what its scores mean (weak .. strong), not agreement, and how
    # a statement about something best avoided (reverse-scored) counts (bot/selfchecks/chart.py)
    "chart_axis_score": {
        "nl": "Gemiddelde score: {min} = zwak · {max} = sterk",
        "en": "Average score: {min} = weak · {max} = strong",
    },
    "chart_axis_flipped": {
        "nl": "Bij een stelling over iets wat beter niet gebeurt, telt “{low}” als {max}",
        "en": "On a statement about something best avoided, “{low}” counts as {max}",
    },
    # stop 57: after /start or /restart, when self-check results are stored for this chat (a shared
    # terminal keeps the previous person's): say so and how to erase them (actions/small_talk.py)
    "greet_results_stored": {
        "nl": "Er staan nog zelftestresultaten van eerder bewaard; /vergeet wist ze.",
        "en": "Self-check results from earlier are still saved; /forget deletes them.",
    },
    "team_chart": {
        "nl": "Je team in een grafiek: {title}, {n} deelnemers",
        "en": "Your team as a chart: {title}, {n} participants",
    },
    "team_chart_before": {"nl": "hun vorige zelftest", "en": "their previous check"},
    "team_chart_title": {
        "nl": "{title} · team {team} · {n} deelnemers",
        "en": "{title} · team {team} · {n} participants",
    },
    "sc_read_none": {
        "nl": "Wil je meer lezen? Vraag me gerust naar een onderwerp uit de zelftest.",
        "en": "Want to read more? Just ask me about a topic from the self-check.",
    },
    "startup_stage": {
        "nl": "{n}/{total} {what} (meestal {wait})…",
        "en": "{n}/{total} {what} (usually {wait})…",
    },
    "startup_schema": {"nl": "Database klaarzetten", "en": "Preparing the database"},
    "startup_model": {
        "nl": "Taalmodel van de coach controleren",
        "en": "Checking the coach's language model",
    },
    "startup_train": {
        "nl": "Taalmodel trainen (alleen na een wijziging)",
        "en": "Training the language model (only after a change)",
    },
    "startup_servers": {
        "nl": "Servers starten en kennis laden",
        "en": "Starting the servers and loading the knowledge",
    },
    "startup_ready": {
        "nl": "✓ De coach is klaar ({seconds} s).",
        "en": "✓ The coach is ready ({seconds} s).",
    },
    "startup_log": {"nl": "Details staan in {path}.", "en": "Details are in {path}."},
    "port_in_use": {
        "nl": "Sorry, de coach kon niet starten: poort {port} is al in gebruik, waarschijnlijk door een "
        "coach die nog draait (bijvoorbeeld uit een venster dat je sloot zonder /quit). Stop die eerst, "
        "of geef andere poorten op met SERVICECOACH_RASA_PORT en SERVICECOACH_ACTION_PORT.",
        "en": "Sorry, the coach could not start: port {port} is already in use, most likely by a coach "
        "that is still running (for instance from a window closed without /quit). Stop it first, or "
        "choose other ports with SERVICECOACH_RASA_PORT and SERVICECOACH_ACTION_PORT.",
    },
    "startup_failed": {
        "nl": "Sorry, de coach kon niet starten.\n{error}",
        "en": "Sorry, the coach could not start.\n{error}",
    },
    # after "startup_failed" (fresh tester of stop 67: the chat died without a word)
    "startup_failed_what_to_do": {
        "nl": "Wat je kunt doen: probeer het over een paar minuten opnieuw, als de computer minder druk "
        "is. Lukt het dan nog niet, voer dan eerst `servicecoach index` uit en start daarna opnieuw, of "
        "stuur de logbestanden in {logs} naar je beheerder.",
        "en": "What you can do: try again in a few minutes, when the computer is less busy. If it still "
        "fails, run `servicecoach index` first and then start again, or send the log files in {logs} "
        "to your administrator.",
    },
    "startup_index": {
        "nl": "Kennis doorzoekbaar maken (eenmalig na een wijziging)",
        "en": "Making the knowledge searchable (once after a change)",
    },
    "seconds": {"nl": "{n} s", "en": "{n} s"},
    "minutes": {"nl": "{n} min", "en": "{n} min"},
    # end of issue 13's block
    # Telegram (bot/channels/telegram) and weekly tips (bot/tips).
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
    # issue 10 (groups, blocked users, Telegram errors): the one note said in a group
    # said before a team lead's coaching tip to someone who leads no team (actions/coaching.py)
    "tips_for_leaders": {
        "nl": "Coachingstips zijn bedoeld voor wie een team leidt; hieronder staat er een. Werk je zelf met "
        "klanten? Vertel me gerust over een situatie, bijvoorbeeld “klant is boos over een late levering”, "
        "dan krijg je advies voor je eigen werk.",
        "en": "Coaching tips are meant for people who lead a team; here is one. Do you work with customers "
        "yourself? Just tell me about a situation, for example “customer is angry about a late delivery”, "
        "and you get advice for your own work.",
    },
    "edit_after_answer": {
        "nl": "Je hebt een bericht aangepast dat al als antwoord in de zelftest telt. Dat antwoord blijft "
        "staan; wil je het anders, doe de zelftest dan later opnieuw.",
        "en": "You edited a message that already counts as an answer in the self-check. That answer "
        "stays; to change it, take the self-check again later.",
    },
    "group_note": {
        "nl": "Hallo! Ik ben een persoonlijke coach en praat alleen in een privégesprek; in deze groep "
        "zeg ik verder niets. Begin hier: {link}",
        "en": "Hello! I am a personal coach and only talk in a private chat; in this group I will say "
        "nothing more. Start here: {link}",
    },
    "caption_read": {
        "nl": "Foto's en bestanden kan ik niet bekijken, maar je tekst erbij lees ik wel.",
        "en": "I can't look at photos or files, but I did read the text with it.",
    },
    # a caption that only points at the photo ("kijk deze kras"): nothing in words to answer
    # (fresh tester of stop 67; bot/dialogue/photo_caption.py)
    "photo_unseen": {
        "nl": "Foto's kan ik niet bekijken. Vertel in een paar woorden wat er aan de hand is, bijvoorbeeld "
        "wat de klant zegt of wil, dan help ik je verder.",
        "en": "I can't look at photos. Tell me in a few words what is going on, for example what the "
        "customer says or wants, and I'll help you from there.",
    },
    "only_text": {
        "nl": "Ik kan alleen tekst lezen. Typ je vraag maar.",
        "en": "I can only read text. Please type your question.",
    },
    "emoji_distress": {
        "nl": "Dat klinkt als een zware dag. Vertel gerust wat er gebeurde, dan denk ik met je mee. "
        "Of lees hoe je weer op adem komt na een lastig gesprek:",
        "en": "That sounds like a rough day. Tell me what happened if you like, and I'll think it "
        "through with you. Or read how to get back on your feet after a hard conversation:",
    },
    "emoji_anger": {
        "nl": "Dat klinkt alsof iets je flink dwarszit. Vertel gerust wat er gebeurde, dan kijken we "
        "samen hoe je ermee omgaat. Misschien helpt een van deze alvast:",
        "en": "Sounds like something got to you. Tell me what happened and we'll work out how to "
        "handle it. One of these may help already:",
    },
    "emoji_disapproval": {
        "nl": "Jammer dat je hier niets aan had. Vertel in een paar woorden wat je zocht, "
        "dan zoek ik verder.",
        "en": "Sorry that didn't help. Tell me in a few words what you were looking for, "
        "and I'll look again.",
    },
    "wording_pick_first": {
        "nl": "Kies eerst welk onderwerp het is, dan geef ik je de woorden die je kunt gebruiken:",
        "en": "Pick the topic first, and I'll give you the words you can use:",
    },
    # "nog een tip" with an offer on screen and no article given yet (actions/advice.py)
    "tip_pick_first": {
        "nl": "Kies eerst welk onderwerp het is, dan krijg je de tips daaruit:",
        "en": "Pick the topic first, and you'll get its tips:",
    },
    # "Toon de tips" typed with no article given and no offer on screen (actions/advice.py)
    "tips_which_topic": {
        "nl": "Van welk onderwerp wil je de tips? Vertel kort waar het over gaat, of kies hieronder "
        "een onderwerp.",
        "en": "Which topic would you like the tips for? Tell me briefly what it is about, or pick a "
        "topic below.",
    },
    "wording_which_situation": {
        "nl": "Bij welke situatie wil je de woorden? Vertel het kort, bijvoorbeeld: "
        "“een klant wil korting maar dat mag niet”.",
        "en": "Which situation do you want the words for? Tell me briefly, for example: "
        "“a customer wants a discount I can't give”.",
    },
    "sc_typed_as": {"nl": "Genoteerd: {value} · {label}.", "en": "Noted: {value} · {label}."},
    "no_other_example": {
        "nl": "Een ander voorbeeld heb ik hier niet, maar in deze tips staan zinnen die je kunt gebruiken:",
        "en": "I don't have another example for this, but these tips have sentences you can use:",
    },
    "emoji_laughter": {
        "nl": "Haha, fijn dat er wat te lachen valt! Waar kan ik je mee helpen?",
        "en": "Ha, good to hear a laugh! What can I help you with?",
    },
    "emoji_doubt": {
        "nl": "Twijfel je ergens over? Vertel het me in een paar woorden, dan denk ik met je mee.",
        "en": "Something on your mind? Tell me in a few words and I'll think it through with you.",
    },
    "thank_goodbye": {
        "nl": "Graag gedaan, en succes vandaag! Kom gerust terug als een klant je voor een raadsel zet.",
        "en": "You're welcome, and good luck out there! Come back whenever a customer puzzles you.",
    },
    "unknown_command": {
        "nl": "Dat commando ken ik niet. Typ /help om te zien wat ik kan.",
        "en": "I don't know that command. Type /help to see what I can do.",
    },
    # /vergeet over plain REST (bot/dialogue/commands.py `rest_command`): no way to ask "sure?" there
    "rest_forget": {
        "nl": "Wissen kan hier niet met een commando. In de terminal of in Telegram wis je alles met "
        "/vergeet.",
        "en": "I can't delete your data from here. In the terminal or in Telegram, /forget deletes it all.",
    },
    "language_usage": {
        "nl": "Kies een taal: /taal nl, /taal en, of /taal auto om in de taal van elk bericht te antwoorden.",
        "en": "Choose a language: /language nl, /language en, or /language auto to answer in the "
        "language of each message.",
    },
    "language_choose": {"nl": "In welke taal wil je praten?", "en": "Which language would you like?"},
    "long_message": {
        "nl": "Je bericht was lang; ik heb het begin en het einde gelezen, samen {n} tekens.",
        "en": "Your message was long; I read its beginning and its end, {n} characters in all.",
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
    # no reply while the action server still loads the knowledge (bot/dialogue/starting_up.py)
    "starting_up": {
        "nl": "Ik ben nog aan het opstarten en nog niet helemaal klaar. Stuur je bericht over een "
        "minuutje nog eens?",
        "en": "I'm still starting up and not quite ready yet. Could you send your message again in "
        "a minute?",
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
        "Niemand anders ziet je antwoorden. Je leidinggevende ziet alleen teamgemiddelden van "
        "minstens 5 mensen, en een nieuw teamoverzicht pas als minstens 5 mensen de test (opnieuw) "
        "deden: zo kan niemand jouw scores afleiden door twee overzichten te vergelijken.\n"
        "• Je rol en team uit je uitnodigingscode, zodat je de juiste zelftesten krijgt.\n"
        "• Alleen als je beheerder bent of wekelijkse tips aanzet: je chat-id, zodat ik je uit "
        "mezelf een bericht kan sturen. /tips uit wist het (tenzij je beheerder bent).\n"
        "Dit alles staat onder een schuilnaam: niet je Telegram-id of naam, maar een "
        "versleutelde afgeleide daarvan. Je berichten gaan niet naar je leidinggevende.\n"
        "Zonder gebruikers-id bewaar ik de vragen die je stelt en je duimpje omhoog/omlaag, "
        "zodat beheerders zien wat mist in de kennisbank. Er staat alleen een dagsleutel bij: die "
        "telt hoeveel verschillende mensen iets vroegen en verbindt je vragen van één dag met elkaar, "
        "maar na die dag niet meer met jou of met je vragen van andere dagen.\n"
        "Met /vergeet wis je je gesprek, je zelftestantwoorden, je profiel, je tips en je chat-id. "
        "De vragen en beoordelingen zonder id wist /vergeet niet: ik weet niet welke van jou zijn.",
        "en": "What I keep and why:\n"
        "• Your conversation with the coach, so I can follow the thread (for example your "
        "language, or a self-check you stopped halfway).\n"
        "• Your self-check answers, so you can see your results and progress. Nobody else "
        "sees your answers. Your manager only sees team averages over at least 5 people, and a new "
        "team view only once at least 5 people took the check (again): so nobody can work out "
        "your scores by comparing two views.\n"
        "• Your role and team from your invite code, so you get the right self-checks.\n"
        "• Only if you are an admin or turn on weekly tips: your chat id, so I can message you "
        "unprompted. /tips off deletes it (unless you are an admin).\n"
        "All of it is stored under a pseudonym: not your Telegram id or name, but a keyed "
        "hash of it. Your messages are not passed on to your manager.\n"
        "Without any user id I keep the questions you ask and your thumbs up/down, so that "
        "admins see what the knowledge base lacks. They carry only a day key: it counts how many "
        "different people asked and links your questions of one day to each other, but after that "
        "day not to you or to your questions of other days.\n"
        "/forget deletes your conversation, self-check answers, profile, tips and chat id. "
        "It does not delete those questions and ratings without an id: I cannot tell which are yours.",
    },
    "forget_confirm": {
        "nl": "Weet je het zeker? Ik wis dan je gesprek, je zelftestantwoorden en je profiel. "
        "Daarna heb je een nieuwe uitnodigingscode nodig om de coach te gebruiken.",
        "en": "Are you sure? I will delete your conversation, your self-check answers and your "
        "profile. After that you need a new invite code to use the coach.",
    },
    # /vergeet to a user let in by TELEGRAM_ALLOWED_IDS, who comes back without an invite code (stop 63)
    "forget_confirm_allowed": {
        "nl": "Weet je het zeker? Ik wis dan je gesprek, je zelftestantwoorden en je profiel.",
        "en": "Are you sure? I will delete your conversation, your self-check answers and your profile.",
    },
    "own_data_forget": {
        "nl": "Je gegevens wissen kan met /vergeet: ik vraag eerst of je het zeker weet en wis dan je "
        "gesprek, je zelftestantwoorden en je profiel. Wat ik bewaar en waarom, lees je met /privacy.",
        "en": "To delete your data, type /forget: I ask first whether you are sure, then delete your "
        "conversation, your self-check answers and your profile. /privacy tells you what I keep and why.",
    },
    "own_data_privacy": {
        "nl": "Wat ik over je bewaar en waarom, lees je met /privacy. Wissen kan met /vergeet.",
        "en": "Type /privacy to read what I keep about you and why. /forget deletes it.",
    },
    # privacy questions with an answer of their own (bot/dialogue/own_data_request.py
    # `privacy_topic`; tester round of stop 61); true to README "Privacy" and bot/selfchecks/team.py
    "own_data_who_sees": {
        "nl": "Wat je mij vraagt en wat je bij een zelftest antwoordt, ziet je leidinggevende niet: ik "
        "stuur niets door, en je gesprek staat onder een schuilnaam. Van zelftesten ziet een "
        "leidinggevende alleen teamgemiddelden, pas als minstens {min} mensen meededen. Je vragen "
        "bewaar ik wel zonder naam, zodat beheerders zien wat er in de kennisbank mist. Alles wat ik "
        "bewaar lees je met /privacy; wissen kan met /vergeet.",
        "en": "Your manager doesn't see what you ask me or how you answer a self-check: I pass nothing "
        "on, and your conversation is kept under a pseudonym. From self-checks a manager only sees team "
        "averages, and only once at least {min} people took part. I do keep your questions without your "
        "name, so admins can see what the knowledge base is missing. /privacy tells you all I keep; "
        "/forget deletes it.",
    },
    "own_data_where_kept": {
        "nl": "In de eigen database van deze coach, op de server of computer waar hij draait (in de "
        "terminal: de map var/ op deze computer), onder een schuilnaam. Ik stuur je berichten niet naar "
        "een AI-bedrijf; op Telegram gaan ze wel via Telegram zelf. Wat ik bewaar en waarom lees je met "
        "/privacy; wissen kan met /vergeet.",
        "en": "In this coach's own database, on the server or computer it runs on (in the terminal: the "
        "var/ folder on this computer), under a pseudonym. I don't send your messages to an AI company; "
        "on Telegram they do pass through Telegram itself. /privacy tells you what I keep and why; "
        "/forget deletes it.",
    },
    "own_data_training": {
        "nl": "Nee, ik word niet getraind op je gesprekken: mijn antwoorden komen uit een kennisbank die "
        "mensen schrijven, en ik stuur je berichten niet naar een AI-bedrijf. Je vragen en duimpjes "
        "bewaar ik wel zonder naam, zodat beheerders zien wat er nog mist en de kennisbank kunnen "
        "aanvullen. Meer lees je met /privacy.",
        "en": "No, I'm not trained on your conversations: my answers come from a knowledge base written "
        "by people, and I don't send your messages to an AI company. I do keep your questions and "
        "thumbs without your name, so admins can see what is missing and add to the knowledge base. "
        "/privacy tells you more.",
    },
    "own_data_staff_answers": {
        "nl": "Nee: de zelftestantwoorden van één persoon ziet niemand anders, ook een leidinggevende "
        "niet. Zo kan iedereen eerlijk antwoorden. Een leidinggevende die aan een team gekoppeld is, "
        "ziet wel de gemiddelden van het team, zodra minstens {min} mensen uit het team een zelftest "
        "deden: vraag dan “hoe doet mijn team het”.",
        "en": "No: one person's self-check answers are seen by nobody else, a manager included, so "
        "everyone can answer honestly. A manager linked to a team does see the team's averages, once "
        "at least {min} people from the team took a self-check: then ask “how is my team doing”.",
    },
    "forget_yes": {"nl": "Ja, wis alles", "en": "Yes, delete everything"},
    "forget_no": {"nl": "Nee, niet wissen", "en": "No, keep it"},
    "forgotten": {
        "nl": "Gedaan: je gesprek, je zelftestantwoorden en je profiel zijn gewist. Tot ziens!",
        "en": "Done: your conversation, your self-check answers and your profile have been deleted. Goodbye!",
    },
    "not_forgotten": {"nl": "Oké, ik heb niets gewist.", "en": "Okay, I deleted nothing."},
    # an unclear reply ("misschien") to /vergeet's question on Telegram: the question again, after this
    "terminal_forget_unclear": {
        "nl": "Ik wis alleen na een duidelijk ja: typ “ja” of 1. Met “nee” blijft alles staan.",
        "en": "I only delete after a clear yes: type “yes” or 1. “No” keeps everything.",
    },
    "forget_unclear": {
        "nl": "Ik wis alleen na een duidelijk ja: typ “ja” of tik op “Ja, wis alles”. "
        "Met “nee” blijft alles staan.",
        "en": "I only delete after a clear yes: type “yes” or tap “Yes, delete everything”. "
        "“No” keeps everything.",
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
    # an admin asks what people ask most or what is missing (bot/dialogue/report_request.py)
    "report_pointer": {
        "nl": "Wat mensen het meest vragen en waar ik geen goed antwoord op had, staat in het "
        "kennisrapport: typ /report (of /report 7d voor de laatste 7 dagen). In de terminal: "
        "servicecoach report.",
        "en": "What people ask most and what I had no good answer to is in the knowledge report: "
        "type /report (or /report 7d for the last 7 days). In the terminal: servicecoach report.",
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
    "tip_week_title": {"nl": "Coachingstip van de week: {title}", "en": "Coaching tip of the week: {title}"},
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
    # Telegram admin commands (/invite, /codes, /revoke, /members, /setrole, /removemember)
    "admin_usage": {"nl": "Gebruik: {usage}", "en": "Usage: {usage}"},
    "admin_invite_created": {"nl": "Uitnodigingscode: {code}", "en": "Invite code: {code}"},
    "admin_no_codes": {"nl": "Nog geen uitnodigingscodes.", "en": "No invite codes yet."},
    "admin_revoked": {"nl": "Ingetrokken.", "en": "Revoked."},
    "admin_no_such_code": {"nl": "Die uitnodigingscode bestaat niet.", "en": "No such invite code."},
    "admin_no_members": {"nl": "Nog geen leden.", "en": "No members yet."},
    "admin_no_such_member": {"nl": "Dat lid bestaat niet.", "en": "No such member."},
    "admin_removed": {
        "nl": "Verwijderd: wie terug wil komen, heeft een nieuwe uitnodigingscode nodig.",
        "en": "Removed: they need a new invite code to come back.",
    },
    "admin_member": {
        "nl": "{user} {role} team={team} sinds {date}",
        "en": "{user} {role} team={team} since {date}",
    },
    "admin_invite_used": {"nl": "{uses}/{most} gebruikt", "en": "{uses}/{most} used"},
    "admin_invite_used_open": {"nl": "{uses} keer gebruikt", "en": "{uses} used"},
    "admin_invite_expires": {"nl": "verloopt {moment} UTC", "en": "expires {moment} UTC"},
    "admin_invite_active": {"nl": "actief", "en": "active"},
    "admin_invite_revoked": {"nl": "ingetrokken", "en": "revoked"},
    "admin_invite_spent": {"nl": "op/verlopen", "en": "spent/expired"},
    # The terminal chat (bot/channels/terminal); its lines follow the conversation's language.
    "terminal_banner": {
        "nl": "Service Coach — typ je vraag in het Nederlands of het Engels. Typ het nummer of de "
        "letter van een keuze om die te kiezen, “help” voor wat ik kan, /quit (of Ctrl-D) om te stoppen.",
        "en": "Service Coach — type your question in Dutch or English. Type a choice's number or "
        "letter to pick it, “help” for what I can do, /quit (or Ctrl-D) to leave.",
    },
    "terminal_pinned": {
        "nl": "(Je hebt Nederlands als taal vastgezet. Typ /taal en voor Engels, of /taal auto "
        "om de taal weer per bericht te laten kiezen.)",
        "en": "(You pinned English as your language. Type /language nl for Dutch, or /language auto "
        "to let the language follow each message again.)",
    },
    "terminal_reconnecting": {
        "nl": "Een ogenblik, ik maak opnieuw verbinding…",
        "en": "One moment, I'm reconnecting…",
    },
    "terminal_unreachable": {
        "nl": "Sorry, ik kan mijn servers nu niet bereiken: {error}",
        "en": "Sorry, I can't reach my servers right now: {error}",
    },
    "terminal_no_answer": {
        "nl": "Sorry, ik had net geen antwoord{note}. Wil je het nog eens vragen?",
        "en": "Sorry, I had no answer just now{note}. Could you ask again?",
    },
    "terminal_restarted": {"nl": " (herstart: {names})", "en": " (restarted: {names})"},
    "image_saved": {"nl": "[afbeelding bewaard: {path}]", "en": "[image saved: {path}]"},
    "stopping": {"nl": "De coach stopt…", "en": "Stopping the coach…"},
    # Admin notices from live reload (bot/insights/notices.py); admins read them in English.
    # issue 11: per-file publishing
    "reload_at_startup": {"nl": "Bij het starten van de coach:", "en": "At start-up of the coach:"},
    "reload_held_back": {
        "nl": "Deze kennisbestanden zijn NIET gepubliceerd (hun laatste goede versie, als die er is, blijft "
        "live; de andere bestanden zijn wel live):",
        "en": "These knowledge files were NOT published (their last good version, if any, stays live; "
        "the other files went live):",
    },
    "reload_now_published": {
        "nl": "Nu wel gepubliceerd: {files}",
        "en": "Now published: {files}",
    },
    "reload_selfcheck_skipped": {
        "nl": "Een zelftestbestand bevat fouten; het wordt overgeslagen tot het is hersteld.",
        "en": "A self-check file has errors; it is skipped until fixed.",
    },
    # Exactly once, and nobody where they don't belong (issue 10: points 1, 2, 5, 6).
    "sc_stale_answer": {
        "nl": "Die knop hoorde bij een eerdere vraag; dat antwoord heb ik niet meegeteld. "
        "Hier is de vraag waar je nu bent:",
        "en": "That button belonged to an earlier question, so I did not count it. "
        "Here is the question you are on now:",
    },
    "sc_not_for_you": {
        "nl": "Die zelftest is niet voor jouw rol bedoeld. Kies een zelftest uit de lijst.",
        "en": "That self-check is not meant for your role. Pick one from the list.",
    },
    "terminal_privacy": {
        "nl": "Wat ik bewaar en waarom, hier op deze computer (de map var/):\n"
        "• Je gesprek met de coach, zodat ik de draad vasthoud (je taal, een zelftest die je "
        "halverwege stopte).\n"
        "• Je antwoorden op zelftesten en je grafieken, zodat je je resultaten en voortgang kunt zien.\n"
        "• Je taalkeuze.\n"
        "Dit staat onder een schuilnaam, niet onder je gebruikersnaam. Los daarvan bewaar ik de "
        "vragen die je stelt en je duimpje omhoog/omlaag zonder je naam of id, zodat beheerders zien "
        "wat ontbreekt; alleen een dagsleutel verbindt je vragen van één dag, daarna niet meer.\n"
        "Met /vergeet wis je je gesprek, je zelftestantwoorden, je grafieken en je profiel.",
        "en": "What I keep and why, here on this computer (the folder var/):\n"
        "• Your conversation with the coach, so I can follow the thread (your language, a self-check you "
        "stopped halfway).\n"
        "• Your self-check answers and charts, so you can see your results and progress.\n"
        "• Your language choice.\n"
        "It is kept under a pseudonym, not your user name. Apart from that I keep the questions you ask "
        "and your thumbs up/down without your name or id, so admins see what is missing; only a day key "
        "links your questions of one day, and nothing after that day.\n"
        "/forget deletes your conversation, self-check answers, charts and profile.",
    },
    "terminal_forget_confirm": {
        "nl": "Weet je het zeker? Ik wis dan je gesprek, je zelftestantwoorden, je grafieken en je profiel.",
        "en": "Are you sure? I will delete your conversation, your self-check answers, your charts and your "
        "profile.",
    },
    "terminal_forgotten": {
        "nl": "Gedaan: je gesprek, je zelftestantwoorden, je grafieken en je profiel zijn gewist. Je kunt "
        "gewoon verder chatten; ik begin dan opnieuw.",
        "en": "Done: your conversation, your self-check answers, your charts and your profile have been "
        "deleted. You can keep chatting; I start afresh.",
    },
    "terminal_help": {
        "nl": "Commando's hier: /help (deze lijst), /start (opnieuw beginnen), /restart (een nieuw gesprek), "
        "/zelftest, /resultaten, "
        "/taal nl, /taal en of /taal auto, /privacy, /vergeet (je gegevens wissen), /quit of /exit "
        "(stoppen). Al het andere dat je typt gaat als tekst naar de coach; kies een knop met zijn nummer.",
        "en": "Commands here: /help (this list), /start (start again), /restart (a new conversation), "
        "/selfcheck, /results, "
        "/language nl, /language en or /language auto, /privacy, /forget (delete your data), /quit or "
        "/exit (stop). "
        "Everything else you type goes to the coach as text; pick a button by its number.",
    },
    # ---- issue 9: answer / offer / refuse
    "offer_question": {
        "nl": "Deze onderwerpen komen het dichtst bij je vraag. Gaat het hierover?",
        "en": "These topics come closest to your question. Is it about one of these?",
    },
    "comparison": {  # a question that compares two things (actions/comparison.py)
        "nl": "Het verschil in het kort:\n\n• “{a}”: {summary_a}\n\n• “{b}”: {summary_b}\n\n"
        "Kies er een voor de tips.",
        "en": "The difference in short:\n\n• “{a}”: {summary_a}\n\n• “{b}”: {summary_b}\n\n"
        "Pick one for its tips.",
    },
    "offer_question_one": {  # an offer of a single article (stop 49: "Deze onderwerpen" for one)
        "nl": "Dit onderwerp komt het dichtst bij je vraag. Gaat het hierover?",
        "en": "This topic comes closest to your question. Is it about this?",
    },
    "referral": {
        "nl": "Goede vraag, maar daarvoor ben ik niet de juiste: ik coach service aan klanten, "
        "en dit regelt je organisatie. {where}",
        "en": "Good question, but I'm not the right one for it: I coach customer service, "
        "and this is a matter for your organisation. {where}",
    },
    "refuse_topics": {
        "nl": "Wil je iets weten over service aan klanten? Kies een onderwerp.",
        "en": "Want to know something about serving customers? Pick a topic.",
    },
    # knowledge report (servicecoach report, Telegram /report)
    "report_head": {
        "nl": "Kennisrapport",
        "en": "Knowledge report",
    },
    "report_since": {
        "nl": "sinds {date}",
        "en": "since {date}",
    },
    "report_all": {
        "nl": "alles",
        "en": "all time",
    },
    "report_answers": {
        "nl": "{n} antwoorden gegeven; reacties: {up} nuttig, {down} niet nuttig.",
        "en": "{n} answers given; feedback: {up} helpful, {down} not helpful.",
    },
    "report_topics": {
        "nl": "Meest gevraagde onderwerpen (mensen die het vroegen)",
        "en": "Most asked topics (people who asked)",
    },
    "report_down": {
        "nl": "Antwoorden die niet nuttig waren",
        "en": "Answers rated not helpful",
    },
    "report_sent_again": {
        "nl": "Vragen die na een antwoord opnieuw gestuurd werden (het antwoord hielp niet)",
        "en": "Questions sent again after an answer (the answer did not help)",
    },
    "report_gaps": {
        "nl": "Vragen zonder goed antwoord (schrijf hier een artikel over)",
        "en": "Questions without a good answer (write these next)",
    },
    "report_none": {
        "nl": "  (geen)",
        "en": "  (none)",
    },
    "report_times": {
        "nl": "{n}×",
        "en": "{n}×",
    },
    "report_people": {
        "nl": "{n} mensen, {q} vragen",
        "en": "{n} people, {q} questions",
    },
    "report_also": {
        "nl": "ook",
        "en": "also",
    },
    "report_more": {
        "nl": "  … en nog {n} (--all toont alles)",
        "en": "  … and {n} more (--all shows everything)",
    },
    "report_answered_now": {
        "nl": "{n} eerder onbeantwoorde vraag/vragen nu wel beantwoord (weggelaten).",
        "en": "{n} earlier unanswered question(s) now answered by the knowledge (left out).",
    },
    # Telegram's command menu (descriptions; the command names are in channels/telegram/app.py)
    "menu_start": {
        "nl": "Begin (of begin opnieuw)",
        "en": "Start (or start over)",
    },
    "menu_help": {
        "nl": "Wat kan de coach?",
        "en": "What can the coach do?",
    },
    "menu_selfcheck": {
        "nl": "Doe een zelftest",
        "en": "Take a self-check",
    },
    "menu_results": {
        "nl": "Je zelftestresultaten",
        "en": "Your self-check results",
    },
    "menu_language": {
        "nl": "Kies de taal: nl of en",
        "en": "Choose the language: nl or en",
    },
    "menu_tips": {
        "nl": "Wekelijkse coachingstip aan of uit (leidinggevenden)",
        "en": "Weekly coaching tip on or off (managers)",
    },
    "menu_report": {
        "nl": "Kennisrapport (beheerders)",
        "en": "Knowledge report (admins)",
    },
    "menu_privacy": {
        "nl": "Wat de coach bewaart en waarom",
        "en": "What the coach keeps and why",
    },
    "menu_forget": {
        "nl": "Wis je gesprek, antwoorden en profiel",
        "en": "Delete your conversation, answers and profile",
    },
    # ---- Telegram: /restart, /help's list of commands, a second "Ja, wis alles" (stop 57)
    "menu_restart": {
        "nl": "Begin een nieuw gesprek",
        "en": "Start a new conversation",
    },
    "commands_head": {"nl": "Commando's:", "en": "Commands:"},
    "help_telegram_buttons": {
        "nl": "Tik op een knop om te kiezen, of typ het nummer.",
        "en": "Tap a button to choose, or type its number.",
    },
    "forget_already_done": {
        "nl": "Dat is al gedaan: alles is gewist.",
        "en": "That's done already: everything was deleted.",
    },
    # ---- yes, no and a typed answer while a self-check is paused (actions/yes_no.py)
    "sc_statement_topic": {
        "nl": "Deze uitspraak hoort bij “{title}”: {summary}\n\nLees hem als iets over hoe jij nu werkt en "
        "zeg hoe goed hij bij je past. Er is geen goed of fout.",
        "en": "This statement belongs to “{title}”: {summary}\n\nRead it as something about how you work "
        "now and say how well it fits you. There's no right or wrong.",
    },
    "sc_explain": {
        "nl": "Geen probleem. Lees de uitspraak als iets over hoe jij nu werkt, en zeg hoe goed "
        "die bij je past. Er is geen goed of fout. Je mag ook in woorden antwoorden, zoals "
        "“meestal wel” of “niet echt”.",
        "en": "No problem. Read the statement as something about how you work now, and say how "
        "well it fits you. There's no right or wrong. You can also answer in words, such as "
        "“usually” or “not really”.",
    },
    # "klopt dat?" / "is that right?" at a statement (stop 58): only the one answering can say
    "sc_asked_back": {
        "nl": "Dat kun alleen jij zeggen: de uitspraak gaat over hoe jij nu werkt. Kies hoe goed die "
        "bij je past, van {min} tot {max}. Er is geen goed of fout.",
        "en": "Only you can say: the statement is about how you work now. Pick how well it fits "
        "you, from {min} to {max}. There's no right or wrong.",
    },
    "sc_dont_know": {
        "nl": "Er is geen goed of fout: kies het antwoord dat er het dichtst bij komt ({min} tot {max}).",
        "en": "There's no right or wrong here: pick the answer that comes closest ({min} to {max}).",
    },
    "sc_paused_answer": {
        "nl": "Je zelftest “{title}” staat op pauze bij vraag {n} van {total}, dus ik heb dit niet "
        "als antwoord bewaard. Wil je verder?",
        "en": "Your self-check “{title}” is paused at question {n} of {total}, so I didn't save "
        "this as an answer. Do you want to carry on?",
    },
    "sc_open_deny": {
        "nl": "Oké. Je zelftest “{title}” staat nog open bij vraag {n} van {total}. Beantwoord "
        "de vraag hieronder, of typ “stop” om hem te pauzeren.",
        "en": "Okay. Your self-check “{title}” is still open at question {n} of {total}. Answer "
        "the question below, or type “stop” to pause it.",
    },
    "overview_parts": {
        "nl": "Alle {n} op een rij (kies er een voor meer):",
        "en": "All {n} at a glance (pick one for more):",
    },
    "offer_declined": {
        "nl": "Jammer, dan heb ik je niet goed begrepen. Vertel in een paar woorden wat er speelt, "
        "of kies een onderwerp.",
        "en": "Sorry, then I didn't get you. Tell me in a few words what's going on, or pick a topic.",
    },
    "offer_declined_politely": {
        "nl": "Oké, geen probleem. Wil je toch iets vragen? Vertel in je eigen woorden wat er speelt, "
        "of kies een onderwerp.",
        "en": "Okay, no problem. If you do want to ask something, tell me in your own words what's "
        "going on, or pick a topic.",
    },
    "offer_pick_one": {
        "nl": "Welke bedoel je? Kies er een of typ het nummer.",
        "en": "Which one do you mean? Pick one or type its number.",
    },
    "slip_no_problem": {
        "nl": "Geen probleem! Stel je vraag maar opnieuw, of typ “help” om te zien wat ik kan.",
        "en": "No problem! Just ask your question again, or type “help” to see what I can do.",
    },
    "not_caught": {
        "nl": "Dat heb ik niet goed begrepen. Stel je vraag in een paar woorden, of kijk wat ik kan.",
        "en": "I didn't quite catch that. Ask your question in a few words, or see what I can do.",
    },
    # "je bent nutteloos", "you're useless" with no answer to rate (stop 61): taken kindly
    "coach_criticised": {
        "nl": "Jammer dat ik je nog niet goed heb geholpen, en dank dat je het zegt. Tik 👎 onder een "
        "antwoord dat niet hielp, dan wordt de kennisbank beter. Of vertel in een paar woorden wat er "
        "speelt, dan probeer ik het opnieuw.",
        "en": "Sorry I haven't been much help yet, and thanks for saying so. Tap 👎 under an answer "
        "that didn't help, so the knowledge base gets better. Or tell me in a few words what's going "
        "on and I'll try again.",
    },
    # "schrijf een gedicht over klanten", "tell me a joke" (stop 61): what the coach does instead
    "creative_task_redirect": {
        "nl": "Gedichten, liedjes en grapjes maak ik niet: ik ben een coach voor service aan klanten. "
        "Wel help ik je met een lastige klant, de juiste woorden of een tip voor je team. Waar loop je "
        "tegenaan?",
        "en": "I don't write poems, songs or jokes: I'm a coach for service to customers. I can help "
        "with a difficult customer, the right words or a tip for your team. What are you running into?",
    },
    # a bare number typed under an offer or menu mid-check: the statement's score (stop 53)
    "sc_number_as_score": {
        "nl": "Genoteerd als antwoord op de stelling: {value} · {label}. "
        "Wilde je een onderwerp kiezen? Tik dan op de knop.",
        "en": "Noted as your answer to the statement: {value} · {label}. "
        "Did you mean to pick a topic? Tap its button.",
    },
    # a question about a score number after the results (stop 53: "wat betekent die 2,9 nou, is dat slecht?")
    "sc_score_band": {
        "nl": "Een {score} (op een schaal van {min} tot {max}) valt bij “{title}” in de band {band}. "
        "Dit zegt die band:\n\n{feedback}",
        "en": "A {score} (on a scale of {min} to {max}) falls in the {band} band for “{title}”. "
        "This is what that band says:\n\n{feedback}",
    },
    "sc_score_is_part": {
        "nl": "Die {score} is je score op {part}.",
        "en": "That {score} is your score on {part}.",
    },
    "sc_score_is_overall": {
        "nl": "Die {score} is je gemiddelde.",
        "en": "That {score} is your overall score.",
    },
    "sc_band_low": {"nl": "laag (onder {high})", "en": "low (under {high})"},
    "sc_band_middle": {"nl": "midden (van {low} tot {high})", "en": "middle ({low} up to {high})"},
    "sc_band_high": {"nl": "hoog ({low} of meer)", "en": "high ({low} or more)"},
    # beside a score asked about that is not the user's own: theirs, with its band's short name
    # (this, "chart_middle" or the one below; stop 54)
    "sc_own_average": {
        "nl": "Jouw eigen gemiddelde voor {part} is {score} ({band}).",
        "en": "Your own average for {part} is {score} ({band}).",
    },
    "sc_band_word_low": {"nl": "laag", "en": "low"},
    "sc_band_word_high": {"nl": "hoog", "en": "high"},
    # ---- understanding faults of the tester round of stop 57 (actions/coaching.py) ----
    # an employee's tip without a topic: one practical step from an employee article
    "employee_tip": {"nl": "Een tip voor jou:", "en": "A tip for you:"},
}

DAY_NAMES = {
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}

ROLE_NAMES = {
    "nl": {"employee": "medewerker", "manager": "leidinggevende", "admin": "beheerder"},
    "en": {"employee": "employee", "manager": "manager", "admin": "admin"},
}

# Shown when nothing matched: the questions staff ask most.
TOPIC_IDS = ("angry-customer", "problem-you-cannot-solve", "saying-no-kindly", "pyramid")
# The same for a manager or admin (stored role): coaching the team (actions/knowledge.py topic_buttons).
MANAGER_TOPIC_IDS = (
    "coaching-feedback-conversation", "coaching-team-huddle", "coaching-recognition", "culture-leadership",
)  # fmt: skip


def t(key: str, lang: str | None, **values: object) -> str:
    """The text `key` in `lang` ("nl" or "en"; anything else, or a missing version: Dutch),
    with `{name}` fields filled from `values`. Raises KeyError for an unknown key."""
    texts = TEXTS[key]
    text = texts.get(lang or DEFAULT_LANGUAGE) or texts[DEFAULT_LANGUAGE]
    return text.format(**values) if values else text


def decimal(value: float, lang: str | None, digits: int = 1, sign: bool = False) -> str:
    """A number as people in `lang` write it: "3,6" in Dutch, "3.6" in English; `sign`
    adds "+" to a positive change ("+0,4"). A half rounds away from zero, as people round
    (3.25 -> "3,3"; Python's own formatting gave "3,2": tester round of stop 50)."""
    rounded = Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    text = f"{rounded:+.{digits}f}" if sign else f"{rounded:.{digits}f}"
    return text.replace(".", ",") if (lang or DEFAULT_LANGUAGE) != "en" else text


def list_words(items: Iterable[str], lang: str | None) -> str:
    """Items as a sentence names them: "A", "A en B", "A, B en C" ("A, B and C" in English)."""
    names = list(items)
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + t("and_join", lang) + names[-1]


def language_argument(word: str) -> str | None:
    """The code ("nl", "en") or AUTOMATIC a /taal or /language argument names, else None."""
    return next((code for code, words in LANGUAGE_ARGUMENTS.items() if word.lower() in words), None)


def language_of(code: str | None) -> str:
    """A client's language code (e.g. Telegram's "en-GB") as ours: Dutch first, English
    only for clients set to English."""
    return "en" if (code or "").lower().startswith("en") else "nl"
