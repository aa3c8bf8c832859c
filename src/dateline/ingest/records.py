"""Build the ingest outputs: an :class:`Article` from extracted parts, or a :class:`Rejection`.

Every format module ends here, so the checks on text length, the dateline,
the anchor and the id are the same for all kinds.
"""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

from ..config import Settings
from ..errors import Errors, IngestError
from ..model import Article, Rejection
from .anchor import choose_anchor
from .dateline import find_dateline
from .identity import article_id, content_hash
from .messages import Notes
from .pages import strip_staff_trailers
from .wrapping import unwrap_lines

__all__ = ["reject", "clean_body", "build_article", "source_name"]

#: Runs of non-space characters, to find text that is not prose.
_NO_SPACE = re.compile(r"\S{200,}")
#: Texts longer than this are kept with warning W110 (extraction is slow and memory-hungry).
LONG_TEXT_CHARS = 200_000


def source_name(path: Path | str) -> str:
    """path (Path | str): a file path, possibly with bytes that are not UTF-8.
    RETURNS (str): the path as storable text (undecodable bytes as ``\\xNN``)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def reject(source: str, error: IngestError) -> Rejection:
    """Turn an ingest error into a rejection row.

    source (str): file path, plus ``#line=N`` / ``#record=N``.
    error (IngestError): the coded error.
    RETURNS (Rejection): code from the error; reason without the ``Exxx:`` prefix.
    """
    message = str(error)
    reason = message.split(": ", 1)[1] if message.startswith(f"{error.code}: ") else message
    return Rejection(source=source, code=error.code, reason=reason)


def clean_body(text: str) -> str:
    """Normalize line ends, join hard-wrapped lines and strip the ends of a body text.

    text (str): raw body text.
    RETURNS (str): the text with ``\\r\\n``/``\\r`` as ``\\n``, outer whitespace removed, and the soft breaks of a
        hard-wrapped text (:func:`dateline.ingest.wrapping.unwrap_lines`) as spaces.
    """
    return unwrap_lines(text.replace("\r\n", "\n").replace("\r", "\n").strip())


def build_article(
    text: str,
    *,
    source: str,
    kind: str,
    settings: Settings,
    title: str | None = None,
    url: str | None = None,
    found: date | None = None,
    found_source: str = "metadata",
    published_text: str | None = None,
    option: date | None = None,
    found_kind: str = "firm",
    warnings: tuple[str, ...] = (),
) -> Article | Rejection:
    """Make an article, or reject a text that is empty or too short.

    text (str): body text (cleaned here with :func:`clean_body`).
    source (str): file path, plus ``#line=N`` / ``#record=N``.
    kind (str): ``text``, ``html``, ``jsonl``, ``feed`` or ``warc``.
    settings (Settings): gives ``min_chars``.
    title (str | None): headline.
    url (str | None): URL.
    found (date | None): the date the document gave.
    found_source (str): ``metadata`` or ``jsonl``.
    published_text (str | None): the raw published value as found.
    option (date | None): the caller's ``published`` fallback.
    found_kind (str): how firm ``found`` is (:data:`dateline.ingest.anchor.FOUND_KINDS`).
    warnings (tuple[str, ...]): warnings the reader already has (kept first).
    RETURNS (Article | Rejection): the article, or a Rejection E109 (no text)
        or E110 (shorter than ``settings.min_chars``).
    """
    body = strip_staff_trailers(clean_body(text))
    if not body:
        return reject(source, IngestError(Errors.E109.format(detail="the body is empty")))
    if len(body) < settings.min_chars:
        return reject(source, IngestError(Errors.E110.format(chars=len(body), minimum=settings.min_chars)))
    if len(body) > settings.max_chars:
        return reject(source, IngestError(Errors.E115.format(chars=len(body), limit=settings.max_chars)))
    longest = max((len(run) for run in _NO_SPACE.findall(body)), default=0)
    if longest > settings.max_word_chars:
        return reject(source, IngestError(Errors.E116.format(chars=longest, limit=settings.max_word_chars)))
    try:
        body.encode("utf-8")
    except UnicodeEncodeError as exc:
        return reject(source, IngestError(Errors.E117.format(detail=exc.reason)))
    line = find_dateline(body)
    anchor = choose_anchor(
        line,
        found,
        found_source=found_source,
        found_text=published_text,
        found_kind=found_kind,
        option=option,
        source=source,
    )
    if len(body) > LONG_TEXT_CHARS:
        warnings += (Notes.W110.format(chars=len(body)),)
    title = title.strip() if title and title.strip() else None
    url = url.strip() if url and url.strip() else None
    return Article(
        id=article_id(body),
        text=body,
        title=title,
        url=url,
        source=source,
        kind=kind,
        published=anchor.day,
        published_text=anchor.text,
        anchor_source=anchor.source,
        dateline_city=line.city if line else None,
        dateline_text=line.date_text if line else None,
        dateline_start=line.start if line else 0,
        dateline_end=line.end if line else 0,
        content_hash=content_hash(body),
        warnings=warnings + anchor.warnings,
    )
