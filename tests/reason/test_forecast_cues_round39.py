"""Round 39 (audit 72): a plan told "according to" an office is told by that office. Our own sentences."""

from __future__ import annotations

import pytest

from dateline.reason.forecast import cue_hits


@pytest.mark.parametrize("sentence", [
    "Maldivian President Ibrahim Zahir will visit Seychelles on Monday, according to the Maldivian President's Office.",
    "According to the foreign ministry, Ibrahim Zahir will visit Seychelles on Monday.",
])
def test_round39_according_to_an_office_is_official(sentence: str) -> None:
    assert cue_hits(sentence, "official") > 0


def test_round39_according_to_unnamed_sources_is_no_official_statement() -> None:
    sentence = "Ibrahim Zahir will visit Seychelles on Monday, according to two people familiar with the plans."
    assert cue_hits(sentence, "official") == 0
