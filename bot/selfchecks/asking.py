"""Does a message ask for a self-check at all? NLU reads "mag ik zelf een korting geven" as
start_selfcheck ("zelf" sounds like "zelftest"); a request for a self-check names one: a
self-check word ("zelftest", "vragenlijst", "quiz", "scan", "toets", "assess myself") or
the title of a check. A message that names none is a question, and the start action
answers it as one."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from typing import TypeVar

from bot.content.served import SERVED_WORDS, names_someone_served
from bot.selfchecks.leaders import roles_said_at
from bot.selfchecks.stopping import asks_to_stop

_SELFCHECK_WORDS = re.compile(
    r"zelf ?(test|scan|check|evaluatie|onderzoek|beoordeling)\w*|"
    r"self[- ]?(check|test|assess|evaluat|scan)\w*|"
    r"\w*(test|toets|scan|quiz|vragenlijst|questionnaire|assessment)\w*|\bcheck\w*|"
    r"\bassess (my|me|myself)\b|\b(score|rate|evaluate|measure) (me|myself|my service)\b|"
    r"\b(meet|beoordeel|evalueer|toets|test) (mij|me|mezelf)\b|"
    r"\bhoe (goed|klantgericht|servicegericht) ben ik\b|"
    r"\bhow (good|customer[- ]focused|service[- ]minded) am i\b",
    re.IGNORECASE,
)


def names_a_selfcheck(text: str | None, titles: Iterable[str] = ()) -> bool:
    """True when `text` asks for a self-check in words: a self-check word, or one of
    `titles` (the checks' titles, any language, matched case-insensitively)."""
    text = " ".join((text or "").split())
    if _SELFCHECK_WORDS.search(text):
        return True
    low = text.lower()
    return any(title and title.lower() in low for title in titles)


_RESULTS_WORDS = re.compile(
    r"\w*(result|sco+r|uitslag|uitkomst)\w*|\b(gemiddeld\w*|averages?|overzicht|overview|"
    r"history|geschiedenis|voortgang|progress|vooruit ?gegaan|improved|cijfers)\b|"
    r"\bhoe (heb|deed) ik het\b|\bhow did i do\b|"
    r"\bhoe (doet|doen|staat|staan|scoort|scoren) (mijn|mn|m'n|ons|onze|de) \w+( \w+)? (het|ervoor)\b|"
    r"\bhow (is|are) (my|our) \w+( \w+)? doing\b|\bhoe (staan|doen|scoren) (we|wij)\b|\bhow are we doing\b",
    re.IGNORECASE,
)


# One's own results asked in one's own words, the whole message (tester round of stop 52: "hoe sta
# ik ervoor?" got the help text, "how did i do on the test" started a self-check): "hoe sta ik
# ervoor", "hoe heb ik het gedaan", "wat is mijn score", "mijn uitslag?", "laat mijn resultaten
# zien", "how did I do (on the test)", "what's my score", "show me my results". The asker is "ik",
# "I", "mijn", "my": "hoe sta ik sterker in een gesprek" asks how to stand, "how did the customer
# score us" is about a customer, and neither is a request for results. Read on lower case words,
# an apostrophe as a space ("m'n" is "m n", "what's" is "what s").
_MY = r"(?:mijn|m n|mn|my)"
# a word between "mijn" and the result that keeps it a self-check's ("mijn laatste score", "my
# self-check results"); not any word: "mijn NPS score" is a service figure
_WHICH = (
    r"(?:(?:laatste|vorige|eigen|totale|gemiddelde|eind|zelftest|zelfscan|test|last|latest|own|total|"
    r"average|overall|final|self check|selfcheck) )?"
)
_RESULT = (
    r"(?:scores?|uitslag(?:en)?|uitkomst(?:en)?|resulta(?:a)?t(?:en)?|results?|testresultaten|test results?|"
    r"punten|points)"  # "wa waren mijn punten van die test ook weer" (stop 53)
)
_CHECK_WORD = (
    r"(?:(?:de|die|deze|het|mijn|m n|mn|the|that|this|my|a) )?(?:laatste |vorige |last |latest |recent )?"
    r"(?:zelf ?tests?|zelf ?scans?|zelf ?checks?|tests?|toets(?:en)?|vragenlijst(?:en)?|quiz(?:zes)?|"
    r"self ?checks?|self ?tests?|checks?|questionnaires?|assessments?|scans?)"
)
# asking again: "wat was mijn score ook weer", "what did I score again" (stop 53)
_ONCE_MORE = r"(?:ook weer|ook alweer|alweer|nou ook weer|nog weer|nog eens|again|once more)"
_ABOUT_CHECK = rf"(?:(?: {_ONCE_MORE})? (?:op|bij|in|met|van|voor|uit|on|at|with|for|of|from) {_CHECK_WORD})?"
_SO_FAR = (
    r"(?: (?:nu|eigenlijk|momenteel|dan|zo|ongeveer|al|tot nu toe|tot nog toe|so far|overall|now|then|"
    r"actually|exactly|precies|again|nog eens|eens|even|graag|please|pls|plz|alsjeblieft|aub|ajb|svp|ff|"
    r"nou|once more|nog een keer|opnieuw|ook weer|ook alweer|alweer|nog weer|weer))*"
)
_MINE = rf"{_MY} {_WHICH}{_RESULT}{_ABOUT_CHECK}"
# "again": results seen before are one's own, also as "the scores" ("kan ik de scores nog eens
# zien", "scores nog eens zien", "show me the results again"; tester round of stop 52)
_AGAIN = r"(?:nog eens|nog een keer|nog 1 keer|opnieuw|weer|terug|again|once more)"
_THOSE = rf"(?:{_MY}|de|die|deze|the|those) {_WHICH}{_RESULT}{_ABOUT_CHECK}"
_SEE = r"(?:zien|bekijken|inzien|terugzien|terugkijken|lezen|see|view|check|look at|have)"
_SEEING_MODE = r"(?: (?:even|eens|ff|nog|nog eens|nog een keer|opnieuw|weer|terug))*"
_OWN_RESULTS = re.compile(
    r"(?:(?:en|and|ok|oke|okay|oké|dus|so|nou|well|hoi|hey|hi|hallo|hello|trouwens|btw|vraagje|zeg) )*(?:"
    # "hoe sta ik ervoor", "hoe sta ik er nu voor"
    rf"hoe (?:sta|stond) ik (?:er ?voor|er (?:nu |eigenlijk |dan |zo )*voor){_ABOUT_CHECK}"
    # "hoe heb ik het gedaan", "hoe deed ik het", "hoe goed heb ik het gedaan op de test"
    rf"|hoe (?:goed )?(?:heb|had|deed) ik het(?: er vanaf)?(?: gedaan| gemaakt)?{_ABOUT_CHECK}"
    rf"|(?:heb|had) ik (?:het )?(?:goed|slecht|hoog|laag) (?:gedaan|gescoord){_ABOUT_CHECK}"
    # "wat heb ik gescoord", "hoeveel heb ik gescoord", "hoe scoorde ik"
    rf"|(?:wat|hoe|hoeveel|hoe hoog) (?:heb|had) ik gescoo?rd{_ABOUT_CHECK}"
    rf"|(?:wat|hoe|hoe hoog) (?:scoor|scoorde|score) ik{_ABOUT_CHECK}"
    # "wat is mijn score", "wat zijn mijn resultaten", "wat was m'n uitslag op de test"
    rf"|(?:wat|wa|hoe) (?:is|zijn|was|waren|s) {_MINE}"
    # the results of a check named: "wat was de uitslag van die test ook weer", "wa was da
    # resultaat van de zelftest", "what were the results of that quiz" (stop 53)
    rf"|(?:wat|wa|what|how) (?:is|zijn|was|waren|s|are|were|re) (?:de|het|die|da|dat|the|those) {_RESULT}"
    rf"(?: {_ONCE_MORE})? (?:op|bij|in|met|van|voor|uit|on|at|with|for|of|from) (?!a ){_CHECK_WORD}"
    # "hoeveel punten had ik (ook weer) (op die test)", "how many points did I get"
    rf"|hoeveel (?:punten|procent) had ik(?: {_ONCE_MORE})?(?: (?:gehaald|behaald|gescoord))?{_ABOUT_CHECK}"
    rf"|hoeveel (?:punten|procent) heb ik(?: {_ONCE_MORE})?"
    rf"(?: (?:gehaald|behaald|gescoord){_ABOUT_CHECK}|{_ABOUT_CHECK[:-1]})"
    rf"|how many points did i (?:get|score|have){_ABOUT_CHECK}"
    # "welke score had ik ook weer", "which score did I get (again)"
    rf"|(?:welke|wat voor) (?:score|uitslag|resultaat|punten) (?:had|heb|kreeg|haalde) ik{_ABOUT_CHECK}"
    rf"|(?:which|what) (?:score|result|results|points) did i (?:get|have){_ABOUT_CHECK}"
    # "wat had ik ook weer op die test", "what did I have on that quiz again": a check named
    rf"|(?:wat|wa|hoeveel) (?:had|heb|haalde) ik(?: {_ONCE_MORE})? (?:op|bij|voor|in) {_CHECK_WORD}"
    rf"|what did i (?:have|get) (?:on|in|for) {_CHECK_WORD}"
    # "remind me of my score", "remind me what my results were"
    rf"|remind me (?:of |what )?{_MINE}(?: (?:was|were))?"
    rf"|(?:herinner|vertel) (?:me|mij) (?:nog eens |even |eens )?(?:aan )?{_MINE}"
    # "mijn uitslag?", "mijn resultaten graag", "my score"
    rf"|{_MINE}"
    # "laat mijn resultaten zien", "toon me mijn scores", "geef mijn uitslag", "show me my results"
    r"|(?:laat|toon|geef|stuur|bekijk|show|give|send|tell|get|let me see|lemme see)"
    rf"(?: (?:me|mij|even|eens|nog eens|ff))* {_MINE}{_SO_FAR}(?: (?:zien|bekijken))?"
    # "mag ik mijn resultaten zien", "kan ik mijn score bekijken", "can I see my results"
    rf"|(?:mag|kan|kun) ik{_SEEING_MODE} {_MINE}{_SEEING_MODE} {_SEE}"
    rf"|(?:can|could|may) i (?:see|view|have|get) {_MINE}"
    # "kan ik de scores nog eens zien", "scores nog eens zien", "can I see the results again"
    rf"|(?:(?:mag|kan|kun) ik |ik wil |ik wil graag |graag )?(?:{_THOSE}|{_RESULT}){_SEEING_MODE} {_AGAIN}"
    rf"{_SEEING_MODE} {_SEE}"
    r"|(?:(?:can|could|may) i |i d like to |i want to |let me )?(?:see|view|have|get|show me|show) "
    rf"{_THOSE} {_AGAIN}"
    rf"|(?:laat|toon|geef) (?:me |mij )?{_THOSE}{_SEEING_MODE} {_AGAIN}(?: (?:zien|bekijken))?"
    # "wat betekent mijn uitslag (nou eigenlijk)", "wat zeggen mijn scores", "wat houdt mijn score
    # in", "what do my results mean", "what does my score say" (tester round of stop 52)
    rf"|(?:wat|wa) (?:betekent|betekenen|betekende|betekenden|zegt|zeggen|zei|zeiden) {_MINE}(?: nou| dan)?"
    rf"|(?:wat|wa) (?:houdt|houden) {_MINE}(?: nou| dan)? in"
    rf"|hoe (?:moet|kan|lees|interpreteer) ik {_MINE}(?: (?:lezen|interpreteren|begrijpen|zien|opvatten))?"
    rf"|(?:leg|explain) (?:me |mij )?{_MINE}(?: (?:eens|even|nog eens))*(?: uit)?"
    rf"|what (?:do|does|did) {_MINE} (?:mean|say|tell me)"
    rf"|how (?:do|should|can) i (?:read|interpret|understand) {_MINE}"
    rf"|what (?:is|s) the meaning of {_MINE}"
    rf"|(?:waar|where) (?:zie ik|vind ik|kan ik|can i|do i)(?: (?:see|find|view))? {_MINE}"
    r"(?: (?:zien|vinden|bekijken|see|find|view))?"
    # "how did I do (on the test)", "how well did I do", "how did I score", "what did I score"
    rf"|how (?:well |good )?did i (?:do|score|get on){_ABOUT_CHECK}"
    rf"|what did i (?:score|get){_ABOUT_CHECK}"
    rf"|(?:what|how) (?:is|are|was|were|s|re) {_MINE}"
    rf"|how am i doing{_ABOUT_CHECK}|where do i stand{_ABOUT_CHECK}"
    rf"){_SO_FAR}",
    re.IGNORECASE,
)
# "wis mijn resultaten" and "my results are wrong" are no requests to see them
_NOT_SEEING = re.compile(
    r"\b(?:wis|wissen|verwijder\w*|vergeet|delete|remove|erase|wipe|forget|clear|reset|klopt|kloppen|"
    r"wrong|fout|niet|not|don t|doesn t|geen|no)\b",
    re.IGNORECASE,
)


def asks_for_own_results(text: str | None) -> bool:
    """True when the whole of `text` asks for one's own self-check results in one's own words
    (`_OWN_RESULTS`: "hoe sta ik ervoor?", "hoe heb ik het gedaan", "wat is mijn score", "mijn
    uitslag?", "laat mijn resultaten zien", "how did I do on the test", "what's my score"),
    whatever intent NLU read (tester round of stop 52: it read "hoe sta ik ervoor?" as help and
    "how did i do on the test" as a request to start one). Not for a question about service
    ("hoe sta ik sterker in een gesprek", "how did the customer score us"), someone served,
    deleting ("wis mijn resultaten") or a complaint about them ("mijn score klopt niet"). Since the
    tester round of stop 52 also asked again or what they mean ("kan ik mijn scores nog eens
    zien", "wat betekent mijn uitslag nou eigenlijk", "show me my scores again", "what do my
    results mean"); not "hoe verhoog ik onze scores" or "what does a low NPS score mean"."""
    said = " ".join(re.sub(r"[?!.,;:…'’-]+", " ", text or "").split()).lower()
    return bool(
        said
        and _OWN_RESULTS.fullmatch(said)
        and not _NOT_SEEING.search(said)
        and not names_someone_served(said)
    )


_MEANING = re.compile(
    r"\b(?:betekent|betekenen|betekende|betekenden|zegt|zeggen|zei|zeiden|houdt|houden|lezen|lees|"
    r"interpreteer|interpreteren|begrijpen|opvatten|uit|mean|say|tell me|read|interpret|understand|meaning|"
    r"explain)\b",
    re.IGNORECASE,
)


def asks_what_results_mean(text: str | None) -> bool:
    """True when `text` asks for one's own results (`asks_for_own_results`) and what they mean
    ("wat betekent mijn uitslag nou eigenlijk", "what do my results mean", "hoe moet ik mijn score
    lezen"): the results then come with what each band says (tester round of stop 52)."""
    return asks_for_own_results(text) and bool(_MEANING.search(text or ""))


def asks_for_results(text: str | None, titles: Iterable[str] = ()) -> bool:
    """True when `text` asks for self-check results in words: a results word ("resultaten",
    "scores", "uitslag", "how did I do", "hoe doet mijn team het") or a self-check named.
    NLU reads "mn team doet het minimum" as team results and "ik ben mijn naambordje kwijt"
    as my results; such a message names no results and is a question. A results word about
    someone served ("klant niet tevreden over het resultaat") is a question too."""
    text = " ".join((text or "").split())
    if names_a_selfcheck(text, titles) or asks_for_own_results(text):  # "hoe sta ik ervoor?"
        return True
    # a customer's result is no self-check's: "klant niet tevreden over het resultaat" (tester
    # round of stop 46; bot/content/served.py)
    return bool(_RESULTS_WORDS.search(text)) and not names_someone_served(text)


# A wish to do a self-check oneself, whatever intent NLU read ("kunnek hier een zelftest doen
# ofzo?" was read as a question and offered articles: tester round of stop 41): a word that
# only means a self-check, a verb of doing one and the asker ("ik", "kunnek", "I", "me").
_ONLY_SELFCHECK = re.compile(
    r"\b(zelf ?-?test\w*|zelf ?-?check\w*|zelfevaluatie\w*|zelfbeoordeling\w*|"
    r"self[- ]?(check|test|assessment)\w*|vragenlijst\w*|quiz\w*|questionnaire)\b",
    re.IGNORECASE,
)
_DO_ONE = re.compile(
    r"\b(doen|doe|starten|start|begin|beginnen|invullen|afleggen|proberen|spelen|maken|do|take|try|fill|"
    # a wish names the doing too: "als afdelingshoofd wil ik een zelftest", "I'd like the self-check"
    # (tester round of stop 52)
    r"wil|wilt|willen|wou|graag|like|want|wanna|"
    r"please|pls|plz|alsjeblieft|aub)\b",  # "I'm a team leader, self-check please" (stop 53)
    re.IGNORECASE,
)
# "zelfscan" is also the self-scan till; with a wish it is the self-check ("ik ben teamleider en
# wil graag de zelfscan doen", tester round of stop 52), unless the till is what the words are about
_SELF_SCAN = re.compile(r"\bzelf ?-?scan\w*", re.IGNORECASE)
_WISH = re.compile(r"\b(wil|wilt|willen|wou|graag|like|want|wanna)\b", re.IGNORECASE)
_TILL = re.compile(
    r"\b(kassa\w*|till|checkout|scanner\w*|pistool|boodschappen|winkelwagen\w*|bonnetje|betalen|pinnen|kapot|"
    r"storing|werkt|aanzetten|uitzetten|openen|opstarten|resetten|gebruiken|bedienen|uitleggen)\b",
    re.IGNORECASE,
)
# asking about the self-check, not for one: "ik wil weten hoe lang de zelftest duurt"; or a wish
# said the other way: "ik wil geen zelftest", "I don't want the self-check"
_ABOUT_IT = re.compile(
    r"\b(weten|know|uitleg|explain|wat is|what is|hoe werkt|how does|waarom|why|hoe lang|how long|"
    r"geen|niet|ni|nie|not|don'?t|never|nooit)\b",
    re.IGNORECASE,
)
_ASKER = re.compile(r"\b(ik|k|kunnek|kannek|magek|mag ek|wilk|i|me|mij|we|wij|let'?s|lets)\b", re.IGNORECASE)
_ABOUT_OTHERS = re.compile(
    rf"\b({SERVED_WORDS}|klant\w*|cliënt\w*|client\w*|gast\w*|customer\w*|guest\w*|patiënt\w*|patient\w*|team|medewerker\w*|"
    r"collega\w*|staff|employees?|voor (mijn|ons|onze|de))\b",
    re.IGNORECASE,
)


# Who one is and where one works, said before or beside the request ("goedemiddag, ik ben
# teamleider bij het klantcontactcentrum van de gemeente en ik wil graag een zelftest doen", "I'm a
# team leader at the customer service desk of a bank and I'd like to do the self-check"; tester
# round of stop 53: "klantcontactcentrum" read as a check for customers): that clause names no one
# the check is for. It runs from the role or "ik werk bij" to the end of its clause.
_WORKPLACE_SAID = re.compile(
    r"\b(?:ik werk|ik ben werkzaam|k werk|werkzaam|i work|i m working|i am working|i\'m working|i'm working)"
    r" (?:bij|in|op|voor|als|aan|at|in|for|as|on)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(
    r"[,;.!?]|\s(?:en|and|maar|but|dus|so|wil|wilde|wou|zou|would|want|wanna|ik|i|i'?d|i'?m|mag|kan|kun|"
    r"can|could|may|let'?s)\b",
    re.IGNORECASE,
)


def _without_who_i_am(said: str) -> str:
    """`said` without the clauses in which the sender says who they are or where they work (a
    role: bot/selfchecks/leaders.py `roles_said_at`; "ik werk bij de klantenservice")."""
    starts = sorted(set(roles_said_at(said)) | {m.start() for m in _WORKPLACE_SAID.finditer(said)})
    kept, at = [], 0
    for start in starts:
        if start < at:
            continue
        end = _CLAUSE_END.search(said, start + 1 + len(said[start:].split(" ", 2)[0]))
        kept.append(said[at:start])
        at = end.start() if end else len(said)
    kept.append(said[at:])
    return " ".join("".join(kept).split())


# "een test", "de scan", "a quiz": a self-check when nothing after it says what is tested ("een
# test doen met de nieuwe kassa" is no self-check); only beside a wish and the asker
_A_TEST = re.compile(
    r"\b(?:een|de|die|deze|jullie|uw|the|a|your|that|this) (?:korte |kleine |snelle |short |quick |little )?"
    r"(?:test|toets|scan|check)"
    r"(?: (?:doen|invullen|maken|afleggen|starten|beginnen|proberen|do|take|try|start))?"
    r"\s*(?:[,.!]|$|\b(?:graag|please|alsjeblieft|aub|ofzo|or so|met (?:jou|u|jullie)|with you)\b)",
    re.IGNORECASE,
)


# Asking whether there is one for oneself, without a verb of doing ("hebde gij ook zo een test
# voor mezelf, een zelfscan ofzo", "heb je een zelftest", "is er een quiz voor mij", "do you have
# a self-check for me"; tester round of stop 55: refused while "ik wil de zelfscan doen" worked):
# a have-you or is-there, then a test word and, for a test word that is not a self-check's own
# ("test", "vragenlijst", "quiz"), "voor mij/mezelf" or "for me/myself".
_HAVE_YOU = re.compile(
    r"\b(?:heb\s+(?:je|jij|u)|hebt\s+(?:u|ge|gij|je|jij)|hebde(?:\s+gij)?|hedde(?:\s+gij)?|hebben\s+(?:jullie|julle)|"
    r"heeft\s+(?:de\s+coach|u)|is\s+er|zijn\s+er|bestaat\s+er|ken\s+je|kende(?:\s+gij)?|"
    r"do\s+(?:you|u|ya)\s+have|have\s+(?:you|u)\s+got|(?:you|u)\s+got|got\s+any|is\s+there|are\s+there|"
    r"any)\b",
    re.IGNORECASE,
)
_TEST_WORD = re.compile(
    r"\b(?:zelf ?-?(?:test|scan|check)\w*|self[- ]?(?:check|test|scan|assessment)\w*|tests?|testje|toets\w*|"
    r"vragenlijst\w*|quiz\w*|questionnaire|scan|check)\b",
    re.IGNORECASE,
)
# the words between the have-you and the test word: "hebde gij ook zo een test", "is er nog
# een korte zelftest", "do you have like a quick quiz"
_FILLER = re.compile(
    r"(?:\s+(?:gij|ge|jij|je|u|jullie|ook|nog|misschien|eigenlijk|soms|hier|zo|zon|zo'n|zo\s+n|zoiets\s+als|een|ne|"
    r"nen|'n|n|de|die|a|an|any|some|also|maybe|like|kind\s+of|sort\s+of|such|the|korte|kleine|snelle|"
    r"short|quick|little|small|leuke|fun)\b)*\s+",
    re.IGNORECASE,
)
_OWN_TEST_WORD = re.compile(
    r"\b(?:zelf ?-?(?:test|scan|check)\w*|self[- ]?(?:check|test|scan|assessment)\w*)\b", re.IGNORECASE
)
_FOR_MYSELF = re.compile(
    r"\b(?:voor|for)\s+(?:mij|me|mezelf|mijzelf|mn|myself|mijn\s+eigen|ikzelf)\b|\b(?:mezelf|mijzelf|myself)\b",
    re.IGNORECASE,
)


def _asks_whether_there_is_one(said: str) -> bool:
    """Whether `said` asks if the coach has a self-check for the asker (`_HAVE_YOU`): a have-you
    before a test word, which is a self-check's own word or said "for me"; not for a till
    ("is er een zelfscan kassa"), others ("heb je een vragenlijst voor klanten") or a wish not to."""
    have = _HAVE_YOU.search(said)
    # nothing after the have-you ("ok de ambulance is er") is no filler: the match is None
    filler = _FILLER.match(said, have.end()) if have else None
    word = _TEST_WORD.match(said, filler.end()) if filler else None
    if word is None or _TILL.search(said) or _ABOUT_OTHERS.search(_without_who_i_am(said)):
        return False
    return bool(_OWN_TEST_WORD.search(said) or _FOR_MYSELF.search(said))


# Asking to be tested, in other words than a self-check's (tester round of stop 57: "kunt ge mij ne
# keer testen?" got "Daar kan ik je niet mee helpen" while "ik wil ne zelftest doen" worked): the
# coach is asked to test, quiz or examine the asker ("test mij eens", "kan je me testen", "quiz me",
# "can you test me", "overhoor me"), to do a test with them ("doe een test met mij", "do a quiz with
# me") or the asker wants to be tested ("ik wil getest worden", "I want to be quizzed"), the whole
# message, maybe on a subject ("quiz me on complaints"). Not someone else testing ("mijn baas wil me
# testen"), testing something ("test de kassa", "hoe test ik mijn team") or the till.
_TEST_INF = r"(?:testen|uittesten|toetsen|overhoren|ondervragen|quizzen|examineren|beoordelen|evalueren)"
_TEST_IMP = r"(?:test|toets|overhoor|ondervraag|quiz|examineer|examine|assess|evaluate|evalueer|beoordeel)"
_TESTED = r"(?:getest|getoetst|overhoord|ondervraagd|gequizd|tested|quizzed|examined|assessed)"
_ME_TESTED = r"(?:me|mij|mezelf|mijzelf|myself|(?:mijn|mn|m'n|my) (?:kennis|knowledge|skills|vaardigheden))"
_TEST_FILL = (
    r"(?: (?:eens|es|ns|is|ne keer|nekeer|een keer|ene keer|efkes|eventjes|even|ff|nog|nog eens|nog een keer|"
    r"graag|please|pls|plz|aub|alsjeblieft|alstublieft|svp|now|nu|maar|dan|gewoon|snel|quickly|a bit|wat|"
    r"hé|he|hoor|lol|haha|ofzo|or something|op|on|over|about|in|the|de|het|mijn|my|service|klantenservice|"
    r"customer service|klantgerichtheid|dat|that|this|dit|deze|a|an|een|little|bit|to see|om te zien|"
    r"hoe goed ik ben|how good i am|how i m doing))*"
)
_ADDRESSED = (
    r"(?:(?:kan|kun|kunt|wil|wilt|zou|zoudt|zoude|can|could|would|will|wanna) (?:je|jij|ge|gij|u|you|ya) "
    r"|(?:kunde|wilde|zoude)(?: gij)? |(?:please|pls|hey|hoi|coach|ok|oke|okay|allee|awel|zeg) )*"
)
_TEST_ME = re.compile(
    # "kunt ge mij ne keer testen", "zou je me willen testen"
    rf"(?:{_ADDRESSED}(?:{_ME_TESTED}){_TEST_FILL}(?: (?:eens |ne keer |een keer )?(?:willen|kunnen))?"
    rf" {_TEST_INF}"
    rf"|{_ADDRESSED}{_TEST_IMP} {_ME_TESTED}"  # "test mij eens", "can you quiz me"
    rf"|{_ADDRESSED}(?:doe|doen|do|let s do|lets do|laten we)(?: eens| ne keer| een keer| efkes)?"
    r" (?:een|ne|nen|a|an|nog een|another)(?: korte| kleine| snelle| quick| short| little)?"
    r" (?:test|testje|toets|quiz|quizje|quizzy)(?: (?:met|with|voor|for) (?:mij|me|mezelf|myself|ons|us))?"
    r"|(?:ik wil|ik zou|ik wil graag|ik zou graag|i want to|i d like to|i would like to|i wanna|mag ik"
    r"|can i)"
    rf"(?: graag| wel| eens| even)* (?:be )?{_TESTED}(?: worden)?"
    rf"){_TEST_FILL}",
    re.IGNORECASE,
)


def _asks_to_be_tested(said: str) -> bool:
    """Whether the whole of `said` asks the coach to test the asker (`_TEST_ME`), not about a
    till or others."""
    plain = " ".join(re.sub(r"[?!.,;:…]+", " ", said.replace("’", "'")).split()).lower()
    plain = plain.replace("'", " ") if " m'n " not in f" {plain} " else plain
    if not _TEST_ME.fullmatch(plain) or _TILL.search(plain):
        return False
    return not _ABOUT_OTHERS.search(_without_who_i_am(plain))


def asks_to_do_a_selfcheck(text: str | None) -> bool:
    """True when `text` asks to do a self-check oneself ("kan ik een zelftest doen?",
    "kunnek hier een zelftest doen ofzo?", "can I take the self-check", and since the tester
    round of stop 52 a wish without a verb of doing: "als afdelingshoofd wil ik een zelftest",
    "ik wil graag de zelfscan doen"); not for a check made for others ("hoe maak ik een
    vragenlijst voor klanten"), a self-scan till ("ik wil de zelfscan openen"), a wish to know
    about it ("ik wil weten hoe lang de zelftest duurt") or not to do one ("ik wil geen zelftest")."""
    said = " ".join((text or "").split())
    wished = _WISH.search(said)
    named = (
        _ONLY_SELFCHECK.search(said)
        or (wished and _SELF_SCAN.search(said) and not _TILL.search(said))
        or (wished and _A_TEST.search(said) and not _TILL.search(said))  # "ik wil graag een test doen"
    )
    asked = _without_who_i_am(said)  # "ik ben teamleider bij het klantcontactcentrum en ..."
    if not asks_to_stop(said) and _asks_whether_there_is_one(said):  # "hebde gij een test voor mezelf"
        return True
    if not asks_to_stop(said) and _asks_to_be_tested(said):  # "kunt ge mij ne keer testen?" (stop 57)
        return True
    return bool(
        not asks_to_stop(said)  # "stop de zelftest, ik wil iets anders doen"
        and named
        and _DO_ONE.search(said)
        and _ASKER.search(said)
        and not _ABOUT_OTHERS.search(asked)
        and not (wished and _ABOUT_IT.search(said))
    )


K = TypeVar("K", bound=Hashable)
_TITLE_WORD = re.compile(r"[^\W\d_]{5,}")
_PREFIX = 6  # "beloftes" ~ "belofte", "klachten" ~ "klacht", "listening" ~ "listen"


def _stems(text: str) -> set[str]:
    return {w.lower()[:_PREFIX] for w in _TITLE_WORD.findall(text)}


def named_check(text: str | None, titles: dict[str, Iterable[str]]) -> str | None:
    """The id of the one check that a request for a self-check names by a word of its title
    ("zelftest beloftes nakomen", "doe de test over klachten", "self-check on listening"), or
    None: no word of a title, or words of more than one check. `titles`: check id -> its
    titles (any language). Only words of five letters or more that one check's titles alone
    hold count ("team" is in several). The message must ask for a self-check
    (`names_a_selfcheck`); before, it got the list of every check (tester round of stop 42)."""
    said = " ".join((text or "").split())
    if not said or not names_a_selfcheck(said):
        return None
    return named_by_title(said, titles)


def named_by_title(text: str | None, titles: Mapping[K, Iterable[str]]) -> K | None:
    """The key of the one entry in `titles` (key -> its titles, any language) that `text` names
    by a word of its titles, or None: no such word, or words of more than one entry. Only words of
    five letters or more that one entry's titles alone hold count ("team" is in several): "een
    2,9 bij luisteren" names "Echt luisteren" (the check or its part whose title holds it)."""
    stems = {key: set().union(set(), *(_stems(t) for t in ts)) for key, ts in titles.items()}
    counts = Counter(s for mine in stems.values() for s in mine)
    shared = {s for s, n in counts.items() if n > 1}
    words = _stems(text or "")
    named = [key for key, mine in stems.items() if (mine - shared) & words]
    return named[0] if len(named) == 1 else None


# A pick typed at the list of self-checks ("Welke zelftest wil je doen?"; tester round of stop 53:
# "de zeven principes" opened the principles article instead of starting "De zeven principes in je
# team"): its number or ordinal ("2", "nummer 2", "de tweede", "the second one", "de laatste"), or
# its title or a clear part of it ("de zeven principes", "echt luisteren", "beloftes", "the one about
# listening"), with words of choosing around it ("doe maar", "ik kies", "graag", "I'll take", "please").
_PICK_WORDS = (
    r"doe maar|doe|ik kies|ik neem|ik wil|ik wil graag|ik doe|geef (?:me|mij) maar|geef (?:me|mij)|graag|"
    r"laat maar|dan maar|dan|ok|oke|oké|okay|nou|euh|uhm|hmm|even|eens|ff|start|begin|met|"
    r"i ll take|i ll do|i will take|i choose|i pick|i want|i d like|let s do|lets do|let s go with|give me|"
    r"take|do|go with|start with|then|so|maybe|please|pls|alsjeblieft|aub|ajb|svp"
)
_ORDINALS = {
    1: ("1", "een", "één", "eerste", "one", "first", "1e", "1ste", "1st"),
    2: ("2", "twee", "tweede", "two", "second", "2e", "2de", "2nd"),
    3: ("3", "drie", "derde", "three", "third", "3e", "3de", "3rd"),
    4: ("4", "vier", "vierde", "four", "fourth", "4e", "4de", "4th"),
    5: ("5", "vijf", "vijfde", "five", "fifth", "5e", "5de", "5th"),
    6: ("6", "zes", "zesde", "six", "sixth", "6e", "6de", "6th"),
    7: ("7", "zeven", "zevende", "seven", "seventh", "7e", "7de", "7th"),
    8: ("8", "acht", "achtste", "eight", "eighth", "8e", "8ste", "8th"),
    9: ("9", "negen", "negende", "nine", "ninth", "9e", "9de", "9th"),
    10: ("10", "tien", "tiende", "ten", "tenth", "10e", "10de", "10th"),
}
_PLACE_WORD = {word: place for place, words in _ORDINALS.items() for word in words}
_LAST = ("laatste", "last", "onderste", "bottom")
_PICK_PLACE = re.compile(
    rf"(?:(?:{_PICK_WORDS}) )*(?:(?:de|die|het|nummer|nr|number|no|optie|option|keuze|choice|the) )*"
    rf"(?P<place>{'|'.join(sorted(map(re.escape, [*_PLACE_WORD, *_LAST]), key=len, reverse=True))})"
    r"(?: (?:one|graag|please|maar|aub|alsjeblieft|dan|zelftest|test|check|self check|selfcheck|"
    r"van de lijst|uit de lijst|in de lijst|on the list|from the list|in the list|op de lijst))*"
)
# words around a title that add nothing: articles, self-check words, "the one about", "die over"
_AROUND_TITLE = frozenset(
    {"de", "het", "een", "die", "dat", "deze", "the", "a", "an", "one", "that", "this", "about", "over",
     "van", "voor", "in", "je", "jouw", "your", "my", "mijn", "mn", "m", "n", "op", "on", "of", "to", "and",
     "en", "met", "with", "by", "zelftest", "zelfscan", "test", "check", "self", "selfcheck", "vragenlijst",
     "quiz", "questionnaire", "toets", "onderwerp", "topic"}
)  # fmt: skip
_PICK_LEAD = re.compile(rf"^(?:(?:{_PICK_WORDS}) )+")
_PICK_TAIL = re.compile(r"(?: (?:graag|please|pls|alsjeblieft|aub|ajb|svp|maar|dan|doen|starten|dan maar))+$")


def _plain_words(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", (text or "").casefold()).split())


def _same_word(typed: str, title_word: str) -> bool:
    """ "principes" ~ "principes", "belofte" ~ "beloftes", "luister" ~ "luisteren", "klacht" ~
    "klachten": the same word, or one starts with the other and they share five letters or more."""
    if typed == title_word:
        return True
    short, long_ = sorted((typed, title_word), key=len)
    return len(short) >= 5 and long_.startswith(short[: max(5, len(short) - 1)])


def _title_words(titles: list[str]) -> set[str]:
    return {w for title in titles for w in _plain_words(title).split() if w not in _AROUND_TITLE}


def picked_from_menu(text: str | None, titles: list[list[str]]) -> int | None:
    """The place (0-based) in a list of self-checks (`titles`: each one's titles, any language, in
    the order shown) that `text` picks: by number or ordinal ("2", "de tweede", "the second one",
    "de laatste"), or by its title or a part of it only that one's title holds ("de zeven
    principes", "echt luisteren", "beloftes"); None for anything else, a question ("?", "hoe pas ik
    de zeven principes toe") or words of more than one title ("team")."""
    said = _plain_words(text or "")
    if not said or "?" in (text or "") or len(said) > 80:
        return None
    place = _PICK_PLACE.fullmatch(said)
    if place is not None:
        word = place.group("place")
        at = len(titles) if word in _LAST else _PLACE_WORD[word]
        if 1 <= at <= len(titles):
            return at - 1
    core = _PICK_TAIL.sub("", _PICK_LEAD.sub("", said))
    words = [w for w in core.split() if w not in _AROUND_TITLE]
    if not words:
        return None
    matching = [
        i
        for i, own in enumerate(titles)
        if all(any(_same_word(w, t) for t in _title_words(own)) for w in words)
    ]
    return matching[0] if len(matching) == 1 else None


# A question about a score number after the results were shown (tester round of stop 53: "wat
# betekent die 2,9 nou, is dat slecht?" got "don't know"): a number on a self-check's scale, with a
# comma or a dot ("2,9", "3.4", "mijn 2,9", "a 3.4"), and words that ask what it means or whether
# it is good ("betekent", "slecht", "is dat goed", "mean", "is 2.9 bad", "hoe erg"). Not a question
# about a service figure ("wat betekent een NPS van 2,9", "a CSAT of 3.4") or a time or an amount.
_SCORE_NUMBER = re.compile(r"(?<![\w.,])(?P<number>\d(?:[.,]\d{1,2})?)(?![\w%€]|[.,]\d)")
_ASKS_ABOUT_IT = re.compile(
    r"\b(?:betekent|betekenen|betekende|beteken|zegt|zeggen|wil zeggen|houdt|slecht|slechte|goed|goede|"
    r"laag|lage|hoog|hoge|erg|normaal|gemiddeld|voldoende|onvoldoende|oké|oke|ok|okay|prima|zorgen|"
    r"zorgelijk|mean|means|meaning|bad|good|low|high|poor|decent|normal|average|fine|worry|worried|"
    r"what about|hoe zit|interpret|interpreteer|lees|read|uitleg|explain|leg)\b",
    re.IGNORECASE,
)
_OTHER_FIGURES = re.compile(
    r"\b(?:nps|csat|ces|enquête\w*|enquete\w*|survey\w*|review\w*|sterren|stars?|beoordeling\w*|"
    r"rating\w*|klant\w*|customer\w*|google|procent|percent|euro|uur|uren|hour\w*|minut\w*|om|at|"
    r"cijfer\w* (?:van|from) (?:de|het|een|the|a) (?!test|zelftest|check)\w+)\b|[%€$]",
    re.IGNORECASE,
)


def asks_about_a_score(text: str | None, scale_max: int = 5) -> float | None:
    """The score number `text` asks about ("wat betekent die 2,9 nou, is dat slecht?" -> 2.9,
    "is 2.9 bad" -> 2.9, "what does my 3.4 mean" -> 3.4, "is een 3 slecht?" -> 3.0), or None: no
    number from 1 to `scale_max`, no words that ask what it means or whether it is good, or a
    service figure ("wat betekent een NPS van 2,9"). The caller knows whether results were shown."""
    said = " ".join((text or "").split())
    if not said or len(said) > 160 or not _ASKS_ABOUT_IT.search(said) or _OTHER_FIGURES.search(said):
        return None
    numbers = [float(m.group("number").replace(",", ".")) for m in _SCORE_NUMBER.finditer(said)]
    # "2,9 van de 5", "3.4 out of 5": the scale's top is no score asked about
    top = re.search(r"(?:van|uit|op|out of|of|/)\s*(?:de\s+)?(\d)\b", said)
    if top is not None and len(numbers) > 1 and float(top.group(1)) == numbers[-1]:
        numbers = numbers[:-1]
    if len(numbers) != 1 or not 1 <= numbers[0] <= scale_max:
        return None
    return numbers[0]
