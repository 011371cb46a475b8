"""A choice between the formal and the informal "you" ("je of u"), read as the word the
articles use for it, before a Dutch search.

"zeg ik je of u tegen klanten" was answered with saying no kindly (0.71; tester round of
stop 37): "je", "of" and "u" are stop words, so the word index saw only "zeg ... tegen
klanten", and "zeg nee tegen klanten" is that article's phrase. The article on personal
attention (pyramid-personal) covers the choice under "tutoyeren". `named_form_of_address`
puts that word in place of a pair of the two pronouns ("je of u", "jij/u", "met u of met
jij") and of its French-derived opposite ("vousvoyeren"); everything else stays as typed."""

from __future__ import annotations

import re

_INFORMAL = {"je", "jij", "jou"}
_FORMAL = {"u"}
_PRONOUN = r"(?:jij|jou|je|u)"
_PAIR = re.compile(
    rf"\b(?:met\s+)?(?P<a>{_PRONOUN})\s*(?:\bof\b|/|\ben\b|\boftewel\b)\s*(?:\bmet\s+)?(?P<b>{_PRONOUN})\b",
    re.IGNORECASE,
)
_FORMAL_VERB = re.compile(r"\b(?:vousvoy|vouvoy)(?:eren|eer|eert|eerde|eerden|eerd)\b", re.IGNORECASE)
WORD = "tutoyeren"


def named_form_of_address(text: str) -> str:
    """`text` with a pair of an informal and a formal "you" ("je of u", "u/jij", "met je of met
    u") and "vousvoyeren" in any form replaced by "tutoyeren": "zeg ik je of u tegen klanten"
    -> "zeg ik tutoyeren tegen klanten". A pair of the same kind ("je en je") or a single
    pronoun ("wat zeg je dan") is left as typed."""

    def swap(match: re.Match[str]) -> str:
        pair = {match.group("a").lower(), match.group("b").lower()}
        return WORD if pair & _INFORMAL and pair & _FORMAL else match.group(0)

    return _FORMAL_VERB.sub(WORD, _PAIR.sub(swap, text))
