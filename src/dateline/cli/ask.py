"""``dateline ask``: answer a yes/no question about an event from the stored record."""

from __future__ import annotations

import argparse
import json
from datetime import date

from ..reason.ask import Answer
from ..reason.ask import ask as ask_question
from ..store import Store
from .common import add_db, iso_date, store_from

__all__ = ["add_parser", "ask", "format_answer"]


def format_answer(answer: Answer, fmt: str = "text") -> str:
    """Render an answer.

    answer (Answer): the answer. fmt (str): ``text`` or ``json``.
    RETURNS (str): JSON (one object) or a few readable lines.
    """
    if fmt == "json":
        return json.dumps(answer.to_dict(), ensure_ascii=False, indent=2)
    prob = "n/a" if answer.probability is None else f"{answer.probability:.2f}"
    lines = [
        f"question:   {answer.question}",
        f"as of:      {answer.as_of.isoformat()}",
        f"answer:     {answer.answer} (probability of yes {prob})",
        f"resolution: {answer.resolution or 'open'}",
        f"reason:     {answer.reason}",
    ]
    for ev in answer.evidence:
        when = ev.published.isoformat() if ev.published else "undated"
        lines.append(f"  [{ev.status}] {when} {ev.article_id}: {' '.join(ev.sentence.split())}")
    return "\n".join(lines)


def ask(store: Store, question: str, as_of: date | None = None, fmt: str = "text") -> str:
    """Answer a question as of a day.

    store (Store): the database. question (str): the question.
    as_of (date | None): only articles published by this day count; None is today.
    fmt (str): ``text`` or ``json``.
    RETURNS (str): the rendered answer.
    RAISES QuestionError: E401/E402 when the question is not a yes/no question about an event.
    """
    return format_answer(ask_question(store, question, as_of or date.today()), fmt)


def _run(args: argparse.Namespace) -> int:
    store = store_from(args)
    try:
        print(ask(store, args.question, args.as_of, args.format))
    finally:
        store.close()
    return 0


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``dateline ask``. sub (_SubParsersAction): the command group."""
    p = sub.add_parser(
        "ask",
        help="answer a yes/no question about an event",
        description=(
            "Answer a yes/no question about an event from stored articles published on or "
            "before --as-of. Example: dateline ask --as-of 2025-10-28 "
            "\"Will Pete Hegseth visit the DMZ during his trip to South Korea?\""
        ),
    )
    add_db(p)
    p.add_argument("--as-of", type=iso_date("--as-of"), default=None, help="YYYY-MM-DD (default: today)")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("question", help="a yes/no question, e.g. 'Will X visit Y by <date>?'")
    p.set_defaults(func=_run)
