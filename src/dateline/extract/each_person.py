"""One event per person: solo families ("X and Y will resign"), members acting apart or each ("met Kallas
separately", "both arrived"), a group subject meeting people it does not name, and people in attendance or attending.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Sequence

from spacy.tokens import Token

from ..model import ActorRef, Event
from .actor_mentions import ANONYMOUS
from .context import _Ctx
from .nlp import load_data
from .participants import among_them, in_attendance
from .triggers import _lex


@cache
def solo_families() -> frozenset[str]:
    """RETURNS (frozenset[str]): families whose event is each person's own (``solo_families`` in ``families.json``)."""
    return frozenset(load_data("families.json")["solo_families"])


def each_alone(event: Event) -> list[Event]:
    """ "Prime Minister X and Finance Minister Y will resign": an event of a ``solo_families`` family is each person's
    own, with no counterparts (the actor's and one event per other person named), but for those of ``solo_sides_kept``
    the state or body on the other side."""
    if event.action not in solo_families() or not event.counterparts:
        return [event]
    # ("would hand his resignation to President X": X receives it; only those named with the actor before a
    # resignation resign with him)
    fellows = [c for c in event.counterparts if c.kind == "person"
               and (event.action != "resign" or 0 <= c.start < event.evidence.trigger_start)]
    sides = tuple(c for c in event.counterparts if c.kind != "person") if event.action in _sides_kept() else ()
    # ("Venezuela released X and Y": each freed, by Venezuela)
    return [replace(event, counterparts=sides), *(replace(event, actor=c, counterparts=sides) for c in fellows)]


@cache
def _sides_kept() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``solo_sides_kept`` of ``families.json``: solo families that keep a counterpart that
    is no person (the state that frees a person)."""
    return frozenset(load_data("families.json")["solo_sides_kept"])


def each_apart(tok: Token, event: Event, ctx: _Ctx) -> list[Event]:
    """ "The two leaders met Kallas separately": a group subject whose members each did it apart, one event each
    (the group's second person is no counterpart of the first)."""
    if not any(c.dep_ == "advmod" and c.lower_ in _lex().apart for c in tok.children):
        return [event]
    mates = next((ctx.partners[c.i] for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in ctx.partners), ())
    if not mates:
        return [event]
    rest = tuple(c for c in event.counterparts if c.name not in {m.name for m in mates})
    if not rest:
        return [event]
    return _each_of(event, mates, rest)


def _each_of(event: Event, mates: Sequence[ActorRef], rest: tuple[ActorRef, ...]) -> list[Event]:
    """RETURNS (list[Event]): the event of its actor and one of each mate, all with the counterparts ``rest`` (none of
    them the others' counterpart)."""
    return [replace(event, counterparts=rest), *(replace(event, actor=m, counterparts=rest) for m in mates)]


#: Actions of a journey: people named together as its subject each make it; none is the other's counterpart.
_JOURNEY_ACTIONS = frozenset({"arrive", "travel", "depart", "visit"})


def co_travellers(tok: Token, events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "Abeysekera and Rahman both arrived in Kathmandu on Monday": a journey whose conjoined person subjects are each
    other's counterparts, told with an ``each_words`` word ("both", "each"), is one journey each, with no counterpart
    between them (arriving at the same time is no meeting)."""
    if tok.pos_ not in ("VERB", "AUX") or not events:
        return events
    subs = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    each = _lex().each_words | _lex().apart
    if not any(t.lower_ in each for t in [*tok.children, *(g for s in subs for g in s.subtree)]):
        return events  # (without "both", "each": people travelling together, the first with the others as companions)
    people = {r.name: r for s in subs for t in (s, *s.conjuncts) for g in t.subtree
              if (r := ctx.actors.get(g.i)) is not None and r is not ANONYMOUS and r.kind == "person"}
    out: list[Event] = []
    for ev in events:
        mates = [c for c in ev.counterparts if c.name in people and c.name != ev.actor.name]
        if ev.action not in _JOURNEY_ACTIONS or not mates:
            out.append(ev)
            continue
        out += _each_of(ev, mates, tuple(c for c in ev.counterparts if c not in mates))
    return out


#: Actions of two parties: a group subject meeting people it does not name meets them together, not each other.
_CONTACT_ACTIONS = frozenset({"meet", "call", "negotiate"})


def each_member(tok: Token, events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "They (the emperor and the empress) will travel to X to meet members of the community": a contact whose group
    subject ("they", "the royal couple") meets people it names no one of gives each member the event; the members
    are not each other's counterparts."""
    if len(events) != 1 or events[0].action not in _CONTACT_ACTIONS or tok.pos_ != "VERB":
        return events
    event = events[0]
    cur, sub = tok, None
    for _ in range(4):
        sub = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if sub is not None or cur.dep_ not in ("xcomp", "advcl", "conj") or cur.head.i == cur.i:
            break
        cur = cur.head
    mates = ctx.partners.get(sub.i, ()) if sub is not None else ()
    others = tuple(c for c in event.counterparts if c.name not in {m.name for m in mates})
    if not mates or any(c.kind == "person" for c in others):
        return events
    objects = [c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and ctx.actors.get(c.i) is None]
    if not objects:
        return events
    return [replace(event, counterparts=others), *(replace(event, actor=m, counterparts=others) for m in mates)]


def each_present(tok: Token, events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "with X, Y and Z in attendance", "expected to attend, among them X and Y": one attend event per person present,
    none a counterpart of another."""
    if len(events) != 1 or len(present := in_attendance(tok, ctx) or among_them(tok, ctx)) < 2:
        return events
    names = {p.name for p in present}
    rest = tuple(c for c in events[0].counterparts if c.name not in names)
    return [replace(events[0], actor=p, counterparts=rest) for p in present]


def each_attendee(tok: Token, events: list[Event], ctx: _Ctx) -> list[Event]:
    """ "a state funeral attended by A, B and envoys from 20 countries": a gathering's participle of attendance whose
    agent lists several people is one attend event per person, none a counterpart of another."""
    if len(events) != 1 or events[0].action != "attend" or tok.tag_ != "VBN" or tok.dep_ != "acl":
        return events
    agents = [g for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj" for g in (p, *p.conjuncts)]
    people = {r.name: r for g in agents if (r := ctx.actors.get(g.i)) is not None and r is not ANONYMOUS and r.kind == "person"}
    event = events[0]
    mates = [c for c in event.counterparts if c.name in people and c.name != event.actor.name]
    if event.actor.name not in people or not mates:
        return events
    return _each_of(event, mates, tuple(c for c in event.counterparts if c not in mates))
