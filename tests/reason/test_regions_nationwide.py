"""Questions about a first-level region, and events that cover a whole country: a visit to Munich answers "visit
Bavaria"; a nationwide strike answers "strike in Andalusia" until a report calls it off there, and that call-off stays
Andalusia's, not the whole plan's."""

from __future__ import annotations

from datetime import date

from dateline.extract.places import resolve_place
from dateline.model import ActorRef, PlaceRef
from dateline.reason.ask import ask
from dateline.store import Store

from .handmade import Report, fill

HOFFMANN = ActorRef("Lena Hoffmann", "person", "Chancellor", "Germany")
DOCTORS = ActorRef("doctors", "group", None, "Spain")


def _place(name: str) -> PlaceRef:
    ref = resolve_place(name)
    assert ref is not None
    return ref


def test_regions_a_visit_to_a_city_answers_its_region(store: Store) -> None:
    fill(store, [Report("a1", date(2027, 5, 3), "Hoffmann visited Munich on Monday.", "visit", "happened",
                        "2027-05-03", actor=HOFFMANN, place=_place("Munich"))])
    out = ask(store, "Will Hoffmann visit Bavaria by May 10, 2027?", date(2027, 5, 4))
    assert (out.answer, out.resolution) == ("yes", "yes")
    out = ask(store, "Will Hoffmann visit Saxony by May 10, 2027?", date(2027, 5, 4))
    assert out.answer != "yes"


def _strike(store: Store) -> None:
    fill(store, [Report("a1", date(2026, 9, 21), "Spanish doctors will stage a nationwide strike on October 6.",
                        "protest", "planned", "2026-10-06", actor=DOCTORS, what="nationwide strike")])


def test_nationwide_plan_answers_a_region_of_its_country(store: Store) -> None:
    _strike(store)
    out = ask(store, "Will Spanish doctors strike in Andalusia on October 6, 2026?", date(2026, 9, 21))
    assert out.event is not None and out.event.what == "nationwide strike"
    assert out.answer != "no"


def test_nationwide_plan_is_no_answer_abroad(store: Store) -> None:
    _strike(store)
    out = ask(store, "Will Spanish doctors strike in Lisbon on October 6, 2026?", date(2026, 9, 21))
    assert out.event is None or out.event.what != "nationwide strike"


def test_nationwide_plan_called_off_in_one_region_stays_planned_elsewhere(store: Store) -> None:
    _strike(store)
    fill(store, [Report("a2", date(2026, 10, 2), "Doctors in Andalusia will not join Tuesday's national strike.",
                        "protest", "cancelled", "2026-10-06", actor=DOCTORS, place=_place("Andalusia"),
                        what="national strike")])
    events = {e.place.name if e.place else None: e for e in store.events(actor="doctors", as_of=date(2026, 10, 2))}
    assert {k: e.status for k, e in events.items()} == {None: "planned", "Andalusia": "cancelled"}
    andalusia = ask(store, "Will Spanish doctors strike in Andalusia on October 6, 2026?", date(2026, 10, 2))
    assert (andalusia.answer, andalusia.resolution) == ("no", "no")
    madrid = ask(store, "Will Spanish doctors strike in Madrid on October 6, 2026?", date(2026, 10, 2))
    assert madrid.event is not None and madrid.event.status == "planned" and madrid.resolution is None


def test_nationwide_plan_called_off_without_a_place_is_called_off(store: Store) -> None:
    _strike(store)
    fill(store, [Report("a2", date(2026, 10, 2), "The doctors called off the national strike.",
                        "protest", "cancelled", "2026-10-06", actor=DOCTORS, what="national strike")])
    (event,) = store.events(actor="doctors", as_of=date(2026, 10, 2))
    assert event.status == "cancelled"
