"""Event dates, round 10: a live-blog update's day, a conjoined verb's day, a trip's follow-up in a nearby city, a plan
changed in its own sentence, a tour framing a dated journey, a plan told by a relative clause on the noun's object or
destination; and dates that stay off an event: a conditional conjunct's, a report's.

Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from dateline.model import PLANNED_DAY_NOTE, Event

from .fixture_articles import text_events as _events

#: A Saturday: the live blogs' day.
SATURDAY = date(2026, 9, 12)


def _dated(evs: list[Event], action: str) -> list[tuple[str, str | None, str]]:
    return [(e.actor.name, e.date.value, e.status) for e in evs if e.action == action]


# 1. live blogs


@pytest.mark.slow
def test_live_update_told_in_the_past_is_on_the_post_day(nlp: Language) -> None:
    """"18:45 — X met Y": an undated past-tense event of an update headed by a post time happened that day."""
    text = ("Minister Karl Brandt in Oslo: live updates\n\n"
            "18:45 — Minister Karl Brandt met Prime Minister Ola Vik at the government building for about an hour.\n")
    assert _dated(_events(nlp, text, SATURDAY), "meet") == [("Karl Brandt", "2026-09-12", "happened")]


@pytest.mark.slow
def test_live_update_told_in_the_passive_is_on_the_post_day(nlp: Language) -> None:
    """"was welcomed at the airport by X" in an update: the post's day."""
    text = ("Minister Karl Brandt in Oslo: live updates\n\n"
            "17:10 — Minister Karl Brandt was welcomed at the airport by Mayor Anne Lund.\n")
    assert _dated(_events(nlp, text, SATURDAY), "host") == [("Anne Lund", "2026-09-12", "happened")]


@pytest.mark.slow
def test_live_update_takes_the_day_of_the_header_above_it(nlp: Language) -> None:
    """A line naming a day alone ("Saturday, September 12") heads the updates below it, read the day after."""
    text = ("Minister Karl Brandt in Oslo: live updates\n\n"
            "Saturday, September 12\n\n"
            "18:45 — Minister Karl Brandt met Prime Minister Ola Vik at the government building.\n")
    assert _dated(_events(nlp, text, date(2026, 9, 13)), "meet") == [("Karl Brandt", "2026-09-12", "happened")]


@pytest.mark.slow
def test_live_update_in_the_pluperfect_stays_undated(nlp: Language) -> None:
    """"had met X" in an update tells an earlier moment the update does not date."""
    text = ("Minister Karl Brandt in Oslo: live updates\n\n"
            "18:45 — Minister Karl Brandt had met Prime Minister Ola Vik at the government building.\n")
    assert [e.date.value for e in _events(nlp, text, SATURDAY) if e.action == "meet"] == [None]


# 2. conjoined verbs


@pytest.mark.slow
def test_conjoined_verb_takes_the_day_of_the_infinitive_before_it(nlp: Language) -> None:
    """"is expected to travel to Cusco on July 9 and will hold talks with X there": the talks are on July 9."""
    evs = _events(nlp, "Foreign Minister Tomas Reyes is expected to travel to Cusco on July 9 and will hold talks "
                       "with Governor Ana Paz there, officials said.", date(2026, 7, 1))
    assert _dated(evs, "meet") == [("Tomas Reyes", "2026-07-09", "planned")]


@pytest.mark.slow
def test_journey_takes_the_time_of_its_conjunct_there_after_a_where_clause(nlp: Language) -> None:
    """"will fly to Arequipa, where she grew up, and open a hospital there on Monday afternoon": there by then."""
    evs = _events(nlp, "Minister Laura Ortiz will fly directly from Lima to Arequipa, where she grew up, and open a "
                       "hospital there on Monday afternoon.", SATURDAY)
    assert [(e.date.value, e.status) for e in evs if e.action == "travel"] == [("2026-09-14TAF", "planned")]


@pytest.mark.slow
def test_conditional_conjunct_takes_no_day_from_its_conjunct(nlp: Language) -> None:
    """"would hold rallies next month, and could call a strike if ...": the strike's time is not told."""
    evs = _events(nlp, "The Farmers Union of Norland said it would hold rallies in Nairobi next month, and could call "
                       "a national strike if the tax is approved.", date(2026, 10, 5))
    assert [(e.what, e.date.value, e.status) for e in evs if e.action == "protest"] == \
        [("rallies", "2026-11", "planned"), ("national strike", None, "uncertain")]


# 3. a trip's follow-up


