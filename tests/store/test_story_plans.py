"""A change told by a bare definite noun with no doer in its article ("MANILA - The drills were postponed because of a
typhoon, the navy said") changes the one open plan of its family that involves the country it is told from, and
nothing when there is no such plan or several. Sentences and names of people are our own. March 30, 2026 is a Monday.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ..stored import stored

_DRILLS = ("MANILA, March 30 (Wire) - Philippine and Japanese forces will begin joint naval drills near Palawan on "
           "Friday, the defence ministry said.", date(2026, 3, 30))
_TALKS = ("ROME, March 30 (Wire) - Italian Prime Minister Marco Bellini will hold talks with French President Anne "
          "Durand in Rome on Friday.", date(2026, 3, 30))


def _rows(store: object) -> list[tuple[str, str, str, str | None, int]]:
    return sorted((e.actor.name, e.action, e.status, e.date.value, len(e.evidence))
                  for e in store.events())  # type: ignore[attr-defined]


@pytest.mark.slow
def test_story_reference_postpones_the_one_open_plan_of_its_country(tmp_path: Path) -> None:
    store = stored(tmp_path, [_DRILLS, ("MANILA, April 1 (Wire) - The drills were postponed because of a typhoon, the "
                                        "navy said.", date(2026, 4, 1))])
    assert _rows(store) == [("Philippines", "exercise", "postponed", None, 2)]
    event = store.events()[0]
    assert event.evidence[-1].sentence.startswith("The drills were postponed"), event.evidence


@pytest.mark.slow
def test_story_reference_of_talks_held_makes_the_plan_happen(tmp_path: Path) -> None:
    store = stored(tmp_path, [_TALKS, ("ROME, April 4 (Wire) - The talks went ahead on Friday despite a rail strike "
                                       "that paralysed the capital, officials said.", date(2026, 4, 4))])
    assert [(a, s, d, n) for a, _, s, d, n in _rows(store) if _ == "meet"] == [("Marco Bellini", "happened",
                                                                                 "2026-04-03", 2)]


@pytest.mark.slow
def test_story_reference_cancels_talks_told_from_the_other_side(tmp_path: Path) -> None:
    store = stored(tmp_path, [_TALKS, ("PARIS, April 1 (Wire) - The talks have been called off, the French presidency "
                                       "said.", date(2026, 4, 1))])
    assert [(a, s, n) for a, f, s, _, n in _rows(store) if f == "meet"] == [("Marco Bellini", "cancelled", 2)]


@pytest.mark.slow
def test_story_reference_with_no_plan_stores_nothing(tmp_path: Path) -> None:
    store = stored(tmp_path, [("MANILA, April 1 (Wire) - The drills were postponed because of a typhoon, the navy "
                               "said.", date(2026, 4, 1))])
    assert _rows(store) == []


@pytest.mark.slow
def test_story_reference_with_two_open_plans_changes_neither(tmp_path: Path) -> None:
    store = stored(tmp_path, [_DRILLS, ("MANILA, March 31 (Wire) - Philippine and Australian troops will hold joint "
                                        "drills in Luzon on April 8, the army said.", date(2026, 3, 31)),
                              ("MANILA, April 1 (Wire) - The drills were postponed because of a typhoon, the navy "
                               "said.", date(2026, 4, 1))])
    assert [s for _, _, s, _, _ in _rows(store)] == ["planned", "planned"], _rows(store)


@pytest.mark.slow
def test_story_reference_of_another_country_changes_nothing(tmp_path: Path) -> None:
    store = stored(tmp_path, [_DRILLS, ("LIMA, April 1 (Wire) - The drills were postponed because of heavy rain, the "
                                        "navy said.", date(2026, 4, 1))])
    assert _rows(store) == [("Philippines", "exercise", "planned", "2026-04-03", 1)]


@pytest.mark.slow
def test_story_reference_told_before_the_plan_changes_nothing(tmp_path: Path) -> None:
    store = stored(tmp_path, [("MANILA, March 29 (Wire) - The drills were postponed because of a typhoon, the navy "
                               "said.", date(2026, 3, 29)), _DRILLS])
    assert _rows(store) == [("Philippines", "exercise", "planned", "2026-04-03", 1)]


def test_story_reference_is_kept_apart_from_the_articles_events() -> None:
    from dateline.config import load_settings
    from dateline.extract.pipeline import extract
    from dateline.ingest.text import read_text
    from dateline.pipeline import get_nlp

    settings = load_settings()
    nlp = get_nlp(settings)
    day = date(2026, 4, 1)
    texts = ["MANILA, April 1 (Wire) - The drills were postponed because of a typhoon, the navy said.",
             "MANILA, April 1 (Wire) - Philippine forces will hold drills with Japan on Friday. The drills were postponed "
             "on Wednesday, the navy said."]
    found = [ex for t in texts for a in read_text(t.encode(), "x.txt", settings, day) for _, ex in extract([a], nlp)]
    assert [e.actor.name for e in found[0].events] == []
    assert [(e.actor.name, e.actor.kind, e.actor.country, e.status) for e in found[0].references] == [
        ("the drills", "story", "Philippines", "postponed")]
    assert found[1].references == ()
