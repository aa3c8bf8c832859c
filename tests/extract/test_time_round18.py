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
    # "or more", "or longer", "or less" (mod EQUAL_OR_MORE / EQUAL_OR_LESS) after a duration
    ("Engineers said the repairs could take a month or more.", OCT29, [("a month or more", "DURATION", "P1M")]),
    ("Some detainees have been held for 20 years or longer.", OCT29,
     [("20 years or longer", "DURATION", "P20Y")]),
    ("The new line cuts the journey to three hours or less.", OCT29, [("three hours or less", "DURATION", "PT3H")]),
    ("It could take two years or more of talks.", OCT29, [("two years", "DURATION", "P2Y")]),
    # "well over" bounds a duration as "just over" does
    ("The hearing lasted well over a week.", OCT29, [("well over a week", "DURATION", "P1W")]),
    # a bound before a duration with its own determiner
    ("Rents have climbed for at least the past 18 months.", OCT29,
     [("at least the past 18 months", "DURATION", "P18M")]),
    ("Output rose over the past two years.", OCT29, [("the past two years", "DURATION", "P2Y")]),
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


LEAD_ROWS: list[Row | Any] = [
    # a lead that bounds or approximates the expression stays inside (mod LESS_THAN / APPROX)
    ("The envoy spent the better part of a decade in exile.", OCT29,
     [("the better part of a decade", "DURATION", "P10Y")]),
    ("Credit will stay tight for a good part of 2027, bankers said.", OCT29,
     [("a good part of 2027", "DATE", "2027")]),
    # "some" and "a good" only before an amount
    ("The ship left port some two weeks ago.", OCT29, [("some two weeks ago", "DATE", "2026-10-15")]),
    ("The hearing lasted a good three hours.", OCT29, [("a good three hours", "DURATION", "PT3H")]),
    ("The hearing was adjourned for some time.", OCT29, [("some time", "DURATION", "PXX")]),
]


