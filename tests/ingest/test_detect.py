"""Tests for dateline.ingest.detect: kind detection, gzip, strict decoding."""

from __future__ import annotations

import codecs
import gzip
from pathlib import Path

import pytest

from dateline.errors import IngestError
from dateline.ingest import detect_kind
from dateline.ingest.detect import decode_bytes, declared_charset, gunzip, gzip_problem

FIX = Path(__file__).parents[1] / "fixtures" / "ingest"


@pytest.mark.parametrize(
    "name,expected",
    [
        ("seoul_nationpress.txt", "text"),
        ("geneva.html", "html"),
        ("tokyo_latin1.html", "html"),
        ("articles.jsonl", "jsonl"),
        ("rss2.xml", "feed"),
        ("atom.xml", "feed"),
        ("crawl.warc.gz", "warc"),
        ("bad/truncated.warc.gz", "warc"),
        ("bad/broken_feed.xml", "feed"),
    ],
)
def test_detect_kind_fixtures(name: str, expected: str) -> None:
    path = FIX / name
    assert detect_kind(path.read_bytes(), path.name) == expected


@pytest.mark.parametrize(
    "data,name,expected",
    [
        (b"<html><body><p>Hi</p></body></html>", "story.txt", "html"),
        (b"Talks resumed.", "story.html", "text"),
        (b'{"text": "Talks resumed."}\n', "story.txt", "jsonl"),
        (b"<rss version='2.0'><channel></channel></rss>", "story.html", "feed"),
        (b"\xef\xbb\xbf<feed xmlns='http://www.w3.org/2005/Atom'></feed>", "x", "feed"),
        (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "x.bin", "warc"),
        (b"<?xml version='1.0'?><catalog/>", "x.xml", "feed"),
        (b"  \n<!DOCTYPE html><p>Hi</p>", "x", "html"),
        ("Talks resumed.".encode("utf-16"), "x.txt", "text"),
        (gzip.compress(b'{"text": "Talks"}'), "x.jsonl.gz", "jsonl"),
        (gzip.compress(b"Talks resumed in Geneva."), "x.gz", "text"),
        (gzip.compress(b"WARC/1.1\r\n"), "x.warc.gz", "warc"),
    ],
)
def test_detect_kind_from_content(data: bytes, name: str, expected: str) -> None:
    assert detect_kind(data, name) == expected


@pytest.mark.parametrize(
    "data,code",
    [
        (b"", "E101"),
        (b" \n\t\n", "E101"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "E102"),
        (bytes(range(1, 32)) * 4, "E102"),
        (b"\x1f\x8b\x08\x00garbage-not-deflate", "E108"),
        (gzip.compress(b""), "E101"),
    ],
)
def test_detect_kind_raises(data: bytes, code: str) -> None:
    with pytest.raises(IngestError) as info:
        detect_kind(data, "x.txt")
    assert info.value.code == code


@pytest.mark.parametrize(
    "data,kind,expected",
    [
        ("Zürich talks".encode("utf-8"), "text", "Zürich talks"),
        (codecs.BOM_UTF8 + "Zürich".encode("utf-8"), "text", "Zürich"),
        (codecs.BOM_UTF16_LE + "Zürich".encode("utf-16-le"), "text", "Zürich"),
        ('<meta charset="iso-8859-1"><p>Zürich</p>'.encode("latin-1"), "html", '<meta charset="iso-8859-1"><p>Zürich</p>'),
        ("<?xml version='1.0' encoding='windows-1252'?><rss>Zürich</rss>".encode("cp1252"), "feed", "<?xml version='1.0' encoding='windows-1252'?><rss>Zürich</rss>"),
    ],
)
def test_detect_decode_bytes(data: bytes, kind: str, expected: str) -> None:
    assert decode_bytes(data, kind) == expected


def test_detect_decode_bytes_uses_header_charset() -> None:
    assert decode_bytes("<p>Zürich</p>".encode("latin-1"), "html", "iso-8859-1") == "<p>Zürich</p>"


@pytest.mark.parametrize(
    "data,kind,detail",
    [
        ("Zürich".encode("latin-1"), "text", "byte 0xfc at offset 1 is not UTF-8 and plain text declares no encoding"),
        ("<p>Zürich</p>".encode("latin-1"), "html", "byte 0xfc at offset 4 is not UTF-8 and no charset is declared"),
        (
            '<meta charset="utf-8"><p>Zürich</p>'.encode("latin-1"),
            "html",
            "declared 'utf-8' but byte 0xfc at offset 26 is not UTF-8",
        ),
        ('<meta charset="klingon"><p>Zürich</p>'.encode("latin-1"), "html", "unknown declared charset 'klingon'"),
        ("Zürich".encode("latin-1"), "jsonl", "byte 0xfc at offset 1 is not UTF-8 and plain jsonl declares no encoding"),
    ],
)
def test_detect_decode_bytes_refuses_mojibake(data: bytes, kind: str, detail: str) -> None:
    with pytest.raises(IngestError) as info:
        decode_bytes(data, kind)
    assert str(info.value) == f"E104: cannot decode text as UTF-8 or a declared encoding ({detail})"


@pytest.mark.parametrize(
    "data,expected",
    [
        (b'<html><head><meta charset="ISO-8859-1">', "ISO-8859-1"),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', "windows-1252"),
        (b"<?xml version='1.0' encoding='koi8-r'?>", "koi8-r"),
        (b"<html><head><title>x</title>", None),
    ],
)
def test_detect_declared_charset(data: bytes, expected: str | None) -> None:
    assert declared_charset(data) == expected


def test_detect_gunzip_multi_member() -> None:
    assert gunzip(gzip.compress(b"one ") + gzip.compress(b"two"), 100) == b"one two"


@pytest.mark.parametrize(
    "data,limit,code",
    [
        (gzip.compress(b"x" * 1000)[:-12], 10_000, "E108"),
        (gzip.compress(b"x" * 1000), 999, "E103"),
    ],
)
def test_detect_gunzip_raises(data: bytes, limit: int, code: str) -> None:
    with pytest.raises(IngestError) as info:
        gunzip(data, limit)
    assert info.value.code == code


@pytest.mark.parametrize(
    "data,expected",
    [
        (gzip.compress(b"one") + gzip.compress(b"two"), (2, None)),
        (gzip.compress(b"one") + gzip.compress(b"two" * 50)[:20], (1, "gzip member 2 is truncated")),
        (gzip.compress(b"one") + b"\x1f\x8bjunk", (1, "gzip member 2 is corrupt: Error -3 while decompressing data: unknown compression method")),
        (gzip.compress(b"one") + b"trailing words", (1, "14 bytes of garbage after gzip member 1")),
    ],
)
def test_detect_gzip_problem(data: bytes, expected: tuple[int, str | None]) -> None:
    assert gzip_problem(data) == expected
