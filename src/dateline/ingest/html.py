"""HTML pages and fragments -> text, title, date and URL.

Whole pages go through trafilatura's ``bare_extraction`` with metadata
(main text without boilerplate; title, date and canonical URL from the
page's metadata via htmldate), comments left out, after the boilerplate
blocks of :func:`dateline.ingest.pages.prune_boilerplate` are removed. Live-blog
updates are unwrapped first (:func:`~dateline.ingest.pages.unwrap_live_posts`)
and a page that is an index of links is rejected (E109, with the counts).
A first line of the text that repeats the title (the page's ``<h1>``) is
removed so the body starts where the story starts (and a dateline can be
found).

Publication date of a page, first that gives one:

1. htmldate (through trafilatura), fast mode, original date
   (``original_date``: ``datePublished`` / ``article:published_time`` win
   over ``dateModified`` / "Updated" stamps): the ``<head>`` metadata
   (Open Graph and other ``<meta>`` tags, JSON-LD), then a full date in the
   URL path (``/2025/11/03/``; ``deferred_url_extractor``, so markup with a
   time zone wins over the URL), then ``<abbr>``/``<time>`` elements and
   date-classed elements holding a full date.
2. A visible line starting with a publication label ("Published Nov. 3,
   2025"; :mod:`dateline.ingest.pagedate`), read by Dateline's own rule.
3. None: the caller falls back (a WARC record's ``WARC-Date``, then the
   anchor rules of :mod:`dateline.ingest.anchor`).

htmldate's extensive search (guessing a date from free text) stays off: it
takes copyright years and dates of the events in the story.

Fragments (feed entry content and summaries, too small for trafilatura's
boilerplate removal) are turned into text with lxml: block elements become
paragraphs, inline elements are joined; captions, share bars and feed
footers ("The post ... appeared first on ...") are dropped.
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
from .pagedate import visible_date
from .pages import has_token, index_page_reason, page_data, prune_boilerplate, strip_feed_footer, unwrap_live_posts
from .records import build_article, reject

__all__ = ["HtmlDoc", "extract_html", "fragment_text", "read_html"]

logger = logging.getLogger(__name__)

_DATE_PARAMS: dict[str, Any] = {"extensive_search": False, "original_date": True, "deferred_url_extractor": True}
_BLOCKS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote pre table tr section article header footer figure figcaption dd dt".split()
)
_SPACES = re.compile(r"[ \t\u00a0]+")


@dataclass(frozen=True)
class HtmlDoc:
    """What a page gives: main text and metadata.

    text (str): main text, paragraphs on their own lines.
    title (str | None): title from metadata.
    date (str | None): publication date (ISO ``YYYY-MM-DD``), see the module docstring.
    url (str | None): canonical URL from metadata, else the one given.
    date_text (str | None): the date as written when it came from a visible
        line ("Published Nov. 3, 2025"); else the same as ``date``.
    """

    text: str
    title: str | None
    date: str | None
    url: str | None
    date_text: str | None = None


def extract_html(html: str, url: str | None = None) -> HtmlDoc:
    """Extract the main text and metadata of an HTML page with trafilatura.

    html (str): the decoded page.
    url (str | None): the page's URL, if known (metadata may override it).
    RETURNS (HtmlDoc): text, title, date and URL.
    RAISES IngestError: E109 when no main text can be extracted.
    """
    import trafilatura  # heavy import, done on first use

    tree = trafilatura.load_html(html)
    if tree is None:
        raise IngestError(Errors.E109.format(detail="the HTML could not be parsed"))
    prune_boilerplate(tree)
    unwrap_live_posts(tree)
    try:
        doc = trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except (ValueError, TypeError, AttributeError, IndexError) as exc:
        logger.warning("trafilatura failed on a page: %s: %s", type(exc).__name__, exc)
        raise IngestError(Errors.E109.format(detail=f"trafilatura: {type(exc).__name__}")) from None
    found = doc if doc is not None and not isinstance(doc, dict) else None
    text = (found.text or "") if found is not None else ""
    index = index_page_reason(tree, text)
    if index is not None:
        raise IngestError(Errors.E109.format(detail=index))
    if found is None or not text.strip():
        raise IngestError(Errors.E109.format(detail="trafilatura found no main text in the HTML"))
    title = (found.title or "").strip() or None
    if title:
        first, _, rest = text.partition("\n")
        if first.strip() == title and rest.strip():
            text = rest
    day, day_text = found.date or None, found.date or None
    if day is None:
        visible = visible_date(tree)
        if visible is not None:
            day, day_text = visible[0].isoformat(), visible[1]
    return HtmlDoc(text=text, title=title, date=day, url=found.url or url, date_text=day_text)


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
    dropped = frozenset(page_data()["drop_fragment_tags"])
    boilerplate = frozenset(page_data()["prune_tokens"])
    for bad in [n for n in root.iter() if isinstance(n.tag, str) and (n.tag.lower() in dropped or has_token(n, boilerplate))]:
        if bad is not root:
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
    paragraphs = [p.strip() for p in re.split(r"\n{2,}", "\n".join(lines)) if p.strip()]
    return "\n\n".join(strip_feed_footer(paragraphs))


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
        published_text=doc.date_text,
        option=published,
    )
