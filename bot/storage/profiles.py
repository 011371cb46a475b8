"""A user's profile: role, team and pinned language, the one place each is kept. Every
channel (terminal, Telegram) and the action server read and write them here, so a restart
of any process keeps them."""

from __future__ import annotations

from sqlalchemy import delete

from bot.storage.db import sessions
from bot.storage.models import Profile

ROLES = ("employee", "manager", "admin")
LANGUAGES = ("nl", "en")


class ProfileStore:
    def __init__(self, url: str) -> None:
        self._sessions = sessions(url)

    def profile(self, user_id: str) -> Profile | None:
        """The profile (detached: read its fields), or None if the user has none."""
        with self._sessions() as s:
            return s.get(Profile, user_id)

    def set_profile(self, user_id: str, role: str, team: str | None) -> Profile:
        """Set role and team, making the profile if needed. ValueError for an unknown role."""
        if role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}")
        with self._sessions.begin() as s:
            profile = s.get(Profile, user_id) or Profile(user_id=user_id)
            profile.role, profile.team = role, team
            s.add(profile)
        return profile

    def language(self, user_id: str) -> str | None:
        """The language the user pinned ("nl" or "en"), or None: then the channel's hint or
        the detected language of each message applies."""
        with self._sessions() as s:
            profile = s.get(Profile, user_id)
            return profile.language if profile is not None and profile.language_pinned else None

    def conversation_language(self, user_id: str) -> str | None:
        """The language the user's conversation is in ("nl"/"en"): the pinned one, else the
        one their latest message was answered in (kept by follow_language), else None (then
        the channel's hint applies). For a channel's own lines: notes, errors, commands."""
        with self._sessions() as s:
            profile = s.get(Profile, user_id)
            return profile.language if profile is not None else None

    def follow_language(self, user_id: str, language: str) -> None:
        """Keep `language` as the conversation's language of an existing, unpinned profile;
        nothing is written when it is already kept, pinned, or the user has no profile (no
        profile is made for it). ValueError for an unknown language."""
        if language not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
        with self._sessions.begin() as s:
            profile = s.get(Profile, user_id)
            if profile is not None and not profile.language_pinned and profile.language != language:
                profile.language = language

    def set_language(self, user_id: str, language: str, pinned: bool = True) -> None:
        """Store the user's language (pinned: it holds for every message until changed);
        makes an employee profile if the user has none. ValueError for an unknown language."""
        if language not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
        with self._sessions.begin() as s:
            profile = s.get(Profile, user_id) or Profile(user_id=user_id, role="employee")
            profile.language, profile.language_pinned = language, pinned
            s.add(profile)

    def forget(self, user_id: str) -> bool:
        """Delete the profile (role, team, language; and so the membership)."""
        with self._sessions.begin() as s:
            return bool(s.execute(delete(Profile).where(Profile.user_id == user_id)).rowcount)
