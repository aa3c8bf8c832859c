"""Time expressions, round 17: "the previous Friday" counts from the story's last written day even after paragraphs
of background; the end point of an extension ("extended the loans through January") lies ahead whatever the verb's
tense.

Own sentences; each row is (text, publication day, [(expression, type, value)]).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from .time_rows import Row, got, row_text

NOV2 = date(2026, 11, 2)  # a Monday
OCT29 = date(2026, 10, 29)  # a Thursday

#: Two paragraphs of background without a time word, so the anaphor comes far (over 600 characters) after its day.
_BACKGROUND = (
    "\n\nDealers blamed a fresh slide in the currency and nervous selling by pension funds, which had piled into "
    "mining and energy shares in large numbers on hopes of stronger demand from Asian buyers and firmer metal "
    "prices.\n\n"
    "Several brokers said the market had also been unsettled by the resignation of the finance minister, whose "
    "departure left investors guessing about the direction of tax policy, and by weaker figures from the large "
    "retailers, which reported thin margins, heavy discounting and a slow start to the holiday shopping season.\n\n"
    "Banks were mixed, with lenders exposed to commercial property marked down by analysts who expect more bad "
    "loans, while insurers gained after a rival raised its dividend and promised to buy back shares.\n\n"
)

ANAPHOR_ROWS: list[Row | Any] = [
    ("Share prices in Frankfurt fell sharply on Friday." + _BACKGROUND
     + "The main index closed 3% below its level of the previous Friday.", NOV2,
     [("Friday", "DATE", "2026-10-30"), ("the previous Friday", "DATE", "2026-10-23")]),
    ("The ferry left port on Wednesday, Oct. 14." + _BACKGROUND
     + "It docked in Lisbon the following Monday.", NOV2,
     [("Wednesday, Oct. 14", "DATE", "2026-10-14"), ("the following Monday", "DATE", "2026-10-19")]),
    # with no day written before it, it is still read from the publication date
    ("The index closed 3% below its level of the previous Friday.", NOV2,
     [("the previous Friday", "DATE", "2026-10-30")]),
]


@pytest.mark.parametrize("text,anchor,expected", ANAPHOR_ROWS, ids=[row_text(r)[:40] for r in ANAPHOR_ROWS])
def test_time_round17_weekday_anaphor_reads_the_stories_last_day(text: str, anchor: date,
                                                                  expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


EXTENSION_ROWS: list[Row | Any] = [
    ("A group of banks has extended the carmaker $200 million in credit lines through January.", OCT29,
     [("January", "DATE", "2027-01")]),
    ("The ceasefire was extended until March 9, the mediators said.", OCT29, [("March 9", "DATE", "2027-03-09")]),
    ("The council renewed the peacekeeping mandate to June.", OCT29, [("June", "DATE", "2027-06")]),
    ("Officials prolonged the curfew until the end of January.", OCT29,
     [("the end of January", "DATE", "2027-01")]),
    # no extension: the past clause keeps the last such month
    ("Factory output rose through January, the agency said.", OCT29, [("January", "DATE", "2026-01")]),
    ("The strike ran until January.", OCT29, [("January", "DATE", "2026-01")]),
    # an extension in another sentence does not reach the date
    ("The league extended its season. Attendance fell through January.", OCT29, [("January", "DATE", "2026-01")]),
]


@pytest.mark.parametrize("text,anchor,expected", EXTENSION_ROWS, ids=[row_text(r)[:40] for r in EXTENSION_ROWS])
def test_time_round17_extension_end_point_lies_ahead(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


_LEAD = "Harbor Freight Lines said its third-quarter profit rose 9% on higher container rates. "

FIGURE_ROWS: list[Row | Any] = [
    (_LEAD + "Its trucking arm earned $14 million, compared with a loss of $2 million last year.", OCT29,
     [("third-quarter", "DATE", "2026-Q3"), ("last year", "DATE", "2025-Q3")]),
    (_LEAD + "Revenue climbed to $410 million, or $3.10 a share, from $380 million, or $2.85 a share, last year.",
     OCT29, [("third-quarter", "DATE", "2026-Q3"), ("last year", "DATE", "2025-Q3")]),
    (_LEAD + "Freight volume was up 6% from last year's 1.2 million containers.", OCT29,
     [("third-quarter", "DATE", "2026-Q3"), ("last year", "DATE", "2025-Q3")]),
    # no compared figure, or a figure that is the new one: the year
    (_LEAD + "The company bought 40 new trucks last year.", OCT29,
     [("third-quarter", "DATE", "2026-Q3"), ("last year", "DATE", "2025")]),
    (_LEAD + "Last year, the company earned $51 million.", OCT29,
     [("third-quarter", "DATE", "2026-Q3"), ("Last year", "DATE", "2025")]),
    (_LEAD + "Revenue rose from $300 million in 2023 to $380 million last year.", OCT29,
     [("third-quarter", "DATE", "2026-Q3"), ("2023", "DATE", "2023"), ("last year", "DATE", "2025")]),
    # no quarter in the story: the compared figure's "last year" is the year
    ("Exports rose to $3 billion from $2.6 billion last year, the ministry said.", OCT29,
     [("last year", "DATE", "2025")]),
]


@pytest.mark.parametrize("text,anchor,expected", FIGURE_ROWS, ids=[row_text(r)[:60] for r in FIGURE_ROWS])
def test_time_round17_last_year_of_a_compared_figure_is_the_reported_period(
        text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


YEAR_PERIOD_ROWS: list[Row | Any] = [
    # "the year ended Aug. 31" is the reported period: a compared "last year" / "a year earlier" is the year before
    (_LEAD + "Net income for the year ended Aug. 31 was $40 million, down from $52 million last year.", OCT29,
     [("third-quarter", "DATE", "2026-Q3"), ("the year", "DURATION", "P1Y"), ("Aug. 31", "DATE", "2026-08-31"),
      ("last year", "DATE", "2025")]),
    (_LEAD + "For the year ended Aug. 31, sales were $1.6 billion, against $1.4 billion a year earlier.", OCT29,
     [("third-quarter", "DATE", "2026-Q3"), ("the year", "DURATION", "P1Y"), ("Aug. 31", "DATE", "2026-08-31"),
      ("a year earlier", "DATE", "2025")]),
]


@pytest.mark.parametrize("text,anchor,expected", YEAR_PERIOD_ROWS, ids=[row_text(r)[:60] for r in YEAR_PERIOD_ROWS])
def test_time_round17_the_year_ended_is_a_reported_period(text: str, anchor: date,
                                                           expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


RESULTS_ROWS: list[Row | Any] = [
    # "last year's results" in a story about a quarter: the reported period a year before, as "the year-ago results"
    (_LEAD + "Last year's results were hurt by a $12 million charge for a closed terminal.", OCT29,
     [("third-quarter", "DATE", "2026-Q3"), ("Last year", "DATE", "2025-Q3")]),
    (_LEAD + "Analysts said last year's earnings had been flattered by a tax credit.", OCT29,
     [("third-quarter", "DATE", "2026-Q3"), ("last year", "DATE", "2025-Q3")]),
    # another possessed thing, or no quarter in the story: the year
    (_LEAD + "Last year's strike at the port cost the company $8 million.", OCT29,
     [("third-quarter", "DATE", "2026-Q3"), ("Last year", "DATE", "2025")]),
    ("Last year's results were hurt by a strike, the carmaker said.", OCT29, [("Last year", "DATE", "2025")]),
]


@pytest.mark.parametrize("text,anchor,expected", RESULTS_ROWS, ids=[row_text(r)[:60] for r in RESULTS_ROWS])
def test_time_round17_last_years_results_are_the_reported_period(text: str, anchor: date,
                                                                 expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


YEAR_END_ROWS: list[Row | Any] = [
    ("The Nikkei has gained 14% since year-end.", OCT29, [("year-end", "DATE", "2025-12-31")]),
    ("Copper is down 6% since the end of the year, traders said.", OCT29,
     [("the end of the year", "DATE", "2025-12-31")]),
    # a target is the year, as before
    ("The merger is expected to close by year-end.", OCT29, [("year-end", "DATE", "2026")]),
    ("The sale should be completed around year end.", OCT29, [("around year end", "DATE", "2026")]),
]


@pytest.mark.parametrize("text,anchor,expected", YEAR_END_ROWS, ids=[row_text(r)[:40] for r in YEAR_END_ROWS])
def test_time_round17_since_year_end_is_the_last_december_31(text: str, anchor: date,
                                                             expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


SHARED_PLURAL_ROWS: list[Row | Any] = [
    ("The night ferry sails on Friday and Saturday nights.", OCT29,
     [("Friday", "SET", "XXXX-WXX-5TNI"), ("Saturday nights", "SET", "XXXX-WXX-6TNI")]),
    ("The library stays open on Tuesday and Thursdays.", OCT29,
     [("Tuesday", "SET", "XXXX-WXX-2"), ("Thursdays", "SET", "XXXX-WXX-4")]),
    # two single days stay days
    ("The talks were held on Monday and Tuesday.", OCT29,
     [("Monday", "DATE", "2026-10-26"), ("Tuesday", "DATE", "2026-10-27")]),
    ("Fans queued on Monday and Tuesday night for tickets.", OCT29,
     [("Monday", "DATE", "2026-10-26"), ("Tuesday night", "DATE", "2026-10-27")]),
]


@pytest.mark.parametrize("text,anchor,expected", SHARED_PLURAL_ROWS, ids=[row_text(r)[:40] for r in SHARED_PLURAL_ROWS])
def test_time_round17_weekday_shares_a_following_plural(text: str, anchor: date,
                                                        expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


POINT_AHEAD_ROWS: list[Row | Any] = [
    ("The bonds will be repaid in five years, the treasury said.", OCT29, [("five years", "DATE", "2031")]),
    ("The new rules would take effect in six months.", OCT29, [("six months", "DATE", "2027-04")]),
    ("The verdict is expected to be announced in 10 days.", OCT29, [("10 days", "DATE", "2026-11-08")]),
    ("The mine will close in two years' time.", OCT29, [("two years", "DATE", "2028")]),
    ("The plant will be profitable in a year or two, its manager said.", OCT29, [("a year", "DATE", "FUTURE_REF")]),
    # a stretch: a past clause, "within", an approximator, "of" after it
    ("The union held three strikes in two years.", OCT29, [("two years", "DURATION", "P2Y")]),
    ("Inspectors will report within two weeks.", OCT29, [("two weeks", "DURATION", "P2W")]),
    ("Output should double in about five years.", OCT29, [("about five years", "DURATION", "P5Y")]),
    ("The deal will end in two years of losses, critics say.", OCT29, [("two years", "DURATION", "P2Y")]),
]


@pytest.mark.parametrize("text,anchor,expected", POINT_AHEAD_ROWS, ids=[row_text(r)[:40] for r in POINT_AHEAD_ROWS])
def test_time_round17_in_an_amount_ahead_is_that_point(text: str, anchor: date,
                                                       expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


APPOSITION_ROWS: list[Row | Any] = [
    ("Shares peaked on Oct. 9, the day before the central bank raised rates.", OCT29,
     [("Oct. 9", "DATE", "2026-10-09"), ("the day", "DATE", "2026-10-09")]),
    ("The border reopened on Sunday, the day after the ceasefire took hold.", OCT29,
     [("Sunday", "DATE", "2026-10-25"), ("the day", "DATE", "2026-10-25")]),
    # "the day" as the subject of a new clause is no apposition
    ("On Friday, the day was hot and dry.", OCT29, [("Friday", "DATE", "2026-10-23")]),
]


@pytest.mark.parametrize("text,anchor,expected", APPOSITION_ROWS, ids=[row_text(r)[:40] for r in APPOSITION_ROWS])
def test_time_round17_the_day_in_apposition_to_a_day(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


NOV12 = date(2026, 11, 12)  # in the fourth calendar quarter, which is not over

FISCAL_QUARTER_ROWS: list[Row | Any] = [
    # a fiscal quarter reported in a past clause is over, though its label is the running calendar quarter
    ("Orchard Foods reported a 30% drop in fourth-quarter profit. Sales in the latest period were $2.1 billion, up "
     "from last year's $1.9 billion.", NOV12,
     [("fourth-quarter", "DATE", "2026-Q4"), ("the latest period", "DATE", "2026-Q4"),
      ("last year", "DATE", "2025-Q4")]),
    # a quarter still ahead (a future clause) is not the latest one
    ("Orchard Foods expects a fourth-quarter charge of $30 million. In the latest quarter, sales rose 4%.", NOV12,
     [("fourth-quarter", "DATE", "2026-Q4"), ("the latest quarter", "DATE", "2026-Q3")]),
]


@pytest.mark.parametrize("text,anchor,expected", FISCAL_QUARTER_ROWS,
                         ids=[row_text(r)[:40] for r in FISCAL_QUARTER_ROWS])
def test_time_round17_reported_fiscal_quarter_is_the_latest(text: str, anchor: date,
                                                            expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text
