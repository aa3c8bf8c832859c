"""The connection under :class:`~dateline.store.sqlite.SQLiteStore`: opening the file (WAL
mode, busy timeout, foreign keys, migrations), retrying while another process creates or
migrates the same file, and running SQL.

The table mixins of the store (:mod:`.sqlite_actors`, :mod:`.sqlite_reads`,
:mod:`.sqlite_writes`, :mod:`.sqlite_questions`) build on :class:`SQLiteConnection`.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable
from datetime import datetime, timezone
from typing import Any

from ..errors import Errors, StoreError
from ..model import EventRecord
from .migrations import migrate_sqlite

__all__ = ["SQLiteConnection", "utc_now_iso"]


class SQLiteConnection:
    """One open connection to a Dateline SQLite file (or ``:memory:``), migrated to the
    current schema.

    db (str): file path or ``:memory:``.
    timeout (float): seconds to wait for another writer's lock.
    RAISES StoreError: E301 when the file cannot be opened, E302 when its schema is newer.
    """

    def __init__(self, db: str, timeout: float = 60.0) -> None:
        """Open the file, retrying while another process holds its lock, and start the empty
        memo of :meth:`~dateline.store.sqlite_reads.SQLiteReads.events`.

        db (str): file path or ``:memory:``. timeout (float): seconds to wait on a lock.
        RAISES StoreError: E301 when the file cannot be opened, E302 when its schema is newer.
        """
        self.db = db
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.conn = self._connect(db, timeout)
                break
            except sqlite3.OperationalError as exc:
                # another process is creating or migrating the same file: SQLite can answer "locked" at once
                # while it switches the journal to WAL, without waiting for the busy timeout; try again
                if "locked" not in str(exc) and "busy" not in str(exc) or time.monotonic() > deadline:
                    raise StoreError(Errors.E301.format(db=db, detail=exc)) from None
                time.sleep(0.05)
            except sqlite3.Error as exc:
                raise StoreError(Errors.E301.format(db=db, detail=exc)) from None
        self._memo: dict[tuple[Any, ...], list[EventRecord]] = {}
        self._memo_version: tuple[int, int] = (-1, -1)

    @staticmethod
    def _connect(db: str, timeout: float) -> sqlite3.Connection:
        """Open, set up (WAL, busy timeout, foreign keys) and migrate one connection; closed again on failure.

        db (str): the file path or ``:memory:``. timeout (float): seconds to wait on a lock.
        RETURNS (sqlite3.Connection): the connection. RAISES sqlite3.Error: as SQLite reports it.
        """
        conn = sqlite3.connect(db, timeout=timeout, isolation_level=None, check_same_thread=False)
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            if db != ":memory:":
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            migrate_sqlite(conn, db)
        except sqlite3.Error:
            conn.close()
            raise
        return conn

    def _version(self) -> tuple[int, int]:
        """RETURNS (tuple[int, int]): changes by other connections (``PRAGMA data_version``)
        and by this one (``total_changes``): the memo of :meth:`events` holds while both stay."""
        (other,) = self.conn.execute("PRAGMA data_version").fetchone()
        return int(other), self.conn.total_changes

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def _rows(self, sql: str, params: Iterable[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        """Run a query and return its rows by column name.

        sql (str): the statement. params (Iterable[Any] | dict[str, Any]): its positional
            or named parameters.
        RETURNS (list[dict[str, Any]]): one dict per row, column name to value, in order.
        """
        cur = self.conn.execute(sql, params if isinstance(params, dict) else tuple(params))
        cols = [c[0] for c in cur.description or ()]
        return [dict(zip(cols, row)) for row in cur.fetchall()]


def utc_now_iso() -> str:
    """RETURNS (str): the current UTC time in ISO 8601 to the second (when a row was recorded)."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
