"""HTML pages and fragments -> text, title, date and URL.

Whole pages go through trafilatura's ``bare_extraction`` with metadata
(main text without boilerplate; title, date and canonical URL from the
page's metadata via htmldate). htmldate's extensive search (guessing a date
from free text) is off: the anchor must come from real metadata. A first
line of the text that repeats the title (the page's ``<h1>``) is removed so
the body starts where the story starts (and a dateline can be found).

Fragments (feed entry content and summaries, too small for trafilatura's
boilerplate removal) are turned into text with lxml: block elements become
paragraphs, inline elements are joined.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..config import Settings
from ..errors import Errors, IngestError
from ..model import Article, Rejection
from .anchor import parse_published
from .detect import decode_bytes
from .records import build_article, reject

__all__ = ["HtmlDoc", "extract_html", "fragment_text", "read_html"]

logger = logging.getLogger(__name__)

_DATE_PARAMS: dict[str, Any] = {"extensive_search": False, "original_date": True}
_BLOCKS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote pre table tr section article header footer figure figcaption dd dt".split()
)
_SPACES = re.compile(r"[ \t\u00a0]+")


@dataclass(frozen=True)
class HtmlDoc:
    """What a page gives: main text and metadata.

    text (str): main text, paragraphs on their own lines.
    title (str | None): title from metadata.
    date (str | None): date from metadata (ISO ``YYYY-MM-DD``), as found.
    url (str | None): canonical URL from metadata, else the one given.
    """

    text: str
    title: str | None
    date: str | None
    url: str | None


def extract_html(html: str, url: str | None = None) -> HtmlDoc:
    """Extract the main text and metadata of an HTML page with trafilatura.

    html (str): the decoded page.
    url (str | None): the page's URL, if known (metadata may override it).
    RETURNS (HtmlDoc): text, title, date and URL.
    RAISES IngestError: E109 when no main text can be extracted.
    """
    import trafilatura  # heavy import, done on first use

    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, date_extraction_params=_DATE_PARAMS)
    except (ValueError, TypeError, AttributeError, IndexError) as exc:
        logger.warning("trafilatura failed on a page: %s: %s", type(exc).__name__, exc)
        raise IngestError(Errors.E109.format(detail=f"trafilatura: {type(exc).__name__}")) from None
    if doc is None or isinstance(doc, dict) or not (doc.text or "").strip():
        raise IngestError(Errors.E109.format(detail="trafilatura found no main text in the HTML"))
    text = doc.text or ""
    title = (doc.title or "").strip() or None
    if title:
        first, _, rest = text.partition("\n")
        if first.strip() == title and rest.strip():
            text = rest
    return HtmlDoc(text=text, title=title, date=doc.date or None, url=doc.url or url)


def fragment_text(fragment: str) -> str:
    """Turn an HTML fragment into text.

    fragment (str): e.g. ``<p>One.</p><p>Two <b>three</b>.</p>``.
    RETURNS (str): block elements as paragraphs (``One.\\n\\nTwo three.``);
        an empty string when the fragment has no text.
    """
    from lxml import etree
    from lxml import html as lxml_html

    if not fragment.strip():
        return ""
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    parts: list[str] = []

    def walk(node: Any) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        block = tag.lower() in _BLOCKS
        if block:
            parts.append("\n\n")
        if node.text and tag:
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append("\n\n")

    walk(root)
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def metadata_date(value: str | None) -> date | None:
    """Date from a metadata value, or None when absent or unreadable.

    value (str | None): e.g. ``2025-10-28``.
    RETURNS (date | None): the date.
    """
    if not value:
        return None
    try:
        return parse_published(value)
    except IngestError:
        logger.info("ignoring unreadable metadata date %r", value)
        return None


def read_html(data: bytes, source: str, settings: Settings, published: date | None) -> Iterator[Article | Rejection]:
    """Read one HTML page as an article.

    data (bytes): the page bytes.
    source (str): the file path.
    settings (Settings): gives ``min_chars``.
    published (date | None): the caller's anchor fallback (metadata wins).
    RETURNS (Iterator[Article | Rejection]): one article, or one rejection
        (E104 undecodable, E109 no main text, E110 too short).
    """
    try:
        doc = extract_html(decode_bytes(data, "html"))
    except IngestError as err:
        yield reject(source, err)
        return
    yield build_article(
        doc.text,
        source=source,
        kind="html",
        settings=settings,
        title=doc.title,
        url=doc.url,
        found=metadata_date(doc.date),
        published_text=doc.date,
        option=published,
    )
