"""Tests for dateline.extract.plans: past readings of happened events, overtaken plans."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from dateline.extract.plans import forward_reading, past_reading
from dateline.model import DateValue, Event

SAT = date(2026, 2, 14)  # a Saturday


def test_plans_past_reading_moves_a_future_weekday_back() -> None:
    when, after = past_reading(DateValue("2026-02-20", "day", "Friday"), SAT)
    assert (when.value, after) == ("2026-02-13", False)


def test_plans_past_reading_flags_an_absolute_future_date() -> None:
    when, after = past_reading(DateValue("2026-03-02", "day", "March 2, 2026"), SAT)
    assert (when.value, after) == ("2026-03-02", True)


def test_plans_forward_reading_reads_an_overtaken_weekday_ahead() -> None:
    assert forward_reading(DateValue("2026-02-10", "day", "Tuesday"), SAT).value == "2026-02-17"


def _events(nlp: Language, text: str, anchor: date = SAT) -> list[Event]:
    doc = nlp.make_doc(text)
    doc._.anchor = anchor
    return list(nlp(doc)._.events)


@pytest.mark.slow
def test_plans_overtaken_plan_takes_the_article_cancellation(nlp: Language) -> None:
    text = ("Chilean Foreign Minister Ana Rojas has cancelled her trip to Peru, her ministry said on Saturday. "
            "Rojas had been due to meet Peruvian Prime Minister Luis Vega in Lima on Tuesday.")
    meet = [e for e in _events(nlp, text) if e.action == "meet"]
    assert [(e.status, e.refers_to_plan, e.date.value, e.place.name if e.place else None) for e in meet] == [
        ("cancelled", True, "2026-02-17", "Lima")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Chilean Foreign Minister Ana Rojas had been expected to visit Lima on Tuesday.",
        "Chilean Foreign Minister Ana Rojas was to have visited Lima on Tuesday.",
    ],
)
@pytest.mark.slow
def test_plans_overtaken_plan_alone_gives_no_event(nlp: Language, text: str) -> None:
    assert _events(nlp, text) == []


@pytest.mark.slow
def test_plans_happened_event_read_in_the_past_despite_comparison(nlp: Language) -> None:
    text = "Chilean Foreign Minister Ana Rojas met Peruvian Prime Minister Luis Vega in Lima on Friday, a day later than scheduled."
    assert [(e.status, e.date.value) for e in _events(nlp, text)] == [("happened", "2026-02-13")]
