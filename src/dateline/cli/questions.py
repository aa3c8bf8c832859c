"""``dateline questions``: add, list, show the history of, and propose forecasting questions."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from ..reason.propose import propose, propose_as_announced
from ..reason.question import parse_question, unreadable_window
from ..reason.watch import evaluate_question
from ..store import Store
from .common import add_db, iso_date, render, store_from

__all__ = ["add_parser", "add_question", "list_questions", "question_history", "propose_questions"]

_COLUMNS = ["id", "question", "close", "answer", "probability", "resolution"]


def add_question(store: Store, text: str, close: date | None = None, as_of: date | None = None) -> tuple[int, dict[str, Any]]:
    """Store a question and record its first evaluation.

    store (Store): the database. text (str): the question. close (date | None): close day.
    as_of (date | None): creation and evaluation day; None is today.
    RETURNS (tuple[int, dict]): the question id and its state (the ``dateline ask`` JSON).
    RAISES QuestionError: E401-E405 when the text is not a well-formed yes/no question
        about an event, E404 also when its date cannot be read ("by next Fridy").
    """
    pattern = parse_question(text)
    day = as_of or date.today()
    refused = unreadable_window(pattern, day)
    if refused is not None:
        raise refused
    qid = store.add_question(text, close, day)
    state = evaluate_question(store, text, day, close)
    store.record_question_state(qid, state, day)
    return qid, state


def _row(q: Any) -> dict[str, Any]:
    state = q.state or {}
    return {
        "id": q.id,
        "question": q.text,
        "close": q.close.isoformat() if q.close else None,
        "created": q.created.isoformat(),
        "answer": state.get("answer"),
        "probability": state.get("probability"),
        "resolution": state.get("resolution"),
        "as_of": state.get("as_of"),
        "reason": state.get("reason"),
    }


def list_questions(store: Store, fmt: str = "table") -> str:
    """store (Store): the database. fmt (str): ``table``, ``json`` or ``csv``.
    RETURNS (str): the stored questions with their latest state."""
    return render([_row(q) for q in store.questions()], fmt, _COLUMNS)


def question_history(store: Store, question_id: int, fmt: str = "table") -> str:
    """store (Store): the database. question_id (int): the question. fmt (str): ``table`` or ``json``.
    RETURNS (str): every recorded evaluation, oldest first.
    RAISES StoreError: E304 when there is no such question."""
    rows = store.question_history(question_id)
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2)
    flat = [
        {
            "as_of": r["as_of"],
            "answer": r["state"].get("answer"),
            "probability": r["state"].get("probability"),
            "resolution": r["state"].get("resolution"),
            "reason": r["state"].get("reason"),
        }
        for r in rows
    ]
    return render(flat, "table", ["as_of", "answer", "probability", "resolution", "reason"])


def propose_questions(store: Store, from_day: date | None = None, fmt: str = "table") -> str:
    """store (Store): the database.
    from_day (date | None): as-of day; None asks each plan on the day of the article
        that first reported it (works on archives; the ``from`` column shows the day).
    fmt (str): ``table`` or ``json``.
    RETURNS (str): proposed questions for planned events."""
    props = propose(store, from_day) if from_day is not None else propose_as_announced(store)
    if fmt == "json":
        return json.dumps([p.to_dict() for p in props], ensure_ascii=False, indent=2)
    rows = [{"event_id": p.event_id, "from": p.from_day.isoformat() if p.from_day else "",
             "close_date": p.close_date.isoformat(), "question": p.question} for p in props]
    return render(rows, "table", ["event_id", "from", "close_date", "question"])


def _run_add(args: argparse.Namespace) -> int:
    store = store_from(args, create=True)  # a forecaster may register questions before the first ingest
    try:
        qid, state = add_question(store, args.question, args.close, args.as_of)
        print(f"question {qid}: {state['answer']} (probability {state['probability']}) {state['reason']}")
    finally:
        store.close()
    return 0


def _run_list(args: argparse.Namespace) -> int:
    store = store_from(args)
    try:
        print(list_questions(store, args.format))
    finally:
        store.close()
    return 0


def _run_history(args: argparse.Namespace) -> int:
    store = store_from(args)
    try:
        print(question_history(store, args.id, args.format))
    finally:
        store.close()
    return 0


def _run_propose(args: argparse.Namespace) -> int:
    store = store_from(args)
    try:
        print(propose_questions(store, getattr(args, "from"), args.format))
    finally:
        store.close()
    return 0


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``dateline questions add|list|history|propose``. sub (_SubParsersAction): the command group."""
    p = sub.add_parser(
        "questions",
        help="keep, list and propose forecasting questions",
        description=(
            "Stored questions are re-evaluated after every ingest; each change is recorded. "
            "Example: dateline questions add \"Will Pete Hegseth visit the DMZ by November 4?\" --close 2025-11-05"
        ),
    )
    qsub = p.add_subparsers(dest="questions_command", metavar="ACTION")
    a = qsub.add_parser("add", help="store a question", description=(
        "Store a question and record its first evaluation. "
        "Example: dateline questions add \"Will Pete Hegseth visit the DMZ by November 4?\" --close 2025-11-05"))
    add_db(a)
    a.add_argument("question")
    a.add_argument("--close", type=iso_date("--close"), default=None, help="close day YYYY-MM-DD")
    a.add_argument("--as-of", type=iso_date("--as-of"), default=None, help="creation day (default: today)")
    a.set_defaults(func=_run_add)
    ls = qsub.add_parser("list", help="list stored questions", description=(
        "List stored questions with their latest answer. Example: dateline questions list --format json"))
    add_db(ls)
    ls.add_argument("--format", choices=["table", "json", "csv"], default="table")
    ls.set_defaults(func=_run_list)
    h = qsub.add_parser("history", help="recorded evaluations of one question", description=(
        "Every recorded change of a question's probability or resolution. Example: dateline questions history 1"))
    add_db(h)
    h.add_argument("id", type=int)
    h.add_argument("--format", choices=["table", "json"], default="table")
    h.set_defaults(func=_run_history)
    pr = qsub.add_parser("propose", help="propose questions from planned events", description=(
        "Questions a forecaster would want about planned events. "
        "Example: dateline questions propose --from 2025-10-28 --format json"))
    add_db(pr)
    pr.add_argument("--from", type=iso_date("--from"), default=None,
                    help="as-of day (default: each plan on the day it was first reported)")
    pr.add_argument("--format", choices=["table", "json"], default="table")
    pr.set_defaults(func=_run_propose)
