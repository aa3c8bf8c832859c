"""Walk files and folders and read each file with the module for its kind.

:func:`read_paths` is the ingest stage's entry point. It is lazy: folders are
walked one directory at a time (sorted, hidden names skipped) and each file
is read only when the consumer asks for the next item. Per file, in order:
missing path (E113), size over ``max_bytes`` checked with ``stat`` before
reading (E103), empty (E101), kind detection (E101/E102/E108), gunzip for
gzip files that are not WARC, then the kind's reader. Nothing raises for bad
data: a last guard per file turns an unexpected exception into a Rejection
E112 naming the exception type, and logs it with its traceback.

An article whose URL an earlier article of the same run had, with other text
(a page updated between two crawls, a feed entry sent again with changes), gets
warning W109 naming the earlier one: the store keeps one text per URL (an updated version replaces the old one).
"""

from __future__ import annotations

import logging
import os
import stat
from dataclasses import replace
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path

from ..config import Settings
from ..errors import Errors, IngestError
from ..model import Article, Rejection
from .messages import Notes
from .detect import detect_kind, gunzip, is_gzip
from .feeds import read_feed
from .html import read_html
from .jsonl import read_jsonl
from .records import reject, source_name
from .text import read_text
from .warc import read_warc

__all__ = ["read_paths", "read_file", "iter_files", "READERS"]

logger = logging.getLogger(__name__)

Reader = Callable[[bytes, str, Settings, "date | None"], Iterator["Article | Rejection"]]

#: The reader for each kind.
READERS: dict[str, Reader] = {
    "text": read_text,
    "html": read_html,
    "jsonl": read_jsonl,
    "feed": read_feed,
    "warc": read_warc,
}


def _hidden(name: str) -> bool:
    return name.startswith(".")


def iter_files(path: Path) -> Iterator[Path | Rejection]:
    """Files under a folder, depth first, sorted by name, hidden names skipped.

    path (Path): a folder.
    RETURNS (Iterator[Path | Rejection]): the files, lazily (one directory listed at a
        time), and a Rejection E118 for each folder that cannot be listed.
    """
    failed: list[OSError] = []
    for root, dirs, files in os.walk(path, onerror=failed.append):
        while failed:
            exc = failed.pop(0)
            where = source_name(exc.filename or root)
            yield reject(where, IngestError(Errors.E118.format(detail=exc.strerror or type(exc).__name__)))
        dirs[:] = sorted(d for d in dirs if not _hidden(d))
        for name in sorted(files):
            if not _hidden(name):
                yield Path(root) / name
    for exc in failed:
        where = source_name(exc.filename or path)
        yield reject(where, IngestError(Errors.E118.format(detail=exc.strerror or type(exc).__name__)))


def _read_bytes(path: Path, source: str, settings: Settings) -> bytes | Rejection:
    try:
        info = path.stat()
    except OSError as exc:
        return reject(source, IngestError(Errors.E112.format(detail=exc.strerror or type(exc).__name__)))
    if not stat.S_ISREG(info.st_mode):
        return reject(source, IngestError(Errors.E112.format(detail="not a regular file (device, FIFO or socket)")))
    size = info.st_size
    if size > settings.max_bytes:
        return reject(source, IngestError(Errors.E103.format(size=size, limit=settings.max_bytes)))
    if size == 0:
        return reject(source, IngestError(Errors.E101))
    try:
        with path.open("rb") as handle:
            data = handle.read(settings.max_bytes + 1)
    except OSError as exc:
        return reject(source, IngestError(Errors.E112.format(detail=exc.strerror or type(exc).__name__)))
    if len(data) > settings.max_bytes:
        return reject(source, IngestError(Errors.E103.format(size=f"over {settings.max_bytes}", limit=settings.max_bytes)))
    return data


def read_file(path: Path, settings: Settings, published: date | None = None) -> Iterator[Article | Rejection]:
    """Read one file into articles and rejections; never raises for bad data.

    path (Path): the file.
    settings (Settings): gives ``max_bytes`` and ``min_chars``.
    published (date | None): anchor fallback for documents without a date.
    RETURNS (Iterator[Article | Rejection]): what the file holds, in file order.
    """
    source = source_name(path)
    try:
        data = _read_bytes(path, source, settings)
        if isinstance(data, Rejection):
            yield data
            return
        kind = detect_kind(data, path.name)
        if is_gzip(data) and kind != "warc":
            data = gunzip(data, settings.max_bytes)
        yield from READERS[kind](data, source, settings, published)
    except IngestError as err:
        yield reject(source, err)
    except (ImportError, MemoryError):
        raise  # a broken installation or machine, not bad data: stop and say so
    except Exception as exc:  # the last guard: bad data must never stop a run
        logger.exception("%s: unexpected %s while reading", source, type(exc).__name__)
        detail = f"unexpected {type(exc).__name__}: {exc}"[:200]
        yield reject(source, IngestError(Errors.E112.format(detail=detail)))


def read_paths(
    paths: Sequence[str | Path], settings: Settings, published: date | None = None
) -> Iterator[Article | Rejection]:
    """Read files and folders into articles, lazily and in a fixed order.

    paths (Sequence[str | Path]): files and folders; folders are walked
        recursively (sorted, hidden files and folders skipped). A file named
        directly is read even if hidden.
    settings (Settings): gives ``max_bytes`` and ``min_chars``.
    published (date | None): anchor for documents that carry no date
        (CLI ``--published``); a date in the document wins (see :mod:`.anchor`).
    RETURNS (Iterator[Article | Rejection]): one item per article, bad file or
        bad record. Never raises for bad input: a missing path is a Rejection E113.
        An article with the URL of an earlier one but other text carries W109.
    """
    urls: dict[str, tuple[str, str]] = {}
    for item in _read_all(paths, settings, published):
        if isinstance(item, Article) and item.url:
            earlier = urls.setdefault(item.url, (item.id, item.source))
            if earlier[0] != item.id:
                warning = Notes.W109.format(other=earlier[0], where=earlier[1])
                logger.warning("%s: %s", item.source, warning)
                item = replace(item, warnings=(*item.warnings, warning))
        yield item


def _read_all(
    paths: Sequence[str | Path], settings: Settings, published: date | None
) -> Iterator[Article | Rejection]:
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for file in iter_files(path):
                if isinstance(file, Rejection):
                    yield file
                else:
                    yield from read_file(file, settings, published)
        elif path.exists():
            yield from read_file(path, settings, published)
        else:
            name = source_name(path)
            yield reject(name, IngestError(Errors.E113.format(path=name)))
