"""Own-words articles of the third review round: the exact events.

Each row: fixture file, publication day, and every event as (action, actor, counterparts, place, date value,
status), in the order extraction gives them. Genres: a monarch's state visit ("Their Majesties", "the royal
couple"), a pope's trip, a disaster-area tour at home, an arrival announced with a clock time and zone, a tour whose
stops are a bulleted list, a visit told in nominal phrases ("The visit ... comes as"), a follow-up on an event that
"went ahead as planned", and an analysis with hypothetical visits.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from .fixture_articles import Row, fixture_events, row

pytestmark = pytest.mark.slow


CASES: list[tuple[str, date, list[Row]]] = [
    ("royal_state_visit.txt", date(2026, 10, 21), [
        # "King Willem-Alexander and Queen Maxima": names after a royal title the recognizer left unlabelled
        ("arrive", "Willem-Alexander", ("Maxima",), "Ottawa", "2026-10-20", "happened"),
        # "arrived ... on Tuesday for a three-day state visit": the visit itself, Tuesday to Thursday
        ("visit", "Willem-Alexander", ("Maxima",), "Ottawa", "2026-10-20", "ongoing"),
        # "Their Majesties were welcomed ... by Governor General Mary Simon": the agent hosts the couple
        ("host", "Mary Simon", ("Willem-Alexander", "Maxima"), "Rideau Hall", "2026-10-20", "happened"),
        # "... Mary Simon, who later hosted a state dinner in their honour" (round 67: the couple "their" stands for)
        ("host", "Mary Simon", ("Willem-Alexander", "Maxima"), "Ottawa", "2026-10-20", "happened"),
        # "The King will meet ...": on the Ottawa leg of the visit (round 12: a traveller's event inside a leg's days)
        ("meet", "Willem-Alexander", ("Mark Carney",), "Ottawa", "2026-10-21", "planned"),
        # "the royal couple will travel to Toronto, where they will tour ..."
        ("travel", "Willem-Alexander", ("Maxima",), "Toronto", "2026-10-22", "planned"),
        ("visit", "Willem-Alexander", ("Maxima",), "Toronto", "2026-10-22", "planned"),
    ]),
    ("papal_trip.txt", date(2026, 6, 10), [
        ("travel", "Leo XIV", (), "Peru", "2026-07", "planned"),
        ("arrive", "Leo XIV", (), "Lima", "2026-07-14", "planned"),
        ("meet", "Leo XIV", ("José Jerí",), "Government Palace", "2026-07-15", "planned"),
        ("travel", "Leo XIV", (), "Chiclayo", "2026-07-17", "planned"),
        # "could also stop in Ecuador": a possible stop
        ("visit", "Leo XIV", (), "Ecuador", None, "uncertain"),
    ]),
    ("flood_tour.txt", date(2026, 3, 2), [
        # a domestic visit is a visit, at the town toured
        ("visit", "Anthony Albanese", (), "Townsville", "2026-03-01", "happened"),
        # "visited an evacuation centre": the day and town of the tour told just before; "met emergency crews": no meeting
        ("visit", "Anthony Albanese", ("David Crisafulli",), "Townsville", "2026-03-01", "happened"),
        # "the nearby city of Mackay"
        ("visit", "Anthony Albanese", (), "Mackay", "2026-03-06", "planned"),
        ("visit", "Sussan Ley", (), "Cairns", "2026-02-28", "happened"),
    ]),
    ("timed_arrival.txt", date(2026, 11, 3), [
        ("arrive", "Narendra Modi", (), "Buenos Aires", "2026-11-05T10:00", "planned"),
        # "for a two-day visit to Argentina": the visit's own destination, from the arrival's day
        ("visit", "Narendra Modi", (), "Argentina", "2026-11-05", "planned"),
        # "at the Casa Rosada": the seat of government is a listed site (round 11)
        ("meet", "Narendra Modi", ("Javier Milei",), "Casa Rosada", "2026-11-05TAF", "planned"),
        ("sign", "Narendra Modi", ("Javier Milei",), None, "2026-11-05", "planned"),
        # "On Friday he will ... before departing for Brasilia at 2 p.m. local time": the clock time on Friday
        ("travel", "Narendra Modi", (), "Brasília", "2026-11-06T14:00", "planned"),
    ]),
    ("itinerary_list.txt", date(2026, 5, 18), [
        ("visit", "Wang Yi", (), None, "2026-05-24", "planned"),
        # one leg per bulleted stop
        ("visit", "Wang Yi", (), "Solomon Islands", "2026-05-24", "planned"),
        ("visit", "Wang Yi", (), "Vanuatu", "2026-05-26", "planned"),
        # "- Fiji, May 27-28, where he will meet ...": at the line's place
        ("meet", "Wang Yi", ("Sitiveni Rabuka",), "Fiji", "2026-05-27", "planned"),
        ("visit", "Wang Yi", ("Sitiveni Rabuka",), "Fiji", "2026-05-27", "planned"),  # (the visit is to see him, round 83)
        ("visit", "Wang Yi", (), "Samoa", "2026-05-29", "planned"),
        ("visit", "Wang Yi", (), None, "2022", "happened"),
    ]),
    ("nominal_visit.txt", date(2026, 1, 14), [
        ("arrive", "Sanae Takaichi", ("Anthony Albanese",), "Canberra", "2026-01-14", "happened"),
        # "The visit, the first by a Japanese leader since 2023, comes as ...": the visit under way since the arrival
        ("visit", "Sanae Takaichi", (), "Canberra", "2026-01-14", "ongoing"),
        # "Her trip comes a week after ..."
        ("visit", "Sanae Takaichi", (), "Canberra", "2026-01-14", "ongoing"),
        ("host", "Anthony Albanese", ("Prabowo Subianto",), "Sydney", None, "happened"),
        ("meet", "Sanae Takaichi", ("Anthony Albanese",), "Parliament House", "2026-01-15", "planned"),
    ]),
    ("went_ahead.txt", date(2026, 2, 11), [
        # "went ahead as planned on Wednesday": it happened ("as planned" is no plan)
        ("visit", "Emmanuel Macron", (), "Algeria", "2026-02-11", "happened"),
        ("host", "Abdelmadjid Tebboune", ("Emmanuel Macron",), "El Mouradia Palace", "2026-02-11", "happened"),
        # "the two leaders held talks": at the welcome; "Their joint news conference took place on schedule": no event
        ("meet", "Emmanuel Macron", ("Abdelmadjid Tebboune",), "El Mouradia Palace", "2026-02-11", "happened"),
        # "A planned visit to Oran on Thursday was cancelled": the coming Thursday
        ("visit", "Emmanuel Macron", (), "Oran", "2026-02-12", "cancelled"),
    ]),
    ("analysis_hypothetical.txt", date(2026, 3, 10), [
        # "If Xi were to visit Washington": none; "Xi could visit in the autumn, after Trump travels to Beijing":
        # uncertain, and Beijing is Trump's
        ("visit", "Xi Jinping", (), None, "2026-FA", "uncertain"),
        ("travel", "Donald Trump", (), "Beijing", "2026-04", "planned"),
        # "Trump would have cancelled the Beijing trip": a counterfactual, no event
        ("meet", "Donald Trump", ("Xi Jinping",), "Busan", "2025-10", "happened"),
    ]),
]

#: (fixture, publication day, action, place, date value, end value): spans of visits and legs
SPANS: list[tuple[str, date, str, str, str, str | None]] = [
    ("royal_state_visit.txt", date(2026, 10, 21), "visit", "Ottawa", "2026-10-20", "2026-10-22"),
    ("timed_arrival.txt", date(2026, 11, 3), "visit", "Argentina", "2026-11-05", "2026-11-06"),
    ("itinerary_list.txt", date(2026, 5, 18), "visit", "Samoa", "2026-05-29", "2026-05-30"),
    ("state_visit_mou.txt", date(2026, 8, 20), "visit", "Vietnam", "2026-08-20", "2026-08-21"),
]


@pytest.mark.parametrize("name,published,want", CASES, ids=[c[0] for c in CASES])
def test_review_articles_3_exact_events(nlp: Language, fixtures_dir: Path, name: str, published: date, want: list[Row]) -> None:
    got = [row(e) for e in fixture_events(nlp, fixtures_dir / "articles" / name, published)]
    assert got == want


@pytest.mark.parametrize("name,published,action,place,value,end", SPANS, ids=[f"{s[0]}-{s[3]}" for s in SPANS])
def test_review_articles_3_visit_spans(nlp: Language, fixtures_dir: Path, name: str, published: date, action: str, place: str,
                                       value: str, end: str | None) -> None:
    spans = [(e.date.value, e.date.end_value) for e in fixture_events(nlp, fixtures_dir / "articles" / name, published)
             if e.action == action and e.place is not None and e.place.name == place]
    assert spans[0] == (value, end)


def test_review_articles_3_royal_titles(nlp: Language, fixtures_dir: Path) -> None:
    events = fixture_events(nlp, fixtures_dir / "articles" / "royal_state_visit.txt", date(2026, 10, 21))
    assert {e.actor.title for e in events if e.actor.name == "Willem-Alexander"} == {"King"}
