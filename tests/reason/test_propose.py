"""Proposed questions from planned events."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.reason.propose import named_meeting, propose
from dateline.reason.question import parse_question
from dateline.store import Store

from .handmade import JSA, KOIZUMI, TOKYO, Report, fill

D28 = date(2025, 10, 28)


@pytest.mark.parametrize(
    "sentence,name",
    [
        ("In Kuala Lumpur, the secretary plans to participate in the ASEAN Defence Ministers' Meeting-Plus, a forum.",
         "ASEAN Defence Ministers' Meeting-Plus"),
        ("The dialogue, known as the Security Consultative Meeting (SCM), is scheduled for November 4.",
         "Security Consultative Meeting"),
        ("Hegseth will visit Camp Humphreys.", None),
    ],
)
def test_propose_named_meeting(sentence: str, name: str | None) -> None:
    assert named_meeting(sentence) == name


def _fill(store: Store) -> None:
    fill(store, [
        Report("a1", D28, "Hegseth is scheduled to visit the Joint Security Area on November 3.", "visit", "planned",
               "2025-11-03", place=JSA),
        Report("a1", D28, "In Tokyo on Wednesday, Hegseth will meet Koizumi.", "meet", "planned", "2025-10-29",
               place=TOKYO, counterparts=(KOIZUMI,)),
    ])


def test_propose_questions_and_close_dates(store: Store) -> None:
    _fill(store)
    assert [(p.question, p.close_date.isoformat()) for p in propose(store, D28)] == [
        ("Will Pete Hegseth meet Shinjiro Koizumi in Tokyo by 2025-10-29?", "2025-10-30"),
        ("Will Pete Hegseth visit the Joint Security Area by 2025-11-03?", "2025-11-04"),
    ]


def test_propose_criteria_name_a_later_report(store: Store) -> None:
    _fill(store)
    assert propose(store, D28)[1].resolution_criteria == (
        "Yes if a news report published after 2025-10-28 states that Pete Hegseth visited the Joint Security "
        "Area between 2025-10-28 and 2025-11-03; no if the visit is cancelled or no such report appears by 2025-11-04."
    )


def test_propose_questions_parse_back(store: Store) -> None:
    _fill(store)
    assert [parse_question(p.question).action for p in propose(store, D28)] == ["meet", "visit"]


def test_propose_skips_past_events(store: Store) -> None:
    _fill(store)
    assert [p.event_id for p in propose(store, date(2025, 10, 30))] == [1]
