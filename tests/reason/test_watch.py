"""Re-evaluating stored questions after ingest."""

from __future__ import annotations

from datetime import date

from dateline.reason.watch import reevaluate_questions
from dateline.store import Store

from .handmade import JSA, Report, fill

Q = "Will Hegseth visit the JSA by November 4?"
PLAN = Report("a1", date(2025, 10, 28), "Hegseth is scheduled to visit the Joint Security Area on November 3.",
              "visit", "planned", "2025-11-03", place=JSA)
DONE = Report("a2", date(2025, 11, 3), "Hegseth visited the Joint Security Area.", "visit", "happened",
              "2025-11-03", place=JSA)


def test_watch_records_first_evaluation(store: Store) -> None:
    fill(store, [PLAN])
    qid = store.add_question(Q, None, date(2025, 10, 28))
    changes = reevaluate_questions(store, date(2025, 10, 28))
    assert [(c.question_id, c.before, c.after["resolution"]) for c in changes] == [(qid, None, None)]


def test_watch_records_resolution_with_evidence(store: Store) -> None:
    fill(store, [PLAN])
    store.add_question(Q, None, date(2025, 10, 28))
    reevaluate_questions(store, date(2025, 10, 28))
    fill(store, [DONE])
    change = reevaluate_questions(store, date(2025, 11, 3))[0].to_dict()
    assert (change["resolution_before"], change["resolution"], change["probability"],
            [e["article_id"] for e in change["evidence"]]) == (None, "yes", 1.0, ["a1", "a2"])


def test_watch_unchanged_records_nothing(store: Store) -> None:
    fill(store, [PLAN])
    store.add_question(Q, None, date(2025, 10, 28))
    reevaluate_questions(store, date(2025, 10, 28))
    assert reevaluate_questions(store, date(2025, 10, 28)) == []


def test_watch_skips_questions_created_later(store: Store) -> None:
    fill(store, [PLAN])
    store.add_question(Q, None, date(2025, 11, 1))
    assert reevaluate_questions(store, date(2025, 10, 28)) == []


def test_watch_history_kept(store: Store) -> None:
    fill(store, [PLAN])
    qid = store.add_question(Q, None, date(2025, 10, 28))
    reevaluate_questions(store, date(2025, 10, 28))
    fill(store, [DONE])
    reevaluate_questions(store, date(2025, 11, 3))
    assert [h["state"]["resolution"] for h in store.question_history(qid)] == [None, "yes"]
