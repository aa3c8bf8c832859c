"""A plan moved to another place, as a question about its old place sees it.

The store keeps a plan moved to another place ("has been moved from Lilongwe to Blantyre") as one event, now at the new
place, its history telling the move (:class:`~dateline.model.HistoryEntry` ``place`` and ``moved_from``). A question
about the old place ("Will Mwale visit Lilongwe by March 10?") asks about the plan as it stood there: called off there
by the move (:func:`moved_away`), which the resolution cites.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from ..model import EventRecord, PlaceRef

__all__ = ["moved_away"]


def moved_away(event: EventRecord, fits: Callable[[PlaceRef], bool]) -> EventRecord | None:
    """The event as it stood at a place it was moved away from, called off there by the move.

    event (EventRecord): a stored event as known on the as-of day.
    fits (Callable[[PlaceRef], bool]): whether a place is the one asked about.
    RETURNS (EventRecord | None): a copy at the last place moved away from that fits (``fits``), the one the event is not
        at now, with status ``cancelled``, the date it had before the move (the move's own when the move is its first
        report), the evidence up to the moving article's (its sentences marked ``cancelled``) and the history up to the
        move, then the call-off; None when the event was never moved away from such a place.
    """
    if event.place is not None and fits(event.place):
        return None
    k = next((i for i in range(len(event.history) - 1, -1, -1) if (h := event.history[i]).moved_from is not None
              and fits(h.moved_from)), None)
    if k is None:
        return None
    move = event.history[k]
    assert move.moved_from is not None
    before = event.history[k - 1].date if k > 0 else move.date
    evidence = []
    for ev in event.evidence:
        if ev.article_id == move.article_id:
            evidence.append(replace(ev, status="cancelled"))
        elif ev.published is None or move.published is None or ev.published <= move.published:
            evidence.append(ev)
    call_off = replace(move, status="cancelled", date=before, place=None, moved_from=None)
    return replace(event, place=move.moved_from, status="cancelled", date=before, evidence=tuple(evidence),
                   history=(*event.history[:k], call_off))
