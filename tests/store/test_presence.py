"""A happened report that puts an actor at a place on a day shows that the actor's stored planned journey there took
place: "will fly to Addis Ababa on March 11 to hold talks with X", then "met X in Addis Ababa on Wednesday" moves the
flight from planned to happened, with the meeting's sentence in its history. Nothing is created without a stored
plan, and a plan elsewhere or on other days is left alone. Sentences and names are our own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ..stored import stored

PLAN = ("Dutch minister to visit Ethiopia\n\nNairobi, March 3 (Wire) - Dutch Foreign Minister Lotte Verbeek will fly to "
        "Addis Ababa on March 11 to hold talks with Prime Minister Abiy Ahmed. She will travel to Nairobi on March 13.\n")

MET = ("Verbeek meets Abiy\n\nAddis Ababa, March 11 (Wire) - Dutch Foreign Minister Lotte Verbeek met Prime Minister "
       "Abiy Ahmed in Addis Ababa on Wednesday.\n")

ALONE = ("Verbeek in Cairo\n\nCairo, March 20 (Wire) - Dutch Foreign Minister Lotte Verbeek met Egyptian Foreign "
         "Minister Badr Abdelatty in Cairo on Friday.\n")


@pytest.mark.slow
def test_meeting_at_the_destination_shows_the_planned_flight_took_place(tmp_path: Path) -> None:
    store = stored(tmp_path, [(PLAN, date(2026, 3, 3)), (MET, date(2026, 3, 11))])
    journeys = {e.place.name: e for e in store.events(actor="Verbeek") if e.action == "travel" and e.place}
    flight = journeys["Addis Ababa"]
    assert (flight.status, flight.date.value) == ("happened", "2026-03-11")
    assert [h.status for h in flight.history] == ["planned", "happened"]
    assert any(ev.status == "happened" and "met Prime Minister Abiy Ahmed" in ev.sentence for ev in flight.evidence)
    assert journeys["Nairobi"].status == "planned"  # another place, another day: left alone


@pytest.mark.slow
def test_presence_creates_no_journey_without_a_stored_plan(tmp_path: Path) -> None:
    store = stored(tmp_path, [(ALONE, date(2026, 3, 20))])
    assert [e.action for e in store.events(actor="Verbeek")] == ["meet"]
