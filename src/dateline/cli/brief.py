"""``dateline brief``: synopsis, key takeaways, timeline and questions of one article."""

from __future__ import annotations

import argparse
import json

from ..reason.brief import Brief
from ..reason.brief import brief as brief_article
from ..store import Store
from .common import add_db, store_from

__all__ = ["add_parser", "brief", "format_brief"]


def format_brief(b: Brief, fmt: str = "text") -> str:
    """Render a brief.

    b (Brief): the brief. fmt (str): ``text`` or ``json``.
    RETURNS (str): the rendering.
    """
    if fmt == "json":
        return json.dumps(b.to_dict(), ensure_ascii=False, indent=2)
    lines = [b.title or b.article_id, "", "Synopsis", b.synopsis, "", "Key takeaways"]
    lines += [f"- {t}" for t in b.key_takeaways]
    lines += ["", "Timeline"]
    lines += [f"{(t['date'] or 'date unknown'):<24} {t['status']:<10} {t['text']}" for t in b.timeline]
    lines += ["", "Questions"]
    lines += [f"- {q.question} (closes {q.close_date.isoformat()})" for q in b.questions]
    return "\n".join(lines)


def brief(store: Store, article_id: str, fmt: str = "text") -> str:
    """Brief one stored article.

    store (Store): the database. article_id (str): the article. fmt (str): ``text`` or ``json``.
    RETURNS (str): the rendered brief.
    RAISES StoreError: E303 when there is no such article.
    """
    return format_brief(brief_article(store, article_id), fmt)


def _run(args: argparse.Namespace) -> int:
    store = store_from(args)
    try:
        print(brief(store, args.article_id, args.format))
    finally:
        store.close()
    return 0


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``dateline brief``. sub (_SubParsersAction): the command group."""
    p = sub.add_parser(
        "brief",
        help="synopsis, takeaways, timeline and questions of one article",
        description=(
            "Extractive brief of a stored article: a 2-3 sentence synopsis, 4-6 key takeaways, "
            "the dated events in calendar order and proposed questions. "
            "Example: dateline brief 3f9c2a1b7d4e8f60 --format json"
        ),
    )
    add_db(p)
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("article_id", help="article id (see 'dateline articles')")
    p.set_defaults(func=_run)
