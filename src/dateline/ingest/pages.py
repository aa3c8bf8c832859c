"""Page structure around trafilatura: boilerplate pruning, live feeds, index pages, feed footers.

trafilatura does the extraction; this module only prepares its input and
judges its output, with language data from ``data/pages.json``:

* :func:`prune_boilerplate`: removes bylines, share bars, related-story lists, newsletter boxes and
  cookie banners by class or id tokens, including those trafilatura does not know (other
  languages: ``compartir``, ``relacionadas``, ``boletin``...). A token
  matches a whole class/id token or its prefix before ``-``/``_``; ``html``,
  ``body``, ``main`` and ``article`` are never pruned (a ``<body
  class="cookie-consent-shown">`` must not empty the page).
* :func:`unwrap_live_posts`: a live blog marks each update as an
  ``<article>``; trafilatura takes the first ``<article>`` as the whole story
  and loses the rest or its order, so sibling ``<article>`` elements of a live
  page become ``<div>`` and the feed is extracted as one text in page order.
* :func:`index_page_reason`: a section front or tag page (many headline
  links, little text of its own) is no article.
* :func:`strip_feed_footer`: feed bodies end with "The post ... appeared
  first on ...", "Continue reading..." and share prompts.
* :func:`strip_staff_trailers`: stories end with staff credits ("Reporting by
  ...; Editing by ...", "Associated Press writer X contributed from Y"): cut
  from every article's text, so they create no actors.
* :func:`page_title`: the page's own title (og:title, ``<title>``, JSON-LD
  headline) wins over a stray ``<h1>`` (a cookie dialog's, a live update's).
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import Any

__all__ = [
    "page_data",
    "has_token",
    "prune_boilerplate",
    "unwrap_live_posts",
    "declares_article",
    "index_page_reason",
    "strip_feed_footer",
    "strip_staff_trailers",
    "page_title",
]

_NEVER_PRUNED = frozenset({"html", "body", "main", "article"})
_LD_TYPE = re.compile(r'"@type"\s*:\s*\[?\s*"([A-Za-z]+)"')


@functools.cache
def page_data() -> dict[str, Any]:
    """Load the page language data (once).

    RETURNS (dict): ``prune_tokens``, feed footer patterns, index-page limits,
        article types, live tokens, date labels and month names.
    """
    raw = resources.files("dateline.ingest").joinpath("data/pages.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


def prune_boilerplate(tree: Any) -> int:
    """Remove boilerplate blocks by their class/id tokens (in place, one walk).

    Done before trafilatura runs (the same job as its ``prune_xpath`` option,
    which would need one XPath over every element per token: about a second
    on a large page). ``html``, ``body``, ``main`` and ``article`` are never
    removed.

    Elements named in ``prune_tags`` (``<amp-ad>``...) go whatever their class.
    When a removed block interrupted a sentence (the HTML parser closes a
    ``<p>`` at an ad ``<div>`` inside it, so the sentence's end becomes the
    ad's tail), the tail is joined back to that paragraph.

    tree (lxml.html.HtmlElement): the parsed page, changed in place.
    RETURNS (int): the number of elements removed.
    """
    data = page_data()
    tokens = frozenset(data["prune_tokens"])
    tags = frozenset(data["prune_tags"])
    doomed = [
        node
        for node in tree.iter()
        if isinstance(node.tag, str)
        and node.tag not in _NEVER_PRUNED
        and (node.tag in tags or ((node.get("class") or node.get("id")) and has_token(node, tokens)))
    ]
    for node in doomed:
        _rejoin_tail(node, data["sentence_end_chars"])
        node.drop_tree()  # keeps the node's tail text, which belongs to its parent
    return len(doomed)


def _rejoin_tail(node: Any, sentence_ends: str) -> None:
    """Move a removed block's tail into the paragraph before it when the paragraph
    stops mid-sentence (``<p>... will then travel </p><div class="ad">...</div> to Suva.``)."""
    tail = node.tail or ""
    before = node.getprevious()
    if not tail.strip() or before is None or before.tag != "p":
        return
    head = before.text_content().rstrip()
    if not head or head.endswith(tuple(sentence_ends)):
        return
    joined = " " + " ".join(tail.split("\n")).strip()
    if len(before):
        last = before[-1]
        last.tail = (last.tail or "").rstrip() + joined
    else:
        before.text = (before.text or "").rstrip() + joined
    node.tail = None


def has_token(node: Any, tokens: frozenset[str]) -> bool:
    """Tell an element by its class/id tokens.

    node (lxml element): the element.
    tokens (frozenset[str]): lower-case tokens.
    RETURNS (bool): True when a class or id token equals one of ``tokens`` or
        starts with one followed by ``-`` or ``_``.
    """
    for attr in ("class", "id"):
        for value in str(node.get(attr) or "").lower().split():
            if value in tokens or any(value.startswith(f"{t}-") or value.startswith(f"{t}_") for t in tokens):
                return True
    return False


def declares_article(tree: Any) -> str | None:
    """The article type a page declares, if any.

    tree (lxml.html.HtmlElement): the parsed page.
    RETURNS (str | None): ``og:type`` or JSON-LD ``@type`` when it is an
        article type (``article``, ``NewsArticle``, ``LiveBlogPosting``...), else None.
    """
    types = frozenset(page_data()["article_types"])
    for value in tree.xpath('//meta[@property="og:type"]/@content'):
        if str(value).strip().lower() in types:
            return str(value).strip()
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        for found in _LD_TYPE.findall(str(script)[:20000]):
            if found.lower() in types:
                return str(found)
    return None


def unwrap_live_posts(tree: Any) -> int:
    """Turn the sibling ``<article>`` updates of a live page into ``<div>`` (in place).

    A page is live when it declares ``LiveBlogPosting`` or a class/id token of
    the updates or their container is a live token (``live``, ``live-post``...).
    Related-story cards are left alone: they are no live updates.

    tree (lxml.html.HtmlElement): the parsed page, changed in place.
    RETURNS (int): the number of ``<article>`` elements unwrapped.
    """
    live = frozenset(page_data()["live_tokens"])
    declared = (declares_article(tree) or "").lower() == "liveblogposting"
    changed = 0
    for parent in {a.getparent() for a in tree.iter("article") if a.getparent() is not None}:
        posts = [child for child in parent if child.tag == "article"]
        if len(posts) < 2:
            continue
        if not (declared or has_token(parent, live) or any(has_token(p, live) for p in posts)):
            continue
        for post in posts:
            post.tag = "div"
            changed += 1
    return changed


def index_page_reason(tree: Any, text: str) -> str | None:
    """Tell a page that is an index of links rather than an article.

    Rule: at least ``min_headline_links`` links whose text has at least
    ``headline_words`` words (story headlines), whose text together is longer
    than the main text trafilatura extracted. A page that declares itself an
    article (``og:type``, JSON-LD) is never called an index: a short story on
    a page with long "most read" lists stays an article.

    tree (lxml.html.HtmlElement): the parsed page (before extraction).
    text (str): the extracted main text.
    RETURNS (str | None): the reason (counts named), or None for an article.
    """
    limits: dict[str, int] = page_data()["index_page"]
    if declares_article(tree) is not None:
        return None
    headlines = []
    for link in tree.iter("a"):
        words = link.text_content().split()
        if len(words) >= limits["headline_words"]:
            headlines.append(" ".join(words))
    link_chars = sum(len(h) for h in headlines)
    text_chars = len(text.strip())
    if len(headlines) >= limits["min_headline_links"] and link_chars > text_chars:
        return (
            f"the page is an index of links, not an article: {len(headlines)} headline links "
            f"({link_chars} characters) against {text_chars} characters of text"
        )
    return None


@functools.cache
def _footer_patterns() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    data = page_data()
    whole = tuple(re.compile(p, re.IGNORECASE) for p in data["feed_footer_patterns"])
    trailing = tuple(re.compile(p, re.IGNORECASE) for p in data["feed_trailing_patterns"])
    return whole, trailing


def strip_feed_footer(paragraphs: list[str]) -> list[str]:
    """Drop the boilerplate that feeds put at the end of an entry body.

    paragraphs (list[str]): the entry's paragraphs, in order.
    RETURNS (list[str]): without trailing paragraphs such as "The post X
        appeared first on Y." or "Continue reading", and with a trailing
        "Continue reading..." or "[...]" cut from the last paragraph.
    """
    whole, trailing = _footer_patterns()
    kept = list(paragraphs)
    while kept and any(p.match(kept[-1].strip()) for p in whole):
        kept.pop()
    if kept:
        last = kept[-1]
        for pattern in trailing:
            last = pattern.sub("", last)
        kept[-1] = last.rstrip()
        if not kept[-1]:
            kept.pop()
    return kept


@functools.cache
def _trailer_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in page_data()["staff_trailer_patterns"])


def strip_staff_trailers(text: str) -> str:
    """Cut the staff credits that end a story.

    text (str): an article body, lines separated by ``\\n``.
    RETURNS (str): the body without its last lines that match
        ``staff_trailer_patterns`` ("Reporting by ...; Editing by ...", "___",
        "Associated Press writer X contributed from Y"). Bracketed lines among
        them ("(This story has been updated ...)") are kept: they are notes the
        store and the extractor read. The text is returned unchanged when
        nothing would be left.
    """
    patterns = _trailer_patterns()
    lines = text.split("\n")
    end = len(lines)
    kept_notes: list[str] = []
    cut = False
    while end > 0:
        line = lines[end - 1].strip()
        if not line:
            end -= 1
        elif any(p.match(line) for p in patterns):
            end -= 1
            cut = True
        elif line.startswith("(") and line.endswith(")") and not cut:
            kept_notes.insert(0, lines[end - 1])
            end -= 1
        else:
            break
    if not cut or not any(line.strip() for line in lines[:end]):
        return text
    return "\n".join(lines[:end] + kept_notes).strip()


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _ld_headlines(tree: Any) -> list[str]:
    """Headlines of the top-level JSON-LD article objects (not their nested live updates)."""
    types = frozenset(page_data()["article_types"])
    found: list[str] = []
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(str(script)[:200000])
        except (ValueError, RecursionError):
            continue
        items = data if isinstance(data, list) else [data]
        for item in list(items):
            if isinstance(item, dict) and isinstance(item.get("@graph"), list):
                items.extend(item["@graph"])
        for item in items:
            if not isinstance(item, dict):
                continue
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            headline = item.get("headline")
            if any(isinstance(k, str) and k.lower() in types for k in kinds) and isinstance(headline, str) and headline.strip():
                found.append(" ".join(headline.split()))
    return found


def page_title(tree: Any, title: str | None) -> str | None:
    """The page's title, preferring what its head says over a stray heading.

    tree (lxml.html.HtmlElement): the parsed page.
    title (str | None): the title trafilatura chose (often a lone ``<h1>``).
    RETURNS (str | None): ``title`` when it matches og:title, the ``<title>``
        (or a part of it split at a site-name separator) or a top-level JSON-LD
        article headline; else the first of og:title, the ``<title>``'s longest
        part and the JSON-LD headline; ``title`` when the head names none.
    """
    separators = page_data()["title_separators"]
    og = [" ".join(str(v).split()) for v in tree.xpath('//meta[@property="og:title" or @name="og:title"]/@content')]
    head_titles = [" ".join(t.text_content().split()) for t in tree.iter("title")][:1]
    parts: list[str] = []
    for whole in head_titles:
        pieces = [whole]
        for sep in separators:
            pieces = [p for piece in pieces for p in piece.split(sep)]
        parts = [p.strip() for p in pieces if p.strip()]
    ld = _ld_headlines(tree)
    known = {_fold(t) for t in og + head_titles + parts + ld if t}
    if not known or (title and _fold(title) in known):
        return title
    longest = max(parts, key=len) if parts else None
    for choice in (*og, longest, *ld):
        if choice:
            return choice
    return title
