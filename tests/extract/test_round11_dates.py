"""Event dates, round 11: a day given through a relative or conjoined clause ("after which", a day on the first
conjunct's object, an infinitive under "is due", a plan clause on the place of a called-off event, a start and an end);
an event's own day against an article-level pass (a later "is set for" gathering, a trip told later, a hosting at home);
a fronted year over its clause's season; a finite "after" clause that takes no day from its main clause.

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


# 1. days given through another clause


@pytest.mark.slow
def test_after_which_clause_takes_the_day_of_its_antecedent_clause(nlp: Language) -> None:
    """"The visit formally begins on Tuesday with a ceremony, after which X will hold talks with Y": Tuesday, not the
    first day of the visit span told before."""
    text = ("OSLO, March 9 (Reuters) - Brazilian President Paulo Mendes arrived in Oslo on Monday evening at the start "
            "of a three-day state visit. The visit formally begins on Tuesday with a welcome ceremony at the palace, "
            "after which Mendes will hold talks with Prime Minister Ola Vik.")
    assert _dates(_events(nlp, text, date(2026, 3, 9)), "meet") == [("Paulo Mendes", "2026-03-10", None)]


@pytest.mark.slow
def test_day_on_the_first_conjuncts_object_dates_the_second_in_the_past(nlp: Language) -> None:
    """"cut short a week-long visit to Europe on Wednesday and flew back to Santiago": the flight was that Wednesday."""
    text = "PARIS, Jan 21 (Reuters) - Chilean Trade Minister Ana Rojas cut short a week-long visit to Europe on " \
           "Wednesday and flew back to Santiago."
    assert _dates(_events(nlp, text, date(2026, 1, 21)), "travel") == [("Ana Rojas", "2026-01-21", None)]


@pytest.mark.slow
def test_conjunct_takes_the_day_of_the_infinitive_under_due(nlp: Language) -> None:
    """"is due to arrive in Muscat on Monday and will hold preparatory meetings ...": the meetings are that Monday."""
    text = "The British envoy, John Harper, is due to arrive in Muscat on Monday and will hold preparatory meetings with " \
           "Omani officials before the talks open."
    assert _dates(_events(nlp, text, date(2026, 5, 6)), "meet") == [("John Harper", "2026-05-11", None)]


@pytest.mark.slow
def test_plan_clause_on_the_place_of_a_called_off_drill_dates_it(nlp: Language) -> None:
    """"has cancelled a live-fire drill near the border city of Paju, which had been planned for Aug. 20": the drill's
    planned day (the parser hangs both the place and the clause away from the drill)."""
    text = "SEOUL, July 28 (Reuters) - South Korea has cancelled a live-fire drill near the border city of Paju, which " \
           "had been planned for Aug. 20, the ministry said."
    evs = _events(nlp, text, date(2026, 7, 28))
    assert [(e.date.value, e.status) for e in evs if e.action == "exercise"] == [("2026-08-20", "cancelled")]


@pytest.mark.slow
def test_relative_clause_with_a_start_and_an_end_is_a_span(nlp: Language) -> None:
    """"negotiations in Paris, which began on Tuesday and is set to end on Jan. 30": from Tuesday to Jan. 30."""
    text = "PARIS, Jan 21 (Reuters) - Chilean negotiator Pedro Soto is leading a round of technical negotiations in " \
           "Paris, which began on Tuesday and is set to end on Jan. 30."
    assert _dates(_events(nlp, text, date(2026, 1, 21)), "negotiate") == [("Pedro Soto", "2026-01-20", "2026-01-30")]


# 2. an event's own day against article-level passes


@pytest.mark.slow
def test_own_weekday_wins_over_a_later_set_for_day(nlp: Language) -> None:
    """"would meet on Wednesday ... The first session was planned for April 9": the meeting keeps its Wednesday."""
    text = ("LIMA, March 23 (Reuters) - Prime Minister Rosa Quispe conceded defeat on Monday. She said her party's "
            "leadership would meet on Wednesday to decide its next steps.\n\n"
            "The outgoing speaker, Juan Flores, said the first session of the new congress was planned for April 9.")
    assert _dates(_events(nlp, text, date(2026, 3, 23)), "meet") == [("Rosa Quispe", "2026-03-25", None)]


@pytest.mark.slow
def test_hosting_takes_no_span_of_the_hosts_trip_abroad(nlp: Language) -> None:
    """"will travel to Beijing on Feb. 10 for a three-day visit ... will also host her counterpart": the hosting is at
    home, no day of the Beijing trip."""
    text = ("OSLO, Feb 4 (Reuters) - Norway's foreign minister, Kari Dahl, will travel to Beijing on Feb. 10 for a "
            "three-day visit, the ministry said. She will also host her Swedish counterpart, Erik Berg, for talks on "
            "fishing.")
    assert _dates(_events(nlp, text, date(2026, 2, 4)), "host") == [("Kari Dahl", None, None)]


@pytest.mark.slow
def test_event_told_before_a_trip_takes_no_span_of_it(nlp: Language) -> None:
    """"It is the second time the commission meeting has been delayed ... Separately, X will travel to Beijing on Feb.
    10 for a three-day visit": the delayed meeting, told before the trip and placed nowhere in it, stays undated."""
    text = ("OSLO, Feb 4 (Reuters) - Norway's foreign minister, Kari Dahl, said talks with Sweden were put off. "
            "It is the second time the commission meeting has been delayed.\n\n"
            "Separately, Dahl will travel to Beijing on Feb. 10 for a three-day visit, the ministry said.")
    evs = _events(nlp, text, date(2026, 2, 4))
    assert [e.date.value for e in evs if e.status == "postponed" and "commission meeting" in e.evidence.sentence] == [None]


# 3. a time phrase's clause


@pytest.mark.slow
def test_fronted_year_scopes_over_the_season_of_its_clause(nlp: Language) -> None:
    """"In 2019, X and Y suspended the spring drills": the spring of 2019, not of the publication year."""
    text = "SEOUL, July 28 (Reuters) - In 2019, South Korea and the United States suspended the spring drills altogether."
    assert _dates(_events(nlp, text, date(2026, 7, 28)), "exercise") == [("South Korea", "2019-SP", None)]


@pytest.mark.slow
def test_season_counted_from_publication_keeps_its_year(nlp: Language) -> None:
    """"held their summer drills near Jeju last summer" (no fronted year): last year's summer."""
    text = "SEOUL, July 28 (Reuters) - The allies held their summer drills near the island of Jeju last summer."
    assert [e.date.value for e in _events(nlp, text, date(2026, 7, 28)) if e.action == "exercise"] == ["2025-SU"]


@pytest.mark.slow
def test_finite_after_clause_takes_no_day_of_its_main_clause(nlp: Language) -> None:
    """"It was first planned for December, but was pushed back after Norway's general election was brought forward":
    the election is no plan of December (the month of "It")."""
    text = "OSLO, Feb 4 (Reuters) - It was first planned for December, but was pushed back after Norway's general " \
           "election was brought forward."
    assert [e.date.value for e in _events(nlp, text, date(2026, 2, 4)) if e.what == "general election"] == [None]
