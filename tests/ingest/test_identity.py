"""Tests for dateline.ingest.identity: normalization, content hash, article id."""

from __future__ import annotations

import pytest

from dateline.ingest import article_id, content_hash
from dateline.ingest.identity import normalize_text


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Talks  resume", "Talks resume"),
        ("  Talks\n\n\tresume \n", "Talks resume"),
        ("Cafe\u0301 talks", "Caf\u00e9 talks"),
        ("TALKS resume", "TALKS resume"),
        ("Talks\u00a0resume", "Talks resume"),
    ],
)
def test_identity_normalize_text(text: str, expected: str) -> None:
    assert normalize_text(text) == expected


def test_identity_content_hash_value() -> None:
    assert content_hash("Talks resume") == "a1f66602d270c23e102b1cec561ee444da2b578243933ec0e0e4645bc03757c7"


def test_identity_article_id_is_hash_prefix() -> None:
    assert article_id("Talks resume") == "a1f66602d270c23e"


@pytest.mark.parametrize(
    "left,right",
    [
        ("Talks resume", "  Talks\n  resume\n"),
        ("Caf\u00e9 talks", "Cafe\u0301 talks"),
        ("Talks\r\nresume", "Talks resume"),
    ],
)
def test_identity_article_id_ignores_spacing_and_composition(left: str, right: str) -> None:
    assert article_id(left) == article_id(right)


def test_identity_article_id_keeps_case() -> None:
    assert article_id("Talks resume") != article_id("talks resume")
