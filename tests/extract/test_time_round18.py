"""Time expressions, round 18: extents. Words the TimeML guidelines keep inside a TIMEX3 (an approximate or
open-ended tail, "the next year or so", "2031 or later"; two coordinated plural units, "weeks or months"; an
approximator before a date, "around Nov. 1") and words they leave out ("so far" before "this year"; a determiner
written twice by mistake).

Own sentences; each row is (text, publication day, [(expression, type, value)]).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from .time_rows import Row, got, row_text

NOV2 = date(2026, 11, 2)  # a Monday
OCT29 = date(2026, 10, 29)  # a Thursday

TAIL_ROWS: list[Row | Any] = [
    # "or so" (mod APPROX) after a relative date, a duration or a clock time
    ("The refinery will run below capacity over the next year or so, the operator said.", OCT29,
     [("the next year or so", "DATE", "2027")]),
    ("Repairs to the bridge should take three weeks or so.", OCT29, [("three weeks or so", "DURATION", "P3W")]),
    ("Analysts expect the merger to drag on for the next two years or so.", OCT29,
     [("the next two years or so", "DURATION", "P2Y")]),
    # "or later", "or sooner", "or earlier", "and beyond" (mod ON_OR_AFTER / ON_OR_BEFORE) after a date
    ("The mine is not expected to turn a profit until 2031 or later.", OCT29, [("2031 or later", "DATE", "2031")]),
    ("The ministry sees demand for coal falling through 2030 and beyond.", OCT29,
     [("2030 and beyond", "DATE", "2030")]),
    ("The vote will be held in March or sooner, an aide said.", OCT29, [("March or sooner", "DATE", "2027-03")]),
    # no tail: a comparison, or a noun phrase after "beyond"
    ("The line could open in 2031 or later than planned.", OCT29, [("2031", "DATE", "2031")]),
    ("Their influence in 2030 and beyond the region is unclear.", OCT29, [("2030", "DATE", "2030")]),
    # a vague reference takes no tail
    ("He said the deal could come now or later.", OCT29, [("now", "DATE", "PRESENT_REF")]),
]


@pytest.mark.parametrize("text,anchor,expected", TAIL_ROWS, ids=[row_text(r)[:40] for r in TAIL_ROWS])
def test_time_round18_approximate_or_open_tail_is_inside(text: str, anchor: date,
                                                          expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


COORDINATION_ROWS: list[Row | Any] = [
    ("Engineers warned the reactor could be shut within weeks or months.", OCT29,
     [("weeks or months", "DURATION", "PXW")]),
    ("Shipping rates have climbed in recent weeks and months.", OCT29,
     [("recent weeks and months", "DURATION", "PXW")]),
    # a number after the second unit word: no coordination of bare units
    ("The crew worked for weeks and 3 days more after that.", OCT29,
     [("weeks", "DURATION", "PXW"), ("3 days", "DURATION", "P3D")]),
]


@pytest.mark.parametrize("text,anchor,expected", COORDINATION_ROWS, ids=[row_text(r)[:40] for r in COORDINATION_ROWS])
def test_time_round18_coordinated_plural_units_are_one(text: str, anchor: date,
                                                       expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


APPROX_DATE_ROWS: list[Row | Any] = [
    ("The new terminal is due to open around Nov. 20, the airport said.", OCT29,
     [("around Nov. 20", "DATE", "2026-11-20")]),
    ("Work on the dam began roughly 2019, according to the survey.", OCT29, [("roughly 2019", "DATE", "2019")]),
    # a possessive: "get around" a ruling, no approximate date
    ("Lawyers looked for a way to get around Monday's ruling.", NOV2, [("Monday", "DATE", "2026-11-02")]),
    # "about" stays outside, as the TempEval key writes it
    ("The ferry sank at about 4:20 a.m. on Sunday.", NOV2, [("4:20 a.m. on Sunday", "TIME", "2026-11-01T04:20")]),
]


@pytest.mark.parametrize("text,anchor,expected", APPROX_DATE_ROWS, ids=[row_text(r)[:40] for r in APPROX_DATE_ROWS])
def test_time_round18_approximator_before_a_date_is_inside(text: str, anchor: date,
                                                           expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


LEFT_OUT_ROWS: list[Row | Any] = [
    ("Car sales are up 4% so far this year, the trade group said.", OCT29, [("this year", "DATE", "2026")]),
    ("The tariff waiver runs out at the the end of December.", OCT29, [("the end of December", "DATE", "2026-12")]),
]


@pytest.mark.parametrize("text,anchor,expected", LEFT_OUT_ROWS, ids=[row_text(r)[:40] for r in LEFT_OUT_ROWS])
def test_time_round18_words_outside_the_extent(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text
