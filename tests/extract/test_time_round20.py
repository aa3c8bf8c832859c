"""Time expressions, round 20: a fortnight counted back or ahead ("a fortnight ago", "a fortnight from now"); a
day named by its place in a month ("the first Monday of October", "the last day of next month"); a season written
without "this/last/next" read in the clause's tense ("will resume in the spring", written in November, is next
spring); the end point of a deferral lies ahead ("the court adjourned until Tuesday"); a clock time without a.m. or
p.m. before "tonight" is an evening hour ("7:30 tonight"). Second step: half a unit ("half an hour", "the past half
hour", "half a century"); an hour with o'clock ("at ten o'clock", "four o'clock in the afternoon"); a meridiem
written out after the clock ("7:30 in the evening" is 19:30); a day written after "the" ("March the third").

Own sentences; each row is (text, publication day, [(expression, type, value)]).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from .time_rows import Row, got, row_text

NOV12 = date(2026, 11, 12)  # a Thursday
MAR10 = date(2026, 3, 10)  # a Tuesday

FORTNIGHT_ROWS: list[Row | Any] = [
    ("The envoy will return a fortnight from now.", NOV12, [("a fortnight from now", "DATE", "2026-11-26")]),
    ("The envoy left a fortnight ago.", NOV12, [("a fortnight ago", "DATE", "2026-10-29")]),
    ("Two fortnights ago, the mayor quit.", NOV12, [("Two fortnights ago", "DATE", "2026-10-15")]),
    ("The inquiry sat for two fortnights.", NOV12, [("two fortnights", "DURATION", "P4W")]),
    ("Fuel prices climbed over the past fortnight.", NOV12, [("the past fortnight", "DURATION", "P2W")]),
]


@pytest.mark.parametrize("text,anchor,expected", FORTNIGHT_ROWS, ids=[row_text(r)[:40] for r in FORTNIGHT_ROWS])
def test_time_round20_fortnight_counts_two_weeks(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


DAY_OF_MONTH_ROWS: list[Row | Any] = [
    ("The ferry service stopped on the first Monday of October.", NOV12,
     [("the first Monday of October", "DATE", "2026-10-05")]),
    ("The assembly will close its session on the last Friday of the month.", NOV12,
     [("the last Friday of the month", "DATE", "2026-11-27")]),
    ("The vote was held on the second Sunday in March.", NOV12,
     [("the second Sunday in March", "DATE", "2026-03-08")]),
    ("The old tariff expired on the last day of October.", NOV12,
     [("the last day of October", "DATE", "2026-10-31")]),
    ("The new rules apply from the first day of next month.", NOV12,
     [("the first day of next month", "DATE", "2026-12-01")]),
    ("Talks resume on the third Tuesday of January 2027.", NOV12,
     [("the third Tuesday of January 2027", "DATE", "2027-01-19")]),
    # a day of something else than a month is not known
    ("The witness spoke on the third day of the trial.", NOV12, []),
]


@pytest.mark.parametrize("text,anchor,expected", DAY_OF_MONTH_ROWS, ids=[row_text(r)[:40] for r in DAY_OF_MONTH_ROWS])
def test_time_round20_day_by_its_place_in_a_month(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


SEASON_ROWS: list[Row | Any] = [
    ("Work on the dam will resume in the spring.", NOV12, [("the spring", "DATE", "2027-SP")]),
    ("The closure is expected to last until summer.", NOV12, [("summer", "DATE", "2027-SU")]),
    ("The mill shut down in the spring.", NOV12, [("the spring", "DATE", "2026-SP")]),
    ("The mill closed in the fall.", MAR10, [("the fall", "DATE", "2025-FA")]),
    ("The mill will reopen in the fall.", MAR10, [("the fall", "DATE", "2026-FA")]),
    # winter spans the turn of the year: the publication year's
    ("The pass will stay closed through the winter.", NOV12, [("the winter", "DATE", "2026-WI")]),
    # "this", "last", "next" keep their own reading
    ("Exports fell last spring.", NOV12, [("last spring", "DATE", "2026-SP")]),
]


@pytest.mark.parametrize("text,anchor,expected", SEASON_ROWS, ids=[row_text(r)[:40] for r in SEASON_ROWS])
def test_time_round20_season_read_in_the_clause_tense(text: str, anchor: date,
                                                      expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


DEFERRAL_ROWS: list[Row | Any] = [
    ("The tribunal adjourned until Tuesday.", NOV12, [("Tuesday", "DATE", "2026-11-17")]),
    ("The judge adjourned the sentencing hearing until Monday.", NOV12, [("Monday", "DATE", "2026-11-16")]),
    ("Negotiators suspended the talks until Monday.", NOV12, [("Monday", "DATE", "2026-11-16")]),
    ("The senate recessed until Tuesday.", NOV12, [("Tuesday", "DATE", "2026-11-17")]),
    # no deferral: the last such day
    ("The tribunal sat until Tuesday.", NOV12, [("Tuesday", "DATE", "2026-11-10")]),
]


@pytest.mark.parametrize("text,anchor,expected", DEFERRAL_ROWS, ids=[row_text(r)[:40] for r in DEFERRAL_ROWS])
def test_time_round20_deferred_to_a_day_ahead(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


TONIGHT_ROWS: list[Row | Any] = [
    ("The final kicks off at 8:45 tonight.", NOV12, [("8:45 tonight", "TIME", "2026-11-12T20:45")]),
    ("The curfew starts at 22:00 tonight.", NOV12, [("22:00 tonight", "TIME", "2026-11-12T22:00")]),
    ("The curfew starts at 10 p.m. tonight.", NOV12, [("10 p.m. tonight", "TIME", "2026-11-12T22:00")]),
    ("The count resumes at 9:30 today.", NOV12, [("9:30 today", "TIME", "2026-11-12T09:30")]),
]


@pytest.mark.parametrize("text,anchor,expected", TONIGHT_ROWS, ids=[row_text(r)[:40] for r in TONIGHT_ROWS])
def test_time_round20_clock_before_tonight_is_evening(text: str, anchor: date,
                                                      expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


HALF_ROWS: list[Row | Any] = [
    ("The blockade lasted half an hour.", NOV12, [("half an hour", "DURATION", "PT30M")]),
    ("Shares swung wildly in the past half hour.", NOV12, [("the past half hour", "DURATION", "PT30M")]),
    ("Shuttles leave every half hour.", NOV12, [("every half hour", "SET", "PT30M")]),
    ("The dispute has dragged on for half a century.", NOV12, [("half a century", "DURATION", "P50Y")]),
    ("The plant will be idle for half a year.", NOV12, [("half a year", "DURATION", "P6M")]),
    ("Half a year ago, the smelter closed.", NOV12, [("Half a year ago", "DATE", "2026-05")]),
    # half of a figure compared, not of the time after it
    ("Two thirds of members voted yes, up from half a year ago.", NOV12, [("a year ago", "DATE", "2025")]),
    # a half of a year that is named stays that half
    ("Profit rose in the second half.", NOV12, [("the second half", "DATE", "2026-H2")]),
]


@pytest.mark.parametrize("text,anchor,expected", HALF_ROWS, ids=[row_text(r)[:40] for r in HALF_ROWS])
def test_time_round20_half_a_unit(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


CLOCK_ROWS: list[Row | Any] = [
    ("The rally will begin at ten o'clock.", NOV12, [("ten o'clock", "TIME", "2026-11-12T10:00")]),
    ("The blast was heard at 4 o'clock Tuesday.", NOV12, [("4 o'clock Tuesday", "TIME", "2026-11-10T04:00")]),
    ("Police moved in at five o'clock in the afternoon.", NOV12,
     [("five o'clock in the afternoon", "TIME", "2026-11-12T17:00")]),
    ("The polls close at nine o'clock tonight.", NOV12, [("nine o'clock tonight", "TIME", "2026-11-12T21:00")]),
    ("The crowd left at 7:30 in the evening.", NOV12, [("7:30 in the evening", "TIME", "2026-11-12T19:30")]),
    ("The sirens sounded at 4 in the afternoon.", NOV12, [("4 in the afternoon", "TIME", "2026-11-12T16:00")]),
    ("The sirens sounded at 4 in the morning.", NOV12, [("4 in the morning", "TIME", "2026-11-12T04:00")]),
]


@pytest.mark.parametrize("text,anchor,expected", CLOCK_ROWS, ids=[row_text(r)[:40] for r in CLOCK_ROWS])
def test_time_round20_oclock_and_written_meridiem(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


MONTH_THE_DAY_ROWS: list[Row | Any] = [
    ("The ministers met on March the third.", NOV12, [("March the third", "DATE", "2026-03-03")]),
    ("The accord was signed on June the 2nd, 2024.", NOV12, [("June the 2nd, 2024", "DATE", "2024-06-02")]),
    # no day after "the": the month alone
    ("They met in March the 3 times they could.", NOV12, [("March", "DATE", "2026-03")]),
]


@pytest.mark.parametrize("text,anchor,expected", MONTH_THE_DAY_ROWS,
                         ids=[row_text(r)[:40] for r in MONTH_THE_DAY_ROWS])
def test_time_round20_month_the_ordinal_day(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text
