"""Extraction gaps found by the ninth review round (wire, ministry and feature styles): own-words sentences.

Each test states one behaviour, most general first.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from .fixture_articles import article_rows, rows as _rows, text_events as _events

pytestmark = pytest.mark.slow


# 1. a ministry release: "The Honourable X, Minister of ...," and a listed itinerary with a country in apposition,
#    a day range and "and then to Y on D"


@pytest.mark.parametrize("honorific", ["The Honourable", "The Honorable", "The Hon."])
def test_review_round9_honourable_names_the_person(nlp: Language, honorific: str) -> None:
    text = f"{honorific} Nadia Kerr, Minister of Trade, will travel to Lima on March 5."
    assert _rows(_events(nlp, text, date(2026, 3, 2))) == [("travel", "Nadia Kerr", (), "Lima", "2026-03-05", "planned")]


@pytest.mark.parametrize("text, legs", [
    ("The Honourable Nadia Kerr, Minister of Trade, will travel to Lima, Peru, from March 4 to 6, and then to Santiago, "
     "Chile, on March 7.", [("Lima", "2026-03-04"), ("Santiago", "2026-03-07")]),
    ("Minister Nadia Kerr will travel to Quito, Ecuador, on March 4, and then to Bogota on March 6.",
     [("Quito", "2026-03-04"), ("Bogotá", "2026-03-06")]),
])
def test_review_round9_listed_legs_after_an_apposition_and_a_range(nlp: Language, text: str, legs: list[tuple[str, str]]) -> None:
    travels = [e for e in _events(nlp, text, date(2026, 3, 2)) if e.action == "travel"]
    assert sorted((e.place.name if e.place else None, e.date.value) for e in travels) == sorted(legs)
    assert {(e.actor.name, e.status) for e in travels} == {("Nadia Kerr", "planned")}


def test_review_round9_press_release_meetings_take_their_leg_days(nlp: Language, tmp_path: Path) -> None:
    text = ("Minister of Trade to visit Peru and Chile\n\n"
            "Ottawa, March 2, 2026 - Global Affairs Canada\n\n"
            "The Honourable Nadia Kerr, Minister of Trade, will travel to Lima, Peru, from March 4 to 6, and then to "
            "Santiago, Chile, on March 7, 2026.\n\n"
            "In Lima, Minister Kerr will meet with her Peruvian counterpart, Luis Mora. In Santiago, she will meet "
            "Chilean Foreign Minister Ana Soto.\n")
    meets = [r for r in article_rows(nlp, tmp_path, text, date(2026, 3, 2)) if r[0] == "meet"]
    assert meets == [("meet", "Nadia Kerr", ("Luis Mora",), "Lima", "2026-03-04", "planned"),
                     ("meet", "Nadia Kerr", ("Ana Soto",), "Santiago", "2026-03-07", "planned")]


# 2. a name that opens with an English function word ("To Lam") is a name, not a preposition


def test_review_round9_function_word_surname_is_a_name(nlp: Language) -> None:
    text = ("President Ana Soto held talks with visiting Vietnamese Communist Party General Secretary To Lam in Lima on "
            "Tuesday. To Lam is set to travel to Cusco on Wednesday before returning home.")
    events = _events(nlp, text, date(2026, 4, 15))
    assert ("meet", "Ana Soto", ("To Lam",), "Lima", "2026-04-14", "happened") in _rows(events)
    assert ("visit", "To Lam", ("Ana Soto",), "Lima", "2026-04-14", "happened") in _rows(events)
    (travel,) = [e for e in events if e.action == "travel"]
    assert (travel.actor.name, travel.place.name if travel.place else None, travel.status) == ("To Lam", "Cusco", "planned")
    assert {e.actor.title for e in events if e.actor.name == "To Lam"} == {"General Secretary"}


def test_review_round9_welcomed_function_word_surname(nlp: Language) -> None:
    text = "President Ana Soto welcomed To Lam, who arrived on Monday for a three-day state visit."
    events = _events(nlp, text, date(2026, 4, 15))
    assert {e.actor.name for e in events if e.action in ("arrive", "visit")} == {"To Lam"}


def test_review_round9_title_case_headline_to_is_no_name(nlp: Language) -> None:
    # "To" in a headline in Title Case is the infinitive marker: the pair is never merged into a name
    doc = nlp("Soto To Visit Hanoi Next Week\nPresident Ana Soto will visit Hanoi next week.")
    assert all(t.text != "To Visit" for t in doc)


# 3. "No such trip is planned": the plan of the person an earlier verb of the same plan belongs to, not a person named later


def test_review_round9_no_such_trip_is_the_earlier_travellers(nlp: Language) -> None:
    text = ("The Kremlin on Wednesday denied reports that President Ivan Petrov would travel to Budapest later this month. "
            "\"No such trip is planned,\" spokesman Oleg Belov said. "
            "Hungarian Prime Minister Peter Nagy had said last week that his country was ready to host talks. "
            "Nagy spoke with reporters in Budapest.")
    denied = [e for e in _events(nlp, text, date(2025, 10, 22)) if e.status == "denied"]
    assert denied and {e.actor.name for e in denied} == {"Ivan Petrov"}


# 4. on the sidelines of a meeting moved to another city: at the new city


def test_review_round9_sidelines_of_a_moved_meeting_are_at_its_new_place(nlp: Language, tmp_path: Path) -> None:
    text = ("Regional ministers' meeting moved to Cebu\n\n"
            "MANILA, Jan 14 - A meeting of regional foreign ministers scheduled for late January has been moved from "
            "Manila to Cebu, the foreign ministry said on Tuesday.\n\n"
            "Foreign Secretary Rosa Diaz will chair the meeting. On the sidelines, Diaz is expected to meet Thai "
            "Foreign Minister Anan Wong.\n")
    (meet,) = [r for r in article_rows(nlp, tmp_path, text, date(2026, 1, 14)) if r[0] == "meet" and r[2]]
    assert meet[:4] == ("meet", "Rosa Diaz", ("Anan Wong",), "Cebu City")


# 5. a conjoined plan verb's day is its own event's; a gathering is where and when its purpose verb says


def test_review_round9_conjoined_plan_day_is_not_shared(nlp: Language) -> None:
    text = ("President Luis Mora will attend the summit and is expected to meet Prime Minister Ana Soto on Feb. 13, his "
            "office said.")
    events = _events(nlp, text, date(2026, 2, 2))
    (attend,) = [e for e in events if e.action == "attend"]
    (meet,) = [e for e in events if e.action == "meet"]
    assert (attend.date.value, meet.date.value) == (None, "2026-02-13")


def test_review_round9_gathering_purpose_gives_place_and_days(nlp: Language) -> None:
    text = ("Heads of state from across the region will gather in the Ethiopian capital for the regional summit Feb. 14-15, "
            "the bloc said Monday. President Luis Mora will attend the summit and is expected to meet Prime Minister Ana "
            "Soto on Feb. 13, his office said.")
    (attend,) = [e for e in _events(nlp, text, date(2026, 2, 2)) if e.action == "attend"]
    assert (attend.actor.name, attend.place.name if attend.place else None, attend.date.value, attend.status) == \
        ("Luis Mora", "Addis Ababa", "2026-02-14", "planned")


# 6. a trip noun's destination the parser hung on another word ("her first trip abroad as minister to X")


def test_review_round9_trip_destination_after_a_role_phrase(nlp: Language) -> None:
    text = "Camila Rojas will make her first trip abroad as minister to Buenos Aires at the end of the month."
    assert _rows(_events(nlp, text, date(2026, 3, 10))) == [("visit", "Camila Rojas", (), "Buenos Aires", "2026-03", "planned")]
