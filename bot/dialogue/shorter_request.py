"""Does a message only ask for a shorter answer: "korter", "kan het wat korter?", "in het
kort aub", "shorter please", "too long, summary?" Right after an answer the coach gives that
article's summary. "korter" was searched and found the article on a short team huddle, and
"shorter please" was refused (tester round of stop 48).

The whole message must be made of the request and small words: "hoe hou ik het gesprek
korter" and "de rij is te lang" are questions about service.

A request for a simpler answer ("zeg het simpeler", "in gewone mensentaal", "in
jip-en-janneketaal", "explain like im 5", "eli5", "dumb it down", "plain english please", "ik
snap het niet, simpeler", Flemish "kunde da simpeler zeggen") is one too: the summary is the
article in its simplest words. They were searched, and got an offer or the article on a customer
who cannot follow (tester round of stop 52). "hoe leg ik het simpel uit aan een klant" and "de
klant wil het simpeler" are questions about service.

Asides, sighs and the way one addresses the coach are small words too: "too long tbh, shorter
pls", "pff veel te lang man", "eerlijk gezegd te lang, korter aub", "ugh tl;dr bro" (tester
round of stop 52: the first was refused). "de man aan de balie praat te lang" stays a question.

A correction of how the request was read is a request too: "nee ik bedoel korter", "no I mean
shorter" (tester round of stop 55: read as a no). So are "in één zin", "in 1 zin", "in one
sentence", "kort samengevat", "tl dr", "sum it up", also during a paused self-check, where "één"
and "1" were read as an answer to the statement (bot/selfchecks/answers.py).

Pure Python (no Rasa), used by actions/advice.py."""

from __future__ import annotations

from bot.dialogue.whole_message import made_only_of

__all__ = ["asks_for_shorter", "asks_for_simpler"]

