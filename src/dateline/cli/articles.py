"""``dateline articles`` and ``dateline show``: what is stored, and what was found in it."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from ..model import Article, Extraction
from ..store import Store
from .common import add_db, iso_date, render, store_from

__all__ = ["add_parser", "list_articles", "show_article", "mark_text"]

_COLUMNS = ["id", "published", "kind", "dateline_city", "title", "source"]


def list_articles(store: Store, start: date | None, end: date | None, fmt: str) -> str:
    """store (Store): the database. start / end (date | None): published window.
    fmt (str): table, json or csv. RETURNS (str): the listing."""
    rows = []
    for a in store.articles(start, end):
        d = a.to_dict()
        d.pop("text")
        rows.append(d)
    return render(rows, fmt, _COLUMNS)


def _spans(extraction: Extraction) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    for ev in extraction.events:
        if 0 <= ev.evidence.trigger_start < ev.evidence.trigger_end:
            spans.append((ev.evidence.trigger_start, ev.evidence.trigger_end, f"event:{ev.action}/{ev.status}"))
    for t in extraction.times:
        spans.append((t.start, t.end, f"time:{t.value}"))
    for a in extraction.actors:
        if 0 <= a.start < a.end:
            spans.append((a.start, a.end, f"actor:{a.name}"))
    for p in extraction.places:
        if 0 <= p.start < p.end:
            spans.append((p.start, p.end, f"place:{p.name}"))
    return spans


def mark_text(text: str, extraction: Extraction) -> str:
    """Mark what was extracted inline: ``[next Monday]{time:2025-11-03}``.

    text (str): the article text. extraction (Extraction): what was found in it.
    RETURNS (str): the text with marks; where spans overlap, the first listed
    (events, then times, actors, places) wins.
    """
    taken: list[tuple[int, int]] = []
    chosen = []
    for start, end, label in _spans(extraction):
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        chosen.append((start, end, label))
    out, pos = [], 0
    for start, end, label in sorted(chosen):
        out.append(text[pos:start])
        out.append(f"[{text[start:end]}]{{{label}}}")
        pos = end
    out.append(text[pos:])
    return "".join(out)


def show_article(store: Store, article_id: str, fmt: str = "text") -> str:
    """store (Store): the database. article_id (str): id or unique prefix. fmt (str): text or json.
    RETURNS (str): the article with its extraction marked, and its events listed.
    RAISES StoreError: E303 for an unknown id."""
    article, extraction = store.article(article_id)
    events = store.events(article_id=article.id)
    if fmt == "json":
        data: dict[str, Any] = {
            "article": article.to_dict(),
            "times": [t.to_dict() for t in extraction.times],
            "actors": [{**a.to_dict(), "start": a.start, "end": a.end} for a in extraction.actors],
            "places": [{**p.to_dict(), "start": p.start, "end": p.end} for p in extraction.places],
            "events": [e.to_dict() for e in events],
        }
        return json.dumps(data, ensure_ascii=False, indent=2)
    return _show_text(article, extraction, events)


def _show_text(article: Article, extraction: Extraction, events: list[Any]) -> str:
    head = [
        f"id:        {article.id}",
        f"title:     {article.title or ''}",
        f"published: {article.published or 'unknown (relative dates unanchored)'} ({article.anchor_source})",
        f"dateline:  {article.dateline_city or ''} {article.dateline_text or ''}".rstrip(),
        f"source:    {article.source}",
    ]
    head += [f"warning:   {w}" for w in article.warnings]
    lines = head + ["", mark_text(article.text, extraction), "", "events:"]
    for e in events:
        date_text = e.date.value or "date unknown"
        place = f" at {e.place.name}" if e.place else ""
        with_ = f" with {', '.join(c.name for c in e.counterparts)}" if e.counterparts else ""
        lines.append(f"  #{e.id} {date_text} [{e.status}] {e.actor.name} {e.action}{' ' + e.what if e.what else ''}{place}{with_}{f' (CAMEO {e.cameo})' if e.cameo else ''}")
    return "\n".join(lines)


def _run_articles(args: argparse.Namespace) -> int:
    store = store_from(args)
    try:
        print(list_articles(store, args.start, args.end, args.format))
    finally:
        store.close()
    return 0


def _run_show(args: argparse.Namespace) -> int:
    store = store_from(args)
    try:
        print(show_article(store, args.article_id, args.format))
    finally:
        store.close()
    return 0


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``dateline articles`` and ``dateline show``."""
    p = sub.add_parser(
        "articles",
        help="list stored articles",
        description="Lists stored articles, oldest first. Example: dateline articles --from 2025-10-01 --format csv",
    )
    add_db(p)
    p.add_argument("--from", dest="start", type=iso_date("--from"), help="published on or after")
    p.add_argument("--to", dest="end", type=iso_date("--to"), help="published on or before")
    p.add_argument("--format", choices=["table", "json", "csv"], default="table")
    p.set_defaults(func=_run_articles)

    s = sub.add_parser(
        "show",
        help="one article with its time expressions, actors, places and events marked",
        description="Shows an article's text with what was extracted marked inline. Example: dateline show 882dbebd",
    )
    s.add_argument("article_id", help="article id or a unique prefix of it")
    add_db(s)
    s.add_argument("--format", choices=["text", "json"], default="text")
    s.set_defaults(func=_run_show)
