"""Round 12 of the temporal tagger: "that day" after a month, programme titles, holiday weeks, seasons of years
said in words and "today is the fifth day of ...". Sentences written in our own words in the style of 2025-2026
copy.

Each row is (text, anchor, expected) as in rounds 5 to 11: ``expected`` lists every time expression of the
text as (extent, TIMEX3 type, value).

Decisions of this round:
- "that (same) day" after a date written only to the month is a day of that month (``2025-03-XX``), as TimeML
  writes a day it cannot name; after a written day it is that day, as before.
- A unit word written with a capital inside running text is part of a title ('"60 Minutes"', 'ABC's "This
  Week"', "Last Week Tonight"), not a time; a headline in title case keeps its times.
- "Easter week", "Christmas week", "Thanksgiving week" are the ISO week holding the holiday, as "the week of
  Thanksgiving" already was.
- "the winter of nineteen ninety-four" (broadcast transcripts write years in words) is one DATE, that season of
  that year.
- "Today is the fifth day of the strike", "It's the third day of talks": the ordinal day is the day the subject
  names (the publication day, "tomorrow" the day after); "on the second day of the trial" names no known day and
  stays untagged.
- "quarter" before "-century", "-finals", "-mile"... is part of another noun: no quarter, and no quarter context
  for "a year earlier" (a jobs report's "a year earlier" is the year before, not a quarter).
- "for a while", "for some time", "after a while" are DURATIONs of no stated length (PXX), the preposition outside
  the extent; "some time next year" is left to "next year". "over the years", "through the decades" and "the
  first hours", "the final days" (of something) are vague durations too (PXY, PXDE, PTXH, PXD); "the years that
  followed" is left alone.
- "one day" right after a modal or "to" ("will one day be", "hopes to one day walk") is FUTURE_REF, an unknown
  future time, as the TimeML guidelines read "someday"; elsewhere it stays a day-long duration.
- "last February" written in March is February a year earlier (a writer would say "last month" for the one just
  over, as "next Tuesday" said on a Monday is eight days on); "this past February" is the one just over.
- "High Noon" (the film) and "high noon" (a showdown) name no clock time.
- "post-1989", "pre-2008" are DATEs of that year, the prefix inside the extent.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from .time_rows import Row, got, row_text

OCT29 = date(2025, 10, 29)  # a Wednesday (ISO week 2025-W44)
MAR30 = date(2026, 3, 30)  # a Monday; Easter Sunday 2026 is April 5 (ISO week 2026-W14)
DEC10 = date(2025, 12, 10)  # a Wednesday; Christmas 2025 is a Thursday of ISO week 2025-W52


ROWS: list[Row | Any] = [
    # --- "that day" read from a month
    ("Rebels seized the port in March, and the governor fled that same day.", OCT29,
     [("March", "DATE", "2025-03"), ("that same day", "DATE", "2025-03-XX")]),
    ("The vote was held on Oct. 3, and the results came out that same day.", OCT29,
     [("Oct. 3", "DATE", "2025-10-03"), ("that same day", "DATE", "2025-10-03")]),
    ("The board met in June. That day, it named a new chief executive.", OCT29,
     [("June", "DATE", "2025-06"), ("That day", "DATE", "2025-06-XX")]),
    # --- programme titles
    ("She told CBS's \"60 Minutes\" that she would not run again.", OCT29, []),
    ("The minister said on \"This Week\" that the ceasefire would hold.", OCT29, []),
    ("Last Week Tonight mocked the plan.", OCT29, [("Tonight", "DATE", "2025-10-29")]),
    ("The ceasefire talks ended 60 minutes after they began.", OCT29, [("60 minutes", "DURATION", "PT60M")]),
    ("This week the union met twice.", OCT29, [("This week", "DATE", "2025-W44")]),
    ("Week-long talks began in Oslo.", OCT29, [("Week-long", "DURATION", "P1W")]),
    ("The feud ended. Decades-long rivalries rarely do.", OCT29, [("Decades-long", "DURATION", "PXDE")]),
    ("Dock Talks Resume Next Week In Rotterdam", OCT29, [("Next Week", "DATE", "2025-W45")]),
    ("NATO Ministers Meet This Week", OCT29, [("This Week", "DATE", "2025-W44")]),
    # --- holiday weeks
    ("Pilgrims crowded the old city as Easter week began.", MAR30, [("Easter week", "DATE", "2026-W14")]),
    ("Retailers expect record sales in Christmas week.", DEC10, [("Christmas week", "DATE", "2025-W52")]),
    ("Airports were jammed during Thanksgiving week.", DEC10, [("Thanksgiving week", "DATE", "2025-W48")]),
    # --- seasons of years said in words
    ("It was the winter of nineteen ninety-four when the river froze solid.", OCT29,
     [("the winter of nineteen ninety-four", "DATE", "1994-WI")]),
    ("The summer of nineteen oh five brought the first strikes.", OCT29,
     [("The summer of nineteen oh five", "DATE", "1905-SU")]),
    ("The winter of 1994 was the coldest on record.", OCT29, [("The winter of 1994", "DATE", "1994-WI")]),
    # --- "quarter" as part of another noun
    ("Employers added 130,000 jobs last month, and unemployment held near its quarter-century low. Wages were 3.7 "
     "percent higher than a year earlier.", date(2026, 2, 6),
     [("last month", "DATE", "2026-01"), ("a year earlier", "DATE", "2025")]),
    ("Sinner reached the quarter-finals in Paris on Thursday.", OCT29, [("Thursday", "DATE", "2025-10-23")]),
    ("The sprinter won the quarter-mile in record time.", OCT29, []),
    ("Its quarter-final against Spain is on Sunday.", OCT29, [("Sunday", "DATE", "2025-11-02")]),
    ("Profit rose 4% in the quarter.", OCT29, [("the quarter", "DATE", "2025-Q3")]),
    # --- vague durations
    ("Residents will have to live without power for a while.", OCT29, [("a while", "DURATION", "PXX")]),
    ("Troops could stay in the region for some time, the minister said.", OCT29, [("some time", "DURATION", "PXX")]),
    ("After a while, the crowd drifted away.", OCT29, [("a while", "DURATION", "PXX")]),
    ("The plant will reopen some time next year.", OCT29, [("next year", "DATE", "2026")]),
    ("Once in a while the ferry runs late.", OCT29, []),
    ("Over the years the harbour silted up.", OCT29, [("the years", "DURATION", "PXY")]),
    ("Through the decades the town kept its mill.", OCT29, [("the decades", "DURATION", "PXDE")]),
    ("In the years that followed, the town shrank.", OCT29, []),
    ("In the first hours of the offensive, 300 soldiers surrendered.", OCT29,
     [("the first hours", "DURATION", "PTXH")]),
    ("In the final days of the campaign, the challenger surged.", OCT29, [("the final days", "DURATION", "PXD")]),
    ("The first day of the trial was calm.", OCT29, []),
    # --- "one day" as an unknown future time
    ("Analysts say the bloc will one day be the largest in the region.", OCT29, [("one day", "DATE", "FUTURE_REF")]),
    ("She hopes to one day walk on the moon.", OCT29, [("one day", "DATE", "FUTURE_REF")]),
    ("The strike lasted one day.", OCT29, [("one day", "DURATION", "P1D")]),
    ("Fans can buy tickets to one day of the festival.", OCT29, [("one day", "DURATION", "P1D")]),
    # --- "last February" written in March
    ("Two army helicopters crashed in the north last February.", date(2026, 3, 13),
     [("last February", "DATE", "2025-02")]),
    ("Sales fell this past February.", date(2026, 3, 13), [("this past February", "DATE", "2026-02")]),
    ("The company cut 3,000 jobs last January.", date(2026, 3, 13), [("last January", "DATE", "2026-01")]),
    # --- "high noon"
    ("The poster showed a still from the film \"High Noon.\"", OCT29, []),
    ("For the ruling coalition, it is high noon.", OCT29, []),
    ("The vote is at noon Friday.", OCT29, [("noon Friday", "TIME", "2025-10-31T12:00")]),
    # --- "post-1959", "pre-2008"
    ("The post-1989 reforms split the party.", OCT29, [("post-1989", "DATE", "1989")]),
    ("Pre-2008 lending rules were looser.", OCT29, [("Pre-2008", "DATE", "2008")]),
    ("The pre-war mood was grim.", OCT29, []),
    # --- "today is the fifth day of ..."
    ("Today is the fifth day of the dock strike.", OCT29,
     [("Today", "DATE", "2025-10-29"), ("the fifth day", "DATE", "2025-10-29")]),
    ("It's the third day of talks in Doha.", OCT29, [("the third day", "DATE", "2025-10-29")]),
    ("Tomorrow will be the tenth day of the blockade.", OCT29,
     [("Tomorrow", "DATE", "2025-10-30"), ("the tenth day", "DATE", "2025-10-30")]),
    ("On the second day of the trial, the witness wept.", OCT29, []),
]


@pytest.mark.parametrize("text,anchor,expected", ROWS, ids=[row_text(row)[:60] for row in ROWS])
def test_time_round12_rows(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


def test_time_round12_rows_are_distinct() -> None:
    assert len({row_text(row) for row in ROWS}) == len(ROWS)
