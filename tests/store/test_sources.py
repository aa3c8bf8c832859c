"""Independent sources of a merged event: syndicated copies count once."""

from __future__ import annotations

from datetime import date

from dateline.model import DateValue, EventRecord, Evidence

from .builders import HEGSETH, SEOUL

WIRE = "Pete Hegseth will visit Seoul next week for talks with his South Korean counterpart, officials said."
OTHER = "The US defence chief is due in the South Korean capital on Monday, according to a statement."


def _record(*evidence: tuple[str, str]) -> EventRecord:
    evs = tuple(Evidence(a, date(2025, 10, 28), s, 0, len(s), "planned") for a, s in evidence)
    return EventRecord(1, "visit", "036", "AGREE", None, HEGSETH, (), SEOUL,
                       DateValue("2025-11-03", "day", "next week"), "planned", evs)


def test_sources_syndicated_copy_counts_once() -> None:
    copy = WIRE.upper().replace(",", "")  # another outlet's copy: case and punctuation differ
    rec = _record(("a1", WIRE), ("a2", copy), ("a3", OTHER))
    assert rec.articles() == 3
    assert rec.independent_sources() == 2
    assert rec.to_dict()["sources"] == {"articles": 3, "independent": 2}


def test_sources_copies_join_transitively() -> None:
    rec = _record(("a1", WIRE), ("a2", WIRE), ("a2", OTHER), ("a3", OTHER))
    assert rec.independent_sources() == 1


def test_sources_short_shared_sentence_does_not_join() -> None:
    rec = _record(("a1", "Hegseth will visit Seoul."), ("a2", "Hegseth will visit Seoul."))
    assert rec.independent_sources() == 2


def test_sources_no_evidence_is_zero() -> None:
    assert _record().independent_sources() == 0
