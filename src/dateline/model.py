"""The types that Dateline's stages pass to each other.

Data flows one way: ``ingest`` makes :class:`Article`, ``extract`` makes an
:class:`Extraction` (time expressions, actors, places, events with evidence),
``store`` keeps them and merges events across articles into
:class:`EventRecord`, and ``reason`` answers from those records. Stages import
only this module from each other, never each other's internals.

Every type here is a plain dataclass with JSON-ready ``to_dict`` where a CLI
prints it. Dates are ``datetime.date``; TIMEX3 values are strings
(``2025-11-03``, ``2025-W45``, ``2025-11``, ``P2D``, ``PRESENT_REF``...).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import asdict, dataclass, field
import datetime as _dt
from datetime import date, timedelta
from typing import Any

__all__ = [
    "STATUSES",
    "PRECISIONS",
    "Article",
    "Rejection",
    "TimeExpr",
    "DateValue",
    "ActorRef",
    "PlaceRef",
    "Evidence",
    "Event",
    "Extraction",
    "EventRecord",
    "HistoryEntry",
    "timex_interval",
    "span_interval",
    "ActorInfo",
    "QuestionRow",
    "UNKNOWN_DATE",
]

#: Event statuses, in the vocabulary every stage uses.
STATUSES: tuple[str, ...] = (
    "planned",
    "happened",
    "ongoing",
    "postponed",
    "cancelled",
    "denied",
    "uncertain",
)

#: Precisions of a normalized date value, finest first.
PRECISIONS: tuple[str, ...] = (
    "time",
    "day",
    "week",
    "month",
    "quarter",
    "season",
    "half",
    "year",
    "decade",
    "century",
    "unknown",
)


# ---------------------------------------------------------------- ingest


@dataclass(frozen=True)
class Article:
    """One news article as ingest hands it to extraction.

    id (str): stable id, ``sha256(normalized text)[:16]``.
    text (str): the body text, exactly as stored; all offsets point into it.
    title (str | None): headline, if any.
    url (str | None): canonical URL, if known.
    source (str): where it came from: file path, plus ``#line=N`` or ``#record=N``.
    kind (str): input kind: ``text``, ``html``, ``jsonl``, ``feed``, ``warc``.
    published (date | None): the date anchor; None when nothing gave one.
    published_text (str | None): the raw published value as found.
    anchor_source (str): what gave the anchor: ``metadata``, ``jsonl``, ``dateline`` (the dateline's day, see
        ``ingest/anchor.py``), ``option``, ``none``.
    dateline_city (str | None): city of a dateline such as ``Seoul, Oct 28 (NationPress)``.
    dateline_text (str | None): the dateline's date words (``Oct 28``), as written.
    dateline_start / dateline_end (int): offsets of the whole dateline in ``text`` (0, 0 if none).
    content_hash (str): sha256 of the normalized text (whitespace folded, case kept).
    warnings (tuple[str, ...]): e.g. a dateline day that does not match ``published``.
    """

    id: str
    text: str
    title: str | None
    url: str | None
    source: str
    kind: str
    published: date | None
    published_text: str | None = None
    anchor_source: str = "none"
    dateline_city: str | None = None
    dateline_text: str | None = None
    dateline_start: int = 0
    dateline_end: int = 0
    content_hash: str = ""
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """RETURNS (dict): JSON-ready fields (dates as ISO strings)."""
        d = asdict(self)
        d["published"] = self.published.isoformat() if self.published else None
        d["warnings"] = list(self.warnings)
        return d


@dataclass(frozen=True)
class Rejection:
    """An input that could not become an article.

    source (str): file path, plus ``#line=N`` / ``#record=N`` where it applies.
    code (str): error code from :mod:`dateline.errors` (``E101``...).
    reason (str): one human sentence: what is wrong and what to do.
    """

    source: str
    code: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: [{self.code}] {self.reason}"


# ---------------------------------------------------------------- time


_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_WEEKEND = re.compile(r"^(\d{4})-W(\d{2})-WE$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


def timex_interval(value: str | None) -> tuple[date, date] | None:
    """Calendar interval covered by a TIMEX3 date value.

    value (str | None): a TIMEX3 value such as ``2025-11-03``, ``2025-W45``,
        ``2025-W45-WE`` (its weekend),
        ``2025-11``, ``2025-Q4``, ``2025-SU``, ``2025-H1``, ``2025``, ``202``
        (decade), ``20`` (century), or ``2025-11-03T10:30``.
    RETURNS (tuple[date, date] | None): first and last day, both inclusive;
        None for values that are not calendar dates (``P2D``, ``PAST_REF``,
        ``XXXX-WXX-1``, None).
    """
    if not value:
        return None
    try:
        m = _DAY.match(value)
        if m:
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        m = _MONTH.match(value)
        if m:
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
        m = _WEEKEND.match(value)
        if m:
            saturday = date.fromisocalendar(int(m[1]), int(m[2]), 6)
            return saturday, saturday + timedelta(days=1)
        m = _WEEK.match(value)
        if m:
            start = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return start, start + timedelta(days=6)
        m = _QUARTER.match(value)
        if m:
            y, q = int(m[1]), int(m[2])
            first = 3 * (q - 1) + 1
            return date(y, first, 1), date(y, first + 2, calendar.monthrange(y, first + 2)[1])
        m = _HALF.match(value)
        if m:
            y = int(m[1])
            return (date(y, 1, 1), date(y, 6, 30)) if m[2] == "1" else (date(y, 7, 1), date(y, 12, 31))
        m = _SEASON.match(value)
        if m:
            y = int(m[1])
            spans = {
                "SP": (date(y, 3, 1), date(y, 5, 31)),
                "SU": (date(y, 6, 1), date(y, 8, 31)),
                "FA": (date(y, 9, 1), date(y, 11, 30)),
                "WI": (date(y, 12, 1), date(y + 1, 2, calendar.monthrange(y + 1, 2)[1])),
            }
            return spans[m[2]]
        m = _YEAR.match(value)
        if m:
            y = int(m[1])
            return date(y, 1, 1), date(y, 12, 31)
        m = _DECADE.match(value)
        if m:
            y = int(m[1]) * 10
            return date(max(y, 1), 1, 1), date(y + 9, 12, 31)
        m = _CENTURY.match(value)
        if m:
            y = int(m[1]) * 100
            return date(max(y, 1), 1, 1), date(y + 99, 12, 31)
    except ValueError:
        return None
    return None


def span_interval(value: str | None, end_value: str | None) -> tuple[date, date] | None:
    """Calendar interval of a value that may have a span end.

    value (str | None): TIMEX3 value of the start. end_value (str | None): of the end, if any.
    RETURNS (tuple[date, date] | None): first day of ``value`` to last day of
        ``end_value`` (or of ``value``); None when ``value`` is not a calendar date.
    """
    first = timex_interval(value)
    if first is None:
        return None
    last = timex_interval(end_value) if end_value else None
    return first[0], (last[1] if last else first[1])


@dataclass(frozen=True)
class TimeExpr:
    """A temporal expression found in a text (TimeML TIMEX3).

    start / end (int): character offsets in the article text (end exclusive).
    text (str): the expression as written, ``text[start:end]``.
    type (str): ``DATE``, ``TIME``, ``DURATION`` or ``SET``.
    value (str | None): TIMEX3 value (``2025-11-03``, ``2025-W45``, ``P2D``,
        ``PRESENT_REF``, ``XXXX-WXX-1``...). For a relative expression in an
        article with no anchor the value keeps the unknown parts as ``X``
        (``XXXX-XX-XX``) and ``anchored`` is False.
    precision (str): one of :data:`PRECISIONS`.
    anchored (bool): False when the value needed an anchor that was missing.
    end_value (str | None): last day for spans ("a two-day visit commencing
        next Monday" -> value ``2025-11-03``, end_value ``2025-11-04``).
    note (str | None): why a value is partial or unanchored, for people.
    """

    start: int
    end: int
    text: str
    type: str
    value: str | None
    precision: str
    anchored: bool = True
    end_value: str | None = None
    note: str | None = None

    def interval(self) -> tuple[date, date] | None:
        """RETURNS (tuple[date, date] | None): days covered, span end included."""
        return span_interval(self.value, self.end_value)

    def to_dict(self) -> dict[str, Any]:
        """RETURNS (dict): JSON-ready fields."""
        return asdict(self)


@dataclass(frozen=True)
class DateValue:
    """An event's date as users see it.

    value (str | None): TIMEX3 calendar value, None when unknown.
    precision (str): one of :data:`PRECISIONS` (``unknown`` when value is None).
    text (str): the words it came from ('' when unknown).
    end_value (str | None): last day of a span, if any.
    note (str | None): e.g. ``unanchored: article has no publication date``.
    """

    value: str | None
    precision: str = "unknown"
    text: str = ""
    end_value: str | None = None
    note: str | None = None

    def interval(self) -> tuple[date, date] | None:
        """RETURNS (tuple[date, date] | None): days covered, or None when unknown."""
        return span_interval(self.value, self.end_value)

    def to_dict(self) -> dict[str, Any]:
        """RETURNS (dict): ``{value, precision, text}`` plus ``end_value``/``note`` when set."""
        d: dict[str, Any] = {"value": self.value, "precision": self.precision, "text": self.text}
        if self.end_value:
            d["end_value"] = self.end_value
        if self.note:
            d["note"] = self.note
        return d


UNKNOWN_DATE = DateValue(None, "unknown", "")
#: The note of a date read from the plan an event noun's own clause told ("a strike that was due to start on Monday"):
#: the day the plan was for, which a postponement told with it leaves behind.
PLANNED_DAY_NOTE = "the day its relative clause planned"
#: The start of the note of a postponement told by how long, not to when ("was pushed back by a day"): the note goes on
#: with the TIMEX3 duration ("put off by P1D"); the store moves the plan's known day by it.
SHIFT_NOTE = "put off by "
#: The start of the note of an event told as held earlier than its plan by how long ("two days earlier than
#: scheduled"): the note goes on with the TIMEX3 duration; the store moves the plan's known day back by it.
ADVANCE_NOTE = "brought forward by "
#: The note of the day a visit was cut short on ("cut short his state visit to Ecuador on Tuesday"): the visit's last
#: day; the store keeps a known plan's first day and ends the span there.
CURTAILED_NOTE = "cut short on its last day"
#: The note of an undated event told as what another plan's change makes room for ("moved to September 24 to make room
#: for an address to the Senate"): it has no day of its own here, and takes no trip's day either.
ROOM_NOTE = "what a change of another plan makes room for; no day of its own told"
#: The note of the date of an event told as part of a journey ("Rangi is expected to meet Premier X in Beijing" after
#: "will visit China later this month"): the journey's day; its call-off or postponement reaches the event.
TRIP_PART_NOTE = "date of the trip it is part of"
#: The start of the note of the date of an event told with "also" right after a planned journey ("Aydin is also
#: expected to meet Prime Minister X during the one-day trip"): the note goes on with the journey's place.
ON_TRIP_NOTE = "on the trip to "
#: Words after "than" that name the plan an event is told against ("a day later than originally planned").
PLAN_WORDS = frozenset({"planned", "scheduled", "expected", "announced", "foreseen", "intended"})

#: The start of the note of a date moved earlier by :func:`shifted_date` (the store tells such a report by it).
BROUGHT_FORWARD = "brought forward"


def told_late(sentence: str) -> bool:
    """sentence (str): a report's sentence. RETURNS (bool): whether it tells its event as later than its plan ("a day
    later than planned", "later than originally scheduled"), so the plan's own day was another."""
    words = re.findall(r"[a-z]+", sentence.lower())
    return any(words[k] == "later" and words[k + 1] == "than" and (
        words[k + 2] in PLAN_WORDS or words[k + 2] in ("originally", "first", "initially") and k + 3 < len(words)
        and words[k + 3] in PLAN_WORDS) for k in range(len(words) - 2))


def shifted_date(current: DateValue, new: DateValue) -> DateValue | None:
    """A plan's date put off (or brought forward) by a told duration (a :data:`SHIFT_NOTE` or :data:`ADVANCE_NOTE`
    note, "put off by P1D").

    current (DateValue): the plan's date. new (DateValue): the change's date, with no day of its own.
    RETURNS (DateValue | None): the plan's day (and span end) moved by that many days or weeks; None when the note
        tells no such duration or the plan has no day.
    """
    note = new.note or ""
    match = re.fullmatch("(" + re.escape(SHIFT_NOTE) + "|" + re.escape(ADVANCE_NOTE) + r")P(\d+)([DW])", note)
    span = current.interval()
    if match is None or span is None or current.precision != "day":
        return None
    days = int(match.group(2)) * (7 if match.group(3) == "W" else 1) * (1 if match.group(1) == SHIFT_NOTE else -1)
    start, end = span[0] + timedelta(days=days), span[1] + timedelta(days=days)
    told = "put off" if days > 0 else BROUGHT_FORWARD
    return DateValue(start.isoformat(), "day", new.text, end.isoformat() if end != start else None,
                     f"{told} by {new.text} from {current.value}")


# ---------------------------------------------------------------- extract


@dataclass(frozen=True)
class ActorRef:
    """An actor as one mention resolved it.

    name (str): canonical name (``Pete Hegseth``, ``South Korea``, ``Pentagon``).
    kind (str): ``person``, ``org`` or ``country``.
    title (str | None): ``Defence Secretary``; ``former Defence Secretary`` keeps "former".
    country (str | None): country name of the actor (``United States``), if known.
    start / end (int): offsets of the mention this came from (-1 if none).
    """

    name: str
    kind: str = "person"
    title: str | None = None
    country: str | None = None
    start: int = -1
    end: int = -1

    def to_dict(self) -> dict[str, Any]:
        """RETURNS (dict): ``{name, title, country}``, the shape of ``dateline events``."""
        return {"name": self.name, "title": self.title, "country": self.country}

    def is_office(self) -> bool:
        """RETURNS (bool): it names an office, no person ("Foreign Minister of Japan", as the extractor names an office
        it finds no holder for)."""
        return self.kind == "person" and self.title is not None \
            and self.name.lower().startswith(f"{self.title.lower()} of ")


@dataclass(frozen=True)
class PlaceRef:
    """A place, from the gazetteer or the named-site alias file.

    name (str): canonical name (``Joint Security Area``, ``Seoul``, ``South Korea``).
    kind (str): ``country``, ``region``, ``city`` or ``site``.
    country (str | None): country name (``South Korea``).
    lat / lon (float | None): coordinates, if known.
    within (tuple[str, ...]): containing places, innermost first
        (JSA -> ``("Demilitarized Zone", "South Korea")``).
    start / end (int): offsets of the mention this came from (-1 if none).
    """

    name: str
    kind: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    within: tuple[str, ...] = ()
    start: int = -1
    end: int = -1

    def to_dict(self) -> dict[str, Any]:
        """RETURNS (dict): ``{name, country, lat, lon}``, the shape of ``dateline events``."""
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon}


