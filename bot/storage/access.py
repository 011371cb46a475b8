"""Who may use the coach: invite codes (each with a role and a team, optionally expiring
or limited in uses) and the members who joined with one. Members are known only by
their pseudonymous sender id; codes are stored as hashes, so a copy of the database
lets nobody in. Only for admins and managers with weekly tips is the chat id kept, so the
bot can write to them unprompted."""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import BigInteger, Integer, String, delete, select
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.db import engine_for, sessions
from bot.storage.models import Base, now
from bot.storage.repository import ROLES, Repository

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: easy to type from paper
CODE_LENGTH = 10
CODE_PATTERN = re.compile(r"^[A-Za-z0-9-]{6,40}$")


class Invite(Base):
    __tablename__ = "invites"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hint: Mapped[str] = mapped_column(String(8))  # first characters, to recognise a code in lists
    role: Mapped[str] = mapped_column(String(16), default="employee")
    team: Mapped[str | None] = mapped_column(String(128), nullable=True)
    label: Mapped[str | None] = mapped_column(String(128), nullable=True)
    max_uses: Mapped[int | None] = mapped_column(Integer, nullable=True)
    uses: Mapped[int] = mapped_column(Integer, default=0)
    expires_at: Mapped[datetime | None] = mapped_column(nullable=True)
    revoked: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=now)


class Member(Base):
    __tablename__ = "members"

    user_id: Mapped[str] = mapped_column(String(128), primary_key=True)  # pseudonymous sender id
    role: Mapped[str] = mapped_column(String(16), default="employee")
    team: Mapped[str | None] = mapped_column(String(128), nullable=True)
    invite_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    joined_at: Mapped[datetime] = mapped_column(default=now)


class MemberChat(Base):
    """The Telegram chat of a member the bot may message unprompted: admins (notices) and
    managers who opted into weekly tips. In a private chat this is the Telegram user id, so
    it is kept only for them, and deleted on opt-out, removal and /forget."""

    __tablename__ = "member_chats"

    user_id: Mapped[str] = mapped_column(String(128), primary_key=True)  # pseudonymous sender id
    chat_id: Mapped[int] = mapped_column(BigInteger)
    lang: Mapped[str] = mapped_column(String(8), default="nl")
    updated_at: Mapped[datetime] = mapped_column(default=now)


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
    return MemberInfo(m.user_id, m.role, m.team, m.joined_at)


class AccessStore:
    def __init__(self, url: str) -> None:
        Base.metadata.create_all(
            engine_for(url), tables=[Invite.__table__, Member.__table__, MemberChat.__table__]
        )
        self._sessions = sessions(url)
        self.repo = Repository(url)

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
        """Join with a code: the member gets the code's role and team (also as their
        profile, which the action server reads). None if the code is unknown or spent."""
        with self._sessions.begin() as s:
            invite = s.scalars(
                select(Invite).where(Invite.code_hash == hash_code(code)).with_for_update()
            ).first()
            if invite is None or not _invite_info(invite).usable:
                return None
            invite.uses += 1
            member = s.get(Member, user_id) or Member(user_id=user_id)
            member.role, member.team, member.invite_id = invite.role, invite.team, invite.id
            s.add(member)
            s.flush()
            info = _member_info(member)
        self.repo.set_profile(user_id, info.role, info.team)
        return info

    # members
    def member(self, user_id: str) -> MemberInfo | None:
        with self._sessions() as s:
            m = s.get(Member, user_id)
            return _member_info(m) if m else None

    def add_member(self, user_id: str, role: str = "employee", team: str | None = None) -> MemberInfo:
        """Admit someone without a code (the allow-list); an existing profile is kept."""
        if role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}")
        profile = self.repo.profile(user_id)
        if profile is not None:
            role, team = profile.role, profile.team
        with self._sessions.begin() as s:
            member = s.get(Member, user_id) or Member(user_id=user_id, role=role, team=team)
            s.add(member)
            s.flush()
            info = _member_info(member)
        if profile is None:
            self.repo.set_profile(user_id, info.role, info.team)
        return info

    def set_member(self, user_id: str, role: str, team: str | None) -> MemberInfo | None:
        with self._sessions.begin() as s:
            member = s.get(Member, user_id)
            if member is None:
                return None
            if role not in ROLES:
                raise ValueError(f"role must be one of {', '.join(ROLES)}")
            member.role, member.team = role, team
            info = _member_info(member)
        self.repo.set_profile(user_id, role, team)
        return info

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
                query = query.where(Member.role == role)
            rows = s.scalars(query.order_by(MemberChat.user_id)).all()
            return [ChatInfo(r.user_id, r.chat_id, r.lang) for r in rows]

    def all_chats(self) -> list[ChatInfo]:
        with self._sessions() as s:
            rows = s.scalars(select(MemberChat).order_by(MemberChat.user_id)).all()
            return [ChatInfo(r.user_id, r.chat_id, r.lang) for r in rows]
