"""Acceptance test on an own-words article with the constructions of the Seoul-visit seed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.config import Settings
from dateline.extract import build_nlp, extract
from dateline.model import Article, Event

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def events(fixtures_dir: Path, nlp: Language) -> Iterator[list[Event]]:
    text = (fixtures_dir / "articles" / "korea_trip_reference.txt").read_text(encoding="utf-8")
    article = Article("seoul", text, None, None, "korea_trip_reference.txt", "text", date(2025, 10, 28))
    yield [ev for _, ex in extract([article], nlp) for ev in ex.events]


def _find(events: list[Event], action: str, place: str | None = None, counterpart: str | None = None) -> list[Event]:
    return [
        e
        for e in events
        if e.action == action
        and (place is None or (e.place is not None and e.place.name == place))
        and (counterpart is None or counterpart in [c.name for c in e.counterparts])
    ]


def test_seed_jsa_visit_planned_on_arrival_day_with_ahn(events: list[Event]) -> None:
    got = [(e.status, e.date.value, e.actor.name) for e in _find(events, "visit", "Joint Security Area", "Ahn Gyu-back")]
    assert got == [("planned", "2025-11-03", "Pete Hegseth")]


def test_seed_dmz_visit_planned_within_trip(events: list[Event]) -> None:
    got = [(e.status, e.date.value, e.date.end_value) for e in _find(events, "visit", "Demilitarized Zone")]
    assert got == [("planned", "2025-11-03", "2025-11-04")]


def test_seed_scm_talks_planned_nov_4_in_seoul(events: list[Event]) -> None:
    got = [(e.status, e.date.value) for e in _find(events, "meet", "Seoul")]
    assert got == [("planned", "2025-11-04")]


def test_seed_meetings_with_lee_planned_within_visit(events: list[Event]) -> None:
    got = [(e.status, e.date.value, e.date.end_value) for e in _find(events, "meet", counterpart="Lee Jae Myung")]
    assert got == [("planned", "2025-W45", None), ("planned", "2025-11-03", "2025-11-04")]


def test_seed_camp_humphreys_visit_planned(events: list[Event]) -> None:
    assert [e.status for e in _find(events, "visit", "Camp Humphreys")] == ["planned"]


def test_seed_tokyo_meeting_planned_wednesday(events: list[Event]) -> None:
    got = [(e.status, e.date.value, e.place.name if e.place else None) for e in _find(events, "meet", counterpart="Shinjiro Koizumi")]
    assert got == [("planned", "2025-10-29", "Tokyo")]


def test_seed_admm_plus_attend_planned(events: list[Event]) -> None:
    assert [(e.status, e.date.value) for e in _find(events, "attend", "Kuala Lumpur")] == [("planned", None)]


def test_seed_hanoi_meeting_planned_sunday(events: list[Event]) -> None:
    got = [(e.status, e.date.value, e.place.name if e.place else None) for e in _find(events, "meet", counterpart="Phan Van Giang")]
    assert got == [("planned", "2025-11-02", "Hanoi")]


def test_seed_2017_jsa_visit_happened(events: list[Event]) -> None:
    got = [(e.actor.name, [c.name for c in e.counterparts], e.status, e.date.value) for e in events if e.status == "happened"]
    assert got == [("Song Young-moo", ["James Mattis"], "happened", "2017-10")]


def test_seed_no_event_for_tour_history_or_statements(events: list[Event]) -> None:
    placed = {e.place.name for e in events if e.place is not None}
    assert placed & {"Japan", "Malaysia", "Vietnam"} == set()


def test_seed_no_event_dated_publication_day(events: list[Event]) -> None:
    assert [e for e in events if e.date.value == "2025-10-28"] == []
