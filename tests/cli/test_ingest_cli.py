"""``dateline ingest`` end to end: summary, exit codes, kill -9 mid-batch, two concurrent ingests."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dateline.cli.main import main, parse_args

CITIES = ["Lisbon", "Oslo", "Nairobi", "Lima", "Hanoi", "Ottawa", "Dakar", "Quito", "Riga", "Accra"]
MINISTERS = ["Ana Ribeiro", "Lars Holm", "Grace Otieno", "Diego Paredes", "Minh Tran"]


def _write_articles(folder: Path, count: int, offset: int = 0) -> None:
    """Write ``count`` distinct short articles of our own making."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(offset, offset + count):
        city = CITIES[i % len(CITIES)]
        who = MINISTERS[i % len(MINISTERS)]
        text = (
            f"Trade envoy note {i}\n\n"
            f"{city}, March {1 + i % 27} (Dateline Wire) - Foreign Minister {who} will visit {city} "
            f"on March {2 + i % 26} for talks on fisheries and port fees, round {i}, her office said. "
            f"The visit is the {i}th of its kind this year."
        )
        (folder / f"a{i:04d}.txt").write_text(text, encoding="utf-8")


def _count(db: Path, table: str) -> int:
    con = sqlite3.connect(db)
    try:
        return int(con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
    finally:
        con.close()


def _dateline(*args: str) -> list[str]:
    return [sys.executable, "-m", "dateline.cli.main", *args]


def test_cli_parse_args_ingest_options() -> None:
    args = parse_args(["ingest", "a.txt", "b/", "--db", "x.db", "--published", "2025-10-28", "--strict"])
    assert (args.paths, args.db, str(args.published), args.strict) == (["a.txt", "b/"], "x.db", "2025-10-28", True)


def test_cli_bad_published_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        parse_args(["ingest", "a.txt", "--published", "28/10/2025"])
    assert exc.value.code == 2
    assert "E501: '28/10/2025' is not a date for --published" in capsys.readouterr().err


@pytest.mark.slow
def test_cli_ingest_summary_and_duplicates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write_articles(tmp_path / "in", 3)
    db = str(tmp_path / "d.db")
    assert main(["ingest", str(tmp_path / "in"), "--db", db, "--published", "2025-03-01", "--quiet"]) == 0
    first = capsys.readouterr().out
    assert first.startswith("articles: 3 new, 0 duplicate, 0 rejected; events: 3 new, 0 updated;")
    assert main(["ingest", str(tmp_path / "in"), "--db", db, "--quiet"]) == 0
    assert capsys.readouterr().out.startswith("articles: 0 new, 3 duplicate, 0 rejected; events: 0 new, 0 updated;")


@pytest.mark.slow
def test_cli_ingest_bad_file_is_reported_and_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write_articles(tmp_path / "in", 2)
    (tmp_path / "in" / "zz_empty.txt").write_bytes(b"")
    db = str(tmp_path / "d.db")
    assert main(["ingest", str(tmp_path / "in"), "--db", db, "--published", "2025-03-01", "--quiet"]) == 0
    out = capsys.readouterr()
    assert out.out.startswith("articles: 2 new, 0 duplicate, 1 rejected;")
    assert f"rejected {tmp_path / 'in' / 'zz_empty.txt'}: [E101]" in out.err
    assert main(["ingest", str(tmp_path / "in"), "--db", db, "--strict", "--quiet"]) == 1


@pytest.mark.slow
def test_cli_ingest_nothing_ingestible_exits_1(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["ingest", str(tmp_path / "empty.txt"), "--db", str(tmp_path / "d.db"), "--quiet"]) == 1


@pytest.mark.slow
def test_cli_ingest_killed_mid_batch_is_consistent_and_resumes(tmp_path: Path) -> None:
    _write_articles(tmp_path / "in", 400)
    db = tmp_path / "d.db"
    cmd = _dateline("ingest", str(tmp_path / "in"), "--db", str(db), "--published", "2025-03-01", "--quiet")
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        time.sleep(0.2)
        if db.exists():
            try:
                if _count(db, "articles") >= 20:
                    break
            except sqlite3.OperationalError:
                continue
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    stored = _count(db, "articles")
    assert 0 < stored < 400
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # every stored article has its extraction and no report points at a missing article
    assert con.execute("SELECT COUNT(*) FROM articles WHERE id NOT IN (SELECT article_id FROM extractions)").fetchone()[0] == 0
    assert con.execute("SELECT COUNT(*) FROM reports WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0] == 0
    con.close()
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    assert done.stdout.startswith(f"articles: {400 - stored} new, {stored} duplicate, 0 rejected;")
    assert _count(db, "articles") == 400


@pytest.mark.slow
def test_cli_two_concurrent_ingests_lose_nothing(tmp_path: Path) -> None:
    _write_articles(tmp_path / "a", 60, 0)
    _write_articles(tmp_path / "b", 60, 30)  # 30 articles overlap
    db = tmp_path / "d.db"
    procs = [
        subprocess.Popen(
            _dateline("ingest", str(tmp_path / d), "--db", str(db), "--published", "2025-03-01", "--quiet"),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for d in ("a", "b")
    ]
    outs = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    assert _count(db, "articles") == 90
    new = sum(int(o.split(" new,")[0].split()[-1]) for o, _ in outs)
    assert new == 90
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
