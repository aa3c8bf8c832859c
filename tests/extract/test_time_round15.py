"""Time expressions, round 15: earnings copy keeps its reported quarter over several paragraphs, a first possible day
lies ahead ("as soon as Tuesday"), an -ed word after a determiner is no past verb, a reported clause's own future cue
outweighs the reporting verb after it, and "the past" before an amount is an adjective ("the past three summers").

Own sentences; each row is (text, publication day, [(expression, type, value)]).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from .time_rows import Row, got, row_text

OCT28 = date(2026, 10, 28)  # a Wednesday, in the fourth quarter
NOV18 = date(2026, 11, 18)  # a Wednesday
NOV19 = date(2026, 11, 19)  # a Thursday

#: Three paragraphs without a time word or a quarter word, so the comparison comes far after the lead.
_FILLER = (
    "\n\nThe maker of industrial pumps and valves cited strong demand from water utilities in Europe and Asia, "
    "and said orders from mining customers had picked up as metal prices firmed.\n\n"
    "Its chief executive, who took over from the founder's son, told analysts on a call that the firm would keep "
    "investing in its plant in Ohio and in a new research centre near Lyon, despite higher costs for steel.\n\n"
    "Shares of the company rose 3% in heavy trading on the New York Stock Exchange, while the broader market "
    "slipped, and two brokerages raised their price targets for the stock after the results.\n\n"
)

QUARTER_ROWS: list[Row | Any] = [
    # the lead names the quarter; the comparison comes some 700 characters on
    ("Acme Pumps said its third-quarter net income rose 12% to $4.2 million." + _FILLER
     + "A year earlier, net income was $3.7 million on sales of $61 million.", OCT28,
     [("third-quarter", "DATE", "2026-Q3"), ("A year earlier", "DATE", "2025-Q3")]),
    ("Orion Valves reported higher quarterly profit, helped by a weaker dollar." + _FILLER
     + "Profit was $8 million, up from $6 million a year ago.", OCT28,
     [("a year ago", "DATE", "2025-Q3")]),
]

FRACTION_ROWS: list[Row | Any] = [
    # a fraction is no earnings quarter: "a year ago" stays the year
    ("A quarter of the staff left the charity. A year ago, it had 400 volunteers.", OCT28,
     [("A year ago", "DATE", "2025")]),
    ("Three quarters of the voters backed the plan, up from half a year ago.", OCT28,
     [("a year ago", "DATE", "2025")]),
]

QUARTER_FRACTION_ROWS: list[Row | Any] = [
    ("Three quarters of the members voted for the merger.", OCT28, []),
    # an amount of quarters with no determiner after "of" is still a stretch of time
    ("The economy shrank for two quarters of falling output.", OCT28, [("two quarters", "DURATION", "P2Q")]),
]

FIRST_DAY_ROWS: list[Row | Any] = [
    # the first day something may happen lies ahead, even in reported speech
    ("The convoy would be ready to leave as soon as Tuesday, the governor said.", NOV19,
     [("Tuesday", "DATE", "2026-11-24")]),
    ("A vote in the upper house could come as early as Friday, aides said.", NOV18,
     [("Friday", "DATE", "2026-11-20")]),
    ("The ministry said the plant would restart no earlier than March 3.", NOV18,
     [("March 3", "DATE", "2027-03-03")]),
]

ED_ADJECTIVE_ROWS: list[Row | Any] = [
    # "damaged", "stalled" describe a noun: the clause's verb is "will"/"would"
    ("Engineers will reopen the damaged bridge on Monday.", NOV18, [("Monday", "DATE", "2026-11-23")]),
    ("The envoys would resume the stalled talks on Tuesday, officials said.", NOV18,
     [("Tuesday", "DATE", "2026-11-24")]),
    # a real past verb still reads back
    ("Engineers reopened the bridge on Monday.", NOV18, [("Monday", "DATE", "2026-11-16")]),
]

REPORTED_FUTURE_ROWS: list[Row | Any] = [
    # the reported clause's own "would" is far before the weekday, the reporting verb near after it
    ("The refugees would be ready to board the ships for the long crossing home on Saturday, the governor said.",
     NOV18, [("Saturday", "DATE", "2026-11-21")]),
    # with no future cue before it, a near reporting verb after the weekday still reads it back
    ("Rescue teams from three provinces searched the flooded valley on Saturday, the governor said.", NOV18,
     [("Saturday", "DATE", "2026-11-14")]),
]

PAST_BEFORE_AMOUNT_ROWS: list[Row | Any] = [
    ("Turnout fell in each of the past 10 elections.", NOV18, []),
    ("Ticket sales have doubled over the past few seasons.", NOV18, []),
    # the noun "the past" stays a past reference
    ("In the past, the ferry ran twice a week.", NOV18,
     [("the past", "DATE", "PAST_REF"), ("twice a week", "SET", "P1W")]),
]

SEASON_SET_ROWS: list[Row | Any] = [
    ("The reservoir ran dry in the past three summers.", NOV18, [("the past three summers", "SET", "XXXX-SU")]),
    ("Skiers stayed away during the last few winters.", NOV18, [("the last few winters", "SET", "XXXX-WI")]),
    ("Forecasters expect floods in the next two springs.", NOV18, [("the next two springs", "SET", "XXXX-SP")]),
]


CALENDAR_NUMBER_ROWS: list[Row | Any] = [
    # the day of a date or a clock time before "a year" / "a day" is no amount of a rate
    ("The treaty was signed on March 3, a year after the war ended.", NOV18,
     [("March 3", "DATE", "2026-03-03"), ("a year", "DURATION", "P1Y")]),
    ("At 3 p.m., a day after the blast, rescuers reached the mine.", NOV18,
     [("3 p.m.", "TIME", "2026-11-18T15:00"), ("a day", "DURATION", "P1D")]),
    # an amount still makes a rate
    ("The plant makes 300 tractors a day.", NOV18, []),
]

FINAL_PERIOD_ROWS: list[Row | Any] = [
    ("Output fell in the final quarter of 2025.", NOV18, [("the final quarter of 2025", "DATE", "2025-Q4")]),
    ("Margins shrank in the last quarter of last year.", NOV18,
     [("the last quarter of last year", "DATE", "2025-Q4")]),
    ("Hiring slowed in the latter half of 2025.", NOV18, [("the latter half of 2025", "DATE", "2025-H2")]),
    # with no year, a final quarter is a game's
    ("The striker scored twice in the final quarter.", NOV18, []),
]


WEEK_ENDING_ROWS: list[Row | Any] = [
    # the seven days ending on that weekday: its ISO week (Friday Nov. 13 is in 2026-W46)
    ("Jobless claims rose in the week ended Friday.", NOV18, [("the week ended Friday", "DATE", "2026-W46")]),
    ("The figures will cover the week ending Saturday.", NOV18, [("the week ending Saturday", "DATE", "2026-W47")]),
]

PASSIVE_REPORTING_ROWS: list[Row | Any] = [
    # "announced", "reported" after "will be" are participles: "will" decides
    ("The results will be announced on Friday.", NOV18, [("Friday", "DATE", "2026-11-20")]),
    ("The winners would be reported on Friday.", NOV18, [("Friday", "DATE", "2026-11-20")]),
    ("The results were announced on Friday.", NOV18, [("Friday", "DATE", "2026-11-13")]),
]

CLAUSE_BREAK_ROWS: list[Row | Any] = [
    # the past verb after the relative clause is the main clause's, not the weekday's
    ("The suspect, who will appear in court on Monday, was arrested at the border.", NOV18,
     [("Monday", "DATE", "2026-11-23")]),
    # with no cue before the weekday, the verb after it still decides
    ("The talks on Monday, which ended without a deal, were tense.", NOV18, [("Monday", "DATE", "2026-11-16")]),
]


MONTH_DAY_YEAR_ROWS: list[Row | Any] = [
    # the year named after the month-day is part of the expression and decides it
    ("The mine was closed on March 3 last year.", NOV18, [("March 3 last year", "DATE", "2025-03-03")]),
    ("The levy was lifted on Jan. 5 this year.", NOV18, [("Jan. 5 this year", "DATE", "2026-01-05")]),
    ("The new tariff applies from Feb. 1 next year.", NOV18, [("Feb. 1 next year", "DATE", "2027-02-01")]),
]


MODAL_ROWS: list[Row | Any] = [
    # "may" and "might" look ahead, also after a reporting verb
    ("Aides said the Senate may vote on the bill Monday.", NOV18, [("Monday", "DATE", "2026-11-23")]),
    ("Diplomats said the envoys might meet again on Friday.", NOV18, [("Friday", "DATE", "2026-11-20")]),
    # a perfect after the modal is the past
    ("Police said the gunman may have fled the city on Monday.", NOV18, [("Monday", "DATE", "2026-11-16")]),
]


def _ids(rows: list[Row | Any]) -> list[str]:
    return [row_text(row)[:60] for row in rows]


@pytest.mark.parametrize("text,anchor,expected", QUARTER_ROWS, ids=_ids(QUARTER_ROWS))
def test_time_round15_year_ago_in_earnings_copy_is_the_quarter(text: str, anchor: date,
                                                              expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


@pytest.mark.parametrize("text,anchor,expected", FRACTION_ROWS, ids=_ids(FRACTION_ROWS))
def test_time_round15_fraction_quarter_is_no_earnings_copy(text: str, anchor: date,
                                                          expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


@pytest.mark.parametrize("text,anchor,expected", QUARTER_FRACTION_ROWS, ids=_ids(QUARTER_FRACTION_ROWS))
def test_time_round15_quarters_of_a_whole_are_a_fraction(text: str, anchor: date,
                                                        expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


@pytest.mark.parametrize("text,anchor,expected", FIRST_DAY_ROWS, ids=_ids(FIRST_DAY_ROWS))
def test_time_round15_first_possible_day_lies_ahead(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


@pytest.mark.parametrize("text,anchor,expected", ED_ADJECTIVE_ROWS, ids=_ids(ED_ADJECTIVE_ROWS))
def test_time_round15_ed_word_after_determiner_is_no_past_verb(text: str, anchor: date,
                                                              expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


@pytest.mark.parametrize("text,anchor,expected", REPORTED_FUTURE_ROWS, ids=_ids(REPORTED_FUTURE_ROWS))
def test_time_round15_future_cue_outweighs_reporting_verb(text: str, anchor: date,
                                                         expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


@pytest.mark.parametrize("text,anchor,expected", PAST_BEFORE_AMOUNT_ROWS, ids=_ids(PAST_BEFORE_AMOUNT_ROWS))
def test_time_round15_the_past_before_amount_is_no_reference(text: str, anchor: date,
                                                            expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


@pytest.mark.parametrize("text,anchor,expected", SEASON_SET_ROWS, ids=_ids(SEASON_SET_ROWS))
def test_time_round15_seasons_of_several_years_are_a_set(text: str, anchor: date,
                                                        expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


@pytest.mark.parametrize("text,anchor,expected", CALENDAR_NUMBER_ROWS, ids=_ids(CALENDAR_NUMBER_ROWS))
def test_time_round15_date_number_is_no_rate_amount(text: str, anchor: date,
                                                   expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


@pytest.mark.parametrize("text,anchor,expected", FINAL_PERIOD_ROWS, ids=_ids(FINAL_PERIOD_ROWS))
def test_time_round15_final_part_of_a_year(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


@pytest.mark.parametrize("text,anchor,expected", WEEK_ENDING_ROWS, ids=_ids(WEEK_ENDING_ROWS))
def test_time_round15_week_ending_a_weekday(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


@pytest.mark.parametrize("text,anchor,expected", PASSIVE_REPORTING_ROWS, ids=_ids(PASSIVE_REPORTING_ROWS))
def test_time_round15_passive_reporting_verb_is_no_past_cue(text: str, anchor: date,
                                                           expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


@pytest.mark.parametrize("text,anchor,expected", CLAUSE_BREAK_ROWS, ids=_ids(CLAUSE_BREAK_ROWS))
def test_time_round15_cue_after_clause_break_is_another_clause(text: str, anchor: date,
                                                              expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


@pytest.mark.parametrize("text,anchor,expected", MONTH_DAY_YEAR_ROWS, ids=_ids(MONTH_DAY_YEAR_ROWS))
def test_time_round15_month_day_with_named_year(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


@pytest.mark.parametrize("text,anchor,expected", MODAL_ROWS, ids=_ids(MODAL_ROWS))
def test_time_round15_may_and_might_look_ahead(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text
