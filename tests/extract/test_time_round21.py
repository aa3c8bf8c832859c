"""Time expressions, round 21, found by probing the tagger with own news-style sentences: a year of hundreds
written with "s" is a century ("the 1800s", "the late 1600s": 18, 16; "the 2000s" stays the decade 200); a
meridiem without periods leaves a sentence's full stop out ("at 6.30pm." is "6.30pm"); "midnight" in a past clause
is the one just gone ("struck at midnight", written Thursday: Wednesday T24:00); one unit after "another", "a
further", "one more" is a duration ("for another year", "at least another year": P1Y); a part of day after
"every"/"each" is a SET of that part ("every morning": XXXX-XX-XXTMO), "on weekends" and "every weekend" are
XXXX-WXX-WE and "the first Tuesday of every month" is one SET; "set for two weeks from Friday" is one date, and
"in three days' time" is the point ahead unless the clause is past; "at dawn", "before dusk", "until nightfall" are
the part of day they fall in (the next one in a future clause); "years ago", "decades ago" with no count are a
vague duration (PXY, as the TimeBank gold writes "months ago"); "the year since the flood", "the months since" are
a stretch of time, no calendar year; more present-tense verbs of scheduled events ("the court sits on Monday",
"parliament reconvenes on Tuesday", "the curfew lasts until 6 a.m. Monday") look ahead. Second step: a half of a fiscal year ("the first half of fiscal
2027": 2027-H1, as its quarters are); a unit and "long" written as one word ("the weeklong festival": P1W); "a week on
Monday" (British) is one date, as "a week from Monday" is (only with weeks: "the biggest drop in a day on Monday").
Third step: a quarter or three quarters of a unit ("a quarter century": P25Y; "a quarter of an hour": PT15M; "a
quarter century ago": 25 years back, as "half a century ago" is now 50); "a matter of days" (PXD); "the best part
of a year" keeps its lead; "1 1/2 years" keeps its whole number; a shorter unit counted in a longer one is one SET of
the longer ("six days a week": P1W, "12 hours a day": P1D); a plan given up ("originally scheduled for Oct. 20")
is read with no tense, the nearest such day; a season of a year named from the publication date ("the spring of
next year": 2027-SP); the middle of a year ("by mid-year", in November with a future verb: next year's); the end of a range of two bare
weekdays is the first such weekday on or after its start ("open Monday to Friday", written on a Thursday: the
16th to the 20th, no longer the 16th to the 13th).

Own sentences; each row is (text, publication day, [(expression, type, value)]).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from .time_rows import Row, got, row_text

NOV12 = date(2026, 11, 12)  # a Thursday

CENTURY_ROWS: list[Row | Any] = [
    ("The city was founded in the 1800s.", NOV12, [("the 1800s", "DATE", "18")]),
    ("The town was rebuilt in the late 1800s.", NOV12, [("the late 1800s", "DATE", "18")]),
    ("The house dates from the 1600s.", NOV12, [("the 1600s", "DATE", "16")]),
    ("The 1900s were a century of war.", NOV12, [("The 1900s", "DATE", "19"), ("a century", "DURATION", "P100Y")]),
    # a decade stays a decade, and so do "the 2000s" (the years 2000-2009 in news)
    ("Prices fell in the 1990s.", NOV12, [("the 1990s", "DATE", "199")]),
    ("Rates peaked in the early 2000s.", NOV12, [("the early 2000s", "DATE", "200")]),
    ("The treaty expires in the 2030s.", NOV12, [("the 2030s", "DATE", "203")]),
]


@pytest.mark.parametrize("text,anchor,expected", CENTURY_ROWS, ids=[row_text(r)[:40] for r in CENTURY_ROWS])
def test_time_round21_hundreds_with_s_are_a_century(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


CLOCK_ROWS: list[Row | Any] = [
    ("The blast was heard at 6.30pm.", NOV12, [("6.30pm", "TIME", "2026-11-12T18:30")]),
    ("Officials will brief reporters at 11am.", NOV12, [("11am", "TIME", "2026-11-12T11:00")]),
    ("Police said the man was arrested at 3.15am.", NOV12, [("3.15am", "TIME", "2026-11-12T03:15")]),
    # with periods the last one belongs to the meridiem
    ("The vote is at 11 a.m.", NOV12, [("11 a.m.", "TIME", "2026-11-12T11:00")]),
    ("The polls open at 7 a.m. and close at 8 p.m.", NOV12,
     [("7 a.m.", "TIME", "2026-11-12T07:00"), ("8 p.m.", "TIME", "2026-11-12T20:00")]),
    # midnight in a past clause is the one just gone; ahead, the coming one
    ("The quake struck at midnight.", NOV12, [("midnight", "TIME", "2026-11-11T24:00")]),
    ("The quake struck shortly after midnight.", NOV12, [("shortly after midnight", "TIME", "2026-11-11T24:00")]),
    ("The curfew begins at midnight.", NOV12, [("midnight", "TIME", "2026-11-12T24:00")]),
    ("The curfew will begin at midnight.", NOV12, [("midnight", "TIME", "2026-11-12T24:00")]),
    ("The court adjourned at midnight on Friday.", NOV12, [("midnight on Friday", "TIME", "2026-11-06T24:00")]),
]


@pytest.mark.parametrize("text,anchor,expected", CLOCK_ROWS, ids=[row_text(r)[:40] for r in CLOCK_ROWS])
def test_time_round21_clock_full_stop_and_midnight(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


SINGLE_UNIT_ROWS: list[Row | Any] = [
    ("Troops will stay for another year.", NOV12, [("another year", "DURATION", "P1Y")]),
    ("Troops will stay for at least another year.", NOV12, [("at least another year", "DURATION", "P1Y")]),
    ("The talks will go on for a further month.", NOV12, [("a further month", "DURATION", "P1M")]),
    ("The firm gave them one more week.", NOV12, [("one more week", "DURATION", "P1W")]),
    ("He spent another night in jail.", NOV12, [("another night", "DURATION", "P1D")]),
    ("The talks will continue for another two weeks.", NOV12, [("another two weeks", "DURATION", "P2W")]),
    # a count of other things, no time
    ("The firm hired another 200 workers.", NOV12, []),
]


@pytest.mark.parametrize("text,anchor,expected", SINGLE_UNIT_ROWS, ids=[row_text(r)[:40] for r in SINGLE_UNIT_ROWS])
def test_time_round21_one_more_unit_is_a_duration(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


SET_ROWS: list[Row | Any] = [
    ("The team practises every morning.", NOV12, [("every morning", "SET", "XXXX-XX-XXTMO")]),
    ("The shelter opens every evening.", NOV12, [("every evening", "SET", "XXXX-XX-XXTEV")]),
    ("The team trains each morning.", NOV12, [("each morning", "SET", "XXXX-XX-XXTMO")]),
    ("Shelling continued every night.", NOV12, [("every night", "SET", "XXXX-XX-XXTNI")]),
    ("He works every day.", NOV12, [("every day", "SET", "P1D")]),
    ("The market opens on weekends.", NOV12, [("weekends", "SET", "XXXX-WXX-WE")]),
    ("The museum is busy at weekends.", NOV12, [("weekends", "SET", "XXXX-WXX-WE")]),
    ("The market opens every weekend.", NOV12, [("every weekend", "SET", "XXXX-WXX-WE")]),
    ("The board meets on the first Tuesday of every month.", NOV12,
     [("the first Tuesday of every month", "SET", "P1M")]),
    ("Rent is due on the last day of each month.", NOV12, [("the last day of each month", "SET", "P1M")]),
    ("The club meets on the first Tuesday of every other month.", NOV12,
     [("the first Tuesday of every other month", "SET", "P2M")]),
    # an amount of weekends stays a duration; "weekends" with no cue before is no time
    ("The crews worked through two weekends.", NOV12, [("two weekends", "DURATION", "P4D")]),
    ("Weekends are busy.", NOV12, []),
]


@pytest.mark.parametrize("text,anchor,expected", SET_ROWS, ids=[row_text(r)[:40] for r in SET_ROWS])
def test_time_round21_parts_of_day_weekends_and_month_days_recur(text: str, anchor: date,
                                                                 expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


POINT_AHEAD_ROWS: list[Row | Any] = [
    ("The hearing is set for two weeks from Friday.", NOV12, [("two weeks from Friday", "DATE", "2026-11-27")]),
    ("The vote was postponed for a week from Monday.", NOV12, [("a week from Monday", "DATE", "2026-11-16")]),
    ("The hearing will be held two weeks from Friday.", NOV12, [("two weeks from Friday", "DATE", "2026-11-27")]),
    ("The vote is in three days' time.", NOV12, [("three days", "DATE", "2026-11-15")]),
    ("The ship docks in a week's time.", NOV12, [("a week", "DATE", "2026-11-19")]),
    ("The school reopens in a month's time.", NOV12, [("a month", "DATE", "2026-12")]),
    ("The stadium will be ready in two years' time.", NOV12, [("two years", "DATE", "2028")]),
    # a length that starts on a day is no point
    ("The plant will be closed for two weeks from Monday.", NOV12,
     [("two weeks", "DURATION", "P2W"), ("Monday", "DATE", "2026-11-16", "2026-11-29")]),
]


@pytest.mark.parametrize("text,anchor,expected", POINT_AHEAD_ROWS, ids=[row_text(r)[:40] for r in POINT_AHEAD_ROWS])
def test_time_round21_point_ahead_of_a_day_or_now(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


DAY_EDGE_ROWS: list[Row | Any] = [
    ("Troops moved in at dawn.", NOV12, [("dawn", "TIME", "2026-11-12TMO")]),
    ("The raid began before dawn.", NOV12, [("dawn", "TIME", "2026-11-12TMO")]),
    ("Fighting stopped at dusk.", NOV12, [("dusk", "TIME", "2026-11-12TEV")]),
    ("The strike started at sunrise.", NOV12, [("sunrise", "TIME", "2026-11-12TMO")]),
    ("He waited until nightfall.", NOV12, [("nightfall", "TIME", "2026-11-12TNI")]),
    ("The ceasefire took hold at sundown.", NOV12, [("sundown", "TIME", "2026-11-12TEV")]),
    # a future clause: the next dawn; a day written before: that day's
    ("Troops will move in at dawn.", NOV12, [("dawn", "TIME", "2026-11-13TMO")]),
    ("On Tuesday, troops moved in at dawn.", NOV12,
     [("Tuesday", "DATE", "2026-11-10"), ("dawn", "TIME", "2026-11-10TMO")]),
    ("The raid began before dawn on Sunday.", NOV12, [("dawn on Sunday", "TIME", "2026-11-08TMO")]),
    # no preposition, or "the dawn of": no time of day
    ("The dawn raid failed.", NOV12, []),
    ("Such feuds have existed since the dawn of time.", NOV12, []),
    ("It was the dawn of a new era.", NOV12, []),
]


@pytest.mark.parametrize("text,anchor,expected", DAY_EDGE_ROWS, ids=[row_text(r)[:40] for r in DAY_EDGE_ROWS])
def test_time_round21_dawn_and_dusk_are_parts_of_day(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


VAGUE_AGO_ROWS: list[Row | Any] = [
    ("The case was heard years ago.", NOV12, [("years ago", "DURATION", "PXY")]),
    ("The firm was sold decades ago.", NOV12, [("decades ago", "DURATION", "PXDE")]),
    ("The bridge was built centuries ago.", NOV12, [("centuries ago", "DURATION", "PXCE")]),
    ("The plan was drafted months ago.", NOV12, [("months ago", "DURATION", "PXM")]),
    ("It will matter years from now.", NOV12, [("years from now", "DURATION", "PXY")]),
    # with a count or a vague amount, as before
    ("The report, published two years ago, was ignored.", NOV12, [("two years ago", "DATE", "2024")]),
    ("The case was heard a few years ago.", NOV12, [("a few years ago", "DATE", "PAST_REF")]),
    # "later" and "earlier" count from the story's time, which a bare plural does not tell
    ("The law was repealed months later.", NOV12, []),
    ("The team won weeks earlier.", NOV12, []),
]


@pytest.mark.parametrize("text,anchor,expected", VAGUE_AGO_ROWS, ids=[row_text(r)[:40] for r in VAGUE_AGO_ROWS])
def test_time_round21_units_ago_without_a_count(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


STRETCH_ROWS: list[Row | Any] = [
    ("In the year since the flood, little has changed.", NOV12, [("the year", "DURATION", "P1Y")]),
    ("In the months since the flood, little has changed.", NOV12, [("the months", "DURATION", "PXM")]),
    ("In the weeks since the vote, prices fell.", NOV12, [("the weeks", "DURATION", "PXW")]),
    ("In the two years since the coup, the economy shrank.", NOV12, [("the two years", "DURATION", "P2Y")]),
    # "since" before the unit: the current year, as before
    ("The company has not reported since the year began.", NOV12, [("the year", "DATE", "2026")]),
]


@pytest.mark.parametrize("text,anchor,expected", STRETCH_ROWS, ids=[row_text(r)[:40] for r in STRETCH_ROWS])
def test_time_round21_the_unit_since_is_a_stretch(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


SCHEDULE_ROWS: list[Row | Any] = [
    ("The court sits on Monday.", NOV12, [("Monday", "DATE", "2026-11-16")]),
    ("Parliament reconvenes on Tuesday.", NOV12, [("Tuesday", "DATE", "2026-11-17")]),
    ("The minister travels to Paris on Monday.", NOV12, [("Monday", "DATE", "2026-11-16")]),
    ("The defendant faces a judge on Monday.", NOV12, [("Monday", "DATE", "2026-11-16")]),
    ("The party holds its congress on Tuesday.", NOV12, [("Tuesday", "DATE", "2026-11-17")]),
    ("The curfew lasts until 6 a.m. Monday.", NOV12, [("6 a.m. Monday", "TIME", "2026-11-16T06:00")]),
    ("The embassy stays shut until Friday.", NOV12, [("Friday", "DATE", "2026-11-13")]),
    ("The market closes early on Tuesday.", NOV12, [("early on Tuesday", "DATE", "2026-11-17")]),
    # the past tense keeps the day gone by
    ("The court sat on Monday.", NOV12, [("Monday", "DATE", "2026-11-09")]),
]


@pytest.mark.parametrize("text,anchor,expected", SCHEDULE_ROWS, ids=[row_text(r)[:40] for r in SCHEDULE_ROWS])
def test_time_round21_scheduled_present_looks_ahead(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


SECOND_STEP_ROWS: list[Row | Any] = [
    ("Revenue rose in the first half of fiscal 2027.", NOV12, [("the first half of fiscal 2027", "DATE", "2027-H1")]),
    ("Revenue rose in the second half of fiscal year 2025.", NOV12,
     [("the second half of fiscal year 2025", "DATE", "2025-H2")]),
    ("Profit fell in the fourth quarter of fiscal 2026.", NOV12,
     [("the fourth quarter of fiscal 2026", "DATE", "2026-Q4")]),
    ("The yearlong inquiry ended.", NOV12, [("yearlong", "DURATION", "P1Y")]),
    ("The monthlong strike ended.", NOV12, [("monthlong", "DURATION", "P1M")]),
    ("The weeklong festival opened on Monday.", NOV12,
     [("weeklong", "DURATION", "P1W"), ("Monday", "DATE", "2026-11-09", "2026-11-15")]),
    ("The talks resume a week on Monday.", NOV12, [("a week on Monday", "DATE", "2026-11-23")]),
    ("The court will rule two weeks on Friday.", NOV12, [("two weeks on Friday", "DATE", "2026-11-27")]),
    ("Oil posted its biggest drop in a day on Monday.", NOV12,
     [("a day", "DURATION", "P1D"), ("Monday", "DATE", "2026-11-09")]),
]


@pytest.mark.parametrize("text,anchor,expected", SECOND_STEP_ROWS, ids=[row_text(r)[:40] for r in SECOND_STEP_ROWS])
def test_time_round21_fiscal_halves_closed_long_and_week_on_day(text: str, anchor: date,
                                                                expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


THIRD_STEP_ROWS: list[Row | Any] = [
    ("The feud has lasted a quarter century.", NOV12, [("a quarter century", "DURATION", "P25Y")]),
    ("The feud has lasted a quarter of a century.", NOV12, [("a quarter of a century", "DURATION", "P25Y")]),
    ("The wait was a quarter of an hour.", NOV12, [("a quarter of an hour", "DURATION", "PT15M")]),
    ("The firm has existed for three quarters of a century.", NOV12,
     [("three quarters of a century", "DURATION", "P75Y")]),
    ("The mill closed a quarter century ago.", NOV12, [("a quarter century ago", "DATE", "2001")]),
    ("The mill closed half a century ago.", NOV12, [("half a century ago", "DATE", "1976")]),
    ("The Fed cut rates by a quarter point.", NOV12, []),
    ("The rebels took the city in a matter of days.", NOV12, [("a matter of days", "DURATION", "PXD")]),
    ("It is a matter of time.", NOV12, []),
    ("Talks have stalled for the best part of a year.", NOV12, [("the best part of a year", "DURATION", "P1Y")]),
    ("The project took 1 1/2 years.", NOV12, [("1 1/2 years", "DURATION", "P1Y6M")]),
    ("The paper appears six days a week.", NOV12, [("six days a week", "SET", "P1W")]),
    ("He works 12 hours a day.", NOV12, [("12 hours a day", "SET", "P1D")]),
    ("The plant runs 300 days a year.", NOV12, [("300 days a year", "SET", "P1Y")]),
    # no shorter unit in a longer one: no frequency
    ("The firm earned $2 million in three months a year ago.", NOV12,
     [("three months", "DURATION", "P3M"), ("a year ago", "DATE", "2025")]),
    ("The summit, originally scheduled for Oct. 20, was delayed.", NOV12, [("Oct. 20", "DATE", "2026-10-20")]),
    ("The summit, originally scheduled for Dec. 20, was moved up.", NOV12, [("Dec. 20", "DATE", "2026-12-20")]),
    ("The summit is scheduled for Oct. 20.", NOV12, [("Oct. 20", "DATE", "2027-10-20")]),
]


@pytest.mark.parametrize("text,anchor,expected", THIRD_STEP_ROWS, ids=[row_text(r)[:40] for r in THIRD_STEP_ROWS])
def test_time_round21_fractions_rates_of_units_and_plans_given_up(text: str, anchor: date,
                                                                  expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


YEAR_PART_ROWS: list[Row | Any] = [
    ("The president will visit China in the spring of next year.", NOV12,
     [("the spring of next year", "DATE", "2027-SP")]),
    ("The strike began in the summer of last year.", NOV12, [("the summer of last year", "DATE", "2025-SU")]),
    ("The plan was drafted in the autumn of this year.", NOV12, [("the autumn of this year", "DATE", "2026-FA")]),
    ("The plant will open by mid-year.", NOV12, [("mid-year", "DATE", "2027")]),
    ("Trade picked up around mid-year.", NOV12, [("around mid-year", "DATE", "2026")]),
    ("Trade picked up around mid-year.", date(2026, 3, 10), [("around mid-year", "DATE", "2025")]),
]


@pytest.mark.parametrize("text,anchor,expected", YEAR_PART_ROWS, ids=[row_text(r)[:40] for r in YEAR_PART_ROWS])
def test_time_round21_season_of_a_named_year_and_mid_year(text: str, anchor: date,
                                                          expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


WEEKDAY_RANGE_ROWS: list[Row | Any] = [
    ("The office is open Monday to Friday.", NOV12,
     [("Monday", "DATE", "2026-11-16"), ("Friday", "DATE", "2026-11-20")]),
    ("The shop was shut Friday to Monday.", NOV12,
     [("Friday", "DATE", "2026-11-06"), ("Monday", "DATE", "2026-11-09")]),
    ("Forecasters expect rain from Friday through Sunday.", NOV12,
     [("Friday", "DATE", "2026-11-13", "2026-11-15"), ("Sunday", "DATE", "2026-11-15")]),
    # "and" joins two days, not a range: each keeps its own reading
    ("He met them on Monday and Thursday.", NOV12,
     [("Monday", "DATE", "2026-11-09"), ("Thursday", "DATE", "2026-11-12")]),
]


@pytest.mark.parametrize("text,anchor,expected", WEEKDAY_RANGE_ROWS,
                         ids=[row_text(r)[:40] for r in WEEKDAY_RANGE_ROWS])
def test_time_round21_weekday_range_ends_after_its_start(text: str, anchor: date,
                                                         expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text
