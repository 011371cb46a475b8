"""What `servicecoach knowledge ...` and `servicecoach report` do; bot/cli/main.py only
calls add_parsers, so these stay testable as plain functions."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bot.settings import get_settings


def add_parsers(sub) -> None:
    """`knowledge check|new|status` and `report` on the `servicecoach` subparsers."""
    p = sub.add_parser("knowledge", help="check the knowledge files, start an article, or see what is live")
    p.add_argument("action", choices=["check", "new", "status"])
    p.add_argument("id", nargs="?", default="", help="the new article's id (with `new`)")
    p.add_argument("--dir", type=Path, default=None, help="knowledge folder (default: configured)")
    p.add_argument("--strict", action="store_true", help="treat warnings as errors")
    p.add_argument("--no-tokens", action="store_true", help="skip the token-length check (no model)")
    p.add_argument("--json", action="store_true", help="status as JSON")
    p.set_defaults(func=cmd_knowledge)

    p = sub.add_parser("report", help="what users ask, what was not helpful, what is missing")
    p.add_argument("--since", default="", help="YYYY-MM-DD or a number of days like 7d (0d = today)")
    p.add_argument("--lang", choices=["nl", "en"], default="en", help="language of the report")
    p.add_argument("--top", type=int, default=10, help="entries per section (default 10)")
    p.add_argument("--all", action="store_true", help="every entry of every section")
    p.set_defaults(func=cmd_report)


def cmd_knowledge(args: argparse.Namespace) -> int:
    settings = get_settings()
    knowledge_dir = args.dir or settings.knowledge_dir
    if args.action == "status":
        return cmd_status(settings, as_json=getattr(args, "json", False))
    if args.action == "new":
        from bot.content.scaffold import scaffold_article

        if not args.id:
            print("usage: servicecoach knowledge new ID", file=sys.stderr)
            return 2
        try:
            paths = scaffold_article(knowledge_dir, args.id)
        except (ValueError, FileExistsError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        for path in paths:
            print(f"created {path}")
        print("Replace every TODO, then run `servicecoach knowledge check`.")
        return 0

    from bot.content.validation import check_knowledge, errors_only

    oversize = None
    if not args.no_tokens:
        from bot.engine.limits import model_token_counter, oversize_check

        oversize = oversize_check(*model_token_counter(settings.embedding_model))
    problems = check_knowledge(knowledge_dir, oversize)
    for problem in problems:
        print(problem)
    errors = problems if args.strict else errors_only(problems)
    print(
        f"{len(errors)} error(s), {len(problems) - len(errors)} warning(s) in {knowledge_dir}",
        file=sys.stderr,
    )
    return 1 if errors else 0


def cmd_status(settings, as_json: bool = False) -> int:
    """What the running coach serves, from var/published/status.json (written by the
    action server on every publish): per file its state, why it is held back and when its
    live version was published. Exit 0; 1 when there is no status yet."""
    from bot.engine.live import read_status, state_dir

    status = read_status(settings)
    if status is None:
        print(
            f"No status yet in {state_dir(settings)}: the coach has not published since it was "
            "installed. Start it (`servicecoach chat` or `servicecoach telegram`).",
            file=sys.stderr,
        )
        return 1
    if as_json:
        print(json.dumps(status, ensure_ascii=False, indent=1))
        return 0
    print(render_status(status))
    return 0


STATE_ORDER = ("held back", "last good", "draft", "live")
STATE_TEXT = {
    "live": "live",
    "last good": "LAST GOOD VERSION SERVED (this file has errors)",
    "held back": "HELD BACK (not served: errors)",
    "draft": "draft (not served)",
}


def render_status(status: dict) -> str:
    """Plain text: problems first, then drafts, then what is live, each with its time."""
    files: dict[str, dict] = status.get("files") or {}
    counts = {state: sum(1 for f in files.values() if f.get("state") == state) for state in STATE_ORDER}
    out = [
        f"Knowledge status (last publish {status.get('updated_at', '?')} UTC): "
        f"{counts['live']} live, {counts['last good']} serving their last good version, "
        f"{counts['held back']} held back, {counts['draft']} drafts."
    ]
    for state in STATE_ORDER:
        for rel in sorted(r for r, f in files.items() if f.get("state") == state):
            entry = files[rel]
            published = entry.get("published_at")
            when = f"published {published}" if published else "never published"
            out.append(f"{rel}: {STATE_TEXT.get(state, state)}; {when}")
            out += [f"    line {reason}" for reason in entry.get("reasons") or []]
    return "\n".join(out)


def cmd_report(args: argparse.Namespace) -> int:
    from bot.engine import open_searcher
    from bot.insights.report import build_report, parse_since, render_report

    try:
        since = parse_since(args.since) if args.since else None
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    top = getattr(args, "top", 10)
    if top < 1:
        print("error: --top must be at least 1", file=sys.stderr)
        return 2
    settings = get_settings()
    report = build_report(settings, since=since, lang=args.lang, searcher=open_searcher(settings))
    print(render_report(report, lang=args.lang, top=None if getattr(args, "all", False) else top))
    return 0
