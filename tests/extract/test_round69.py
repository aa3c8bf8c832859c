"""Round 69 (session 55): what audits 244-246 (labour disputes, elections and cabinets, tours of religious leaders and
monarchs) found. Each test states one behaviour. Sentences and names are our own. June 1, 2026 is a Monday.
"""

from __future__ import annotations

from datetime import date

from dateline.config import load_settings
from dateline.extract.pipeline import extract
from dateline.ingest.text import read_text
from dateline.model import Event
from dateline.pipeline import get_nlp

_DAY = date(2026, 6, 1)


def _extracted(text: str, day: date = _DAY) -> list[Event]:
    """The events the real pipeline finds in one article text published on ``day``."""
    settings = load_settings()
    articles = read_text(text.encode(), "x.txt", settings, day)
    return list(next(ex for _, ex in extract(articles, get_nlp(settings))).events)


def test_round69_a_byline_after_the_dateline_names_no_actor() -> None:
    events = _extracted("OSLO, June 1 (Wire) - By Kari Lunde - Hans Berg resigned as mayor of Oslo on Monday.")
    assert [(e.action, e.actor.name, e.date.value) for e in events] == [("resign", "Hans Berg", "2026-06-01")]
