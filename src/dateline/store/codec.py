"""JSON encoding of model objects for storage, and back.

Inputs and outputs are :mod:`dateline.model` objects and JSON strings; dates are
ISO strings. Used by every backend so that SQLite and PostgreSQL store the same text.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from ..model import ActorRef, DateValue, Event, Evidence, HistoryEntry, PlaceRef, TimeExpr
from .merge import Carry

__all__ = [
    "dumps",
    "event_to_json",
    "event_from_json",
    "carry_to_json",
    "carry_from_json",
    "place_from_dict",
    "place_to_dict",
    "actor_to_dict",
    "actor_from_dict",
    "times_from_json",
    "iso",
    "parse_iso",
]


def dumps(value: Any) -> str:
    """value (Any): JSON-ready data. RETURNS (str): compact JSON, keys sorted."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def iso(day: date | None) -> str | None:
    """RETURNS (str | None): ``YYYY-MM-DD`` or None."""
    return day.isoformat() if day else None


def parse_iso(text: str | None) -> date | None:
    """RETURNS (date | None): the date of an ISO ``YYYY-MM-DD`` string, or None."""
    return date.fromisoformat(text[:10]) if text else None


def actor_to_dict(a: ActorRef) -> dict[str, Any]:
    """RETURNS (dict): every field of an actor mention, for storage."""
    return {"name": a.name, "kind": a.kind, "title": a.title, "country": a.country, "start": a.start, "end": a.end}


def actor_from_dict(d: dict[str, Any]) -> ActorRef:
    """RETURNS (ActorRef): from its stored dict."""
    return ActorRef(d["name"], d.get("kind", "person"), d.get("title"), d.get("country"), d.get("start", -1), d.get("end", -1))


def place_to_dict(p: PlaceRef) -> dict[str, Any]:
    """RETURNS (dict): every field of a place mention, for storage."""
    return {
        "name": p.name,
        "kind": p.kind,
        "country": p.country,
        "lat": p.lat,
        "lon": p.lon,
        "within": list(p.within),
        "start": p.start,
        "end": p.end,
    }


def place_from_dict(d: dict[str, Any]) -> PlaceRef:
    """RETURNS (PlaceRef): from its stored dict."""
    return PlaceRef(
        d["name"],
        d.get("kind", "site"),
        d.get("country"),
        d.get("lat"),
        d.get("lon"),
        tuple(d.get("within", ())),
        d.get("start", -1),
        d.get("end", -1),
    )


def _date(d: DateValue) -> dict[str, Any]:
    return {"value": d.value, "precision": d.precision, "text": d.text, "end_value": d.end_value, "note": d.note}


def _date_from(d: dict[str, Any]) -> DateValue:
    return DateValue(d.get("value"), d.get("precision", "unknown"), d.get("text", ""), d.get("end_value"), d.get("note"))


def event_to_json(event: Event) -> str:
    """event (Event): one report. RETURNS (str): its JSON (evidence included)."""
    return dumps(_event_dict(event))


def _event_dict(event: Event) -> dict[str, Any]:
    ev = event.evidence
    return (
        {
            "action": event.action,
            "actor": actor_to_dict(event.actor),
            "counterparts": [actor_to_dict(c) for c in event.counterparts],
            "place": place_to_dict(event.place) if event.place else None,
            "date": _date(event.date),
            "status": event.status,
            "cameo": event.cameo,
            "plover": event.plover,
            "plover_mode": event.plover_mode,
            "refers_to_plan": event.refers_to_plan,
            **({"what": event.what} if event.what else {}),
            **({"moved_from": place_to_dict(event.moved_from)} if event.moved_from else {}),
            "evidence": {
                "article_id": ev.article_id,
                "published": iso(ev.published),
                "sentence": ev.sentence,
                "start": ev.start,
                "end": ev.end,
                "status": ev.status,
                "trigger_start": ev.trigger_start,
                "trigger_end": ev.trigger_end,
            },
        }
    )


def event_from_json(text: str) -> Event:
    """text (str): JSON from :func:`event_to_json`. RETURNS (Event): the report."""
    return _event_from_dict(json.loads(text))


def _event_from_dict(d: dict[str, Any]) -> Event:
    e = d["evidence"]
    return Event(
        action=d["action"],
        actor=actor_from_dict(d["actor"]),
        counterparts=tuple(actor_from_dict(c) for c in d["counterparts"]),
        place=place_from_dict(d["place"]) if d["place"] else None,
        date=_date_from(d["date"]),
        status=d["status"],
        cameo=d["cameo"],
        plover=d["plover"],
        plover_mode=d["plover_mode"],
        evidence=Evidence(
            e["article_id"],
            parse_iso(e["published"]),
            e["sentence"],
            e["start"],
            e["end"],
            e["status"],
            e.get("trigger_start", -1),
            e.get("trigger_end", -1),
        ),
        refers_to_plan=d.get("refers_to_plan", False),
        what=d.get("what"),
        moved_from=place_from_dict(d["moved_from"]) if d.get("moved_from") else None,
    )


def carry_to_json(carry: Carry) -> str:
    """carry (Carry): an event's fold state. RETURNS (str): its JSON, for the store's cache."""
    return dumps(
        {
            "actor": actor_to_dict(carry.actor),
            "counterparts": [actor_to_dict(c) for c in carry.counterparts],
            "place": place_to_dict(carry.place) if carry.place else None,
            "status": carry.status,
            "date": _date(carry.date),
            "lead": _event_dict(carry.lead),
            "history": [
                {"status": h.status, "date": _date(h.date), "article_id": h.article_id, "published": iso(h.published),
                 **({"place": place_to_dict(h.place)} if h.place else {}),
                 **({"moved_from": place_to_dict(h.moved_from)} if h.moved_from else {})}
                for h in carry.history
            ],
            "last": [carry.last[0].isoformat(), carry.last[1]],
            **({"what": carry.what} if carry.what else {}),
        }
    )


def carry_from_json(text: str) -> Carry:
    """text (str): JSON from :func:`carry_to_json`. RETURNS (Carry): the fold state."""
    d = json.loads(text)
    last_day = parse_iso(d["last"][0])
    assert last_day is not None
    return Carry(
        actor=actor_from_dict(d["actor"]),
        counterparts=tuple(actor_from_dict(c) for c in d["counterparts"]),
        place=place_from_dict(d["place"]) if d["place"] else None,
        status=d["status"],
        date=_date_from(d["date"]),
        lead=_event_from_dict(d["lead"]),
        history=tuple(
            HistoryEntry(h["status"], _date_from(h["date"]), h["article_id"], parse_iso(h["published"]),
                         place_from_dict(h["place"]) if h.get("place") else None,
                         place_from_dict(h["moved_from"]) if h.get("moved_from") else None)
            for h in d["history"]
        ),
        last=(last_day, int(d["last"][1])),
        what=d.get("what"),
    )


def times_from_json(text: str) -> tuple[TimeExpr, ...]:
    """RETURNS (tuple[TimeExpr, ...]): stored time expressions."""
    return tuple(TimeExpr(**t) for t in json.loads(text))
