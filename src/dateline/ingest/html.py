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
3. A visible "Updated 3:41 PM EST, Tue March 3, 2026" line, as a last resort
   (``date_kind`` ``updated``: warning W106, and the dateline's day wins when it
   is more than a day away).
4. None: the caller falls back (a WARC record's ``WARC-Date``, then the
   anchor rules of :mod:`dateline.ingest.anchor`).

A date htmldate found only in the page body (a ``<time>`` element, perhaps
of another story in a "Latest" sidebar) is ``date_kind`` ``element``: when
the story's dateline is more than a day away from it, the dateline's day
wins (W104). This is checked only then, by asking htmldate again about the
page's head, its ``<meta>`` and JSON-LD elements and its URL alone.

The title is trafilatura's when the page's head agrees with it, else the
head's own (:func:`dateline.ingest.pages.page_title`: og:title, ``<title>``
without the site name, JSON-LD headline), so a cookie dialog's ``<h1>`` or
a live update's headline is not the title.

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
from .anchor import TOLERANCE_DAYS, dateline_day, parse_published
from .dateline import find_dateline
from .detect import decode_bytes
from .pagedate import visible_date, visible_updated_date
from .pages import (
    has_token,
    index_page_reason,
    page_data,
    page_title,
    prune_boilerplate,
    strip_feed_footer,
    unwrap_live_posts,
)
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
    date_kind (str): how firm the date is (:data:`dateline.ingest.anchor.FOUND_KINDS`):
        ``firm`` (metadata, URL, a "Published" line), ``element`` (only an element
        in the body gives it), ``updated`` (only an "Updated" line gives it).
    """

    text: str
    title: str | None
    date: str | None
    url: str | None
    date_text: str | None = None
    date_kind: str = "firm"


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
    chosen = (found.title or "").strip() or None
    title = page_title(tree, chosen)
    first, _, rest = text.partition("\n")
    if first.strip() and first.strip() in (title, chosen) and rest.strip():
        text = rest
    day, day_text, kind = found.date or None, found.date or None, "firm"
    if day is None:
        visible = visible_date(tree)
        updated = visible_updated_date(tree) if visible is None else None
        if visible is not None:
            day, day_text = visible[0].isoformat(), visible[1]
        elif updated is not None:
            day, day_text, kind = updated[0].isoformat(), updated[1], "updated"
    elif _body_only_date(tree, url, day, text):
        kind = "element"
    return HtmlDoc(text=text, title=title, date=day, url=found.url or url, date_text=day_text, date_kind=kind)


def _body_only_date(tree: Any, url: str | None, day: str, text: str) -> bool:
    """True when the story's dateline is more than a day from ``day`` and htmldate,
    asked about the page's head, ``<meta>`` and JSON-LD elements and URL alone, does
    not give ``day``: the date came from an element in the body."""
    import htmldate
    from lxml import etree

    found = metadata_date(day)
    near = dateline_day(find_dateline(text), found) if found is not None else None
    if found is None or near is None or abs((near - found).days) <= TOLERANCE_DAYS:
        return False
    head = tree.find("head")
    parts = [etree.tostring(head, encoding="unicode")] if head is not None else []
    body = tree.find("body")
    if body is not None:
        kept = body.xpath('.//meta | .//link[@rel="canonical"] | .//script[contains(@type, "ld+json")]')
        parts.append("<body>" + "".join(etree.tostring(n, encoding="unicode", with_tail=False) for n in kept) + "</body>")
    try:
        head_day = htmldate.find_date("<html>" + "".join(parts) + "</html>", url=url, **_DATE_PARAMS)
    except (ValueError, TypeError):
        return False
    return bool(head_day != day)


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
        found_kind=doc.date_kind,
    )
