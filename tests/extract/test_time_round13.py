"""Round 13 of the temporal tagger: the period a comparison names, half years named by their quarters, names and
newspapers that hold a time word, and clock times restated in parentheses. Sentences written in our own words.

Each row is (text, anchor, expected) as in rounds 5 to 12: ``expected`` lists every time expression of the text as
(extent, TIMEX3 type, value).

Decisions of this round:
- The same period of another year ("a year earlier", "the year-ago results", "the 2024 period") is read from the last
  reported period written before it: a quarter stays a quarter (2024-Q3), a stretch of the year such as "the first
  nine months" or "the six months" gives the year (2024).
- "the first two quarters of 2027", "the last six months of next year" are one DATE, the half year (2027-H1);
  "the last half of the '90s" is one DATE, the decade (199); "the first six months" alone stays a duration.
- "the quarter a year ago" is one DATE, the reported quarter of the year before.
- "daily", "weekly", "monthly" between a press word ("the", "business", "party", a capitalized word) and a
  capitalized name are a newspaper or magazine, no SET ("will add daily Lisbon flights" stays a SET).
- "ahead of the weekend" is the coming weekend whatever the clause's verb.
- A clock time restated in parentheses with its day ("at 5 in the morning (5 a.m. EDT Thursday)") is on that day;
  "a.m. (" ends no sentence, so the clause's verb still decides the day after the parenthesis.
- "in past years" is PAST_REF, as "in recent years" is.
- The time unit of a rate right after an amount ("$40 million a year", "5,000 tonnes annually", "$18 per hour") is
  no SET: TimeML tags no rate, as it tags no speed. "every quarter" and a set word after no amount stay SETs.
- A year ending the capitalized words after "called", "dubbed", "code-named"... is part of a name ("a firm called
  Orion 1980"), no date; other capitalized words before a year are no sign of a name ("the Rossi 2024 campaign").
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from .time_rows import Row, got, row_text

OCT29 = date(2025, 10, 29)  # a Wednesday (ISO week 2025-W44)
OCT27 = date(2025, 10, 27)  # a Monday


ROWS: list[Row | Any] = [
    # --- the compared period: a quarter, or a stretch of the year
    ("Net for the first nine months rose 12% to $88 million from $79 million a year earlier.", OCT29,
     [("the first nine months", "DURATION", "P9M"), ("a year earlier", "DATE", "2024")]),
    ("For the nine months, sales climbed 4%. The year-ago results included a $3 million charge.", OCT29,
     [("the nine months", "DURATION", "P9M"), ("The year-ago", "DATE", "2024")]),
    ("Orchard Tools earned $9 million in the fiscal first quarter. In the 2024 period, it earned $7 million.", OCT29,
     [("the fiscal first quarter", "DATE", "2025-Q1"), ("the 2024 period", "DATE", "2024-Q1")]),
    ("For the first nine months, profit doubled. In the 2024 period, the company lost money.", OCT29,
     [("the first nine months", "DURATION", "P9M"), ("the 2024 period", "DATE", "2024")]),
    ("Kestrel Bank lost $40 million in the third quarter. For the quarter a year ago, it earned $12 million.", OCT29,
     [("the third quarter", "DATE", "2025-Q3"), ("the quarter a year ago", "DATE", "2024-Q3")]),
    ("Kestrel Bank lost $40 million in the third quarter, against a profit of $12 million a year earlier.", OCT29,
     [("the third quarter", "DATE", "2025-Q3"), ("a year earlier", "DATE", "2024-Q3")]),
    ("He served six months in jail. A year earlier, he had been fined.", OCT29,
     [("six months", "DURATION", "P6M"), ("A year earlier", "DATE", "2024")]),
    # --- half years and decades named by their parts
    ("Analysts expect weak demand through the first two quarters of 2027.", OCT29,
     [("the first two quarters of 2027", "DATE", "2027-H1")]),
    ("The plant will run at half speed in the last six months of next year.", OCT29,
     [("the last six months of next year", "DATE", "2026-H2")]),
    ("Growth stalled in the last half of the '90s.", OCT29, [("the last half of the '90s", "DATE", "199")]),
    ("Prices doubled in the first half of the 2010s.", OCT29, [("the first half of the 2010s", "DATE", "201")]),
    ("Sales rose in the second half of 2024.", OCT29, [("the second half of 2024", "DATE", "2024-H2")]),
    ("In the first six months, exports fell 3%.", OCT29, [("the first six months", "DURATION", "P6M")]),
    # --- newspapers and frequencies
    ("The party daily Pravda attacked the plan.", OCT29, []),
    ("The news weekly Der Spiegel reported the talks.", OCT29, []),
    ("A leader in the business daily Les Echos backed the reform.", OCT29, []),
    ("Ferries leave daily for the island.", OCT29, [("daily", "SET", "P1D")]),
    ("The carrier will add daily Lisbon flights.", OCT29, [("daily", "SET", "P1D")]),
    ("The council meets weekly in the town hall.", OCT29, [("weekly", "SET", "P1W")]),
    ("Buses run daily Monday through Friday.", OCT29,
     [("daily", "SET", "P1D"), ("Monday", "DATE", "2025-10-27"), ("Friday", "DATE", "2025-10-31")]),
    # --- rates, untagged as speeds are
    ("The new line will save $40 million a year in fuel.", OCT29, []),
    ("The mine produces about 5,000 tonnes annually.", OCT29, []),
    ("Exports should grow 6% annually through 2030.", OCT29, [("2030", "DATE", "2030")]),
    ("Drivers earn $18 per hour.", OCT29, []),
    ("The bank pays $3 million in interest every quarter.", OCT29, [("every quarter", "SET", "P1Q")]),
    ("The rules are reviewed annually.", OCT29, [("annually", "SET", "P1Y")]),
    ("The clinic opened in 2016 and ran for a year.", OCT29, [("2016", "DATE", "2016"), ("a year", "DURATION", "P1Y")]),
    ("She performed surgery one year after the war.", OCT29, [("one year", "DURATION", "P1Y")]),
    # --- the weekend ahead
    ("Traders sold bonds ahead of the weekend.", OCT27, [("the weekend", "DATE", "2025-W44-WE")]),
    ("Traders sold bonds over the weekend.", OCT27, [("the weekend", "DATE", "2025-W43-WE")]),
    # --- clock times restated in parentheses
    ("The convoy will leave at 5 in the morning (5 a.m. EDT Thursday), officials said.", OCT29,
     [("5 in the morning", "TIME", "2025-10-30T05:00"), ("5 a.m. EDT Thursday", "TIME", "2025-10-30T05:00")]),
    ("Rebels shelled the port at about 11:20 a.m. (0820 GMT) Friday.", OCT29,
     [("11:20 a.m.", "TIME", "2025-10-24T11:20"), ("0820 GMT", "TIME", "2025-10-24T08:20"),
      ("Friday", "DATE", "2025-10-24")]),
    ("The ferry sank at 10 a.m. Rescuers arrived on Friday.", OCT29,
     [("10 a.m.", "TIME", "2025-10-29T10:00"), ("Friday", "DATE", "2025-10-24")]),
    # --- vague past
    ("Such strikes were rare in past years.", OCT29, [("past years", "DATE", "PAST_REF")]),
    ("Such strikes were rare in recent years.", OCT29, [("recent years", "DATE", "PAST_REF")]),
    # --- years that end a name
    ("She set up a software firm called Orion 1980 with two partners.", OCT29, []),
    ("Troops joined an exercise code-named Northern Shield 2026 on Monday.", OCT29, [("Monday", "DATE", "2025-10-27")]),
    ("Aides of the Rossi 2024 campaign were questioned.", OCT29, [("2024", "DATE", "2024")]),
    ("The talks were called off in 2019.", OCT29, [("2019", "DATE", "2019")]),
    ("Profit rose 8% in Fiscal 2026, the board said.", OCT29, [("Fiscal 2026", "DATE", "2026")]),
    ("Since 1983, the museum has doubled in size.", OCT29, [("1983", "DATE", "1983")]),
    ("The bridge opened in March 1983 and closed in 1999.", OCT29,
     [("March 1983", "DATE", "1983-03"), ("1999", "DATE", "1999")]),
]


@pytest.mark.parametrize("text,anchor,expected", ROWS, ids=[row_text(row)[:60] for row in ROWS])
def test_time_round13_rows(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


def test_time_round13_rows_are_distinct() -> None:
    assert len({row_text(row) for row in ROWS}) == len(ROWS)
