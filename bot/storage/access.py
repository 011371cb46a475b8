"""Who may use the coach: invite codes (each with a role and a team, optionally expiring
or limited in uses) and the members who joined with one. Members are known only by
their pseudonymous sender id; their role and team are their profile's (profiles.py).
Codes are stored as hashes, so a copy of the database lets nobody in. Only for admins and
managers with weekly tips is the chat id kept, so the bot can write to them unprompted."""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select

from bot.storage.db import sessions
from bot.storage.models import Invite, Member, MemberChat, Profile, now
from bot.storage.profiles import ROLES, ProfileStore
from bot.storage.repository import Repository

__all__ = ["AccessStore", "ChatInfo", "Invite", "InviteInfo", "Member", "MemberChat", "MemberInfo"]

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: easy to type from paper
CODE_LENGTH = 10
CODE_PATTERN = re.compile(r"^[A-Za-z0-9-]{6,40}$")


@dataclass(frozen=True)
class ChatInfo:
    user_id: str
    chat_id: int
    lang: str


@dataclass(frozen=True)
class InviteInfo:
    id: int
    hint: str
    role: str
    team: str | None
    label: str | None
    uses: int
    max_uses: int | None
    expires_at: datetime | None
    revoked: bool

    @property
    def usable(self) -> bool:
        return (
            not self.revoked
            and (self.max_uses is None or self.uses < self.max_uses)
            and (self.expires_at is None or self.expires_at > now())
        )


@dataclass(frozen=True)
class MemberInfo:
    user_id: str
    role: str
    team: str | None
    joined_at: datetime


def hash_code(code: str) -> str:
    return hashlib.sha256(normalise_code(code).encode()).hexdigest()


def normalise_code(code: str) -> str:
    """Codes are read from paper and phones: case and dashes do not matter."""
    return code.strip().upper().replace("-", "")


def looks_like_code(text: str) -> bool:
    return bool(CODE_PATTERN.match(text.strip()))


def _invite_info(i: Invite) -> InviteInfo:
    return InviteInfo(i.id, i.hint, i.role, i.team, i.label, i.uses, i.max_uses, i.expires_at, i.revoked)


def _member_info(m: Member) -> MemberInfo:
    return MemberInfo(m.user_id, m.profile.role, m.profile.team, m.joined_at)


