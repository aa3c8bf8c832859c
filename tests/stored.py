"""Own-words article texts ingested, through the real pipeline, into a fresh in-memory store (for tests of merging
and questions across articles)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from dateline.config import load_settings
from dateline.pipeline import ingest_paths
from dateline.store import Store, open_store


def stored(tmp_path: Path, texts: Sequence[tuple[str, date]]) -> Store:
    """tmp_path (Path): a folder for the article files. texts (Sequence[tuple[str, date]]): each article's text and
    publication day, in ingest order. RETURNS (Store): a fresh in-memory store holding them."""
    store = open_store(":memory:")
    settings = load_settings(db=":memory:")
    for k, (text, day) in enumerate(texts):
        path = tmp_path / f"a{k + 1}.txt"
        path.write_text(text, encoding="utf-8")
        ingest_paths([path], store, settings, published=day)
    return store
