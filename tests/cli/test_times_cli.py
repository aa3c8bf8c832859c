"""Tests of ``dateline times`` and ``dateline timeml`` (called as plain functions and via argparse)."""

from __future__ import annotations

import argparse
import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from dateline.cli import times as times_cli
from dateline.cli import timeml as timeml_cli
from dateline.errors import IngestError, TimeMLError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dateline")
    sub = parser.add_subparsers(dest="command")
    times_cli.add_parser(sub)
    timeml_cli.add_parser(sub)
    return parser


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    """RETURNS (Path): a small own-words text file."""
    path = tmp_path / "article.txt"
    path.write_text("The envoy will arrive on Sunday for a two-day visit.\n", encoding="utf-8")
    return path


def test_times_cli_text_lines(article: Path) -> None:
    out = times_cli.times(article, date(2025, 10, 28), "text")
    assert out.splitlines() == ["25-31\tDATE\t2025-11-02 .. 2025-11-03\t'Sunday'", "38-45\tDURATION\tP2D\t'two-day'"]


def test_times_cli_json(article: Path) -> None:
    rows = json.loads(times_cli.times(article, date(2025, 10, 28), "json"))
    assert [(r["text"], r["type"], r["value"], r["start"], r["end"]) for r in rows] == [
        ("Sunday", "DATE", "2025-11-02", 25, 31), ("two-day", "DURATION", "P2D", 38, 45)]


def test_times_cli_no_anchor_marks_unanchored(article: Path) -> None:
    out = times_cli.times(article, None, "text")
    assert out.splitlines()[0] == "25-31\tDATE\tXXXX-XX-XX\t'Sunday'  (unanchored: no publication date)"


def test_times_cli_missing_file(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="^E113: "):
        times_cli.times(tmp_path / "nope.txt", None, "text")


def test_times_cli_unknown_format(article: Path) -> None:
    with pytest.raises(TimeMLError, match="^E502: unknown format 'xml' for times; expected one of: text, json"):
        times_cli.times(article, None, "xml")


def test_times_cli_parses_anchor(article: Path) -> None:
    args = _parser().parse_args(["times", str(article), "--anchor", "2025-10-28", "--format", "json"])
    assert (args.anchor, args.format, args.func.__name__) == (date(2025, 10, 28), "json", "_run")


def test_times_cli_bad_anchor_exits(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        _parser().parse_args(["times", str(article), "--anchor", "28/10/2025"])
    assert "E204: anchor '28/10/2025' is not a date; expected YYYY-MM-DD" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["times", "timeml"])
def test_times_cli_help_has_example(command: str) -> None:
    sub = _parser()._subparsers._group_actions[0]  # type: ignore[union-attr]
    assert "Example: dateline " + command in sub.choices[command].description


def test_timeml_cli_exit_code_and_messages(fixtures_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in"
    source.mkdir()
    for name in ("visit.tml", "no_text.tml"):
        shutil.copy(fixtures_dir / "timeml" / name, source / name)
    args = _parser().parse_args(["timeml", str(source), str(tmp_path / "out")])
    assert args.func(args) == 1
    captured = capsys.readouterr()
    assert "E203: " in captured.err and "no_text.tml" in captured.err
    assert captured.out.startswith("1 documents, 3 TIMEX3 written")
    assert (tmp_path / "out" / "visit.tml").exists()


def test_timeml_cli_function_returns_summary(fixtures_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    shutil.copy(fixtures_dir / "timeml" / "visit.tml", source / "visit.tml")
    summary = timeml_cli.timeml(source, tmp_path / "out")
    assert (summary.documents, summary.timexes, summary.failed) == (1, 3, [])
