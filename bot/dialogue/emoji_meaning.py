"""What an emoji-only message says. NLU reads a lone emoji at random (😭 as nlu_fallback or
a yes, 🤯 as a yes, 👋 as a fallback) and the coach then said "I only see punctuation or
symbols" to someone waving or crying (tester round of stop 36). An emoji carries a plain
meaning, and the coach answers that:

- "greeting": a wave (👋 🙋 ✋), answered as a hello;
- "distress": crying, sad, worn out (😭 😢 😞 😩 💔 ...), answered with care and the article
  on recovering after a hard conversation;
- "anger": angry or exploding (😡 🤬 😤 🤯 ...), the same, with the angry-customer article;
- "disapproval": a thumbs down (👎), asked what was missing;
- "thanks": folded hands (🙏), answered as a thank-you (it got "Mooi. Stel je vraag maar");
- "doubt": a thinking or puzzled face (🤔 😕 🤷), asked what is on the user's mind;
- "laughter": tears of joy or a laugh (😂 🤣 😆), laughed along with and asked what is up
  (tester round of stop 39: "😂😂" got the cold "I only see symbols").

A thumbs up or smile is a yes (`is_yes_emoji`) and is left to the yes/no actions
(actions/yes_no.py). Mixed or unknown emoji, and any message with a letter or
digit, have no meaning here (None). Pure Python (no Rasa)."""

from __future__ import annotations

_MEANINGS = {
    "greeting": "👋🙋✋🤚🖐",
    "distress": "😭😢😥😞😔😩😫🥺💔😰😓😟☹🙁😪😿🫠😣😖",
    "anger": "😡😠🤬😤🤯💢👿",
    "disapproval": "👎",
    "thanks": "🙏",
    "doubt": "🤔🧐😕🤷",
    "laughter": "😂🤣😆😹",
}
_MEANING_OF = {mark: meaning for meaning, marks in _MEANINGS.items() for mark in marks}
# a variation selector, a zero-width joiner, skin tones, gender signs in a ZWJ sequence
# ("🙋‍♀️"): parts of an emoji, not marks of their own
EMOJI_PARTS = frozenset("\ufe0f\u200d\u2640\u2642") | frozenset(chr(c) for c in range(0x1F3FB, 0x1F400))
# a thumbs up, OK hand or check mark: approval ("👍🏼", "✔️"); a thumbs down: disapproval
APPROVAL_EMOJI = frozenset("👍👌✅✔")
DISAPPROVAL_EMOJI = frozenset("👎")
# a yes said with emoji: approval, smiles, applause, a heart ("👍👍🙂", "😊"; actions/yes_no.py)
YES_EMOJI = APPROVAL_EMOJI | frozenset("🙂😊😀😃😄😁☺🙏👏💪🆗❤♥")


def emoji_marks(text: str | None) -> list[str]:
    """The characters of `text` other than spaces and emoji parts (variation selectors,
    joiners, skin tones, gender signs): "👍🏼 👍" -> ["👍", "👍"], "ja 👍" -> ["j", "a", "👍"]."""
    return [c for c in (text or "") if not c.isspace() and c not in EMOJI_PARTS]


def only_emoji_of(text: str | None, allowed: frozenset[str]) -> bool:
    """Whether `text` has at least one mark and every mark (see `emoji_marks`) is in
    `allowed`: only_emoji_of("👍🏽👍", APPROVAL_EMOJI) is True, of "👍 ok" False."""
    marks = emoji_marks(text)
    return bool(marks) and all(c in allowed for c in marks)


def emoji_meaning(text: str | None) -> str | None:
    """A meaning of `_MEANINGS` ("greeting", "distress", "anger", "laughter", ...) for a message
    of emoji (and spaces or punctuation) that all share that meaning ("😭😭", "👋🏽", "😡!!");
    None otherwise ("👍", "😭 klant schreeuwde", "👋😡", "...")."""
    marks = [c for c in emoji_marks(text) if not _is_punctuation(c)]
    if not marks or any(c.isalnum() for c in marks):
        return None
    meanings = {_MEANING_OF.get(c) for c in marks}
    return meanings.pop() if len(meanings) == 1 else None


def _is_punctuation(c: str) -> bool:
    return c.isascii() and not c.isalnum()


def is_yes_emoji(text: str | None) -> bool:
    """Whether `text` is only thumbs-up / smile / check-mark emoji (YES_EMOJI) and spaces,
    in any number or mix: "👍", "👍👍🙂", "😊👌"."""
    return only_emoji_of(text, YES_EMOJI)


def has_emoji(text: str | None) -> bool:
    """Whether `text` holds a mark that is no letter, digit or ASCII punctuation: an emoji or
    another symbol ("😅😅" has; "...", "??" have not)."""
    return any(not c.isascii() and not c.isalnum() for c in emoji_marks(text))
