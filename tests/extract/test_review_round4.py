"""Extraction gaps found by the questions review round (tests/fixtures/review_stories): own-words sentences.

Each test states one behaviour: a comma list of tour legs, talks held by video link, a hoped-for trip, a denial
told as the background of a visit that happened, a title given by an election, nominal talks on an itinerary
line, a tour cut short, a flight home from a city, and a gathering held with no person as its actor.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from .fixture_articles import Row, rows as _rows, text_events as _events

pytestmark = pytest.mark.slow


def test_review_round4_comma_listed_legs(nlp: Language) -> None:
    text = "Chancellor Petra Lindqvist will visit Lima on June 3, Quito on June 5 and Bogota on June 8, her office said."
    visits = [(e.place.name if e.place else None, e.date.value) for e in _events(nlp, text, date(2026, 5, 20)) if e.action == "visit"]
    assert visits == [("Lima", "2026-06-03"), ("Quito", "2026-06-05"), ("Bogotá", "2026-06-08")]


@pytest.mark.parametrize("text", [
    "President Joao Ferreira and Prime Minister Mette Halvorsen held talks by video link on Tuesday.",
    "President Joao Ferreira and Prime Minister Mette Halvorsen held talks by videoconference on Tuesday.",
    "President Joao Ferreira and Prime Minister Mette Halvorsen held virtual talks on Tuesday.",
])
def test_review_round4_remote_talks_are_a_call(nlp: Language, text: str) -> None:
    assert _rows(_events(nlp, text, date(2026, 4, 8))) == [
        ("call", "Joao Ferreira", ("Mette Halvorsen",), None, "2026-04-07", "happened")]


def test_review_round4_remote_talks_take_no_place(nlp: Language) -> None:
    text = "Chancellor Petra Lindqvist held talks by video link with President Joao Ferreira in Stockholm on Tuesday."
    assert [(e.action, e.place) for e in _events(nlp, text, date(2026, 4, 8))] == [("call", None)]


def test_review_round4_hoped_trip_is_uncertain(nlp: Language) -> None:
    text = "Chancellor Petra Lindqvist said she hoped to travel to Chile later in the summer."
    assert [(e.action, e.status) for e in _events(nlp, text, date(2026, 4, 8))] == [("travel", "uncertain")]


def test_review_round4_background_denial_is_no_report(nlp: Language) -> None:
    text = ("Foreign Minister Elena Duarte visited Madrid on Thursday and met Foreign Minister Pablo Serrano, "
            "a week after her ministry denied that any trip was planned.")
    assert [(e.action, e.status) for e in _events(nlp, text, date(2026, 9, 18))] == [("visit", "happened"), ("meet", "happened")]


def test_review_round4_denial_before_a_plan_stays(nlp: Language) -> None:
    text = "Her ministry denied on Thursday that Foreign Minister Elena Duarte would visit Madrid."
    assert [(e.action, e.status) for e in _events(nlp, text, date(2026, 9, 18))] == [("visit", "denied")]


@pytest.mark.parametrize("text,title,country", [
    ("Tomas Varga was elected prime minister by Hungary's parliament on Monday.", "Prime Minister", "Hungary"),
    ("Tomas Varga was sworn in as Hungary's prime minister on Monday.", "Prime Minister", "Hungary"),
    ("Tomas Varga was appointed foreign minister by the Hungarian president.", "Foreign Minister", "Hungary"),
])
def test_review_round4_title_from_an_election(nlp: Language, text: str, title: str, country: str) -> None:
    doc = nlp.make_doc(text + " Varga will visit Vienna on Friday.")
    doc._.anchor = date(2026, 2, 2)
    doc = nlp(doc)
    assert {(e.actor.name, e.actor.title, e.actor.country) for e in doc._.events} == {("Tomas Varga", title, country)}


@pytest.mark.parametrize("text,anchor,row", [
    ("Baltic foreign ministers will hold their spring conference in Riga on April 14, the Latvian government said.",
     date(2026, 4, 1), ("hold", "Baltic conference participants", (), "Riga", "2026-04-14", "planned")),
    ("The Baltic conference was held in Riga on Tuesday.",
     date(2026, 4, 15), ("hold", "Baltic conference participants", (), "Riga", "2026-04-14", "happened")),
])
def test_review_round4_gathering_without_a_person_holds_itself(nlp: Language, text: str, anchor: date, row: Row) -> None:
    assert _rows(_events(nlp, text, anchor)) == [row]


def test_review_round4_unnamed_gathering_held_gives_no_event(nlp: Language) -> None:
    assert _events(nlp, "Talks were held in Riga on Tuesday.", date(2026, 4, 15)) == []


def test_review_round4_hosted_meeting_is_the_gathering_before(nlp: Language) -> None:
    text = "The Baltic conference was held in Riga on Tuesday. Latvian Foreign Minister Ilze Berzina hosted the meeting."
    assert _rows(_events(nlp, text, date(2026, 4, 15)))[1] == (
        "host", "Ilze Berzina", ("Baltic conference participants",), "Riga", "2026-04-14", "happened")


def test_review_round4_flew_home_from_a_city_departs_it(nlp: Language) -> None:
    text = "Chancellor Petra Lindqvist flew home from Lima on Friday."
    assert _rows(_events(nlp, text, date(2026, 6, 6))) == [("depart", "Petra Lindqvist", (), "Lima", "2026-06-05", "happened")]


def test_review_round4_tour_cut_short_is_no_visit(nlp: Language) -> None:
    text = "Chancellor Petra Lindqvist cut short her South American tour on Friday and flew home from Lima."
    assert _rows(_events(nlp, text, date(2026, 6, 6))) == [("depart", "Petra Lindqvist", (), "Lima", "2026-06-05", "happened")]
