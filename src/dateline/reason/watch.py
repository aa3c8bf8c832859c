"""Re-evaluate stored questions after new articles arrive, recording every change.

The pipeline calls :func:`reevaluate_questions` after each ingest. Each question is
answered again as of the given day; when its probability, answer or resolution
differs from the latest recorded state, the new state (the JSON of ``dateline
ask``, with its evidence) is recorded and reported as a :class:`QuestionChange`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ..errors import QuestionError
from ..store.base import Store
from .ask import ask

__all__ = ["QuestionChange", "evaluate_question", "reevaluate_questions"]


@dataclass(frozen=True)
class QuestionChange:
    """One recorded change of a question's state.

    question_id (int): the question. text (str): its text. as_of (date): evaluation day.
    before (dict | None): the previous state (None for the first evaluation).
    after (dict): the new state, the JSON of ``dateline ask``.
    """

    question_id: int
    text: str
    as_of: date
    before: dict[str, Any] | None
    after: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """RETURNS (dict): ``{question_id, text, as_of, probability_before, probability,
        resolution_before, resolution, reason, evidence}``."""
        before = self.before or {}
        return {
            "question_id": self.question_id,
            "text": self.text,
            "as_of": self.as_of.isoformat(),
            "probability_before": before.get("probability"),
            "probability": self.after.get("probability"),
            "resolution_before": before.get("resolution"),
            "resolution": self.after.get("resolution"),
            "reason": self.after.get("reason"),
            "evidence": self.after.get("evidence", []),
        }


def evaluate_question(
    store: Store, text: str, as_of: date, close: date | None, anchor: date | None = None
) -> dict[str, Any]:
    """Answer one stored question as of a day, as a state to record.

    store (Store): the store. text (str): the question. as_of (date): the day.
    close (date | None): the question's close day.
    anchor (date | None): the question's creation day, for relative dates; None is ``as_of``.
    RETURNS (dict): the ``dateline ask`` JSON; a question that no longer parses gets
        answer ``unknown`` with the error message as its reason.
    """
    try:
        return ask(store, text, as_of, close=close, anchor=anchor).to_dict()
    except QuestionError as err:
        return {
            "question": text,
            "as_of": as_of.isoformat(),
            "answer": "unknown",
            "probability": None,
            "resolved": False,
            "resolution": None,
            "event": None,
            "evidence": [],
            "reason": str(err),
        }


def reevaluate_questions(store: Store, as_of: date) -> list[QuestionChange]:
    """Re-answer every stored question as of a day and record the ones that changed.

    store (Store): the store (questions are read and states recorded there).
    as_of (date): the evaluation day (normally the latest publication day ingested).
    RETURNS (list[QuestionChange]): the recorded changes, in question id order.
        Questions created after ``as_of`` are skipped. A question last evaluated on a
        later day is re-evaluated on that later day, so an older article that arrives
        late (a report published inside a window already closed as "no") can still
        change the answer, and time never runs backwards in a question's history.
    """
    answers = []
    for row in store.questions():
        if row.created > as_of:
            continue
        before = row.state
        day = max(as_of, date.fromisoformat(before["as_of"])) if before and before.get("as_of") else as_of
        answers.append((row, before, day, evaluate_question(store, row.text, day, row.close, row.created)))
    # record after answering all: a write in between would void the store's memo of events
    changes = []
    for row, before, day, after in answers:
        if store.record_question_state(row.id, after, day):
            changes.append(QuestionChange(row.id, row.text, day, before, after))
    return changes
