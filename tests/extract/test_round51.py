"""Round 51 (audits 182-184 and gaps left by audits 173-181): a pronoun charged after an unnamed arrest, "due in court"
after one, a court sitting told as a frame ("At a hearing last Friday, ..."), "after being charged".
Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from .fixture_articles import datelined_events, party_rows

_UNNAMED = "LUSAKA, March 12 (Wire) - Zambian police arrested a man on Monday over the theft of railway cables. "
_NAMED = "LUSAKA, March 12 (Wire) - Opposition leader Mapalo Chisenga was charged with fraud on Monday. "


@pytest.mark.slow
@pytest.mark.parametrize("charge", [
    "He was charged on Tuesday with theft.",
    "He was questioned for six hours and charged on Tuesday with theft.",
])
def test_round51_he_charged_after_an_unnamed_arrest_is_the_man_held(nlp: Language, tmp_path: Path, charge: str) -> None:
    got = party_rows(datelined_events(nlp, tmp_path, _UNNAMED + charge, date(2027, 3, 12)))
    assert ("man", "charged", "happened", "2027-03-09", None, ()) in got
    assert all(r[0] != "police" for r in got)


@pytest.mark.slow
def test_round51_he_due_in_court_after_an_unnamed_arrest_is_the_man_held(nlp: Language, tmp_path: Path) -> None:
    got = party_rows(datelined_events(nlp, tmp_path, _UNNAMED + "He is due in court on Friday.", date(2027, 3, 12)))
    assert ("man", "hearing", "planned", "2027-03-12", None, ()) in got


@pytest.mark.slow
@pytest.mark.parametrize("frame", [
    "At his first hearing last Friday, Chisenga was refused bail.",
    "At a hearing last Friday, a magistrate refused Chisenga bail.",
    "At a hearing last Friday, Magistrate Mwansa Tembo refused Chisenga bail.",
    "At a hearing last Friday, Chisenga pleaded not guilty.",
])
def test_round51_a_hearing_told_as_a_frame_was_held_for_the_defendant(nlp: Language, tmp_path: Path, frame: str) -> None:
    got = party_rows(datelined_events(nlp, tmp_path, _NAMED + frame, date(2027, 3, 12)))
    assert ("Mapalo Chisenga", "hearing", "happened", "2027-03-05", None, ()) in got
    assert all(r[1] in ("charged", "hearing") for r in got), got


@pytest.mark.slow
def test_round51_a_senate_hearing_is_no_court_sitting(nlp: Language, tmp_path: Path) -> None:
    text = ("LUSAKA, March 12 (Wire) - At a parliamentary hearing on Tuesday, Defence Minister Mapalo Chisenga said the "
            "army needed new trucks.")
    assert all(e.action != "hearing" for e in datelined_events(nlp, tmp_path, text, date(2027, 3, 12)))


@pytest.mark.slow
def test_round51_charged_after_being_remanded_is_the_subjects_charge(nlp: Language, tmp_path: Path) -> None:
    text = ("LUSAKA, March 12 (Wire) - Opposition leader Mapalo Chisenga was remanded in custody on Wednesday after "
            "being charged with fraud.")
    got = party_rows(datelined_events(nlp, tmp_path, text, date(2027, 3, 12)))
    assert [r[:3] for r in got if r[1] == "charged"] == [("Mapalo Chisenga", "charged", "happened")]
