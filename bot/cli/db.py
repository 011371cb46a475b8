"""`servicecoach db upgrade`: bring the app database's schema to the newest revision (the
servers also do this when they start)."""

from __future__ import annotations

import argparse


def cmd_db(args: argparse.Namespace) -> int:
    from bot.settings import get_settings
    from bot.storage.migrate import head, redact_url, upgrade

    url = get_settings().app_db_url
    before, after = upgrade(url)
    print(f"app database {redact_url(url)}")
    print(f"revision before: {before or 'none'}")
    print(f"revision after:  {after or 'none'} (newest: {head()})")
    return 0 if after == head() else 1


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("db", help="the app database: upgrade its schema")
    p.add_argument("action", choices=["upgrade"])
    p.set_defaults(func=cmd_db)
