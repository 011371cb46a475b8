"""Admin-only chat commands: make and revoke invite codes, list and change members.
Members are shown by pseudonym only; Telegram ids are never shown (a chat id is kept only
for admins and managers with weekly tips, see bot/storage/models.py MemberChat). Role and
team are the member's profile (bot/storage/profiles.py), the one place they are kept."""

from __future__ import annotations

import asyncio
import html
import re
from collections.abc import Callable

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import CommandHandler, ContextTypes, filters

from bot.dialogue.split import TEXT_LIMIT, split_text
from bot.i18n import language_of, t
from bot.storage.access import AccessStore, InviteInfo
from bot.storage.profiles import ROLES

Context = ContextTypes.DEFAULT_TYPE
USAGE = {
    "invite": "/invite ROLE [TEAM] [days=N] [uses=N]   (ROLE: employee, manager, admin)",
    "revoke": "/revoke ID",
    "setrole": "/setrole USER_ID ROLE [TEAM]",
    "removemember": "/removemember USER_ID",
}


def describe_invite(invite: InviteInfo, lang: str = "en") -> str:
    """One line per invite code: number, hint, role, team, uses, expiry and state, in `lang`."""
    limits = []
    if invite.max_uses is not None:
        limits.append(t("admin_invite_used", lang, uses=invite.uses, most=invite.max_uses))
    else:
        limits.append(t("admin_invite_used_open", lang, uses=invite.uses))
    if invite.expires_at is not None:
        limits.append(t("admin_invite_expires", lang, moment=f"{invite.expires_at:%Y-%m-%d %H:%M}"))
    spent = "admin_invite_revoked" if invite.revoked else "admin_invite_spent"
    state = t("admin_invite_active" if invite.usable else spent, lang)
    team = invite.team or "-"
    label = f" {invite.label}" if invite.label else ""
    return f"#{invite.id} {invite.hint}… {invite.role} team={team} {', '.join(limits)} [{state}]{label}"


MAX_DAYS = 3650  # an invite code valid for ten years at most
MAX_USES = 100_000
_NUMBER = re.compile(r"\d{1,6}(\.\d{1,3})?", re.ASCII)  # ASCII digits only: "²", "٣", "1e9", "nan" are not


def _bounded(text: str, most: int, fraction: bool) -> float:
    """A positive number up to `most` (a fraction only when `fraction`); ValueError with the
    usage otherwise, so odd input ("²", "inf", "-1", a 5000-digit number) is a usage note."""
    if not _NUMBER.fullmatch(text) or ("." in text and not fraction) or not 0 < float(text) <= most:
        raise ValueError(USAGE["invite"])
    return float(text)


def parse_invite_args(args: list[str]) -> tuple[str, str | None, float | None, int | None]:
    """ROLE [TEAM] [days=N] [uses=N]; raises ValueError with a readable message."""
    if not args or args[0] not in ROLES:
        raise ValueError(USAGE["invite"])
    role, team, days, uses = args[0], None, None, None
    for arg in args[1:]:
        if arg.startswith("days="):
            days = _bounded(arg.removeprefix("days="), MAX_DAYS, fraction=True)
        elif arg.startswith("uses="):
            uses = int(_bounded(arg.removeprefix("uses="), MAX_USES, fraction=False))
        elif team is None:
            team = arg
        else:
            raise ValueError(USAGE["invite"])
    return role, team, days, uses


class AdminCommands:
    """The admin commands, answered in the admin's language (`lang(update)`: the
    conversation's language, else the Telegram client's)."""

    def __init__(self, store: AccessStore, lang: Callable[[Update], str] | None = None) -> None:
        self.store = store
        self.lang = lang or (lambda update: language_of(update.effective_user.language_code
                                                       if update.effective_user else None))

    @staticmethod
    def _is_admin(context: Context) -> bool:
        member = (context.user_data or {}).get("member")
        return member is not None and member.role == "admin"

    async def _reply(self, update: Update, text: str) -> None:
        """As preformatted text, in as many messages as it takes (/members and /codes grow
        with the team): each piece, with its <pre> tags, under Telegram's 4096 characters."""
        if update.effective_chat is None:
            return
        for piece in split_text(text, TEXT_LIMIT - len("<pre></pre>")):
            await update.effective_chat.send_message(
                f"<pre>{html.escape(piece, quote=False)}</pre>", parse_mode=ParseMode.HTML
            )

    def _guarded(self, command):
        async def handler(update: Update, context: Context) -> None:
            lang = self.lang(update)
            if not self._is_admin(context):
                await self._reply(update, t("admin_only", lang))
                return
            try:
                text = await command(update, context, lang)
            except ValueError as exc:
                usage = f"{exc}"
                text = t("admin_usage", lang, usage=usage) if usage in USAGE.values() else usage
            await self._reply(update, text)

        return handler

    async def invite(self, update: Update, context: Context, lang: str) -> str:
        role, team, days, uses = parse_invite_args(context.args or [])
        code, info = await asyncio.to_thread(self.store.create_invite, role, team, days=days, max_uses=uses)
        link = f"https://t.me/{context.bot.username}?start={code}" if context.bot.username else ""
        made = t("admin_invite_created", lang, code=code)
        return f"{made}\n{link}\n{describe_invite(info, lang)}".replace("\n\n", "\n")

    async def codes(self, update: Update, context: Context, lang: str) -> str:
        invites = await asyncio.to_thread(self.store.invites)
        return "\n".join(describe_invite(i, lang) for i in invites) or t("admin_no_codes", lang)

    async def revoke(self, update: Update, context: Context, lang: str) -> str:
        args = context.args or []
        number = re.fullmatch(r"#?(\d{1,9})", args[0], re.ASCII) if len(args) == 1 else None
        if number is None:
            raise ValueError(USAGE["revoke"])
        done = await asyncio.to_thread(self.store.revoke, int(number.group(1)))
        return t("admin_revoked" if done else "admin_no_such_code", lang)

    async def members(self, update: Update, context: Context, lang: str) -> str:
        members = await asyncio.to_thread(self.store.members)
        lines = [
            t("admin_member", lang, user=m.user_id, role=m.role, team=m.team or "-",
              date=f"{m.joined_at:%Y-%m-%d}")  # fmt: skip
            for m in members
        ]
        return "\n".join(lines) or t("admin_no_members", lang)

    async def setrole(self, update: Update, context: Context, lang: str) -> str:
        args = context.args or []
        if len(args) not in (2, 3) or args[1] not in ROLES:
            raise ValueError(USAGE["setrole"])
        info = await asyncio.to_thread(
            self.store.set_member, args[0], args[1], args[2] if len(args) == 3 else None
        )
        if info is None:
            return t("admin_no_such_member", lang)
        return f"{info.user_id}: role={info.role} team={info.team or '-'}"

    async def removemember(self, update: Update, context: Context, lang: str) -> str:
        args = context.args or []
        if len(args) != 1:
            raise ValueError(USAGE["removemember"])
        done = await asyncio.to_thread(self.store.remove_member, args[0])
        return t("admin_removed" if done else "admin_no_such_member", lang)

    def handlers(self) -> list[CommandHandler]:
        private = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE
        commands = {
            "invite": self.invite,
            "codes": self.codes,
            "revoke": self.revoke,
            "members": self.members,
            "setrole": self.setrole,
            "removemember": self.removemember,
        }
        return [CommandHandler(name, self._guarded(fn), filters=private) for name, fn in commands.items()]
