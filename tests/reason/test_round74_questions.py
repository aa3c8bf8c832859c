"""Round 74 (session 60): questions phrased with a determiner and a word where the action phrase has an article.
Sentences and names are our own. June 1, 2026 is a Monday."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask
from dateline.reason.question import parse_question

from ..stored import stored


@pytest.mark.parametrize("question,action", [
    ("Will Tomas Varga appear at his extradition hearing by June 15?", "hearing"),
    ("Will the defendant appear before the high court by June 15?", "hearing"),
    ("Will the minister pay a state visit to Japan by July 1?", "visit"),
])
def test_round74_an_article_in_an_action_phrase_matches_a_determiner_and_one_word(question: str, action: str) -> None:
    assert parse_question(question).action == action


@pytest.mark.slow
def test_round74_appearing_at_his_extradition_hearing_is_answered_by_the_hearing(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LONDON, June 1 (Wire) - A British court will hold an extradition hearing for businessman Tomas Varga on "
         "June 10, his lawyers said on Monday.", date(2026, 6, 1)),
        ("LONDON, June 11 (Wire) - Businessman Tomas Varga appeared at a London court on Wednesday for his "
         "extradition hearing.", date(2026, 6, 11)),
    ])
    answer = ask(store, "Will Tomas Varga appear at his extradition hearing by June 15, 2026?", date(2026, 6, 1))
    assert not answer.resolved
    answer = ask(store, "Will Tomas Varga appear at his extradition hearing by June 15, 2026?", date(2026, 6, 12))
    assert answer.resolved and answer.resolution == "yes", answer.reason
