"""Round 31 (audits 41 and 43, own-words questions): a trailing "take place" is no part of the asked place; the
sentences that name the asked person's country ("the foreign ministers of Armenia and Azerbaijan") tell the meeting
with that person, so its call-off answers the question."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask
from dateline.reason.question import parse_question

from ..stored import stored


def test_round31_a_trailing_take_place_is_cut_from_the_place() -> None:
    pattern = parse_question("Will the junior doctors' strike in Zimbabwe take place?")
    assert (pattern.action, pattern.target) == ("protest", "Zimbabwe")


@pytest.mark.slow
def test_round31_a_call_off_told_of_the_two_countries_answers_the_ministers_meeting(tmp_path: Path) -> None:
    plan = ("Tbilisi, March 15 (Wire) - The foreign ministers of Kyrgyzstan and Tajikistan will meet in Tbilisi on March "
            "29. Kyrgyz Foreign Minister Aibek Osmonov and Tajik Foreign Minister Farrukh Nazarov accepted an invitation "
            "from Georgia.", date(2027, 3, 15))
    off = ("Tbilisi, March 25 (Wire) - A meeting between the foreign ministers of Kyrgyzstan and Tajikistan that Georgia "
           "was due to host in Tbilisi next Monday has been cancelled, the Georgian foreign ministry said on Thursday. "
           "Kyrgyz Foreign Minister Aibek Osmonov said he remained ready to meet his Tajik counterpart Farrukh Nazarov "
           "at any time.", date(2027, 3, 25))
    store = stored(tmp_path, [plan, off])
    out = ask(store, "Will Aibek Osmonov meet Farrukh Nazarov in Tbilisi by March 31, 2027?", date(2027, 3, 26))
    assert (out.answer, out.resolution) == ("no", "no")
