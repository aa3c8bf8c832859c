"""Dateline stage: ingest. Files on disk -> :class:`~dateline.model.Article` or :class:`~dateline.model.Rejection`.

Kinds and their modules: ``text`` (:mod:`.text`), ``html`` (:mod:`.html`,
trafilatura), ``jsonl`` (:mod:`.jsonl`), ``feed`` (:mod:`.feeds`, feedparser),
``warc`` (:mod:`.warc`, warcio). :mod:`.detect` tells kinds and decodes,
:mod:`.dateline` finds datelines, :mod:`.anchor` chooses the date anchor,
:mod:`.identity` makes ids. Nothing heavy is imported until a file is read.
"""

from __future__ import annotations

from .detect import KINDS, detect_kind
from .identity import article_id, content_hash
from .reader import read_file, read_paths

__all__ = ["KINDS", "read_paths", "read_file", "detect_kind", "article_id", "content_hash"]
