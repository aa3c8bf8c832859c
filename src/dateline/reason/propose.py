"""Propose forecasting questions from planned events.

Each planned event with a known date becomes one question a later report can settle:
"Will Pete Hegseth visit the Joint Security Area by 2025-11-04?", with what report
would count (``resolution_criteria``), when it closes (the event's last day plus
:data:`~dateline.reason.resolve.GRACE_DAYS`), the event id and the evidence that
raised it. Words (verbs, meeting nouns) live in ``data/propose.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Sequence

from ..model import EventRecord, Evidence
from ..store.base import Store
from .question import load_data
from .resolve import GRACE_DAYS

__all__ = ["Proposal", "named_meeting", "proposal_for", "propose", "propose_for_article"]


@dataclass(frozen=True)
class Proposal:
    """A proposed question.

    question (str): the question, parseable by :func:`dateline.reason.question.parse_question`.
    resolution_criteria (str): what report would count, and when it resolves no.
    close_date (date): the day after which silence means no.
    event_id (int): the planned event.
    evidence (tuple[Evidence, ...]): the sentences that raised it.
    """

    question: str
    resolution_criteria: str
    close_date: date
    event_id: int
    evidence: tuple[Evidence, ...]

    def to_dict(self) -> dict[str, Any]:
        """RETURNS (dict): ``{question, resolution_criteria, close_date, event_id, evidence}``."""
        return {
            "question": self.question,
            "resolution_criteria": self.resolution_criteria,
            "close_date": self.close_date.isoformat(),
            "event_id": self.event_id,
            "evidence": [
                {
                    "article_id": e.article_id,
                    "published": e.published.isoformat() if e.published else None,
                    "sentence": e.sentence,
                    "status": e.status,
                }
                for e in self.evidence
            ],
        }


_NAME_TOKEN = re.compile(r"[A-Z][\w'’.-]*|[A-Z]{2,}[\w-]*|of|and|on|for|the|-")


def named_meeting(sentence: str) -> str | None:
    """Find a named meeting in a sentence ("ASEAN Defence Ministers' Meeting-Plus").

    sentence (str): an evidence sentence.
    RETURNS (str | None): the first run of capitalised words (joined by of/and/on/for)
        that contains a meeting noun from ``data/propose.json``; None when there is none.
    """
    data = load_data("propose")
    nouns = set(data["meeting_nouns"])
    connectors = set(data["name_connectors"])
    tokens = re.findall(r"[\w'’.-]+", sentence)
    runs: list[list[str]] = []
    run: list[str] = []
    for tok in tokens:
        if tok[:1].isupper():
            run.append(tok)
        elif run and tok in connectors:
            run.append(tok)
        else:
            if run:
                runs.append(run)
            run = []
    if run:
        runs.append(run)
    for r in runs:
        while r and r[-1] in connectors:
            r.pop()
        while r and (r[0] in connectors or r[0] in ("The", "A", "An")):
            r.pop(0)
        if len(r) >= 2 and any(t.lower().strip("'’.") in nouns for t in r):
            return " ".join(r).rstrip(".")
    return None


def _object(event: EventRecord, verb: str) -> str | None:
    data = load_data("propose")
    place = event.place
    if verb in ("meet", "hold talks with", "call") and event.counterparts:
        who = " and ".join(c.name for c in event.counterparts[:2])
        return f"{who} in {place.name}" if place is not None else who
    if verb == "visit" and place is not None:
        return f"the {place.name}" if place.kind in data["definite_kinds"] else place.name
    for ev in event.evidence:
        name = named_meeting(ev.sentence)
        if name:
            where = f" in {place.name}" if place is not None and place.name not in name else ""
            return f"the {name}{where}"
    if event.counterparts:
        return " and ".join(c.name for c in event.counterparts[:2])
    if place is not None:
        return f"an event in {place.name}"
    return None


def proposal_for(event: EventRecord, from_day: date) -> Proposal | None:
    """Make the question for one planned event.

    event (EventRecord): a planned event with a known date.
    from_day (date): the day of the proposal (reports after it count).
    RETURNS (Proposal | None): the proposal; None when the event has no calendar date,
        has already passed, or has nothing to name as its object.
    """
    data = load_data("propose")
    span = event.date.interval()
    if span is None or span[1] < from_day:
        return None
    verb = data["verbs"].get(event.action, event.action)
    obj = _object(event, verb)
    if obj is None:
        return None
    last = span[1]
    question = f"Will {event.actor.name} {verb} {obj} by {last.isoformat()}?"
    past = data["past"].get(verb, verb)
    close = last + timedelta(days=GRACE_DAYS)
    criteria = (
        f"Yes if a news report published after {from_day.isoformat()} states that {event.actor.name} "
        f"{past} {obj} between {from_day.isoformat()} and {last.isoformat()}; no if "
        f"{data['nouns'].get(verb, 'the event')} is cancelled or no such report appears by {close.isoformat()}."
    )
    return Proposal(question, criteria, close, event.id, event.evidence)


def propose(store: Store, from_day: date, events: Sequence[EventRecord] | None = None) -> list[Proposal]:
    """Questions for the planned events known on a day.

    store (Store): the store.
    from_day (date): the as-of day; events dated before it are skipped.
    events (Sequence[EventRecord] | None): the events to consider; None takes all events
        as known on ``from_day``.
    RETURNS (list[Proposal]): proposals in calendar order, one per distinct question.
    """
    statuses = set(load_data("propose")["proposable_statuses"])
    pool = list(events) if events is not None else store.events(as_of=from_day)
    out: list[Proposal] = []
    seen: set[str] = set()
    for event in pool:
        if event.status not in statuses or event.actor.kind == "country":
            continue
        prop = proposal_for(event, from_day)
        if prop is not None and prop.question not in seen:
            seen.add(prop.question)
            out.append(prop)
    return out


def propose_for_article(store: Store, article_id: str) -> list[Proposal]:
    """Questions raised by one article: its planned events as known on its publication day.

    store (Store): the store. article_id (str): the article.
    RETURNS (list[Proposal]): the proposals.
    RAISES StoreError: E303 when there is no such article.
    """
    article, _ = store.article(article_id)
    day = article.published or date.min
    events = store.events(article_id=article_id, as_of=article.published)
    return propose(store, day, events)
