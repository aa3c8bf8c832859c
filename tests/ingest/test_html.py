"""Tests for dateline.ingest.html: trafilatura extraction, fragments, HTML articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.config import Settings
from dateline.errors import IngestError
from dateline.ingest.html import extract_html, fragment_text, read_html
from dateline.model import Article, Rejection

FIX = Path(__file__).parents[1] / "fixtures" / "ingest"


def test_html_extract_metadata() -> None:
    doc = extract_html((FIX / "geneva.html").read_text(encoding="utf-8"))
    assert (doc.title, doc.date, doc.url) == (
        "Envoys meet in Geneva on river dispute",
        "2025-10-28",
        "https://news.example.org/2025/10/28/geneva-river-talks",
    )


def test_html_extract_drops_boilerplate_and_repeated_title() -> None:
    doc = extract_html((FIX / "geneva.html").read_text(encoding="utf-8"))
    assert doc.text.startswith("GENEVA, Oct 28 (Reuters) - Envoys from two upstream")
    assert "Copyright" not in doc.text
    assert "Home" not in doc.text


def test_html_extract_raises_e109_without_text() -> None:
    with pytest.raises(IngestError) as info:
        extract_html("<html><head><title>x</title></head><body></body></html>")
    assert info.value.code == "E109"


@pytest.mark.parametrize(
    "fragment,expected",
    [
        ("<p>One.</p><p>Two <b>three</b>.</p>", "One.\n\nTwo three."),
        ("Plain words &amp; more", "Plain words & more"),
        ("<div>A<br>B</div>", "A\n\nB"),
        ("<p>Keep</p><script>drop()</script>", "Keep"),
        ("", ""),
        ("<ul><li>first</li><li>second</li></ul>", "first\n\nsecond"),
    ],
)
def test_html_fragment_text(fragment: str, expected: str) -> None:
    assert fragment_text(fragment) == expected


def test_html_read_article_with_metadata_anchor() -> None:
    (article,) = read_html((FIX / "geneva.html").read_bytes(), "g.html", Settings(), date(2025, 1, 1))
    assert isinstance(article, Article)
    assert (article.kind, article.published, article.anchor_source, article.published_text) == (
        "html",
        date(2025, 10, 28),
        "metadata",
        "2025-10-28",
    )
    assert (article.dateline_city, article.dateline_text, article.warnings) == ("GENEVA", "Oct 28", ())


def test_html_read_declared_latin1() -> None:
    (article,) = read_html((FIX / "tokyo_latin1.html").read_bytes(), "t.html", Settings(), None)
    assert isinstance(article, Article)
    assert "The café owners' association" in article.text
    assert (article.published, article.dateline_text) == (date(2025, 9, 15), "Sept 15")


def test_html_read_without_metadata_date_uses_option() -> None:
    (article,) = read_html((FIX / "nodate.html").read_bytes(), "n.html", Settings(), date(2025, 7, 1))
    assert isinstance(article, Article)
    assert (article.title, article.published, article.anchor_source) == ("Ferry service to resume", date(2025, 7, 1), "option")


def test_html_read_mislabeled_latin1_rejected_e104() -> None:
    (item,) = read_html((FIX / "bad" / "latin1_mislabeled.html").read_bytes(), "l.html", Settings(), None)
    assert isinstance(item, Rejection)
    assert item.reason == (
        "cannot decode text as UTF-8 or a declared encoding (declared 'utf-8' but byte 0xfc at offset 42 is not UTF-8)"
    )
