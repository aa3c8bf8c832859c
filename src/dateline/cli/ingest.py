"""``dateline ingest``: files, folders, feeds and WARCs into the database."""

from __future__ import annotations

import argparse
import json
import signal
import sys
from pathlib import Path
from types import FrameType

from ..model import Article, Rejection
from ..pipeline import ingest_paths
from ..store import open_store
from .common import add_db, iso_date, settings_from

__all__ = ["add_parser", "run"]


def _terminate(signum: int, frame: FrameType | None) -> None:
    # turn SIGTERM into an exception so the open transaction rolls back cleanly
    raise KeyboardInterrupt(f"signal {signum}")


def _report(item: Article | Rejection) -> None:
    if isinstance(item, Rejection):
        print(f"rejected {item}", file=sys.stderr)
    else:
        for w in item.warnings:
            print(f"warning {item.source}: {w}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    """Run ``dateline ingest`` from parsed arguments. RETURNS (int): exit code."""
    settings = settings_from(args)
    signal.signal(signal.SIGTERM, _terminate)
    store = open_store(settings.db)
    try:
        summary = ingest_paths(
            [Path(p) for p in args.paths],
            store,
            settings,
            published=args.published,
            on_item=_report,
            progress=sys.stderr.isatty() and not args.quiet,
        )
    except KeyboardInterrupt:
        print("interrupted: stored articles are complete; run the same command again to finish", file=sys.stderr)
        return 130
    finally:
        store.close()
    if args.format == "json":
        print(json.dumps(summary.to_dict(), indent=2))
    else:
        print(summary.line())
    if args.strict and summary.rejected:
        return 1
    if summary.new == 0 and summary.duplicate == 0 and summary.rejected:
        return 1
    return 0


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``dateline ingest``."""
    p = sub.add_parser(
        "ingest",
        help="read articles from files, folders, feeds and WARCs into the database",
        description=(
            "Reads text, HTML, JSON Lines, RSS/Atom and WARC files (kind detected from content), "
            "extracts events and stores everything. Bad files are reported, counted and skipped. "
            "Example: dateline ingest news/ --db news.db --published 2025-10-28"
        ),
    )
    p.add_argument("paths", nargs="+", help="files or folders (recursive)")
    add_db(p)
    p.add_argument("--published", type=iso_date("--published"), help="anchor date for articles that carry none")
    p.add_argument("--strict", action="store_true", help="exit 1 if any file or record was rejected")
    p.add_argument("--format", choices=["text", "json"], default="text", help="summary format")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=run)
