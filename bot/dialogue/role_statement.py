"""Does a message say what the sender's own role at work is? "ik ben teamleider", "ik ben
leidinggevende van een team van 8", "I'm a manager", "als afdelingshoofd wil ik ..." say they
lead a team ("manager"); "ik werk als baliemedewerker", "ik ben kassière", "I'm a receptionist",
"I work as a cashier" say they serve customers themselves ("employee").

Tester round of stop 57: such a statement got a welcome, but the role was not kept, so later
questions were searched with the default role's articles (bot/content/audience.py). The coach
now keeps the role said (actions/base.py `storing_roles_said`).

Someone else's role ("mijn manager is teamleider", "de klant zei: ik ben de manager"), a
hypothetical ("stel dat ik teamleider ben", "als ik manager was", "what if I were a manager"),
a wish ("ik wil teamleider worden"), the past ("ik was vroeger teamleider") and a denial ("ik
ben geen manager") say no role. Pure Python (no Rasa)."""

from __future__ import annotations

import re

from bot.selfchecks.leaders import roles_said_at

__all__ = ["role_said"]

# Words before the job: "ik ben (nu) een", "I'm the new", "ik werk (al jaren) als"
_ONE = (
    r"(?:(?:een|de|het|a|an|the|nu|now|hier|here|zelf|net|pas|sinds\s+kort|nieuwe?|new|ook|also|gewoon|just"
    r"|eigenlijk|actually|inmiddels|al\s+\w+\s+(?:jaar|jaren|maanden)|fulltime|parttime|part-time|full-time)\s+)*"
)
# Jobs of people who serve customers themselves (Dutch, Flemish, English), not leading a team.
_JOB = (
    r"(?:\w*medewerk(?:st)?ers?|\w*bedienden?|receptionist(?:e|es|s)?|kassi[eè]res?|kassiers?|caissi[eè]res?"
    r"|verkop(?:er|ers|ster|sters)|verkoopadviseur|verpleegkundigen?|verzorgenden?|zorgmedewerker|obers?"
    r"|serveerster|serveersters|barista|barman|barvrouw|gastvrouw|gastheer|host(?:ess)?|stewardess|steward"
    r"|conci[eë]rge|portier|baliemedewerker|callcenteragent|klantenservicemedewerker|kok|chauffeur|buschauffeur"
    r"|stagiair(?:e)?|vakkenvuller|magazijnmedewerker|monteur|loketbediende|thuiszorgmedewerker"
    r"|employee|staff\s+member|team\s+member|cashier|clerk|sales\s+(?:assistant|associate|rep)|shop\s+assistant"
    r"|waiter|waitress|bartender|nurse|carer|caregiver|care\s+worker|porter|concierge|driver|bus\s+driver"
    r"|front\s+desk\s+(?:agent|clerk|employee)|(?:call\s+cent(?:re|er)\s+)?agent|customer\s+service\s+(?:agent|rep"
    r"|representative|advisor|adviser)|intern|trainee|barista|housekeeper|desk\s+agent)"
)
_I_AM = r"(?:ik\s+ben|ik\s+werk\s+als|i\s+am|i'?m|im|i\s+work\s+as|als|as)"
_EMPLOYEE = re.compile(rf"\b{_I_AM}\s+{_ONE}{_JOB}\b(?!['’]s)", re.IGNORECASE)
# Not a role of one's own now: a denial, a supposition, a wish, the past, someone else's words
_NOT_NOW = re.compile(
    r"\b(?:geen|niet|nie|not|no\s+longer|niet\s+meer|geen\s+\w+\s+meer|never)\b"
    r"|\b(?:stel(?:\s+dat)?|stel\s+je\s+voor|veronderstel|suppose|supposing|imagine|what\s+if|wat\s+als|if|indien"
    r"|zou|zouden|would|were|was|waren|geweest|vroeger|used\s+to|former|formerly|ex|voormalig\w*|worden|word|wordt"
    r"|become|becoming|promoted\s+to|solliciteer\w*|apply(?:ing)?|wil\s+\w*\s*worden|want\s+to\s+be)\b"
    r"|\bals\s+ik\b|\bif\s+i\b",
    re.IGNORECASE,
)
# someone else's words or role: "de klant zei: ik ben de manager", "he said 'I'm the owner'"
_QUOTED = re.compile(
    r"\b(?:zei|zegt|riep|vroeg|beweerde|beweert|said|says|asked|claimed|claims|yelled|shouted)\b|[\"“”‘’]",
    re.IGNORECASE,
)
# chat spelling of "ik ben", "ik werk": "k ben teamleider", "'k werk als kassière", "ikben"
_CHAT_I = re.compile(r"(?<![\w'’])(?:['’]?k|ik)\s*(ben|werk)\b", re.IGNORECASE)
# A statement is at most this many words: a long story that mentions a role is a question.
STATEMENT_WORDS = 40


def role_said(text: str | None) -> str | None:
    """The role ("manager" or "employee") the sender says in `text` they hold now: leading a
    team as bot/selfchecks/leaders.py reads it ("ik ben teamleider", "I manage a team of
    eight"), else a customer-facing job ("ik werk als baliemedewerker", "I'm a cashier"); None
    when it says neither, says both, or says it of someone else, as a supposition, a wish, in
    the past or denied (see the module's docstring). A payload says nothing."""
    said = _CHAT_I.sub(r"ik \1", " ".join((text or "").split()))
    if not said or said.startswith("/") or len(said.split()) > STATEMENT_WORDS:
        return None
    leads = any(_meant_now(said, at) for at in roles_said_at(said))
    serves = any(_meant_now(said, found.start()) for found in _EMPLOYEE.finditer(said))
    if leads == serves:  # neither, or both ("ik ben teamleider en kassamedewerker"): unclear
        return None
    return "manager" if leads else "employee"


# "als een medewerker te laat komt" is "if an employee ...", "als een teamleider moet je" is
# anyone: "als" with an article is no role of one's own ("als teamleider", "as a manager" are)
_AS_ANY = re.compile(r"als\s+(?:een|de|het)\b", re.IGNORECASE)
# the words after a role that still belong to its statement ("ik ben manager, what would you do")
AFTER_WORDS = 2


def _meant_now(said: str, at: int) -> bool:
    """Whether the role statement at `at` in `said` is one's own, now: its clause up to it and
    AFTER_WORDS words on has no denial, supposition, wish or past (`_NOT_NOW`) and quotes no one
    (`_QUOTED`), and it is no "als een ..." (`_AS_ANY`)."""
    start = max((m.end() for m in _CLAUSE_END.finditer(said, 0, at)), default=0)
    after = _CLAUSE_END.search(said, at)
    end = after.start() if after else len(said)
    window = said[start:at] + " ".join(said[at:end].split()[: AFTER_WORDS + 3])
    if _AS_ANY.match(said, at):
        return False
    return not (_NOT_NOW.search(window) or _QUOTED.search(said[:end]))


_CLAUSE_END = re.compile(r"[.,;:!?]+\s*|\s+(?:maar|but|omdat|because|want)\s+", re.IGNORECASE)