@dataclass(frozen=True)
class Evidence:
    """Where an article says something about an event.

    article_id (str): the article.
    published (date | None): the article's anchor (for as-of filtering).
    sentence (str): the sentence, exactly as in the article text.
    start / end (int): offsets of that sentence in the article text.
    status (str): the status this sentence gives the event.
    trigger_start / trigger_end (int): offsets of the trigger word(s).
    """

    article_id: str
    published: date | None
    sentence: str
    start: int
    end: int
    status: str
    trigger_start: int = -1
    trigger_end: int = -1

    def citation(self) -> dict[str, Any]:
        """RETURNS (dict): ``{article_id, published, sentence, status}``, as answers cite it."""
        return {
            "article_id": self.article_id,
            "published": self.published.isoformat() if self.published else None,
            "sentence": self.sentence,
            "status": self.status,
        }

    def to_dict(self) -> dict[str, Any]:
        """RETURNS (dict): ``{article_id, published, sentence, start, end, status}``."""
        return {**self.citation(), "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Event:
    """One event as one article states it (before merging across articles).

    action (str): action family: ``visit``, ``meet``, ``attend``, ``host``,
        ``sign``, ``announce``, ``call``, ``travel``, ``arrive``, ``depart``...
    actor (ActorRef): who does it.
    counterparts (tuple[ActorRef, ...]): with whom.
    place (PlaceRef | None): where.
    date (DateValue): the event's own date (never the publication day by default).
    status (str): one of :data:`STATUSES`.
    cameo (str): CAMEO code as a string (``036``, ``042``).
    plover (str): PLOVER type (``CONSULT``, ``AGREE``...).
    plover_mode (str | None): PLOVER mode (``visit``, ``phone``...).
    evidence (Evidence): the sentence that says so.
    refers_to_plan (bool): True for postponements/cancellations/denials that
        change the status of a planned event rather than being new events.
    what (str | None): what the action acts on, for families that need it
        (``ballistic missile`` for ``launch``, ``budget`` for ``vote``,
        ``Freedom Shield`` for ``exercise``); None for contacts and journeys.
    moved_from (PlaceRef | None): for a plan moved to ``place`` ("has been moved
        from Lilongwe to Blantyre"), the place it was planned at before: the
        store keeps one event and records the move in its history.
    """

    action: str
    actor: ActorRef
    counterparts: tuple[ActorRef, ...]
    place: PlaceRef | None
    date: DateValue
    status: str
    cameo: str
    plover: str
    plover_mode: str | None
    evidence: Evidence
    refers_to_plan: bool = False
    what: str | None = None
    moved_from: PlaceRef | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything extract found in one article.

    article_id (str): the article.
    sentences (tuple[tuple[int, int], ...]): sentence offsets.
    times (tuple[TimeExpr, ...]): time expressions.
    actors (tuple[ActorRef, ...]): actor mentions, resolved.
    places (tuple[PlaceRef, ...]): place mentions, resolved.
    events (tuple[Event, ...]): events, one per stating sentence.
    references (tuple[Event, ...]): changes told of a plan another article reported, by a bare definite noun with no
        doer named ("The drills were postponed"): actor kind ``story`` (the noun phrase as its name, a country hint);
        the store joins each to the one open plan it can be, or drops it.
    error (str | None): set when a pipeline component failed on the article (component
        and exception); the other fields are then empty and the article is not stored.
    """

    article_id: str
    sentences: tuple[tuple[int, int], ...] = ()
    times: tuple[TimeExpr, ...] = ()
    actors: tuple[ActorRef, ...] = ()
    places: tuple[PlaceRef, ...] = ()
    events: tuple[Event, ...] = ()
    error: str | None = None
    references: tuple[Event, ...] = ()


# ---------------------------------------------------------------- store


@dataclass(frozen=True)
class HistoryEntry:
    """One change of an event's status, date or place.

    status (str): the status from then on.
    date (DateValue): the date from then on.
    article_id (str): the article that caused the change.
    published (date | None): that article's anchor.
    place (PlaceRef | None): the place from then on, when the change moved the
        event to another place ("moved from Lilongwe to Blantyre"); else None.
    moved_from (PlaceRef | None): with ``place``, the place it was moved from.
    """

    status: str
    date: DateValue
    article_id: str
    published: _dt.date | None
    place: PlaceRef | None = None
    moved_from: PlaceRef | None = None

    def to_dict(self) -> dict[str, Any]:
        """RETURNS (dict): ``{status, date, article_id, published}``, and ``place`` and
        ``moved_from`` (names) for a move."""
        return {
            "status": self.status,
            "date": self.date.to_dict(),
            "article_id": self.article_id,
            "published": self.published.isoformat() if self.published else None,
            **({"place": self.place.name, "moved_from": self.moved_from.name if self.moved_from else None}
               if self.place is not None else {}),
        }


#: Shortest shared evidence sentence (in words) that makes two articles copies of one report.
COPY_MIN_WORDS = 8


@dataclass(frozen=True)
class EventRecord:
    """A real-world event as the store knows it: merged over all reports.

    id (int): store id.
    action, cameo, plover, plover_mode: as in :class:`Event` (of the latest report).
    actor (ActorRef): canonical actor, with the latest title seen.
    counterparts (tuple[ActorRef, ...]): union over reports.
    place (PlaceRef | None): most specific place reported.
    date (DateValue): current date.
    status (str): current status.
    evidence (tuple[Evidence, ...]): every stating sentence, oldest first.
    history (tuple[HistoryEntry, ...]): status/date changes, oldest first.
    what (str | None): what the action acts on ("ballistic missile"), when its family has one.
    """

    id: int
    action: str
    cameo: str
    plover: str
    plover_mode: str | None
    actor: ActorRef
    counterparts: tuple[ActorRef, ...]
    place: PlaceRef | None
    date: DateValue
    status: str
    evidence: tuple[Evidence, ...] = field(default_factory=tuple)
    history: tuple[HistoryEntry, ...] = field(default_factory=tuple)
    what: str | None = None

    def articles(self) -> int:
        """RETURNS (int): how many distinct articles state the event."""
        return len({e.article_id for e in self.evidence})

    def independent_sources(self) -> int:
        """How many independent reports state the event: articles that state it with the
        same sentence (a syndicated wire copy, a re-issue with a corrected detail elsewhere)
        count once. Sentences are compared with case, spacing and punctuation folded; one
        shared sentence of at least :data:`COPY_MIN_WORDS` words joins two articles.

        RETURNS (int): the number of groups of articles (0 without evidence).
        """
        parent: dict[str, str] = {}

        def root(a: str) -> str:
            while parent[a] != a:
                parent[a] = parent[parent[a]]
                a = parent[a]
            return a

        first_by_sentence: dict[str, str] = {}
        for ev in self.evidence:
            parent.setdefault(ev.article_id, ev.article_id)
            words = re.findall(r"\w+", ev.sentence.lower())
            if len(words) < COPY_MIN_WORDS:
                continue
            key = " ".join(words)
            other = first_by_sentence.setdefault(key, ev.article_id)
            parent[root(ev.article_id)] = root(other)
        return len({root(a) for a in parent})

    def to_dict(self) -> dict[str, Any]:
        """RETURNS (dict): the JSON shape of ``dateline events --format json``."""
        return {
            "id": self.id,
            "action": self.action,
            "cameo": self.cameo,
            "plover": {"type": self.plover, "mode": self.plover_mode},
            "actor": self.actor.to_dict(),
            "counterparts": [c.to_dict() for c in self.counterparts],
            "what": self.what,
            "place": self.place.to_dict() if self.place else None,
            "date": self.date.to_dict(),
            "status": self.status,
            "evidence": [e.to_dict() for e in self.evidence],
            "sources": {"articles": self.articles(), "independent": self.independent_sources()},
            "history": [{k: v for k, v in h.to_dict().items() if k != "published"} for h in self.history],
        }


@dataclass(frozen=True)
class ActorInfo:
    """An actor as the store knows it across articles.

    id (int): store id.
    name (str): canonical name.
    kind (str): ``person``, ``org`` or ``country``.
    country (str | None): country, if known.
    aliases (tuple[str, ...]): other names seen (``Hegseth``, ``Pete Hegseth``).
    titles (tuple[tuple[str, date | None, date | None], ...]): each title with the
        first and last publication dates it was seen.
    """

    id: int
    name: str
    kind: str
    country: str | None
    aliases: tuple[str, ...] = ()
    titles: tuple[tuple[str, date | None, date | None], ...] = ()


@dataclass(frozen=True)
class QuestionRow:
    """A stored question.

    id (int): store id.
    text (str): the question as asked.
    close (date | None): when it closes, if set.
    created (date): day it was added (the as-of day of its first evaluation).
    state (dict | None): the latest evaluation, the JSON of ``dateline ask``; None before any.
    """

    id: int
    text: str
    close: date | None
    created: date
    state: dict[str, Any] | None = None
