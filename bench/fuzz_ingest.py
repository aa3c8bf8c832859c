"""Fuzz the ingest stage with malformed inputs (hypothesis).

Property: for any bytes under any name, ``detect_kind`` returns a kind or
raises ``IngestError`` with an E1xx code, and ``read_paths`` over a file with
those bytes raises nothing and yields only valid items: an ``Article`` with
non-empty text, ``id == article_id(text)``, ``content_hash == content_hash(text)``
and dateline offsets inside the text, or a ``Rejection`` with an E1xx code.

Inputs: random bytes; fixture files mutated (bytes flipped, cut, spliced,
duplicated); gzip and WARC fixtures truncated; JSON Lines built from broken
records; RSS/Atom with random text dropped into them.

Usage: python bench/fuzz_ingest.py [--count N] [--seed S]
"""

from __future__ import annotations

import argparse
import gzip
import logging
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.config import Settings
from dateline.errors import IngestError
from dateline.ingest import article_id, content_hash, detect_kind, read_paths
from dateline.model import Article, Rejection

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "ingest"
NAMES = ("a.txt", "a.html", "a.jsonl", "a.xml", "a.rss", "a.warc.gz", "a.gz", "a.warc", "noext", ".hidden.txt")
#: A small limit so that size rejections (E103) and gzip bombs are exercised too.
FUZZ_SETTINGS = Settings(max_bytes=200_000, min_chars=20)


def _fixture_bytes() -> list[bytes]:
    files = sorted(p for p in FIXTURES.rglob("*") if p.is_file() and p.suffix != ".py")
    return [p.read_bytes() for p in files]


def _mutate(data: bytes, ops: list[tuple[int, int, int, bytes]]) -> bytes:
    buf = bytearray(data)
    for op, pos, length, extra in ops:
        if not buf:
            buf.extend(extra)
            continue
        at = pos % len(buf)
        if op == 0:  # flip one byte
            buf[at] ^= (length % 255) + 1
        elif op == 1:  # cut a range
            del buf[at : at + length]
        elif op == 2:  # insert bytes
            buf[at:at] = extra
        elif op == 3:  # truncate
            del buf[at:]
        else:  # duplicate a range
            buf[at:at] = buf[at : at + length]
    return bytes(buf)


def inputs() -> st.SearchStrategy[bytes]:
    """RETURNS (SearchStrategy[bytes]): malformed inputs of every kind."""
    fixtures = _fixture_bytes()
    gz = [d for d in fixtures if d[:2] == b"\x1f\x8b"] + [gzip.compress(d) for d in fixtures[:6] if d]
    ops = st.lists(
        st.tuples(st.integers(0, 4), st.integers(0, 1 << 16), st.integers(0, 64), st.binary(max_size=16)),
        min_size=1,
        max_size=6,
    )
    mutated = st.builds(_mutate, st.sampled_from(fixtures), ops)
    truncated = st.builds(lambda d, n: d[: n % max(len(d), 1)], st.sampled_from(gz), st.integers(0, 1 << 16))
    json_value = st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=80),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
        max_leaves=8,
    )
    record = st.fixed_dictionaries(
        {},
        optional={
            "id": json_value,
            "url": json_value,
            "title": json_value,
            "published": st.sampled_from(["2025-10-28", "2025-02-30", "2025-10-28T10:00Z", "yesterday", ""]) | json_value,
            "text": st.text(min_size=0, max_size=300) | json_value,
            "html": st.sampled_from(["<p>Short.</p>", "<html><body><article><p>" + "Talks went on. " * 20 + "</p></article></body></html>"]) | json_value,
        },
    )

    def jsonl_file(records: list[dict[str, Any]], junk: list[str]) -> bytes:
        import json

        lines = [json.dumps(r, ensure_ascii=False) for r in records] + junk
        return "\n".join(lines).encode("utf-8")

    jsonl = st.builds(jsonl_file, st.lists(record, max_size=4), st.lists(st.text(max_size=40), max_size=2))

    def feed(body: str, close: bool) -> bytes:
        doc = f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>x</title><description>{body}</description>'
        return (doc + ("</item></channel></rss>" if close else "")).encode("utf-8")

    feeds = st.builds(feed, st.text(max_size=300), st.booleans())
    return st.one_of(st.binary(max_size=2048), mutated, mutated, truncated, jsonl, feeds)


def check_item(item: object) -> str:
    """Assert one yielded item is valid.

    item (object): what read_paths yielded.
    RETURNS (str): ``article`` or the rejection code.
    RAISES AssertionError: the item breaks the contract.
    """
    if isinstance(item, Rejection):
        assert item.code.startswith("E1") and len(item.code) == 4, item
        assert item.reason and item.source, item
        return item.code
    assert isinstance(item, Article), type(item)
    assert item.text.strip(), item
    assert item.id == article_id(item.text), item
    assert item.content_hash == content_hash(item.text), item
    assert 0 <= item.dateline_start <= item.dateline_end <= len(item.text), item
    assert item.kind in ("text", "html", "jsonl", "feed", "warc"), item
    return "article"


def check_input(data: bytes, name: str, folder: Path, tally: Counter[str]) -> None:
    """Run detect_kind and read_paths on one input and check the property.

    data (bytes): the input.
    name (str): file name to write it under.
    folder (Path): a scratch folder.
    tally (Counter[str]): counts of outcomes, updated.
    RAISES AssertionError: the property does not hold.
    """
    try:
        kind = detect_kind(data, name)
        assert kind in ("text", "html", "jsonl", "feed", "warc"), kind
    except IngestError as err:
        assert err.code.startswith("E1"), err
    path = folder / name
    path.write_bytes(data)
    for item in read_paths([path], FUZZ_SETTINGS):
        tally[check_item(item)] += 1
    tally["inputs"] += 1


def run(count: int, seed: int | None = None) -> Counter[str]:
    """Fuzz ``count`` inputs.

    count (int): number of examples.
    seed (int | None): hypothesis seed, for a repeatable run.
    RETURNS (Counter[str]): ``inputs`` and the count of each outcome.
    """
    tally: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)

        @settings(
            max_examples=count,
            deadline=None,
            database=None,
            derandomize=seed is None,
            suppress_health_check=list(HealthCheck),
        )
        @given(data=inputs(), name=st.sampled_from(NAMES))
        def prop(data: bytes, name: str) -> None:
            check_input(data, name, folder, tally)

        if seed is not None:
            prop = __import__("hypothesis").seed(seed)(prop)
        prop()
    return tally


def main(argv: list[str] | None = None) -> int:
    """Parse options, fuzz, print the counts.

    argv (list[str] | None): command-line arguments.
    RETURNS (int): exit status (0: property held).
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000, help="number of inputs (default 10000)")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: derandomized)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.CRITICAL)
    start = time.perf_counter()
    tally = run(args.count, args.seed)
    elapsed = time.perf_counter() - start
    outcomes = ", ".join(f"{k}={v}" for k, v in sorted(tally.items()) if k != "inputs")
    print(f"fuzzed {tally['inputs']} inputs in {elapsed:.1f}s: no uncaught exception, all items valid")
    print(f"outcomes: {outcomes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
