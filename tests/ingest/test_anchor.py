"""Tests for dateline.ingest.anchor: anchor order, ISO parsing, dateline checks."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.errors import Errors, IngestError
from dateline.ingest.anchor import dateline_warnings, parse_published, resolve_anchor
from dateline.ingest.dateline import find_dateline


@pytest.mark.parametrize(
    "found,found_source,option,expected",
    [
        (date(2025, 10, 28), "metadata", date(2025, 1, 1), (date(2025, 10, 28), "metadata")),
        (date(2025, 10, 28), "jsonl", None, (date(2025, 10, 28), "jsonl")),
        (None, "metadata", date(2025, 1, 1), (date(2025, 1, 1), "option")),
        (None, "jsonl", None, (None, "none")),
    ],
)
def test_anchor_resolve_order(
    found: date | None, found_source: str, option: date | None, expected: tuple[date | None, str]
) -> None:
    assert resolve_anchor(found, found_source, option) == expected


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2025-10-28", date(2025, 10, 28)),
        ("2025-10-28T23:30:00+09:00", date(2025, 10, 28)),
        ("2025-10-28T10:00Z", date(2025, 10, 28)),
        (" 2025-10-28 ", date(2025, 10, 28)),
    ],
)
def test_anchor_parse_published_iso(value: str, expected: date) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["June 12th", "2025-02-30", "28/10/2025", "", "2025-13-01T00:00"])
def test_anchor_parse_published_rejects_non_iso(value: str) -> None:
    with pytest.raises(IngestError) as info:
        parse_published(value)
    assert info.value.code == "E111"


@pytest.mark.parametrize(
    "text,anchor,expected",
    [
        ("Seoul, Oct 28 (Yonhap) - Talks", date(2025, 10, 28), ()),
        ("Seoul, Oct 28 (Yonhap) - Talks", date(2025, 10, 29), ()),
        ("Seoul, Oct 28 (Yonhap) - Talks", date(2025, 10, 27), ()),
        ("Seoul, Dec 31 (Yonhap) - Talks", date(2026, 1, 1), ()),
        ("LONDON (Reuters) - Talks", date(2025, 10, 28), ()),
        ("No dateline here at all.", date(2025, 10, 28), ()),
        (
            "Seoul, Oct 28 (Yonhap) - Talks",
            date(2025, 10, 30),
            (Errors.W101.format(dateline="Oct 28", published="2025-10-30"),),
        ),
        (
            "Paris, 3 March 2024: Talks",
            date(2025, 3, 3),
            (Errors.W101.format(dateline="3 March 2024", published="2025-03-03"),),
        ),
        (
            "Seoul, Feb 30 (Yonhap) - Talks",
            date(2025, 3, 1),
            (Errors.W101.format(dateline="Feb 30", published="2025-03-01"),),
        ),
    ],
)
def test_anchor_dateline_warnings_with_anchor(text: str, anchor: date, expected: tuple[str, ...]) -> None:
    assert dateline_warnings(find_dateline(text), anchor, "x.txt") == expected


@pytest.mark.parametrize("text", ["Seoul, Oct 28 (Yonhap) - Talks", "No dateline here at all."])
def test_anchor_dateline_warnings_without_anchor(text: str) -> None:
    assert dateline_warnings(find_dateline(text), None, "x.txt") == (Errors.W102,)
