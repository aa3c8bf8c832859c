"""Round 62 (session 48): "Will X address Senegal's National Assembly?" asks X's speech to the body; "Will Pakistan
appoint a new army chief?" is open while the post is to be filled and resolved yes by the report that names the new
chief; "Will parliament vote on a no-confidence motion against X?" is resolved no when the motion is withdrawn.
Sentences and names are our own. March 2, 2026 is a Monday.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask
from dateline.reason.question import parse_question

from ..stored import stored


@pytest.mark.parametrize("question", [
    "Will Ahmed Ould Salem address Senegal's National Assembly by March 31, 2026?",
    "Will Ahmed Ould Salem address parliament by March 31, 2026?",
])
def test_round62_addressing_a_legislature_asks_the_speech(question: str) -> None:
    pattern = parse_question(question)
    assert (pattern.actor, pattern.action, pattern.target) == ("Ahmed Ould Salem", "address", None)


@pytest.mark.parametrize("question", [
    "Will the Irish Labour Party elect a new leader by April 30, 2026?",
    "Will the Liberal Party hold a leadership ballot by February 28, 2026?",
])
def test_round62_a_party_choosing_its_leader_asks_the_partys_vote(question: str) -> None:
    pattern = parse_question(question)
    assert (pattern.action, pattern.target) == ("vote", None)


def test_round62_addressing_a_summit_stays_an_attendance() -> None:
    assert parse_question("Will Ahmed Ould Salem address the climate summit by March 31, 2026?").action == "attend"


@pytest.mark.slow
def test_round62_a_post_to_fill_is_open_then_resolved_by_the_named_appointment(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ISLAMABAD, March 2 (Wire) - Pakistan's government will announce the appointment of a new army chief later "
         "this month, the defence minister said on Monday.", date(2026, 3, 2)),
        ("ISLAMABAD, March 6 (Wire) - Prime Minister Imran Baig on Thursday appointed General Asif Malik as chief of "
         "army staff.", date(2026, 3, 6)),
    ])
    question = "Will Pakistan appoint a new army chief by March 20, 2026?"
    before = ask(store, question, date(2026, 3, 3))
    assert (before.answer, before.resolution) == ("yes", None), before.reason
    after = ask(store, question, date(2026, 3, 6))
    assert (after.answer, after.resolution) == ("yes", "yes"), after.reason
    assert any("Asif Malik" in e.sentence for e in after.evidence)


@pytest.mark.slow
def test_round62_a_motion_withdrawn_resolves_the_vote_question_no(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ZAGREB, March 2 (Wire) - Croatia's parliament will vote on Thursday on an opposition motion of no confidence "
         "in Finance Minister Ivana Horvat, the parliament said on Monday.", date(2026, 3, 2)),
        ("ZAGREB, March 4 (Wire) - Opposition parties withdrew their no-confidence motion against Finance Minister "
         "Ivana Horvat on Wednesday, a day before it was due to be put to a vote.", date(2026, 3, 4)),
    ])
    question = "Will the Croatian parliament vote on a no-confidence motion against Ivana Horvat by March 20, 2026?"
    assert ask(store, question, date(2026, 3, 2)).resolution is None
    after = ask(store, question, date(2026, 3, 4))
    assert (after.answer, after.resolution) == ("no", "no"), after.reason