@pytest.mark.parametrize("text,anchor,expected", LEAD_ROWS, ids=[row_text(r)[:40] for r in LEAD_ROWS])
def test_time_round18_bounding_lead_is_inside(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
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


WEEKEND_AGO_ROWS: list[Row | Any] = [
    # "two weekends ago": the weekend of the week that far back (ISO week), no year
    ("The festival drew record crowds two weekends ago.", OCT29, [("two weekends ago", "DATE", "2026-W42-WE")]),
    ("Fans queued all night a weekend ago.", NOV2, [("a weekend ago", "DATE", "2026-W44-WE")]),
    ("Fans queued all night a weekend ago.", None, [("a weekend ago", "DATE", "XXXX-WXX-WE")]),
]


@pytest.mark.parametrize("text,anchor,expected", WEEKEND_AGO_ROWS, ids=[row_text(r)[:40] for r in WEEKEND_AGO_ROWS])
def test_time_round18_weekends_ago_are_a_weekend(text: str, anchor: date | None,
                                                 expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text  # type: ignore[arg-type]


NOT_A_TIME_ROWS: list[Row | Any] = [
    # a year-like house number before a street name; "the 1900 block of" is a police-report address
    ("Hundreds of marchers gathered outside 1600 Pennsylvania Avenue on Sunday.", NOV2,
     [("Sunday", "DATE", "2026-11-01")]),
    ("The clinic at 2011 N. Lake Road was closed.", NOV2, []),
    ("Officers found the car in the 1900 block of Elm Street.", NOV2, []),
    ("The shop moved to 1999 Broadway.", NOV2, []),
    # after a determiner or a preposition of time, or before a street that stands for an industry: a year
    ("The 2019 Fifth Avenue parade was called off.", NOV2, [("2019", "DATE", "2019")]),
    ("In 1999 Main Street shops began to close.", NOV2, [("1999", "DATE", "1999")]),
    ("Unlike 2008 Wall Street is calm.", NOV2, [("2008", "DATE", "2008")]),
    ("The 1999 Supreme Court ruling still stands.", NOV2, [("1999", "DATE", "1999")]),
    # a year-like number that counts things
    ("Police said some 2000 protesters marched on the ministry.", NOV2, []),
    ("The army sent 1500 troops on Sunday.", NOV2, [("Sunday", "DATE", "2026-11-01")]),
    ("A 1200-strong peacekeeping force will deploy next month.", NOV2, [("next month", "DATE", "2026-12")]),
    ("More than 1700 were evacuated from the valley.", NOV2, []),
    # after a determiner or a preposition of time, or after "roughly", it stays a year
    ("The 2000 election was decided in court.", NOV2, [("2000", "DATE", "2000")]),
    ("By 2000 companies had moved their plants abroad.", NOV2, [("2000", "DATE", "2000")]),
    ("Since roughly 1990 prices have doubled.", NOV2, [("roughly 1990", "DATE", "1990")]),
    # a year inside the name of a plan, a fair or a tournament
    ("The minister said the project is central to Vision 2030.", NOV2, []),
    ("Ticket sales for Euro 2028 opened on Monday.", NOV2, [("Monday", "DATE", "2026-11-02")]),
    ("Euro zone growth slowed in 2025.", NOV2, [("2025", "DATE", "2025")]),
    # a unit word as the first part of a noun
    ("She quit her job as a day trader.", NOV2, []),
    ("The stadium will host a night game.", NOV2, []),
    ("Visitors can buy a day pass at the gate.", NOV2, []),
    # a weekday that starts a title: a newspaper or a programme
    ("The Sunday Telegraph printed the leaked memo.", NOV2, []),
    ("He was a writer on Saturday Night Live.", NOV2, []),
    ("The Washington Post on Sunday published the memo.", NOV2, [("Sunday", "DATE", "2026-11-01")]),
    ("On Sunday Times Square was closed to traffic.", NOV2, [("Sunday", "DATE", "2026-11-01")]),
    # a month word as a first name, before a surname
    ("April Ryan asked the spokesman about the memo.", NOV2, []),
    ("June Okafor, a nurse, accepted the prize.", NOV2, []),
    ("In June Parliament voted to extend the mandate.", NOV2, [("June", "DATE", "2026-06")]),
    ("Markets fell after the June Fed meeting.", NOV2, [("June", "DATE", "2026-06")]),
    # a bare unit with no noun after it is still a duration
    ("The talks took a day.", NOV2, [("a day", "DURATION", "P1D")]),
    ("He booked a two-day trip.", NOV2, [("two-day", "DURATION", "P2D")]),
]


@pytest.mark.parametrize("text,anchor,expected", NOT_A_TIME_ROWS, ids=[row_text(r)[:40] for r in NOT_A_TIME_ROWS])
def test_time_round18_addresses_and_unit_compounds_are_no_times(text: str, anchor: date,
                                                                expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


UNIT_OF_FIGURE_ROWS: list[Row | Any] = [
    # "the year of $42.50": the "of" brings a figure, so "the year" stands alone (a high or low for the year)
    ("The shares touched a high for the year of $42.50 in June.", OCT29,
     [("the year", "DATE", "2026"), ("June", "DATE", "2026-06")]),
    ("The yield fell to a low for the week of 3.1%.", OCT29, [("the week", "DATE", "2026-W44")]),
    ("Tourism boomed in the year of the royal wedding.", OCT29, []),
    # "the week of 12 March" (day first) is the ISO week of that day, as "the week of March 12" is
    ("Talks are pencilled in for the week of 9 November.", OCT29, [("the week of 9 November", "DATE", "2026-W46")]),
    ("Retail sales in the week ending 7 February rose 2%.", OCT29,
     [("the week ending 7 February", "DATE", "2026-W06")]),
]


@pytest.mark.parametrize("text,anchor,expected", UNIT_OF_FIGURE_ROWS,
                         ids=[row_text(r)[:40] for r in UNIT_OF_FIGURE_ROWS])
def test_time_round18_the_unit_before_of_a_figure_or_a_day(text: str, anchor: date,
                                                           expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


CENTURY_ROWS: list[Row | Any] = [
    # a position in a century stays inside, as it does in a decade ("the late 1990s"): TimeML mod START/MID/END
    ("The mill was built in the late 19th century.", OCT29, [("the late 19th century", "DATE", "18")]),
    ("Such floods were last seen in the early 20th century.", OCT29, [("the early 20th century", "DATE", "19")]),
    ("Sea levels could rise a metre by the end of the 21st century.", OCT29,
     [("the end of the 21st century", "DATE", "20")]),
    ("The chapel dates from the 18th century.", OCT29, [("the 18th century", "DATE", "17")]),
]


@pytest.mark.parametrize("text,anchor,expected", CENTURY_ROWS, ids=[row_text(r)[:40] for r in CENTURY_ROWS])
def test_time_round18_position_in_a_century_is_inside(text: str, anchor: date,
                                                      expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


LEFT_OUT_ROWS: list[Row | Any] = [
    ("Car sales are up 4% so far this year, the trade group said.", OCT29, [("this year", "DATE", "2026")]),
    ("The tariff waiver runs out at the the end of December.", OCT29, [("the end of December", "DATE", "2026-12")]),
]


@pytest.mark.parametrize("text,anchor,expected", LEFT_OUT_ROWS, ids=[row_text(r)[:40] for r in LEFT_OUT_ROWS])
def test_time_round18_words_outside_the_extent(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text
