"""The write side of :class:`~dateline.store.sqlite.SQLiteStore`: storing an article with
its extraction in one transaction (a duplicate, an undated copy, an updated page or a
revision replaces what it should), and merging its reports into events
(:mod:`dateline.store.merge`), whose fold state is cached with each event.
"""

from __future__ import annotations

import re

from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import partial
from datetime import date, timedelta
from typing import Any

from ..extract.codes import event_codes
from ..model import PLANNED_DAY_NOTE, UNKNOWN_DATE, ActorRef, Article, DateValue, Event, Extraction, PlaceRef
from . import queries as q
from .base import AddResult
from .codec import actor_to_dict, carry_from_json, carry_to_json, dumps, event_to_json, iso, parse_iso, place_to_dict
from .identity import bare, bare_body, compound_head, labour_body, name_key, names_crowd, office_name, qualified_body
from .merge import (
    BODY_FAMILIES,
    CROWD_FAMILIES,
    UNNAMED_CROWDS,
    HONOREE_FAMILIES,
    HOSTED_FAMILIES,
    JOURNEY_FAMILIES,
    POST_TAKING_FAMILIES,
    STATE_SYMMETRIC,
    STATE_TOLD_FAMILIES,
    SYMMETRIC_FAMILIES,
    Carry,
    EventState,
    Report,
    action_family,
    body_plan,
    state_plan_done,
    carried_plan,
    country_day_family,
    own_day_family,
    country_plan_family,
    country_stop_plan,
    fold_article,
    fold_carry,
    offset_plan_day,
    guest_report,
    honoree_report,
    hosted_change,
    later_or_same,
    holds_day,
    kindred_families,
    actor_identified_family,
    match_window,
    moved_pairs,
    week_earlier,
    pick_event,
    places_compatible,
    presence_probe,
    presence_report,
    presence_width,
    purpose_actions,
    purpose_families,
    purpose_of,
    purpose_probe,
    purpose_report,
    region_blocs,
    same_crowd_event,
    crowd_told,
    same_event,
    same_person,
    state_of,
    unnamed_group,
    same_place_day,
    with_people_of,
    what_compatible,
    nationwide_what,
)
from .story_plans import involves, post_taker, same_place, story_families, story_plan
from .revisions import is_revision, max_days, probe_sentences, same_story, sentence_keys
from .identity import match_actor, names_office
from .sqlite_actors import SQLiteActors
from .sqlite_connection import utc_now_iso
from .sqlite_reads import SQLiteReads

__all__ = ["SQLiteWrites"]


#: A report joins only events reported within this time before its article (or undated):
#: it bounds the work per report as the database grows, and is far longer than plans run.
_MERGE_HORIZON = timedelta(days=400)
#: With no plan of a person's occasion stored, attendances of it up to this many days after a change's article count.
_HONOREE_AHEAD_DAYS = 60



#: Days an arrival in a city may be off its country's planned visit and still be that visit, made.
_ARRIVAL_SLIP = 2


def _days_apart(a: DateValue, b: DateValue) -> int:
    """a, b (DateValue): two days. RETURNS (int): how many days apart they are (a large number when either is no day)."""
    try:
        return abs((date.fromisoformat(str(a.value)[:10]) - date.fromisoformat(str(b.value)[:10])).days)
    except ValueError:
        return 1 << 30


