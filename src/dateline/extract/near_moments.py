"""Events told a few hours from another: "fired a missile on Monday morning, hours after Seoul and Washington began
their annual exercise".

A clause opened by "after" or "before" with a unit of hours or minutes ("hours after", "minutes before", "two hours
after": ``near_moment_units`` in ``triggers.json``) tells an event that no date of its own places; it is on the day of
the event of the clause it hangs on. :func:`near_moment_days` gives such an undated event that day (the day only, not
the time of day).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from ..model import DateValue, Event
from .context import _Ctx
from .nlp import load_data

__all__ = ["near_moment_days"]


@cache
def _units() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``near_moment_units`` of ``triggers.json``."""
    return frozenset(load_data("triggers.json")["near_moment_units"])


def _near_clause(tok: Token) -> Token | None:
    """The verb of the main clause that a trigger's clause is "hours after" or "minutes before", else None."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in verb.children):
        return None
    if not any(c.dep_ == "npadvmod" and c.lower_ in _units() for c in verb.children):
        return None
    return verb.head


def near_moment_days(events: list[Event], ctx: _Ctx) -> list[Event]:
    """events (list[Event]): the article's events, in order. ctx (_Ctx): the doc's index.
    RETURNS (list[Event]): the events, each undated one told "hours after" (or "minutes before") the clause of a dated
    event of the same sentence given that event's day."""
    by_trigger = {e.evidence.trigger_start: e for e in events}
    out: list[Event] = []
    for ev in events:
        span = ctx.doc.char_span(ev.evidence.trigger_start, ev.evidence.trigger_end) if ev.date.value is None else None
        main = _near_clause(span.root) if span is not None else None
        other = by_trigger.get(main.idx) if main is not None else None
        if other is None or other.date.value is None or other.date.precision not in ("day", "time") or other.date.end_value:
            out.append(ev)
            continue
        day = other.date.value[:10]
        out.append(replace(ev, date=DateValue(day, "day", other.date.text, note=f"hours from its main clause's event ({day})")))
    return out
