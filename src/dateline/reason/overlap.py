"""Whether events meet in place and time: a place inside another, day spans that share a day,
two events that can be one gathering, and the days an event was ever dated at (a postponed
plan is still matched by the day it was planned for).
"""

from __future__ import annotations

from datetime import date

from ..model import EventRecord, PlaceRef

__all__ = ["in_place", "spans_meet", "days_of", "overlaps", "may_coincide", "same_place", "was_dated_over"]


def in_place(place: PlaceRef | None, target: PlaceRef) -> bool:
    """RETURNS (bool): True when ``place`` is ``target`` or lies inside it (its country or
    containment chain names it); False for no place."""
    if place is None:
        return False
    return target.name in (place.name, place.country, *place.within)


def may_coincide(a: EventRecord, b: EventRecord) -> bool:
    """a, b (EventRecord): two events.
    RETURNS (bool): True when they can be one gathering: places equal or one inside the other (or one unknown),
        and days sharing a day (or one undated)."""
    if a.place is not None and b.place is not None and not (in_place(a.place, b.place) or in_place(b.place, a.place)):
        return False
    x, y = a.date.interval(), b.date.interval()
    return x is None or y is None or spans_meet(x, y)


def overlaps(a: EventRecord, b: EventRecord) -> bool:
    """a, b (EventRecord): two events. RETURNS (bool): True when both are dated and their days share a day."""
    x, y = a.date.interval(), b.date.interval()
    return x is not None and y is not None and spans_meet(x, y)


def spans_meet(x: tuple[date, date], y: tuple[date, date]) -> bool:
    """RETURNS (bool): True when two day spans share a day."""
    return x[0] <= y[1] and y[0] <= x[1]


def was_dated_over(event: EventRecord, span: tuple[date, date]) -> bool:
    """RETURNS (bool): True when the event's date, now or earlier in its history, shares a day
    with ``span`` (a postponed gathering is matched by the day it was planned for)."""
    return any(spans_meet(s, span) for s in days_of(event))


def same_place(a: EventRecord, b: EventRecord) -> bool:
    """a, b (EventRecord): two events.
    RETURNS (bool): True when both are placed and one place is the other or lies inside it."""
    if a.place is None or b.place is None:
        return False
    return a.place.name == b.place.name or a.place.name in b.place.within or b.place.name in a.place.within


def days_of(event: EventRecord) -> list[tuple[date, date]]:
    """Every interval an event was dated at: its current date and each date of its history."""
    return [iv for iv in (event.date.interval(), *(h.date.interval() for h in event.history)) if iv is not None]
