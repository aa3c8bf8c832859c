"""Families that name a thing, round 3: accepted resignations, refusals, purpose clauses, and more.

Each test states one behaviour. Sentences and names of people are our own.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from dateline.model import Event

from .fixture_articles import text_events as _events

pytestmark = pytest.mark.slow

#: A Wednesday: "on Monday" is 2026-05-04.
ANCHOR = date(2026, 5, 6)


def _family(nlp: Language, text: str, action: str, anchor: date = ANCHOR) -> list[Event]:
    return [e for e in _events(nlp, text, anchor) if e.action == action]


# 1. "accepted her resignation": the possessor's resignation, tendered already, never the subject's


def test_accepted_resignation_is_the_possessors(nlp: Language) -> None:
    text = ("Trade Minister Mara Lind offered to step down on Monday. Prime Minister Olaf Brenn accepted her"
            " resignation and picked a replacement.")
    evs = [e for e in _family(nlp, text, "resign") if e.evidence.sentence.startswith("Prime")]
    assert [(e.actor.name, e.status) for e in evs] == [("Mara Lind", "happened")]


def test_accepted_resignation_of_named_person(nlp: Language) -> None:
    evs = _family(nlp, "Prime Minister Olaf Brenn accepted the resignation of Trade Minister Mara Lind on Monday.", "resign")
    assert [(e.actor.name, e.status, e.date.value) for e in evs] == [("Mara Lind", "happened", "2026-05-04")]


def test_accepted_resignation_never_the_subjects(nlp: Language) -> None:
    evs = _family(nlp, "Prime Minister Olaf Brenn received his resignation and picked a replacement.", "resign")
    assert all(e.actor.name != "Olaf Brenn" for e in evs)


# 2. "he would not resign": a refusal (denied), no call-off


def test_would_not_resign_is_refusal(nlp: Language) -> None:
    evs = _family(nlp, "Minister Tomas Varga said on Tuesday he would not resign and called the rallies staged.", "resign")
    assert [(e.actor.name, e.status) for e in evs] == [("Tomas Varga", "denied")]
    assert evs[0].cameo == "1231"


# 3. a clause of purpose after a call-off is no cancelled event


@pytest.mark.parametrize("text", [
    "Peru and Chile called off their planned joint naval drills to make room for talks with Bolivia on fishing rights.",
    "Peru postponed the drills so that talks with Bolivia can be held.",
])
def test_purpose_clause_is_no_call_off(nlp: Language, text: str) -> None:
    evs = _events(nlp, text, ANCHOR)
    assert [e.status for e in evs if e.action == "exercise"] in (["cancelled"], ["postponed"])
    assert all(e.status in ("planned",) for e in evs if e.action in ("meet", "negotiate"))
