"""`servicecoach serve rasa|actions --port N`: one server in the foreground, as a process
manager runs it (deploy/supervisord.conf, the production profile in deploy/README.md)."""

from __future__ import annotations

import argparse
import sys


def cmd_serve(args: argparse.Namespace) -> int:
    from bot.settings import get_settings
    from bot.stack.serve import serve

    try:
        serve(get_settings(), args.server, args.port)
    except (ValueError, OSError) as exc:  # a bad setting, no model, no Rasa virtualenv
        print(f"servicecoach serve {args.server}: {exc}", file=sys.stderr)
        return 2
    return 0  # not reached: serve() replaces this process


def add_parser(sub: argparse._SubParsersAction) -> None:
    from bot.stack.serve import SERVERS

    p = sub.add_parser("serve", help="run one Rasa or action server in the foreground (deploy/)")
    p.add_argument("server", choices=SERVERS)
    p.add_argument("--port", type=int, required=True, help="this server's own port")
    p.set_defaults(func=cmd_serve)
