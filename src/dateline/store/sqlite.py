"""The SQLite backend of :class:`dateline.store.base.Store` (the default database).

The file runs in WAL mode with a busy timeout, so several ``dateline ingest``
processes can share it; every article is written in one ``BEGIN IMMEDIATE``
transaction (article, extraction, actors, places, reports), so an interrupted
ingest leaves either the whole article or nothing. Event state is folded from
the stored reports on read (:mod:`dateline.store.merge`), which is what makes
``as_of`` queries exact.

The store is assembled from one mixin per concern: the connection
(:mod:`.sqlite_connection`), the actor and place tables (:mod:`.sqlite_actors`),
reading articles and events (:mod:`.sqlite_reads`), writing them
(:mod:`.sqlite_writes`) and the question tables (:mod:`.sqlite_questions`).
"""

from __future__ import annotations

from .sqlite_questions import SQLiteQuestions
from .sqlite_writes import SQLiteWrites

__all__ = ["SQLiteStore"]


class SQLiteStore(SQLiteQuestions, SQLiteWrites):
    """A Dateline database in one SQLite file (or ``:memory:``).

    db (str): file path or ``:memory:``.
    timeout (float): seconds to wait for another writer's lock.
    RAISES StoreError: E301 when the file cannot be opened, E302 when its schema is newer.
    """

    def __enter__(self) -> SQLiteStore:
        """RETURNS (SQLiteStore): the store, closed again when the ``with`` block ends."""
        return self

    def __exit__(self, *exc: object) -> None:
        """Close the store. exc (object): the exception details, if any (not suppressed)."""
        self.close()
