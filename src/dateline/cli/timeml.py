"""``dateline timeml IN_DIR OUT_DIR``: tag TempEval-3 TimeML documents with TIMEX3."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..extract.timeml import TimeMLSummary, annotate_dir

__all__ = ["add_parser", "timeml"]


def timeml(in_dir: str | Path, out_dir: str | Path) -> TimeMLSummary:
    """Annotate every ``*.tml`` file under ``in_dir`` into ``out_dir`` (same relative names).

    in_dir (str | Path): folder of TimeML documents (a <DCT> and a <TEXT> of bare text).
    out_dir (str | Path): output folder, created if needed.
    RETURNS (TimeMLSummary): files written, TIMEX3 count, and the files that failed
        with their coded messages (the others are still written).
    RAISES TimeMLError: E201 when ``in_dir`` is not a folder.
    """
    return annotate_dir(in_dir, out_dir)


def _run(args: argparse.Namespace) -> int:
    summary = timeml(args.in_dir, args.out_dir)
    for _, message in summary.failed:
        print(f"dateline: {message}", file=sys.stderr)
    print(f"{summary.documents} documents, {summary.timexes} TIMEX3 written to {args.out_dir}; "
          f"{len(summary.failed)} failed")
    return 1 if summary.failed else 0


def add_parser(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Register ``dateline timeml``.

    sub (argparse._SubParsersAction): the subcommand registry of the main parser.
    """
    parser = sub.add_parser(
        "timeml",
        help="tag TimeML documents (TempEval-3 format) with TIMEX3",
        description=(
            "Write each TimeML file of IN_DIR to OUT_DIR with a <TIMEX3 tid type value> around each\n"
            "time expression in <TEXT>, normalized against the <DCT> date; all else unchanged.\n"
            "Example: dateline timeml corpus/ tagged/"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("in_dir", help="folder of .tml files")
    parser.add_argument("out_dir", help="output folder")
    parser.set_defaults(func=_run)
