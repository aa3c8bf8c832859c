"""Tests for dateline.ingest.text: title line, body, plain-text articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.config import Settings
from dateline.errors import Errors
from dateline.ingest.text import read_text, split_title
from dateline.model import Article, Rejection

FIX = Path(__file__).parents[1] / "fixtures" / "ingest"


@pytest.mark.parametrize(
    "text,title,body",
    [
        ("Envoys meet\n\nThe envoys met on Monday.", "Envoys meet", "The envoys met on Monday."),
        ("Envoys meet\nThe envoys met on Monday.", "Envoys meet", "The envoys met on Monday."),
        ("The envoys met on Monday.\nThey talked.", None, "The envoys met on Monday.\nThey talked."),
        ("The envoys met on Monday and talked.\n\nThey left.", "The envoys met on Monday and talked.", "They left."),
        ("WASHINGTON, Jan 18 — Talks\nmore", None, "WASHINGTON, Jan 18 — Talks\nmore"),
        ("One line only", None, "One line only"),
        ("Envoys meet\r\n\r\nThe envoys met.\r\n", "Envoys meet", "The envoys met."),
        ("\n\n  Envoys meet  \n\nBody here.", "Envoys meet", "Body here."),
        ("Talks in Geneva, officials say:\nmore text", None, "Talks in Geneva, officials say:\nmore text"),
        # a lead paragraph with no headline and no dateline is body, not the title
        ("Paraguay's president is understood to be planning a visit to Taipei in August to mark seventy years of "
         "diplomatic ties, diplomatic sources said.\n\nThe trip could include Tokyo.", None,
         "Paraguay's president is understood to be planning a visit to Taipei in August to mark seventy years of "
         "diplomatic ties, diplomatic sources said.\n\nThe trip could include Tokyo."),
    ],
)
def test_text_split_title(text: str, title: str | None, body: str) -> None:
    assert split_title(text) == (title, body)


def test_text_read_keeps_dateline_offsets() -> None:
    data = (FIX / "seoul_nationpress.txt").read_bytes()
    (article,) = read_text(data, "seoul.txt", Settings(), date(2025, 10, 28))
    assert isinstance(article, Article)
    assert article.title == "Ministers agree to reopen border crossing talks"
    assert article.text[article.dateline_start : article.dateline_end] == "Seoul, Oct 28 (NationPress)"
    assert (article.dateline_city, article.dateline_text) == ("Seoul", "Oct 28")


def test_text_read_anchor_from_option() -> None:
    data = (FIX / "washington_dash.txt").read_bytes()
    (article,) = read_text(data, "w.txt", Settings(), date(2025, 1, 18))
    assert isinstance(article, Article)
    assert (article.published, article.anchor_source, article.published_text, article.warnings) == (
        date(2025, 1, 18),
        "option",
        "2025-01-18",
        (),
    )


def test_text_read_without_anchor_warns_w102() -> None:
    data = (FIX / "washington_dash.txt").read_bytes()
    (article,) = read_text(data, "w.txt", Settings(), None)
    assert isinstance(article, Article)
    assert (article.published, article.anchor_source, article.warnings) == (None, "none", (Errors.W102,))


def test_text_read_mismatched_dateline_warns_w101() -> None:
    data = (FIX / "mismatch_dateline.txt").read_bytes()
    (article,) = read_text(data, "m.txt", Settings(), date(2025, 2, 9))
    assert isinstance(article, Article)
    assert article.warnings == (Errors.W101.format(dateline="Feb 2", published="2025-02-09"),)
    assert article.published == date(2025, 2, 9)


@pytest.mark.parametrize(
    "data,code",
    [
        ("Ministers met in Zürich.".encode("latin-1"), "E104"),
        (b"Too short.", "E110"),
        (b"Title only\n\n   \n", "E110"),
    ],
)
def test_text_read_rejects(data: bytes, code: str) -> None:
    (item,) = read_text(data, "x.txt", Settings(), None)
    assert isinstance(item, Rejection)
    assert (item.source, item.code) == ("x.txt", code)
