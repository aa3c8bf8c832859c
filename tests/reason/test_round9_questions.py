"""Questions, round 9: "Will X hold a meeting in Y?" of one actor asks for a meeting of X there (a possessive "its
meeting" stays the named gathering); a body's initials defined after its name ("(SICA)") are an alias of it.

Sentences and names are our own.
"""

from __future__ import annotations

import pytest

from dateline.model import ActorRef
from dateline.reason.question import parse_question
from dateline.store.sqlite_actors import _defined_initials


@pytest.mark.parametrize("question,action,target,place", [
    ("Will OPEC+ hold a meeting in Vienna by December 8, 2026?", "meet", "", "Vienna"),
    ("Will OPEC+ hold an extraordinary meeting by December 8, 2026?", "meet", "", None),
    ("Will the cabinet hold talks on Friday?", "meet", "", None),
    ("Will the council hold its meeting by July 10, 2026?", "hold", "meeting", None),
    ("Will Kim and Lee hold talks in Seoul?", "meet", "Lee", "Seoul"),
])
def test_hold_a_meeting_is_a_meeting(question: str, action: str, target: str, place: str | None) -> None:
    pattern = parse_question(question)
    assert (pattern.action, pattern.target, pattern.place) == (action, target, place)


@pytest.mark.parametrize("text,initials", [
    ("Leaders of the Central American Integration System (SICA) will meet.", "SICA"),
    ("The Central American Integration System said on Monday.", None),
    ("The Central American Integration System (which has eight members) said.", None),
])
def test_initials_defined_after_a_body_name(text: str, initials: str | None) -> None:
    body = ActorRef("Central American Integration System", "org")
    assert _defined_initials(body, text) == initials


def test_initials_are_only_for_bodies() -> None:
    assert _defined_initials(ActorRef("Rosa Quispe", "person"), "Rosa Quispe (RQ) said.") is None
