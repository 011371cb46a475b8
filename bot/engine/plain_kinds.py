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

from bot.content.audience import KPI_PRESSURE

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
    r"(?:i|we) (?:didn'?t|did not) (?:do|cause) it)",
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
ANGRY_IN_QUEUE = _kind(
    "angry-in-queue",
    rf"\b{_QUEUE}\b.{{0,50}}?\b{_ANGRY}\b|\b{_ANGRY}\b.{{0,50}}?\b{_QUEUE}\b",
    "boze klanten kalmeren",
    "calm angry customers",
)

# A fault the customer complains of, with a discount asked for it ("room too noisy and wants a
# discount"): a complaint to put right, not haggling over a price.
_COMPENSATION = (
    r"(?:korting|kortingsbon\w*|tegoedbon\w*|waardebon\w*|cadeaubon\w*|compensatie|vergoeding|geld terug|"
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
    r"(?:niet|ni|nie) (?:mag|mogen) geven|niet toegestaan|kan ik (?:niet|ni|nie) geven|"
    r"(?:i'?m|i am|we'?re|we are) not allowed|(?:can'?t|cannot|may not) give|not allowed to give)"
)
FAULT_FOR_DISCOUNT = _kind(
    "fault-for-discount",
    rf"\b(?:{_FAULT}|{_WAITED})\b.{{0,60}}?\b{_COMPENSATION}\b|"
    rf"\b{_COMPENSATION}\b.{{0,60}}?\b(?:{_FAULT}|{_WAITED})\b",
    "een klacht over een fout goedmaken",
    "a complaint about a failure, make it right",
    unless=rf"\b{_NOT_ALLOWED}",
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
    unless=r"\b(?:leidinggevende|manager|teamleider|team ?leader|supervisor|teamcoach|"
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
    unless=_COLLEAGUE + r"|\b(?:ik ben|ik was|i'?m|i am|i was|i get|ik word)\b.{0,10}?\b" + _NERVOUS,
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
    unless=_COLLEAGUE + rf"|\b{_FAULT}|\b{_ANGRY}\b|\b(?:klacht\w*|complain\w*|werkgever|employer|loon|"
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
    rf"\b{_DIDNT_KNOW}\b.{{0,30}}?\b(?:op (?:de|zijn|haar) vraag|to (?:the|his|her|their) question)",
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
    r"(?:loslaten|van me afzetten)",
    "herstellen na een lastig klantgesprek, het loslaten",
    "recovering after a hard customer conversation, letting it go",
    unless=r"\b(?:de klant|the customer|customer|klant|guest|gast)\s+(?:who\s+|die\s+)?"
    r"(?:kan|can'?t|cannot|won'?t|wil)\b",
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
