"""Time expressions, round 14: a written weekday chooses the year of a month-day, and a future clause keeps a month-day
ahead of the publication day (an election announced ten months out).

Own sentences; each row is (text, publication day, [(expression, type, value)]).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from .time_rows import Row, got, row_text

JAN12 = date(2026, 1, 12)  # a Monday; November 14 is a Saturday in 2026 and a Friday in 2025
NOV20 = date(2026, 11, 20)  # a Friday

ROWS: list[Row | Any] = [
    ("The country will vote on Saturday, November 14, the election commission said.", JAN12,
     [("Saturday, November 14", "DATE", "2026-11-14")]),
    ("The general election will be held on Nov. 14.", JAN12, [("Nov. 14", "DATE", "2026-11-14")]),
    # the weekday also reaches back: the Friday, November 14 before a November 2026 article is 2025's
    ("The talks on Friday, November 14 ended without a deal.", NOV20, [("Friday, November 14", "DATE", "2025-11-14")]),
    # a past clause still reads a later month-day back
    ("The strike ended on Oct. 31.", JAN12, [("Oct. 31", "DATE", "2025-10-31")]),
]


@pytest.mark.parametrize("text,anchor,expected", ROWS, ids=[row_text(row)[:60] for row in ROWS])
def test_time_round14_rows(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text
