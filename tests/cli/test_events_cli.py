"""``dateline events``, ``timeline``, ``articles`` and ``show`` on a hand-built store."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from dateline.cli.articles import list_articles, mark_text, show_article
from dateline.cli.events import list_events, timeline
from dateline.model import Extraction, TimeExpr
from dateline.store.sqlite import SQLiteStore

from ..store.builders import AHN, DMZ, JSA, article, event, extraction

PLAN = "Hegseth will visit the DMZ on Monday with Ahn."
DONE = "Hegseth visited the Joint Security Area on Monday."

EVENT_KEYS = {"id", "action", "cameo", "plover", "actor", "counterparts", "place", "date", "status", "evidence", "history"}


@pytest.fixture
def store() -> SQLiteStore:
    s = SQLiteStore(":memory:")
    a1 = article(PLAN, date(2025, 10, 28), source="plan.txt")
    s.add_article(a1, extraction(a1, event(a1, PLAN, "visit", "planned", "2025-11-03", DMZ, (AHN,))))
    a2 = article(DONE, date(2025, 11, 3), source="done.txt")
    s.add_article(a2, extraction(a2, event(a2, DONE, "visit", "happened", "2025-11-03", JSA)))
    return s


def test_events_json_has_documented_fields(store: SQLiteStore) -> None:
    (ev,) = json.loads(list_events(store, fmt="json"))
    assert set(ev) >= EVENT_KEYS
    assert ev["actor"] == {"name": "Pete Hegseth", "title": "Defence Secretary", "country": "United States"}
    assert ev["counterparts"] == [{"name": "Ahn Gyu-back", "title": "Defence Minister", "country": "South Korea"}]
    assert ev["place"] == {"name": "Joint Security Area", "country": "South Korea", "lat": 37.956, "lon": 126.677}
    assert ev["date"] == {"value": "2025-11-03", "precision": "day", "text": "2025-11-03"}
    assert ev["status"] == "happened"
    assert [(e["status"], e["start"], e["end"]) for e in ev["evidence"]] == [("planned", 0, 46), ("happened", 0, 50)]
    assert [h["status"] for h in ev["history"]] == ["planned", "happened"]


def test_events_as_of_json_shows_plan(store: SQLiteStore) -> None:
    (ev,) = json.loads(list_events(store, as_of=date(2025, 11, 1), fmt="json"))
    assert (ev["status"], len(ev["evidence"])) == ("planned", 1)


def test_events_csv_has_header_and_row(store: SQLiteStore) -> None:
    rows = list(csv.DictReader(io.StringIO(list_events(store, fmt="csv"))))
    assert [(r["date"], r["status"], r["actor"], r["place"], r["sources"]) for r in rows] == [
        ("2025-11-03", "happened", "Pete Hegseth", "Joint Security Area", "2")
    ]


def test_events_jsonl_one_object_per_line(store: SQLiteStore) -> None:
    lines = list_events(store, fmt="jsonl").splitlines()
    assert [json.loads(x)["status"] for x in lines] == ["happened"]


def test_timeline_text_lists_history(store: SQLiteStore) -> None:
    text = timeline(store, "Hegseth")
    assert text.splitlines()[0].split() == [
        "2025-11-03", "happened", "Pete", "Hegseth", "visits", "the", "Joint", "Security", "Area", "with", "Ahn", "Gyu-back"
    ]
    assert "history: planned (2025-11-03) -> happened (2025-11-03)" in text


def test_timeline_unknown_actor_says_so(store: SQLiteStore) -> None:
    assert timeline(store, "Nobody") == "no events for 'Nobody'"


def test_articles_csv_lists_sources(store: SQLiteStore) -> None:
    rows = list(csv.DictReader(io.StringIO(list_articles(store, None, None, "csv"))))
    assert [(r["published"], r["source"]) for r in rows] == [("2025-10-28", "plan.txt"), ("2025-11-03", "done.txt")]


def test_articles_date_window(store: SQLiteStore) -> None:
    rows = json.loads(list_articles(store, date(2025, 11, 1), None, "json"))
    assert [r["source"] for r in rows] == ["done.txt"]


def test_show_marks_time_expressions() -> None:
    text = "He arrives next Monday."
    ext = Extraction("x", times=(TimeExpr(11, 22, "next Monday", "DATE", "2025-11-03", "day"),))
    assert mark_text(text, ext) == "He arrives [next Monday]{time:2025-11-03}."


def test_show_text_lists_events(store: SQLiteStore) -> None:
    aid = store.articles()[0].id
    out = show_article(store, aid)
    assert out.splitlines()[0] == f"id:        {aid}"
    assert "  #1 2025-11-03 [happened] Pete Hegseth visit at Joint Security Area with Ahn Gyu-back (CAMEO 042)" in out
