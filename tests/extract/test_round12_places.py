"""Places, round 12 (audit 23): an event of a traveller dated inside a leg of the trip, with no place of its own, is in
the leg's city ("leaves for X on Friday ... will meet Y on Saturday"); islands and provinces the gazetteer lacks
(``places.json``), "on the island of X" and "a base on X" as places, and a name in apposition to a facility noun as a
site; a relative clause bringing the people met to a place, and a "since" clause of a trip noun's destination, place
their events; the country of a title ("ambassador to X"), and a place in a participle describing a noun ("migrants
lost at sea on the route to X"), are no venue.

Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.extract.places import resolve_place
from dateline.model import Event

from .fixture_articles import article_events

#: A Monday: "on Friday" is 2026-08-07, "on Saturday" 2026-08-08.
ANCHOR = date(2026, 8, 3)


def _placed(evs: list[Event], action: str) -> list[tuple[str, str | None]]:
    return [(e.actor.name, e.place.name if e.place else None) for e in evs if e.action == action]


# 1. the city of the current trip leg


@pytest.mark.slow
def test_meeting_the_day_after_leaving_for_a_city_is_there(nlp: Language, tmp_path: Path) -> None:
    text = ("SEOUL, Aug 3 (Wire) - Trade Minister Lena Varga held talks in Seoul on Monday. Varga leaves for Hanoi on "
            "Friday. She is scheduled to meet Vietnamese Trade Minister Tran Van Binh on Saturday.")
    assert _placed(article_events(nlp, tmp_path, text, ANCHOR), "meet")[-1] == ("Lena Varga", "Hanoi")


@pytest.mark.slow
def test_meeting_after_an_arrival_without_a_place_is_in_the_dateline_city(nlp: Language, tmp_path: Path) -> None:
    text = ("LIMA, Aug 3 (Wire) - Finance Minister Oskar Brandt arrived on Monday evening from Quito. Brandt is "
            "scheduled to meet Peruvian bankers on Wednesday morning before flying on to Santiago on Thursday.")
    assert _placed(article_events(nlp, tmp_path, text, ANCHOR), "meet") == [("Oskar Brandt", "Lima")]


@pytest.mark.slow
def test_leg_city_does_not_place_another_persons_event(nlp: Language, tmp_path: Path) -> None:
    text = ("SEOUL, Aug 3 (Wire) - Trade Minister Lena Varga leaves for Hanoi on Friday. Separately, Labour Minister "
            "Piet Mols is scheduled to meet union leaders on Saturday.")
    assert _placed(article_events(nlp, tmp_path, text, ANCHOR), "meet") == [("Piet Mols", None)]


@pytest.mark.slow
def test_event_before_the_leg_begins_keeps_no_leg_city(nlp: Language, tmp_path: Path) -> None:
    text = ("SEOUL, Aug 3 (Wire) - Trade Minister Lena Varga leaves for Hanoi on Friday. She is scheduled to meet "
            "exporters on Wednesday.")
    assert ("Lena Varga", "Hanoi") not in _placed(article_events(nlp, tmp_path, text, ANCHOR), "meet")


# 2. islands and provinces


@pytest.mark.parametrize("name,row", [
    ("Palawan", ("Palawan", "region", "Philippines")),
    ("Bali", ("Bali", "region", "Indonesia")),
    ("Cabo Delgado", ("Cabo Delgado", "region", "Mozambique")),
    ("Sicily", ("Sicily", "region", "Italy")),
])
def test_island_or_province_resolves_to_its_country(name: str, row: tuple[str, str, str]) -> None:
    ref = resolve_place(name)
    assert ref is not None and (ref.name, ref.kind, ref.country) == row


@pytest.mark.slow
def test_base_on_the_island_of_x_places_the_trip(nlp: Language, tmp_path: Path) -> None:
    text = "MANILA, Aug 3 (Wire) - Navy chief Anton Ruiz will visit a radar station on the island of Mindanao on Friday."
    assert _placed(article_events(nlp, tmp_path, text, ANCHOR), "visit") == [("Anton Ruiz", "Mindanao")]


@pytest.mark.slow
def test_on_an_island_after_a_facility_noun_is_a_place(nlp: Language, tmp_path: Path) -> None:
    text = "ROME, Aug 3 (Wire) - Interior Minister Carla Neri will visit a migrant camp on Lampedusa on Friday."
    assert _placed(article_events(nlp, tmp_path, text, ANCHOR), "visit") == [("Carla Neri", "Lampedusa")]


@pytest.mark.slow
def test_talks_on_a_region_are_a_topic_not_a_place(nlp: Language, tmp_path: Path) -> None:
    text = "KYIV, Aug 3 (Wire) - Foreign Minister Ivan Sirko will hold talks on Crimea with Turkish envoys in Ankara on Friday."
    evs = article_events(nlp, tmp_path, text, ANCHOR)
    assert all(e.place is None or e.place.name != "Crimea" for e in evs)


@pytest.mark.slow
def test_name_in_apposition_to_a_facility_noun_is_a_site(nlp: Language, tmp_path: Path) -> None:
    text = ("MANILA, Aug 3 (Wire) - Navy chief Anton Ruiz will fly to Rocky Point, a remote air base on Mindanao, "
            "on Friday.")
    ev = next(e for e in article_events(nlp, tmp_path, text, ANCHOR) if e.action == "travel")
    assert ev.place is not None and (ev.place.name, ev.place.kind, ev.place.within) == ("Rocky Point", "site", ("Mindanao", "Philippines"))
    assert ev.counterparts == ()


# 3. places in relative clauses, trip nouns and titles


@pytest.mark.slow
def test_people_brought_to_a_city_are_met_there(nlp: Language, tmp_path: Path) -> None:
    text = ("BERLIN, Aug 3 (Wire) - Chancellor Ute Brandl will meet a group of flood victims who will be brought to "
            "Dresden on Friday, her office said.")
    assert _placed(article_events(nlp, tmp_path, text, ANCHOR), "meet") == [("Ute Brandl", "Dresden")]


@pytest.mark.slow
def test_visit_in_a_since_clause_of_a_trip_noun_goes_to_its_destination(nlp: Language, tmp_path: Path) -> None:
    text = "OSLO, Aug 3 (Wire) - It will be the first royal trip to Chile since King Harald visited in 2005."
    assert _placed(article_events(nlp, tmp_path, text, ANCHOR), "visit") == [("Harald", "Chile")]


@pytest.mark.slow
def test_country_of_an_ambassador_title_is_no_venue(nlp: Language, tmp_path: Path) -> None:
    text = "ROME, Aug 3 (Wire) - Chile's ambassador to Kenya, Rosa Fuentes, attended a trade fair on Monday."
    assert ("Rosa Fuentes", "Kenya") not in _placed(article_events(nlp, tmp_path, text, ANCHOR), "attend")


@pytest.mark.slow
def test_place_in_a_participle_describing_a_noun_is_no_venue(nlp: Language, tmp_path: Path) -> None:
    text = ("MADRID, Aug 3 (Wire) - Bishop Tomas Lleida will stop in Cadiz on Friday, where he will meet the mayor and "
            "pray for fishermen lost at sea on the route to the Canary Islands.")
    assert ("Tomas Lleida", "Canary Islands") not in _placed(article_events(nlp, tmp_path, text, ANCHOR), "meet")
