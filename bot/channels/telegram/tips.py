"""Weekly coaching tips in Telegram: `/tips aan [dag] [uur]`, `/tips uit`, `/tips` for
managers (and admins), and the job that sends each tip when its slot has come. When and
what to send is bot/tips; this module only knows chats. The chat id of a manager is kept
only while they are subscribed."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from telegram import Bot, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import CommandHandler, ContextTypes, filters

from bot.channels.telegram.errors import unreachable
from bot.channels.telegram.render import escape, keyboard
from bot.i18n import DAY_NAMES, t
from bot.storage.access import AccessStore, MemberInfo
from bot.tips.scheduler import DEFAULT_TIMEZONE, DueTip, Subscription, TipScheduler
from bot.tips.text import ArticleShelf, tip_messages
from bot.tips.timing import DEFAULT_DAY, DEFAULT_HOUR, is_quiet

log = logging.getLogger(__name__)
Context = ContextTypes.DEFAULT_TYPE
Clock = Callable[[], datetime]
TIP_ROLES = ("manager", "admin")
ON_WORDS = {"aan", "on", "an", "start"}
OFF_WORDS = {"uit", "off", "stop"}
DAY_WORDS = {
    word: day
    for day, words in enumerate(
        [
            ("maandag", "ma", "monday", "mon"),
            ("dinsdag", "di", "tuesday", "tue", "tues"),
            ("woensdag", "wo", "wednesday", "wed"),
            ("donderdag", "do", "thursday", "thu", "thur", "thurs"),
            ("vrijdag", "vr", "friday", "fri"),
            ("zaterdag", "za", "saturday", "sat"),
            ("zondag", "zo", "sunday", "sun"),
        ]
    )
    for word in words
}
HOUR = re.compile(r"(\d{1,2})(?:[:.]00|u|h|uur)?")


def utc_now() -> datetime:
    return datetime.now(UTC)


def parse_tips_args(args: list[str]) -> tuple[str, int, int]:
    """('on' | 'off' | 'show', day, hour); day and hour in either order, defaults from
    bot/tips/timing.py. Raises ValueError for anything else."""
    words = [a.lower().strip(",") for a in args if a.strip(",")]
    if not words:
        return "show", DEFAULT_DAY, DEFAULT_HOUR
    if words[0] in OFF_WORDS and len(words) == 1:
        return "off", DEFAULT_DAY, DEFAULT_HOUR
    if words[0] not in ON_WORDS:
        raise ValueError("usage")
    day: int | None = None
    hour: int | None = None
    for word in words[1:]:
        if word in DAY_WORDS and day is None:
            day = DAY_WORDS[word]
        elif (match := HOUR.fullmatch(word)) and hour is None and int(match.group(1)) <= 23:
            hour = int(match.group(1))
        else:
            raise ValueError("usage")
    return "on", DEFAULT_DAY if day is None else day, DEFAULT_HOUR if hour is None else hour


def describe_moment(moment: datetime, timezone: str, lang: str) -> str:
    local = moment.astimezone(ZoneInfo(timezone))
    return f"{DAY_NAMES[lang][local.weekday()]} {local:%d-%m-%Y %H:%M}"


class TipCommand:
    """/tips: turn weekly tips on or off, or show the setting."""

    def __init__(
        self,
        scheduler: TipScheduler,
        access: AccessStore,
        sender_id: Callable[[int], str],
        lang: Callable[[Update], str],
        clock: Clock = utc_now,
    ) -> None:
        self.scheduler = scheduler
        self.access = access
        self.sender_id = sender_id
        self.lang = lang
        self.clock = clock

    async def __call__(self, update: Update, context: Context) -> None:
        user, chat = update.effective_user, update.effective_chat
        assert user is not None and chat is not None
        lang = self.lang(update)
        member: MemberInfo | None = (context.user_data or {}).get("member")

        async def say(key: str, **values: object) -> None:
            await chat.send_message(escape(t(key, lang, **values)), parse_mode=ParseMode.HTML)

        if member is None or member.role not in TIP_ROLES:
            await say("tips_managers_only")
            return
        try:
            action, day, hour = parse_tips_args(context.args or [])
        except ValueError:
            await say("tips_usage")
            return
        sender = self.sender_id(user.id)
        if action == "show":
            sub = await asyncio.to_thread(self.scheduler.subscription, sender)
            if sub is None:
                await say("tips_status_off")
            else:
                await say("tips_status_on", **self._when(sub, lang, "next"))
            return
        if action == "off":
            was_on = await asyncio.to_thread(self.turn_off, sender, member)
            await say("tips_off" if was_on else "tips_were_off")
            return
        sub = await asyncio.to_thread(self.turn_on, sender, chat.id, day, hour, lang)
        text = t("tips_on", lang, **self._when(sub, lang, "first"))
        if is_quiet(day, hour):
            text += "\n" + t("tips_quiet", lang)
        await chat.send_message(escape(text), parse_mode=ParseMode.HTML)

    @staticmethod
    def _when(sub: Subscription, lang: str, key: str) -> dict[str, object]:
        return {
            "day": DAY_NAMES[lang][sub.day],
            "hour": sub.hour,
            key: describe_moment(sub.next_at, sub.timezone, lang),
        }

    def turn_on(self, sender: str, chat_id: int, day: int, hour: int, lang: str) -> Subscription:
        sub = self.scheduler.opt_in(sender, day, hour, DEFAULT_TIMEZONE, lang, when=self.clock())
        self.access.remember_chat(sender, chat_id, lang)
        return sub

    def turn_off(self, sender: str, member: MemberInfo) -> bool:
        was_on = self.scheduler.opt_out(sender)
        if member.role != "admin":  # an admin's chat is still needed for notices
            self.access.forget_chat(sender)
        return was_on

    def handler(self) -> CommandHandler:
        return CommandHandler("tips", self, filters=filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE)


class TipJob:
    """Every minute: send the tips whose slot has come, then record them, so each is sent
    once (a run that overlaps the previous one waits for it)."""

    def __init__(
        self,
        scheduler: TipScheduler,
        access: AccessStore,
        shelf: ArticleShelf,
        encode: Callable[[str], str],
        clock: Clock = utc_now,
    ) -> None:
        self.scheduler = scheduler
        self.access = access
        self.shelf = shelf
        self.encode = encode
        self.clock = clock
        self._lock = asyncio.Lock()

    async def run(self, bot: Bot) -> int:
        """Returns the number of tips sent."""
        async with self._lock:
            moment = self.clock()
            await asyncio.to_thread(self.shelf.refresh)
            due = await asyncio.to_thread(self.scheduler.due, moment)
            sent = 0
            for tip in due:
                sent += await self._deliver(bot, tip, moment)
            return sent

    async def _deliver(self, bot: Bot, tip: DueTip, moment: datetime) -> int:
        member = await asyncio.to_thread(self.access.member, tip.user_id)
        chat = await asyncio.to_thread(self.access.chat, tip.user_id)
        if member is None or member.role not in TIP_ROLES or chat is None:
            log.info("weekly tips stopped for a member who left, changed role or has no chat")
            await asyncio.to_thread(self._stop, tip.user_id, member)
            return 0
        art, fallback = self.shelf.get(tip.article_id, tip.lang)
        if art is None:
            log.warning("tip article %s is gone; skipped", tip.article_id)
            return 0
        try:
            for message in tip_messages(art, tip.lang, fallback, t):
                markup = keyboard([message.button] if message.button else [], self.encode)
                await bot.send_message(
                    chat.chat_id, escape(message.text), parse_mode=ParseMode.HTML, reply_markup=markup
                )
        except TelegramError as exc:
            if not unreachable(exc):  # tried again at the next run
                log.warning("weekly tip not sent (%s); trying again later", exc)
                return 0
            log.info("weekly tips stopped: the chat cannot be reached (%s)", exc)  # blocked, deleted
            await asyncio.to_thread(self._stop, tip.user_id, member)
            if member is not None and member.role == "admin":  # _stop keeps an admin's chat
                await asyncio.to_thread(self.access.forget_chat, tip.user_id)
            return 0
            log.warning("weekly tip not sent (%s); trying again later", exc)
            return 0
        await asyncio.to_thread(self.scheduler.mark_sent, tip.user_id, tip.article_id, moment, tip.round)
        return 1

    def _stop(self, user_id: str, member: MemberInfo | None) -> None:
        self.scheduler.opt_out(user_id)
        if member is None or member.role != "admin":
            with contextlib.suppress(Exception):
                self.access.forget_chat(user_id)
