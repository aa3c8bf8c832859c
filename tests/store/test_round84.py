"""Round 84 (session 70): stories across articles: a visit to a country told by its capital and by the country in one
report is one visit, and a trip called off calls off what was to be done on it. Sentences and names are our own. June
1, 2026 is a Monday."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ..stored import stored

_PLAN = ("PARIS, June 1 (Wire) - Japanese Prime Minister Kenji Arai will visit France next week, his office said on "
         "Monday.", date(2026, 6, 1))
_PLAN_ARRIVAL = ("PARIS, June 1 (Wire) - Japanese Prime Minister Kenji Arai will visit France next week, his office said "
                 "on Monday. Arai is due to arrive on Tuesday and will hold talks with President Claire Dumont in Paris "
                 "the same day.", date(2026, 6, 1))
_HELD = ("PARIS, June 9 (Wire) - Japanese Prime Minister Kenji Arai arrived in Paris on Tuesday for a two-day visit to "
         "France and held talks with President Claire Dumont.", date(2026, 6, 9))


@pytest.mark.slow
@pytest.mark.parametrize("plan", [_PLAN, _PLAN_ARRIVAL])
def test_round84_a_visit_told_by_its_capital_and_its_country_is_one_visit(tmp_path: Path,
                                                                         plan: tuple[str, date]) -> None:
    events = stored(tmp_path, [plan, _HELD]).events()
    visits = [(e.status, e.date.value) for e in events if e.action == "visit"]
    assert visits == [("happened", "2026-06-09")]
    assert [(e.status, e.date.value) for e in events if e.action == "meet"] == [("happened", "2026-06-09")]


@pytest.mark.slow
def test_round84_a_trip_called_off_calls_off_the_ceremony_it_was_for(tmp_path: Path) -> None:
    events = stored(tmp_path, [
        ("OTTAWA, June 1 (Wire) - Canadian Prime Minister Mark Dunn will travel to France this week and attend a "
         "commemoration ceremony in Caen on Saturday, his office said.", date(2026, 6, 1)),
        ("OTTAWA, June 4 (Wire) - Canadian Prime Minister Mark Dunn has called off his trip to France to deal with "
         "wildfires in British Columbia, his office said on Thursday.", date(2026, 6, 4))]).events()
    assert sorted((e.action, e.status, e.place.name if e.place else None) for e in events) == [
        ("attend", "cancelled", "Caen"), ("visit", "cancelled", "France")]


@pytest.mark.slow
def test_round84_a_strike_whose_sentence_names_the_union_that_called_it_is_the_unions(tmp_path: Path) -> None:
    events = stored(tmp_path, [
        ("THE HAGUE, June 1 (Wire) - The Havenbond union will stage a 48-hour strike at the port of Rotterdam from "
         "Thursday, it said on Monday.", date(2026, 6, 1)),
        ("ROTTERDAM, June 4 (Wire) - Thousands of dockworkers at Rotterdam walked off the job on Thursday, starting a "
         "48-hour strike called by the Havenbond union.", date(2026, 6, 4))]).events()
    assert [(e.actor.name, e.status, e.date.value) for e in events if e.action == "protest"] == [
        ("Havenbond", "happened", "2026-06-04")]


@pytest.mark.slow
def test_round84_an_opening_of_one_named_thing_moved_to_another_city_is_one_opening(tmp_path: Path) -> None:
    events = stored(tmp_path, [
        ("MANILA, June 22 (Wire) - Agriculture Secretary Ramon Villaluz will open the annual Palay Harvest Festival in "
         "Cabanatuan City on Saturday, the department said on Monday.", date(2026, 6, 22)),
        ("SAN JOSE CITY, Philippines, June 27 (Wire) - Agriculture Secretary Ramon Villaluz opened the Palay Harvest "
         "Festival in San Jose City on Saturday.", date(2026, 6, 27))]).events()
    assert [(e.status, e.date.value, e.place.name if e.place else None) for e in events if e.action == "open"] == [
        ("happened", "2026-06-27", "San Jose")]


@pytest.mark.slow
def test_round84_a_trip_to_a_region_called_off_calls_off_the_stops_its_sentence_named(tmp_path: Path) -> None:
    events = stored(tmp_path, [
        ("MANILA, June 23 (Wire) - Philippine President Ramon Villanueva will fly to Mindanao on Friday for a two-day "
         "visit with stops in Davao City and Cagayan de Oro, the palace said.", date(2026, 6, 23)),
        ("MANILA, June 25 (Wire) - President Ramon Villanueva has called off his trip to Mindanao as a typhoon bears "
         "down on the south, the palace said on Thursday.", date(2026, 6, 25))]).events()
    stops = {e.place.name: e.status for e in events if e.place is not None and e.place.name != "Mindanao"}
    assert stops and set(stops.values()) == {"cancelled"}
