"""Everyday kinds of message read with the plain words the articles use (tester round of stop 62).

A fresh user types "die klant is superchagrijnig", "klant zegt dat hij ons gaat aanklagen" or
"klant wil iets terugbrengen na 3 maanden": a mood, a threat or a deadline the articles name in
other words (an angry customer, a customer who threatens, a rule you must keep), so the message
was refused or answered with a neighbour. `plainly(text, lang)` adds, per kind the message is of
(`KINDS`), the plain words of the article that covers it to the end of the message; the search
reads that (dense, lexical and classifier), the cues of bot/content/audience.py still read the
message as typed. A kind is a pattern that must match and, optionally, one that must not (a
colleague in a bad mood is no angry customer; the asker who wants to sue is no threat).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.content.audience import CHILDREN_ABOUT, KPI_PRESSURE

_FLAGS = re.IGNORECASE | re.DOTALL

# someone served, as the patterns below name them
_SERVED_NL = (
    r"klant\w*|gast\w*|beller\w*|bezoeker\w*|passagier\w*|reiziger\w*|patiënt\w*|patient\w*|meneer|mevrouw|"
    r"man|vrouw|vent|mens|iemand|hij|zij|ze"
)
_SERVED_EN = r"customers?|guests?|callers?|clients?|visitors?|passengers?|patients?|man|woman|guy|lady|he|she"
_COLLEAGUE = (
    r"\b(?:collega\w*|medewerker\w*|teamlid|teamleden|mijn team|baas|leidinggevende|manager|"
    r"colleague\w*|co-?workers?|my team|my boss|staff member|employee\w*|team member\w*)\b"
)


@dataclass(frozen=True)
class Kind:
    """A kind of message: `when` must match, `unless` must not; `plain` (per language) is added."""

    name: str
    when: re.Pattern[str]
    plain: dict[str, str]
    unless: re.Pattern[str] | None = None

    def fits(self, text: str) -> bool:
        return bool(self.when.search(text)) and not (self.unless is not None and self.unless.search(text))


def _kind(name: str, when: str, plain_nl: str, plain_en: str, unless: str | None = None) -> Kind:
    return Kind(
        name,
        re.compile(when, _FLAGS),
        {"nl": plain_nl, "en": plain_en},
        re.compile(unless, _FLAGS) if unless else None,
    )


# A customer in a bad mood, said with an everyday mood word, chat spelling included
# ("superchagrijnig", "mega humeurig", "grumpy", "in a foul mood"): the angry customer. A colleague's
# mood is about working together (culture-internal-respect), not this; nor is a customer who stays
# grumpy after the asker put a fault right ("ik heb sorry gezegd ... maar hij bleef chagrijnig", dev 3:
# service recovery).
_MOOD_NL = (
    r"(?:super|mega|hyper|heel|erg|zo|echt|best|ontzettend|knetter)?\s?"
    r"(?:chagrijnig\w*|humeurig\w*|nors\w*|knorrig\w*|sikkeneurig\w*|kribbig\w*|geprikkeld\w*|"
    r"slecht gehumeurd|slechtgehumeurd|slecht gezind|in een slechte bui|in een rotbui|rotbui|"
    r"pislink|zuur(?:pruim)?)"
)
_MOOD_EN = (
    r"(?:super|really|so|very|extremely)?\s?(?:grumpy|grouchy|cranky|crabby|moody|snappy|irritable|"
    r"in a (?:really |very |super )?(?:bad|foul|terrible|awful|grumpy) mood|bad-tempered|bad tempered|"
    r"short-tempered|short tempered)"
)
BAD_MOOD = _kind(
    "bad-mood",
    rf"\b(?:{_SERVED_NL}|{_SERVED_EN})\b.{{0,40}}?\b{_MOOD_NL}\b|\b{_MOOD_NL}\b.{{0,10}}\b(?:klant\w*|gast\w*|"
    rf"beller\w*)\b|\b(?:{_SERVED_EN})\b.{{0,40}}?\b{_MOOD_EN}\b|\b{_MOOD_EN}\b.{{0,10}}\b(?:{_SERVED_EN})\b",
    "een boze, geïrriteerde klant",
    "an angry, irritated customer",
    unless=_COLLEAGUE + r"|\b(?:sorry gezegd|excuses (?:aangeboden|gemaakt|gegeven)|said sorry|apologi[sz]ed|"
    r"bleef|bleven|stayed|remained)\b",
)

# A difficult customer at a place of contact (the phone, the till, the desk), Dutch with English words
# in it too ("een difficult klant aan de phone"): the angry customer, not a customer who crosses a line.
_DIFFICULT = r"(?:moeilijke?|lastige?|vervelende?|dif+ic+ult|tough|hard|awkward)"
_AT = (
    r"(?:aan de (?:telefoon|lijn|balie|kassa|phone)|aan de lijn|op de lijn|telefonisch|door de telefoon|"
    r"aan het loket|bij de kassa|op de kassa|aan de receptie|on the phone|on the line|over the phone|"
    r"at the (?:till|counter|desk|front desk|checkout|register))"
)
DIFFICULT_AT_CONTACT = _kind(
    "difficult-at-contact",
    rf"\b{_DIFFICULT}\s+(?:klant|klanten|beller|gast|customer|customers|caller|guest)\b.{{0,30}}?\b{_AT}",
    "een geïrriteerde klant aan de telefoon kalmeren",
    "calm an irritated customer on the phone",
    unless=_COLLEAGUE,
)

# A customer who threatens to go to law ("zegt dat hij ons gaat aanklagen", "dreigt met een advocaat",
# "says he'll sue us"): a threat from an angry customer, read with the angry customer's own advice on
# threats (stop 63: "threatened" alone put after-a-hard-conversation, the asker threatened, first).
# Not the asker's own wish to sue ("kan ik mijn
# werkgever aanklagen": a work matter).
LEGAL_THREAT = _kind(
    "legal-threat",
    r"\b(?:aanklagen|aanklaagt|aan te klagen|klaagt (?:ons|mij|me|jullie|de zaak|het bedrijf) aan|"
    r"(?:naar|voor) de rechter|rechtszaak|rechtzaak|advocaat|advokaat|juridische stappen|juridisch|"
    r"sue|sues|suing|lawyer|solicitor|attorney|legal action|take (?:us|me|you) to court|"
    r"(?:see|see you|see us) in court|court case|lawsuit)\b",
    "een boze klant dreigt, rustig blijven, niet onder druk laten zetten",
    "an angry customer threatens you, stay calm, don't be pushed",
    unless=r"\b(?:(?:kan|mag|wil|moet|ga|kun) ik\b.{0,30}\b(?:aanklagen|naar de rechter|advocaat)|"
    r"(?:can|may|should|do) i\b.{0,30}\b(?:sue|lawyer|legal action|take)|mijn werkgever|my employer|"
    r"mijn baas|my boss)",
)

# A fault the customer names (a room too noisy, a machine broken): see FAULT_FOR_DISCOUNT.
_FAULT = (
    r"(?:te luidruchtig|lawaai\w*|herrie|te druk|vies|vuil|smerig|kapot|kapotte|stuk|defect\w*|werkt niet|"
    r"koud|lekt|stinkt|noisy|too loud|noise|dirty|filthy|broken|not working|doesn'?t work|cold|leaking|"
    r"smells|stinks|damaged|beschadigd|beschadigde|gebroken|gescheurd\w*|torn)"
)

# Bringing something back long after the deadline ("terugbrengen na 3 maanden", "return it after
# half a year"): a rule you must keep, said kindly.
_RETURN = (
    r"(?:terugbrengen|terug brengen|terugbrengt|terug te brengen|retourneren|retour\w*|ruilen|omruilen|"
    r"terugsturen|terug sturen|geld terug|terugbetaald|return\w*|bring (?:it |them )?back|take (?:it )?back|"
    r"exchange|refund)"
)
_LATE = (
    r"(?:na|over|after|since)\s+(?:(?:\d+|een|één|twee|drie|vier|vijf|zes|acht|tien|twaalf|half|halve|"
    r"anderhalf|ruim|meer dan|a|an|one|two|three|four|five|six|several|more than|half)\s+){1,2}"
    r"(?:maand|maanden|jaar|jaren|weken|months?|years?|weeks?)"
)
LATE_RETURN = _kind(
    "late-return",
    rf"\b{_RETURN}\b.{{0,60}}?\b{_LATE}\b|\b{_LATE}\b.{{0,60}}?\b{_RETURN}\b",
    "het mag niet volgens de regels, vriendelijk nee zeggen",
    "not possible under the rules, saying no kindly",
    # broken after three months is a fault to put right, not a late return (kinds27: a vacuum cleaner)
    unless=rf"\b{_FAULT}",
)

# Apologising without taking the blame ("excuses aanbieden zonder de schuld op me te nemen",
# "apologise without admitting fault"): putting a failure right, the apology first.
APOLOGY_WITHOUT_BLAME = _kind(
    "apology-without-blame",
    r"\b(?:excuses|excuus|sorry|verontschuldig\w*|apologi[sz]e\w*|apology)\b.{0,40}?\b(?:zonder|without|"
    r"maar niet|but not)\b.{0,40}?\b(?:schuld|fout|toe te geven|toegeven|bekennen|aansprakelijk\w*|"
    r"admit\w*|blame|fault|liab\w*|responsib\w*)|"
    # stop 63: "sorry zeggen als het niet mijn schuld is", "apologise when it's not my fault"
    r"\b(?:excuses|excuus|sorry|verontschuldig\w*|apologi[sz]e\w*|apology)\b.{0,40}?"
    r"\b(?:niet (?:mijn|onze|ons|de mijne) (?:schuld|fout)|ni mijn (?:schuld|fout)|niet aan mij lag|"
    r"niet aan ons lag|(?:not|isn'?t|wasn'?t|not even) (?:my|our) (?:fault|mistake|doing)|"
    r"(?:i|we) (?:didn'?t|did not) (?:do|cause) it)|"
    # stop 69 (A7): "sorry zeggen voor iets wat ik niet fout heb gedaan", "sorry for something I didn't do"
    r"\b(?:excuses|excuus|sorry|verontschuldig\w*|apologi[sz]e\w*|apology)\b.{0,40}?"
    r"\b(?:(?:wat|dat)\s+(?:ik|wij|we)\s+(?:zelf\s+)?niet\s+(?:fout\s+|verkeerd\s+)?(?:heb|hebben)?\s*"
    r"(?:gedaan|misdaan|veroorzaakt)|(?:something|things?) (?:i|we) (?:didn'?t|did not|never) (?:do|cause))",
    "excuses aanbieden en het goedmaken",
    "apology, make it right",
)

# The asker's own stress from difficult customers, over time ("lastige klanten geven me zoveel
# stress", "the stress from difficult customers"): recovering after hard conversations. Staying calm
# with the customer in front of you ("hoe blijf ik rustig") is the angry customer.
_HARD_CUSTOMERS = (
    r"(?:lastige|moeilijke|boze|agressieve|onbeschofte|vervelende|dif+ic+ult|angry|rude|abusive|tough|"
    r"aggressive)\s+(?:klanten|gasten|bellers|mensen|customers|guests|callers|people)"
)
_STRESS = r"(?:stress\w*|gestrest|spanning|stressed|stressful|burn-?out|opgebrand|uitgeput|drained|exhausted)"
STRESS_FROM_CUSTOMERS = _kind(
    "stress-from-customers",
    rf"\b{_HARD_CUSTOMERS}\b.{{0,40}}?\b{_STRESS}|\b{_STRESS}\b.{{0,40}}?\b{_HARD_CUSTOMERS}\b",
    "herstellen en ontladen na een lastig gesprek",
    "recovering and decompress after a difficult call",
    unless=r"\b(?:rustig|kalm|calm|cool)\b",
)

# Customers made angry by waiting ("de rij is lang en de klanten worden boos"): the angry customer
# first; being quick under pressure is the neighbour. Impatience alone is time pressure (dev 7: a
# confused man at a hospital desk, "people were getting impatient" in the queue behind him).
_QUEUE = r"(?:rij|wachtrij|de wachtenden|queue|line|wachten|wachtten|wachttijd|waiting|wait)"
_ANGRY = (
    r"(?:boos|boze|kwaad|kwade|geïrriteerd\w*|geirriteerd\w*|pissig|woedend|angry|annoyed|"
    r"mad|furious|irritated|upset)"
)
# an emotion the asker wants to prevent: see WAIT_WITHOUT_ANGER (stop 68)
_PREVENTED = (
    r"(?:zonder\s+(?:dat|da|dan)\s+(?:\w+\s+){0,3}?|zodat\s+(?:\w+\s+){0,3}?(?:niet|ni|nie|geen)\s+|"
    r"(?:voordat|vooraleer|voor (?:dat|da))\s+(?:\w+\s+){0,3}?|"
    r"without\s+(?:\w+\s+){0,3}?(?:getting|becoming|going)\s+|before\s+(?:\w+\s+){0,2}?(?:get|gets|become|"
    r"becomes|go|goes)\s+|so\s+(?:that\s+)?(?:\w+\s+){0,2}?(?:doesn'?t|don'?t|won'?t|does not|do not|"
    r"will not)\s+(?:get|become|go)\s+)"
    r"(?:\w+\s+)?(?:boos|kwaad|pissig|woedend|geïrriteerd|geirriteerd|geërgerd|razend|chagrijnig|"
    r"ongeduldig|angry|annoyed|mad|furious|irritated|upset|impatient|cross)"
)
ANGRY_IN_QUEUE = _kind(
    "angry-in-queue",
    rf"\b{_QUEUE}\b.{{0,50}}?\b{_ANGRY}\b|\b{_ANGRY}\b.{{0,50}}?\b{_QUEUE}\b",
    "boze klanten kalmeren",
    "calm angry customers",
    unless=rf"\b{_PREVENTED}\b",
)

# A fault the customer complains of, with a discount asked for it ("room too noisy and wants a
# discount"): a complaint to put right, not haggling over a price.
_COMPENSATION = (
    r"(?:korting|kortingsbon\w*|tegoedbon\w*|waardebon\w*|cadeaubon\w*|compensatie|vergoeding|geld terug|"
    r"terugbeta\w*|terug (?:te )?betalen|terugstorten|geld teruggeven|geld terug te geven|"
    r"discount|compensation|refund|money back|reduction|voucher\w*|coupon\w*|money off)"
)
# Stop 63 (helper F): a wait the customer wants something for ("wil een kortingsbon omdat hij 20
# minuten heeft gewacht") is such a failure too, and so is a broken thing ("geld terug voor een kapotte
# stofzuiger"). What the asker may not give is saying no (MAY_NOT_GIVE).
_WAITED = (
    r"(?:gewacht|wachten|wachtte|wachtten|wachttijd|moest wachten|vertraging|vertraagd|waited|waiting|"
    r"had to wait|wait|delay\w*)"
)
_NOT_ALLOWED = (
    r"(?:mag ik (?:\w+ )?(?:niet|ni|nie)|mag (?:\w+ )?(?:niet|ni|nie) geven|mogen we (?:niet|ni|nie)|"
    # stop 64: "ik mag van mijn baas niks terugbetalen"
    r"(?:ik|we|wij) (?:mag|mogen) (?:\w+ ){0,4}?(?:niks|niets|geen)\b|"
    r"(?:niet|ni|nie) (?:mag|mogen) geven|niet toegestaan|kan ik (?:niet|ni|nie) geven|"
    r"(?:i'?m|i am|we'?re|we are) not allowed|(?:can'?t|cannot|may not) give|not allowed to give)"
)
# Stop 65 (A): an outage that hit everyone there ("film viel halverwege uit en de hele zaal wil geld
# terug", "the system went down and all the passengers want compensation") is such a failure too.
_OUTAGE = (
    r"(?:viel\s+(?:\w+\s+){0,2}?uit|valt\s+(?:\w+\s+){0,2}?uit|uitgevallen|stroomstoring|storing|"
    r"(?:ging|lag|ligt)\s+plat|went down|crashed|outage|power cut|broke down|stopped halfway)"
)
FAULT_FOR_DISCOUNT = _kind(
    "fault-for-discount",
    rf"\b(?:{_FAULT}|{_WAITED})\b.{{0,60}}?\b{_COMPENSATION}\b|"
    rf"\b{_COMPENSATION}\b.{{0,60}}?\b(?:{_FAULT}|{_WAITED})\b|\b{_OUTAGE}.{{0,80}}?\b{_COMPENSATION}\b",
    "een klacht over een fout goedmaken",
    "a complaint about a failure, make it right",
    # stop 64 (A2): the asker's question whether to give it oneself is empowerment (MAY_I_DECIDE_MYSELF)
    unless=rf"\b{_NOT_ALLOWED}|\b(?:mag|kan|mogen|kunnen)\s+(?:ik|we|wij)\s+(?:\w+\s+){{0,3}}?zelf\b|"
    r"\b(?:can|may|could)\s+(?:i|we)\b.{0,30}?\b(?:myself|ourselves|on my own)\b",
)

# Stop 63 (helper F): compensation the asker may not give ("korting omdat de doos beschadigd is maar
# dat mag ik niet geven", "he wants a refund but I'm not allowed to give one"): saying no kindly,
# what is possible.
MAY_NOT_GIVE = _kind(
    "may-not-give",
    rf"\b{_COMPENSATION}\b.{{0,80}}?\b{_NOT_ALLOWED}|\b{_NOT_ALLOWED}\b.{{0,40}}?\b{_COMPENSATION}\b",
    "vriendelijk nee zeggen, het mag niet volgens de regels, wat wel kan",
    "saying no kindly, not allowed under the rules, what is possible",
)

# Stop 63 (helper F): a return or refund without a receipt ("en hij heeft geen bon", "wil ruilen
# zonder kassabon", "no receipt"): a rule you keep, said kindly.
NO_RECEIPT = _kind(
    "no-receipt",
    r"\b(?:geen|zonder|géén)\s+(?:kassa|aankoop)?(?:bon|bonnetje|bonnekes?|kassabon|kassaticket|ticket|"
    r"aankoopbewijs)\b|\b(?:bon|bonnetje|kassabon|kassaticket|aankoopbewijs)\s+(?:\w+\s+){0,2}?kwijt\b|"
    r"\b(?:no |without (?:a |the |his |her )?|lost (?:the|his|her|their) )(?:receipt|proof of purchase)\b",
    "ruilen of geld terug zonder kassabon: het mag niet volgens de regels, vriendelijk nee zeggen",
    "a return or refund without a receipt: not allowed under the rules, saying no kindly",
    # asking whether to make an exception is bending a rule (empowerment, tests/data/kinds27.yml):
    # "zonder bon maar ik ken haar ... mag ik een uitzondering maken", "can I just take it back"
    unless=r"\b(?:uitzondering\w*|exceptions?|buigen|bend\w*)\b|\bmag ik (?:het |da |dat )?(?:toch|gewoon)\b|"
    r"\bcan i (?:just|still)\b|\bik (?:ken (?:haar|hem)|weet zeker)\b|\bi know (?:her|him|she|he)\b",
)

# Measuring whether a team works customer-focused: the measuring articles.
MEASURING_A_TEAM = _kind(
    "measuring-a-team",
    r"\b(?:meten|meet|gemeten|meetbaar|measure\w*|track\w*|cijfers|kpi\w*)\b.{0,50}?"
    r"\b(?:klantgericht\w*|servicegericht\w*|klantvriendelijk\w*|customer[- ]focus\w*|customer[- ]centr\w*|"
    r"customer[- ]oriented|service[- ]minded|"
    # stop 63: "hoe meet ik of mijn afdeling goeie service levert", "measure whether we give good service"
    r"(?:goede|goeie|goed|betere|good|great|better|excellent)\s+service|servicekwaliteit|service quality|"
    r"kwaliteit van (?:de|onze|hun) service|quality of (?:the|our|their) service)",
    "meten met cijfers en KPI's",
    "measure with numbers and KPIs",
)

# Satisfied against delighted customers ("the difference between satisfaction and delight").
_SATISFIED = r"(?:tevreden\w*|klanttevredenheid|satisf\w+)"
_DELIGHTED = r"(?:enthousiast\w*|verrukking|klantverrukking|blij verrast|delight\w*|enthusias\w*|wow)"
SATISFIED_VS_DELIGHTED = _kind(
    "satisfied-vs-delighted",
    rf"\b{_SATISFIED}\b.{{0,40}}?\b{_DELIGHTED}\b|\b{_DELIGHTED}\b.{{0,40}}?\b{_SATISFIED}\b",
    "van tevreden naar enthousiast",
    "from satisfied to enthusiastic, satisfied versus delighted",
)

# Someone new asking where to start with customers ("ik ben nieuw, waar moet ik op letten bij
# klanten"): every contact counts, the first impression first. Not a new manager or leader.
_NEW = (
    r"(?:ik ben (?:hier |nog )?(?:nieuw|net begonnen|pas begonnen|sinds kort)|ben nieuw|nieuw hier|"
    r"mijn eerste (?:werk)?(?:dag|week)|eerste (?:werk)?dag|net gestart|"
    r"i'?m new|i am new|new here|just started|first day|first week|started last week)"
)
NEW_STAFF = _kind(
    "new-staff",
    rf"\b{_NEW}\b.{{0,80}}?\b(?:klant\w*|gast\w*|customers?|guests?|clients?)\b",
    "elk klantcontact telt, de eerste indruk, klanten gastvrij begroeten",
    "every customer contact counts, the first impression, greet customers warmly",
    # not knowing the answers yet is a question one cannot answer (DIDNT_KNOW_THE_ANSWER, stop 64)
    unless=r"\b(?:antwoorden|the answers|all the answers)\b|"
    r"\b(?:leidinggevende|manager|teamleider|team ?leader|supervisor|teamcoach|"
    r"loon|salaris|uniform|rooster|payslip|pay slip|salary|wages|schedule|rota)\b",
)

# Pressure to serve fast, judged on numbers ("mijn baas let alleen op hoeveel klanten ik per uur
# help"): KPIs that help or hurt service (bot/content/audience.py `KPI_PRESSURE` opens it to staff).
KPI_PRESSURED = Kind(
    "kpi-pressure",
    KPI_PRESSURE,
    {"nl": "sturen op KPI's en aantallen, afhandeltijd", "en": "KPI targets and numbers, handle time"},
)
# Venting (stop 62b). The asker fed up with customers ("ik ben ziek van die klant", "zo moe van de
# klanten vandaag", "sick of customers today"): recovering after hard conversations. Being ill oneself
# ("ik ben ziek") or tired of a colleague is not this.
_SERVED_PLAIN = (
    r"(?:klant\w*|gast\w*|beller\w*|bezoeker\w*|passagier\w*|reiziger\w*|patiënt\w*|patient\w*|"
    r"customers?|guests?|callers?|clients?|visitors?|passengers?|patients?|people)"
)
_FED_UP = (
    r"(?:(?:ik ben|ben|'?k ben|kben|ik word|ik raak|i'?m|i am|i'?m getting|getting|so)\b.{0,25}?"
    r"(?:ziek|moe|doodmoe|kapot|beu|kotsbeu|spuugzat|het zat|klaar|gek|horendol|knettergek|sick|tired|"
    r"fed up|done|worn out|exhausted|drained)\s+(?:van|met|of|with|by)|(?:het|er) (?:gehad|genoeg) met|"
    r"had enough of|(?:drives|driving|drove) me (?:crazy|mad|nuts|insane|up the wall)|"
    r"hangen me (?:de keel|m'n strot) uit|zat van|fed up with|sick of|sick and tired of|had it with)"
)
FED_UP_WITH_CUSTOMERS = _kind(
    "fed-up-with-customers",
    rf"\b{_FED_UP}\b.{{0,20}}?\b{_SERVED_PLAIN}\b|\b{_SERVED_PLAIN}\b.{{0,20}}?\bhangen me\b|"
    rf"\b{_SERVED_PLAIN}\b.{{0,20}}?\b(?:drives|driving|drove|makes|making) me (?:crazy|mad|nuts|insane)\b|"
    rf"\b(?:{_SERVED_PLAIN}|meneer|mevrouw)\b.{{0,20}}?\bmaakt me (?:gek|horendol|knettergek)\b",
    "herstellen na een lastig klantgesprek, even ontladen",
    "recovering after a hard customer conversation, decompress",
    unless=_COLLEAGUE,
)

# A customer called names ("wtf die klant is echt een eikel", "klant is echt een zeikerd", "this
# customer is such a jerk"): the difficult, angry customer. A customer who calls the asker names is a
# customer crossing the line (the idiom the search reads as being sworn at), not this.
_NAME = (
    r"(?:eikel\w*|zeikerd\w*|zeur\w*|klootzak\w*|hufter\w*|lul|etter\w*|trut\w*|idioot|sukkel\w*|"
    r"lastpak\w*|klier\w*|zak|zakkenwasser\w*|kneus|asociaal|aso|ambetanterik|zeveraar|"
    r"jerk|asshole|arsehole|idiot|dick|prick|pain in the (?:ass|arse|neck)|nightmare|karen|twat|douche\w*)"
)
CUSTOMER_CALLED_NAMES = _kind(
    "customer-called-names",
    rf"\b{_SERVED_PLAIN}\b.{{0,25}}?\b(?:is|was|zijn|waren|are|were|blijft)\b.{{0,25}}?\b{_NAME}\b|"
    rf"\b(?:wat een|zo'?n|such an?|what an?)\s+{_NAME}\b.{{0,20}}?\b{_SERVED_PLAIN}\b",
    "een lastige, boze klant",
    "a difficult, angry customer",
    # nor one who gets physical or threatens (crossing the line, violence)
    unless=_COLLEAGUE + r"|\b(?:noem\w*|scheld\w*|schold|uitgescholden|called me|calls me|calling me|"
    r"call me|swore|swears|sworn|sla\w*|sloeg|geslagen|duw\w*|spuug\w*|spoog|bedreig\w*|dreig\w*|hits?|"
    r"hitting|punch\w*|push\w*|shov\w*|spat|spits?|spitting|threat\w*|grab\w*)\b",
)

# A worried or nervous customer ("how do I calm an anxious patient?", "een zenuwachtige klant"):
# the customer's feelings (shift-emotion names nervous and anxious customers), not anger.
_NERVOUS = (
    r"(?:angstig\w*|bang\w*|zenuwachtig\w*|nerveus\w*|ongerust\w*|bezorgd\w*|gespannen|in paniek|"
    r"anxious|nervous|worried|scared|frightened|afraid|uneasy|distressed|panicky)"
)
NERVOUS_CUSTOMER = _kind(
    "nervous-customer",
    rf"\b{_NERVOUS}\s+(?:\w+\s+)?{_SERVED_PLAIN}\b|\b{_SERVED_PLAIN}\b.{{0,30}}?\b(?:is|was|zijn|"
    rf"lijkt|looks|seems|gets|is getting|wordt|raakt)\b.{{0,15}}?\b{_NERVOUS}\b|"
    # the Dutch verb last (stop 63): "een patiënt die heel angstig is", "klant die bang is voor de tandarts"
    rf"\b{_SERVED_PLAIN}\s+die\s+(?:\w+\s+){{0,2}}?{_NERVOUS}\b|"
    rf"\b{_SERVED_PLAIN}\b.{{0,30}}?\b(?:zich zorgen maakt|zich zorgen maken|ziet er tegenop|ziet ertegen op|"
    rf"op van de zenuwen)\b",
    "een zenuwachtige, angstige klant geruststellen: wat de klant voelt, emotie",
    "reassure a nervous, anxious customer: how the customer feels, emotion, empathy",
    unless=_COLLEAGUE + r"|\b(?:ik ben|ik was|i'?m|i am|i was|i get|ik word)\b.{0,10}?\b" + _NERVOUS
    # a new employee nervous with customers is coached (COACHING_A_NEWCOMER, stop 64)
    + r"|\b(?:new (?:hire|starter|colleague|employee|staff member|team member)s?|nieuwe (?:collega|"
    r"medewerker|kracht|starter)\w*|stagiair\w*|trainee\w*)\b",
)

# A customer late for an appointment ("klant die te laat is voor zijn afspraak", "patient turns up
# late for the appointment"): a rule you keep, said kindly. Our own lateness is a promise (pyramid-promise).
_LATE_FOR = (
    r"(?:(?:veel |een uur |half uur |kwartier )?te laat|telaat|late|too late)\b.{0,25}?\b(?:afspraak\w*|"
    r"reservering\w*|reservatie\w*|behandeling|consult\w*|appointment\w*|reservation\w*|booking\w*|"
    r"slot|check-?in|session|les|lesson|class)"
)
LATE_CUSTOMER = _kind(
    "late-customer",
    rf"\b{_SERVED_PLAIN}\b.{{0,40}}?\b{_LATE_FOR}\b",
    "vriendelijk nee zeggen, het kan niet meer volgens de regels",
    "saying no kindly, not possible any more under the rules",
    unless=_COLLEAGUE + r"|\b(?:wij|we|onze|ons|jullie|our|us|levering|bezorging|bezorger|monteur|"
    r"delivery|driver|technician)\b.{0,15}?\b(?:te laat|late)\b",
)

# A customer asking the same thing again and again ("vraagt steeds hetzelfde", "keeps asking the
# same question"): a customer who cannot follow, read with that article's own words (stop 63: "voor de
# vijfde keer" alone put customer effort, contacting again and again, first). Many customers asking
# one thing is customer effort.
SAME_QUESTION_AGAIN = _kind(
    "same-question-again",
    r"\b(?:steeds|telkens|keer op keer|alsmaar|constant|blijft|opnieuw|weer|nog eens|voor de \w+ keer)\b"
    r".{0,20}?\b(?:hetzelfde|dezelfde vra\w+|zelfde vra\w+)|"
    # stop 63 (helper F): every day the same, with a word of asking ("die elke dag hetzelfde komt vragen")
    r"\b(?:elke|iedere) (?:dag|keer|week|ochtend|avond)\b.{0,20}?\b(?:dezelfde|zelfde) vra\w+|"
    r"\b(?:elke|iedere) (?:dag|keer|week|ochtend|avond)\b.{0,20}?\bhetzelfde\b.{0,20}?\b(?:vra\w+|vroeg)\b|"
    r"\b(?:vraagt|vroeg|vragen|komt vragen)\b.{0,20}?\b(?:elke|iedere) (?:dag|keer|week|ochtend|avond)\b"
    r".{0,10}?\bhetzelfde\b|\b(?:hetzelfde|dezelfde vraag)\b.{0,20}?"
    r"\b(?:steeds|telkens|opnieuw|weer|keer op keer|blijft)\b|"
    r"\b(?:keeps?|kept|keep on) (?:asking|repeating)\b.{0,20}?"
    r"\b(?:the same|same|again|over and over|(?:him|her|them)sel(?:f|ves))\b|"
    r"\basks?\b.{0,25}?\b(?:again and again|over and over|for the \w+ time)\b|"
    r"\b(?:every|each) (?:day|time|week|morning)\b.{0,25}?\basks?\b.{0,15}?\bthe same\b|"
    r"\basks?\b.{0,10}?\bthe same\b.{0,25}?\b(?:every|each) (?:day|time|week|morning)\b|"
    r"\bsame question\b.{0,20}?\b(?:again|over and over|repeatedly|every)",
    "de klant kan je niet volgen, in de war, verwarring, nog een keer rustig uitleggen en laten zien",
    "the customer can't follow you, confused, explain again calmly and show it",
    unless=_COLLEAGUE + r"|\b(?:veel|alle|steeds meer|zoveel|many|all|lots of|most|so many)\s+(?:\w+\s+)?"
    r"(?:klanten|gasten|bellers|customers|guests|callers)\b|\b(?:klaag\w*|klagen|complain\w*|zeur\w*)\b|"
    # contacting again about the same matter is customer effort (stop 63: "belt voor de derde keer over
    # hetzelfde pakket")
    r"\b(?:hetzelfde|zelfde|same)\s+(?:pakket\w*|probleem|bestelling\w*|order|storing|issue|problem|"
    r"package|parcel|delivery|levering|klacht|complaint|matter|zaak)\b",
)

# Something found in the food or drink ("haar in zn soep", "a fly in her salad"), a wrong order or a
# long wait: a fault first (stop 64, A2; CUSTOMER_SAYS_IT_WENT_WRONG).
_FOUND_IN = (
    r"(?:(?:haar|haren|vlieg|insect\w*|beestje|glas|glasscherf|plastic|steentje|hair|fly|bug|insect|glass)\s+"
    r"(?:gevonden\s+)?in\s+(?:zijn|zn|z'n|haar|het|de|hun|his|her|the|their)\b|verkeerde bestelling|"
    r"wrong order|te lang (?:moeten )?(?:gewacht|wachten)|waited (?:far |way )?too long)"
)
# A customer who won't pay ("klant die niet wil betalen", "weigert te betalen", "refuses to pay"):
# saying no kindly. Not paying for a fault (cold food, a broken item) is a complaint to put right.
WONT_PAY = _kind(
    "wont-pay",
    rf"\b{_SERVED_PLAIN}\b.{{0,40}}?\b(?:nie?t? (?:wil|wilt|willen|wou|wilde) (?:af)?(?:be)?talen|"
    r"wil(?:t|len)? (?:\w+ ){0,3}?nie?t? (?:af)?(?:be)?talen|weiger\w* (?:te )?(?:af)?(?:be)?tal\w*|"
    r"betaalt nie?t?\b|"
    r"refus\w* to pay|won'?t pay|will not pay|doesn'?t want to pay|does not want to pay|not paying)",
    "vriendelijk nee zeggen, wat wel kan",
    "saying no kindly, what is possible",
    # a customer who won't pay and shouts is the angry customer (devset4: a passenger yelling)
    # stop 64 (A2): something found in the food, a wrong order or a long wait is a fault first
    unless=_COLLEAGUE + rf"|\b{_FAULT}|\b{_ANGRY}\b|\b{_FOUND_IN}|"
    r"\b(?:klacht\w*|complain\w*|werkgever|employer|loon|"
    r"salaris|wages|salary|schreeuw\w*|yell\w*|shout\w*|scream\w*|scheld\w*|dreig\w*|threat\w*)\b",
)

# A customer's card that fails at the till ("wil afrekenen met een kapotte pinpas", "her card was
# declined"): a problem you cannot solve yourself, with another way to pay. The till's own card reader
# failing is a work matter (referrals).
CARD_FAILS = _kind(
    "card-fails",
    r"\b(?:pinpas\w*|bankpas\w*|betaalpas\w*|betaalkaart\w*|bankkaart\w*|creditcard\w*|kaart|"
    r"card|bank card|debit card|credit card)\b.{0,30}?\b(?:kapot|stuk|werkt niet|geweigerd|geblokkeerd|"
    r"doet het niet|declined|rejected|blocked|broken|doesn'?t work|not working|won'?t work)|"
    r"\b(?:kapotte|defecte|geblokkeerde|broken|blocked|declined)\s+(?:pinpas|bankpas|betaalpas|"
    r"betaalkaart|bankkaart|creditcard|kaart|card|bank card|debit card|credit card)\b",
    "een probleem dat je zelf niet kunt oplossen, een andere manier bieden",
    "a problem you can't solve yourself, offer another way",
    unless=r"\b(?:pinautomaat|pinapparaat|betaalterminal|kassa|card reader|card machine|payment terminal|"
    r"mijn pas|my card|sleutelkaart|key ?card|toegangspas|badge)\b",
)

# Customers complaining about a facility that fails ("the wifi in the lobby doesn't work and guests
# complain"): complaints, with a problem the asker cannot solve alone. A discount asked for it is
# service recovery (FAULT_FOR_DISCOUNT).
_COMPLAIN = r"(?:klagen|klaagt|klaag\w*|mopper\w*|zeuren|zeurt|complain\w*|moan\w*|grumbl\w*)"
FAULT_COMPLAINED_OF = _kind(
    "fault-complained-of",
    rf"\b{_FAULT}\b.{{0,60}}?\b{_SERVED_PLAIN}\b.{{0,20}}?\b{_COMPLAIN}\b|"
    rf"\b{_SERVED_PLAIN}\b.{{0,20}}?\b{_COMPLAIN}\b.{{0,40}}?\b{_FAULT}\b",
    "klachten van klanten afhandelen",
    "handling customer complaints",
    unless=rf"\b{_COMPENSATION}\b",
)

# A customer who keeps complaining ("klant die blijft klagen", "keeps complaining"): complaint
# handling. A team that keeps complaining is the complaining team (coaching).
KEEPS_COMPLAINING = _kind(
    "keeps-complaining",
    r"\b(?:blijft|blijven|steeds|altijd|constant|telkens|alsmaar)\s+(?:\w+\s+){0,2}?(?:klagen|klaagt|zeuren|"
    r"zeurt|mopperen|moppert)\b|\b(?:keeps?|kept|keep on|always|constantly) "
    r"(?:complaining|moaning|whining)\b|\b(?:always|constantly|continually) (?:complains|moans|whines)\b",
    "klachten afhandelen",
    "handling complaints",
    # about the price: the price objection ("the klant keeps complaining about de prijs", issue 9.2)
    unless=_COLLEAGUE + r"|\b(?:team|ploeg|personeel|staff|collega\w*)\b|"
    r"\b(?:prijs|prijzen|price|prices|pricing|te duur|too expensive|duur|expensive|kosten|cost|costs|"
    r"tarief)\b",
)

# Someone of staff rude to customers ("een medewerker van mij is steeds onbeleefd tegen klanten",
# "one of the other nurses is rude to patients"): feedback on service behaviour.
_STAFF = (
    _COLLEAGUE + r"|\b(?:one of the other \w+|een van de andere \w+|verpleegkundige\w*|verpleger\w*|"
    r"nurses?|waiters?|cashiers?|kassamedewerker\w*|ober\w*|serveerster\w*|stagiair\w*|intern)\b"
)
_RUDE = (
    r"(?:onbeleefd\w*|onvriendelijk\w*|bot|kortaf|grof|brutaal|onbeschoft|snauw\w*|rude|unfriendly|impolite|"
    r"curt|snappy|snaps at|short with|disrespectful)"
)
STAFF_RUDE_TO_CUSTOMERS = _kind(
    "staff-rude-to-customers",
    # rude to customers, not to the asker where customers stand by (devset: culture-internal-respect)
    rf"(?:{_STAFF}).{{0,40}}?\b{_RUDE}\b.{{0,15}}?\b(?:tegen|naar|tegenover|to|with|towards)\s+"
    rf"(?!(?:mij|me|ons|us|mijn|my)\b)(?:\w+\s+){{0,2}}?{_SERVED_PLAIN}\b",
    "feedback geven op servicegedrag",
    "giving feedback on service behaviour",
)

# Coaching one's people on the floor, at work ("hoe coach ik mijn mensen op de vloer"): guiding a team
# during the work itself.
COACHING_ON_THE_FLOOR = _kind(
    "coaching-on-the-floor",
    r"\b(?:coach\w*|begeleid\w*|bijsturen|bijstuur\w*|stuur|sturen|aansturen|guide|guiding|steer\w*)\b.{0,40}?"
    r"\b(?:op de (?:werk)?vloer|op de winkelvloer|on the (?:shop |work |sales )?floor|"
    r"tijdens (?:het werk|de dienst|de spits)|during (?:the |a )?(?:shift|rush|work))",
    "je team bijsturen tijdens de spits, coachen op de werkvloer",
    "guiding your team during a rush, coaching on the floor",
)

# Stop 63. A customer's question the asker could not answer ("patiënt vroeg iets over zijn medicijnen
# en ik wist het niet", "a guest asked me something and I didn't know the answer"): a problem you
# cannot solve yourself, honestly said and found out. Not "ik weet niet wat ik moet doen" (any question).
_DIDNT_KNOW = (
    r"(?:ik wist (?:het|het antwoord|dat|er) (?:ook )?(?:niet|ni|nie)|wist (?:het|het antwoord|geen antwoord)"
    r" (?:niet|ni|nie)?|ik weet (?:het|het antwoord|dat) (?:ook )?(?:niet|ni|nie)|wist geen antwoord|"
    r"weet geen antwoord|had geen antwoord|geen idee wat het antwoord|heb maar wat gezegd|"
    r"(?:i )?(?:didn'?t|did not|don'?t|do not) know (?:the answer|what to answer|the answer to)|"
    r"had no (?:idea|answer)|made something up|made up an answer|just guessed)"
)
DIDNT_KNOW_THE_ANSWER = _kind(
    "didnt-know-the-answer",
    rf"\b(?:vroeg|vraagt|vragen|vraag|stelde|asked|asks|asking|question)\b.{{0,80}}?\b{_DIDNT_KNOW}|"
    rf"\b{_DIDNT_KNOW}\b.{{0,30}}?\b(?:op (?:de|zijn|haar) vraag|to (?:the|his|her|their) question)"
    # stop 64: not knowing the answers yet ("weet de antwoorden op veel vragen nog niet")
    r"|\b(?:weet|ken|know)\s+(?:\w+\s+)?(?:de|alle|veel|the|all)\s+antwoorden\b.{0,30}?"
    r"\b(?:nog )?(?:niet|ni|nie)\b|"
    r"\b(?:weet|ken)\s+(?:nog\s+)?(?:niet|ni|nie)\s+(?:alle|de|veel)\s+antwoorden\b|"
    r"\b(?:don'?t|do not|doesn'?t)\s+(?:yet\s+)?know\s+(?:all |most of |many of )?the answers\b",
    "een vraag die je zelf niet kunt beantwoorden: eerlijk zeggen, uitzoeken en terugkomen",
    "a question you can't answer yourself: say so honestly, find out and get back",
    unless=_COLLEAGUE + r"|\b(?:wat ik moet (?:doen|zeggen)|what to (?:do|say))\b",
)

# Stop 63. Staff treated well so that they treat customers well ("why should I treat my staff well if I
# want good service", "de organisatie behandelt hen zelf slecht", "nurses are exhausted and patients feel
# it", "go the extra mile without burning them out"): symmetric attention, not one's own stress.
_STAFF_PEOPLE = (
    r"(?:staff|employees|my people|our people|workers|nurses|the team|my team|our team|personeel|"
    r"medewerkers|mijn mensen|onze mensen|verpleegkundigen|het team|mijn team|ons team|hen|them)"
)
_STAFF_WELL = (
    rf"(?:treat\w* (?:my |our |your |the )?{_STAFF_PEOPLE} (?:well|badly|right|poorly)|"
    rf"{_STAFF_PEOPLE} (?:zelf )?(?:goed|slecht) behandel\w*|"
    rf"behandel\w* {_STAFF_PEOPLE} (?:zelf )?(?:goed|slecht)|"
    rf"(?:burn\w*|wear\w*) {_STAFF_PEOPLE} out|"
    rf"{_STAFF_PEOPLE} (?:are |is |zijn |raken |worden |zit |zitten |from )?"
    r"(?:exhausted|burn(?:ed|t|ing) out|burnt-out|overworked|worn out|"
    r"uitgeput|opgebrand|overbelast|overwerkt|op hun tandvlees)|"
    rf"(?:zonder|without) (?:dat )?{_STAFF_PEOPLE} (?:op te branden|opbranden|uit te putten|to burn out))"
)
_SERVICE_SIDE = (
    r"(?:klant\w*|gast\w*|patiënt\w*|patient\w*|customers?|guests?|patients?|clients?|service|"
    r"extra mile|stapje extra)"
)
STAFF_TREATED_WELL = _kind(
    "staff-treated-well",
    rf"\b{_STAFF_WELL}\b.{{0,80}}?\b{_SERVICE_SIDE}\b|\b{_SERVICE_SIDE}\b.{{0,80}}?\b{_STAFF_WELL}\b",
    "symmetrische aandacht: medewerkers die goed behandeld worden, behandelen klanten goed",
    "symmetric attention: employees who are treated well treat customers well",
    # the asker's own stress from customers (after-a-hard-conversation)
    unless=rf"\b{_HARD_CUSTOMERS}\b|"
    r"\b(?:ik ben|i'?m|i am)\b.{0,20}?\b(?:uitgeput|opgebrand|exhausted|burn\w*)",
)

# Stop 63. A manager's coaching or feedback talk with one employee about their service ("hoe voer ik
# een coachingsgesprek met iemand die veel klachten krijgt"): the feedback conversation, not the
# complaints the employee gets.
COACHING_TALK = _kind(
    "coaching-talk",
    r"\b(?:coachingsgesprek\w*|coachgesprek\w*|feedbackgesprek\w*|correctiegesprek\w*|"
    r"coaching (?:conversation|talk|session)|feedback (?:conversation|talk|session))\b.{0,30}?"
    r"\b(?:met|with)\b",
    "een feedbackgesprek voeren met een medewerker over zijn servicegedrag",
    "a feedback conversation with an employee about their service behaviour",
    # a talk with a customer is no coaching of staff
    unless=r"\b(?:met|with)\s+(?:een |de |die |a |an |the |our |onze |that )?(?:klant\w*|gast\w*|customers?|"
    r"guests?|clients?|patiënt\w*|patients?)\b",
)

# Stop 63. The rule says no, the asker's feeling says help ("regels zeggen nee maar mijn gevoel zegt
# help die man", "policy says no but my gut says help her"): room to decide, an exception to the rule
# (empowerment). How to say no kindly is saying no.
_RULE = r"(?:regels?|regeltje|protocol\w*|beleid|procedure\w*|voorschrift\w*|rules?|policy|policies)"
_HEART = (
    r"(?:(?:mijn |mn |m'n |my )?(?:gevoel|hart|buik|onderbuik|gut|heart|instinct\w*|conscience|geweten)|"
    r"(?:ik )?(?:wil|zou) (?:\w+ ){0,3}?(?:graag )?helpen|(?:i )?(?:want|would like|'d like) to help)"
)
RULE_AGAINST_HEART = _kind(
    "rule-against-heart",
    rf"\b{_RULE}\b.{{0,50}}?\b(?:maar|but|terwijl|while|yet)\b.{{0,40}}?{_HEART}|"
    rf"{_HEART}.{{0,50}}?\b(?:maar|but|terwijl|while|yet)\b.{{0,40}}?\b{_RULE}\b",
    "zelf mogen beslissen om de klant te helpen, een uitzondering op de regel, vertrouwen",
    "room to decide for yourself to help the customer, an exception to the rule, trust",
    unless=r"\b(?:nee zeggen|nee verkopen|say no|saying no|weigeren|refuse)\b",
)

# Stop 63. A conversation the asker cannot let go of ("i had a horrible call today and cant stop
# thinking about it", "krijg die klant ni uit mijn hoofd"): recovering after a hard conversation. A
# customer who cannot let go of a grievance is not this.
LINGERING_CONVERSATION = _kind(
    "lingering-conversation",
    r"\b(?:can'?t|cant|cannot|can not|couldn'?t) (?:stop thinking about|get (?:it|him|her|them|that|this)"
    r"(?: \w+)? out of my head|let (?:it|that|this) go|shake (?:it|that|this) off|stop replaying)|"
    r"\b(?:krijg|kreeg|krijgen)\b(?:\s+\S+){0,4}?\s+(?:niet|ni|nie) "
    r"(?:meer )?uit (?:mijn|mn|m'n|me) (?:hoofd|kop|gedachten)|"
    r"\b(?:blijft|bleef) (?:maar )?(?:door )?(?:mijn|mn|m'n|me) (?:hoofd|kop) (?:spoken|malen|gaan)|"
    r"\b(?:ik kan|kan ik|'k kan|kan) (?:het|dat|da|die \w+) (?:maar )?(?:niet|ni|nie) "
    r"(?:loslaten|van me afzetten)|"
    # stop 65: still feeling bad about it, how to get over it ("ik voel me er nog steeds rot over. hoe
    # verwerk ik dit", "i still feel awful about it, how do i get over it")
    r"\b(?:voel|zit)\s+(?:me|mij|ik)?\s*(?:er|daar)\s+(?:nog\s+)?(?:steeds\s+|altijd\s+)?(?:zo\s+)?"
    r"(?:rot|slecht|ellendig|beroerd|kut|naar|shit|mee)\b(?:\s+(?:over|mee|door))?|"
    r"\bhoe\s+(?:verwerk|verwerken)\s+(?:ik|je|we)\s+(?:dit|dat|da|het|zoiets|zo'n|zoveel|die|deze)\b|\bhoe\s+(?:kom|komen)\s+(?:ik|je)\s+(?:hier|daar|er)\s*"
    r"(?:over\s*)?heen\b|\b(?:still|really) (?:feel|feeling) (?:awful|terrible|bad|horrible|sick|shaken)\b|"
    r"\bhow (?:do|can) i (?:get over (?:it|this|that)|process (?:it|this|that|what happened)|"
    r"deal with my feelings)",
    "herstellen na een lastig klantgesprek, het loslaten",
    "recovering after a hard customer conversation, letting it go",
    unless=r"\b(?:de klant|the customer|customer|klant|guest|gast)\s+(?:who\s+|die\s+)?"
    r"(?:kan|can'?t|cannot|won'?t|wil)\b|"
    # stop 65: what the asker should have done is the question ("ik heb nee gezegd maar voel me er rot
    # over. had ik de regel moeten buigen"), not the feeling
    r"\b(?:had ik|hadden we)\b.{0,40}?\b(?:moeten|mogen)\b|\bshould i have\b|"
    r"\b(?:mocht|mag) ik (?:dat|het|da)\b",
)

# Stop 63 (helper F): someone at the wrong desk or place ("burger staat aan het verkeerde loket", "a
# guest came to the wrong department"): a problem you cannot solve yourself, handed on warmly.
WRONG_PLACE = _kind(
    "wrong-place",
    r"\b(?:het|de|'t|een)\s+verkeerde\s+(?:loket\w*|balie|afdeling|adres|kantoor|winkel|filiaal|gemeente|"
    r"nummer|plek|plaats|instantie|ingang|gebouw|ziekenhuis|organisatie|desk)\b|"
    r"\bthe wrong (?:desk|counter|department|office|branch|store|shop|place|number|building|entrance|"
    r"organi[sz]ation|hospital|ward|address)\b",
    "een probleem dat je zelf niet kunt oplossen, warm doorverwijzen naar de juiste plek",
    "a problem you can't solve yourself, hand them on warmly to the right place",
    # the asker's own mistake or a colleague's ("ik heb hem naar het verkeerde loket gestuurd") is a
    # failure to put right
    unless=_COLLEAGUE + r"|\b(?:ik heb|we hebben|i sent|we sent|i gave|i told)\b",
)

# Stop 63 (helper F): a customer who keeps contacting without need ("cliënt belt steeds 's nachts voor
# niks", "a caller rings every night for nothing"): a limit to set, saying no kindly. Contacting again
# about the same matter is customer effort (SAME_QUESTION_AGAIN's `unless`).
_CONTACTS = (
    r"(?:belt|bellen|belde|mailt|mailen|appt|appen|komt|komen|kwam|calls|calling|rings|ringing|emails|"
    r"texts|texting|messages|messaging|emailing|mailing|comes|coming|shows up|turns up)"
)
_WITHOUT_NEED = (
    r"(?:voor niks|voor niets|om niks|om niets|nergens voor|zonder reden|over niks|over niets|'s nachts|"
    r"snachts|midden in de nacht|for nothing|for no reason|about nothing|at night|in the middle of the night|"
    r"at 3 ?am|at all hours)"
)
KEEPS_CONTACTING = _kind(
    "keeps-contacting",
    rf"\b{_CONTACTS}\b.{{0,40}}?{_WITHOUT_NEED}|{_WITHOUT_NEED}.{{0,30}}?\b{_CONTACTS}\b",
    "grenzen stellen, vriendelijk nee zeggen, wat wel kan",
    "setting a limit, saying no kindly, what is possible",
    unless=_COLLEAGUE + r"|\b(?:pakket\w*|bestelling\w*|order|storing|package|parcel|delivery|levering|"
    r"nood\w*|emergency|pijn|pain|alarm\w*|onwel|unwell)\b",
)

# Stop 64 (helper A, dev set 9). A team lead coaching a new or nervous employee ("how do I coach a new
# hire who is nervous with customers", "hoe begeleid ik een nieuwe collega die klanten spannend vindt"):
# coaching one's people, not a nervous customer (NERVOUS_CUSTOMER's `unless` names the new employee).
_NEW_EMPLOYEE = (
    r"(?:new (?:hire|hires|starter|starters|colleague|employee|staff member|team member|recruit)s?|"
    r"nieuwe (?:collega|medewerker|kracht|starter|werknemer|teamlid)\w*|nieuwkomer\w*|"
    r"stagiair\w*|trainee\w*|intern|interns|jobstudent\w*|leerling\w*)"
)
COACHING_A_NEWCOMER = _kind(
    "coaching-a-newcomer",
    r"\b(?:coach\w*|begeleid\w*|inwerk\w*|inwerken|help\w*|support\w*|train\w*|leer|leren|teach\w*|"
    r"guide|guiding|onboard\w*|mentor\w*)\b.{0,40}?\b" + _NEW_EMPLOYEE + r"\b|"
    # the Dutch verb last: "tips om een stagiair in te werken"
    r"\b" + _NEW_EMPLOYEE + r"\b.{0,20}?\b(?:in te werken|inwerken|te begeleiden|begeleiden|te coachen|"
    r"coachen|op te leiden|opleiden)\b",
    "een medewerker coachen op de werkvloer, voordoen, feedback geven op servicegedrag",
    "coaching an employee on the floor, showing how, giving feedback on service behaviour",
    # the asker is the newcomer (NEW_STAFF)
    unless=r"\b(?:i'?m|i am|ik ben|als)\s+(?:a |an |een |de |the )?(?:new|nieuwe|stagiair|trainee|intern|"
    r"jobstudent)\b",
)

# Stop 64. A lead who wants the team to greet customers ("hoe krijg ik mijn team zover dat ze klanten
# groeten", "how do I get my staff to greet guests"): set the example, a short huddle and a tip on the
# floor, not a demotivated team (that one names energy or motivation). Only greeting: a team to take
# decisions, go the extra mile or smile for real has articles of its own.
TEAM_TO_TAKE_UP_A_HABIT = _kind(
    "team-to-take-up-a-habit",
    r"\b(?:krijg|kreeg|krijgen)\s+(?:ik|we|je)\s+(?:mijn|mn|m'n|ons|onze|het|de)\s+"
    r"(?:team|mensen|medewerkers|personeel|ploeg|collega'?s)\s+(?:zo ?ver|zover|zo ver)\b.{0,40}?"
    r"\b(?:groeten|groet|begroeten|gedag zeggen|goeiedag zeggen|hallo zeggen|aankijken|welkom heten)\b|"
    r"\b(?:get|make)\s+(?:my|our|the)\s+(?:team|staff|people|employees|crew)\s+to\s+(?:\w+\s+)?"
    r"(?:greet|say hello|welcome|acknowledge|look up at|make eye contact)\b|"
    # stop 67 (A3): a team lax at greeting ("mn team is nogal lui met klanten begroeten", "my staff keep
    # forgetting to greet customers")
    r"\b(?:mijn|mn|m'n|ons|onze|my|our)\s+(?:team|mensen|medewerkers|personeel|ploeg|collega'?s|staff|"
    r"crew|employees|people)\b.{0,40}?\b(?:lui|laks|slordig|nonchalant|vergeet|vergeten|niet|nie|ni|nooit|"
    r"zelden|lazy|sloppy|slack|forget|forgets|forgetting|don'?t|never|rarely|hardly)\b.{0,30}?"
    r"\b(?:groeten|groet|begroeten|gedag zeggen|greet\w*|says? hello|welcom\w*)\b",
    "zelf het goede voorbeeld geven, een korte teamhuddle, je team bijsturen op de vloer",
    "setting the example yourself, a short team huddle, guiding your team on the floor",
    unless=r"\b(?:gemotiveerd|motivatie|motiveren|energie|zin|moed|demotivated|motivat\w*|energy|"
    r"meten|measure)\b",
)

# Stop 64. A customer who reproaches the whole organisation ("klant zegt 'jullie zijn altijd zo
# traag'", "a customer says you people never call back"): a complaint from an annoyed customer, not the
# customer as king.
CUSTOMER_REPROACH = _kind(
    "customer-reproach",
    r"\bjullie\s+(?:zijn|doen|kunnen|hebben|bellen|komen|sturen|antwoorden|reageren|luisteren)\s+"
    r"(?:\w+\s+){0,2}?(?:altijd|nooit|nooit eens|weer|steeds|telkens)\b|"
    r"\b(?:you guys|you people|your lot|your company|your shop)\s+(?:are\s+)?(?:always|never|so|useless|"
    r"slow|late)\b|\b(?:says?|said|yells?|yelled|shouts?|shouted|tells? me)\b.{0,15}?"
    r"\byou(?:'re| are)?\s+(?:always|never)\b|"
    # stop 65: worse than before ("een klant zegt dat we veel slechter zijn dan vroeger", "a regular says
    # it used to be better here")
    r"\b(?:zegt|zei|zeggen|vindt|vond|roept|riep|says|said|thinks|tells me|told me)\b.{0,40}?"
    r"(?:\b(?:slechter|minder goed|trager|duurder|onvriendelijker)\s+(?:\w+\s+)?dan\s+vroeger\b|"
    r"\bvroeger\s+(?:\w+\s+){0,2}?(?:beter|gezelliger|leuker|vriendelijker|sneller)\b|"
    r"\b(?:used to be (?:\w+\s+)?better|gone downhill|not what (?:it|you) used to be|"
    r"worse than (?:before|it used)))",
    "een ontevreden klant klaagt boos over jullie, de klacht afhandelen",
    "a dissatisfied customer complains angrily about you, handling the complaint",
    unless=_COLLEAGUE,
)

# Stop 65 (A): a relative of someone cared for (RELATIVE_COMPLAINS, below).
_RELATIVE = (
    r"(?:dochter|zoon|familie|familielid|familieleden|kinderen|echtgeno\w*|partner|schoondochter|"
    r"mantelzorger\w*|daughter|son|family|relatives?|wife|husband|children)"
)
_RELATIVE_UPSET = (
    r"(?:boos|boze|kwaad|woest|woedend|pissig|klaagt|klagen|klaag\w*|een klacht|verhaal (?:komt )?halen|"
    r"angry|furious|upset|mad|complain\w*|a complaint)"
)
# a relative upset about the care (RELATIVE_COMPLAINS); CONFUSED_PERSON gives way to it
_RELATIVE_COMPLAINS = (
    rf"\b(?:de|die|zijn|haar|hun|z'n|zn|the|his|her|their|a|een)\s+{_RELATIVE}\b.{{0,60}}?\b{_RELATIVE_UPSET}"
)


# Stop 64. A confused person ("de patiënt is verward en herkent me niet", "a resident with dementia gets
# scared when I wash her"): the customer who cannot follow you (confusion, dementia), reassured calmly.
_CONFUSED = (
    r"(?:verward\w*|dement\w*|alzheimer\w*|in de war|de kluts kwijt|herkent (?:me|mij) (?:niet|ni|nie)|"
    r"weet niet (?:meer )?waar (?:hij|ze|zij) is|confused|dementia|disoriented|doesn'?t recognise me|"
    r"doesn'?t recognize me)"
)
CONFUSED_PERSON = _kind(
    "confused-person",
    rf"\b{_SERVED_PLAIN}\b.{{0,40}}?\b{_CONFUSED}|\b{_CONFUSED}\b.{{0,20}}?\b{_SERVED_PLAIN}\b|"
    rf"\b(?:meneer|mevrouw|bewoner\w*|cliënt\w*|client\w*|resident\w*)\b.{{0,40}}?\b{_CONFUSED}",
    "de klant is in de war en kan je niet volgen: vertraag, korte woorden, stel gerust",
    "the customer is confused and can't follow you: slow down, short words, reassure",
    # the relative who complains about the care is the customer here (RELATIVE_COMPLAINS, stop 65)
    unless=_COLLEAGUE + r"|\b(?:ik ben|ik was|i'?m|i am|i was)\b.{0,10}?\b" + _CONFUSED + "|"
    + _RELATIVE_COMPLAINS,
)

# Stop 64. A lead who wants to keep the team from wearing out in a busy time ("hoe zorg ik als manager
# dat mijn team niet opbrandt in de drukke decembermaand"): care for one's own people (symmetric
# attention), even when no customer is named (STAFF_TREATED_WELL needs one).
_WEAR_OUT = (
    r"(?:opbrand\w*|op te branden|opgebrand|uitgeput|overbelast\w*|overwerkt|burn-?out|burn\w* out|"
    r"burnt out|worn out|exhausted|overworked|uitvallen|uitval)"
)
_HURT_BY_A_CONTACT = (
    r"\b(?:huil\w*|in tranen|overstuur|van slag|geschrokken|aangeslagen|cried|crying|in tears|shaken|"
    r"upset)\b.{0,40}?\b(?:na|after)\s+(?:een |het |de |dat |a |an |the |that )?(?:\w+\s+)?"
    r"(?:gesprek|telefoontje|contact|incident|klant\w*|bewoner\w*|patiënt\w*|gast\w*|beller\w*|call|"
    r"conversation|customer|guest|resident|patient|caller)"
)
TEAM_WEARING_OUT = _kind(
    "team-wearing-out",
    rf"\b(?:mijn|mn|m'n|ons|onze|het|my|our|the)\s+(?:team|mensen|medewerkers|personeel|ploeg|staff|people|"
    rf"employees|nurses|verpleegkundigen)\b.{{0,30}}?\b{_WEAR_OUT}",
    "zorg voor je eigen mensen: symmetrische aandacht, werkdruk en welzijn van je team",
    "care for your own people: symmetric attention, workload and your team's wellbeing",
    # recognising what a tired team still does well is recognition (coaching-recognition); someone of
    # the team in tears or shaken after a contact is caught after that contact (coaching-aftercare)
    unless=r"\b(?:ik ben|i'?m|i am)\b.{0,20}?\b" + _WEAR_OUT + r"|\b(?:recogni[sz]\w*|erken\w*|waardeer\w*|"
    r"waardering|appreciat\w*|compliment\w*|bedank\w*|thank\w*)\b|" + _HURT_BY_A_CONTACT,
)

# Stop 64. A customer who talks down to the asker ("gebruikers praten tegen me alsof ik dom ben", "a
# caller who talks down to me"): respect both ways, the customer is no king to bow to.
CONDESCENDING_CUSTOMER = _kind(
    "condescending-customer",
    r"\b(?:alsof ik (?:dom|achterlijk|een idioot|gek|een kind|niks waard|lucht)|neerbuigend\w*|"
    r"uit de hoogte|kleinerend\w*|betweter\w*|"
    r"(?:talks?|talking|talked|speaks?|speaking) down to (?:me|us)|condescending|patroni[sz]\w*|"
    r"like i'?m (?:stupid|an idiot|dumb|a child|nothing))",
    "een respectloze klant: gelijkwaardig blijven, grenzen stellen, de klant is geen koning",
    "a disrespectful customer: stay equal, set limits, the customer is no king",
    # the asker who does not want to talk down ("zonder neerbuigend te doen", "without being patronising")
    unless=_COLLEAGUE + r"|\b(?:zonder|without|niet|not|never|nooit)\b.{0,25}?\b(?:neerbuigend|betuttel\w*|"
    r"kleinerend|uit de hoogte|condescending|patroni[sz]\w*)|"
    # someone of staff condescending to customers: feedback on service behaviour
    r"\b(?:to|tegen|naar|towards|with)\s+(?:the |de |new |nieuwe |our |onze )?(?:members|customers|klanten|"
    r"guests|gasten|patients|patiënten|callers|bellers|leden|clients|cliënten|bezoekers|visitors)\b|"
    r"\b(?:i work|ik werk|work the floor) (?:\w+ ){0,3}?(?:with|mee|samen)\b",
)

# Stop 64. A customer who blames the asker for what a colleague promised or did ("klant zegt dat mijn
# collega iets anders beloofd heeft en nu ben ik de gebeten hond"): a failure to put right as one
# organisation, the promise kept.
BLAMED_FOR_A_COLLEAGUE = _kind(
    "blamed-for-a-colleague",
    r"\b(?:collega|colleague|coworker|co-worker)\w*\b.{0,40}?\b(?:beloofd|toegezegd|gezegd|verteld|"
    r"promised|told|said)\b|\b(?:gebeten hond|de schuld krijg|krijg de schuld|get the blame|getting the "
    r"blame|i get blamed|blamed me for)\b.{0,60}?\b(?:collega|colleague|coworker)\w*",
    "een fout van een collega goedmaken bij de klant, beloftes nakomen, service recovery",
    "putting a colleague's mistake right with the customer, keeping promises, service recovery",
    # a promise that cannot be kept is a no to say kindly
    unless=r"\b(?:nothing|niks|niets|can'?t|cannot|kan (?:ik |we )?(?:niet|ni|nie)|not possible|not allowed|"
    r"niet mogelijk|mag (?:ik |we )?(?:niet|ni|nie)|bestaat (?:niet|ni|nie)|niet bestaat|doesn'?t exist|"
    r"does not exist|no such)\b",
)

# Stop 64. Someone served who is furious, or angry at the asker ("hij moet terugkomen en is woest",
# "bezoekers zijn boos op mij bij de receptie", "the passengers are mad at me"): the angry customer,
# also when the cause is something the asker cannot change. Not after an apology that did not help
# (BAD_MOOD's `unless`: service recovery).
_FURIOUS = (
    r"(?:woest|razend|laaiend|furieus|witheet|ziedend|des duivels|over de rooie|"
    r"(?:boos|kwaad|pissig|woedend|nijdig) op (?:mij|me|ons)|"
    r"(?:angry|mad|furious|cross|upset) (?:at|with) (?:me|us))"
)
FURIOUS_AT_ME = _kind(
    "furious-at-me",
    rf"\b(?:{_SERVED_NL}|familie|ouders|{_SERVED_EN}|family|relatives|parents|people)\b.{{0,30}}?"
    rf"\b(?:is|was|wordt|werd|zijn|waren|worden|werden|raakt|raken|gets|got|are|were|get)\s+"
    rf"(?:\w+\s+)?{_FURIOUS}",
    "een boze klant, rustig blijven, ook als je er zelf niets aan kunt doen",
    "an angry customer, stay calm, even if you can't change the cause yourself",
    unless=_COLLEAGUE + r"|\b(?:sorry gezegd|excuses (?:aangeboden|gemaakt|gegeven)|said sorry|"
    r"apologi[sz]ed)\b",
)

# Stop 64. The asker's own mistake ("ik heb per ongeluk de verkeerde bestelling meegegeven", "what do I
# say when I made a mistake with a patient's appointment"): putting a failure right (service recovery).
OWN_MISTAKE = _kind(
    "own-mistake",
    r"\b(?:ik heb|ik had|'k heb|kheb|we hebben|wij hebben)\s+(?:\w+\s+){0,3}?(?:een |de |n )?"
    r"(?:fout|fouten|blunder|vergissing|steek laten vallen)\b|\bik (?:heb|had) me vergist\b|"
    r"\b(?:i|we)\s+(?:made|have made|'ve made|had made|make)\s+(?:a |an |the )?(?:\w+\s+)?"
    r"(?:mistake|error|blunder)s?\b|\b(?:i|we)\s+(?:messed|screwed)\s+up\b",
    "een fout goedmaken bij de klant: excuses, oplossen, service recovery",
    "putting a mistake right with the customer: apologise, fix it, service recovery",
    unless=_COLLEAGUE + r"|\b(?:feedback|beoordeling|review|appraisal|leidinggevende|manager|baas|boss)\b",
)

# Stop 64. Someone who intimidates the asker ("iemand probeert mij te intimideren aan de receptie en
# komt heel dichtbij staan", "a guest gets in my face"): a customer crossing the line.
INTIMIDATION = _kind(
    "intimidation",
    r"\b(?:intimideer\w*|intimideren|intimideert|intimidatie|"
    r"komt (?:heel |erg |veel te |te )?(?:dicht ?bij|dichtbij) (?:me |mij )?staan|"
    r"(?:gets?|got|getting) (?:right )?in my face|invad\w* my (?:personal )?space|intimidat\w*|"
    r"looms? over me)\b",
    "een klant gaat over de grens: intimidatie, je grens benoemen, een collega of beveiliging erbij",
    "a customer crosses the line: intimidation, name your limit, call a colleague or security",
    unless=_COLLEAGUE,
)

# Stop 64. A dish or product sent back ("stuurt zijn bord terug voor de tweede keer", "sends the steak
# back"): a complaint to handle and a failure to put right, not an angry customer.
_DISH = (
    r"(?:bord|eten|gerecht\w*|maaltijd|soep|koffie|thee|wijn|biefstuk|steak|vlees|vis|pasta|pizza|drankje|"
    r"dessert|toetje|plate|food|dish|meal|soup|coffee|tea|wine|fish|drink|burger|salad|salade)"
)
SENT_BACK = _kind(
    "sent-back",
    rf"\b(?:stuurt|stuurde|sturen|stuurden)\b\s+(?:\w+\s+){{0,3}}?{_DISH}\s+(?:\w+\s+){{0,4}}?terug\b|"
    rf"\b(?:sends?|sent|sending)\s+(?:\w+\s+){{0,3}}?{_DISH}\s+back\b",
    "een klacht over het eten of product afhandelen en de fout goedmaken",
    "handling a complaint about the food or product and putting it right",
    unless=_COLLEAGUE + r"|\b(?:mail\w*|e-?mail\w*|brief|letter|bericht|message|pakket\w*|parcel|"
    r"package|retour\w*|terugbetal\w*|refund\w*|geld|money)\b",
)

# Stop 64. What the asker may not tell ("zijn rekening is geblokkeerd en ik mag niet zeggen waarom",
# "I can't tell her why"): say honestly what you cannot do and what you can (saying no, a problem you
# cannot solve yourself), not the customer's feelings.
MAY_NOT_SAY_WHY = _kind(
    "may-not-say-why",
    r"\b(?:mag|kan|mogen|kunnen)\s+(?:ik|we|wij)\s+(?:\w+\s+)?(?:niet|ni|nie)\s+(?:zeggen|vertellen|"
    r"uitleggen|delen)\b|\b(?:ik|we|wij)\s+(?:mag|mogen|kan|kunnen)\s+(?:\w+\s+){0,2}?(?:niet|ni|nie)\s+"
    r"(?:zeggen|vertellen|uitleggen|delen)\b|"
    r"\b(?:i|we)\s+(?:can'?t|cannot|may not|am not allowed to|are not allowed to|'m not allowed to|"
    r"'re not allowed to)\s+(?:tell|say|explain|share)\b",
    "eerlijk zeggen wat je niet kunt of mag, vriendelijk nee zeggen en zeggen wat wel kan",
    "say honestly what you cannot or may not do, say no kindly and what is possible",
    # about a relative calling: sharing with relatives
    unless=_COLLEAGUE + r"|\b(?:partner|familie\w*|dochter|zoon|moeder|vader|echtgeno\w*|man van|vrouw van|"
    r"relative\w*|daughter|son|mother|father|husband|wife|family)\b",
)

# Stop 64. Standards for service ("zijn er normen of standaarden voor goede service", "is there an ISO
# standard for customer service"): the service excellence model and its principles.
SERVICE_STANDARDS = _kind(
    "service-standards",
    r"\b(?:zijn er|is er|bestaat er|bestaan er|welke|heb je|hebben jullie|is there|are there|which|"
    r"what)\b.{0,15}?\b(?:normen|norm|iso-?norm|standaard(?:en)?|standards?|certificering\w*|certificaat|"
    r"certification|keurmerk\w*)\b.{0,30}?\b(?:service|klantenservice|dienstverlening|klantgerichtheid|"
    r"customer service)\b",
    "het Service Excellence Model: CEN/TS 16880 en ISO 23592, de zeven principes",
    "the Service Excellence Model: CEN/TS 16880 and ISO 23592, the seven principles",
    # the principles of the standard (overview-principles), the bar (excellence-as-norm)
    unless=r"\b(?:lat|bar|excelleren als norm|princip\w*)\b",
)

# Stop 64. A bad review online ("hoe reageer ik op een negatieve review", "a one-star review on
# Google"): a complaint made in public, handled in steps. A customer who threatens a review is the
# angry customer (`unless`).
ONLINE_REVIEW = _kind(
    "online-review",
    r"\b(?:negatiev\w*|slechte?|boze?|vervelende?|kritische?|negative|bad|angry|nasty|harsh|"
    r"(?:1|een|één|one)[- ]?ster\w*|(?:1|one)[- ]?star)\s+(?:\w+\s+)?(?:online\s+)?"
    r"(?:reviews?|revieuws?|recensie\w*|beoordeling\w*|ratings?)\b|"
    r"\b(?:review|revieuw|recensie|beoordeling)\w*\b.{0,20}?\b(?:op|on)\s+(?:google|tripadvisor|"
    r"booking|facebook|trustpilot|zoover|takeaway|thuisbezorgd)\b",
    "reageren op een slechte review, een openbare klacht afhandelen",
    "responding to a bad review, handling a public complaint",
    # a review threatened, not yet written, is a threat of an angry customer: "dreigt met", "he'll post
    # a bad review unless ...", "gaat een slechte review schrijven als ..."
    unless=r"\b(?:dreig\w*|threat\w*|als ik (?:hem|haar|ze|zijn|die) (?:\w+ )?(?:niet|ni|geen)|if i don'?t|"
    r"unless|tenzij|anders|otherwise|(?:he|she|they)'ll|(?:he|she|they) will|gonna|going to|gaat|gaan|"
    r"zal|zullen|wil (?:\w+ )?(?:zetten|schrijven|plaatsen)|"
    # a review supposed, after another message ("en als de klant dan een slechte review zet?")
    r"what if|and if|en als|wat als|stel dat|suppose)\b",
)

# Stop 64. Asking better questions to find out what the customer wants ("hoe stel ik betere vragen
# zodat ik snap wat de klant wil", "how do I ask the right questions"): really listening, asking on,
# knowing the customer.
ASKING_BETTER_QUESTIONS = _kind(
    "asking-better-questions",
    r"\b(?:betere|goede|open|de juiste|slimme|gerichte)\s+vragen\s+(?:stellen|te stellen)\b|"
    r"\b(?:stel|stellen)\s+(?:ik|je|we|jij)?\s*(?:betere|goede|open|de juiste|slimme|gerichte)\s+vragen\b|"
    r"\bask(?:ing)?\s+(?:better|good|the right|open|smarter)\s+questions\b",
    "echt luisteren en doorvragen wat de klant bedoelt, de klant echt kennen",
    "really listening and asking on about what the customer means, knowing your customer",
    unless=_COLLEAGUE + r"|\b(?:enquête\w*|enquete\w*|survey\w*|vragenlijst\w*|questionnaire\w*|"
    r"sollicitatie\w*|interview\w*)\b",
)

# Stop 64. Colleagues who tell customers different things ("me collega en ik zeggen verschillende
# dingen tegen klanten over retour", "every colleague gives a different answer"): fix the basics so
# they are always the same (standard where it must be), personal above that.
_DIFFERENT_THINGS = (
    r"(?:(?:verschillende|andere|tegenstrijdige|wisselende) (?:dingen|antwoorden|informatie|info|regels|"
    r"afspraken)|(?:zegt|zeggen|geeft|geven|vertelt|vertellen)\s+(?:\w+\s+)?"
    r"(?:iets anders|een ander antwoord)|(?:elk|ieder|allemaal) iets anders|"
    r"(?:different|conflicting|inconsistent|contradictory) (?:things|answers|information|info|rules)|"
    r"(?:everyone|each (?:of us|one)|every colleague) (?:says|tells|gives) (?:something|a) different)"
)
SAYING_DIFFERENT_THINGS = _kind(
    "saying-different-things",
    rf"\b(?:collega\w*|wij|we|team|ploeg|colleagues?|staff|my team|our team)\b.{{0,60}}?"
    rf"\b{_DIFFERENT_THINGS}\b.{{0,40}}?\b{_SERVED_PLAIN}|"
    rf"\b(?:collega\w*|wij|we|team|ploeg|colleagues?|staff|my team|our team)\b.{{0,40}}?"
    rf"\b{_SERVED_PLAIN}.{{0,30}}?\b{_DIFFERENT_THINGS}\b",
    "de basis vastleggen zodat iedereen de klant hetzelfde zegt: standaard waar het moet, persoonlijk "
    "waar het telt",
    "fix the basics so everyone tells the customer the same: standard where it must be, personal where "
    "it counts",
)

# the question whether the asker may give or decide something oneself (MAY_I_DECIDE_MYSELF)
_MAY_I_MYSELF = (
    r"(?:mag|kan|mogen|kunnen)\s+(?:ik|we|wij)\s+(?:\w+\s+){0,3}?zelf\s+(?:\w+\s+){0,3}?(?:geven|beslissen|"
    r"toekennen|regelen|weggeven|bepalen|doen|aanbieden)|"
    r"(?:can|may|could)\s+(?:i|we)\s+(?:\w+\s+){0,3}?(?:decide|give|offer|grant)\s+(?:\w+\s+){0,3}?"
    r"(?:myself|ourselves|on my own)|(?:am i|are we) allowed to (?:decide|give|offer|grant)"
)

# a room, bathroom or linen not clean, or hair or dirt found there (CUSTOMER_SAYS_IT_WENT_WRONG)
_ROOM = (
    r"(?:kamer|hotelkamer|badkamer|douche|wc|toilet|bed|lakens|handdoek\w*|wastafel|bad|room|bathroom|"
    r"shower|sheets|towels?|sink|bathtub|tub|bedding)"
)
_NOT_CLEAN = (
    rf"(?:{_ROOM}\s+(?:\w+\s+){{0,4}}?(?:vies|vieze|vuil|vuile|smerig\w*|goor|plakkerig|stinkt|"
    r"(?:niet|ni|nie|nog niet) (?:is |was |werd |zijn |waren )?(?:goed |echt )?"
    r"(?:schoon|schoongemaakt|gepoetst|opgeruimd|verschoond)|"
    r"dirty|filthy|disgusting|smells|stinks|not (?:been )?(?:clean|cleaned|made up|tidied))|"
    r"(?:haar|haren|vuil|viezigheid|schimmel|hair|hairs|dirt|mould|mold|stains?|vlekken)\s+"
    rf"(?:\w+\s+){{0,3}}?(?:in|op|on)\s+(?:zijn|zn|z'n|haar|het|de|hun|his|her|the|their)\s+{_ROOM})"
)

# Stop 64 (helper A2, a tester's faults). A customer who says something went wrong, told without a
# complaint word ("een klant zegt dat ik hem te weinig wisselgeld heb gegeven", "klant zegt dat zn koffie
# koud is", "guest found a hair in his soup"): wrong change, cold food, a wrong order, a missing item,
# overcharged, waited too long or something found in the food. A failure to put right (service
# recovery, the complaint handled), not a price or a customer who will not pay. A customer angry about
# it is the angry customer (ANGRY_IN_QUEUE, FURIOUS_AT_ME); what the asker may not give is saying no.
_COLD = r"(?:koud|koude|lauw|lauwe|ijskoud|cold|lukewarm|stone cold)"
_WENT_WRONG = (
    r"(?:(?:te weinig|te veel|verkeerd|verkeerde|fout)\s+(?:\w+\s+)?wisselgeld|wisselgeld\s+(?:\w+\s+){0,2}?"
    r"(?:klopt (?:niet|ni|nie)|te weinig|verkeerd|fout)|(?:wrong|too little|not enough|the wrong|incorrect)"
    r"\s+change|short-?changed|"
    rf"{_DISH}\s+(?:\w+\s+){{0,2}}?(?:is|was|zijn|waren|veel te|te|helemaal|al)?\s*{_COLD}|"
    rf"{_COLD}\s+(?:\w+\s+)?{_DISH}|"
    r"(?:verkeerde?|foute?)\s+(?:bestelling|gerecht|maat|product|artikel|pakket|bord|drankje|order)\w*|"
    r"(?:wrong|incorrect)\s+(?:order|dish|meal|item|size|product|drink|parcel)s?|"
    r"niet (?:wat|hetgeen) (?:hij|ze|zij) (?:besteld|bestelde)|not what (?:he|she|they) ordered|"
    r"(?:ontbreekt|ontbreken|niet compleet|onvolledig|mist er|er mist|missing|incomplete|left out)|"
    # the customer's order never came ("klant die zijn pakket niet ontvangen heeft", "her parcel never
    # arrived"); not parts the asker waits for, which is bad news to tell ("de onderdelen zijn ni
    # geleverd, hoe zeg ik da": pyramid-promise)
    r"(?:pakket|pakje|bestelling|order|levering|parcel|package|delivery|zending)\w*\s+(?:\w+\s+){0,3}?"
    r"(?:(?:niet|nooit|ni|nie|nog steeds niet|nog altijd niet) (?:ontvangen|geleverd|bezorgd|aangekomen)|"
    r"never (?:arrived|came|got delivered|showed up)|not (?:been )?delivered|"
    r"(?:didn't|did not|hasn't|has not|haven't|have not) (?:arrive|arrived|been delivered|come))|"
    r"(?:te veel|teveel|dubbel)\s+(?:\w+\s+)?(?:betaald|gerekend|afgeschreven|aangerekend)|"
    r"overcharged|charged (?:\w+ )?(?:twice|double|too much)|"
    # a wait that happened, not one to prevent ("hoe zorg ik dat de klanten niet te lang moeten wachten")
    r"(?<!niet )(?<!ni )(?<!nie )te lang (?:\w+\s+){0,2}?(?:gewacht|wachten|wachtte)|"
    r"(?<!not )(?<!never )(?<!don't )(?<!dont )(?<!stop customers )"
    r"(?:waited|waiting|wait) (?:far |way )?too long|"
    r"(?:haar|haren|vlieg|insect\w*|beestje|glas|glasscherf|plastic|steentje|hair|fly|bug|insect|glass)\s+"
    r"(?:gevonden\s+)?in\s+(?:zijn|zn|z'n|haar|het|de|hun|his|her|the|their)\s+" + _DISH + r"|"
    # a room, a bathroom or the linen not clean (stop 65: "gast zegt dat zijn kamer vies is", "hair in
    # the shower", "de lakens zijn niet schoon")
    + _NOT_CLEAN + r")"
)
CUSTOMER_SAYS_IT_WENT_WRONG = _kind(
    "customer-says-it-went-wrong",
    rf"\b(?:{_SERVED_PLAIN}|meneer|mevrouw|gebruiker\w*|users?)\b.{{0,60}}?\b{_WENT_WRONG}",
    "er ging iets mis voor de klant: de fout goedmaken, service recovery, de klacht afhandelen",
    "something went wrong for the customer: putting the failure right, service recovery, handling the "
    "complaint",
    unless=rf"\b{_ANGRY}\b|\b{_FURIOUS}|\b{_NOT_ALLOWED}|\b(?:schreeuw\w*|scheld\w*|yell\w*|shout\w*)\b|"
    # the question whether the asker may give something oneself is empowerment (MAY_I_DECIDE_MYSELF)
    rf"\b{_MAY_I_MYSELF}\b|"
    # the lead's own team short-changing is coaching; a roster or wages is a work matter
    r"\b(?:loon|salaris|wages|salary|rooster|schedule)\b|"
    # a failure to prevent, not one that happened ("how do I prevent long waits", "voorkomen dat")
    r"\b(?:voorkom\w*|prevent\w*|avoid\w*)\b",
)

# Stop 64 (A2). Someone served who gets ruder and ruder, an internal user of a helpdesk included ("een
# gebruiker belt voor de 5e keer ... en wordt steeds onaardiger", "the caller is getting really rude"):
# the angry customer (an IT helpdesk's user is its customer), not working with colleagues.
_UNKIND = (
    r"(?:onaardig\w*|onvriendelijk\w*|onbeleefd\w*|onbeschoft\w*|grof|grover|bot|botter|brutaal|brutaler|"
    r"vervelend\w*|vijandig\w*|rude\w*|unfriendly|impolite|nasty|nastier|hostile|snippy|snarky)"
)
RUDER_AND_RUDER = _kind(
    "ruder-and-ruder",
    rf"\b(?:{_SERVED_PLAIN}|meneer|mevrouw|gebruiker\w*|users?|aanvrager\w*|melder\w*)\b.{{0,90}}?"
    r"\b(?:wordt|werd|raakt|blijft|is|gets|got|getting|is getting|becomes|became)\s+"
    r"(?:steeds|alsmaar|almaar|telkens|elke keer|nogal|heel|erg|echt|more and more|increasingly|really|"
    rf"very|quite)?\s*{_UNKIND}",
    "een boze, onvriendelijke klant die steeds terugkomt: rustig blijven, het probleem van jou maken",
    "an angry, unfriendly customer who keeps coming back: stay calm, make the problem yours",
    unless=_COLLEAGUE + r"|\b(?:sorry gezegd|excuses (?:aangeboden|gemaakt|gegeven)|said sorry|"
    r"apologi[sz]ed)\b|"
    # a drunk guest bothering the others crosses the line (customer-crossing-the-line), not the asker's
    # angry customer: "een gast heeft te veel gedronken en wordt vervelend tegen andere gasten"
    r"\b(?:dronken|beschonken|te veel gedronken|teveel gedronken|drunk|tipsy|wasted|"
    r"(?:de )?andere (?:gasten|klanten|bezoekers|reizigers|passagiers|patiënten|mensen)|"
    r"other (?:guests|customers|people|passengers|visitors|patients))\b",
)

# Stop 64 (A2). A lead in the middle of the rush who asks what to do now ("zaterdag superdruk, 2 kassas
# dicht, rijen tot achter in de winkel, wat doe ik nu als leidinggevende"): steering the team on the
# floor during the rush (coaching-on-the-floor), not the employee's own time pressure.
_AS_LEAD = (
    r"(?:als (?:leidinggevende|manager|teamleider|teamleidster|teamlead|teamcoach|supervisor|"
    r"vloermanager|chef|shiftleader|shiftleider|filiaalmanager|bedrijfsleider)|"
    r"as (?:a |the )?(?:manager|team ?lead(?:er)?|supervisor|shift (?:lead|leader|manager)|"
    r"floor manager|store manager))"
)
_RUSH = (
    r"(?:superdruk|megadruk|hartstikke druk|heel druk|erg druk|zo druk|druk|drukte|spits|piek\w*|"
    r"rijen|lange rij|de rij|busy|rush|peak|queues?|long lines?)"
)
LEAD_IN_THE_RUSH = _kind(
    "lead-in-the-rush",
    rf"(?=.*\b{_AS_LEAD}\b)(?=.*\b{_RUSH}\b)",
    "je team bijsturen tijdens de spits als leidinggevende op de vloer: wie doet wat, een korte tip",
    "guiding your team during the rush as a lead on the floor: who does what, a short tip",
    # a team wearing out is care for one's people (TEAM_WEARING_OUT)
    unless=r"\b(?:opbrand\w*|op te branden|uitgeput|overbelast\w*|burn-?out|burn\w* out|worn out|"
    r"exhausted)\b",
)

# Stop 64 (A2). A customer who wants us to pay for a theft or loss we did not cause ("zijn fiets is
# gestolen uit de stalling en hij wil dat wij betalen", "wants us to pay for his stolen bike"): say no
# kindly and what you can do, a problem you cannot solve yourself.
_THEFT = r"(?:gestolen|gejat|gepikt|diefstal|stolen|theft|nicked)"
_WANTS_US_TO_PAY = (
    r"(?:wil|wilt|eist|verwacht)\s+(?:\w+\s+){0,2}?(?:dat )?(?:wij|we|jullie|ons|de zaak|het station)\s+"
    r"(?:\w+\s+){0,2}?(?:betalen|betaalt|vergoeden|vergoedt|opdraaien|terugbetalen)|"
    r"(?:wants|expects|demands)\s+(?:us|the company|the station|you)\s+to\s+(?:pay|refund|compensate|"
    r"reimburse|cover)"
)
THEFT_TO_PAY_FOR = _kind(
    "theft-to-pay-for",
    rf"\b{_THEFT}\b.{{0,80}}?\b{_WANTS_US_TO_PAY}|\b{_WANTS_US_TO_PAY}\b.{{0,60}}?\b{_THEFT}\b",
    "iets wat je zelf niet kunt oplossen of vergoeden: vriendelijk nee zeggen, wat wel kan, doorverwijzen",
    "something you can't solve or pay for yourself: saying no kindly, what is possible, referring on",
    unless=_COLLEAGUE,
)

# Stop 64 (A2). A customer who does not listen ("een klant die niet luistert", "a customer who won't
# listen to me"): a difficult customer to let finish and then name what you hear (the angry customer),
# not listening to customers in surveys.
NOT_LISTENING = _kind(
    "not-listening",
    rf"\b(?:{_SERVED_PLAIN}|meneer|mevrouw)\b.{{0,20}}?\b(?:die |that |who )?(?:(?:\w+\s+)?"
    r"(?:niet|ni|nie|never|nooit)\s+(?:wil\s+)?(?:luistert|luisteren|luistere)|won'?t listen|doesn'?t listen|"
    r"does not listen|will not listen|isn'?t listening|refuses to listen|not listening)\b",
    "een lastige, koppige klant: rustig blijven, laten uitpraten, benoemen wat je hoort, de-escaleren",
    "a difficult customer who won't listen: stay calm, let them finish, name what you hear",
    unless=_COLLEAGUE + r"|\b(?:enquête\w*|survey\w*|feedback)\b",
)

# Stop 65 (helper A, tuning set tests/data/devset10.yml). A repair or fix that did not hold: the customer
# is back with the same fault ("klant haalt zn e-bike op na reparatie maar het probleem is er na 1 dag
# weer", "de auto is net uit de garage en nu brandt het lampje alweer", "the same problem came back after
# the repair"): a failure to put right (service recovery), not a problem the asker cannot solve, nor a
# relationship. The asker's own device or a till that fails again is a work matter (no one served named).
_REPAIRED = (
    r"(?:reparatie\w*|gerepareerd|repareren|hersteld|herstelling|onderhoudsbeurt|grote beurt|beurt|"
    r"uit de garage|uit de werkplaats|gemaakt|nagekeken|repair\w*|fixed|serviced|service|mended)"
)
_BACK_AGAIN = (
    r"(?:(?:probleem|storing|fout|klacht|lek|lekkage|geluid|lampje|piep|tik|problem|fault|issue|noise|leak|"
    r"light)\w*\s+(?:\w+\s+){0,5}?(?:weer|opnieuw|alweer|terug|again|back)|"
    r"(?:doet|werkt|lekt|brandt|rammelt|piept|tikt|hapert)\s+(?:het\s+|hij\s+|ze\s+)?(?:\w+\s+)?"
    r"(?:alweer|weer|opnieuw)|(?:alweer|weer|opnieuw)\s+(?:kapot|stuk|defect|lek|niet|ni|nie|mis)|"
    r"(?:dezelfde|hetzelfde|zelfde|same)\s+(?:storing|probleem|fout|klacht|mankement|problem|fault|issue)|"
    r"(?:broke|broken|stopped working|leaking|leaks|failed|fails|not working|doesn'?t work)\s+again|"
    r"came back|come back|is back|keeps coming back)"
)
REPAIR_DIDNT_HOLD = _kind(
    "repair-didnt-hold",
    rf"\b(?:{_SERVED_PLAIN}|meneer|mevrouw|lid|leden|member)\b.{{0,140}}?\b{_REPAIRED}\b.{{0,100}}?"
    rf"\b{_BACK_AGAIN}|\b{_REPAIRED}\b.{{0,100}}?\b{_BACK_AGAIN}.{{0,100}}?\b(?:{_SERVED_PLAIN}|meneer|mevrouw)\b|"
    rf"\b{_BACK_AGAIN}.{{0,30}}?\b(?:na|after)\s+(?:\w+\s+){{0,2}}?{_REPAIRED}\b",
    "de reparatie hielp niet, de klant komt terug met hetzelfde probleem: de fout goedmaken, service "
    "recovery, de klacht afhandelen",
    "the repair did not hold, the customer is back with the same problem: putting the failure right, "
    "service recovery, handling the complaint",
    # a question that comes back is the same question again; the lead's own team is coaching; a
    # repair to prevent is no failure
    unless=_COLLEAGUE + r"|\b(?:vraag|vragen|question|questions|voorkom\w*|prevent\w*|avoid\w*)\b|"
    # an appointment or a mistake made is no repair
    r"\b(?:afspraak|fout|fouten|vergissing|foto|kopie)\s+(?:\w+\s+)?gemaakt\b",
)

# Stop 65 (A). A relative of someone cared for who is angry or complains about the care ("zijn dochter
# belt elke dag boos op dat hij niet gewassen is", "the wife of a patient with dementia keeps
# complaining"): the relative is the customer here, an angry one with a complaint, even when the one
# cared for is confused (CONFUSED_PERSON gives way). What the asker may not tell a relative is sharing
# with relatives (`unless`).
RELATIVE_COMPLAINS = _kind(
    "relative-complains",
    _RELATIVE_COMPLAINS,
    "de familie van de klant is boos en klaagt over de zorg: rustig blijven, luisteren, de klacht "
    "afhandelen",
    "the customer's family is angry and complains about the care: stay calm, listen, handle the complaint",
    unless=r"\b(?:mijn|mn|m'n|my)\s+" + _RELATIVE + r"\b|"
    r"\b(?:mag|mogen|kan|kunnen|can'?t|cannot|not allowed|may not)\b.{0,30}?\b(?:zeggen|vertellen|delen|"
    r"geven|say|tell|share|give)\b|\b(?:privacy|uitslag\w*|results|toestemming|machtiging|consent)\b",
)

# Stop 65 (A). Bad news about a long wait to tell the customer: a part, an order or a repair that comes
# weeks later ("hoe leg ik een klant uit dat zijn onderdeel pas over 6 weken binnen is", "how do I tell
# a customer the part won't arrive for another 5 weeks"): keeping the promise honest, telling it in
# time (pyramid-promise), not a price (a competitor named) or a problem one cannot solve. A customer who
# asks the delivery time is the work topic `customer_asks_facts`; shortening the wait is no news to tell.
_LONG_WAIT = (
    r"(?:pas\s+(?:over|na|in|op)\s+(?:\w+\s+){0,2}?(?:dagen|weken|maanden|dag|week|maand|januari|februari|"
    r"maart|april|mei|juni|juli|augustus|september|oktober|november|december|volgend jaar)|"
    r"nog\s+(?:\w+\s+)?(?:dagen|weken|maanden)\s+(?:\w+\s+)?(?:wachten|duren|op zich laten wachten)|"
    r"levertijd|leveringstermijn|wachttijd van|"
    r"(?:won'?t|will not|doesn'?t|does not|can'?t)\s+(?:\w+\s+){0,2}?"
    r"(?:arrive|come in|be delivered|be ready|be here)\s+(?:for|until)|not until (?:next|\w+ weeks)|"
    r"(?:another|for) (?:\w+ )?(?:weeks|months)|delivery time|lead time|back[- ]?order\w*)"
)
_TELL = (
    r"(?:hoe\s+(?:\w+\s+){0,2}?(?:vertel|zeg|leg|breng|meld)|(?:uitleggen|vertellen|melden|brengen)\b|"
    r"wat\s+zeg\s+ik|how\s+(?:do|can|should)\s+i\s+(?:tell|explain|break|say)|what do i (?:tell|say))"
)
LONG_WAIT_TO_TELL = _kind(
    "long-wait-to-tell",
    rf"\b{_TELL}\b.{{0,100}}?\b{_LONG_WAIT}|\b{_LONG_WAIT}.{{0,80}}?\b{_TELL}",
    "slecht nieuws over een lange levertijd brengen: eerlijk zeggen wanneer het er is, alleen beloven wat "
    "je kunt waarmaken en het op tijd laten weten",
    "telling bad news about a long wait: say honestly when it will be there, only promise what you can "
    "keep and let them know in time",
    unless=_COLLEAGUE
    + r"|\b(?:korter|verkorten|sneller|shorten|shorter|faster|reduce|voorkom\w*|prevent\w*)\b|"
    r"\b(?:loon|salaris|verlof|pay|salary|leave)\b",
)

# Stop 64 (A2). The question at the end of a story: may I give it myself ("... vroeg een gast om
# korting. Mag ik dat zelf geven?", "can I decide that myself"): room to decide (empowerment), also
# when the story names a failure (FAULT_FOR_DISCOUNT gives way).
MAY_I_DECIDE_MYSELF = _kind(
    "may-i-decide-myself",
    rf"\b{_MAY_I_MYSELF}\b",
    "zelf beslissen, ruimte en mandaat om de klant te helpen (empowerment)",
    "deciding yourself, room and mandate to help the customer (empowerment)",
)

# Stop 66 (A, a fresh tester's round). A customer who regrets a purchase and wants the money or the
# deposit back, or to cancel for free, though nothing went wrong ("klant wil zn aanbetaling terug want hij
# heeft spijt van de hele keuken", "customer changed his mind and wants his deposit back", "buyer's
# remorse"): saying no kindly (the terms give no money back), not the angry customer nor a failure to
# put right. A fault, a wait or a delivery of ours put off is a failure (`unless`); so is the asker's
# own regret, or a customer sorry for how he behaved.
_REGRET = (
    r"(?:spijt|heeft zich bedacht|had zich bedacht|bedacht zich|bedenkt zich|van gedachten veranderd|"
    r"ziet er\s?(?:van\s)?(?:toch\s)?(?:van\s)?af|geen zin meer|wil (?:het|hem|ze|die) toch niet|"
    r"wil (?:het|hem|ze|die) (?:\w+ )?niet meer|"
    r"changed (?:his|her|their) mind|regrets?|regretted|regretting|buyer'?s remorse|cold feet|"
    r"second thoughts|(?:doesn'?t|does not|no longer) want (?:it|them|the \w+) (?:any ?more)?)"
)
_MONEY_BACK = (
    r"(?:aanbetaling\w*|voorschot\w*|geld terug|terugbeta\w*|terug (?:te )?betalen|annuler\w*|afzeggen|"
    r"opzeggen|ontbinden|terugbrengen|terug brengen|terug te brengen|retour\w*|bedenktijd|"
    r"deposit|down payment|refund\w*|money back|cancel\w*|return (?:it|them|the \w+)|cooling[- ]off)"
)
REGRET_MONEY_BACK = _kind(
    "regret-money-back",
    rf"\b{_REGRET}\b.{{0,90}}?\b{_MONEY_BACK}|\b{_MONEY_BACK}.{{0,90}}?\b{_REGRET}\b",
    "spijt van een aankoop, geld of aanbetaling terug na de bedenktijd: het mag niet volgens de "
    "voorwaarden, vriendelijk nee zeggen, wat wel kan",
    "regrets a purchase, deposit or money back after the cooling-off period: not allowed under the terms, "
    "saying no kindly, what is possible",
    unless=_COLLEAGUE + rf"|\b{_FAULT}|\b(?:{_WAITED})\b|"
    r"\b(?:ik heb|ik had|i|we|wij hebben)\s+(?:\w+\s+)?(?:spijt|regret\w*)\b|"
    r"\bspijt\s+(?:\w+\s+)?(?:dat|van wat)\s+(?:hij|ze|zij)\b|\b(?:sorry|excuses|apologi[sz]\w*)\b|"
    r"\b(?:wij|we|ons|onze|our|us)\b.{0,25}?\b(?:te laat|uitgesteld|vergeten|late|delayed|postponed|"
    r"forgot|mistake|fout)\b",
)

# Stop 66 (A). Turning an ordinary or satisfied customer into a fan ("hoe maak ik van een gewone gast
# een echte fan", "how do we turn satisfied customers into promoters", "how can I wow my customers"):
# delight, level 4 of the pyramid, and how the customer feels, not putting a failure right (an unhappy
# customer made loyal again, `unless`) nor a score (promoters and detractors measured) nor a team to
# enthuse.
_FAN = (
    r"(?:(?:echte |grote |trouwe |ware )?(?:super)?fans?|ambassadeur\w*|ambassadors?|promoters?|promotors?|"
    r"raving fans?|advocates?|laaiend enthousiast|enthousiast\w*|enthusiastic|wow[- ]?(?:gevoel|effect|"
    r"ervaring|moment\w*|factor|feeling|experience)?)"
)
_MAKE = (
    r"(?:maak|maken|maakt|krijg|krijgen|zorg|zorgen|omtover\w*|ombouwen|turn|turning|make|making|convert\w*|"
    r"transform\w*|create|creating|get|win)"
)
TURN_INTO_FANS = _kind(
    "turn-into-fans",
    rf"\b{_MAKE}\b.{{0,50}}?\b{_SERVED_PLAIN}\b.{{0,40}}?\b{_FAN}\b|"
    rf"\b{_MAKE}\b.{{0,30}}?\b{_FAN}\b.{{0,30}}?\b(?:van|of|out of|from)\b.{{0,20}}?\b{_SERVED_PLAIN}\b|"
    rf"\b{_SERVED_PLAIN}\b.{{0,30}}?\b(?:worden|wordt|become|becomes|turn into)\s+(?:een\s+|a\s+)?"
    rf"(?:\w+\s+)?{_FAN}\b|"
    rf"\b{_MAKE}\b.{{0,50}}?\b{_SERVED_PLAIN}\b.{{0,20}}?\b(?:loyaal|loyale|loyal)\b.{{0,20}}?"
    r"\b(?:niet alleen|niet enkel|meer dan|in plaats van|instead of|rather than|not just|not only|"
    r"more than)\s+"
    r"(?:\w+\s+)?(?:tevreden|satisfied)\b|"
    rf"\b(?:wow|delight|amaze|dazzle|enchant)\s+(?:my|our|the|a|every|each|onze|mijn|de|een|elke)?\s*"
    rf"(?:\w+\s+)?{_SERVED_PLAIN}\b",
    "van een gewone, tevreden klant een enthousiaste fan maken: blij verrassen met een kleine extra "
    "(niveau 4), wat de klant voelt",
    "turning an ordinary, satisfied customer into an enthusiastic fan: a small surprise that delights "
    "(level 4), how the customer feels",
    unless=_COLLEAGUE + r"|\b(?:team|ploeg|personeel|staff|medewerkers|employees)\b|"
    r"\b(?:ontevreden|ongelukkig\w*|boze?|kwade?|klacht\w*|fout\w*|vergissing|unhappy|dissatisfied|angry|"
    r"upset|complain\w*|complaint\w*|mistake\w*|error|failure|went wrong|ging mis|misging)\b|"
    r"\b(?:nps|net promoter|score\w*|meten|meet|measure\w*|detractors?|concurrent\w*|competitor\w*)\b",
)

# Stop 66 (A). A customer who cannot choose between options ("klant twijfelt al 3 weken tussen 2
# keukens", "customer can't decide between two laptops"): advice that starts from what this customer
# finds important, honest and without pushing (customer intimacy), not a relationship to keep nor a
# customer who cannot follow. One who doubts the asker's advice, or keeps a queue waiting, is not this.
_CANT_CHOOSE = (
    r"(?:twijfelt|twijfelde|twijfelen|aan het twijfelen|kan (?:maar |nog )?(?:niet|geen keuze|ni|nie) "
    r"(?:kiezen|beslissen|maken)|kan (?:maar |nog )?geen keuze maken|"
    r"durft (?:niet|ni|nie) te (?:kiezen|beslissen)|"
    r"(?:weet (?:maar |nog )?(?:niet|ni|nie)|(?:niet|ni|nie) (?:goed )?weet) (?:goed )?(?:welk\w*|wat)\s+"
    r"(?:\w+\s+){0,2}?(?:hij|ze|zij)\s+"
    r"(?:moet |wil |zal )?(?:kiezen|nemen|kopen|hebben)|besluiteloos|keuzestress|"
    r"can'?t (?:decide|choose|make up (?:his|her|their) mind)|cannot (?:decide|choose)|undecided|indecisive|"
    r"(?:unsure|not sure|doesn'?t know) which|torn between|going back and forth|"
    r"help (?:him|her|them|a customer|the customer) (?:choose|decide|pick)|"
    r"(?:help|helpen)\s+(?:ik\s+)?(?:hem|haar|ze|de klant|een klant)\s+(?:\w+\s+)?(?:kiezen|beslissen))"
)
CANT_CHOOSE = _kind(
    "cant-choose",
    rf"\b(?:{_SERVED_PLAIN}|meneer|mevrouw|stel|koppel|couple)\b.{{0,70}}?\b{_CANT_CHOOSE}|"
    rf"\b{_CANT_CHOOSE}.{{0,60}}?\b(?:{_SERVED_PLAIN}|meneer|mevrouw)\b",
    "een klant die twijfelt helpen kiezen: vragen wat hij het belangrijkst vindt, eerlijk advies, niet "
    "pushen, de klant echt kennen",
    "helping a customer who can't decide: ask what matters most to them, honest advice, no pushing, "
    "knowing your customer",
    unless=_COLLEAGUE + r"|\b(?:twijfelt|twijfelen|twijfelde|doubts?)\s+(?:\w+\s+)?(?:aan|about)\b|"
    r"\b(?:rij|wachtrij|queue|line|haast|hurry|speed\w*|snel\w*|druk|busy|rush)\b|"
    r"\b(?:in de war|verward|dementie|confused|dementia)\b",
)

# Stop 67 (A3, a fresh tester's round). A payment that will not go through at the till, said in chat
# spelling ("pin doet t nie en ze heeft geen contant", "her payment won't go through"): a problem you
# cannot solve yourself, another way to pay, the queue acknowledged. Fixing the terminal is a work
# matter (`unless`); a card named as broken is CARD_FAILS.
_NOT = r"(?:niet|nie|ni|nt)"
PAYMENT_FAILS = _kind(
    "payment-fails",
    rf"\b(?:pin|pinnen|pinbetaling|betaling|contactloos|tikken|payment|card payment|contactless|tap)\b"
    rf".{{0,15}}?\b(?:doet (?:het|t|'t|et|'et)?\s?{_NOT}|werkt {_NOT}|lukt {_NOT}|"
    rf"gaat (?:\w+ )?{_NOT} door|mislukt|"
    r"faalt|won'?t go through|doesn'?t go through|didn'?t go through|does not go through|fails|failed|"
    r"keeps failing|won'?t work|isn'?t working|not working|doesn'?t work)|"
    rf"\b(?:kan|kon|kunnen) {_NOT} (?:pinnen|afrekenen|betalen)\b|\b(?:can'?t|cannot|couldn'?t) pay\b|"
    # the verb first: "gaat de betaling steeds niet door", "lukt het pinnen niet"
    r"\b(?:gaat|lukt|werkt|doet)\s+(?:het\s+|de\s+|die\s+|zijn\s+|haar\s+|d'r\s+)?(?:pin|pinnen|pinbetaling|"
    rf"betaling|betalen)\s+(?:\w+\s+)?{_NOT}\b",
    "een probleem dat je zelf niet kunt oplossen: eerlijk zeggen, een andere manier om te betalen bieden, "
    "de wachtende rij erkennen",
    "a problem you can't solve yourself: say so honestly, offer another way to pay, acknowledge the queue",
    unless=_COLLEAGUE + r"|\b(?:repareren|resetten|herstarten|opnieuw opstarten|storingsnummer|helpdesk|"
    r"fix|repair|reset|restart|reboot)\b|\b(?:wil|wilt|weigert|won'?t|refuses?)\b.{0,10}?\b(?:be)?(?:talen|pay)\b",
)

# Stop 67 (A3). A customer asking for something the asker cannot do right now because they cannot
# leave their post ("keeps asking me to open a new register but i cant leave mine", "klant wil dat ik
# even meeloop maar ik kan de balie niet alleen laten"): saying no kindly, what is possible.
CANT_LEAVE_MY_POST = _kind(
    "cant-leave-my-post",
    # someone served asks it (a lookahead), the asker cannot leave
    rf"(?=.*\b(?:{_SERVED_PLAIN}|meneer|mevrouw)\b)"
    rf".*?\b(?:ik|'k|i)\s+(?:kan|kon|mag|kun|can'?t|cant|cannot|may not|am not allowed to|"
    r"'m not allowed to)\s+"
    rf"(?:hier\s+|daar\s+|just\s+)?(?:(?:mijn|mn|m'n|de|het)\s+\w+\s+)?(?:{_NOT}\s+)?"
    r"(?:weg|verlaten|alleen laten|leave|walk away from|abandon)\b",
    "vriendelijk nee zeggen: uitleggen waarom het nu niet kan en wat je wel kunt doen",
    "saying no kindly: explain why it isn't possible right now and what you can do",
    unless=_COLLEAGUE + r"|\b(?:werk|job|baan|ontslag|vakantie|verlof|shift|dienst|quit|resign\w*|holiday|"
    r"leave early|vroeg weg|eerder weg)\b",
)

# Stop 67 (A3). A house rule to keep politely: a place held for hours with a coat or a towel ("hoe lang
# mag iemand een laptopplek bezet houden met zn jas", "guests saving sunbeds with towels", "sits all
# day on one coffee"): saying no kindly, explaining why and what is possible.
_SPOT = (
    r"(?:\w*plek\w*|zitplaats\w*|stoel\w*|tafel\w*|ligbed\w*|strandbed\w*|bedjes?|spot|spots|seats?|tables?|"
    r"sunbeds?|loungers?|desks?|booths?)"
)
_HOLD = (
    r"(?:bezet\s+(?:te\s+)?(?:houden|houdt|hou|hield|hielden|gehouden)|bezetten|bezet met|inpik\w*|"
    r"claimen|claimt|hog|hogs|hogging|hogged|sav(?:e|es|ing) (?:\w+ )?with|reserv\w* (?:met|with))"
)
HOUSE_RULE = _kind(
    "house-rule",
    rf"\b{_SPOT}\b.{{0,40}}?\b{_HOLD}|\b{_HOLD}\b.{{0,40}}?\b{_SPOT}\b|\bhuisregel\w*|\bhouse rules?\b|"
    # held with a thing: "saving sunbeds with towels", "stoelen reserveren met hun tassen"
    rf"\b(?:sav\w*|hold\w*|claim\w*|reserv\w*|houden|bezet)\s+(?:\w+\s+){{0,2}}?{_SPOT}\b.{{0,20}}?"
    r"\b(?:with|met)\s+(?:\w+\s+)?(?:towels?|coats?|jackets?|bags?|handdoek\w*|jas\w*|tas\w*)\b|"
    r"\b(?:de hele (?:dag|middag|ochtend)|uren(?:lang)?|all day|for hours)\b.{0,30}?\b(?:met|on|over)\s+"
    r"(?:één|een|1|one|a single|just one)\s+(?:koffie|kopje|drankje|thee|coffee|drink|tea)\b",
    "een huisregel vriendelijk maar duidelijk handhaven: vriendelijk nee zeggen, uitleggen waarom, "
    "wat wel kan",
    "keeping a house rule kindly but clearly: saying no kindly, explaining why, what is possible",
    unless=_COLLEAGUE,
)

# Stop 67 (A3). A customer who accuses the asker of theft or cheating ("de klant zegt dat ik hem heb
# bestolen", "customer accused me of stealing his phone"): an angry customer who crosses a line; stay
# calm, don't defend, set a limit and fetch a colleague. A customer who wants us to pay for a theft is
# THEFT_TO_PAY_FOR; the asker who saw a customer steal is not this.
_STOLE = (
    r"(?:bestolen|bestal|besteel|gestolen|stelen|gejat|gepikt|opgelicht|afgezet|beroofd|belazerd|"
    r"diefstal|dief|stole|stolen|stealing|steal|theft|thief|robbed|ripped (?:him|her|them) off|scammed|"
    r"short-?changed|cheated|cheating)"
)
ACCUSED_OF_THEFT = _kind(
    "accused-of-theft",
    r"\b(?:zegt|zei|beweert|beweerde|roept|riep|denkt|dacht|vindt|says?|said|claims?|claimed|thinks|"
    r"yells?|yelled|shouts?|shouted)\b.{0,20}?\b(?:dat )?(?:ik|i)\b.{0,30}?\b" + _STOLE + r"\b|"
    r"\b(?:beschuldig\w*|betichte?n?|accus\w*)\b.{0,25}?\b(?:me|mij|mn|mijn|m'n|my|me of|mij van)\b.{0,25}?\b"
    + _STOLE + r"\b|"
    # called a thief: "zegt ... dat ik een dief ben", "called me a thief"
    r"\b(?:zegt|zei|noemt|noemde|roept|riep|says?|said|called|calls)\b.{0,60}?\b(?:een|a)\s+"
    r"(?:dief|thief|oplichter|crook|scammer|zakkenroller|pickpocket)\b",
    "een boze klant beschuldigt je: rustig blijven, niet in de verdediging, je grens benoemen, "
    "een collega erbij halen",
    "an angry customer accuses you: stay calm, don't get defensive, name your limit, fetch a colleague",
    # a confused person (dementia) who accuses is the customer who cannot follow (CONFUSED_PERSON)
    unless=_COLLEAGUE + r"|\b(?:wil|wilt|eist|wants|expects|demands)\b.{0,30}?\b(?:betalen|vergoeden|pay|"
    rf"refund|compensate)\b|\b{_CONFUSED}",
)

# Stop 68 (helper A4, a fresh tester's kind G). Someone served who asks whether they may bring someone
# or something along ("iemand vraagt of ze haar kind van 10 mee mag nemen naar de fitness", "can I bring
# my dog", "mag ik mijn eigen eten meenemen"): a house rule to explain, saying no kindly where it may not,
# not what may be told to relatives (a child named is no relative asking about someone cared for).
_ALONG = (
    r"(?:mee\s+(?:\w+\s+){0,2}?(?:mag|mogen|mocht|kan|kunnen|kon)\s+(?:\w+\s+)?(?:nemen|brengen|komen|"
    r"naar binnen|in de|in het)|"
    r"(?:mag|mogen|mocht|kan|kunnen|kon)\s+(?:\w+\s+){0,5}?(?:meenemen|meebrengen|mee nemen|mee brengen|"
    r"mee naar binnen|mee in)|meenemen\s+mag|"
    r"(?:can|could|may|is allowed to|are allowed to|allowed to)\s+(?:\w+\s+){0,3}?(?:bring|take)\s+"
    r"(?:\w+\s+){0,4}?(?:along|with (?:him|her|them)|in(?:side)?|into|to the)|"
    r"(?:can|could|may)\s+(?:i|he|she|they|we)\s+bring\s+(?:my|his|her|their|our|a|an|the)\s+"
    r"(?:\w+\s+)?(?:kids?|child|children|son|daughter|dog|dogs|pets?|friend|own food|own drinks|food|drinks))"
)
BRING_ALONG = _kind(
    "bring-along",
    rf"\b(?:{_SERVED_PLAIN}|meneer|mevrouw|iemand|moeder|vader|ouder\w*|lid|leden|member\w*|someone|"
    rf"somebody|mum|mom|dad|parent\w*|vraagt|vroeg|asks?|asked|asking)\b.{{0,60}}?\b{_ALONG}\b|"
    rf"\b{_ALONG}\b.{{0,40}}?\b(?:{_SERVED_PLAIN}|someone|somebody|member)\s+(?:asks?|asked|wants to know)\b|"
    rf"\b{_ALONG}\b.{{0,40}}?\b(?:vraagt|vroeg|wil weten)\s+(?:een|de|die|zo'?n)\s+(?:{_SERVED_PLAIN}|meneer|"
    r"mevrouw|moeder|vader|lid)\b",
    "een huisregel uitleggen: vriendelijk nee zeggen, uitleggen waarom het niet mag, wat wel kan",
    "explaining a house rule: saying no kindly, explaining why it isn't allowed, what is possible",
    unless=_COLLEAGUE + r"|\b(?:(?:mag|kan) ik|can i|may i)\s+(?:\w+\s+){0,2}?(?:mijn|mn|m'n|my)\s+"
    r"(?:\w+\s+)?(?:kind|kinderen|kids?|child|children|hond|dog)\b.{0,30}?\b(?:werk|work|dienst|shift)\b|"
    r"\b(?:terugbrengen|terug brengen|retour\w*|return\w*|ruilen|exchange)\b",
)

# Stop 68 (A4). A customer short of money at the till who must put things back ("klant die steeds te
# weinig geld heeft en dan dingen terug moet leggen, het is zo pijnlijk", "she didn't have enough money
# and had to put things back"): the customer's embarrassment, helped discreetly so they leave with
# relief, not shame (emotion, the customer seen as a person), not a price objection nor a payment
# that fails (PAYMENT_FAILS) nor a customer who will not pay (WONT_PAY).
_SHORT_OF_MONEY = (
    r"(?:(?:te weinig|niet genoeg|onvoldoende|geen)\s+(?:\w+\s+)?(?:geld|saldo|centen|budget|cash|contant)|"
    r"(?:geld|saldo|centen)\s+(?:\w+\s+)?(?:tekort|te kort|niet genoeg|op)\b|"
    r"(?:komt|kwam|komen|kwamen|kom|kwamt)\s+(?:\w+\s+){0,2}?(?:tekort|te kort)|"
    r"(?:komt|kwam|komen|kwamen)\s+(?:\w+\s+){0,5}?(?:euro|eur|cent|centen|geld)\s+(?:tekort|te kort)|"
    r"(?:not enough|too little|short of|no|(?:didn'?t|did not|doesn'?t|does not|don'?t) have enough)\s+"
    r"(?:\w+\s+)?(?:money|cash|funds)|(?:is|was|were|are|comes?|came)"
    r"\s+(?:a (?:few|couple of) (?:euros?|pounds?|dollars?) )?short\b|can'?t afford|could ?n'?t afford|"
    r"insufficient funds)"
)
_PUT_BACK = (
    r"(?:terug\s+(?:\w+\s+){0,2}?(?:leggen|legt|legde|zetten|zet|zette|moet leggen|moest leggen)|"
    r"terugleggen|terugzetten|laten liggen|laat liggen|liet liggen|weglaten|wegleggen|"
    r"put (?:\w+\s+){0,3}?back|putting (?:\w+\s+){0,3}?back|puts (?:\w+\s+){0,3}?back|"
    r"leave (?:\w+\s+){0,2}?behind|"
    r"take (?:\w+\s+){0,2}?off the bill|remove (?:\w+\s+){0,2}?items?)"
)
SHORT_OF_MONEY = _kind(
    "short-of-money",
    rf"\b{_SHORT_OF_MONEY}.{{0,80}}?\b{_PUT_BACK}|\b{_PUT_BACK}.{{0,80}}?\b{_SHORT_OF_MONEY}|"
    # someone served short at the till: "mevrouw kwam aan de kassa een paar euro tekort"
    rf"\b(?:{_SERVED_PLAIN}|meneer|mevrouw|man|vrouw|she|he)\b.{{0,40}}?\b(?:kassa|afrekenen|till|checkout|"
    rf"register)\b.{{0,40}}?\b{_SHORT_OF_MONEY}|"
    rf"\b(?:{_SERVED_PLAIN}|meneer|mevrouw|man|vrouw|she|he)\b.{{0,40}}?\b{_SHORT_OF_MONEY}.{{0,40}}?"
    r"\b(?:kassa|afrekenen|till|checkout|register)\b|"
    rf"\b(?:{_SERVED_PLAIN}|meneer|mevrouw|man|vrouw)\b.{{0,60}}?\b(?:komt|kwam|komen|kwamen)\s+(?:\w+\s+){{0,5}}?"
    r"(?:euro|eur|cent|centen|geld)\s+(?:tekort|te kort)",
    "hoe de klant zich voelt: schaamte en opluchting, van product naar emotie, discreet helpen",
    "how the customer feels: shame and relief, from product to emotion, help discreetly",
    unless=_COLLEAGUE + r"|\b(?:wisselgeld|change|weigert|refuses?|wil niet betalen|won'?t pay)\b",
)

# Stop 68 (helper A5, a tester's B3). A bill far above what was quoted ("rekening is 180 euro ipv de 90
# die we hadden gezegd", "the bill came to twice the quote"): a customer surprised by a higher bill is
# the core case of the price objection, read with its own words (not only a promise not kept).
_BILL = r"(?:rekening|factuur|prijs|bedrag|totaal|kosten|bill|invoice|price|total|cost|charge)"
_OVER = (
    r"(?:ipv|i\.p\.v\.|in plaats van|instead of|terwijl|hoger dan|meer dan|duurder dan|het dubbele|dubbel|"
    r"twee keer|higher than|more than|double|twice)"
)
_QUOTED = (
    r"(?:gezegd|afgesproken|offerte|geoffreerd|begroot|begroting|geschat|schatting|inschatting|opgegeven|"
    r"beloofd|genoemd|voorzien|verwacht|quoted?|estimated?|estimate|we said|we told|agreed|promised|"
    r"expected)"
)
BILL_OVER_QUOTE = _kind(
    "bill-over-quote",
    rf"\b{_BILL}\b.{{0,60}}?\b{_OVER}\b.{{0,60}}?\b{_QUOTED}\b|"
    r"\b(?:duurder|hoger|more expensive|higher)\s+(?:\w+\s+){0,2}?(?:uitgevallen|geworden|uitgekomen|"
    r"came out|turned out|ended up)?\s*(?:dan|than)\s+(?:\w+\s+){0,3}?" + _QUOTED + r"\b|"
    rf"\b{_BILL}\b.{{0,40}}?\b(?:veel |way |much |far )?(?:hoger|higher|meer|more)\b.{{0,30}}?"
    rf"\b(?:dan|than)\b.{{0,30}}?\b{_QUOTED}\b|"
    # stop 69 (A7): "offerte 180 euro, bij inleveren 420", "quote said 180, the bill 420", and a customer
    # who feels cheated over the quote ("voelt zich opgelicht")
    r"\b(?:offerte|begroting|prijsopgave|quote|estimate)\b\D{0,20}?\d+\D{1,40}?\d+|"
    r"\b(?:offerte|begroting|prijsopgave|geoffreerd|quote|quoted|estimate)\b.{0,80}?\b(?:opgelicht|afgezet|"
    r"belazerd|bedrogen|ripped off|scammed|cheated|overcharged)\b|"
    r"\b(?:opgelicht|afgezet|belazerd|bedrogen|ripped off|scammed|cheated|overcharged)\b.{0,60}?"
    r"\b(?:offerte|begroting|prijsopgave|quote|estimate)\b",
    "de rekening is hoger dan afgesproken, duurder dan gedacht, de klant vindt het te duur",
    "the bill is higher than quoted, more than expected, the customer finds it too expensive",
    unless=_COLLEAGUE,
)

# Stop 68 (A5, B13). An emotion the asker wants to prevent ("zonder da ze boos worden", "before they
# get angry", "zodat hij niet kwaad wordt"): no angry customer yet; the rest of the message says what
# is asked (telling a queue to wait is time pressure). The kinds that read a customer's anger
# (ANGRY_IN_QUEUE) do not take it.
_WAIT_KINDLY = (
    r"(?:(?:moeten|moet|even|laten)\s+(?:\w+\s+){0,2}?wachten|wachten\s+moeten|rest van de rij|de rij|"
    r"wachtrij|wachtende\w*|het\s+(?:\w+\s+){0,2}?duurt|(?:have|has|need|needs) to wait|to wait|the queue|"
    r"the line|queue|waiting)"
)
WAIT_WITHOUT_ANGER = _kind(
    "wait-without-anger",
    rf"\b{_WAIT_KINDLY}\b.{{0,60}}?\b{_PREVENTED}\b|\b{_PREVENTED}\b.{{0,60}}?\b{_WAIT_KINDLY}\b",
    "vriendelijk blijven bij lange rijen, het wachten erkennen, zeggen wat je doet",
    "staying friendly with long queues, acknowledge the wait, say what you are doing",
    unless=_COLLEAGUE,
)

# Stop 68 (A5, I30). A customer who speaks another language ("klant praat alleen Frans", "spreekt
# geen woord Nederlands", "a passenger who only speaks Polish"): the customer who cannot follow,
# whatever the language is. The asker's own request for a language ("hoe zeg ik dat in het Engels",
# "answer in French") is not this.
_LANGUAGE = (
    r"(?:nederlands|vlaams|frans|duits|engels|spaans|italiaans|portugees|pools|roemeens|bulgaars|turks|"
    r"arabisch|russisch|oekra[iï]ens|chinees|mandarijn|kantonees|japans|koreaans|hindi|urdu|farsi|perzisch|"
    r"dari|pashto|tigrinya|somalisch|berbers|grieks|hongaars|tsjechisch|slowaaks|kroatisch|servisch|"
    r"albanees|litouws|lets|ests|fins|zweeds|noors|deens|vietnamees|thais|tagalog|indonesisch|hebreeuws|"
    r"koerdisch|armeens|georgisch|swahili|gebarentaal|"
    r"dutch|flemish|french|german|english|spanish|italian|portuguese|polish|romanian|bulgarian|turkish|"
    r"arabic|russian|ukrainian|chinese|mandarin|cantonese|japanese|korean|persian|somali|greek|hungarian|"
    r"czech|slovak|croatian|serbian|albanian|lithuanian|latvian|estonian|finnish|swedish|norwegian|danish|"
    r"vietnamese|thai|indonesian|hebrew|kurdish|armenian|georgian|sign language)"
)
FOREIGN_LANGUAGE = _kind(
    "foreign-language",
    r"\b(?:spreekt|spreken|sprak|spraken|praat|praten|praatte|kent|kennen|verstaat|verstaan|begrijpt|snapt|"
    r"speaks?|spoke|speaking|talks?|talking|understands?)\s+(?:\w+\s+){0,3}?" + _LANGUAGE + r"\b|"
    r"\b(?:alleen|enkel|maar|only|just)\s+(?:maar\s+)?" + _LANGUAGE + r"\b(?!\s+(?:antwoorden|answer))|"
    r"\b" + _LANGUAGE + r"(?:talig\w*|sprekend\w*|-speaking|\s+speaking)\b|"
    r"\b(?:geen|no|not a)\s+(?:woord\s+|word of\s+)?" + _LANGUAGE + r"\b",
    "de klant spreekt onze taal niet, taalbarrière, anderstalig, de klant kan je niet volgen",
    "the customer doesn't speak our language, language barrier, the customer cannot follow you",
    unless=r"\b(?:hoe zeg|hoe zei|hoe schrijf|how do (?:i|you) say|how to say|how do (?:i|you) write|"
    r"vertaal\w*|translat\w*|antwoord\w*|answer\w*|reply|respond)\b.{0,30}?\b(?:in (?:het )?)?" + _LANGUAGE
    + r"\b|\b(?:ik|i)\s+(?:\w+\s+)?(?:leer|learn|learning|wil leren|want to learn)\b|"
    # judged on handling time while serving customers of another language: the KPI question
    + KPI_PRESSURE.pattern,
)

# Stop 68 (A5, M40). A booking or call the business did not write down ("ze heeft gebeld om te
# reserveren en dat is niet genoteerd", "his booking isn't in the system"): a promise not kept, to put
# right, not only an angry customer nor a no.
_BOOKED = (
    r"(?:gereserveerd|reservering|reserveren|reserveerde|geboekt|boeking|afspraak|afgesproken|besteld|"
    r"bestelling|gebeld|doorgegeven|aangevraagd|aangemeld|ingeschreven|booked|booking|reserved|"
    r"reservation|appointment|ordered|called ahead|rang ahead|signed up)"
)
_NOT_NOTED = (
    r"(?:(?:niet|nooit|ni|nie|nergens)\s+(?:\w+\s+)?(?:genoteerd|opgeschreven|doorgegeven|ingepland|"
    r"vastgelegd|geregistreerd|ingevoerd|ingeboekt|verwerkt|in het systeem|in de agenda|in de computer)|"
    r"(?:staat|stond|stonden|staan)\s+(?:er\s+)?(?:\w+\s+)?(?:niet|nergens|ni|nie)\s+(?:in|op|bij)\b|"
    r"vergeten\s+(?:te\s+)?(?:noteren|in te plannen|door te geven|in te voeren|te boeken)|"
    r"(?:was|were|is|are)(?:n'?t| not| never)\s+(?:\w+\s+)?(?:noted|written down|logged|recorded|entered|"
    r"booked|passed on|in the system|in the book|in the diary|on the list)|"
    r"(?:isn'?t|is not|wasn'?t|was not|not)\s+in\s+(?:the|our)\s+(?:system|book|diary|calendar|list)|"
    r"no record|lost (?:the|his|her|their) (?:booking|reservation)|never (?:noted|written down|logged))"
)
NOT_NOTED = _kind(
    "not-noted",
    rf"\b{_BOOKED}\b.{{0,80}}?\b{_NOT_NOTED}|\b{_NOT_NOTED}.{{0,60}}?\b{_BOOKED}\b",
    "een afspraak niet nagekomen, belofte niet waargemaakt, onze fout goedmaken",
    "an agreement not kept, a promise not delivered, put our mistake right",
    unless=_COLLEAGUE + r"|\b(?:rooster|roster|dienst|shift|vakantie|verlof|leave|holiday)\b",
)

# Stop 68 (A5, F25). A leader who asks how to support an employee after a customer's threat or abuse
# ("een klant dreigde gisteren mijn verkoper in elkaar te slaan, hoe vang ik haar op"): aftercare for
# the employee, not the asker's own danger.
_SUPPORT = (
    r"(?:opvangen|opvang|vang\s+(?:ik|je|we)\s+(?:\w+\s+)?op|ondersteun\w*|steunen|steun|bijstaan|nazorg|"
    r"support|look after|take care of|check in on|be there for|aftercare|debrief)"
)
# the leader's own people (a colleague is the asker's peer: not this)
_MY_STAFF = (
    r"(?:(?:mijn|mn|m'n|onze|ons)\s+(?:\w+\s+)?(?:verkoper\w*|medewerker\w*|teamlid|teamleden|"
    r"team|personeel|kassière|kassiere|caissière|receptioniste?|verpleegkundige\w*|agent\w*|mensen|"
    r"stagiair\w*|werknemer\w*|barman|serveerster|ober)|"
    r"(?:my|our)\s+(?:\w+\s+)?(?:staff|employee\w*|team member\w*|team|cashier\w*|"
    r"receptionist\w*|nurse\w*|agent\w*|people|waiter\w*|waitress\w*))"
)
# what happened to them: a threat, abuse, violence, or tears after it
_HARD_CONTACT = (
    r"(?=.*\b(?:dreig\w*|bedreig\w*|uitgescholden|scheld\w*|schold|agressie\w*|agressief|geslagen|slaan|"
    r"sloeg|aangevallen|overval\w*|incident\w*|geweld|gehuild|huilt|huilde|in tranen|overstuur|van slag|"
    r"threat\w*|abuse\w*|abusive|attacked|assault\w*|punched|robbery|robbed|violence|violent|"
    r"aggressi\w*|crying|cried|in tears|shaken|sworn at|yelled at|screamed at)\b)"
)
STAFF_AFTERCARE = _kind(
    "staff-aftercare",
    rf"{_HARD_CONTACT}(?:\b{_MY_STAFF}\b.{{0,120}}?\b{_SUPPORT}\b|\b{_SUPPORT}\b.{{0,60}}?\b{_MY_STAFF}\b|"
    rf"\bvang\s+(?:ik|je|we|jij)\s+{_MY_STAFF}\s+(?:\w+\s+)?op\b)",
    "een medewerker opvangen na een zwaar klantcontact, nazorg na agressie of bedreiging",
    "support an employee after a hard customer contact, aftercare after aggression or a threat",
)

# Stop 68 (A5, V19 and M12). Asking someone served to keep a rule ("hoe vraag ik beleefd aan iemand om
# haar hond aan de lijn te houden", "how do I politely ask a guest to put his phone away") or something
# a visitor wants that is not allowed ("wil met een grote rugzak de zaal in, dat mag niet"): a house rule
# kept kindly. Asking for a review, payment or patience is not a rule.
RULE_TO_KEEP = _kind(
    "rule-to-keep",
    r"\b(?:hoe|how)\b.{0,20}?\b(?:(?:vraag|vragen|zeg|zeggen|vertel|ask|tell)\b.{0,40}?\b(?:beleefd|"
    r"vriendelijk|netjes|politely|nicely|kindly|in a nice way|friendly)|(?:beleefd|vriendelijk|netjes|"
    r"politely|nicely|kindly)\s+(?:\w+\s+)?(?:vragen|vraag|zeggen|ask|tell))\b"
    r".{0,60}?\b(?:om\s+(?:\w+\s+){1,8}?te\s+\w+|"
    r"(?:to|not to)\s+(?:keep|put|turn|take|stop|leave|lower|switch|use|wear|move|step|get)\b)|"
    r"\b(?:wil|wilt|willen|wou|wilde|wants? to|wanted to|tries to|tried to)\b.{0,60}?[,.;]?\s*"
    r"(?:maar\s+)?(?:dat|da|wat|which|but that|that)?\s*(?:mag|mogen|is)\s+(?:hier\s+)?(?:niet|ni|nie|"
    r"verboden|not allowed)\b(?!\s+(?:geven|terug))|"
    r"\b(?:wants? to|wanted to|tries to|tried to)\b.{0,60}?\b(?:(?:that|which|but that)(?:'s| is)\s+not "
    r"allowed|isn'?t allowed|not allowed)",
    "een huisregel vriendelijk maar duidelijk handhaven: vriendelijk nee zeggen, uitleggen waarom, "
    "wat wel kan",
    "keeping a house rule kindly but clearly: saying no kindly, explaining why, what is possible",
    unless=_COLLEAGUE + r"|\b(?:review|recensie|beoordeling|feedback|betalen|betaling|pay|payment|wachten|"
    r"wait|geduld|patience|fooi|tip)\b|\b{_COMPENSATION}\b".replace("{_COMPENSATION}", _COMPENSATION)
    + r"|\b(?:mag ik|may i|am i allowed|can i)\b",
)

# Stop 68 (A5, I33). An apology that should sound sincere ("hoe zeg ik sorry zonder dat het nep
# klinkt", "how do I apologise so it sounds genuine"): putting a failure right, the apology first.
SINCERE_APOLOGY = _kind(
    "sincere-apology",
    r"\b(?:excuses|excuus|sorry|verontschuldig\w*|apologi[sz]e\w*|apology)\b.{0,50}?\b(?:nep|gemeend|"
    r"gemaakt|ingestudeerd|oprecht\w*|gespeeld|standaard|geforceerd|hol|leeg|robot\w*|fake|genuine\w*|"
    r"sincere\w*|hollow|scripted|empty|forced|robotic|insincere|mean it)\b",
    "excuses aanbieden en het goedmaken",
    "apology, make it right",
)

# Stop 68 (A5, I3). A customer's matter stuck with someone else that the asker cannot speed up
# ("claim ligt 6 weken stil bij de expert, ik kan niks versnellen", "it's out of my hands", "I can't
# speed it up"): a problem one cannot solve oneself (say honestly what you cannot do, stay the owner).
CANT_SPEED_UP = _kind(
    "cant-speed-up",
    r"\b(?:ik|we|wij|k)\s+(?:kan|kon|kunnen|konden)\s+(?:\w+\s+){0,2}?(?:niks|niets|ni|niet|nie|geen)\s+"
    r"(?:\w+\s+){0,3}?(?:versnellen|bespoedigen|sneller\s+(?:maken|laten gaan|regelen))\b|"
    r"\b(?:buiten mijn macht|niet in mijn handen|out of my hands|beyond my control|out of my control)\b|"
    r"\b(?:can'?t|cannot|can not|unable to|no way to)\s+(?:\w+\s+){0,2}?(?:speed\s+(?:\w+\s+)?up|hurry|"
    r"make (?:it|them|things) (?:go )?faster|rush)\b",
    "het probleem zelf niet kunnen oplossen, buiten mijn macht: eerlijk zeggen wat je niet kunt, "
    "eigenaar blijven",
    "a problem you can't solve yourself, out of my hands: say honestly what you can't do, stay the owner",
    # stop 69 (A7): the queue's wait is time pressure (CANT_SHORTEN_WAIT)
    unless=_COLLEAGUE + r"|\b(?:wachttijd\w*|wachtrij|de rij|the queue|the line|waiting times?)\b",
)

# A claim or cost the customer does not get covered (stop 68: after "dat is het niet" to the card on
# saying no, "het is een zorgverzekeraar en mevrouw krijgt haar fysio niet vergoed" was refused): a rule
# the employee cannot change, to be said kindly with what is still possible.
NOT_COVERED = _kind(
    "not-covered",
    r"\b(?:niet|nie|ni|geen)\s+(?:meer\s+)?(?:vergoed|vergoedt|gedekt|terugbetaald|uitgekeerd)\b|"
    r"\bvalt\s+(?:\w+\s+){0,2}?(?:niet|nie|ni)\s+(?:onder|in)\s+(?:de|het|zijn|haar|hun)?\s*"
    r"(?:dekking|polis|verzekering|pakket|garantie)\b|"
    r"\b(?:not|isn'?t|aren'?t|won'?t be|wasn'?t|never)\s+(?:\w+\s+){0,1}?"
    r"(?:covered|reimbursed|refunded by the insurer)\b",  # a claim turned down: anothers_decision_plainly
    "een klant krijgt iets niet vergoed of gedekt: een regel die je niet kunt veranderen, vriendelijk nee "
    "zeggen en uitleggen wat wel kan",
    "a customer does not get something covered or reimbursed: a rule you cannot change, say no kindly and "
    "explain what is still possible",
    # stop 69 (A7): a cost our own failure caused is ours to put right (OUR_FAULT_COSTS)
    unless=_COLLEAGUE + r"|\b(?:onze schuld|onze fout|door ons|aan ons lag|our fault|our mistake|we caused|"
    r"because of us)\b",
)

# Stop 69 (helper A7, a fresh tester's kinds 5 and 6: house rules and saying no, complaints and
# recovery). A house rule stated ("bij ons mogen geen honden", "honden zijn hier niet toegestaan", "no
# dogs allowed in the salon"): keeping it kindly (saying no kindly). The asker's own "mag ik geen ..."
# is a question about a rule, not this.
_HOUSE_SPOT = r"(?:bij ons|hier|binnen|in de (?:zaak|winkel|salon|zaal|wachtkamer|praktijk)|in here|inside)"
HOUSE_RULE_STATED = _kind(
    "house-rule-stated",
    rf"\b{_HOUSE_SPOT}\s+(?:mogen|mag)\s+(?:\w+\s+)?geen\b|\b(?:mogen|mag)\s+{_HOUSE_SPOT}\s+geen\b|"
    r"\bgeen\s+\w+\s+(?:toegestaan|toegelaten)\b|"
    r"\b\w+\s+(?:zijn|is|zijn hier|is hier)\s+(?:niet\s+toegestaan|niet\s+toegelaten|verboden|"
    r"niet welkom)\b|"
    r"\bno\s+\w+\s+allowed\b|\b\w+\s+(?:are|is)\s+not\s+allowed\s+(?:in|here|inside)\b|"
    r"\b\w+\s+(?:aren'?t|isn'?t)\s+allowed\s+(?:in|here|inside)\b|\bwe\s+(?:don'?t|do not)\s+allow\s+\w+",
    "een huisregel vriendelijk maar duidelijk handhaven: vriendelijk nee zeggen, uitleggen waarom, "
    "wat wel kan",
    "keeping a house rule kindly but clearly: saying no kindly, explaining why, what is possible",
    unless=_COLLEAGUE + r"|\b(?:mag ik|mogen wij|mogen we|may i|am i allowed|can i)\b",
)

# Stop 69 (A7). A customer's children running about where it is unsafe ("2 kleine kinderen rennen door
# de zaak tussen de scharen", "kids climbing on the displays"): a rule kept kindly, with the parent. A
# lost or unwell child is safety (the actions' lines), the asker's own children are not this.
_CHILDREN = r"(?:kinderen|kindjes|kinders|kleintjes|kleuters|peuters|kids|children|toddlers)"
CHILDREN_RUNNING = _kind(
    "children-running",
    CHILDREN_ABOUT.pattern,
    "een regel vriendelijk maar duidelijk handhaven bij de ouder van rennende kinderen: vriendelijk nee "
    "zeggen, uitleggen waarom, wat wel kan",
    "keeping a rule kindly but clearly with the parent of children running about: saying no kindly, "
    "explaining why, what is possible",
    unless=_COLLEAGUE + r"|\b(?:mijn|onze|my|our)\s+(?:eigen\s+|own\s+)?" + _CHILDREN + r"|"
    r"\b(?:kwijt|vermist|verdwaald|huil\w*|nergens|alleen achter\w*|in de auto|lost|missing|crying|"
    r"alone|in the car|gewond|injured|hurt|gevallen|fell)\b",
)

# Stop 69 (A7). What a customer wants is spoken for or gone ("laatste brood al gereserveerd", "the last
# one is reserved for someone else"), or a loyal customer who claims an exception ("ik kom hier al 20
# jaar"): saying no kindly, with an alternative.
SPOKEN_FOR = _kind(
    "spoken-for",
    r"\b(?:laatste|enige|last|only)\s+(?:\w+\s+){0,2}?(?:is\s+|was\s+)?(?:al|already)\s+"
    r"(?:gereserveerd|besteld|verkocht|vergeven|reserved|sold|taken|spoken for|promised)\b|"
    r"\b(?:laatste|enige|last|only)\s+(?:\w+\s+){0,2}?(?:is|was)\s+(?:gereserveerd|reserved|spoken for)\b|"
    r"\b(?:gereserveerd|besteld|reserved|ordered|promised)\s+(?:voor|door|for|by)\s+(?:iemand anders|"
    r"een andere klant|een ander|someone else|somebody else|another customer)\b|"
    r"\b(?:ik|i)\s*(?:kom|ben|'ve been coming|have been coming|'ve been shopping|have been shopping)\s+"
    r"(?:hier\s+|here\s+)?(?:al\s+)?(?:\d+|tien|twintig|dertig|veertig|jaren|years|"
    r"for (?:\d+|ten|twenty|thirty|years))"
    r"\b(?:\s+(?:jaar|years))?|\bvaste klant\b.{0,30}?\b(?:dus|en toch|maar|so|but)\b",
    "iets is al voor een ander gereserveerd of op, een vaste klant wil een uitzondering: vriendelijk nee "
    "zeggen, uitleggen waarom, wat wel kan, een alternatief",
    "something is reserved for someone else or gone, a regular wants an exception: saying no kindly, "
    "explaining why, what is possible, an alternative",
    unless=_COLLEAGUE,
)

# Stop 69 (A7). A customer who keeps demanding something for free ("klant die telkens een gratis hoesje
# eist", "always wants something for nothing"): saying no kindly, also to someone who won't take no.
_FREE = r"(?:gratis|voor niks|voor niets|for free|free|for nothing)"
_DEMAND = (
    r"(?:eist|eisen|eiste|opeist|aandringen|aandringt|dringt aan|blijft vragen|blijft zeuren|demands?|"
    r"demanding|demanded|insists?|insisted|insisting|keeps asking)"
)
_AGAIN = r"(?:telkens|steeds|altijd|elke keer|iedere keer|weer|opnieuw|alweer|always|every time|again|keeps?)"
DEMANDS_FREE = _kind(
    "demands-free",
    rf"(?=.*\b{_FREE}\b)(?:.*\b{_DEMAND}\b|.*\b{_AGAIN}\b.{{0,20}}?\b(?:wil|wilt|vraagt|vragen|wants|"
    rf"asks?|asking|wanting)\b|.*\b(?:wil|wilt|vraagt|wants|asks?)\s+(?:\w+\s+)?{_AGAIN}\b)",
    "een klant die blijft aandringen en iets gratis eist: vriendelijk maar duidelijk nee zeggen, "
    "uitleggen waarom, wat wel kan",
    "a customer who keeps insisting and demands something for free: saying no kindly but clearly, "
    "explaining why, what is possible",
    unless=_COLLEAGUE + r"|\b(?:wij|we|ik|i)\s+(?:\w+\s+)?(?:geven|geef|give|offer|bieden)\b",
)

# Stop 69 (A7). A customer who cancels late or does not show up, again ("belt af 10 min voor afspraak,
# 3e keer deze maand", "no-show for the third time"): the rule told kindly but clearly (saying no).
_CANCELS = (
    r"(?:belt|belde|zegt|zei|zegde|meldt|meldde)\s+(?:\w+\s+){0,5}?af\b|afzeggen|afgezegd|annuleert|"
    r"annuleerde|geannuleerd|niet (?:komt |kwam )?(?:op ?dagen|opgedaagd)|komt (?:\w+\s+){0,2}?niet opdagen|"
    r"no-?shows?|cancels|cancelled|canceled|cancelling|doesn'?t show up|didn'?t show up|never shows up"
)
_REPEATED = (
    r"(?:\d+e|\d+de|tweede|derde|vierde|vijfde|weer|opnieuw|alweer|steeds|telkens|elke keer|altijd|"
    r"laatste moment|last[- ]minute|again|second|third|fourth|\d+(?:nd|rd|th)|every time|keeps|always)"
)
LATE_CANCELLER = _kind(
    "late-canceller",
    rf"\b(?:{_SERVED_NL}|{_SERVED_EN})\b.{{0,40}}?\b(?:{_CANCELS})\b.{{0,60}}?\b{_REPEATED}\b|"
    rf"\b(?:{_SERVED_NL}|{_SERVED_EN})\b.{{0,40}}?\b{_REPEATED}\b.{{0,30}}?\b(?:{_CANCELS})\b|"
    rf"\b(?:{_SERVED_NL}|{_SERVED_EN})\s+(?:belt|belde|zegt|zei|zegde)\s+(?:\w+\s+)?{_REPEATED}\s+"
    r"(?:\w+\s+){0,4}?af\b",
    "een klant die steeds op het laatste moment afzegt of niet komt opdagen: de regel vriendelijk maar "
    "duidelijk uitleggen, vriendelijk nee zeggen, wat wel kan",
    "a customer who keeps cancelling at the last minute or not showing up: explaining the rule kindly but "
    "clearly, saying no kindly, what is possible",
    unless=_COLLEAGUE + r"|\b(?:wij|we|ons|onze|our|us)\s+(?:\w+\s+){0,2}?(?:annul\w*|cancel\w*|afgezegd)",
)

# Stop 69 (A7). A customer unhappy with the result who wants money back ("ne madam vindt haar kapsel ni
# goe, wil geld terug", "brood was beschimmeld en wil geld terug"): a complaint to put right (service
# recovery), not a price haggled over nor a regret.
_POOR = (
    r"(?:ni goe|nie goe|niet goed|niet mooi|niet lekker|slecht|lelijk|mislukt|verknipt|verpest|beschimmeld|"
    r"schimmel\w*|bedorven|oudbakken|over de datum|zuur|not good|awful|terrible|ugly|ruined|"
    r"botched|mouldy|moldy|mould|mold|stale|rotten|spoiled|gone off|niet tevreden|ontevreden|"
    r"not happy|unhappy)"
)
POOR_RESULT_MONEY_BACK = _kind(
    "poor-result-money-back",
    rf"\b{_POOR}\b.{{0,80}}?\b{_COMPENSATION}\b|\b{_COMPENSATION}\b.{{0,60}}?\b(?:omdat|want|because|since)\b"
    rf".{{0,60}}?\b{_POOR}\b",
    "een klacht over een fout goedmaken, de klant is ontevreden over het resultaat",
    "a complaint about a failure, make it right, the customer is unhappy with the result",
    # a review threatened for a refund is pressure to say no to (ONLINE_REVIEW), not a poor result
    unless=_COLLEAGUE + r"|\b(?:prijs|te duur|duur|price|too expensive|expensive|review\w*|recensie\w*)\b|"
    + _NOT_ALLOWED,
)

# Stop 69 (A7). Costs of ours to make good ("parkeerkosten niet vergoed terwijl het onze schuld was",
# "we caused the delay and he wants his parking paid"): putting our failure right, not a rule to keep.
_OUR_FAULT = (
    r"(?:onze schuld|onze fout|ons fout|door ons|aan ons lag|aan ons ligt|lag aan ons|ligt aan ons|"
    r"wij hebben het verprutst|"
    r"our fault|our mistake|we caused|because of us|our error|we messed up)"
)
OUR_FAULT_COSTS = _kind(
    "our-fault-costs",
    rf"\b{_OUR_FAULT}\b.{{0,80}}?\b(?:{_COMPENSATION}|vergoed\w*|\w*kosten|reimburs\w*|costs?|pay for)\b|"
    rf"\b(?:{_COMPENSATION}|vergoed\w*|\w*kosten|reimburs\w*|costs?)\b.{{0,80}}?\b{_OUR_FAULT}\b",
    "een fout van ons goedmaken: excuses, oplossen en compensatie, service recovery",
    "putting our own failure right: apology, fix it and compensation, service recovery",
    unless=_COLLEAGUE,
)

# Stop 69 (A7). A wait the asker cannot shorten ("ik kan de wachttijd niet korter maken, wat kan ik dan
# wel doen", "I can't make the wait any shorter"): long waits met kindly (time pressure).
_THE_WAIT = r"(?:wachttijd\w*|wachtrij|de rij|het wachten|wait(?:ing)? times?|the wait|the queue|the line)"
CANT_SHORTEN_WAIT = _kind(
    "cant-shorten-wait",
    rf"\b(?:kan|kunnen|kon|konden)\b.{{0,20}}?\b{_THE_WAIT}\s+(?:\w+\s+)?(?:niet|ni|nie|geen|niks)\s+"
    r"(?:\w+\s+)?(?:korter|sneller|verkorten|inkorten|omlaag)\b|"
    rf"\b(?:kan|kunnen|kon|konden)\s+(?:\w+\s+)?(?:niks|niets|ni|niet|nie)\s+(?:(?:\w+\s+)?doen\s+)?aan\s+"
    rf"(?:de\s+)?{_THE_WAIT}\b|"
    rf"\b(?:can'?t|cannot|can not|unable to)\s+(?:make|get)\s+{_THE_WAIT}\s+(?:any\s+)?(?:shorter|faster)\b|"
    rf"\b(?:can'?t|cannot|can not|unable to)\s+(?:shorten|reduce|cut)\s+(?:the\s+)?{_THE_WAIT}\b|"
    rf"\b(?:can'?t|cannot|can not)\s+do\s+(?:anything|much)\s+about\s+{_THE_WAIT}\b",
    "de wachttijd niet korter kunnen maken: vriendelijk blijven bij lange rijen, het wachten erkennen, "
    "zeggen wat je doet",
    "cannot make the wait shorter: staying friendly with long queues, acknowledge the wait, say what you "
    "are doing",
    unless=_COLLEAGUE,
)

# Stop 69 (re-test on Telegram). Explaining a term or rule the customer will not like ("hoe leg ik uit
# dat de borg pas na 10 werkdagen vrijkomt", "hoe leg ik een klant uit dat retourneren alleen binnen 14
# dagen kan": refused, NLU read the first as off-topic): saying no kindly, explaining why. Explaining how
# something works, or a delay ("hoe leg ik uit dat het pakket pas morgen komt", "... pas na 3 weken
# komt": keeping promises), is not a rule.
EXPLAIN_A_RULE = _kind(
    "explain-a-rule",
    r"\b(?:hoe|how)\s+(?:leg|leggen|moet|kan|kun|do|can|should)\s+(?:ik|we|je|i|you)\s+(?:\w+\s+){0,3}?"
    r"(?:uit(?:leggen)?|explain)\b.{0,30}?\b(?:dat|da|that)\b.{0,60}?\b(?:pas\s+(?:na|als)\s+(?!morgen|volgende|vandaag)(?!\d+\s+(?:dagen|weken))|alleen(?:\s+maar)?|enkel|slechts|niet\s+meer|niet\s+terug|geen\s+\w+\s+terug|"
    r"maar\s+binnen|na\s+\d+\s+(?:werk)?dagen|only|no\s+longer|after\s+\d+\s+(?:working\s+|business\s+)?days)\b",
    "een regel of voorwaarde uitleggen die de klant niet wil horen: vriendelijk nee zeggen, uitleggen "
    "waarom, wat wel kan",
    "explaining a rule or term the customer won't like: saying no kindly, explaining why, what is possible",
    unless=_COLLEAGUE,
)

KINDS: tuple[Kind, ...] = (
    BAD_MOOD,
    DIFFICULT_AT_CONTACT,
    LEGAL_THREAT,
    LATE_RETURN,
    APOLOGY_WITHOUT_BLAME,
    STRESS_FROM_CUSTOMERS,
    ANGRY_IN_QUEUE,
    FAULT_FOR_DISCOUNT,
    MAY_NOT_GIVE,
    NO_RECEIPT,
    MEASURING_A_TEAM,
    SATISFIED_VS_DELIGHTED,
    NEW_STAFF,
    KPI_PRESSURED,
    FED_UP_WITH_CUSTOMERS,
    CUSTOMER_CALLED_NAMES,
    NERVOUS_CUSTOMER,
    LATE_CUSTOMER,
    SAME_QUESTION_AGAIN,
    WONT_PAY,
    CARD_FAILS,
    FAULT_COMPLAINED_OF,
    KEEPS_COMPLAINING,
    STAFF_RUDE_TO_CUSTOMERS,
    COACHING_ON_THE_FLOOR,
    DIDNT_KNOW_THE_ANSWER,
    STAFF_TREATED_WELL,
    COACHING_TALK,
    RULE_AGAINST_HEART,
    LINGERING_CONVERSATION,
    WRONG_PLACE,
    KEEPS_CONTACTING,
    COACHING_A_NEWCOMER,
    TEAM_TO_TAKE_UP_A_HABIT,
    CUSTOMER_REPROACH,
    CONFUSED_PERSON,
    TEAM_WEARING_OUT,
    CONDESCENDING_CUSTOMER,
    BLAMED_FOR_A_COLLEAGUE,
    FURIOUS_AT_ME,
    OWN_MISTAKE,
    INTIMIDATION,
    SENT_BACK,
    MAY_NOT_SAY_WHY,
    SERVICE_STANDARDS,
    ONLINE_REVIEW,
    ASKING_BETTER_QUESTIONS,
    SAYING_DIFFERENT_THINGS,
    CUSTOMER_SAYS_IT_WENT_WRONG,
    RUDER_AND_RUDER,
    LEAD_IN_THE_RUSH,
    THEFT_TO_PAY_FOR,
    NOT_LISTENING,
    MAY_I_DECIDE_MYSELF,
    REPAIR_DIDNT_HOLD,
    RELATIVE_COMPLAINS,
    LONG_WAIT_TO_TELL,
    REGRET_MONEY_BACK,
    TURN_INTO_FANS,
    CANT_CHOOSE,
    PAYMENT_FAILS,
    CANT_LEAVE_MY_POST,
    HOUSE_RULE,
    ACCUSED_OF_THEFT,
    BRING_ALONG,
    SHORT_OF_MONEY,
    BILL_OVER_QUOTE,
    WAIT_WITHOUT_ANGER,
    FOREIGN_LANGUAGE,
    NOT_NOTED,
    STAFF_AFTERCARE,
    RULE_TO_KEEP,
    SINCERE_APOLOGY,
    CANT_SPEED_UP,
    NOT_COVERED,
    HOUSE_RULE_STATED,
    CHILDREN_RUNNING,
    SPOKEN_FOR,
    DEMANDS_FREE,
    LATE_CANCELLER,
    POOR_RESULT_MONEY_BACK,
    OUR_FAULT_COSTS,
    CANT_SHORTEN_WAIT,
    EXPLAIN_A_RULE,
)


def kinds_of(text: str) -> list[Kind]:
    """The kinds (`KINDS`) `text` is of, in their order."""
    return [kind for kind in KINDS if kind.fits(text)]


def plainly(text: str, lang: str, typed: str | None = None) -> str:
    """`text` with, per kind `typed` (default `text`: the message as typed, before it was read in
    `lang`) is of, the plain words of that kind in `lang` ("nl" or "en") added at its end; any other
    text as it was."""
    added = [kind.plain[lang] for kind in kinds_of(text if typed is None else typed) if lang in kind.plain]
    return " ".join([text, *added]) if added else text
