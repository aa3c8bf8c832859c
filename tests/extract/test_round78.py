"""Round 78 (session 64): what audits 271-273 (culture, health and science, transport) and the open cases of audit 269
found, in one article. Each test states one behaviour. Sentences and names are our own. June 1, 2026 is a Monday.
"""

from __future__ import annotations

from datetime import date

from dateline.model import Event

from .fixture_articles import found_events

_DAY = date(2026, 6, 1)


def _found(text: str) -> list[Event]:
    """The events the real pipeline finds in one article text published on June 1, 2026."""
    return found_events(text, _DAY)


def _rows(events: list[Event]) -> list[tuple[str, str, str, str | None, str | None, bool]]:
    return [(e.action, e.actor.name, e.status, e.date.value, e.place.name if e.place else None, e.refers_to_plan)
            for e in events]


def test_round78_a_bodys_meeting_held_by_video_is_its_meeting_with_no_place() -> None:
    events = _found("VIENNA, June 1 (Wire) - The International Coffee Organization will hold its council meeting by "
                    "video conference on Thursday, the body said on Monday.")
    assert _rows(events) == [("meet", "International Coffee Organization", "planned", "2026-06-04", None, False)]


def test_round78_a_bodys_meeting_moved_online_is_no_call_off_at_the_old_place() -> None:
    events = _found("LONDON, June 1 (Wire) - The International Coffee Organization has brought forward its council "
                    "meeting to Wednesday, June 3, and will hold it by video conference rather than in London, "
                    "delegates said on Monday.")
    assert {(e.action, e.status, e.place.name if e.place else None) for e in events} == {("meet", "planned", None)}
    assert all(e.date.value == "2026-06-03" for e in events)


def test_round78_a_two_day_virtual_meeting_ended_on_a_day_spans_the_two_days_before() -> None:
    events = _found("LONDON, June 1 (Wire) - The International Coffee Organization ended a two-day virtual meeting "
                    "on Friday without agreeing on export quotas.")
    assert [(e.action, e.status, e.date.value, e.date.end_value, e.place) for e in events] == [
        ("meet", "happened", "2026-05-28", "2026-05-29", None)]


def test_round78_a_call_between_two_sides_stays_a_call() -> None:
    events = _found("OSLO, June 1 (Wire) - Prime Minister Ingrid Dahl held talks by video link with President Ana "
                    "Ruiz on Monday.")
    assert [(e.action, e.actor.name, tuple(c.name for c in e.counterparts)) for e in events] == [
        ("call", "Ingrid Dahl", ("Ana Ruiz",))]


def test_round78_opening_a_rail_link_or_a_section_of_a_railway_is_an_opening() -> None:
    events = _found("KISUMU, June 1 (Wire) - President Amani Otieno will open the new rail link between Kisumu and "
                    "the port on June 20. Premier Joao Matsinhe opened the Beira-Dondo section of the railway on "
                    "Saturday.")
    assert [(e.action, e.actor.name, e.status, e.date.value, e.what) for e in events] == [
        ("open", "Amani Otieno", "planned", "2026-06-20", "rail link"),
        ("open", "Joao Matsinhe", "happened", "2026-05-30", "Beira-Dondo section")]


def test_round78_a_persons_inauguration_of_a_terminal_is_its_opening_by_that_person() -> None:
    events = _found("CEBU, June 1 (Wire) - The ministry said Secretary Paolo Dizon's inauguration of the new ferry "
                    "terminal, planned for Friday, had been postponed to June 12 because of the storm.")
    assert [(e.action, e.actor.name, e.status, e.date.value) for e in events] == [
        ("open", "Paolo Dizon", "postponed", "2026-06-12")]


def test_round78_a_scrubbed_launch_is_put_off_not_called_off() -> None:
    events = _found("TOKYO, June 1 (Wire) - JAXA scrubbed Monday's launch of its H3 rocket because of high winds, the "
                    "agency said.")
    assert [(e.action, e.status, e.refers_to_plan) for e in events] == [("launch", "postponed", True)]


def test_round78_a_launch_takes_the_day_and_site_told_after_its_payload() -> None:
    events = _found("TOKYO, June 1 (Wire) - Japan's space agency JAXA will launch its H3 rocket carrying an ocean "
                    "monitoring satellite from the Tanegashima Space Center on June 18, the agency said.")
    assert [(e.action, e.status, e.date.value, e.place.name if e.place else None) for e in events] == [
        ("launch", "planned", "2026-06-18", "Tanegashima Space Center")]


