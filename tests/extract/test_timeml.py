"""Tests of TimeML reading and annotation (dateline.extract.timeml) on own-words fixtures."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from dateline.errors import TimeMLError
from dateline.extract.timeml import annotate, annotate_dir, parse_timeml, plain_text, read_timeml


@pytest.fixture()
def timeml_dir(fixtures_dir: Path) -> Path:
    """RETURNS (Path): tests/fixtures/timeml."""
    return fixtures_dir / "timeml"


def test_timeml_reads_anchor_and_text(timeml_dir: Path) -> None:
    doc = read_timeml(timeml_dir / "visit.tml")
    assert doc.anchor == date(2025, 10, 28)
    assert doc.raw[doc.text_start: doc.text_end].startswith("\nPORTVILLE (Own Wire) _")


def test_timeml_annotates_text_only(timeml_dir: Path) -> None:
    doc = read_timeml(timeml_dir / "visit.tml")
    out, written = annotate(doc)
    assert [(t.text, t.value) for t in written] == [
        ("Monday", "2025-11-03"), ("yesterday", "2025-10-27"), ("years", "PXY")]
    assert (
        'the new pier on <TIMEX3 tid="t1" type="DATE" value="2025-11-03">Monday</TIMEX3>, '
        'its chair said <TIMEX3 tid="t2" type="DATE" value="2025-10-27">yesterday</TIMEX3>.'
    ) in out
    assert 'for <TIMEX3 tid="t3" type="DURATION" value="PXY">years</TIMEX3> about' in out


def test_timeml_everything_else_byte_for_byte(timeml_dir: Path) -> None:
    doc = read_timeml(timeml_dir / "visit.tml")
    out, _ = annotate(doc)
    stripped = re.sub(r'<TIMEX3 tid="t[123]"[^>]*>([^<]*)</TIMEX3>', r"\1", out)
    assert stripped == doc.raw


def test_timeml_entities_keep_offsets() -> None:
    text, starts, ends = plain_text("Fish &amp; chips")
    assert text == "Fish & chips"
    assert (starts[5], ends[5]) == (5, 10)
    assert starts[7] == 11


def test_timeml_strip_replaces_gold_tags(timeml_dir: Path) -> None:
    doc = read_timeml(timeml_dir / "tagged_gold.tml")
    out, written = annotate(doc, strip=True)
    assert [(t.text, t.value) for t in written] == [("Monday", "2025-10-27"), ("next week", "2025-W45")]
    assert "<EVENT" not in out
    assert 'The council met <TIMEX3 tid="t1" type="DATE" value="2025-10-27">Monday</TIMEX3>' in out


def test_timeml_keeps_other_tags_without_strip(timeml_dir: Path) -> None:
    doc = read_timeml(timeml_dir / "tagged_gold.tml")
    out, _ = annotate(doc)
    assert '<EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1"' in out


@pytest.mark.parametrize(
    "name,code",
    [
        ("no_dct.tml", "E202"),
        ("no_text.tml", "E203"),
        ("not_xml.tml", "E201"),
        ("wrong_root.tml", "E201"),
    ],
)
def test_timeml_malformed_files_raise_coded_error(timeml_dir: Path, name: str, code: str) -> None:
    with pytest.raises(TimeMLError) as info:
        read_timeml(timeml_dir / name)
    assert str(info.value).startswith(f"{code}: ")
    assert name in str(info.value)


def test_timeml_parse_rejects_non_utf8(tmp_path: Path) -> None:
    bad = tmp_path / "latin.tml"
    bad.write_bytes("<TimeML><TEXT>caf\u00e9</TEXT></TimeML>".encode("latin-1"))
    with pytest.raises(TimeMLError, match=r"^E201: .*latin\.tml: not a TimeML document \(not UTF-8"):
        read_timeml(bad)


def test_timeml_parse_string_names_source() -> None:
    with pytest.raises(TimeMLError, match=r"^E203: memo\.tml: "):
        parse_timeml('<TimeML><DCT><TIMEX3 value="2025-01-02">x</TIMEX3></DCT></TimeML>', "memo.tml")


def test_timeml_dir_continues_after_bad_files(timeml_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    for name in ("visit.tml", "no_dct.tml", "not_xml.tml"):
        shutil.copy(timeml_dir / name, source / name)
    summary = annotate_dir(source, tmp_path / "out")
    assert (summary.documents, summary.timexes) == (1, 3)
    assert [(Path(p).name, m[:4]) for p, m in summary.failed] == [("no_dct.tml", "E202"), ("not_xml.tml", "E201")]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["visit.tml"]


def test_timeml_dir_must_exist(tmp_path: Path) -> None:
    with pytest.raises(TimeMLError, match="^E201: .*not a folder"):
        annotate_dir(tmp_path / "missing", tmp_path / "out")
