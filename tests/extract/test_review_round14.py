"""Review round 14 (session 5): own-words sentences in the style of summit coverage."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from .fixture_articles import text_events as _events


def test_review_round14_meeting_on_the_bare_sidelines_takes_the_summits_day(nlp: Language) -> None:
    text = ("Prime Minister Arjun Mehta will attend the G20 leaders' summit in Johannesburg on Saturday and is expected "
            "to meet Brazilian President Rafael Moreira Costa on the sidelines, his office said.")
    rows = {(e.action, e.date.value, e.place.name if e.place else None, e.status) for e in _events(nlp, text, date(2025, 11, 20))}
    assert ("attend", "2025-11-22", "Johannesburg", "planned") in rows
    assert ("meet", "2025-11-22", "Johannesburg", "planned") in rows


def test_review_round14_sidelines_meeting_after_the_summit_is_done_keeps_no_plan_day(nlp: Language) -> None:
    # the summit happened; a plan to meet on the sidelines of a later one is not dated by it
    text = ("Prime Minister Arjun Mehta attended the G20 summit in Johannesburg on Saturday. "
            "He will meet President Rafael Moreira Costa on the sidelines next year, an aide said.")
    meets = [e for e in _events(nlp, text, date(2025, 11, 23)) if e.action == "meet"]
    assert meets and all(e.date.value != "2025-11-22" for e in meets)


def test_review_round14_new_date_after_a_plan_participle_hung_on_the_verb(nlp: Language) -> None:
    text = ("Kenyan Foreign Minister Amina Were has postponed her visit to Accra, planned for March 3, to March 17 "
            "because of a cabinet meeting, an official said.")
    (ev,) = [e for e in _events(nlp, text, date(2026, 2, 20)) if e.action == "visit"]
    assert (ev.status, ev.date.value) == ("postponed", "2026-03-17")
