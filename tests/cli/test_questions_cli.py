"""``dateline questions add|list|history|propose``."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dateline.cli.main import main, parse_args
from dateline.cli.questions import add_question, list_questions, propose_questions, question_history
from dateline.store import Store, open_store

from ..reason.handmade import JSA, Report, fill

Q = "Will Hegseth visit the DMZ by November 4?"


@pytest.fixture
def store() -> Store:
    s = open_store(":memory:")
    fill(s, [Report("a1", date(2025, 10, 28), "Hegseth is scheduled to visit the Joint Security Area on November 3.",
                    "visit", "planned", "2025-11-03", place=JSA)])
    return s


def test_questions_cli_add_records_state(store: Store) -> None:
    qid, state = add_question(store, Q, date(2025, 11, 5), date(2025, 10, 28))
    assert (qid, state["resolution"], len(store.question_history(qid))) == (1, None, 1)


def test_questions_cli_list_json(store: Store) -> None:
    add_question(store, Q, date(2025, 11, 5), date(2025, 10, 28))
    (row,) = json.loads(list_questions(store, "json"))
    assert (row["id"], row["question"], row["close"], row["resolution"]) == (1, Q, "2025-11-05", None)


def test_questions_cli_history_json(store: Store) -> None:
    add_question(store, Q, None, date(2025, 10, 28))
    (entry,) = json.loads(question_history(store, 1, "json"))
    assert (entry["as_of"], entry["state"]["question"]) == ("2025-10-28", Q)


def test_questions_cli_propose_json(store: Store) -> None:
    (prop,) = json.loads(propose_questions(store, date(2025, 10, 28), "json"))
    assert (prop["question"], prop["close_date"], prop["event_id"]) == (
        "Will Pete Hegseth visit the Joint Security Area by November 3, 2025?", "2025-11-04", 1)


def test_questions_cli_parse_propose() -> None:
    args = parse_args(["questions", "propose", "--from", "2025-10-28", "--format", "json"])
    assert (getattr(args, "from"), args.format) == (date(2025, 10, 28), "json")


def test_questions_cli_parse_add_close() -> None:
    args = parse_args(["questions", "add", Q, "--close", "2025-11-05"])
    assert (args.question, args.close) == (Q, date(2025, 11, 5))


def test_questions_cli_propose_without_from_uses_the_announcement_day(store: Store) -> None:
    (prop,) = json.loads(propose_questions(store, None, "json"))
    assert (prop["from"], prop["question"]) == ("2025-10-28", "Will Pete Hegseth visit the Joint Security Area by November 3, 2025?")


def test_questions_cli_add_creates_a_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "new.db"
    code = main(["questions", "add", "Will Pete Hegseth visit the DMZ by November 4, 2025?", "--db", str(db),
                 "--as-of", "2025-10-20"])
    assert code == 0 and db.exists()
    assert "unknown" in capsys.readouterr().out
