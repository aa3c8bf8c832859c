"""A dissolution that calls an election: "Prime Minister X dissolved the lower house on Tuesday, setting the stage for a
general election on October 26" tells the election called that day by X, as "called a snap election for October 26"
would (the ``call_election`` family), beside the dissolution itself and the country's vote.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Event
from .codes import event_codes

__all__ = ["dissolution_calls"]

#: Statuses of a dissolution that tell its election called (done, or still ahead with it).
_TOLD = frozenset({"happened", "planned", "postponed", "cancelled", "uncertain"})


def dissolution_calls(events: list[Event]) -> list[Event]:
    """events (list[Event]): an article's events, text order. RETURNS (list[Event]): the events, and for each
    ``dissolve`` event of a person whose sentence also tells a dated ``vote`` (an election the dissolution sets up), that
    person's ``call_election`` of the dissolution's status and day, its ``what`` the vote's; unless the article already
    tells that person calling one."""
    out = list(events)
    for ev in events:
        if ev.action != "dissolve" or ev.actor.kind != "person" or ev.status not in _TOLD:
            continue
        vote = next((v for v in events if v.action == "vote" and v.evidence.start == ev.evidence.start
                     and v.date.value is not None and v.status in ("planned", "uncertain")), None)
        if vote is None or any(e.action == "call_election" and e.actor.name == ev.actor.name for e in out):
            continue
        codes = event_codes("call_election", ev.status)
        out.append(replace(ev, action="call_election", what=vote.what, cameo=codes.cameo, plover=codes.plover,
                           plover_mode=codes.mode))
    return out
