"""Round 44 (audits 117-120): questions whose deadline month reads as a verb, and a rescheduled plan read as doubt.
Sentences and names are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask
from dateline.reason.question import parse_question

from ..stored import stored

pytestmark = pytest.mark.slow


def test_round44_a_deadline_in_march_is_no_march() -> None:
    pattern = parse_question("Will Ali Nazim's trial begin by March 15, 2027?")
    assert (pattern.actor, pattern.action, pattern.window.text) == ("Ali Nazim", "trial", "March 15, 2027")


def test_round44_a_march_asked_in_march_is_still_a_march() -> None:
    assert parse_question("Will farmers march in Lima by March 15, 2027?").action == "protest"


def test_round44_travel_for_the_rescheduled_talks_is_no_doubt(tmp_path: Path) -> None:
    text = ("Ugandan Foreign Minister Grace Atim will still travel to Nairobi for the rescheduled talks with her "
            "counterpart Peter Mwangi, the ministry said.")
    answer = ask(stored(tmp_path, [(text, date(2027, 3, 8))]), "Will Grace Atim visit Nairobi by March 31, 2027?",
                 date(2027, 3, 10))
    assert answer.answer == "yes"


@pytest.mark.parametrize(("text", "resolved"), [
    ("Hundreds of doctors protested outside the health ministry in Port Sudan on Saturday.", False),
    ("Sudanese doctors went on strike on Saturday.", True),
])
def test_round44_a_demonstration_does_not_answer_a_strike_question(tmp_path: Path, text: str, resolved: bool) -> None:
    answer = ask(stored(tmp_path, [(text, date(2027, 3, 8))]), "Will Sudanese doctors go on strike by March 20, 2027?",
                 date(2027, 3, 9))
    assert (answer.resolution == "yes") is resolved


@pytest.mark.parametrize("question", ["Will Venezuela arrest Ramon Echeverria by March 31, 2027?",
                                      "Will police arrest Ramon Echeverria by March 31, 2027?"])
def test_round44_a_state_arresting_a_named_person_asks_of_that_persons_arrest(tmp_path: Path, question: str) -> None:
    text = "CARACAS, March 23 (Wire) - Intelligence agents arrested opposition politician Ramon Echeverria on Sunday."
    answer = ask(stored(tmp_path, [(text, date(2027, 3, 23))]), question, date(2027, 3, 24))
    assert answer.resolution == "yes"


def test_round44_arresting_an_unnamed_crowd_stays_the_arresters_question() -> None:
    pattern = parse_question("Will police arrest protesters in Yangon by March 31, 2027?")
    assert (pattern.actor, pattern.action) == ("police", "arrest")
