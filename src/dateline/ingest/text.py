"""Plain-text articles: an optional title line, then the body.

The first line is a title when it is followed by a blank line (unless it is a
sentence longer than :data:`TITLE_MAX_CHARS`: a lead paragraph with no headline), or when it is
short (at most :data:`TITLE_MAX_CHARS`) and does not end like a sentence
(``.``, ``!``, ``?``, ``:``, a closing quote). A first line that opens with a
dateline is always body. Everything after the title is the body, kept as is
(line ends normalized, outer whitespace stripped); the dateline is looked up
at its start by :mod:`dateline.ingest.records`.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ..config import Settings
from ..errors import IngestError
from ..model import Article, Rejection
from .dateline import find_dateline
from .detect import decode_bytes
from .records import build_article, clean_body, reject

__all__ = ["TITLE_MAX_CHARS", "split_title", "read_text"]

#: A first line not followed by a blank line is a title only up to this length.
TITLE_MAX_CHARS = 120
#: A title followed by a blank line may be this long.
TITLE_HARD_MAX_CHARS = 300
_SENTENCE_ENDS = (".", "!", "?", ":", ";", '"', "\u201d", "'", "\u2019", ",")


def split_title(text: str) -> tuple[str | None, str]:
    """Split a plain-text document into title and body.

    text (str): the decoded document.
    RETURNS (tuple[str | None, str]): the title (None if the first line is
        body) and the body (line ends normalized, outer whitespace stripped).
    """
    cleaned = clean_body(text)
    first, sep, rest = cleaned.partition("\n")
    first = first.strip()
    if not sep or not rest.strip() or find_dateline(first) is not None:
        return None, cleaned
    blank_after = rest.lstrip(" \t").startswith("\n")
    long_sentence = len(first) > TITLE_MAX_CHARS and first.endswith((".", "!", "?"))  # a lead paragraph, no headline
    if blank_after and len(first) <= TITLE_HARD_MAX_CHARS and not long_sentence:
        return first, rest.strip()
    if len(first) <= TITLE_MAX_CHARS and not first.endswith(_SENTENCE_ENDS):
        return first, rest.strip()
    return None, cleaned


def read_text(data: bytes, source: str, settings: Settings, published: date | None) -> Iterator[Article | Rejection]:
    """Read one plain-text article.

    data (bytes): the file content.
    source (str): the file path.
    settings (Settings): gives ``min_chars``.
    published (date | None): the caller's anchor fallback.
    RETURNS (Iterator[Article | Rejection]): one article, or one rejection
        (E104 undecodable, E109 empty body, E110 too short).
    """
    try:
        decoded = decode_bytes(data, "text")
    except IngestError as err:
        yield reject(source, err)
        return
    title, body = split_title(decoded)
    yield build_article(body, source=source, kind="text", settings=settings, title=title, option=published)
