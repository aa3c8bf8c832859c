"""Round 64 (session 50): a state visit to a city keeps the city when the report adds a stop at a site ("laid a wreath
at the Nyayo monument"); a funeral planned and the report of the burial are one event. Sentences and names are our own.
March 3, 2026 is a Tuesday.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ..stored import stored


@pytest.mark.slow
def test_round64_a_visit_to_a_city_stays_there_after_a_stop_at_a_monument(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("NAIROBI, March 3 (Wire) - King Haakon of Norway will begin a three-day state visit to Kenya next Tuesday, the "
         "Kenyan presidency said on Tuesday.", date(2026, 3, 3)),
        ("NAIROBI, March 10 (Wire) - King Haakon of Norway arrived in Nairobi on Tuesday at the start of a state visit. "
         "The Norwegian monarch laid a wreath at the Uhuru Gardens memorial later in the day.", date(2026, 3, 10)),
    ])
    visits = [e for e in store.events() if e.action == "visit"]
    assert [(e.actor.name, e.status, e.date.value, e.place.name if e.place else None) for e in visits] == \
        [("Haakon", "happened", "2026-03-10", "Nairobi")]


@pytest.mark.slow
def test_round64_a_funeral_planned_then_laid_to_rest_is_one_event(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ACCRA, March 9 (Wire) - The state funeral of former Ghanaian president Kofi Addo-Boateng will be held on "
         "Saturday in Accra, the government said on Monday.", date(2026, 3, 9)),
        ("ACCRA, March 14 (Wire) - Former president Kofi Addo-Boateng was laid to rest on Saturday in Accra.",
         date(2026, 3, 14)),
    ])
    assert [(e.actor.name, e.status, e.date.value, len(e.evidence)) for e in store.events()] == \
        [("Kofi Addo-Boateng", "happened", "2026-03-14", 2)]


@pytest.mark.slow
def test_round64_a_lone_surname_of_another_state_is_another_person(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("BAGHDAD, March 9 (Wire) - Iraqi President Karim Hassan will visit Cairo on Thursday, his office said.",
         date(2026, 3, 9)),
        ("AMMAN, March 10 (Wire) - King Hassan of Jordan will visit Paris on Friday, the royal court said.",
         date(2026, 3, 10)),
    ])
    visits = sorted((e.actor.name, e.actor.country, e.place.name if e.place else None) for e in store.events())
    assert visits == [("Hassan", "Jordan", "Paris"), ("Karim Hassan", "Iraq", "Cairo")]
