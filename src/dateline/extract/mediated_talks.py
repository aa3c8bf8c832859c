"""Talks told as mediated by the one that reports them: "Mediated wage talks between the union and Kgosi Platinum ended
on Thursday without agreement, the CCMA said". The talks are the two sides' meeting; the mediation is the teller's act
(a named body, or a state by its organ), of the talks' day, place and status, with the sides as its counterparts, so
that it joins the mediation planned before ("The CCMA will mediate between the union and Kgosi Platinum on Thursday").
A teller that is itself one of the sides mediates nothing.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from ..model import Event
from .codes import event_codes
from .context import _Ctx
from .nlp import load_data
from .tellers import sentence_teller
from .trigger_tokens import trigger_token

__all__ = ["mediated_talks"]

#: Families of a talks noun that a mediator can stand behind.
_TALKS_FAMILIES = ("meet", "negotiate")


@cache
def _mediating_modifiers() -> frozenset[str]:
    return frozenset(load_data("triggers.json")["mediating_modifiers"])


def mediated_talks(events: list[Event], ctx: _Ctx) -> list[Event]:
    """events (list[Event]): an article's events. ctx (_Ctx): the doc's index.
    RETURNS (list[Event]): the events, and for each meeting told by a talks noun with a ``mediating_modifiers``
    modifier ("mediated talks", "brokered negotiations") and no mediation of its own sentence, the mediation by the
    sentence's teller (:func:`.tellers.sentence_teller`, an organization named as the subject of its reporting verb
    being one) when the teller is none of the talks' sides."""
    told = {ev.evidence.start for ev in events if ev.action == "mediate"}
    out = list(events)
    for ev in events:
        if ev.action not in _TALKS_FAMILIES or ev.evidence.start in told or ev.refers_to_plan:
            continue
        tok = trigger_token(ev, ctx)
        if tok is None or tok.pos_ != "NOUN" or not any(
                c.dep_ == "amod" and c.lemma_.lower() in _mediating_modifiers() for c in tok.children):
            continue
        teller = sentence_teller(tok, ctx, bodies=True)
        sides = (ev.actor, *ev.counterparts)
        if teller is None or any(teller.name == side.name for side in sides):
            continue
        codes = event_codes("mediate", ev.status)
        out.append(replace(ev, action="mediate", actor=teller, counterparts=sides, cameo=codes.cameo,
                           plover=codes.plover, plover_mode=codes.mode))
    return out

