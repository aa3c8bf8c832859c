"""``dateline events`` and ``dateline timeline``: the event record, filtered."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from ..model import EventRecord, STATUSES
from ..reason.brief import event_line
from ..store import Store
from .common import add_db, iso_date, render, store_from

__all__ = ["add_parser", "list_events", "timeline"]

_COLUMNS = ["id", "date", "status", "actor", "action", "what", "place", "counterparts", "cameo", "sources"]


def _flat(e: EventRecord) -> dict[str, Any]:
    return {
        "id": e.id,
        "date": e.date.value or "unknown",
        "status": e.status,
        "actor": e.actor.name,
        "action": e.action,
        "what": e.what or "",
        "place": e.place.name if e.place else "",
        "counterparts": ", ".join(c.name for c in e.counterparts),
        "cameo": e.cameo,
        "sources": e.independent_sources(),
    }


def list_events(
    store: Store,
    *,
    actor: str | None = None,
    place: str | None = None,
    start: date | None = None,
    end: date | None = None,
    status: str | None = None,
    as_of: date | None = None,
    fmt: str = "table",
) -> str:
    """List events. store (Store): the database; the filters are those of
    :meth:`Store.events`; fmt (str): table, json, jsonl or csv.
    RETURNS (str): the listing (json: an array of event objects)."""
    events = store.events(actor=actor, place=place, start=start, end=end, status=status, as_of=as_of)
    if fmt in ("json", "jsonl"):
        return render([e.to_dict() for e in events], fmt, _COLUMNS)
    return render([_flat(e) for e in events], fmt, _COLUMNS)


def timeline(store: Store, actor: str, fmt: str = "text", as_of: date | None = None) -> str:
    """store (Store): the database. actor (str): name, alias or title. fmt (str): text or json.
    RETURNS (str): the actor's events in calendar order with status."""
    events = store.events(actor=actor, as_of=as_of)
    if fmt == "json":
        return json.dumps([e.to_dict() for e in events], ensure_ascii=False, indent=2)
    if not events:
        return f"no events for '{actor}'"
    lines = []
    for e in events:
        when = e.date.value or "date unknown"
        if e.date.end_value:
            when += f"..{e.date.end_value}"
        lines.append(f"{when:<24} {e.status:<10} {event_line(e, status=False)}")
        if len(e.history) > 1:
            lines.append(" " * 25 + "history: " + " -> ".join(
                f"{h.status} ({h.date.value or '?'}" + (f", moved to {h.place.name}" if h.place else "") + ")"
                for h in e.history))
    return "\n".join(lines)


def _run_events(args: argparse.Namespace) -> int:
    store = store_from(args)
    try:
        print(
            list_events(
                store,
                actor=args.actor,
                place=args.place,
                start=args.start,
                end=args.end,
                status=args.status,
                as_of=args.as_of,
                fmt=args.format,
            )
        )
    finally:
        store.close()
    return 0


def _run_timeline(args: argparse.Namespace) -> int:
    store = store_from(args)
    try:
        print(timeline(store, args.actor, args.format, args.as_of))
    finally:
        store.close()
    return 0


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``dateline events`` and ``dateline timeline``."""
    p = sub.add_parser(
        "events",
        help="list events with status, date, place and evidence",
        description=(
            "Lists events merged across articles, in calendar order. "
            "Example: dateline events --actor Hegseth --status planned --format json"
        ),
    )
    add_db(p)
    p.add_argument("--actor", help="actor name, alias or title (substring, any case)")
    p.add_argument("--place", help="place name or alias; places within it match too")
    p.add_argument("--from", dest="start", type=iso_date("--from"), help="event date on or after")
    p.add_argument("--to", dest="end", type=iso_date("--to"), help="event date on or before")
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--as-of", dest="as_of", type=iso_date("--as-of"), help="only articles published by then")
    p.add_argument("--format", choices=["table", "json", "jsonl", "csv"], default="table")
    p.set_defaults(func=_run_events)

    t = sub.add_parser(
        "timeline",
        help="one actor's events in calendar order",
        description="An actor's events in calendar order with status. Example: dateline timeline Hegseth",
    )
    t.add_argument("actor", help="actor name, alias or title")
    add_db(t)
    t.add_argument("--as-of", dest="as_of", type=iso_date("--as-of"), help="only articles published by then")
    t.add_argument("--format", choices=["text", "json"], default="text")
    t.set_defaults(func=_run_timeline)
