"""Round 9: a month with its year told relative to the publication date ("January of last year").

Each row is (text, anchor, expected) as in rounds 7 and 8: ``expected`` lists every time expression of the
text as (extent, TIMEX3 type, value). The sentences are our own (review story R15).
- "January of last year", "March of next year", "January of this year": one DATE, the month of the year the
  relative phrase names (the "of" joins them as "January last year" already was), never the month of the
  publication year plus a second expression for the year.
- "last January" stays the most recent January before the publication date (the reading of the TempEval-3
  key: "last April" in an October article is April of the same year), so in June 2026 it is 2026-01; in
  January 2026 it is 2025-01.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from .time_rows import Row, got, row_text

JUNE = date(2026, 6, 1)
FEB = date(2026, 2, 12)


ROWS: list[Row | Any] = [
    ("Milei visited New Delhi in January of last year.", JUNE, [("January of last year", "DATE", "2025-01")]),
    ("The minister will return in March of next year.", JUNE, [("March of next year", "DATE", "2027-03")]),
    ("The plant opened in January of this year.", JUNE, [("January of this year", "DATE", "2026-01")]),
    ("Milei visited New Delhi in January last year.", JUNE, [("January last year", "DATE", "2025-01")]),
    ("The talks began in late January of last year.", JUNE, [("late January of last year", "DATE", "2025-01")]),
    ("In December of last year, the two sides signed a memorandum.", FEB, [("December of last year", "DATE", "2025-12")]),
    ("Milei visited New Delhi last January.", JUNE, [("last January", "DATE", "2026-01")]),
    ("Milei visited New Delhi last January.", date(2026, 1, 20), [("last January", "DATE", "2025-01")]),
    ("Prices rose in January, and again in March of last year.", JUNE,
     [("January", "DATE", "2026-01"), ("March of last year", "DATE", "2025-03")]),
]


@pytest.mark.parametrize("text,anchor,expected", ROWS, ids=[row_text(row)[:60] for row in ROWS])
def test_time_round9_month_of_a_relative_year(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text
