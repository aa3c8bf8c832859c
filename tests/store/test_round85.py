"""Round 85 (session 71): stories across articles from audits 312-317: a mediation told again as "mediated talks", a
signing ceremony put off under its owner's name, and a strike told again as going ahead. Sentences and names are our
own. June 1, 2026 is a Monday."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ..stored import stored


@pytest.mark.slow
def test_round85_mediated_talks_reported_later_are_the_planned_mediation_held(tmp_path: Path) -> None:
    events = stored(tmp_path, [
        ("DURBAN, June 2 (Wire) - The Authority for Arbitration, Mediation and Settlement (AAMS) will mediate between "
         "the Coastal Dock Workers Union and Delta Shipping on Friday, the union said.", date(2026, 6, 2)),
        ("DURBAN, June 6 (Wire) - Mediated pay talks between the Coastal Dock Workers Union and Delta Shipping ended on "
         "Friday without agreement, the AAMS said.", date(2026, 6, 6))]).events()
    mediations = [(e.actor.name, e.status, e.date.value, e.articles()) for e in events if e.action == "mediate"]
    assert mediations == [("Authority for Arbitration, Mediation and Settlement", "happened", "2026-06-05", 2)]


@pytest.mark.slow
def test_round85_a_signing_ceremony_put_off_under_its_owners_name_moves_the_owners_plan(tmp_path: Path) -> None:
    events = stored(tmp_path, [
        ("WARSAW, June 1 (Wire) - Poland will sign a contract for 96 howitzers with Hanwha Aerospace in Seoul on "
         "Thursday, Defence Minister Adam Zielinski said.", date(2026, 6, 1)),
        ("WARSAW, June 3 (Wire) - The signing ceremony for Poland's howitzer contract has been pushed back by a day to "
         "Friday, the defence ministry said.", date(2026, 6, 3))]).events()
    assert [(e.actor.name, e.status, e.date.value, e.articles()) for e in events if e.action == "sign"] == [
        ("Poland", "postponed", "2026-06-05", 2)]


@pytest.mark.slow
def test_round85_a_strike_told_as_going_ahead_is_a_source_of_the_plan(tmp_path: Path) -> None:
    events = stored(tmp_path, [
        ("SANTIAGO, June 1 (Wire) - Chile's National Teachers' Union will stage a nationwide strike on June 10, its "
         "president, Carla Rojas, said on Monday.", date(2026, 6, 1)),
        ("SANTIAGO, June 5 (Wire) - Talks between Education Minister Pablo Soto and union leader Carla Rojas ended on "
         "Thursday without a deal, and Rojas said the strike planned for June 10 would go ahead.", date(2026, 6, 5))]
                    ).events()
    assert [(e.actor.name, e.status, e.date.value, e.articles()) for e in events if e.action == "protest"] == [
        ("National Teachers' Union", "planned", "2026-06-10", 2)]
