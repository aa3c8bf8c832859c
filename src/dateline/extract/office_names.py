"""An office told before the person holding it is named: "OTTAWA - Alberta's premier met the federal finance minister
on Friday ... Premier Laura Brandt and Finance Minister Samuel Okafor spent two hours together". The office ("Premier of
Alberta") is the one person of that title the article names, so the meeting is Brandt's and joins her stored plan.
(An office named after its holder is resolved when it is read: :mod:`.references`.)
"""

from __future__ import annotations

from dataclasses import replace

from ..model import ActorRef, Event
from .actor_mentions import ANONYMOUS
from .context import _Ctx
from .crowds import dateline_country
from .each_person import solo_families

__all__ = ["named_offices"]


def _office(ref: ActorRef) -> bool:
    """ref (ActorRef): an actor. RETURNS (bool): it is an office kept without a name ("Premier of Alberta")."""
    return ref.kind == "person" and bool(ref.title) and ref.name.startswith(f"{ref.title} of ")


def _holder(ref: ActorRef, people: list[ActorRef], parties: set[str], home: str | None = None) -> ActorRef | None:
    """ref (ActorRef): an office. people (list[ActorRef]): the article's named people, each at its first mention.
    parties (set[str]): the names of the event's own parties. home (str | None): the dateline's country.
    RETURNS (ActorRef | None): the one person of that title, of the office's country or of none (given the office's
    country; not under the dateline of another country: "SANTIAGO - Peru's president arrived ... and was welcomed by
    President X" is X's guest, not X), first named after the office's mention and no party of the event ("Prime
    Minister X met Tunisia's prime minister": not X), else None."""
    title = (ref.title or "").lower()
    fits = {p.name: p for p in people if (p.title or "").lower() == title
            and (p.country == ref.country or p.country is None and home in (None, ref.country))
            and p.start > ref.start and p.name not in parties}
    if len(fits) != 1:
        return None
    (person,) = fits.values()
    return replace(person, country=person.country or ref.country, start=ref.start, end=ref.end)


def _same_act_holder(ev: Event, events: list[Event]) -> ActorRef | None:
    """ev (Event): an event whose actor is an office kept without a name. events (list[Event]): the article's events.
    RETURNS (ActorRef | None): for a one-person act (``solo_families``) told on a day, the one named person the article
    tells doing the same act after the office, that day or on no day of its own ("Bratislava's new mayor was sworn in
    on Thursday ... Zuzana Holubova, 44, took the oath at city hall"), else None."""
    if ev.action not in solo_families() or ev.date.value is None:
        return None
    doers = {e.actor.name: e.actor for e in events if e.action == ev.action and e.date.value in (ev.date.value, None)
             and e.actor.kind == "person" and not _office(e.actor) and e.actor.start > ev.actor.start}
    if len(doers) != 1:
        return None
    (person,) = doers.values()
    return replace(person, country=person.country or ev.actor.country, start=ev.actor.start, end=ev.actor.end)


def named_offices(events: list[Event], ctx: _Ctx) -> list[Event]:
    """events (list[Event]): an article's events. ctx (_Ctx): the doc's index. RETURNS (list[Event]): the events, each
    actor or counterpart that is an office kept without a name given the one person of that title the article names
    (or, for a one-person act, the one person named doing it that day: :func:`_same_act_holder`)."""
    first: dict[str, ActorRef] = {}
    for r in sorted((r for r in ctx.actors.values() if r is not ANONYMOUS), key=lambda r: r.start):
        first.setdefault(r.name, r)
    people = [r for r in first.values() if r.kind == "person" and r.title and not _office(r)]
    if not any(_office(e.actor) or any(_office(c) for c in e.counterparts) for e in events):
        return events
    out: list[Event] = []
    home = dateline_country(ctx)
    for ev in events:
        parties = {ev.actor.name, *(c.name for c in ev.counterparts)}
        actor = (_holder(ev.actor, people, parties, home) or _same_act_holder(ev, events) if _office(ev.actor)
                 else None) or ev.actor
        counterparts = tuple((_holder(c, people, parties, home) if _office(c) else None) or c for c in ev.counterparts)
        if actor is not ev.actor or counterparts != ev.counterparts:
            counterparts = tuple(c for c in counterparts if c.name != actor.name)
            ev = replace(ev, actor=actor, counterparts=counterparts)
        out.append(ev)
    return out
