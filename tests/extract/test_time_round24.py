"""Time round 24 (session 55): a weekday's possessive event right after a verb of calling off or putting off ("Police
have banned Saturday's march") is a plan's day, the nearest such weekday on either side of the report, whatever the
verb's tense. Our own sentences; Sept 3, 2026 is a Thursday."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from .time_rows import Row, got, row_text

THU = date(2026, 9, 3)

ROWS: list[Row | Any] = [
    ("Police have banned Saturday's march by the federation.", THU, [("Saturday", "DATE", "2026-09-05")]),
    ("The union postponed Tuesday's strike.", THU, [("Tuesday", "DATE", "2026-09-01")]),
    # no calling off: a done thing's day, the last such weekday
    ("Police broke up Saturday's march.", THU, [("Saturday", "DATE", "2026-08-29")]),
]


@pytest.mark.parametrize("text,anchor,expected", ROWS, ids=[row_text(r)[:40] for r in ROWS])
def test_time_round24_a_called_off_possessive_event_is_the_nearest_weekday(text: str, anchor: date,
                                                                          expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text
