"""The question tables of :class:`~dateline.store.sqlite.SQLiteStore`: the questions kept
and the history of their evaluations (probability, resolution, answer as of a day).
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from ..errors import Errors, StoreError
from ..model import QuestionRow
from . import queries as q
from .codec import dumps, iso, parse_iso
from .sqlite_connection import SQLiteConnection, utc_now_iso

__all__ = ["SQLiteQuestions"]


class SQLiteQuestions(SQLiteConnection):
    """The questions of the store and their recorded states (see :class:`SQLiteConnection`
    for opening it)."""

    def add_question(self, text: str, close: date | None, created: date) -> int:
        """Keep a question. RETURNS (int): its id (the existing one for the same text)."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            row = self.conn.execute(q.QUESTION_BY_TEXT, (text,)).fetchone()
            if row:
                qid = int(row[0])
                if close is not None:
                    self.conn.execute(q.SET_QUESTION_CLOSE, (iso(close), qid))
            else:
                qid = int(self.conn.execute(q.INSERT_QUESTION, (text, iso(close), iso(created))).lastrowid or 0)
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return qid

    def _question(self, row: dict[str, Any]) -> QuestionRow:
        """row (dict[str, Any]): a row of the questions table.
        RETURNS (QuestionRow): the question with its latest recorded state (None when none)."""
        latest = self._rows(q.LATEST_STATE, (row["id"],))
        state = json.loads(latest[0]["state"]) if latest else None
        return QuestionRow(row["id"], row["text"], parse_iso(row["close"]), parse_iso(row["created"]) or date.min, state)

    def questions(self) -> list[QuestionRow]:
        """RETURNS (list[QuestionRow]): stored questions with their latest state."""
        return [self._question(r) for r in self._rows(q.ALL_QUESTIONS)]

    def question(self, question_id: int) -> QuestionRow:
        """RETURNS (QuestionRow): one question. RAISES StoreError: E304 if unknown."""
        rows = self._rows(q.QUESTION_BY_ID, (question_id,))
        if not rows:
            raise StoreError(Errors.E304.format(question_id=question_id))
        return self._question(rows[0])

    def record_question_state(self, question_id: int, state: dict[str, Any], as_of: date) -> bool:
        """Record an evaluation when probability or resolution changed.
        RETURNS (bool): True when a row was recorded."""
        latest = self.question(question_id).state
        if latest is not None and all(latest.get(k) == state.get(k) for k in ("probability", "resolution", "answer")):
            return False
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self.conn.execute(q.INSERT_STATE, (question_id, iso(as_of), utc_now_iso(), dumps(state)))
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return True

    def question_history(self, question_id: int) -> list[dict[str, Any]]:
        """RETURNS (list[dict]): ``{as_of, recorded, state}`` rows, oldest first.
        RAISES StoreError: E304 if unknown."""
        self.question(question_id)
        return [
            {"as_of": r["as_of"], "recorded": r["recorded"], "state": json.loads(r["state"])}
            for r in self._rows(q.STATES_OF, (question_id,))
        ]
