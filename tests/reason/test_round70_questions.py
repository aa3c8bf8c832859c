"""Round 70 (session 56): "Will X return to Y?" asks X's journey there; "go on hunger strike" keeps its kind; a
guest due at a coronation in another country is asked as a visit there. Sentences and names are our own. June 1, 2026
is a Monday."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.reason.ask import ask
from dateline.reason.question import parse_question

from ..stored import stored


@pytest.mark.parametrize(("question", "variety"), [
    ("Will Kossi Amegbo go on hunger strike?", "hunger strike"),
    ("Will Kossi Amegbo go on a hunger strike?", "hunger strike"),
    ("Will Kossi Amegbo go on a nationwide strike?", "strike"),
])
def test_round70_a_hunger_strike_question_keeps_its_kind(question: str, variety: str) -> None:
    asked = parse_question(question)
    assert (asked.action, asked.variety) == ("protest", variety)


def test_round70_return_asks_a_journey() -> None:
    assert parse_question("Will Kossi Amegbo return to Lome?").action == "visit"


@pytest.mark.slow
def test_round70_a_planned_return_is_more_likely_than_not(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LOME, June 1 (Wire) - Exiled opposition leader Kossi Amegbo will return to Lome on Friday, his party said on "
         "Monday.", date(2026, 6, 1)),
    ])
    answer = ask(store, "Will Kossi Amegbo return to Lome?", date(2026, 6, 2))
    assert answer.resolution is None and answer.probability is not None and answer.probability > 0.5, answer.reason


@pytest.mark.slow
def test_round70_a_guest_due_at_a_coronation_abroad_is_asked_as_a_visit(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("APIA, June 1 (Wire) - Crown Prince Tavita Leota will be crowned King of Samoa on Thursday in a ceremony at the "
         "cathedral, the palace said on Monday. Fijian Prime Minister Sione Rabuka is due to attend the coronation, his "
         "office said.", date(2026, 6, 1)),
    ])
    answer = ask(store, "Will Sione Rabuka visit Samoa?", date(2026, 6, 2))
    assert answer.resolution is None and answer.probability is not None and answer.probability > 0.5, answer.reason
