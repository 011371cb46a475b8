"""What the bot does with each update: the door first (group -1), then commands,
buttons and text, all of which end up as one message to Rasa."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import logging
import re

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatType, ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.channels.long_note import with_long_note
from bot.channels.telegram.access import Gatekeeper
from bot.channels.telegram.callback_data import CallbackStore, local, local_action
from bot.channels.telegram.render import escape
from bot.channels.telegram.send import send_replies, typing
from bot.dialogue import payloads
from bot.dialogue.choices import Keyboard, pick
from bot.dialogue.client import MAX_MESSAGE_CHARS, RasaClient, RasaUnavailable
from bot.dialogue.commands import menu, names_of
from bot.dialogue.confirm_words import NO, UNCLEAR, YES, confirmation_reply
from bot.dialogue.metadata import (
    BUTTON_UNDER,
    BUTTON_UNDER_CHARS,
    MESSAGE_ID,
    telegram_callback_id,
    telegram_message_id,
    telegram_update_id,
)
from bot.dialogue.photo_caption import points_at_the_photo
from bot.dialogue.starting_up import still_starting
from bot.i18n import AUTOMATIC, LANGUAGES, ROLE_NAMES, language_argument, language_of, t
from bot.privacy.forget import forget_user
from bot.settings import Settings
from bot.storage.access import MemberInfo, looks_like_code

log = logging.getLogger(__name__)
Context = ContextTypes.DEFAULT_TYPE

# command names -> what is sent to Rasa (the intents trigger directly); the names are the shared
# ones of bot/dialogue/commands.py, as every command here (stop 62: Telegram kept its own list)
RASA_COMMANDS = {
    tuple(names_of("selfcheck")): payloads.start_selfcheck(),
    tuple(names_of("results")): payloads.show_results(),
}
# Telegram's own commands, beside the shared ones: (command, i18n key of its description)
TELEGRAM_COMMANDS = (("tips", "menu_tips"), ("report", "menu_report"))
# Telegram's command menu per language (setMyCommands, /help's list): the shared commands
# (bot/dialogue/commands.py `menu`) with Telegram's own before /privacy
COMMANDS = {lang: menu(lang, TELEGRAM_COMMANDS) for lang in LANGUAGES}
COMMANDS_LISTED = "commands_listed"  # metadata: the commands are listed above (actions/help.py)
EDIT_OF = "edit_of"  # metadata: the id of the message an edit replaces (actions/followup.py EDIT_OF)
# not in /help's list for everyone: said per role (commands_manager, commands_admin), or /help itself
ROLE_COMMANDS = frozenset({"tips", "report", "help"})
DONE = "done"  # callback action of a button already chosen
SESSION_START = payloads.payload("session_start")  # Rasa's own intent: a new session (action_session_start)


TAPS_KEPT = 50  # the last taps per chat remembered to tell a double tap (per-user order: in turn)
_TAPS_KEY = "taps"


def _tapped_before(context: Context, message_id: int | None, data: str) -> bool:
    """Whether this button (`data`) of message `message_id` was tapped and answered before."""
    taps = (context.chat_data or {}).get(_TAPS_KEY) or []
    return message_id is not None and [message_id, data] in taps


def _remember_tap(context: Context, message_id: int | None, data: str) -> None:
    if message_id is None or context.chat_data is None:
        return
    taps = context.chat_data.setdefault(_TAPS_KEY, [])
    taps.append([message_id, data])
    del taps[:-TAPS_KEPT]



# short replies Dutch speakers type in English as often as in Dutch: they tell no language
_SAID_IN_EITHER = frozenset(
    str.split("yes yup yep yeah no nope nah ok okay oke oké sure cancel sorry thanks thx top nice please pls")
)

class CoachBot:
    def __init__(
        self, settings: Settings, coach: RasaClient, gate: Gatekeeper, callbacks: CallbackStore
    ) -> None:
        self.settings = settings
        self.coach = coach
        self.gate = gate
        self.callbacks = callbacks

    # helpers
    def lang(self, update: Update) -> str:
        user = update.effective_user
        if user is None:
            return "nl"
        # the conversation's language (pinned, else the one the last message was answered in)
        # lives in the app database (one short read), so a restart keeps it; before any
        # message, the Telegram client's language
        kept = self.gate.store.profiles.conversation_language(self.gate.sender_id(user.id))
        return kept or language_of(user.language_code)

    async def pin_language(self, update: Update, lang: str) -> None:
        """Keep the user's choice (/taal, a language button) for the bot's own texts; the
        action behind the set_language payload stores the same for the conversation."""
        user = update.effective_user
        if user is not None:
            await asyncio.to_thread(self.gate.store.profiles.set_language, self.gate.sender_id(user.id), lang)

    async def say(self, update: Update, key: str, lang: str | None = None, **values: object) -> None:
        chat = update.effective_chat
        if chat is not None:
            said = t(key, lang or self.lang(update), **values)
            await chat.send_message(escape(said), parse_mode=ParseMode.HTML)

    def reply_language(self, update: Update, text: str) -> str:
        """The language to answer a typed reply to the channel's own question in: the pinned one,
        else the one the reply is clearly written in ("misschien", "nee toch niet": Dutch, even
        when the conversation was last answered in English; fresh tester of stop 69), else the
        conversation's (`lang`). English words Dutch chats use as their own ("yes", "ok", "nope":
        _SAID_IN_EITHER) tell no language."""
        user = update.effective_user
        pinned = self.gate.store.profiles.language(self.gate.sender_id(user.id)) if user is not None else None
        if pinned:
            return pinned
        from bot.engine.code_switching import clear_language  # wordfreq only when a reply is typed

        words = [w for w in re.findall(r"[^\W\d_]+", text.lower()) if w not in _SAID_IN_EITHER]
        said = [clear_language(w) for w in words]
        counts = {code: said.count(code) for code in ("nl", "en")}
        if counts["nl"] != counts["en"]:
            return max(counts, key=lambda code: counts[code])
        return self.lang(update)

    async def converse(
        self,
        update: Update,
        context: Context,
        text: str,
        message_id: str | None = None,
        tapped: int | None = None,
        replace: dict[str, str] | None = None,
        noted: dict[str, object] | None = None,
        long_note: bool = False,
    ) -> list[dict]:
        """Send one message to Rasa under the user's pseudonym and deliver the answer (the
        replies, [] if none). `message_id`: the Telegram id of what the user did (a message,
        a tap), the same when Telegram redelivers it, so the actions apply it once. `tapped`:
        the Telegram message whose button was tapped (see `_remember_keyboards`). `replace`:
        lines of the coach's texts said otherwise here (line -> its replacement). `noted`: more
        metadata for the actions (/help: its commands are listed above the coach's help).
        `long_note`: the message was over MAX_MESSAGE_CHARS; the note that it was read in part comes
        before the answer (bot/channels/long_note.py, since stop 67), in the language
        the conversation is in once the coach has read it."""
        user, chat = update.effective_user, update.effective_chat
        assert user is not None and chat is not None
        member: MemberInfo | None = context.user_data.get("member") if context.user_data is not None else None
        lang = self.lang(update)
        metadata = {
            "channel": "telegram",
            "language": (user.language_code or "")[:8],
            "role": member.role if member else "employee",
            MESSAGE_ID: message_id or update_message_id(update),
            **(noted or {}),
        }

        async def notify(kind: str) -> None:
            with contextlib.suppress(TelegramError):
                await chat.send_message(escape(t(kind, lang)), parse_mode=ParseMode.HTML)

        try:
            async with typing(context.bot, chat.id):
                replies = await self.coach.ask(self.gate.sender_id(user.id), text, metadata, notify)
        except RasaUnavailable:
            await self.say(update, "gave_up")
            return []
        if not replies:
            # no reply while the action server still loads the knowledge: that it is starting, not
            # "geen antwoord" (tester round of stop 66)
            starting = await asyncio.to_thread(still_starting, self.settings.action_url)
            await self.say(update, "starting_up" if starting else "no_answer")
            return []
        if replace:
            replies = [_replaced(r, replace) for r in replies]
        if long_note:
            replies = with_long_note(replies, t("long_message", self.lang(update), n=MAX_MESSAGE_CHARS))
        keyboards: list[tuple[int, list[str]]] = []
        await send_replies(
            context.bot, chat.id, replies, self.callbacks.encode, self.settings.var_dir, keyboards
        )
        await self._retire_old_question(context, chat.id, replies, keyboards)
        _remember_keyboards(context, replies, [mid for mid, _ in keyboards], tapped)
        return replies

    async def _retire_old_question(
        self, context: Context, chat_id: int, replies: list[dict], keyboards: list[tuple[int, list[str]]]
    ) -> None:
        """When a self-check question or result is sent, the previous question's keyboard
        goes: an old question cannot be answered by a tap (the action refuses it anyway)."""
        if context.chat_data is None:
            return
        asked = [mid for mid, sent in keyboards if any(payloads.bound_answer_of(p) for p in sent)]
        result = any((r.get("custom") or {}).get("type") == "selfcheck_result" for r in replies)
        if not asked and not result:
            return
        previous = context.chat_data.pop(QUESTION_KEY, None)
        context.chat_data.pop(STATEMENT_KEY, None)
        if asked:
            context.chat_data[QUESTION_KEY] = asked[-1]
            bound = [payloads.bound_answer_of(p) for mid, sent in keyboards if mid == asked[-1] for p in sent]
            found = next((b for b in bound if b is not None), None)
            if found is not None:
                context.chat_data[STATEMENT_KEY] = [found.run_id, found.statement_id]
        if previous is not None and previous not in asked:
            with contextlib.suppress(TelegramError):
                await context.bot.edit_message_reply_markup(chat_id, previous, reply_markup=None)

    # the door
    async def door(self, update: Update, context: Context) -> None:
        """Runs before every handler; stops the update unless the user is a member."""
        user, chat = update.effective_user, update.effective_chat
        if user is None or chat is None or user.is_bot:
            raise ApplicationHandlerStop
        if chat.type != ChatType.PRIVATE:
            await self._added_to_group(update, context)  # the only thing ever said in a group
            raise ApplicationHandlerStop
        if update.message is not None and filters.StatusUpdate.ALL.check_update(update):
            raise ApplicationHandlerStop  # service messages (pinned, members, ...) get no answer
        text = (update.message.text or "").strip() if update.message else ""
        code = _start_argument(text) or (text if text and not text.startswith("/") else "")
        member = await asyncio.to_thread(self.gate.member, user.id)
        if member is not None:
            context.user_data["member"] = member
            if _lapses_forget_question(update):  # anything but a typed line or a tap of the bot's own
                await self._lapse_forget_question(context, chat.id)
            if member.role == "admin":
                await self._remember_admin_chat(update)
            if text.startswith("/start") and code and looks_like_code(code):
                await self._join(update, context, code)  # a member using a new code
                raise ApplicationHandlerStop
            return
        # a stranger: only an invite code is looked at, and nothing is kept
        if update.callback_query is not None:
            query = update.callback_query
            # "Ja, wis alles" again (or its "✓" mark) right after it was done: the member is
            # gone, and the popup said the newcomer's text (tester round of stop 57)
            key = "forget_already_done" if _forget_tap(query) else "stranger"
            await answer_quietly(query, t(key, self.lang(update))[:190])
            raise ApplicationHandlerStop
        if code and looks_like_code(code):
            await self._join(update, context, code)
        elif update.message is not None:
            await self.say(update, "stranger")
        raise ApplicationHandlerStop

    async def _added_to_group(self, update: Update, context: Context) -> None:
        """One short note, with a link to a private chat, when someone adds the bot to a
        group or supergroup; every other group update (messages, members joining, channel
        posts) is ignored without a word."""
        change = update.my_chat_member
        chat = update.effective_chat
        if change is None or chat is None or chat.type not in (ChatType.GROUP, ChatType.SUPERGROUP):
            return
        was_in = change.old_chat_member.status in ("member", "administrator", "creator", "restricted")
        now_in = change.new_chat_member.status in ("member", "administrator", "restricted")
        if was_in or not now_in:
            return
        username = context.bot.username or ""
        link = f"https://t.me/{username}?start=" if username else ""
        lang = language_of(change.from_user.language_code if change.from_user else None)
        with contextlib.suppress(TelegramError):  # a group that lets nobody write: stay silent
            await chat.send_message(escape(t("group_note", lang, link=link)), parse_mode=ParseMode.HTML)

    async def _join(self, update: Update, context: Context, code: str) -> None:
        user = update.effective_user
        assert user is not None
        member = await asyncio.to_thread(self.gate.join, user.id, code)
        if member is None:
            await self.say(update, "bad_code")
            return
        context.user_data["member"] = member
        if member.role == "admin":
            await self._remember_admin_chat(update)
        lang = self.lang(update)
        team = f" ({member.team})" if member.team else ""
        await self.say(update, "welcome", role=ROLE_NAMES[lang][member.role], team=team)
        await self.converse(update, context, payloads.greet())

    async def _remember_admin_chat(self, update: Update) -> None:
        """Admins get notices unprompted, so their chat id is kept (only theirs, and of
        managers with weekly tips); the store writes only when it changed."""
        user, chat = update.effective_user, update.effective_chat
        assert user is not None and chat is not None
        sender, lang = self.gate.sender_id(user.id), self.lang(update)
        await asyncio.to_thread(self.gate.store.remember_chat, sender, chat.id, lang)

    # commands
    async def start(self, update: Update, context: Context) -> None:
        await self.converse(update, context, payloads.greet())

    async def restart(self, update: Update, context: Context) -> None:
        """/restart (or /opnieuw): a new Rasa session (Rasa's own session start: the slots
        carry over, the conversation before it no longer counts for a follow-up), then the
        greeting, as /start. The terminal chat has the same command (tester round of stop 57:
        Telegram answered "Dat commando ken ik niet")."""
        user = update.effective_user
        assert user is not None
        if context.chat_data is not None:
            context.chat_data.pop(KEYBOARDS_KEY, None)  # nothing on screen is picked by a "1" now
        metadata = {"channel": "telegram", MESSAGE_ID: f"{update_message_id(update)}:new"[-64:]}
        try:
            await self.coach.ask(self.gate.sender_id(user.id), SESSION_START, metadata)
        except RasaUnavailable:
            await self.say(update, "gave_up")
            return
        await self.converse(update, context, payloads.greet())

    async def help(self, update: Update, context: Context) -> None:
        """The bot's own commands for this member's role, then the coach's help (with its
        buttons last, where the user looks)."""
        member: MemberInfo | None = (context.user_data or {}).get("member")
        lines = commands_for(self.lang(update), member)
        chat = update.effective_chat
        assert chat is not None
        await chat.send_message(escape("\n".join(lines)), parse_mode=ParseMode.HTML)
        # the coach's help then does not end with "/help laat de commando's zien", just typed
        # (stop 57): the metadata says the commands are listed (actions/help.py); the line is
        # replaced too, for an action server that does not read it yet (a rolling update)
        pointer = {t("help_telegram", code): t("help_telegram_buttons", code) for code in LANGUAGES}
        await self.converse(
            update, context, payloads.show_help(), replace=pointer, noted={COMMANDS_LISTED: True}
        )

    def rasa_command(self, payload: str):
        async def handler(update: Update, context: Context) -> None:
            await self.converse(update, context, payload)

        return handler

    async def language(self, update: Update, context: Context) -> None:
        args = [a.lower() for a in context.args or []]
        user = update.effective_user
        assert user is not None
        if not args:
            buttons = [("Nederlands", payloads.set_language("nl")), ("English", payloads.set_language("en"))]
            markup = InlineKeyboardMarkup(
                [
                    [InlineKeyboardButton(title, callback_data=self.callbacks.encode(p))]
                    for title, p in buttons
                ]
            )
            chat = update.effective_chat
            assert chat is not None
            await chat.send_message(t("language_choose", self.lang(update)), reply_markup=markup)
            return
        lang = language_argument(args[0]) if len(args) == 1 else None
        if lang is None:
            await self.say(update, "language_usage")
            return
        if lang != AUTOMATIC:  # "auto": the action unpins, and the profile follows each message
            await self.pin_language(update, lang)
        await self.converse(update, context, payloads.set_language(lang))

    async def privacy(self, update: Update, context: Context) -> None:
        await self.say(update, "privacy")

    async def forget(
        self, update: Update, context: Context, hint: bool = False, lang: str | None = None
    ) -> None:
        """/vergeet: "Weet je het zeker?" with a yes and a no button; the question stays open for
        a typed reply (`FORGET_KEY`, `_typed_to_forget`) until something else comes. `hint`: it
        is asked again after an unclear reply ("misschien"), with a line on how to answer, in `lang`
        (the reply's: `reply_language`)."""
        lang = lang or self.lang(update)
        markup = InlineKeyboardMarkup(
            [
                [InlineKeyboardButton(t("forget_yes", lang), callback_data=local("forget-yes"))],
                [InlineKeyboardButton(t("forget_no", lang), callback_data=local("forget-no"))],
            ]
        )
        chat = update.effective_chat
        assert chat is not None
        user = update.effective_user
        # "you need a new invite code" only to whoever needs one: an allow-listed id comes back
        # without (tester round of stop 63)
        back_alone = user is not None and self.gate.comes_back_alone(user.id)
        text = t("forget_confirm_allowed" if back_alone else "forget_confirm", lang)
        if hint:
            text = t("forget_unclear", lang) + "\n\n" + text
        sent = await chat.send_message(escape(text), parse_mode=ParseMode.HTML, reply_markup=markup)
        if context.chat_data is not None:
            context.chat_data[FORGET_KEY] = sent.message_id

    async def _typed_to_forget(self, update: Update, context: Context, text: str) -> bool:
        """A typed reply to /vergeet's open question (tester round of stop 62: "ja" went to the
        coach, which said "Mooi. Stel je vraag maar" and deleted nothing): a yes ("ja", "jep",
        "yes", "ok", "doe maar") deletes as "Ja, wis alles" does, a no ("nee", "nope", "laat
        maar") as "Nee, niet wissen"; an unclear one ("misschien", "?") asks again with a hint;
        anything else (a question) lets the question lapse, deletes nothing and goes on as a
        message (False). bot/dialogue/confirm_words.py reads the reply."""
        chat_data, chat = context.chat_data, update.effective_chat
        asked = (chat_data or {}).get(FORGET_KEY)
        if asked is None or chat_data is None or chat is None:
            return False
        reply = confirmation_reply(
            text, [t("forget_yes", code) for code in LANGUAGES], [t("forget_no", code) for code in LANGUAGES]
        )
        if reply is None:
            await self._lapse_forget_question(context, chat.id)
            return False
        chat_data.pop(FORGET_KEY, None)
        if reply == UNCLEAR:
            await _set_keyboard(context, chat.id, asked, None)  # the question comes again, below
            await self.forget(update, context, hint=True, lang=self.reply_language(update, text))
            return True
        lang = self.reply_language(update, text)
        chosen = t("forget_yes" if reply == YES else "forget_no", lang)
        mark = InlineKeyboardMarkup([[InlineKeyboardButton(f"✓ {chosen}", callback_data=local(DONE))]])
        await _set_keyboard(context, chat.id, asked, mark)  # as a tap marks it
        if reply == YES:
            await self._forget_now(update, lang)
        elif reply == NO:
            await self.say(update, "not_forgotten", lang)
        return True

    async def _lapse_forget_question(self, context: Context, chat_id: int) -> None:
        """/vergeet's question is no longer open: its buttons go, nothing is deleted."""
        asked = context.chat_data.pop(FORGET_KEY, None) if context.chat_data is not None else None
        if asked is not None:
            await _set_keyboard(context, chat_id, asked, None)

    async def unknown_command(self, update: Update, context: Context) -> None:
        await self.say(update, "unknown_command")

    # messages and buttons
    async def text(self, update: Update, context: Context) -> None:
        message = update.message
        assert message is not None and message.text is not None
        if await self._typed_to_forget(update, context, message.text):  # "ja" to "Weet je het zeker?"
            return
        _remember_text(context, message.message_id, message.text)  # an edit of it is answered
        await self._answer_typed(update, context, message.text, latest_keyboards(context))

    async def edited(self, update: Update, context: Context) -> None:
        """A typed message the user edited (an `edited_message` update): the edited text is
        answered as a new message, under its own message id (`update_message_id`: the edit's
        update id), so the actions neither take it for a retry of the original nor count it
        as "sent again" by its id; editing again answers again. No reply when the edit is of
        a message older than the user's last EDITS_ANSWERED typed messages (or sent before
        the bot restarted), or changes only case, spacing or a closing mark (`_same_words`):
        the coach's answer would be the same.

        An edit is read against the screen its message was typed under (`_remember_text`,
        stop 59): a typed pick ("2" edited into "3" under "Welke bedoel je?") picks from the
        buttons on screen then, not from the reply to the "2"; and no reply when the self-check
        statement on screen then is not the one on screen now (`_statement_on_screen`): the
        statement was answered since (a "3" edited into "4" scored the NEXT statement 4, one the
        user never answered), or the check started or ended since. A counted answer stays as it
        was; a check is redone to change it, and an edit of a message typed under a statement
        says so (`edit_after_answer`)."""
        message = update.edited_message
        assert message is not None and message.text is not None
        chat_data = context.chat_data or {}
        recent = chat_data.get(_RECENT_KEY) or []
        kept = next((entry for entry in recent if entry[0] == message.message_id), None)
        if kept is None or _same_words(kept[1], message.text):
            return
        statement, keyboards = (chat_data.get(_SCREENS_KEY) or {}).get(str(message.message_id)) or [None, []]
        if statement != _statement_on_screen(context):
            if statement is not None:  # typed under a statement answered since: say why nothing changes
                await self.say(update, "edit_after_answer")
            return
        kept[1] = message.text
        # the edit replaces its message (stop 60): the actions leave the original out of the
        # conversation, read the edit as no follow-up nor a message sent again, and delete the
        # gap logged for the original (actions/followup.py `read_edit_as_replacement`); the id
        # is the one the original was sent under, nothing new about the user
        assert update.effective_chat is not None
        original = telegram_message_id(update.effective_chat.id, message.message_id)
        await self._answer_typed(update, context, message.text, _as_keyboards(keyboards), {EDIT_OF: original})

    async def _answer_typed(
        self,
        update: Update,
        context: Context,
        text: str,
        keyboards: list[Keyboard],
        noted: dict[str, object] | None = None,
    ) -> None:
        """Send typed `text` (a message, or its edit) to the coach and deliver the reply;
        `keyboards`: the buttons a typed pick picks from (`latest_keyboards`, for an edit
        those on screen when its message was typed); `noted`: more metadata (an edit: EDIT_OF)."""
        # "Nog een tip" typed: that button; "2" after "Welke bedoel je? ... typ het nummer", "3" or
        # "principe 3" after an overview's numbered list, "da eerste" (bot/dialogue/choices.py)
        picked = pick(text, keyboards)
        # typed text is never read as an intent; a typed title is its button's payload. A typed
        # help ("help", "wat kun je allemaal?") lists the commands for the role as /help does (stop
        # 63: an admin's "help" named no admin tasks): in place of the line that points to /help
        member: MemberInfo | None = (context.user_data or {}).get("member")
        listed = {c: [*commands_for(c, member), "", t("help_telegram_buttons", c)] for c in LANGUAGES}
        pointer = {t("help_telegram", code): "\n".join(lines) for code, lines in listed.items()}
        long = len(text) > MAX_MESSAGE_CHARS  # the note goes with the answer (`converse`)
        replies = await self.converse(
            update, context, picked or payloads.as_text(text), replace=pointer, noted=noted, long_note=long
        )
        if long and not replies:  # no answer came: the note on its own, after the line saying so
            await self.say(update, "long_message", n=MAX_MESSAGE_CHARS)

    async def not_text(self, update: Update, context: Context) -> None:
        """A photo, file, sticker, voice note...: the coach reads only text. A caption is
        text: it is answered as a message, after a line that the picture was not looked at
        (tester round of stop 39: "klant stuurde dit, wat zeg ik?" under a photo got "I can
        only read text")."""
        caption = (update.message.caption or "").strip() if update.message is not None else ""
        if not caption:
            await self.say(update, "only_text")
            return
        if points_at_the_photo(caption):  # "kijk deze kras": nothing in words to answer (stop 67)
            await self.say(update, "photo_unseen")
            return
        await self.say(update, "caption_read")
        await self.converse(update, context, payloads.as_text(caption))

    async def button(self, update: Update, context: Context) -> None:
        query = update.callback_query
        assert query is not None
        data = query.data or ""
        tapped = query.message.message_id if query.message is not None else None
        action = local_action(data)
        if action is not None:
            await answer_quietly(query)
            if action in ("forget-yes", "forget-no") and context.chat_data is not None:
                context.chat_data.pop(FORGET_KEY, None)  # answered by a tap
            if _tapped_before(context, tapped, data):
                return  # "Nee, niet wissen" twice said "Oké, ik heb niets gewist." twice (stop 55)
            _remember_tap(context, tapped, data)
            await self._mark_chosen(update)
            if action == "forget-yes":
                await self._forget_now(update)
            elif action == "forget-no":
                await self.say(update, "not_forgotten")
            return
        payload = self.callbacks.decode(data)
        if payload is None:
            await answer_quietly(query, t("stale_button", self.lang(update)))
            return
        if _tapped_before(context, tapped, data):
            # the same button of the same message again (a double tap before its keyboard
            # became "✓ ..."): done once already; nothing is sent or counted twice
            await answer_quietly(query)
            return
        await answer_quietly(query)  # stops the button's spinner at once
        answer = payloads.bound_answer_of(payload)
        if answer is None:
            await self._mark_chosen(update)
        code = payloads.language_of(payload)
        if code in LANGUAGES:
            await self.pin_language(update, code)
        chat_data = context.chat_data
        if answer is not None and chat_data is not None and chat_data.get(QUESTION_KEY) == tapped:
            chat_data.pop(QUESTION_KEY, None)  # its keyboard becomes the "✓ value" mark below
        under = (query.message.text or query.message.caption or "") if query.message is not None else ""  # type: ignore[union-attr]
        # the reply follows the language of the message the button sits under (stop 67)
        noted = {BUTTON_UNDER: under[:BUTTON_UNDER_CHARS]} if under else None
        replies = await self.converse(
            update, context, payload, telegram_callback_id(query.id), tapped, noted=noted
        )
        if replies:  # answered: a repeat of this tap is a double tap (a failed one may be retried)
            _remember_tap(context, tapped, data)
        if answer is not None and _answer_outcome(replies) in ("applied", "repeat"):
            await self._mark_chosen(update)  # "✓ 5" only under the statement that got the 5

    async def _mark_chosen(self, update: Update) -> None:
        """Replace the keyboard by the chosen button: a choice cannot be made twice, and
        the chat shows what was chosen."""
        query = update.callback_query
        assert query is not None
        chosen = None
        markup = query.message.reply_markup if query.message is not None else None  # type: ignore[union-attr]
        for row in markup.inline_keyboard if markup else ():
            for button in row:
                if button.callback_data == query.data:
                    chosen = button.text
        if chosen and chosen.startswith("✓ "):
            return
        new = (
            InlineKeyboardMarkup([[InlineKeyboardButton(f"✓ {chosen}", callback_data=local(DONE))]])
            if chosen
            else None
        )
        with contextlib.suppress(TelegramError):
            await query.edit_message_reply_markup(new)

    async def _forget_now(self, update: Update, lang: str | None = None) -> None:
        user = update.effective_user
        assert user is not None
        sender = self.gate.sender_id(user.id)
        # the typed yes's, else the conversation's, read before the profile that keeps it goes (stop 67)
        lang = lang or self.lang(update)
        done = await asyncio.to_thread(forget_user, self.settings, self.gate.store, sender)
        chat = update.effective_chat
        if chat is not None:
            text = t("forgotten", lang, events=done.events, runs=done.runs)
            await chat.send_message(escape(text), parse_mode=ParseMode.HTML)

    async def on_error(self, update: object, context: Context) -> None:
        """Log it (scrubbed of secrets); the user hears an apology, never a traceback."""
        log.error("error while handling an update", exc_info=context.error)
        if isinstance(update, Update) and update.effective_chat is not None:
            with contextlib.suppress(TelegramError):
                await self.say(update, "no_answer")

    def register(self, app: Application, extra: list[BaseHandler] | None = None) -> None:
        """`extra`: more command handlers (admin commands), checked before "unknown command"."""
        private = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE
        app.add_handler(TypeHandler(Update, self.door), group=-1)
        # the shared commands, by every name they answer to in the terminal and over REST
        app.add_handler(CommandHandler(names_of("start"), self.start, filters=private))
        app.add_handler(CommandHandler(names_of("restart"), self.restart, filters=private))
        app.add_handler(CommandHandler(names_of("help"), self.help, filters=private))
        for names, payload in RASA_COMMANDS.items():
            app.add_handler(CommandHandler(list(names), self.rasa_command(payload), filters=private))
        app.add_handler(CommandHandler(names_of("language"), self.language, filters=private))
        app.add_handler(CommandHandler(names_of("privacy"), self.privacy, filters=private))
        app.add_handler(CommandHandler(names_of("forget"), self.forget, filters=private))
        for handler in extra or []:
            app.add_handler(handler)
        app.add_handler(CallbackQueryHandler(self.button))
        app.add_handler(MessageHandler(filters.COMMAND & private, self.unknown_command))
        app.add_handler(MessageHandler(filters.TEXT & private, self.text))
        # an edited typed message (not an edited command, caption or other kind: no reply)
        edited = filters.ChatType.PRIVATE & filters.UpdateType.EDITED_MESSAGE
        app.add_handler(MessageHandler(edited & filters.TEXT & ~filters.COMMAND, self.edited))
        app.add_handler(MessageHandler(~filters.TEXT & ~filters.StatusUpdate.ALL & private, self.not_text))
        app.add_error_handler(self.on_error)


QUESTION_KEY = "selfcheck_question_message"  # chat_data: the message of the question on screen
FORGET_KEY = "forget_question"  # chat_data: the message of /vergeet's question while it is open
# chat_data: the self-check statement of that question, [run id, statement id] (its buttons' binding)
STATEMENT_KEY = "selfcheck_statement"
# chat_data: the messages with buttons of the coach's latest reply, in order, each
# [Telegram message id or None, its text, [[title, payload], ...]]
KEYBOARDS_KEY = "keyboards"


def _lapses_forget_question(update: Update) -> bool:
    """Whether an update lets /vergeet's open question lapse: anything but a typed line (read by
    `CoachBot._typed_to_forget`) or a tap on one of the bot's own buttons ("Ja, wis alles")."""
    if update.callback_query is not None:
        return local_action(update.callback_query.data or "") is None
    text = update.message.text if update.message is not None else None
    return not text or text.startswith("/")


async def _set_keyboard(
    context: Context, chat_id: int, message_id: int, markup: InlineKeyboardMarkup | None
) -> None:
    """Put `markup` under a message of the bot (None: take its buttons away)."""
    with contextlib.suppress(TelegramError):
        await context.bot.edit_message_reply_markup(chat_id, message_id, reply_markup=markup)


def command_lines(lang: str) -> list[str]:
    """/help's list of the commands for everyone, one a line with what it does (the menu's
    words, `COMMANDS`), under a heading; without /help itself and the commands per role."""
    listed = [f"/{name} – {t(key, lang)}" for name, key in COMMANDS[lang] if name not in ROLE_COMMANDS]
    return [t("commands_head", lang), *listed]


def commands_for(lang: str, member: MemberInfo | None) -> list[str]:
    """/help's lines: the commands for everyone (`command_lines`), then a manager's and an
    admin's own, for `member`'s role."""
    lines = command_lines(lang)
    if member is not None and member.role in ("manager", "admin"):
        lines.append(t("commands_manager", lang))
    if member is not None and member.role == "admin":
        lines.append(t("commands_admin", lang))
    return lines


def _replaced(reply: dict, lines: dict[str, str]) -> dict:
    """`reply` with each of its text's lines that is a key of `lines` replaced by its value."""
    text = reply.get("text")
    if not isinstance(text, str):
        return reply
    return {**reply, "text": "\n".join(lines.get(line.strip(), line) for line in text.split("\n"))}


def latest_keyboards(context: Context) -> list[Keyboard]:
    """The messages with buttons of the coach's latest reply as (text, [(title, payload)...]),
    in the order sent: what a typed title, number or "de derde" picks from."""
    return _as_keyboards((context.chat_data or {}).get(KEYBOARDS_KEY) or [])


def _remember_keyboards(
    context: Context, replies: list[dict], message_ids: list[int], tapped: int | None
) -> None:
    """Keep the messages with buttons of the coach's reply (`replies`; `message_ids`: the
    Telegram ids of those messages, in order) for a typed pick. A reply to a tap (`tapped`:
    the tapped message) that has no buttons keeps the keyboards on screen, less the tapped
    one: a 👍 on an older answer left the offer below it unpickable by a typed "1" (tester
    round of stop 57). Any other reply replaces them."""
    if context.chat_data is None:
        return
    shown = [r for r in replies if r.get("buttons")]
    if not shown and tapped is not None:
        kept = context.chat_data.get(KEYBOARDS_KEY) or []
        context.chat_data[KEYBOARDS_KEY] = [k for k in kept if k[0] != tapped]
        return
    ids: list[int | None] = list(message_ids) if len(message_ids) == len(shown) else [None] * len(shown)
    context.chat_data[KEYBOARDS_KEY] = [
        [
            mid,
            str(r.get("text") or ""),
            [[str(b.get("title") or ""), str(b.get("payload") or "")] for b in r.get("buttons") or []],
        ]
        for mid, r in zip(ids, shown, strict=True)
    ]


def update_message_id(update: Update) -> str | None:
    """The id of what the user did: their message (unique per chat, the same when the
    update is redelivered), a tap's callback query id, else the update id. An edit keeps
    its message's Telegram id but is a message of its own: "tg:<chat>:<message>:u<update>"
    (one per edit, the same when that edit's update is redelivered)."""
    if update.callback_query is not None:
        return telegram_callback_id(update.callback_query.id)
    message = update.effective_message
    if message is not None and update.effective_chat is not None:
        sent = telegram_message_id(update.effective_chat.id, message.message_id)
        return f"{sent}:u{update.update_id}"[-64:] if update.edited_message is not None else sent
    return telegram_update_id(update.update_id)


EDITS_ANSWERED = 3  # an edit of one of the user's last three typed messages is answered
# chat_data: the user's latest typed messages, [[Telegram message id, text as last answered], ...]
_RECENT_KEY = "recent_texts"


# chat_data: the screen each of those messages was typed under, {str(message id): [the self-check
# statement on screen (`_statement_on_screen`), the keyboards on screen (as KEYBOARDS_KEY)]}
_SCREENS_KEY = "recent_screens"


def _remember_text(context: Context, message_id: int, text: str) -> None:
    """Keep a typed message (its id and text) among the user's last EDITS_ANSWERED ones, with
    the screen it was typed under (`_SCREENS_KEY`): what an edit of it is read against."""
    if context.chat_data is None:
        return
    recent = context.chat_data.setdefault(_RECENT_KEY, [])
    recent.append([message_id, text])
    del recent[:-EDITS_ANSWERED]
    screens = context.chat_data.setdefault(_SCREENS_KEY, {})
    screens[str(message_id)] = [
        _statement_on_screen(context),
        copy.deepcopy(context.chat_data.get(KEYBOARDS_KEY) or []),
    ]
    kept = {str(entry[0]) for entry in recent}
    for key in [k for k in screens if k not in kept]:
        del screens[key]


def _statement_on_screen(context: Context) -> list | None:
    """The self-check statement whose question is on screen, [run id, statement id] (kept when
    a question is sent, gone with the result: `_retire_old_question`), else None."""
    found = (context.chat_data or {}).get(STATEMENT_KEY)
    return list(found) if found else None


def _as_keyboards(kept: list) -> list[Keyboard]:
    """Keyboards kept as KEYBOARDS_KEY keeps them, as `pick` reads them."""
    return [(text, [(title, payload) for title, payload in buttons]) for _, text, buttons in kept]


def _same_words(before: str, after: str) -> bool:
    """Whether an edit changed only case, spacing or the closing marks ("loon?" -> "Loon")."""

    def words(text: str) -> str:
        return " ".join(text.split()).casefold().rstrip("?!. ")

    return words(before) == words(after)


def _answer_outcome(replies: list[dict]) -> str | None:
    """What the action did with a self-check answer ("applied", "stale", "repeat")."""
    for reply in replies:
        custom = reply.get("custom") or {}
        if custom.get("type") == "selfcheck_answer":
            return str(custom.get("outcome"))
    return None


async def answer_quietly(query: CallbackQuery, text: str | None = None) -> None:
    """Stop the button's spinner. Telegram refuses an answer after ~15 s or a second one
    ("query is too old ... or query ID is invalid"), and a network error can eat it: none of
    that may drop the user's tap, so the failure is logged and the button's action runs."""
    try:
        await query.answer(text)
    except TelegramError as exc:
        log.info("button answered late or not at all (%s); its action runs anyway", exc)


def _forget_tap(query: CallbackQuery) -> bool:
    """Whether a tap is on /vergeet's "Ja, wis alles", or on its "✓ Ja, wis alles" mark."""
    data = query.data or ""
    if local_action(data) == "forget-yes":
        return True
    if local_action(data) != DONE or query.message is None:
        return False
    markup = query.message.reply_markup  # type: ignore[union-attr]
    marks = {f"✓ {t('forget_yes', code)}" for code in LANGUAGES}
    buttons = [b for row in markup.inline_keyboard for b in row] if markup else []
    return any(b.text in marks and b.callback_data == data for b in buttons)


def _start_argument(text: str) -> str:
    parts = text.split()
    return parts[1] if len(parts) == 2 and parts[0].split("@")[0] == "/start" else ""
