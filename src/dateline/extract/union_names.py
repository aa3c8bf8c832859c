"""A union told by its description and named in another sentence: "ABUJA - Nigeria's main labour union called on Monday
for a nationwide strike starting on Wednesday ... The Nigeria Labour Congress said talks had failed". The crowd group
"union" of Nigeria is the Nigeria Labour Congress, the one labour body the article names, so a question about the
Congress finds the strike it called (the store would otherwise learn the name only from a later article).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from ..model import ActorRef, Event
from .actor_mentions import ANONYMOUS
from .context import _Ctx
from .nlp import load_data

__all__ = ["named_unions", "the_named_union"]

#: Names of a crowd group that is a union told by its description ("labour union": "union").
_UNION_GROUPS = frozenset({"union"})  # (not "unions": several bodies, the named one among them)


@cache
def _union_words() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``named_union_words`` of ``families.json`` (lower case)."""
    return frozenset(load_data("families.json")["named_union_words"])


def _labour_body(ref: ActorRef, country: str | None) -> bool:
    """ref (ActorRef): an actor of the article. RETURNS (bool): it is an organisation whose name holds a union word,
    of ``country`` or of none."""
    return ref.kind == "org" and (ref.country is None or ref.country == country) \
        and bool(_union_words().intersection(ref.name.lower().split()))


def the_named_union(country: str | None, ctx: _Ctx) -> ActorRef | None:
    """country (str | None): the country of a crowd. ctx (_Ctx): the doc's index. RETURNS (ActorRef | None): the one
    labour body the article names (of that country or of none; its country that one), else None (none, or several)."""
    bodies = {ref.name: ref for ref in ctx.actors.values() if ref is not ANONYMOUS and _labour_body(ref, country)}
    if len(bodies) != 1:
        return None
    (body,) = bodies.values()
    return replace(body, country=body.country or country)


def named_unions(events: list[Event], ctx: _Ctx) -> list[Event]:
    """events (list[Event]): an article's events. ctx (_Ctx): the doc's index. RETURNS (list[Event]): the events, each
    whose actor is a crowd group named only "union" given the one labour body the article names (of the group's country
    or of none; its country the group's), when there is exactly one; otherwise unchanged."""
    if not any(ev.actor.kind == "group" and ev.actor.name.lower() in _UNION_GROUPS for ev in events):
        return events
    out: list[Event] = []
    for ev in events:
        if ev.actor.kind == "group" and ev.actor.name.lower() in _UNION_GROUPS \
                and (body := the_named_union(ev.actor.country, ctx)) is not None:
            ev = replace(ev, actor=body)
        out.append(ev)
    return out

