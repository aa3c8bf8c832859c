"""Follow-on sentences that tell more of an event already told: "The missile was launched from the Sunan area".

"North Korea fired a short-range ballistic missile on Monday, the military said. The missile was launched from the
Sunan area near Pyongyang at about 7:40 a.m." The second sentence names no actor, so it is no event of its own; its
passive subject is the thing the earlier launch acted on ("the missile", the head of that event's ``what``), so its
place phrase (``follow_on_place_preps`` in ``triggers.json``) is that launch's place, and a clock time on the launch's
own day is its time. :func:`follow_on_places` applies this to the event of the nearest earlier sentence only.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from ..model import DateValue, Event, PlaceRef
from .context import _Ctx
from .nlp import load_data
from .triggers import _lex

__all__ = ["bare_clock", "follow_on_places"]


@cache
def _place_preps() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``follow_on_place_preps`` of ``triggers.json``."""
    return frozenset(load_data("triggers.json")["follow_on_place_preps"])


def _told_thing(verb: Token, action: str) -> Token | None:
    """The definite passive subject ("the missile") of a verb of the family ``action`` told with no doer, else None."""
    entry = _lex().verbs.get(verb.lemma_.lower())
    if verb.pos_ != "VERB" or entry is None or entry.get("action") != action or not entry.get("needs_what") \
            or any(c.dep_ in ("agent", "nsubj") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"
                 and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)), None)


def _place_of(verb: Token, ctx: _Ctx) -> PlaceRef | None:
    """The first place in a place phrase of the verb ("from the Sunan area near Pyongyang": Sunan)."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _place_preps()):
        for t in prep.subtree:
            if (ref := ctx.places.get(t.i)) is not None:
                return ref
    return None


@cache
def _clock_words() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``clock_time_words`` of ``triggers.json``."""
    return frozenset(load_data("triggers.json")["clock_time_words"])


def bare_clock(text: str) -> bool:
    """text (str): the words of a time expression. RETURNS (bool): they name a clock time and no day ("at about 7:40
    a.m.", "from 4 a.m.": ``clock_time_words`` and numbers only)."""
    return all(not w.isalpha() or w in _clock_words() for w in text.lower().replace(".", "").split())


def _clock_time(verb: Token, day: str, ctx: _Ctx) -> DateValue | None:
    """A clock time of the verb's clause on the day ``day`` ("at about 7:40 a.m." on 2026-03-16), else None; a bare
    clock time (:func:`bare_clock`) read on the article's day is put on ``day``."""
    for t in verb.subtree:
        x = ctx.times.get(t.i)
        if x is None or x.type != "TIME" or not x.value or "T" not in x.value or not x.value.split("T", 1)[1][:1].isdigit():
            continue
        if x.value.startswith(day + "T"):
            return DateValue(x.value, "time", x.text)
        if bare_clock(x.text) and ctx.anchor is not None and x.value.startswith(ctx.anchor.isoformat() + "T"):
            return DateValue(day + "T" + x.value.split("T", 1)[1], "time", x.text)
    return None


def follow_on_places(events: list[Event], ctx: _Ctx) -> list[Event]:
    """events (list[Event]): the article's events, in order. ctx (_Ctx): the doc's index.
    RETURNS (list[Event]): the events, each launch-like event (a ``needs_what`` family) given the place (when it has
    none) and the clock time (when on its day) of the next sentence that tells its thing again ("The missile was
    launched from ..."); a launch that sentence yields by its teller alone (", the JCS said") is dropped as the same
    launch told again. Unchanged otherwise."""
    if not any(e.what for e in events) or not (ctx.doc.has_annotation("DEP") or ctx.doc.has_annotation("SENT_START")):
        return events  # (a blank pipeline has no sentences)
    sents = list(ctx.doc.sents)
    starts = [s.start_char for s in sents]
    out: list[Event | None] = list(events)
    for k, ev in enumerate(events):
        if ev.what is None or ev.refers_to_plan or ev.status != "happened" or ev.evidence.start not in starts:
            continue
        n = starts.index(ev.evidence.start)
        if n + 1 >= len(sents):
            continue
        told = [j for j, e in enumerate(events) if e.evidence.start == sents[n + 1].start_char]
        head = ev.what.split()[-1].lower()
        for verb in sents[n + 1]:
            thing = _told_thing(verb, ev.action)
            if thing is None or thing.lower_ != head:
                continue
            if any(events[j].evidence.trigger_start != verb.idx or events[j].action != ev.action for j in told):
                break  # the next sentence tells events of its own
            for j in told:  # "The missile was launched from near Wonsan ..., the JCS said": the same launch, whose
                out[j] = None  # teller the builder took for its doer
            place = ev.place or _place_of(verb, ctx)
            day = ev.date.value if ev.date.precision == "day" else None
            when = (_clock_time(verb, day, ctx) if day else None) or ev.date
            if when is not ev.date:
                when = replace(when, note=f"the time a follow-on sentence gives its {head}")
            out[k] = replace(ev, place=place, date=when)
            break
    return [e for e in out if e is not None]
