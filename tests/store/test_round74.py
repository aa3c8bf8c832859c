"""Round 74 (session 60): a gathering moved to another city takes its guests' plans with it; a hosting told held makes
the body's plan to hold it, and the host's own plan to attend. Sentences and names are our own. June 1, 2026 is a
Monday.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ..stored import stored

_PLAN = ("ARUSHA, June 1 (Wire) - Leaders of the East African Community will meet in Arusha on June 20 for their annual "
         "summit. Kenyan President Daniel Mwangi and Rwandan President Paul Habimana are expected to attend.",
         date(2026, 6, 1))
_MOVED = ("NAIROBI, June 10 (Wire) - The East African Community summit has been moved from Arusha to Nairobi, the "
          "bloc's secretariat said on Wednesday. It will still be held on June 20.", date(2026, 6, 10))
_HELD = ("NAIROBI, June 21 (Wire) - Kenyan President Daniel Mwangi hosted the East African Community summit in Nairobi "
         "on Saturday, attended by Rwandan President Paul Habimana.", date(2026, 6, 21))


def _rows(store: object) -> list[tuple[str, str, str, str | None, str | None]]:
    return sorted((e.actor.name, e.action, e.status, e.date.value, e.place.name if e.place else None)
                  for e in store.events())  # type: ignore[attr-defined]


@pytest.mark.slow
def test_round74_guests_of_a_gathering_moved_to_another_city_plan_to_attend_it_there(tmp_path: Path) -> None:
    store = stored(tmp_path, [_PLAN, _MOVED])
    rows = _rows(store)
    assert ("Daniel Mwangi", "attend", "planned", "2026-06-20", "Nairobi") in rows
    assert ("Paul Habimana", "attend", "planned", "2026-06-20", "Nairobi") in rows
    assert not any(r[2] == "cancelled" for r in rows)
    guest = next(e for e in store.events() if e.actor.name == "Paul Habimana")  # type: ignore[attr-defined]
    assert [(h.status, h.place.name if h.place else None) for h in guest.history][-1] == ("planned", "Nairobi")


@pytest.mark.slow
def test_round74_a_hosting_told_held_makes_the_bodys_plan_and_the_hosts_attendance(tmp_path: Path) -> None:
    store = stored(tmp_path, [_PLAN, _MOVED, _HELD])
    rows = _rows(store)
    assert ("East African Community", "hold", "happened", "2026-06-20", "Nairobi") in rows
    assert ("Daniel Mwangi", "attend", "happened", "2026-06-20", "Nairobi") in rows
    assert ("Paul Habimana", "attend", "happened", "2026-06-20", "Nairobi") in rows
    assert len(rows) == 4


@pytest.mark.slow
def test_round74_a_hosting_of_another_day_leaves_the_bodys_plan_open(tmp_path: Path) -> None:
    store = stored(tmp_path, [_PLAN, ("NAIROBI, June 6 (Wire) - Kenyan President Daniel Mwangi hosted a summit of the "
                                      "East African Community in Arusha on Friday.", date(2026, 6, 6))])
    assert ("East African Community", "hold", "planned", "2026-06-20", "Arusha") in _rows(store)


@pytest.mark.slow
def test_round74_a_trip_told_of_its_country_and_days_is_the_city_visit_planned_on_its_first_day(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("NAIROBI, June 1 (Wire) - Kenyan Foreign Minister Amina Wekesa will visit Addis Ababa on June 6, her ministry "
         "said on Monday.", date(2026, 6, 1)),
        ("NAIROBI, June 9 (Wire) - Wekesa flew back to Nairobi on Monday night, ending a three-day trip to Ethiopia.",
         date(2026, 6, 9)),
    ])
    visits = [r for r in _rows(store) if r[1] == "visit"]
    assert visits == [("Amina Wekesa", "visit", "happened", "2026-06-06", "Addis Ababa")]


@pytest.mark.slow
def test_round74_a_local_office_is_the_person_seen_with_that_title_of_that_place(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("CEBU CITY, Philippines, June 1 (Wire) - Cebu Governor Marisol Abad will visit Osaka on Tuesday, the provincial "
         "capitol said on Monday.", date(2026, 6, 1)),
        ("OSAKA, June 4 (Wire) - Cebu's governor signed a sister-province agreement with Osaka Governor Hiroshi Tanabe on "
         "Wednesday, a day after arriving in the Japanese city.", date(2026, 6, 4)),
    ])
    rows = _rows(store)
    assert ("Marisol Abad", "visit", "happened", "2026-06-02", "Osaka") in rows
    assert ("Marisol Abad", "sign", "happened", "2026-06-03", "Osaka") in rows
    assert not any("Governor of" in r[0] for r in rows)


@pytest.mark.slow
def test_round74_a_company_and_its_name_without_group_are_one_actor(tmp_path: Path) -> None:
    store = stored(tmp_path, [
        ("LONDON, June 1 (Wire) - The chairman of British retailer Ashcombe Group, Malcolm Pryce, resigned on Monday. "
         "Ashcombe's board will meet on Thursday to choose an interim chairman.", date(2026, 6, 1)),
        ("LONDON, June 4 (Wire) - Ashcombe Group's board met on Thursday and appointed director Nadia Okoro as "
         "interim chair.", date(2026, 6, 4)),
    ])
    meets = [r for r in _rows(store) if r[1] == "meet"]
    assert meets == [("Ashcombe Group", "meet", "happened", "2026-06-04", None)]
