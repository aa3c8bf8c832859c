"""Time expressions, round 23 (session 42): a threat, vow or pledge "to" do something looks ahead. "The union
threatened on Tuesday to stage a strike in May", written in March, is the coming May, though "threatened" is past:
the infinitive of the act threatened ("to stage", "to strike", "to march") or the verb of intent with its "to"
("vowed to", "pledged to", "promised to") is the nearer cue. A past act with no such infinitive keeps its past reading.

Own sentences; each row is (text, publication day, [(expression, type, value)]).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from .time_rows import Row, got, row_text

MAR10 = date(2026, 3, 10)  # a Tuesday

THREAT_ROWS: list[Row | Any] = [
    ("The teachers' union threatened on Tuesday to stage a nationwide strike in May unless pay rises.", MAR10,
     [("Tuesday", "DATE", "2026-03-10"), ("May", "DATE", "2026-05")]),
    ("Dock workers threatened to strike in June over the new contracts.", MAR10, [("June", "DATE", "2026-06")]),
    ("The opposition vowed to march on parliament in April.", MAR10, [("April", "DATE", "2026-04")]),
    ("The minister pledged to table the bill in September.", MAR10, [("September", "DATE", "2026-09")]),
    ("Farmers promised to return with their tractors in July.", MAR10, [("July", "DATE", "2026-07")]),
    # no intent: a past clause's bare month is the last one
    ("The union staged a nationwide strike in May.", MAR10, [("May", "DATE", "2025-05")]),
]


@pytest.mark.parametrize("text,anchor,expected", THREAT_ROWS, ids=[row_text(r)[:40] for r in THREAT_ROWS])
def test_time_round23_a_threatened_or_vowed_act_lies_ahead(text: str, anchor: date,
                                                           expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text
