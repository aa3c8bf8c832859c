"""Tests for dateline.ingest.feeds: RSS 2.0, Atom, broken feeds."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.config import Settings
from dateline.ingest.feeds import read_feed
from dateline.model import Article, Rejection

FIX = Path(__file__).parents[1] / "fixtures" / "ingest"


def _read(name: str, published: date | None = None) -> list[Article | Rejection]:
    return list(read_feed((FIX / name).read_bytes(), name, Settings(), published))


def test_feeds_rss_entries() -> None:
    got = [(i.source, i.title, i.url, i.published) for i in _read("rss2.xml") if isinstance(i, Article)]
    assert got == [
        ("rss2.xml#record=1", "Foreign minister heads to Jakarta", "https://wire.example.com/2025/10/jakarta", date(2025, 10, 28)),
        ("rss2.xml#record=2", "Port deal signed", "https://wire.example.com/2025/10/port", date(2025, 10, 29)),
    ]


def test_feeds_rss_html_description_to_text() -> None:
    first = _read("rss2.xml")[0]
    assert isinstance(first, Article)
    assert first.text == (
        "SEOUL, Oct 28 (Yonhap) -- The foreign minister will leave for Jakarta on Thursday for a regional "
        "security forum, her ministry said on Tuesday.\n\nShe is expected to hold bilateral talks on the sidelines."
    )
    assert (first.dateline_city, first.dateline_text, first.anchor_source) == ("SEOUL", "Oct 28", "metadata")


def test_feeds_rss_local_date_not_shifted_to_utc() -> None:
    first = _read("rss2.xml")[0]
    assert isinstance(first, Article)
    assert (first.published, first.published_text) == (date(2025, 10, 28), "Tue, 28 Oct 2025 23:30:00 +0900")


def test_feeds_rss_entry_without_content_rejected_e109() -> None:
    last = _read("rss2.xml")[2]
    assert isinstance(last, Rejection)
    assert (last.source, last.code) == ("rss2.xml#record=3", "E109")


@pytest.mark.parametrize(
    "index,title,published,text_start",
    [
        (0, "Talks on fishing quotas resume", date(2025, 12, 4), "OTTAWA, Dec 4 — Negotiators resumed talks"),
        (1, "Minister to attend climate meeting", date(2025, 12, 5), "The environment minister will attend"),
    ],
)
def test_feeds_atom_entries(index: int, title: str, published: date, text_start: str) -> None:
    entry = _read("atom.xml")[index]
    assert isinstance(entry, Article)
    assert (entry.title, entry.published, entry.text[: len(text_start)]) == (title, published, text_start)


def test_feeds_broken_feed_without_entries_e107() -> None:
    (item,) = _read("bad/broken_feed.xml")
    assert isinstance(item, Rejection)
    assert (item.code, item.reason) == ("E107", "broken feed (SAXParseException: <unknown>:5:0: unclosed token)")


def test_feeds_bozo_feed_with_entries_still_yields_them() -> None:
    first = _read("bad/bozo_with_entries.xml")[0]
    assert isinstance(first, Article)
    assert (first.title, first.published, first.dateline_city) == ("Delegation arrives in Accra", date(2025, 11, 10), "ACCRA")


def test_feeds_empty_feed_e109() -> None:
    data = b"<?xml version='1.0'?><rss version='2.0'><channel><title>Quiet</title></channel></rss>"
    (item,) = read_feed(data, "q.xml", Settings(), None)
    assert (item.code, item.reason) == ("E109", "no article text could be extracted (the feed has no entries)")
