"""Scoring recorded forecasts: Brier score, log score and a calibration table.

A forecast is a probability of yes recorded before its question resolved; its
outcome is 1 for ``yes`` and 0 for ``no``. Questions resolved ``annulled`` or
``ambiguous``, and open ones, are not scored. Every baseline forecast is 0.5.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Sequence

from ..store.base import Store

__all__ = ["Forecast", "CalibrationBin", "ScoreReport", "brier", "log_score", "calibration", "score", "forecasts_of"]

#: Probabilities are clipped to [EPS, 1 - EPS] for the log score.
EPS = 0.01


@dataclass(frozen=True)
class Forecast:
    """One scored forecast.

    question_id (int): the question. as_of (str): when it was made.
    probability (float): probability of yes. outcome (int): 1 yes, 0 no.
    """

    question_id: int
    as_of: str
    probability: float
    outcome: int


@dataclass(frozen=True)
class CalibrationBin:
    """One bin of the calibration table.

    low / high (float): probability range [low, high) (the last bin includes 1.0).
    count (int): forecasts in it. mean (float | None): their mean probability.
    observed (float | None): the share that resolved yes.
    """

    low: float
    high: float
    count: int
    mean: float | None
    observed: float | None

    def to_dict(self) -> dict[str, Any]:
        """RETURNS (dict): ``{bin, count, mean_probability, observed_rate}``."""
        return {
            "bin": f"{self.low:.1f}-{self.high:.1f}",
            "count": self.count,
            "mean_probability": self.mean,
            "observed_rate": self.observed,
        }


@dataclass(frozen=True)
class ScoreReport:
    """Scores of a set of forecasts.

    n (int): forecasts scored. questions (int): distinct questions.
    brier / brier_baseline (float | None): mean squared error, and of always-0.5.
    log_score / log_baseline (float | None): mean log probability given to the outcome.
    calibration (tuple[CalibrationBin, ...]): the table.
    """

    n: int
    questions: int
    brier: float | None
    brier_baseline: float | None
    log_score: float | None
    log_baseline: float | None
    calibration: tuple[CalibrationBin, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        """RETURNS (dict): the JSON of ``dateline score --format json``."""
        return {
            "forecasts": self.n,
            "questions": self.questions,
            "brier": self.brier,
            "brier_baseline": self.brier_baseline,
            "log_score": self.log_score,
            "log_score_baseline": self.log_baseline,
            "calibration": [b.to_dict() for b in self.calibration],
        }


def brier(probabilities: Sequence[float], outcomes: Sequence[int]) -> float | None:
    """probabilities (Sequence[float]): forecasts of yes. outcomes (Sequence[int]): 1/0.
    RETURNS (float | None): mean squared error, 4 decimals; None when empty."""
    if not probabilities:
        return None
    return round(sum((p - o) ** 2 for p, o in zip(probabilities, outcomes)) / len(probabilities), 4)


def log_score(probabilities: Sequence[float], outcomes: Sequence[int]) -> float | None:
    """probabilities (Sequence[float]): forecasts of yes. outcomes (Sequence[int]): 1/0.
    RETURNS (float | None): mean natural log of the probability given to what happened
        (higher is better, 0 is perfect), probabilities clipped to [0.01, 0.99]; None when empty."""
    if not probabilities:
        return None
    total = 0.0
    for p, o in zip(probabilities, outcomes):
        q = min(max(p, EPS), 1 - EPS)
        total += math.log(q if o else 1 - q)
    return round(total / len(probabilities), 4)


def calibration(probabilities: Sequence[float], outcomes: Sequence[int], bins: int = 5) -> tuple[CalibrationBin, ...]:
    """Calibration table with equal-width bins.

    probabilities (Sequence[float]): forecasts. outcomes (Sequence[int]): 1/0.
    bins (int): number of bins over [0, 1].
    RETURNS (tuple[CalibrationBin, ...]): one row per bin, empty bins included.
    """
    rows = []
    for i in range(bins):
        low, high = i / bins, (i + 1) / bins
        inside = [
            (p, o) for p, o in zip(probabilities, outcomes) if low <= p < high or (i == bins - 1 and p == 1.0)
        ]
        mean = round(sum(p for p, _ in inside) / len(inside), 3) if inside else None
        observed = round(sum(o for _, o in inside) / len(inside), 3) if inside else None
        rows.append(CalibrationBin(round(low, 2), round(high, 2), len(inside), mean, observed))
    return tuple(rows)


def forecasts_of(store: Store) -> list[Forecast]:
    """The scoreable forecasts in a store: every recorded probability of a question
    resolved yes or no, recorded while it was still open.

    store (Store): the store.
    RETURNS (list[Forecast]): the forecasts, by question then time.
    """
    out = []
    for row in store.questions():
        state = row.state or {}
        if state.get("resolution") not in ("yes", "no"):
            continue
        outcome = 1 if state["resolution"] == "yes" else 0
        for entry in store.question_history(row.id):
            s = entry["state"]
            if s.get("resolved") or s.get("probability") is None:
                continue
            out.append(Forecast(row.id, str(entry["as_of"]), float(s["probability"]), outcome))
    return out


def score(forecasts: Sequence[Forecast], bins: int = 5) -> ScoreReport:
    """Score forecasts against their outcomes and the always-0.5 baseline.

    forecasts (Sequence[Forecast]): the forecasts.
    bins (int): calibration bins.
    RETURNS (ScoreReport): the scores.
    """
    probs = [f.probability for f in forecasts]
    outs = [f.outcome for f in forecasts]
    half = [0.5] * len(probs)
    return ScoreReport(
        n=len(probs),
        questions=len({f.question_id for f in forecasts}),
        brier=brier(probs, outs),
        brier_baseline=brier(half, outs),
        log_score=log_score(probs, outs),
        log_baseline=log_score(half, outs),
        calibration=calibration(probs, outs, bins),
    )
