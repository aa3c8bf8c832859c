"""Schema migrations: named, ordered steps, each applied in its own transaction.

Each migration is a SQL file in ``store/sql/`` named ``NNNN_name.sql``; applied
ones are recorded in ``schema_migrations``. A database newer than this code
knows is refused (E302) rather than misread.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import cache
from importlib import resources

from ..errors import Errors, StoreError

__all__ = ["Migration", "migrations", "migrate_sqlite"]


@dataclass(frozen=True)
class Migration:
    """One schema step. version (int): its number. name (str): what it does. sql (str): statements."""

    version: int
    name: str
    sql: str


@cache
def migrations() -> tuple[Migration, ...]:
    """RETURNS (tuple[Migration, ...]): every migration shipped, in order."""
    folder = resources.files("dateline.store").joinpath("sql")
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql") and entry.name[:4].isdigit():
            version = int(entry.name[:4])
            found.append(Migration(version, entry.name[5:-4], entry.read_text(encoding="utf-8")))
    return tuple(sorted(found, key=lambda m: m.version))



def _statements(sql: str) -> list[str]:
    lines = [ln for ln in sql.splitlines() if not ln.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def migrate_sqlite(conn: sqlite3.Connection, db: str) -> int:
    """Bring a SQLite database up to the latest schema.

    conn (sqlite3.Connection): an open connection in autocommit mode (isolation_level None).
    db (str): its name, for messages.
    RETURNS (int): the schema version after migrating.
    RAISES StoreError: E302 when the database is newer than this code.
    """
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    known = migrations()
    latest = known[-1].version
    for m in known:
        conn.execute("BEGIN IMMEDIATE")
        try:
            done = conn.execute("SELECT 1 FROM schema_migrations WHERE version = ?", (m.version,)).fetchone()
            if not done:
                for stmt in _statements(m.sql):
                    conn.execute(stmt)
                conn.execute(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    (m.version, m.name, datetime.now(timezone.utc).isoformat(timespec="seconds")),
                )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    (found,) = conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
    if found is not None and found > latest:
        raise StoreError(Errors.E302.format(db=db, found=found, known=latest))
    return int(found or 0)
