"""Time expressions, round 22 (session 26): a retold plan's day. "The visit, which had been scheduled for Friday,
was called off", written on a Tuesday, is the coming Friday: a past perfect of a plan participle ("had been
scheduled/planned/set for"), a simple past one ("was scheduled for"), or a superseded one ("originally set for")
names the plan's day, which may lie on either side of the report, so the nearest such day is read, not the last
one as in a bare past clause. "had been due to expire Friday" stays past (no plan participle).

Own sentences; each row is (text, publication day, [(expression, type, value)]).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from .time_rows import Row, got, row_text

MAR10 = date(2026, 3, 10)  # a Tuesday

RETOLD_PLAN_ROWS: list[Row | Any] = [
    ("The minister cancelled a visit to Hanoi that had been scheduled for Thursday.", MAR10,
     [("Thursday", "DATE", "2026-03-12")]),
    ("The visit had been scheduled for Friday but was called off.", MAR10, [("Friday", "DATE", "2026-03-13")]),
    ("The talks, which were scheduled for Friday, were postponed.", MAR10, [("Friday", "DATE", "2026-03-13")]),
    ("The vote, originally set for Friday, was delayed.", MAR10, [("Friday", "DATE", "2026-03-13")]),
    # the nearer way wins: Saturday is three days back and four ahead
    ("The vote, originally set for Saturday, was delayed.", MAR10, [("Saturday", "DATE", "2026-03-07")]),
    # the nearest day lies behind the report: a plan that fell through yesterday
    ("The rally had been planned for Monday but did not take place.", MAR10, [("Monday", "DATE", "2026-03-09")]),
    # no plan participle: a past clause's bare weekday is the last one
    ("The deal had been due to expire Friday.", MAR10, [("Friday", "DATE", "2026-03-06")]),
    ("The ministers met on Friday.", MAR10, [("Friday", "DATE", "2026-03-06")]),
    # "next" keeps its own reading
    ("The talks were scheduled for next Friday.", MAR10, [("next Friday", "DATE", "2026-03-13")]),
]


@pytest.mark.parametrize("text,anchor,expected", RETOLD_PLAN_ROWS, ids=[row_text(r)[:40] for r in RETOLD_PLAN_ROWS])
def test_time_round22_a_retold_plans_weekday_is_the_nearest(text: str, anchor: date,
                                                             expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text
