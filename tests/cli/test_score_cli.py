"""``dateline score``."""

from __future__ import annotations

import json
from datetime import date

from dateline.cli.main import parse_args
from dateline.cli.score import score
from dateline.store import open_store


def _store():  # type: ignore[no-untyped-def]
    s = open_store(":memory:")
    qid = s.add_question("Will Hegseth visit the DMZ by November 4?", None, date(2025, 10, 28))
    s.record_question_state(qid, {"probability": 0.8, "resolution": None, "resolved": False}, date(2025, 10, 28))
    s.record_question_state(qid, {"probability": 1.0, "resolution": "yes", "resolved": True}, date(2025, 11, 3))
    return s


def test_score_cli_json() -> None:
    out = json.loads(score(_store(), "json"))
    assert (out["forecasts"], out["brier"], out["brier_baseline"], out["log_score"]) == (1, 0.04, 0.25, -0.2231)


def test_score_cli_csv_header() -> None:
    assert score(_store(), "csv").splitlines()[0] == "bin,count,mean_probability,observed_rate"


def test_score_cli_parse() -> None:
    assert parse_args(["score", "--format", "csv"]).format == "csv"
