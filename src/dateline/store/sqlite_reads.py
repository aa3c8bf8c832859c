"""The read side of :class:`~dateline.store.sqlite.SQLiteStore`: stored articles with their
extraction, and events as known on a day, folded from their reports
(:mod:`dateline.store.merge`) and memoized until the database changes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import Any

from ..errors import Errors, StoreError
from ..model import ActorRef, Article, EventRecord, Extraction, PlaceRef
from . import queries as q
from .codec import actor_from_dict, event_from_json, iso, parse_iso, place_from_dict, times_from_json
from .identity import name_key
from .merge import EventState, Report, fold
from .sqlite_connection import SQLiteConnection

__all__ = ["SQLiteReads"]


class SQLiteReads(SQLiteConnection):
    """Articles and events as stored (see :class:`SQLiteConnection` for opening it)."""

    def articles(self, start: date | None = None, end: date | None = None) -> list[Article]:
        """RETURNS (list[Article]): articles published within [start, end], oldest first."""
        if start is None and end is None:
            rows = self._rows(q.ALL_ARTICLES)
        else:
            rows = self._rows(q.ARTICLES_BETWEEN, (iso(start) or "0000-01-01", iso(end) or "9999-12-31"))
        return [_article(r) for r in rows]

    def article(self, article_id: str) -> tuple[Article, Extraction]:
        """RETURNS (tuple[Article, Extraction]): one article and its extraction.
        RAISES StoreError: E303 when unknown (a unique id prefix is accepted)."""
        rows = self._rows(q.ARTICLE_BY_ID, (article_id,)) if len(article_id) == 16 else []
        if not rows and article_id:
            rows = self._rows(q.ARTICLE_BY_PREFIX, (len(article_id), article_id))
        if len(rows) != 1:
            raise StoreError(Errors.E303.format(article_id=article_id))
        art = _article(rows[0])
        ext = self._rows(q.EXTRACTION, (art.id,))[0]
        events = tuple(
            event_from_json(r["body"]) for r in self._rows(q.REPORTS_OF_ARTICLE, (art.id,))
        )
        extraction = Extraction(
            article_id=art.id,
            sentences=tuple((int(a), int(b)) for a, b in json.loads(ext["sentences"])),
            times=times_from_json(ext["times"]),
            actors=tuple(actor_from_dict(d) for d in json.loads(ext["actors"])),
            places=tuple(place_from_dict(d) for d in json.loads(ext["places"])),
            events=events,
        )
        return art, extraction

    def _reports(self, event_ids: Iterable[int], as_of: date | None) -> dict[int, list[Report]]:
        """The reports of events that count as of a day (not superseded then, not deleted).

        event_ids (Iterable[int]): the events. as_of (date | None): the day; None: all reports.
        RETURNS (dict[int, list[Report]]): each event with reports to its reports, in stored order.
        """
        ids = list(event_ids)
        out: dict[int, list[Report]] = {i: [] for i in ids}
        for chunk in range(0, len(ids), 500):
            part = ids[chunk : chunk + 500]
            marks = ",".join("?" * len(part))
            sql = q.REPORTS_OF_EVENTS.format(marks=marks)
            params: list[Any] = list(part)
            if as_of is not None:
                sql += q.REPORTS_AS_OF
                params.append(iso(as_of))
            sql += q.REPORTS_NOT_SUPERSEDED
            params += [iso(as_of), iso(as_of)]
            for r in self._rows(sql, params):
                out[r["event_id"]].append(Report(event_from_json(r["body"]), r["seq"]))
        return {k: v for k, v in out.items() if v}

    def _record(self, event_id: int, state: EventState, as_of: date | None = None) -> EventRecord:
        """event_id (int): the event. state (EventState): its folded state.
        as_of (date | None): the day it is known as of (None: today).
        RETURNS (EventRecord): the event as the store answers it, under its actor's canonical name."""
        return EventRecord(
            id=event_id,
            action=state.action,
            cameo=state.cameo,
            plover=state.plover,
            plover_mode=state.plover_mode,
            actor=self._canonical_actor(event_id, state.actor, as_of),
            counterparts=state.counterparts,
            place=state.place,
            date=state.date,
            status=state.status,
            evidence=tuple(r.evidence for r in state.reports),
            history=state.history,
            what=state.what,
        )

    def _canonical_actor(self, event_id: int, actor: ActorRef, as_of: date | None) -> ActorRef:
        """The actor's canonical name; country from the reports, or (when not replaying
        an earlier day) from what any article said of the actor."""
        row = self._rows(q.ACTOR_OF_EVENT, (event_id,))[0]
        country = actor.country or (row["country"] if as_of is None else None)
        return ActorRef(row["name"], row["kind"], actor.title, country)

    def events(
        self,
        *,
        actor: str | None = None,
        place: str | None = None,
        start: date | None = None,
        end: date | None = None,
        status: str | None = None,
        as_of: date | None = None,
        article_id: str | None = None,
    ) -> list[EventRecord]:
        """Events matching every given filter, in calendar order (unknown dates last).
        See :meth:`dateline.store.base.Store.events` for the filters. Results are memoized
        until the database changes (here or in another process), so answering many
        questions as of one day folds the reports once."""
        key = (actor, place, start, end, status, as_of, article_id)
        version = self._version()
        if version != self._memo_version:
            self._memo.clear()
            self._memo_version = version
        if key not in self._memo:
            if len(self._memo) >= 8:  # each entry may hold every event: keep few
                self._memo.clear()
            self._memo[key] = self._events(actor, place, start, end, status, as_of, article_id)
        return list(self._memo[key])

    def _events(
        self,
        actor: str | None,
        place: str | None,
        start: date | None,
        end: date | None,
        status: str | None,
        as_of: date | None,
        article_id: str | None,
    ) -> list[EventRecord]:
        """The events matching the filters, folded afresh (:meth:`events` memoizes them).

        actor, place (str | None): names; start, end (date | None): days the event's span
            must touch; status (str | None): its status; as_of (date | None): the day;
            article_id (str | None): only events the article reported.
        RETURNS (list[EventRecord]): the events in calendar order (unknown dates last).
        """
        if actor:
            pattern = "%" + name_key(actor).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            ids = [r["id"] for r in self._rows(q.EVENTS_OF_ACTOR_LIKE, {"pattern": pattern, "as_of": iso(as_of)})]
        elif article_id:
            ids = [r["event_id"] for r in self._rows(q.EVENTS_OF_ARTICLE, (article_id,))]
        else:
            ids = [r["id"] for r in self._rows(q.ALL_EVENTS)]
        if actor and article_id:
            keep = {r["event_id"] for r in self._rows(q.EVENTS_OF_ARTICLE, (article_id,))}
            ids = [i for i in ids if i in keep]
        places = self._place_names(place) if place else None
        out = []
        for event_id, reports in self._reports(ids, as_of).items():
            state = fold(reports)
            if status and state.status != status:
                continue
            if places is not None and not _place_in(state.place, places):
                continue
            if start or end:
                iv = state.date.interval()
                if iv is None or (start and iv[1] < start) or (end and iv[0] > end):
                    continue
            out.append(self._record(event_id, state, as_of))
        out.sort(key=_calendar_key)
        return out

    def _place_names(self, place: str) -> set[str]:
        """place (str): a place name as asked for (an alias, with or without "the").
        RETURNS (set[str]): the stored place names it is an alias of, or the name itself."""
        names = {r["name"] for r in self._rows(q.PLACE_BY_ALIAS, (name_key(place.removeprefix("the ")),))}
        return names or {place}

    def event(self, event_id: int, as_of: date | None = None) -> EventRecord:
        """RETURNS (EventRecord): one event as known as of ``as_of``.
        RAISES StoreError: E306 when unknown or not yet reported then."""
        reports = self._reports([event_id], as_of).get(event_id)
        if not reports:
            raise StoreError(Errors.E306.format(event_id=event_id))
        return self._record(event_id, fold(reports), as_of)


