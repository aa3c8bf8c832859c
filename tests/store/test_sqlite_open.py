"""Opening the SQLite store while another connection holds the file."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from dateline.errors import StoreError
from dateline.store.sqlite import SQLiteStore


def _lock(db: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("CREATE TABLE other(x)")
    return conn


def test_sqlite_open_waits_for_another_writer_to_finish(tmp_path: Path) -> None:
    # a second ingest starting while the first creates the file used to fail at once with "database is locked"
    db = tmp_path / "d.db"
    holder = _lock(db)
    releaser = threading.Timer(0.3, lambda: (holder.execute("COMMIT"), holder.close()))
    releaser.start()
    store = SQLiteStore(str(db), timeout=10)
    releaser.join()
    assert store.articles() == []
    store.close()


def test_sqlite_open_gives_a_clear_error_when_the_lock_stays(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    holder = _lock(db)
    start = time.monotonic()
    with pytest.raises(StoreError, match="E301: .*database is locked"):
        SQLiteStore(str(db), timeout=0.5)
    assert time.monotonic() - start < 5
    holder.close()
