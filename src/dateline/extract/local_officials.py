"""Officials met where they govern: "met transitional leaders in Bamako" is a meeting with Mali.

A meeting with no named counterpart whose object is a plural of unnamed officials (``local_official_nouns`` of
``titles.json``: "officials", "leaders", "authorities") with no nationality or name of their own ("met Malian
officials" names Mali already) is held with the state of its place, when that place lies in another country than
the actor's.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from ..model import ActorRef, Event
from .actor_mentions import ANONYMOUS
from .context import _Ctx
from .nlp import load_data
from .trigger_tokens import trigger_token

__all__ = ["local_official_nouns", "local_officials"]


@cache
def local_official_nouns() -> frozenset[str]:
    """RETURNS (frozenset[str]): ``local_official_nouns`` of ``titles.json``."""
    return frozenset(load_data("titles.json")["local_official_nouns"])


def _unnamed_officials(tok: Token, ctx: _Ctx) -> bool:
    """tok (Token): a meeting's trigger. RETURNS (bool): its verb's object, or its "with" object, is a plural of
    unnamed officials with no actor (a name or a nationality) among its words."""
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" else tok
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i != tok.i]
    objects += [g for p in (*verb.children, *tok.children) if p.dep_ == "prep" and p.lower_ == "with"
                for g in p.children if g.dep_ == "pobj"]
    return any(o.lower_ in local_official_nouns() and not any(
        ctx.actors.get(t.i) not in (None, ANONYMOUS) or t.i in ctx.places
        for c in o.children if c.dep_ in ("amod", "compound", "poss", "nmod", "appos") for t in c.subtree)
        and ctx.actors.get(o.i) in (None, ANONYMOUS) for o in objects)


def local_officials(events: list[Event], ctx: _Ctx) -> list[Event]:
    """events (list[Event]): the article's events. ctx (_Ctx): the doc's index.
    RETURNS (list[Event]): the events, a placed meeting with unnamed local officials held with its place's state."""
    out: list[Event] = []
    for ev in events:
        country = ev.place.country or (ev.place.name if ev.place.kind == "country" else None) if ev.place else None
        if ev.action == "meet" and not ev.counterparts and country and ev.actor.country and country != ev.actor.country \
                and ev.actor.kind == "person" and (tok := trigger_token(ev, ctx)) is not None and _unnamed_officials(tok, ctx):
            ev = replace(ev, counterparts=(ActorRef(country, "country", None, country),))
        out.append(ev)
    return out
