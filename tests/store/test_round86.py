"""Round 86 (session 72): stories across articles from audits 318-323: an inauguration told called off with no one
named, a release told later with the state that freed the person. Sentences and names are our own. June 1, 2026 is a
Monday."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ..stored import stored


@pytest.mark.slow
@pytest.mark.parametrize("told", [
    "The inauguration ceremony planned for Friday has been cancelled, the governor's office said.",
    "The inauguration has been postponed.",
])
def test_round86_an_inauguration_called_off_with_no_one_named_is_the_opening_planned(tmp_path: Path, told: str) -> None:
    events = stored(tmp_path, [
        ("BELEM, Brazil, June 1 (Wire) - Governor Marcos Tavares is expected to inaugurate the Rio Curua dam on June 12.",
         date(2026, 6, 1)),
        (f"BELEM, Brazil, June 9 (Wire) - {told}", date(2026, 6, 9))]).events()
    status = "cancelled" if "cancelled" in told else "postponed"
    assert [(e.action, e.actor.name, e.status, e.articles()) for e in events] == [
        ("open", "Marcos Tavares", status, 2)]


@pytest.mark.slow
def test_round86_a_release_planned_by_a_state_and_told_done_is_one_event(tmp_path: Path) -> None:
    events = stored(tmp_path, [
        ("CARACAS, June 1 (Wire) - Venezuela will release American businessman Thomas Brennan next week, officials "
         "said.", date(2026, 6, 1)),
        ("CARACAS, June 10 (Wire) - Venezuela released Thomas Brennan on Tuesday.", date(2026, 6, 10))]).events()
    assert [(e.action, e.actor.name, tuple(c.name for c in e.counterparts), e.status, e.date.value, e.articles())
            for e in events] == [("freed", "Thomas Brennan", ("Venezuela",), "happened", "2026-06-09", 2)]
