"""Tests for dateline.ingest.warc: HTML records, dates, skipped and bad records."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dateline.config import Settings
from dateline.ingest.warc import read_warc
from dateline.model import Article, Rejection

FIX = Path(__file__).parents[1] / "fixtures" / "ingest"


def _read(name: str, published: date | None = None) -> list[Article | Rejection]:
    return list(read_warc((FIX / name).read_bytes(), name, Settings(), published))


def test_warc_html_responses_become_articles() -> None:
    got = [(i.source, i.url, i.kind) for i in _read("crawl.warc.gz") if isinstance(i, Article)]
    assert got == [
        ("crawl.warc.gz#record=3", "https://archive.example.org/2025/03/04/ankara-visit", "warc"),
        ("crawl.warc.gz#record=4", "https://archive.example.org/canal-talks", "warc"),
        ("crawl.warc.gz#record=5", "https://archive.example.org/zurich", "warc"),
    ]


def test_warc_page_date_wins_over_warc_date() -> None:
    first = _read("crawl.warc.gz")[0]
    assert isinstance(first, Article)
    assert (first.published, first.published_text, first.anchor_source) == (date(2025, 3, 4), "2025-03-04", "metadata")


def test_warc_date_is_fallback() -> None:
    second = _read("crawl.warc.gz", date(2020, 1, 1))[1]
    assert isinstance(second, Article)
    # WARC-Date 2025-04-11 is the only date; "PANAMA CITY, April 10" is a day before it: the
    # dateline's day is the anchor, the crawl date stays as written (W103)
    assert (second.published, second.published_text, second.anchor_source) == (
        date(2025, 4, 10),
        "2025-04-11T14:20:00Z",
        "dateline",
    )
    assert [w[:5] for w in second.warnings] == ["W103:"]


def test_warc_charset_from_http_header() -> None:
    third = _read("crawl.warc.gz")[2]
    assert isinstance(third, Article)
    assert third.text.startswith("ZÜRICH, May 19 (dpa) - Mediators")
    assert third.title == "Mediators gather in Zürich"


def test_warc_non_2xx_rejected_and_pdf_skipped() -> None:
    items = _read("crawl.warc.gz")
    assert len(items) == 4
    assert items[3] == Rejection("crawl.warc.gz#record=7", "E109", "no article text could be extracted (HTTP status 404)")


def test_warc_truncated_keeps_earlier_records() -> None:
    got = [(i.source, getattr(i, "code", "article")) for i in _read("bad/truncated.warc.gz")]
    assert got == [
        ("bad/truncated.warc.gz#record=3", "article"),
        ("bad/truncated.warc.gz#record=4", "article"),
        ("bad/truncated.warc.gz#record=5", "E108"),
    ]


def test_warc_truncated_names_the_problem() -> None:
    last = _read("bad/truncated.warc.gz")[-1]
    assert last.reason == "corrupt or truncated gzip/WARC (gzip member 5 is truncated)"


def test_warc_uncompressed_record_shorter_than_content_length() -> None:
    body = b"<html><body><p>" + b"Talks went on. " * 10 + b"</p></body></html>"
    record = (
        b"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: https://x.example/a\r\n"
        b"WARC-Date: 2025-01-02T00:00:00Z\r\nContent-Type: text/html\r\n"
        + f"Content-Length: {len(body) + 500}\r\n\r\n".encode()
        + body
    )
    (item,) = read_warc(record, "x.warc", Settings(), None)
    assert item == Rejection(
        "x.warc#record=1", "E108", "corrupt or truncated gzip/WARC (record is shorter than its Content-Length)"
    )


def test_warc_without_html_records_e109() -> None:
    record = b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 4\r\n\r\nabcd\r\n\r\n"
    (item,) = read_warc(record, "x.warc", Settings(), None)
    assert item == Rejection("x.warc", "E109", "no article text could be extracted (the WARC has no HTML response records)")
