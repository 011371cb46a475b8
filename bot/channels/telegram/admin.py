"""Admin-only chat commands: make and revoke invite codes, list and change members.
Members are shown by pseudonym only; Telegram ids are never shown (a chat id is kept only
for admins and managers with weekly tips, see bot/storage/models.py MemberChat). Role and
team are the member's profile (bot/storage/profiles.py), the one place they are kept."""

from __future__ import annotations

import asyncio
import html
import re

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


def describe_invite(invite: InviteInfo) -> str:
    limits = []
    if invite.max_uses is not None:
        limits.append(f"{invite.uses}/{invite.max_uses} used")
    else:
        limits.append(f"{invite.uses} used")
    if invite.expires_at is not None:
        limits.append(f"expires {invite.expires_at:%Y-%m-%d %H:%M} UTC")
    state = "active" if invite.usable else ("revoked" if invite.revoked else "spent/expired")
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
    def __init__(self, store: AccessStore) -> None:
        self.store = store

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
            if not self._is_admin(context):
                user = update.effective_user
                await self._reply(update, t("admin_only", language_of(user.language_code if user else None)))
                return
            try:
                text = await command(update, context)
            except ValueError as exc:
                text = f"{exc}"
            await self._reply(update, text)

        return handler

    async def invite(self, update: Update, context: Context) -> str:
        role, team, days, uses = parse_invite_args(context.args or [])
        code, info = await asyncio.to_thread(self.store.create_invite, role, team, days=days, max_uses=uses)
        link = f"https://t.me/{context.bot.username}?start={code}" if context.bot.username else ""
        return f"Invite code: {code}\n{link}\n{describe_invite(info)}".replace("\n\n", "\n")

    async def codes(self, update: Update, context: Context) -> str:
        invites = await asyncio.to_thread(self.store.invites)
        return "\n".join(describe_invite(i) for i in invites) or "No invite codes yet."

    async def revoke(self, update: Update, context: Context) -> str:
        args = context.args or []
        number = re.fullmatch(r"#?(\d{1,9})", args[0], re.ASCII) if len(args) == 1 else None
        if number is None:
            raise ValueError(USAGE["revoke"])
        done = await asyncio.to_thread(self.store.revoke, int(number.group(1)))
        return "Revoked." if done else "No such invite code."

    async def members(self, update: Update, context: Context) -> str:
        members = await asyncio.to_thread(self.store.members)
        lines = [f"{m.user_id} {m.role} team={m.team or '-'} since {m.joined_at:%Y-%m-%d}" for m in members]
        return "\n".join(lines) or "No members yet."

    async def setrole(self, update: Update, context: Context) -> str:
        args = context.args or []
        if len(args) not in (2, 3) or args[1] not in ROLES:
            raise ValueError(USAGE["setrole"])
        info = await asyncio.to_thread(
            self.store.set_member, args[0], args[1], args[2] if len(args) == 3 else None
        )
        return f"{info.user_id}: role={info.role} team={info.team or '-'}" if info else "No such member."

    async def removemember(self, update: Update, context: Context) -> str:
        args = context.args or []
        if len(args) != 1:
            raise ValueError(USAGE["removemember"])
        done = await asyncio.to_thread(self.store.remove_member, args[0])
        return "Removed: they need a new invite code to come back." if done else "No such member."

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
