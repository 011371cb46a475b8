"""Does a message only apologise to the coach for a slip: a typo, a wrong paste, a message
meant for someone else? "sorry verkeerde plak", "oeps sorry, verkeerd getypt" and "sorry, my
mistake, typo" were searched, and the words "sorry" and "mistake" found the article on
putting a failure right (tester round of stop 47). Such a message asks nothing; the coach
says it is no problem.

The whole message must be made of apologies, slips and fillers: "ik zei sorry tegen de klant
voor mijn fout" is a question about service.

Pure Python (no Rasa), used by actions/advice.py."""

from __future__ import annotations

from bot.dialogue.whole_message import made_only_of

__all__ = ["apologises_for_a_slip"]

# the slip itself: at least one of these must be in the message
_SLIPS = (
    r"verkeerd getypt|verkeerd getikt|verkeerd geplakt|verkeerde plak|verkeerd geplakt|typfout|tikfout|"
    r"typo|typos|typfoutje|tikfoutje|verkeerde chat|verkeerd gesprek|verkeerd bericht|verkeerd venster|"
    r"was niet voor jou|was niet voor u|niet voor jou bedoeld|per ongeluk( verstuurd| gestuurd)?|"
    r"mis getypt|mistyped|misspelled|wrong paste|pasted the wrong thing|wrong chat|wrong window|"
    r"wrong message|wrong person|not meant for you|wasn'?t meant for you|sent (that|this|it) by accident|"
    r"by accident|accidentally|my mistake|my bad|mijn fout|mijn fout(je)?|foutje|negeer (dat|dit|maar)|"
    r"ignore (that|this|me)|laat maar|never ?mind|nevermind|"
    # "vergeet het maar", "vergeet wat ik net zei" (verifier round of stop 48: an article, an offer)
    r"vergeet (het|dat|dit|alles)( maar)?|"
    r"vergeet (alles )?wat ik (net |daarnet |zonet )?(zei|vroeg|typte|schreef)|"
    r"vergeet mijn (vraag|laatste bericht|bericht)|"
    r"forget (what i (just )?(said|asked|typed|wrote)|my question)"
)
# what may stand around it: apologies, fillers and small words
_AROUND = (
    r"sorry|sorrie|sry|soz|excuus|excuses|excuseer|pardon|oeps|oepsie|oops|oopsie|whoops|woops|ai|oei|"
    r"haha|hahaha|lol|ok|oke|oké|okay|even|effe|ff|dat|dit|was|is|that|this|it|een|a|ik|i|heb|had|have|"
    r"me|mij|sorry daarvoor|sorry about that|hoor|he|hè|hé|ha|nou|so|dus"
)
_SLIP, _ONLY = made_only_of(_SLIPS, _AROUND)


def apologises_for_a_slip(text: str | None) -> bool:
    """True when `text` is only an apology for a slip towards the coach ("sorry verkeerde
    plak", "oeps, typo", "my bad, wrong chat"); False when it says anything else."""
    said = " ".join((text or "").split())
    return bool(said) and len(said) <= 80 and bool(_SLIP.search(said)) and bool(_ONLY.match(said))
