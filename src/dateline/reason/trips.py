"""An actor's trips, and the changes of plan that call off or move their stops.

The events of a trip to a place (:func:`trip_events`) and the destination of "during the visit"
(:func:`nearest_trip_place`); plans cancelled with their stop or trip
(:func:`stop_cancellations`) or by a trip cut short (:func:`curtailed_plans`); plans moved with
a postponed or re-dated trip (:func:`trip_postponements`, :func:`trip_moves`), and the plan as
a question sees it then (:func:`postponed_copy`, :func:`moved_copy`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Sequence

from ..model import ActorInfo, DateValue, EventRecord, Evidence, HistoryEntry, PlaceRef
from ..store.base import Store
from ..store.merge import action_family
from .event_match import find_place
from .happened import HAPPENED
from .overlap import days_of, in_place, same_place, spans_meet, was_dated_over
from .question import load_data
from .window import LOOKBACK_DAYS

__all__ = [
    "trip_events",
    "nearest_trip_place",
    "stop_cancellations",
    "trip_postponements",
    "trip_moves",
    "postponed_copy",
    "moved_copy",
    "curtailed_plans",
]


def trip_events(store: Store, actor: ActorInfo, place: PlaceRef, as_of: date) -> list[EventRecord]:
    """The events of an actor's trip to a place: visit-family events within it.

    store (Store): the store. actor (ActorInfo): the traveller. place (PlaceRef): the destination.
    as_of (date): only evidence published by this day counts.
    RETURNS (list[EventRecord]): those events, calendar order.
    """
    visit: list[str] = load_data("question")["action_matches"]["visit"]
    meet: list[str] = load_data("question")["action_matches"]["meet"]
    return [
        e
        for e in store.events(actor=actor.name, as_of=as_of)
        if (e.action in visit or e.action in meet) and in_place(e.place, place)
    ]


def nearest_trip_place(store: Store, actor: ActorInfo, asked: date, as_of: date) -> PlaceRef | None:
    """The destination of "during the visit" with no place: the country of the actor's
    dated visit-family event nearest ``asked`` (the first one ending no earlier than
    :data:`LOOKBACK_DAYS` before it, else the last one before that).

    store (Store): the store. actor (ActorInfo): the traveller.
    asked (date): the day the question is asked. as_of (date): only evidence published by this day counts.
    RETURNS (PlaceRef | None): the trip's country (or its place when no country is known); None without such an event.
    """
    visit: list[str] = load_data("question")["action_matches"]["visit"]
    dated = [(iv, e) for e in store.events(actor=actor.name, as_of=as_of)
             if e.action in visit and e.place is not None and (iv := e.date.interval()) is not None]
    if not dated:
        return None
    ahead = [(iv, e) for iv, e in dated if iv[1] >= asked - timedelta(days=LOOKBACK_DAYS)]
    chosen = min(ahead, key=lambda p: p[0][0])[1] if ahead else max(dated, key=lambda p: p[0][1])[1]
    place = chosen.place
    assert place is not None
    if place.country and place.kind != "country":
        country = find_place(store, place.country)
        if country is not None:
            return country
    return place


def _put_off_since(event: EventRecord, cancel: Evidence) -> bool:
    """event (EventRecord): a matched plan. cancel (Evidence): the sentence calling off its trip.
    RETURNS (bool): the plan's own status is postponed, told by an article published on the call-off's day or later."""
    put_off = [e.published for e in event.evidence if e.status == "postponed" and e.published is not None]
    return event.status == "postponed" and bool(put_off) and cancel.published is not None \
        and max(put_off) >= cancel.published


def stop_cancellations(events: Sequence[EventRecord], others: Sequence[EventRecord],
                       asked: str | None = None) -> dict[int, Evidence]:
    """Matched plans whose stop or trip was called off: the same actor's visit to the same
    place on an overlapping day is cancelled ("the final leg of the tour, in Kuala Lumpur,
    has been cancelled" cancels "where she is scheduled to meet Faisal Rahim" there that
    day). A visit or meeting inside a country whose leg was called off over its day is
    cancelled too ("will no longer stop in Laos" cancels the Vientiane visit), and so is a
    visit to a country whose only stop was called off ("travel on to Ethiopia" when the
    Addis Ababa leg is dropped). An undated
    call-off ("Japan has called off the minister's trip to the Philippines") cancels the
    actor's plans there that it came after and before whose day it was published. A plan
    with no place of its own (a meeting) falls with the trip its article dates it on: the
    actor's planned visit, inside the called-off place, reported by the same article and
    covering its day. A plan stated again by the call-off's article or a later one outlives
    the trip ("will speak to her by video link instead").

    A plan of the family asked (``asked``) that its own report puts off, told when the trip fell or later ("called off
    her trip to China ... the signing of the agreement has been postponed"), is put off, not called off with the trip
    (for "Will she sign the agreement?"; "Will she visit China?" still reads the trip called off).

    events (Sequence[EventRecord]): the question's matched events.
    others (Sequence[EventRecord]): the store's events as known on the as-of day.
    asked (str | None): the question's action, None for none.
    RETURNS (dict[int, Evidence]): matched event id -> the cancelling sentence.
    """
    visits = set(load_data("question")["action_matches"]["visit"])
    out: dict[int, Evidence] = {}
    for event in events:
        if event.status == "cancelled":
            continue
        if any(e.status in HAPPENED for e in event.evidence):
            continue
        ours = event.date.interval()
        for other, where in _own_visits(event, others, "cancelled", visits):
            cancel = [e for e in other.evidence if e.status == "cancelled"]
            if not cancel:
                continue
            if _restated_after(event, cancel[-1]):
                continue  # "called off his trip ... and will speak to her by video link instead"
            if asked is not None and action_family(event.action) == action_family(asked) and _put_off_since(event, cancel[-1]):
                continue  # "called off her trip to China ... the signing of the agreement has been postponed": put
                # off, told as such when the trip fell or after, not called off with it
            if ours is None:
                # an undated plan inside the place called off, told before the call-off ("meet Noboa in
                # Quito" when "will no longer stop in Ecuador")
                if event.place is not None and event.place.name != where.name and in_place(event.place, where):
                    out[event.id] = cancel[-1]
                    break
                continue
            undated = not days_of(other)
            if undated:
                # the call-off names no day: it must come after the plan and before its day
                said = [e.published for e in event.evidence if e.published is not None]
                told = cancel[-1].published
                if told is None or not said or not (min(said) <= told <= ours[1]):
                    continue
            elif not was_dated_over(other, ours):
                continue
            if event.place is None:
                if not _trip_within(event, where, others, visits):
                    continue
            else:
                # a meeting at the stop, or a visit to a place within a country leg called off
                # ("will no longer stop in Laos" cancels the Vientiane visit of that week)
                inside = in_place(event.place, where)
                within = inside and (where.name != event.place.name or undated)
                if not (within or event.action not in visits and same_place(event, other)
                        or _only_stop(event, other, others, visits)):
                    continue
            out[event.id] = cancel[-1]
    return out


def _only_stop(event: EventRecord, stop: EventRecord, others: Sequence[EventRecord], visits: set[str]) -> bool:
    """RETURNS (bool): True when ``event`` is a planned visit to a country and the called-off
    ``stop`` was the actor's only stop in it ("travel on to Ethiopia" when the Addis Ababa leg
    is dropped): no other visit of theirs inside that country is on record over its days."""
    place = event.place
    if place is None or place.kind != "country" or event.action not in visits or stop.place is None:
        return False
    if stop.place.name == place.name or not in_place(stop.place, place):
        return False
    ours = event.date.interval()
    return not any(
        o.id not in (event.id, stop.id) and o.action in visits and o.actor.name == event.actor.name
        and o.status != "cancelled" and o.place is not None and o.place.name != place.name and in_place(o.place, place)
        and (ours is None or not days_of(o) or any(spans_meet(d, ours) for d in days_of(o)))
        for o in others)


def _restated_after(event: EventRecord, change: Evidence) -> bool:
    """RETURNS (bool): True when the event is stated, not as a change, by the article that
    tells ``change`` (a trip's call-off or postponement) or by a later one: a plan that
    outlives the trip ("will speak to her by video link instead")."""
    own = ("cancelled", "postponed", "denied")
    return any(e.status not in own and (e.article_id == change.article_id or (
        e.published is not None and change.published is not None and e.published > change.published))
        for e in event.evidence)


def _own_visits(
    event: EventRecord, others: Sequence[EventRecord], status: str, visits: set[str]
) -> list[tuple[EventRecord, PlaceRef]]:
    """RETURNS (list): (visit, its place) for the other placed visits of the event's actor
    now of ``status`` (a trip or stop called off, postponed)."""
    return [(o, o.place) for o in others if o.id != event.id and o.status == status and o.action in visits
            and o.actor.name == event.actor.name and o.place is not None]


def _trip_within(event: EventRecord, where: PlaceRef, others: Sequence[EventRecord], visits: set[str]) -> bool:
    """RETURNS (bool): True when an article that reports ``event`` (a plan with no place)
    also reports its actor's planned visit inside ``where`` on days covering the event's."""
    ours = event.date.interval()
    articles = {e.article_id for e in event.evidence}
    for trip in others:
        if trip.id == event.id or trip.action not in visits or trip.actor.name != event.actor.name:
            continue
        if trip.place is None or not in_place(trip.place, where) or trip.status in HAPPENED:
            continue
        if ours is None or not any(d[0] <= ours[0] and ours[1] <= d[1] for d in days_of(trip)):
            continue
        if articles & {e.article_id for e in trip.evidence}:
            return True
    return False


def postponed_copy(event: EventRecord, sentence: Evidence, new_date: DateValue) -> EventRecord:
    """The plan as a question or proposal sees it once its gathering (under another actor)
    or its trip was postponed: status postponed, the new date, the postponing sentence added
    to its evidence and its history (the store's event itself is not changed).

    event (EventRecord): the plan. sentence (Evidence): the postponing sentence.
    new_date (DateValue): the gathering's or trip's new date.
    RETURNS (EventRecord): the moved copy.
    """
    change = HistoryEntry("postponed", new_date, sentence.article_id, sentence.published)
    return replace(event, status="postponed", date=new_date, evidence=(*event.evidence, sentence),
                   history=(*event.history, change))


def trip_postponements(events: Sequence[EventRecord], others: Sequence[EventRecord]) -> dict[int, tuple[Evidence, DateValue]]:
    """Matched plans that move with their trip: the same actor's visit to the plan's place
    or a place containing it, dated over the plan's day before, was postponed to a new date
    in a report published after the plan ("has postponed his visit to Canada to June 8"
    moves "is due to hold talks with Carney in Ottawa" of May 20). A postponement told with
    its new date only moves the plans inside its place reported before it. A plan with no
    place of its own moves with the trip its article dates it on.

    events (Sequence[EventRecord]): the question's matched events.
    others (Sequence[EventRecord]): the store's events as known on the as-of day.
    RETURNS (dict[int, tuple[Evidence, DateValue]]): matched event id -> (the postponing
        sentence, the trip's new date).
    """
    visits = set(load_data("question")["action_matches"]["visit"])
    out: dict[int, tuple[Evidence, DateValue]] = {}
    for event in events:
        ours = event.date.interval()
        if ours is None or event.status not in ("planned", "uncertain"):
            continue
        if any(e.status in HAPPENED for e in event.evidence):
            continue
        said = max((e.published or date.min) for e in event.evidence)
        for other, where in _own_visits(event, others, "postponed", visits):
            new = other.date.interval()
            old = [iv for iv in (h.date.interval() for h in other.history[:-1]) if iv is not None]
            if new is None or spans_meet(new, ours) or old and not any(spans_meet(iv, ours) for iv in old):
                continue  # no new date, the plan's day is still inside it, or the trip never was over it
            # a postponement first told with its new date only ("has postponed his visit to
            # South Korea to Nov. 20") moves the plans inside that place reported before it
            # and dated before the new date
            if not old and ours[1] >= new[0]:
                continue
            if event.place is None:
                if not _trip_within(event, where, others, visits):
                    continue
            elif not in_place(event.place, where):
                continue
            moved = [e for e in other.evidence if e.status == "postponed"]
            if moved and (moved[-1].published or date.min) >= said:
                out[event.id] = (moved[-1], other.date)
    return out


def trip_moves(events: Sequence[EventRecord], others: Sequence[EventRecord]) -> dict[int, tuple[Evidence, DateValue]]:
    """Matched plans that move with their trip when it is re-dated without a postponement
    ("brought forward by a day": "will now be in Skopje on May 13" moves the talks planned
    there for May 14 to May 13). The same actor's visit to the plan's place (or a place
    containing it; for a plan with no place, a visit its article reported) whose date was
    over the plan's day and is now another, told by a report published after the plan, moves
    a one-day plan by as many days as the visit's first day moved (at most 31).

    events (Sequence[EventRecord]): the question's matched events.
    others (Sequence[EventRecord]): the store's events as known on the as-of day.
    RETURNS (dict[int, tuple[Evidence, DateValue]]): matched event id -> (the re-dating
        sentence, the plan's new day).
    """
    visits = set(load_data("question")["action_matches"]["visit"])
    out: dict[int, tuple[Evidence, DateValue]] = {}
    for event in events:
        ours = event.date.interval()
        if ours is None or ours[0] != ours[1] or event.status not in ("planned", "uncertain"):
            continue
        if any(e.status in HAPPENED for e in event.evidence):
            continue
        said = max((e.published or date.min) for e in event.evidence)
        mine = {e.article_id for e in event.evidence}
        for trip in others:
            if trip.id == event.id or trip.action not in visits or trip.actor.name != event.actor.name:
                continue
            if trip.place is None or trip.status in ("postponed", "cancelled", "denied"):
                continue  # postponements: trip_postponements
            new = trip.date.interval()
            if new is None or spans_meet(new, ours):
                continue
            if event.place is not None and not in_place(event.place, trip.place):
                continue
            if event.place is None and not mine & {e.article_id for e in trip.evidence}:
                continue
            before = [(h, iv) for h in trip.history[:-1] if (iv := h.date.interval()) is not None and spans_meet(iv, ours)]
            if not before:
                continue
            if before[-1][1][0] <= new[0] and new[1] <= before[-1][1][1]:
                continue  # a day inside the trip's span ("cut short his visit on Wednesday"): told, not moved
            shift = new[0] - before[-1][1][0]
            change = next((e for e in reversed(trip.evidence) if e.published is not None and e.published >= said
                           and e.article_id not in mine and e.status in ("planned", "uncertain", *HAPPENED)), None)
            if change is None or not 0 < abs(shift.days) <= 31:
                continue
            day = ours[0] + shift
            out[event.id] = (change, DateValue(day.isoformat(), "day", event.date.text,
                                               note=f"moved with its trip from {ours[0].isoformat()}"))
            break
    return out


def moved_copy(event: EventRecord, sentence: Evidence, new_date: DateValue) -> EventRecord:
    """The plan as a question or proposal sees it once its trip was re-dated (:func:`trip_moves`):
    still a plan, on the new day, the re-dating sentence added to its evidence and history."""
    change = HistoryEntry(event.status, new_date, sentence.article_id, sentence.published)
    return replace(event, date=new_date, evidence=(*event.evidence, sentence), history=(*event.history, change))


#: Actions of the happened report a trip cut short is told with: the flight home ("cut short her tour and flew home"),
#: or the visit itself ("cut short his state visit to Spain on Wednesday").
_CURTAIL_ACTIONS = frozenset({"depart", "travel", "return", "visit"})


def curtailed_plans(events: Sequence[EventRecord], others: Sequence[EventRecord]) -> dict[int, Evidence]:
    """Matched plans of a traveller who cut the trip short: a happened departure, return or visit of
    the same actor told with a ``curtail_patterns`` phrase ("cut short her Asian tour on Thursday and
    flew home from Bangkok", "cut short his state visit to Spain on Wednesday"), before the plan's day
    and at most ``curtail_days`` earlier, cancels the plan (the stops still ahead were dropped).

    events (Sequence[EventRecord]): the question's matched events.
    others (Sequence[EventRecord]): the store's events as known on the as-of day.
    RETURNS (dict[int, Evidence]): matched event id -> the departure sentence.
    """
    data = load_data("question")
    patterns = [re.compile(p, re.IGNORECASE) for p in data["curtail_patterns"]]
    reach = timedelta(days=int(data["curtail_days"]))
    out: dict[int, Evidence] = {}
    for event in events:
        ours = event.date.interval()
        if event.status not in ("planned", "uncertain", "postponed") or ours is None:
            continue
        if any(e.status in HAPPENED for e in event.evidence):
            continue
        for other in others:
            left = other.date.interval()
            if other.actor.name != event.actor.name or other.action not in _CURTAIL_ACTIONS or other.status != "happened":
                continue
            if left is None or not (left[1] < ours[0] <= left[1] + reach):
                continue
            told = [e for e in other.evidence if any(p.search(e.sentence) for p in patterns)]
            if told:
                out[event.id] = told[-1]
    return out
