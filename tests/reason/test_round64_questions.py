"""Round 64 (session 50): a union's call of a strike for a day is the union's own announcement, an official cue, also
when the day of the call stands between "called" and its words ("called on Monday for a nationwide strike").
Sentences and names are our own. March 2, 2026 is a Monday.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask
from dateline.reason.forecast import cue_hits

from ..stored import stored


@pytest.mark.parametrize("sentence", [
    "The Federation of Ports Workers called on Monday for a nationwide strike starting next Wednesday.",
    "The Federation of Ports Workers called a general strike for Wednesday.",
    "The federation called late on Monday for an indefinite strike from Wednesday.",
])
def test_round64_a_strike_call_is_an_official_cue(sentence: str) -> None:
    assert cue_hits(sentence, "official") >= 1


def test_round64_a_day_after_a_plain_verb_adds_no_cue() -> None:
    assert cue_hits("Workers marched on Monday for higher pay.", "official") == 0


@pytest.mark.slow
def test_round64_a_called_strike_is_more_likely_than_not(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("MOMBASA, March 3 (Wire) - The Federation of Ports Workers called on Monday for a nationwide strike starting "
         "next Wednesday over unpaid allowances.", date(2026, 3, 3)),
    ])
    answer = ask(store, "Will the Federation of Ports Workers go on strike?", date(2026, 3, 3))
    assert answer.resolution is None and answer.probability is not None and answer.probability > 0.5
