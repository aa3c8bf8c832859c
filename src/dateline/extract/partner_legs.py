"""A meeting told with a second partner in a conjoined phrase of its own place and day: "X will hold talks with the
Japanese prime minister in Tokyo on June 9 and with South Korean President Y in Seoul on June 11", "will meet Z in
Tokyo on June 9 and Y in Seoul on June 11". Each such partner is a meeting of its own, there and then, never a second
party of the first meeting.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..model import Event
from .context import _Ctx, time_to_date
from .trigger_tokens import trigger_token

__all__ = ["partner_legs"]

#: Families whose partners may each be met apart.
_CONTACT = frozenset({"meet", "negotiate"})


def _own_leg(partner: Token, trigger: Token, ctx: _Ctx) -> Token | None:
    """The conjunct or prepositional phrase, between the partner and the trigger's clause, that holds the partner and a
    place and a day of its own (its own "in Seoul", "on June 11"), else None."""
    cur = partner
    while cur.i != trigger.i and cur.head.i != cur.i:
        if cur.dep_ in ("conj", "prep"):
            own = list(cur.subtree)
            if any(ctx.places.get(t.i) for t in own) and any(
                    (x := ctx.times.get(t.i)) is not None and x.type in ("DATE", "TIME") for t in own):
                return cur
        cur = cur.head
    return None


def partner_legs(events: list[Event], ctx: _Ctx) -> list[Event]:
    """events (list[Event]): the article's events. ctx (_Ctx): the doc's index.
    RETURNS (list[Event]): the events, a meeting's partner told in a conjoined phrase with its own place and day taken
    out of it and made a meeting of its own (same actor and status) at that place on that day."""
    out: list[Event] = []
    for ev in events:
        tok = trigger_token(ev, ctx) if ev.action in _CONTACT and len(ev.counterparts) > 1 else None
        if tok is None:
            out.append(ev)
            continue
        kept, legs = [], []
        for c in ev.counterparts:
            span = ctx.doc.char_span(c.start, c.end, alignment_mode="expand") if 0 <= c.start < c.end else None
            leg = _own_leg(span.root, tok, ctx) if span is not None else None
            if leg is None:
                kept.append(c)
                continue
            place = next((p for t in leg.subtree if (p := ctx.places.get(t.i)) is not None), None)
            when = next((time_to_date(x) for t in leg.subtree
                         if (x := ctx.times.get(t.i)) is not None and x.type in ("DATE", "TIME")), ev.date)
            if (place.name if place else None) == (ev.place.name if ev.place else None) and when.value == ev.date.value:
                kept.append(c)  # "with X and Y in Vienna on June 15": the same meeting
                continue
            legs.append(replace(ev, counterparts=(c,), place=place, date=when))
        out.append(replace(ev, counterparts=tuple(kept)) if legs and kept else ev)
        if kept:
            out.extend(legs)
    return out