def _calendar_key(e: EventRecord) -> tuple[int, date, int]:
    """e (EventRecord): an event.
    RETURNS (tuple[int, date, int]): its sort key: dated ones by first day, then undated, each by id."""
    iv = e.date.interval()
    return (0, iv[0], e.id) if iv else (1, date.max, e.id)


def _place_in(place: PlaceRef | None, names: set[str]) -> bool:
    """place (PlaceRef | None): an event's place. names (set[str]): stored place names.
    RETURNS (bool): True when the place is one of them, lies within one or is in that country."""
    if place is None:
        return False
    return place.name in names or bool(names & set(place.within)) or (place.country in names)


def _article(r: dict[str, Any]) -> Article:
    """r (dict[str, Any]): a row of the articles table.
    RETURNS (Article): the article."""
    return Article(
        id=r["id"],
        text=r["text"],
        title=r["title"],
        url=r["url"],
        source=r["source"],
        kind=r["kind"],
        published=parse_iso(r["published"]),
        published_text=r["published_text"],
        anchor_source=r["anchor_source"],
        dateline_city=r["dateline_city"],
        dateline_text=r["dateline_text"],
        dateline_start=r["dateline_start"],
        dateline_end=r["dateline_end"],
        content_hash=r["content_hash"],
        warnings=tuple(json.loads(r["warnings"])),
    )
