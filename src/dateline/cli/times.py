"""``dateline times FILE``: the time expressions of any text, with type, value and offsets."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from ..errors import Errors, IngestError, TimeMLError
from ..extract.time import find_times
from .common import iso_date

__all__ = ["add_parser", "times", "FORMATS"]

#: Output formats of the command.
FORMATS: tuple[str, ...] = ("text", "json")


def times(path: str | Path, anchor: date | None, fmt: str = "text") -> str:
    """Tag a text file's time expressions.

    path (str | Path): a UTF-8 text file.
    anchor (date | None): publication date for relative expressions; None leaves them unanchored.
    fmt (str): ``text`` (one line per expression) or ``json`` (a list of objects).
    RETURNS (str): the listing.
    RAISES IngestError: E113 the file does not exist, E112 it cannot be read as UTF-8.
    RAISES TimeMLError: E502-style message when ``fmt`` is unknown.
    """
    if fmt not in FORMATS:
        raise TimeMLError(Errors.E502.format(value=fmt, command="times", valid=", ".join(FORMATS)))
    file = Path(path)
    if not file.exists():
        raise IngestError(Errors.E113.format(path=file))
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise IngestError(f"{file}: " + Errors.E112.format(detail=exc)) from None
    found = find_times(text, anchor)
    if fmt == "json":
        return json.dumps([t.to_dict() for t in found], indent=2, ensure_ascii=False)
    lines = []
    for t in found:
        extra = f" .. {t.end_value}" if t.end_value else ""
        note = f"  ({t.note})" if t.note else ""
        lines.append(f"{t.start}-{t.end}\t{t.type}\t{t.value}{extra}\t{t.text!r}{note}")
    return "\n".join(lines)


def _run(args: argparse.Namespace) -> int:
    sys.stdout.write(times(args.file, args.anchor, args.format) + "\n")
    return 0


def add_parser(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Register ``dateline times``.

    sub (argparse._SubParsersAction): the subcommand registry of the main parser.
    """
    parser = sub.add_parser(
        "times",
        help="list the time expressions of a text file (TIMEX3 type, value, offsets)",
        description=(
            "Find time expressions in a text and normalize them against an anchor date.\n"
            "Example: dateline times article.txt --anchor 2025-10-28 --format json"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", help="UTF-8 text file")
    parser.add_argument("--anchor", type=iso_date("--anchor", Errors.E204), default=None, help="publication date YYYY-MM-DD (default: none)")
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    parser.set_defaults(func=_run)
