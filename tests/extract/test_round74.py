"""Round 74 (session 60): what audits 259-261 (business news, humanitarian envoys and ceasefires, dates at the turn of
the month and year) and the gaps left by round 73 found. Each test states one behaviour. Sentences and names are our
own. June 1, 2026 is a Monday.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extract.places import resolve_place
from dateline.model import Event

from .fixture_articles import found_events, status_rows

_DAY = date(2026, 6, 1)


def _found(text: str, day: date = _DAY) -> list[Event]:
    """The events the real pipeline finds in one article text published on ``day``."""
    return found_events(text, day)


def _rows(events: list[Event]) -> list[tuple[str, str, str, str | None]]:
    return status_rows(events)


@pytest.mark.parametrize("written,country", [("St John's", "Antigua and Barbuda"), ("St Lucia", "Saint Lucia"),
                                             ("St. George's", "Grenada"), ("St Louis", "United States")])
def test_round74_saint_is_looked_up_however_it_is_written_and_a_name_ending_in_s_keeps_it(written: str,
                                                                                          country: str) -> None:
    ref = resolve_place(written)
    assert ref is not None and ref.country == country


def test_round74_a_possessive_of_a_city_is_still_the_city() -> None:
    ref = resolve_place("Seoul's")
    assert ref is not None and ref.name == "Seoul"


def test_round74_a_port_call_starting_on_a_day_is_the_ships_visit_that_day() -> None:
    events = _found("MANILA, June 1 (Wire) - The Japanese destroyer JS Kirisame will make a port call in Manila starting "
                    "on Friday, the navy said on Monday.")
    visits = [e for e in events if e.action == "visit"]
    assert len(visits) == 1
    assert (visits[0].status, visits[0].date.value) == ("planned", "2026-06-05")
    assert visits[0].place is not None and visits[0].place.name == "Manila"
    assert "Kirisame" in visits[0].actor.name


def test_round74_leaving_a_summit_tells_it_attended_and_leaving_a_city_is_still_a_journey() -> None:
    events = _found("NAIROBI, June 1 (Wire) - Tanzanian President Amina Mushi left the summit early on Saturday. Kenyan "
                    "President Daniel Mwangi left Nairobi for Addis Ababa on Sunday.")
    rows = _rows(events)
    assert ("attend", "Amina Mushi", "happened", "2026-05-30") in rows
    assert ("travel", "Daniel Mwangi", "happened", "2026-05-31") in rows


def test_round74_passing_sentence_on_a_person_is_that_persons_sentence_and_no_vote() -> None:
    events = _found("LAGOS, June 1 (Wire) - A Lagos high court will pass sentence on former governor Musa Bello on "
                    "Thursday. The judge passed sentence on John Mensah on Monday.")
    rows = _rows(events)
    assert ("sentence", "Musa Bello", "planned", "2026-06-04") in rows
    assert ("sentence", "John Mensah", "happened", "2026-06-01") in rows
    assert not any(e.action == "vote" for e in events)


def test_round74_a_ship_the_recognizer_tags_as_a_person_is_the_ship_and_the_ship_sails_on() -> None:
    events = _found("MANILA, June 1 (Wire) - The Japanese destroyer JS Kirisame arrived in Manila on Monday for a "
                    "four-day port call. The ship will sail to Cebu on Friday, the navy said. The team sailed to victory "
                    "on Sunday.")
    rows = _rows(events)
    assert ("arrive", "JS Kirisame", "happened", "2026-06-01") in rows
    assert ("travel", "JS Kirisame", "planned", "2026-06-05") in rows
    assert all(e.actor.kind == "org" for e in events if e.actor.name == "JS Kirisame")
    assert len([e for e in events if e.action == "travel"]) == 1


def test_round74_a_region_after_for_the_is_no_person() -> None:
    events = _found("BRUSSELS, June 1 (Wire) - The European Union's special representative for the Sahel, Marco "
                    "Ferrante, will visit Niamey on Thursday, an EU spokesperson said on Monday.")
    visits = [e for e in events if e.action == "visit"]
    assert [(e.actor.name, e.counterparts) for e in visits] == [("Marco Ferrante", ())]


def test_round74_a_bodys_headquarters_is_a_site_in_its_seat_city() -> None:
    events = _found("NAIROBI, June 1 (Wire) - Kenyan Foreign Minister Amina Wekesa will meet African Union Commission "
                    "chairperson Moussa Kabore at the AU headquarters on Thursday.")
    meet = next(e for e in events if e.action == "meet")
    assert meet.place is not None and meet.place.name == "AU headquarters"
    assert meet.place.within[:1] == ("Addis Ababa",)


def test_round74_the_capital_under_a_dateline_of_another_city_is_the_countrys_capital() -> None:
    events = _found("PUNE, India, June 1 (Wire) - Truck maker chief executive Henrik Dahlqvist toured the plant on Monday. "
                    "Dahlqvist is due to hold talks with Commerce Minister Anil Mehrotra in the capital on Wednesday.")
    meet = next(e for e in events if e.action == "meet")
    assert meet.place is not None and meet.place.name == "New Delhi"


def test_round74_a_past_verb_read_as_a_participle_after_and_shares_the_past_and_the_day() -> None:
    events = _found("LONDON, June 1 (Wire) - The board met on Monday and appointed non-executive director Nadia Okoro "
                    "as interim chair.")
    assert ("appointed", "Nadia Okoro", "happened", "2026-06-01") in _rows(events)


def test_round74_a_visit_that_ends_on_a_day_is_under_way_and_not_moved_to_its_end() -> None:
    events = _found("OSAKA, June 4 (Wire) - Abad's visit to Osaka, her first trip abroad, ends on Friday. She is also "
                    "due to tour a shipyard in Sakai on Thursday.", date(2026, 6, 4))
    trip = next(e for e in events if e.action == "visit" and e.place is not None and e.place.name == "Osaka")
    assert (trip.status, trip.date.value) == ("ongoing", None)
    tour = next(e for e in events if e.place is not None and e.place.name == "Sakai")
    assert tour.date.value == "2026-06-04"


def test_round74_the_opening_of_a_plant_put_off_is_the_openings_postponement() -> None:
    events = _found("Voltera Auto has postponed the opening of its battery plant in Debrecen to September, the company "
                    "said on Monday. The opening session of the summit was delayed on Monday.")
    opens = [e for e in events if e.action == "open"]
    assert [(e.status, e.date.value, e.what) for e in opens] == [("postponed", "2026-09", "battery plant")]
