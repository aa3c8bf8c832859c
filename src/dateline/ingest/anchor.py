"""Anchor rules: which date an article's relative times resolve against.

Order (first that gives a date wins):

1. ``metadata``: the date the document itself carries: HTML metadata
   (trafilatura/htmldate), a feed entry's published/updated date, a WARC
   record's page metadata, else its WARC-Date.
2. ``jsonl``: the ``published`` field of a JSON Lines record.
3. ``dateline``: a dateline with a full date and year (``Bangkok, 3 March
   2026:``) when the document carries no other date.
4. ``option``: the ``published`` argument of :func:`dateline.ingest.read_paths`
   (CLI ``--published``). It is a fallback: it dates plain text and documents
   that carry no date, and never overrides a date found in the document.
5. ``none``: no anchor. The article is still yielded, with warning W102.

The dateline is the writer's own day, in the place's time zone, so it is checked
against a found date and, where the found date is weak or only a time zone
away, takes its place (``anchor_source`` ``dateline``; ``published_text`` keeps
the found value as written):

* one day either way (``PHNOM PENH, March 7`` under a pubDate of ``Fri 06 Mar
  22:10 GMT``): the dateline's day, note W103;
* further away from a *firm* date (head metadata, JSON-LD, URL, feed entry,
  JSON Lines field, a labelled "Published" line): the found date stays, W101;
* further away from a *weak* date, the dateline's day wins: a date taken from
  an element in the page body (``element``: perhaps another story's
  ``<time>``; the year nearest the page date, W104), the WARC crawl date
  (``crawl``: the nearest day not after the crawl, W105), an "Updated" stamp
  (``updated``: likewise, W107; kept as the anchor otherwise, W106).

A dateline's month and day without a year are never the anchor on their own:
they are placed only next to a found date.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..errors import Errors, IngestError
from .dateline import Dateline
from .messages import Notes

__all__ = [
    "ANCHOR_SOURCES",
    "FOUND_KINDS",
    "Anchor",
    "choose_anchor",
    "parse_published",
    "read_published",
    "resolve_anchor",
    "dateline_warnings",
    "dateline_day",
]

logger = logging.getLogger(__name__)

#: Values of ``Article.anchor_source``.
ANCHOR_SOURCES: tuple[str, ...] = ("metadata", "jsonl", "dateline", "option", "none")

#: How much a found date is worth against the dateline: ``firm`` (metadata, feed, JSON
#: Lines, a labelled "Published" line), ``element`` (an element in an HTML page's body),
#: ``crawl`` (a WARC-Date), ``updated`` (an "Updated" stamp).
FOUND_KINDS: tuple[str, ...] = ("firm", "element", "crawl", "updated")

#: Dateline days this far from the anchor are accepted without warning (time zones).
TOLERANCE_DAYS = 1


def parse_published(value: str) -> date:
    """Parse an ISO date or datetime.

    value (str): ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM]``.
    RETURNS (date): the calendar date as written (no time-zone shift).
    RAISES IngestError: E111 when ``value`` is not an ISO date or datetime.
    """
    text = value.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text).date()
    except ValueError:
        raise IngestError(Errors.E111.format(value=value[:80])) from None


_NUMERIC_DATE = re.compile(r"^(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})(?:[ T,].*)?$")


def read_published(value: str) -> tuple[date, str | None]:
    """Parse a ``published`` value: ISO, or a numeric date with only one reading.

    value (str): ``2026-03-19``, ``2026-03-19T08:00:00+01:00``; also ``19/03/2026``
        (day first: 19 cannot be a month), ``03/19/2026`` (month first),
        ``2026/03/19``, ``03.03.2026`` (both readings the same day).
    RETURNS (tuple[date, str | None]): the date and, for a value that is not
        ISO, warning W108 naming the reading.
    RAISES IngestError: E111 when the value is no date, or is ambiguous
        (``03/04/2026``: 3 April or 4 March), with what to write instead.
    """
    try:
        return parse_published(value), None
    except IngestError:
        pass
    text = value.strip()
    match = _NUMERIC_DATE.match(text)
    if match is None:
        raise IngestError(Errors.E111.format(value=value[:80])) from None
    first, second, third = int(match.group(1)), int(match.group(3)), int(match.group(4))
    readings: dict[date, str] = {}
    candidates: list[tuple[int, int, int, str]] = []
    if len(match.group(1)) == 4:
        candidates.append((first, second, third, "year first"))
    elif len(match.group(4)) == 4:
        candidates += [(third, second, first, "day first"), (third, first, second, "month first")]
    for year, month, day, order in candidates:
        try:
            readings.setdefault(date(year, month, day), order)
        except ValueError:
            continue
    if len(readings) == 1:
        ((day_read, order),) = readings.items()
        return day_read, Notes.W108.format(value=text[:80], day=day_read.isoformat(), order=order)
    message = Errors.E111.format(value=value[:80])
    if len(readings) > 1:
        message += Notes.E111_AMBIGUOUS.format(value=text[:80])
    raise IngestError(message)


def resolve_anchor(found: date | None, found_source: str, option: date | None) -> tuple[date | None, str]:
    """Choose the anchor date.

    found (date | None): the date the document gave, if any.
    found_source (str): where ``found`` came from: ``metadata`` or ``jsonl``.
    option (date | None): the caller's ``published`` fallback.
    RETURNS (tuple[date | None, str]): the anchor and its ``anchor_source``.
    """
    if found is not None:
        return found, found_source
    if option is not None:
        return option, "option"
    return None, "none"


@dataclass(frozen=True)
class Anchor:
    """The chosen anchor.

    day (date | None): the anchor date.
    source (str): one of :data:`ANCHOR_SOURCES`.
    text (str | None): the published value as written (the found one, else the
        dateline's date words, else the option's ISO date).
    warnings (tuple[str, ...]): coded warnings and notes.
    """

    day: date | None
    source: str
    text: str | None
    warnings: tuple[str, ...]


def dateline_day(line: Dateline | None, near: date, not_after: date | None = None) -> date | None:
    """The calendar day a dateline names, placed next to a date.

    line (Dateline | None): the dateline.
    near (date): the date to place it by (its year, or the year before or after).
    not_after (date | None): the latest day allowed (a crawl cannot precede the story).
    RETURNS (date | None): the dateline's year if written, else the nearest of
        ``near``'s year and its neighbours; None without a valid month and day.
    """
    if line is None or line.month is None or not line.day:
        return None
    years = [line.year] if line.year is not None else [near.year - 1, near.year, near.year + 1]
    days = []
    for year in years:
        try:
            day = date(year, line.month, line.day)
        except ValueError:
            continue
        if not_after is None or day <= not_after or line.year is not None:
            days.append(day)
    return min(days, key=lambda d: abs((d - near).days)) if days else None


def _full_dateline_date(line: Dateline | None) -> date | None:
    if line is None or line.year is None or line.month is None or not line.day:
        return None
    try:
        return date(line.year, line.month, line.day)
    except ValueError:
        return None


def choose_anchor(
    line: Dateline | None,
    found: date | None,
    *,
    found_source: str = "metadata",
    found_text: str | None = None,
    found_kind: str = "firm",
    option: date | None = None,
    source: str = "",
) -> Anchor:
    """Choose the anchor from the found date, the dateline and the caller's fallback.

    line (Dateline | None): the article's dateline.
    found (date | None): the date the document gave.
    found_source (str): ``metadata`` or ``jsonl``.
    found_text (str | None): that date as written.
    found_kind (str): one of :data:`FOUND_KINDS`.
    option (date | None): the caller's ``published`` fallback.
    source (str): the article's source, named in the log.
    RETURNS (Anchor): date, source, published text and warnings (see the module docstring).
    """
    if found is None:
        full = _full_dateline_date(line)
        if full is not None and line is not None:
            return Anchor(full, "dateline", line.date_text, ())
        day, origin = resolve_anchor(None, found_source, option)
        text = option.isoformat() if origin == "option" and option is not None else None
        return Anchor(day, origin, text, dateline_warnings(line, day, source))
    stamp = found_text or found.isoformat()
    weak_until = found + timedelta(days=TOLERANCE_DAYS) if found_kind in ("crawl", "updated") else None
    day = dateline_day(line, found, weak_until)
    if day is None or line is None or day == found:
        warnings = dateline_warnings(line, found, source)
        if found_kind == "updated":
            warnings += (Notes.W106.format(stamp=stamp),)
        return Anchor(found, found_source, found_text, warnings)
    gap = abs((day - found).days)
    if gap <= TOLERANCE_DAYS:
        note = Notes.W103.format(dateline=line.date_text, published=found.isoformat(), day=day.isoformat())
        logger.info("%s: %s", source, note)
        return Anchor(day, "dateline", found_text, (note,))
    if found_kind == "element":
        warning = Notes.W104.format(published=found.isoformat(), dateline=line.date_text, day=day.isoformat())
    elif found_kind == "crawl":
        warning = Notes.W105.format(published=found.isoformat(), dateline=line.date_text, day=day.isoformat())
    elif found_kind == "updated":
        warning = Notes.W107.format(stamp=stamp, dateline=line.date_text, day=day.isoformat())
    else:
        return Anchor(found, found_source, found_text, dateline_warnings(line, found, source))
    logger.warning("%s: %s", source, warning)
    return Anchor(day, "dateline", found_text, (warning,))


def _nearest_gap(line: Dateline, anchor: date) -> int | None:
    if line.month is None or line.day is None:
        return None
    years = [line.year] if line.year is not None else [anchor.year - 1, anchor.year, anchor.year + 1]
    gaps = []
    for year in years:
        try:
            gaps.append(abs((date(year, line.month, line.day) - anchor).days))
        except ValueError:
            continue
    return min(gaps) if gaps else -1


def dateline_warnings(line: Dateline | None, anchor: date | None, source: str) -> tuple[str, ...]:
    """Warnings from checking a dateline against the anchor.

    line (Dateline | None): the article's dateline, if any.
    anchor (date | None): the chosen anchor.
    source (str): the article's source, named in the log.
    RETURNS (tuple[str, ...]): ``()``, or one coded warning (W101 or W102).
    """
    if anchor is None:
        logger.info("%s: %s", source, Errors.W102)
        return (Errors.W102,)
    if line is None:
        return ()
    gap = _nearest_gap(line, anchor)
    if gap is None or 0 <= gap <= TOLERANCE_DAYS:
        return ()
    warning = Errors.W101.format(dateline=line.date_text, published=anchor.isoformat())
    logger.warning("%s: %s", source, warning)
    return (warning,)
