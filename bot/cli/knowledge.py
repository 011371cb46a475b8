"""What `servicecoach knowledge ...` and `servicecoach report` do; bot/cli.py only wires
the arguments, so these stay testable as plain functions."""

from __future__ import annotations

import argparse
import sys

from bot.settings import get_settings


def cmd_knowledge(args: argparse.Namespace) -> int:
    settings = get_settings()
    knowledge_dir = args.dir or settings.knowledge_dir
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


def cmd_report(args: argparse.Namespace) -> int:
    from bot.insights.report import build_report, parse_since, render_report

    try:
        since = parse_since(args.since) if args.since else None
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(render_report(build_report(get_settings(), since=since, lang=args.lang), lang=args.lang))
    return 0
