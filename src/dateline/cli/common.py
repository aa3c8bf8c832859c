"""What every command shares: the --db option, date options and output formats."""

from __future__ import annotations

import argparse
import csv
import io
import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from ..config import Settings, load_settings
from ..errors import DatelineError, Errors
from ..store import Store, open_store

__all__ = ["add_db", "iso_date", "settings_from", "store_from", "render", "table", "CommandError"]


class CommandError(DatelineError):
    """A command's arguments are wrong; the message says how."""


def iso_date(option: str, message: str = Errors.E501) -> Any:
    """option (str): option name for messages. message (str): the error template
    (``{value}``, ``{option}``). RETURNS: an argparse type parsing YYYY-MM-DD."""

    def parse(value: str) -> date:
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise argparse.ArgumentTypeError(message.format(value=value, option=option)) from None

    return parse


def add_db(parser: argparse.ArgumentParser) -> None:
    """Add ``--db`` and ``--config`` to a command's parser."""
    parser.add_argument("--db", help="SQLite file (default: setting 'db', env DATELINE_DB, ./dateline.db)")
    parser.add_argument("--config", help="settings file with a [dateline] section")


def settings_from(args: argparse.Namespace) -> Settings:
    """RETURNS (Settings): defaults < config file < environment < command-line options."""
    return load_settings(getattr(args, "config", None), db=getattr(args, "db", None))


def store_from(args: argparse.Namespace, create: bool = False) -> Store:
    """args (Namespace): the command's options. create (bool): create a missing database
    (commands that write); reading commands refuse a missing file (E307).
    RETURNS (Store): the database named by the command's options, opened."""
    return open_store(settings_from(args).db, create=create)


def table(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    """rows (Sequence[dict]): records. columns (Sequence[str]): keys to show, in order.
    RETURNS (str): a plain aligned text table; columns but the last are cut at 60
        characters with an ellipsis (the JSON and CSV formats keep everything)."""
    cells = [[("" if r.get(c) is None else str(r.get(c))) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    last = len(columns) - 1
    widths = [w if i == last else min(w, 60) for i, w in enumerate(widths)]  # the last column is never cut

    def cell(v: str, i: int) -> str:
        return (v if len(v) <= widths[i] else v[: widths[i] - 1] + "…").ljust(widths[i])

    lines = ["  ".join(c.ljust(widths[i]) for i, c in enumerate(columns)).rstrip()]
    for row in cells:
        lines.append("  ".join(cell(v, i) for i, v in enumerate(row)).rstrip())
    return "\n".join(lines)


def render(rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[str]) -> str:
    """Render records as ``table``, ``json`` (an array), ``jsonl`` or ``csv``.

    rows (Sequence[dict]): JSON-ready records. fmt (str): the format. columns (Sequence[str]):
    the flat columns for table and csv (nested values are written as JSON).
    RETURNS (str): the text to print.
    """
    if fmt == "json":
        return json.dumps(list(rows), ensure_ascii=False, indent=2)
    if fmt == "jsonl":
        return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows)
    flat = [{c: (json.dumps(r[c], ensure_ascii=False) if isinstance(r.get(c), (dict, list)) else r.get(c)) for c in columns} for r in rows]
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
        writer.writeheader()
        writer.writerows(flat)
        return out.getvalue().rstrip("\n")
    return table(flat, columns)
