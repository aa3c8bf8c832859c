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
