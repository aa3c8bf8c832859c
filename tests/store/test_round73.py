"""Round 73 (session 59): one article telling a trip's call-off of its country and then its day and city is one
event; a trip put off to a month, its given-up day told after, keeps the new month. Sentences and names are our own.
June 1, 2026 is a Monday.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ..stored import stored


def _trips(store: object, name: str) -> list[tuple[str, str, str | None, str | None]]:
    return sorted((e.action, e.status, e.date.value, e.place.name if e.place else None)
                  for e in store.events() if e.actor.name == name)  # type: ignore[attr-defined]


@pytest.mark.slow
def test_round73_a_visit_called_off_told_of_its_country_then_its_city_and_day_is_one_event(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("QUEZON CITY, June 2 (Wire) - The state visit to Malaysia by President Ramon Castillo has been called off, "
         "officials said on Tuesday. Castillo had been due to fly to Kuala Lumpur on Thursday for talks with the prime "
         "minister.", date(2026, 6, 2)),
    ])
    rows = _trips(store, "Ramon Castillo")
    assert len(rows) == 1
    assert rows[0][1:] == ("cancelled", "2026-06-04", "Kuala Lumpur")


@pytest.mark.slow
def test_round73_a_visit_put_off_to_a_month_keeps_the_month_when_the_given_up_day_is_told_after(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("QUEZON CITY, June 2 (Wire) - President Ramon Castillo has postponed his state visit to Malaysia until August, "
         "officials said on Tuesday. Castillo had been due to fly to Kuala Lumpur on Thursday.", date(2026, 6, 2)),
    ])
    rows = _trips(store, "Ramon Castillo")
    assert len(rows) == 1
    assert rows[0][1:] == ("postponed", "2026-08", "Kuala Lumpur")
    event = next(e for e in store.events() if e.actor.name == "Ramon Castillo")
    assert [(h.status, h.date.value) for h in event.history] == [("planned", "2026-06-04"), ("postponed", "2026-08")]


@pytest.mark.slow
def test_round73_a_former_minister_told_by_his_past_office_is_the_one_named_so_before(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("NAIROBI, June 1 (Wire) - The corruption trial of former Kenyan mining minister Peter Kamau is set to open on "
         "June 15 in Nairobi, prosecutors said on Monday.", date(2026, 6, 1)),
        ("NAIROBI, June 16 (Wire) - Kenya's former mining minister went on trial in Nairobi on Monday, pleading not "
         "guilty to abuse of office.", date(2026, 6, 16)),
    ])
    trials = [e for e in store.events() if e.action == "trial"]
    assert [(e.actor.name, e.status, e.date.value, len({v.article_id for v in e.evidence})) for e in trials] == [
        ("Peter Kamau", "happened", "2026-06-15", 2)]


@pytest.mark.slow
def test_round73_a_visit_put_off_with_no_new_day_is_made_when_the_city_is_visited(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("ABUJA, June 1 (Wire) - Army chief Ibrahim Bello will pay a three-day visit to Ghana starting on Wednesday, "
         "the army said on Monday.", date(2026, 6, 1)),
        ("ABUJA, June 2 (Wire) - Ibrahim Bello has postponed his visit to Ghana after attacks in the north, the army "
         "said. No new date was given.", date(2026, 6, 2)),
        ("ACCRA, June 24 (Wire) - Nigeria's army chief Ibrahim Bello visited Accra on Tuesday and inspected a joint "
         "training centre.", date(2026, 6, 24)),
    ])
    visits = [e for e in store.events() if e.actor.name == "Ibrahim Bello" and e.action == "visit"]
    assert [(e.status, e.date.value, e.place.name if e.place else None) for e in visits] == [
        ("happened", "2026-06-23", "Accra")]
    assert [h.status for h in visits[0].history] == ["planned", "postponed", "happened"]