# the request itself: at least one of these must be in the message
_REQUESTS = (
    r"korter|kortere versie|korte versie|in het kort|kort samengevat|samengevat|samenvatting|samenvatten|"
    r"vat (het|dat|dit|dat even|het even) samen|in (één|een|1) zin|in (een paar|enkele|2|3) zinnen|"
    r"in een paar woorden|te lang|veel te lang|te veel tekst|teveel tekst|"
    r"shorter|short version|shorter version|in short|in brief|briefly|summary|summarise|summarize|"
    r"the gist|in (one|1) sentence|in a few words|too long|way too long|too much text|tl;?dr|keep it short|"
    r"kortere antwoorden|korte antwoorden|kortere antwoord|shorter answers|short answers|shorter answer|"
    # more ways to ask it (tester round of stop 55): "tl dr", "sum it up", "kortom?", "beknopter"
    r"tl ?dr|tl;? ?dr|sum (?:it|that|this) up|sum up|to sum up|in a nutshell|kortom|beknopter|beknopt|"
    r"bondiger|bondig|in (?:één|een|1) (?:regel|lijn)|in (?:one|1) line|"
    # a complaint about long answers and brevity asked in other words (tester round of stop 57:
    # "ge moet mij ni zo lange teksten sturen hé, ik heb geen tijd" got the full article)
    r"(?:zo|zon|zo'n|zo n|zulke|zulk|te|veel te|van die|die|deze|al die|ellen) ?lange "
    r"(?:teksten|tekst|berichten|bericht|antwoorden|antwoord|verhalen|verhaal|uitleg|lappen tekst|lap tekst)|"
    r"(?:zo|ni zo|niet zo|nie zo|wa|wat|zo'n|zon) (?:lang|langdradig)|langdradig|ellenlang|lappen tekst|"
    r"(?:een|wat een|zo'n|zon) lap tekst|"
    r"minder (?:tekst|lang|woorden|uitleg|lezen)|kort (?:graag|aub|pls|please|houden|alsjeblieft|svp)|"
    r"(?:hou|houd|houden) (?:het|het wel|t|je antwoorden?|de antwoorden) kort|"
    r"kort en (?:bondig|krachtig|zakelijk)|"
    r"korte? (?:tekst|teksten|berichten|bericht|uitleg)|(?:een|in het|ff|even) kort(?:e)?|"
    r"(?:so|such|these|those|really|very|super) long (?:texts?|messages?|answers?|replies|walls of text)|"
    r"long (?:texts|messages|answers|replies)|wall of text|walls of text|too wordy|(?:so|way too|too) wordy|"
    r"less (?:text|words|reading)|fewer words|(?:keep it|be) (?:brief|short|snappy)|brief please|"
    r"short (?:please|pls|plz)|shorter (?:texts|messages|replies)|too much (?:to read|reading)|"
    r"(?:not|no) (?:so|such) long"
)
# what may stand around it: requests, fillers and small words
_AROUND = (
    r"kan|kun|kunt|je|jij|u|het|dat|dit|is|wat|iets|een|beetje|nog|even|effe|ff|wel|graag|aub|a\.u\.b|"
    r"alsjeblieft|alstublieft|pls|plz|please|svp|ok|oké|oke|okay|mag|maak|maken|om|te|lezen|geef|geven|"
    r"me|mij|de|van|maar|hoor|nou|zo|dus|sorry|"
    r"can|could|you|make|it|that|this|a|bit|little|bit|just|give|me|the|version|of|to|read|"
    r"didn'?t|didnt|i|is|was|way|much|thanks|thx|so|please|pls|now|again|and|en|or|of|"
    # Flemish and "from now on" (tester round of stop 49: "kan da korter?" opened the article on
    # a short team huddle; "kun je voortaan kortere antwoorden geven?" got an offer)
    r"da|ge|gij|kunde|kunnen|efkes|eens|ne|voortaan|altijd|vanaf nu|from now on|always|give|answers?|"
    r"keep|your|je|jouw|antwoord|antwoorden|houden|hou|"
    # verbs of saying and the asker's hurry (tester rounds of stops 50 and 51: "kunde da efkes
    # korter zeggen" got "geen goed antwoord", "shorter pls, I have like 10 seconds" a new article)
    r"zeggen|zeg|uitleggen|opschrijven|schrijven|say|put|write|explain|tell|"
    r"ik|heb|maar|geen|weinig|tijd|haast|seconden|minuten|minuutje|i|have|got|like|only|no|time|im|i'm|am|"
    r"seconds|second|secs|sec|minutes|minute|mins|min|hurry|in a hurry|rush|\d+|"
    r"per|principe|principle|tip|punt|point|"
    # asides, sighs and the way one addresses the coach (tester round of stop 52: "too long tbh,
    # shorter pls" was refused)
    r"tbh|to be honest|honestly|honest|eerlijk gezegd|eerlijk|gezegd|om eerlijk te zijn|serieus|seriously|"
    r"echt|really|wel|toch|hè|hé|zeg|allee|amai|oei|oef|jeetje|jee|jeez|geez|omg|lol|lmao|haha+|hihi|xd|"
    r"pf+|u+g+h+|urgh|argh|zucht|sigh|meh|h+m+|e+u*h+m*|tja|man|bro|dude|mate|gast|joh|jong|maat|"
    r"kerel|buddy|coach|bot|btw|trouwens|tho|though|kinda|sort of|a lot|heel|erg|veel|wa|wat|best|"
    # a correction of how the request was read (tester round of stop 55: "nee ik bedoel korter"
    # got "Geen probleem. Ik ben er als je me nodig hebt.")
    r"nee|neen|nope|nah|no|ik bedoel|ik bedoelde|bedoel|bedoelde|ik zei|zei ik|i mean|i meant|mean|meant|"
    r"i said|said|"
    # the complaint around it (stop 57): "ge moet mij ni zo lange teksten sturen", "stop sending me
    # such long texts", "your answers are way too long", "I don't have time for long messages"
    r"moet|moogt|mogen|moet je|moete|ni|nie|niet|sturen|stuur|sturen|zenden|schrijft|schrijven|geeft|"
    r"stop|stoppen|met|die|deze|al|zijn|altijd|steeds|echt|zo|zulke|voor|dat|lees|toch|nooit|"
    r"send|sending|sent|stop|your|are|were|is|those|these|such|for|don'?t|dont|do|not|never|write|writing|"
    r"reply|replies|messages|texts|read|reading|time|way|please|just|can'?t|cant|really|an|essay|essays|"
    r"waarom|why|jij|stuurt|you|always"
)
_REQUEST, _ONLY = made_only_of(_REQUESTS, _AROUND)

