"""Scoring: Brier, log score, calibration, and forecasts read from stored question history."""

from __future__ import annotations

from datetime import date

from dateline.reason.score import Forecast, brier, calibration, forecasts_of, log_score, score
from dateline.store import Store


def test_score_brier_exact() -> None:
    assert brier([0.9, 0.2, 0.5], [1, 0, 1]) == 0.1
    

def test_score_brier_empty() -> None:
    assert brier([], []) is None


def test_score_log_score_clips() -> None:
    assert log_score([1.0, 0.0], [1, 0]) == -0.0101


def test_score_log_score_half() -> None:
    assert log_score([0.5], [1]) == -0.6931


def test_score_calibration_bins() -> None:
    table = calibration([0.1, 0.15, 0.9, 1.0, 0.5], [0, 1, 1, 1, 0], bins=5)
    assert [(b.count, b.mean, b.observed) for b in table] == [
        (2, 0.125, 0.5), (0, None, None), (1, 0.5, 0.0), (0, None, None), (2, 0.95, 1.0)]


def test_score_report_baseline() -> None:
    report = score([Forecast(1, "2025-10-28", 0.8, 1), Forecast(2, "2025-10-28", 0.3, 0)])
    assert (report.n, report.questions, report.brier, report.brier_baseline) == (2, 2, 0.065, 0.25)


def _state(p: float | None, resolution: str | None) -> dict[str, object]:
    return {"probability": p, "resolution": resolution, "resolved": resolution is not None, "answer": "unknown"}


def test_score_forecasts_of_store_skips_resolved_states(store: Store) -> None:
    qid = store.add_question("Will Hegseth visit the DMZ by November 4?", None, date(2025, 10, 28))
    store.record_question_state(qid, _state(0.8, None), date(2025, 10, 28))
    store.record_question_state(qid, _state(0.9, None), date(2025, 10, 30))
    store.record_question_state(qid, _state(1.0, "yes"), date(2025, 11, 3))
    assert [(f.probability, f.outcome) for f in forecasts_of(store)] == [(0.8, 1), (0.9, 1)]


def test_score_forecasts_of_store_skips_annulled(store: Store) -> None:
    qid = store.add_question("Will Hegseth visit Osaka during his trip to Japan?", None, date(2025, 10, 28))
    store.record_question_state(qid, _state(0.8, None), date(2025, 10, 28))
    store.record_question_state(qid, _state(0.0, "annulled"), date(2025, 10, 30))
    assert forecasts_of(store) == []
