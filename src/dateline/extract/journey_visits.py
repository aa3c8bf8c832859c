"""A visit told as the purpose of a journey: "X will travel to Kampala next Tuesday for a state visit during which he
will sign a deal on a pipeline from Eldoret": the visit is where the journey goes when it names no place of its own or
one outside the journey's (a place the parse of a later phrase gave it), so the two are one trip to one place. A visit
to the country holding the journey's city ("will travel to Hanoi for a five-day visit to Vietnam") stays the country's,
the trip that holds its stops; one inside the city ("for a visit to the Louvre") stays too.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..model import Event
from .context import _Ctx
from .places import place_in
from .trigger_tokens import trigger_token

__all__ = ["journey_visits"]

#: Journeys whose "for" purpose may be a visit noun.
_JOURNEYS = frozenset({"travel", "arrive"})


def _purpose_of(noun: Token, verb: Token) -> bool:
    """noun (Token): a visit noun. verb (Token): a journey verb. RETURNS (bool): the noun is the object of a "for"
    phrase on the verb ("travel to X for a state visit")."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.i == verb.i


def journey_visits(events: list[Event], ctx: _Ctx) -> list[Event]:
    """events (list[Event]): the article's events. ctx (_Ctx): the doc's index. RETURNS (list[Event]): the events, a
    visit noun that is the purpose of the same actor's journey in its sentence placed at the journey's place, unless
    its own place lies within that place or holds it."""
    journeys = [(ev, tok) for ev in events if ev.action in _JOURNEYS and ev.place is not None
                and (tok := trigger_token(ev, ctx)) is not None and tok.pos_ == "VERB"]
    if not journeys:
        return events
    out: list[Event] = []
    for ev in events:
        noun = trigger_token(ev, ctx) if ev.action == "visit" else None
        if noun is not None and noun.pos_ == "NOUN":
            journey = next((j for j, verb in journeys if j.actor.name == ev.actor.name
                            and j.evidence.start == ev.evidence.start and _purpose_of(noun, verb)), None)
            if journey is not None and journey.place is not None and (
                    ev.place is None or not place_in(ev.place, journey.place) and not place_in(journey.place, ev.place)):
                ev = replace(ev, place=journey.place)
        out.append(ev)
    return out
