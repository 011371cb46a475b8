"""A message that only introduces its sender ("goeiemorgen, ik ben teamleider van een
supermarkt", "hallo ik ben Sanne en ik werk in de thuiszorg", "hi, I'm a team lead at a call
centre"): like an announced question (bot/dialogue/announced_question.py) there is nothing to
search for yet. The coach searched the words and offered unrelated articles or said it had no
answer (tester round of stop 40). Pure Python (no Rasa)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.dialogue.announced_question import GREETING, announces_a_question
from bot.selfchecks.asking import asks_to_do_a_selfcheck
from bot.selfchecks.leaders import says_to_lead_a_team

# Words that make "ik ben ..." a feeling or a state, not who one is ("ik ben boos", "ik ben
# het zat", "I'm tired"): such a message is about something and is searched as any other.
_STATE = (
    r"(?:het|er|echt|zo|heel|erg|best|nog|al|niet|ni|nie|helemaal|gewoon|bang|boos|moe|kapot|op|klaar|"
    r"ziek|blij|bezorgd|gestrest|overstuur|verdrietig|teleurgesteld|gefrustreerd|wanhopig|nerveus|"
    r"zenuwachtig|onzeker|bezig|kwijt|vergeten|te\s+laat|so|very|really|not|tired|angry|sad|upset|"
    r"stressed|scared|afraid|worried|done|fed|sick|exhausted|frustrated|confused|lost|stuck|late|sorry|"
    r"burnt|burned|overwhelmed|nervous|unsure|going|trying|looking|having|getting|dealing|zwanger|over|under|"
    r"eerder|later|beter|better|slechter|minder|meer|more|weer|zeker|wakker|sneller|langer|verder|never|ever|"
    r"after|under|eruit|weg|away|off)\b"
)
# Words said beside who one is: "ik ben zelf de leidinggevende", "ik ben ook teamleider", "I'm
# actually the manager" (tester round of stop 53: refused)
_ASIDE = r"(?:zelf|ook|eigenlijk|trouwens|dus|juist|wel|also|actually|myself|just|btw)"
# What one is: a name (capitalised), a role (a noun of a trade or a function) or new.
_ROLE = (
    r"(?:(?-i:[A-Z])\w+|\w*(?:leider|leidster|medewerker|medewerkster|manager|kundige|hulp|coach|stagiair|"
    r"leidinggevende|verantwoordelijke|coördinator|coordinator|supervisor|"
    r"stagiaire|student|studente|baas|chef|ober|kok|agent|chauffeur|verzorgende|assistent|assistente|"
    r"ière|nurse|lead|trainee|intern|er|or|ist|iste|ista|ant|ent|eur|euse|ster|aar|ier|bediende|clerk|concierge|"
    r"host|hostess|steward|stewardess|guard|cook|maid|admin)|nieuwe?|new|"
    r"hoofd|eigena(?:ar|res)|owner|head(?=\s+of\b))\b"
)
# A word naming the trade before a job noun ("schade", "insurance call center"): a word, no
# article, preposition or state word ("ik ben gisteren door een bezoeker ..." is no job).
_WORD = r"[^\W\d_][\w'-]*"
_MODIFIER = (
    rf"(?!{_STATE}|(?:door|van|met|bij|op|aan|in|voor|naar|om|over|tegen|uit|by|with|to|for|from|of|at|on|"
    rf"about|een|de|het|a|an|the|en|and|gisteren|vandaag|yesterday|today)\b){_WORD}"
)
# A desk or a workplace one stands or sits at ("de balie", "de kassa", "een bakkerij", "de poli"); a
# compound names the trade ("autoverhuurbalie", "ziekenhuisreceptie").
_DESK = (
    r"\w*(?:balie|receptie|kassa|loket|klantenservice|telefoon|helpdesk|servicedesk|bar|desk|toonbank|toog|onthaal"
    r"|winkel|bakkerij|apotheek|salon|kapsalon|ziekenhuis|poli|polikliniek|hotel|restaurant|café|cafe|frituur"
    r"|garage|showroom|supermarkt|callcenter|kantoor|gemeentehuis|bibliotheek|museum|praktijk|kliniek|filiaal"
    r"|shop|store|hospital|clinic|pharmacy|bakery|call\s+centre|call\s+center)"
)
# What "... hier" must not start with: "druk hier", "het is hier ...", "niemand hier".
_NOT_WHO_HERE = (
    r"(?:het|er|is|was|it|there|alles|everything|niks|niets|nothing|niemand|iedereen|nobody|everyone|"
    r"druk|busy|rustig|quiet|chaos|gekkenhuis|warm|koud|cold|hot|stil|gezellig|zo|so|ook|also|"
    r"wat|what|wie|who|hoe|how|ik|i|je|jij|you|we|wij|zij|ze|hij|he|she|they|weg|away|kom|come|"
    r"mijn|my|onze|ons|our|deze|die|dit|this|that|these|those|let'?s|laten|stop\w*|klaar|done|genoeg|enough|"
    r"ok|oke|oké|okay|tot|till|until|alleen|only|just|nog|still|even|ff|wacht|wait|blijf|stay|kijk|look|"
    r"klik|click|kan|can|mag|may|niet|not|no|geen|sta|zit|ben|am|werk|work)\b"
)
# A job named alone, as a clause beside who one is: "bram hier, fietsenmaker, ik sta ...".
_BARE_ROLE = rf"(?:(?:een|a|an)\s+)?(?:{_MODIFIER}\s+){{0,2}}{_ROLE}"
# A clause that says who one is or where one works. "ik ben <role or name>" must not start
# with a state word; a clause is at most eight words, so a story does not pass as one.
_WHO = (
    rf"(?:ik\s+ben|i\s+am|i'?m|im)\s+(?!{_STATE})(?:(?:een|de|a|an|the|nu|now|hier|here|nog|{_ASIDE})\s+)*"
    rf"(?:nieuwe?\s+|new\s+)?(?:(?:team|shift|ploeg|store|shop|winkel|floor|duty|desk|afdelings|filiaal|sales|service|night|nacht|head|assistant|hoofd)\s*)?"
    # up to three words naming the trade before the job noun: "an insurance call center agent"
    # (fresh tester of stop 68: refused)
    rf"(?:{_MODIFIER}\s+){{0,3}}{_ROLE}(?:[\s,]+\S+){{0,7}}?"
    # "bram hier", "nachtportier hier", "museum kassa here": a name, a job or a desk, then "hier"
    rf"|(?!{_NOT_WHO_HERE}){_WORD}(?:\s+{_WORD}){{0,2}}\s+(?:hier|here)(?:[\s,]+\S+){{0,5}}?"
    # "ik doe de onthaal (bij ne dierenkliniek)", "ik doe de kassa", "I do the front desk", "I run the
    # reception": the job one does
    r"|(?:ik\s+doe|i\s+(?:do|run|work|handle|man))\s+(?:meestal\s+|vooral\s+|usually\s+|mostly\s+)?"
    r"(?:de|het|ne|nen|den|the)\s+\S+(?:\s+\S+){0,6}?"
    r"|(?:ik\s+werk|i\s+work)\s+(?:als|in|bij|aan|op|voor|at|as|for|on)\s+\S+(?:\s+\S+){0,7}?"
    # where one stands or sits at work: "ik sta bij de receptie (van een hotel)", "ik zit op de
    # klantenservice", "I'm at the front desk" (tester round of stop 65: the help list)
    # a word naming the trade may come before the desk and more words where it is after it: "ik sta bij een
    # autoverhuur balie op schiphol", "ik zit aan de balie van de poli in het ziekenhuis", "k sta in ne
    # frituur" (fresh tester of stop 69: an offer, a refusal)
    r"|(?:ik\s+(?:sta|zit|werk)|'?k\s*(?:sta|zit|werk)|i\s+(?:sit|stand))\s+"
    r"(?:(?:meestal|vaak|altijd|vooral|soms|usually|mostly|often|always)\s+)?"
    r"(?:bij|aan|op|achter|in|at|on|behind)\s+(?:de|het|the|a|een|ne|den|'?n)\s+"
    rf"(?:{_MODIFIER}\s+){{0,2}}"
    rf"(?:{_DESK}|front\s+desk|reception|counter|checkout|till|phones?|register)(?:\s+\S+){{0,7}}?"
    r"|(?:i'?m|im|i\s+am)\s+(?:at|on|behind)\s+(?:the\s+)?(?:front\s+desk|desk|reception|counter|checkout"
    r"|till|phones?|register|helpdesk|service\s+desk)(?:\s+\S+){0,5}?"
    r"|(?:mijn\s+naam\s+is|my\s+name\s+is|ik\s+heet)\s+\S+(?:\s+\S+){0,2}?"
)
# A short clause beside who one is that tells about the team or the place: "12 man personeel",
# "veel studenten", "we zijn met z'n achten", "team of 12", "mostly students" (fresh tester of
# stop 67: "ik ben teamleider in een bioscoop, 12 man personeel, veel studenten" had no answer).
_TEAM_WORD = (
    r"(?:man|mensen|medewerkers|collega'?s|personeel|mannen|vrouwen|studenten|scholieren|jongeren|"
    r"vrijwilligers|parttimers|uitzendkrachten|stagiairs|krachten|fte|people|staff|employees|colleagues|"
    r"students|volunteers|part-?timers|teenagers|members|leden|filialen|vestigingen|locaties|stores|shops|"
    r"branches|sites|winkels|balies|kassa'?s|jaar|years?|maanden|months|weken|weeks)"
)
_TEAM_CLAUSE = (
    r"(?:(?:met|with|en|and|ook|also|van|of|sinds|since|for|voor|al|already|nu|now|"
    r"(?:we|wij)\s+(?:zijn|are)\s+(?:met\s+)?|(?:ik\s+heb|i\s+have|i've\s+got|heb)\s+)\s*)*"
    r"(?:(?:een\s+)?(?:team|ploeg|groep|crew)\s+(?:van|of)\s+)?"
    r"(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|"
    r"veel|vooral|meest(?:al)?|allemaal|many|mostly|lots\s+of|a\s+lot\s+of|some|a\s+few|few|paar|"
    r"z'?n\s+\w+|a|an)(?:\s+(?:man|vaste|jonge|eigen|nieuwe|young|new|full-?time|part-?time))?\s+{team}"
    r"(?:\s+(?:personeel|in\s+totaal|totaal|onder\s+me|under\s+me|in\s+(?:mijn|my|het|the)\s+team|in\s+dienst"
    r"|per\s+(?:dienst|shift)|op\s+de\s+vloer|on\s+the\s+floor|in\s+total"
    # where the team works: "team van 14 man aan de telefoon" (fresh tester of stop 69: an offer)
    r"|(?:aan|op|in|achter|bij|at|on|behind)\s+(?:de|het|the|een|a)\s+(?:telefoon|lijn|vloer|kassa|balie|winkel"
    r"|zaak|receptie|phones?|lines?|floor|desk|counter|store|shop)))?"
)
_INTRODUCTION = re.compile(
    rf"^{GREETING}(?:{_WHO})(?:\s*(?:,|\ben\b|\band\b|\.)\s*(?:{_WHO}|{_BARE_ROLE})){{0,2}}"
    r"(?:[\s,]+(?:hier|here|sinds\s+\S+(?:\s+\S+)?))?"
    + rf"(?:\s*[,.;]\s*{_TEAM_CLAUSE.format(team=_TEAM_WORD)}){{0,3}}"
    + r"[\s!.]*$",
    re.IGNORECASE,
)
# Words that show there is something to search for after all: a question or a problem.
_SOMETHING_ASKED = re.compile(
    r"\?|\b(?:hoe|wat|waarom|wanneer|welke|wie|kan|kun|moet|mag|help|how|what|why|when|which|"
    r"should|can|could|klant\w*|cliënt\w*|client\w*|gast|gasten|beller\w*|customer\w*|guest\w*|caller\w*|"
    r"die|dat|omdat|want|maar|who|that|because|but|probleem|problem|klacht\w*|complain\w*|boos|boze|kwaad|woedend|agressie\w*|agressief|onbeschoft|angry|furious|rude|mad|schreeuw\w*|yell\w*|niet|not|geen|no)\b",
    re.IGNORECASE,
)
# "As I said" around an introduction says it again, it asks nothing: "ik ben teamleider, dat zei
# ik toch al", "zoals ik al zei: ik ben manager", "I'm a team lead, like I said".
_SAID_BEFORE = (
    r"(?:dat\s+(?:zei|zeg|vertelde|schreef)\s+ik\s+(?:je\s+|u\s+)?(?:toch\s+|net\s+|al\s+)*"
    r"(?:al|net|eerder|daarnet|daarstraks|zonet|toch)"
    r"|zoals\s+(?:ik\s+)?(?:al\s+|net\s+|eerder\s+)?(?:ik\s+)?(?:zei|zeg|vertelde|schreef|gezegd)"
    r"|(?:ik\s+)?zei\s+(?:het\s+)?(?:toch\s+)?(?:al|net)"
    r"|(?:as|like)\s+i\s+(?:already\s+|just\s+)?(?:said|told\s+you|mentioned|wrote)"
    r"(?:\s+(?:before|earlier|already))?"
    r"|i\s+(?:already\s+|just\s+)?(?:told\s+you|said)(?:\s+(?:that|before|already))?"
    r"|(?:weet\s+je\s+nog|remember)|nogmaals|again|for\s+the\s+record)"
)
_SAID_BEFORE_AFTER = re.compile(rf"[\s,;:.!-]+{_SAID_BEFORE}[\s!.]*$", re.IGNORECASE)
_SAID_BEFORE_FIRST = re.compile(rf"^{_SAID_BEFORE}[\s,;:.!-]+", re.IGNORECASE)
# Where one works, named after its customers ("het klantcontactcentrum van de gemeente", "de
# klantenservice", "customer service"): a place, not a customer, so no question either.
_CUSTOMER_DESK = re.compile(
    r"\b(?:klant(?:en)?(?:contact\w*|service\w*|dienst\w*|balie\w*|desk\w*|centrum|center)"
    r"|cli[eë]nt(?:en)?(?:service|dienst|balie)\w*"
    r"|(?:customer|client|guest)\s+(?:service|services|care|support|contact|relations|experience)"
    r"(?:\s+(?:centre|center|desk|department|team))?)\b",
    re.IGNORECASE,
)
# A leading role named anywhere: only to tell that "Ik ben Manager" gives no name.
_LEADER = re.compile(
    r"(?:\w*leider|\w*leidster|\w*leader|\w*manager|leidinggevende|\w*verantwoordelijke|chef|baas|supervisor|"
    r"coördinator|coordinator|"
    r"hoofd|directeur|director|eigenaar|owner|lead|leader|teamlead|head)\b",
    re.IGNORECASE,
)


# A name said: capitalised after "ik ben" / "I'm", any word after "mijn naam is" / "ik heet"
# / "my name is" (tester round of stop 42: the welcome did not use it).
_NAMED = re.compile(
    r"\b(?:(?:ik\s+ben|i\s+am|i'?m|im)\s+((?-i:[A-Z])[^\W\d_]+)"
    r"|^(?:\W*\w+[\s,!.]+)?((?-i:[A-Z])[^\W\d_]+)\s+(?:hier|here)\b"
    r"|(?:mijn\s+naam\s+is|my\s+name\s+is|ik\s+heet|call\s+me|noem\s+me)\s+([^\W\d_]+))",
    re.IGNORECASE,
)
_NO_NAME = frozenset(
    str.split("nieuw nieuwe new de het een the a an hier here nu now nog still ook also gewoon just")
)


@dataclass(frozen=True)
class Introduction:
    """Who the sender said they are. `leads_a_team`: the sender says they hold a leading role
    (teamleider, manager, chef, supervisor, head of ...), read as the self-checks read it
    (bot/selfchecks/leaders.py), so that the welcome and the self-checks offered agree;
    `name`: the first name given ("Sanne"), capitalised, or None; `asks_what_i_do`: the
    message asks as well what the coach can do ("..., wat kun je voor me doen",
    `introduction_with_help_question`); `tests_an_article`: the sender wants to try an article
    of theirs ("ik ben beheerder en wil checken of mijn nieuwe artikel werkt",
    `introduction_testing_an_article`)."""

    leads_a_team: bool
    name: str | None = None
    asks_what_i_do: bool = False
    announces_a_question: bool = False
    tests_an_article: bool = False


# "What can you do (for me)?" as people ask it beside an introduction (the help intent's
# examples, data/nlu/chitchat.yml, in more words): "wat kun je voor me doen", "waarmee kun je me
# helpen", "wa kunde gij", "what can u help me with", "how can you help me", "what do you do".
_YOU = r"(?:je|jij|u|ge|gij|you|ya|ye)"
_FOR_ME = (
    r"(?:\s+(?:allemaal|eigenlijk|precies|dan|zoal|zo|all|exactly|actually))*"
    r"(?:\s+(?:voor|for)\s+(?:me|mij|ons|us))?"
)
_HELP_QUESTION = re.compile(
    r"^(?:(?:en|and|so|dus|maar|but|ok|oke|oké|okay)\s+)*(?:"
    rf"wa[t]?\s+(?:kun|kan|kunt|kunde|zou)\s+{_YOU}{_FOR_ME}(?:\s+(?:doen|betekenen|voor\s+me\s+doen))?"
    rf"|wa[t]?\s+kunde(?:\s+gij)?{_FOR_ME}(?:\s+doen)?"
    rf"|(?:waarmee|waar\s+mee|hoe)\s+(?:kun|kan|kunt|kunde)\s+{_YOU}"
    r"(?:\s+(?:me|mij|ons)(?:\s+\w+)?)?\s+(?:mee\s+)?helpen"
    rf"|waar\s+(?:kun|kan|kunt)\s+{_YOU}\s+(?:me|mij|ons)(?:\s+allemaal)?\s+mee\s+helpen"
    rf"|wat\s+(?:doe|doet)\s+{_YOU}(?:\s+(?:allemaal|eigenlijk|precies|zoal))*"
    r"|wat\s+kan\s+ik\s+(?:hier\s+|allemaal\s+)*(?:met\s+(?:je|jou|u)|(?:je|jou|u)\s+vragen|vragen|mee)(?:\s+\w+)?"
    r"|wat\s+heb\s+ik\s+aan\s+(?:je|jou|u)"
    rf"|what\s+(?:can|could)\s+{_YOU}\s+(?:do|help(?:\s+(?:me|us))?(?:\s+with)?){_FOR_ME}"
    rf"|what\s+(?:do|can)\s+{_YOU}\s+do(?:\s+(?:exactly|actually))?{_FOR_ME}"
    rf"|how\s+(?:can|could|do)\s+{_YOU}\s+help(?:\s+(?:me|us))?"
    r"|what\s+can\s+i\s+(?:ask|do)(?:\s+(?:you|here|with\s+you))?"
    r"|what\s+are\s+you\s+(?:for|good\s+for|able\s+to\s+do)"
    r")(?:\s+(?:eigenlijk|allemaal|precies|dan|hier|here|then|exactly|actually|please|pls|graag|he|hé|nou))*$",
    re.IGNORECASE,
)
# A clause that only asks for a language or says one is not spoken ("english only sorry", "in
# het Engels graag", "i dont speak dutch"): the language is set elsewhere (actions/language.py);
# beside an introduction it is no question for the knowledge base.
_LANGUAGE_ONLY = re.compile(
    r"^(?:(?:sorry|sry|pls|please|graag|aub|maar|but|and|en|ok|only|just|alleen|enkel|liefst|liever|in|het|"
    r"i|ik|do|dont|don't|do\s+not|cant|can't|cannot|no|not|geen|spreek|speak|versta|understand|read|lees|"
    r"klap|praat|talk|kan|ken|a\s+word\s+of|gene|nie|niet)\s+)*"
    r"(?:english|engels|dutch|nederlands|vlaams|flemish)"
    r"(?:\s+(?:only|alleen|enkel|please|pls|plz|graag|aub|sorry|sry|svp|niet|nie|thanks|thx))*$",
    re.IGNORECASE,
)
# A clause that says how well the sender speaks a language ("my Dutch is so-so", "mijn Engels is
# niet zo goed", "I speak a bit of Dutch"): beside an introduction no question either (tester
# round of stop 54: "hey! I'm a shift lead at a koffiezaak chain in Utrecht, my Dutch is so-so.
# what can u do?" was refused).
_LANGUAGE_LEVEL = re.compile(
    r"^(?:(?:but|and|maar|en|sorry|tbh|btw|also|ook)\s+)*(?:"
    r"(?:my|mijn|me)\s+(?:english|engels|dutch|nederlands|vlaams|flemish)\s+(?:is|isnt|isn't|is\s+not|aint)\b"
    r"(?:\s+\S+){0,4}"
    r"|(?:i|ik)\s+(?:only\s+)?(?:speak|spreek|understand|versta|know|ken|read|lees)\s+(?:only\s+|maar\s+)?"
    r"(?:a\s+(?:bit|little)\s+(?:of\s+)?|some\s+|een\s+beetje\s+|wat\s+|weinig\s+|basic\s+|a\s+little\s+)"
    r"(?:english|engels|dutch|nederlands)"
    r")$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"\s*[,.;:!?]+\s*")


def introduction_with_help_question(text: str | None) -> Introduction | None:
    """The introduction a message makes that asks as well what the coach can do: "hoi ik werk
    aan de balie bij een fysiotherapiepraktijk, wat kun je voor me doen", "hi im the night
    porter at a hotel, english only sorry. what can u help me with" (tester round of stop 53:
    refused). The clauses asking (`_HELP_QUESTION`) and those that only name a language
    (`_LANGUAGE_ONLY`) are set aside, what is left must be an introduction (`introduction`).
    None when no clause asks what the coach can do, or what is left asks or tells more ("ik ben
    kassière, wat kun je doen als een klant schreeuwt": a question)."""
    said = " ".join((text or "").split())
    parts = [p for p in _CLAUSE_END.split(said) if p]
    if len(parts) == 1:  # "ik ben nieuw hier wat kun je": the question may follow without a comma
        found = re.search(r"\s(?=(?:en\s+|and\s+|so\s+|dus\s+)?(?:wat?|waarmee|waar|hoe|what|how)\s)", said)
        parts = [said[: found.start()], said[found.end() :]] if found else parts
    asking = [p for p in parts if _HELP_QUESTION.match(p)]
    rest = [
        p
        for p in parts
        if not _HELP_QUESTION.match(p) and not _LANGUAGE_ONLY.match(p) and not _LANGUAGE_LEVEL.match(p)
    ]
    if not asking or not rest:
        return None
    said_of_self = introduction(", ".join(rest))
    if said_of_self is None:
        return None
    return Introduction(said_of_self.leads_a_team, said_of_self.name, asks_what_i_do=True)


# an announcement after an introduction without a comma: "ik ben nieuw hier mag ik iets vragen"
_ANNOUNCEMENT_START = re.compile(
    r"\s(?=(?:en\s+|and\s+|so\s+|dus\s+)?(?:(?:mag|kan|kun|zou)\s+ik\s|(?:ik\s+heb|kheb)\s+(?:een|'?n|ff|even)\s+vraag"
    r"|(?:can|could|may)\s+i\s+ask|i\s+have\s+a\s+question))",
    re.IGNORECASE,
)


def introduction_with_announcement(text: str | None) -> Introduction | None:
    """The introduction a message makes that announces a question as well, without asking it:
    "hoi ik werk bij de apotheek aan de balie, mag ik iets vragen", "hi, I'm a waiter, can I ask
    you something?" (tester round of stop 64: the help list). The clause that announces
    (bot/dialogue/announced_question.py) is set aside, what is left must be an introduction.
    None when no clause announces a question, or what is left asks or tells more."""
    said = " ".join((text or "").split())
    parts = [p for p in _CLAUSE_END.split(said) if p]
    if len(parts) == 1:
        found = _ANNOUNCEMENT_START.search(said)
        parts = [said[: found.start()], said[found.end() :]] if found else parts
    announcing = [p for p in parts if announces_a_question(p)]
    rest = [p for p in parts if not announces_a_question(p)]
    if not announcing or not rest:
        return None
    said_of_self = introduction(", ".join(rest))
    if said_of_self is None or said_of_self.asks_what_i_do:
        return None
    return Introduction(said_of_self.leads_a_team, said_of_self.name, announces_a_question=True)


# "... en wil checken of mijn nieuwe artikel werkt", "and I want to test my new article": an
# administrator (or writer) who wants to try an article of theirs (fresh tester of stop 68: the
# admin's first message was refused).
_TESTS_ARTICLE = re.compile(
    r"[\s,.;]*\b(?:(?:en|and)\s+)?(?:ik\s+|i\s+)?(?:wil|wou|ga|kom|want\s+to|would\s+like\s+to|'?d\s+like\s+to"
    r"|am\s+going\s+to)\s+(?:even\s+|ff\s+|graag\s+|eens\s+|just\s+|quickly\s+)*"
    r"(?:checken|testen|kijken|zien|proberen|nagaan|controleren|uitproberen|check|test|see|try(?:\s+out)?|verify)"
    r"\s+(?:(?:of|if|whether|how|hoe)\s+)?(?:mijn|my|ons|onze|our|het|de|the|een|a|dat|that)\s+"
    r"(?:(?:nieuwe|new|eigen|own|aangepaste|edited)\s+)*"
    r"(?:artikel|artikels|artikelen|article|articles|tekst|text|kennisartikel|kennisbank|knowledge(?:\s+base)?|"
    r"kennis|content)\b(?:\s+(?:over|about|on)(?:\s+\S+){1,4}?)?"
    r"(?:\s+(?:werkt|werken|works|work|goed\s+werkt|gevonden\s+wordt|wordt\s+gevonden|is\s+found|gets\s+found|"
    r"doet|does|klopt))?[\s!.]*$",
    re.IGNORECASE,
)


def introduction_testing_an_article(text: str | None) -> Introduction | None:
    """The introduction a message makes that says as well that the sender wants to try an article
    of theirs: "hoi, ik ben beheerder en wil checken of mijn nieuwe artikel werkt", "hi, I'm the
    admin and want to test my new article". The clause is set aside, what is left must be an
    introduction. None otherwise."""
    said = " ".join((text or "").split())
    found = _TESTS_ARTICLE.search(said)
    if not found or found.start() == 0:
        return None
    said_of_self = introduction(said[: found.start()])
    if said_of_self is None or said_of_self.asks_what_i_do or said_of_self.announces_a_question:
        return None
    return Introduction(said_of_self.leads_a_team, said_of_self.name, tests_an_article=True)


def introduction(text: str | None) -> Introduction | None:
    """The introduction the whole message makes, or None when it asks or tells something
    else (a question, a customer, a problem, a feeling: "ik ben boos"), or asks for a
    self-check too: "ik ben teamleider en wil graag de zelfscan doen" got only a welcome, and no
    self-check (tester round of stop 52); such a message is a request for a self-check, made
    with the role said (actions/selfcheck.py `answered_as_role_and_selfcheck_request`). One
    that asks as well what the coach can do is an introduction with `asks_what_i_do`
    (`introduction_with_help_question`), one that announces a question one with
    `announces_a_question` (`introduction_with_announcement`)."""
    said = " ".join((text or "").split())
    with_question = introduction_with_help_question(said) if said else None
    if with_question is not None:
        return with_question
    with_announcement = introduction_with_announcement(said) if said else None
    if with_announcement is not None:  # "hoi ik werk bij de apotheek, mag ik iets vragen"
        return with_announcement
    testing = introduction_testing_an_article(said) if said else None
    if testing is not None:  # "hoi, ik ben beheerder en wil checken of mijn nieuwe artikel werkt"
        return testing
    said = _SAID_BEFORE_FIRST.sub("", _SAID_BEFORE_AFTER.sub("", said))  # "..., dat zei ik toch al"
    if not said or not _INTRODUCTION.match(said) or _SOMETHING_ASKED.search(_CUSTOMER_DESK.sub(" ", said)):
        return None
    if asks_to_do_a_selfcheck(said):
        return None
    return Introduction(leads_a_team=says_to_lead_a_team(said), name=_name_in(said))


def _name_in(said: str) -> str | None:
    found = _NAMED.search(said)
    word = (found.group(1) or found.group(2) or found.group(3)) if found else None
    if not word or word.lower() in _NO_NAME or _LEADER.fullmatch(word) or len(word) > 20:
        return None
    return word[0].upper() + word[1:]
