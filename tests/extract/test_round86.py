"""Round 86 (session 72): what audits 318-323 (port calls and peacekeepers, regional bloc summits, prisoner releases,
infrastructure openings, heads of international bodies travelling, elections) and the gaps left open by round 85 found,
in one article. Each test states one behaviour. Sentences and names are our own. June 1, 2026 is a Monday.
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


def _rows(events: list[Event]) -> list[tuple[str, str, tuple[str, ...], str | None, str | None, str]]:
    return [(e.action, e.actor.name, tuple(c.name for c in e.counterparts), e.place.name if e.place else None,
             e.date.value, e.status) for e in events]


def test_round86_talks_between_two_named_sides_that_focused_on_a_topic_were_held() -> None:
    events = _found("BERLIN, June 3 (Wire) - Talks between Germany and Poland in Berlin on Monday focused on energy "
                    "prices, officials said.")
    assert _rows(events) == [("meet", "Germany", ("Poland",), "Berlin", "2026-06-01", "happened")]


@pytest.mark.parametrize("text", [
    "BERLIN, June 3 (Wire) - Talks between Germany and Poland will focus on energy prices.",  # ahead: what about
    "BERLIN, June 3 (Wire) - The summit is expected to focus on energy prices.",  # no sides named
])
def test_round86_a_topic_told_of_talks_ahead_or_of_no_one_is_no_meeting(text: str) -> None:
    assert _found(text) == []


def test_round86_a_name_opened_by_a_foreign_article_after_at_is_the_venue() -> None:
    events = _found("PARIS, June 3 (Wire) - Polish President Jan Nowak was welcomed with full military honours at Les "
                    "Invalides on Monday.")
    assert _rows(events) == [("visit", "Jan Nowak", (), "Les Invalides", "2026-06-01", "happened")]


@pytest.mark.parametrize(("text", "what", "place"), [
    ("ISLAMABAD, June 3 (Wire) - Turkey sent 500 tonnes of flour to Pakistan on Monday.", "flour", "Pakistan"),
    ("ISLAMABAD, June 3 (Wire) - A Turkish navy ship delivered 500 tonnes of flour and tents to Karachi on Monday, the "
     "foreign ministry said.", "flour", "Karachi"),  # (the recognizer reads Karachi as an organization here)
    ("MANILA, June 3 (Wire) - Japan will ship 20,000 hygiene kits to Cebu next week.", "hygiene kits", "Cebu City"),
])
def test_round86_staple_food_and_relief_kits_sent_are_aid_to_where_they_go(text: str, what: str, place: str) -> None:
    events = _found(text)
    assert [(e.action, e.what, e.place.name if e.place else None) for e in events] == [("aid", what, place)]
    assert events[0].cameo in ("073", "033")  # humanitarian aid given (or promised: 033)


@pytest.mark.parametrize(("text", "actor", "place"), [
    ("GAZA, June 3 (Wire) - A UN aid convoy arrived in Rafah on Monday.", "UN", "Rafa"),
    ("GAZA, June 3 (Wire) - A Turkish aid convoy reached Rafah on Monday.", "Turkey", "Rafa"),
    ("BENGHAZI, June 3 (Wire) - The first EU humanitarian flight landed in Benghazi on Monday with 40 tonnes of medical "
     "supplies.", "EU", "Benghazi"),
    ("BENGHAZI, June 3 (Wire) - A Qatari relief plane carrying tents and blankets touched down in Benghazi on Monday.",
     "Qatar", "Benghazi"),
])
def test_round86_an_aid_convoy_or_relief_flight_told_by_its_arrival_is_aid_not_an_arrival(
        text: str, actor: str, place: str) -> None:
    events = _found(text)
    assert [(e.action, e.actor.name, e.date.value) for e in events] == [("aid", actor, "2026-06-01")]
    assert events[0].place is not None and events[0].place.name.startswith(place)


def test_round86_a_leaders_flight_landing_stays_an_arrival() -> None:
    events = _found("TRIPOLI, June 3 (Wire) - Italian Prime Minister Marta Conti's flight landed in Benghazi on Monday.")
    assert [(e.action, e.actor.name, e.place.name if e.place else None) for e in events] == [
        ("arrive", "Marta Conti", "Benghazi")]


def test_round86_aid_flights_sent_somewhere_are_placed_there() -> None:
    events = _found("ROME, June 3 (Wire) - Italy will send two aid flights to Benghazi next week.")
    assert _rows(events) == [("aid", "Italy", (), "Benghazi", "2026-W24", "planned")]


@pytest.mark.parametrize(("text", "action", "place"), [
    ("DHAKA, June 3 (Wire) - Prime Minister Rahima Chowdhury will inaugurate a new container terminal at Mongla port "
     "on Saturday.", "open", "Mongla"),  # a port town the gazetteer lacks
    ("LIMA, June 3 (Wire) - President Elena Quispe will inaugurate the expanded port of Salaverry on June 28.", "open",
     "Salaverry"),
    ("LIMA, June 3 (Wire) - President Elena Quispe will inaugurate the expanded port of Callao on June 28.", "open",
     "Callao"),  # (a town the gazetteer knows, as the port's "of")
    ("DHAKA, June 3 (Wire) - Prime Minister Rahima Chowdhury will visit the Rampal power station on Saturday.", "visit",
     "Rampal power station"),  # a site, no body named Rampal met
])
def test_round86_a_port_or_station_named_after_a_town_places_the_event(text: str, action: str, place: str) -> None:
    events = _found(text)
    assert [(e.action, e.place.name if e.place else None, tuple(c.name for c in e.counterparts)) for e in events] == [
        (action, place, ())]


def test_round86_a_state_that_frees_a_person_is_the_other_side_of_the_release() -> None:
    events = _found("CARACAS, June 3 (Wire) - Venezuela released American businessman Thomas Brennan on Tuesday, the "
                    "State Department said.")
    assert _rows(events) == [("freed", "Thomas Brennan", ("Venezuela",), None, "2026-06-02", "happened")]


def test_round86_two_people_freed_together_each_keep_the_state_that_freed_them() -> None:
    events = _found("TEHRAN, June 3 (Wire) - Iranian authorities freed French teacher Anne Morel and her husband Paul "
                    "Morel on Tuesday.")
    assert sorted((e.actor.name, tuple(c.name for c in e.counterparts)) for e in events) == [
        ("Anne Morel", ("Iran",)), ("Paul Morel", ("Iran",))]


def test_round86_a_denied_plan_to_postpone_a_vote_leaves_it_planned_on_its_coming_day() -> None:
    events = _found("LUSAKA, March 4 (Wire) - Zambia's government on Wednesday denied reports that it planned to postpone "
                    "the August 13 general elections, saying the vote would go ahead as scheduled.", date(2026, 3, 4))
    assert [(e.action, e.actor.name, e.date.value, e.status) for e in events] == [
        ("vote", "Zambia", "2026-08-13", "planned")]


def test_round86_a_joint_patrol_is_an_exercise() -> None:
    events = _found("MANILA, June 3 (Wire) - The Philippines and Australia will hold a joint patrol off Palawan on "
                    "Saturday, the military said.")
    assert _rows(events) == [("exercise", "Philippines", ("Australia",), "Palawan", "2026-06-06", "planned")]


def test_round86_a_named_exercise_the_parser_read_as_a_verb_is_the_exercise_begun() -> None:
    events = _found("DARWIN, June 3 (Wire) - Indonesia and Australia began the Cassowary Tide exercise off Darwin on "
                    "Monday, the Australian Defence Force said.")
    assert [(e.action, e.actor.name, e.what, e.place.name if e.place else None, e.date.value) for e in events] == [
        ("exercise", "Indonesia", "Cassowary Tide", "Darwin", "2026-06-01")]


def test_round86_a_bodys_headquarters_in_a_town_is_placed_in_the_town() -> None:
    events = _found("ACCRA, June 3 (Wire) - Defence Minister Kofi Asante will attend a farewell parade at the UNIFIL "
                    "headquarters in Naqoura on June 20, the ministry said.")
    assert [(e.action, e.place.name if e.place else None, e.date.value) for e in events] == [
        ("attend", "Naqoura", "2026-06-20")]


def test_round86_a_training_ship_named_after_its_navy_is_the_actor() -> None:
    events = _found("COLOMBO, June 3 (Wire) - The Chinese navy training ship Qi Jiguang will visit Colombo on June 14, "
                    "the navy said.")
    assert _rows(events) == [("visit", "Qi Jiguang", (), "Colombo", "2026-06-14", "planned")]


@pytest.mark.parametrize(("text", "releaser"), [
    ("BAMAKO, June 3 (Wire) - The Sahel Liberation Front, an armed group active in northern Mali, is expected to "
     "release German aid worker Katrin Vogel in Gao on Saturday.", "Sahel Liberation Front"),
    ("TEHRAN, June 3 (Wire) - Iran plans to release French teacher Elodie Marchand on Saturday.", "Iran"),
])
def test_round86_the_subject_that_plans_to_free_a_person_is_the_other_side(text: str, releaser: str) -> None:
    events = _found(text)
    assert [(e.action, tuple(c.name for c in e.counterparts), e.status) for e in events] == [
        ("freed", (releaser,), "planned")]


@pytest.mark.parametrize(("text", "place"), [
    ("VILNIUS, June 3 (Wire) - Belarus will free Lithuanian journalist Tomas Petrauskas and hand him over at the "
     "Medininkai border crossing on Monday.", "Medininkai border crossing"),
    ("TEHRAN, June 3 (Wire) - Iran plans to release French teacher Elodie Marchand, detained in Tehran since 2023, and "
     "hand her over to French diplomats in Muscat on Thursday.", "Muscat"),  # (not where she was held)
])
def test_round86_where_a_freed_person_is_handed_over_is_where_the_release_is(text: str, place: str) -> None:
    events = _found(text)
    assert [(e.action, e.place.name if e.place else None) for e in events] == [("freed", place)]


def test_round86_after_the_ceremony_of_an_opening_is_the_openings_day() -> None:
    events = _found("GARISSA, Kenya, June 6 (Wire) - Transport Minister Joseph Karanja opened the Tana River bridge at "
                    "Garissa on Friday. After the ceremony Karanja met leaders of the Garissa traders' association.",
                    date(2026, 6, 6))
    assert [(e.action, e.date.value) for e in events] == [("open", "2026-06-05"), ("meet", "2026-06-05")]


@pytest.mark.parametrize(("text", "actor"), [
    ("KATHMANDU, June 3 (Wire) - A UN delegation will arrive in Kathmandu on June 26.", "UN"),
    ("KATHMANDU, June 3 (Wire) - A Commonwealth observer mission will arrive in Kathmandu on June 26.", "Commonwealth"),
])
def test_round86_a_delegation_or_mission_a_body_sends_is_the_bodys(text: str, actor: str) -> None:
    events = _found(text)
    assert _rows(events) == [("arrive", actor, (), "Kathmandu", "2026-06-26", "planned")]


def test_round86_ships_sent_with_food_are_aid() -> None:
    events = _found("DHAKA, June 3 (Wire) - India sent two ships with food and drinking water to Bangladesh on Monday.")
    assert [(e.action, e.actor.name, e.what, e.place.name if e.place else None) for e in events] == [
        ("aid", "India", "food and drinking water", "Bangladesh")]
    assert [(e.action, e.actor.name, e.what, e.place.name if e.place else None) for e in _found(
        "DHAKA, June 3 (Wire) - India sent two warships with marines to the Maldives on Monday.")] == [
        ("deploy", "India", "warships", "Maldives")]  # (round 87: no aid, a deployment)


def test_round86_an_amount_sent_in_aid_is_aid_where_the_parser_hangs_in_aid_on_the_verb() -> None:
    events = _found("BRUSSELS, June 3 (Wire) - Commissioner Helena Varga announced on Monday that the European Union "
                    "would send 350 million euros in aid to Libya.")
    assert [(e.action, e.actor.name, e.place.name if e.place else None, e.status) for e in events] == [
        ("aid", "European Union", "Libya", "planned")]
