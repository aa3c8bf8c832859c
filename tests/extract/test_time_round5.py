"""Round 5 of "modern news wording": wire-service phrasings the temporal tagger must read.

Each row is (text, anchor, expected): ``expected`` lists every time expression of
the text as (extent, TIMEX3 type, value), or (extent, type, value, end_value) when
the row pins a span's last day. The sentences are our own, written in the style of
Reuters/AP/AFP/Bloomberg copy. Values follow the TimeML/TIMEX3 guidelines; the
``mod`` attribute ("mid-December" is 2025-12 with MID) is not part of the tagger's
output and so is not checked here.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from dateline.extract.time import find_times

from .time_rows import Row, got, row_text

THU = date(2025, 11, 13)  # a Thursday
MON = date(2025, 11, 17)  # a Monday
DEC30 = date(2025, 12, 30)  # a Tuesday, two days before the new year
JAN3 = date(2026, 1, 3)  # a Saturday, just after the new year


ROWS: list[Row | Any] = [
    # --- vague positions in months, weeks, years, decades
    ("The central bank will publish its review later this month.", THU, [("later this month", "DATE", "2025-11")]),
    ("Negotiators hope to close a deal at the end of next week.", THU,
     [("the end of next week", "DATE", "2025-W47")]),
    ("Officials said more details would be released in the coming days.", THU,
     [("the coming days", "DATE", "FUTURE_REF")]),
    ("Analysts expect further rate cuts in the coming weeks.", THU, [("the coming weeks", "DATE", "FUTURE_REF")]),
    ("The new terminal is due to open in mid-December.", THU, [("mid-December", "DATE", "2025-12")]),
    ("The company said the outage began in late-October.", THU, [("late-October", "DATE", "2025-10")]),
    ("Production is expected to resume in early 2026.", THU, [("early 2026", "DATE", "2026")]),
    ("The trial was adjourned until the week after next.", THU, [("the week after next", "DATE", "2025-W48")]),
    ("Prices are up 4% from this time last year.", THU, [("this time last year", "DATE", "2024-11-13")]),
    ("Ministers will meet in the first week of March.", THU, [("the first week of March", "DATE", "2026-W10")]),
    ("The refinery should be back online by year-end.", THU, [("year-end", "DATE", "2025")]),
    ("The agency aims to phase out coal by the end of the decade.", THU,
     [("the end of the decade", "DATE", "202")]),
    ("Traders expect volumes to pick up after the turn of the year.", THU,
     [("the turn of the year", "DATE", "2026")]),
    ("The region's population has grown steadily through the 2020s.", THU, [("the 2020s", "DATE", "202")]),
    ("Sales slowed in mid-2025, the company said.", THU, [("mid-2025", "DATE", "2025")]),
    ("The plant closed in early September.", THU, [("early September", "DATE", "2025-09")]),
    ("Lawmakers will return at the start of next month.", THU, [("the start of next month", "DATE", "2025-12")]),
    ("Earlier this week, the ministry announced new tariffs.", THU, [("Earlier this week", "DATE", "2025-W46")]),
    ("Voting will take place later this year.", THU, [("later this year", "DATE", "2025")]),
    ("The embassy will reopen by the end of the month.", THU, [("the end of the month", "DATE", "2025-11")]),
    ("Growth was strongest in the late 1990s.", THU, [("the late 1990s", "DATE", "199")]),
    ("The startup was founded in the mid-2010s.", THU, [("the mid-2010s", "DATE", "201")]),
    ("The index hit a record at the end of last month.", THU, [("the end of last month", "DATE", "2025-10")]),
    ("The talks collapsed over the weekend.", THU, [("the weekend", "DATE", "2025-W45-WE")]),
    # --- ranges and lists: each endpoint is its own TIMEX3 (a range's first day keeps the last as end_value)
    ("The summit will run Dec. 3-5 in Lima.", THU,
     [("Dec. 3", "DATE", "2025-12-03", "2025-12-05"), ("5", "DATE", "2025-12-05")]),
    ("The fair will be held Dec 3 to 5.", THU,
     [("Dec 3", "DATE", "2025-12-03", "2025-12-05"), ("5", "DATE", "2025-12-05")]),
    ("The conference ran Oct. 28-30, organizers said.", THU,
     [("Oct. 28", "DATE", "2025-10-28", "2025-10-30"), ("30", "DATE", "2025-10-30")]),
    ("Talks were held on March 3 and 4 in Geneva.", THU,
     [("March 3", "DATE", "2025-03-03", "2025-03-04"), ("4", "DATE", "2025-03-04")]),
    ("The museum will be closed from Monday to Wednesday.", THU,
     [("Monday", "DATE", "2025-11-17", "2025-11-19"), ("Wednesday", "DATE", "2025-11-19")]),
    ("Output fell between 2019 and 2021.", THU, [("2019", "DATE", "2019"), ("2021", "DATE", "2021")]),
    ("The two leaders met on Monday and Tuesday.", THU,
     [("Monday", "DATE", "2025-11-10"), ("Tuesday", "DATE", "2025-11-11")]),
    ("Protests continued from Friday through Sunday.", THU,
     [("Friday", "DATE", "2025-11-07", "2025-11-09"), ("Sunday", "DATE", "2025-11-09")]),
    ("The strike will last from Dec. 1 to Dec. 5.", THU,
     [("Dec. 1", "DATE", "2025-12-01", "2025-12-05"), ("Dec. 5", "DATE", "2025-12-05")]),
    ("Voting took place between Nov. 1 and Nov. 3.", THU,
     [("Nov. 1", "DATE", "2025-11-01"), ("Nov. 3", "DATE", "2025-11-03")]),
    ("Flights were cancelled on Saturday and Sunday.", THU,
     [("Saturday", "DATE", "2025-11-08"), ("Sunday", "DATE", "2025-11-09")]),
    ("Temperatures will stay high from Friday until Monday.", THU,
     [("Friday", "DATE", "2025-11-14", "2025-11-17"), ("Monday", "DATE", "2025-11-17")]),
    ("The exhibition runs from Nov. 20 through Jan. 4.", THU,
     [("Nov. 20", "DATE", "2025-11-20", "2026-01-04"), ("Jan. 4", "DATE", "2026-01-04")]),
    # --- durations
    ("The ceasefire will expire in 48 hours.", THU, [("48 hours", "DURATION", "PT48H")]),
    ("Regulators must respond within 30 days.", THU, [("30 days", "DURATION", "P30D")]),
    ("The plant will run at reduced capacity for the next two years.", THU,
     [("the next two years", "DURATION", "P2Y")]),
    ("Shares have dropped 8% over the past 24 hours.", THU, [("the past 24 hours", "DURATION", "PT24H")]),
    ("Washington agreed to a 90-day pause on the tariffs.", THU, [("90-day", "DURATION", "P90D")]),
    pytest.param(
        "The administration reached the 100-day mark on Tuesday.", THU,
        [("100-day", "DURATION", "P100D"), ("Tuesday", "DATE", "2025-11-11")],
    ),
    ("Rescue teams worked for 36 straight hours.", THU, [("36 straight hours", "DURATION", "PT36H")]),
    ("The company has cut 2,000 jobs over the last 12 months.", THU, [("the last 12 months", "DURATION", "P12M")]),
    ("The program will be extended for another six months.", THU, [("another six months", "DURATION", "P6M")]),
    ("Officials have a two-week window to file an appeal.", THU, [("two-week", "DURATION", "P2W")]),
    ("The hostages were freed after 15 months in captivity.", THU, [("15 months", "DURATION", "P15M")]),
    ("The lender posted its weakest growth in nearly a decade.", THU, [("nearly a decade", "DURATION", "P10Y")]),
    ("The bill will be debated over the next few weeks.", THU, [("the next few weeks", "DURATION", "PXW")]),
    ("Oil prices have climbed for three consecutive weeks.", THU, [("three consecutive weeks", "DURATION", "P3W")]),
    ("Two years ago, the firm nearly collapsed.", THU, [("Two years ago", "DATE", "2023")]),
    # --- ISO and numeric dates
    ("The filing is dated 2025-11-03.", THU, [("2025-11-03", "DATE", "2025-11-03")]),
    ("The notice, dated 11/03/2025, was posted online.", THU, [("11/03/2025", "DATE", "2025-11-03")]),
    ("The decree took effect on 3.11.2025 in the capital.", THU, [("3.11.2025", "DATE", "2025-11-03")]),
    ("The ticket listed the date as 25/10/2025.", THU, [("25/10/2025", "DATE", "2025-10-25")]),
    ("The contract expires on 31.12.2026, the filing shows.", THU, [("31.12.2026", "DATE", "2026-12-31")]),
    # --- abbreviations and bare ordinal days
    ("The vote is set for Tues., Nov. 18, officials said.", THU, [("Tues., Nov. 18", "DATE", "2025-11-18")]),
    ("Talks resume Thur. in Brussels.", MON, [("Thur.", "DATE", "2025-11-20")]),
    ("The jobs report is due Thurs, the agency said.", MON, [("Thurs", "DATE", "2025-11-20")]),
    ("The minister will fly to Seoul on Tues to meet her counterpart.", MON, [("Tues", "DATE", "2025-11-18")]),
    ("Exports rose in Sept, data showed.", THU, [("Sept", "DATE", "2025-09")]),
    ("Exports rose in Sep, data showed.", THU, [("Sep", "DATE", "2025-09")]),
    ("The index was launched on Sept 8, 2025.", THU, [("Sept 8, 2025", "DATE", "2025-09-08")]),
    ("Trading volumes surged on Sep. 30.", THU, [("Sep. 30", "DATE", "2025-09-30")]),
    ("Payments are due on the 14th, the utility said.", THU, [("the 14th", "DATE", "2025-11-14")]),
    ("The ceasefire began on the 3rd.", THU, [("the 3rd", "DATE", "2025-11-03")]),
    ("The board will decide on the 28th.", THU, [("the 28th", "DATE", "2025-11-28")]),
    ("Polls close at 8 p.m. on Wed., Nov. 19.", THU, [("8 p.m. on Wed., Nov. 19", "TIME", "2025-11-19T20:00")]),
    # --- clock times
    ("The meeting starts at 14:00 local time (0500 GMT).", THU,
     [("14:00 local time", "TIME", "2025-11-13T14:00"), ("0500 GMT", "TIME", "2025-11-13T05:00")]),
    ("The minister will speak at noon Thursday.", MON, [("noon Thursday", "TIME", "2025-11-20T12:00")]),
    ("The curfew takes effect at midnight ET.", THU, [("midnight ET", "TIME", "2025-11-13T24:00")]),
    ("The debate begins at 8 p.m. Eastern.", THU, [("8 p.m. Eastern", "TIME", "2025-11-13T20:00")]),
    ("The quake struck shortly after 2 a.m.", THU, [("shortly after 2 a.m.", "TIME", "2025-11-13T02:00")]),
    ("Polls will open at 7 a.m. on Sunday.", THU, [("7 a.m. on Sunday", "TIME", "2025-11-16T07:00")]),
    ("Trading resumed at 9:30 a.m. Friday.", THU, [("9:30 a.m. Friday", "TIME", "2025-11-07T09:30")]),
    ("The launch is scheduled for 10:15 p.m. EST on Saturday.", THU,
     [("10:15 p.m. EST on Saturday", "TIME", "2025-11-15T22:15")]),
    ("The blast was heard around 11 p.m. Tuesday.", THU, [("around 11 p.m. Tuesday", "TIME", "2025-11-11T23:00")]),
    ("The deadline passed at 1700 GMT on Wednesday.", THU,
     [("1700 GMT on Wednesday", "TIME", "2025-11-12T17:00")]),
    ("The storm is expected to make landfall early Friday.", THU, [("early Friday", "DATE", "2025-11-14")]),
    ("Voting ends at 6 p.m. Pacific on Tuesday.", MON, [("6 p.m. Pacific on Tuesday", "TIME", "2025-11-18T18:00")]),
    # --- weekdays by the tense of the wire sentence
    ("The defence minister said on Tuesday that troops would stay.", THU, [("Tuesday", "DATE", "2025-11-11")]),
    ("The president will travel to Brazil on Tuesday.", THU, [("Tuesday", "DATE", "2025-11-18")]),
    ("Police said the suspect was arrested Wednesday.", THU, [("Wednesday", "DATE", "2025-11-12")]),
    ("The central bank is expected to hold rates on Wednesday.", THU, [("Wednesday", "DATE", "2025-11-19")]),
    ("Shares rose 3% on Monday after the report.", THU, [("Monday", "DATE", "2025-11-10")]),
    ("The court will rule on Friday, a spokesman said.", THU, [("Friday", "DATE", "2025-11-14")]),
    ("Rescuers pulled two survivors from the rubble on Saturday, officials told reporters on Sunday.", THU,
     [("Saturday", "DATE", "2025-11-08"), ("Sunday", "DATE", "2025-11-09")]),
    ("The envoy arrives in Kyiv on Sunday and meets officials on Monday.", THU,
     [("Sunday", "DATE", "2025-11-16"), ("Monday", "DATE", "2025-11-17")]),
    ("Lawmakers voted on Tuesday to approve the budget, which takes effect on Monday.", THU,
     [("Tuesday", "DATE", "2025-11-11"), ("Monday", "DATE", "2025-11-17")]),
    ("Sales figures released on Thursday showed a drop.", THU, [("Thursday", "DATE", "2025-11-13")]),
    # --- the year rolls over around the new year
    ("The new rules take effect on Jan. 2.", DEC30, [("Jan. 2", "DATE", "2026-01-02")]),
    ("The summit will open Jan. 12 in Davos.", DEC30, [("Jan. 12", "DATE", "2026-01-12")]),
    ("The fire broke out on Dec. 29.", JAN3, [("Dec. 29", "DATE", "2025-12-29")]),
    ("Markets were shut on Dec. 31 and Jan. 1.", JAN3,
     [("Dec. 31", "DATE", "2025-12-31"), ("Jan. 1", "DATE", "2026-01-01")]),
    ("The company reported record sales in December.", JAN3, [("December", "DATE", "2025-12")]),
    ("The minister will visit Tokyo in January.", DEC30, [("January", "DATE", "2026-01")]),
    ("Talks will resume next Monday.", DEC30, [("next Monday", "DATE", "2026-01-05")]),
    ("The law takes effect on the 1st.", DEC30, [("the 1st", "DATE", "2026-01-01")]),
    ("The results will be published in the week of Jan. 12.", JAN3, [("the week of Jan. 12", "DATE", "2026-W03")]),
]


@pytest.mark.parametrize("text,anchor,expected", ROWS, ids=[row_text(row)[:60] for row in ROWS])
def test_time_round5_wire_wording(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


def test_time_round5_has_about_a_hundred_sentences() -> None:
    assert len(ROWS) >= 100
    assert len({row_text(row) for row in ROWS}) == len(ROWS)


@pytest.mark.parametrize(
    "text",
    [
        "He lives on the 3rd floor.",
        "The division moved to the 5th Avenue office.",
        "Rent is due by the 5th of the month.",
        "The buildings date from the 19th century.",
        "He came in on the 21th.",
    ],
)
def test_time_round5_ordinal_alone_is_a_day_only_as_a_date(text: str) -> None:
    assert all(t.type != "DATE" or t.precision != "day" for t in find_times(text, THU)), text
