"""Event dates, round 12: the day of the article's one gathering of a noun for the events that refer to it (not when
the article tells several); a count of days with "earlier" or in an "after" clause counted from its clause's day;
"later in the day" after a sentence that names its day; a time inside a reason phrase that is another thing's day.

Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from dateline.model import Event

from .fixture_articles import text_events as _events


def _dates(evs: list[Event], action: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.actor.name, e.date.value, e.date.end_value) for e in evs if e.action == action]


# 1. the article's gathering


@pytest.mark.slow
def test_confirmed_attendance_takes_the_days_of_the_summit_told_before(nlp: Language) -> None:
    """"the summit would take place on May 20 and 21 ... X has confirmed his attendance": the summit's days."""
    text = ("WINDHOEK, April 2 (Reuters) - The regional bloc said its summit would take place on May 20 and 21 in "
            "Windhoek. Kenyan President Daniel Mutua has confirmed his attendance, his office said.")
    assert _dates(_events(nlp, text, date(2026, 4, 2)), "attend") == [("Daniel Mutua", "2026-05-20", "2026-05-21")]


@pytest.mark.slow
def test_summit_day_refines_the_month_of_the_event_that_holds_it(nlp: Language) -> None:
    """"will hold their annual summit in Windhoek next month ... The summit will take place on May 20": May 20."""
    text = ("WINDHOEK, April 2 (Reuters) - Nordic leaders will hold their annual summit in Windhoek next month. "
            "The summit will take place on May 20, the secretariat said.")
    assert [e.date.value for e in _events(nlp, text, date(2026, 4, 2)) if e.action == "hold"] == ["2026-05-20"]


@pytest.mark.slow
def test_a_second_summit_told_leaves_a_later_the_summit_without_a_day(nlp: Language) -> None:
    """"The summit will take place on May 20 ... A special summit was held in March ... X has confirmed his attendance
    at the summit": which summit is not told, so no day."""
    text = ("WINDHOEK, April 2 (Reuters) - The summit will take place on May 20 in Windhoek, the bloc said. A special "
            "summit on the drought was held by video link in March. Kenyan President Daniel Mutua will attend the "
            "summit, his office said.")
    assert _dates(_events(nlp, text, date(2026, 4, 2)), "attend") == [("Daniel Mutua", None, None)]


# 2. counts of days


@pytest.mark.slow
def test_a_day_earlier_in_a_reported_clause_counts_from_the_reporting_day(nlp: Language) -> None:
    """"said on Thursday that it had test-fired a missile a day earlier": the Wednesday."""
    text = "Pakistan said on Thursday that it had test-fired a new cruise missile a day earlier."
    assert [e.date.value for e in _events(nlp, text, date(2026, 4, 3)) if e.action == "launch"] == ["2026-04-01"]


@pytest.mark.slow
def test_a_day_after_clause_is_a_day_before_its_main_clause(nlp: Language) -> None:
    """"resigned on Friday, a day after he met X in Lima": the meeting was the Thursday, not the Friday."""
    text = "Trade Minister Joel Kamau resigned on Friday, a day after he met President Ana Toro in Lima."
    assert _dates(_events(nlp, text, date(2026, 4, 4)), "meet") == [("Joel Kamau", "2026-04-02", None)]


@pytest.mark.slow
def test_later_in_the_day_takes_the_day_of_the_sentence_before(nlp: Language) -> None:
    """"X chaired a cabinet meeting on Monday morning. Y spoke by phone with Z later in the day": that Monday."""
    text = ("Prime Minister Lena Marsh chaired an emergency cabinet session on Monday morning. Foreign Minister Omar "
            "Haddad spoke by phone with his Egyptian counterpart later in the day.")
    assert _dates(_events(nlp, text, date(2026, 4, 8)), "call") == [("Omar Haddad", "2026-04-06", None)]


# 3. times of other things


@pytest.mark.slow
def test_time_inside_a_reason_phrase_is_no_day_of_the_event(nlp: Language) -> None:
    """"postponed his visit to Lima because of a strike announced on Monday": the strike's day, the visit has none."""
    text = "Foreign Minister Omar Haddad has postponed his visit to Lima because of a transport strike announced on Monday."
    assert _dates(_events(nlp, text, date(2026, 4, 8)), "visit") == [("Omar Haddad", None, None)]
