"""Extraction gaps left by the eighth review round: own-words sentences.

Each test states one behaviour, most general first.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from .fixture_articles import rows as _rows, text_events as _events

pytestmark = pytest.mark.slow


# 1. "met with visiting Prime Minister Y": Y is the visitor, never the one who met him


@pytest.mark.parametrize("text, status, day", [
    ("Prime Minister Lena Marsh met with visiting Chilean President Luis Mora in Lima on Thursday.", "happened", "2026-03-05"),
    ("President Ana Soto received visiting Foreign Minister Luis Mora in Lima on Thursday.", "happened", "2026-03-05"),
    ("Earlier on Thursday, Premier Ana Soto met with visiting Chilean Deputy Prime Minister Luis Mora in Lima.", "happened", "2026-03-05"),
    ("President Ana Soto will meet visiting Chilean President Luis Mora in Lima on Friday.", "planned", "2026-03-06"),
])
def test_review_round8_visiting_participle_makes_the_guest_the_visitor(nlp: Language, text: str, status: str, day: str) -> None:
    events = _events(nlp, text, date(2026, 3, 5))
    visits = [e for e in events if e.action == "visit"]
    assert [(e.actor.name, e.place.name if e.place else None, e.date.value, e.status) for e in visits] == \
        [("Luis Mora", "Lima", day, status)]


# 2. "X thanked his host and invited him to visit Russia": the invitee visits, the inviter is his counterpart


def test_review_round8_conjoined_inviter_is_the_counterpart(nlp: Language) -> None:
    text = ("President Ana Soto received President Luis Mora in Lima on Thursday. "
            "Mora thanked his host and invited her to visit Peru next year.")
    (visit,) = [e for e in _events(nlp, text, date(2026, 3, 5)) if e.action == "visit"]
    assert _rows([visit]) == [("visit", "Ana Soto", ("Luis Mora",), "Peru", "2027", "planned")]


def test_review_round8_inviter_is_never_the_invitee(nlp: Language) -> None:
    text = "President Luis Mora thanked his Chilean counterpart for the hospitality and invited him to visit Peru next year."
    assert not [e for e in _events(nlp, text, date(2026, 3, 5)) if e.action == "visit" and e.actor.name == "Luis Mora"]


# 3. an activity at a place on a trip ("celebrate Mass in X", "lay a wreath in X") is a visit there that day


@pytest.mark.parametrize("second, place, day, status", [
    ("On Wednesday she is scheduled to lay a wreath in Cusco.", "Cusco", "2026-03-04", "planned"),
    ("On Wednesday she will celebrate Mass in Cusco before returning home on Thursday.", "Cusco", "2026-03-04", "planned"),
])
def test_review_round8_activity_at_a_place_is_a_visit(nlp: Language, second: str, place: str, day: str, status: str) -> None:
    text = f"President Ana Soto arrived in Lima on Monday for a three-day visit to Peru. {second}"
    events = _events(nlp, text, date(2026, 3, 2))
    assert ("visit", "Ana Soto", (), place, day, status) in _rows(events)


def test_review_round8_activity_told_as_past_is_a_visit(nlp: Language) -> None:
    text = "Prime Minister Lena Marsh addressed parliament in Canberra on Tuesday."
    assert _rows(_events(nlp, text, date(2026, 3, 4))) == [("visit", "Lena Marsh", (), "Canberra", "2026-03-03", "happened")]


@pytest.mark.parametrize("text", [
    "Minister Lena Marsh will begin a three-day visit to Chile on Monday, her office said. She will travel to Lima the "
    "following day.",
    "President Ana Soto arrived in Quito on Monday for a two-day state visit. She met President Luis Mora a day later.",
])
def test_review_round8_no_anchor_no_crash(nlp: Language, text: str) -> None:
    # without a publication date a weekday stays unanchored ("XXXX-XX-XX"); nothing counts days from it
    events = _events(nlp, text, None)  # type: ignore[arg-type]
    assert events and all(e.date.value in (None, "XXXX-XX-XX") for e in events)


def test_review_round8_every_fixture_article_extracts_without_an_anchor(nlp: Language) -> None:
    # an article with no publication date must never crash the pipeline: each rule that counts days checks for one
    from pathlib import Path

    folder = Path(__file__).parent.parent / "fixtures" / "articles"
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    assert texts
    for text in texts:
        _events(nlp, text, None)  # type: ignore[arg-type]
