"""Round 84 (session 70): what audits 306-311 (farming, diplomatic rows, home tours, opposition politics, protests,
shipping and flights) and the gaps left by earlier rounds found, in one article. Each test states one behaviour.
Sentences and names are our own. June 1, 2026 is a Monday.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.model import Event

from .fixture_articles import found_events

_DAY = date(2026, 6, 3)  # a Wednesday


def _found(text: str, day: date = _DAY) -> list[Event]:
    """The events the real pipeline finds in one article text published on ``day`` (June 3, 2026 by default)."""
    return found_events(text, day)


def _appointed(events: list[Event]) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [(e.actor.name, e.what, tuple(c.name for c in e.counterparts)) for e in events if e.action == "appointed"]


@pytest.mark.parametrize("sentence", [
    "Peruvian President Rosa Quispe on Wednesday named Jorge Salas as economy minister and Ana Torres as defence "
    "minister.",
    "Peruvian President Rosa Quispe reshuffled her cabinet on Wednesday, naming Jorge Salas as economy minister and "
    "Ana Torres as defence minister.",
])
def test_round84_each_appointee_of_a_paired_list_takes_the_post_after_the_name(sentence: str) -> None:
    assert _appointed(_found(sentence)) == [("Jorge Salas", "economy minister", ("Rosa Quispe",)),
                                            ("Ana Torres", "defence minister", ("Rosa Quispe",))]


def test_round84_the_third_appointee_of_a_list_keeps_its_own_post() -> None:
    events = _found("Peruvian President Rosa Quispe on Wednesday named Jorge Salas as economy minister, Ana Torres as "
                    "defence minister and Luis Vera as foreign minister.")
    assert [(name, what) for name, what, _ in _appointed(events)] == [
        ("Jorge Salas", "economy minister"), ("Ana Torres", "defence minister"), ("Luis Vera", "foreign minister")]


def test_round84_a_ministers_portfolio_after_of_is_the_post() -> None:
    events = _found("Peruvian President Rosa Quispe appointed Jorge Salas as minister of economy and Ana Torres as "
                    "minister of defence on Wednesday.")
    assert [(name, what) for name, what, _ in _appointed(events)] == [
        ("Jorge Salas", "economy minister"), ("Ana Torres", "defence minister")]


def test_round84_one_appointee_keeps_the_one_post() -> None:
    events = _found("The president appointed Jorge Salas as finance minister on Wednesday.")
    assert [(name, what) for name, what, _ in _appointed(events)] == [("Jorge Salas", "finance minister")]


def test_round84_an_arrival_told_after_next_weeks_trip_is_in_that_week() -> None:
    events = _found("PARIS, June 1 (Wire) - Japanese Prime Minister Kenji Arai will visit France next week, his office "
                    "said on Monday. Arai is due to arrive on Tuesday and will hold talks with President Claire Dumont "
                    "in Paris the same day.", date(2026, 6, 1))
    days = {e.action: e.date.value for e in events}
    assert days == {"visit": "2026-W24", "arrive": "2026-06-09", "meet": "2026-06-09"}


def test_round84_an_arrival_called_off_with_next_weeks_trip_is_in_that_week() -> None:
    events = _found("ROME, June 4 (Wire) - Brazilian President Paulo Reis has called off next week's visit to Italy, his "
                    "office said on Thursday. Reis had been due to arrive in Rome on Tuesday for talks with Prime "
                    "Minister Marco Bini.", date(2026, 6, 4))
    (arrival,) = [e for e in events if e.action == "arrive"]
    assert (arrival.status, arrival.date.value) == ("cancelled", "2026-06-09")


def test_round84_an_arrival_this_week_with_no_trip_next_week_stays_this_week() -> None:
    events = _found("PARIS, June 1 (Wire) - Japanese Prime Minister Kenji Arai is due to arrive in Paris on Tuesday for "
                    "talks with President Claire Dumont, his office said.", date(2026, 6, 1))
    (arrival,) = [e for e in events if e.action == "arrive"]
    assert arrival.date.value == "2026-06-02"


def test_round84_delegates_electing_a_chair_appoint_that_person() -> None:
    events = _found("DODOMA, July 12 (Wire) - Delegates of Tanzania's opposition Alliance for Democracy and Progress "
                    "elected Neema Mwakyusa as party chairwoman at a congress in Dodoma on Saturday.", date(2026, 7, 12))
    (ev,) = [e for e in events if e.action == "appointed"]
    assert (ev.actor.name, ev.what, ev.status, ev.date.value) == ("Neema Mwakyusa", "party chairwoman", "happened",
                                                                  "2026-07-11")
    assert any(e.action == "vote" for e in events)


def test_round84_a_chair_elected_to_replace_someone_then_takes_the_congress_day() -> None:
    events = _found("TBILISI, June 28 (Wire) - Georgia's opposition United Georgia movement held a party congress in "
                    "Tbilisi on Saturday. Delegates then elected Nino Abashidze, a former judge, to replace him, with 83 "
                    "percent of the vote.", date(2026, 6, 28))
    (ev,) = [e for e in events if e.action == "appointed"]
    assert (ev.actor.name, ev.what, ev.date.value) == ("Nino Abashidze", None, "2026-06-27")
    (congress,) = [e for e in events if e.action in ("hold", "host")]
    assert congress.actor.name == "United Georgia"


def test_round84_a_description_after_the_name_is_no_post() -> None:
    events = _found("TBILISI, June 28 (Wire) - Delegates elected Nino Abashidze, a former judge, as party leader on "
                    "Saturday.", date(2026, 6, 28))
    assert [(e.actor.name, e.what) for e in events if e.action == "appointed"] == [("Nino Abashidze", "party leader")]


@pytest.mark.parametrize("sentence", [
    "Opposition leader Tafadzwa Chikore's rally passed off peacefully in Bulawayo on Saturday.",
    "Opposition leader Tafadzwa Chikore's rally drew thousands of people in Bulawayo on Saturday.",
    "A rally by opposition leader Tafadzwa Chikore drew thousands of people in Bulawayo on Saturday.",
])
def test_round84_a_rally_that_drew_a_crowd_or_passed_off_took_place(sentence: str) -> None:
    (ev,) = _found(f"HARARE, June 14 (Wire) - {sentence}", date(2026, 6, 14))
    assert (ev.action, ev.actor.name, ev.status, ev.date.value) == ("protest", "Tafadzwa Chikore", "happened",
                                                                    "2026-06-13")


def test_round84_a_planned_rally_that_drew_criticism_stays_a_plan() -> None:
    (ev,) = _found("HARARE, June 14 (Wire) - Opposition leader Tafadzwa Chikore's planned rally has drawn criticism "
                   "from the ruling party.", date(2026, 6, 14))
    assert ev.status == "planned"


@pytest.mark.parametrize(("sentence", "place", "day"), [
    ("President Sipho Mahlangu faced angry questions from residents at a town hall meeting in Durban on Thursday.",
     "Durban", "2026-06-04"),
    ("Chancellor Matthias Brenner answered questions from voters at a citizens' dialogue in Leipzig on Friday.",
     "Leipzig", "2026-06-05"),
])
def test_round84_facing_questions_at_a_town_hall_meeting_held_it(sentence: str, place: str, day: str) -> None:
    (ev,) = _found(f"BERLIN, June 6 (Wire) - {sentence}", date(2026, 6, 6))
    assert (ev.action, ev.status, ev.place.name if ev.place else None, ev.date.value) == ("meet", "happened", place, day)


def test_round84_people_an_arrest_took_and_released_later_are_released_that_day() -> None:
    events = _found("TBILISI, June 18 (Wire) - Police detained two Civic Platform activists in Tbilisi on Thursday and "
                    "released them several hours later without charge.", date(2026, 6, 18))
    (ev,) = [e for e in events if e.action == "release"]
    assert (ev.actor.name, ev.what, ev.status, ev.date.value) == ("Georgia", "Civic Platform activists", "happened",
                                                                  "2026-06-18")
    assert ev.evidence.sentence.startswith("Police detained")


def test_round84_a_count_released_the_day_after_its_arrest_keeps_its_own_day() -> None:
    events = _found("MANILA, June 24 (Wire) - Police arrested 12 farmers outside the Department of Agriculture on "
                    "Tuesday. All 12 were released on Wednesday morning without charge.", date(2026, 6, 24))
    (ev,) = [e for e in events if e.action == "release"]
    assert (ev.what, ev.date.value[:10]) == ("farmers", "2026-06-24")
    assert ev.evidence.sentence.startswith("All 12")


def test_round84_a_release_still_ahead_is_no_release_told() -> None:
    events = _found("MANILA, June 24 (Wire) - Police arrested 12 farmers on Tuesday. They will be released on Friday.",
                    date(2026, 6, 24))
    assert not [e for e in events if e.action == "release"]


def test_round84_a_walkout_told_as_another_clause_of_a_stood_still_port_takes_its_day() -> None:
    events = _found("PIRAEUS, Greece, July 1 (Wire) - Ferries remained moored in Piraeus and other Greek ports on "
                    "Wednesday as seamen walked out for 24 hours, stranding thousands of tourists.", date(2026, 7, 1))
    (ev,) = [e for e in events if e.action == "protest"]
    assert (ev.actor.name, ev.status, ev.date.value) == ("seamen", "happened", "2026-07-01")


def test_round84_cabin_crew_staging_a_strike_strike() -> None:
    events = _found("ROME, June 26 (Wire) - AeroTirreno cancelled 130 flights on Friday as cabin crew staged a 24-hour "
                    "strike called by the ANAV union.", date(2026, 6, 26))
    assert [(e.action, e.status, e.date.value) for e in events if e.action == "protest"] == [
        ("protest", "happened", "2026-06-26")]


def test_round84_a_past_verb_read_as_an_adjective_after_a_day_phrase_is_the_act() -> None:
    events = _found("WASHINGTON, June 26 (Wire) - The U.S. Treasury Department on Thursday relaxed sanctions on "
                    "Venezuela's oil sector, issuing a general license to oil companies.", date(2026, 6, 26))
    assert [(e.action, e.actor.name, e.status, e.date.value) for e in events] == [
        ("ease", "United States", "happened", "2026-06-25")]


def test_round84_a_second_participle_after_a_past_arrival_took_place() -> None:
    events = _found("MOMBASA, June 9 (Wire) - President Samuel Wekesa arrived in Mombasa on Tuesday at the start of his "
                    "coast tour, inspecting the port's new container berth and holding talks with Mombasa Governor Omar "
                    "Baya.", date(2026, 6, 9))
    (ev,) = [e for e in events if e.action == "meet"]
    assert (ev.status, ev.date.value, tuple(c.name for c in ev.counterparts)) == ("happened", "2026-06-09", ("Omar Baya",))


def test_round84_an_act_also_done_takes_the_day_of_the_act_told_before() -> None:
    events = _found("NAIROBI, June 10 (Wire) - Kenyan Transport Minister Paul Kiprono and his Ugandan counterpart Grace "
                    "Atwine opened a new cargo terminal at Naivasha on Tuesday. Kiprono and Atwine also signed an "
                    "agreement on a joint cargo tracking system, officials said.", date(2026, 6, 10))
    (ev,) = [e for e in events if e.action == "sign"]
    assert (ev.status, ev.date.value, ev.date.text) == ("happened", "2026-06-09", "also")
