"""Tests for dateline.ingest.read_paths: walking, order, laziness, per-file rejections."""

from __future__ import annotations

import gzip
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from dateline.config import Settings
from dateline.ingest import read_paths
from dateline.ingest import reader as reader_module
from dateline.model import Article, Rejection

FIX = Path(__file__).parents[1] / "fixtures" / "ingest"
STORY = "The envoys met in Geneva on Monday and agreed to meet again next week.\n"


def _outcome(item: Article | Rejection) -> str:
    return item.code if isinstance(item, Rejection) else "article"


@pytest.mark.parametrize(
    "name,expected",
    [
        ("bad/empty.txt", ["E101"]),
        ("bad/whitespace.txt", ["E101"]),
        ("bad/binary.txt", ["E102"]),
        ("bad/latin1_plain.txt", ["E104"]),
        ("bad/mixed_encoding.txt", ["E104"]),
        ("bad/latin1_mislabeled.html", ["E104"]),
        ("bad/broken_feed.xml", ["E107"]),
        ("bad/truncated.warc.gz", ["article", "article", "E108"]),
        ("bad/short.txt", ["E110"]),
        ("bad/mixed_lines.jsonl", ["article", "E105", "E106", "E114", "E111", "E114", "E110", "article"]),
        ("crawl.warc.gz", ["article", "article", "article", "E109"]),
        ("rss2.xml", ["article", "article", "E109"]),
    ],
)
def test_reader_outcomes_per_fixture(name: str, expected: list[str]) -> None:
    assert [_outcome(i) for i in read_paths([FIX / name], Settings())] == expected


def test_reader_missing_path_e113() -> None:
    (item,) = read_paths(["/nonexistent/story.txt"], Settings())
    assert item == Rejection("/nonexistent/story.txt", "E113", "path does not exist: /nonexistent/story.txt")


def test_reader_oversize_e103_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(STORY * 3, encoding="utf-8")
    (item,) = read_paths([path], Settings(max_bytes=100))
    assert item == Rejection(str(path), "E103", "file is 213 bytes, over the limit of 100; raise max_bytes to ingest it")


def test_reader_gzip_bomb_e103(tmp_path: Path) -> None:
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(STORY.encode() * 1000))
    (item,) = read_paths([path], Settings(max_bytes=5000))
    assert (item.code, item.reason) == (
        "E103",
        "file is over 5000 (decompressed) bytes, over the limit of 5000; raise max_bytes to ingest it",
    )


def test_reader_gzip_text(tmp_path: Path) -> None:
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress(STORY.encode()))
    (item,) = read_paths([path], Settings())
    assert isinstance(item, Article)
    assert (item.kind, item.text) == ("text", STORY.strip())


def test_reader_folder_order_sorted_and_hidden_skipped(tmp_path: Path) -> None:
    for rel in ["b.txt", "a/z.txt", "a/c.txt", ".hidden.txt", ".git/x.txt", "c/.secret/y.txt"]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{rel}: {STORY}", encoding="utf-8")
    got = [Path(i.source).relative_to(tmp_path).as_posix() for i in read_paths([tmp_path], Settings())]
    assert got == ["b.txt", "a/c.txt", "a/z.txt"]


def test_reader_hidden_file_named_directly_is_read(tmp_path: Path) -> None:
    path = tmp_path / ".hidden.txt"
    path.write_text(STORY, encoding="utf-8")
    (item,) = read_paths([path], Settings())
    assert isinstance(item, Article)


def test_reader_is_lazy(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "one.txt").write_text(STORY, encoding="utf-8")
    items = read_paths([tmp_path], Settings())
    first = next(items)
    (tmp_path / "b" / "two.txt").write_text("Later: " + STORY, encoding="utf-8")
    rest = list(items)
    assert [Path(i.source).name for i in [first, *rest]] == ["one.txt", "two.txt"]


def test_reader_paths_in_given_order(tmp_path: Path) -> None:
    for name in ["x.txt", "y.txt"]:
        (tmp_path / name).write_text(f"{name} {STORY}", encoding="utf-8")
    got = [Path(i.source).name for i in read_paths([tmp_path / "y.txt", tmp_path / "x.txt"], Settings())]
    assert got == ["y.txt", "x.txt"]


def test_reader_published_option_is_fallback_only() -> None:
    items = list(read_paths([FIX / "geneva.html", FIX / "london_reuters.txt"], Settings(), published=date(2025, 5, 5)))
    assert [(i.published, i.anchor_source) for i in items if isinstance(i, Article)] == [
        (date(2025, 10, 28), "metadata"),
        (date(2025, 5, 5), "option"),
    ]


def test_reader_unexpected_exception_becomes_e112(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(data: bytes, source: str, settings: Settings, published: date | None) -> Iterator[Article]:
        raise RuntimeError("boom")

    monkeypatch.setitem(reader_module.READERS, "text", explode)
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    (item,) = read_paths([path], Settings())
    assert item == Rejection(str(path), "E112", "cannot read file (unexpected RuntimeError: boom)")


def test_reader_same_text_same_id(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text("  " + STORY.replace(" ", "  ") + "\n\n", encoding="utf-8")
    first, second = read_paths([tmp_path], Settings())
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.id == second.id == first.content_hash[:16]


def test_reader_fifo_rejected_without_blocking(tmp_path: Path) -> None:
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    (item,) = read_paths([tmp_path], Settings())
    assert item == Rejection(str(path), "E112", "cannot read file (not a regular file (device, FIFO or socket))")


def test_reader_import_loads_no_parsing_library() -> None:
    import subprocess
    import sys

    code = "import sys, dateline.ingest; print(sorted(m for m in ('trafilatura', 'feedparser', 'warcio') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
