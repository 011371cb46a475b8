"""The door: members (joined with an invite code) and allow-listed Telegram ids are let
in; everyone else gets a polite refusal and nothing of theirs is sent on or stored."""

from __future__ import annotations

from bot.privacy.pseudonym import Pseudonyms
from bot.storage.access import AccessStore, MemberInfo


def parse_allowed_ids(value: str) -> frozenset[int]:
    """TELEGRAM_ALLOWED_IDS: Telegram user ids separated by commas or spaces."""
    ids = set()
    for part in value.replace(",", " ").split():
        try:
            ids.add(int(part))
        except ValueError as exc:
            raise ValueError(f"TELEGRAM_ALLOWED_IDS: {part!r} is not a Telegram user id") from exc
    return frozenset(ids)


class Gatekeeper:
    def __init__(self, store: AccessStore, pseudonyms: Pseudonyms, allowed_ids: frozenset[int]) -> None:
        self.store = store
        self.pseudonyms = pseudonyms
        self.allowed_ids = allowed_ids

    def sender_id(self, telegram_user_id: int) -> str:
        return self.pseudonyms.sender_id(telegram_user_id)

    def member(self, telegram_user_id: int) -> MemberInfo | None:
        """The member, admitting allow-listed users on their first message."""
        sender = self.sender_id(telegram_user_id)
        member = self.store.member(sender)
        if member is None and telegram_user_id in self.allowed_ids:
            member = self.store.add_member(sender)
        return member

    def comes_back_alone(self, telegram_user_id: int) -> bool:
        """Whether this user is let in again without an invite code after /vergeet deletes
        their membership: an allow-listed id (TELEGRAM_ALLOWED_IDS) is admitted on its next
        message, a member who joined with a code needs a new one."""
        return telegram_user_id in self.allowed_ids

    def join(self, telegram_user_id: int, code: str) -> MemberInfo | None:
        return self.store.redeem(self.sender_id(telegram_user_id), code)
