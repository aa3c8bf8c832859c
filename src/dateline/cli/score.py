"""``dateline score``: Brier and log score of recorded forecasts, with a calibration table."""

from __future__ import annotations

import argparse
import json

from ..reason.score import ScoreReport, forecasts_of
from ..reason.score import score as score_forecasts
from ..store import Store
from .common import add_db, render, store_from

__all__ = ["add_parser", "score", "format_report"]


def format_report(report: ScoreReport, fmt: str = "text") -> str:
    """Render a score report.

    report (ScoreReport): the scores. fmt (str): ``text``, ``json`` or ``csv`` (the calibration table).
    RETURNS (str): the rendering.
    """
    if fmt == "json":
        return json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
    rows = [b.to_dict() for b in report.calibration]
    columns = ["bin", "count", "mean_probability", "observed_rate"]
    if fmt == "csv":
        return render(rows, "csv", columns)
    head = (
        f"forecasts {report.n} on {report.questions} resolved question(s)\n"
        f"brier     {report.brier} (always-0.5 baseline {report.brier_baseline})\n"
        f"log score {report.log_score} (always-0.5 baseline {report.log_baseline})\n"
    )
    return head + render(rows, "table", columns)


def score(store: Store, fmt: str = "text", bins: int = 5) -> str:
    """Score every recorded pre-resolution forecast of questions resolved yes or no.

    store (Store): the database. fmt (str): ``text``, ``json`` or ``csv``. bins (int): calibration bins.
    RETURNS (str): the rendered report.
    """
    return format_report(score_forecasts(forecasts_of(store), bins), fmt)


def _run(args: argparse.Namespace) -> int:
    store = store_from(args)
    try:
        print(score(store, args.format, args.bins))
    finally:
        store.close()
    return 0


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``dateline score``. sub (_SubParsersAction): the command group."""
    p = sub.add_parser(
        "score",
        help="score recorded forecasts (Brier, log score, calibration)",
        description=(
            "Brier and log score of the probabilities recorded for questions that resolved yes "
            "or no, against an always-0.5 baseline, with a calibration table. "
            "Example: dateline score --format json"
        ),
    )
    add_db(p)
    p.add_argument("--format", choices=["text", "json", "csv"], default="text")
    p.add_argument("--bins", type=int, default=5, help="calibration bins (default 5)")
    p.set_defaults(func=_run)
