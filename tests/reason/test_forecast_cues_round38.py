"""Round 38 (audit 68): a teller's place written between it and its verb keeps the official cue. Our own sentences."""

from __future__ import annotations

from dateline.reason.forecast import cue_hits


def test_round38_a_ministry_in_its_capital_said_is_official() -> None:
    sentence = ("Namibian Foreign Minister Ana Shikongo will travel to Copenhagen on March 10, the foreign ministry in "
                "Windhoek said on Monday.")
    assert cue_hits(sentence, "official") == cue_hits(sentence.replace(" in Windhoek", ""), "official") > 0


def test_round38_a_place_after_the_verb_is_left_as_it_is() -> None:
    assert cue_hits("Protests were held in Windhoek on Monday.", "official") == 0
