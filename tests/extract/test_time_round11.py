"""Round 11 of the temporal tagger: earnings comparisons, clock times before a parenthesis, parts of day and a
few words used where they name no time. Sentences written in our own words in the style of 2024-2026 copy.

Each row is (text, anchor, expected) as in rounds 5 to 10: ``expected`` lists every time expression of the
text as (extent, TIMEX3 type, value).

Decisions of this round:
- In earnings copy, the compared period ("a year earlier", "a year ago", "the year-ago quarter", "the 2024
  period") is never the period a later expression is read from: "up from $2 million a year ago ... compared with
  $5 million a year earlier" both name the year before the reported quarter, not two years before.
- "the quarter", "the latest quarter", "the latest period" are the reported quarter: the last quarter written
  shortly before them (a company's fiscal quarter: "the fiscal first quarter ... the quarter ended Sept. 30"),
  unless that quarter is not over at publication ("expects a fourth-quarter charge ... in the latest quarter").
  "a year ago" in quarter copy and "a year earlier" right after a quarter are that quarter a year before.
- Plural "coming quarters" is FUTURE_REF like "coming months"; "quarter-to-quarter" is no period.
- "the year-earlier nine months" is one duration, as "the first nine months" is.
- "a week or so ago" is a date like "a week ago".
- A clock time followed by a parenthesis and a day ("9:40 a.m. (0640 GMT) Monday") is on that day, and so is
  the clock inside the parenthesis unless it names its own day.
- "the March accession", "the March deadline": a capitalized "March" between "the" and a lower-case noun is the
  month ("the March on the capital" is not).
- "the leaders of tomorrow" names no day.
- "in the morning", "by late afternoon", "by mid-afternoon" after a preposition are TIMEs on the day last written
  (else the publication day); a plain "in the afternoon" with no day written before it is habitual and untagged.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from .time_rows import Row, got, row_text

OCT29 = date(2025, 10, 29)  # a Wednesday (ISO week 2025-W44)


ROWS: list[Row | Any] = [
    # --- earnings: the reported quarter and the compared one
    ("Orchard Tools earned $14 million in its fiscal first quarter ended Sept. 30. Sales in the quarter rose 6% "
     "from a year earlier.", OCT29,
     [("fiscal first quarter", "DATE", "2025-Q1"), ("Sept. 30", "DATE", "2025-09-30"), ("the quarter", "DATE", "2025-Q1"),
      ("a year earlier", "DATE", "2024-Q1")]),
    ("Pacific Mills lost $4 million in the fiscal second quarter, compared with a profit of $2 million a year ago. "
     "The latest period included a $6 million charge.", OCT29,
     [("the fiscal second quarter", "DATE", "2025-Q2"), ("a year ago", "DATE", "2024-Q2"),
      ("The latest period", "DATE", "2025-Q2")]),
    ("Northgate Bank said third-quarter profit rose to $88 million from $71 million a year ago. Deposits grew 3% "
     "from a year earlier.", OCT29,
     [("third-quarter", "DATE", "2025-Q3"), ("a year ago", "DATE", "2024-Q3"), ("a year earlier", "DATE", "2024-Q3")]),
    ("Quarry Energy booked a second-quarter loss. Revenue rose 9% from a year earlier, and costs were higher than "
     "a year ago.", OCT29,
     [("second-quarter", "DATE", "2025-Q2"), ("a year earlier", "DATE", "2024-Q2"), ("a year ago", "DATE", "2024-Q2")]),
    ("The retailer expects a fourth-quarter charge of $20 million. In the latest quarter, same-store sales rose 2%.",
     OCT29, [("fourth-quarter", "DATE", "2025-Q4"), ("the latest quarter", "DATE", "2025-Q3")]),
    ("Delta Rail reported record third-quarter freight volumes. The year-ago quarter had been hurt by floods, and "
     "the quarter's margins rose to 18%.", OCT29,
     [("third-quarter", "DATE", "2025-Q3"), ("The year-ago quarter", "DATE", "2024-Q3"),
      ("the quarter", "DATE", "2025-Q3")]),
    ("Lumen Labs posted a fiscal first-quarter profit, and the quarter's sales doubled.", OCT29,
     [("fiscal first-quarter", "DATE", "2025-Q1"), ("the quarter", "DATE", "2025-Q1")]),
    ("In the 2024 period, Harbor Foods lost money; in the quarter it earned $3 million.", OCT29,
     [("the 2024 period", "DATE", "2024-Q3"), ("the quarter", "DATE", "2025-Q3")]),
    ("The quarter-to-quarter comparison was flattered by a one-time gain.", OCT29, []),
    ("Analysts see little relief for chipmakers in coming quarters.", OCT29,
     [("coming quarters", "DATE", "FUTURE_REF")]),
    ("Margins should widen over the coming quarters, the finance chief said.", OCT29,
     [("the coming quarters", "DATE", "FUTURE_REF")]),
    ("Net for the year-earlier nine months included a $9 million gain.", OCT29,
     [("the year-earlier nine months", "DURATION", "P9M")]),
    # --- approximate distances
    ("The deal was struck a week or so ago, two people familiar with it said.", OCT29,
     [("a week or so ago", "DATE", "2025-10-22")]),
    ("The plant opened 20 years or so ago.", OCT29, [("20 years or so ago", "DATE", "2005")]),
    # --- clock times and the day after a parenthesis
    ("The blast hit the market at about 9:40 a.m. (0640 GMT) Monday, police said.", OCT29,
     [("9:40 a.m.", "TIME", "2025-10-27T09:40"), ("0640 GMT", "TIME", "2025-10-27T06:40"),
      ("Monday", "DATE", "2025-10-27")]),
    ("Polls closed at 8 p.m. (0100 GMT Wednesday) Tuesday.", OCT29,
     [("8 p.m.", "TIME", "2025-10-28T20:00"), ("0100 GMT Wednesday", "TIME", "2025-10-29T01:00"),
      ("Tuesday", "DATE", "2025-10-28")]),
    ("The market closed at 4 p.m. (2100 GMT), and Friday was calm.", OCT29,
     [("4 p.m.", "TIME", "2025-10-29T16:00"), ("2100 GMT", "TIME", "2025-10-29T21:00"),
      ("Friday", "DATE", "2025-10-24")]),
    # --- words naming no time here
    ("The March accession was approved by all members.", OCT29, [("March", "DATE", "2025-03")]),
    ("The March on the capital drew thousands.", OCT29, []),
    ("The May meeting was called off.", OCT29, []),
    ("The leaders of tomorrow met at a youth forum in Lisbon.", OCT29, []),
    ("The ministers will meet again tomorrow.", OCT29, [("tomorrow", "DATE", "2025-10-30")]),
    # --- parts of day
    ("Rescue teams reached the village on Sunday. By mid-afternoon, they had pulled out 14 survivors.", OCT29,
     [("Sunday", "DATE", "2025-10-26"), ("mid-afternoon", "TIME", "2025-10-26TAF")]),
    ("Brokers bought heavily on Friday, mostly in the morning.", OCT29,
     [("Friday", "DATE", "2025-10-24"), ("the morning", "TIME", "2025-10-24TMO")]),
    ("Fighting eased by late evening, residents said.", OCT29, [("late evening", "TIME", "2025-10-29TEV")]),
    ("Stocks tend to be calmer in the afternoon.", OCT29, []),
    ("Ratings for the evening news fell in September.", OCT29, [("September", "DATE", "2025-09")]),
    ("The morning talk show lost its host.", OCT29, []),
]


@pytest.mark.parametrize("text,anchor,expected", ROWS, ids=[row_text(row)[:60] for row in ROWS])
def test_time_round11_rows(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


def test_time_round11_rows_are_distinct() -> None:
    assert len({row_text(row) for row in ROWS}) == len(ROWS)
