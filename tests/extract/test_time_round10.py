"""Round 10 of "modern news wording": one sentence per desk (wires, earnings, markets, sports, elections,
courts, weather, science, health, tech, diplomacy, live blogs), written in our own words in the style of
2024-2026 copy.

Each row is (text, anchor, expected) as in rounds 5 to 9: ``expected`` lists every time expression of the
text as (extent, TIMEX3 type, value), or (extent, type, value, end_value) when the row pins a span's last
day. Values follow the TimeML/TIMEX3 guidelines and the project's earlier conventions (fiscal years are
plain years, a weekday with "morning"/"night" and "tonight" stay at day precision, ages are no
expression, signals stay outside the extent, bounds and approximators stay inside a duration's extent).

Decisions of this round:
- "a year later", "six months later" are a DATE counted from the last date written before them, like "a year
  earlier"; with days, weeks or hours ("three days later", "a day earlier") the amount is a DURATION and the word
  stays outside, as the TempEval-3 key writes them; "six months later" with no date to count from is the duration.
- "the year before", "the week after" ending a clause are anaphoric DATEs; "the day before/after" are left to the
  event layer (``dates.py`` counts them from the previous event's day, and ``test_time.py`` pins them untagged).
- A duration followed by "before", "after", "away", "later"... is a distance, so it gives no end_value to a date
  next to it ("Feb. 8, less than three weeks away"); "a week-long visit" still spans the visit from its first day.
- "the quarter ended Sept. 30" is two expressions, as "the six months ended Dec. 31" is (round 7).
- "the April-June quarter" is the calendar quarter; a season word starting a capitalized name ("the Winter
  Olympics") is no season.
- "a decade later" counts ten years from the last date ("1998 ... a decade later": 2008).
- A bare clock time after a clock time with its own day in the same sentence takes that day ("starts at 7:30
  a.m. on Saturday, with roads closed from 6 a.m.").
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from .time_rows import Row, got, row_text

OCT28 = date(2025, 10, 28)  # a Tuesday (ISO week 2025-W44)
MAR13 = date(2026, 3, 13)  # a Friday (ISO week 2026-W11)
DEC30 = date(2025, 12, 30)  # a Tuesday (ISO week 2026-W01)
JAN20 = date(2026, 1, 20)  # a Tuesday (ISO week 2026-W04)
SEP3 = date(2026, 9, 3)  # a Thursday (ISO week 2026-W36)
AUG28 = date(2025, 8, 28)  # a Thursday


ROWS: list[Row | Any] = [
    # --- wires: relative days and weeks, vague references
    ("Talks between the two governments will resume next Monday in Doha.", OCT28,
     [("next Monday", "DATE", "2025-11-03")]),
    ("Fuel exports dropped sharply last week, shipping data showed.", OCT28, [("last week", "DATE", "2025-W43")]),
    ("Tanker traffic through the strait has picked up only recently.", OCT28, [("recently", "DATE", "PAST_REF")]),
    ("The port authority said on Tuesday it was now handling twice as many ships.", OCT28,
     [("Tuesday", "DATE", "2025-10-28"), ("now", "DATE", "PRESENT_REF")]),
    ("Aid convoys will keep running in the coming months, the agency said.", OCT28,
     [("the coming months", "DATE", "FUTURE_REF")]),
    ("Lenders expect defaults to rise in coming months.", OCT28, [("coming months", "DATE", "FUTURE_REF")]),
    ("Engineers expect to restore power to the district in the coming days.", OCT28,
     [("the coming days", "DATE", "FUTURE_REF")]),
    ("The senator, now 78, first won the seat in 1990.", OCT28,
     [("now", "DATE", "PRESENT_REF"), ("1990", "DATE", "1990")]),
    # --- business and earnings
    ("The carmaker's third-quarter operating profit fell 40%, it said on Thursday.", OCT28,
     [("third-quarter", "DATE", "2025-Q3"), ("Thursday", "DATE", "2025-10-23")]),
    ("The software group lifted its revenue forecast for fiscal 2026 to $9.4 billion.", OCT28,
     [("fiscal 2026", "DATE", "2026")]),
    ("FY25 net profit rose 12%, and the board targets double-digit growth in FY26.", OCT28,
     [("FY25", "DATE", "2025"), ("FY26", "DATE", "2026")]),
    ("The brewer said volumes fell in Q3 and expects a recovery in H1 2026.", OCT28,
     [("Q3", "DATE", "2025-Q3"), ("H1 2026", "DATE", "2026-H1")]),
    ("Revenue for the quarter ended Sept. 30 rose 7% to $3.2 billion.", OCT28,
     [("the quarter", "DATE", "2025-Q3"), ("Sept. 30", "DATE", "2025-09-30")]),
    ("Japanese exporters reported weaker profits for the April-June quarter.", OCT28,
     [("the April-June quarter", "DATE", "2025-Q2")]),
    ("Sales in the July–September quarter of 2024 were a record.", OCT28,
     [("the July–September quarter of 2024", "DATE", "2024-Q3")]),
    ("Analysts see earnings of $1.12 a share in the fourth quarter, up from 98 cents a year earlier.", OCT28,
     [("the fourth quarter", "DATE", "2025-Q4"), ("a year earlier", "DATE", "2024-Q4")]),
    ("The lender will publish full-year results on Feb. 12.", OCT28,
     [("full-year", "DATE", "2025"), ("Feb. 12", "DATE", "2026-02-12")]),
    ("The retailer's shares are up 18% year to date.", OCT28, [("year to date", "DATE", "2025")]),
    ("The merger, announced in May, is expected to close in the first quarter of 2026.", OCT28,
     [("May", "DATE", "2025-05"), ("the first quarter of 2026", "DATE", "2026-Q1")]),
    ("Output fell in the three months to September, official data showed.", OCT28,
     [("the three months", "DURATION", "P3M"), ("September", "DATE", "2025-09")]),
    ("The company swung to a loss in Q3 2025 and cut its dividend.", MAR13, [("Q3 2025", "DATE", "2025-Q3")]),
    ("Profit in the October-December quarter beat forecasts.", MAR13,
     [("the October-December quarter", "DATE", "2025-Q4")]),
    ("The board approved a buyback that runs through the end of fiscal 2027.", MAR13,
     [("the end of fiscal 2027", "DATE", "2027")]),
    ("The company will close the plant by the end of the fiscal year.", MAR13,
     [("the end of the fiscal year", "DATE", "2026")]),
    # --- markets
    ("Asian shares slipped overnight as traders braced for U.S. inflation figures due at 8:30 a.m. ET.", MAR13,
     [("overnight", "TIME", "2026-03-12TNI"), ("8:30 a.m. ET", "TIME", "2026-03-13T08:30")]),
    ("The yen touched its weakest level against the dollar in 34 years.", MAR13, [("34 years", "DURATION", "P34Y")]),
    ("Gold has gained roughly 15% since the start of the year.", MAR13, [("the start of the year", "DATE", "2026")]),
    ("The S&P 500 closed at a record high on Friday afternoon.", MAR13, [("Friday afternoon", "TIME", "2026-03-13TAF")]),
    ("Treasury yields hit a two-year high on Wednesday.", MAR13,
     [("two-year", "DURATION", "P2Y"), ("Wednesday", "DATE", "2026-03-11")]),
    ("Trading will halt at 1 p.m. on Thursday for the holiday.", MAR13,
     [("1 p.m. on Thursday", "TIME", "2026-03-19T13:00")]),
    ("The central bank has kept rates on hold since July 2024.", MAR13, [("July 2024", "DATE", "2024-07")]),
    ("Bitcoin fell below $60,000 for the first time in four months.", MAR13, [("four months", "DURATION", "P4M")]),
    # --- sports fixtures and results
    ("Arsenal host Chelsea on Sunday at 4:30 p.m. in a game that could decide the title.", MAR13,
     [("Sunday", "DATE", "2026-03-15"), ("4:30 p.m.", "TIME", "2026-03-15T16:30")]),
    ("The 31-year-old striker signed a four-year contract on Wednesday.", MAR13,
     [("four-year", "DURATION", "P4Y"), ("Wednesday", "DATE", "2026-03-11")]),
    ("The 2026 World Cup final will be played on July 19 in New Jersey.", MAR13,
     [("2026", "DATE", "2026"), ("July 19", "DATE", "2026-07-19")]),
    ("The Italian, 24, lost the final in straight sets on Sunday night.", MAR13,
     [("Sunday night", "DATE", "2026-03-08")]),
    ("The tournament tees off on Friday morning despite the rain.", SEP3, [("Friday morning", "DATE", "2026-09-04")]),
    ("The transfer window shuts at 11 p.m. BST on Monday, Sept. 1.", AUG28,
     [("11 p.m. BST on Monday, Sept. 1", "TIME", "2025-09-01T23:00")]),
    ("The champions are now unbeaten in 14 matches, since a defeat in late August.", SEP3,
     [("now", "DATE", "PRESENT_REF"), ("late August", "DATE", "2026-08")]),
    ("The Winter Olympics open in Milan on Feb. 6.", DEC30, [("Feb. 6", "DATE", "2026-02-06")]),
    ("The chancellor will present the Spring Statement in late March.", JAN20, [("late March", "DATE", "2026-03")]),
    ("The club has not won a league title since 2019.", MAR13, [("2019", "DATE", "2019")]),
    ("The marathon starts at 7:30 a.m. on Saturday, with roads closed from 6 a.m.", MAR13,
     [("7:30 a.m. on Saturday", "TIME", "2026-03-14T07:30"), ("6 a.m.", "TIME", "2026-03-14T06:00")]),
    ("Polls closed at 8 p.m. on Sunday and the first results came at 11 p.m.", MAR13,
     [("8 p.m. on Sunday", "TIME", "2026-03-08T20:00"), ("11 p.m.", "TIME", "2026-03-08T23:00")]),
    # --- elections
    ("The prime minister called a snap election for Feb. 8, less than three weeks away.", JAN20,
     [("Feb. 8", "DATE", "2026-02-08"), ("less than three weeks", "DURATION", "P3W")]),
    ("Early voting opens two weeks before Election Day.", SEP3,
     [("two weeks", "DURATION", "P2W"), ("Election Day", "DATE", "2026-11-03")]),
    ("Polls close at 8 p.m. local time, and results are expected overnight.", JAN20,
     [("8 p.m. local time", "TIME", "2026-01-20T20:00"), ("overnight", "TIME", "2026-01-20TNI")]),
    ("The ruling party has governed for 14 consecutive years.", JAN20, [("14 consecutive years", "DURATION", "P14Y")]),
    ("An exit poll released at 10 p.m. GMT put the opposition ahead.", JAN20,
     [("10 p.m. GMT", "TIME", "2026-01-20T22:00")]),
    ("Voters in the state go to the polls on Nov. 3, 2026, in the midterm elections.", SEP3,
     [("Nov. 3, 2026", "DATE", "2026-11-03")]),
    ("A runoff, if needed, would take place on the 15th.", JAN20, [("the 15th", "DATE", "2026-02-15")]),
    ("The party won every national election between 2010 and 2022.", JAN20,
     [("2010", "DATE", "2010"), ("2022", "DATE", "2022")]),
    ("Turnout in Sunday's first round was the lowest since 1958.", JAN20,
     [("Sunday", "DATE", "2026-01-18"), ("1958", "DATE", "1958")]),
    # --- courts
    ("Sentencing is set for Jan. 15, 2026.", OCT28, [("Jan. 15, 2026", "DATE", "2026-01-15")]),
    ("Jurors deliberated for about six hours before returning a verdict on Monday afternoon.", OCT28,
     [("about six hours", "DURATION", "PT6H"), ("Monday afternoon", "TIME", "2025-10-27TAF")]),
    ("Appeals will be heard in the week of Nov. 17.", OCT28, [("the week of Nov. 17", "DATE", "2025-W47")]),
    ("The former minister was jailed for 18 months in 2023.", OCT28,
     [("18 months", "DURATION", "P18M"), ("2023", "DATE", "2023")]),
    ("The trial, which opened in September, is expected to run until the end of the year.", OCT28,
     [("September", "DATE", "2025-09"), ("the end of the year", "DATE", "2025")]),
    ("The suspect was arrested on Sunday; he had bought the knife the week before.", OCT28,
     [("Sunday", "DATE", "2025-10-26"), ("the week before", "DATE", "2025-W42")]),
    ("Output rose 4% in 2024, after falling 2% the year before.", OCT28,
     [("2024", "DATE", "2024"), ("the year before", "DATE", "2023")]),
    ("The company has until Friday to answer the regulator's questions.", OCT28, [("Friday", "DATE", "2025-10-31")]),
    ("Bidders had until Friday to submit offers, and none did.", OCT28, [("Friday", "DATE", "2025-10-24")]),
    ("The court will rule on the appeal within 60 days.", OCT28, [("60 days", "DURATION", "P60D")]),
    # --- weather and disasters
    ("Heavy snow is forecast for Thursday night into Friday morning.", OCT28,
     [("Thursday night", "DATE", "2025-10-30"), ("Friday morning", "DATE", "2025-10-31")]),
    ("The wildfire has scorched more than 10,000 acres since Saturday.", OCT28, [("Saturday", "DATE", "2025-10-25")]),
    ("Rainfall over the past 48 hours topped 300 millimetres in some areas.", OCT28,
     [("the past 48 hours", "DURATION", "PT48H")]),
    ("The earthquake struck at 3:17 a.m. local time on Monday.", OCT28,
     [("3:17 a.m. local time on Monday", "TIME", "2025-10-27T03:17")]),
    ("A flood warning remains in effect until 6 p.m. Thursday.", OCT28, [("6 p.m. Thursday", "TIME", "2025-10-30T18:00")]),
    ("Forecasters warned that this winter could be the coldest in a decade.", OCT28,
     [("this winter", "DATE", "2025-WI"), ("a decade", "DURATION", "P10Y")]),
    ("The hurricane is expected to weaken to a tropical storm early Wednesday.", OCT28,
     [("early Wednesday", "DATE", "2025-10-29")]),
    ("Tonight's forecast calls for gusts of up to 90 km/h.", OCT28, [("Tonight", "DATE", "2025-10-28")]),
    ("The dam burst shortly before dawn on Saturday, flooding three villages.", OCT28,
     [("shortly before dawn on Saturday", "TIME", "2025-10-25TMO")]),
    # --- science and space
    ("NASA is targeting no earlier than April 2026 for the crewed lunar flyby.", OCT28,
     [("April 2026", "DATE", "2026-04")]),
    ("The probe will spend about 18 months mapping the moon's surface.", OCT28,
     [("about 18 months", "DURATION", "P18M")]),
    ("The telescope has been observing the sky for more than three decades.", OCT28,
     [("more than three decades", "DURATION", "P30Y")]),
    ("A total solar eclipse will cross northern Spain on Aug. 12, 2026.", OCT28, [("Aug. 12, 2026", "DATE", "2026-08-12")]),
    ("Scientists confirmed that 2024 was the hottest year on record.", OCT28, [("2024", "DATE", "2024")]),
    ("The comet will make its closest approach to Earth in mid-December.", OCT28, [("mid-December", "DATE", "2025-12")]),
    ("The rocket lifted off at 6:02 a.m. EDT from Cape Canaveral.", OCT28, [("6:02 a.m. EDT", "TIME", "2025-10-28T06:02")]),
    # --- health
    ("The vaccine is given in two doses, four weeks apart.", MAR13, [("four weeks", "DURATION", "P4W")]),
    ("Patients waited an average of 18 weeks for surgery last year.", MAR13,
     [("18 weeks", "DURATION", "P18W"), ("last year", "DATE", "2025")]),
    ("Women should be screened every three years from the age of 25.", MAR13, [("every three years", "SET", "P3Y")]),
    ("The outbreak was declared over 42 days after the last case.", MAR13, [("42 days", "DURATION", "P42D")]),
    ("Free health checks are offered every Monday at the town hall.", MAR13, [("every Monday", "SET", "XXXX-WXX-1")]),
    ("The patient was discharged after a fortnight in intensive care.", MAR13, [("a fortnight", "DURATION", "P2W")]),
    ("Hospital admissions for flu have doubled in the past two weeks.", MAR13,
     [("the past two weeks", "DURATION", "P2W")]),
    # --- tech
    ("The chipmaker plans to begin mass production in the second half of next year.", OCT28,
     [("the second half of next year", "DATE", "2026-H2")]),
    ("The app was down for nearly three hours on Wednesday morning.", OCT28,
     [("nearly three hours", "DURATION", "PT3H"), ("Wednesday morning", "DATE", "2025-10-22")]),
    ("The developer conference runs from June 8 to 12.", MAR13,
     [("June 8", "DATE", "2026-06-08", "2026-06-12"), ("12", "DATE", "2026-06-12")]),
    ("Users can download the update starting next Tuesday.", OCT28, [("next Tuesday", "DATE", "2025-11-04")]),
    ("The firm says quantum computers will be commercially useful in the 2030s.", OCT28, [("the 2030s", "DATE", "203")]),
    ("Its 24-hour support line will launch in January.", OCT28,
     [("24-hour", "DURATION", "PT24H"), ("January", "DATE", "2026-01")]),
    ("The startup has tripled its revenue over the past two years.", OCT28, [("the past two years", "DURATION", "P2Y")]),
    # --- diplomacy
    ("Foreign ministers will meet in Brussels on Nov. 4-5.", OCT28,
     [("Nov. 4", "DATE", "2025-11-04", "2025-11-05"), ("5", "DATE", "2025-11-05")]),
    ("The envoy arrived in Beijing on Sunday for a week-long visit.", OCT28,
     [("Sunday", "DATE", "2025-10-26", "2025-11-01"), ("week-long", "DURATION", "P1W")]),
    ("Relations have been strained since the 2022 invasion.", OCT28, [("2022", "DATE", "2022")]),
    ("The two countries cut ties in 2016 and restored them a year later.", OCT28,
     [("2016", "DATE", "2016"), ("a year later", "DATE", "2017")]),
    ("The firm listed in March 2021; six months later its shares had halved.", OCT28,
     [("March 2021", "DATE", "2021-03"), ("six months later", "DATE", "2021-09")]),
    ("Six months later, the company collapsed.", OCT28, [("Six months", "DURATION", "P6M")]),
    ("The hostages were freed three days later, the army said.", OCT28, [("three days", "DURATION", "P3D")]),
    ("The deal closed two years later than planned.", OCT28, [("two years", "DURATION", "P2Y")]),
    ("The plant opened in 2016 and ran for a year before it shut.", OCT28,
     [("2016", "DATE", "2016"), ("a year", "DURATION", "P1Y")]),
    ("The truce, agreed in mid-January, is due to expire at midnight on Saturday.", JAN20,
     [("mid-January", "DATE", "2026-01"), ("midnight on Saturday", "TIME", "2026-01-24T24:00")]),
    ("The summit will take place from March 3 to 5 in Addis Ababa.", JAN20,
     [("March 3", "DATE", "2026-03-03", "2026-03-05"), ("5", "DATE", "2026-03-05")]),
    ("The strike began on Oct. 6, and talks resumed the following week.", OCT28,
     [("Oct. 6", "DATE", "2025-10-06"), ("the following week", "DATE", "2025-W42")]),
    ("Ministers will meet at 9 p.m. ET on Thursday to finalise the text.", OCT28,
     [("9 p.m. ET on Thursday", "TIME", "2025-10-30T21:00")]),
    ("The central bank's next meeting is on Dec. 10, two days after the election.", OCT28,
     [("Dec. 10", "DATE", "2025-12-10"), ("two days", "DURATION", "P2D")]),
    ("The strike will end on Saturday, three days before the deadline.", OCT28,
     [("Saturday", "DATE", "2025-11-01"), ("three days", "DURATION", "P3D")]),
    ("The delegation will arrive on Monday for a three-day visit.", OCT28,
     [("Monday", "DATE", "2025-11-03", "2025-11-05"), ("three-day", "DURATION", "P3D")]),
    # --- live blogs
    ("Updated at 14:05 GMT: the minister has just left the building.", JAN20, [("14:05 GMT", "TIME", "2026-01-20T14:05")]),
    ("Around noon, police began clearing the square.", JAN20, [("Around noon", "TIME", "2026-01-20T12:00")]),
    ("Protesters say they will stay in the square through the weekend.", JAN20, [("the weekend", "DATE", "2026-W04-WE")]),
    ("Clashes broke out over the weekend in the north of the country.", JAN20, [("the weekend", "DATE", "2026-W03-WE")]),
    ("Residents were told to stay indoors tonight as the fires spread.", JAN20, [("tonight", "DATE", "2026-01-20")]),
    ("The building collapsed two weeks ago, killing 12 people.", JAN20, [("two weeks ago", "DATE", "2026-01-06")]),
    ("Storms are expected this weekend across the Midwest.", OCT28, [("this weekend", "DATE", "2025-W44-WE")]),
    # --- holidays and seasons
    ("Shops will close early on Christmas Eve and stay shut on Boxing Day.", OCT28,
     [("Christmas Eve", "DATE", "2025-12-24"), ("Boxing Day", "DATE", "2025-12-26")]),
    ("Airports expect a record crush of travellers the week of Thanksgiving.", OCT28,
     [("the week of Thanksgiving", "DATE", "2025-W48")]),
    ("Ski resorts are fully booked for the week of Christmas.", OCT28, [("the week of Christmas", "DATE", "2025-W52")]),
    ("The new tax rules take effect on New Year's Day.", DEC30, [("New Year's Day", "DATE", "2026-01-01")]),
    ("Officials fear food shortages when Ramadan begins next month.", JAN20,
     [("Ramadan", "DATE", "2026-02-18", "2026-03-19"), ("next month", "DATE", "2026-02")]),
    ("The resort reopens in summer 2026 after a full renovation.", OCT28, [("summer 2026", "DATE", "2026-SU")]),
    ("Sales of heaters slumped last autumn.", OCT28, [("last autumn", "DATE", "2024-FA")]),
    # --- vague positions in years, months and decades
    ("The minister said a decision would come late next year.", OCT28, [("late next year", "DATE", "2026")]),
    ("The bridge is scheduled to reopen in mid-2027.", OCT28, [("mid-2027", "DATE", "2027")]),
    ("Insurance premiums have doubled over the past decade, the report found.", OCT28,
     [("the past decade", "DATE", "201")]),
    ("The airline expects to return to profit later this year.", MAR13, [("later this year", "DATE", "2026")]),
    ("Earlier this month, the regulator fined the bank $40 million.", MAR13, [("Earlier this month", "DATE", "2026-03")]),
    ("The company cut 3,000 jobs last January.", MAR13, [("last January", "DATE", "2026-01")]),
    ("Home sales have fallen every month since 2019.", MAR13, [("every month", "SET", "P1M"), ("2019", "DATE", "2019")]),
    ("Inflation averaged 2.1% between 2020 and 2023.", MAR13, [("2020", "DATE", "2020"), ("2023", "DATE", "2023")]),
    ("The council approved the budget on Dec. 18 and will vote on the tax plan on Jan. 2.", DEC30,
     [("Dec. 18", "DATE", "2025-12-18"), ("Jan. 2", "DATE", "2026-01-02")]),
    ("Ticket sales opened on the 15th and ended on the 17th.", OCT28,
     [("the 15th", "DATE", "2025-10-15"), ("the 17th", "DATE", "2025-10-17")]),
    ("The 45-year-old mother of three was rescued after 30 hours under the rubble.", OCT28,
     [("30 hours", "DURATION", "PT30H")]),
    ("The 2024 Paris Olympics drew record crowds.", OCT28, [("2024", "DATE", "2024")]),
    # --- second pass: amounts with thousands separators, decades counted from a date, scheduled present verbs
    ("The rover has now spent more than 1,000 days on Mars.", OCT28,
     [("now", "DATE", "PRESENT_REF"), ("more than 1,000 days", "DURATION", "P1000D")]),
    ("The couple married in 1998 and divorced a decade later.", OCT28,
     [("1998", "DATE", "1998"), ("a decade later", "DATE", "2008")]),
    ("Voting runs from 8 a.m. to 8 p.m. local time on Sunday.", OCT28,
     [("8 a.m.", "TIME", "2025-11-02T08:00"), ("8 p.m. local time on Sunday", "TIME", "2025-11-02T20:00")]),
    ("The survey was conducted Oct. 20-24 among 1,500 adults.", OCT28,
     [("Oct. 20", "DATE", "2025-10-20", "2025-10-24"), ("24", "DATE", "2025-10-24")]),
    ("Turnout was 62% in 2019, up from 58% four years earlier.", OCT28,
     [("2019", "DATE", "2019"), ("four years earlier", "DATE", "2015")]),
    ("The deadline is 11:59 p.m. PT on Nov. 15.", OCT28, [("11:59 p.m. PT on Nov. 15", "TIME", "2025-11-15T23:59")]),
    ("The measure passed in the early hours of Wednesday.", OCT28,
     [("the early hours of Wednesday", "TIME", "2025-10-22TNI")]),
    ("The new phone goes on sale next Friday, Sept. 19.", date(2025, 9, 10),
     [("next Friday, Sept. 19", "DATE", "2025-09-19")]),
    ("Over the last two decades, the city has doubled in size.", OCT28,
     [("the last two decades", "DURATION", "P20Y")]),
    ("The euro zone's central bank meets every six weeks.", OCT28, [("every six weeks", "SET", "P6W")]),
]


@pytest.mark.parametrize("text,anchor,expected", ROWS, ids=[row_text(row)[:60] for row in ROWS])
def test_time_round10_news_desks(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


def test_time_round10_has_about_a_hundred_sentences() -> None:
    assert len(ROWS) >= 100
    assert len({row_text(row) for row in ROWS}) == len(ROWS)
