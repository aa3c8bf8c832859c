"""Tests for dateline.ingest.jsonl: records, per-line errors, html fields."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.config import Settings
from dateline.errors import IngestError
from dateline.ingest.jsonl import parse_record, read_jsonl
from dateline.model import Article, Rejection

FIX = Path(__file__).parents[1] / "fixtures" / "ingest"


def _read(name: str, published: date | None = None) -> list[Article | Rejection]:
    return list(read_jsonl((FIX / name).read_bytes(), name, Settings(), published))


def test_jsonl_read_fields() -> None:
    first = _read("articles.jsonl")[0]
    assert isinstance(first, Article)
    assert (first.source, first.title, first.url, first.published, first.anchor_source, first.published_text) == (
        "articles.jsonl#line=1",
        "President to visit Hanoi",
        "https://wire.example.com/a1",
        date(2025, 11, 2),
        "jsonl",
        "2025-11-02",
    )


def test_jsonl_read_datetime_published() -> None:
    second = _read("articles.jsonl")[1]
    assert isinstance(second, Article)
    assert (second.published, second.published_text) == (date(2025, 11, 3), "2025-11-03T16:45:00Z")


def test_jsonl_read_html_field_through_trafilatura() -> None:
    third = _read("articles.jsonl", date(2025, 1, 1))[2]
    assert isinstance(third, Article)
    assert third.text.startswith("LIMA, Oct 30 (EFE) - Two neighbouring governments signed a pact")
    assert (third.title, third.published, third.anchor_source) == ("Pact signed", date(2025, 10, 30), "metadata")


def test_jsonl_read_bad_lines_keep_good_ones() -> None:
    got = [(item.source.split("#")[1], getattr(item, "code", "article")) for item in _read("bad/mixed_lines.jsonl")]
    assert got == [
        ("line=1", "article"),
        ("line=2", "E105"),
        ("line=3", "E106"),
        ("line=4", "E114"),
        ("line=5", "E111"),
        ("line=6", "E114"),
        ("line=7", "E110"),
        ("line=8", "article"),
    ]


def test_jsonl_read_skips_blank_lines_and_counts_them() -> None:
    data = b'\n{"text": "The envoys met in Geneva on Monday."}\n\n'
    (article,) = read_jsonl(data, "x.jsonl", Settings(), None)
    assert article.source == "x.jsonl#line=2"


def test_jsonl_read_keeps_line_separator_inside_string() -> None:
    data = '{"text": "The envoys met\u2028in Geneva on Monday."}\n'.encode("utf-8")
    (article,) = read_jsonl(data, "x.jsonl", Settings(), None)
    assert isinstance(article, Article)
    assert article.text == "The envoys met\u2028in Geneva on Monday."


@pytest.mark.parametrize(
    "line,message",
    [
        ('{"text": "a', "E105: malformed JSON on this line (Unterminated string starting at column 10)"),
        ("[" * 100_000, "E105: malformed JSON on this line (nested too deeply)"),
        ('{"title": "x"}', "E106: JSON record lacks 'text'; expected id, url, title, published and text or html"),
        ('{"text": 5}', "E114: JSON record field 'text' must be a string or null, got a number"),
        ('{"text": "ok", "url": ["a"]}', "E114: JSON record field 'url' must be a string or null, got an array"),
        (
            '"just a string"',
            'E114: JSON Lines line holds a string, not an object; each line must be one JSON object such as '
            '{"text": "...", "published": "2025-10-28"}',
        ),
        (
            "null",
            'E114: JSON Lines line holds null, not an object; each line must be one JSON object such as '
            '{"text": "...", "published": "2025-10-28"}',
        ),
    ],
)
def test_jsonl_parse_record_errors(line: str, message: str) -> None:
    with pytest.raises(IngestError) as info:
        parse_record(line)
    assert str(info.value) == message


def test_jsonl_parse_record_fills_missing_optional_fields() -> None:
    assert parse_record('{"text": "Talks."}') == {
        "id": None,
        "url": None,
        "title": None,
        "published": None,
        "text": "Talks.",
        "html": None,
    }


def test_jsonl_read_undecodable_file_e104() -> None:
    (item,) = read_jsonl('{"text": "Zürich talks resumed on Monday."}'.encode("latin-1"), "x.jsonl", Settings(), None)
    assert isinstance(item, Rejection)
    assert (item.source, item.code) == ("x.jsonl", "E104")
