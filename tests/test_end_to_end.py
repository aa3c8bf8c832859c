"""The whole path on articles written for this project: ingest -> extract -> store -> query."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dateline.config import load_settings
from dateline.pipeline import get_nlp, ingest_paths
from dateline.store import open_store
from dateline.store.sqlite import SQLiteStore

E2E = Path(__file__).parent / "fixtures" / "e2e"


@pytest.fixture(scope="module")
def store() -> SQLiteStore:
    settings = load_settings(db=":memory:")
    s = SQLiteStore(":memory:")
    manifest = json.loads((E2E / "manifest.json").read_text())
    for name, day in manifest.items():
        ingest_paths([E2E / name], s, settings, published=date.fromisoformat(day), nlp=get_nlp(settings))
    return s


@pytest.mark.slow
def test_end_to_end_plan_then_outcome_is_one_event(store: SQLiteStore) -> None:
    (visit,) = store.events(actor="Valtonen", place="Tallinn")
    assert (visit.status, visit.date.value) == ("happened", "2025-05-12")
    assert [h.status for h in visit.history] == ["planned", "happened"]
    assert len({e.article_id for e in visit.evidence}) == 2


@pytest.mark.slow
def test_end_to_end_postponement_moves_date(store: SQLiteStore) -> None:
    (meeting,) = store.events(actor="Valtonen", place="Riga")
    assert (meeting.status, meeting.date.value) == ("postponed", "2025-06-03")
    assert [(h.status, h.date.value) for h in meeting.history] == [("planned", "2025-05-14"), ("postponed", "2025-06-03")]


@pytest.mark.slow
def test_end_to_end_as_of_shows_the_plan(store: SQLiteStore) -> None:
    (visit,) = store.events(actor="Valtonen", place="Tallinn", as_of=date(2025, 5, 6))
    assert (visit.status, visit.date.value, len(visit.evidence)) == ("planned", "2025-05-12", 1)


@pytest.mark.slow
def test_end_to_end_evidence_offsets_point_into_article(store: SQLiteStore) -> None:
    for event in store.events():
        for ev in event.evidence:
            article, _ = store.article(ev.article_id)
            assert article.text[ev.start : ev.end] == ev.sentence


@pytest.mark.slow
def test_end_to_end_one_actor_across_articles(store: SQLiteStore) -> None:
    names = [a.name for a in store.actors() if "Valtonen" in a.name]
    assert names == ["Elina Valtonen"]


@pytest.mark.slow
def test_end_to_end_late_report_reopens_a_closed_window() -> None:
    settings = load_settings(db=":memory:")
    s = SQLiteStore(":memory:")
    qid = s.add_question("Will Elina Valtonen visit Tallinn by May 31, 2025?", None, date(2025, 5, 5))
    nlp = get_nlp(settings)
    for name, day in [("01_plan.txt", "2025-05-05"), ("04_later_unrelated.txt", "2025-06-10"), ("02_outcome.txt", "2025-05-12")]:
        ingest_paths([E2E / name], s, settings, published=date.fromisoformat(day), nlp=nlp)
    history = s.question_history(qid)
    assert [(h["as_of"], h["state"]["resolution"]) for h in history] == [
        ("2025-05-05", None),
        ("2025-06-10", "no"),
        ("2025-06-10", "yes"),
    ]
