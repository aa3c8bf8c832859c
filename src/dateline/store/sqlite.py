"""The SQLite backend of :class:`dateline.store.base.Store` (the default database).

The file runs in WAL mode with a busy timeout, so several ``dateline ingest``
processes can share it; every article is written in one ``BEGIN IMMEDIATE``
transaction (article, extraction, actors, places, reports), so an interrupted
ingest leaves either the whole article or nothing. Event state is folded from
the stored reports on read (:mod:`dateline.store.merge`), which is what makes
``as_of`` queries exact.
"""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import replace
from collections.abc import Iterable
from datetime import date, datetime, timedelta, timezone
from typing import Any

from ..errors import Errors, StoreError
from ..model import (
    ActorInfo,
    ActorRef,
    Article,
    Event,
    EventRecord,
    Evidence,
    Extraction,
    PlaceRef,
    QuestionRow,
)
from . import queries as q
from .base import AddResult
from .codec import (
    actor_from_dict,
    actor_to_dict,
    carry_from_json,
    carry_to_json,
    dumps,
    event_from_json,
    event_to_json,
    iso,
    parse_iso,
    place_from_dict,
    place_to_dict,
    times_from_json,
)
from .identity import bare, compound_head, group_short, initials, match_actor, name_key, names_crowd
from .merge import (
    CROWD_FAMILIES,
    Carry,
    EventState,
    Report,
    action_family,
    carried_plan,
    fold,
    fold_article,
    fold_carry,
    match_window,
    moved_pairs,
    pick_event,
    same_crowd_event,
    same_event,
    state_of,
)
from .migrations import migrate_sqlite
from .revisions import is_revision, max_days, probe_sentences, same_story, sentence_keys

def _name_like(alias: str, name: str) -> bool:
    """RETURNS (bool): True when a mention's words can name an actor across articles: they
    share a word with its name ("Hegseth", "Lula") or are an acronym ("MBS"); a pronoun,
    a title or a group noun the mention resolved through ("his", "Minister", "leaders") is no name."""
    words = set(name_key(alias).split())
    return bool(words & set(name_key(name).split())) or (alias.isupper() and len(alias.replace(".", "")) >= 2)


#: Action families whose event is the same from either side ("A met B" is "B met A").
_SYMMETRIC_FAMILIES = frozenset({"meet", "call", "sign", "exercise"})
#: Symmetric families whose sides may be countries or bodies (joint drills of two states).
_STATE_SYMMETRIC = frozenset({"exercise"})


#: How far back a title seen with a person lets an unnamed office ("Poland's prime minister")
#: stand for that person.
OFFICE_MEMORY_DAYS = 365

__all__ = ["SQLiteStore"]


