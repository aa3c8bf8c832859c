"""Article-level passes on events' days and status: the stay told before an event ("after two days in Hanoi"), a
live-blog post's day, and a present-tense event that starts after the article's day (a plan).
"""

from __future__ import annotations

from dataclasses import replace
import re
from datetime import timedelta

from spacy.tokens import Token

from ..model import DateValue, Event, TimeExpr
from .codes import event_codes
from .context import _Ctx
from .follow_ons import bare_clock
from .nlp import doc_text
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


def _bare_clock(date: DateValue, ctx: _Ctx) -> bool:
    """date (DateValue): an event's date. RETURNS (bool): a clock time with no word of a day ("from 4 a.m.":
    :func:`.follow_ons.bare_clock`), which the normalizer put on the article's day."""
    return date.precision == "time" and ctx.anchor is not None and bool(date.value) \
        and str(date.value).startswith(ctx.anchor.isoformat() + "T") and bare_clock(date.text)


def clock_plan_days(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "... will stage a nationwide strike on Monday. The union said workers would walk out from 4 a.m.": a plan dated
    by a bare clock time alone (:func:`_bare_clock`) is on the day of the article's last earlier event of its family
    with a day, at that time; with none, its day is unknown (the time says nothing of the day). So is a done event
    ("Police arrested X on Tuesday. Officers detained him shortly before noon": Tuesday at noon); with no such event it
    keeps the article's day, where a wire story's bare clock time of a done event mostly falls.

    events (list[Event]): the article's events, in text order. ctx (_Ctx): the doc's index.
    RETURNS (list[Event]): the events, such plans and done events re-dated."""
    out: list[Event] = []
    for ev in events:
        if ev.status in ("planned", "uncertain", "happened") and _bare_clock(ev.date, ctx):
            clock = str(ev.date.value).split("T", 1)[1]
            day = next((str(o.date.value)[:10] for o in reversed(out) if o.action == ev.action
                        and o.evidence.start <= ev.evidence.start and o.date.precision in ("day", "time")
                        and not _bare_clock(o.date, ctx)), None)
            if day is not None:
                ev = replace(ev, date=DateValue(f"{day}T{clock}", "time", ev.date.text))
            elif ev.status != "happened":
                ev = replace(ev, date=DateValue(None, "unknown", ev.date.text,
                                                note=f"a clock time ({ev.date.text}) with no day of its own"))
        out.append(ev)
    return out


def post_days(events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "18:20 — Kenyan President William Ruto has arrived in Addis Ababa", "18:45 — X met President Y at the palace",
    "He was welcomed on the tarmac by Z": an undated event told as done in a live-blog update headed by a post time
    (present perfect, or a past tense not in the pluperfect nor in a relative or adverbial clause of another moment)
    happened on that post's day: the day of the header line above the update that names a day alone ("Saturday,
    September 12"), else the post time's own day (the publication day's)."""
    text = doc_text(ctx.doc)
    headers = _header_days(ctx)
    out: list[Event] = []
    for ev in events:
        line = text.rfind("\n", 0, ev.evidence.trigger_start) + 1
        stamp = ctx.stamps.get(line)
        tok = trigger_token(ev, ctx) if stamp is not None and ev.date.value is None and ev.status == "happened" else None
        if stamp is not None and stamp.value and tok is not None and _told_done(tok) \
                and re.match(r"\d{4}-\d{2}-\d{2}", stamp.value):
            above = [h for h in headers if h[0] < line]
            if above:  # "Saturday, September 12" heading the updates below it
                day, said, note = above[-1][1].value or "", above[-1][1].text, "the day named above the live update"
            else:
                day, said, note = stamp.value, stamp.text, "the day of the live update's post time"
            ev = replace(ev, date=DateValue(day[:10], "day", said, None, note))
        out.append(ev)
    return out


def _told_done(tok: Token) -> bool:
    """Whether an event word is told as done by the time of its update: a verb (or the verb its noun hangs on) in the
    present perfect ("has arrived") or in a past tense ("met", "was welcomed"), not in the pluperfect ("had met") nor in a
    relative or adverbial clause, which tells another moment ("who visited Oslo as a student", "after he met X")."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in ("had", "'d") for c in auxes):
        return False
    if verb.tag_ == "VBN" and (tok.i == verb.i or verb.dep_ not in ("relcl", "advcl", "acl")) and any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP")
                                                      for c in auxes):
        return True  # "has arrived", "The summit has opened": the present perfect of the update
    if verb.dep_ in ("relcl", "advcl", "acl") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in auxes):
        return False
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in auxes)


def _header_days(ctx: _Ctx) -> list[tuple[int, TimeExpr]]:
    """The lines of a live blog that name a day alone ("Saturday, September 12"): each line's start and its day, in
    text order (each heads the updates below it)."""
    text = doc_text(ctx.doc)
    found: list[tuple[int, TimeExpr]] = []
    for t in ctx.doc._.times or ():
        if t.type != "DATE" or not t.value or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value) or t.start < ctx.dateline_end:
            continue
        line = text.rfind("\n", 0, t.start) + 1
        stop = text.find("\n", t.end)
        if not text[line : t.start].strip() and not text[t.end : stop if stop >= 0 else len(text)].strip(" \t.,:;-–—"):
            found.append((line, t))
    return found


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
