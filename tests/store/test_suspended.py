"""A suspended strike is put on hold, not called off: "The union on Friday suspended a dock strike that was due to start
on Monday" stores a postponed strike whose day is no longer known (Monday was the plan's), so a question about a strike
on Monday no longer reads it as set for that day. Sentences and names are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ..stored import stored

SUSPENDED = ("Port strike suspended\n\nTallinn, Feb 6 (Wire) - The Estonian Seafarers' Union on Friday suspended a "
             "dock strike that was due to start on Monday, pending talks with employers.\n")


@pytest.mark.slow
def test_suspended_strike_is_postponed_from_its_planned_day(tmp_path: Path) -> None:
    store = stored(tmp_path, [(SUSPENDED, date(2026, 2, 6))])
    strikes = [e for e in store.events() if e.action == "protest"]
    assert [(e.status, e.date.value) for e in strikes] == [("postponed", None)]
    assert "2026-02-09" in (strikes[0].date.note or "")
