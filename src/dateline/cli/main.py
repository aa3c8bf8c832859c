"""The ``dateline`` command: one module per command group, wired here.

``parse_args`` is a pure function of the argument list so tests call it without
a subprocess; ``main`` runs the chosen command and turns Dateline's own errors
into a coded message on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from ..errors import DatelineError

__all__ = ["build_parser", "parse_args", "main", "COMMAND_MODULES"]

#: Modules under dateline.cli that register commands, in help order.
COMMAND_MODULES = (
    "demo",
    "ingest",
    "articles",
    "events",
    "times",
    "timeml",
    "ask",
    "questions",
    "score",
    "brief",
)


def build_parser() -> argparse.ArgumentParser:
    """RETURNS (ArgumentParser): the parser with every command registered."""
    parser = argparse.ArgumentParser(
        prog="dateline",
        description="Dateline turns news into a dated, sourced record of events and answers questions about them.",
    )
    parser.add_argument("--db", dest="top_db", metavar="DB",
                        help="SQLite file for the command (also accepted after the command, where it wins)")
    parser.add_argument("--config", dest="top_config", metavar="FILE",
                        help="settings file for the command (also accepted after the command, where it wins)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"{__package__}.{name}")
        module.add_parser(sub)
    return parser


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """argv (Sequence[str]): arguments after the program name.
    RETURNS (Namespace): parsed options with ``func``; ``--db`` and ``--config`` given before the command
        ("dateline --db my.db events") are the command's own unless it names its own after it. Exits 2 on bad usage
        (argparse)."""
    args = build_parser().parse_args(list(argv))
    for option in ("db", "config"):
        top = getattr(args, f"top_{option}")
        if top is not None and getattr(args, option, None) is None:
            setattr(args, option, top)
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``dateline`` console script. RETURNS (int): exit code."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if not getattr(args, "func", None):
        build_parser().print_help()
        return 2
    try:
        return int(args.func(args))
    except DatelineError as exc:
        print(f"dateline: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
