"""``dateline ask``: the plain function and the parsed command."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dateline.cli.ask import ask
from dateline.cli.main import main, parse_args
from dateline.store import open_store

from ..reason.handmade import JSA, Report, fill

PLAN = Report("a1", date(2025, 10, 28), "Hegseth is scheduled to visit the Joint Security Area on November 3.",
              "visit", "planned", "2025-11-03", place=JSA)
Q = "Will Hegseth visit the DMZ by November 4?"


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "t.db")
    store = open_store(path)
    fill(store, [PLAN])
    store.close()
    return path


def test_ask_cli_json_fields(db: str) -> None:
    store = open_store(db)
    out = json.loads(ask(store, Q, date(2025, 10, 28), "json"))
    store.close()
    assert (out["as_of"], out["resolved"], out["resolution"], out["event"]["id"]) == ("2025-10-28", False, None, 1)


def test_ask_cli_text_lists_evidence(db: str) -> None:
    store = open_store(db)
    text = ask(store, Q, date(2025, 10, 28), "text")
    store.close()
    assert text.splitlines()[-1] == (
        "  [planned] 2025-10-28 a1: Hegseth is scheduled to visit the Joint Security Area on November 3.")


def test_ask_cli_parse_args() -> None:
    args = parse_args(["ask", "--db", "x.db", "--as-of", "2025-10-28", "--format", "json", Q])
    assert (args.db, args.as_of, args.format, args.question) == ("x.db", date(2025, 10, 28), "json", Q)


def test_ask_cli_bad_question_exit_code(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["ask", "--db", db, "--as-of", "2025-10-28", "Hegseth visited Seoul."])
    assert (code, capsys.readouterr().err.startswith("dateline: E401")) == (2, True)


@pytest.mark.parametrize("argv", [["ask"], ["questions"], ["questions", "propose"], ["score"], ["brief"]])
def test_ask_cli_help_has_example(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parse_args([*argv, "--help"])
    assert "Example: dateline " + argv[0] in " ".join(capsys.readouterr().out.split())
