"""Tests for dateline.extract.status: every status from cues, tense and negation."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from spacy.language import Language

from dateline.config import Settings
from dateline.extract import build_nlp
from dateline.model import Event


def _events(nlp: Language, text: str) -> list[Event]:
    doc = nlp.make_doc(text)
    doc._.anchor = date(2025, 3, 4)
    return list(nlp(doc)._.events)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,status",
    [
        ("French Foreign Minister Claire Dubois is scheduled to visit Nairobi on Friday.", "planned"),
        ("French Foreign Minister Claire Dubois will visit Nairobi next month.", "planned"),
        ("French Foreign Minister Claire Dubois plans to visit Nairobi in April.", "planned"),
        ("French Foreign Minister Claire Dubois intends to visit Nairobi.", "planned"),
        ("French Foreign Minister Claire Dubois is set to meet Kenyan President William Ruto on Thursday.", "planned"),
        ("French Foreign Minister Claire Dubois is expected to attend the summit in Addis Ababa.", "planned"),
        ("French Foreign Minister Claire Dubois is due to arrive in Nairobi on Monday.", "planned"),
        ("French Foreign Minister Claire Dubois visited Nairobi on Monday.", "happened"),
        ("French Foreign Minister Claire Dubois held talks with Kenyan President William Ruto on Monday.", "happened"),
        ("French Foreign Minister Claire Dubois is visiting Nairobi this week.", "ongoing"),
        ("The talks between Claire Dubois and William Ruto were postponed to June.", "postponed"),
        ("French Foreign Minister Claire Dubois called off her visit to Nairobi.", "cancelled"),
        ("French Foreign Minister Claire Dubois has scrapped her trip to Kenya.", "cancelled"),
        ("French Foreign Minister Claire Dubois denied that she would visit Nairobi.", "denied"),
        ("French Foreign Minister Claire Dubois did not visit Nairobi.", "denied"),
        ("French Foreign Minister Claire Dubois may visit Nairobi next week.", "uncertain"),
        ("French Foreign Minister Claire Dubois could meet William Ruto.", "uncertain"),
        ("French Foreign Minister Claire Dubois reportedly visited Nairobi.", "uncertain"),
    ],
)
def test_status_from_cue(nlp: Language, text: str, status: str) -> None:
    assert [e.status for e in _events(nlp, text)] == [status]


@pytest.mark.slow
def test_status_postponement_refers_to_plan_with_new_date(nlp: Language) -> None:
    event = _events(nlp, "The talks between Claire Dubois and William Ruto were postponed to June.")[0]
    assert (event.refers_to_plan, event.date.value, event.action) == (True, "2025-06", "meet")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Claire Dubois has postponed her visit to Nairobi until July because of the rains.", "2025-07"),
        ("Claire Dubois delayed her trip to Nairobi to July 14.", "2025-07-14"),
        ("Claire Dubois has postponed her visit to Nairobi.", None),
    ],
)
def test_status_postponement_until_gives_new_date(nlp: Language, text: str, value: str | None) -> None:
    (event,) = _events(nlp, text)
    assert (event.status, event.date.value) == ("postponed", value)


@pytest.mark.slow
def test_status_cancellation_keeps_plan_code(nlp: Language) -> None:
    event = _events(nlp, "French Foreign Minister Claire Dubois called off her visit to Nairobi.")[0]
    assert (event.cameo, event.plover, event.refers_to_plan) == ("036", "AGREE", True)


@pytest.mark.slow
def test_status_refusal_is_reject_meeting(nlp: Language) -> None:
    event = _events(nlp, "Kenyan President William Ruto refused to meet French Foreign Minister Claire Dubois.")[0]
    assert (event.cameo, event.plover, event.plover_mode) == ("125", "REJECT", "meet")


@pytest.mark.slow
def test_status_question_headline_gives_no_event(nlp: Language) -> None:
    assert [e.status for e in _events(nlp, "Will Claire Dubois visit Nairobi next week?")] == []


def _rows(nlp: Language, text: str, anchor: date = date(2025, 3, 3)) -> list[tuple[str, str, str | None, str | None, str, bool]]:
    doc = nlp.make_doc(text)
    doc._.anchor = anchor
    return [
        (e.action, e.actor.name, e.place.name if e.place else None, e.date.value, e.status, e.refers_to_plan)
        for e in nlp(doc)._.events
    ]


_PLANS = (
    "Australian Foreign Minister Penny Wong will visit Jakarta on March 12. "
    "Wong is also scheduled to attend a regional forum on fisheries in Bali on March 13. "
    "Trade Minister Don Farrell will travel to Tokyo on March 14. "
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence,want",
    [
        ("The fisheries forum in Bali has been called off.", ("attend", "Penny Wong", "Bali", None, "cancelled", True)),
        ("The forum in Bali has been postponed to April 2.", ("attend", "Penny Wong", "Bali", "2025-04-02", "postponed", True)),
    ],
)
def test_status_called_off_event_noun_belongs_to_its_planner(nlp: Language, sentence: str, want: tuple) -> None:
    assert _rows(nlp, _PLANS + sentence)[-1] == want


@pytest.mark.slow
def test_status_called_off_event_noun_without_earlier_mention_takes_main_actor(nlp: Language) -> None:
    text = (
        "Dutch Foreign Minister Caspar Veldkamp arrived in Nairobi on Monday. Veldkamp said he hoped for progress. "
        "Kenyan officials said the summit in Mombasa had been cancelled."
    )
    assert _rows(nlp, text)[-1] == ("attend", "Caspar Veldkamp", "Mombasa", None, "cancelled", True)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,want",
    [
        ("Jakarta may call off the visit of Australian Foreign Minister Penny Wong.", ("visit", "Penny Wong", "uncertain", True)),
        ("Australian Foreign Minister Penny Wong could postpone her trip to Jakarta.", ("visit", "Penny Wong", "uncertain", True)),
        ("Canberra denied that Australian Foreign Minister Penny Wong planned to visit Bali.", ("visit", "Penny Wong", "denied", True)),
        ("Canberra denied reports that Australian Foreign Minister Penny Wong would travel to Manila.", ("travel", "Penny Wong", "denied", True)),
    ],
)
def test_status_hedged_change_is_uncertain_and_denied_report_is_denied(nlp: Language, text: str, want: tuple) -> None:
    (row,) = _rows(nlp, text)
    assert (row[0], row[1], row[4], row[5]) == want


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,want",
    [
        ("Italian Prime Minister Giorgia Meloni met Pope Leo in Rome on Monday, a day before Meloni heads to Washington.",
         [("meet", "happened"), ("travel", "planned")]),
        ("Former French President Nicolas Sarkozy will meet Xi Jinping on Friday before he travels to Shanghai.",
         [("meet", "planned"), ("travel", "planned")]),
        ("Indian Prime Minister Narendra Modi will hold talks in Tokyo once he arrives in Japan.",
         [("meet", "planned"), ("arrive", "planned")]),
    ],
)
def test_status_present_tense_in_a_time_clause_is_planned(nlp: Language, text: str, want: list[tuple[str, str]]) -> None:
    assert [(r[0], r[4]) for r in _rows(nlp, text)] == want


@pytest.mark.slow
def test_status_time_clause_does_not_lend_its_place(nlp: Language) -> None:
    text = "Former French President Nicolas Sarkozy will meet Xi Jinping on Friday before he travels to Shanghai."
    assert [(r[0], r[2]) for r in _rows(nlp, text)] == [("meet", None), ("travel", "Shanghai")]


@pytest.mark.slow
def test_status_first_trip_marked_by_a_visit_is_the_same_event(nlp: Language) -> None:
    text = "Hegseth's visit will span two days, commencing next Monday, marking his first trip to South Korea since he took office."
    assert [(r[0], r[2], r[3], r[4]) for r in _rows(nlp, text, date(2025, 10, 28))] == [("visit", "South Korea", "2025-11-03", "planned")]


@pytest.mark.slow
def test_status_ahead_of_her_trip_is_a_planned_trip_with_its_own_place_and_date(nlp: Language) -> None:
    text = "Italian Prime Minister Giorgia Meloni met Pope Leo in Rome on Monday ahead of her trip to Washington."
    assert [(r[0], r[2], r[3], r[4]) for r in _rows(nlp, text, date(2025, 5, 5))] == [
        ("meet", "Rome", "2025-05-05", "happened"),
        ("visit", "Washington", None, "planned"),
    ]


@pytest.mark.slow
def test_status_before_an_earlier_visit_lends_no_date(nlp: Language) -> None:
    text = "Before his 2019 visit to Seoul, French President Emmanuel Macron met Moon Jae-in in Paris."
    assert [(r[0], r[2], r[3], r[4]) for r in _rows(nlp, text, date(2025, 5, 5))] == [
        ("visit", "Seoul", "2019", "happened"),
        ("meet", "Paris", None, "happened"),
    ]