@pytest.mark.slow
def test_follow_up_in_a_nearby_city_is_on_the_trip_day(nlp: Language) -> None:
    """"visited Kashiwazaki on Sunday ... flew to Niigata and met X": the next sentence goes on with that day's tour."""
    evs = _events(nlp, "Prime Minister Hana Mori visited the flooded city of Kashiwazaki on Sunday, meeting evacuees. "
                       "Mori flew by helicopter from Tokyo to Niigata and met Governor Ken Ito at an operations centre.",
                  date(2026, 1, 19))
    assert _dated(evs, "meet") == [("Hana Mori", "2026-01-18", "happened")]


# 4. plans changed in their own sentence


@pytest.mark.slow
def test_cancelled_trip_takes_the_plan_day_not_the_decision_day(nlp: Language) -> None:
    """"had planned to travel to Geneva this week but cancelled the trip on Friday": the trip was this week (one trip:
    the call-off noun is the plan's, see test_round10_audit)."""
    evs = _events(nlp, "Prime Minister Hana Mori had planned to travel to Geneva this week but cancelled the trip on "
                       "Friday, her office said.", date(2026, 1, 19))
    assert [(e.action, e.date.value, e.status) for e in evs] == [("travel", "2026-W04", "cancelled")]


@pytest.mark.slow
def test_overtaken_plan_takes_the_change_of_its_own_sentence(nlp: Language) -> None:
    """An earlier postponement of another plan of the same person does not make this trip postponed."""
    evs = _events(nlp, "Prime Minister Hana Mori's visit to Seoul has been postponed to March. Mori had planned to "
                       "travel to Geneva this week but cancelled the trip on Friday.", date(2026, 1, 19))
    assert [(e.date.value, e.status) for e in evs if e.action == "travel"] == [("2026-W04", "cancelled")]


# 5. frames and relative clauses of a plan


@pytest.mark.slow
def test_tour_framing_a_journey_takes_its_month(nlp: Language) -> None:
    """"travelled to Fiji in September 2024 during a long tour of the Pacific": the tour took in that month."""
    evs = _events(nlp, "Cardinal Paolo Rinaldi travelled to Fiji in September 2024 during a long tour of the Pacific.",
                  date(2026, 8, 1))
    assert [(e.action, e.date.value) for e in evs] == [("travel", "2024-09"), ("visit", "2024-09")]


@pytest.mark.slow
def test_plan_told_on_the_object_of_a_cancelled_noun_keeps_its_day(nlp: Language) -> None:
    """"scrapped the launch of a rocket that was scheduled for June 20": the launch's planned day."""
    evs = _events(nlp, "The Japanese space agency JAXA said it had scrapped the launch of a weather rocket that was "
                       "scheduled for June 20.", date(2026, 6, 11))
    assert [(e.date.value, e.status) for e in evs if e.action == "launch"] == [("2026-06-20", "cancelled")]


@pytest.mark.slow
def test_plan_told_on_the_object_of_a_postponed_noun_is_no_new_day(nlp: Language) -> None:
    """"postponed the launch of a rocket that was scheduled for June 20": no new day is told; the day given is the
    plan's, noted so (round 81: the store keeps it as the day put off, with no new one)."""
    evs = _events(nlp, "The Japanese space agency JAXA said it had postponed indefinitely the launch of a weather "
                       "rocket that was scheduled for June 20.", date(2026, 6, 11))
    assert [(e.date.value, e.date.note, e.status) for e in evs if e.action == "launch"] == [
        ("2026-06-20", PLANNED_DAY_NOTE, "postponed")]


@pytest.mark.slow
def test_plan_told_on_the_destination_dates_the_cancelled_visit(nlp: Language) -> None:
    """"A visit by X to El Alto, which had been scheduled for the same week, has been cancelled": that week."""
    evs = _events(nlp, "The ceremony will take place in Puno on July 3. A visit by President Ana Quispe to El Alto, "
                       "which had been scheduled for the same week, has been cancelled.", date(2026, 6, 24))
    assert _dated(evs, "visit") == [("Ana Quispe", "2026-W27", "cancelled")]


# 6. dates of another act


@pytest.mark.slow
def test_day_of_a_report_is_not_the_reported_visit_day(nlp: Language) -> None:
    """"A visit to X, reported by local media earlier this week, is not on the schedule": no day for the visit."""
    evs = _events(nlp, "Pope Leo will travel to Cusco on Wednesday. A visit to Machu Picchu, reported by local media "
                       "earlier this week, is not on the official schedule, the Vatican said.", SATURDAY)
    assert [e.date.value for e in evs if e.action == "visit"] == [None]
