"""JSON Lines: one article per line.

Each line is an object with ``text`` or ``html`` (required; ``html`` goes
through :func:`dateline.ingest.html.extract_html`) and, optionally, ``id``,
``url``, ``title`` (strings or null) and ``published`` (an ISO date or
datetime string, or null). A numeric date with only one reading
(``19/03/2026``: 19 is no month) is read with warning W108; an ambiguous one
(``03/04/2026``) is refused (E111), as any value that is no date: ingest
never guesses a date. The record's own ``id`` is not the article id
(that is always the content hash); the source names the line instead.
Blank lines are skipped. A bad line becomes a Rejection with ``#line=N``;
the other lines are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

from ..config import Settings
from ..errors import Errors, IngestError
from ..model import Article, Rejection
from .anchor import read_published
from .detect import decode_bytes
from .html import extract_html, metadata_date
from .messages import Notes
from .records import build_article, reject

__all__ = ["read_jsonl", "parse_record"]

_OPTIONAL_STRINGS = ("id", "url", "title", "published")
_JSON_TYPES = {str: "a string", int: "a number", float: "a number", bool: "a boolean", list: "an array", dict: "an object"}


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    return _JSON_TYPES.get(type(value), type(value).__name__)


def _string_field(record: dict[str, Any], field: str) -> str | None:
    value = record.get(field)
    if value is None or isinstance(value, str):
        return value
    raise IngestError(Errors.E114.format(field=field, expected="a string or null", got=_json_type(value)))


def _json_problem(exc: json.JSONDecodeError) -> str:
    """json's message with its position ("Unterminated string starting at column 94")."""
    message = exc.msg.rstrip(": ")
    where = f"column {exc.colno}"
    return f"{message} {where}" if message.endswith(" at") else f"{message} at {where}"


def parse_record(line: str) -> dict[str, Any]:
    """Parse and check one JSON Lines record.

    line (str): one line.
    RETURNS (dict): the record with ``text``/``html``/``id``/``url``/``title``/``published``
        (missing optional ones as None).
    RAISES IngestError: E105 malformed JSON, E114 a field of the wrong type,
        E106 neither ``text`` nor ``html``.
    """
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise IngestError(Errors.E105.format(detail=_json_problem(exc))) from None
    except RecursionError:
        raise IngestError(Errors.E105.format(detail="nested too deeply")) from None
    if not isinstance(record, dict):
        message = Notes.E114_NOT_OBJECT.format(got=_json_type(record))
        if isinstance(record, list):
            message += "; a JSON array of records must be written one record per line"
        raise IngestError(message)
    checked = {field: _string_field(record, field) for field in (*_OPTIONAL_STRINGS, "text", "html")}
    if checked["text"] is None and checked["html"] is None:
        raise IngestError(Errors.E106.format(field="text"))
    return checked


def _article(record: dict[str, Any], source: str, settings: Settings, published: date | None) -> Article | Rejection:
    found, note = read_published(record["published"]) if record["published"] else (None, None)
    found_source, found_kind = "jsonl", "firm"
    title, url, text = record["title"], record["url"], record["text"]
    published_text = record["published"]
    if text is None:
        doc = extract_html(record["html"], url)
        text, title, url = doc.text, title or doc.title, url or doc.url
        if found is None and doc.date:
            found, found_source, published_text = metadata_date(doc.date), "metadata", doc.date_text
            found_kind = doc.date_kind
    return build_article(
        text,
        source=source,
        kind="jsonl",
        settings=settings,
        title=title,
        url=url,
        found=found,
        found_source=found_source,
        published_text=published_text,
        option=published,
        found_kind=found_kind,
        warnings=(note,) if note else (),
    )


def read_jsonl(data: bytes, source: str, settings: Settings, published: date | None) -> Iterator[Article | Rejection]:
    """Read a JSON Lines file, one article per non-blank line.

    data (bytes): the file content.
    source (str): the file path (``#line=N`` is added per line, 1-based).
    settings (Settings): gives ``min_chars``.
    published (date | None): the caller's anchor fallback (the record's own ``published`` wins).
    RETURNS (Iterator[Article | Rejection]): per line an article or a rejection
        (E105, E106, E109, E110, E111, E114); one E104 for an undecodable file.
    """
    try:
        decoded = decode_bytes(data, "jsonl")
    except IngestError as err:
        yield reject(source, err)
        return
    for number, line in enumerate(decoded.split("\n"), start=1):
        if not line.strip():
            continue
        line_source = f"{source}#line={number}"
        try:
            record = parse_record(line)
            yield _article(record, line_source, settings, published)
        except IngestError as err:
            yield reject(line_source, err)
