"""Shared CLI rendering."""

from __future__ import annotations

from dateline.cli.common import table


def test_table_keeps_the_last_column_whole_and_marks_cuts() -> None:
    long_question = "Will a minister with a very long name visit a place with an even longer name by 2026-01-01?"
    rows = [{"id": 1, "note": "x" * 80, "question": long_question}]
    lines = table(rows, ["id", "note", "question"]).splitlines()
    assert lines[1].endswith(long_question)
    assert "x" * 59 + "…" in lines[1] and "x" * 61 not in lines[1]
