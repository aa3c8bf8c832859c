"""Event dates, round 13: a bare day of the month read in the month of the date written before it; the half of a
named month is that month; an undated plan takes the day of the verb it is conjoined to as one plan; a gathering's
day written right after its "at" phrase; "after the talks" takes the talks' day; a gerund after "after" shares its
verb's month; a day on an announcing verb ("had called the strike on August 28") is the call's, not the strike's.

Time rows are (text, publication day, [(expression, type, value)]); each event test states one behaviour. Sentences
and names of people are our own.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from spacy.language import Language

from dateline.model import Event

from .fixture_articles import text_events as _events
from .time_rows import Row, got, row_text

FEB10 = date(2026, 2, 10)
MAR10 = date(2026, 3, 10)
JUN04 = date(2026, 6, 4)


def _dates(evs: list[Event], action: str) -> list[tuple[str, str | None]]:
    return [(e.actor.name, e.date.value) for e in evs if e.action == action]


# 1. the time tagger

BARE_DAY_ROWS: list[Row | Any] = [
    # the month of the date written before it, not the publication month
    ("The envoy will stop in Lusaka on March 24. She will fly home on the 25th.", FEB10,
     [("March 24", "DATE", "2026-03-24"), ("the 25th", "DATE", "2026-03-25")]),
    # a plan's day before the written day is the next month's, never before the publication day
    ("Talks broke down on March 3. They will resume on the 5th.", MAR10,
     [("March 3", "DATE", "2026-03-03"), ("the 5th", "DATE", "2026-04-05")]),
    # a past day in the month of the written date, not in the month before publication
    ("The mission arrived on January 12 and left on the 20th.", MAR10,
     [("January 12", "DATE", "2026-01-12"), ("the 20th", "DATE", "2026-01-20")]),
    # with no date before it: the next such day from publication (unchanged)
    ("He will return to Rome on the 25th.", MAR10, [("the 25th", "DATE", "2026-03-25")]),
]


@pytest.mark.parametrize("text,anchor,expected", BARE_DAY_ROWS, ids=[row_text(r)[:40] for r in BARE_DAY_ROWS])
def test_time_round13_bare_day_takes_the_month_written_before_it(text: str, anchor: date,
                                                                   expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


HALF_MONTH_ROWS: list[Row | Any] = [
    ("The minister will visit Lima in the second half of September.", JUN04,
     [("the second half of September", "DATE", "2026-09")]),
    ("A vote could come in the first half of May.", MAR10, [("the first half of May", "DATE", "2026-05")]),
    ("The two sides pencilled in a visit for the second half of September.", JUN04,
     [("the second half of September", "DATE", "2026-09")]),
    # the half of a year stays the half year
    ("Sales rose in the first half of 2025.", JUN04, [("the first half of 2025", "DATE", "2025-H1")]),
]


@pytest.mark.parametrize("text,anchor,expected", HALF_MONTH_ROWS, ids=[row_text(r)[:40] for r in HALF_MONTH_ROWS])
def test_time_round13_half_of_a_month_is_that_month(text: str, anchor: date, expected: list[tuple[str, ...]]) -> None:
    assert got(text, anchor) == expected, text


# 2. event dates


@pytest.mark.slow
def test_undated_plan_takes_the_day_of_its_conjoined_plan(nlp: Language) -> None:
    """"said on Monday he would resign and hand over the leadership at a congress on April 25": April 25."""
    text = ("Dutch Prime Minister Aldo Verhaar said on Monday he would resign and hand over the leadership of his party "
            "at a congress on April 25.")
    assert _dates(_events(nlp, text, date(2026, 3, 31)), "resign") == [("Aldo Verhaar", "2026-04-25")]


@pytest.mark.slow
def test_congress_day_after_its_at_phrase_dates_its_vote(nlp: Language) -> None:
    """"... at a congress on April 25. He will remain in office until the congress elects a new chairman": April 25."""
    text = ("Dutch Prime Minister Aldo Verhaar said on Monday he would resign and hand over the leadership of his party "
            "at a congress on April 25. He will remain in office until the congress elects a new chairman.")
    assert [e.date.value for e in _events(nlp, text, date(2026, 3, 31)) if e.action == "vote"] == ["2026-04-25"]


@pytest.mark.slow
def test_event_after_the_talks_takes_the_talks_day(nlp: Language) -> None:
    """"X met Y in Lima on Wednesday. After the talks, X visited a war cemetery": the Wednesday."""
    text = ("Chilean Foreign Minister Tomas Arrieta met Peruvian Foreign Minister Lucia Paredes in Lima on Wednesday. "
            "After the talks, Arrieta visited the Presbitero Maestro cemetery.")
    assert _dates(_events(nlp, text, JUN04), "visit") == [("Tomas Arrieta", "2026-06-03")]


@pytest.mark.slow
def test_gerund_after_a_month_dated_visit_shares_its_month(nlp: Language) -> None:
    """"visited Lima in July 2025 after attending the summit in Cusco": the attendance is July 2025 too."""
    text = "Chilean President Tomas Arrieta visited Lima in July 2025 after attending the Andean summit in Cusco."
    assert _dates(_events(nlp, text, JUN04), "attend") == [("Tomas Arrieta", "2025-07")]


@pytest.mark.slow
def test_gerund_after_a_day_dated_visit_gets_no_day(nlp: Language) -> None:
    """"visited Lima on July 8, 2025 after attending the summit in Cusco": another day, not told."""
    text = "Chilean President Tomas Arrieta visited Lima on July 8, 2025 after attending the Andean summit in Cusco."
    assert _dates(_events(nlp, text, JUN04), "attend") == [("Tomas Arrieta", None)]


@pytest.mark.slow
def test_day_of_calling_a_strike_is_not_the_strike_day(nlp: Language) -> None:
    """"The federation had called the strike on August 28": the strike is on the Monday the lead names."""
    text = ("NAIROBI, Sept 11 (Reuters) - The Ghana Trades Union Congress on Friday called off a general strike that had "
            "been set to begin on Monday. The Ghana Trades Union Congress had called the strike on August 28.")
    assert [e.date.value for e in _events(nlp, text, date(2026, 9, 11)) if e.evidence.sentence.startswith("The Ghana")] \
        == ["2026-09-14"]


@pytest.mark.slow
def test_day_of_calling_a_strike_alone_gives_the_strike_no_day(nlp: Language) -> None:
    """"The union had called a strike on August 28", nothing else: the strike's day is not told."""
    text = "The Ghana Trades Union Congress had called a strike on August 28."
    assert [e.date.value for e in _events(nlp, text, date(2026, 9, 11)) if e.action == "protest"] == [None]
