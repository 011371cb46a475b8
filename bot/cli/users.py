"""`servicecoach users ...`: invite codes and members from the command line."""

from __future__ import annotations

import argparse

from bot.storage.profiles import ROLES


def _store():
    from bot.settings import get_settings
    from bot.storage.access import AccessStore

    settings = get_settings()  # the environment, then .env
    return settings, AccessStore(settings.app_db_url)


def cmd_users(args: argparse.Namespace) -> int:
    from bot.channels.telegram.admin import describe_invite

    settings, store = _store()
    if args.users_command == "invite":
        try:
            code, info = store.create_invite(
                args.role, args.team, days=args.days, max_uses=args.uses, label=args.label
            )
        except ValueError as exc:
            print(exc)
            return 2
        print(f"Invite code: {code}")
        if args.bot_username:
            print(f"Link: https://t.me/{args.bot_username.lstrip('@')}?start={code}")
        print(describe_invite(info))
        print("The code is shown only now; only its hash is stored.")
    elif args.users_command == "codes":
        invites = store.invites()
        print("\n".join(describe_invite(i) for i in invites) if invites else "No invite codes yet.")
    elif args.users_command == "revoke":
        if not store.revoke(args.id):
            print(f"No invite code #{args.id}.")
            return 1
        print(f"Invite code #{args.id} revoked.")
    elif args.users_command == "list":
        members = store.members()
        for m in members:
            print(f"{m.user_id}  {m.role:<8}  team={m.team or '-'}  since {m.joined_at:%Y-%m-%d}")
        if not members:
            print("No members yet.")
    else:
        user_id = _user_id(settings, args)
        if args.users_command == "set":
            info = store.set_member(user_id, args.role, args.team)
            if info is None:
                print(f"No member {user_id}.")
                return 1
            print(f"{info.user_id}: role={info.role} team={info.team or '-'}")
        elif args.users_command == "remove":
            if not store.remove_member(user_id):
                print(f"No member {user_id}.")
                return 1
            print(f"Removed {user_id}: they need a new invite code to come back.")
        elif args.users_command == "forget":
            from bot.privacy.forget import forget_user

            done = forget_user(settings, store, user_id)
            print(f"Forgot {user_id}: {done.events} conversation events, {done.runs} self-checks.")
        elif args.users_command == "id":
            print(user_id)
    return 0


def _user_id(settings, args: argparse.Namespace) -> str:
    if args.telegram_id is not None:
        from bot.privacy.pseudonym import Pseudonyms, load_or_create_key

        return Pseudonyms(load_or_create_key(settings.telegram_hash_key, settings.var_dir)).sender_id(
            args.telegram_id
        )
    return args.user_id


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("users", help="Telegram invite codes and members")
    users = p.add_subparsers(dest="users_command", required=True)

    q = users.add_parser("invite", help="make an invite code (printed once)")
    q.add_argument("--role", choices=ROLES, default="employee")
    q.add_argument("--team", default=None)
    q.add_argument("--days", type=float, default=None, help="valid for this many days (default: no end)")
    q.add_argument("--uses", type=int, default=None, help="how many people may use it (default: any)")
    q.add_argument("--label", default=None, help="a note for yourself, e.g. 'front desk, March'")
    q.add_argument("--bot-username", default="", help="print a t.me deep link for this bot")

    users.add_parser("codes", help="list invite codes")
    q = users.add_parser("revoke", help="revoke an invite code")
    q.add_argument("id", type=int)
    users.add_parser("list", help="list members (by pseudonym)")

    for name, help_text in (
        ("set", "change a member's role and team"),
        ("remove", "remove a member (their data stays until `forget`)"),
        ("forget", "delete everything kept about a user"),
        ("id", "show the pseudonym of a Telegram user id"),
    ):
        q = users.add_parser(name, help=help_text)
        who = q.add_mutually_exclusive_group(required=True)
        who.add_argument("user_id", nargs="?", help="the member's pseudonym (tg-…)")
        who.add_argument("--telegram-id", type=int, help="the member's Telegram user id")
        if name == "set":
            q.add_argument("--role", choices=ROLES, required=True)
            q.add_argument("--team", default=None)
    p.set_defaults(func=cmd_users)
