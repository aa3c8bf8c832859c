"""Round 6 of "modern news wording": sets, open-ended spans, relative days, financial periods,
non-times that look like times, and wire headlines/datelines.

Each row is (text, anchor, expected): ``expected`` lists every time expression of the text as
(extent, TIMEX3 type, value), or (extent, type, value, end_value) when the row pins a span's
last day. The sentences are our own. Values follow the TimeML/TIMEX3 guidelines and, where
they are silent, the TempEval-3 dev answer key: signals ("since", "until", "as of") stay
outside the extent; a frequency ("twice a year", "three times a week") is a SET whose value is
the period (the count is TimeML's ``freq``, not in the value); adverbial "annually" is a SET,
the adjective "annual" is no expression, "daily"/"weekly" before a noun are SETs as the gold
tags them ("daily public", "weekly radio address"), but "quarterly" is never tagged there,
as adjective or adverb ("quarterly dividend", "adjusted quarterly"); a length used as a modifier ("the 24-hour news cycle") is
a DURATION, an age ("a 45-year-old man") is none; "year-on-year" and "quarter-on-quarter" are
no expressions. A fractional amount is written with the next smaller unit ("5 1/2 hours" is
PT5H30M in the gold), so "a year and a half" is P1Y6M; "full-year" is the year, as the gold
writes "the full year".
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from .time_rows import Row, got, row_text

THU = date(2025, 11, 13)  # a Thursday (ISO week 46)
MON = date(2025, 11, 17)  # a Monday (ISO week 47)
NOV3 = date(2025, 11, 3)  # a Monday
NOV12 = date(2025, 11, 12)  # a Wednesday


ROWS: list[Row | Any] = [
    # --- sets: frequencies, quantified days and months, adverbs vs adjectives
    ("The oversight committee meets every two weeks.", THU, [("every two weeks", "SET", "P2W")]),
    ("Inspectors visit the reactor twice a year.", THU, [("twice a year", "SET", "P1Y")]),
    ("The ferry to the island sails three times a week.", THU, [("three times a week", "SET", "P1W")]),
    ("Fuel prices are reviewed once a month by the regulator.", THU, [("once a month", "SET", "P1M")]),
    ("Twice a month, volunteers clear litter from the beach.", THU, [("Twice a month", "SET", "P1M")]),
    ("Officials will give updates twice daily until the fire is out.", THU, [("twice daily", "SET", "P1D")]),
    ("The growers' fair is held each March in the valley.", THU, [("each March", "SET", "XXXX-03")]),
    ("Recycling bins are emptied every other Tuesday.", THU, [("every other Tuesday", "SET", "XXXX-WXX-2")]),
    ("The panel convenes every other week to review claims.", THU, [("every other week", "SET", "P2W")]),
    ("The licence fee is adjusted annually.", THU, [("annually", "SET", "P1Y")]),
    ("Shareholders backed the plan at the annual meeting on Monday.", THU, [("Monday", "DATE", "2025-11-10")]),
    ("The governor holds a daily briefing on the outbreak.", THU, [("daily", "SET", "P1D")]),
    ("The premier gave her weekly radio address on Saturday.", THU,
     [("weekly", "SET", "P1W"), ("Saturday", "DATE", "2025-11-08")]),
    ("The trust reports its holdings quarterly.", THU, []),
    ("The utility raised its quarterly dividend by 4%.", THU, []),
    ("Each spring, thousands of pilgrims climb the mountain.", THU, [("Each spring", "SET", "XXXX-SP")]),
    ("The market is open Saturday mornings.", THU, [("Saturday mornings", "SET", "XXXX-WXX-6TMO")]),
    ("The shuttle leaves the terminal every 15 minutes.", THU, [("every 15 minutes", "SET", "PT15M")]),
    ("The games are staged every four years.", THU, [("every four years", "SET", "P4Y")]),
    ("A census is carried out every decade.", THU, [("every decade", "SET", "P10Y")]),
    ("Commuter trains run several times a day on the branch line.", THU, [("several times a day", "SET", "P1D")]),
    ("Night buses run once every two weeks on the coast route.", THU, [("once every two weeks", "SET", "P2W")]),
    # --- open-ended spans: the signal stays outside
    ("Prices have risen 30% since 2019.", THU, [("2019", "DATE", "2019")]),
    ("The lake has been shrinking since last March.", THU, [("last March", "DATE", "2025-03")]),
    ("The currency has lost 12% since the start of the year.", THU, [("the start of the year", "DATE", "2025")]),
    ("The moratorium will stay in place until 2030.", THU, [("2030", "DATE", "2030")]),
    ("The lease runs through 2027.", THU, [("2027", "DATE", "2027")]),
    ("As of June 30, the fund held $4 billion in assets.", THU, [("June 30", "DATE", "2025-06-30")]),
    ("As of Monday, 40 people remained missing.", THU, [("Monday", "DATE", "2025-11-10")]),
    ("The bridge has been closed since mid-October.", THU, [("mid-October", "DATE", "2025-10")]),
    ("Fighting has continued since Sunday.", THU, [("Sunday", "DATE", "2025-11-09")]),
    ("Rates will stay on hold until at least next spring.", THU, [("next spring", "DATE", "2026-SP")]),
    ("The discount is valid until the end of January.", THU, [("the end of January", "DATE", "2026-01")]),
    ("The tally was last updated as of 5 p.m. on Wednesday.", THU,
     [("5 p.m. on Wednesday", "TIME", "2025-11-12T17:00")]),
    ("The suspect had been on the run since 2021.", THU, [("2021", "DATE", "2021")]),
    ("Talks have been stalled since the summer.", THU, [("the summer", "DATE", "2025-SU")]),
    ("Prices have been capped since Jan. 1.", THU, [("Jan. 1", "DATE", "2025-01-01")]),
    ("The exhibit will run through Sunday.", THU, [("Sunday", "DATE", "2025-11-16")]),
    ("The tariffs remain in effect through the end of 2026.", THU, [("the end of 2026", "DATE", "2026")]),
    ("Deliveries are scheduled to begin by mid-2027.", THU, [("mid-2027", "DATE", "2027")]),
    ("The two sides have until Dec. 31 to reach a deal.", THU, [("Dec. 31", "DATE", "2025-12-31")]),
    ("The stock has doubled since its debut in March.", THU, [("March", "DATE", "2025-03")]),
    # --- days counted from another day, neighbouring weeks, parts of days
    ("The talks collapsed the weekend before last.", THU, [("the weekend before last", "DATE", "2025-W44-WE")]),
    ("The verdict is due a week from today.", THU, [("a week from today", "DATE", "2025-11-20")]),
    ("The referendum will be held two weeks from Monday.", THU, [("two weeks from Monday", "DATE", "2025-12-01")]),
    ("The plant will restart three days from now.", THU, [("three days from now", "DATE", "2025-11-16")]),
    ("A new board will be in place a month from now.", THU, [("a month from now", "DATE", "2025-12")]),
    ("Jobless claims fell 5% from the previous week.", THU, [("the previous week", "DATE", "2025-W45")]),
    ("Mortgage rates edged up from the prior week.", THU, [("the prior week", "DATE", "2025-W45")]),
    ("The strike began on Nov. 4 and ended the following Friday.", THU,
     [("Nov. 4", "DATE", "2025-11-04"), ("the following Friday", "DATE", "2025-11-07")]),
    ("The ceasefire collapsed late on Tuesday.", THU, [("late on Tuesday", "DATE", "2025-11-11")]),
    ("The bill cleared the Senate late Tuesday.", THU, [("late Tuesday", "DATE", "2025-11-11")]),
    ("Rebels attacked the base early Wednesday.", THU, [("early Wednesday", "DATE", "2025-11-12")]),
    ("The convoy will set off early on Saturday.", THU, [("early on Saturday", "DATE", "2025-11-15")]),
    ("Rescuers reached the village at midday Friday.", THU, [("midday Friday", "TIME", "2025-11-07T12:00")]),
    ("The offensive began at dawn on Sunday.", THU, [("dawn on Sunday", "TIME", "2025-11-09TMO")]),
    ("The storm made landfall at dusk on Monday.", THU, [("dusk on Monday", "TIME", "2025-11-10TEV")]),
    ("Tuesday's meeting ended without a deal.", THU, [("Tuesday", "DATE", "2025-11-11")]),
    ("Lawmakers are preparing for Monday's vote.", THU, [("Monday", "DATE", "2025-11-17")]),
    ("The rally took place this past Saturday.", THU, [("this past Saturday", "DATE", "2025-11-08")]),
    ("The earthquake struck just before midnight on Saturday.", THU,
     [("just before midnight on Saturday", "TIME", "2025-11-08T24:00")]),
    ("The airport will be closed from 11 p.m. Friday to 5 a.m. Saturday.", THU,
     [("11 p.m. Friday", "TIME", "2025-11-14T23:00"), ("5 a.m. Saturday", "TIME", "2025-11-15T05:00")]),
    ("The ministry said on Thursday it would publish the figures on Friday.", THU,
     [("Thursday", "DATE", "2025-11-13"), ("Friday", "DATE", "2025-11-14")]),
    ("Fresh talks are set for the weekend.", THU, [("the weekend", "DATE", "2025-W46-WE")]),
    ("The envoy will visit in the second week of December.", THU,
     [("the second week of December", "DATE", "2025-W50")]),
    ("The minister resigned in the spring of 2024.", THU, [("the spring of 2024", "DATE", "2024-SP")]),
    ("The firm was founded a decade ago.", THU, [("a decade ago", "DATE", "2015")]),
    # --- financial periods
    ("Revenue rose 8% in the first half, the company said.", THU, [("the first half", "DATE", "2025-H1")]),
    ("The company expects demand to recover in the second half of 2026.", THU,
     [("the second half of 2026", "DATE", "2026-H2")]),
    ("Sales have grown 15% over the past 12 months.", THU, [("the past 12 months", "DURATION", "P12M")]),
    ("Earnings over the trailing twelve months reached $2 billion.", THU,
     [("the trailing twelve months", "DURATION", "P12M")]),
    ("The carmaker cut its full-year forecast on Tuesday.", THU,
     [("full-year", "DATE", "2025"), ("Tuesday", "DATE", "2025-11-11")]),
    ("Exports grew 5% year-on-year in October.", THU, [("October", "DATE", "2025-10")]),
    ("Profit jumped in the September quarter.", THU, [("the September quarter", "DATE", "2025-Q3")]),
    ("Revenue grew 4% quarter-on-quarter.", THU, []),
    ("The bank plans to close the deal by the end of Q3.", THU, [("the end of Q3", "DATE", "2026-Q3")]),
    ("Revenue in the most recent quarter beat forecasts.", THU, [("the most recent quarter", "DATE", "2025-Q3")]),
    ("The fund returned 7% in the 12 months to June.", THU,
     [("the 12 months", "DURATION", "P12M"), ("June", "DATE", "2025-06")]),
    ("Same-store sales rose in the three months to September.", THU,
     [("the three months", "DURATION", "P3M"), ("September", "DATE", "2025-09")]),
    ("BRIEF-Acme Corp posts Q3 revenue of $2 bln", THU, [("Q3", "DATE", "2025-Q3")]),
    ("Margins improved year over year in the third quarter.", THU, [("the third quarter", "DATE", "2025-Q3")]),
    # --- durations
    ("The embassy has been shut for the past fortnight.", THU, [("the past fortnight", "DURATION", "P2W")]),
    ("Rebels have held the town for a year and a half.", THU, [("a year and a half", "DURATION", "P1Y6M")]),
    ("Nearly 18 months after the flood, repairs continue.", THU, [("Nearly 18 months", "DURATION", "P18M")]),
    ("The dollar fell to its lowest in three weeks.", THU, [("three weeks", "DURATION", "P3W")]),
    ("Results are expected within the next 48 hours.", THU, [("the next 48 hours", "DURATION", "PT48H")]),
    ("The airline has been grounded for almost a month.", THU, [("almost a month", "DURATION", "P1M")]),
    ("It was the hottest day in more than a century.", THU, [("more than a century", "DURATION", "P100Y")]),
    ("He was jailed for six years in 2019.", THU, [("six years", "DURATION", "P6Y"), ("2019", "DATE", "2019")]),
    ("Within hours, the video had spread widely.", THU, [("hours", "DURATION", "PTXH")]),
    ("The index closed at a two-year high.", THU, [("two-year", "DURATION", "P2Y")]),
    # --- ages, names and numbers that are no times
    ("A 45-year-old man was arrested at the scene.", THU, []),
    ("The scandal dominated the 24-hour news cycle.", THU, [("24-hour", "DURATION", "PT24H")]),
    ("Doctors are caring for a two-day-old baby found in the park.", THU, []),
    ("The diner on Route 66 reopened on Saturday.", THU, [("Saturday", "DATE", "2025-11-08")]),
    ("Three Fortune 500 companies backed the plan.", THU, []),
    ("Formula One returns to Las Vegas next week.", THU, [("next week", "DATE", "2025-W47")]),
    ("Leaders of the G7 will meet in June.", THU, [("June", "DATE", "2026-06")]),
    ("Theresa May spoke to reporters outside parliament.", THU, []),
    ("Prime Minister May met EU leaders on Monday.", THU, [("Monday", "DATE", "2025-11-10")]),
    ("Flight 1549 landed safely on the river.", THU, []),
    ("The family filed a Section 1983 lawsuit against the city.", THU, []),
    ("World War II veterans marched through the city.", THU, []),
    ("Covid-19 cases rose last week.", THU, [("last week", "DATE", "2025-W45")]),
    ("The striker scored in the 90th minute.", THU, []),
    # --- wire headlines and datelines
    ("UPDATE 3-Oil rises as supply fears grow", THU, []),
    ("UPDATE 2-Factory output jumps in October", THU, [("October", "DATE", "2025-10")]),
    ("UPDATE 1-Car sales slump in Oct, miss forecasts", THU, [("Oct", "DATE", "2025-10")]),
    ("The ministry was closed for two weeks from Monday.", THU,
     [("two weeks", "DURATION", "P2W"), ("Monday", "DATE", "2025-11-10", "2025-11-23")]),
    ("LONDON, Nov 3 (Reuters) - British retail sales fell in October.", NOV3,
     [("Nov 3", "DATE", "2025-11-03"), ("October", "DATE", "2025-10")]),
    ("Oil prices slipped on Monday (Nov 3) as traders weighed supply.", date(2025, 11, 4),
     [("Monday", "DATE", "2025-11-03"), ("Nov 3", "DATE", "2025-11-03")]),
    ("Nov 12 (Reuters) - Acme Corp said on Wednesday it would cut 500 jobs.", NOV12,
     [("Nov 12", "DATE", "2025-11-12"), ("Wednesday", "DATE", "2025-11-12")]),
    ("SEOUL, Nov. 12 (Yonhap) -- Exports are expected to rise next year.", NOV12,
     [("Nov. 12", "DATE", "2025-11-12"), ("next year", "DATE", "2026")]),
    ("WRAPUP 1-Markets brace for jobs data on Friday", MON, [("Friday", "DATE", "2025-11-21")]),
]


@pytest.mark.parametrize("text,anchor,expected", ROWS, ids=[row_text(row)[:60] for row in ROWS])
def test_time_round6_news_wording(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


def test_time_round6_has_about_a_hundred_sentences() -> None:
    assert len(ROWS) >= 100
    assert len({row_text(row) for row in ROWS}) == len(ROWS)
