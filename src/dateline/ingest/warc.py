"""WARC archives (warcio): each HTML ``response`` (or ``resource``) record becomes an article.

Records are numbered from 1 in file order (``#record=N``), counting every
record (warcinfo and requests too), so the number finds the record in tools
such as ``warcio index``. The record's ``WARC-Target-URI`` is the url; the
page's own metadata date wins, else the record's ``WARC-Date`` (both count as
``metadata`` anchors). The crawl date is only the day the page was fetched: when
the story's dateline names another day, the dateline's day wins, in the nearest
year not after the crawl (:mod:`dateline.ingest.anchor`, W105). Skipped without a rejection, because they hold no
article and are normal in any crawl: ``warcinfo``, ``request``, ``metadata``
and ``revisit`` records (a revisit repeats an earlier capture), redirects
(HTTP 3xx: the target is its own record) and non-HTML payloads (PDF,
images). Any other non-2xx HTTP status (404, 500) is a Rejection E109 naming
the status: an error page, not a story.

Truncation: warcio stops quietly at a cut gzip member, so two checks make it
visible: a record whose payload is shorter than its Content-Length, and a
final pass over the gzip members. Either gives one Rejection E108 naming the
record; the records before it are still yielded.
"""

from __future__ import annotations

import io
import logging
import zlib
from collections.abc import Iterator
from datetime import date
from typing import Any

from ..config import Settings
from ..errors import Errors, IngestError
from ..model import Article, Rejection
from .anchor import parse_published
from .detect import decode_bytes, gzip_problem, is_gzip
from .html import extract_html, metadata_date
from .records import build_article, reject

__all__ = ["read_warc"]

logger = logging.getLogger(__name__)

_ARTICLE_RECORDS = ("response", "resource")


def _content_type(record: Any) -> str:
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    if headers is None:
        return ""
    value = headers.get_header("Content-Type") or ""
    return str(value).lower()


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.strip() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _warc_date(record: Any) -> tuple[date | None, str | None]:
    raw = record.rec_headers.get_header("WARC-Date")
    if not raw:
        return None, None
    try:
        return parse_published(raw.replace("Z", "+00:00")), raw
    except IngestError:
        return None, raw


def _status(record: Any) -> str:
    if record.rec_type == "response" and record.http_headers is not None:
        return str(record.http_headers.get_statuscode() or "")
    return ""


def _record_article(record: Any, payload: bytes, source: str, settings: Settings, published: date | None) -> Article | Rejection:
    content_type = _content_type(record)
    status = _status(record)
    if status and not status.startswith("2"):
        return reject(source, IngestError(Errors.E109.format(detail=f"HTTP status {status}")))
    url = record.rec_headers.get_header("WARC-Target-URI")
    try:
        doc = extract_html(decode_bytes(payload, "html", _charset(content_type)), url)
    except IngestError as err:
        return reject(source, err)
    found = metadata_date(doc.date)
    raw, kind = doc.date_text, doc.date_kind
    if found is None:
        (found, raw), kind = _warc_date(record), "crawl"
    return build_article(
        doc.text,
        source=source,
        kind="warc",
        settings=settings,
        title=doc.title,
        url=url or doc.url,
        found=found,
        published_text=raw,
        option=published,
        found_kind=kind,
    )


def _is_html(record: Any, payload: bytes) -> bool:
    content_type = _content_type(record)
    if "html" in content_type:
        return True
    if content_type:
        return False
    head = payload[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def read_warc(data: bytes, source: str, settings: Settings, published: date | None) -> Iterator[Article | Rejection]:
    """Read a WARC (plain or gzip) file.

    data (bytes): the archive.
    source (str): the file path (``#record=N`` is added per record).
    settings (Settings): gives ``max_bytes`` and ``min_chars``.
    published (date | None): the caller's anchor fallback.
    RETURNS (Iterator[Article | Rejection]): per HTML record an article or a
        rejection (E104, E109, E110); E108 at the first corrupt or truncated
        record, after the good ones; E109 when the archive has no HTML records.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    records = iter(ArchiveIterator(io.BytesIO(data)))
    number = 0
    articles = 0
    while True:
        number += 1
        record_source = f"{source}#record={number}"
        try:
            record = next(records)
            if record.rec_type not in _ARTICLE_RECORDS:
                continue
            stream = record.content_stream()
            payload = stream.read(settings.max_bytes + 1)
            truncated = getattr(record.raw_stream, "limit", 0) > 0 and not stream.read(1)
        except StopIteration:
            break
        except (ArchiveLoadFailed, zlib.error, EOFError, OSError, ValueError, KeyError, IndexError) as exc:
            yield reject(record_source, IngestError(Errors.E108.format(detail=f"{type(exc).__name__}: {exc}"[:200])))
            return
        except (AttributeError, TypeError) as exc:  # warcio trips on records missing required headers
            logger.info("%s: warcio failed on a malformed record: %r", record_source, exc)
            yield reject(record_source, IngestError(Errors.E108.format(detail=f"malformed record headers ({type(exc).__name__})")))
            return
        if truncated:
            yield reject(record_source, IngestError(Errors.E108.format(detail="record is shorter than its Content-Length")))
            return
        if len(payload) > settings.max_bytes:
            yield reject(record_source, IngestError(Errors.E103.format(size=f"over {settings.max_bytes}", limit=settings.max_bytes)))
            continue
        if _status(record).startswith("3"):
            logger.debug("%s: skipping redirect (HTTP %s)", record_source, _status(record))
            continue
        if not _is_html(record, payload):
            logger.debug("%s: skipping %s record (%s)", record_source, record.rec_type, _content_type(record) or "no type")
            continue
        articles += 1
        yield _record_article(record, payload, record_source, settings, published)
    if is_gzip(data):
        members, problem = gzip_problem(data)
        if problem is not None:
            yield reject(f"{source}#record={number}", IngestError(Errors.E108.format(detail=problem)))
            return
    if articles == 0:
        yield reject(source, IngestError(Errors.E109.format(detail="the WARC has no HTML response records")))