class AccessStore:
    """Invite codes, members (whose role and team are their profile's) and stored chats."""

    def __init__(self, url: str) -> None:
        self._sessions = sessions(url)
        self.repo = Repository(url)
        self.profiles = ProfileStore(url)

    # invites
    def create_invite(
        self,
        role: str,
        team: str | None = None,
        *,
        days: float | None = None,
        max_uses: int | None = None,
        label: str | None = None,
    ) -> tuple[str, InviteInfo]:
        """Returns the code (shown once, only its hash is kept) and the stored invite."""
        if role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}")
        if max_uses is not None and max_uses < 1:
            raise ValueError("max uses must be at least 1")
        if days is not None and days <= 0:
            raise ValueError("days must be more than 0")
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        invite = Invite(
            code_hash=hash_code(code),
            hint=code[:3],
            role=role,
            team=team or None,
            label=label,
            max_uses=max_uses,
            expires_at=now() + timedelta(days=days) if days else None,
        )
        with self._sessions.begin() as s:
            s.add(invite)
            s.flush()
            return code, _invite_info(invite)

    def invites(self) -> list[InviteInfo]:
        with self._sessions() as s:
            return [_invite_info(i) for i in s.scalars(select(Invite).order_by(Invite.id)).all()]

    def revoke(self, invite_id: int) -> bool:
        with self._sessions.begin() as s:
            invite = s.get(Invite, invite_id)
            if invite is None:
                return False
            invite.revoked = True
            return True

    def redeem(self, user_id: str, code: str) -> MemberInfo | None:
        """Join with a code: the member's profile gets the code's role and team. None if the
        code is unknown or spent."""
        with self._sessions.begin() as s:
            invite = s.scalars(
                select(Invite).where(Invite.code_hash == hash_code(code)).with_for_update()
            ).first()
            if invite is None or not _invite_info(invite).usable:
                return None
            invite.uses += 1
            profile = s.get(Profile, user_id) or Profile(user_id=user_id)
            profile.role, profile.team = invite.role, invite.team
            s.add(profile)
            member = s.get(Member, user_id) or Member(user_id=user_id)
            member.invite_id, member.profile = invite.id, profile
            s.add(member)
            s.flush()
            return _member_info(member)

    # members
    def member(self, user_id: str) -> MemberInfo | None:
        with self._sessions() as s:
            m = s.get(Member, user_id)
            return _member_info(m) if m else None

    def add_member(self, user_id: str, role: str = "employee", team: str | None = None) -> MemberInfo:
        """Admit someone without a code (the allow-list); an existing profile is kept."""
        if role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}")
        with self._sessions.begin() as s:
            member = s.get(Member, user_id)
            if member is None:
                profile = s.get(Profile, user_id) or Profile(user_id=user_id, role=role, team=team)
                s.add(profile)
                member = Member(user_id=user_id, profile=profile)
                s.add(member)
                s.flush()
            return _member_info(member)

    def set_member(self, user_id: str, role: str, team: str | None) -> MemberInfo | None:
        """Change a member's role and team (their profile's); None if not a member."""
        with self._sessions.begin() as s:
            member = s.get(Member, user_id)
            if member is None:
                return None
            if role not in ROLES:
                raise ValueError(f"role must be one of {', '.join(ROLES)}")
            member.profile.role, member.profile.team = role, team
            s.flush()
            return _member_info(member)

    def members(self) -> list[MemberInfo]:
        with self._sessions() as s:
            return [_member_info(m) for m in s.scalars(select(Member).order_by(Member.joined_at)).all()]

    def remove_member(self, user_id: str) -> bool:
        """Also drops their chat id: a former member is never messaged."""
        with self._sessions.begin() as s:
            s.execute(delete(MemberChat).where(MemberChat.user_id == user_id))
            return bool(s.execute(delete(Member).where(Member.user_id == user_id)).rowcount)

    # chats the bot may write to unprompted (admins, managers with weekly tips)
    def remember_chat(self, user_id: str, chat_id: int, lang: str) -> None:
        with self._sessions.begin() as s:
            row = s.get(MemberChat, user_id) or MemberChat(user_id=user_id)
            if (row.chat_id, row.lang) != (chat_id, lang):
                row.chat_id, row.lang, row.updated_at = chat_id, lang, now()
                s.add(row)

    def forget_chat(self, user_id: str) -> bool:
        with self._sessions.begin() as s:
            return bool(s.execute(delete(MemberChat).where(MemberChat.user_id == user_id)).rowcount)

    def chat(self, user_id: str) -> ChatInfo | None:
        with self._sessions() as s:
            row = s.get(MemberChat, user_id)
            return ChatInfo(row.user_id, row.chat_id, row.lang) if row else None

    def chats(self, role: str | None = None) -> list[ChatInfo]:
        """Stored chats, of members with `role` only if given (members removed since are left out)."""
        with self._sessions() as s:
            query = select(MemberChat).join(Member, Member.user_id == MemberChat.user_id)
            if role is not None:
                query = query.join(Profile, Profile.user_id == Member.user_id).where(Profile.role == role)
            rows = s.scalars(query.order_by(MemberChat.user_id)).all()
            return [ChatInfo(r.user_id, r.chat_id, r.lang) for r in rows]

    def all_chats(self) -> list[ChatInfo]:
        with self._sessions() as s:
            rows = s.scalars(select(MemberChat).order_by(MemberChat.user_id)).all()
            return [ChatInfo(r.user_id, r.chat_id, r.lang) for r in rows]
