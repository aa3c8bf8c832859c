"""Round 72 (session 58): what audits 253-255 (state visits, leaders at events abroad, elections and governments) and
audit 250 found. Each test states one behaviour. Sentences and names are our own. June 1, 2026 is a Monday.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.config import load_settings
from dateline.extract.pipeline import extract
from dateline.ingest.text import read_text
from dateline.model import Event
from dateline.pipeline import get_nlp

_DAY = date(2026, 6, 1)


def _found(text: str, day: date = _DAY) -> tuple[list[Event], list[Event]]:
    """The events and story references the real pipeline finds in one article text published on ``day``."""
    settings = load_settings()
    found = next(ex for _, ex in extract(read_text(text.encode(), "x.txt", settings, day), get_nlp(settings)))
    assert found.error is None, found.error
    return list(found.events), list(found.references)


def _rows(events: list[Event]) -> list[tuple[str, str, str, str | None]]:
    return [(e.action, e.actor.name, e.status, e.date.value) for e in events]


def test_round72_no_one_receives_himself_in_a_title_told_after_him() -> None:
    events, _ = _found("Prime Minister Okoro will receive the Ghanaian president in Abuja next Monday, his office said.")
    assert [(e.action, e.actor.name, [c.name for c in e.counterparts]) for e in events] == [
        ("host", "Okoro", ["President of Ghana"])]


def test_round72_a_minister_receiving_union_representatives_hosts_them() -> None:
    events, _ = _found("ROME, June 1 (Wire) - Labour Minister Carla Ventura will receive union representatives in Rome "
                       "next Monday, her office said.")
    assert [(e.action, e.actor.name, e.date.value, [c.name for c in e.counterparts]) for e in events] == [
        ("host", "Carla Ventura", "2026-06-08", ["union representatives"])]


def test_round72_a_hospital_receiving_the_wounded_hosts_no_one() -> None:
    events, _ = _found("The district hospital received wounded protesters on Monday.")
    assert [e for e in events if e.action == "host"] == []


def test_round72_the_first_side_of_talks_between_a_bare_title_and_a_group_is_the_dateline_countrys() -> None:
    events, _ = _found("LYON, June 3 (Wire) - The strike was called after talks between the transport minister and "
                       "union leaders on May 28 ended without a deal.", date(2026, 6, 3))
    meets = [e for e in events if e.action == "meet"]
    assert [(e.actor.name, e.status, e.date.value, [c.name for c in e.counterparts]) for e in meets] == [
        ("Transport Minister of France", "happened", "2026-05-28", ["union leaders"])]


def test_round72_a_strike_told_by_a_union_official_is_the_unions() -> None:
    events, _ = _found("GDANSK, June 1 (Wire) - The Polish Dockworkers Union rejected the offer on Monday. A second "
                       "48-hour stoppage will follow on June 12, union negotiator Pawel Nowak said.")
    assert ("protest", "Polish Dockworkers Union", "planned", "2026-06-12") in _rows(events)


def test_round72_a_visit_that_follows_talks_is_no_stoppage() -> None:
    events, _ = _found("The visit will follow talks in Hanoi on Monday.")
    assert [e for e in events if e.action == "protest"] == []


def test_round72_parliamentary_elections_are_the_countrys_vote() -> None:
    events, _ = _found("LUSAKA, June 1 (Wire) - The parliamentary elections planned for June 10 have been postponed to "
                       "July 8 after floods, the electoral commission said on Monday.")
    assert _rows(events) == [("vote", "Zambia", "postponed", "2026-07-08")]


def test_round72_the_president_elect_is_the_winner_told_before() -> None:
    events, _ = _found("QUITO, June 1 (Wire) - Marta Cevallos won Sunday's presidential runoff with 55 percent of the "
                       "vote. The president-elect will be sworn in on June 24, the electoral council said.")
    assert ("inaugurate", "Marta Cevallos", "planned", "2026-06-24") in _rows(events)


@pytest.mark.parametrize("text", [
    "ACCRA, June 8 (Wire) - Ghana's new cabinet was sworn in on Sunday at the presidential palace.",
    "ACCRA, June 8 (Wire) - The swearing-in of Ghana's new cabinet has been put off until Sunday.",
])
def test_round72_a_cabinet_sworn_in_is_the_cabinet_of_its_state(text: str) -> None:
    events, _ = _found(text, date(2026, 6, 8))
    assert [(e.action, e.actor.name, e.actor.kind) for e in events] == [("inaugurate", "Cabinet of Ghana", "org")]


def test_round72_ministers_sworn_in_by_the_president_are_the_cabinet_not_the_president() -> None:
    events, _ = _found("ACCRA, June 1 (Wire) - The new ministers will be sworn in by President Kofi Mensah on Thursday, "
                       "his office said.")
    assert _rows(events) == [("inaugurate", "Cabinet of Ghana", "planned", "2026-06-04")]


def test_round72_a_person_sworn_in_by_another_keeps_the_oath() -> None:
    events, _ = _found("QUITO, June 1 (Wire) - Marta Cevallos will be sworn in by the head of Congress on Thursday.")
    assert _rows(events) == [("inaugurate", "Marta Cevallos", "planned", "2026-06-04")]


def test_round72_lawmakers_backing_a_government_in_a_confidence_vote_held_it() -> None:
    events, _ = _found("BRATISLAVA, June 4 (Wire) - Slovak lawmakers on Wednesday backed Prime Minister Juraj Kollar's "
                       "government in a confidence vote, by 80 votes to 64.", date(2026, 6, 4))
    assert [(e.action, e.actor.name, e.status, e.date.value) for e in events if e.action == "vote"] == [
        ("vote", "Parliament of Slovakia", "happened", "2026-06-03")]


def test_round72_a_motion_withdrawn_by_a_countrys_opposition_is_its_parliaments_vote() -> None:
    events, _ = _found("SOFIA, June 7 (Wire) - Bulgaria's opposition withdrew its no-confidence motion against Prime "
                       "Minister Ivan Petrov on Sunday.", date(2026, 6, 7))
    assert [(e.action, e.actor.name, e.status) for e in events] == [("vote", "Parliament of Bulgaria", "cancelled")]


def test_round72_voters_casting_ballots_in_elections_held_them() -> None:
    events, _ = _found("LIMA, June 8 (Wire) - Voters across Peru's 25 regions cast ballots on Sunday in regional "
                       "elections.", date(2026, 6, 8))
    assert _rows(events) == [("vote", "Peru", "happened", "2026-06-07")]


def test_round72_a_signing_planned_for_a_day_and_moved_is_a_story_reference() -> None:
    _, refs = _found("THE HAGUE, June 3 (Wire) - The signing of the Dutch coalition agreement, planned for Friday, has "
                     "been moved to Monday, a spokeswoman said.", date(2026, 6, 3))
    assert [(r.action, r.actor.name, r.date.value) for r in refs] == [
        ("sign", "the signing of the dutch coalition agreement", "2026-06-08")]


def test_round72_a_delay_by_weeks_is_no_length_of_the_meeting() -> None:
    events, _ = _found("President Ruiz met President Ferreira in Montevideo on Tuesday, in a visit delayed by two "
                       "weeks.", date(2026, 6, 3))
    assert [(e.date.value, e.date.end_value) for e in events if e.action == "meet"] == [("2026-06-02", None)]


def test_round72_pulling_out_of_a_coronation_is_one_guests_not_the_coronations() -> None:
    events, _ = _found("WELLINGTON, June 1 (Wire) - Prime Minister Mark Hale has pulled out of Saturday's coronation "
                       "in Tonga, his office said. His wife, Ruth Hale, will attend the coronation in his place.")
    assert [(e.actor.name, e.status, e.date.value) for e in events if e.action == "attend"] == [
        ("Mark Hale", "cancelled", "2026-06-06"), ("Ruth Hale", "planned", "2026-06-06")]


def test_round72_a_stand_in_going_instead_takes_the_day_of_the_called_off_trip() -> None:
    events, _ = _found("KAMPALA, June 1 (Wire) - President Grace Auma has cancelled her trip to Nairobi for Thursday's "
                       "state funeral of Samuel Kiprono. Vice President Peter Opio will attend the funeral in Nairobi "
                       "instead, the statement said.")
    assert [(e.actor.name, e.status, e.date.value) for e in events if e.actor.name == "Peter Opio"] == [
        ("Peter Opio", "planned", "2026-06-04")]


def test_round72_mourners_packing_a_stadium_for_a_funeral_tell_it_held() -> None:
    events, _ = _found("NAIROBI, June 4 (Wire) - Thousands of mourners packed the national stadium on Thursday for "
                       "the state funeral of former president Samuel Kiprono.", date(2026, 6, 4))
    assert [(e.action, e.actor.name, e.status, e.date.value) for e in events] == [
        ("funeral", "Samuel Kiprono", "happened", "2026-06-04")]


def test_round72_a_working_lunch_with_a_president_is_a_meeting() -> None:
    events, _ = _found("Sosa will hold a working lunch with Argentine President Laura Ibarra on Saturday before the "
                       "match.")
    assert [(e.action, e.actor.name, e.date.value, [c.name for c in e.counterparts]) for e in events] == [
        ("meet", "Sosa", "2026-06-06", ["Laura Ibarra"])]


def test_round72_addressing_a_joint_sitting_of_parliament_is_an_address() -> None:
    events, _ = _found("CANBERRA, June 3 (Wire) - Kenyan President Daniel Mwangi addressed a joint sitting of the "
                       "Australian parliament on Tuesday.", date(2026, 6, 3))
    assert _rows(events) == [("address", "Daniel Mwangi", "happened", "2026-06-02")]
