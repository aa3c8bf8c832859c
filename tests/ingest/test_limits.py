"""Inputs at the edges: odd file names, texts too long for the NLP stage, unstorable text."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from dateline.config import load_settings
from dateline.ingest import read_paths
from dateline.model import Article, Rejection

BODY = "Lima, May 4 (Reuters) - The minister flew in for talks on ports and fisheries."


def _codes(path: Path, **settings: int) -> list[str]:
    s = replace(load_settings(), **settings)
    return [x.code if isinstance(x, Rejection) else "article" for x in read_paths([path], s)]


def test_limits_non_utf8_file_name_is_readable_source(tmp_path: Path) -> None:
    name = os.fsdecode(b"bad\xffname.txt")
    (tmp_path / name).write_text(BODY, encoding="utf-8")
    (item,) = list(read_paths([tmp_path], load_settings()))
    assert isinstance(item, Article)
    assert item.source == f"{tmp_path}/bad\\xffname.txt"


@pytest.mark.parametrize(
    ("text", "settings", "code"),
    [
        (BODY + " More." * 40, {"max_chars": 200}, "E115"),
        (BODY + " " + "[" * 300, {"max_word_chars": 250}, "E116"),
        (BODY + " " + "x" * 240, {"max_word_chars": 250}, "article"),
    ],
)
def test_limits_text_size_and_runs(tmp_path: Path, text: str, settings: dict[str, int], code: str) -> None:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    assert _codes(tmp_path / "a.txt", **settings) == [code]


def test_limits_unstorable_jsonl_line_is_rejected_alone(tmp_path: Path) -> None:
    lines = '{"text": "A lone \\ud800 surrogate in an otherwise fine article text."}\n{"text": "%s"}\n' % BODY
    (tmp_path / "a.jsonl").write_text(lines, encoding="utf-8")
    assert _codes(tmp_path / "a.jsonl") == ["E117", "article"]


def test_limits_truncated_gzip_is_corrupt_not_empty(tmp_path: Path) -> None:
    (tmp_path / "t.txt.gz").write_bytes(b"\x1f\x8b\x08\x00\x00\x00\x00\x00")
    assert _codes(tmp_path / "t.txt.gz") == ["E108"]


def test_limits_unlistable_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "ok.txt").write_text(BODY, encoding="utf-8")
    real_walk = os.walk

    def walk(top: str, onerror: object = None, **kw: object) -> object:
        assert callable(onerror)
        onerror(PermissionError(13, "Permission denied", str(tmp_path / "locked")))
        return real_walk(top, onerror=onerror, **kw)

    monkeypatch.setattr(os, "walk", walk)
    items = list(read_paths([tmp_path], load_settings()))
    assert [(x.source, x.code) for x in items if isinstance(x, Rejection)] == [(str(tmp_path / "locked"), "E118")]
    assert len([x for x in items if isinstance(x, Article)]) == 1
