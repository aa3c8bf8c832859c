"""The host a visit is for: "will pay a one-day visit to Kampala next Tuesday for talks with Ugandan President Joseph
Okello" is a visit to Okello as well as the talks with him.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..model import Event
from .context import _Ctx

__all__ = ["visit_partners"]

#: Journeys whose partner is the person they are made to see (a ``travel`` keeps none: the store finds the talks it is
#: made for itself).
_JOURNEYS = frozenset({"visit"})


def _joined_by_and(tok: Token, top: Token) -> bool:
    """tok (Token): a word under ``top``. RETURNS (bool): the way up from it to ``top`` passes a conjunct ("will travel
    to Lilongwe and meet President X": a second act of the trip, not what the journey is for)."""
    cur = tok
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ == "conj":
            return True
        cur = cur.head
    return False


def visit_partners(events: list[Event], ctx: _Ctx) -> list[Event]:
    """Give a journey with no partner the people of the talks it is made for.

    events (list[Event]): an article's events, text order. ctx (_Ctx): the doc's index.
    RETURNS (list[Event]): the events, each ``visit`` event that names no counterpart given the person counterparts of
    a ``meet`` event of the same actor, status and day whose trigger stands inside the visit trigger's phrase or
    clause, not in a conjunct ("a visit to Kampala for talks with X", "will visit Asuncion on Friday to meet X").
    """
    out: list[Event] = []
    for ev in events:
        if ev.action in _JOURNEYS and not ev.counterparts and ev.evidence.trigger_start >= 0:
            span = ctx.doc.char_span(ev.evidence.trigger_start, ev.evidence.trigger_end, alignment_mode="expand")
            tok = span.root if span is not None and len(span) else None
            holder = tok.head if tok is not None and tok.dep_ == "dobj" else tok  # ("will pay a visit to Kampala ...
            # for talks with X": the phrase hung on the light verb)
            inside = {t.idx for t in holder.subtree if not _joined_by_and(t, holder)} if holder is not None else set()
            talks = next((m for m in events if m.action == "meet" and m.actor.name == ev.actor.name
                          and m.status == ev.status and m.date.value == ev.date.value
                          and m.evidence.trigger_start in inside
                          and any(c.kind == "person" for c in m.counterparts)), None)
            if talks is not None:
                ev = replace(ev, counterparts=tuple(c for c in talks.counterparts if c.kind == "person"))
        out.append(ev)
    return out
