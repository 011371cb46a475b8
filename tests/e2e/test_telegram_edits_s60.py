"""Stop 60: an edited Telegram message replaces its original, end to end: real Rasa and action
servers (the session's `stack`), the real python-telegram-bot Application and the fake Bot API,
where the user edits a message they sent (`FakeTelegram.send_edit`). Dutch and English.

The channel sends an edit with metadata "edit_of" (the original's message id,
bot/channels/telegram/handlers.py `edited`); the actions read the conversation as if the
original and the replies to it were not there (actions/followup.py `read_edit_as_replacement`):
- an edit landing on the article its original already got gets that article's card again, not
  the follow-up "Dat gaat nog steeds over ..." with the example (seen at stop 59);
- the gap logged for a typo'd original (no answer) is deleted once the edit is sent; a gap of
  a message that was not edited stays;
- the edit reaches the actions with "edit_of" in its metadata, the original's id.
"""

from __future__ import annotations

import pytest

from bot.i18n import t
from tests.e2e.telegram_steps import SOURCE, edit, gaps_for, member, said, sender, typed
from tests.helpers import tracker_user_metadata

pytestmark = pytest.mark.e2e


# a typo'd question that still finds its article, the right words, the article's title
SAME_ARTICLE = {
    "nl": ("hoe ga ik om met een boze klnt aan de balie", "hoe ga ik om met een boze klant aan de balie",
           "Omgaan met een boze klant"),
    "en": ("how do i deal with an angy customer at the desk",
           "how do i deal with an angry customer at the desk", "Handling an angry customer"),
}  # fmt: skip
# a typo'd question that finds nothing (a gap is logged), and the right words
NO_ANSWER = {
    "nl": ("hoe ga ik om met een bze klnt s60", "hoe ga ik om met een boze klant"),
    "en": ("cstmr shtng at m wht nw", "a customer is shouting at me, what now"),
}


def _intro(lang: str) -> str:
    """The opening of the follow-up line ("Dat gaat nog steeds over “..."), without the title."""
    return t("followup_intro", lang, title="").split("“")[0]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_an_edit_on_its_originals_article_gets_the_card_not_a_follow_up(fake, settings, bot, lang) -> None:
    typo, right, title = SAME_ARTICLE[lang]
    user = member(settings, language=lang)
    message_id, first = typed(fake, bot, user, typo)
    assert first and first[0].text.startswith(title), said(first)

    answer = edit(fake, bot, user, message_id, right)
    assert answer and answer[0].text.startswith(title), said(answer)
    assert _intro(lang) not in said(answer) and SOURCE[lang] in said(answer)
    # the metadata of the edit names its original; nothing else about the user is added
    metadata = tracker_user_metadata(settings, sender(settings, user))[-1]
    assert metadata.get("edit_of") == f"tg:{user.id}:{message_id}", metadata
    assert metadata["message_id"].startswith(f"tg:{user.id}:{message_id}:u"), metadata


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_gap_of_a_typod_original_goes_when_it_is_edited(fake, settings, bot, lang) -> None:
    typo, right = NO_ANSWER[lang]
    user = member(settings, language=lang)
    before = len(gaps_for(settings, typo))
    message_id, first = typed(fake, bot, user, typo)
    assert SOURCE[lang] not in said(first), said(first)
    assert len(gaps_for(settings, typo)) == before + 1  # the typo'd question is a gap ...

    answer = edit(fake, bot, user, message_id, right)
    assert answer and SOURCE[lang] in said(answer), said(answer)
    assert len(gaps_for(settings, typo)) == before  # ... until it is edited into a question answered

    # the same typo sent as a new message (no edit) keeps its gap
    typed(fake, bot, user, typo)
    typed(fake, bot, user, right)
    assert len(gaps_for(settings, typo)) == before + 1