def test_round78_a_meeting_that_will_not_take_place_beside_a_signing_put_off_is_called_off() -> None:
    events = _found("BRASILIA, June 1 (Wire) - Minister Clara Souto's meeting with Li Jun in Shanghai will not take "
                    "place, and the signing of the trade accord has been postponed, officials said on Monday.")
    assert sorted((e.action, e.status, e.place.name if e.place else None) for e in events) == [
        ("meet", "cancelled", "Shanghai"), ("sign", "postponed", "Shanghai")]


def test_round78_a_minister_inspecting_a_facility_visits_it() -> None:
    events = _found("KUMASI, June 1 (Wire) - Minister Yaw Boateng inspected the new terminal at Kumasi Airport on "
                    "Friday. Minister Ama Owusu is expected to inspect the Hambantota port on Thursday.")
    assert _rows(events) == [("visit", "Yaw Boateng", "happened", "2026-05-29", "Kumasi Airport", False),
                             ("visit", "Ama Owusu", "planned", "2026-06-04", "Hambantota", False)]


def test_round78_a_programme_to_inspect_many_bridges_is_no_visit() -> None:
    assert _found("ACCRA, June 1 (Wire) - The government has set aside funds to inspect more than 200 ageing bridges "
                  "across the country next year.") == []


def test_round78_a_bodys_congress_named_by_its_kind_or_month_is_its_gathering() -> None:
    held = _found("PARIS, June 1 (Wire) - The International Society of Hydrology will hold its biennial world congress "
                  "in Lyon from June 8 to 11.")
    assert [(e.action, e.status, e.place.name if e.place else None, tuple(c.name for c in e.counterparts))
            for e in held] == [("hold", "planned", "Lyon", ())]
    moved = _found("PARIS, June 1 (Wire) - The International Society of Hydrology has moved its June congress from Lyon "
                   "to Geneva because of a strike, it said on Monday.")
    assert [(e.action, e.status, e.place.name if e.place else None, e.refers_to_plan) for e in moved] == [
        ("hold", "planned", "Geneva", True), ("hold", "cancelled", "Lyon", True)]


def test_round78_a_singer_performing_in_a_city_is_a_performance_there() -> None:
    events = _found("LIMA, June 1 (Wire) - Peruvian singer Rosa Quispe will perform in Cusco on Saturday, her label said "
                    "on Monday. Singer Tomas Ibarra performed before 40,000 fans at the national stadium in Quito on "
                    "Saturday.")
    assert _rows(events) == [("perform", "Rosa Quispe", "planned", "2026-06-06", "Cusco", False),
                             ("perform", "Tomas Ibarra", "happened", "2026-05-30", "Quito", False)]


def test_round78_a_concert_put_off_and_a_show_called_off_keep_their_cities() -> None:
    events = _found("LIMA, June 1 (Wire) - Singer Rosa Quispe has postponed her Cusco concert to June 27 and called off "
                    "her show in La Paz after falling ill, her label said.")
    assert _rows(events) == [("perform", "Rosa Quispe", "postponed", "2026-06-27", "Cusco", True),
                             ("perform", "Rosa Quispe", "cancelled", None, "La Paz", True)]


def test_round78_performing_an_operation_or_acting_in_concert_is_no_performance() -> None:
    assert _found("LIMA, June 1 (Wire) - Surgeons performed a rare operation at the hospital in Cusco on Monday. Peru "
                  "will act in concert with its neighbours, the minister said.") == []


def test_round78_opening_an_exhibition_or_a_book_fair_and_launching_a_drive_are_events() -> None:
    events = _found("LISBON, June 1 (Wire) - Culture Minister Ana Reis will open an exhibition of Mozambican painting on "
                    "Thursday. Minister Paulo Nhaca opened the Maputo Book Fair on Saturday. Health Minister Rui Tembe "
                    "launched a measles vaccination drive in Beira on Monday.")
    assert [(e.action, e.actor.name, e.status, e.date.value, (e.what or "").split()[-1:]) for e in events] == [
        ("open", "Ana Reis", "planned", "2026-06-04", ["exhibition"]),
        ("open", "Paulo Nhaca", "happened", "2026-05-30", ["Fair"]),
        ("launch", "Rui Tembe", "happened", "2026-06-01", ["drive"])]
