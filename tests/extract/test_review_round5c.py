"""Extraction gaps found by the fifth review round (wire-style articles, second batch): own-words sentences.

Each test states one behaviour, most general first.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from dateline.model import Event

pytestmark = pytest.mark.slow

Row = tuple[str, str, tuple[str, ...], str | None, str | None, str]


def _events(nlp: Language, text: str, anchor: date) -> list[Event]:
    doc = nlp.make_doc(text)
    doc._.anchor = anchor
    return list(nlp(doc)._.events)


def _rows(events: list[Event]) -> list[Row]:
    return [(e.action, e.actor.name, tuple(c.name for c in e.counterparts), e.place.name if e.place else None, e.date.value,
             e.status) for e in events]


def _day(events: list[Event], action: str) -> str | None:
    return next(e.date.value for e in events if e.action == action)


@pytest.mark.parametrize(("text", "day"), [
    ("Chancellor Ingrid Volkmann will visit Kenya from March 3 to 6 and attend a trade fair in Nairobi on the last day.", "2026-03-06"),
    ("Chancellor Ingrid Volkmann will visit Kenya from March 3 to 6 and attend a business forum in Mombasa on the final day.", "2026-03-06"),
    ("Chancellor Ingrid Volkmann will visit Kenya from March 3 to 6 and attend a trade fair in Nairobi on the second day.", "2026-03-04"),
    ("Chancellor Ingrid Volkmann will visit Kenya from March 3 to 6. She will tour a flower farm near Naivasha on the first day.",
     "2026-03-03"),
])
def test_review_round5c_day_of_a_dated_span(nlp: Language, text: str, day: str) -> None:
    # "on the last/second day" of a trip told with a span of days is that day of the span
    events = _events(nlp, text, date(2026, 2, 20))
    assert events[0].date.value == "2026-03-03" and events[0].date.end_value == "2026-03-06"
    assert events[-1].date.value == day and events[-1].date.end_value is None


def test_review_round5c_where_clause_dates_its_head_event(nlp: Language) -> None:
    text = ("Chancellor Ingrid Volkmann will visit Kenya from March 3 to 6. "
            "She will then fly to Mombasa, where she will meet port officials on March 5.")
    rows = _rows(_events(nlp, text, date(2026, 2, 20)))
    assert ("travel", "Ingrid Volkmann", (), "Mombasa", "2026-03-05", "planned") in rows


def test_review_round5c_when_clause_takes_its_main_clause_date(nlp: Language) -> None:
    text = "Chancellor Ingrid Volkmann last visited Ghana in May 2023, when she met President Kofi Mensah in Accra."
    assert _rows(_events(nlp, text, date(2026, 2, 20))) == [
        ("visit", "Ingrid Volkmann", (), "Ghana", "2023-05", "happened"),
        ("meet", "Ingrid Volkmann", ("Kofi Mensah",), "Accra", "2023-05", "happened")]


@pytest.mark.parametrize(("text", "day"), [
    ("The trade ministry said on Tuesday that the trip would go ahead next month. "
     "The announcement came a day after Prime Minister Ana Ruiz spoke by phone with President Kofi Mensah.", "2025-11-03"),
    ("The trade ministry said Tuesday that the trip would go ahead next month. "
     "The statement came two days after Prime Minister Ana Ruiz spoke by phone with President Kofi Mensah.", "2025-11-02"),
])
def test_review_round5c_offset_from_the_report_day(nlp: Language, text: str, day: str) -> None:
    # published Tuesday 2025-11-04: "a day after" the ministry's Tuesday statement is Monday
    assert [(e.action, e.date.value) for e in _events(nlp, text, date(2025, 11, 4)) if e.action == "call"] == [("call", day)]


def test_review_round5c_offset_never_puts_a_fact_after_the_article(nlp: Language) -> None:
    text = "Prime Minister Ana Ruiz will visit Ghana on Thursday. The visit comes two days after Ruiz met President Kofi Mensah."
    assert _day(_events(nlp, text, date(2025, 11, 3)), "meet") is None


@pytest.mark.parametrize("text", [
    "Vice President Marta Solis attended the forum in place of President Tomas Herrera, who stayed home.",
    "Vice President Marta Solis attended the forum instead of President Tomas Herrera.",
    "Vice President Marta Solis attended the forum on behalf of President Tomas Herrera.",
])
def test_review_round5c_person_replaced_is_no_counterpart(nlp: Language, text: str) -> None:
    assert [(e.action, e.actor.name, e.counterparts) for e in _events(nlp, text, date(2026, 10, 26))] == [
        ("attend", "Marta Solis", ())]


@pytest.mark.parametrize(("text", "place"), [
    ("Prime Minister Ana Ruiz leaves Chile for Lima on Friday.", "Lima"),
    ("Prime Minister Ana Ruiz left Chile for Lima on Friday.", "Lima"),
])
def test_review_round5c_leave_x_for_y_is_travel_to_y(nlp: Language, text: str, place: str) -> None:
    (event,) = _events(nlp, text, date(2026, 3, 4))
    assert (event.action, event.place.name if event.place else None) == ("travel", place)
