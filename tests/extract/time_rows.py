"""Shared by the sentence-table tests of the temporal tagger (rounds 5 to 8)."""

from __future__ import annotations

from datetime import date
from typing import Any

from dateline.extract.time import find_times

#: (text, anchor, expected expressions as (text, type, value[, end_value])).
Row = tuple[str, date, list[tuple[str, ...]]]


def got(text: str, anchor: date) -> list[tuple[str, ...]]:
    """RETURNS (list[tuple[str, ...]]): the tagger's expressions of ``text`` in the row format (end_value only where set)."""
    return [
        (t.text, t.type, t.value or "") + ((t.end_value,) if t.end_value else ())
        for t in find_times(text, anchor)
    ]


def row_text(row: Any) -> str:
    """RETURNS (str): a row's text (the row may be a ``pytest.param``)."""
    return str(row.values[0] if hasattr(row, "values") else row[0])
