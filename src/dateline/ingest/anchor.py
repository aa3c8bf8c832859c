"""Anchor rules: which date an article's relative times resolve against.

Order (first that gives a date wins):

1. ``metadata``: the date the document itself carries: HTML metadata
   (trafilatura/htmldate), a feed entry's published/updated date, a WARC
   record's page metadata, else its WARC-Date.
2. ``jsonl``: the ``published`` field of a JSON Lines record.
3. ``option``: the ``published`` argument of :func:`dateline.ingest.read_paths`
   (CLI ``--published``). It is a fallback: it dates plain text and documents
   that carry no date, and never overrides a date found in the document.
4. ``none``: no anchor. The article is still yielded, with warning W102.

The dateline's month/day (``Seoul, Oct 28``) is only checked against the
anchor, never used as one: without a year it cannot be placed in time, and
we do not guess. A dateline more than one day away from the anchor adds
W101; one day either way is accepted silently, because a dateline is written
in the place's time zone and the published date is often in another.
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from ..errors import Errors, IngestError
from .dateline import Dateline

__all__ = ["ANCHOR_SOURCES", "parse_published", "resolve_anchor", "dateline_warnings"]

logger = logging.getLogger(__name__)

#: Values of ``Article.anchor_source``.
ANCHOR_SOURCES: tuple[str, ...] = ("metadata", "jsonl", "option", "none")

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
