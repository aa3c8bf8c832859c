"""A change of one leg of a trip: "a typhoon warning forced her to drop the final leg of her Asia tour".

The trip noun after "of" ("her Asia tour") is no place changed: the leg noun's ordinal ("final", "second"; ``leg_nouns``
and ``leg_ordinals`` in ``occasions.json``) picks one stop of the actor's trip told before it, by day. The change is
that stop's (its place and day), or nothing when the article told no such stop.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from ..model import Event, PlaceRef
from .back_references import TRIP_FAMILY
from .codes import event_codes
from .context import _Ctx
from .nlp import load_data
from .places import resolve_country, resolve_place

__all__ = ["changed_legs", "leg_noun"]


@cache
def _legs() -> tuple[frozenset[str], dict[str, int]]:
    data = load_data("occasions.json")
    return frozenset(data["leg_nouns"]), {k: int(v) for k, v in data["leg_ordinals"].items()}


#: Statuses of a change of a planned stop.
_CHANGES = frozenset({"cancelled", "postponed"})


def leg_noun(tok: Token) -> Token | None:
    """tok (Token): a trip change's trigger. RETURNS (Token | None): the leg noun it is or hangs on ("drop the final
    [leg] of her tour"), else None."""
    nouns, _ = _legs()
    leg = tok if tok.lower_ in nouns else tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    return leg if leg is not None and leg.lower_ in nouns else None


def _rank(tok: Token) -> int | None:
    """tok (Token): a trip change's trigger. RETURNS (int | None): the rank of the stop it names ("the final leg of her
    tour": -1), None when it names no leg by an ordinal."""
    ordinals = _legs()[1]
    leg = leg_noun(tok)
    return next((ordinals[c.lower_] for c in leg.children if c.dep_ == "amod" and c.lower_ in ordinals), None) \
        if leg is not None else None


def _named_leg(tok: Token) -> PlaceRef | None:
    """tok (Token): a trip change's trigger. RETURNS (PlaceRef | None): the country a leg noun names by a nationality
    or a country's name ("the Chilean leg of his tour", "the Chile stop"), else None."""
    leg = leg_noun(tok)
    if leg is None:
        return None
    for c in leg.children:
        if c.dep_ in ("amod", "compound") and c.i < leg.i and (country := resolve_country(c.text)) is not None:
            return resolve_place(country)
    return None


def changed_legs(events: list[Event], ctx: _Ctx) -> list[Event]:
    """Make a change of a trip's ranked leg the change of that stop.

    events (list[Event]): the article's events, text order. ctx (_Ctx): the doc's context.
    RETURNS (list[Event]): the events, a cancelled or postponed leg ("drop the final leg of her Asia tour") at the place
        and day of the actor's planned stop of that rank told before it (none when no such stop was told); a leg named
        by its country ("the Chilean leg") at that country (none when the country was read as the traveller).
    """
    out: list[Event] = []
    for ev in events:
        if ev.action in TRIP_FAMILY and ev.status in _CHANGES and (ev.place is None or ev.place.kind == "region"):
            # ("The final leg of the tour, in Kuala Lumpur, has been cancelled" names its own stop)
            span = ctx.doc.char_span(ev.evidence.trigger_start, ev.evidence.trigger_end, alignment_mode="expand")
            rank = _rank(span.root) if span is not None else None
            named = _named_leg(span.root) if span is not None and rank is None else None
            if named is not None:
                if ev.actor.kind == "country" and ev.actor.name == named.name:
                    continue  # "The chancellor ... has dropped the Chilean leg": the stop's country is no traveller
                ev = replace(ev, place=named, refers_to_plan=True)  # "dropped the Chilean leg of his tour": Chile
            if rank is not None:
                stops: dict[str, Event] = {}
                for o in events:
                    if o.action in ("visit", "travel") and o.actor.name == ev.actor.name and o.status == "planned" \
                            and not o.refers_to_plan and o.place is not None and o.date.value \
                            and o.evidence.start < ev.evidence.start:
                        stops.setdefault(o.place.name, o)
                ordered = sorted(stops.values(), key=lambda o: str(o.date.value))
                if not -len(ordered) <= rank < len(ordered) or any(o.place is not None and o.place.kind == "region"
                                                                    for o in ordered):
                    continue  # no such stop told (or a stop known only by its region): no change the article places
                stop = ordered[rank]
                codes = event_codes(stop.action, ev.status)
                ev = replace(ev, action=stop.action, place=stop.place, date=stop.date, refers_to_plan=True,
                             cameo=codes.cameo, plover=codes.plover, plover_mode=codes.mode)
        out.append(ev)
    return out
