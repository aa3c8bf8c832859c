"""``dateline brief``."""

from __future__ import annotations

import json
from datetime import date

import pytest

from dateline.cli.brief import brief
from dateline.cli.main import parse_args
from dateline.errors import StoreError
from dateline.store import open_store

from ..reason.handmade import JSA, Report, fill


def _store():  # type: ignore[no-untyped-def]
    s = open_store(":memory:")
    fill(s, [Report("a1", date(2025, 10, 28), "Hegseth is scheduled to visit the Joint Security Area on November 3.",
                    "visit", "planned", "2025-11-03", place=JSA)])
    return s


def test_brief_cli_json_keys() -> None:
    out = json.loads(brief(_store(), "a1", "json"))
    assert sorted(out) == ["article_id", "key_takeaways", "questions", "synopsis", "timeline", "title"]


def test_brief_cli_text_sections() -> None:
    lines = brief(_store(), "a1", "text").splitlines()
    assert [l for l in lines if l in ("Synopsis", "Key takeaways", "Timeline", "Questions")] == [
        "Synopsis", "Key takeaways", "Timeline", "Questions"]


def test_brief_cli_unknown_article() -> None:
    with pytest.raises(StoreError, match="E303"):
        brief(_store(), "nope", "json")


def test_brief_cli_parse() -> None:
    args = parse_args(["brief", "abc", "--format", "json"])
    assert (args.article_id, args.format) == ("abc", "json")
