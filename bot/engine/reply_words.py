"""A reply word that opens a message ("nee dat lukt me niet", "ja maar de klant wil zijn geld
terug", "no, I mean the customer keeps shouting") answers the coach, it names no topic. As a
search word it pulled saying-no-kindly ("Vriendelijk nee zeggen") forward for any message that
began with it. Searching without it leaves the situation the message tells.

The word stays when it is what the message is about: "nee zeggen tegen een klant", "ja
zeggen terwijl het niet kan", "no to a regular", "yes-man". English "no" is also a determiner
("no customers came in today", "no one helps me"), so it is only dropped when punctuation or
a word that cannot follow a determiner comes next ("no, ...", "no I mean ...", "no but ...")."""

from __future__ import annotations

import re

# Dutch and English yes/no words that open a reply, and the fillers after them
# ("nee hoor", "ja maar", "yeah but"); "nou"/"oh"/"well" may come first.
_LEAD = r"(?:(?:oh|och|ach|nou|well|hmm+|uh+|euh)[,.!]?\s+)?"
_YES_NO_NL = r"(?:nee+|neen|nope|ja+|jawel|jazeker|jaja)"
_YES_NO_EN = r"(?:yes+|yeah|yep|yup|nah|nope)"
_FILLER = r"(?:[\s,]+(?:hoor|maar|but|dus|so|want|i\s+mean|ik\s+bedoel|eigenlijk|sorry))*"
# words after which the yes or no is the message's topic, not a reply
_TOPIC_NEXT = (
    r"zeggen|zeg|zegt|zei|verkopen|verkoop|tegen|to|say|saying|says|said|tell|telling|"
    r"answer|antwoord|knikken|man|men|woman|women|sayer|-"
)
_REPLY = re.compile(
    rf"^\s*{_LEAD}(?:{_YES_NO_NL}|{_YES_NO_EN})(?![\w-])(?!\s+(?:{_TOPIC_NEXT})\b){_FILLER}[\s,.!:;]+",
    re.IGNORECASE,
)
# English "no" only before punctuation or a word a determiner cannot precede
_NO_EN = re.compile(
    rf"^\s*{_LEAD}no(?:[,.!:;]+|(?=\s+(?:i|i'm|im|it|it's|its|that|thats|that's|this|but|he|she|"
    rf"they|we|you|because|sorry|thanks|not|wait|actually)\b)){_FILLER}[\s,.!:;]*",
    re.IGNORECASE,
)
MIN_WORDS_LEFT = 3  # "nee dank je" or "ja graag" keeps its words: there is no situation to search


def without_reply_word(text: str) -> str:
    """`text` without an opening yes or no and its fillers, when at least MIN_WORDS_LEFT
    words are left; otherwise (and when the word is the topic) `text` unchanged."""
    for pattern in (_REPLY, _NO_EN):
        match = pattern.match(text)
        if match:
            rest = text[match.end() :].strip()
            return rest if len(rest.split()) >= MIN_WORDS_LEFT else text
    return text