# a simpler answer (tester round of stop 52): at least one of these must be in the message
_SIMPLER = (
    r"simpeler|eenvoudiger|makkelijker|gemakkelijker|begrijpelijker|duidelijker|"
    r"simpel(?:\s+(?:zeggen|uitleggen|houden|verwoorden|maken|opschrijven))|"
    r"minder (?:moeilijk|ingewikkeld|complex|technisch|vaag)|zonder (?:moeilijke woorden|(?:vak)?jargon)|"
    r"te (?:moeilijk|ingewikkeld|complex|technisch|abstract|hoog gegrepen)|"
    r"in (?:gewone|normale|simpele|simpelere|eenvoudige|eenvoudigere|makkelijke|makkelijkere|"
    r"gemakkelijke|gemakkelijkere|begrijpelijke|duidelijke|duidelijkere|jip[- ]en[- ]janneke)\s*"
    r"(?:mensentaal|taal|woorden|nederlands|termen|zinnen)|"
    r"in mensentaal|mensentaal|jip[- ]?en[- ]?janneke[- ]?taal|jip[- ]en[- ]janneke|"
    r"voor (?:dummies|een kind|een kleuter)|aan een kleuter|"
    r"alsof ik (?:5|vijf|een kind|een kleuter|(?:5|vijf) jaar(?: oud)?|(?:5|vijf) ben)(?: ben)?|"
    r"simpler|more simply|easier|more plainly|plainer|clearer|"
    r"(?:explain|say|put|tell)(?: (?:it|that|this))?(?: to me)? (?:more )?(?:simply|plainly)|"
    r"in (?:simple|simpler|plain|plainer|easy|easier|normal|everyday|human|basic|layman'?s?|lay|kid|"
    r"clear|clearer)\s+(?:words|terms|english|language|dutch|speak)|"
    r"plain (?:english|language|words|dutch)|simple (?:english|words|terms|language)|"
    r"layman'?s terms|for dummies|for a (?:child|kid|5 year old|five year old|5-year-old|five-year-old)|"
    r"(?:like|as if|as though) (?:i'?m|im|i am) (?:5|five|a (?:child|kid|5 year old|five year old|"
    r"5-year-old|five-year-old))|eli ?5|elif|"
    r"dumb (?:it|that|this) down|keep it simple|make it simple|"
    r"too (?:complicated|complex|difficult|technical|abstract|confusing)|"
    r"less (?:complicated|complex|difficult|technical|jargon)|without (?:the )?jargon"
)
# what may stand around it besides the shorter request's small words: "I don't get it",
# "ik snap het niet", "leg het simpeler uit"
_SIMPLER_AROUND = (
    _AROUND + r"|ik snap (?:het|dat|er) niet|ik snap er (?:niks|niets) van|snap (?:het|dat|ik) niet|"
    r"ik begrijp (?:het|dat|er) niet|begrijp (?:het|dat|ik) niet|ik volg (?:het|je|u)? ?niet|"
    r"versta (?:ik|het) niet|ik verstaan? (?:het|da|dat) niet|snapte|"
    r"i don'?t (?:get|understand|follow)(?: (?:it|that|this|you))?|i dont (?:get|understand|follow)"
    r"(?: (?:it|that|this|you))?|didn'?t get (?:it|that)|(?:i'?m|im|i am) (?:confused|lost)|confused|lost|"
    r"huh|hè|wat|wa|what|leg|uit|voor|in|words|woorden|mensen|more|veel|heel|lot|much|"
    r"zeggen|zeg|uitleggen|explain|say|put|"
    r"nog|wat|een|keer|once|more|again|opnieuw|anders|differently|"
    r"doe|doen|do|try|probeer|proberen|"
    r"simpel|simple|simply|eenvoudig|makkelijk|gemakkelijk|easy|plain"
)
_SIMPLER_REQUEST, _SIMPLER_ONLY = made_only_of(_SIMPLER, _SIMPLER_AROUND + "|" + _REQUESTS)


def asks_for_shorter(text: str | None) -> bool:
    """True when `text` only asks for a shorter answer ("korter", "kan het wat korter?",
    "shorter please", "tl;dr") or a simpler one (`asks_for_simpler`: "zeg het simpeler",
    "eli5"); False when it says anything else."""
    if not text or len(text) > 80:
        return False
    return bool(_REQUEST.search(text) and _ONLY.match(text)) or asks_for_simpler(text)


def asks_for_simpler(text: str | None) -> bool:
    """True when `text` only asks for a simpler answer ("zeg het simpeler", "in gewone
    mensentaal", "explain like im 5", "dumb it down", "ik snap het niet, simpeler"), maybe a
    shorter one too ("korter en simpeler aub"); False when it says anything else ("hoe leg ik
    het simpel uit aan een klant"; tester round of stop 52)."""
    if not text or len(text) > 80:
        return False
    return bool(_SIMPLER_REQUEST.search(text) and _SIMPLER_ONLY.match(text))
