"""Time expressions, round 16: a weekday's possessive that names an event is read in its clause's tense ("will not
attend Tuesday's inauguration" is the coming Tuesday); other possessed things stay the last such day's ("will digest
Friday's jobs data").

Own sentences; each row is (text, publication day, [(expression, type, value)]).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from .time_rows import Row, got, row_text

JAN24 = date(2026, 1, 24)  # a Saturday

ROWS: list[Row | Any] = [
    ("The president will not attend Tuesday's inauguration in Honduras, her office said.", JAN24,
     [("Tuesday", "DATE", "2026-01-27")]),
    ("Mourners will gather for Sunday's state funeral in the capital.", JAN24, [("Sunday", "DATE", "2026-01-25")]),
    ("Turnout in Sunday's runoff was 61 percent, the commission said.", JAN24, [("Sunday", "DATE", "2026-01-18")]),
    ("Traders will digest Friday's jobs data next week.", JAN24,
     [("Friday", "DATE", "2026-01-23"), ("next week", "DATE", "2026-W05")]),
]


@pytest.mark.parametrize("text,anchor,expected", ROWS, ids=[row_text(r)[:40] for r in ROWS])
def test_time_round16_possessed_event_weekday_follows_the_clause(text: str, anchor: date,
                                                                 expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


ORDINAL_ROWS: list[Row | Any] = [
    ("Dock workers will walk out on the 15th of this month.", date(2026, 6, 10),
     [("the 15th of this month", "DATE", "2026-06-15")]),
    ("The vote is due by the 3rd of next month.", date(2026, 6, 10), [("the 3rd of next month", "DATE", "2026-07-03")]),
    ("They met on the 2nd of last month.", date(2026, 6, 10), [("the 2nd of last month", "DATE", "2026-05-02")]),
]


@pytest.mark.parametrize("text,anchor,expected", ORDINAL_ROWS, ids=[row_text(r)[:40] for r in ORDINAL_ROWS])
def test_time_round16_ordinal_day_of_a_named_month(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text
