"""``dateline demo``, the main job: the packaged sample articles end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.cli.demo import demo
from dateline.config import load_settings


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> str:
    db: Path = tmp_path_factory.mktemp("demo") / "demo.db"
    return demo(load_settings(db=str(db)))


@pytest.mark.slow
def test_demo_ingests_every_sample_without_rejection(report: str) -> None:
    lines = [ln for ln in report.splitlines() if ln.startswith("0") and ".txt:" in ln]
    assert len(lines) == 6 and all("0 rejected" in ln for ln in lines)


@pytest.mark.slow
def test_demo_answers_the_seed_question_before_and_after(report: str) -> None:
    parts = report.split("== dateline ask --as-of ")
    before = next(p for p in parts if p.startswith("2025-10-28"))
    after = next(p for p in parts if p.startswith("2025-11-04"))
    assert "resolution: open" in before and "resolution: yes" in after


@pytest.mark.slow
def test_demo_shows_the_drills_and_the_missile_launch(report: str) -> None:
    events = report.split("== Events")[1].split("== Timeline")[0]
    drills = [ln for ln in events.splitlines() if " exercise " in ln and "South Korea" in ln]
    assert len(drills) == 1 and "happened" in drills[0] and "United States" in drills[0]
    launch = next(p for p in report.split("== dateline ask --as-of ") if "launch a ballistic missile" in p.split("\n")[0])
    assert "resolution: yes" in launch and "fired two short-range ballistic missiles" in launch


@pytest.mark.slow
def test_demo_places_no_meeting_at_a_site_visited_earlier_that_day(report: str) -> None:
    """The sample's "visited the Joint Security Area on Monday ... met President Lee at the presidential office later
    in the day": a visit to a site is an outing, not a stay, so the meeting with Lee is not placed at the site."""
    events = report.split("== Events")[1].split("== Timeline")[0]
    lee = [ln for ln in events.splitlines() if "Lee Jae Myung" in ln]
    assert len(lee) == 1 and "happened" in lee[0]
    assert "Joint Security Area" not in lee[0] and "Demilitarized Zone" not in lee[0]


@pytest.mark.slow
def test_demo_calls_off_the_bali_forum_plan_and_puts_off_only_the_jakarta_visit(report: str) -> None:
    """Sample 04: the Jakarta visit is put off to April; "The fisheries forum in Bali has been called off" is the Bali
    attendance planned for March 13 (one event, not a second one, and not moved to Jakarta)."""
    events = report.split("== Events")[1].split("== Timeline")[0]
    wong = [ln.split() for ln in events.splitlines() if "Penny Wong" in ln]
    assert sorted((row[1], row[2], row[5], row[6]) for row in wong) == [
        ("2025-03-13", "cancelled", "attend", "Bali"), ("2025-04", "postponed", "visit", "Jakarta")]
