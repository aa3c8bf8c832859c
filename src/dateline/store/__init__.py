"""Store stage: keeps articles, extractions, actors, places, events and questions.

``open_store(db)`` picks the backend from the setting: a file path (or ``:memory:``)
is SQLite, the default; ``postgresql://`` URLs are reserved for the PostgreSQL backend.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import Errors, StoreError
from .base import AddResult, Store
from .sqlite import SQLiteStore

__all__ = ["open_store", "Store", "AddResult", "SQLiteStore"]


def open_store(db: str, create: bool = True) -> Store:
    """Open (creating and migrating if needed) a Dateline database.

    db (str): SQLite file path or ``:memory:``.
    create (bool): create the file when missing; False for commands that only read,
        so a mistyped ``--db`` is an error rather than an empty answer.
    RETURNS (Store): the open store; call ``close()`` when done.
    RAISES StoreError: E301 when it cannot be opened, E305 for an unsupported URL,
        E307 when ``create`` is False and the file does not exist.
    """
    if "://" in db:
        raise StoreError(Errors.E305.format(db=db))
    if not create and db != ":memory:" and not Path(db).exists():
        raise StoreError(Errors.E307.format(db=db))
    return SQLiteStore(db)
