"""RSS and Atom feeds (feedparser): each entry becomes an article.

An entry's text is its first HTML or plain ``content``, else its
``summary``; HTML goes through :func:`dateline.ingest.html.fragment_text`
(captions, share bars and footers such as "The post ... appeared first on
..." or "Continue reading" dropped); plain text loses the same footers
(a trailing "Read more..."). A title of type HTML (Atom
``type="html"``) is turned into text the same way (``&amp;`` -> ``&``).
An entry without any date gets no ``metadata`` anchor: the channel's
``lastBuildDate`` is the feed's date, not the entry's, and is not used.
Duplicated entries and entries whose link is an article already stored are
found by the store (same content hash, or same URL), not here.
Its date is the entry's ``published``, else ``updated``, read as written
(the local calendar day, before any shift to UTC), falling back to
feedparser's parsed UTC date. A feed that feedparser flags as malformed
(``bozo``) still yields the entries it could read; one with no entries is a
Rejection E107. A well-formed feed with no entries is a Rejection E109.
Entries are numbered from 1 in the source (``#record=N``).
"""

from __future__ import annotations

import io
import logging
import re
import time
from collections.abc import Iterator
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from ..config import Settings
from ..errors import Errors, IngestError
from ..model import Article, Rejection
from .detect import decode_bytes
from .html import fragment_text
from .pages import strip_feed_footer
from .records import build_article, reject

__all__ = ["read_feed", "entry_date", "entry_text", "entry_title", "plain_text"]

logger = logging.getLogger(__name__)


def entry_date(entry: Any) -> tuple[date | None, str | None]:
    """The date of a feed entry.

    entry (FeedParserDict): one entry.
    RETURNS (tuple[date | None, str | None]): the calendar date as written and
        the raw value; (None, raw) when it cannot be read; (None, None) when absent.
    """
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not isinstance(raw, str) or not raw.strip():
            continue
        try:
            return parsedate_to_datetime(raw).date(), raw
        except (TypeError, ValueError, IndexError):
            pass
        try:
            return datetime.fromisoformat(raw.strip().replace("Z", "+00:00")).date(), raw
        except ValueError:
            pass
        parsed = entry.get(f"{key}_parsed")
        if isinstance(parsed, time.struct_time):
            try:
                return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday), raw
            except ValueError:
                pass
        logger.info("unreadable feed entry date %r", raw)
        return None, raw
    return None, None


def entry_text(entry: Any) -> str:
    """The text of a feed entry.

    entry (FeedParserDict): one entry.
    RETURNS (str): text of the first content, else of the summary; "" if none.
    """
    candidates: list[Any] = list(entry.get("content") or [])
    summary = entry.get("summary_detail")
    if summary:
        candidates.append(summary)
    for item in candidates:
        value = item.get("value") if hasattr(item, "get") else None
        if not isinstance(value, str) or not value.strip():
            continue
        kind = str(item.get("type") or "text/html")
        text = fragment_text(value) if "html" in kind else plain_text(value)
        if text.strip():
            return text
    return ""


def plain_text(value: str) -> str:
    """Plain entry text (``type="text"``) with the same footers cut as from HTML.

    value (str): the text; paragraphs separated by blank lines.
    RETURNS (str): without a trailing "Read more..." or "[...]" and without
        footer paragraphs ("The post ... appeared first on ...").
    """
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", value.replace("\r\n", "\n")) if p.strip()]
    return "\n\n".join(strip_feed_footer(paragraphs))


def entry_title(entry: Any) -> str | None:
    """The title of a feed entry as plain text.

    entry (FeedParserDict): one entry.
    RETURNS (str | None): the title (HTML titles turned into text), or None.
    """
    title = entry.get("title")
    if not isinstance(title, str) or not title.strip():
        return None
    detail = entry.get("title_detail")
    kind = str(detail.get("type") or "") if hasattr(detail, "get") else ""
    if "html" in kind:
        title = " ".join(fragment_text(title).split())
    return title.strip() or None


def _entry_article(entry: Any, source: str, settings: Settings, published: date | None) -> Article | Rejection:
    text = entry_text(entry)
    if not text:
        return reject(source, IngestError(Errors.E109.format(detail="feed entry has no content or summary")))
    found, raw = entry_date(entry)
    link = entry.get("link")
    return build_article(
        text,
        source=source,
        kind="feed",
        settings=settings,
        title=entry_title(entry),
        url=link if isinstance(link, str) else None,
        found=found,
        published_text=raw,
        option=published,
    )


def read_feed(data: bytes, source: str, settings: Settings, published: date | None) -> Iterator[Article | Rejection]:
    """Read an RSS or Atom feed.

    data (bytes): the feed document.
    source (str): the file path (``#record=N`` is added per entry).
    settings (Settings): gives ``min_chars``.
    published (date | None): the caller's anchor fallback (entry dates win).
    RETURNS (Iterator[Article | Rejection]): per entry an article or a
        rejection (E109, E110); one E104 (undecodable) or E107 (broken, no entries)
        or E109 (no entries) for the whole file.
    """
    import feedparser  # heavy import, done on first use

    try:
        decode_bytes(data, "feed")
    except IngestError as err:
        yield reject(source, err)
        return
    parsed = feedparser.parse(io.BytesIO(data))
    entries = list(parsed.get("entries") or [])
    if parsed.get("bozo") and not entries:
        exc = parsed.get("bozo_exception")
        detail = f"{type(exc).__name__}: {exc}" if exc is not None else "feedparser could not read it"
        yield reject(source, IngestError(Errors.E107.format(detail=detail[:200])))
        return
    if not entries:
        yield reject(source, IngestError(Errors.E109.format(detail="the feed has no entries")))
        return
    if parsed.get("bozo"):
        logger.warning("%s: malformed feed, reading %d entries anyway: %s", source, len(entries), parsed.get("bozo_exception"))
    for number, entry in enumerate(entries, start=1):
        yield _entry_article(entry, f"{source}#record={number}", settings, published)
