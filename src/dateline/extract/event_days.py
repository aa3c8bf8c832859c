"""Article-level passes on events' days and status: the stay told before an event ("after two days in Hanoi"), a
live-blog post's day, and a present-tense event that starts after the article's day (a plan).
"""

from __future__ import annotations

from dataclasses import replace
import re
from datetime import timedelta

from ..model import DateValue, Event
from .codes import event_codes
from .context import _Ctx
from .triggers import _lex
from .trigger_tokens import trigger_token


def stays_before(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "held talks in Bangkok on Wednesday with X, after two days in Hanoi": a count of days after a ``stay_frame_preps``
    preposition on the event's verb, with a place of its own, is the actor's stay there right before the event's day:
    a visit of those days (the days before the event's), of the event's status."""
    out: list[Event] = []
    told: set[tuple[str, str, int]] = set()
    for ev in events:
        out.append(ev)
        tok = trigger_token(ev, ctx)
        iv = ev.date.interval()
        if tok is None or ev.refers_to_plan or ev.status not in ("happened", "planned") or ev.date.precision != "day" or iv is None:
            continue
        verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else tok
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in _lex().stay_frames:
                continue
            for g in prep.children:
                x = ctx.times.get(g.i)
                if g.dep_ != "pobj" or x is None or x.type != "DURATION" or not x.value or not re.fullmatch(r"P\d+D", x.value):
                    continue
                place = next((ctx.places[t.i] for p in g.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                              for t in p.subtree if t.i in ctx.places), None)
                if place is None or (ev.actor.name, place.name, ev.evidence.start) in told:
                    continue
                told.add((ev.actor.name, place.name, ev.evidence.start))
                days = int(x.value[1:-1])
                first, last = iv[0] - timedelta(days=days), iv[0] - timedelta(days=1)
                when = DateValue(first.isoformat(), "day", x.text, last.isoformat() if last != first else None,
                                 f"the {days} days before {iv[0].isoformat()}")
                codes = event_codes("visit", ev.status)
                out.append(replace(ev, action="visit", counterparts=(), place=place, date=when, cameo=codes.cameo,
                                   plover=codes.plover, plover_mode=codes.mode,
                                   evidence=replace(ev.evidence, trigger_start=g.idx, trigger_end=g.idx + len(g))))
    return out


def post_days(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "18:20 — Kenyan President William Ruto has arrived in Addis Ababa": an undated event told in the present perfect
    in a live-blog update headed by a post time happened on that post's day."""
    out: list[Event] = []
    for ev in events:
        stamp = ctx.stamps.get(ctx.doc.text.rfind("\n", 0, ev.evidence.trigger_start) + 1)
        tok = trigger_token(ev, ctx) if stamp is not None and ev.date.value is None and ev.status == "happened" else None
        if stamp is not None and stamp.value and tok is not None and tok.tag_ == "VBN" \
                and any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP") for c in tok.children) \
                and re.match(r"\d{4}-\d{2}-\d{2}", stamp.value):
            ev = replace(ev, date=DateValue(stamp.value[:10], "day", stamp.text, None, "the day of the live update's post time"))
        out.append(ev)
    return out


def not_yet_under_way(events: list[Event], ctx: _Ctx) -> list[Event]:
    """An event found `ongoing` ("The visit comes as ...") whose own date starts after the
    article's day is a plan told in the present: `planned`, never under way before it starts."""
    anchor = ctx.anchor
    if anchor is None:
        return events
    out = []
    for ev in events:
        iv = ev.date.interval()
        if ev.status == "ongoing" and iv is not None and iv[0] > anchor:
            codes = event_codes(ev.action, "planned")
            ev = replace(ev, status="planned", cameo=codes.cameo, plover=codes.plover, plover_mode=codes.mode,
                         evidence=replace(ev.evidence, status="planned"))
        out.append(ev)
    return out
