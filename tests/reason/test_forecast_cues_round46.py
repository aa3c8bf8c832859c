"""Round 46 (audit 137): a plan told by a body's spokesman named after his title, or by the police, is told
officially. Our own sentences."""

from __future__ import annotations

import pytest

from dateline.reason.forecast import cue_hits


@pytest.mark.parametrize("sentence", [
    "Former minister Peter Mwale will be charged on Wednesday, police spokesman Daniel Banda said.",
    "Former minister Peter Mwale will be charged on Wednesday, the police said.",
    "Former minister Peter Mwale will be charged on Wednesday, the anti-corruption bureau said.",
])
def test_round46_a_named_spokesman_or_the_police_tell_officially(sentence: str) -> None:
    assert cue_hits(sentence, "official") > 0


def test_round46_a_name_after_a_lower_case_word_that_is_no_title_is_not_official() -> None:
    assert cue_hits("Peter Mwale will be charged on Wednesday, neighbour Daniel Banda said.", "official") == 0
