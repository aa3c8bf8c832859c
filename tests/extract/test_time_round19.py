"""Time expressions, round 19 (from the review of session 11): a bare month after "for" is the month ("planned for
May", "scheduled for March"), and a plan told as "planned for", "set for" or "slated for" looks ahead.

Own sentences; each row is (text, publication day, [(expression, type, value)]).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from .time_rows import Row, got, row_text

NOV12 = date(2026, 11, 12)  # a Thursday

ROWS: list[Row | Any] = [
    ("A visit by the Chinese president is planned for May.", NOV12, [("May", "DATE", "2027-05")]),
    ("The referendum is set for March, the commission said.", NOV12, [("March", "DATE", "2027-03")]),
    ("Talks slated for June will be held in Geneva.", NOV12, [("June", "DATE", "2027-06")]),
    ("Sales for April rose 4%, the company said.", NOV12, [("April", "DATE", "2026-04")]),
]


@pytest.mark.parametrize("text,anchor,expected", ROWS, ids=[row_text(r)[:40] for r in ROWS])
def test_time_round19_month_after_for_and_plans_ahead(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text