class SQLiteWrites(SQLiteReads, SQLiteActors):
    """Storing articles and merging their reports into events (see
    :class:`~dateline.store.sqlite_connection.SQLiteConnection` for opening the store)."""

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
                    utc_now_iso(),
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
            new, updated = self._save_events(article, seq, extraction.events, extraction.references)
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

    def _save_events(self, article: Article, seq: int, events: Iterable[Event],
                     references: Iterable[Event] = ()) -> tuple[int, int]:
        """Merge an article's reports into events; inside the article's transaction.

        Each candidate event (same actor and action family, reported within the merge
        horizon, date near enough to matter) is scored by its cached fold state; the
        chosen event's cache is then advanced by this article's reports in one step
        (:func:`fold_article`), or re-folded from all its reports when the article is
        older than ones already folded (a backfill). A story reference ("The drills were
        postponed", no doer named) joins the one open plan it can be (:meth:`_story_plans`)
        as that plan's report; one that fits none or several is not stored.
        RETURNS (tuple[int, int]): events created, events updated.
        """
        new_ids: set[int] = set()
        updated: set[int] = set()
        base: dict[int, Carry | None] = {}  # each touched event's state before this article
        pending: dict[int, list[Report]] = {}  # this article's reports of each touched event
        key = (article.published or date.max, seq)
        since = iso(article.published - _MERGE_HORIZON) if article.published else None
        told = list(events)
        forced: dict[int, tuple[int, Carry]] = {}  # index of a resolved story reference -> its plan and the plan's carry
        for event_id, report, carry in self._story_plans(article, references, since):
            forced[len(told)] = (event_id, carry)
            told.append(report)
        moves = moved_pairs(told)  # a plan moved to a new place: the old place's call-off first, then the plan, which
        # keeps the day of the stored plan it moves
        olds = set(moves.values())
        unknown = {k for k, ev in enumerate(told) if names_office(ev.actor) and self._office_holder(ev.actor, article) is None}
        order = sorted(range(len(told)), key=lambda k: (k not in olds, k in unknown))  # (an office the store cannot
        # yet resolve, told before its holder is named: "Brazil's top diplomat will travel ... Foreign Minister Helena
        # Brandao is scheduled to meet": stored after her, so the store knows whom it stands for)
        joined: dict[int, int] = {}  # index of a told event -> the stored event it joined
        carried: set[int] = set()  # stored plans a move of this article carries to a new place
        present: list[tuple[int, Event, int]] = []  # each told event as stored, with its actor, for _presence
        unstored: list[tuple[Event, Event | None]] = []  # call-offs of a gathering at the place it moves from, with no
        # stored plan there, each with the plan at its new place
        new_of = {old: new for new, old in moves.items()}
        for index in order:
            event = told[index]
            moved_to = joined.get(moves[index]) if index in moves else None  # the stored plan the move is of
            moved_away = base.get(moved_to) if moved_to is not None else None
            if moved_away is not None:
                event = carried_plan(event, state_of(moved_away))
            moved_from = told[moves[index]].place if index in moves else None
            if index in moves and moved_from is None and moved_away is not None:
                moved_from = moved_away.place  # "would move the rally to Bursa": from where the stored plan was
            if moved_from is not None:
                event = replace(event, moved_from=moved_from)  # one event, now at its new place
            alias = None
            if 0 <= event.actor.start < event.actor.end <= len(article.text):
                alias = article.text[event.actor.start : event.actor.end]
            actor_id = self._actor_id(event.actor, article, alias)
            partner_ids = [(c, self._actor_id(c, article, None, frozenset({actor_id}))) for c in event.counterparts]
            # (the office of "his Cambodian counterpart" is never the actor himself, whose title it shares)
            # an office the store resolved to its holder is reported under the holder's name
            # ("Foreign Minister of Japan" met in Jeju is Morikawa), so plans and outcomes meet
            event = replace(event, actor=self._as_holder(event.actor, actor_id),
                            counterparts=tuple(self._as_holder(c, i) for c, i in partner_ids))
            partner_ids = list(zip(event.counterparts, (i for _, i in partner_ids)))
            known_ids = {event.actor.name: actor_id, **{c.name: i for c, i in partner_ids}}  # (the parties' ids, whichever
            # side the report is told from)
            if event.place is not None:
                self._save_place(event.place, article.text)
            family = action_family(event.action)
            if event.date.value is None and event.date.note:
                event = self._on_plan_day(event, actor_id, family, since)
            carries: dict[int, Carry] = {}
            elsewhere = not any(o.status == "cancelled" and o.place is not None and action_family(o.action) == family
                                for o in told)  # (a move the article tells itself: a call-off and a new event)
            best = self._best_known(actor_id, family, event, since, carries, lambda i, state: same_event(
                state, event, same_article=i in pending, elsewhere=elsewhere))
            if best is None and index not in forced and (earlier := week_earlier(event, article.published)) is not None \
                    and (best := self._best_known(actor_id, family, earlier, since, carries, lambda i, state: same_event(
                        state, earlier, same_article=i in pending, elsewhere=elsewhere))) is not None:
                event = earlier  # "A meeting ... planned for Wednesday was called off", told on Friday: the plan of the
                # Wednesday just past
            if index in forced:
                best, carries[best] = forced[index]  # (a story reference: the plan it was resolved to)
            if best is None and (held := self._office_plan(event, actor_id, family, since, carries, pending,
                                                            elsewhere)) is not None:
                best, actor_id = held  # "The defence ministers of Thailand and Cambodia will meet", then "Thai Defence
                # Minister X and his Cambodian counterpart Y met": the plan stored under the office, before its holder
                # was named
            if best is None and (family in SYMMETRIC_FAMILIES or SYMMETRIC_FAMILIES & set(kindred_families(family))):
                # "Wong met Sugiono" for the stored "Sugiono will meet Wong": one meeting, told
                # from the stored event's side (its actor, the report's actor as counterpart); so is "Sugiono would
                # host the talks" (a hosting, kindred to the meeting)
                partners = [*partner_ids, *((person, person_id) for partner, _ in partner_ids
                                         if partner.kind == "country" and family in STATE_SYMMETRIC
                                         and event.status in ("postponed", "cancelled", "denied", "happened")
                                         for person_id, person in self._people_of(partner.name, family)
                                         if person_id != actor_id)]
                # (a change or an outcome told with the other side's state, "denied reports that X would sign a gas
                # agreement with Egypt this week": the plan of Egypt's minister "to sign ... with X in Ankara on
                # Saturday")
                for partner, partner_id in partners:
                    if partner.kind != "person" and family not in STATE_SYMMETRIC:
                        continue
                    turned = replace(event, actor=partner, counterparts=(
                        event.actor, *(c for c in event.counterparts if c.name != partner.name
                                       and not (c.kind == "country" and c.name == partner.country))))
                    if family not in SYMMETRIC_FAMILIES:  # (told from the guest's side the hosting is their meeting)
                        turned = replace(turned, action=min(SYMMETRIC_FAMILIES & set(kindred_families(family))))
                    found = self._best_known(partner_id, family, turned, since, carries, lambda i, state:
                                             same_event(state, turned, same_article=i in pending, elsewhere=elsewhere))
                    if found is not None:
                        best, event, actor_id = found, turned, partner_id
                        break
            if best is None and family == "meet" and event.status in ("postponed", "cancelled") \
                    and event.actor.kind == "person" and event.date.value is None and event.place is None \
                    and any(c.kind == "person" for c in event.counterparts):  # (not talks moved away from a place:
                # the call-off there of a move, whose journey goes on elsewhere)
                for person, person_id in [(event.actor, actor_id), *((c, i) for c, i in partner_ids if c.kind == "person")]:
                    turned = replace(event, actor=person, counterparts=tuple(
                        c for c in (event.actor, *event.counterparts) if c.name != person.name))
                    if (trip := self._journey_for_talks(person_id, turned, carries, pending, since)) is not None:
                        talks_trip = state_of(carries[trip])  # "will fly to Buenos Aires on Friday for talks with X",
                        # then "A planned meeting between Y and X has been cancelled": the journey for it is off
                        best, actor_id = trip, person_id
                        event = replace(with_people_of(turned, talks_trip), action=talks_trip.action, place=None,
                                        refers_to_plan=True)
                        break
            if best is None and family == "visit" and event.status == "happened" and event.place is not None \
                    and event.place.kind in ("city", "site") and event.place.country and event.date.precision == "day":
                best = self._country_visit_that_day(actor_id, event, carries, pending, since)  # "will visit Botswana
                # next Tuesday", then "visited Gaborone on Tuesday": that visit, made (not a second one in its capital)
            if best is None and family == "visit" and event.status in ("postponed", "cancelled") and event.refers_to_plan \
                    and event.place is not None and event.place.kind == "city" and event.place.country:
                best = self._country_visit_plan(actor_id, event, carries, pending, since, lambda state: True)
                # "will visit Moldova on Wednesday", then "X's visit to Chisinau has been postponed": the visit to
                # Moldova, put off (any day: the change says which plan, not its day)
            if best is None and family in CROWD_FAMILIES and event.actor.kind in ("group", "org"):
                # the organisers' protest and the crowd's on that day and place: one protest,
                # told under the group that reported it first (a union named after the crowd, "the Irish
                # Nurses and Midwives Organisation" and "nurses", also with no place)
                for other_id, other in self._groups(actor_id):
                    named = names_crowd(event.actor.name, other.name) or names_crowd(other.name, event.actor.name) or (
                        event.what is not None and other.country is not None and other.country == event.actor.country) \
                        or (bare_body(event.actor.name) or event.actor.kind == "org" and event.actor.country is None) \
                        and event.refers_to_plan and event.status in ("cancelled", "postponed")
                    # ("The union called off the nationwide strike planned for Sunday": the strike of the crowd it
                    # speaks for, "garment workers", when the day and the kind of strike agree; so does a union of no
                    # known country: "The Vereinigung Cockpit union called off a pilots' strike planned for Thursday")
                    # ("Malta's port unions will stage a 24-hour strike starting on Monday", then "The strike, which
                    # began on Monday" of the dock workers: one country's strike of that day, told of another crowd word)
                    described = other.kind == "org" and event.actor.kind == "group" and other.country is None \
                        and not named  # ("Chile's main teachers' union, the Colegio de Profesores, called for a
                    # strike on Wednesday", then "Chilean teachers walked off the job on Wednesday": a body named in
                    # another tongue, described as the crowd's union in its plan's sentence: checked on that sentence)
                    national = event.what is not None and event.place is not None and event.place.kind == "country" \
                        and other.country == event.place.name  # ("Belgium's unions called a nationwide general
                    # strike for April 28", then "A nationwide general strike brought Belgium to a standstill": the
                    # country's strike, its plan told with no place)
                    called = national and other.kind == "org" and event.actor.kind == "group" \
                        and event.actor.country is None and event.status == "happened"  # ("Peru's United Workers'
                    # Confederation called a general strike for October 15", then "A general strike brought much of
                    # Peru to a standstill on Wednesday": the confederation's strike, done)
                    called = called or other.kind == "org" and event.actor.kind == "group" \
                        and (event.actor.country is None or other.country is None
                             and names_crowd(other.name, event.actor.name)) \
                        and event.status in ("cancelled", "postponed") and labour_body(other.name)  # ("A strike
                    # planned for Monday at the port of Durban has been called off, the union said": the plan the
                    # Harbour Workers' Union called, when it is the one that fits; "A strike by Toronto transit workers
                    # ... was called off": the Toronto Transit Workers Union's, a body of no known country named after
                    # them)
                    called = called or other.kind == "org" and event.actor.kind == "group" \
                        and event.status in ("cancelled", "postponed") and event.place is not None \
                        and qualified_body(event.actor.name, other.name)  # ("The opposition Citizens' Alliance for
                    # Change will hold a rally in Harare on Saturday", then "Police have banned an opposition rally
                    # planned for Saturday in Harare": the alliance's rally, when its day and place agree)
                    called = called or other.kind == event.actor.kind == "org" and (
                        other.name.startswith(f"{event.actor.name} of ") or event.actor.name.startswith(f"{other.name} of "))
                    # ("the Mineworkers Union of Zambia" and "the Mineworkers Union": one body, told with its country)
                    called = called or other.kind == "org" and event.actor.kind == "group" \
                        and event.actor.name in UNNAMED_CROWDS and event.place is not None \
                        and event.status in ("happened", "ongoing")  # ("Fix Our Cedi will hold a demonstration in
                    # Accra next Tuesday", then "Several hundred protesters marched through central Accra on Tuesday":
                    # the movement's march, when its day and place agree)
                    national_body = other.kind == "org" and event.actor.kind == "group" and not called \
                        and event.actor.country is not None and other.country == event.actor.country \
                        and event.status in ("cancelled", "postponed") and event.refers_to_plan \
                        and labour_body(other.name) and nationwide_what(event.what)  # ("Nigeria's largest labour
                    # grouping called off a nationwide strike that was due to start on Wednesday": the Nigerian Labour
                    # Alliance's nationwide strike, the one of that country open on that day)
                    called = called or national_body or other.kind == "org" and event.actor.kind == "group" \
                        and event.status in ("happened", "ongoing") and len(other.name) > 3 \
                        and re.search(rf"(?<![\w-]){re.escape(other.name)}(?![\w-])", event.evidence.sentence) is not None
                    # ("Thousands of dockworkers at Rotterdam walked off the job on Thursday, starting a 48-hour strike
                    # called by the Havenbond union": the union's strike, its sentence naming it)
                    described = described and not called  # (its plan is checked as the crowd's change, not on words)
                    if not named and not described and not called and (
                            event.actor.kind != "group" or event.place is None or other.kind != "group"):
                        continue
                    home = other.country or (event.actor.country if event.actor.country and event.actor.country in
                                             other.name else None)  # ("the Ghana National Association of Teachers")
                    if other.kind == "org" and not described and not called and not (
                            names_crowd(other.name, event.actor.name) and (home is not None and home == event.actor.country
                                                                           or home is None and _done_that_day(event))):
                        continue  # "Kenya's largest teachers' union called off the strike": the Kenya Union of
                        # Teachers' strike, a body of that country named after the crowd
                    turned = replace(event, actor=other)
                    # (a body named after the crowd looks beyond the place: the crowd's country may hold it)
                    probe = replace(turned, place=None) if named and event.place is not None else turned
                    if described:
                        probe = replace(turned, place=None)
                    found = self._best_known(other_id, family, probe, since, carries, lambda i, state:
                                             0 if described and not crowd_told(
                                                 [r.event.evidence.sentence for r in self._reports([i], None)[i]],
                                                 event.actor.name)
                                             else same_crowd_event(state, turned, unplaced=(
                                                 named or national or described or national_body)))
                    if found is not None:
                        best, event, actor_id = found, turned, other_id
                        break
            if best is None and (blocs := region_blocs(event.actor)) and (found_bloc := self._bloc_event(
                    event, blocs, family, since, carries, pending, elsewhere)) is not None:
                best, event, actor_id = found_bloc  # "ASEAN foreign ministers will meet in Manila on Monday", then
                # "Southeast Asian foreign ministers met in Manila on Monday": the bloc's meeting, told of its members
            if best is None and family in CROWD_FAMILIES and event.actor.kind == "country" and (
                    event.refers_to_plan or event.status in ("postponed", "cancelled")):
                # "A strike by Zambian teachers that was due to start on Thursday has been postponed": the plan of a
                # group of that country ("Zambia's main teachers' union said its members would walk off the job on
                # Thursday"), the only one of the family open
                groups = [(i, g) for i, g in self._groups(actor_id) if g.country == event.actor.name]
                if (only := self._only_open_plan(event, groups, family, carries, since)) is not None:
                    best, event, actor_id = only
            if best is None and family in BODY_FAMILIES and event.actor.kind == "country":
                # "The New Zealand government called off Wednesday's final vote on the bill": the vote its
                # parliament planned
                for body_id, body in self._orgs_of(event.actor.name, family):
                    turned = replace(event, actor=body)
                    found = self._best_known(body_id, family, turned, since, carries,
                                             lambda i, state: body_plan(state, turned))
                    if found is not None:
                        best, event, actor_id = found, turned, body_id
                        break
            if best is None and family in BODY_FAMILIES and event.actor.kind == "org" and event.actor.country \
                    and (state_row := self.conn.execute(q.COUNTRY_ACTOR_BY_NAME, (event.actor.country,)).fetchone()):
                # "Bulgaria's government faces a no-confidence vote on Thursday" (the state's), then "survived a
                # no-confidence vote on Thursday" (its parliament's): the state's plan, done by its body (the event stays
                # the state's, so that an earlier day replays it as told then)
                turned = replace(event, actor=ActorRef(event.actor.country, "country", None, event.actor.country))
                best = self._best_known(int(state_row[0]), family, turned, since, carries,
                                        lambda i, state: state_plan_done(state, turned))
            if best is None and family in SYMMETRIC_FAMILIES and event.actor.kind == "country" and (
                    event.refers_to_plan or event.status in ("postponed", "cancelled", "denied", "happened")):
                # "The signing of the agreement between Colombia and Ecuador ... has been postponed": the plan its
                # people made ("Presidents X and Y will sign the agreement in Quito"), told of their states; "Senegal
                # and Tunisia signed four agreements on Thursday": the signing Tunisia's president planned with
                # Senegal's (a person of either side)
                found_side = self._plan_of_people(event, family, carries, pending, since) \
                    or self._hosted_for_states(event, carries, pending, since)
                if found_side is not None:
                    best, event, actor_id = found_side
            if best is None and family in SYMMETRIC_FAMILIES and event.actor.kind == "person" \
                    and (event.actor.country or self._person_country(event.actor.name)) \
                    and event.status in ("happened", "postponed", "cancelled") \
                    and (state_plan := self._plan_of_state(event, family, carries, pending, since)) is not None:
                # "Uruguay and Ghana are expected to sign a beef trade agreement in Accra next Tuesday", then "Uruguayan
                # President X and Ghanaian President Y signed ...": the states' plan, done by their people (the event
                # stays the state's, so that an earlier day replays it as told then; the report's title shows them)
                best = state_plan
            if best is None and family == "meet" and event.actor.kind == "person" and event.refers_to_plan \
                    and event.status in ("postponed", "cancelled") and event.place is not None \
                    and (country := event.actor.country or self._person_country(event.actor.name)) is not None \
                    and (state_row := self.conn.execute(q.COUNTRY_ACTOR_BY_NAME, (country,)).fetchone()):
                # "Colombia's government and the ELN will resume peace talks in Havana on June 15", then "President X
                # cancelled the round of peace talks that had been scheduled to begin in Havana next week": his
                # state's talks there, called off by its head (the event stays the state's)
                as_state = _told_of_state(event, country)
                best = self._best_known(int(state_row[0]), family, as_state, since, carries, lambda i, state: same_event(
                    state, as_state, same_article=i in pending) if state.status in ("planned", "postponed", "uncertain")
                    and state.place is not None and places_compatible(state.place, as_state.place) is True else 0)
                if best is not None:
                    event = as_state
            if best is None and family in STATE_TOLD_FAMILIES and event.actor.kind == "person" \
                    and event.status in ("happened", "ongoing", "postponed", "cancelled") \
                    and (country := event.actor.country or next(
                        (c.name for c in event.counterparts if c.kind == "country"), None)) is not None \
                    and (state_row := self.conn.execute(q.COUNTRY_ACTOR_BY_NAME, (country,)).fetchone()):
                # "Nigeria will launch a nationwide measles vaccination campaign next Monday", then "Health Minister X
                # launched Nigeria's nationwide measles vaccination campaign on Monday": the state's plan of that very
                # thing, done by its minister (the event stays the state's, as below)
                as_state = _told_of_state(event, country)
                best = self._best_known(int(state_row[0]), family, as_state, since, carries, lambda i, state: same_event(
                    state, as_state, same_article=i in pending) if state.status in ("planned", "postponed", "uncertain")
                    and what_compatible(state.what, as_state.what) is True else 0)
                if best is not None:
                    event = replace(event, counterparts=as_state.counterparts)  # (the state is the event's actor now)
            if best is None and family == "host" and event.actor.kind == "person" and event.actor.country \
                    and event.status in ("happened", "ongoing") and event.place is not None and event.date.precision == "day" \
                    and (state_row := self.conn.execute(q.COUNTRY_ACTOR_BY_NAME, (event.actor.country,)).fetchone()):
                # "Barbados will host Caribbean leaders in Bridgetown on Feb. 24", then "a summit in Bridgetown hosted by
                # Barbadian Prime Minister X" that day: the state's hosting, done by its head of government (the event
                # stays the state's, as above)
                as_state = replace(event, actor=ActorRef(event.actor.country, "country", None, event.actor.country))
                best = self._best_known(int(state_row[0]), family, as_state, since, carries, lambda i, state: same_event(
                    state, as_state, same_article=i in pending) if (state.status in ("planned", "postponed", "uncertain")
                                                                    or i in pending and state.status == "happened")
                    and state.place is not None and as_state.place is not None and state.place.name == as_state.place.name
                    and state.date.value == as_state.date.value else 0)
            if best is None and family == "host" and event.actor.kind == "country" and event.place is not None and (
                    event.refers_to_plan or event.status in ("postponed", "cancelled")):
                # "Hungarian Prime Minister X will host a summit in Esztergom on March 27", then "The summit that Hungary
                # had planned to host in Esztergom on Friday has been postponed": the plan one of its people made there
                for person_id, person in self._people_of(event.actor.name, family):
                    found = self._best_known(person_id, family, replace(event, actor=person), since, carries,
                                             partial(_hosting_there, event, person, pending))
                    if found is not None:
                        best, event, actor_id = found, replace(event, actor=person), person_id
                        break
            if best is None and family in STATE_TOLD_FAMILIES and event.actor.kind == "country" and (
                    event.refers_to_plan or event.status in ("postponed", "cancelled", "happened")):
                # "Kazakhstan's Transport Minister X will open a new terminal at Shymkent airport on Friday", then
                # "Kazakhstan opened a new international terminal at Shymkent airport on Friday": the minister's plan,
                # told of his state (the one person of it whose open plan fits)
                fits = [(found, replace(event, actor=person), person_id)
                        for person_id, person in self._people_of(event.actor.name, family)
                        if (found := self._best_known(person_id, family, replace(event, actor=person), since, carries,
                                                      partial(_state_told_plan, event, person, pending))) is not None]
                fits = fits or [(found, replace(event, actor=person), person_id)
                                for person_id, person in self._people_of_no_country(family)
                                if (found := self._best_known(person_id, family, replace(event, actor=person), since,
                                                              carries, partial(_state_told_plan, event, person, pending,
                                                                               involved=True))) is not None]
                # ("HANOI - Deputy Prime Minister X will open ...": a person of no country told, whose plan involves it)
                if len(fits) == 1:
                    best, event, actor_id = fits[0]
            if best is None and family in SYMMETRIC_FAMILIES and not event.counterparts and (
                    event.refers_to_plan or event.status in ("postponed", "cancelled", "denied", "happened")):
                # "The signing of the trade accord with President X has been pushed back", no holder told: the open
                # plan that names X as its other side ("Y will sign a trade accord with X"), told from Y's side (and
                # "X and Y put their signatures to the text at Government House": the signing this article told done
                # from Y's side)
                side_scores: dict[int, int] = {}
                sides: dict[int, tuple[Event, int]] = {}
                for r in self._rows(q.EVENTS_NAMING_PARTNER.format(families=":f0"),
                                    {"f0": family, "probe": f"|{event.actor.name}|", "actor": actor_id, "since": since}):
                    carries[r["id"]] = carry = self._carry(r["id"], r["fold"])
                    state = state_of(carry)
                    if event.status == "happened" and not (r["id"] in pending and state.status == "happened"):
                        continue
                    if state.status not in ("planned", "postponed", "uncertain") \
                            and not (r["id"] in pending and state.status == event.status):
                        continue  # (a plan this article changed already, told again: "denied reports that X would
                        # sign ... 'no signing is planned'")
                    turned = replace(event, actor=state.actor, counterparts=(event.actor,))
                    side_scores[r["id"]] = same_event(state, turned, same_article=r["id"] in pending)
                    sides[r["id"]] = (turned, int(r["actor_id"]))
                found = pick_event(side_scores)
                if found is not None:
                    best, (event, actor_id) = found, sides[found]
            if best is None and family in JOURNEY_FAMILIES and event.actor.kind == "country" and event.place is not None \
                    and (event.refers_to_plan or event.status in ("postponed", "cancelled")):
                # "South Korea has put off its defence minister's planned trip to Tokyo": the one open plan of a person
                # of that state to go there ("Defence Minister X will visit Tokyo on Thursday")
                people = self._people_of(event.actor.name, family)
                if (only := self._only_open_plan(event, people, family, carries, since)) is not None:
                    best, event, actor_id = only
            if best is None and family in JOURNEY_FAMILIES and event.place is not None and (
                    event.refers_to_plan or event.status in ("postponed", "cancelled", "denied")):
                # "Myanmar's President X will not travel to Vientiane as planned": the stored plan to host him there
                found_host = self._hosted_plan(event, actor_id, carries, new_ids, since)
                if found_host is not None:
                    best, event, actor_id = found_host
                elif (own_meeting := self._meeting_there(event, actor_id, carries, new_ids, since)) is not None:
                    best, event = own_meeting  # "X did not travel to Bamako on Friday": the talks planned there that day
                elif (attending := self._attendance_there(event, actor_id, carries, new_ids, since)) is not None:
                    best, event = attending  # "X has postponed his visit to Tunis": the summit he was to attend there
            if best is None and family == "meet" and event.place is not None and (
                    event.refers_to_plan or event.status in ("postponed", "cancelled", "happened")) \
                    and (hosted := self._hosted_plan(event, actor_id, carries, new_ids, since, any_kind=True)) is not None:
                best, event, actor_id = hosted  # "Djibouti will host talks between X and Y on March 16", then "Talks
                # between X and Y that were due to open in Djibouti on Monday have been postponed": the hosting put off
                # (and "X and Y began talks in Djibouti on April 6": the hosting held)
            if best is None and (family == "hold" and event.actor.kind == "org" or family == "host"
                                 and event.actor.kind == "country" or family == "meet" and event.refers_to_plan
                                 and event.actor.kind in ("org", "country") and bool(event.counterparts)) \
                    and event.place is not None \
                    and event.status in ("postponed", "cancelled") and article.published is not None \
                    and (talks := self._talks_there(event, article.published, carries, pending, since)) is not None:
                best, event, actor_id = talks  # "X and Y will hold a summit in Cardiff on June 19", then "Friday's
                # British-Irish summit in Cardiff has been cancelled": their talks, told of the gathering (so "A
                # meeting between X and Y that Georgia was due to host in Tbilisi has been cancelled", of its host)
                # (and "The United Nations has postponed the Yemen peace talks that were due to open in Geneva on
                # Thursday": the talks of the side it names, changed by a third party)
            if best is None and family == "meet" and event.status == "happened" and event.place is not None \
                    and event.actor.kind in ("country", "group") and event.date.precision == "day" \
                    and (gathering := self._gathering_there(event, carries, pending, since)) is not None:
                best, event, actor_id = gathering  # "A meeting of Maghreb foreign ministers ... will now take place
                # in Nouakchott on May 5", then "Foreign ministers from Mauritania, Morocco, Tunisia and Libya met in
                # Nouakchott on Tuesday": the gathering held
            if best is None and event.place is not None and event.actor.kind in ("group", "org") \
                    and not any(c.kind == "person" for c in event.counterparts) and (
                        family in ("meet", "hold") and event.status == "happened" and event.date.precision == "day"
                        or family == "hold" and event.status in ("postponed", "cancelled")) \
                    and (hosted := self._hosted_gathering(event, carries, pending, since)) is not None:
                best, event, actor_id = hosted  # "Kenya will host a summit of East African heads of state in Nairobi
                # on Thursday", then "East African leaders gathered in Nairobi on Thursday for a summit": the summit
                # hosted, held (and "The regional energy summit in Mombasa has been pushed back to June 22": put off)
            if best is None and family == "meet" and event.place is not None and event.counterparts and (
                    event.refers_to_plan or event.status in ("postponed", "cancelled", "denied")) \
                    and not any(o.status == "happened" and action_family(o.action) == family
                                and o.evidence.start == event.evidence.start for o in told) \
                    and (journey_to := self._journey_to_meet(event, actor_id, carries, new_ids, since)) is not None:
                best, event = journey_to  # "will visit Quito on March 10 for talks with X", then "The meeting with X
                # will now take place in Guayaquil rather than Quito": the journey there to see X (not "held talks in
                # Santa Cruz after the meeting was moved from La Paz": the journey made, to the new place)
            if best is None and family == "attend" and event.place is not None and event.status in ("postponed", "cancelled") \
                    and (journey := self._attendance_there(event, actor_id, carries, new_ids, since, "visit")) is not None:
                best, event = journey  # "A trade conference in Tartu where X had been due to speak was called off": X's
                # stored visit there ("X will address a trade conference in Tartu")
            if best is None and event.status == "cancelled" and event.place is not None and any(
                    o.status == "happened" and action_family(o.action) == family and o.place is not None
                    and o.place.name != event.place.name and o.evidence.start == event.evidence.start
                    and o.actor.name == event.actor.name for o in told):
                continue  # "held talks in Santa Cruz ... after the meeting was moved from La Paz": no stored plan
                # there to call off, and the move is told by the talks held (not "X cancelled his trip to Paraguay, and
                # Y flew to Santa Cruz instead": Y's journey, X's call-off)
            if best is None and index in olds:
                if event.place is not None and family == "hold":
                    unstored.append((event, told[new_of[index]]))  # (a gathering's call-off at its old place still
                    # changes the plans to attend or host it there, :meth:`_guests`)
                continue  # "would move the rally to Ankara", "talks would now take place in Athens on May 20, rather
                # than in Ankara", "A meeting ... that was to be held in Tunis has been postponed and moved to
                # Nouakchott": no stored plan to call off; the plan at its new place tells the move (from there)
            if best is not None and index in olds and (plan := carries.get(best)) is not None \
                    and (action_family(state_of(plan).action) == family or _moved_at_home(state_of(plan), told, moves, index)):
                joined[index] = best  # the stored plan the move is of, of its own family (or a kindred one moved in
                # its own country: "will receive X at the palace in Jakarta", then "talks between the two presidents
                # have been moved to Bogor"): the plan at its
                if best not in base:  # new place joins it (the call-off at the old place is no report of its own)
                    base[best] = plan
                carried.add(best)
                if event.place is not None and family == "hold":
                    unstored.append((event, told[new_of[index]]))  # (a gathering moved still changes the plans to
                    # attend or host it at its old place, :meth:`_guests`)
                continue
            if moved_to is not None and moved_to in carried:
                best = moved_to
            if best is None:
                best = int(self.conn.execute(q.INSERT_EVENT, (actor_id, family)).lastrowid or 0)
                new_ids.add(best)
                base[best] = None
            else:
                if best not in new_ids:
                    updated.add(best)
                if best not in base:
                    base[best] = carries[best]
            joined[index] = best
            self.conn.execute(
                q.INSERT_REPORT, (best, article.id, seq, iso(article.published), event_to_json(event))
            )
            pending.setdefault(best, []).append(Report(event, seq))
            self._advance(best, base, pending, key)
            present.append((index, event, actor_id))
            self._honoree_guests(article, seq, event, best, base, pending, updated, key, since)  # (at once, so that
            # the article's later sentences find the attendances at the occasion's new place: "will now attend the
            # funeral in Blantyre")
            if (family in SYMMETRIC_FAMILIES or family == "host") and event.status == "happened":
                for partner in event.counterparts:
                    side_id = known_ids.get(partner.name)
                    if side_id is not None and (partner.kind == "person" or self._stored_kind(side_id) == "person"):
                        # ("The deal was signed in Jakarta by X and Y", Y a person the store knows, though this article
                        # names Y with no title) the other side was there too: "talks
                        # between Presidents X and Y" tell Y's planned visit to see X; so does "Y was received in
                        # Montevideo by President X", the guest's
                        turned = replace(event, actor=partner, counterparts=(
                            event.actor, *(c for c in event.counterparts if c.name != partner.name)))
                        present.append((-1, turned, side_id))
        for event, new_plan in unstored:
            self._guests(article, seq, event, None, base, pending, updated, new_ids, key, since, new_plan)
        for index, event, actor_id in present:
            self._presence(article, seq, event, actor_id, joined.get(index), base, pending, updated, new_ids, key, since)
            if index >= 0:
                self._purposes(article, seq, event, actor_id, joined.get(index), base, pending, updated, new_ids, key, since)
                self._country_stop(article, seq, event, actor_id, joined.get(index), base, pending, updated, new_ids, key,
                                   since)
                self._guests(article, seq, event, joined.get(index), base, pending, updated, new_ids, key, since)
                self._hosted_held(article, seq, event, actor_id, base, pending, updated, key, since)
                self._journey_of(article, seq, event, actor_id, joined.get(index), base, pending, updated, new_ids, key,
                                 since)
        return len(new_ids), len(updated)

    def _office_plan(self, event: Event, actor_id: int, family: str, since: str | None, carries: dict[int, Carry],
                     pending: dict[int, list[Report]], elsewhere: bool) -> tuple[int, int] | None:
        """event (Event): a report of a titled person of a known country with no stored event of their own it joins.
        RETURNS (tuple[int, int] | None): the event of the office they hold ("Defence Minister of Thailand", stored when
        a plan named the office and no holder) that the report joins (:func:`merge.same_event`), and the office's
        actor id (the holder's name is then an alias of the office); None when there is no such office or event."""
        actor = event.actor
        if actor.kind != "person" or not actor.title or not actor.country:
            return None
        office = office_name(actor.title, actor.country)
        row = self.conn.execute(q.ACTOR_BY_NAME, (office,)).fetchone() if office != actor.name else None
        if row is None or int(row[0]) == actor_id:
            return None
        turned = replace(event, actor=ActorRef(office, "person", actor.title, actor.country))
        found = self._best_known(int(row[0]), family, turned, since, carries, lambda i, state: same_event(
            state, turned, same_article=i in pending, elsewhere=elsewhere))
        if found is None:
            return None
        self.conn.execute(q.INSERT_ALIAS, (name_key(actor.name), int(row[0]), iso(event.evidence.published)))
        # (the holder's name finds the office's events from this article's day on)
        return found, int(row[0])

    def _office_holder(self, actor: ActorRef, article: Article, avoid: frozenset[int] = frozenset()) -> int | None:
        """:meth:`SQLiteActors._office_holder`; failing that, for an office of a country that no one is seen holding,
        the one person with an open plan to take up that post (:func:`story_plans.post_taker`: "will be sworn in as
        Ghana's Chief of Defence Staff on Wednesday", then "Ghana's new Chief of Defence Staff took the oath")."""
        found = super()._office_holder(actor, article, avoid)
        if found is not None or not (actor.kind == "person" and actor.title and actor.country and article.published) \
                or actor.name != office_name(actor.title, actor.country):
            return found
        published = article.published
        slots, named = _family_params(sorted(POST_TAKING_FAMILIES))
        lo, hi = _plan_days(published)
        rows = self._rows(q.EVENTS_OF_FAMILIES_NEAR.format(families=slots), {
            **named, "lo": lo, "hi": hi, "since": iso(published - _MERGE_HORIZON)})
        candidates = [(int(r["id"]), state_of(self._carry(r["id"], r["fold"])), int(r["actor_id"])) for r in rows
                      if int(r["actor_id"]) not in avoid]
        return post_taker(actor, published, candidates)

    def _story_plans(self, article: Article, references: Iterable[Event],
                     since: str | None) -> list[tuple[int, Event, Carry]]:
        """references (Iterable[Event]): the article's story references. RETURNS (list): for each that joins one open
        plan (:func:`story_plans.story_plan`), the plan's id, the reference told as its report and the plan's carry;
        the others are left out (no plan, or several it may be)."""
        if article.published is None:
            return []
        lo, hi = _plan_days(article.published)
        told = list(references)
        moves = moved_pairs(told)  # "The summit has been moved from Kumasi to Tema": the call-off at the old place
        # finds the plan; the plan at the new place is that same plan, carried there
        order = sorted(range(len(told)), key=lambda k: k in moves)
        resolved: dict[int, tuple[int, Event, Carry]] = {}
        for k in order:
            reference = told[k]
            slots, named = _family_params(story_families(reference))
            rows = self._rows(q.EVENTS_OF_FAMILIES_NEAR.format(families=slots),
                              {**named, "lo": lo, "hi": hi, "since": since})
            carries = {int(r["id"]): self._carry(r["id"], r["fold"]) for r in rows}
            taken = {o[0] for o in resolved.values()}
            old = resolved.get(moves[k]) if k in moves else None
            if k in moves and old is None:
                continue  # (a move of no plan the call-off found)
            candidates = [(int(r["id"]), state_of(carries[int(r["id"])]), int(r["actor_id"])) for r in rows
                          if (int(r["id"]) == old[0] if old is not None else r["id"] not in taken)]
            probe = replace(reference, place=told[moves[k]].place) if k in moves else reference
            found = story_plan(probe, article.published, candidates)
            if found is not None:
                report = replace(found[1], place=reference.place) if k in moves else found[1]
                resolved[k] = (found[0], report, carries[found[0]])
        return [resolved[k] for k in sorted(resolved)]

    def _country_visit_that_day(self, actor_id: int, event: Event, carries: dict[int, Carry],
                                pending: dict[int, list[Report]], since: str | None) -> int | None:
        """event (Event): a happened visit to a city on a day. RETURNS (int | None): the actor's stored open plan to visit
        that city's country on that very day ("will visit Botswana next Tuesday" for "visited Gaborone on Tuesday"), or
        an arrival there up to ``_ARRIVAL_SLIP`` days off the plan's day ("will visit Nigeria next Tuesday", then
        "arrived in Abuja on Wednesday"), or an arrival there on a day of the week or month the plan was told for
        ("will visit Ethiopia next week", then "arrived in Addis Ababa on Monday for a two-day visit": the journey
        begun), or a visit put off with no new day, which the report tells done; None when there is none (a plan of a
        span or another day keeps its other city legs apart)."""
        arrival = event.action == "arrive"
        slip = _ARRIVAL_SLIP if arrival else 0
        return self._country_visit_plan(actor_id, event, carries, pending, since, lambda state: (
            state.date.precision == "day" and _days_apart(state.date, event.date) <= slip
            or arrival and state.date.precision in ("week", "month") and holds_day(state.date, event.date)
            or state.status == "postponed" and state.date.value is None))  # ("has postponed his visit to Ghana ...
        # No new date was given", then "during a rescheduled visit ... in Accra on Tuesday": the visit put off, made)

    def _country_visit_plan(self, actor_id: int, event: Event, carries: dict[int, Carry],
                            pending: dict[int, list[Report]], since: str | None,
                            fits: Callable[[EventState], bool]) -> int | None:
        """event (Event): a visit to a city. fits (Callable[[EventState], bool]): whether a stored plan's date fits the
        report. RETURNS (int | None): the actor's only stored open plan to visit that city's country whose date fits
        (:func:`merge.pick_event`'s choice), scored as the report told of the country on the plan's date; else None."""
        country = str(event.place.country) if event.place is not None else ""
        probe = replace(event, place=PlaceRef(country, "country", country))
        return self._best_known(actor_id, "visit", probe, since, carries, lambda i, state: same_event(
            state, replace(probe, date=state.date), same_article=i in pending)
            if (state.status in ("planned", "postponed", "uncertain") or _told_of_country_first(state, event, i in pending))
            and state.place is not None and state.place.kind == "country" and state.place.name == country and fits(state)
            else 0)

    def _best_known(self, actor_id: int, family: str, report: Event, since: str | None, carries: dict[int, Carry],
                    score: Callable[[int, EventState], int]) -> int | None:
        """The known event of an actor and family a report joins: each candidate (:meth:`_candidates`) scored by
        ``score(event_id, state)``, its fold state kept in ``carries``. RETURNS (int | None): :func:`merge.pick_event`'s
        choice, None when nothing fits."""
        scores: dict[int, int] = {}
        for r in self._candidates(actor_id, family, report, since):
            carries[r["id"]] = carry = self._carry(r["id"], r["fold"])
            scores[r["id"]] = score(r["id"], state_of(carry))
        return pick_event(scores)

    def _purposes(self, article: Article, seq: int, event: Event, actor_id: int, trip_id: int | None,
                  base: dict[int, Carry | None], pending: dict[int, list[Report]], updated: set[int],
                  new_ids: set[int], key: tuple[date, int], since: str | None) -> None:
        """ "X will visit Canberra on November 12 to hold talks with Y", later "X has cancelled his planned visit to
        Canberra": the talks, told in the sentence of the journey's plan at its place on its day, are called off (or
        put off) with it; each gets the change as a report of its own, told by the same sentence
        (:func:`merge.purpose_report`). Nothing changes when the journey was no stored plan."""
        before = base.get(trip_id) if trip_id is not None else None
        if before is None or trip_id in new_ids:
            return
        trip = state_of(before)
        probe = purpose_probe(trip, event)
        if probe is None:
            return
        rows = [r for family in purpose_families() for r in self._candidates(actor_id, family, probe, since)]
        carried = {r["id"]: (base.get(r["id"]) or self._carry(r["id"], r["fold"])) for r in rows}
        states = {i: state_of(c) for i, c in carried.items()}
        for r in rows:
            if r["id"] == trip_id or r["id"] in pending and any(
                    rep.event.status != "uncertain" for rep in pending[r["id"]]):
                continue  # (told by this article itself; a claim it only recalls, "a report that X would meet Y",
                # still takes the journey's change)
            carry, state = carried[r["id"]], states[r["id"]]
            if not purpose_of(state, carry.lead, trip, before.lead):
                continue
            if _other_stop_in(state, trip, [s for i, s in states.items() if i not in (r["id"], trip_id)]):
                continue  # "will arrive in Hanoi on Monday for a five-day visit to Vietnam ... also expected to visit
                # Hai Phong", then "Her planned trip to Hai Phong was dropped": the visit to Vietnam has its Hanoi stop
            self._derived_report(r["id"], carry, purpose_report(state, carry.lead, event), article, seq, base, pending,
                                 key)
            updated.add(r["id"])

    def _country_stop(self, article: Article, seq: int, event: Event, actor_id: int, own: int | None,
                      base: dict[int, Carry | None], pending: dict[int, list[Report]], updated: set[int],
                      new_ids: set[int], key: tuple[date, int], since: str | None) -> None:
        """ "X will hold talks with Y in Harare on August 12", then "the stop in Zimbabwe had been called off": a call-off
        or postponement of a journey to a country that joined no stored plan (a new event) changes the actor's open
        plans inside that country (:func:`merge.country_stop_plan`); each gets the change as a report of its own, told
        by the same sentence (:func:`merge.purpose_report`)."""
        if own not in new_ids or article.published is None or event.status not in ("cancelled", "postponed") \
                or not event.refers_to_plan or action_family(event.action) not in JOURNEY_FAMILIES \
                or event.place is None or event.place.kind != "country":
            return
        probe = replace(event, date=UNKNOWN_DATE, counterparts=())
        for family in purpose_families():
            for r in self._candidates(actor_id, family, probe, since):
                if r["id"] in pending or r["id"] == own:
                    continue
                carry = base.get(r["id"]) or self._carry(r["id"], r["fold"])
                state = state_of(carry)
                if not country_stop_plan(state, event, article.published):
                    continue
                self._derived_report(r["id"], carry, purpose_report(state, carry.lead, event), article, seq, base,
                                     pending, key)
                updated.add(r["id"])

    def _journey_of(self, article: Article, seq: int, event: Event, actor_id: int, own: int | None,
                    base: dict[int, Carry | None], pending: dict[int, list[Report]], updated: set[int],
                    new_ids: set[int], key: tuple[date, int], since: str | None) -> None:
        """ "X will travel to Katima Mulilo on Thursday to sign a railway agreement", later "The signing ... has been
        postponed. The ceremony will now be held on October 8": the journey whose plan was told in the sentence of
        the purpose's plan, on its day, is put off with it to the new day, when this article tells nothing of that
        journey itself (the trip was for the act). Only a postponement to a day: a call-off of one purpose may leave
        the journey standing."""
        before = base.get(own) if own is not None else None
        if before is None or own in new_ids or event.status != "postponed" or not event.refers_to_plan \
                or event.date.value is None or event.action not in purpose_actions():
            return
        purpose, lead = state_of(before), before.lead
        if purpose.status != "planned" or purpose.date.value is None:
            return
        probe = replace(event, date=purpose.date, place=None, counterparts=())
        for family in sorted(JOURNEY_FAMILIES):
            for r in self._candidates(actor_id, family, probe, since):
                if r["id"] in pending:
                    continue  # (the article tells the journey's fate itself)
                carry = self._carry(r["id"], r["fold"])
                trip = state_of(carry)
                if trip.status != "planned" or trip.date.value != purpose.date.value \
                        or carry.lead.evidence.article_id != lead.evidence.article_id \
                        or carry.lead.evidence.start != lead.evidence.start:
                    continue
                report = replace(event, action=trip.action, counterparts=trip.counterparts, place=trip.place,
                                 what=trip.what, cameo=carry.lead.cameo, plover=carry.lead.plover,
                                 plover_mode=carry.lead.plover_mode)
                self._derived_report(r["id"], carry, report, article, seq, base, pending, key)
                updated.add(r["id"])

    def _guests(self, article: Article, seq: int, event: Event, held_id: int | None, base: dict[int, Carry | None],
                pending: dict[int, list[Report]], updated: set[int], new_ids: set[int], key: tuple[date, int],
                since: str | None, moved: Event | None = None) -> None:
        """ "X will attend a mining summit in Tunis on October 14", later "The mining summit in Tunis has been postponed
        to February 10": a gathering's postponement or call-off, told of its participants as one body (a ``hold``
        event), changes every open plan to attend something at its place that was not yet past when the article was
        published (and, for a postponement, before its new day), and every plan to host one there ("Latvia will host a
        meeting of EU farm ministers in Riga on May 10"), when those plans all share one date (one gathering there);
        each gets the change as a report of its own, told by the same sentence. Nothing changes when the plans
        there are on different dates. moved (Event | None): for a call-off at the place a gathering moves from ("The
        summit has been moved from Arusha to Nairobi"), the gathering's plan at its new place: each plan to attend
        moves with it (to the new place, on its own day unless the move gives a new one), not called off; a plan to
        host it moves only within its country (the host of a summit moved abroad hosts nothing)."""
        published = article.published
        if action_family(event.action) != "hold" or event.status not in ("postponed", "cancelled") \
                or event.place is None or published is None:
            return
        place = event.place
        moved_to = event.date.interval() if event.status == "postponed" else None  # (a plan after the new day is
        # another gathering's)
        rows = self._rows(q.EVENTS_AT_PLACE.format(families=":f0, :f1"), {
            "f0": "attend", "f1": "host", "place": place.name, "place_kind": place.kind, "place_path": _path(place.within),
            "since": since})
        plans: list[tuple[int, Carry, EventState]] = []
        for r in rows:
            if r["id"] == held_id or r["id"] in pending and any(
                    rep.event.status not in ("planned", "uncertain") for rep in pending[r["id"]]):
                continue  # (an attendance this article tells a fate of its own; "X, who had confirmed he would attend"
                # is the plan the gathering's change changes)
            carry = base.get(r["id"]) or self._carry(r["id"], r["fold"])
            state = state_of(carry)
            day = state.date.interval()
            if state.status not in ("planned", "uncertain") or day is None or day[1] < published \
                    or moved_to is not None and day[0] >= moved_to[0]:
                continue
            plans.append((int(r["id"]), carry, state))
        before = base.get(held_id) if held_id is not None else None
        if before is not None and state_of(before).date.interval() is not None:  # (the gathering's own plan was dated:
            # only plans inside its days are its guests'; "will attend the opening ceremony on September 19" is no guest
            # of the general assembly of September 18)
            plans = [p for p in plans if holds_day(state_of(before).date, p[2].date)]
        if not plans or len({p[2].date.interval() for p in plans}) != 1:
            return
        for event_id, carry, state in plans:
            report = replace(event, actor=state.actor, action=state.action, place=state.place,
                             counterparts=state.counterparts, refers_to_plan=True)
            if moved is not None and moved.place is not None and event.status == "cancelled" and (
                    action_family(state.action) != "host" or state.place is not None
                    and state.place.country is not None and state.place.country == moved.place.country):
                report = replace(report, status=moved.status, place=moved.place, moved_from=state.place,
                                 date=moved.date if moved.date.value else state.date, evidence=moved.evidence)
            self._derived_report(event_id, carry, report, article, seq, base, pending, key)
            updated.add(event_id)

    def _hosted_held(self, article: Article, seq: int, event: Event, actor_id: int, base: dict[int, Carry | None],
                     pending: dict[int, list[Report]], updated: set[int], key: tuple[date, int],
                     since: str | None) -> None:
        """ "Leaders of the East African Community will meet in Nairobi on June 20", later "X hosted the East African
        Community summit in Nairobi on Saturday": a hosting told held, at a place on a day, of a gathering whose body
        is on its other side (a group or organization counterpart) tells that body's open plan to hold it there that
        day (a ``hold`` event of that body at that place, or a place within it, whose days hold that day) held, and
        the host's own open plan to attend something there that day ("X and Y are expected to attend") made; each plan
        gets the sentence as a happened report of its own. Nothing changes when no such plan is stored. actor_id
        (int): the host's stored actor."""
        day = event.date.interval()
        bodies = {c.name for c in event.counterparts if c.kind in ("group", "org")}
        if action_family(event.action) != "host" or event.status != "happened" or event.place is None or day is None \
                or event.date.precision != "day" or not bodies:
            return
        carries: dict[int, Carry] = {}
        open_there = [(event_id, state, owner) for event_id, state, owner
                      in self._states_at(event.place, ("hold", "attend"), carries, pending, since)
                      if state.status in ("planned", "uncertain", "postponed") and (span := state.date.interval()) is not None
                      and span[0] <= day[0] and day[1] <= span[1]]
        held = [(i, state) for i, state, _ in open_there if state.action == "hold" and state.actor.name in bodies]
        if len(held) != 1:
            return
        made = [(i, state) for i, state, owner in open_there if owner == actor_id and action_family(state.action) == "attend"]
        for event_id, state in held + made[:1] if len(made) == 1 else held:
            report = replace(event, actor=state.actor, action=state.action, place=state.place,
                             counterparts=state.counterparts, refers_to_plan=True)
            self._derived_report(event_id, carries[event_id], report, article, seq, base, pending, key)
            updated.add(event_id)

    def _honoree_guests(self, article: Article, seq: int, event: Event, own_id: int | None,
                        base: dict[int, Carry | None], pending: dict[int, list[Report]], updated: set[int],
                        key: tuple[date, int], since: str | None) -> None:
        """ "X will attend the state funeral of Y in Lilongwe on Saturday", later "The state funeral of Y has been moved
        to Blantyre" (or postponed, or called off): a change of a person's own occasion (their funeral or swearing-in,
        an ``honoree_families`` event of that person) changes every open plan to attend it (an attendance whose
        counterpart is that person, on the occasion's day as it stood before, not yet past); each gets the change as a
        report of its own, told by the same sentence (:func:`merge.honoree_report`)."""
        published = article.published
        if published is None or own_id is None or event.actor.kind != "person" \
                or action_family(event.action) not in HONOREE_FAMILIES \
                or not (event.status in ("postponed", "cancelled") or event.refers_to_plan and event.place is not None
                        and event.status == "planned"):
            return
        before = base.get(own_id)
        occasion = state_of(before) if before is not None else None  # (the occasion's own plan, when one was told)
        if occasion is not None and (occasion.status not in ("planned", "postponed", "uncertain")
                                     or occasion.date.interval() is None):
            return
        day = occasion.date.interval() if occasion is not None else None
        lo, hi = day if day is not None else (published, published + timedelta(days=_HONOREE_AHEAD_DAYS))
        rows = self._rows(q.EVENTS_OF_FAMILIES_NEAR.format(families=":f0"), {
            "f0": "attend", "lo": iso(lo), "hi": iso(hi), "since": since})
        found: list[tuple[int, Carry, Event]] = []
        for r in rows:
            if int(r["id"]) == own_id or r["id"] in pending:
                continue
            carry = base.get(r["id"]) or self._carry(r["id"], r["fold"])
            report = honoree_report(state_of(carry), occasion, event, published)
            if report is not None:
                found.append((int(r["id"]), carry, report))
        if occasion is None and len({state_of(c).date.value for _, c, _ in found}) != 1:
            return  # (with no plan of the occasion told, the attendances must share one day: one occasion)
        for event_id, carry, report in found:
            self._derived_report(event_id, carry, report, article, seq, base, pending, key)
            updated.add(event_id)

    def _derived_report(self, event_id: int, carry: Carry, report: Event, article: Article, seq: int,
                        base: dict[int, Carry | None], pending: dict[int, list[Report]], key: tuple[date, int]) -> None:
        """Store a report the article's sentence tells of another known event (its presence at a planned place, the
        purpose of a journey changed, an attendance of a gathering changed) and fold it in. event_id (int): that event.
        carry (Carry): its state before this article. report (Event): the report, told by the sentence at ``seq``."""
        base.setdefault(event_id, carry)
        self.conn.execute(q.INSERT_REPORT, (event_id, article.id, seq, iso(article.published), event_to_json(report)))
        pending.setdefault(event_id, []).append(Report(report, seq))
        self._advance(event_id, base, pending, key)

    def _advance(self, event_id: int, base: dict[int, Carry | None], pending: dict[int, list[Report]],
                 key: tuple[date, int]) -> None:
        """Fold an event's reports of this article into its cached state (or fold it again from all its reports when
        the article is older than ones already folded, a backfill)."""
        before = base[event_id]
        if before is None or before.last < key:
            self._set_carry(event_id, fold_article(before, pending[event_id]))
        else:
            self._set_carry(event_id, fold_carry(self._reports([event_id], None)[event_id]))

    def _on_plan_day(self, event: Event, actor_id: int, family: str, since: str | None) -> Event:
        """event (Event): a report with no day, told against its plan ("a day later than originally planned").
        RETURNS (Event): the report on the day that moves the actor's stored plan to (:func:`merge.offset_plan_day`:
        one of the report's family, else a journey to see a person it names; the latest such plan), or unchanged."""
        days: list[DateValue] = []
        for fam in dict.fromkeys((family, *JOURNEY_FAMILIES)):
            for r in self._candidates(actor_id, fam, replace(event, place=None), since):
                when = offset_plan_day(state_of(self._carry(r["id"], r["fold"])), event)
                if when is not None:
                    days.append(when)
        return replace(event, date=max(days, key=lambda d: d.value or "")) if days else event

    def _presence(self, article: Article, seq: int, event: Event, actor_id: int, own: int | None,
                  base: dict[int, Carry | None], pending: dict[int, list[Report]], updated: set[int],
                  new_ids: set[int], key: tuple[date, int], since: str | None) -> None:
        """A happened event of an actor at a place on a day ("met Abiy in Addis Ababa on Wednesday", "visited the Joint
        Security Area on Monday") puts the actor there that day: the actor's stored planned journey there (a visit,
        travel or arrival whose place holds that place, dated to a span or day that holds that day; the narrowest) took
        place. The sentence is added to that plan as a happened report of it (:func:`merge.presence_report`), so its
        history moves from planned to happened with the sentence that shows it. Nothing is created when no such plan
        is stored. A report with no place of its own that joined a stored plan with one ("signed the agreement on
        Monday after talks with X", the plan "will arrive in Ulaanbaatar on Monday ... and sign an agreement") is
        at that plan's place."""
        undated = event.date.value is None
        if (event.place is None or undated) and own is not None and event.status == "happened" \
                and not event.refers_to_plan:
            row = self.conn.execute(q.EVENT_FOLD, (own,)).fetchone()
            state = state_of(self._carry(own, row[0] if row else None))
            if event.place is None and state.status == "happened" and state.place is not None:
                event = replace(event, place=state.place)
            if undated and state.status == "happened" and state.date.precision == "day":
                event = replace(event, date=state.date)  # "days after Acosta arrived in the Vietnamese capital": the
                # arrival planned for Monday, made; its day puts him there for the visit that sentence planned (so
                # "held talks with X at the city's coordination centre", the talks planned for the day of the visit to
                # Malatya: the visit made)
        probe = presence_probe(event)
        if probe is None:
            return
        rows = [r for r in self._candidates(actor_id, "visit", probe, since) if r["id"] != own]
        plans = []
        for r in rows:
            carry = self._carry(r["id"], r["fold"])
            state = state_of(carry)
            width = presence_width(state, event)
            if width is not None:
                plans.append((width, r["id"], carry, state))
        if not plans:
            return
        _, best, carry, state = min(plans, key=lambda p: (p[0], p[1]))
        told = (carry.lead.evidence.article_id, carry.lead.evidence.start)
        for _, other, other_carry, other_state in sorted(plans, key=lambda p: (p[0], p[1])):
            if other != best and (other_carry.lead.evidence.article_id, other_carry.lead.evidence.start) != told:
                continue  # ("will arrive in Hanoi on Monday for a five-day visit to Vietnam", then "held talks in Hanoi
                # this week": the arrival and the visit its sentence planned were both made)
            if other not in new_ids:
                updated.add(other)
            self._derived_report(other, other_carry, presence_report(other_state, event), article, seq, base, pending, key)

    def _only_open_plan(self, event: Event, actors: list[tuple[int, ActorRef]], family: str, carries: dict[int, Carry],
                        since: str | None) -> tuple[int, Event, int] | None:
        """event (Event): a change told of a state. actors (list[tuple[int, ActorRef]]): stored actors of that state
        (its groups, its people) with their ids. RETURNS (tuple | None): the only open plan of the family among theirs
        that the change fits (:func:`merge.same_event`), the change told of that plan's actor, and the actor's id; None
        when there is none or more than one."""
        scores: dict[int, int] = {}
        sides: dict[int, tuple[Event, int]] = {}
        for other_id, other in actors:
            turned = replace(event, actor=other)
            for r in self._candidates(other_id, family, turned, since):
                carries[r["id"]] = carry = self._carry(r["id"], r["fold"])
                state = state_of(carry)
                if state.status in ("planned", "uncertain") and (score := same_event(state, turned)) > 0:
                    scores[r["id"]] = score
                    sides[r["id"]] = (turned, other_id)
        found = pick_event(scores) if len(scores) == 1 else None
        return (found, *sides[found]) if found is not None else None

    def _bloc_event(self, event: Event, blocs: tuple[str, ...], family: str, since: str | None,
                    carries: dict[int, Carry], pending: dict[int, list[Report]],
                    elsewhere: bool) -> tuple[int, Event, int] | None:
        """The stored event of a regional bloc that a report told of the region's group fits.

        event (Event): the report, its actor a group named by a region's adjective. blocs (tuple[str, ...]): the names
        the store may keep that region's bloc under (:func:`region_blocs`). family (str): the report's family.
        since (str | None): the merge horizon. carries, pending: the article's caches (see :meth:`_save_events`).
        elsewhere (bool): as for :func:`same_event`.
        RETURNS (tuple | None): (event id, the report turned to the bloc, the bloc's actor id) for the first bloc name
            stored with a fitting event; None when none fits (the group's event stays its own).
        """
        for name in blocs:
            for stored in self._rows(q.ACTOR_ROW_BY_NAME, (name,)):
                bloc_id = int(stored["id"])
                turned = replace(event, actor=ActorRef(name, str(stored["kind"]), None, stored["country"],
                                                       event.actor.start, event.actor.end))
                found = self._best_known(bloc_id, family, turned, since, carries, lambda i, state: same_event(
                    state, turned, same_article=i in pending, elsewhere=elsewhere))
                if found is not None:
                    return found, turned, bloc_id
        return None

    def _stored_kind(self, actor_id: int) -> str | None:
        """actor_id (int): a stored actor. RETURNS (str | None): its kind ("person", "country", ...), None if unknown."""
        rows = self._rows(q.ACTOR_BY_ID, (actor_id,))
        return str(rows[0]["kind"]) if rows else None

    def _person_country(self, name: str) -> str | None:
        """name (str): a person's name. RETURNS (str | None): the country stored for that person (or for the one stored
        person the name matches: "Deshpande" for "Ravi Deshpande"), None if none."""
        row = self.conn.execute(q.PERSON_COUNTRY_BY_NAME, (name,)).fetchone()
        if row is None:
            aliases, people = self._actor_candidates(name, "person")
            found = match_actor(name, "person", aliases, people)
            stored = self._rows(q.ACTOR_BY_ID, (found,)) if found is not None else []
            return str(stored[0]["country"]) if stored and stored[0]["kind"] == "person" and stored[0]["country"] else None
        return str(row[0])

    def _plan_of_state(self, event: Event, family: str, carries: dict[int, Carry], pending: dict[int, list[Report]],
                       since: str | None) -> int | None:
        """event (Event): a report of a symmetric family told of a person of a known country, with a counterpart of
        another country (a person of it, or the state). RETURNS (int | None): the open plan of the person's state with
        that other state (:func:`merge.same_event` of the report told of the states), None when there is none."""
        mine = event.actor.country or self._person_country(event.actor.name)
        parties = [c if c.country or c.kind != "person" else replace(c, country=self._person_country(c.name))
                   for c in event.counterparts]  # ("signed ... by Presidents X and Y": Y's country as stored before)
        others = tuple(dict.fromkeys(c.country or c.name for c in parties
                                     if c.kind in ("person", "country") and (c.country or c.kind == "country")
                                     and (c.country or c.name) != mine))
        if not others or not mine:
            return None
        states = (mine, *others)
        for side in states:  # the plan may be told from either state's side ("Suriname and Guyana will sign ...", then
            # "Guyanese President X and Surinamese President Y signed ...")
            rest = tuple(o for o in states if o != side)
            row = self.conn.execute(q.COUNTRY_ACTOR_BY_NAME, (side,)).fetchone()
            if row is None:
                continue
            turned = replace(event, actor=ActorRef(side, "country", None, side),
                             counterparts=tuple(ActorRef(o, "country", None, o) for o in rest))
            found = self._best_known(int(row[0]), family, turned, since, carries, lambda i, state: same_event(
                state, turned, same_article=i in pending) if (state.status in ("planned", "postponed", "uncertain")
                                                              or i in pending and state.status == event.status)
                and set(rest) <= {c.name for c in state.counterparts} else 0)  # (or told done by the same article
            # just before: "Zambia and Malawi put pen to paper on Thursday ... signed by Presidents X and Y")
            if found is not None:
                return found
        return None

    def _plan_of_people(self, event: Event, family: str, carries: dict[int, Carry], pending: dict[int, list[Report]],
                        since: str | None) -> tuple[int, Event, int] | None:
        """event (Event): a report of a symmetric family told of states (a country actor, countries on its other side).
        RETURNS (tuple | None): the open plan of a stored person of one of the states (the actor's first) with the
        other side's people (:func:`merge.with_people_of`), the report told from that person's side (a change keeps
        the plan's action and refers to it) and that person's id; None when there is none."""
        sides = [event.actor, *(c for c in event.counterparts if c.kind == "country")]
        for side in sides:
            others = tuple(c for c in (event.actor, *event.counterparts) if c.name != side.name)
            for person_id, person in self._people_of(side.name, family):
                turned = replace(event, actor=person, counterparts=others)
                person_scores: dict[int, int] = {}
                for r in self._candidates(person_id, family, turned, since):
                    carries[r["id"]] = carry = self._carry(r["id"], r["fold"])
                    state = state_of(carry)
                    if state.status in ("planned", "postponed", "uncertain") and state.counterparts:
                        # "A summit between Laos and Myanmar ... has been postponed": the other state is the plan's
                        # person of it ("will host Myanmar's President X")
                        person_scores[r["id"]] = same_event(state, with_people_of(turned, state),
                                                            same_article=r["id"] in pending)
                    elif state.status in ("planned", "postponed", "uncertain") and same_place_day(state, turned):
                        # "Prime Minister X is expected to sign an energy agreement in Baku next Tuesday", then
                        # "Slovakia and Azerbaijan signed an energy agreement in Baku on Tuesday": his plan, at the
                        # place and on the day told, with no other side named
                        person_scores[r["id"]] = same_event(state, turned, same_article=r["id"] in pending)
                found = pick_event(person_scores)
                if found is not None:
                    plan = state_of(carries[found])
                    told = with_people_of(turned, plan)
                    if told.status in ("postponed", "cancelled"):  # (a change of the plan its people made, told as
                        # that plan: "will host X", not "a summit between Laos and Myanmar")
                        told = replace(told, action=plan.action, refers_to_plan=True)
                    return found, told, person_id
        if event.status in ("postponed", "cancelled"):
            for side in sides:  # "The fisheries summit between Croatia and Senegal will be held in Zagreb rather than in
                # Dakar": the plan one state made with the other's people ("Senegal will host Croatian Prime Minister X in
                # Dakar"), called off there
                row = self.conn.execute(q.COUNTRY_ACTOR_BY_NAME, (side.name,)).fetchone()
                if row is None:
                    continue
                others = tuple(c for c in (event.actor, *event.counterparts) if c.name != side.name)
                turned = replace(event, actor=side, counterparts=others)
                state_scores: dict[int, int] = {}
                for r in self._candidates(int(row[0]), family, replace(turned, counterparts=()), since):
                    carries[r["id"]] = carry = self._carry(r["id"], r["fold"])
                    state = state_of(carry)
                    if state.status in ("planned", "postponed", "uncertain") and state.counterparts \
                            and (told := with_people_of(turned, state)) is not turned:
                        state_scores[r["id"]] = same_event(state, told, same_article=r["id"] in pending)
                found = pick_event(state_scores)
                if found is not None:
                    plan = state_of(carries[found])
                    told = replace(with_people_of(turned, plan), action=plan.action, refers_to_plan=True)
                    return found, told, int(row[0])
        if family == "meet" and event.status in ("postponed", "cancelled"):
            for side in sides:
                others = tuple(c for c in (event.actor, *event.counterparts) if c.name != side.name)
                for person_id, person in self._people_of(side.name, "visit"):
                    turned = replace(event, actor=person, counterparts=others)
                    found = self._journey_for_talks(person_id, turned, carries, pending, since)
                    if found is not None:
                        plan = state_of(carries[found])
                        told = replace(with_people_of(turned, plan), action=plan.action, place=None, refers_to_plan=True)
                        return found, told, person_id
        return None

    def _journey_for_talks(self, person_id: int, turned: Event, carries: dict[int, Carry],
                           pending: dict[int, list[Report]], since: str | None) -> int | None:
        """person_id (int): a stored person of one state. turned (Event): a change of talks told of the states ("Talks
        between the foreign ministers of Suriname and Belize ... have been postponed until Nov 3"), from that person's
        side. RETURNS (int | None): the person's open journey to see a person of the other state ("will travel to
        Belmopan on Oct 21 for talks with Belize's X"), which the change changes; None when there is none."""
        scores: dict[int, int] = {}
        for r in self._candidates(person_id, "visit", replace(turned, place=None), since):
            carries[r["id"]] = carry = self._carry(r["id"], r["fold"])
            state = state_of(carry)
            if state.status not in ("planned", "postponed", "uncertain") or action_family(state.action) not in JOURNEY_FAMILIES \
                    or not state.counterparts:
                continue
            told = replace(with_people_of(turned, state), action=state.action, place=None)
            if any(c.kind == "person" for c in told.counterparts):
                scores[r["id"]] = same_event(state, told, same_article=r["id"] in pending)
        return pick_event(scores)

    def _hosted_plan(self, event: Event, actor_id: int, carries: dict[int, Carry], new_ids: set[int],
                     since: str | None, any_kind: bool = False) -> tuple[int, Event, int] | None:
        """event (Event): a change of a journey of an actor with no stored journey it joins ("X will not travel to
        Vientiane as planned"), or with ``any_kind`` of talks of any actor ("Talks between Sudan's army and the RSF that
        were due to open in Djibouti ... postponed"). RETURNS (tuple | None): the stored plan of another actor to
        receive X there (:func:`merge.hosted_change`; the newest when several fit), the change as its report
        (:func:`merge.guest_report`) and that plan's actor; None when there is none."""
        if event.actor.kind != "person" and not any_kind:
            return None
        slots, named = _family_params(HOSTED_FAMILIES)
        params: dict[str, Any] = {"actor": actor_id, "since": since, "probe": event.actor.name.split()[-1] + "|",
                                  **named}  # (a last name ends a name: "Mamani" finds "Luis Mamani"; same_person decides)
        rows = {int(r["id"]): r for r in self._rows(q.EVENTS_NAMING_PARTNER.format(families=slots), params)}
        found = None
        for event_id in sorted(rows):
            if event_id in new_ids:
                continue  # (a plan this article makes: nothing it changes)
            carries[event_id] = carry = self._carry(event_id, rows[event_id]["fold"])
            state = state_of(carry)
            if hosted_change(state, event):
                found = (event_id, guest_report(state, carry.lead, event), int(rows[event_id]["actor_id"]))
        return found

    def _meeting_there(self, event: Event, actor_id: int, carries: dict[int, Carry], new_ids: set[int],
                       since: str | None) -> tuple[int, Event] | None:
        """event (Event): a change of a journey of an actor with no stored journey it joins, dated to a day ("X did not
        travel to Bamako and remained in Monrovia on Friday"). RETURNS (tuple | None): the actor's open plan to meet
        someone at that place on that day, and the change as its report (the plan's action and parties; a journey
        told as not made on a day up to the article's is called off, not denied); None when there is none."""
        day = event.date.interval()
        if day is None or event.date.precision != "day" or event.place is None:
            return None
        for r in self._candidates(actor_id, "meet", replace(event, counterparts=()), since):
            if r["id"] in new_ids:
                continue
            carries[r["id"]] = carry = self._carry(r["id"], r["fold"])
            state = state_of(carry)
            if state.status not in ("planned", "postponed", "uncertain") or action_family(state.action) != "meet" \
                    or state.place is None or state.date.interval() != day \
                    or not (state.place.name == event.place.name or event.place.name in state.place.within):
                continue
            published = event.evidence.published
            status = "cancelled" if event.status == "denied" and published is not None and day[0] <= published \
                else event.status
            return int(r["id"]), replace(event, action=state.action, counterparts=state.counterparts, place=state.place,
                                         status=status, refers_to_plan=True,
                                         evidence=replace(event.evidence, status=status))
        return None

    def _hosted_for_states(self, event: Event, carries: dict[int, Carry], pending: dict[int, list[Report]],
                           since: str | None) -> tuple[int, Event, int] | None:
        """event (Event): a meeting told of states (a country actor, countries on its other side), postponed or called
        off at a place on a day ("A summit between the leaders of Rwanda and Congo due to take place in Luanda on
        Saturday was called off"). RETURNS (tuple | None): the one open plan of a third party to host people of each of
        those states there that day ("Angolan President X will host Rwandan President Y and Congolese President Z in
        Luanda on Saturday"), the change as its report (the plan's actor, action, place and guests) and the host's id;
        None when there is none or more than one."""
        day = event.date.interval() if event.date.precision == "day" else None
        if action_family(event.action) != "meet" or event.status not in ("postponed", "cancelled") \
                or event.place is None or day is None and (event.status != "cancelled" or event.date.value is not None) \
                or event.actor.kind != "country":
            return None  # (an undated call-off, "was called off hours before it was due to start", is the plan's whatever
            # its day)
        states = {event.actor.name, *(c.name for c in event.counterparts if c.kind == "country")}
        found: list[tuple[int, Event, int]] = []
        for event_id, state, actor_id in self._states_at(event.place, ("host",), carries, pending, since):
            guests = {c.country for c in state.counterparts if c.kind == "person"}
            if state.status in ("planned", "uncertain", "postponed") and (day is None or state.date.interval() == day) \
                    and len(states) > 1 and states <= guests and state.actor.country not in states:
                found.append((event_id, replace(event, actor=state.actor, action=state.action, place=state.place,
                                                counterparts=state.counterparts, refers_to_plan=True), actor_id))
        return found[0] if len(found) == 1 else None

    def _talks_there(self, event: Event, published: date, carries: dict[int, Carry], pending: dict[int, list[Report]],
                     since: str | None) -> tuple[int, Event, int] | None:
        """event (Event): a postponement or call-off of a gathering told of its participants as one body (a ``hold``
        event: "Friday's British-Irish summit in Cardiff has been cancelled") or of the state that was to host it (a
        ``host`` event). RETURNS (tuple | None): the one open plan of talks at that place (or a place within it), of
        any actor, not yet past when the article was published, on the gathering's day when it tells one (a
        postponement's day is its new one: before it), with no plan to attend or host something there (which
        :meth:`_guests` changes); the change as its report (the plan's actor, action, place and parties) and that
        plan's actor. None when there is none or more than one."""
        assert event.place is not None
        day = event.date.interval() if event.date.precision == "day" else None
        found: list[tuple[int, Event, int]] = []
        for event_id, state, actor_id in self._states_at(event.place, ("meet", "attend", "host"), carries, pending, since):
            span = state.date.interval()
            if state.status not in ("planned", "uncertain", "postponed") or span is None or span[1] < published:
                continue
            if action_family(state.action) != "meet":
                return None  # (an attendance or hosting there: the gathering's own plans, :meth:`_guests`)
            if day is not None and (span != day if event.status == "cancelled" or event.date.note == PLANNED_DAY_NOTE
                                    else span[0] >= day[0]):
                continue  # (a postponement's day is its new one, unless its own clause told the plan's: "the talks
                # that were due to open on Thursday")
            if action_family(event.action) == "meet" and not {c.name for c in event.counterparts} & {
                    state.actor.name, *(c.name for c in state.counterparts)}:
                continue  # (a third party's change of talks names a side of them)
            found.append((event_id, replace(event, actor=state.actor, action=state.action, place=state.place,
                                            counterparts=state.counterparts, refers_to_plan=True), actor_id))
        return found[0] if len(found) == 1 else None

    def _states_at(self, place: PlaceRef, families: tuple[str, ...], carries: dict[int, Carry],
                   pending: dict[int, list[Report]], since: str | None,
                   told_too: bool = False) -> Iterable[tuple[int, EventState, int]]:
        """place (PlaceRef): a place. families (tuple[str, ...]): action families. told_too (bool): also the events
        this article has reported already. RETURNS: (id, state, actor id) of each stored event of those families at
        that place (or a place within it, or holding it) that this article has not reported yet (unless
        ``told_too``), its carry kept in ``carries``."""
        keys = {f"f{k}": family for k, family in enumerate(families)}
        rows = self._rows(q.EVENTS_AT_PLACE.format(families=", ".join(f":{k}" for k in keys)), {
            **keys, "place": place.name, "place_kind": place.kind, "place_path": _path(place.within), "since": since})
        for r in rows:
            if r["id"] in pending and not told_too:
                continue
            carries[r["id"]] = carry = self._carry(r["id"], r["fold"])
            yield int(r["id"]), state_of(carry), int(r["actor_id"])

    def _hosted_gathering(self, event: Event, carries: dict[int, Carry], pending: dict[int, list[Report]],
                          since: str | None) -> tuple[int, Event, int] | None:
        """event (Event): a gathering held, told of its participants as one group or body ("East African leaders
        gathered in Nairobi on Thursday for a summit", "Pacific Islands leaders wrapped up a two-day summit in Suva on
        Thursday"), at a place on a day, with no person on its other side. RETURNS (tuple | None): the one stored
        hosting of a gathering (a ``host`` event with no person as its guest: "Kenya will host a summit of East
        African heads of state in Nairobi on Thursday") at that place (or a place within it) whose days hold that
        day, open or told held (by this article too: "a summit ... hosted by Kenya"), the report as its outcome (the
        hosting's actor, action, place and parties) and the host's id; None when there is none or more than one.
        A gathering put off or called off there ("The regional energy summit in Mombasa has been pushed back to June
        22") is likewise the one open hosting there that the change fits: on its day (or none told), or put off to a
        day not before it."""
        assert event.place is not None
        day = event.date.interval()
        if event.status in ("postponed", "cancelled"):
            found = [(event_id, state, actor_id)
                     for event_id, state, actor_id in self._states_at(event.place, ("host",), carries, pending, since)
                     if state.status in ("planned", "uncertain", "postponed")
                     and not any(c.kind == "person" for c in state.counterparts)
                     and (day is None or state.date.interval() == day
                          or event.status == "postponed" and later_or_same(event.date, state.date))]
        elif day is None:
            return None
        else:
            found = [(event_id, state, actor_id)
                     for event_id, state, actor_id in self._states_at(event.place, ("host",), carries, pending, since,
                                                                      told_too=True)
                     if state.status in ("planned", "uncertain", "postponed", "happened", "ongoing")
                     and not any(c.kind == "person" for c in state.counterparts)
                     and (span := state.date.interval()) is not None and span[0] <= day[0] and day[1] <= span[1]]
        if len(found) != 1:
            return None
        event_id, state, actor_id = found[0]
        codes = event_codes(state.action, event.status)
        return event_id, replace(event, actor=state.actor, action=state.action, place=state.place,
                                 counterparts=state.counterparts, cameo=codes.cameo, plover=codes.plover,
                                 plover_mode=codes.mode), actor_id

    def _gathering_there(self, event: Event, carries: dict[int, Carry], pending: dict[int, list[Report]],
                         since: str | None) -> tuple[int, Event, int] | None:
        """event (Event): a meeting held, told of states or a group of their officials, at a place on a day ("Foreign
        ministers from Mauritania, Morocco, Tunisia and Libya met in Nouakchott on Tuesday"). RETURNS (tuple | None):
        the one open plan of a gathering told of its participants as one body (a ``hold`` event) at that place (or a
        place within it) on that day, the report as its outcome (the plan's actor, action and place, the report's
        parties kept) and that plan's actor; None when there is none or more than one."""
        assert event.place is not None
        day = event.date.interval()
        found = [(event_id, replace(event, actor=state.actor, action=state.action, place=state.place), actor_id)
                 for event_id, state, actor_id in self._states_at(event.place, ("hold",), carries, pending, since)
                 if state.status in ("planned", "uncertain", "postponed") and state.date.interval() == day]
        return found[0] if len(found) == 1 else None

    def _journey_to_meet(self, event: Event, actor_id: int, carries: dict[int, Carry], new_ids: set[int],
                         since: str | None) -> tuple[int, Event] | None:
        """event (Event): a change of a meeting of an actor at a place, naming the other side, with no stored meeting it
        joins ("The meeting between X and Y will now take place in Guayaquil rather than Quito": called off in Quito).
        RETURNS (tuple | None): the actor's one open plan of a journey to that place (or a place within it) to see one of
        those people ("X will visit Quito on March 10 for talks with Y"), and the change as its report (the plan's
        action, place and parties; the report's own day when it tells one); None when there is none or more than one."""
        assert event.place is not None
        found: list[tuple[int, Event]] = []
        for r in self._candidates(actor_id, "visit", replace(event, date=UNKNOWN_DATE, counterparts=()), since):
            if r["id"] in new_ids:
                continue
            carries[r["id"]] = carry = self._carry(r["id"], r["fold"])
            state = state_of(carry)
            if state.status not in ("planned", "postponed", "uncertain") or state.place is None \
                    or not (state.place.name == event.place.name or state.place.name in event.place.within
                            or event.place.name in state.place.within) \
                    or not any(same_person(a, b) for a in event.counterparts for b in state.counterparts):
                continue
            found.append((int(r["id"]), replace(event, action=state.action, counterparts=state.counterparts,
                                                place=state.place, refers_to_plan=True)))
        return found[0] if len(found) == 1 else None

    def _attendance_there(self, event: Event, actor_id: int, carries: dict[int, Carry], new_ids: set[int],
                          since: str | None, family: str = "attend") -> tuple[int, Event] | None:
        """event (Event): a postponement or call-off of a journey of an actor with no stored journey it joins ("X has
        postponed his visit to Tunis until November 10"), or of an attendance with no stored attendance (``family``
        "visit": "a conference in Tartu where X had been due to speak was called off"). RETURNS (tuple | None): the
        actor's one open plan of ``family`` at that place ("X will attend a mining summit in Tunis on October 14") not
        yet past when the article was published (a call-off may come up to a week after the planned day), and the
        change as its report (the plan's action and place); None when there is none or more than one."""
        published = event.evidence.published
        if event.place is None or event.status not in ("postponed", "cancelled") or published is None:
            return None
        since_day = published - timedelta(days=7) if event.status == "cancelled" and family == "visit" else published
        found: list[tuple[int, Event]] = []
        for r in self._candidates(actor_id, family, replace(event, date=UNKNOWN_DATE, counterparts=()), since):
            if r["id"] in new_ids:
                continue
            carries[r["id"]] = carry = self._carry(r["id"], r["fold"])
            state = state_of(carry)
            day = state.date.interval()
            if state.status not in ("planned", "uncertain") or state.place is None or day is None \
                    or day[1] < since_day or not (state.place.name == event.place.name or event.place.name in
                                                  state.place.within):
                continue
            found.append((int(r["id"]), replace(event, action=state.action, place=state.place, refers_to_plan=True)))
        return found[0] if len(found) == 1 else None

    def _people_of(self, country: str, family: str) -> list[tuple[int, ActorRef]]:
        """RETURNS (list[tuple[int, ActorRef]]): the stored people of a country with events of a family or of its
        kindred families (a meeting told of the states may be the host's plan), oldest first."""
        slots, named = _family_params(kindred_families(family))
        return [(r["id"], ActorRef(r["name"], "person", None, r["country"]))
                for r in self._rows(q.PERSONS_OF_COUNTRY.format(families=slots), {"country": country, **named})]

    def _people_of_no_country(self, family: str) -> list[tuple[int, ActorRef]]:
        """RETURNS (list[tuple[int, ActorRef]]): the stored people of no known country with events of a family, oldest
        first."""
        slots, named = _family_params([family])
        return [(r["id"], ActorRef(r["name"], "person", None, None))
                for r in self._rows(q.PERSONS_OF_NO_COUNTRY.format(families=slots), named)]

    def _orgs_of(self, country: str, family: str) -> list[tuple[int, ActorRef]]:
        """RETURNS (list[tuple[int, ActorRef]]): the stored organizations of a country (its parliament, its courts)
        with events of a family, oldest first."""
        slots, named = _family_params([family])
        return [(r["id"], ActorRef(r["name"], "org", None, r["country"]))
                for r in self._rows(q.ORGS_OF_COUNTRY.format(families=slots), {"country": country, **named})]

    def _groups(self, actor_id: int) -> list[tuple[int, ActorRef]]:
        """RETURNS (list[tuple[int, ActorRef]]): the stored group and organization actors (crowds, unions, the
        opposition; a union told by name) other than ``actor_id``, oldest first."""
        return [(r["id"], ActorRef(r["name"], r["kind"], None, r["country"]))
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
        ends += [office_name(c.title, c.country) for c in event.counterparts if c.kind == "person" and c.title
                 and c.country and c.name != office_name(c.title, c.country)]  # "Cambodian Defence Minister Tea Seiha" finds the talks
        # stored with "his Cambodian counterpart", the office before its holder was known (merge._holds_office)
        probes = [f"|{c.name}|" for c in event.counterparts if not unnamed_group(c)] + list(dict.fromkeys(ends))
        probes += list(dict.fromkeys(f"|{c.country}|" for c in event.counterparts if c.kind == "person" and c.country))
        # ("signed the agreement with Vietnamese Trade Minister X" finds "will sign an agreement with Vietnam": the
        # country her office is of, merge._of_country)
        names = [c.name for c in event.counterparts if not unnamed_group(c)]  # ("will meet union leaders" may be the
        # talks with the unions named: no name to look up)
        people = " OR ".join(f"instr(people, :p{i}) > 0" for i in range(len(probes))) or "1"
        # a change of a plan told of a country ("the trip to Zambia has been moved") may change a stop inside it
        place = None if event.place is not None and (event.place.kind == "country" or event.status == "denied") and (
            event.refers_to_plan or event.status in ("postponed", "cancelled", "denied")) else event.place
        # ("denied that X would visit Apia this month" may deny the stored "will visit Samoa later this month")
        if event.status == "happened" and (country_plan_family(family) or names or event.what is not None) \
                or event.status in ("happened", "ongoing") and event.place is not None and event.place.kind == "country" \
                or event.status == "planned" and event.refers_to_plan \
                or family in CROWD_FAMILIES and place is not None and place.kind != "country" \
                or country_day_family(family) and names and event.date.precision == "day" \
                or own_day_family(family) and event.status == "happened" \
                or actor_identified_family(family) and event.refers_to_plan and event.status == "postponed":
            place = None  # "signed the pact in Auckland" may tell the plan "to sign ... in New Zealand next week" (and
            # a crowd's strike at a mine, its plan told of the country; "on her first trip to Bolivia ... also met
            # business leaders" the meeting planned in La Paz); "will
            # now travel to Hanoi in September" the visit to Vietnam put off; "met Kartika in Surabaya" the talks with her
            # planned in Jakarta; "will hold talks with X in Tashkent" those "with X" in Uzbekistan that day (merge.same_event
            # decides; "opened the Palay Harvest Festival in San Jose City" the opening of it planned in Cabanatuan City)
        params: dict[str, Any] = {
            "actor": actor_id,
            "lo": iso(window[0]) if window else None,
            "hi": iso(window[1]) if window else None,
            "place": place.name if place else None,
            "place_kind": place.kind if place else None,
            "place_path": _path(place.within) if place else None,
            "people": "|" if names and not (family in JOURNEY_FAMILIES and place is not None
                                            and event.date.precision in ("day", "time")) else None,
            # (a journey to a place on a day is found whoever it names: merge.same_event decides)
            "since": since,
        }
        params.update({f"p{i}": probe for i, probe in enumerate(probes)})
        slots, named = _family_params(kindred_families(family))  # "met Y" may be the stored "will host Y" (same_event
        # decides)
        params.update(named)
        sql = q.EVENTS_OF_ACTOR_NEAR if window else q.EVENTS_OF_ACTOR
        return self._rows(sql.format(people=people, families=slots), params)

    def _carry(self, event_id: int, cached: str | None) -> Carry:
        """RETURNS (Carry): an event's fold state, from its cache or (for a database made
        before the cache existed) folded from its reports and cached."""
        if cached:
            return carry_from_json(cached)
        carry = fold_carry(self._reports([event_id], None)[event_id])
        self._set_carry(event_id, carry)
        return carry

    def _set_carry(self, event_id: int, carry: Carry) -> None:
        """Cache an event's fold state with the columns candidate lookups filter on (days,
        place, counterparts); inside the caller's transaction.

        event_id (int): the event. carry (Carry): its fold state.
        """
        state = state_of(carry)
        iv = state.date.interval()
        days = (iso(min(iv)), iso(max(iv))) if iv else (None, None)  # an inverted span still covers its days
        place = state.place
        where = (place.name, place.kind, _path(place.within)) if place else (None, None, None)
        # a person's country too: "the signing of the pact with Australia" looks up the pact with Australia's premier
        named = [c for c in state.counterparts if not unnamed_group(c)]  # ("union leaders" names no one to look up)
        people = _path(dict.fromkeys([*(c.name for c in named), *(
            c.country for c in named if c.kind == "person" and c.country)])) if named else ""
        self.conn.execute(q.SET_EVENT_FOLD, (carry_to_json(carry), *days, *where, people, event_id))


def _told_of_state(event: Event, country: str) -> Event:
    """event (Event): a person's report. country (str): the person's state. RETURNS (Event): the report told of that state
    (its actor), the state dropped from its counterparts."""
    return replace(event, actor=ActorRef(country, "country", None, country),
                   counterparts=tuple(c for c in event.counterparts if c.name != country))


def _done_that_day(event: Event) -> bool:
    """event (Event): a crowd's report. RETURNS (bool): it tells the act done or going on on a day ("Thousands of
    Kgalagadi Platinum miners went on strike on Monday"), so a body named after the crowd with no known country
    ("the Mining and Allied Workers Union", which called the strike for that day) may be the one it acts for; the day
    itself is checked by :func:`same_crowd_event`."""
    return event.status in ("happened", "ongoing") and event.date.precision in ("day", "time")


def _plan_days(published: date) -> tuple[str, str]:
    """published (date): an article's day. RETURNS (tuple[str, str]): the first and last day (ISO) of the stored plans
    the article may tell of without naming a doer (a story reference, a post's new holder): from a month before it to
    four months after."""
    return (published - timedelta(days=30)).isoformat(), (published + timedelta(days=120)).isoformat()


def _family_params(families: Iterable[str]) -> tuple[str, dict[str, str]]:
    """families (Iterable[str]): action families. RETURNS (tuple[str, dict[str, str]]): the SQL placeholders for an
    ``IN ({families})`` list (":f0, :f1") and their values."""
    named = {f"f{i}": f for i, f in enumerate(families)}
    return ", ".join(f":{k}" for k in named), named


def _path(names: Iterable[str]) -> str:
    """RETURNS (str): names as ``|A|B|``, for substring tests in SQL."""
    return "|" + "|".join(names) + "|"


def _told_of_country_first(state: EventState, event: Event, same_article: bool) -> bool:
    """ "The state visit to Vietnam by President X has been called off ... X had been due to travel to Hanoi on
    Thursday": the article's own call-off of the visit to the country, undated, then its day and city told (the same
    change of one plan). RETURNS (bool): whether state is that call-off (or postponement) for event."""
    return same_article and state.status == event.status and event.status in ("cancelled", "postponed") \
        and state.date.value is None


def _other_stop_in(country_trip: EventState, stop: EventState, others: list[EventState]) -> bool:
    """country_trip (EventState): a planned journey to a country, found as the same stop as ``stop`` told of its country.
    stop (EventState): the journey whose plan changes. others (list[EventState]): the actor's other events on that day.
    RETURNS (bool): another planned journey of the actor is at another place inside that country (the visit to the
    country is the whole trip, of which ``stop`` is one stop)."""
    place = country_trip.place
    if place is None or place.kind != "country" or stop.place is None:
        return False
    return any(o.status == "planned" and action_family(o.action) in JOURNEY_FAMILIES and o.place is not None
               and o.place.name != stop.place.name and place.name in o.place.within for o in others)


def _state_told_plan(event: Event, person: ActorRef, pending: dict[int, list[Report]], event_id: int,
                     state: EventState, involved: bool = False) -> int:
    """event (Event): a state's act or change of a family done by its officials (``state_told_families``). person
    (ActorRef): one of the state's people. pending: the events this article changed. event_id, state: a stored event
    of the person and its state. RETURNS (int): :func:`merge.same_event`'s score of the act told as the person's, when
    the stored event is an open plan of a particular thing the act's object can be (both named), on the act's calendar
    day, at a place that holds the act's or is held by it (with ``involved``, a plan that involves the state,
    :func:`story_plans.involves`, or has no place); else 0. A plan this article already told done is still open to its
    report ("The transport minister, who cut the ribbon" after "Kazakhstan opened a new terminal")."""
    if not (state.status in ("planned", "postponed", "uncertain")
            or event_id in pending and state.status == "happened") \
            or involved and not (involves(state, event.actor.name) or state.place is None) \
            or what_compatible(state.what, event.what) is not True \
            or not (state.date.precision == event.date.precision == "day" and state.date.value == event.date.value):
        return 0
    if state.place is not None and event.place is not None and not same_place(event.place, state.place):
        return 0
    return same_event(state, replace(event, actor=person), same_article=event_id in pending)


def _hosting_there(event: Event, person: ActorRef, pending: dict[int, list[Report]], event_id: int,
                   state: EventState) -> int:
    """event (Event): a state's change of a hosting. person (ActorRef): one of the state's people. pending: the events
    this article changed. event_id, state: a stored event of the person and its state. RETURNS (int):
    :func:`merge.same_event`'s score of the change told as the person's, when the stored event is an open plan at the
    change's place; else 0."""
    if state.status not in ("planned", "postponed", "uncertain") or state.place is None or event.place is None \
            or state.place.name != event.place.name:
        return 0
    return same_event(state, replace(event, actor=person), same_article=event_id in pending)


def _moved_at_home(plan: EventState, told: list[Event], moves: dict[int, int], old: int) -> bool:
    """plan (EventState): a stored plan that a move's call-off (``told[old]``) joined. told (list[Event]): the article's
    events. moves (dict[int, int]): each moved plan's index -> its call-off's index. RETURNS (bool): the plan's family is
    kindred to the move's ("will receive X at the Merdeka Palace", then "the talks have been moved to Bogor") and the
    new place is in the plan's place's country: the host still hosts, elsewhere at home (a summit moved abroad calls off
    the hosting instead)."""
    new = next((told[k] for k, v in moves.items() if v == old), None)
    if new is None or plan.place is None or new.place is None or not plan.place.country:
        return False
    return action_family(told[old].action) in kindred_families(action_family(plan.action)) \
        and new.place.country == plan.place.country