#: A report joins only events reported within this time before its article (or undated):
#: it bounds the work per report as the database grows, and is far longer than plans run.
_MERGE_HORIZON = timedelta(days=400)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class SQLiteStore:
    """A Dateline database in one SQLite file (or ``:memory:``).

    db (str): file path or ``:memory:``.
    timeout (float): seconds to wait for another writer's lock.
    RAISES StoreError: E301 when the file cannot be opened, E302 when its schema is newer.
    """

    def __init__(self, db: str, timeout: float = 60.0) -> None:
        self.db = db
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.conn = self._connect(db, timeout)
                break
            except sqlite3.OperationalError as exc:
                # another process is creating or migrating the same file: SQLite can answer "locked" at once
                # while it switches the journal to WAL, without waiting for the busy timeout; try again
                if "locked" not in str(exc) and "busy" not in str(exc) or time.monotonic() > deadline:
                    raise StoreError(Errors.E301.format(db=db, detail=exc)) from None
                time.sleep(0.05)
            except sqlite3.Error as exc:
                raise StoreError(Errors.E301.format(db=db, detail=exc)) from None
        self._memo: dict[tuple[Any, ...], list[EventRecord]] = {}
        self._memo_version: tuple[int, int] = (-1, -1)

    @staticmethod
    def _connect(db: str, timeout: float) -> sqlite3.Connection:
        """Open, set up (WAL, busy timeout, foreign keys) and migrate one connection; closed again on failure.

        db (str): the file path or ``:memory:``. timeout (float): seconds to wait on a lock.
        RETURNS (sqlite3.Connection): the connection. RAISES sqlite3.Error: as SQLite reports it.
        """
        conn = sqlite3.connect(db, timeout=timeout, isolation_level=None, check_same_thread=False)
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            if db != ":memory:":
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            migrate_sqlite(conn, db)
        except sqlite3.Error:
            conn.close()
            raise
        return conn

    def _version(self) -> tuple[int, int]:
        """RETURNS (tuple[int, int]): changes by other connections (``PRAGMA data_version``)
        and by this one (``total_changes``): the memo of :meth:`events` holds while both stay."""
        (other,) = self.conn.execute("PRAGMA data_version").fetchone()
        return int(other), self.conn.total_changes

    # ------------------------------------------------------------ plumbing

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _rows(self, sql: str, params: Iterable[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        cur = self.conn.execute(sql, params if isinstance(params, dict) else tuple(params))
        cols = [c[0] for c in cur.description or ()]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    # ------------------------------------------------------------ articles

    def find_duplicate(self, article: Article) -> str | None:
        """RETURNS (str | None): id of a stored article with the same URL or content hash; None
        also for a dated copy of a text stored without a date (it replaces that one: :meth:`add_article`)."""
        if self._undated_copy(article) is not None or self._updated_page(article) is not None:
            return None
        row = self.conn.execute(q.FIND_DUPLICATE, (article.content_hash or article.id, article.url)).fetchone()
        return str(row[0]) if row else None

    def _updated_page(self, article: Article) -> str | None:
        """RETURNS (str | None): id of the article stored at ``article``'s URL with another
        text that is a version of the same story (a page re-crawled after an update:
        :func:`~dateline.store.revisions.same_story`); None otherwise."""
        if not article.url:
            return None
        digest = article.content_hash or article.id
        if self.conn.execute(q.SAME_TEXT, (digest,)).fetchone() is not None:
            return None
        row = self.conn.execute(q.SAME_URL_OTHER_TEXT, (article.url, digest)).fetchone()
        if row is None or not same_story(sentence_keys(article.text), sentence_keys(str(row[1]))):
            return None
        return str(row[0])

    def _undated_copy(self, article: Article) -> str | None:
        """RETURNS (str | None): id of the same text stored without a publication date, when
        ``article`` has one (re-ingested with ``--published``, or from a dated page)."""
        if article.published is None:
            return None
        row = self.conn.execute(q.UNDATED_SAME_TEXT, (article.content_hash or article.id,)).fetchone()
        return str(row[0]) if row else None

    def _drop_undated(self, article_id: str) -> None:
        """Remove an undated article's rows and fold its events again without its reports
        (inside the caller's transaction; its dated copy is stored next)."""
        events = [int(r["event_id"]) for r in self._rows(q.EVENTS_OF_ARTICLE_REPORTS, (article_id,))]
        for sql in (q.DELETE_ARTICLE_REPORTS, q.DELETE_ARTICLE_TITLES, q.DELETE_EXTRACTION, q.DELETE_ARTICLE):
            self.conn.execute(sql, (article_id,))
        self._refold(events)

    def add_article(self, article: Article, extraction: Extraction) -> AddResult:
        """Store an article with its extraction and events, in one transaction.

        article (Article): the article. extraction (Extraction): what was found in it.
        RETURNS (AddResult): what changed; ``duplicate`` when it was already stored.
        """
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            undated = self._undated_copy(article)
            if undated is not None:
                self._drop_undated(undated)  # the dated copy takes its place, its events re-dated
            older = self._updated_page(article)
            if older is not None:
                self.conn.execute(q.CLEAR_URL, (older,))  # the URL now names the new version
            dup = self.find_duplicate(article)
            if dup is not None:
                self.conn.execute("COMMIT")
                return AddResult(dup, True)
            (seq,) = self.conn.execute(q.NEXT_SEQ).fetchone()
            self.conn.execute(
                q.INSERT_ARTICLE,
                (
                    article.id,
                    seq,
                    article.content_hash or article.id,
                    article.url,
                    article.title,
                    article.text,
                    article.source,
                    article.kind,
                    iso(article.published),
                    article.published_text,
                    article.anchor_source,
                    article.dateline_city,
                    article.dateline_text,
                    article.dateline_start,
                    article.dateline_end,
                    dumps(list(article.warnings)),
                    _now(),
                ),
            )
            self.conn.execute(
                q.INSERT_EXTRACTION,
                (
                    article.id,
                    dumps([list(s) for s in extraction.sentences]),
                    dumps([t.to_dict() for t in extraction.times]),
                    dumps([actor_to_dict(a) for a in extraction.actors]),
                    dumps([place_to_dict(p) for p in extraction.places]),
                ),
            )
            for place in extraction.places:
                self._save_place(place, article.text)
            self._supersede(article)
            new, updated = self._save_events(article, seq, extraction.events)
            if older is not None:
                # after the new version's reports joined the old version's events: one event
                # goes on, folded from the new version from its day (and the old one before it)
                self._replace_version(older, article)
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return AddResult(article.id, False, new, updated, replaces=older)

    def _replace_version(self, old: str, article: Article) -> None:
        """Record that ``article`` (an updated page at the same URL) replaces ``old`` from its
        publication day (or for good when undated), and fold the old version's events again."""
        self.conn.execute(q.INSERT_SUPERSEDED, (old, article.id, iso(article.published)))
        self._refold([int(r["event_id"]) for r in self._rows(q.EVENTS_OF_ARTICLE_REPORTS, (old,))])

    def _refold(self, events: list[int]) -> None:
        """Fold events again from the reports that still count (not superseded, not deleted);
        an event none of whose reports count any more is retired (only the old version told it)."""
        folded = self._reports(events, None)
        for event_id in events:
            if event_id in folded:
                self._set_carry(event_id, fold_carry(folded[event_id]))
            else:
                self.conn.execute(q.RETIRE_EVENT, (event_id,))

    def _supersede(self, article: Article) -> None:
        """Record which versions of one story this article replaces, or is replaced by
        (:mod:`dateline.store.revisions`): a revision ("(Corrects day ...)") published up
        to ``max_days`` after a stored article that shares enough sentences with it. The
        events the old version reported are folded again without it."""
        if article.published is None:
            return
        days = timedelta(days=max_days())
        mine = sentence_keys(article.text)
        pairs: list[tuple[str, str, date]] = []
        if is_revision(article.title, article.text):
            self.conn.execute(q.INSERT_REVISION, (article.id, iso(article.published)))
            lo, hi = article.published - days, article.published
            probes = probe_sentences(article.text)
            sql = q.ARTICLES_HOLDING.format(probes=" OR ".join(["instr(text, ?) > 0"] * len(probes)))
            for r in self._rows(sql, (article.id, iso(lo), iso(hi), *probes)) if probes else []:
                if same_story(mine, sentence_keys(r["text"])):
                    pairs.append((r["id"], article.id, article.published))
        lo, hi = article.published, article.published + days
        for r in self._rows(q.REVISIONS_PUBLISHED_BETWEEN, (article.id, iso(lo), iso(hi))):
            # an older version arriving after its revision
            if same_story(mine, sentence_keys(r["text"])):
                pairs.append((article.id, r["id"], parse_iso(r["published"]) or article.published))
        for old, new, day in pairs:
            self.conn.execute(q.INSERT_SUPERSEDED, (old, new, iso(day)))
            self._refold([int(r["event_id"]) for r in self._rows(q.EVENTS_OF_ARTICLE_REPORTS, (old,))])

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

    # ------------------------------------------------------------ actors, places

    def _actor_candidates(self, name: str, kind: str) -> tuple[dict[str, set[int]], dict[int, str]]:
        """The aliases and people that could match a name, looked up by index (not a scan)."""
        key = name_key(name)
        aliases = {key: {int(r["actor_id"]) for r in self._rows(q.ACTORS_BY_ALIAS, (key,))}}
        people: dict[int, str] = {}
        if kind == "person" and key:
            tokens = key.split()
            first, last = tokens[0], tokens[-1]
            for r in self._rows(q.PEOPLE_BY_NAME_PART, (first, last, first, last)):
                people[int(r["id"])] = r["name"]
        return aliases, people

    def _office_holder(self, actor: ActorRef, article: Article) -> int | None:
        """The stored person an office named without a name stands for ("Poland's prime
        minister met ..." is stored by the extractor as "Prime Minister of Poland"; "the
        Indonesian minister" is a Foreign Minister of Indonesia): the one person seen with
        that title, or a longer one ending with it, and that country in the :data:`OFFICE_MEMORY_DAYS` up to the
        article's day (never later, so nothing leaks); failing that, the one person seen with exactly that title
        and no country (whose own country is unknown or the office's); None when nobody or several were."""
        if not (actor.kind == "person" and actor.title and article.published):
            return None
        since = article.published - timedelta(days=OFFICE_MEMORY_DAYS)
        if not actor.country and actor.name.lower().startswith(f"{actor.title.lower()} of "):
            # an office of a see or a body ("Archbishop of Canterbury"): the one person titled so in an
            # article that writes the office's name
            rows = self._rows(q.OFFICE_PHRASE_HOLDERS, {"title": actor.title, "office": actor.name,
                                                        "day": iso(article.published), "since": iso(since)})
            return int(rows[0]["actor_id"]) if len(rows) == 1 else None
        if not actor.country or actor.name != f"{actor.title} of {actor.country}":
            return None
        params = {"title": actor.title, "country": actor.country, "day": iso(article.published), "since": iso(since),
                  "office": actor.name}
        rows = self._rows(q.TITLE_HOLDERS, params)
        if not rows:
            # the one person seen with exactly that title and no country ("Trade Minister Kim Tae-yong"), the
            # one of the office's own country first ("Tetsuya Morikawa" of Japan before a minister of unknown country)
            rows = self._rows(q.TITLE_HOLDERS_UNPLACED, params)
            own = [r for r in rows if r["country"] == actor.country]
            rows = own if len(own) == 1 else rows
        return int(rows[0]["actor_id"]) if len(rows) == 1 else None

    def _actor_id(self, actor: ActorRef, article: Article, text_alias: str | None) -> int:
        holder = self._office_holder(actor, article)
        if holder is not None:
            # the office's holder: no alias for the office (holders change), the title is recorded
            self.conn.execute(q.INSERT_TITLE, (holder, actor.title, actor.country, article.id, iso(article.published)))
            return holder
        aliases, people = self._actor_candidates(actor.name, actor.kind)
        found = match_actor(actor.name, actor.kind, aliases, people)
        parts = name_key(actor.name).split() or [""]
        if found is None:
            # an alias shared by several actors ("Archbishop") is ambiguous, but the actor stored
            # under exactly this name is this one: never insert a second row with its name
            same = self.conn.execute(q.ACTOR_BY_NAME, (actor.name,)).fetchone()
            found = int(same[0]) if same is not None else None
        if found is None and actor.kind == "org":
            found = self._body_by_initials(actor.name)
        short = group_short(actor.name) if actor.kind == "group" else None
        if found is None and short is not None:
            # "the main opposition party" after "the opposition": one group
            found = match_actor(short, actor.kind, self._actor_candidates(short, actor.kind)[0], {})
        if found is None:
            cur = self.conn.execute(q.INSERT_ACTOR, (actor.name, actor.kind, actor.country, parts[0], parts[-1]))
            found = int(cur.lastrowid or 0)
        else:
            stored = self._rows(q.ACTOR_BY_ID, (found,))[0]
            # a fuller name replaces a surname-only one ("Hegseth" -> "Pete Hegseth"), a body's
            # name its initials ("EU" -> "European Union")
            if len(actor.name.split()) > len(stored["name"].split()) and actor.kind in ("person", "org"):
                clash = self.conn.execute(q.ACTOR_BY_NAME, (actor.name,)).fetchone()
                if clash is None:
                    self.conn.execute(q.RENAME_ACTOR, (actor.name, parts[0], parts[-1], found))
            if actor.country and not stored["country"]:
                self.conn.execute(q.SET_ACTOR_COUNTRY, (actor.country, found))
        for alias in {actor.name, text_alias if text_alias and _name_like(text_alias, actor.name) else actor.name,
                      short or actor.name}:  # "opposition" names the "opposition party" stored first
            self.conn.execute(q.INSERT_ALIAS, (name_key(alias), found, iso(article.published)))
        if actor.title:
            self.conn.execute(q.INSERT_TITLE, (found, actor.title, actor.country, article.id, iso(article.published)))
        return found

    def _body_by_initials(self, name: str) -> int | None:
        """RETURNS (int | None): the one stored body that ``name`` names by its initials or
        whose initials ``name`` is ("EU" and "European Union"), not by the same spelling; None
        when none or several."""
        mine = initials(name)
        if mine is None:
            return None
        found = [int(r["id"]) for r in self._rows(q.BODIES) if r["name"] != name and initials(r["name"]) == mine
                 and (len(r["name"].split()) > 1) != (len(name.split()) > 1)]
        return found[0] if len(found) == 1 else None

    def _as_holder(self, ref: ActorRef, actor_id: int) -> ActorRef:
        """RETURNS (ActorRef): ``ref`` under its stored actor's name when ``ref`` names an office
        ("Foreign Minister of Japan") the store resolved to a named holder; else ``ref``."""
        if ref.kind != "person" or not ref.title or not ref.name.lower().startswith(f"{ref.title.lower()} of "):
            return ref
        row = self.conn.execute(q.ACTOR_NAME_BY_ID, (actor_id,)).fetchone()
        return replace(ref, name=str(row[0])) if row is not None and row[0] != ref.name else ref

    def _save_place(self, place: PlaceRef, text: str) -> None:
        self.conn.execute(
            q.UPSERT_PLACE,
            (place.name, place.kind, place.country, place.lat, place.lon, dumps(list(place.within))),
        )
        self.conn.execute(q.INSERT_PLACE_ALIAS, (name_key(place.name), place.name))
        if 0 <= place.start < place.end <= len(text):
            surface = text[place.start : place.end]
            self.conn.execute(q.INSERT_PLACE_ALIAS, (name_key(surface.removeprefix("the ")), place.name))

    def actors(self, as_of: date | None = None) -> list[ActorInfo]:
        """as_of (date | None): only aliases first seen in articles published by this day
        (and those of undated articles); None: all.
        RETURNS (list[ActorInfo]): every actor with aliases and dated titles."""
        out = []
        day = iso(as_of)
        for r in self._rows(q.ALL_ACTORS):
            aliases = tuple(a["alias"] for a in self._rows(q.ALIASES_OF, (r["id"], day, day)))
            titles = tuple(
                (t["title"], parse_iso(t["first"]), parse_iso(t["last"])) for t in self._rows(q.TITLES_OF, (r["id"],))
            )
            out.append(ActorInfo(r["id"], r["name"], r["kind"], r["country"], aliases, titles))
        return out

    def places(self) -> list[PlaceRef]:
        """RETURNS (list[PlaceRef]): every place seen, with containment."""
        return [
            PlaceRef(r["name"], r["kind"], r["country"], r["lat"], r["lon"], tuple(json.loads(r["within"])))
            for r in self._rows(q.ALL_PLACES)
        ]

    # ------------------------------------------------------------ events

    def _reports(self, event_ids: Iterable[int], as_of: date | None) -> dict[int, list[Report]]:
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

    def _save_events(self, article: Article, seq: int, events: Iterable[Event]) -> tuple[int, int]:
        """Merge an article's reports into events; inside the article's transaction.

        Each candidate event (same actor and action family, reported within the merge
        horizon, date near enough to matter) is scored by its cached fold state; the
        chosen event's cache is then advanced by this article's reports in one step
        (:func:`fold_article`), or re-folded from all its reports when the article is
        older than ones already folded (a backfill).
        RETURNS (tuple[int, int]): events created, events updated.
        """
        new_ids: set[int] = set()
        updated: set[int] = set()
        base: dict[int, Carry | None] = {}  # each touched event's state before this article
        pending: dict[int, list[Report]] = {}  # this article's reports of each touched event
        key = (article.published or date.max, seq)
        since = iso(article.published - _MERGE_HORIZON) if article.published else None
        told = list(events)
        moves = moved_pairs(told)  # a plan moved to a new place: the old place's call-off first, then the plan, which
        # keeps the day of the stored plan it moves
        olds = set(moves.values())
        order = sorted(range(len(told)), key=lambda k: k not in olds)
        joined: dict[int, int] = {}  # index of a told event -> the stored event it joined
        for index in order:
            event = told[index]
            moved_away = base.get(joined.get(moves[index], -1)) if index in moves else None
            if moved_away is not None:
                event = carried_plan(event, state_of(moved_away))
            alias = None
            if 0 <= event.actor.start < event.actor.end <= len(article.text):
                alias = article.text[event.actor.start : event.actor.end]
            actor_id = self._actor_id(event.actor, article, alias)
            partner_ids = [(c, self._actor_id(c, article, None)) for c in event.counterparts]
            # an office the store resolved to its holder is reported under the holder's name
            # ("Foreign Minister of Japan" met in Jeju is Morikawa), so plans and outcomes meet
            event = replace(event, actor=self._as_holder(event.actor, actor_id),
                            counterparts=tuple(self._as_holder(c, i) for c, i in partner_ids))
            partner_ids = list(zip(event.counterparts, (i for _, i in partner_ids)))
            if event.place is not None:
                self._save_place(event.place, article.text)
            family = action_family(event.action)
            rows = self._candidates(actor_id, family, event, since)
            scores: dict[int, int] = {}
            carries: dict[int, Carry] = {}
            for r in rows:
                carries[r["id"]] = carry = self._carry(r["id"], r["fold"])
                scores[r["id"]] = same_event(state_of(carry), event, same_article=r["id"] in pending)
            best = pick_event(scores)
            if best is None and family in _SYMMETRIC_FAMILIES:
                # "Wong met Sugiono" for the stored "Sugiono will meet Wong": one meeting, told
                # from the stored event's side (its actor, the report's actor as counterpart)
                for partner, partner_id in partner_ids:
                    if partner.kind != "person" and family not in _STATE_SYMMETRIC:
                        continue
                    turned = replace(event, actor=partner, counterparts=(
                        event.actor, *(c for c in event.counterparts if c.name != partner.name)))
                    turned_scores: dict[int, int] = {}
                    for r in self._candidates(partner_id, family, turned, since):
                        carries[r["id"]] = carry = self._carry(r["id"], r["fold"])
                        turned_scores[r["id"]] = same_event(state_of(carry), turned, same_article=r["id"] in pending)
                    found = pick_event(turned_scores)
                    if found is not None:
                        best, event, actor_id = found, turned, partner_id
                        break
            if best is None and family in CROWD_FAMILIES and event.actor.kind in ("group", "org"):
                # the organisers' protest and the crowd's on that day and place: one protest,
                # told under the group that reported it first (a union named after the crowd, "the Irish
                # Nurses and Midwives Organisation" and "nurses", also with no place)
                for other_id, other in self._groups(actor_id):
                    named = names_crowd(event.actor.name, other.name) or names_crowd(other.name, event.actor.name)
                    if not named and (event.actor.kind != "group" or event.place is None):
                        continue
                    turned = replace(event, actor=other)
                    crowd_scores: dict[int, int] = {}
                    for r in self._candidates(other_id, family, turned, since):
                        carries[r["id"]] = carry = self._carry(r["id"], r["fold"])
                        crowd_scores[r["id"]] = same_crowd_event(state_of(carry), turned, unplaced=named)
                    found = pick_event(crowd_scores)
                    if found is not None:
                        best, event, actor_id = found, turned, other_id
                        break
            if best is None and index in olds and event.place is None:
                continue  # "would move the rally to Ankara": no stored plan to call off, nothing told of its own
            if best is None:
                best = int(self.conn.execute(q.INSERT_EVENT, (actor_id, family)).lastrowid or 0)
                new_ids.add(best)
                base[best] = None
            else:
                if best not in new_ids:
                    updated.add(best)
                base.setdefault(best, carries[best])
            joined[index] = best
            self.conn.execute(
                q.INSERT_REPORT, (best, article.id, seq, iso(article.published), event_to_json(event))
            )
            pending.setdefault(best, []).append(Report(event, seq))
            before = base[best]
            if before is None or before.last < key:
                self._set_carry(best, fold_article(before, pending[best]))
            else:  # an older article arrives after newer ones: fold the event again
                self._set_carry(best, fold_carry(self._reports([best], None)[best]))
        return len(new_ids), len(updated)

    def _groups(self, actor_id: int) -> list[tuple[int, ActorRef]]:
        """RETURNS (list[tuple[int, ActorRef]]): the stored group actors (crowds, unions,
        the opposition) other than ``actor_id``, oldest first."""
        return [(r["id"], ActorRef(r["name"], "group", None, r["country"]))
                for r in self._rows(q.GROUP_ACTORS, {"actor": actor_id})]

    def _candidates(self, actor_id: int, family: str, event: Event, since: str | None) -> list[dict[str, Any]]:
        """RETURNS (list[dict]): rows (id, fold) of the events a new report may join."""
        window = match_window(event)
        # a person's first or last word alone finds the event that names them in full, and the
        # reverse ("met Lee" and "will meet Lee Jae Myung"; merge.same_person decides)
        ends = [w for c in event.counterparts if c.kind == "person" for w in (c.name.split()[:1] + c.name.split()[-1:])]
        ends += [w for c in event.counterparts if c.kind == "person" for w in c.name.split()[1:-1]
                 if compound_head([name_key(w)], name_key(c.name).split())]  # "Lula" of "Lula da Silva"
        ends += [w[len(w) - len(bare(w.lower())):] for c in event.counterparts if c.kind == "person"
                 for w in c.name.split()[-1:] if bare(w.lower()) != w.lower()]  # "Sisi" of "al-Sisi"
        probes = [f"|{c.name}|" for c in event.counterparts] + list(dict.fromkeys(ends))
        names = [c.name for c in event.counterparts]
        people = " OR ".join(f"instr(people, :p{i}) > 0" for i in range(len(probes))) or "1"
        params: dict[str, Any] = {
            "actor": actor_id,
            "family": family,
            "lo": iso(window[0]) if window else None,
            "hi": iso(window[1]) if window else None,
            "place": event.place.name if event.place else None,
            "place_kind": event.place.kind if event.place else None,
            "place_path": _path(event.place.within) if event.place else None,
            "people": "|" if names else None,
            "since": since,
        }
        params.update({f"p{i}": probe for i, probe in enumerate(probes)})
        sql = q.EVENTS_OF_ACTOR_NEAR if window else q.EVENTS_OF_ACTOR
        return self._rows(sql.format(people=people), params)

    def _carry(self, event_id: int, cached: str | None) -> Carry:
        """RETURNS (Carry): an event's fold state, from its cache or (for a database made
        before the cache existed) folded from its reports and cached."""
        if cached:
            return carry_from_json(cached)
        carry = fold_carry(self._reports([event_id], None)[event_id])
        self._set_carry(event_id, carry)
        return carry

    def _set_carry(self, event_id: int, carry: Carry) -> None:
        state = state_of(carry)
        iv = state.date.interval()
        days = (iso(min(iv)), iso(max(iv))) if iv else (None, None)  # an inverted span still covers its days
        place = state.place
        where = (place.name, place.kind, _path(place.within)) if place else (None, None, None)
        people = _path(c.name for c in state.counterparts) if state.counterparts else ""
        self.conn.execute(q.SET_EVENT_FOLD, (carry_to_json(carry), *days, *where, people, event_id))

    def _record(self, event_id: int, state: EventState, as_of: date | None = None) -> EventRecord:
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
        names = {r["name"] for r in self._rows(q.PLACE_BY_ALIAS, (name_key(place.removeprefix("the ")),))}
        return names or {place}

    def event(self, event_id: int, as_of: date | None = None) -> EventRecord:
        """RETURNS (EventRecord): one event as known as of ``as_of``.
        RAISES StoreError: E306 when unknown or not yet reported then."""
        reports = self._reports([event_id], as_of).get(event_id)
        if not reports:
            raise StoreError(Errors.E306.format(event_id=event_id))
        return self._record(event_id, fold(reports), as_of)

    # ------------------------------------------------------------ questions

    def add_question(self, text: str, close: date | None, created: date) -> int:
        """Keep a question. RETURNS (int): its id (the existing one for the same text)."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            row = self.conn.execute(q.QUESTION_BY_TEXT, (text,)).fetchone()
            if row:
                qid = int(row[0])
                if close is not None:
                    self.conn.execute(q.SET_QUESTION_CLOSE, (iso(close), qid))
            else:
                qid = int(self.conn.execute(q.INSERT_QUESTION, (text, iso(close), iso(created))).lastrowid or 0)
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return qid

    def _question(self, row: dict[str, Any]) -> QuestionRow:
        latest = self._rows(q.LATEST_STATE, (row["id"],))
        state = json.loads(latest[0]["state"]) if latest else None
        return QuestionRow(row["id"], row["text"], parse_iso(row["close"]), parse_iso(row["created"]) or date.min, state)

    def questions(self) -> list[QuestionRow]:
        """RETURNS (list[QuestionRow]): stored questions with their latest state."""
        return [self._question(r) for r in self._rows(q.ALL_QUESTIONS)]

    def question(self, question_id: int) -> QuestionRow:
        """RETURNS (QuestionRow): one question. RAISES StoreError: E304 if unknown."""
        rows = self._rows(q.QUESTION_BY_ID, (question_id,))
        if not rows:
            raise StoreError(Errors.E304.format(question_id=question_id))
        return self._question(rows[0])

    def record_question_state(self, question_id: int, state: dict[str, Any], as_of: date) -> bool:
        """Record an evaluation when probability or resolution changed.
        RETURNS (bool): True when a row was recorded."""
        latest = self.question(question_id).state
        if latest is not None and all(latest.get(k) == state.get(k) for k in ("probability", "resolution", "answer")):
            return False
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self.conn.execute(q.INSERT_STATE, (question_id, iso(as_of), _now(), dumps(state)))
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return True

    def question_history(self, question_id: int) -> list[dict[str, Any]]:
        """RETURNS (list[dict]): ``{as_of, recorded, state}`` rows, oldest first.
        RAISES StoreError: E304 if unknown."""
        self.question(question_id)
        return [
            {"as_of": r["as_of"], "recorded": r["recorded"], "state": json.loads(r["state"])}
            for r in self._rows(q.STATES_OF, (question_id,))
        ]


def _path(names: Iterable[str]) -> str:
    """RETURNS (str): names as ``|A|B|``, for substring tests in SQL."""
    return "|" + "|".join(names) + "|"


def _calendar_key(e: EventRecord) -> tuple[int, date, int]:
    iv = e.date.interval()
    return (0, iv[0], e.id) if iv else (1, date.max, e.id)


def _place_in(place: PlaceRef | None, names: set[str]) -> bool:
    if place is None:
        return False
    return place.name in names or bool(names & set(place.within)) or (place.country in names)


def _article(r: dict[str, Any]) -> Article:
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
