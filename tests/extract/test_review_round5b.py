"""Extraction gaps found by the fifth review round (wire-style articles): own-words sentences.

Each test states one behaviour, most general first.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from .fixture_articles import Row, rows as _rows, text_events as _events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Chancellor Ingrid Volkmann and President Tomas Herrera spoke by video link on Tuesday, an aide said.",
    "Chancellor Ingrid Volkmann and President Tomas Herrera had spoken by videoconference on Tuesday.",
])
def test_review_round5b_spoke_by_video_link_is_a_call(nlp: Language, text: str) -> None:
    # "by" parsed as a passive agent still names the means of talking
    assert _rows(_events(nlp, text, date(2026, 3, 12))) == [
        ("call", "Ingrid Volkmann", ("Tomas Herrera",), None, "2026-03-10", "happened")]


@pytest.mark.parametrize(("text", "place"), [
    ("Chancellor Ingrid Volkmann will arrive in the Georgian capital on Friday, her office said.", "Tbilisi"),
    ("Chancellor Ingrid Volkmann will arrive in Kenya's capital on Friday, her office said.", "Nairobi"),
])
def test_review_round5b_nationality_capital_is_the_capital_city(nlp: Language, text: str, place: str) -> None:
    (event,) = _events(nlp, text, date(2026, 3, 10))
    assert (event.action, event.place.name if event.place else None, event.date.value) == ("arrive", place, "2026-03-13")


def test_review_round5b_capital_markets_are_no_place(nlp: Language) -> None:
    doc = nlp.make_doc("Kenyan capital markets rallied on Friday.")
    doc._.anchor = date(2026, 3, 10)
    assert nlp(doc)._.places == []


def test_review_round5b_if_clause_on_the_main_verb_is_uncertain(nlp: Language) -> None:
    text = "Governor Lucia Marquez will visit Cebu on Saturday if the ferry service resumes."
    assert _rows(_events(nlp, text, date(2026, 3, 10))) == [
        ("visit", "Lucia Marquez", (), "Cebu City", "2026-03-14", "uncertain")]


def test_review_round5b_even_if_is_no_condition(nlp: Language) -> None:
    text = "Governor Lucia Marquez will visit Manila on Saturday even if the ferry service stays suspended."
    assert [e.status for e in _events(nlp, text, date(2026, 3, 10))] == ["planned"]


def test_review_round5b_call_on_a_person_is_a_meeting(nlp: Language) -> None:
    text = "Foreign Minister Ilse Brandt will call on King Omar Haddad in Rabat on April 2, her ministry said."
    assert _rows(_events(nlp, text, date(2026, 3, 25))) == [
        ("meet", "Ilse Brandt", ("Omar Haddad",), "Rabat", "2026-04-02", "planned")]


@pytest.mark.parametrize("text", [
    "Foreign Minister Ilse Brandt called on President Omar Haddad to free the two journalists.",
    "Foreign Minister Ilse Brandt called off her talks with President Omar Haddad on Monday.",
])
def test_review_round5b_appeal_and_call_off_are_no_courtesy_call(nlp: Language, text: str) -> None:
    assert [e.action for e in _events(nlp, text, date(2026, 3, 25)) if e.status in ("planned", "happened")] == []


def test_review_round5b_phone_call_stays_a_call(nlp: Language) -> None:
    text = "Foreign Minister Ilse Brandt will call President Omar Haddad on Friday."
    assert _rows(_events(nlp, text, date(2026, 3, 25))) == [
        ("call", "Ilse Brandt", ("Omar Haddad",), None, "2026-03-27", "planned")]


def test_review_round5b_undated_advice_is_no_event(nlp: Language) -> None:
    text = ("Chancellor Tobias Lenz is scheduled to fly to Ottawa next week. That matters. "
            "But he ought to stop in Dublin first. And he should see Prime Minister Aoife Byrne before anyone else.")
    assert [(e.action, e.place.name if e.place else None) for e in _events(nlp, text, date(2026, 3, 25))] == [("travel", "Ottawa")]


def test_review_round5b_invitation_of_a_person_is_the_counterpart(nlp: Language) -> None:
    text = "Chancellor Ingrid Volkmann will pay a state visit to Chile in May at the invitation of her Chilean counterpart, Gabriel Fuentes."
    assert _rows(_events(nlp, text, date(2026, 3, 25))) == [
        ("visit", "Ingrid Volkmann", ("Gabriel Fuentes",), "Chile", "2026-05", "planned")]


def test_review_round5b_nationality_of_a_sector_group_is_no_country(nlp: Language) -> None:
    text = "Chancellor Ingrid Volkmann will meet Chilean mining executives in Santiago on Friday."
    assert _rows(_events(nlp, text, date(2026, 3, 25))) == [  # (round 42: the executives are the group met)
        ("meet", "Ingrid Volkmann", ("Chilean mining executives",), "Santiago", "2026-03-27", "planned")]


def test_review_round5b_of_title_before_a_name_is_the_title(nlp: Language) -> None:
    text = "An embassy spokesman said no visit by Secretary of State Harold Quince to Manila was planned this month."
    (event,) = _events(nlp, text, date(2026, 3, 25))
    assert (event.actor.name, event.actor.title, tuple(c.name for c in event.counterparts), event.status) == (
        "Harold Quince", "Secretary of State", (), "denied")


def test_review_round5b_market_subjects_take_no_earlier_person(nlp: Language) -> None:
    text = ("\"Nobody wants to be early,\" said Priya Natarajan, head of rates at Larkspur Bank in Mumbai. "
            "Copper drifted lower, and the rupee met stiff resistance near 84 per dollar. "
            "Seoul's Kospi rose 2% to visit its highest level since March. "
            "Oil slipped after OPEC+ ministers agreed at an online meeting on Sunday to hold output. "
            "Shares of shipbuilder Northgate Marine jumped after the firm said its chairman would meet bondholders in Dubai on Friday.")
    # (the only event is the bloc's own online meeting, told by "OPEC+ ministers agreed at an online meeting on Sunday":
    # its meeting at no place, no call between two sides, since round 78)
    assert _rows(_events(nlp, text, date(2026, 3, 24))) == [("meet", "OPEC+", (), None, "2026-03-22", "happened")]


def test_review_round5b_the_trip_refers_back_to_the_planned_trip(nlp: Language) -> None:
    text = ("Foreign Minister Amara Diallo will travel to Accra on Friday, ministry spokesman Kofi Mensah told reporters. "
            "The trip comes days after a border dispute flared near the coast.")
    assert _rows(_events(nlp, text, date(2026, 3, 24))) == [
        ("travel", "Amara Diallo", (), "Accra", "2026-03-27", "planned")]


def test_review_round5b_initially_planned_is_no_new_plan(nlp: Language) -> None:
    text = ("Trade Minister Sofia Lindgren will meet Economy Minister Pavel Novak in Prague on Friday, her office said. "
            "The talks were originally scheduled for September but were postponed after a row over tariffs.")
    assert _rows(_events(nlp, text, date(2026, 3, 24))) == [
        ("meet", "Sofia Lindgren", ("Pavel Novak",), "Prague", "2026-03-27", "planned")]


def test_review_round5b_dated_talks_at_a_tour_stop_are_a_meeting_there(nlp: Language) -> None:
    text = ("Foreign Minister Amara Diallo will fly to Dakar on Monday before heading to Bamako for talks on Wednesday "
            "with Foreign Minister Oumar Keita, the ministry said.")
    rows = _rows(_events(nlp, text, date(2026, 3, 24)))
    assert ("meet", "Amara Diallo", ("Oumar Keita",), "Bamako", "2026-03-25", "planned") in rows


def test_review_round5b_talks_ahead_of_which_one_flies_are_at_the_destination(nlp: Language) -> None:
    text = "Foreign Minister Amara Diallo is due to fly to Bamako on Tuesday ahead of Wednesday's talks with Foreign Minister Oumar Keita."
    rows = _rows(_events(nlp, text, date(2026, 3, 24)))
    assert ("meet", "Amara Diallo", ("Oumar Keita",), "Bamako", "2026-03-25", "planned") in rows


@pytest.mark.parametrize("text", [
    "Olena Marchuk will meet second seed Carla Ribeiro of Portugal in the final on Sunday.",
    "Olena Marchuk and Carla Ribeiro last met in the quarter-finals in Madrid in May.",
    "Olena Marchuk, who visited the physio twice during the match, said her wrist was fine.",
])
def test_review_round5b_sports_matches_are_no_meeting(nlp: Language, text: str) -> None:
    assert _rows(_events(nlp, text, date(2026, 3, 24))) == []


def test_review_round5b_venue_after_at_is_no_counterpart(nlp: Language) -> None:
    text = "President Rahul Verma will host the regional summit at Sundar Pavilion on April 9, officials said."
    assert [tuple(c.name for c in e.counterparts) for e in _events(nlp, text, date(2026, 3, 24))] == [()]


@pytest.mark.parametrize("text", [
    "The coalition marked its 200-day milestone on Friday.",
    "Ferry crossings restarted on Friday after a two-week suspension.",
])
def test_review_round5b_duration_that_is_no_event_length_makes_no_span(text: str) -> None:
    from dateline.extract.time import find_times

    assert [t.end_value for t in find_times(text, date(2026, 3, 24)) if t.type == "DATE"] == [None]


def test_review_round5b_duration_of_a_visit_still_makes_a_span() -> None:
    from dateline.extract.time import find_times

    times = find_times("She begins a three-day state visit on Monday.", date(2026, 3, 24))
    assert [(t.value, t.end_value) for t in times if t.type == "DATE"] == [("2026-03-30", "2026-04-01")]
